// A fork's pull request hands its results over as an artifact. A results service that accepts
// the upload's connection and never answers held the job about 16 minutes (@actions/artifact
// retries and cannot be stopped): the upload now has the artifact time limit, and past it the
// job fails saying the results were not handed over and what to do.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { pullRequestOpened, pullRequestOpenedFromFork } from "../helpers/pull-request-examples.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type ActionsResultsServer, startActionsResultsServer } from "../support/actions-results-server.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { startSilentServer } from "../support/silent-server.js";
import { timedUnderLoad } from "../helpers/stalls.js";

const opened = pullRequestOpened();
const fromFork = pullRequestOpenedFromFork();
const repository = opened.repository.full_name;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
let results: ActionsResultsServer;
beforeEach(async () => {
  repo = await tempRepo("flows-handover-stuck-");
  server = await startGitHubApiServer();
  server.github.pulls.add(repository, { number: opened.number, headSha: opened.pull_request.head.sha, headRepo: "fork-owner/fork" });
  results = await startActionsResultsServer({ github: server, repository });
  await writeFlow(repo.dir, { name: "lint", steps: [{ name: "check", trigger: "pull_request.*", source: rawStep("completed", "all clean") }] });
});
afterEach(async () => {
  await results.close();
  await server.close();
  await repo.cleanup();
});

describe("a fork's handover upload to a results service that never answers", () => {
  it("fails the job at the time limit, saying the results were not handed over, instead of waiting for the upload", async () => {
    const silent = await startSilentServer();
    const restore = setProcessEnv({ ...results.runtimeEnv({ runId: 800 }), ACTIONS_RESULTS_URL: `${silent.url}/`, FLOWS_ARTIFACT_TIMEOUT_SECONDS: "0.5" });
    try {
      // The action runs in this process: timed in the time it could run (test/helpers/stalls.ts).
      const { value: run, ms } = await timedUnderLoad(() =>
        runInProcess({
          workspace: repo.dir,
          eventName: "pull_request",
          payload: fromFork,
          inputs: { "github-token": "ghs_readonlytoken", state: "none" },
          env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: "800", GITHUB_SHA: "e".repeat(40) },
        }),
      );
      expect(ms).toBeLessThan(20_000);
      expect(silent.accepted).toBeGreaterThan(0);
      expect(run.code).toBe(1);
      expect(run.io.failed).toMatch(/not handed over: the upload of the flows-report artifact did not finish within 500 ms.*Re-run the job/);
      expect(run.io.failed).not.toMatch(/\n\s+at /);
    } finally {
      restore();
    }
  }, 60_000);
});
