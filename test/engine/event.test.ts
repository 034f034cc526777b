import { describe, expect, it } from "vitest";
import { ContractViolation } from "../../src/contract-errors.js";
import { dispatch } from "../../src/engine/dispatch.js";
import { AcceptedFlowEvent, FlowEventError, normalizeFlowEvent } from "../../src/engine/event.js";
import { PayloadBudgetError } from "../../src/events/errors.js";
import { tempRepo } from "../helpers/flow-packages.js";

const now = new Date("2026-01-02T03:04:05.000Z");

function rejection(value: unknown): FlowEventError {
  try {
    normalizeFlowEvent(value, now);
  } catch (error) {
    expect(error).toBeInstanceOf(FlowEventError);
    return error as FlowEventError;
  }
  throw new Error("the event was accepted");
}

describe("normalizeFlowEvent", () => {
  it("fills receivedAt with now and payload with {} when a caller leaves them out", () => {
    expect(normalizeFlowEvent({ id: "e1", type: "t" }, now)).toEqual({
      id: "e1",
      type: "t",
      receivedAt: "2026-01-02T03:04:05.000Z",
      payload: {},
    });
  });

  it("keeps what the caller gave", () => {
    const event = { id: "e1", type: "t", source: "s", occurredAt: "x", receivedAt: "y", payload: [1] };
    expect(normalizeFlowEvent(event, now)).toEqual(event);
  });

  it("names a missing or empty id and type and says what they must be", () => {
    expect(rejection({ type: "t" }).message).toBe('A FlowEvent needs a non-empty string "id"; got nothing.');
    expect(rejection({ id: "e1", type: "" }).message).toBe('A FlowEvent needs a non-empty string "type"; got "".');
    expect(rejection({ id: 5, type: "t" }).field).toBe("id");
  });

  it("names an optional field of the wrong type as a contract violation", () => {
    const error = rejection({ id: "e1", type: "t", receivedAt: 5 });
    expect(error).toBeInstanceOf(ContractViolation);
    expect(error.contract).toBe("flow-event.schema.json");
    expect(error.message).toBe('FlowEvent receivedAt must be a string (got number 5); correct "receivedAt" or leave it out.');
  });

  it("refuses what is not an object with an example of one", () => {
    expect(rejection([]).message).toContain('{"id": "...", "type": "..."');
    expect(rejection(null).message).toContain("must be a JSON object");
  });

  it("refuses a payload nested past the budget before anything walks it", () => {
    let payload: unknown = {};
    for (let i = 0; i < 300; i++) payload = { a: payload };
    expect(() => normalizeFlowEvent({ id: "deep", type: "t", payload }, now)).toThrow(PayloadBudgetError);
  });
});

// The CLI checks an event file before dispatch (to name the file in errors) and hands the
// event on accepted, so dispatch does not check it twice; what a library caller hands in is
// still checked, whatever it looks like.
describe("AcceptedFlowEvent", () => {
  it("is dispatched as it was accepted, while an event shaped like one is still checked", async () => {
    const repo = await tempRepo();
    try {
      const accepted = AcceptedFlowEvent.accept({ id: "e1", type: "t" }, now);
      expect(accepted.event).toEqual({ id: "e1", type: "t", receivedAt: "2026-01-02T03:04:05.000Z", payload: {} });
      const outcome = await dispatch(accepted, { repoRoot: repo.dir, dryRun: true });
      expect(outcome.eventId).toBe("e1");
      await expect(dispatch({ event: { id: "e2", type: "t" } }, { repoRoot: repo.dir, dryRun: true })).rejects.toThrow(FlowEventError);
      expect(() => AcceptedFlowEvent.accept({ id: "", type: "t" })).toThrow(FlowEventError);
    } finally {
      await repo.cleanup();
    }
  });
});
