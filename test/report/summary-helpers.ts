// A run and a dispatch outcome to render, shared by summary.test.ts and summary.stress.test.ts.
import type { FlowRunView } from "../../src/contracts.js";
import type { DispatchOutcome } from "../../src/engine/dispatch.js";

export function run(overrides: Partial<FlowRunView> = {}): FlowRunView {
  return {
    id: "run_0123456789ab",
    eventId: "evt",
    flowName: "bindings",
    flowVersion: 1,
    stepName: "regenerate",
    runner: "bun",
    processStatus: "completed",
    resultStatus: "completed",
    effectiveStatus: "completed",
    needsAttention: false,
    attempts: [{ id: "a1", number: 1, status: "completed" }],
    createdAt: "2026-11-26T00:00:00Z",
    updatedAt: "2026-11-26T00:00:01Z",
    durationMs: 1234,
    resultPayload: { status: "completed", message: "done" },
    output: "hello\n",
    ...overrides,
  };
}

export function outcome(overrides: Partial<DispatchOutcome> = {}): DispatchOutcome {
  return {
    status: "accepted",
    eventId: "github:release.published:o/r:v1",
    runIds: [],
    matched: 1,
    event: { id: "github:release.published:o/r:v1", type: "release.published", receivedAt: "x", payload: {} },
    runs: [run()],
    mismatches: [],
    problems: [],
    shadowed: [],
    children: [],
    dryRun: false,
    ...overrides,
  };
}
