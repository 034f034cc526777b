import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import type { GitHubClient } from "../../src/github/client.js";
import type { GitHubReporterOptions } from "../../src/report/github-reporter.js";
import { type GitHubApiServer, rateLimitExceeded, secondaryRateLimit, startGitHubApiServer } from "../support/github-api/index.js";
import { ended, HEAD, outcomeOf, prEvent, REPO, makeReporter, run, testClient } from "./github-fixtures.js";

// What GitHub answers a GITHUB_TOKEN without the permission (e.g. in a pull request from a fork).
const READ_ONLY = {
  status: 403,
  body: {
    message: "Resource not accessible by integration",
    documentation_url: "https://docs.github.com/rest/checks/runs#create-a-check-run",
    status: "403",
  },
  times: 20,
};

let server: GitHubApiServer;
let client: GitHubClient;

beforeEach(async () => {
  server = await startGitHubApiServer({ tokens: { ghp_alice: { login: "alice", id: 501, type: "User", kind: "user" } } });
  client = await testClient(server);
});

afterEach(async () => {
  server.assertNoViolations();
  await server.close();
});

function reporter(overrides: Partial<GitHubReporterOptions> = {}) {
  return makeReporter(client, {}, overrides);
}

/** A pull_request event whose compact payload says (or, with `undefined`, does not say) it is from a fork. */
function forkEvent(fork: boolean | undefined, type = "pull_request.opened"): FlowEvent {
  const event = prEvent(7, HEAD, type);
  const { fork: _, ...payload } = event.payload as Record<string, unknown>;
  return { ...event, payload: fork === undefined ? payload : { ...payload, fork, headRepo: fork ? "someone/tool" : REPO } };
}

describe("tokens that may not write", () => {
  it("turns a fork's read-only token's 403s into warnings that name the permission and the workflow_run pattern", async () => {
    server.failNext({ operationId: "checks/create", ...READ_ONLY });
    server.failNext({ operationId: "issues/create-comment", ...READ_ONLY });
    const gh = reporter({ event: forkEvent(true) });
    const steps = ["one", "two", "three"].map((stepName) => ended("failed", { id: `run_${stepName}`, stepName }));
    for (const step of steps) gh.onStepStart?.(run({ ...step, processStatus: "running", effectiveStatus: "running" }));
    for (const step of steps) gh.onStepEnd?.(step);
    const report = await gh.finish(outcomeOf(prEvent(), steps));

    expect(report.checkRuns).toBe(0);
    expect(report.commentUrl).toBeUndefined();
    expect(report.warnings).toHaveLength(2);
    const [checks, comment] = report.warnings;
    expect(checks).toContain('GitHub answered 403 "Resource not accessible by integration"');
    expect(checks).toContain("`checks: write`");
    expect(comment).toContain("`pull-requests: write`");
    for (const warning of report.warnings) {
      expect(warning).toContain("`workflow_run`");
      expect(warning).toContain("docs/pull-requests.md");
      expect(warning).toContain("The results are in the job summary.");
    }
    expect(gh.io.warnings).toEqual(report.warnings);
    expect(checks).toContain("This pull request comes from a fork, so its GITHUB_TOKEN is read-only");
    expect(report.summaryNote).toContain("`checks: write` / `pull-requests: write`");
    expect(report.summaryNote).toContain("This pull request comes from a fork");
    // After the first refusal no more check run calls are made.
    expect(server.requestsFor("checks/create")).toHaveLength(1);
  });

  it("gives a pull request from the repository itself the workflow's permissions to fix, not the fork advice", async () => {
    for (const event of [forkEvent(false), forkEvent(true, "pull_request_target.opened")]) {
      server.failNext({ operationId: "checks/create", ...READ_ONLY });
      const report = await reporter({ event, comment: "off" }).finish(outcomeOf(event, [ended("completed")]));
      expect(report.warnings).toEqual([
        'Check runs were not written: GitHub answered 403 "Resource not accessible by integration" to complete check run "flows: bindings/regenerate". The token needs the `checks: write` permission: add it under `permissions:` in the workflow. A job\'s own `permissions:` replace the workflow\'s, and a reusable workflow gets no more than its calling job grants. The results are in the job summary.',
      ]);
      expect(report.summaryNote).toBe(
        "> [!WARNING]\n> flows-action could not write check runs (the token lacks `checks: write`), so this summary is the report.",
      );
    }
  });

  it("words the fork advice as a condition when the event does not say where the pull request comes from", async () => {
    server.failNext({ operationId: "checks/create", ...READ_ONLY });
    const event = forkEvent(undefined);
    const report = await reporter({ event, comment: "off" }).finish(outcomeOf(event, [ended("completed")]));
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain("add it under `permissions:` in the workflow. In pull requests from forks GITHUB_TOKEN is read-only");
    expect(report.summaryNote).toContain("> For pull requests from forks, use the `workflow_run` handover pattern");
  });

  it("explains that a personal access token cannot write check runs, and still comments as its user", async () => {
    const alice = await testClient(server, { token: "ghp_alice" });
    const report = await reporter({ client: alice }).finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain("not personal access tokens");
    const [comment] = server.github.comments.list(REPO, 7);
    expect(comment?.user?.login).toBe("alice");
    expect(report.commentUrl).toBe(comment?.html_url);
  });

  it("tells a fine-grained token refused the comment which permission to give it, not that check runs need an app", async () => {
    const alice = await testClient(server, { token: "ghp_alice" });
    server.failNext({ operationId: "issues/create-comment", ...READ_ONLY, body: { ...READ_ONLY.body, message: "Resource not accessible by personal access token" } });
    const report = await reporter({ client: alice, checks: "off" }).finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain("give a fine-grained token the `Pull requests` (read and write) permission");
    expect(report.warnings[0]).not.toContain("check runs");
    expect(report.summaryNote).toContain("the personal access token lacks the `Pull requests` (read and write) permission");
    expect(report.summaryNote).not.toContain("check runs");
  });

  it("says a rejected token is invalid or expired, not that it lacks a permission", async () => {
    const strict = await startGitHubApiServer({ unknownTokens: null });
    const expired = await testClient(strict, { token: "ghs_expired0123456789" });
    const report = await reporter({ client: expired }).finish(outcomeOf(prEvent(), [ended("completed")]));
    strict.assertNoViolations();
    await strict.close();
    expect(report.checkRuns).toBe(0);
    expect(report.warnings.every((warning) => warning.includes("The token is invalid or expired"))).toBe(true);
    expect(report.summaryNote).toBe(
      "> [!WARNING]\n> flows-action could not write check runs or the pull request comment (the token is invalid or expired; check the `github-token` input), so this summary is the report.",
    );
  });

  it("waits out a secondary rate limit and still lands the check run", async () => {
    server.failNext({ operationId: "checks/create", ...secondaryRateLimit({ retryAfterSeconds: 2 }) });
    const report = await reporter({ comment: "off" }).finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(server.requestsFor("checks/create").map((request) => request.status)).toEqual([403, 201]);
    expect(report).toMatchObject({ checkRuns: 1, warnings: [] });
  });

  it("says once per feature, with the reset time, that the rate limit is spent, not once per check run", async () => {
    const limited = rateLimitExceeded({ resetInSeconds: 3000 });
    server.failNext({ path: /./, ...limited, times: 1000 });
    const steps = Array.from({ length: 8 }, (_, i) => ended("failed", { id: `run_${i}`, stepName: `s${i}` }));
    const report = await reporter().finish(outcomeOf(prEvent(), steps));
    const resetAt = new Date(Number(limited.headers?.["x-ratelimit-reset"]) * 1000).toISOString().replace(/\.000Z$/, "Z");
    expect(report.warnings).toEqual([
      `Check runs were not written: GitHub answered 403 "API rate limit exceeded for installation ID 1." to complete check run "flows: bindings/s0". GitHub's rate limit did not clear within the wait flows-action allows; it resets at ${resetAt}. flows-action makes no more of these calls in this job. The results are in the job summary.`,
      `Check runs were not written: GitHub answered 403 "API rate limit exceeded for installation ID 1." to a check run call, so these 7 were not tried: ${steps
        .slice(1)
        .map((step) => `"flows: bindings/${step.stepName}"`)
        .join(", ")}. GitHub's rate limit did not clear within the wait flows-action allows; it resets at ${resetAt}. flows-action makes no more of these calls in this job. The results are in the job summary.`,
      `The pull request comment was not written: GitHub answered 403 "API rate limit exceeded for installation ID 1." to comment on pull request #7. GitHub's rate limit did not clear within the wait flows-action allows; it resets at ${resetAt}. flows-action makes no more of these calls in this job. The results are in the job summary.`,
    ]);
    // No call after the one the limit refused: each would be refused (or wait) in turn.
    expect(server.requestsFor("checks/create")).toHaveLength(1);
  });

  it("stops calling once a secondary rate limit outlasts the wait, instead of waiting it out again for every check run and comment", async () => {
    // No retry-after: the client waits a minute before each of its 3 retries, per call.
    const limited = { ...secondaryRateLimit(), headers: {} };
    server.failNext({ method: "POST", path: /./, ...limited, times: 1000 });
    const steps = Array.from({ length: 6 }, (_, i) => ended("failed", { id: `run_${i}`, stepName: `s${i}` }));
    const event = prEvent();
    const report = await reporter({ pullRequests: [7, 8, 9] }).finish(outcomeOf(event, steps));
    // One create, tried and retried 3 times, then none: before, each of the 6 steps' creates
    // spent its 4 tries (4 minutes of waiting each on GitHub), and each pull request's comment too.
    expect(server.requestsFor("checks/create")).toHaveLength(4);
    expect(server.requestsFor("issues/create-comment")).toHaveLength(4);
    expect(report.checkRuns).toBe(0);
    expect(report.warnings).toHaveLength(4);
    expect(report.warnings[1]).toContain("so these 5 were not tried:");
    expect(report.warnings[3]).toBe(
      "The pull request comment was not written on #8, #9: GitHub's rate limit stopped the comments before them. The results are in the job summary.",
    );
  });

  it("names the check run it could not complete when GitHub keeps failing", async () => {
    const gh = reporter({ comment: "off" });
    gh.onStepStart?.(run({ processStatus: "running", effectiveStatus: "running" }));
    await gh.flush();
    server.failNext({ operationId: "checks/update", status: 502, body: { message: "Bad Gateway" }, times: 10 });
    const report = await gh.finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(report.warnings).toEqual([
      'Check runs were not written: GitHub answered 502 "Bad Gateway" to complete check run "flows: bindings/regenerate". The results are in the job summary.',
    ]);
  });
});

describe("conversations that are gone", () => {
  it("says a 410 is gone for good, not that the token may lack a permission", async () => {
    server.failNext({
      operationId: "issues/create-comment",
      status: 410,
      body: { message: "Issues are disabled for this repo", documentation_url: "https://docs.github.com/rest/issues/comments#create-an-issue-comment", status: "410" },
    });
    const report = await reporter({ checks: "off" }).finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(report.warnings).toEqual([
      'The pull request comment was not written: GitHub answered 410 "Issues are disabled for this repo" to comment on pull request #7. GitHub takes no more of it there: it was deleted, or the repository\'s settings turned it off (as they can Issues); no permission of the token changes that. The results are in the job summary.',
    ]);
    expect(server.requestsFor("issues/create-comment")).toHaveLength(1);
  });

  it("says a pull request deleted since the event (404) does not exist or cannot be seen", async () => {
    server.failNext({ operationId: "issues/list-comments", status: 404, body: { message: "Not Found", documentation_url: "https://docs.github.com/rest", status: "404" } });
    const report = await reporter({ checks: "off" }).finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toContain('GitHub answered 404 "Not Found" to comment on pull request #7. It does not exist or the token cannot see it');
    expect(server.requestsFor("issues/create-comment")).toHaveLength(0);
  });
});
