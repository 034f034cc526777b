import { describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { assembleOutcome } from "../../src/action/outcome.js";

function run(id: string, overrides: Partial<FlowRunView> = {}): FlowRunView {
  return {
    id,
    eventId: "evt",
    flowName: "f",
    flowVersion: 1,
    stepName: id,
    runner: "bun",
    processStatus: "completed",
    effectiveStatus: "completed",
    needsAttention: false,
    attempts: [],
    createdAt: "2026-11-26T00:00:00Z",
    updatedAt: "2026-11-26T00:00:00Z",
    ...overrides,
  };
}

const event = { id: "evt", type: "push", receivedAt: "2026-11-26T00:00:00Z", payload: {} };

describe("assembleOutcome (the report job's merged runs)", () => {
  it("counts in matched the steps that ran, not those handled before, as the engine does", () => {
    const outcome = assembleOutcome({ event, runs: [run("a"), run("b", { alreadyHandled: true })] });
    expect(outcome).toMatchObject({ status: "accepted", matched: 1, runIds: ["a", "b"] });
  });

  it("makes a duplicate of runs all handled before: matched 0, idempotent", () => {
    const outcome = assembleOutcome({ event, runs: [run("a", { alreadyHandled: true })] });
    expect(outcome).toMatchObject({ status: "duplicate", matched: 0, idempotent: true });
  });
});
