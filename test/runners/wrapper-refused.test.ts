// A temp folder that refuses the step wrapper while the step's start is still being recorded
// (`startAfter`): the failure is the step's, met once the start is recorded, and no rejection is
// left unhandled meanwhile (Bun printed it to standard error as a crash dump, UserError and cause).
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

const savedTmp = process.env.TMPDIR;
afterEach(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

describe("a step wrapper the temp folder refuses while the start is recorded", () => {
  it("leaves no rejection unhandled, and the step fails saying which folder", async () => {
    const unhandled: unknown[] = [];
    const listener = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on("unhandledRejection", listener);
    try {
      // A fresh copy of the runners: the wrapper folder is made once per module instance, and
      // this worker may have made one for an earlier test file already.
      vi.resetModules();
      const { runFlowStep } = await import("../../src/runners/index.js");
      const options = runOptions(await writeStepPackage({ root: dir, source: 'export default () => ({ status: "completed" });' }), {
        startAfter: new Promise<void>((resolve) => setTimeout(resolve, 300)),
      });
      const missing = path.join(dir, "no-such-tmp");
      process.env.TMPDIR = missing;
      const outcome = await runFlowStep(options);
      expect(outcome.processStatus).toBe("failed");
      expect(outcome.error).toContain(`cannot write its step wrapper into the temp folder ${missing}: it does not exist (ENOENT)`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", listener);
    }
  });
});
