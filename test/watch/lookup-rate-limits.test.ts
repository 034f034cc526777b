// A poll's reads beyond the listing (a release by tag or by id, the tag refs, the repository)
// wait out a rate limit as the listing does: by the poll's backoff alone, within its one budget,
// each wait counted in its report. The client's plugins run as in production (plugin-throttling
// waits unless the request's caller waits itself); waits are counted, never timed: the client's by
// its log lines ("retrying in N s"), the backoff's by its sleep.
import { describe, expect, it } from "vitest";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { pollUpstreamReleases, requestRedelivery } from "../../src/watch/index.js";
import { type GitHubApiServer, rateLimitExceeded, secondaryRateLimit } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";
import { clientFor, githubServer, seedRelease, UPSTREAM, watches } from "./helpers.js";

type Arranged = { server: GitHubApiServer; store: MemoryStateStore; watch: string };

/** Each read, and a repository polled so that its next poll makes that read (the operation). */
const READS: { operation: string; what: string; arrange: () => Promise<Arranged> }[] = [
  {
    operation: "repos/get-release-by-tag",
    what: "a release to deliver again, older than the pages read, asked for by its tag",
    arrange: async () => {
      const { server, store } = await polled(UPSTREAM);
      await requestRedelivery(store, UPSTREAM, "v0.0.9");
      return { server, store, watch: UPSTREAM };
    },
  },
  {
    operation: "repos/get-release",
    what: "a dispatched release missing from the listing, asked for by id (updates=true)",
    arrange: async () => {
      const watch = `${UPSTREAM} updates=true`;
      const { server, store, first } = await polled(watch);
      seedRelease(server, UPSTREAM, "v0.2.0", { minute: 2 });
      await pollUpstreamReleases({ client: await clientFor(server), store, watches: watches(watch) });
      server.github.releases.remove(UPSTREAM, first);
      return { server, store, watch };
    },
  },
  {
    operation: "git/list-matching-refs",
    what: "the tags of the dispatched releases, for moves (updates=true)",
    arrange: async () => {
      const server = await githubServer();
      seedRelease(server, UPSTREAM, "v0.1.0", { minute: 1 });
      return { server, store: new MemoryStateStore(), watch: `${UPSTREAM} updates=true` };
    },
  },
  {
    operation: "git/get-tag",
    what: "an annotated tag's object, for the commit it points at (updates=true)",
    arrange: async () => {
      const server = await githubServer();
      server.github.releases.addTag(UPSTREAM, { tag: "v0.1.0", commitSha: "a".repeat(40), annotated: true });
      seedRelease(server, UPSTREAM, "v0.1.0", { minute: 1 });
      return { server, store: new MemoryStateStore(), watch: `${UPSTREAM} updates=true` };
    },
  },
  {
    operation: "repos/get",
    what: "the repository, when the listing holds none of the releases seen before",
    arrange: async () => {
      const { server, store, first } = await polled(UPSTREAM);
      server.github.releases.remove(UPSTREAM, first);
      seedRelease(server, UPSTREAM, "v0.2.0", { minute: 2 });
      return { server, store, watch: UPSTREAM };
    },
  },
];

/** A repository with one release, polled once. */
async function polled(watch: string): Promise<{ server: GitHubApiServer; store: MemoryStateStore; first: number }> {
  const server = await githubServer();
  const first = seedRelease(server, UPSTREAM, "v0.1.0", { minute: 1 });
  const store = new MemoryStateStore();
  await pollUpstreamReleases({ client: await clientFor(server), store, watches: watches(watch) });
  return { server, store, first };
}

/** The next poll, with `operation` refused `times` times by `fault`, through the production client. */
async function pollRefused(read: (typeof READS)[number], fault: ReturnType<typeof rateLimitExceeded>, times: number) {
  const { server, store, watch } = await read.arrange();
  const before = server.requestsFor(read.operation).length;
  server.failNext({ operationId: read.operation, times, ...fault });
  const log: string[] = [];
  // plugin-retry retries as in production (3 times): a 429 was retried blindly by it before.
  const client: GitHubClient = await createGitHubClient({ token: "ghs_workflow_token", baseUrl: server.url, ...fastPlugins({ retries: 3 }), log: (line) => log.push(line) });
  const waits: number[] = [];
  const result = await pollUpstreamReleases({ client, store, watches: watches(watch), rateLimit: { sleep: async (ms) => void waits.push(ms) } });
  server.assertNoViolations();
  return { report: result.reports[0], waits, clientWaits: log.filter((line) => /retrying in/.test(line)), requests: server.requestsFor(read.operation).length - before };
}

describe("a poll's reads beyond the listing under a rate limit", () => {
  for (const read of READS) {
    it(`waits out each refusal of ${read.operation} (${read.what}) once, by the poll's backoff, and counts the wait`, async () => {
      // Refused once: one wait, the backoff's, in the report; the read is asked once more.
      const once = await pollRefused(read, rateLimitExceeded({ resetInSeconds: 20 }), 1);
      expect(once.clientWaits).toEqual([]);
      expect(once.waits).toHaveLength(1);
      expect(once.requests).toBe(2);
      expect(once.report).toMatchObject({ repo: UPSTREAM, status: "ok", waitedSeconds: once.waits[0]! / 1000 });

      // Refused on and on: 2 retries after 2 waits (the poll's 60 s), then the repository's error.
      // Before, the client waited twice (three times for a secondary limit) on each refusal
      // too, up to 120 s each, none of it in the poll's budget or its report.
      const limits = [rateLimitExceeded({ resetInSeconds: 20 }), secondaryRateLimit({ retryAfterSeconds: 10 }), { ...rateLimitExceeded({ resetInSeconds: 20 }), status: 429 }];
      for (const fault of limits) {
        const refused = await pollRefused(read, fault, 20);
        expect(refused.clientWaits).toEqual([]);
        expect(refused.waits).toHaveLength(2);
        expect(refused.requests).toBe(3);
        expect(refused.report).toMatchObject({ status: "error", waitedSeconds: (refused.waits[0]! + refused.waits[1]!) / 1000 });
      }
    });
  }
});
