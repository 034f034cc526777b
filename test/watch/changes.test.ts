import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { commonPrefix, tagGroups } from "../../src/watch/changes.js";
import { loadWatchCursor, pollUpstreamReleases, watchAndDispatch } from "../../src/watch/index.js";
import { clientFor, githubServer, OTHER, repoWithReleaseFlow, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

const OLD = "a".repeat(40);
const NEW = "b".repeat(40);

describe("changes to releases after they were dispatched (updates=true)", () => {
  it("reports a re-tagged release once as upstream.release.updated with the old and new commit", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} tags=rust-v* updates=true`) });
    server.github.releases.add(UPSTREAM, { tagName: "rust-v1.0.0", createdAt: "2025-01-01T00:00:00Z", commitSha: OLD });
    expect(tags((await poll()).events)).toEqual(["rust-v1.0.0"]);
    expect((await loadWatchCursor(store, UPSTREAM))?.dispatched?.[0]).toMatchObject({ tag: "rust-v1.0.0", commit: OLD });

    server.github.releases.addTag(UPSTREAM, { tag: "rust-v1.0.0", commitSha: NEW });
    const moved = await poll();

    expect(moved.events).toEqual([
      {
        id: "github:upstream.release.updated:openai/codex:rust-v1.0.0@aaaaaaaaaaaa..bbbbbbbbbbbb",
        type: "upstream.release.updated",
        source: "github",
        occurredAt: expect.any(String),
        receivedAt: expect.any(String),
        payload: {
          provider: "github",
          repo: UPSTREAM,
          tag: "rust-v1.0.0",
          url: `https://github.com/${UPSTREAM}/releases/tag/rust-v1.0.0`,
          releaseId: expect.any(Number),
          change: "commit",
          previous: { commit: OLD, prerelease: false },
          current: { commit: NEW, prerelease: false },
          dispatchedEventId: "github:upstream.release:openai/codex:rust-v1.0.0",
        },
      },
    ]);
    expect(moved.reports[0]).toMatchObject({ status: "not-modified", changes: 1 });
    expect((await poll()).events).toEqual([]);
    // The tags are listed once per poll, narrowed to the dispatched tags' prefix, and asked conditionally.
    expect(server.requestsFor("git/list-matching-refs").map((request) => [decodeURIComponent(request.path), request.status])).toEqual([
      [`/repos/${UPSTREAM}/git/matching-refs/tags/rust-v1.0.0`, 200],
      [`/repos/${UPSTREAM}/git/matching-refs/tags/rust-v1.0.0`, 200],
      [`/repos/${UPSTREAM}/git/matching-refs/tags/rust-v1.0.0`, 304],
    ]);
    server.assertNoViolations();
  });

  it("lists only the tags that share the dispatched tags' prefix, not every tag of the repository, and still sees one move", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    // No tags pattern (or a /regex/): the pattern has no literal prefix to narrow the listing.
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all updates=true`) });
    for (let i = 0; i < 50; i++) server.github.releases.addTag(UPSTREAM, { tag: `nightly-${i}`, commitSha: OLD });
    seedRelease(server, UPSTREAM, "v1.4.0", { minute: 1 });
    seedRelease(server, UPSTREAM, "v1.5.0", { minute: 2 });
    expect(tags((await poll()).events)).toEqual(["v1.4.0", "v1.5.0"]);
    server.github.releases.addTag(UPSTREAM, { tag: "v1.5.0", commitSha: NEW });
    const moved = await poll();
    expect(moved.events.map((event) => event.id)).toEqual([expect.stringMatching(/^github:upstream\.release\.updated:openai\/codex:v1\.5\.0@/)]);
    expect(server.requestsFor("git/list-matching-refs").map((request) => decodeURIComponent(request.path))).toEqual([
      `/repos/${UPSTREAM}/git/matching-refs/tags/v1.`,
      `/repos/${UPSTREAM}/git/matching-refs/tags/v1.`,
    ]);
    server.assertNoViolations();
  });

  it("never asks for every tag when the dispatched tags share no prefix: one listing per group, 10 per poll, the rest at the next polls", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all updates=true`) });
    for (let i = 0; i < 50; i++) server.github.releases.addTag(UPSTREAM, { tag: `nightly-${i}`, commitSha: OLD });
    const families = "abcdefghijkl".split("").map((letter) => `${letter}-v1.0.0`);
    for (const [index, tag] of families.entries()) seedRelease(server, UPSTREAM, tag, { minute: index + 1 });
    const listed = (): string[] => server.requestsFor("git/list-matching-refs").map((request) => decodeURIComponent(request.path).replace(`/repos/${UPSTREAM}/git/matching-refs/tags`, ""));

    const first = await poll();
    expect(tags(first.events)).toEqual(families);
    expect(first.reports[0]?.message).toContain("tags of 2 more groups of dispatched releases checked for moves at the next polls (10 groups listed per poll)");
    const once = listed();
    expect(once).toHaveLength(10);
    const second = await poll();
    expect(second.reports[0]?.message).toContain("tags of 2 more groups");
    const twice = listed().slice(10);
    expect(twice).toHaveLength(10);
    // Each group by what its tags share, never the empty prefix (every tag of the repository).
    expect(new Set([...once, ...twice])).toEqual(new Set(families.map((tag) => `/${tag}`)));

    server.github.releases.addTag(UPSTREAM, { tag: "a-v1.0.0", commitSha: NEW });
    server.github.releases.addTag(UPSTREAM, { tag: "l-v1.0.0", commitSha: NEW });
    const moved = [...(await poll()).events, ...(await poll()).events].map((event) => event.id.replace(/@.*/, ""));
    expect(moved.sort()).toEqual([
      "github:upstream.release.updated:openai/codex:a-v1.0.0",
      "github:upstream.release.updated:openai/codex:l-v1.0.0",
    ]);
    expect(listed().every((path) => path.length > 1)).toBe(true);
    expect((await loadWatchCursor(store, UPSTREAM))?.tagListings).toHaveLength(12);
    server.assertNoViolations();
  });

  it("groups tags for listing by their text up to the first digit, narrowed to what each group shares", () => {
    expect(tagGroups(["rust-v0.41.0", "rust-v0.42.0", "cli-v2.0.0", "v1.0.0", "stable"])).toEqual(["rust-v0.4", "cli-v2.0.0", "v1.0.0", "stable"]);
  });

  it("narrows the tag listing to whole characters", () => {
    expect(commonPrefix(["rust-v0.41.0", "rust-v0.42.0"])).toBe("rust-v0.4");
    expect(commonPrefix(["v1", "w1"])).toBe("");
    expect(commonPrefix(["\u{1F680}1", "\u{1F600}1"])).toBe("");
    expect(() => encodeURIComponent(commonPrefix(["x\u{1F680}", "x\u{1F600}"]))).not.toThrow();
  });

  it("follows an annotated tag to its commit", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} updates=true`) });
    server.github.releases.addTag(UPSTREAM, { tag: "v2", commitSha: OLD, annotated: true });
    server.github.releases.add(UPSTREAM, { tagName: "v2", createdAt: "2025-01-01T00:00:00Z" });
    await poll();
    server.github.releases.addTag(UPSTREAM, { tag: "v2", commitSha: NEW, annotated: true });
    const moved = await poll();
    expect(moved.events[0]?.payload).toMatchObject({ previous: { commit: OLD }, current: { commit: NEW } });
    server.assertNoViolations();
  });

  it("keeps a release delivered again (its step failed) once in the dispatched list, and still sees its tag move", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const flows = await tempRepo("flows-watch-retry-");
    onTestFinished(() => flows.cleanup());
    const notReady = join(flows.dir, "not-ready");
    await writeFile(notReady, "");
    await writeFlow(flows.dir, {
      name: "follow",
      steps: [
        {
          name: "step",
          trigger: "upstream.release",
          source: `import { existsSync } from "node:fs";\nawait Bun.stdin.text();\nif (existsSync(${JSON.stringify(notReady)})) process.exit(1);\nconsole.log('FLOW_RESULT {"status":"completed"}');`,
        },
      ],
    });
    const poll = () => watchAndDispatch({ client, store, watches: watches(`${UPSTREAM} updates=true`), dispatchOptions: { repoRoot: flows.dir } });
    server.github.releases.add(UPSTREAM, { tagName: "v1.0.0", createdAt: "2025-01-01T00:00:00Z", commitSha: OLD });
    expect((await poll()).outcomes.map((outcome) => outcome.runs[0]?.effectiveStatus)).toEqual(["failed"]);
    await rm(notReady);
    expect((await poll()).outcomes.map((outcome) => outcome.runs[0]?.effectiveStatus)).toEqual(["completed"]);
    expect((await loadWatchCursor(store, UPSTREAM))?.dispatched?.map((item) => [item.tag, item.commit])).toEqual([["v1.0.0", OLD]]);
    server.github.releases.addTag(UPSTREAM, { tag: "v1.0.0", commitSha: NEW });
    expect((await poll()).events.map((event) => event.id)).toEqual(["github:upstream.release.updated:openai/codex:v1.0.0@aaaaaaaaaaaa..bbbbbbbbbbbb"]);
    server.assertNoViolations();
  });

  it("reports a dispatched prerelease that became a release as upstream.release.updated", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} prereleases=true updates=true`) });
    const id = seedRelease(server, UPSTREAM, "v3.0.0-rc.1", { minute: 1, prerelease: true });
    expect(tags((await poll()).events)).toEqual(["v3.0.0-rc.1"]);

    server.github.releases.update(UPSTREAM, id, { prerelease: false });
    const promoted = await poll();

    expect(promoted.events.map((event) => [event.id, event.payload])).toEqual([
      [
        "github:upstream.release.updated:openai/codex:v3.0.0-rc.1@prerelease..release",
        expect.objectContaining({ change: "prerelease", previous: expect.objectContaining({ prerelease: true }), current: expect.objectContaining({ prerelease: false }) }),
      ],
    ]);
    expect((await poll()).events).toEqual([]);
    server.assertNoViolations();
  });

  it("reports a dispatched release that was deleted as upstream.release.deleted, and runs its step once", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => watchAndDispatch({ client, store, watches: watches(`${UPSTREAM} updates=true`), dispatchOptions: { repoRoot: flows.dir } });
    seedRelease(server, UPSTREAM, "v0.9.0", { minute: 1 });
    const pulled = seedRelease(server, UPSTREAM, "v1.0.0", { minute: 2 });
    await poll();

    server.github.releases.remove(UPSTREAM, pulled);
    const deleted = await poll();

    expect(deleted.events.map((event) => [event.id, event.type])).toEqual([
      [`github:upstream.release.deleted:openai/codex:v1.0.0@${pulled}`, "upstream.release.deleted"],
    ]);
    expect(deleted.events[0]?.payload).toMatchObject({ tag: "v1.0.0", releaseId: pulled, dispatchedEventId: "github:upstream.release:openai/codex:v1.0.0" });
    expect((await poll()).events).toEqual([]);
    // The flow listens to upstream.release only: the deletion matched nothing and ran nothing.
    expect(await flows.runs()).toEqual([`${UPSTREAM} v1.0.0`]);
    server.assertNoViolations();
  });

  it("takes a release deleted and published again under the same tag as the same event: the deletion is reported, the steps do not run again", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => watchAndDispatch({ client, store, watches: watches(`${UPSTREAM} updates=true`), dispatchOptions: { repoRoot: flows.dir } });
    const first = seedRelease(server, UPSTREAM, "v1.0.0", { minute: 2 });
    await poll();
    server.github.releases.remove(UPSTREAM, first);
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 30, body: "fixed" });

    const again = await poll();

    expect(again.outcomes.map((outcome) => [outcome.eventId, outcome.status])).toEqual([
      ["github:upstream.release:openai/codex:v1.0.0", "duplicate"],
      [`github:upstream.release.deleted:openai/codex:v1.0.0@${first}`, "accepted"],
    ]);
    expect(await flows.runs()).toEqual([`${UPSTREAM} v1.0.0`]);
    server.assertNoViolations();
  });

  it("splits a tag listing too large to read, asks a dispatched tag that 16,000 others start with by its own ref, and loses no progress", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const config = watches(`${UPSTREAM} since=all updates=true\n${OTHER} since=all updates=true`);
    const poll = () => pollUpstreamReleases({ client, store, watches: config });
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    seedRelease(server, OTHER, "bun-v1.0.0", { minute: 1 });
    expect(tags((await poll()).events)).toEqual(["v1.0.0", "bun-v1.0.0"]);

    // matching-refs has no pages: a prefix shared by 16,000 nightly tags is one answer of ~5 MB,
    // and no narrower prefix holds v1.0.0 without them.
    for (let i = 0; i < 16_000; i++) server.github.releases.addTag(UPSTREAM, { tag: `v1.0.0-nightly.${i}`, commitSha: OLD });
    seedRelease(server, UPSTREAM, "v1.1.0", { minute: 2 });
    seedRelease(server, OTHER, "bun-v1.1.0", { minute: 2 });
    const big = await poll();
    // Both repositories' new releases are dispatched, both cursors move on, and nothing goes unchecked.
    expect(tags(big.events)).toEqual(["v1.1.0", "bun-v1.1.0"]);
    expect(big.reports.map((report) => report.status)).toEqual(["ok", "ok"]);
    expect(big.reports[0]?.message ?? "").not.toContain("not checked for moves");
    expect(big.reports[1]?.message ?? "").not.toContain("not checked for moves");
    expect((await loadWatchCursor(store, UPSTREAM))?.tagListings).toEqual([
      {
        prefix: "v1.",
        tooLarge: true,
        parts: [
          { prefix: "v1.1.0", etag: expect.any(String) },
          { prefix: "v1.0.0", etag: expect.any(String), tooLarge: true, exact: true },
        ],
      },
    ]);
    expect((await loadWatchCursor(store, OTHER))?.dispatched?.map((item) => item.tag)).toEqual(["bun-v1.1.0", "bun-v1.0.0"]);

    // Asked again conditionally: unchanged, free 304s.
    const again = await poll();
    expect(again.events).toEqual([]);
    // A move of either tag is seen.
    server.github.releases.addTag(UPSTREAM, { tag: "v1.1.0", commitSha: NEW });
    server.github.releases.addTag(UPSTREAM, { tag: "v1.0.0", commitSha: NEW });
    const moved = await poll();
    expect(moved.events.map((event) => event.id).sort()).toEqual([
      expect.stringMatching(/^github:upstream\.release\.updated:openai\/codex:v1\.0\.0@/),
      expect.stringMatching(/^github:upstream\.release\.updated:openai\/codex:v1\.1\.0@/),
    ]);
    const asked = server
      .requestsFor("git/list-matching-refs")
      .concat(server.requestsFor("git/get-ref"))
      .filter((request) => request.path.startsWith(`/repos/${UPSTREAM}/`));
    expect(asked.map((request) => [decodeURIComponent(request.path).replace(`/repos/${UPSTREAM}/git/`, ""), request.status])).toEqual([
      ["matching-refs/tags/v1.0.0", 200],
      ["matching-refs/tags/v1.", 200],
      ["matching-refs/tags/v1.1.0", 200],
      ["matching-refs/tags/v1.0.0", 200],
      ["matching-refs/tags/v1.1.0", 304],
      ["matching-refs/tags/v1.1.0", 200],
      ["ref/tags/v1.0.0", 200],
      ["ref/tags/v1.0.0", 304],
      ["ref/tags/v1.0.0", 200],
    ]);
    server.assertNoViolations();
  }, 60_000);

  it("reports no changes without updates=true, and asks for no tags", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const pulled = seedRelease(server, UPSTREAM, "v1.0.0", { minute: 2 });
    await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    server.github.releases.remove(UPSTREAM, pulled);
    expect((await pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) })).events).toEqual([]);
    expect(server.requestsFor("git/list-matching-refs")).toEqual([]);
    server.assertNoViolations();
  });
});

describe("releases GitHub lists below the first page", () => {
  it("finds a release published today for an old commit on page 2, though page 1 is unchanged", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    for (let i = 0; i < 150; i++) seedRelease(server, UPSTREAM, `v1.${i}.0`, { minute: 100 + i });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM) });
    expect(tags((await poll()).events)).toEqual(["v1.149.0"]);
    expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: 2 });

    // A backport cut from an old commit: GitHub lists it by commit date, on page 2.
    seedRelease(server, UPSTREAM, "v1.0.1", { minute: 10_000, createdMinute: 120 });
    const result = await poll();

    expect(tags(result.events)).toEqual(["v1.0.1"]);
    const requests = server.requestsFor("repos/list-releases").slice(4);
    expect(requests.map((request) => [request.query.page, request.headers["if-none-match"] ? "conditional" : "plain", request.status])).toEqual([
      [undefined, "conditional", 304],
      ["2", "conditional", 200],
      [undefined, "plain", 200],
      ["2", "plain", 200],
    ]);
    expect((await poll()).reports[0]).toMatchObject({ status: "not-modified", requests: 2 });
    server.assertNoViolations();
  });
});
