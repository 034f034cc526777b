// Two watches of one upstream in one repository (two workflows, or two jobs with their own
// `watch` input) share the state store, and so the repository's one cursor, which marks every
// release it lists seen whatever the filter.
import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { loadWatchCursor, pollUpstreamReleases } from "../../src/watch/index.js";
import { at, clientFor, githubServer, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

const shared = (saved: string, own: string) =>
  `the watch cursor of ${UPSTREAM} was last saved by a watch with another filter (${saved}; this one: ${own}). If the configuration changed, nothing is to be done (this poll saves the new filter). ` +
  `If another workflow or job sharing this state store watches ${UPSTREAM} too, the two share this one cursor and each misses the releases only the other's filter takes: watch ${UPSTREAM} in one place, with every tag pattern in one entry`;

describe("two watches of one upstream sharing a state store", () => {
  it("say at each poll that they share one cursor with another filter, where the releases only the other takes were lost without a word", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v1", { minute: 0 });
    seedRelease(server, UPSTREAM, "cli-v1", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const lines: string[] = [];
    const rust = watches(`${UPSTREAM} tags=rust-v* min-age=2h`);
    const cli = watches(`${UPSTREAM} tags=cli-v* prereleases=true`);
    const poll = (watch: typeof rust, minute: number) => pollUpstreamReleases({ client, store, watches: watch, now: () => new Date(at(minute)), log: (line) => lines.push(line) });
    expect(tags((await poll(rust, 1000)).events)).toEqual(["rust-v1"]);
    expect((await loadWatchCursor(store, UPSTREAM))?.filter).toBe("tags=rust-v* min-age=2h");

    // The cursor saw cli-v1: the second watch hands nothing over, and says why (on a 304 too).
    const second = await poll(cli, 1001);
    expect(second.events).toEqual([]);
    expect(second.reports[0]).toMatchObject({
      status: "not-modified",
      message: shared("tags=rust-v* min-age=2h", "tags=cli-v* prereleases=true"),
      otherFilter: { saved: "tags=rust-v* min-age=2h", own: "tags=cli-v* prereleases=true" },
    });
    seedRelease(server, UPSTREAM, "cli-v2", { minute: 1100 });
    const third = await poll(rust, 1200);
    expect(third.reports[0]?.message).toContain(shared("tags=cli-v* prereleases=true", "tags=rust-v* min-age=2h"));
    expect(lines.filter((line) => line.includes("another filter"))).toHaveLength(2);
    server.assertNoViolations();
  });

  it("say nothing more after a configuration changed its filter once", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v1", { minute: 0 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = (text: string, minute: number) => pollUpstreamReleases({ client, store, watches: watches(text), now: () => new Date(at(minute)) });
    expect((await poll(UPSTREAM, 10)).reports[0]?.message).toContain("first poll");
    expect((await poll(`${UPSTREAM} tags=rust-v*`, 20)).reports[0]?.message).toBe(shared("no filter", "tags=rust-v*"));
    expect((await poll(`${UPSTREAM} tags=rust-v*`, 30)).reports[0]).toMatchObject({ status: "not-modified", requests: 1 });
    expect((await poll(`${UPSTREAM} tags=rust-v*`, 30)).reports[0]?.message).toBeUndefined();
    server.assertNoViolations();
  });
});
