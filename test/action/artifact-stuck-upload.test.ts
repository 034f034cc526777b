// A results service that accepts the upload's connection and never answers: @actions/artifact
// would retry for about 16 minutes, and its socket kept Node (so the job) running as long. The
// shipped action gives up at the artifact store's time limit, fails the job naming the records
// not saved, and ends at once instead of waiting for the abandoned upload.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { artifactWorld, REPOSITORY } from "../state/artifact-helpers.js";
import { startSilentServer } from "../support/silent-server.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-action-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("dist/index.js with a results service that never answers", () => {
  it("fails the job within the time limit, lists the unsaved event in the summary, and exits without waiting for the upload", async () => {
    const world = await artifactWorld();
    const silent = await startSilentServer();
    await writeFlow(repo.dir, {
      name: "deploy",
      steps: [{ name: "go", trigger: "push", source: 'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "deployed" }));' }],
    });
    const started = Date.now();
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "push",
      payload: { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: REPOSITORY } },
      inputs: { state: "artifact", "github-token": "ghs_workflow_token", checks: "off", comment: "off" },
      env: {
        ...world.results.runtimeEnv({ runId: 7101 }),
        ACTIONS_RESULTS_URL: silent.url,
        GITHUB_API_URL: world.github.url,
        GITHUB_REPOSITORY: REPOSITORY,
        GITHUB_RUN_ID: "7101",
        FLOWS_ARTIFACT_TIMEOUT_SECONDS: "1",
      },
      killAfterMs: 60_000,
    });
    const took = Date.now() - started;

    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(took).toBeLessThan(30_000);
    expect(silent.accepted).toBeGreaterThan(0);
    expect(run.stdout).toContain("deploy/go");
    expect(run.stdout).toMatch(/::error::.*NOT saved.*did not finish the upload within 1 s/);
    expect(run.summary).toMatch(/State not saved[\s\S]*github:push/);
  }, 90_000);
});
