// Moved from summary.test.ts: a job summary whose steps' details pass 1 MiB.
import { describe, expect, it } from "vitest";
import { JOB_SUMMARY_LIMIT_BYTES, renderSummary } from "../../src/report/summary.js";
import { outcome, run } from "./summary-helpers.js";

describe("renderSummary", () => {
  it("keeps every event's table, the problems and the failing steps' details when the details pass 1 MiB, and counts what it left out", () => {
    // 100 passing runs with big output tails, then the failing ones, and a chained event after them.
    const big = (i: number, status: "completed" | "failed") =>
      run({ id: `run_${i}`, stepName: `s${i}`, effectiveStatus: status, resultStatus: status, output: "x".repeat(200_000), resultPayload: { status, message: `m${i}` } });
    const runs = [...Array.from({ length: 100 }, (_, i) => big(i, "completed")), big(100, "failed"), big(101, "failed")];
    const child = outcome({ eventId: "evt-next", event: { id: "evt-next", type: "bindings.regenerated", receivedAt: "x", payload: {} }, runs: [run({ stepName: "chained" })] });
    const problems = [{ severity: "error" as const, file: "flows/f/flow.toml", line: 3, message: "broken manifest" }];
    const md = renderSummary(outcome({ runs, children: [child], problems }), { runUrl: "https://github.com/o/r/actions/runs/1" });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT_BYTES);
    expect(md).not.toContain("bytes of this summary were cut");
    for (const i of [0, 99, 100, 101]) expect(md).toContain(`| bindings | s${i} |`);
    expect(md).toContain("| bindings | chained |");
    expect(md).toContain("broken manifest");
    expect(md).toContain("<details><summary>bindings / s100 — ❌ failed</summary>");
    expect(md).toContain("<details><summary>bindings / s101 — ❌ failed</summary>");
    const detailed = md.split("\n").filter((line) => line.startsWith("<details><summary>bindings / s")).length;
    expect(md).toContain(`> The details of ${102 - detailed} of these 102 steps (result and output tail) were left out`);
  });
});
