import { writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runFlowStep } from "../../src/runners/index.js";
import { readWrapperResult } from "../../src/runners/module-style.js";
import { MAX_FLOW_RESULT_BYTES } from "../../src/runners/result.js";
import { runOptions, tempDirEachTest, writeStepPackage } from "./helpers.js";

// A module-style step's result reaches the dispatcher through a file the wrapper writes: that
// file is read no further than a FlowResult may be long, whatever the module returned.

let dir: string;
tempDirEachTest((made) => {
  dir = made;
});

describe("a module-style step's result file", () => {
  it("is read no further than the FlowResult limit", async () => {
    // It was read whole: four modules returning 150 MB each took the dispatcher from 63 MB to 652 MB.
    const file = path.join(dir, "result.json");
    await writeFile(file, `{"status":"completed","big":"${"x".repeat(MAX_FLOW_RESULT_BYTES)}"}`);
    expect(await readWrapperResult(file, MAX_FLOW_RESULT_BYTES)).toEqual({ tooLargeBytes: MAX_FLOW_RESULT_BYTES + 31 });
    await writeFile(file, '{"status":"completed"}');
    expect(await readWrapperResult(file, MAX_FLOW_RESULT_BYTES)).toEqual({ json: '{"status":"completed"}' });
    expect(await readWrapperResult(path.join(dir, "never-written.json"), MAX_FLOW_RESULT_BYTES)).toBeUndefined();
  });

  it("that is too large fails the step, and a FLOW_RESULT printed after it does not override that", async () => {
    const source = [
      'setTimeout(() => console.log(\'FLOW_RESULT {"status":"completed","message":"stray"}\'), 50);',
      'export default async () => ({ status: "completed", big: "x".repeat(6 * 1024 * 1024) });',
    ].join("\n");
    const outcome = await runFlowStep(runOptions(await writeStepPackage({ root: dir, source })));
    expect(outcome.processStatus).toBe("failed");
    expect(outcome.error).toMatch(/^FLOW_RESULT too large \(6291487 bytes, limit 4 MiB\)/);
  });
});
