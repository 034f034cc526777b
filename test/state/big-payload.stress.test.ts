import { describe, expect, it } from "vitest";
import { dispatchBigEvent } from "./big-payload-helpers.js";

describe("state: file at the 25 MB payload budget", () => {
  it("a 25 MB payload and 8 steps completes, well inside the store's lock timeout", async () => {
    const { store, ms } = await dispatchBigEvent(25);
    console.log(`25 MB payload, 8 steps, state: file: ${ms} ms, ${store.counts.recordWrites} record writes`);
    expect(store.counts.eventSerialisations()).toBe(1);
    expect(store.counts.recordReads).toBe(0);
  });
});

describe("state: file with a big event payload", () => {
  it("a 5 MB payload and 8 steps: the payload is serialised once and the record never re-read", async () => {
    const { store } = await dispatchBigEvent(5);
    // One write at the start, and at most one per step start and end (saves that meet are merged).
    expect(store.counts.recordWrites).toBeGreaterThanOrEqual(2);
    expect(store.counts.recordWrites).toBeLessThanOrEqual(1 + 2 * 8);
    expect(store.counts.eventSerialisations()).toBe(1);
    expect(store.counts.recordReads).toBe(0);
  });
});
