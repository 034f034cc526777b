import { describe, expect, it } from "vitest";
import { normalizeDispatchResult } from "../../src/backend/dispatch-result.js";
import { FlowBackendError } from "../../src/backend/errors.js";

const sent = { id: "e1", type: "t", receivedAt: "2026-01-01T00:00:00.000Z", payload: {} };

function failure(raw: unknown): FlowBackendError {
  try {
    normalizeDispatchResult(raw, sent);
  } catch (error) {
    expect(error).toBeInstanceOf(FlowBackendError);
    return error as FlowBackendError;
  }
  throw new Error("the answer was accepted");
}

describe("a backend's dispatch answer (backend-dispatch-result.schema.json)", () => {
  it("fills what a lenient backend leaves out from the event sent", () => {
    expect(normalizeDispatchResult({ data: { status: "duplicate", matched: "two" } }, sent)).toEqual({
      status: "duplicate",
      eventId: "e1",
      runIds: [],
      matched: 0,
      idempotent: true,
      event: sent,
      runs: [],
    });
  });

  it("names the status when it is missing or not an answer", () => {
    expect(failure({ runIds: [] }).message).toBe('dispatch result: field "status" is nothing; expected "accepted" or "duplicate".');
    expect(failure({ status: "ok" }).message).toContain('field "status" is "ok"');
  });

  it("names runIds when they are not run ids", () => {
    expect(failure({ status: "accepted", runIds: ["r1", ""] }).message).toBe(
      'dispatch result: field "runIds" is ["r1",""]; expected an array of run ids.',
    );
  });
});
