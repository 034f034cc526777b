import { afterEach, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { setProcessEnv } from "../helpers/process-env.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { artifactWorld, REPOSITORY } from "../state/artifact-helpers.js";

// The artifact and branch stores keep saves in memory until the action flushes them at the end.
// A mode that failed after its steps ran (here: the job summary could not be written) skipped
// the flush, so the runs were never stored and the job's re-run ran the steps again.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo("flows-action-");
});
afterEach(async () => {
  await repo.cleanup();
});

describe("state after a failed job", () => {
  it("saves the runs of steps that ran when the job then fails (artifact store)", async () => {
    const world = await artifactWorld();
    onTestFinished(setProcessEnv(world.results.runtimeEnv({ runId: 7001 })));
    await writeFlow(repo.dir, {
      name: "deploy",
      steps: [{ name: "go", trigger: "push", source: 'console.log("FLOW_RESULT " + JSON.stringify({ status: "changed", message: "deployed" }));' }],
    });
    const payload = { ref: "refs/heads/main", after: "a".repeat(40), repository: { full_name: REPOSITORY } };
    // One job of the workflow run `runId`, with the artifact store.
    const job = (runId: string, alterIO?: Parameters<typeof runInProcess>[0]["alterIO"]) =>
      runInProcess({
        workspace: repo.dir,
        eventName: "push",
        payload,
        inputs: { state: "artifact", "github-token": "ghs_workflow_token", checks: "off", comment: "off" },
        env: { GITHUB_API_URL: world.github.url, GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: "1" },
        ...(alterIO ? { alterIO } : {}),
      });
    const run = await job("7001", (io) => {
      io.appendSummary = () => Promise.reject(Object.assign(new Error("EISDIR: illegal operation on a directory, open"), { code: "EISDIR" }));
    });

    expect(run.code).toBe(1);
    expect(run.io.failed).toContain("EISDIR");
    expect(run.stdout).toContain("deploy/go");
    // The step's run was flushed all the same: one delta artifact holding its record.
    const uploads = world.results.uploads.filter((upload) => upload.runId === 7001);
    expect(uploads.map((upload) => upload.name)).toEqual([expect.stringMatching(/delta/)]);
    // The next job of this workflow finds the event handled and runs nothing.
    const again = await job("7002");
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs.matched).toBe("0");
    expect(again.outputs["already-handled"]).toBe("1");
    world.assertNoViolations();
  });
});
