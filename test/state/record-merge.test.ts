import { describe, expect, it } from "vitest";
import type { FlowRunAttempt, FlowRunView } from "../../src/contracts.js";
import { mergeEventRecords } from "../../src/state/record.js";
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
