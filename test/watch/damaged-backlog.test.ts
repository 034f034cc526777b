import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { saveWatchCursor } from "../../src/watch/cursor.js";
import { loadWatchCursor, pollUpstreamReleases, type WatchCursor } from "../../src/watch/index.js";
import { at, clientFor, githubServer, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

// A cursor's backlog (where a poll stopped reading, WatchCursor.backlog) damaged in the state
// store: valid by the schema but not what any poll wrote, or damaged enough to be salvaged.
describe("a watch cursor whose backlog is damaged", () => {
  async function pollsWithBacklog() {
    const server = await githubServer();
    for (let i = 0; i < 120; i++) seedRelease(server, UPSTREAM, `old${i}`, { minute: i });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = (minute: number) => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(minute)), maxPages: 1 });
    expect(tags((await poll(300)).events)).toEqual(["old119"]);
    // 150 new releases, more than the poll reads (one page): it stops below new50.
    for (let i = 0; i < 150; i++) seedRelease(server, UPSTREAM, `new${i}`, { minute: 400 + i });
    expect((await poll(600)).events).toHaveLength(100);
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    expect(cursor.backlog?.after.tag).toBe("new50");
    const damage = (change: Record<string, unknown>) => saveWatchCursor({ store, cursor: { ...cursor, ...change } as WatchCursor, now: new Date(at(601)) });
    return { server, cursor, poll, damage };
  }

  it("looks for where the poll stopped no further than the end of the listing, so a page number past it costs no requests for ever", async () => {
    const { server, cursor, poll, damage } = await pollsWithBacklog();
    await damage({ backlog: { ...cursor.backlog!, page: Number.MAX_SAFE_INTEGER } });
    const next = await poll(610);
    expect(tags(next.events)).toHaveLength(50);
    expect(next.reports[0]?.message).toContain("read on below new50, where an earlier poll stopped");
    const settled = await poll(620);
    expect(settled.reports[0]).toMatchObject({ status: "not-modified", requests: 1 });
    expect(settled.reports[0]?.message).toBeUndefined();
    server.assertNoViolations();
  });

  // Valid by the schema, `from` not a time made no release below new50 new: the 50 there were
  // never dispatched. Salvaged (another field damaged too), `from` was dropped, and every release
  // below was new: the 70 published before the watch started were dispatched.
  // With its tie (the watermark it was left at) damaged too, it starts from the watermark now:
  // the 50 left below are published before it, and missed, but nothing older is dispatched.
  const left = Array.from({ length: 50 }, (_, i) => `new${i}`);
  it.each([
    { name: "valid by the schema", change: {}, dispatched: left },
    { name: "salvaged", change: { etagAt: 5 }, dispatched: left },
    { name: "with its tie damaged too", change: {}, tie: { at: "never", seen: [] }, dispatched: [] },
  ])("dispatches the releases left below it, and none older, when its from is not a time ($name)", async ({ change, tie, dispatched }) => {
    const { server, cursor, poll, damage } = await pollsWithBacklog();
    await damage({ ...change, backlog: { ...cursor.backlog!, from: "garbage", ...(tie ? { tie } : {}) } });
    const next = await poll(610);
    expect(tags(next.events)).toEqual(dispatched);
    expect(tags((await poll(620)).events)).toEqual([]);
    server.assertNoViolations();
  });

  it("reads on below it when the time of the release it stopped at is not a time, salvaged as valid by the schema", async () => {
    const { server, cursor, poll, damage } = await pollsWithBacklog();
    const backlog = cursor.backlog!;
    await damage({ etagAt: 5, backlog: { ...backlog, after: { ...backlog.after, createdAt: "garbage" } } });
    expect(tags((await poll(610)).events)).toEqual(left);
    expect(tags((await poll(620)).events)).toEqual([]);
    server.assertNoViolations();
  });
});
