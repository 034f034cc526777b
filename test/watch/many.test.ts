import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { pollUpstreamReleases } from "../../src/watch/index.js";
import type { GitHubApiServer } from "../support/github-api/index.js";
import { clientFor, githubServer, seedRelease, watches } from "./helpers.js";
import { rotationScenario } from "./rotation-scenario.js";

const repos = Array.from({ length: 20 }, (_, i) => `octo-org/lib-${String(i).padStart(3, "0")}`);

describe("polling many repositories", () => {
  it("polls 20 repositories within 6 requests per tick, resuming where it stopped so none is skipped", async () => {
    await rotationScenario({ count: 20, budget: 6 });
  });

  it("costs an unchanged poll of 50 repositories one 304 each (two with a second page), and a poll with new releases no more requests", async () => {
    const server = await githubServer();
    const client = await clientFor(server);
    const store = new MemoryStateStore();
    const small = Array.from({ length: 45 }, (_, i) => `octo-org/small-${i}`);
    const large = Array.from({ length: 5 }, (_, i) => `octo-org/large-${i}`);
    for (const repo of small) for (let k = 0; k < 3; k++) seedRelease(server, repo, `v1.${k}.0`, { minute: k });
    for (const repo of large) for (let k = 0; k < 150; k++) seedRelease(server, repo, `v1.${k}.0`, { minute: k });
    const poll = () => pollUpstreamReleases({ client, store, watches: watches([...small, ...large].join("\n")) });
    await poll();

    const idle = await poll();
    expect(idle.requests).toMatchObject({ requests: 45 + 2 * 5, notModified: 45 + 2 * 5 });
    expect(idle.requests.stopped).toBeUndefined();

    seedRelease(server, "octo-org/small-0", "v2.0.0", { minute: 1000 });
    seedRelease(server, "octo-org/large-0", "v2.0.0", { minute: 1000 });
    const busy = await poll();
    expect(busy.events).toHaveLength(2);
    // small-0: its one page, read; large-0: both pages, read (the second keeps its ETag current).
    expect(busy.requests).toMatchObject({ requests: 45 + 2 * 5, notModified: 45 + 2 * 5 - 3 });
    server.assertNoViolations();
  });

  it("lets the first repository of a poll finish though it needs more requests than the budget, so it cannot block the rotation", async () => {
    const server = await githubServer();
    const client = await clientFor(server);
    for (let i = 0; i < 250; i++) seedRelease(server, "octo-org/big", `v${i}`, { minute: i });
    seedRelease(server, "octo-org/small", "v1", { minute: 1 });
    const result = await pollUpstreamReleases({
      client,
      store: new MemoryStateStore(),
      watches: watches("octo-org/big since=all\nocto-org/small"),
      budget: { maxRequests: 2 },
    });
    expect(result.events).toHaveLength(250);
    expect(result.reports.map((report) => [report.repo, report.status, report.requests])).toEqual([
      // 3 pages, and the end of pages 1 and 2 read again after the next (a deletion between reads).
      ["octo-org/big", "ok", 5],
      ["octo-org/small", "not-polled", 0],
    ]);
    expect(result.requests).toMatchObject({ requests: 5, stopped: { nextRepo: "octo-org/small" } });
    server.assertNoViolations();
  });

  it("stops before the rate limit runs below the reserve, and starts there next time", async () => {
    const server = await githubServer();
    const store = new MemoryStateStore();
    const client = await clientFor(server);
    const few = repos.slice(0, 10);
    for (const [i, repo] of few.entries()) seedRelease(server, repo, "v1", { minute: i });
    let remaining = 104;
    const { handlers } = { handlers: server.github.handlers() };
    const list = handlers["repos/list-releases"]!;
    server.handle("repos/list-releases", async (request) => {
      const response = await list(request);
      remaining--;
      return { ...response, headers: { ...response.headers, "x-ratelimit-remaining": String(remaining) } };
    });
    const result = await pollUpstreamReleases({ client, store, watches: watches(few.join("\n")), budget: { reserve: 100 } });
    expect(result.requests).toMatchObject({ requests: 4, rateRemaining: 100, stopped: { notPolled: 6, nextRepo: few[4] } });
    expect(result.requests.stopped?.reason).toMatch(/rate limit is down to 100 requests until 20.*100 are kept for the rest of the job/);

    remaining = 5000;
    const next = await pollUpstreamReleases({ client, store, watches: watches(few.join("\n")), budget: { reserve: 100 } });
    expect(next.events.map((event) => (event.payload as { repo: string }).repo)).toEqual(few.slice(4));
    server.assertNoViolations();
  });

  it("says GitHub is unreachable, instead of 'GitHub answered 500', and asks no further", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", () => resolve()));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = await clientFor({ url: `http://127.0.0.1:${port}` } as GitHubApiServer);
    const result = await pollUpstreamReleases({ client, store: new MemoryStateStore(), watches: watches("a/one\nb/two") });
    expect(result.reports.map((report) => report.status)).toEqual(["error", "not-polled"]);
    expect(result.reports[0]?.message).toMatch(
      /^GET \/repos\/a\/one\/releases got no answer: the connection was refused \(ECONNREFUSED\)\. The network or the GitHub host is unreachable from here/,
    );
    expect(result.reports[0]?.message).not.toContain("answered 500");
    expect(result.requests.stopped?.nextRepo).toBe("a/one");
  });
});

