import { afterEach, describe, expect, it, vi } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { RunRecorder } from "../../src/engine/run-recorder.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import type { EventRecord, RunClaim, StateStore } from "../../src/state/types.js";
import { makeRecord, makeRun } from "../state/helpers.js";

/** A memory store whose writes finish only when the test says so, and that logs each write. */
class GatedStore extends MemoryStateStore {
  readonly writes: Array<{ runs: Array<[string, string]>; dispatchCount: number }> = [];
  readonly #gates: Array<{ open: () => void; fail: (error: Error) => void }> = [];

  override async saveEvent(record: EventRecord): Promise<void> {
    this.writes.push({ runs: record.runs.map((run) => [run.id, run.processStatus]), dispatchCount: record.dispatchCount });
    await new Promise<void>((open, fail) => this.#gates.push({ open, fail }));
    await super.saveEvent(record);
  }

  open(): void {
    for (const gate of this.#gates.splice(0)) gate.open();
  }

  fail(error: Error): void {
    for (const gate of this.#gates.splice(0)) gate.fail(error);
  }
}

const record = { ...makeRecord("evt-1", []), dispatchCount: 3 };

function running(runId: string): FlowRunView {
  return { ...makeRun("evt-1", runId), processStatus: "running", effectiveStatus: "running", updatedAt: "2025-01-01T00:00:01.000Z" };
}

function ended(runId: string): FlowRunView {
  return { ...makeRun("evt-1", runId), updatedAt: "2025-01-01T00:00:02.000Z" };
}

/** Lets setImmediate callbacks and settled promises run. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe("RunRecorder", () => {
  it("saves the starts asked for in one turn in one write with the event record, resolving each only once written", async () => {
    const store = new GatedStore();
    const recorder = new RunRecorder(store, record);
    let saved = 0;
    const starts = ["run_a", "run_b", "run_c", "run_d"].map((id) => recorder.saveStart(running(id)).then(() => (saved += 1)));
    await turn();
    expect(store.writes).toEqual([
      { runs: [["run_a", "running"], ["run_b", "running"], ["run_c", "running"], ["run_d", "running"]], dispatchCount: 3 },
    ]);
    await turn();
    expect(saved).toBe(0); // not before the write finished: no step may start yet
    store.open();
    await Promise.all(starts);
    expect(saved).toBe(4);
    expect((await store.loadEvent("evt-1"))?.runs.map((run) => run.id)).toEqual(["run_a", "run_b", "run_c", "run_d"]);
  });

  it("holds the end of a step while others run, so close ends share one write", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const store = new GatedStore();
    const recorder = new RunRecorder(store, record, { windowMs: 25 });
    const starts = ["run_a", "run_b", "run_c"].map((id) => recorder.saveStart(running(id)));
    await turn();
    store.open();
    await Promise.all(starts);

    const endA = recorder.saveEnd(ended("run_a"), { urgent: false });
    const endB = recorder.saveEnd(ended("run_b"), { urgent: false });
    await turn();
    expect(store.writes).toHaveLength(1); // held: run_c still runs
    const endC = recorder.saveEnd(ended("run_c"), { urgent: false });
    await turn();
    // The last running step ends: everything held goes now, in one write.
    expect(store.writes.at(-1)?.runs).toEqual([["run_a", "completed"], ["run_b", "completed"], ["run_c", "completed"]]);
    expect(store.writes).toHaveLength(2);
    store.open();
    await Promise.all([endA, endB, endC]);
    expect(recorder.saves).toBe(2);
  });

  it("writes a held end when its window passes, and at once when something waits for it", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const store = new GatedStore();
    const recorder = new RunRecorder(store, record, { windowMs: 25 });
    const starts = ["run_a", "run_b", "run_c"].map((id) => recorder.saveStart(running(id)));
    await turn();
    store.open();
    await Promise.all(starts);

    const endA = recorder.saveEnd(ended("run_a"), { urgent: false });
    await turn();
    expect(store.writes).toHaveLength(1);
    vi.advanceTimersByTime(25);
    expect(store.writes.at(-1)?.runs).toEqual([["run_a", "completed"]]);
    store.open();
    await endA;

    const endB = recorder.saveEnd(ended("run_b"), { urgent: true });
    await turn();
    expect(store.writes.at(-1)?.runs).toEqual([["run_b", "completed"]]);
    store.open();
    await endB;
  });

  it("takes held ends along with the next start", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const store = new GatedStore();
    const recorder = new RunRecorder(store, record, { windowMs: 25 });
    const starts = ["run_a", "run_b"].map((id) => recorder.saveStart(running(id)));
    await turn();
    store.open();
    await Promise.all(starts);

    const endA = recorder.saveEnd(ended("run_a"), { urgent: false });
    const startC = recorder.saveStart(running("run_c"));
    await turn();
    expect(store.writes.at(-1)?.runs).toEqual([["run_a", "completed"], ["run_c", "running"]]);
    store.open();
    await Promise.all([endA, startC]);
    vi.advanceTimersByTime(100);
    expect(store.writes).toHaveLength(2); // the window's timer went with the write
  });

  it("rejects every save of a write the store failed, and never reports it saved", async () => {
    const store = new GatedStore();
    const recorder = new RunRecorder(store, record);
    const starts = ["run_a", "run_b"].map((id) => recorder.saveStart(running(id)));
    await turn();
    store.fail(new Error("disk full"));
    const results = await Promise.allSettled(starts);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected"]);
    expect(await store.loadEvent("evt-1")).toBeUndefined();
  });

  it("keeps one entry per run when its start and end share a write", async () => {
    const store = new MemoryStateStore();
    const recorder = new RunRecorder(store, record);
    await Promise.all([recorder.saveStart(running("run_a")), recorder.saveEnd(ended("run_a"), { urgent: true })]);
    const stored = await store.loadEvent("evt-1");
    expect(stored?.runs).toHaveLength(1);
    expect(stored?.runs[0]?.processStatus).toBe("completed");
  });

  it("claims the starts of a write where the store can, and tells a start another dispatch took that it must not run", async () => {
    const claims: Array<{ runs: string[]; starting: string[] }> = [];
    const theirs = { ...running("run_a"), updatedAt: "2025-01-01T00:00:00.500Z" };
    const store: StateStore = new MemoryStateStore();
    store.claimRuns = async (claimed: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>> => {
      claims.push({ runs: claimed.runs.map((run) => run.id), starting: [...claim.starting] });
      expect(claim.isTaken(theirs, running("run_a"))).toBe(true);
      return new Map([["run_a", theirs]]);
    };
    const recorder = new RunRecorder(store, record, { isTaken: () => true });

    const [a, b] = await Promise.all([recorder.saveStart(running("run_a")), recorder.saveStart(running("run_b"))]);
    await recorder.saveEnd(ended("run_b"), { urgent: false });

    expect(a).toBe(theirs);
    expect(b).toBeUndefined();
    expect(claims).toEqual([{ runs: ["run_a", "run_b"], starting: ["run_a", "run_b"] }]);
    // Ends are saved as before, and run_b's end was the last of the running steps: written at once.
    expect((await store.loadEvent("evt-1"))?.runs.map((run) => run.id)).toEqual(["run_b"]);
  });
});
