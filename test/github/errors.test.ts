import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCheckRun } from "../../src/github/checks.js";
import { createGitHubClient } from "../../src/github/client.js";
import { apiFailure, isNetworkError } from "../../src/github/errors.js";
import { explainFailure } from "../../src/github/permissions.js";
import { releasesError } from "../../src/github/release-errors.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";
import { CheckRunCalls, OUTAGE_AFTER } from "../../src/report/checks-api.js";
import { ended, HEAD, makeReporter, outcomeOf, prEvent, REPO } from "../report/github-fixtures.js";

describe("GitHub API failures", () => {
  it("says a request that got no answer failed to reach GitHub, not that GitHub answered 500", async () => {
    // `.invalid` never resolves (RFC 6761); Octokit reports that as status 500 without a response.
    const client = await createGitHubClient({ token: "ghs_errors_test", baseUrl: "http://api.github.invalid", retries: 0 });
    const error = await createCheckRun(client, { repository: "octo-org/tool", name: "x", headSha: "a1".repeat(20), status: "in_progress" }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    const failure = apiFailure(error);
    expect(failure).toMatchObject({ kind: "network" });
    expect(failure.status).toBeUndefined();
    const warning = explainFailure({ feature: "checks", what: 'create check run "flows: a/b"', failure });
    expect(warning).not.toContain("GitHub answered");
    expect(warning).toMatch(/^Check runs were not written: the request failed \(.*E[A-Z_]{4,}.*\) to create check run "flows: a\/b"\. /);
    expect(warning).toContain("GitHub could not be reached from here: check the network, a proxy (HTTPS_PROXY) or GITHUB_API_URL.");
  });

  // Before, every error without an HTTP status read as "GitHub could not be reached": a bug of
  // ours sent people checking their proxy, and three of them stopped the check runs as an outage.
  describe("an error of our own is not a network error", () => {
    let server: GitHubApiServer;
    beforeEach(async () => {
      server = await startGitHubApiServer();
    });
    afterEach(async () => {
      server.assertNoViolations();
      await server.close();
    });

    it("a URIError from building a request's URL is said as what it is", async () => {
      const client = await createGitHubClient({ token: "ghs_errors_test", baseUrl: server.url, ...fastPlugins({ retries: 0 }) });
      // paginate encodes the URL before any hook: a lone surrogate throws "URI malformed" there.
      const error = await (async () => client.paginate(client.rest.checks.listForRef, { owner: "octo-org", repo: "tool", ref: HEAD, check_name: "flows: \ud83d" }))().catch(
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(URIError);
      const failure = apiFailure(error);
      expect(failure).toEqual({ kind: "internal", message: "URIError: URI malformed" });
      const warning = explainFailure({ feature: "checks", what: 'look up check run "flows: a/b"', failure });
      expect(warning).not.toContain("could not be reached");
      expect(warning).toContain("flows-action failed (URIError: URI malformed) on its way to look up check run");
      expect(warning).toContain("This is a bug in flows-action, not a problem of GitHub, the network or the token");
    });

    it("a TypeError thrown where fetch is called (Octokit's status 500 without an answer) is internal, its cause named", async () => {
      const client = await createGitHubClient({ token: "ghs_errors_test", baseUrl: server.url, ...fastPlugins({ retries: 0 }) });
      const broken = (() => {
        throw new TypeError("Cannot read properties of undefined (reading 'headers')");
      }) as unknown as typeof fetch;
      const error = await client.request("GET /repos/{owner}/{repo}", { owner: "octo-org", repo: "tool", request: { fetch: broken } }).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ status: 500 });
      expect(apiFailure(error)).toEqual({ kind: "internal", message: "TypeError: Cannot read properties of undefined (reading 'headers')" });
    });

    it("a request that failed in our own code is tried once, not three more times; one the network failed is retried", async () => {
      const client = await createGitHubClient({ token: "ghs_errors_test", baseUrl: server.url, ...fastPlugins({ retries: 3 }) });
      let ownCalls = 0;
      const broken = (() => {
        ownCalls += 1;
        throw new TypeError("Cannot read properties of undefined (reading 'headers')");
      }) as unknown as typeof fetch;
      const own = await client.request("GET /repos/{owner}/{repo}", { owner: "octo-org", repo: "tool", request: { fetch: broken } }).catch((caught: unknown) => caught);
      expect(apiFailure(own)).toMatchObject({ kind: "internal" });
      expect(ownCalls).toBe(1);

      let networkCalls = 0;
      const refused = (() => {
        networkCalls += 1;
        throw new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) });
      }) as unknown as typeof fetch;
      const network = await client.request("GET /repos/{owner}/{repo}", { owner: "octo-org", repo: "tool", request: { fetch: refused } }).catch((caught: unknown) => caught);
      expect(apiFailure(network)).toMatchObject({ kind: "network" });
      expect(networkCalls).toBe(4);
    });

    it("the network's errors stay network: refused, unresolved, fetch failed, our time limit, an abort", async () => {
      const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
      expect(isNetworkError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { status: 500, cause: new TypeError("fetch failed", { cause: refused }) }))).toBe(true);
      expect(isNetworkError(new TypeError("fetch failed"))).toBe(true);
      expect(isNetworkError(Object.assign(new Error("getaddrinfo ENOTFOUND api.github.invalid"), { code: "ENOTFOUND" }))).toBe(true);
      expect(isNetworkError(Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }))).toBe(true);
      expect(isNetworkError(new DOMException("The operation was aborted.", "AbortError"))).toBe(true);
      expect(isNetworkError(new TypeError("Cannot read properties of undefined"))).toBe(false);
      expect(isNetworkError(new URIError("URI malformed"))).toBe(false);
      expect(isNetworkError(new Error("boom", { cause: new RangeError("Invalid array length") }))).toBe(false);
      // A GitHub that does not answer within the client's time limit, through Octokit.
      server.failNext({ operationId: "repos/get", status: 200, body: {}, delayMs: 1_000 });
      const client = await createGitHubClient({ token: "ghs_errors_test", baseUrl: server.url, ...fastPlugins({ retries: 0 }), requestTimeoutMs: 100 });
      const late = await client.rest.repos.get({ owner: "octo-org", repo: "tool" }).catch((caught: unknown) => caught);
      expect(apiFailure(late)).toMatchObject({ kind: "network", message: expect.stringContaining("GitHub did not answer within 100 ms") });
    });

    it("a release read that failed in our own code does not say the network is unreachable, nor stop the poll", () => {
      const own = releasesError("a/one", new TypeError("Cannot read properties of undefined (reading 'tag_name')"));
      expect(own.unreachable).toBe(false);
      expect(own.message).toBe(
        "GET /repos/a/one/releases failed before GitHub answered, in flows-action itself (TypeError: Cannot read properties of undefined (reading 'tag_name')): a bug in flows-action, not the network or GitHub; please report it with this message.",
      );
      const wrapped = releasesError("a/one", Object.assign(new Error("x is not a function"), { status: 500, cause: new TypeError("x is not a function") }));
      expect([wrapped.unreachable, wrapped.status]).toEqual([false, undefined]);
      expect(wrapped.message).toContain("in flows-action itself (TypeError: x is not a function)");
      const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), {
        status: 500,
        cause: new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }) }),
      });
      expect(releasesError("a/one", refused)).toMatchObject({ unreachable: true, message: expect.stringContaining("the connection was refused (ECONNREFUSED)") });
    });

    it("our own errors do not count toward the outage stop, and are warned about as bugs with the stack in the log", async () => {
      const client = await createGitHubClient({ token: "ghs_errors_test", baseUrl: server.url, ...fastPlugins({ retries: 0 }) });
      let thrown = 0;
      client.hook.before("request", () => {
        thrown++;
        throw new TypeError("flowName.replace is not a function");
      });
      const calls = new CheckRunCalls({ client, repository: REPO, identity: async () => ({ login: "github-actions[bot]", kind: "app", appSlug: "github-actions", source: "assumed" }) });
      for (let i = 0; i < OUTAGE_AFTER + 1; i++) {
        await expect(calls.create({ name: `flows: a/s${i}`, headSha: HEAD, status: "in_progress" })).rejects.toThrow(TypeError);
      }
      expect(thrown).toBe(OUTAGE_AFTER + 1);
      expect(calls.stopped).toBe(false);
      expect(calls.outage).toBeUndefined();

      const gh = makeReporter(client, { comment: "off" });
      const report = await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
      expect(report.warnings).toHaveLength(1);
      expect(report.warnings[0]).toContain("flows-action failed (TypeError: flowName.replace is not a function) on its way to");
      expect(report.warnings[0]).not.toContain("could not be reached");
      expect(gh.io.infos[0]).toBe("flows-action: TypeError: flowName.replace is not a function");
      expect(gh.io.infos[1]).toMatch(/^ {4}at .*errors\.test\.ts:\d+:\d+/);
    });
  });

  describe("what GitHub said was wrong", () => {
    let server: GitHubApiServer;
    beforeEach(async () => {
      server = await startGitHubApiServer();
    });
    afterEach(async () => {
      server.assertNoViolations();
      await server.close();
    });

    async function refusedWith(body: Record<string, unknown>): Promise<string> {
      const client = await createGitHubClient({ token: "ghs_errors_test", baseUrl: server.url, ...fastPlugins({ retries: 0 }) });
      server.failNext({ operationId: "checks/create", status: 422, body });
      const error = await createCheckRun(client, { repository: "octo-org/tool", name: "x", headSha: "a1".repeat(20), status: "in_progress" }).catch(
        (caught: unknown) => caught,
      );
      return explainFailure({ feature: "checks", what: 'create check run "flows: a/b"', failure: apiFailure(error) });
    }

    it("names the field a 422's errors name, not only 'Validation Failed'", async () => {
      const warning = await refusedWith({
        message: "Validation Failed",
        errors: [{ resource: "CheckRun", code: "custom", field: "summary", message: "summary exceeds a maximum bytesize of 65535" }, { resource: "CheckRun", field: "name", code: "invalid" }],
        documentation_url: "https://docs.github.com/rest/checks/runs#create-a-check-run",
        status: "422",
      });
      expect(warning).toContain('GitHub answered 422 "Validation Failed: summary exceeds a maximum bytesize of 65535; CheckRun name invalid" to create check run');
    });

    it("keeps what a message says after its first line", async () => {
      const warning = await refusedWith({ message: "Invalid request.\n\nOnly 65535 characters are allowed; 85289 were supplied.", documentation_url: "https://docs.github.com/rest/checks/runs" });
      expect(warning).toContain('GitHub answered 422 "Invalid request. Only 65535 characters are allowed; 85289 were supplied." to create');
    });
  });
});
