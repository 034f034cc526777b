import { describe, expect, it } from "vitest";
import { createGitHubClient } from "../../src/github/client.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { loadWatchCursor, pollUpstreamReleases } from "../../src/watch/index.js";
import { notFoundFault, rateLimitExceeded, secondaryRateLimit, serverError } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";
import { clientFor, githubServer, OTHER, seedRelease, tags, UPSTREAM, watches } from "./helpers.js";

describe("polling when GitHub refuses or fails", () => {
  it("waits out a primary rate limit within its budget, then reports the wait", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    // The reset is a time of day, fixed when the fault is made: the wait is counted from the
    // response, seconds later on a loaded machine, so the bounds leave room (3 s was once 2).
    server.failNext({ operationId: "repos/list-releases", ...rateLimitExceeded({ resetInSeconds: 20 }) });
    const waits: number[] = [];
    const result = await pollUpstreamReleases({
      client: await clientFor(server),
      store: new MemoryStateStore(),
      watches: watches(UPSTREAM),
      rateLimit: { sleep: async (ms) => void waits.push(ms) },
    });

    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThanOrEqual(15_000);
    expect(waits[0]).toBeLessThanOrEqual(22_000);
    expect(tags(result.events)).toEqual(["rust-v0.1.0"]);
    expect(result.reports[0]).toMatchObject({ status: "ok", newReleases: 1 });
    expect(result.reports[0]?.waitedSeconds).toBe(waits[0]! / 1000);
    server.assertNoViolations();
  });

  it("reports a rate limit that outlasts the budget and does not ask about the remaining repositories", async () => {
    const server = await githubServer();
    seedRelease(server, OTHER, "bun-v1.2.0", { minute: 1 });
    server.failNext({ operationId: "repos/list-releases", times: 5, ...rateLimitExceeded({ resetInSeconds: 3600 }) });
    const waits: number[] = [];
    const log: string[] = [];
    const result = await pollUpstreamReleases({
      client: await clientFor(server),
      store: new MemoryStateStore(),
      watches: watches(`${UPSTREAM}\n${OTHER}`),
      rateLimit: { maxWaitSeconds: 60, sleep: async (ms) => void waits.push(ms) },
      log: (line) => log.push(line),
    });

    expect(waits).toEqual([]);
    expect(result.events).toEqual([]);
    expect(result.reports.map((report) => [report.repo, report.status])).toEqual([
      [UPSTREAM, "error"],
      [OTHER, "not-polled"],
    ]);
    expect(result.reports[0]?.message).toMatch(/\(403\): the API rate limit is used up until 20\d\d-.*watched by input "watch" line 1/);
    expect(result.reports[1]?.message).toMatch(/^not polled \(the poll stopped at openai\/codex, where the next one starts\): GitHub refused/);
    expect(server.requestsFor("repos/list-releases")).toHaveLength(1);
    expect(log.join("\n")).toContain("rate limit");
    server.assertNoViolations();
  });

  it("waits out each refusal of a rate limit once, by the poll's backoff alone, with the client's plugins as in production", async () => {
    // The client of the action and the CLI: plugin-throttling waits rate limits out (up to 120 s,
    // twice) unless the request's caller waits them out itself. Its waits are counted by its log
    // lines ("retrying in N s"), the backoff's by its sleep: no wall time is measured.
    const pollOnce = async (fault: ReturnType<typeof rateLimitExceeded>, times: number, retries = 0) => {
      const server = await githubServer();
      seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
      server.failNext({ operationId: "repos/list-releases", times, ...fault });
      const log: string[] = [];
      const client = await createGitHubClient({ token: "ghs_workflow_token", baseUrl: server.url, ...fastPlugins({ retries }), log: (line) => log.push(line) });
      const waits: number[] = [];
      const result = await pollUpstreamReleases({ client, store: new MemoryStateStore(), watches: watches(UPSTREAM), rateLimit: { sleep: async (ms) => void waits.push(ms) } });
      server.assertNoViolations();
      return { result, waits, clientWaits: log.filter((line) => /retrying in/.test(line)), requests: server.requestsFor("repos/list-releases").length };
    };

    // Refused once: one wait, the backoff's, which the report counts (the plugin's was not counted).
    const once = await pollOnce(rateLimitExceeded({ resetInSeconds: 20 }), 1);
    expect(once.clientWaits).toEqual([]);
    expect(once.waits).toHaveLength(1);
    expect(once.result.reports[0]).toMatchObject({ status: "ok", newReleases: 1, waitedSeconds: once.waits[0]! / 1000 });
    expect(once.requests).toBe(2);

    // Refused on and on: 2 retries after 2 waits, then the poll stops. The plugin waited twice for
    // each of the backoff's 3 tries before: 8 waits and 9 requests, of which the report counted 2.
    // A 429 was also retried by plugin-retry (3 times in production) before either waited.
    const limits = [rateLimitExceeded({ resetInSeconds: 20 }), secondaryRateLimit({ retryAfterSeconds: 10 }), { ...rateLimitExceeded({ resetInSeconds: 20 }), status: 429 }];
    for (const fault of limits) {
      const refused = await pollOnce(fault, 20, 3);
      expect(refused.clientWaits).toEqual([]);
      expect(refused.waits).toHaveLength(2);
      expect(refused.requests).toBe(3);
      expect(refused.result.reports[0]).toMatchObject({ status: "error", waitedSeconds: (refused.waits[0]! + refused.waits[1]!) / 1000 });
    }
  });

  it("reports a repository that answers 404 or 500 and still handles the others", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    server.failNext({ path: "/repos/octo-org/gone/releases", ...notFoundFault() });
    server.failNext({ path: "/repos/octo-org/flaky/releases", ...serverError() });
    const store = new MemoryStateStore();

    const result = await pollUpstreamReleases({
      client: await clientFor(server),
      store,
      watches: watches(`octo-org/gone\n${UPSTREAM}\n\n# comment\nocto-org/flaky`),
    });

    expect(tags(result.events)).toEqual(["rust-v0.1.0"]);
    expect(result.reports.map((report) => [report.repo, report.status, report.newReleases])).toEqual([
      ["octo-org/gone", "error", 0],
      [UPSTREAM, "ok", 1],
      ["octo-org/flaky", "error", 0],
    ]);
    expect(result.reports[0]?.message).toContain("404");
    expect(result.reports[0]?.message).toContain("does not exist or this token cannot read it");
    expect(result.reports[2]?.message).toMatch(/500.*next poll.*line 5/);
    expect(await loadWatchCursor(store, "octo-org/gone")).toBeUndefined();
    server.assertNoViolations();
  });

  it("stops after 3 repositories in a row answer 5xx (GitHub failing), and starts there next time, instead of retrying every repository", async () => {
    const server = await githubServer();
    const eight = Array.from({ length: 8 }, (_, i) => `octo-org/lib-${i}`);
    for (const [i, repo] of eight.entries()) seedRelease(server, repo, "v1", { minute: i });
    // The client retries a 5xx 3 times, as the action's does (without its waits): 4 requests each.
    const client = await createGitHubClient({ token: "ghs_workflow_token", baseUrl: server.url, retryAfterBaseValue: 1, maxRateLimitWaitSeconds: 0 });
    server.failNext({ path: "/repos/octo-org/lib-0/releases", times: 4, ...serverError() });
    server.failNext({ path: /^\/repos\/octo-org\/lib-[234]\/releases$/, times: 12, status: 502, body: { message: "Bad Gateway" } });
    const store = new MemoryStateStore();
    const log: string[] = [];

    const result = await pollUpstreamReleases({ client, store, watches: watches(eight.join("\n")), log: (line) => log.push(line) });

    expect(result.reports.map((report) => [report.repo, report.status])).toEqual([
      ["octo-org/lib-0", "error"],
      ["octo-org/lib-1", "ok"],
      ["octo-org/lib-2", "error"],
      ["octo-org/lib-3", "error"],
      ["octo-org/lib-4", "error"],
      ["octo-org/lib-5", "not-polled"],
      ["octo-org/lib-6", "not-polled"],
      ["octo-org/lib-7", "not-polled"],
    ]);
    const reason = "GitHub answered 502 for 3 repositories in a row (octo-org/lib-2, octo-org/lib-3, octo-org/lib-4): GitHub, or a proxy in between, is failing";
    expect(result.requests.stopped).toEqual({ reason, notPolled: 3, nextRepo: "octo-org/lib-4" });
    expect(result.reports[5]?.message).toBe(`not polled (the poll stopped at octo-org/lib-4, where the next one starts): ${reason}`);
    expect(log).toContain(`Stopping this poll: ${reason}. octo-org/lib-4 and the repositories after it are polled first next time.`);
    expect(server.requestsFor("repos/list-releases")).toHaveLength(4 + 1 + 3 * 4);

    const next = await pollUpstreamReleases({ client, store, watches: watches(eight.join("\n")) });
    expect(next.requests.stopped).toBeUndefined();
    expect(server.requestsFor("repos/list-releases").slice(17).map((request) => request.path.split("/")[3])).toEqual(["lib-4", "lib-5", "lib-6", "lib-7", "lib-0", "lib-1", "lib-2", "lib-3"]);
    expect(tags(next.events)).toEqual(["v1", "v1", "v1", "v1", "v1", "v1", "v1"]);
  });

  it("reports a repository whose answer is not a list of releases as its own error, and polls the others", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    // A proxy's page, and a broken mirror's list: neither is what GitHub sends.
    server.failNext({ path: "/repos/octo-org/proxied/releases", status: 200, body: "<html>Sign in to the proxy</html>" });
    server.failNext({ path: "/repos/octo-org/mirror/releases", status: 200, body: [null] });
    const store = new MemoryStateStore();

    const result = await pollUpstreamReleases({
      client: await clientFor(server),
      store,
      watches: watches(`octo-org/proxied\nocto-org/mirror\n${UPSTREAM}`),
    });

    expect(result.reports.map((report) => [report.repo, report.status, report.newReleases])).toEqual([
      ["octo-org/proxied", "error", 0],
      ["octo-org/mirror", "error", 0],
      [UPSTREAM, "ok", 1],
    ]);
    expect(result.reports[0]?.message).toBe(
      'GitHub answered GET /repos/octo-org/proxied/releases (200) with something that is not GitHub\'s releases: got "<html>Sign in to the proxy</html>" instead of a list. Check GITHUB_API_URL and any proxy in between; it will be tried again on the next poll. (octo-org/proxied is watched by input "watch" line 1.)',
    );
    expect(result.reports[1]?.message).toContain("with something that is not GitHub's releases: release 0 is null.");
    expect(result.requests.stopped).toBeUndefined();
    expect(await loadWatchCursor(store, "octo-org/mirror")).toBeUndefined();
    // The two answers broke GitHub's description on purpose; nothing else did.
    expect(server.violations.map((violation) => violation.path)).toEqual(["/repos/octo-org/proxied/releases", "/repos/octo-org/mirror/releases"]);
  });

  it("says a 5xx HTML page and a 403 in one line each, with what to do, and polls the others", async () => {
    const server = await githubServer();
    seedRelease(server, UPSTREAM, "rust-v0.1.0", { minute: 1 });
    const page = `<!DOCTYPE html>\n<html><head><title>Unicorn! · GitHub</title></head>\n<body>${"<p>We're having a really bad day.</p>\n::error::x\n".repeat(1000)}</body></html>`;
    server.failNext({ path: "/repos/octo-org/flaky/releases", status: 502, body: page, headers: { "content-type": "text/html" } });
    server.failNext({
      path: "/repos/octo-org/sso/releases",
      status: 403,
      body: { message: "Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.", documentation_url: "https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/" },
    });
    const log: string[] = [];

    const result = await pollUpstreamReleases({ client: await clientFor(server), store: new MemoryStateStore(), watches: watches(`octo-org/flaky\nocto-org/sso\n${UPSTREAM}`), log: (line) => log.push(line) });

    expect(result.reports.map((report) => [report.repo, report.status])).toEqual([
      ["octo-org/flaky", "error"],
      ["octo-org/sso", "error"],
      [UPSTREAM, "ok"],
    ]);
    expect(result.reports[0]?.message).toBe(
      'GitHub answered 502 for GET /repos/octo-org/flaky/releases: an HTML page ("Unicorn! · GitHub"). GitHub (or a proxy in between) failed; it will be tried again on the next poll. (octo-org/flaky is watched by input "watch" line 1.)',
    );
    expect(result.reports[1]?.message).toBe(
      "GitHub answered 403 for GET /repos/octo-org/sso/releases: Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization. - https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/. This token may not read octo-org/sso: authorize it for the organization's SAML single sign-on, or use one with access to the repository. (octo-org/sso is watched by input \"watch\" line 2.)",
    );
    expect(log.every((line) => line.length < 1_000)).toBe(true);
  });
});
