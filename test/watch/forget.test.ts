import { describe, expect, it } from "vitest";
import { isSettled } from "../../src/engine/run-view.js";
import { createStateStore, type StateStore } from "../../src/state/index.js";
import { forgetEvent } from "../../src/state/forget.js";
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
