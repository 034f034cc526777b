import { describe, expect, it } from "vitest";
import { createCheckRun } from "../../src/github/checks.js";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { apiFailure } from "../../src/github/errors.js";
import { ended, HEAD, makeReporter, outcomeOf, prEvent, REPO, withGitHubServer } from "../report/github-fixtures.js";
import { type GitHubApiServer, htmlErrorPage } from "../support/github-api/index.js";
import { fastPlugins } from "../support/octokit-tuning.js";

// GitHub's front end (or a proxy) answers with an HTML page when the API behind it is down, at
// times with a 200; a connection cut mid-answer can leave JSON whole in its headers, cut in its
// body. Neither is the API's JSON, and neither is a bug of flows-action.

let server: GitHubApiServer;
withGitHubServer((started) => {
  server = started.server;
});

function client(retries = 3): Promise<GitHubClient> {
  return createGitHubClient({ token: "ghs_workflow_token", baseUrl: server.url, ...fastPlugins({ retries }) });
}

const CUT_JSON = { status: 200, rawBody: { text: '{"total_count": 1, "check_ru', contentType: "application/json; charset=utf-8" } };

describe("answers that are not the API's JSON", () => {
  it("says an HTML error page is GitHub's failure, by its status and title, not the whole page", async () => {
    server.failNext({ path: /./, ...htmlErrorPage({ status: 502 }), times: 100 });
    const report = await makeReporter(await client(0), {}).finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(report.warnings).toHaveLength(2);
    expect(report.warnings[0]).toBe(
      'Check runs were not written: GitHub answered 502 "an HTML page (Unicorn! · GitHub), not the API\'s JSON" to complete check run "flows: bindings/regenerate". The results are in the job summary.',
    );
    for (const warning of report.warnings) expect(warning).not.toContain("<");
  });

  it("takes a listing cut off mid-JSON, or an HTML page with a 200, for GitHub's failure and retries it, not for a bug of flows-action", async () => {
    server.failNext({ operationId: "checks/list-for-ref", ...CUT_JSON });
    server.failNext({ operationId: "issues/list-comments", ...htmlErrorPage({ status: 200 }) });
    const report = await makeReporter(await client(3), {}).finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(report.warnings).toEqual([]);
    expect(server.github.checkRuns.list(REPO)).toHaveLength(1);
    expect(server.github.comments.list(REPO, 7)).toHaveLength(1);
    expect(server.requestsFor("checks/list-for-ref").map((request) => request.status)).toEqual([200, 200]);

    server.failNext({ operationId: "issues/list-comments", ...CUT_JSON, times: 10 });
    const failed = await makeReporter(await client(1), { checks: "off" }).finish(outcomeOf(prEvent(8), [ended("failed")]));
    expect(failed.warnings).toEqual([
      'The pull request comment was not written: GitHub answered 200 "a body that is not whole JSON (28 bytes)" to comment on pull request #8. The results are in the job summary.',
    ]);
    expect(failed.warnings[0]).not.toContain("bug in flows-action");
  });

  it("looks for a check run whose create was answered with an HTML page before sending it again", async () => {
    server.failNext({ operationId: "checks/create", ...htmlErrorPage({ status: 200 }), carriedOut: true });
    const made = await createCheckRun(await client(3), { repository: REPO, name: "flows: a/b", headSha: HEAD, externalId: "run_1" });
    expect(server.github.checkRuns.list(REPO).map((run) => run.id)).toEqual([made.id]);
    expect(server.requestsFor("checks/create")).toHaveLength(1);
  });

  it("classifies the failure as the server's, with the status it came with", async () => {
    server.failNext({ operationId: "checks/list-for-ref", ...htmlErrorPage({ status: 504 }) });
    const error = await (await client(0)).rest.checks.listForRef({ owner: "octo-org", repo: "tool", ref: HEAD }).catch((caught: unknown) => caught);
    expect(apiFailure(error)).toEqual({ kind: "server", status: 504, message: "an HTML page (Unicorn! · GitHub), not the API's JSON" });
  });
});
