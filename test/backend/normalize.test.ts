import { describe, expect, it } from "vitest";
import { FlowBackendError, normalizeDispatchResult, normalizeRunList, normalizeRunView } from "../../src/backend/index.js";
import type { FlowEvent } from "../../src/contracts.js";
import { redactor } from "../../src/redact.js";

const RUN = {
  id: "run_0123456789ab",
  eventId: "e1",
  flowName: "bindings",
  flowVersion: 1,
  stepName: "regenerate",
  runner: "bun",
  processStatus: "completed",
  createdAt: "2025-01-02T03:04:05.000Z",
  updatedAt: "2025-01-02T03:04:07.000Z",
};

const SENT: FlowEvent = { id: "e1", type: "t.ok", receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };

function fieldError(raw: unknown): FlowBackendError {
  try {
    normalizeRunView(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(FlowBackendError);
    return error as FlowBackendError;
  }
  throw new Error("normalizeRunView accepted it");
}

describe("normalizeRunView", () => {
  it("derives effectiveStatus and needsAttention when the backend leaves them out", () => {
    const run = normalizeRunView({ ...RUN, resultStatus: "needs_intervention" });
    expect(run).toMatchObject({ effectiveStatus: "needs_intervention", needsAttention: true });
  });

  it("reads the older runtime's backend records: the FlowResult in resultJson, the reason of a failure in stderr, no flowVersion", () => {
    const { flowVersion: _v, runner: _r, processStatus: _p, ...older } = RUN;
    const done = normalizeRunView({ ...older, status: "completed", resultJson: JSON.stringify({ flow: "bindings", step: "regenerate", result: { status: "blocked", message: "conflict" } }), stdout: "", stderr: "" });
    expect(done).toMatchObject({ processStatus: "completed", resultStatus: "blocked", needsAttention: true, resultPayload: { status: "blocked", message: "conflict" } });
    expect("flowVersion" in done).toBe(false);
    expect(normalizeRunView({ ...older, status: "completed", resultJson: '{"status":"skipped"}' }).resultStatus).toBe("skipped");
    const failed = normalizeRunView({ ...older, status: "failed", error: "flow runner exited with 1", stdout: "", stderr: "Step did not emit FLOW_RESULT\n" });
    // The reason first (a report shows the first line), then the backend's own words.
    expect(failed.error).toBe("Step did not emit FLOW_RESULT\nflow runner exited with 1");
    expect(failed.output).toBe("Step did not emit FLOW_RESULT");
    expect(fieldError({ ...older, status: "completed", resultJson: "{not json" }).field).toBe("resultJson");
    expect(fieldError({ ...older, status: "completed", resultJson: '{"result":{"status":"done"}}' }).message).toContain('field "resultJson"');
  });

  it("reads the resultJson texts of one answer's runs within one budget of objects and arrays, measured before they are parsed", () => {
    const { flowVersion: _v, runner: _r, processStatus: _p, ...older } = RUN;
    const items = `[${Array(300_000).fill("{}").join(",")}]`;
    const run = (id: string) => ({ ...older, id, status: "completed", resultJson: `{"status":"completed","artifacts":{"items":${items}}}` });
    // One such run alone is read.
    expect(normalizeRunView(run("run_a")).resultStatus).toBe("completed");
    // Two in one answer hold more than 500,000 objects and arrays between them: the second is refused.
    try {
      normalizeRunList({ runs: [run("run_a"), run("run_b")] });
      throw new Error("normalizeRunList accepted it");
    } catch (error) {
      expect(error).toBeInstanceOf(FlowBackendError);
      expect((error as FlowBackendError).message).toContain('run "run_b"');
      expect((error as FlowBackendError).message).toContain("number at most 500,000");
    }
  });

  it("refuses a resultJson nested deeper than a step's result may be, which the answer's own depth check cannot see inside its text", () => {
    const { flowVersion: _v, runner: _r, processStatus: _p, ...older } = RUN;
    const deep = `{"flow":"f","step":"s","result":{"status":"completed","artifacts":{"deep":${"[".repeat(100_000)}${"]".repeat(100_000)}}}}`;
    const error = fieldError({ ...older, status: "completed", resultJson: deep });
    expect(error.field).toBe("resultJson");
    expect(error.message).toContain("JSON nested at most 256 levels deep");
    // As deep as a step's own result may be: read.
    const allowed = `{"flow":"f","step":"s","result":{"status":"completed","artifacts":{"deep":${"[".repeat(250)}${"]".repeat(250)}}}}`;
    expect(normalizeRunView({ ...older, status: "completed", resultJson: allowed }).resultStatus).toBe("completed");
  });

  it("keeps the tail of the older runtime's stdout and stderr only once a secret in them is redacted, so the cut leaves no part of it", () => {
    const { flowVersion: _v, runner: _r, processStatus: _p, ...older } = RUN;
    const secret = "older-stderr-secret-0123456789";
    redactor.add(secret);
    // The last 8,000 bytes start inside the secret.
    const stderr = `${"a".repeat(20_000)}${secret}${"b".repeat(7_990)}`;
    const failed = normalizeRunView({ ...older, status: "failed", error: "flow runner exited with 1", stdout: "", stderr });
    for (const text of [failed.error?.replace(/\nflow runner exited with 1$/, "") ?? "", failed.output ?? ""]) {
      expect(text).toMatch(/\*\*\*b{7990}$/);
      expect(text).not.toContain("56789");
    }
  });

  it("refuses epoch-ms times no date can hold naming the field, instead of throwing a RangeError", () => {
    for (const [field, value] of [["createdAt", 1e20], ["completedAt", -8.7e15]] as const) {
      const error = fieldError({ ...RUN, [field]: value });
      expect(error.field).toBe(field);
      expect(error.message).toContain(`field "${field}" is ${value}; expected an ISO time`);
    }
    expect(normalizeRunView({ ...RUN, createdAt: 8.64e15 }).createdAt).toBe("+275760-09-13T00:00:00.000Z");
  });

  it("makes the one attempt of a started run from the run's fields when the backend keeps no attempts, and none for a queued run", () => {
    const run = normalizeRunView({ ...RUN, startedAt: "2025-01-02T03:04:06.000Z", completedAt: "2025-01-02T03:04:07.000Z" });
    expect(run.attempts).toEqual([{ id: RUN.id, number: 1, status: "completed", startedAt: "2025-01-02T03:04:06.000Z", completedAt: "2025-01-02T03:04:07.000Z" }]);
    expect(normalizeRunView({ ...RUN, processStatus: "queued" }).attempts).toEqual([]);
    expect(normalizeRunView({ ...RUN, attempts: [] }).attempts).toEqual([]);
  });

  it("recomputes a derived status the backend got wrong, by the contract's rule", () => {
    const run = normalizeRunView({ ...RUN, resultStatus: "blocked", effectiveStatus: "completed", needsAttention: false });
    expect(run).toMatchObject({ effectiveStatus: "blocked", needsAttention: true });
  });

  it("reads `status` and `result` as processStatus and resultPayload", () => {
    const { processStatus: _, ...rest } = RUN;
    const run = normalizeRunView({ ...rest, status: "completed", result: { status: "changed", message: "ok" } });
    expect(run).toMatchObject({ processStatus: "completed", resultStatus: "changed", effectiveStatus: "changed", resultPayload: { status: "changed", message: "ok" } });
  });

  it("reads a FlowResult status in `status` as a finished process with that result", () => {
    const { processStatus: _, ...rest } = RUN;
    expect(normalizeRunView({ ...rest, status: "blocked" })).toMatchObject({ processStatus: "completed", resultStatus: "blocked", needsAttention: true });
  });

  it("unwraps {run: ...} and {data: {run: ...}}", () => {
    expect(normalizeRunView({ run: RUN }).id).toBe(RUN.id);
    expect(normalizeRunView({ data: { run: RUN } }).id).toBe(RUN.id);
  });

  it("fills attempt ids and numbers, turns epoch times into ISO and works out the duration", () => {
    const run = normalizeRunView({
      ...RUN,
      startedAt: Date.parse("2025-01-02T03:04:05.000Z"),
      completedAt: "2025-01-02T03:04:06.500Z",
      attempts: [{ status: "failed", error: { message: "boom" } }, { processStatus: "completed" }],
    });
    expect(run.startedAt).toBe("2025-01-02T03:04:05.000Z");
    expect(run.durationMs).toBe(1500);
    expect(run.attempts).toEqual([
      { id: "run_0123456789ab_a1", number: 1, status: "failed", error: "boom" },
      { id: "run_0123456789ab_a2", number: 2, status: "completed" },
    ]);
  });

  it("rejects an unknown process status naming the field and the value", () => {
    const error = fieldError({ ...RUN, processStatus: "paused" });
    expect(error.field).toBe("processStatus");
    expect(error.message).toBe(
      'run "run_0123456789ab": field "processStatus" is "paused"; expected one of queued, running, completed, failed, canceled, interrupted.',
    );
  });

  it("rejects a result payload whose status is not a FlowResult status", () => {
    expect(fieldError({ ...RUN, resultPayload: { status: "great" } }).field).toBe("resultPayload.status");
    expect(fieldError({ ...RUN, resultStatus: "great" }).field).toBe("resultStatus");
  });

  it("names the missing field of a run that has no id, no status or no flow", () => {
    const { id: _id, ...noId } = RUN;
    const { processStatus: _status, ...noStatus } = RUN;
    const { flowName: _flow, ...noFlow } = RUN;
    expect(fieldError(noId).field).toBe("id");
    expect(fieldError(noStatus).field).toBe("processStatus");
    expect(fieldError(noFlow).field).toBe("flowName");
    expect(fieldError({ ...RUN, attempts: [{ status: "done" }] }).field).toBe("attempts[0].status");
  });

  it("rejects things that are not runs at all", () => {
    for (const garbage of [null, "run", 42, [RUN]]) {
      expect(fieldError(garbage).message).toMatch(/^expected a run view \(a JSON object\), got /);
    }
  });
});

describe("normalizeDispatchResult and normalizeRunList", () => {
  it("reads a dispatch result wrapped in {data: ...} with runs wrapped in {run: ...}", () => {
    const result = normalizeDispatchResult({ data: { status: "accepted", runs: [{ run: RUN }] } }, SENT);
    expect(result).toMatchObject({ status: "accepted", eventId: "e1", runIds: [RUN.id], matched: 1, event: SENT });
    expect(result.runs[0]?.effectiveStatus).toBe("completed");
  });

  it("treats a duplicate without an idempotent flag as idempotent", () => {
    expect(normalizeDispatchResult({ status: "duplicate", eventId: "e1", runIds: [], runs: [] }, SENT).idempotent).toBe(true);
  });

  it("requires the dispatch status", () => {
    expect(() => normalizeDispatchResult({ eventId: "e1", runs: [] }, SENT)).toThrow(/field "status" is nothing; expected "accepted" or "duplicate"/);
  });

  it("reads run lists as bare arrays, {runs}, {data: {runs}} and {event, runs}", () => {
    for (const shape of [[RUN], { runs: [RUN] }, { data: { runs: [RUN] } }, { event: SENT, runs: [{ run: RUN }] }]) {
      expect(normalizeRunList(shape).map((run) => run.id)).toEqual([RUN.id]);
    }
    expect(() => normalizeRunList({ items: [] })).toThrow(/expected a list of runs/);
  });

  it("refuses more than 1,000 runs for one event, in runIds or in the run list", () => {
    const ids = Array.from({ length: 1001 }, (_, index) => `run_${index}`);
    expect(() => normalizeDispatchResult({ status: "accepted", runIds: ids }, SENT)).toThrow(
      'dispatch result: field "runIds" lists 1001 runs; at most 1000 runs for one event are waited for and reported.',
    );
    expect(normalizeDispatchResult({ status: "accepted", runIds: ids.slice(1) }, SENT).runIds).toHaveLength(1000);
    expect(() => normalizeRunList(ids.map((id) => ({ ...RUN, id })))).toThrow(/the run list has 1001 runs; at most 1000/);
  });
});
