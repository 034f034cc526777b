import { describe, expect, it } from "vitest";
import { ContractViolation } from "../../src/contract-errors.js";
import { parseEventRecord } from "../../src/state/record-parse.js";

const run = {
  id: "run_0123456789ab",
  eventId: "e1",
  flowName: "bindings",
  flowVersion: 1,
  stepName: "regenerate",
  runner: "bun",
  processStatus: "completed",
  resultStatus: "changed",
  effectiveStatus: "changed",
  needsAttention: false,
  attempts: [{ id: "a1", number: 1, status: "completed" }],
  // A step's `next` events carry only what the step wrote: id and type.
  resultPayload: { status: "changed", next: [{ id: "child-1", type: "bindings.regenerated" }], extra: { kept: true } },
  createdAt: "2025-01-02T03:04:05.000Z",
  updatedAt: "2025-01-02T03:04:07.000Z",
};
const record = {
  formatVersion: 1,
  event: { id: "e1", type: "upstream.release", receivedAt: "2025-01-02T03:04:05.000Z", payload: {} },
  runs: [run],
  firstDispatchedAt: "2025-01-02T03:04:05.000Z",
  updatedAt: "2025-01-02T03:04:07.000Z",
  dispatchCount: 1,
};

describe("stored records against schemas/event-record.schema.json", () => {
  it("reads a record whose result has next events with only id and type, keeping unknown result keys", () => {
    expect(parseEventRecord(structuredClone(record)).runs[0]?.resultPayload).toEqual(run.resultPayload);
  });

  it.each([
    ["a run without a step name", { ...record, runs: [{ ...run, stepName: undefined }] }, "runs[0].stepName", "runs[0].stepName is missing"],
    ["an unknown process status", { ...record, runs: [{ ...run, processStatus: "paused" }] }, "runs[0].processStatus", "must be one of queued"],
    ["a next event without a type", { ...record, runs: [{ ...run, resultPayload: { status: "changed", next: [{ id: "x" }] } }] }, "runs[0].resultPayload.next[0].type", "is missing"],
    ["an event id that is a number", { ...record, event: { ...record.event, id: 7 } }, "event.id", 'event.id must be a string (got number 7)'],
  ])("names the file and the field of %s", (_, value, field, phrase) => {
    let error: unknown;
    try {
      parseEventRecord(JSON.parse(JSON.stringify(value)), ".codex/flow-client/events/ab.json");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContractViolation);
    const violation = error as ContractViolation;
    expect(violation.field).toBe(field);
    expect(violation.file).toBe(".codex/flow-client/events/ab.json");
    expect(violation.message).toContain(phrase);
  });
});
