// Two watches of one upstream (two workflows, or two jobs with their own `watch` input) share the
// state store. One cursor per repository marked every release it listed seen, whatever the
// filter, so the releases only the other's filter took were never dispatched: each filter keeps
// its own cursor now, and a cursor stored by an older version (one per repository) keeps working.
import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import type { StateStore } from "../../src/state/types.js";
import { saveInternalValue } from "../../src/watch/ledger.js";
import { listWatchCursors, loadWatchCursor, pollUpstreamReleases, type WatchCursor, watchCursorEventId } from "../../src/watch/index.js";
import { at, clientFor, githubServer, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

/** A cursor as versions before cursors were kept per filter stored it: under the repository's one record. */
async function saveOldCursor(store: StateStore, cursor: WatchCursor): Promise<void> {
  await saveInternalValue({
    store,
    eventId: watchCursorEventId(UPSTREAM),
    type: "flows-action.watch-cursor",
    runId: "watch-cursor",
    field: "cursor",
    value: cursor,
    message: `watch cursor of ${UPSTREAM}`,
    payload: { repo: UPSTREAM },
    now: new Date(at(10)),
    stamp: "polledAt",
  });
}

/** The old cursor of a watch of rust-v* tags that polled at minute 10: rust-v1 dispatched, cli-v1 seen. */
function oldCursor(ids: { rust: number; cli: number }, filter?: string): WatchCursor {
  return {
    format: 1,
    repo: UPSTREAM,
    watermark: at(1),
    seen: [
      { id: ids.cli, tag: "cli-v1", publishedAt: at(1), prerelease: false },
      { id: ids.rust, tag: "rust-v1", publishedAt: at(0), prerelease: false },
    ],
    polledAt: at(10),
    ...(filter !== undefined ? { filter } : {}),
  };
}

describe("two watches of one upstream sharing a state store", () => {
  it("each dispatch every release its filter takes exactly once, polled alternately while both kinds of release keep coming", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const rust = watches(`${UPSTREAM} tags=rust-v* since=all`);
    const cli = watches(`${UPSTREAM} tags=cli-v* prereleases=true since=all`);
    const handed = { rust: [] as string[], cli: [] as string[] };
    const published = { rust: [] as string[], cli: [] as string[] };
    let minute = 0;
    const publish = (kind: "rust" | "cli", prerelease = false): void => {
      minute += 1;
      const tag = `${kind}-v${published[kind].length + 1}`;
      seedRelease(server, UPSTREAM, tag, { minute, prerelease });
      published[kind].push(tag);
    };
    const poll = async (kind: "rust" | "cli"): Promise<void> => {
      minute += 1;
      const result = await pollUpstreamReleases({ client, store, watches: kind === "rust" ? rust : cli, now: () => new Date(at(minute)) });
      expect(result.reports[0]?.status, result.reports[0]?.message).not.toBe("error");
      handed[kind].push(...tags(result.events));
    };
    publish("rust");
    publish("cli");
    // 30 rounds: some publish one kind, some both, some none, some a prerelease (only cli takes those); who polls first alternates.
    for (let round = 0; round < 30; round++) {
      if (round % 3 !== 2) publish("rust");
      if (round % 2 === 0) publish("cli", round % 4 === 0);
      if (round % 5 === 0) publish("cli");
      const first = round % 2 === 0 ? "rust" : "cli";
      await poll(first);
      await poll(first === "rust" ? "cli" : "rust");
    }
    // A prerelease rust tag: not rust's (no prereleases=true), and not cli's (its tags).
    seedRelease(server, UPSTREAM, "rust-v999-rc", { minute: ++minute, prerelease: true });
    await poll("rust");
    await poll("cli");
    expect(handed.rust).toEqual(published.rust);
    expect(handed.cli).toEqual(published.cli);
    expect(published.cli.length).toBeGreaterThan(15);
    // Each in its own record: the unfiltered one stays free for a watch with no filter.
    expect((await listWatchCursors(store, UPSTREAM)).map((cursor) => [cursor.eventId, cursor.filter])).toEqual(
      [
        [watchCursorEventId(UPSTREAM, "tags=cli-v* prereleases=true"), "tags=cli-v* prereleases=true"],
        [watchCursorEventId(UPSTREAM, "tags=rust-v*"), "tags=rust-v*"],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(watchCursorEventId(UPSTREAM, "tags=rust-v*")).toMatch(/^flows-action:watch-cursor:openai\/codex:filter-[0-9a-f]{12}$/);
    expect(await store.loadEvent(watchCursorEventId(UPSTREAM))).toBeUndefined();
    server.assertNoViolations();
  }, 60_000);

  it("read a cursor stored by an older version: the watch with its filter goes on from it, another starts as a new watch and says why", async () => {
    const server = await githubServer();
    const ids = { rust: seedRelease(server, UPSTREAM, "rust-v1", { minute: 0 }), cli: seedRelease(server, UPSTREAM, "cli-v1", { minute: 1 }) };
    const store = new MemoryStateStore();
    await saveOldCursor(store, oldCursor(ids, "tags=rust-v*"));
    const client = await clientFor(server);
    for (const [tag, minute] of [["rust-v2", 20], ["cli-v2", 21], ["rust-v3", 22], ["cli-v3", 23]] as const) seedRelease(server, UPSTREAM, tag, { minute });
    const poll = (text: string, minute: number) => pollUpstreamReleases({ client, store, watches: watches(text), now: () => new Date(at(minute)) });

    // Its own: every rust release since, not a first poll (which would take the newest only).
    const rust = await poll(`${UPSTREAM} tags=rust-v*`, 30);
    expect(tags(rust.events)).toEqual(["rust-v2", "rust-v3"]);
    expect(rust.reports[0]?.message ?? "").not.toContain("first poll");
    // Not its own: a first poll (the newest), with a note naming the other filter; nothing of rust's is touched.
    const cli = await poll(`${UPSTREAM} tags=cli-v*`, 31);
    expect(tags(cli.events)).toEqual(["cli-v3"]);
    expect(cli.reports[0]?.message).toContain(
      "this watch (tags=cli-v*) has no watch cursor of its own yet, so it polled as a new watch does; the stored cursor of openai/codex was saved by a watch with another filter (tags=rust-v*)",
    );
    expect(cli.reports[0]?.message).toContain("first poll");
    seedRelease(server, UPSTREAM, "cli-v4", { minute: 40 });
    seedRelease(server, UPSTREAM, "rust-v4", { minute: 41 });
    expect(tags((await poll(`${UPSTREAM} tags=cli-v*`, 50)).events)).toEqual(["cli-v4"]);
    expect(tags((await poll(`${UPSTREAM} tags=rust-v*`, 51)).events)).toEqual(["rust-v4"]);
    expect((await loadWatchCursor(store, UPSTREAM, "tags=rust-v*"))?.seen.map((release) => release.tag)).toContain("rust-v4");
    server.assertNoViolations();
  });

  it("a cursor stored before cursors kept their filter is taken up by each watch, which goes on from it", async () => {
    const server = await githubServer();
    const ids = { rust: seedRelease(server, UPSTREAM, "rust-v1", { minute: 0 }), cli: seedRelease(server, UPSTREAM, "cli-v1", { minute: 1 }) };
    const store = new MemoryStateStore();
    await saveOldCursor(store, oldCursor(ids));
    const client = await clientFor(server);
    for (const [tag, minute] of [["rust-v2", 20], ["cli-v2", 21], ["rust-v3", 22], ["cli-v3", 23]] as const) seedRelease(server, UPSTREAM, tag, { minute });
    const poll = (text: string, minute: number) => pollUpstreamReleases({ client, store, watches: watches(text), now: () => new Date(at(minute)) });
    expect(tags((await poll(`${UPSTREAM} tags=rust-v*`, 30)).events)).toEqual(["rust-v2", "rust-v3"]);
    expect(tags((await poll(`${UPSTREAM} tags=cli-v*`, 31)).events)).toEqual(["cli-v2", "cli-v3"]);
    expect(tags((await poll(UPSTREAM, 32)).events)).toEqual(["rust-v2", "cli-v2", "rust-v3", "cli-v3"]);
    server.assertNoViolations();
  });

  it("a watch with no filter moves an older version's cursor of another filter to that filter's record before saving its own over it", async () => {
    const server = await githubServer();
    const ids = { rust: seedRelease(server, UPSTREAM, "rust-v1", { minute: 0 }), cli: seedRelease(server, UPSTREAM, "cli-v1", { minute: 1 }) };
    const store = new MemoryStateStore();
    await saveOldCursor(store, oldCursor(ids, "tags=rust-v*"));
    const client = await clientFor(server);
    for (const [tag, minute] of [["rust-v2", 20], ["rust-v3", 22]] as const) seedRelease(server, UPSTREAM, tag, { minute });
    const poll = (text: string, minute: number) => pollUpstreamReleases({ client, store, watches: watches(text), now: () => new Date(at(minute)) });
    const all = await poll(UPSTREAM, 30);
    expect(tags(all.events)).toEqual(["rust-v3"]);
    expect((await loadWatchCursor(store, UPSTREAM, ""))?.filter).toBe("");
    // The rust watch polls after: it goes on from its old place (both), not as a first poll.
    expect(tags((await poll(`${UPSTREAM} tags=rust-v*`, 31)).events)).toEqual(["rust-v2", "rust-v3"]);
    server.assertNoViolations();
  });
});
