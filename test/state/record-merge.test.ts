import { describe, expect, it } from "vitest";
import type { FlowRunAttempt, FlowRunView } from "../../src/contracts.js";
import { countDispatch, mergeEventRecords } from "../../src/state/record.js";
import { makeRecord, makeRun } from "./helpers.js";

function attempt(key: string, status: FlowRunAttempt["status"], startedAt: string, number = 1): FlowRunAttempt {
  const done = status !== "running" && status !== "queued";
  return { id: `run_a_a${number}`, number, key, status, startedAt, ...(done ? { completedAt: startedAt } : {}) };
}

function run(attempts: FlowRunAttempt[], updatedAt: string): FlowRunView {
  const last = attempts.at(-1)!;
  return { ...makeRun("evt-1", "run_a", { updatedAt }), attempts, processStatus: last.status, effectiveStatus: last.status };
}

describe("merging two writers' records", () => {
  it("keeps both attempts when two writers ran the same step at once, renumbered in start order", () => {
    const a = makeRecord("evt-1", [], { runs: [run([attempt("ka", "completed", "2025-01-01T00:00:01Z")], "2025-01-01T00:00:01Z")] });
    const b = makeRecord("evt-1", [], { runs: [run([attempt("kb", "failed", "2025-01-01T00:00:02Z")], "2025-01-01T00:00:02Z")] });

    const merged = mergeEventRecords(a, b);

    expect(merged.runs).toHaveLength(1);
    expect(merged.runs[0]!.attempts.map((x) => [x.number, x.id, x.key, x.status])).toEqual([
      [1, "run_a_a1", "ka", "completed"],
      [2, "run_a_a2", "kb", "failed"],
    ]);
    expect(merged.runs[0]!.effectiveStatus).toBe("failed"); // the latest attempt's status
    expect(mergeEventRecords(b, a).runs[0]!.attempts.map((x) => x.key)).toEqual(["ka", "kb"]);
  });

  it("takes a step's outcome from an attempt that did its work while a later-started one ran at once and failed, not from a run again after it", () => {
    const done = { ...attempt("ka", "completed", "2025-01-01T00:00:01Z"), resultStatus: "changed" as const, completedAt: "2025-01-01T00:00:09Z" };
    const a = makeRecord("evt-1", [], { runs: [{ ...run([done], "2025-01-01T00:00:09Z"), effectiveStatus: "changed", resultStatus: "changed" }] });
    const atOnce = makeRecord("evt-1", [], { runs: [run([attempt("kb", "failed", "2025-01-01T00:00:02Z")], "2025-01-01T00:00:02Z")] });
    for (const merged of [mergeEventRecords(a, atOnce), mergeEventRecords(atOnce, a), mergeEventRecords(mergeEventRecords(a, atOnce), atOnce)]) {
      expect(merged.runs[0]!.attempts.map((x) => [x.key, x.status])).toEqual([["ka", "completed"], ["kb", "failed"]]);
      expect(merged.runs[0]!.effectiveStatus).toBe("changed");
    }
    // Started after the work was done (a replay, a re-run): its failure is the step's.
    const after = makeRecord("evt-1", [], { runs: [run([attempt("kc", "failed", "2025-01-01T00:00:10Z")], "2025-01-01T00:00:10Z")] });
    expect(mergeEventRecords(mergeEventRecords(a, atOnce), after).runs[0]!.effectiveStatus).toBe("failed");
    expect(mergeEventRecords(after, a).runs[0]!.effectiveStatus).toBe("failed");
    // Canceled while it ran (`flows forget --force`): a decision, which stands.
    const canceled = makeRecord("evt-1", [], { runs: [run([attempt("kd", "canceled", "2025-01-01T00:00:02Z")], "2025-01-01T00:00:02Z")] });
    expect(mergeEventRecords(a, canceled).runs[0]!.effectiveStatus).toBe("canceled");
  });

  it("keeps one copy of an attempt saved twice, the one further along, whatever the order", () => {
    const running = run([attempt("ka", "running", "2025-01-01T00:00:01Z")], "2025-01-01T00:00:01Z");
    const finished = run([attempt("ka", "completed", "2025-01-01T00:00:01Z")], "2025-01-01T00:00:05Z");
    for (const [x, y] of [[running, finished], [finished, running]] as const) {
      const merged = mergeEventRecords(makeRecord("evt-1", [], { runs: [x] }), makeRecord("evt-1", [], { runs: [y] }));
      expect(merged.runs[0]!.attempts).toEqual(finished.attempts);
      expect(merged.runs[0]!.effectiveStatus).toBe("completed");
    }
  });

  it("finds a writer's attempt again after renumbering, by its key", () => {
    const other = run([attempt("kb", "completed", "2025-01-01T00:00:00Z")], "2025-01-01T00:00:03Z");
    const mineRunning = run([attempt("ka", "running", "2025-01-01T00:00:01Z")], "2025-01-01T00:00:01Z");
    const stored = mergeEventRecords(makeRecord("evt-1", [], { runs: [other] }), makeRecord("evt-1", [], { runs: [mineRunning] }));
    expect(stored.runs[0]!.attempts.map((x) => [x.id, x.key])).toEqual([["run_a_a1", "kb"], ["run_a_a2", "ka"]]);

    const mineDone = run([attempt("ka", "completed", "2025-01-01T00:00:01Z")], "2025-01-01T00:00:09Z");
    const merged = mergeEventRecords(stored, makeRecord("evt-1", [], { runs: [mineDone] }));

    expect(merged.runs[0]!.attempts.map((x) => [x.id, x.key, x.status])).toEqual([
      ["run_a_a1", "kb", "completed"],
      ["run_a_a2", "ka", "completed"],
    ]);
  });

  it("treats attempts without a key (older records) as one per id", () => {
    const older = makeRecord("evt-1", ["run_a"], { updatedAt: "2025-01-01T00:00:00Z" });
    const newer = makeRecord("evt-1", ["run_a"], { updatedAt: "2025-02-01T00:00:00Z" });
    const merged = mergeEventRecords(older, newer);
    expect(merged.runs[0]!.attempts).toHaveLength(1);
    expect(merged.runs[0]!.updatedAt).toBe("2025-02-01T00:00:00Z");
  });
});

describe("counting dispatches across writers", () => {
  const stored = { ...makeRecord("evt-1", []), dispatchCount: 3 };
  const dispatched = (from: typeof stored | undefined, key: string) => ({ ...makeRecord("evt-1", []), ...countDispatch(from, key) });

  it("adds two dispatches that read the same stored record, whatever the order", () => {
    const a = dispatched(stored, "ka");
    const b = dispatched(stored, "kb");
    expect([a.dispatchCount, b.dispatchCount]).toEqual([4, 4]);
    expect(mergeEventRecords(a, b)).toMatchObject({ dispatchCount: 5, dispatchKeys: ["ka", "kb"] });
    expect(mergeEventRecords(b, a)).toMatchObject({ dispatchCount: 5, dispatchKeys: ["kb", "ka"] });
  });

  it("counts a dispatch saved more than once (its start, its end) once, also after the merge", () => {
    const a = dispatched(stored, "ka");
    const both = mergeEventRecords(a, dispatched(stored, "kb"));
    expect(mergeEventRecords(both, a).dispatchCount).toBe(5);
    expect(mergeEventRecords(a, both).dispatchCount).toBe(5);
    expect(mergeEventRecords(a, a).dispatchCount).toBe(4);
    // A third dispatch that read the merged record, merged with a late save of the first.
    const c = dispatched(both, "kc");
    expect(mergeEventRecords(a, c)).toMatchObject({ dispatchCount: 6, dispatchKeys: ["ka", "kb", "kc"] });
  });

  it("adds the dispatches of branches that went apart for several dispatches each", () => {
    const a = dispatched(dispatched(stored, "a1"), "a2");
    const b = dispatched(dispatched(dispatched(stored, "b1"), "b2"), "b3");
    expect(mergeEventRecords(a, b).dispatchCount).toBe(8);
    expect(mergeEventRecords(b, a).dispatchCount).toBe(8);
  });

  it("keeps the larger count for records without keys (older writers), and the last 32 keys", () => {
    expect(mergeEventRecords({ ...stored, dispatchCount: 2 }, stored).dispatchCount).toBe(3);
    let record = dispatched(undefined, "k0");
    for (let i = 1; i < 40; i++) record = dispatched(record, `k${i}`);
    expect(record.dispatchCount).toBe(40);
    expect(record.dispatchKeys).toHaveLength(32);
    expect(record.dispatchKeys?.at(-1)).toBe("k39");
    expect(mergeEventRecords(record, dispatched(record, "k40")).dispatchKeys).toHaveLength(32);
  });
});
