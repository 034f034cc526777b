import { appendFile, readFile, writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { runnerIO } from "../../src/action/runner.js";
import { STEP_TEXT_LIMIT_BYTES } from "../../src/action/summary-steps.js";
import { Redactor } from "../../src/redact.js";
import { stepSummaryFileEachTest } from "../helpers/step-summary-file.js";

// Text already in GITHUB_STEP_SUMMARY when the action starts (written by an earlier step of the
// job into the same file) is cut to the share of the summary that is not the action's, as what
// the flow steps write is. Its note said the flow steps wrote it: a reader looked in the flows
// for text they never wrote.

describe("a job summary that holds text from before this step", () => {
  // core.summary keeps the first summary file it opens: one test of it per file.
  const summaryFile = stepSummaryFileEachTest("flows-summary-before-");

  it("says the text it cut was already there, and blames the flow steps only for what they wrote", async () => {
    const file = summaryFile();
    const earlier = "earlier summary line\n".repeat(20_000);
    await writeFile(file, earlier);
    const io = runnerIO({ redactor: new Redactor() });
    // A flow step writes its own 10,000 bytes; there is no room left for them.
    const stepText = "a flow step's line\n".repeat(10_000 / 19);
    await appendFile(file, stepText);
    await io.appendSummary("### Results\n\nall fine\n", "the flow results");
    await io.flushSummary?.();
    const summary = await readFile(file, "utf8");
    const before = /> (\d+) bytes that were already in the job summary before this step were left out here/.exec(summary);
    expect(before, summary.slice(-2000)).not.toBeNull();
    const kept = summary.split("earlier summary line\n").length - 1;
    expect(Number(before![1])).toBeGreaterThanOrEqual(earlier.length - kept * 21 - 21);
    expect(Number(before![1])).toBeLessThan(earlier.length - STEP_TEXT_LIMIT_BYTES + 2 * 1024);
    const steps = /> (\d+) bytes the flow steps wrote to the job summary were left out here/.exec(summary);
    expect(Number(steps?.[1])).toBe(Buffer.byteLength(stepText));
    expect(summary).toContain("### Results\n\nall fine\n");
  });
});
