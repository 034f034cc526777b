import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it, onTestFinished } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { listReleases, PAGE_MAX_BYTES, RELEASE_BODY_LIMIT } from "../../src/github/releases.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { pollUpstreamReleases } from "../../src/watch/index.js";
import { clientFor, githubServer, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

// What one answer of the releases listing may cost in memory: GitHub's pages are unbounded (100
// releases of up to 1,000 assets and 125,000 characters of notes each), a proxy's or a hostile
// server's even more so.
describe("the releases listing's answers, bounded", () => {
  it("reads a page too large to read whole as ten pages of 10, keeps its ETag for the next poll's 304, and hands each release over once", async () => {
    const server = await githubServer();
    for (let index = 0; index < 150; index++) seedRelease(server, UPSTREAM, `v${index}`, { minute: index, body: "n".repeat(3000) });
    const client = await clientFor(server);
    // A page of 100 is ~370 KB here, one of 10 ~37 KB.
    const list = (etag?: string, deepEtag?: string) =>
      listReleases({ client, repo: UPSTREAM, isEnough: () => false, maxPageBytes: 100_000, ...(etag ? { etag } : {}), ...(deepEtag ? { deepEtag } : {}) });

    const first = await list();

    if (first.status !== "ok") throw new Error("expected a listing");
    expect(first.releases.map((release) => release.tagName)).toEqual(Array.from({ length: 150 }, (_, index) => `v${149 - index}`));
    expect(first.complete).toBe(true);
    const pages = server.requestsFor("repos/list-releases").map((request) => [request.query.per_page, request.query.page ?? 1]);
    // (The first page is asked for without `page`; the last request reads the end of page 1 again,
    // as every listing that goes on to page 2 does: a deletion meanwhile would have moved a release there.)
    expect(pages).toEqual([
      ["100", 1],
      ["10", 1],
      ...Array.from({ length: 9 }, (_, index) => ["10", String(index + 2)]),
      ["100", "2"],
      ...Array.from({ length: 5 }, (_, index) => ["10", String(index + 11)]),
      ["10", "10"],
    ]);
    expect(first.requests).toBe(pages.length);
    expect(first.etag).toMatch(/^W\//);
    expect(first.deepEtag).toMatch(/^W\//);

    const again = await list(first.etag, first.deepEtag);
    expect(again).toMatchObject({ status: "not-modified", requests: 2 });
    server.assertNoViolations();
  });

  it("keeps a release's notes only as far as its event carries them, and says how many characters were left", async () => {
    const server = await githubServer();
    // Five releases of notes near GitHub's 125,000 characters: each is cut, whatever its place.
    for (let index = 0; index < 5; index++) seedRelease(server, UPSTREAM, `v${index}`, { minute: index, body: `${"é".repeat(RELEASE_BODY_LIMIT)}${"x".repeat(120_000)}` });
    const client = await clientFor(server);
    const listing = await listReleases({ client, repo: UPSTREAM, isEnough: () => false });
    if (listing.status !== "ok") throw new Error("expected a listing");
    expect(listing.releases.map((release) => [release.body?.length, release.bodyOmitted])).toEqual(Array(5).fill([RELEASE_BODY_LIMIT, 120_000]));

    const result = await pollUpstreamReleases({ client, store: new MemoryStateStore(), watches: watches(UPSTREAM) });
    expect((result.events[0]?.payload as { body?: string } | undefined)?.body).toBe(
      `${"é".repeat(RELEASE_BODY_LIMIT)}\n\n… [release notes cut: 120000 more characters at https://github.com/${UPSTREAM}/releases/tag/v4]`,
    );
    server.assertNoViolations();
  });

  it("stops reading an answer that does not end at the bound, and reports it as that repository's error", { timeout: 30_000 }, async () => {
    // A server (a proxy gone wrong) whose list of releases never ends. The client retries 5xx and
    // network errors as the action's does (3 times): an answer too large is not retried.
    const release = JSON.stringify({
      id: 1,
      tag_name: "v1",
      name: "v1",
      body: "x".repeat(10_000),
      draft: false,
      prerelease: false,
      published_at: "2025-01-01T00:00:00Z",
      created_at: "2025-01-01T00:00:00Z",
      html_url: `https://github.com/${UPSTREAM}/releases/tag/v1`,
      target_commitish: "main",
    });
    const paths: string[] = [];
    let sent = 0;
    const endless: Server = createServer((request, response) => {
      paths.push(request.url ?? "");
      response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      response.write("[");
      const more = (): void => {
        while (!response.destroyed) {
          sent += release.length + 1;
          if (!response.write(`${release},`)) return void response.once("drain", more);
        }
      };
      more();
    });
    await new Promise<void>((resolve) => endless.listen(0, "127.0.0.1", resolve));
    onTestFinished(async () => {
      endless.closeAllConnections();
      await new Promise((resolve) => endless.close(resolve));
    });
    const client = await createGitHubClient({ token: "ghs_x", baseUrl: `http://127.0.0.1:${(endless.address() as AddressInfo).port}`, maxRateLimitWaitSeconds: 0 });

    const result = await pollUpstreamReleases({ client, store: new MemoryStateStore(), watches: watches(UPSTREAM) });

    expect(result.events).toEqual([]);
    expect(result.reports[0]).toMatchObject({ repo: UPSTREAM, status: "error" });
    expect(result.reports[0]?.message).toContain(
      `GitHub answered GET /repos/${UPSTREAM}/releases?per_page=10&page=1 (200) with something that is not GitHub's releases: an answer over ${PAGE_MAX_BYTES.toLocaleString("en-US")} bytes for 10 releases.`,
    );
    // The page of 100, then the first page of 10: each read no further than the bound (and what was in flight).
    expect(paths.map((path) => new URL(path, "http://x").searchParams.get("per_page"))).toEqual(["100", "10"]);
    expect(sent).toBeLessThan(2 * PAGE_MAX_BYTES + 64 * 1024 * 1024);
  });

  it("hands over releases as before when the pages fit", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "v1", { minute: 1 });
    const result = await pollUpstreamReleases({ client: await clientFor(server), store: new MemoryStateStore(), watches: watches(UPSTREAM) });
    expect(tags(result.events)).toEqual(["v1"]);
    expect(result.reports[0]?.requests).toBe(1);
  });
});
