import { describe, expect, it } from "vitest";
import { mergeEventRecords } from "../../src/state/record.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import {
  INTERNAL_EVENT_TYPE_PREFIX,
  isInternalEventType,
  loadWatchCursor,
  WATCH_CURSOR_EVENT_TYPE,
  type WatchCursor,
  watchCursorEventId,
} from "../../src/watch/index.js";
import { readWatchCursor, saveWatchCursor, WATCH_CURSOR_FORMAT, WatchCursorError } from "../../src/watch/cursor.js";

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

describe("the watch cursor record", () => {
  it("is an internal event record whose single run carries the cursor", async () => {
    const store = new MemoryStateStore();
    await saveWatchCursor({ store, cursor: cursor('W/"a"'), now: new Date("2025-06-01T00:00:00.000Z") });
    const [record] = await store.listEvents();
    expect(record?.event).toMatchObject({ id: "flows-action:watch-cursor:openai/codex", type: WATCH_CURSOR_EVENT_TYPE });
    expect(isInternalEventType(record?.event.type ?? "")).toBe(true);
    expect(WATCH_CURSOR_EVENT_TYPE.startsWith(INTERNAL_EVENT_TYPE_PREFIX)).toBe(true);
    expect(isInternalEventType("upstream.release")).toBe(false);
    expect(record?.runs).toHaveLength(1);
    expect(await loadWatchCursor(store, "OpenAI/Codex")).toMatchObject({ etag: 'W/"a"', polledAt: "2025-06-01T00:00:00.000Z" });
  });

  it("keeps the later of two saves made at the same instant", async () => {
    const store = new MemoryStateStore();
    const now = new Date("2025-06-01T00:00:00.000Z");
    await saveWatchCursor({ store, cursor: cursor('W/"first"'), now });
    await saveWatchCursor({ store, cursor: cursor('W/"second"'), now });
    expect((await loadWatchCursor(store, "openai/codex"))?.etag).toBe('W/"second"');
  });

  it("lets the newest cursor win when two writers' records are merged", async () => {
    const older = new MemoryStateStore();
    const newer = new MemoryStateStore();
    await saveWatchCursor({ store: newer, cursor: cursor('W/"new"'), now: new Date("2025-06-01T00:10:00.000Z") });
    await saveWatchCursor({ store: older, cursor: cursor('W/"old"'), now: new Date("2025-06-01T00:05:00.000Z") });
    const id = watchCursorEventId("openai/codex");
    const a = (await older.loadEvent(id))!;
    const b = (await newer.loadEvent(id))!;
    for (const merged of [mergeEventRecords(a, b), mergeEventRecords(b, a)]) {
      const mergedStore = new MemoryStateStore();
      await mergedStore.saveEvent(merged);
      expect((await loadWatchCursor(mergedStore, "openai/codex"))?.etag).toBe('W/"new"');
    }
  });

  async function storedAs(value: unknown): Promise<MemoryStateStore> {
    const store = new MemoryStateStore();
    await saveWatchCursor({ store, cursor: cursor('W/"a"'), now: new Date() });
    const record = (await store.loadEvent(watchCursorEventId("openai/codex")))!;
    const run = record.runs[0]!;
    const changed = new MemoryStateStore();
    await changed.saveEvent({ ...record, runs: [{ ...run, resultPayload: { status: "completed", cursor: value } }] });
    return changed;
  }

  it("treats an unreadable cursor as none (the poll then goes on from the store's release events)", async () => {
    expect(await loadWatchCursor(await storedAs("garbage"), "openai/codex")).toBeUndefined();
    expect(await loadWatchCursor(await storedAs({ format: 1, repo: "openai/codex" }), "openai/codex")).toBeUndefined();
  });

  it("takes a damaged watermark from the newest seen release, and a cursor with no usable time as none", async () => {
    const damaged = await loadWatchCursor(await storedAs({ ...cursor('W/"a"'), watermark: "garbage" }), "openai/codex");
    expect(damaged?.watermark).toBe("2025-01-01T00:00:00Z");
    const timeless = { ...cursor('W/"a"'), watermark: "garbage", seen: [{ id: 1, tag: "rust-v0.1.0", publishedAt: "soon", prerelease: false }] };
    expect(await loadWatchCursor(await storedAs(timeless), "openai/codex")).toBeUndefined();
  });

  it("refuses a cursor of a newer format instead of polling as if it had none", async () => {
    const error = await loadWatchCursor(await storedAs({ ...cursor('W/"a"'), format: WATCH_CURSOR_FORMAT + 1 }), "openai/codex").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WatchCursorError);
    expect((error as Error).message).toBe(
      "the watch cursor of openai/codex in the memory state store was written by a newer flows-action (cursor format 2; this version reads format 1). Run the newer flows-action: this one cannot tell which releases it already handled.",
    );
  });

  it("is unreadable when its content names another repository (whose releases it remembers), so nothing of it is saved over another's", async () => {
    const store = await storedAs({ ...cursor('W/"a"'), repo: "oven-sh/bun" });
    expect(await loadWatchCursor(store, "OpenAI/Codex")).toBeUndefined();
    expect(await store.loadEvent(watchCursorEventId("oven-sh/bun"))).toBeUndefined();
    expect((await loadWatchCursor(await storedAs({ ...cursor('W/"a"'), repo: "OpenAI/Codex" }), "openai/codex"))?.repo).toBe("OpenAI/Codex");
  });

  it("keeps no more than a cursor ever holds from a record that lists more (200 seen, 100 dispatched)", async () => {
    const seen = Array.from({ length: 5_000 }, (_, index) => ({ id: index, tag: `v${index}`, publishedAt: "2025-01-01T00:00:00Z", prerelease: false }));
    const dispatched = seen.map((release) => ({ id: release.id, tag: release.tag, eventId: `e${release.id}`, prerelease: false, createdAt: release.publishedAt, dispatchedAt: release.publishedAt }));
    const loaded = await loadWatchCursor(await storedAs({ ...cursor('W/"a"'), seen, dispatched }), "openai/codex");
    expect(loaded?.seen).toEqual(seen.slice(0, 200));
    expect(loaded?.dispatched).toEqual(dispatched.slice(0, 100));
  });
});

describe("the end of the listing and the backlog in a stored cursor", () => {
  it("loads them as written, and drops a damaged one while keeping the other", async () => {
    const store = new MemoryStateStore();
    const now = new Date("2025-06-01T00:00:00.000Z");
    const end = { boundary: 150000100, below: 250, count: 350, page: 4, etag: 'W/"e"' };
    const backlog = { after: { id: 150000050, tag: "v50", createdAt: "2025-01-01T00:50:00Z" }, page: 2, from: "2025-01-01T00:04:00.001Z", missing: 1 };
    await saveWatchCursor({ store, cursor: { ...cursor('W/"a"'), end, backlog }, now });
    expect(await loadWatchCursor(store, "openai/codex")).toMatchObject({ end, backlog });

    const damaged = { ...cursor('W/"a"'), end: { boundary: "v1", below: -1 }, backlog } as unknown as WatchCursor;
    await saveWatchCursor({ store, cursor: damaged, now: new Date("2025-06-01T00:00:01.000Z") });
    const loaded = await loadWatchCursor(store, "openai/codex");
    expect(loaded?.end).toBeUndefined();
    expect(loaded?.backlog).toEqual(backlog);
  });
});

describe("a stored cursor that fails its schema, salvaged part by part", () => {
  const base = { ...cursor('W/"a"'), polledAt: "2025-06-01T00:00:00.000Z" };
  async function storeHolding(value: unknown): Promise<MemoryStateStore> {
    const store = new MemoryStateStore();
    await saveWatchCursor({ store, cursor: cursor('W/"a"'), now: new Date() });
    const record = (await store.loadEvent(watchCursorEventId("openai/codex")))!;
    const changed = new MemoryStateStore();
    await changed.saveEvent({ ...record, runs: [{ ...record.runs[0]!, resultPayload: { status: "completed", cursor: value } }] });
    return changed;
  }
  async function loaded(value: unknown): Promise<WatchCursor | undefined> {
    return loadWatchCursor(await storeHolding(value), "openai/codex");
  }

  it("keeps the entries of the lists to deliver again that are text, past their cap too, and counts the rest and a list that is no list", async () => {
    const tags = Array.from({ length: 150 }, (_, i) => `v${i}`);
    const ids = ["upstream.release.updated:openai/codex:1", 7, null];
    const salvaged = await readWatchCursor(await storeHolding({ ...base, redeliver: [...tags, 3, { tag: "v9" }], redeliverEvents: ids }), "openai/codex");
    expect(salvaged.cursor?.redeliver).toEqual(tags);
    expect(salvaged.cursor?.redeliverEvents).toEqual([ids[0]]);
    expect(salvaged.leftOut).toContain("left out 2 release tags to deliver again, 2 changes to deliver again;");
    // A list that is no list was dropped without a word: it is a field left out.
    const notList = await readWatchCursor(await storeHolding({ ...base, redeliver: "v1", redeliverEvents: { id: "x" } }), "openai/codex");
    expect(notList.cursor?.redeliver).toBeUndefined();
    expect(notList.leftOut).toContain('left out 1 field "redeliver", 1 field "redeliverEvents";');
  });

  it("keeps a held release whose ageFrom or commit date is damaged, counting its age from its first sighting", async () => {
    const held = { id: 7, tag: "rust-v0.2.0", publishedAt: "2025-01-02T00:00:00Z", firstSeenAt: "2025-01-02T00:00:00Z", ageFrom: "published", createdAt: "2025-01-01T12:00:00Z" };
    const value = { ...base, pending: [{ ...held, ageFrom: "whenever", createdAt: 3 }, { ...held, id: 8, tag: "rust-v0.3.0", ageFrom: undefined }, held] };
    expect((await loaded(value))?.pending).toEqual([
      { ...held, ageFrom: "first-seen", createdAt: "" },
      { ...held, id: 8, tag: "rust-v0.3.0", ageFrom: "first-seen" },
      held,
    ]);
  });

  it("leaves out a dispatched release whose fields are of the wrong type, and a commit that is not text", async () => {
    const dispatched = { id: 5, tag: "rust-v0.1.0", eventId: "e5", prerelease: false, createdAt: "2025-01-01T00:00:00Z", dispatchedAt: "2025-01-01T00:01:00Z" };
    const value = { ...base, dispatched: [{ ...dispatched, id: 6, dispatchedAt: null }, { ...dispatched, id: 4, prerelease: "yes" }, { ...dispatched, commit: 7 }] };
    expect((await loaded(value))?.dispatched).toEqual([dispatched]);
  });

  it("takes no count, page or id past Number.MAX_SAFE_INTEGER (no id GitHub gave), also in a cursor otherwise valid", async () => {
    const huge = 2 ** 60;
    const valid = await loaded({ ...base, end: { boundary: huge, below: 0, count: 1 }, drafts: [{ id: huge, createdAt: "2025-01-01T00:00:00Z" }, { id: 3, createdAt: "2025-01-01T00:00:00Z" }] });
    expect(valid?.end).toBeUndefined();
    expect(valid?.drafts).toEqual([{ id: 3, createdAt: "2025-01-01T00:00:00Z" }]);
    const backlog = { after: { id: 9, tag: "v9", createdAt: "2025-01-01T00:00:00Z" }, page: 2, missing: huge, tie: { at: "2025-01-01T00:00:00Z", seen: [1, huge, "2", -1] } };
    expect((await loaded({ ...base, backlog }))?.backlog).toEqual({ after: backlog.after, page: 2, tie: { at: "2025-01-01T00:00:00Z", seen: [1] } });
  });

  it("keeps what the older salvage kept: fields it does not know left out, a draft without a damaged ETag, a page 0 as 1", async () => {
    const value = {
      ...base,
      etag: 5,
      extra: { anything: true },
      seen: [{ ...base.seen[0], note: "kept, as the schema allows" }, { id: "1", tag: "v", publishedAt: "2025-01-01T00:00:00Z", prerelease: false }],
      drafts: [{ id: 1, createdAt: "2025-01-01T00:00:00Z", etag: 5, name: "secret" }],
      githubClock: { github: "2025-01-01T00:00:00Z", runner: "2025-01-01T00:00:01Z", skew: 1 },
      tagListings: [{ prefix: "rust-v", etag: 3 }, { prefix: "v", tooLarge: true, parts: [{ prefix: "v1", exact: true }, { prefix: "v2", tooLarge: true, exact: true, x: 1 }, { prefix: "" }] }, { prefix: "w", parts: [] }],
      end: { boundary: 1, below: 0, count: 1, page: 3 },
      backlog: { after: { id: 9, tag: "v9", createdAt: "x", y: 1 }, page: 0, from: 7, older: { after: { id: 2, tag: "v2", createdAt: "y" }, page: 3, older: { no: 1 } } },
    };
    const salvaged = await loaded(value);
    expect(salvaged).toEqual({
      format: 1,
      repo: "openai/codex",
      watermark: "2025-01-01T00:00:00Z",
      seen: [{ ...base.seen[0], note: "kept, as the schema allows" }],
      polledAt: "2025-06-01T00:00:00.000Z",
      drafts: [{ id: 1, createdAt: "2025-01-01T00:00:00Z" }],
      githubClock: { github: "2025-01-01T00:00:00Z", runner: "2025-01-01T00:00:01Z" },
      tagListings: [{ prefix: "v", tooLarge: true, parts: [{ prefix: "v1" }, { prefix: "v2", tooLarge: true, exact: true }] }, { prefix: "w" }],
      end: { boundary: 1, below: 0, count: 1 },
      // A from that is no time is taken from the watermark (withUsableBacklog): no release published before it is new.
      backlog: { after: { id: 9, tag: "v9", createdAt: "x" }, page: 1, from: "2025-01-01T00:00:00.001Z", older: { after: { id: 2, tag: "v2", createdAt: "y" }, page: 3 } },
    });
  });
});
