import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { forgetEvent } from "../../src/state/forget.js";
import { loadWatchCursor, pollUpstreamReleases, watchAndDispatch, watchCursorEventId } from "../../src/watch/index.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { at, clientFor, githubServer, repoWithReleaseFlow, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

/**
 * `repo` is now a repository created at `createdAt`: GET /repos/{owner}/{repo} says so, and the
 * releases of the one it replaced are gone from its listing.
 */
function replaceRepository(server: GitHubApiServer, repo: string, createdAt: string, oldReleases: number[]): void {
  for (const id of oldReleases) server.github.releases.remove(repo, id);
  const get = server.github.handlers()["repos/get"]!;
  server.handle("repos/get", async (request) => {
    const answer = await get(request);
    return `${request.params.owner}/${request.params.repo}` === repo ? { ...answer, body: { ...(answer.body as object), created_at: createdAt } } : answer;
  });
}

// Repo-jacking: a watched repository deleted, or renamed or transferred, and its name taken by a
// new repository (another account's, once the old owner renamed theirs). GitHub answers for the
// name as before; the releases it lists are the newcomer's.
describe("a watched repository whose name another repository has taken", () => {
  it("runs none of the newcomer's releases, says so each poll, and keeps the cursor where it was", async () => {
    const server = await githubServer();
    const flows = await repoWithReleaseFlow();
    const first = seedRelease(server, UPSTREAM, "rust-v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = (minute: number) =>
      watchAndDispatch({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(minute)), dispatchOptions: { repoRoot: flows.dir } });
    expect(tags((await poll(5)).events)).toEqual(["rust-v1.0.0"]);
    const before = await loadWatchCursor(store, UPSTREAM);

    replaceRepository(server, UPSTREAM, at(100), [first]);
    seedRelease(server, UPSTREAM, "rust-v1.0.1", { minute: 110 });
    seedRelease(server, UPSTREAM, "rust-v2.0.0", { minute: 120 });
    for (const minute of [130, 190]) {
      const result = await poll(minute);
      expect(result.events).toEqual([]);
      expect(result.reports[0]).toMatchObject({ repo: UPSTREAM, status: "error", newReleases: 0 });
      expect(result.reports[0]?.message).toBe(
        `GitHub's ${UPSTREAM} is not the repository polled before: it was created ${at(100)}, after the releases this watch saw there (the newest published ${at(1)}), and lists none of them. ` +
          `The repository watched was deleted, or renamed or transferred and its name taken by another; none of the releases listed now is dispatched. ` +
          `Check https://github.com/${UPSTREAM}: to watch it, run \`flows forget ${watchCursorEventId(UPSTREAM)}\` and the next poll goes on from the last release dispatched; otherwise remove it from the configuration. ` +
          `(${UPSTREAM} is watched by input "watch" line 1.)`,
      );
    }
    expect(await loadWatchCursor(store, UPSTREAM)).toEqual(before);
    expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v1.0.0`]);
    // One look at the repository per poll, only when none of the releases seen is listed.
    expect(server.requestsFor("repos/get")).toHaveLength(2);

    // Forgetting the cursor takes the newcomer as the repository to watch, from the last release dispatched.
    await forgetEvent(store, watchCursorEventId(UPSTREAM), { by: "test" });
    const adopted = await poll(200);
    expect(tags(adopted.events)).toEqual(["rust-v1.0.1", "rust-v2.0.0"]);
    expect(tags((await poll(210)).events)).toEqual([]);
    expect(await flows.runs()).toEqual([`${UPSTREAM} rust-v1.0.0`, `${UPSTREAM} rust-v1.0.1`, `${UPSTREAM} rust-v2.0.0`]);
    server.assertNoViolations();
  });

  it("takes an answer for the repository that is not GitHub's as that repository's error, and dispatches nothing", async () => {
    const server = await githubServer();
    const first = seedRelease(server, UPSTREAM, "rust-v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = (minute: number) => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(minute)) });
    await poll(5);
    server.github.releases.remove(UPSTREAM, first);
    seedRelease(server, UPSTREAM, "rust-v2.0.0", { minute: 20 });
    server.failNext({ operationId: "repos/get", status: 200, body: { id: 1, created_at: "2020-01-01T00:00:00Z", html_url: `https://x/${"\n".repeat(5000)}` } });

    const result = await poll(30);

    expect(result.events).toEqual([]);
    expect(result.reports[0]?.status).toBe("error");
    // The value clipped, and the field that is wrong (schemas/github-answers.schema.json), on one short line.
    expect(result.reports[0]?.message).toMatch(/^GitHub answered GET \/repos\/openai\/codex \(200\) with something that is not GitHub's repository: got .{1,100}: html_url is 5010 characters long; at most 1024 are accepted\. Check GITHUB_API_URL/);
  });

  it("goes on when every release seen was deleted from the same repository, with one look at it", async () => {
    const server = await githubServer();
    const first = seedRelease(server, UPSTREAM, "rust-v1.0.0", { minute: 1 });
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const poll = (minute: number) => pollUpstreamReleases({ client, store, watches: watches(UPSTREAM), now: () => new Date(at(minute)) });
    await poll(5);
    expect(server.requestsFor("repos/get")).toHaveLength(0);

    // The fake's repository was created in 2023, before every release.
    server.github.releases.remove(UPSTREAM, first);
    seedRelease(server, UPSTREAM, "rust-v2.0.0", { minute: 20 });
    const result = await poll(30);
    expect(tags(result.events)).toEqual(["rust-v2.0.0"]);
    expect(result.reports[0]).toMatchObject({ status: "ok", requests: 2 });
    expect(server.requestsFor("repos/get")).toHaveLength(1);

    seedRelease(server, UPSTREAM, "rust-v2.1.0", { minute: 40 });
    expect(tags((await poll(50)).events)).toEqual(["rust-v2.1.0"]);
    expect(server.requestsFor("repos/get")).toHaveLength(1);
    server.assertNoViolations();
  });
});
