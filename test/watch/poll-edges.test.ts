import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { saveWatchCursor } from "../../src/watch/cursor.js";
import { loadWatchCursor, pollUpstreamReleases } from "../../src/watch/index.js";
import { at, clientFor, githubServer, seedRelease, sharedClock, tags, UPSTREAM, watches } from "./helpers.js";

// Upstream repositories that do not behave: clocks ahead, more releases than a poll reads.
describe("polling upstream releases at the edges", () => {
  it("keeps the watermark at the poll's time, so one release with a published_at in the future does not hide every later one", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const time = sharedClock(server, 0);
    const poll = async (minute: number) => {
      time.set(minute);
      return tags((await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: time.now })).events);
    };
    expect(await poll(5)).toEqual(["v1.0.0"]);
    // A GitHub Enterprise Server whose clock ran a year ahead for a while.
    seedRelease(server, UPSTREAM, "v1.1.0", { minute: 60 * 24 * 365 });
    expect(await poll(10)).toEqual(["v1.1.0"]);
    expect((await loadWatchCursor(store, UPSTREAM))?.watermark).toBe(new Date(at(10)).toISOString());
    seedRelease(server, UPSTREAM, "v1.2.0", { minute: 20 });
    expect(await poll(30)).toEqual(["v1.2.0"]);
    expect(await poll(40)).toEqual([]);
    server.assertNoViolations();
  });

  it("takes a stored watermark later than every release seen (a damaged cursor) from the newest seen, so the next release is not marked seen unsent", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = async (minute: number) =>
      tags((await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(minute)) })).events);
    expect(await poll(5)).toEqual(["v1.0.0"]);
    const stored = (await loadWatchCursor(store, UPSTREAM))!;
    // Valid by the schema, and a time: only no poll can have written it.
    await saveWatchCursor({ store, cursor: { ...stored, watermark: "2099-01-01T00:00:00Z" }, now: new Date(at(6)) });
    expect((await loadWatchCursor(store, UPSTREAM))?.watermark).toBe(at(1));
    seedRelease(server, UPSTREAM, "v1.1.0", { minute: 10 });
    expect(await poll(15)).toEqual(["v1.1.0"]);
    expect(await poll(20)).toEqual([]);
    server.assertNoViolations();
  });

  it("dispatches a release GitHub lists only after one published later (two releases published together), and each once", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = async (minute: number) => tags((await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(minute)) })).events);
    expect(await poll(5)).toEqual(["v1.0.0"]);
    // A monorepo publishes two packages at once: cli-v2 shows in the listing first, sdk-v2
    // (published a few seconds earlier, its write not yet visible) only at the next poll.
    seedRelease(server, UPSTREAM, "cli-v2.0.0", { minute: 20 });
    expect(await poll(20.1)).toEqual(["cli-v2.0.0"]);
    seedRelease(server, UPSTREAM, "sdk-v2.0.0", { minute: 19.95 });
    expect(await poll(30)).toEqual(["sdk-v2.0.0"]);
    expect(await poll(40)).toEqual([]);
    // Long before the newest release it is not news: a release deleted and put back, say.
    seedRelease(server, UPSTREAM, "v0.9.9", { minute: 2 });
    expect(await poll(50)).toEqual([]);
    server.assertNoViolations();
  });

  it("dispatches a release whose tag was renamed to match the watch after a poll filtered it out", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.41.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = async (minute: number) =>
      tags((await pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} tags=rust-v*`), now: () => new Date(at(minute)) })).events);
    expect(await poll(5)).toEqual(["rust-v0.41.0"]);
    // Published under a mistyped tag, so the watch filters it out; the maintainer fixes the tag.
    const id = seedRelease(server, UPSTREAM, "rust-0.42.0", { minute: 10 });
    expect(await poll(15)).toEqual([]);
    server.github.releases.update(UPSTREAM, id, { tagName: "rust-v0.42.0" });
    expect(await poll(20)).toEqual(["rust-v0.42.0"]);
    expect(await poll(25)).toEqual([]);
    // A matching tag renamed to another matching one is the release already dispatched.
    server.github.releases.update(UPSTREAM, id, { tagName: "rust-v0.42.0-fixed" });
    expect(await poll(30)).toEqual([]);
    server.assertNoViolations();
  });

  it("does not hand over again a dispatched release made a prerelease and back, or renamed to a tag filtered out and back", async () => {
    const server = await githubServer();
    const id = seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = async (minute: number) =>
      tags((await pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} tags=v*`), now: () => new Date(at(minute)) })).events);
    expect(await poll(5)).toEqual(["v1.0.0"]);
    server.github.releases.update(UPSTREAM, id, { prerelease: true });
    expect(await poll(10)).toEqual([]);
    server.github.releases.update(UPSTREAM, id, { prerelease: false });
    expect(await poll(15)).toEqual([]);
    // Renamed by mistake to a tag the watch filters out, then to another matching one.
    server.github.releases.update(UPSTREAM, id, { tagName: "1.0.0" });
    expect(await poll(20)).toEqual([]);
    server.github.releases.update(UPSTREAM, id, { tagName: "v1.0.0-final" });
    expect(await poll(25)).toEqual([]);
    server.assertNoViolations();
  });

  it("hands each release over once when a release published while it reads moves one from page 1 to page 2", async () => {
    const server = await githubServer();
    for (let i = 0; i < 150; i++) seedRelease(server, UPSTREAM, `v${i}`, { minute: i });
    const list = server.github.handlers()["repos/list-releases"]!;
    let published = false;
    server.handle("repos/list-releases", async (request) => {
      // Published between the two reads: page 2 now starts with page 1's last release.
      if (request.query.page === 2 && !published) {
        published = true;
        seedRelease(server, UPSTREAM, "v150", { minute: 150 });
      }
      return list(request);
    });
    const result = await pollUpstreamReleases({ client: await clientFor(server), store: new MemoryStateStore(), watches: watches(`${UPSTREAM} since=all`), now: () => new Date(at(200)) });
    const ids = result.events.map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(150);
    expect(result.reports[0]?.newReleases).toBe(150);
    server.assertNoViolations();
  });

  it("hands over the release a deletion between two page reads moved from page 2 to page 1 (one, or more than 10)", async () => {
    for (const deleted of [1, 15]) {
      const server = await githubServer();
      const ids = Array.from({ length: 250 }, (_, i) => seedRelease(server, UPSTREAM, `v${i}`, { minute: i }));
      const list = server.github.handlers()["repos/list-releases"]!;
      let done = false;
      server.handle("repos/list-releases", async (request) => {
        // Deleted between the reads of pages 1 and 2 (v249..v150 were on page 1): v149, the first
        // of page 2, is now the last of page 1 (and with 15 deleted, v149..v135 are).
        if (request.query.page === 2 && !done) {
          done = true;
          for (let i = 0; i < deleted; i++) server.github.releases.remove(UPSTREAM, ids[200 + i] as number);
        }
        return list(request);
      });
      const result = await pollUpstreamReleases({ client: await clientFor(server), store: new MemoryStateStore(), watches: watches(`${UPSTREAM} since=all`), now: () => new Date(at(300)) });
      const handed = tags(result.events);
      expect(new Set(handed).size).toBe(handed.length);
      // Every release there was when the poll began (the deleted ones were read before they went).
      expect(handed).toEqual(Array.from({ length: 250 }, (_, i) => `v${i}`));
      const reads = server.requestsFor("repos/list-releases").map((request) => [request.query.page ?? "1", request.query.per_page]);
      expect(reads.slice(0, 3)).toEqual([
        ["1", "100"],
        ["2", "100"],
        ["10", "10"],
      ]);
      // More than 10 moved: the last 10 of page 1 were all unseen, so page 1 was read whole again.
      if (deleted > 10) expect(reads[3]).toEqual(["1", "100"]);
      server.assertNoViolations();
    }
  });

  it("hands a renamed repository's release over once when both its old and new names are watched, and says which entry to remove", async () => {
    const server = await githubServer();
    // openai/codex-cli was renamed openai/codex: GitHub answers for the old name as for the new.
    const list = server.github.handlers()["repos/list-releases"]!;
    server.handle("repos/list-releases", (request) =>
      list(request.params.repo === "codex-cli" ? { ...request, params: { ...request.params, repo: "codex" } } : request),
    );
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = (minute: number) =>
      pollUpstreamReleases({ client, store, watches: watches(`openai/codex-cli\n${UPSTREAM}`), now: () => new Date(at(minute)) });

    const first = await poll(5);
    expect(first.events.map((event) => event.id)).toEqual(["github:upstream.release:openai/codex:v1.0.0"]);
    expect(first.reports.map((report) => [report.repo, report.newReleases])).toEqual([
      ["openai/codex-cli", 0],
      [UPSTREAM, 1],
    ]);
    expect(first.reports[0]?.message).toContain(
      'not dispatched: v1.0.0 — GitHub names openai/codex-cli "openai/codex" now (renamed or transferred), which is watched too (input "watch" line 2); remove openai/codex-cli from the configuration',
    );
    seedRelease(server, UPSTREAM, "v1.1.0", { minute: 10 });
    expect((await poll(15)).events.map((event) => event.id)).toEqual(["github:upstream.release:openai/codex:v1.1.0"]);
    server.assertNoViolations();
  });

  it("says where a first poll stopped reading, without naming a setting the action and CLI do not have", async () => {
    const server = await githubServer();
    for (let i = 0; i < 150; i++) seedRelease(server, UPSTREAM, `v${i}`, { minute: i });
    const result = await pollUpstreamReleases({ client: await clientFor(server), store: new MemoryStateStore(), watches: watches(`${UPSTREAM} since=all`), maxPages: 1 });
    expect(result.events).toHaveLength(100);
    expect(result.reports[0]?.message).toContain("stopped after 1 page (the newest 100 releases, the most one poll reads); older releases were not looked at");
    // A note of one line, not of a hundred tags: the first 20, and how many more.
    expect(result.reports[0]?.message).toContain("; new: v50, v51, v52, v53, v54, v55, v56, v57, v58, v59, v60, v61, v62, v63, v64, v65, v66, v67, v68, v69 and 80 more");
    server.assertNoViolations();
  });
});
