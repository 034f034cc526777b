import { appendFile, readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { runnerIO } from "../../src/action/runner.js";
import { stepSummaryFileEachTest } from "../helpers/step-summary-file.js";
import { Redactor } from "../../src/redact.js";
import { renderSummary } from "../../src/report/summary.js";
import { ended, outcomeOf, prEvent } from "../report/github-fixtures.js";

// GitHub drops a step's whole job summary past 1 MiB. The flow steps write to the same file
// (./summary-steps.ts): their text taken in after the action's sections was counted but never
// cut to what the summary had left, and a full summary with 256 KiB of it after reached 1.28 MB.

const LIMIT = 1024 * 1024;
/** Multi-byte, hidden (shown as `<U+0001>`, `<U+E0041>`: 8 and 9 bytes), markup and mentions. */
const HOSTILE = "\u0001\u{e0041}é👩‍👩‍👧@a#1<`|".repeat(20_000);

describe("the job summary with the flow steps' own text", () => {
  // core.summary keeps the first summary file it opens: one test of it per file.
  const summaryFile = stepSummaryFileEachTest("flows-summary-steps-");

  it("stays within 1 MiB with hostile results and step text after each of the action's sections", async () => {
    const file = summaryFile();
    const io = runnerIO({ redactor: new Redactor() });
    const stepText = `<details><pre>${"\u0001\u{e0041}".repeat(200_000)}`;
    const runs = Array.from({ length: 60 }, (_, i) =>
      ended("failed", {
        id: `run_${i}${HOSTILE.slice(0, 4_000)}`,
        flowName: `${HOSTILE.slice(0, 2_000)}${i}`,
        stepName: HOSTILE.slice(0, 2_000),
        error: HOSTILE,
        output: HOSTILE,
        resultPayload: { status: "failed", message: HOSTILE },
      }),
    );
    await io.appendSummary(renderSummary(outcomeOf(prEvent(), runs), { runUrl: "https://github.com/o/r/actions/runs/1" }), "the flow results");
    await appendFile(file, stepText);
    await io.appendSummary(`### A note\n\n${"x".repeat(20_000)}`, "the last note");
    await appendFile(file, stepText);
    await io.flushSummary?.();
    const summary = await readFile(file, "utf8");
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(LIMIT);
    expect(summary).toContain("### Flows for `pull_request.opened`");
    expect(summary).toMatch(/bytes the flow steps wrote to the job summary were left out here/);
    expect(summary).toMatch(/> \d+ bytes of (the flow results|the last note) were left out here/);
  }, 60_000);
});
