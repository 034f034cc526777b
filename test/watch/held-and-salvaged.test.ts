// The watcher's work is bounded by what a poll reads, not by what a stored cursor holds: held
// releases (`pending`) are capped and matched by id, a backlog's tie is capped, and what
// salvaging a damaged cursor leaves out is counted once, by the poll that then saves it.
import { describe, expect, it } from "vitest";
import { RateLimitBackoff } from "../../src/github/releases.js";
import { RequestBudget } from "../../src/github/request-budget.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { HELD_RELEASES_KEPT, type HeldRelease, SEEN_RELEASES_KEPT, saveWatchCursor } from "../../src/watch/cursor.js";
import type { EventRecord } from "../../src/state/types.js";
import { loadWatchCursor, pollUpstreamReleases, type WatchCursor, watchAndDispatch, watchCursorEventId } from "../../src/watch/index.js";
import { pollRepository } from "../../src/watch/poll-repository.js";
import { at, clientFor, githubServer, repoWithReleaseFlow, seedRelease, sharedClock, tags, UPSTREAM, watches } from "./helpers.js";

/** A young release held by min-age=24h at minute `minute`, not one GitHub lists. */
function held(index: number, minute: number): HeldRelease {
  const time = at(minute);
  return { id: 50_000_000 + index, tag: `held${index}`, publishedAt: time, firstSeenAt: time, ageFrom: "published", createdAt: time };
}

/** The stored cursor record, as the store holds it (salvage and caps are not applied to it). */
async function storedText(store: MemoryStateStore): Promise<string> {
  return JSON.stringify(await store.loadEvent(watchCursorEventId(UPSTREAM)));
}

describe("releases held by min-age", () => {
  it("are matched to the listing by id: a poll reads each held release's id a few times, however many releases it lists", async () => {
    const server = await githubServer();
    for (let i = 0; i < 150; i++) seedRelease(server, UPSTREAM, `v${i}`, { minute: 100 + i });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const watch = watches(`${UPSTREAM} min-age=24h`)[0]!;
    await pollUpstreamReleases({ client, store, watches: [watch], now: () => new Date(at(300)) });
    const { etag: _etag, ...stored } = (await loadWatchCursor(store, UPSTREAM))!;

    // Each held release counts the reads of its id; without the ETag the poll lists the 150 releases.
    const count = 3000;
    let reads = 0;
    const pending = Array.from({ length: count }, (_, i) => {
      const { id, ...rest } = held(i, 290);
      return Object.defineProperty(rest, "id", { enumerable: true, get: () => {
          reads += 1;
          return id;
        },
      }) as HeldRelease;
    });
    const cursor: WatchCursor = { ...stored, pending };
    const poll = await pollRepository({ client, watch, cursor, backoff: new RateLimitBackoff(), budget: new RequestBudget(), now: new Date(at(310)) });

    expect(poll.report).toMatchObject({ status: "ok", pages: 2 });
    // Once scanned against each release listed: 150 reads of each held release's id (450,000 here).
    expect(reads).toBeLessThan(10 * count);
    expect(poll.cursor?.pending).toHaveLength(HELD_RELEASES_KEPT);
    server.assertNoViolations();
  });

  it(`are kept no more than ${HELD_RELEASES_KEPT} per repository: those eligible last are dropped, each named in the poll's report`, async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1", { minute: 0 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = (minute: number) => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} min-age=24h`), now: () => new Date(at(minute)) });
    await poll(10);
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    // Held at minutes 20, 21, ...: the last three become eligible last.
    const pending = Array.from({ length: HELD_RELEASES_KEPT + 3 }, (_, i) => held(i, 20 + i));
    await saveWatchCursor({ store, cursor: { ...cursor, pending }, now: new Date(at(11)) });

    const capped = await poll(30);
    const last = [HELD_RELEASES_KEPT, HELD_RELEASES_KEPT + 1, HELD_RELEASES_KEPT + 2].map((i) => `held${i}`);
    expect(capped.reports[0]).toMatchObject({ status: "not-modified", dropped: last.map((tag) => ({ tag, reason: expect.stringContaining(`more than ${HELD_RELEASES_KEPT.toLocaleString("en-US")} releases held by min-age`) })) });
    expect(capped.reports[0]?.message).toContain(`dropped: ${last[0]} (more than`);
    expect((await loadWatchCursor(store, UPSTREAM))?.pending?.map((item) => item.tag)).toEqual(pending.slice(0, HELD_RELEASES_KEPT).map((item) => item.tag));
    expect((await poll(40)).reports[0]?.dropped).toBeUndefined();
    server.assertNoViolations();
  });
});

describe("a backlog's tie (releases seen at the watermark a backlog reads on from)", () => {
  it(`is read no longer than the ${SEEN_RELEASES_KEPT} releases a cursor keeps seen, and saved so`, async () => {
    const server = await githubServer();
    for (let i = 0; i < 120; i++) seedRelease(server, UPSTREAM, `old${i}`, { minute: i });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = (minute: number) => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(minute)), maxPages: 1 });
    await poll(300);
    for (let i = 0; i < 150; i++) seedRelease(server, UPSTREAM, `new${i}`, { minute: 400 + i });
    expect((await poll(600)).events).toHaveLength(100);
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    const tie = cursor.backlog?.tie;
    expect(tie).toBeDefined();
    const ids = [...(tie?.seen ?? []), ...Array.from({ length: 50_000 }, (_, i) => 90_000_000 + i)];
    await saveWatchCursor({ store, cursor: { ...cursor, backlog: { ...cursor.backlog!, tie: { at: tie!.at, seen: ids } } }, now: new Date(at(601)) });

    expect((await loadWatchCursor(store, UPSTREAM))?.backlog?.tie?.seen.length).toBeLessThanOrEqual(SEEN_RELEASES_KEPT);
    const next = await poll(610);
    expect(tags(next.events)).toEqual(Array.from({ length: 50 }, (_, i) => `new${i}`));
    expect(next.reports[0]?.message).toContain(`left out ${(ids.length - SEEN_RELEASES_KEPT).toLocaleString("en-US")} ids of a backlog's tie`);
    expect((await storedText(store)).length).toBeLessThan(100_000);
    server.assertNoViolations();
  });
});

describe("a damaged watch cursor, salvaged", () => {
  it("is counted once in the poll's note, naming its record, and saved even when GitHub answers 304", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1", { minute: 0 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const lines: string[] = [];
    // GitHub's clock and the runner's agree: a poll that answers 304 has nothing of its own to save.
    const time = sharedClock(server, 0);
    const poll = (minute: number) => {
      time.set(minute);
      return pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: time.now, log: (line) => lines.push(line) });
    };
    await poll(10);
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    const damaged = { ...cursor, seen: [...cursor.seen, ...Array.from({ length: 5000 }, () => ({}))], pending: [{ tag: "broken" }, 7], oddField: true };
    await saveWatchCursor({ store, cursor: damaged as unknown as WatchCursor, now: new Date(at(11)) });
    expect((await storedText(store)).length).toBeGreaterThan(5000 * 2);

    const salvaged = await poll(20);
    expect(salvaged.reports[0]?.status).toBe("not-modified");
    const note = `the watch cursor of ${UPSTREAM} (record ${watchCursorEventId(UPSTREAM)} in the memory state store) was damaged or held more than a cursor keeps: left out 5,000 releases seen, 2 releases held by min-age, 1 field "oddField"`;
    expect(salvaged.reports[0]?.message).toContain(note);
    // Saved on the 304: the next run reads the cursor as salvaged, and says nothing more of it.
    expect((await storedText(store)).length).toBeLessThan(5000);
    const after = await poll(30);
    expect(after.reports[0]).toMatchObject({ status: "not-modified", requests: 1 });
    expect(after.reports[0]?.message).toBeUndefined();
    expect(lines.filter((line) => line.includes("left out"))).toHaveLength(1);
    expect((await loadWatchCursor(store, UPSTREAM))?.seen.map((item) => item.tag)).toEqual(["v1"]);
    server.assertNoViolations();
  });

  it("is said once when the dispatch of its repository fails: the place it started from is saved as salvaged, not moved", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1", { minute: 0 });
    // A store that cannot record the next release event once (a full disk): its dispatch fails.
    let failures = 1;
    const store = new (class extends MemoryStateStore {
      override async saveEvent(record: EventRecord): Promise<void> {
        if (record.event.type === "upstream.release" && (record.event.payload as { tag?: string }).tag === "v2" && failures-- > 0) throw new Error("no space left on device");
        return super.saveEvent(record);
      }
    })();
    const client = await clientFor(server);
    const flows = await repoWithReleaseFlow();
    const lines: string[] = [];
    const poll = (minute: number) =>
      watchAndDispatch({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(minute)), log: (line) => lines.push(line), dispatchOptions: { repoRoot: flows.dir } });
    await poll(10);
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    await saveWatchCursor({ store, cursor: { ...cursor, seen: [...cursor.seen, { tag: "broken" }] } as unknown as WatchCursor, now: new Date(at(11)) });
    seedRelease(server, UPSTREAM, "v2", { minute: 15 });

    const failed = await poll(20);
    expect(failed.reports[0]?.status).toBe("error");
    expect(failed.reports[0]?.message).toContain("left out 1 releases seen");
    expect(failed.reports[0]?.message).toContain("dispatching github:upstream.release:openai/codex:v2 failed");
    // The place did not move (v2 comes again), and the salvage is not news again.
    const again = await poll(30);
    expect(tags(again.events)).toEqual(["v2"]);
    expect(again.reports[0]?.message ?? "").not.toContain("left out");
    expect(lines.filter((line) => line.includes("left out"))).toHaveLength(1);
    expect(await flows.runs()).toEqual(["openai/codex v1", "openai/codex v2"]);
    server.assertNoViolations();
  }, 60_000);

  it("in a dry run is said as what the next real poll leaves out and saves, the same each dry run, until a real poll saves it", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1", { minute: 0 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const time = sharedClock(server, 0);
    const lines: string[] = [];
    const poll = (minute: number, dryRun: boolean) => {
      time.set(minute);
      return pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: time.now, dryRun, log: (line) => lines.push(line) });
    };
    await poll(10, false);
    const cursor = (await loadWatchCursor(store, UPSTREAM))!;
    await saveWatchCursor({ store, cursor: { ...cursor, seen: [...cursor.seen, {}] } as unknown as WatchCursor, now: new Date(at(11)) });

    const standing = `the watch cursor of ${UPSTREAM} (record ${watchCursorEventId(UPSTREAM)} in the memory state store) is damaged or holds more than a cursor keeps: the next poll that is not a dry run leaves out 1 releases seen and saves the rest; dry runs save nothing, so each says this again until then`;
    for (const minute of [20, 30]) {
      const dry = await poll(minute, true);
      expect(dry.reports[0]?.message).toBe(standing);
    }
    // Not "was damaged ... saved again": a dry run saved nothing.
    expect(lines.filter((line) => line.includes("left out") || line.includes("saved again"))).toEqual([]);
    expect(lines.filter((line) => line.includes("is damaged"))).toEqual([`${UPSTREAM}: ${standing}.`, `${UPSTREAM}: ${standing}.`]);

    const real = await poll(40, false);
    expect(real.reports[0]?.message).toContain("was damaged or held more than a cursor keeps: left out 1 releases seen; the rest is kept and saved again");
    expect((await poll(50, true)).reports[0]?.message).toBeUndefined();
    server.assertNoViolations();
  });

  it("is read from the store once by the save after a poll, not again for the save itself", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1", { minute: 0 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(10)) });
    seedRelease(server, UPSTREAM, "v2", { minute: 15 });
    const reads: string[] = [];
    const loadEvent = store.loadEvent.bind(store);
    store.loadEvent = (id) => {
      reads.push(id);
      return loadEvent(id);
    };
    const polled = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(20)) });
    expect(tags(polled.events)).toEqual(["v2"]);
    // Once by the poll, once by the save (for what \`flows forget\` asked meanwhile, and as the record it replaces).
    expect(reads.filter((id) => id === watchCursorEventId(UPSTREAM))).toHaveLength(2);
    expect((await loadWatchCursor(store, UPSTREAM))?.seen.map((item) => item.tag)).toEqual(["v2", "v1"]);
    server.assertNoViolations();
  });
});
