import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCheckRun, EXTERNAL_ID_MAX_BYTES, externalIdFor } from "../../src/github/checks.js";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";
import { ended, HEAD, makeReporter, outcomeOf, prEvent, REPO, run } from "./github-fixtures.js";

// A create that GitHub carried out but answered with a 5xx (or not in time) must not be sent
// again blindly: the retry would leave two check runs of the same name on the commit.

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer();
});

afterEach(async () => {
  server.assertNoViolations();
  await server.close();
});

function client(options: { retries?: number; requestTimeoutMs?: number } = {}): Promise<GitHubClient> {
  return createGitHubClient({
    token: "ghs_workflow_token",
    baseUrl: server.url,
    ...fastPlugins({ retries: options.retries ?? 3 }),
    ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
  });
}

const LOST = { operationId: "checks/create", status: 500, body: { message: "Server Error", status: "500" }, carriedOut: true };

describe("creating a check run when GitHub's answer is lost", () => {
  it("leaves exactly one check run when the create was carried out but answered 500", async () => {
    server.failNext(LOST);
    const gh = makeReporter(await client(), { comment: "off" });
    const report = await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(report.warnings).toEqual([]);
    expect(report.checkRuns).toBe(1);
    const runs = server.github.checkRuns.list(REPO);
    expect(runs.map((each) => [each.name, each.conclusion])).toEqual([["flows: bindings/regenerate", "success"]]);
    expect(report.checkRunLinks?.[0]?.url).toBe(runs[0]?.html_url);
    // One POST, then one look for it on the commit instead of a second POST.
    expect(server.requestsFor("checks/create").map((request) => request.status)).toEqual([500]);
    expect(server.requestsFor("checks/list-for-ref").at(-1)?.query).toMatchObject({ check_name: "flows: bindings/regenerate" });
  });

  it("leaves one in-progress check run, then completes it, when the live create's answer is lost", async () => {
    server.failNext(LOST);
    const gh = makeReporter(await client(), { comment: "off" });
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    await gh.flush();
    const report = await gh.finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(report.warnings).toEqual([]);
    expect(server.github.checkRuns.list(REPO).map((each) => [each.status, each.conclusion])).toEqual([["completed", "failure"]]);
  });

  it("leaves one check run when the create was carried out but the answer did not come in time", async () => {
    server.failNext({ ...LOST, status: 200, body: {}, delayMs: 1_500 });
    const made = await createCheckRun(await client({ requestTimeoutMs: 300 }), {
      repository: REPO,
      name: "flows: slow",
      headSha: HEAD,
      externalId: "run_1",
      conclusion: "success",
      output: { title: "ok", summary: "ok" },
    });
    const runs = server.github.checkRuns.list(REPO);
    expect(runs.map((each) => [each.id, each.name])).toEqual([[made.id, "flows: slow"]]);
  });

  it("sends the create again when GitHub did not carry it out, and gives up after the client's retries", async () => {
    server.failNext({ operationId: "checks/create", status: 502, body: { message: "Bad Gateway" }, times: 2 });
    const made = await createCheckRun(await client({ retries: 2 }), { repository: REPO, name: "flows: a/b", headSha: HEAD, status: "in_progress" });
    expect(server.github.checkRuns.list(REPO).map((each) => each.id)).toEqual([made.id]);
    expect(server.requestsFor("checks/create").map((request) => request.status)).toEqual([502, 502, 201]);

    server.failNext({ operationId: "checks/create", status: 502, body: { message: "Bad Gateway" }, times: 3 });
    const error = await createCheckRun(await client({ retries: 2 }), { repository: REPO, name: "flows: c/d", headSha: HEAD }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 502 });
    expect(server.requestsFor("checks/create")).toHaveLength(6);
  });

  // A flow backend's run id is outside text: any length, any characters. Its external_id must be
  // one GitHub takes, and the same on every call, or a lost create is written twice.
  it.each([
    ["a very long run id", `run_${"r".repeat(5_000)}`],
    ["a long run id of multi-byte characters cut inside a grapheme", `run_${"ü".repeat(30)}${"👩‍👩‍👧".repeat(30)}\u{e0041}`],
    ["a run id with a lone surrogate", `run_\ud800${"ß".repeat(80)}`],
  ])("finds its check run again by %s when the create's answer was lost, and again on a re-run", async (_, id) => {
    const github = await client();
    server.failNext(LOST);
    let report = await makeReporter(github, { comment: "off" }).finish(outcomeOf(prEvent(), [ended("failed", { id })]));
    expect(report.warnings).toEqual([]);
    report = await makeReporter(github, { comment: "off" }).finish(outcomeOf(prEvent(), [ended("completed", { id })]));
    expect(report.warnings).toEqual([]);
    const runs = server.github.checkRuns.list(REPO);
    expect(runs.map((each) => [each.external_id, each.conclusion])).toEqual([[externalIdFor(id), "success"]]);
    const sent = runs[0]?.external_id ?? "";
    expect(Buffer.byteLength(sent)).toBeLessThanOrEqual(EXTERNAL_ID_MAX_BYTES);
    expect(sent).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(server.requestsFor("checks/create").map((request) => request.status)).toEqual([500]);
  });

  it("does not take another check run of the same name for its own: one of another external id", async () => {
    const github = await client();
    await createCheckRun(github, { repository: REPO, name: "flows: a/b", headSha: HEAD, externalId: "run_other" });
    server.failNext({ operationId: "checks/create", status: 502, body: { message: "Bad Gateway" } });
    const made = await createCheckRun(github, { repository: REPO, name: "flows: a/b", headSha: HEAD, externalId: "run_mine" });
    expect(server.github.checkRuns.list(REPO).map((each) => each.external_id)).toEqual(["run_other", "run_mine"]);
    expect(made.id).toBe(server.github.checkRuns.list(REPO)[1]?.id);
  });
});
