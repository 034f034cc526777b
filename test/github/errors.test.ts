import { describe, expect, it } from "vitest";
import { createCheckRun } from "../../src/github/checks.js";
import { createGitHubClient } from "../../src/github/client.js";
import { apiFailure } from "../../src/github/errors.js";
import { explainFailure } from "../../src/github/permissions.js";

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
});
