import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { type GitHubApiServer, type RouteHandler, startGitHubApiServer } from "../support/github-api/index.js";

// Two jobs of one workflow run (a matrix) report on the same pull request with the same
// comment-key, as two real processes of the shipped action. Neither finds a comment, so both
// create one: the race the sticky comment's dedupe is for, forced here by holding each job's
// first listing until the other has listed too.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const opened = examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened") as {
  number: number;
  repository: { full_name: string };
};
const repository = opened.repository.full_name;
const MARKER = "<!-- flows-action:pull_request:default -->";

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-race-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, {
    name: "lint",
    steps: [{ name: "check", trigger: "pull_request.*", source: rawStep("completed", "all clean") }],
  });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

/** One matrix job: the same run, job and step as its sibling, its own process. */
const matrixJob = (runId: string) =>
  runDistAction({
    workspace: repo.dir,
    eventName: "pull_request",
    payload: opened,
    inputs: { "github-token": "ghs_jobtoken", state: "none", checks: "off" },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_JOB: "flows", GITHUB_ACTION: "report", GITHUB_SHA: "e".repeat(40) },
  });

/** Holds the first `count` comment listings until all of them have come in (or 20 s have passed). */
function holdFirstListings(count: number): void {
  const list = server.github.handlers()["issues/list-comments"] as RouteHandler;
  const held: Array<() => void> = [];
  const releaseAll = () => {
    for (const release of held.splice(0)) release();
  };
  let listings = 0;
  server.handle("issues/list-comments", async (request) => {
    if (++listings <= count) {
      await new Promise<void>((resolve) => {
        held.push(resolve);
        if (held.length === count) releaseAll();
        else setTimeout(releaseAll, 20_000).unref();
      });
    }
    return list(request);
  });
}

function requests(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of ["issues/list-comments", "issues/create-comment", "issues/update-comment", "issues/get-comment", "issues/delete-comment"]) {
    counts[id] = server.requestsFor(id).length;
  }
  return counts;
}

function minus(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([id, count]) => [id, count - (before[id] ?? 0)]));
}

describe("two matrix jobs that both find no comment on the first run", () => {
  it("leave one comment holding both jobs' results, and the next run costs no extra request", async () => {
    holdFirstListings(2);
    const first = await Promise.all([matrixJob("700"), matrixJob("700")]);
    for (const job of first) {
      expect(job.code, job.stdout).toBe(0);
      expect(job.stdout).not.toMatch(/^::warning::/m);
    }
    const comments = server.github.comments.list(repository, opened.number);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? "";
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body.match(/^<!-- flows-action part source=flows\.report run=700\.1 /gm)).toHaveLength(2);
    expect(body).toContain("### Flows: ✅ 2 passed");
    // Both created; the later one's job put its part in the earlier one and deleted its own (the
    // other job, seeing the later one as the newer duplicate, may delete it too: a 404, harmless).
    // Per job on the first run: one more listing (only comments updated since its first) and,
    // after the wait, one read of the comment back.
    const firstRun = requests();
    const deletes = server.requestsFor("issues/delete-comment").map((request) => request.status);
    expect(deletes.filter((status) => status === 204)).toHaveLength(1);
    expect(deletes.filter((status) => status !== 204).every((status) => status === 404)).toBe(true);
    expect({ ...firstRun, "issues/delete-comment": 1 }).toEqual({
      "issues/list-comments": 4,
      "issues/create-comment": 2,
      "issues/update-comment": 1,
      "issues/get-comment": 2,
      "issues/delete-comment": 1,
    });
    expect(server.requestsFor("issues/list-comments").slice(2).map((request) => request.query.since)).toEqual([expect.any(String), expect.any(String)]);

    // The next run, one job after the other (a comment only one job writes): one listing and one
    // update each; the second job, seeing the first one's part, reads the comment back once.
    for (const runId of ["701", "701"]) expect((await matrixJob(runId)).code).toBe(0);
    expect(minus(requests(), firstRun)).toEqual({
      "issues/list-comments": 2,
      "issues/create-comment": 0,
      "issues/update-comment": 2,
      "issues/get-comment": 1,
      "issues/delete-comment": 0,
    });
    expect(server.github.comments.list(repository, opened.number)).toHaveLength(1);
    server.assertNoViolations();
  }, 120_000);
});
