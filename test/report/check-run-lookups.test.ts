import { describe, expect, it } from "vitest";
import { CHECK_RUN_LISTING_PAGES } from "../../src/github/checks.js";
import { CheckRunCalls, LISTING_FRESH_MS } from "../../src/report/checks-api.js";
import type { GitHubClient } from "../../src/github/client.js";
import type { FlowRunView } from "../../src/contracts.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { ended, HEAD, makeReporter, outcomeOf, prEvent, REPO, run, withGitHubServer } from "./github-fixtures.js";

// Each step's check run was found by one lookup by name (GET .../check-runs?check_name=…) before
// it was created or updated: 100 step check runs were 100 reads of GITHUB_TOKEN's 1,000 an hour.
// Now the commit's check runs are listed once and each step's is found in that listing.

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

function steps(count: number, status: FlowRunView["effectiveStatus"]): FlowRunView[] {
  return Array.from({ length: count }, (_, i) => ended(status, { id: `run_lookup_${i}`, stepName: `step-${i}` }));
}

/** One job: every step starts (live at once), ends, and the reporter finishes. */
async function job(runs: FlowRunView[]): Promise<string[]> {
  const gh = makeReporter(client, { comment: "off" }, { liveAfterMs: 0 });
  for (const each of runs) gh.onStepStart?.(run({ ...each, processStatus: "running", effectiveStatus: "running", resultStatus: undefined }));
  await gh.flush();
  for (const each of runs) gh.onStepEnd?.(each);
  const report = await gh.finish(outcomeOf(prEvent(), runs));
  return report.warnings;
}

const listings = () => server.requestsFor("checks/list-for-ref");

describe("finding a job's own check runs", () => {
  it("20 steps cost one listing of the commit's check runs, not 20 lookups by name; a re-run the same, updating them", async () => {
    expect(await job(steps(20, "failed"))).toEqual([]);
    const first = listings().length;
    expect(server.github.checkRuns.list(REPO)).toHaveLength(20);

    expect(await job(steps(20, "completed"))).toEqual([]);
    const second = listings().length - first;
    // Before: 20 reads per job (one `check_name` lookup per step); now 1.
    expect({ first, second }).toEqual({ first: 1, second: 1 });
    expect(listings().every((request) => request.query.check_name === undefined && request.query.per_page === "100")).toBe(true);
    // The re-run updated the 20 check runs it found in the listing instead of adding 20 more.
    expect(server.requestsFor("checks/create")).toHaveLength(20);
    const runs = server.github.checkRuns.list(REPO);
    expect(runs).toHaveLength(20);
    expect(runs.every((check) => check.status === "completed" && check.conclusion === "success")).toBe(true);
  });

  it(`past ${CHECK_RUN_LISTING_PAGES} pages of 100 the listing stops, and each step's check run is looked up by name`, async () => {
    // An earlier attempt's check run of one step, then 520 check runs of other jobs on the commit.
    const [old] = server.github.checkRuns.seed(REPO, [
      { name: "flows: bindings/step-0", head_sha: HEAD, conclusion: "failure" },
      ...Array.from({ length: 520 }, (_, i) => ({ name: `ci / job ${i}`, head_sha: HEAD, conclusion: "success" as const })),
    ]);
    expect(await job(steps(3, "completed"))).toEqual([]);
    const [pages, byName] = [listings().filter((r) => r.query.check_name === undefined), listings().filter((r) => r.query.check_name !== undefined)];
    expect(pages.map((request) => request.query.page ?? "1")).toEqual(["1", "2", "3", "4", "5"]);
    expect(byName.map((request) => request.query.check_name)).toEqual(["flows: bindings/step-0", "flows: bindings/step-1", "flows: bindings/step-2"]);
    // The earlier attempt's check run was found by name and updated, not duplicated.
    const ours = server.github.checkRuns.list(REPO).filter((check) => check.name.startsWith("flows: "));
    expect(ours).toHaveLength(3);
    expect(ours.find((check) => check.name === "flows: bindings/step-0")).toMatchObject({ id: old?.id, conclusion: "success" });
  });

  it("a failed listing is not kept: the next look at the commit lists it again, and finds the check run", async () => {
    await job(steps(1, "failed"));
    const [earlier] = server.github.checkRuns.list(REPO);
    server.failNext({ operationId: "checks/list-for-ref", status: 502, body: { message: "Bad Gateway" } });
    // The live starts wait on the listing that fails (a live start's failure is no warning);
    // the completions list the commit again and update step-0's check run instead of adding one.
    expect(await job(steps(2, "completed"))).toEqual([]);
    expect(listings().map((request) => request.status)).toEqual([200, 502, 200]);
    expect(server.github.checkRuns.list(REPO).map((check) => [check.id === earlier?.id, check.name, check.conclusion])).toEqual([
      [true, "flows: bindings/step-0", "success"],
      [false, "flows: bindings/step-1", "success"],
    ]);
  });
  it(`takes the listing again once it is ${LISTING_FRESH_MS / 1000} s old: another job's check run created meanwhile is found, not duplicated`, async () => {
    let now = Date.parse("2026-11-26T00:00:00Z");
    const calls = new CheckRunCalls({
      client,
      repository: REPO,
      identity: async () => ({ login: "github-actions[bot]", kind: "app", appSlug: "github-actions", source: "assumed" }),
      now: () => new Date(now),
    });
    expect(await calls.findOurs("flows: bindings/step-0", HEAD)).toBeUndefined();
    // Another workflow on the same commit (a push and a pull_request one) writes step-1's check run.
    const [other] = server.github.checkRuns.seed(REPO, [{ name: "flows: bindings/step-1", head_sha: HEAD, status: "in_progress" }]);
    now += LISTING_FRESH_MS - 1;
    expect(await calls.findOurs("flows: bindings/step-1", HEAD)).toBeUndefined();
    expect(listings()).toHaveLength(1);
    now += 1;
    expect(await calls.findOurs("flows: bindings/step-1", HEAD)).toMatchObject({ id: other?.id });
    expect(listings()).toHaveLength(2);
  });
});
