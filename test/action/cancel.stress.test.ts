import { describe, expect, it } from "vitest";
import { withCancelledJob } from "./cancel-scenario.js";

// The timed half of cancel.test.ts: after SIGINT the runner waits 7.5 s, then SIGTERM/SIGKILL,
// so the action must stop its steps, record them and complete their check runs within that.

describe("a cancelled job, timed", () => {
  it("stops within the 7.5 s the runner waits before it kills the action", async () => {
    await withCancelledJob((job) => {
      expect(job.stoppedInMs).toBeLessThan(7_500);
      expect(job.code).toBe(1);
      expect(job.stepAlive).toBe(false);
      expect(job.checks).toEqual([["flows: slow/compile", "completed", "cancelled"]]);
    });
  }, 30_000);
});
