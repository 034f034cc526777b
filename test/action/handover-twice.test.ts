import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ActionsResultsServer, startActionsResultsServer } from "../support/actions-results-server.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { pullRequestOpened, pullRequestOpenedFromFork } from "../helpers/pull-request-examples.js";
import { runInProcess } from "../helpers/run-in-process.js";

// Two flows-action steps in one job (or two jobs, two calls of the reusable workflow) of a fork's
// pull request: each hands its results over, under its own artifact name (names are unique in a
// workflow run), and the workflow_run job publishes every one of them.

const opened = pullRequestOpened();
const fromFork = pullRequestOpenedFromFork();
const repository = opened.repository.full_name;
const headSha = opened.pull_request.head.sha;
const RUN_ID = 700;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
let results: ActionsResultsServer;
let restoreEnv: () => void;
beforeEach(async () => {
  repo = await tempRepo("flows-handover-twice-");
  server = await startGitHubApiServer();
  server.github.pulls.add(repository, { number: opened.number, headSha, headRepo: "fork-owner/fork" });
  results = await startActionsResultsServer({ github: server, repository });
  await writeFlow(repo.dir, { name: "lint", root: "lint-flows", steps: [{ name: "check", trigger: "pull_request.*", source: rawStep("completed", "all clean") }] });
  await writeFlow(repo.dir, { name: "size", root: "size-flows", steps: [{ name: "measure", trigger: "pull_request.*", source: rawStep("needs_intervention", "too big") }] });
  restoreEnv = setProcessEnv(results.runtimeEnv({ runId: RUN_ID }));
});
afterEach(async () => {
  restoreEnv();
  await results.close();
  await server.close();
  await repo.cleanup();
});

const env = (runId: number) => ({ GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: String(runId), GITHUB_SHA: "e".repeat(40) });

const step = (flowsPath: string) =>
  runInProcess({
    workspace: repo.dir,
    eventName: "pull_request",
    payload: fromFork,
    inputs: { "github-token": "ghs_readonlytoken", state: "none", "flows-path": flowsPath, "comment-key": flowsPath },
    env: env(RUN_ID),
  });

describe("two flows-action steps in one job of a fork's pull request", () => {
  it("each upload their handover, the second under a name of its own", async () => {
    const first = await step("lint-flows");
    const second = await step("size-flows");
    expect([first.code, first.io.failed]).toEqual([0, undefined]);
    expect([second.code, second.io.failed]).toEqual([0, undefined]);
    expect(results.uploads.map((upload) => upload.name)).toEqual(["flows-report", "flows-report-2"]);
    expect(second.stdout).toContain("uploaded as the flows-report-2 artifact");
    results.assertNoViolations();
  }, 60_000);

  it("are both published by the workflow_run job: each its check runs and its own sticky comment", async () => {
    await step("lint-flows");
    await step("size-flows");
    const workflowRun = { action: "completed", workflow_run: { id: RUN_ID, head_sha: headSha, event: "pull_request", pull_requests: [] }, repository: opened.repository };
    const publish = await runInProcess({
      workspace: join(repo.dir, "empty"),
      eventName: "workflow_run",
      payload: workflowRun,
      inputs: { "github-token": "ghs_writetoken", state: "none", handover: "publish" },
      env: env(RUN_ID + 1),
    });
    expect([publish.code, publish.io.failed], publish.stdout).toEqual([0, undefined]);
    // One listing of the run's artifacts finds both handovers, and that there is no third.
    expect(server.requestsFor("actions/list-workflow-run-artifacts")).toHaveLength(1);
    expect(server.github.checkRuns.list(repository).map((check) => [check.name, check.head_sha]).sort()).toEqual([
      ["flows: lint/check", headSha],
      ["flows: size/measure", headSha],
    ]);
    const comments = server.github.comments.list(repository, opened.number);
    expect(comments).toHaveLength(2);
    expect(comments.map((comment) => (comment.body?.includes("lint") ? "lint" : "") + (comment.body?.includes("size") ? "size" : ""))).toEqual(["lint", "size"]);
    expect(publish.summary).toContain(`Published the results of run ${RUN_ID} (flows-report): 1 check run`);
    expect(publish.summary).toContain(`Published the results of run ${RUN_ID} (flows-report-2): 1 check run`);
  }, 60_000);
});
