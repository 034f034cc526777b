// Moved from cursor.test.ts: salvaging a cursor of a million damaged entries.
import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { loadWatchCursor, type WatchCursor, watchCursorEventId } from "../../src/watch/index.js";
import { saveWatchCursor, WATCH_CURSOR_FORMAT } from "../../src/watch/cursor.js";

function cursor(etag: string): WatchCursor {
  return {
    format: WATCH_CURSOR_FORMAT,
    repo: "openai/codex",
    etag,
    watermark: "2025-01-01T00:00:00Z",
    seen: [{ id: 1, tag: "rust-v0.1.0", publishedAt: "2025-01-01T00:00:00Z", prerelease: false }],
    polledAt: "",
  };
}

describe("a stored cursor that fails its schema, salvaged part by part", () => {
  const base = { ...cursor('W/"a"'), polledAt: "2025-06-01T00:00:00.000Z" };
  async function loaded(value: unknown): Promise<WatchCursor | undefined> {
    const store = new MemoryStateStore();
    await saveWatchCursor({ store, cursor: cursor('W/"a"'), now: new Date() });
    const record = (await store.loadEvent(watchCursorEventId("openai/codex")))!;
    const changed = new MemoryStateStore();
    await changed.saveEvent({ ...record, runs: [{ ...record.runs[0]!, resultPayload: { status: "completed", cursor: value } }] });
    return loadWatchCursor(changed, "openai/codex");
  }

  it("salvages a cursor of a million damaged entries without holding an error for each", async () => {
    const seen = [base.seen[0], ...Array.from({ length: 1_000_000 }, () => ({ id: "x" }))];
    const value = { ...base, seen };
    const before = process.memoryUsage().heapUsed;
    const salvaged = await loaded(value);
    const grown = process.memoryUsage().heapUsed - before;
    expect(salvaged?.seen).toEqual([base.seen[0]]);
    // The older salvage first ran the whole cursor's validator with allErrors: 4 million errors, 650 MiB kept.
    expect(grown).toBeLessThan(300 * 2 ** 20);
  }, 60_000);
});
