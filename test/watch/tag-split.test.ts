// updates=true on a repository with so many tags under one group's prefix that GitHub's
// matching-refs answer (no pages) is over the 4 MiB a poll reads: the group is split into
// narrower prefixes, each answer read, and the split remembered.
import { describe, expect, it } from "vitest";
import { validateWatchCursor } from "../../src/generated/validators/watch-cursor.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { TAG_SPLIT_REQUESTS_PER_POLL } from "../../src/watch/changes.js";
import { saveWatchCursor } from "../../src/watch/cursor.js";
import { loadWatchCursor, pollUpstreamReleases } from "../../src/watch/index.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { clientFor, githubServer, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

const OLD = "a".repeat(40);
const NEW = "b".repeat(40);

/** Enough tags starting with `prefix` for GitHub's list of them to be over 4 MiB (~300 bytes each). */
function addNightlies(server: GitHubApiServer, prefix: string): void {
  for (let i = 0; i < 16_000; i++) server.github.releases.addTag(UPSTREAM, { tag: `${prefix}${i}`, commitSha: OLD });
}

/** The matching-refs requests so far, as `<prefix> <status>`. */
function listed(server: GitHubApiServer): string[] {
  return server.requestsFor("git/list-matching-refs").map((request) => `${decodeURIComponent(request.path).split("/matching-refs/tags/")[1]} ${request.status}`);
}

describe("a tag group too large to list whole (updates=true)", () => {
  it("is listed by narrower prefixes that fit, sees a tag moved inside it, and does not ask the whole again", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all updates=true`) });
    addNightlies(server, "v1.99.0-nightly.");
    seedRelease(server, UPSTREAM, "v1.4.0", { minute: 1 });
    seedRelease(server, UPSTREAM, "v1.5.0", { minute: 2 });

    const first = await poll();
    expect(tags(first.events)).toEqual(["v1.4.0", "v1.5.0"]);
    // Nothing to report: every dispatched tag is listed.
    expect(first.reports[0]?.message ?? "").not.toContain("not checked for moves");
    expect(listed(server)).toEqual(["v1. 200", "v1.5.0 200", "v1.4.0 200"]);
    const cursor = await loadWatchCursor(store, UPSTREAM);
    expect(cursor?.tagListings).toEqual([
      {
        prefix: "v1.",
        tooLarge: true,
        parts: [
          { prefix: "v1.5.0", etag: expect.any(String) },
          { prefix: "v1.4.0", etag: expect.any(String) },
        ],
      },
    ]);
    expect(validateWatchCursor(cursor)).toBe(true);

    // Remembered: the parts are asked conditionally (free 304s), not the oversized whole.
    const unchanged = await poll();
    expect(unchanged.events).toEqual([]);
    expect(listed(server).slice(3)).toEqual(["v1.5.0 304", "v1.4.0 304"]);

    server.github.releases.addTag(UPSTREAM, { tag: "v1.4.0", commitSha: NEW });
    const moved = await poll();
    expect(moved.events.map((event) => event.id)).toEqual([expect.stringMatching(/^github:upstream\.release\.updated:openai\/codex:v1\.4\.0@/)]);
    expect(listed(server).slice(5)).toEqual(["v1.5.0 304", "v1.4.0 200"]);
    expect((await poll()).events).toEqual([]);
    expect(listed(server).filter((line) => line.startsWith("v1. "))).toHaveLength(1);
    server.assertNoViolations();
  }, 60_000);

  it(`asks at most ${TAG_SPLIT_REQUESTS_PER_POLL} narrower prefixes per poll, the others first at the next poll, and still sees every move`, async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all updates=true`) });
    addNightlies(server, "v1.nightly.");
    // 16 dispatched tags that share nothing past "v1.": 16 parts.
    const released = [..."0123456789abcdef"].map((c) => `v1.${c}.0`);
    for (const [index, tag] of released.entries()) seedRelease(server, UPSTREAM, tag, { minute: index + 1 });

    const first = await poll();
    expect(tags(first.events)).toEqual(released);
    expect(listed(server)).toHaveLength(1 + TAG_SPLIT_REQUESTS_PER_POLL);
    expect(first.reports[0]?.message).toContain(`tags of 6 more narrower prefixes of tag groups too large to list whole checked for moves at the next polls (${TAG_SPLIT_REQUESTS_PER_POLL} listed per poll)`);

    // The 6 not asked go first at the next poll: by then every tag has been listed once.
    await poll();
    expect(listed(server).slice(1 + TAG_SPLIT_REQUESTS_PER_POLL, 7 + TAG_SPLIT_REQUESTS_PER_POLL).map((line) => line.split(" ")[0])).toEqual(["v1.5.0", "v1.4.0", "v1.3.0", "v1.2.0", "v1.1.0", "v1.0.0"]);
    server.github.releases.addTag(UPSTREAM, { tag: "v1.f.0", commitSha: NEW });
    server.github.releases.addTag(UPSTREAM, { tag: "v1.0.0", commitSha: NEW });
    const third = await poll();
    const fourth = await poll();
    const asked = listed(server).slice(1 + TAG_SPLIT_REQUESTS_PER_POLL);
    // Never the whole again; never more than the bound per poll; in turn, so each move is seen.
    expect(asked.filter((line) => line.startsWith("v1. "))).toEqual([]);
    expect(asked).toHaveLength(3 * TAG_SPLIT_REQUESTS_PER_POLL);
    const moved = [...third.events, ...fourth.events].map((event) => event.id.replace(/@.*/, ""));
    expect(moved.sort()).toEqual(["github:upstream.release.updated:openai/codex:v1.0.0", "github:upstream.release.updated:openai/codex:v1.f.0"]);
    server.assertNoViolations();
  }, 60_000);

  it("splits a group at most 6 times on the way to a tag, then says once which prefix is not checked and asks it conditionally", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all updates=true`) });
    // Tags nested so that each split of the group "v1.0" is still too large: v1.0x, v1.00x, ... v1.00000000x.
    addNightlies(server, "v1.0000000000-nightly.");
    const released = Array.from({ length: 8 }, (_, index) => `v1.${"0".repeat(index + 1)}x`);
    for (const [index, tag] of released.entries()) seedRelease(server, UPSTREAM, tag, { minute: index + 1 });

    const first = await poll();
    expect(tags(first.events)).toEqual(released);
    const note = `tags starting with "v1.0000000" not checked for moves: GitHub's list of them (GET /repos/${UPSTREAM}/git/matching-refs/tags/v1.0000000, which has no pages) is over 4 MiB, more than a poll reads, even split 6 times out of the tags starting with "v1.0" (the most a group is split).`;
    expect(first.reports[0]?.message).toContain(note);
    const once = listed(server);
    expect(once).toHaveLength(1 + TAG_SPLIT_REQUESTS_PER_POLL);
    // Never deeper than 6 splits below "v1.0".
    expect(once.filter((line) => /^v1\.0+ /.test(line)).map((line) => (line.split(" ")[0] ?? "").length - "v1.0".length)).toEqual([0, 1, 2, 3, 4, 5, 6]);

    const second = await poll();
    expect(second.reports[0]?.message ?? "").not.toContain("not checked for moves");
    const twice = listed(server).slice(once.length);
    expect(twice.length).toBeLessThanOrEqual(TAG_SPLIT_REQUESTS_PER_POLL);
    expect(twice).toContain("v1.0000000 304");
    expect(twice.filter((line) => line.startsWith("v1.0 "))).toEqual([]);
    server.assertNoViolations();
  }, 120_000);

  it("loads a cursor an older version wrote (tooLarge without parts) and splits that group without asking it whole", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all updates=true`) });
    seedRelease(server, UPSTREAM, "v1.4.0", { minute: 1 });
    seedRelease(server, UPSTREAM, "v1.5.0", { minute: 2 });
    await poll();
    // As the previous version left it after refusing the group's listing: no parts, and its tags unknown.
    const written = await loadWatchCursor(store, UPSTREAM);
    const old = {
      ...written,
      tagListings: [{ prefix: "v1.", etag: 'W/"whole"', tooLarge: true }],
      dispatched: written?.dispatched?.map(({ tagObject: _tagObject, commit: _commit, ...item }) => item),
    };
    expect(validateWatchCursor(old)).toBe(true);
    await saveWatchCursor({ store, cursor: old as typeof written & {}, now: new Date("2025-06-01T00:00:00Z") });
    expect((await loadWatchCursor(store, UPSTREAM))?.tagListings).toEqual([{ prefix: "v1.", etag: 'W/"whole"', tooLarge: true }]);

    const loaded = await poll();
    expect(loaded.reports[0]?.status).toBe("not-modified");
    expect(listed(server).slice(1)).toEqual(["v1.5.0 200", "v1.4.0 200"]);
    server.github.releases.addTag(UPSTREAM, { tag: "v1.5.0", commitSha: NEW });
    expect((await poll()).events.map((event) => event.id)).toEqual([expect.stringMatching(/^github:upstream\.release\.updated:openai\/codex:v1\.5\.0@/)]);
    expect(listed(server).slice(3)).toEqual(["v1.5.0 200", "v1.4.0 304"]);
    server.assertNoViolations();
  });

  it("takes a tag's own ref that is not GitHub's as that repository's error, and one naming another tag as no answer for it", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = () => pollUpstreamReleases({ client, store, watches: watches(`${UPSTREAM} since=all updates=true`) });
    seedRelease(server, UPSTREAM, "v1.0.0", { minute: 1 });
    await poll();
    // As a poll leaves it once v1.0.0's own listing was too large (its nightlies): asked by its ref.
    const written = await loadWatchCursor(store, UPSTREAM);
    const tagListings = [{ prefix: "v1.0.0", tooLarge: true as const, parts: [{ prefix: "v1.0.0", tooLarge: true as const, exact: true as const }] }];
    await saveWatchCursor({ store, cursor: { ...written!, tagListings }, now: new Date("2025-06-01T00:00:00Z") });
    const bad: unknown[] = [{ message: "not a ref" }, { ref: "refs/tags/v1.0.0", object: { type: "commit", sha: "../../x\n::error::y" } }];
    for (const body of bad) {
      server.failNext({ operationId: "git/get-ref", status: 200, body });
      const result = await poll();
      expect(result.events).toEqual([]);
      expect(result.reports[0]?.status).toBe("error");
      expect(result.reports[0]?.message).toMatch(/^GitHub answered GET \/repos\/openai\/codex\/git\/ref\/tags\/v1\.0\.0 \(200\) with something that is not GitHub's tag ref: /);
    }
    const repoApi = `${server.url}/repos/${UPSTREAM}`;
    server.failNext({ operationId: "git/get-ref", status: 200, body: { ref: "refs/tags/v9.0.0", node_id: "REF_1", url: `${repoApi}/git/refs/tags/v9.0.0`, object: { type: "commit", sha: NEW, url: `${repoApi}/git/commits/${NEW}` } } });
    expect((await poll()).events).toEqual([]);
    // Never the matching-refs listing of v1.0.0 again; the tag's real move is seen.
    server.github.releases.addTag(UPSTREAM, { tag: "v1.0.0", commitSha: NEW });
    expect((await poll()).events.map((event) => event.id)).toEqual([expect.stringMatching(/^github:upstream\.release\.updated:openai\/codex:v1\.0\.0@/)]);
    expect(listed(server)).toEqual(["v1.0.0 200"]);
    expect(server.violations.every((violation) => violation.kind === "response")).toBe(true);
  });

  it("keeps a damaged list of parts out of the cursor it loads, and the group still split", async () => {
    const store = new MemoryStateStore();
    const cursor = {
      format: 1,
      repo: UPSTREAM,
      seen: [],
      polledAt: "",
      tagListings: [{ prefix: "v1.", tooLarge: true, parts: [{ prefix: "v1.4.0", etag: 7 }, { prefix: "v1.5.0" }, "v1.6.0"] }],
    };
    expect(validateWatchCursor(cursor)).toBe(false);
    await saveWatchCursor({ store, cursor: cursor as never, now: new Date("2025-06-01T00:00:00Z") });
    expect((await loadWatchCursor(store, UPSTREAM))?.tagListings).toEqual([{ prefix: "v1.", tooLarge: true, parts: [{ prefix: "v1.5.0" }] }]);
  });
});
