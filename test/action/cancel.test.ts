import { describe, expect, it } from "vitest";
import { AFTER, withCancelledJob } from "./cancel-scenario.js";

// Running steps must stop, be recorded as canceled, and leave no check run in progress. How
// fast (inside the runner's 7.5 s before SIGKILL) is cancel.stress.test.ts's: no wall-clock
// assertions here. The step sleeps 60 s, twice this test's timeout: the action exiting at all
// means it stopped the step.

describe("a cancelled job", () => {
  it("stops the running step, records it as canceled and completes its check run", async () => {
    await withCancelledJob((job) => {
      expect(job.code).toBe(1);
      expect(job.stdout).toContain("::warning::Received SIGINT: stopping the running flow steps");
      expect(job.summary).toContain("| slow | compile | 🚫 canceled |");
      expect(job.outputs["event-id"]).toBe(`github:push:octo-org/octo-repo:refs/heads/main@${AFTER}`);
      expect(job.stepAlive).toBe(false);
      expect(job.checks).toEqual([["flows: slow/compile", "completed", "cancelled"]]);
      job.server.assertNoViolations();
    });
  }, 30_000);

  it("on SIGTERM alone (a runner stopping without SIGINT first) does the same, and a re-run of the job runs the step again", async () => {
    await withCancelledJob(
      (job) => {
        expect(job.code).toBe(1);
        expect(job.stdout).toContain("::warning::Received SIGTERM: stopping the running flow steps");
        expect(job.summary).toContain("| slow | compile | 🚫 canceled |");
        expect(job.stepAlive).toBe(false);
        // Canceled is not settled: the same event in a re-run of the job runs the step again.
        expect(job.rerun?.code, job.rerun?.stdout).toBe(0);
        expect(job.rerun?.summary).toContain("| slow | compile | ✅ completed | compiled |");
        expect(job.rerun?.stdout).not.toContain("already handled");
      },
      { signal: "SIGTERM", rerun: true },
    );
  }, 45_000);
});
