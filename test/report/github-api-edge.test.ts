import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import type { GitHubClient } from "../../src/github/client.js";
import { tagCommitSha } from "../../src/github/commits.js";
import { tokenIdentity } from "../../src/github/identity.js";
import { commitForEvent } from "../../src/report/checks-commit.js";
import { createGitHubReporter } from "../../src/report/github-reporter.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { ended, HEAD, outcomeOf, prEvent, pushEvent, REPO, recordingIO, testClient } from "./github-fixtures.js";

const SHA = "b".repeat(40);
const OTHER = "c".repeat(40);

function event(type: string, payload: Record<string, unknown>, source = "github"): FlowEvent {
  return { id: `x:${type}`, type, source, receivedAt: "2026-11-26T00:00:00Z", payload };
}

describe("commitForEvent", () => {
  it("reads the commit each kind of event is about", () => {
    const context = { sha: SHA, repository: REPO };
    expect(commitForEvent(pushEvent(HEAD), context)).toEqual({ sha: HEAD, from: "push.after" });
    expect(commitForEvent(prEvent(7, HEAD), context)).toEqual({ sha: HEAD, from: "pull_request.head" });
    const review = event("pull_request_review.submitted", { pullRequest: { number: 3, headSha: HEAD } });
    expect(commitForEvent(review, context).sha).toBe(HEAD);
    const run = event("workflow_run.completed", { id: 1, headSha: HEAD.toUpperCase() });
    expect(commitForEvent(run, context)).toEqual({ sha: HEAD, from: "workflow_run.head" });
    expect(commitForEvent(event("deployment_status.created", { deployment: { sha: HEAD } }), context).sha).toBe(HEAD);
  });

  it("falls back to GITHUB_SHA for a deleted branch, a bad SHA and events that name no commit", () => {
    const context = { sha: SHA };
    expect(commitForEvent(pushEvent("0".repeat(40)), context)).toEqual({ sha: SHA, from: "GITHUB_SHA" });
    expect(commitForEvent(prEvent(7, "not-a-sha"), context)).toEqual({ sha: SHA, from: "GITHUB_SHA" });
    expect(commitForEvent(event("schedule", { schedule: "0 * * * *" }), context)).toEqual({ sha: SHA, from: "GITHUB_SHA" });
    expect(commitForEvent(event("schedule", {}), {})).toEqual({ from: "none" });
  });

  it("names a release's tag only for releases of this repository", () => {
    const own = event("release.published", { repo: REPO, tag: "v1.2.0" });
    expect(commitForEvent(own, { sha: SHA, repository: REPO })).toEqual({ sha: SHA, tag: "v1.2.0", from: "release tag v1.2.0" });
    const upstream = event("upstream.release", { repo: "openai/codex", tag: "rust-v1.2.3" });
    expect(commitForEvent(upstream, { sha: SHA, repository: REPO })).toEqual({ sha: SHA, from: "GITHUB_SHA" });
    const foreign = event("release.published", { repo: "someone/else", tag: "v9" });
    expect(commitForEvent(foreign, { sha: SHA, repository: REPO }).tag).toBeUndefined();
  });

  it("points a comment on a pull request at that pull request", () => {
    const comment = event("issue_comment.created", { issue: { number: 12, isPullRequest: true }, comment: { id: 1 } });
    expect(commitForEvent(comment, { sha: SHA })).toEqual({ sha: SHA, pullRequest: 12, from: "pull request #12" });
    const onIssue = event("issue_comment.created", { issue: { number: 12, isPullRequest: false } });
    expect(commitForEvent(onIssue, { sha: SHA }).pullRequest).toBeUndefined();
  });
});

describe("the GitHub API edge", () => {
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

  it("knows who a token is: a PAT's user, GITHUB_TOKEN's bot, or the app bot it is told", async () => {
    expect(await tokenIdentity(await testClient(server, { token: "ghp_alice" }))).toEqual({ login: "alice", kind: "user", source: "api" });
    expect(await tokenIdentity(client)).toEqual({ login: "github-actions[bot]", kind: "app", appSlug: "github-actions", source: "assumed" });
    expect(await tokenIdentity(client, { botLogin: "release-app[bot]" })).toEqual({
      login: "release-app[bot]",
      kind: "app",
      appSlug: "release-app",
      source: "option",
    });
    expect(server.requestsFor("users/get-authenticated")).toHaveLength(2);
  });

  it("peels an annotated tag to its commit and answers undefined for a missing tag", async () => {
    server.github.releases.addTag(REPO, { tag: "v2.0.0", commitSha: OTHER, annotated: true });
    server.github.releases.addTag(REPO, { tag: "v1.0.0", commitSha: SHA });
    expect(await tagCommitSha(client, { repository: REPO, tag: "v2.0.0" })).toBe(OTHER);
    expect(await tagCommitSha(client, { repository: REPO, tag: "v1.0.0" })).toBe(SHA);
    expect(await tagCommitSha(client, { repository: REPO, tag: "v9.9.9" })).toBeUndefined();
  });

  it("puts a release's check runs on its tag's commit, not on GITHUB_SHA", async () => {
    server.github.releases.addTag(REPO, { tag: "v2.0.0", commitSha: OTHER, annotated: true });
    const release = event("release.published", { repo: REPO, tag: "v2.0.0" });
    const gh = createGitHubReporter({ client, repository: REPO, event: release, githubSha: SHA, checks: "per-step", comment: "off", io: recordingIO() });
    await gh.finish(outcomeOf(release, [ended("completed")]));
    expect(server.github.checkRuns.list(REPO).map((check) => check.head_sha)).toEqual([OTHER]);
  });
});
