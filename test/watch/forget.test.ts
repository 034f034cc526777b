import { describe, expect, it } from "vitest";
import { isSettled } from "../../src/engine/run-view.js";
import { createStateStore, type StateStore } from "../../src/state/index.js";
import type { FlowRunAttempt } from "../../src/contracts.js";
import { currentDispatcher } from "../../src/state/dispatcher.js";
import { attemptsSinceForget, EventStillRunningError, forgetEvent } from "../../src/state/forget.js";
import type { EventRecord } from "../../src/state/types.js";
import { isUserError } from "../../src/user-error.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { mergeEventRecords } from "../../src/state/record.js";
import { artifactWorld } from "../state/artifact-helpers.js";
import { makeRecord, originWithCheckout, tempDir } from "../state/helpers.js";

const STORE_NAMES = ["memory", "file", "branch", "artifact"];

type Backend = { name: string; open(run: number): Promise<StateStore> };

const backends: Array<() => Promise<Backend>> = [
  async () => {
    const memory = new MemoryStateStore();
    return { name: "memory", open: async () => memory };
  },
  async () => {
    const dir = await tempDir("flows-forget-");
    return { name: "file", open: () => createStateStore({ kind: "file", dir }) };
  },
  async () => {
    const { origin } = await originWithCheckout();
    return { name: "branch", open: () => createStateStore({ kind: "branch", remoteUrl: origin }) };
  },
  async () => {
    const world = await artifactWorld();
    return { name: "artifact", open: async (run) => world.store(run) };
  },
];

async function job<T>(backend: Backend, run: number, work: (store: StateStore) => Promise<T>): Promise<T> {
  const store = await backend.open(run);
  try {
    const result = await work(store);
    await store.flush();
    return result;
  } finally {
    await store.close?.();
  }
}

describe("flows forget on every store", () => {
  for (const make of backends) {
    it(`marks the runs unsettled, keeps their history, and outlasts a stale copy (${STORE_NAMES[backends.indexOf(make)]} store)`, async () => {
      const backend = await make();
      const stored = makeRecord("evt-1", ["run_a", "run_b"]);
      await job(backend, 1, (store) => store.saveEvent(stored));
      const result = await job(backend, 2, (store) => forgetEvent(store, "evt-1", { now: new Date("2025-02-01T00:00:00Z") }));
      expect(result?.forgotten.map((run) => run.id)).toEqual(["run_a", "run_b"]);

      const after = await job(backend, 3, (store) => store.loadEvent("evt-1"));
      expect(after?.runs.map((run) => [run.id, run.effectiveStatus, isSettled(run), run.attempts.map((attempt) => attempt.status)])).toEqual([
        ["run_a", "canceled", false, ["completed", "canceled"]],
        ["run_b", "canceled", false, ["completed", "canceled"]],
      ]);
      expect(after?.runs[0]?.error).toBe("forgotten by flows forget at 2025-02-01T00:00:00.000Z: the next delivery of this event runs the step again");
      // A writer that never saw the forget (a stale state branch, another job) does not undo it.
      expect(mergeEventRecords(after!, stored).runs.every((run) => !isSettled(run))).toBe(true);
      expect(await job(backend, 4, (store) => forgetEvent(store, "evt-unknown"))).toBeUndefined();
    });
  }
});

describe("forgetting an event whose step is running", () => {
  const OTHER_HOST = { host: "build-box-2", pid: 4242, startedAt: "2025-01-01T00:00:00.000Z" };

  /** The record with its run's second attempt running on another host, as that host saved it. */
  function runningElsewhere(startedAt: string, until: string): { record: ReturnType<typeof makeRecord>; attempt: FlowRunAttempt } {
    const record = makeRecord("evt-run", ["run_a"]);
    const run = record.runs[0]!;
    const attempt: FlowRunAttempt = { id: "run_a_a2", number: 2, status: "running", startedAt, key: "k2", dispatcher: { ...OTHER_HOST, until } };
    run.attempts.push(attempt);
    Object.assign(run, { processStatus: "running", effectiveStatus: "running", updatedAt: startedAt, startedAt });
    delete run.resultStatus;
    return { record, attempt };
  }

  it("is refused while its dispatcher's lease lasts, naming the step and its dispatcher", async () => {
    const store = await createStateStore({ kind: "file", dir: await tempDir("flows-forget-") });
    const { record } = runningElsewhere(new Date().toISOString(), new Date(Date.now() + 3_600_000).toISOString());
    await store.saveEvent(record);
    const refused = await forgetEvent(store, "evt-run").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EventStillRunningError);
    expect((refused as EventStillRunningError).running.map(({ run }) => run.id)).toEqual(["run_a"]);
    expect((refused as Error).message).toMatch(/^Event evt-run is still running: release-notes\/write \(attempt 2, running since \S+, pid 4242 on build-box-2, lease until \S+\)\./);
    expect(isUserError(refused)).toBe(true);
    expect((await store.loadEvent("evt-run"))?.runs[0]?.attempts.map((attempt) => attempt.status)).toEqual(["completed", "running"]);
  });

  it("goes ahead once that lease has run out: the attempt reads as interrupted", async () => {
    const store = await createStateStore({ kind: "file", dir: await tempDir("flows-forget-") });
    await store.saveEvent(runningElsewhere("2025-01-01T00:00:00.000Z", "2025-01-01T01:00:00.000Z").record);
    const result = await forgetEvent(store, "evt-run");
    expect(result?.stillRunning).toEqual([]);
    expect(result?.record.runs[0]?.attempts.map((attempt) => attempt.status)).toEqual(["completed", "interrupted", "canceled"]);
  });

  it("forced, outlasts the end that dispatcher saves afterwards, even from a host whose clock is ahead", async () => {
    const store = await createStateStore({ kind: "file", dir: await tempDir("flows-forget-") });
    // That host's clock is 5 minutes ahead of this one's.
    const ahead = new Date(Date.now() + 300_000).toISOString();
    const { record, attempt } = runningElsewhere(ahead, new Date(Date.now() + 3_600_000).toISOString());
    await store.saveEvent(record);
    const result = await forgetEvent(store, "evt-run", { force: true });
    expect(result?.stillRunning.map(({ run, attempt }) => [run.id, attempt.number])).toEqual([["run_a", 2]]);

    // The step ends there and its dispatcher saves the end of its attempt over the forget.
    const ended = structuredClone(record);
    const run = ended.runs[0]!;
    run.attempts[1] = { ...attempt, status: "completed", completedAt: ahead };
    Object.assign(run, { processStatus: "completed", effectiveStatus: "completed", resultStatus: "completed" });
    await store.saveEvent(ended);

    const after = (await store.loadEvent("evt-run"))!.runs[0]!;
    expect(after.attempts.map((each) => each.status)).toEqual(["completed", "completed", "canceled"]);
    expect(after.effectiveStatus).toBe("canceled");
    expect(isSettled(after)).toBe(false);
  });

  it("tells a step that another dispatch started while the forget was saved", async () => {
    // Between the forget's read and its save, a dispatch starts run_a (before the forget's time)
    // and run_b (after it), as another process would.
    class RacingStore extends MemoryStateStore {
      raced = true;
      override async saveEvent(record: EventRecord): Promise<void> {
        if (!this.raced) {
          this.raced = true;
          const started = makeRecord("evt-race", ["run_a", "run_b"]);
          const times: Record<string, string> = { run_a: "2025-02-01T00:00:00.000Z", run_b: "2025-02-01T00:00:02.000Z" };
          for (const run of started.runs) {
            const startedAt = times[run.id]!;
            run.attempts.push({ id: `${run.id}_a2`, number: 2, status: "running", startedAt, key: `k-${run.id}`, dispatcher: currentDispatcher(60_000) });
            Object.assign(run, { processStatus: "running", effectiveStatus: "running", updatedAt: startedAt });
          }
          await super.saveEvent(started);
        }
        await super.saveEvent(record);
      }
    }
    const racing = new RacingStore();
    await racing.saveEvent(makeRecord("evt-race", ["run_a", "run_b"]));
    racing.raced = false;
    const result = await forgetEvent(racing, "evt-race", { now: new Date("2025-02-01T00:00:01.000Z") });
    expect(result?.stillRunning.map(({ run }) => run.id)).toEqual(["run_a"]);
    expect(result?.startedAgain.map((run) => [run.id, run.effectiveStatus])).toEqual([["run_b", "running"]]);
  });
});

describe("attempts since a forget (the watcher's count)", () => {
  it("counts from the last forget, also once a merge has renumbered the forget's attempt", async () => {
    const store = new MemoryStateStore();
    const stored = makeRecord("evt-count", ["run_a"]);
    await store.saveEvent(stored);
    expect(attemptsSinceForget((await store.loadEvent("evt-count"))!.runs[0]!)).toBe(1);
    const forgotten = (await forgetEvent(store, "evt-count", { now: new Date("2025-02-01T00:00:00Z") }))!.record;
    expect(attemptsSinceForget(forgotten.runs[0]!)).toBe(0);

    // Two writers each ran the step after the forget: the merge keeps both and renumbers them all,
    // the forget's attempt known by its key from then on.
    const ranBy = (key: string, startedAt: string): EventRecord => {
      const copy = structuredClone(forgotten);
      const run = copy.runs[0]!;
      run.attempts.push({ id: `${run.id}_a3`, number: 3, status: "failed", startedAt, completedAt: startedAt, key });
      Object.assign(run, { processStatus: "failed", effectiveStatus: "failed", updatedAt: startedAt });
      return { ...copy, updatedAt: startedAt };
    };
    const merged = mergeEventRecords(ranBy("k-one", "2025-02-02T00:00:00.000Z"), ranBy("k-two", "2025-02-02T00:00:01.000Z"));
    const run = merged.runs[0]!;
    expect(run.attempts.map((attempt) => [attempt.id, attempt.status])).toEqual([
      ["run_a_a1", "completed"],
      ["run_a_a2", "canceled"],
      ["run_a_a3", "failed"],
      ["run_a_a4", "failed"],
    ]);
    expect(attemptsSinceForget(run)).toBe(2);
    // A canceled attempt of the engine's own (a stopped job) is not a forget.
    run.attempts.push({ id: "run_a_a5", number: 5, status: "canceled", key: "k-three" });
    expect(attemptsSinceForget(run)).toBe(3);
  });
});
