import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { loadWatchCursor, pollUpstreamReleases } from "../../src/watch/index.js";
import { renderWatchStatusText, watchStatus } from "../../src/watch/status.js";
import { at, clientFor, githubServer, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

// GitHub lists releases by the date of the tagged commit, not by publication: a release published
// now for an old commit sorts deep in the listing, below the two pages a poll watches.
describe("a release published for an old commit, below the pages a poll watches", () => {
  it("is found by the end of the listing having grown below what the poll read, and a quiet poll costs one more free 304", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 350; i++) seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    expect(tags((await poll()).events)).toEqual(["v1.349.0"]);
    // Pages 1 and 2, and the page the end of the listing is on (page 4): three free 304s.
    const quiet = await poll();
    expect(quiet.reports[0]).toMatchObject({ status: "not-modified", requests: 3 });
    expect(quiet.requests).toMatchObject({ requests: 3, notModified: 3 });

    // A backport cut from an old commit: GitHub lists it by commit date, on page 4.
    seedRelease(server, UPSTREAM, "v1.0.1", { minute: 10_000, createdMinute: 120 });
    const result = await poll();
    expect(tags(result.events)).toEqual(["v1.0.1"]);
    expect(result.reports[0]?.message ?? "").not.toContain("not looked at");

    expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: 3 });
    server.assertNoViolations();
  });

  it("is found when a release on top was published in the same interval", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 350; i++) seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    await poll();

    seedRelease(server, UPSTREAM, "v1.350.0", { minute: 9_000 });
    seedRelease(server, UPSTREAM, "v1.0.1", { minute: 10_000, createdMinute: 120 });
    expect(tags((await poll()).events)).toEqual(["v1.350.0", "v1.0.1"]);

    // A new release on top alone moves the end of the listing too, and is no reason to read deeper.
    seedRelease(server, UPSTREAM, "v1.351.0", { minute: 11_000 });
    const next = await poll();
    expect(tags(next.events)).toEqual(["v1.351.0"]);
    const deep = server.requestsFor("repos/list-releases").filter((request) => Number(request.query.page ?? 1) === 3 && request.query.per_page === "100");
    expect(deep).toHaveLength(1);
    expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: 3 });
    server.assertNoViolations();
  });
});

describe("the end of the listing moving without a release added below", () => {
  it("a release deleted deep in the listing is no reason to read deeper", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const ids = Array.from({ length: 350 }, (_, i) => seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i }));
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    await poll();
    server.github.releases.remove(UPSTREAM, ids[10] as number);
    const before = server.requestsFor("repos/list-releases").length;
    const result = await poll();
    expect(result.events).toEqual([]);
    // The three 304s but the end (changed), then pages 1 and 2 read again: nothing deeper.
    const requests = server.requestsFor("repos/list-releases").slice(before);
    expect(requests.map((request) => [request.query.page ?? 1, request.headers["if-none-match"] ? "conditional" : "plain", request.status])).toEqual([
      [1, "conditional", 304],
      ["2", "conditional", 304],
      ["4", "conditional", 200],
      [1, "plain", 200],
      ["2", "plain", 200],
    ]);
    expect(result.reports[0]?.message ?? "").not.toContain("below the pages watched");
    expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: 3 });
    server.assertNoViolations();
  });

  it("a release deleted on top while one is added deep is still found", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const ids = Array.from({ length: 350 }, (_, i) => seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i }));
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    await poll();
    server.github.releases.remove(UPSTREAM, ids[340] as number);
    seedRelease(server, UPSTREAM, "v1.0.1", { minute: 10_000, createdMinute: 120 });
    expect(tags((await poll()).events)).toEqual(["v1.0.1"]);
    server.assertNoViolations();
  });
});

describe("a release for an old commit deeper than one poll reads", () => {
  it("is read on for at the next polls, as far as it takes, and nothing else is handed over again", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 650; i++) seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), maxPages: 2 });
    expect(tags((await poll()).events)).toEqual(["v1.649.0"]);
    expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: 3 });

    // Sorted by its commit's date, it is listed 630th: page 7, and a poll reads 2 pages here.
    seedRelease(server, UPSTREAM, "v1.0.1", { minute: 10_000, createdMinute: 120 });
    const found = await poll();
    expect(found.events).toEqual([]);
    expect(found.reports[0]?.message).toContain("1 release added below the pages watched (GitHub lists releases by their commit's date): read 2 pages");
    expect(found.reports[0]?.message).toContain("the next poll reads on below v1.450.0 (the releases below it are not marked seen)");

    const handed: string[] = [];
    const notes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const next = await poll();
      handed.push(...tags(next.events));
      notes.push(next.reports[0]?.message ?? "");
    }
    expect(handed).toEqual(["v1.0.1"]);
    expect(notes[0]).toContain("read on below v1.450.0, where an earlier poll stopped: 200 releases; the next poll reads on below v1.250.0");
    expect(notes.join("\n")).toContain("all read now");
    expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: 3 });
    server.assertNoViolations();
  });
});

describe("more new releases between two polls than one poll reads", () => {
  it("does not mark the releases it did not read as seen: the next poll reads on where this one stopped", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 5; i++) seedRelease(server, UPSTREAM, `old-${i}`, { minute: i });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), maxPages: 2 });
    expect(tags((await poll()).events)).toEqual(["old-4"]);

    for (let i = 0; i < 250; i++) seedRelease(server, UPSTREAM, `v${i}`, { minute: 100 + i });
    const busy = await poll();
    expect(tags(busy.events)).toEqual(Array.from({ length: 200 }, (_, i) => `v${50 + i}`));
    expect(busy.reports[0]?.message).toContain("stopped after 2 pages (the newest 200 releases, the most one poll reads); older releases were not looked at");
    expect(busy.reports[0]?.message).toContain("the next poll reads on below v50");
    const status = await watchStatus({ store, watches: watches(UPSTREAM) });
    // After the watermark the poll before left: old-4's publication, at minute 4.
    expect(status.repositories[0]?.readOn).toEqual({ after: "v50", from: "2025-01-01T00:04:00.001Z" });
    expect(renderWatchStatusText(status)).toContain("  still to read    releases listed below v50 (published since 2025-01-01 00:04Z): the next poll reads on\n");

    const next = await poll();
    expect(tags(next.events)).toEqual(Array.from({ length: 50 }, (_, i) => `v${i}`));
    expect(next.reports[0]?.message ?? "").not.toContain("reads on");
    expect((await watchStatus({ store, watches: watches(UPSTREAM) })).repositories[0]?.readOn).toBeUndefined();

    const after = await poll();
    expect(after.events).toEqual([]);
    expect(after.reports[0]?.message ?? "").not.toContain("reads on");
    server.assertNoViolations();
  });

  it("hands every release over once when more arrive than a poll reads while it is still reading on", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 5; i++) seedRelease(server, UPSTREAM, `old-${i}`, { minute: i });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), maxPages: 2 });
    await poll();
    for (let i = 0; i < 250; i++) seedRelease(server, UPSTREAM, `a${i}`, { minute: 100 + i });
    const handed = tags((await poll()).events);
    for (let i = 0; i < 500; i++) seedRelease(server, UPSTREAM, `b${i}`, { minute: 1000 + i });
    for (let i = 0; i < 8; i++) handed.push(...tags((await poll()).events));
    const expected = [...Array.from({ length: 250 }, (_, i) => `a${i}`), ...Array.from({ length: 500 }, (_, i) => `b${i}`)];
    expect([...handed].sort()).toEqual(expected.sort());
    expect((await watchStatus({ store, watches: watches(UPSTREAM) })).repositories[0]?.readOn).toBeUndefined();
    server.assertNoViolations();
  });

  it("reads on where a first poll with since=all stopped, without handing anything over twice", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 250; i++) seedRelease(server, UPSTREAM, `v${i}`, { minute: i });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all`), maxPages: 1 });
    const handed: string[] = [];
    for (let i = 0; i < 4; i++) handed.push(...tags((await poll()).events));
    expect(handed.sort()).toEqual(Array.from({ length: 250 }, (_, i) => `v${i}`).sort());
    expect((await poll()).events).toEqual([]);
    server.assertNoViolations();
  });
});

describe("a release that sorts last of all, below a last page that is exactly full", () => {
  for (const count of [100, 200]) {
    it(`is found with ${count} releases, and a quiet poll costs one more free 304 than pages 1 and 2`, async () => {
      const server = await githubServer();
      const store = new MemoryStateStore();
      const client = await clientFor(server);
      for (let i = 0; i < count; i++) seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i });
      const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
      expect(tags((await poll()).events)).toEqual([`v1.${count - 1}.0`]);
      // Pages 1 (and 2), and the empty page after the last full one.
      const pages = count / 100 + 1;
      expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: pages });

      // Cut from a commit older than every other: listed last of all, on a page of its own.
      seedRelease(server, UPSTREAM, "v0.9.9", { minute: 10_000, createdMinute: 1 });
      expect(tags((await poll()).events)).toEqual(["v0.9.9"]);
      // One page more now, not full: its own ETag is the end (page 2), or the end page (page 3).
      expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: count === 100 ? 2 : 3 });
      server.assertNoViolations();
    });
  }
});

describe("a release published in the same second as the watermark, read on for below where a poll stopped", () => {
  it("is new when its id was not seen then, and the release seen at that second is not handed over again", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 5; i++) seedRelease(server, UPSTREAM, `old-${i}`, { minute: i });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), maxPages: 2 });
    expect(tags((await poll()).events)).toEqual(["old-4"]);

    // Published in the same second as old-4 (the watermark), listed only after that poll.
    seedRelease(server, UPSTREAM, "same-second", { minute: 4, createdMinute: 3 });
    for (let i = 0; i < 250; i++) seedRelease(server, UPSTREAM, `v${i}`, { minute: 100 + i });
    const busy = await poll();
    expect(busy.events).toHaveLength(200);
    expect(busy.reports[0]?.message).toContain("the next poll reads on below v50");

    const next = await poll();
    expect(tags(next.events)).toEqual(["same-second", ...Array.from({ length: 50 }, (_, i) => `v${i}`)]);
    expect((await poll()).events).toEqual([]);
    server.assertNoViolations();
  });
});

describe("a release added deep and another deleted deep in the same interval", () => {
  // 350 releases: pages 1 and 2 are watched, page 4 is the end (50 releases).
  const cases = [
    { where: "both on the end page", createdMinute: 120 },
    { where: "added on page 3, deleted on the end page", createdMinute: 200 },
  ];
  for (const { where, createdMinute } of cases) {
    it(`is found when they leave the count of releases as it was (${where})`, async () => {
      const server = await githubServer();
      const store = new MemoryStateStore();
      const client = await clientFor(server);
      const ids = Array.from({ length: 350 }, (_, i) => seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i }));
      const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
      await poll();
      expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: 3 });

      seedRelease(server, UPSTREAM, "v1.0.1", { minute: 10_000, createdMinute });
      server.github.releases.remove(UPSTREAM, ids[10] as number);
      expect(tags((await poll()).events)).toEqual(["v1.0.1"]);
      expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: 3 });
      server.assertNoViolations();
    });
  }
});

// GitHub lists drafts to a token with push access, and a draft published keeps its place (by its
// commit's date): one that sank below the pages polls watch changes none of their ETags.
describe("a draft published after releases piled up on top of it", () => {
  it("is found by asking for it by id, a free 304 at each quiet poll while it stays a draft", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 350; i++) seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i });
    // Drafted long ago for the commit then at the top: the first poll lists it on page 1.
    const draft = seedRelease(server, UPSTREAM, "v2.0.0", { minute: 440, createdMinute: 445, draft: true });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    expect(tags((await poll()).events)).toEqual(["v1.349.0"]);
    // 200 releases on top since: the draft sinks to page 3 of 6 (the end page is 6).
    for (let i = 350; i < 550; i++) seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i });
    expect((await poll()).events).toHaveLength(200);
    // Quiet: pages 1 and 2 and the end (304s), and the draft, asked by id once in full for its
    // ETag, then a free 304 too.
    expect((await poll()).requests).toMatchObject({ requests: 4, notModified: 3 });
    expect((await poll()).requests).toMatchObject({ requests: 4, notModified: 4 });
    expect(renderWatchStatusText(await watchStatus({ store, watches: watches(UPSTREAM) }))).toContain("  drafts watched   1 (asked for by id each poll: found when published, however deep GitHub lists it)\n");

    server.github.releases.update(UPSTREAM, draft, { draft: false, publishedAt: at(20_000) });
    const published = await poll();
    expect(tags(published.events)).toEqual(["v2.0.0"]);
    expect(published.reports[0]).toMatchObject({ status: "ok", newReleases: 1 });
    expect(published.reports[0]?.message).toContain("published since a poll listed it as a draft");
    expect(published.requests.requests).toBe(4);

    // Seen now, and no longer a draft to ask for.
    const quiet = await poll();
    expect(quiet.events).toEqual([]);
    expect(quiet.requests).toMatchObject({ requests: 3, notModified: 3 });
    expect(renderWatchStatusText(await watchStatus({ store, watches: watches(UPSTREAM) }))).not.toContain("drafts watched");
    server.assertNoViolations();
  });

  it("watches the newest 10 drafts by commit date, says how many more are not, and keeps no draft's tag in the store", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    for (let i = 0; i < 12; i++) seedRelease(server, UPSTREAM, `secret-v9.${i}.0`, { minute: 10 + i, draft: true });

    const result = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });

    expect(result.reports[0]?.message).toContain("2 drafts listed not watched (10 are, the newest by commit date): published, one is missed if GitHub lists it below the pages polls read");
    const cursor = await loadWatchCursor(store, UPSTREAM);
    expect(cursor?.drafts).toHaveLength(10);
    expect(JSON.stringify(cursor)).not.toContain("secret");
    server.assertNoViolations();
  });
});
