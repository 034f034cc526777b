import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { loadWatchCursor, pollUpstreamReleases, watchCursorEventId } from "../../src/watch/index.js";
import { at, clientFor, githubServer, OTHER, seedRelease, UPSTREAM, watches } from "./helpers.js";

// A cursor record whose content is another repository's (copied between records by hand, or
// damaged): the releases it remembers are not this repository's.
describe("a watch cursor that names another repository", () => {
  it("is not taken for this repository's: no release of the other is reported deleted here, and the poll starts afresh", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v1", { minute: 1 });
    seedRelease(server, OTHER, "bun-v1", { minute: 2 });
    seedRelease(server, OTHER, "bun-v2", { minute: 3 });
    const first = new MemoryStateStore();
    const client = await clientFor(server);
    await pollUpstreamReleases({ client, store: first, watches: watches(`${UPSTREAM}\n${OTHER} since=all`), now: () => new Date(at(5)) });

    // oven-sh/bun's cursor, as the content of openai/codex's record.
    const store = new MemoryStateStore();
    const id = watchCursorEventId(UPSTREAM);
    for (const record of await first.listEvents()) if (record.event.id !== id) await store.saveEvent(record);
    const record = (await first.loadEvent(id))!;
    const run = record.runs[0]!;
    await store.saveEvent({ ...record, runs: [{ ...run, resultPayload: { status: "completed", cursor: await loadWatchCursor(first, OTHER) } }] });

    seedRelease(server, UPSTREAM, "rust-v2", { minute: 10 });
    const poll = (minute: number) => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} updates=true`), now: () => new Date(at(minute)) });
    const result = await poll(15);
    expect(result.events.map((event) => event.id)).toEqual(["github:upstream.release:openai/codex:rust-v2"]);
    expect((await poll(25)).events).toEqual([]);
    expect((await loadWatchCursor(store, OTHER))?.seen.map((release) => release.tag)).toEqual(["bun-v2", "bun-v1"]);
    server.assertNoViolations();
  });
});
