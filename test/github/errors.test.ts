import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCheckRun } from "../../src/github/checks.js";
import { createGitHubClient } from "../../src/github/client.js";
import { apiFailure } from "../../src/github/errors.js";
import { explainFailure } from "../../src/github/permissions.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";

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
