import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runFlowStep } from "../../src/runners/index.js";
import { runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

/** A module-style step that leaves a file behind when it runs. */
function markingStep(marker: string): string {
  return `import { writeFileSync } from "node:fs";\nwriteFileSync(${JSON.stringify(marker)}, "ran");\nexport default () => ({ status: "completed" });`;
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe("startAfter: a step's process waits for its start to be recorded", () => {
  it("is made ready but not started until startAfter resolves", async () => {
    const marker = path.join(dir, "ran.txt");
    const gate = deferred();
    const running = runFlowStep(runOptions(await writeStepPackage({ root: dir, source: markingStep(marker) }), { startAfter: gate.promise }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(marker)).toBe(false);
    gate.resolve();
    const outcome = await running;
    expect(outcome.error).toBeUndefined();
    expect(outcome.result).toEqual({ status: "completed" });
    expect(existsSync(marker)).toBe(true);
  });

  it("never starts when startAfter rejects, and says why", async () => {
    const marker = path.join(dir, "ran.txt");
    const gate = deferred();
    const running = runFlowStep(runOptions(await writeStepPackage({ root: dir, source: markingStep(marker) }), { startAfter: gate.promise }));
    gate.reject(new Error("disk full"));
    const outcome = await running;
    expect(outcome.processStatus).toBe("canceled");
    expect(outcome.error).toBe("not started: its start could not be recorded");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(existsSync(marker)).toBe(false);
  });

  it("reports a missing working folder only after startAfter, as before", async () => {
    const gate = deferred();
    const pkg = await writeStepPackage({ root: dir, source: markingStep(path.join(dir, "ran.txt")), cwdPath: path.join(dir, "missing") });
    let settled = false;
    const running = runFlowStep(runOptions(pkg, { startAfter: gate.promise })).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    gate.resolve();
    const outcome = await running;
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toMatch(/the working directory of step "step-under-test" cannot be used/);
  });
});
