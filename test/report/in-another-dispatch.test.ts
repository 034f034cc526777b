import { describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { eventConclusion, stepConclusion } from "../../src/report/checks-output.js";
import { statusLabel } from "../../src/report/status.js";

// A run a delivery did not start because another dispatch is running it now is reported as it is
// stored (running), marked as reused: it neither fails nor cancels the event's check run.

function run(effectiveStatus: FlowRunView["effectiveStatus"], extra: Partial<FlowRunView> = {}): FlowRunView {
  return {
    id: `run-${effectiveStatus}`,
    eventId: "e",
    flowName: "slow",
    stepName: "sleeper",
    runner: "bun",
    processStatus: effectiveStatus === "completed" ? "completed" : "running",
    effectiveStatus,
    needsAttention: false,
    attempts: [],
    createdAt: "2026-12-04T00:00:00.000Z",
    updatedAt: "2026-12-04T00:00:00.000Z",
    ...extra,
  };
}

describe("a run in another dispatch", () => {
  it("reads as running in another dispatch, not as already handled", () => {
    expect(statusLabel(run("running", { alreadyHandled: true }))).toBe("⏳ running (in another dispatch)");
    expect(statusLabel(run("completed", { alreadyHandled: true }))).toBe("✅ completed (already handled)");
  });

  it("leaves the event's check neutral, where a run stopped unfinished here cancels it", () => {
    expect(stepConclusion(run("running", { alreadyHandled: true }))).toBeUndefined();
    expect(eventConclusion([run("running", { alreadyHandled: true })])).toBe("neutral");
    expect(eventConclusion([run("running", { alreadyHandled: true }), run("completed")])).toBe("success");
    expect(eventConclusion([run("running")])).toBe("cancelled");
  });
});
