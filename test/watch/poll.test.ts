import { describe, expect, it } from "vitest";
import { upstreamReleaseEventId } from "../../src/events/index.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { loadWatchCursor, pollUpstreamReleases, watchCursorEventId } from "../../src/watch/index.js";
import { at, clientFor, githubServer, OTHER, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

describe("polling upstream releases", () => {
  it("dispatches only the latest release on the first poll, as an upstream.release event in the contract's shape", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    seedRelease(server, UPSTREAM, "rust-v0.2.0", { minute: 2, body: "## Notes\n- faster" });
    seedRelease(server, UPSTREAM, "rust-v0.1.1", { minute: 3, createdMinute: 0 }); // backport: oldest commit, newest publication
    const store = new MemoryStateStore();
    const now = new Date("2025-06-01T10:00:00.000Z");

    const result = await pollUpstreamReleases({ client: await clientFor(server), store, watches: watches(UPSTREAM), now: () => now });

    expect(result.events).toEqual([
      {
        id: upstreamReleaseEventId(UPSTREAM, "rust-v0.1.1"),
        type: "upstream.release",
        source: "github",
        occurredAt: "2025-01-01T00:03:00.000Z",
        receivedAt: now.toISOString(),
        payload: {
          provider: "github",
          repo: UPSTREAM,
          tag: "rust-v0.1.1",
          url: `https://github.com/${UPSTREAM}/releases/tag/rust-v0.1.1`,
          publishedAt: at(3),
          prerelease: false,
          name: "rust-v0.1.1",
          body: "",
        },
      },
    ]);
    expect(result.events[0]?.id).toBe("github:upstream.release:openai/codex:rust-v0.1.1");
    expect(result.reports).toEqual([
      { repo: UPSTREAM, status: "ok", newReleases: 1, pages: 1, requests: 1, message: "first poll (since latest); new: rust-v0.1.1" },
    ]);
    const [request] = server.requestsFor("repos/list-releases");
    expect(request?.query).toEqual({ per_page: "100" });
    expect(request?.headers["if-none-match"]).toBeUndefined();
    expect((await loadWatchCursor(store, UPSTREAM))?.seen.map((seen) => seen.tag)).toEqual([
      "rust-v0.1.1",
      "rust-v0.2.0",
      "rust-v0.1.0",
    ]);
    server.assertNoViolations();
  });

  it("sends If-None-Match on the next poll, takes the 304 as nothing new, and does not rewrite the cursor", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    const stored = await store.loadEvent(watchCursorEventId(UPSTREAM));
    const etag = (await loadWatchCursor(store, UPSTREAM))?.etag;
    expect(etag).toMatch(/^W\/"/);

    const second = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });

    expect(second.events).toEqual([]);
    expect(second.reports).toEqual([{ repo: UPSTREAM, status: "not-modified", newReleases: 0, pages: 0, requests: 1 }]);
    expect(second.requests).toMatchObject({ requests: 1, notModified: 1 });
    const requests = server.requestsFor("repos/list-releases");
    expect(requests.map((request) => [request.headers["if-none-match"], request.status])).toEqual([
      [undefined, 200],
      [etag, 304],
    ]);
    expect(await store.loadEvent(watchCursorEventId(UPSTREAM))).toEqual(stored);
    server.assertNoViolations();
  });

  it("hands over every release published since the last poll, skipping drafts and prereleases, oldest first", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 10 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });

    seedRelease(server, UPSTREAM, "rust-v0.2.0", { minute: 20 });
    seedRelease(server, UPSTREAM, "rust-v0.3.0-alpha.1", { minute: 30, prerelease: true });
    seedRelease(server, UPSTREAM, "rust-v0.4.0", { minute: 40, draft: true });
    // Cut from an older commit than 0.1.0, so GitHub lists it below it; published last.
    seedRelease(server, UPSTREAM, "rust-v0.1.1", { minute: 50, createdMinute: 5 });
    const result = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });

    expect(tags(result.events)).toEqual(["rust-v0.2.0", "rust-v0.1.1"]);
    expect(result.reports[0]).toMatchObject({ status: "ok", newReleases: 2 });

    const withPrereleases = await pollUpstreamReleases({
      client,
      store: new MemoryStateStore(),
      watches: watches(`${UPSTREAM} prereleases=true since=all`),
    });
    expect(tags(withPrereleases.events)).toEqual(["rust-v0.1.0", "rust-v0.2.0", "rust-v0.3.0-alpha.1", "rust-v0.1.1"]);
    server.assertNoViolations();
  });

  it("goes on from the release events in the store when the cursor record was lost, instead of skipping what was published since", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 10 });
    const client = await clientFor(server);
    const first = await pollUpstreamReleases({ client, store: new MemoryStateStore(), watches: watches(UPSTREAM) });
    // The handled release's record survives; the cursor record does not (damaged, moved aside).
    const lost = new MemoryStateStore();
    const now = new Date().toISOString();
    for (const event of first.events) {
      await lost.saveEvent({ formatVersion: 1, event, runs: [], firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
    }
    seedRelease(server, UPSTREAM, "rust-v0.2.0", { minute: 20 });
    seedRelease(server, UPSTREAM, "rust-v0.3.0", { minute: 30 });

    const second = await pollUpstreamReleases({ client, store: lost, watches: watches(UPSTREAM) });

    // rust-v0.1.0 again: its event id is already handled, so the engine runs nothing for it.
    expect(tags(second.events)).toEqual(["rust-v0.1.0", "rust-v0.2.0", "rust-v0.3.0"]);
    expect(second.reports[0]?.message).toBe(
      `no readable watch cursor, so polling went on from the latest of 1 release event of ${UPSTREAM} in the state store (rust-v0.1.0, published ${new Date(at(10)).toISOString()}) instead of starting over; new: rust-v0.1.0, rust-v0.2.0, rust-v0.3.0`,
    );
    // With no release events either, it is a first poll: the latest release only.
    const fresh = await pollUpstreamReleases({ client, store: new MemoryStateStore(), watches: watches(UPSTREAM) });
    expect(tags(fresh.events)).toEqual(["rust-v0.3.0"]);
    server.assertNoViolations();
  });

  it("pages through 150 new releases, stops at the first page that reaches a known one, and keeps publication order", async () => {
    const server = await githubServer();
    for (let i = 0; i < 120; i++) seedRelease(server, UPSTREAM, `old-${i}`, { minute: i });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });

    const expected: string[] = [];
    for (let i = 1; i <= 150; i++) {
      // Publication order differs from GitHub's listing order (commit dates) every other release.
      seedRelease(server, UPSTREAM, `v${i}`, { minute: 1000 + i, createdMinute: 1000 + (i % 2 === 0 ? i - 1 : i + 1) });
      expected.push(`v${i}`);
    }
    const result = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });

    expect(tags(result.events)).toEqual(expected);
    // The first poll read both pages (the second page's ETag is watched too), and then the last
    // 10 of the first again, for a release a deletion moved up from the second; then the end of
    // the listing (page 3, which also holds the release the last read ended its first page at,
    // where it is when nothing was added below it: no release for an old commit to look for).
    const pages = server.requestsFor("repos/list-releases").slice(2);
    expect(pages.map((request) => [request.query.page, request.query.per_page, request.status])).toEqual([
      [undefined, "100", 200],
      ["2", "100", 200],
      ["10", "10", 200],
      ["3", "100", 200],
    ]);
    expect(result.reports[0]).toMatchObject({ status: "ok", newReleases: 150, pages: 2 });
    server.assertNoViolations();
  });

  it("dispatches only tags that match a glob or a regular expression", async () => {
    const server = await githubServer();
    for (const [minute, tag] of ["rust-v0.1.0", "cli-v1.0.0", "rust-v0.2.0", "rust-v0.3.0-beta", "codex-rs-v2"].entries()) {
      seedRelease(server, UPSTREAM, tag, { minute });
    }
    const client = await clientFor(server);
    const poll = async (line: string) =>
      tags((await pollUpstreamReleases({ client, store: new MemoryStateStore(), watches: watches(line) })).events);

    expect(await poll(`${UPSTREAM} tags=rust-v* since=all`)).toEqual(["rust-v0.1.0", "rust-v0.2.0", "rust-v0.3.0-beta"]);
    expect(await poll(`${UPSTREAM} tags=/^rust-v\\d+\\.\\d+\\.\\d+$/ since=all`)).toEqual(["rust-v0.1.0", "rust-v0.2.0"]);
    expect(await poll(`${UPSTREAM} tags=rust-v* tags=cli-v? since=all`)).toEqual(["rust-v0.1.0", "rust-v0.2.0", "rust-v0.3.0-beta"]);
    expect(await poll(`${UPSTREAM} tags=cli-v* since=all`)).toEqual(["cli-v1.0.0"]);
    expect(await poll(`${UPSTREAM} tags=rust-v*`)).toEqual(["rust-v0.3.0-beta"]);
    server.assertNoViolations();
  });

  it("finds the newest matching release on the first poll even when a hundred newer ones do not match", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.9.0", { minute: 0 });
    seedRelease(server, UPSTREAM, "rust-v1.0.0", { minute: 1 });
    for (let i = 0; i < 120; i++) seedRelease(server, UPSTREAM, `cli-v${i}`, { minute: 10 + i });
    const result = await pollUpstreamReleases({
      client: await clientFor(server),
      store: new MemoryStateStore(),
      watches: watches(`${UPSTREAM} tags=rust-v*`),
    });
    expect(tags(result.events)).toEqual(["rust-v1.0.0"]);
    expect(result.reports[0]?.pages).toBe(2);
    server.assertNoViolations();
  });

  it("looks back as far as since says on the first poll, and only forward after that", async () => {
    const server = await githubServer();
    for (let day = 0; day < 5; day++) seedRelease(server, UPSTREAM, `v0.${day}.0`, { minute: day * 24 * 60 });
    const client = await clientFor(server);
    const first = async (since: string) =>
      tags((await pollUpstreamReleases({ client, store: new MemoryStateStore(), watches: watches(`${UPSTREAM} since=${since}`) })).events);

    expect(await first("latest")).toEqual(["v0.4.0"]);
    expect(await first("all")).toEqual(["v0.0.0", "v0.1.0", "v0.2.0", "v0.3.0", "v0.4.0"]);
    expect(await first("2025-01-03")).toEqual(["v0.2.0", "v0.3.0", "v0.4.0"]);
    expect(await first("2025-01-03T00:00:01Z")).toEqual(["v0.3.0", "v0.4.0"]);
    expect(await first("2030-01-01")).toEqual([]);

    const store = new MemoryStateStore();
    await pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=2030-01-01`) });
    seedRelease(server, UPSTREAM, "v0.5.0", { minute: 10 * 24 * 60 });
    const later = await pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=2030-01-01`) });
    expect(tags(later.events)).toEqual(["v0.5.0"]);
    server.assertNoViolations();
  });

  it("lists new releases in a dry run without moving the cursor", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const dry = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), dryRun: true });
    expect(tags(dry.events)).toEqual(["rust-v0.1.0"]);
    expect(await store.listEvents()).toEqual([]);
    const real = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    expect(tags(real.events)).toEqual(["rust-v0.1.0"]);
    server.assertNoViolations();
  });

  it("hands over a prerelease that was filtered out once it is promoted to a release", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    const candidate = seedRelease(server, UPSTREAM, "rust-v0.2.0", { minute: 2, prerelease: true });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const first = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    expect(tags(first.events)).toEqual(["rust-v0.1.0"]);

    server.github.releases.update(UPSTREAM, candidate, { prerelease: false });
    const promoted = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    expect(tags(promoted.events)).toEqual(["rust-v0.2.0"]);
    expect((await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) })).events).toEqual([]);
    server.assertNoViolations();
  });

  it("cuts long release notes to about 4 KB with a marker that links the full notes", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1, body: `${"é".repeat(3990)}${"x".repeat(1010)}` });
    const result = await pollUpstreamReleases({ client: await clientFor(server), store: new MemoryStateStore(), watches: watches(UPSTREAM) });
    const body = (result.events[0]?.payload as { body?: string } | undefined)?.body;
    expect(body).toBe(
      `${"é".repeat(3990)}${"x".repeat(10)}\n\n… [release notes cut: 1000 more characters at https://github.com/openai/codex/releases/tag/rust-v0.1.0]`,
    );
    server.assertNoViolations();
  });

  it("does not hand over a release published before the last poll that the poll never listed", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v2.0.0", { minute: 200 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    // E.g. a release undeleted, or a repository made public with its history.
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 100, createdMinute: 300 });
    seedRelease(server, UPSTREAM, "v2.1.0", { minute: 250 });
    const result = await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    expect(tags(result.events)).toEqual(["v2.1.0"]);
    server.assertNoViolations();
  });

  it("interleaves the new releases of several repositories by publication time", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    seedRelease(server, UPSTREAM, "rust-v0.3.0", { minute: 3 });
    seedRelease(server, OTHER, "bun-v1.0.0", { minute: 2 });
    seedRelease(server, OTHER, "bun-v1.1.0", { minute: 4 });
    const result = await pollUpstreamReleases({
      client: await clientFor(server),
      store: new MemoryStateStore(),
      watches: watches(`${UPSTREAM} since=all\n${OTHER} since=all`),
    });
    expect(result.events.map((event) => event.id)).toEqual([
      "github:upstream.release:openai/codex:rust-v0.1.0",
      "github:upstream.release:oven-sh/bun:bun-v1.0.0",
      "github:upstream.release:openai/codex:rust-v0.3.0",
      "github:upstream.release:oven-sh/bun:bun-v1.1.0",
    ]);
    server.assertNoViolations();
  });
});
