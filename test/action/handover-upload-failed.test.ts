import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { pullRequestOpenedFromFork } from "../helpers/pull-request-examples.js";
import { runDistAction } from "../helpers/run-action.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// A pull request from a fork hands its results over as an artifact. An upload @actions/artifact
// refused (here: no ACTIONS_RUNTIME_TOKEN, as under @github/local-action with a fork's payload)
// failed the job as "a bug in flows-action", with the library's stack. Through the shipped action.

const fromFork = pullRequestOpenedFromFork();
const repository = fromFork.repository.full_name;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-handover-failed-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, { name: "lint", steps: [{ name: "check", trigger: "pull_request.*", source: rawStep("completed", "all clean") }] });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

describe("a fork's handover that cannot be uploaded", () => {
  it("fails the job in one annotation saying the results were not handed over and what to do, no stack, the results in the summary", async () => {
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: fromFork,
      inputs: { "github-token": "ghs_readonlytoken0123456789", state: "none", "fail-on": "none" },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository },
    });
    expect(run.code).toBe(1);
    const errors = run.stdout.split("\n").filter((line) => line.startsWith("::error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::The results were not handed over: the upload of the flows-report artifact failed: ".*ACTIONS_RUNTIME_TOKEN.*"\. /);
    expect(errors[0]).toContain("set handover: off.");
    expect(errors[0]).not.toContain("This is a bug in flows-action");
    expect(errors[0]).not.toMatch(/%0A\s+at /);
    expect(run.summary).toContain("| lint | check | ✅ completed | all clean |");
    expect(run.outputs.matched).toBe("1");
    server.assertNoViolations();
  }, 60_000);
});
