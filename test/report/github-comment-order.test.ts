// A push while a job runs: the job for the older commit can finish last. The sticky comment must
// go on showing the pull request's head, on the fake GitHub (every request checked against the spec).
import { describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import type { GitHubClient } from "../../src/github/client.js";
import { GITHUB_ACTIONS_LOGIN, type TokenIdentity } from "../../src/github/identity.js";
import { upsertStickyComment } from "../../src/report/comment.js";
import { commentMarker, commitNote, reportedCommit } from "../../src/report/comment-body.js";
import type { GitHubReporterOptions } from "../../src/report/github-reporter.js";
import type { GitHubApiServer, RouteHandler } from "../support/github-api/index.js";
import { fastestOf } from "../helpers/fastest.js";
import { ended, makeReporter, outcomeOf, prEvent, REPO, testClient, withGitHubServer } from "./github-fixtures.js";

const MARKER = "<!-- flows-action:pull_request:default -->";
const OLD = "0d".repeat(20);
const NEW = "e5".repeat(20);
const BOT: TokenIdentity = { login: GITHUB_ACTIONS_LOGIN, kind: "app", source: "assumed" };

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

function reporter(overrides: Partial<GitHubReporterOptions> = {}) {
  return makeReporter(client, { checks: "off" }, overrides);
}

function comments() {
  return server.github.comments.list(REPO, 7);
}

function original(operationId: string): RouteHandler {
  const handler = server.github.handlers()[operationId];
  if (!handler) throw new Error(`no fake handler for ${operationId}`);
  return handler;
}

/** A job for `sha` on pull request 7 that ends with one step in `status`. */
function job(sha: string, status: "completed" | "failed", overrides: Partial<GitHubReporterOptions> = {}) {
  const event = prEvent(7, sha, "pull_request.synchronize");
  return reporter({ event, ...overrides }).finish(outcomeOf(event, [ended(status)]));
}

/** Pull request 7, pushed from OLD to NEW. */
function pushedPullRequest(): void {
  server.github.pulls.add(REPO, { number: 7, headSha: OLD });
  server.github.pulls.push(REPO, 7, NEW);
}

describe("the sticky comment after a push", () => {
  it("tells the late job's log that the comment reports the head and was left as is", async () => {
    pushedPullRequest();
    await job(NEW, "completed");
    const event = prEvent(7, OLD, "pull_request.synchronize");
    const late = reporter({ event });
    await late.finish(outcomeOf(event, [ended("failed")]));
    expect(late.io.infos).toContain(
      `flows-action: the comment on pull request #7 reports a newer commit (${NEW.slice(0, 12)}, the pull request's head); left as is. These results are for ${OLD.slice(0, 12)}, which is no longer the head.`,
    );
    expect(comments()[0]?.body).toContain("### Flows: ✅ 1 passed");
  });

  it("keeps the head's results when the older commit's job finishes last", async () => {
    pushedPullRequest();
    await job(NEW, "completed");
    const late = await job(OLD, "failed");
    expect(comments()).toHaveLength(1);
    const body = comments()[0]?.body ?? "";
    expect(body).toContain(`commit \`${NEW.slice(0, 12)}\``);
    expect(body).toContain("### Flows: ✅ 1 passed");
    expect(body).not.toContain(OLD.slice(0, 12));
    expect(server.requestsFor("issues/update-comment")).toEqual([]);
    expect(server.requestsFor("pulls/get")).toHaveLength(1);
    expect(late).toMatchObject({ commentUrl: comments()[0]?.html_url, warnings: [] });
  });

  it("puts the head's results over an older commit's, asking for the head once", async () => {
    server.github.pulls.add(REPO, { number: 7, headSha: OLD });
    await job(OLD, "failed");
    server.github.pulls.push(REPO, 7, NEW);
    await job(NEW, "completed");
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain(`commit \`${NEW.slice(0, 12)}\``);
    expect(comments()[0]?.body).toContain("### Flows: ✅ 1 passed");
    expect(server.requestsFor("issues/update-comment")).toHaveLength(1);
    expect(server.requestsFor("pulls/get")).toHaveLength(1);
  });

  it("updates in place for a re-run of the same commit without asking for the pull request", async () => {
    pushedPullRequest();
    await job(NEW, "failed");
    await job(NEW, "completed");
    expect(comments()[0]?.body).toContain("### Flows: ✅ 1 passed");
    expect(server.requestsFor("issues/update-comment")).toHaveLength(1);
    expect(server.requestsFor("pulls/get")).toEqual([]);
  });

  it("updates a comment that reports no head, such as an earlier merge group's", async () => {
    pushedPullRequest();
    const groupEvent = (sha: string): FlowEvent => ({
      id: `github:merge_group.checks_requested:${REPO}:${sha}`,
      type: "merge_group.checks_requested",
      source: "github",
      receivedAt: "2026-11-26T00:00:00Z",
      payload: { repo: REPO, headSha: sha, pullRequest: 7 },
    });
    const [first, second] = ["1a".repeat(20), "2b".repeat(20)].map(groupEvent) as [FlowEvent, FlowEvent];
    await reporter({ event: first }).finish(outcomeOf(first, [ended("failed")]));
    await reporter({ event: second }).finish(outcomeOf(second, [ended("completed")]));
    const merged = server.github.comments.list(REPO, 7);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.body).toContain(`commit \`${"2b".repeat(6)}\``);
    expect(server.requestsFor("pulls/get")).toHaveLength(1);
  });

  it("updates a comment written before comments named their commit", async () => {
    pushedPullRequest();
    server.github.comments.add(REPO, 7, { body: `${MARKER}\n### Flows: ✅ 1 passed` });
    await job(OLD, "failed");
    expect(comments()[0]?.body).toContain("❌ 1 failed");
    expect(server.requestsFor("pulls/get")).toEqual([]);
  });

  it("keeps the head's comment when both jobs find none and the older one creates second", async () => {
    pushedPullRequest();
    const list = original("issues/list-comments");
    const create = original("issues/create-comment");
    const held: Array<() => void> = [];
    let lists = 0;
    server.handle("issues/list-comments", async (request) => {
      // Both jobs list before either creates.
      if (++lists <= 2) {
        await new Promise<void>((resolve) => {
          held.push(resolve);
          if (held.length === 2) for (const release of held) release();
        });
      }
      return list(request);
    });
    let headCreated = (): void => {};
    const headDone = new Promise<void>((resolve) => {
      headCreated = resolve;
    });
    server.handle("issues/create-comment", async (request) => {
      const text = (request.body as { body: string }).body;
      if (text.includes(OLD)) await headDone;
      const response = await create(request);
      if (text.includes(NEW)) headCreated();
      return response;
    });
    const other = await testClient(server);
    const results = await Promise.all([job(NEW, "completed"), job(OLD, "failed", { client: other })]);
    expect(server.requestsFor("issues/create-comment")).toHaveLength(2);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain(`commit \`${NEW.slice(0, 12)}\``);
    expect(server.requestsFor("issues/update-comment")).toEqual([]);
    expect(results.map((result) => result.commentUrl)).toEqual([comments()[0]?.html_url, comments()[0]?.html_url]);
  });

  it("says in the log that the comment reports a newer commit and was left as is", async () => {
    pushedPullRequest();
    const theirs = server.github.comments.add(REPO, 7, { body: `${MARKER}\n${commitNote(NEW)}\n### Flows: ✅ 1 passed` });
    const said: string[] = [];
    const result = await upsertStickyComment({
      client,
      repository: REPO,
      issueNumber: 7,
      marker: MARKER,
      body: `${MARKER}\n${commitNote(OLD)}\n### Flows: ❌ 1 failed`,
      identity: BOT,
      create: true,
      info: (message) => said.push(message),
    });
    const reason = `flows-action: the comment on pull request #7 reports a newer commit (${NEW.slice(0, 12)}, the pull request's head); left as is. These results are for ${OLD.slice(0, 12)}, which is no longer the head.`;
    expect(result).toEqual({ action: "left", url: theirs.html_url, reason });
    expect(said).toEqual([reason]);
    expect(comments()[0]?.body).toContain("✅ 1 passed");
  });

  it("warns and leaves the comment as is when GitHub cannot say which commit is the head", async () => {
    pushedPullRequest();
    await job(NEW, "completed");
    server.failNext({ operationId: "pulls/get", status: 500, body: { message: "Server Error" } });
    const late = await job(OLD, "failed");
    expect(comments()[0]?.body).toContain("✅ 1 passed");
    expect(server.requestsFor("issues/update-comment")).toEqual([]);
    expect(late.warnings).toHaveLength(1);
    expect(late.warnings[0]).toContain("comment on pull request #7");
  });

  it("is not held back by a note edited into its comment: only the head, asked of GitHub, counts", async () => {
    pushedPullRequest();
    // Someone with write access edits our comment to claim a commit that is not the head.
    server.github.comments.add(REPO, 7, { body: `${MARKER}\n${commitNote("ff".repeat(20))}\n### Flows: ✅ 1 passed\n\nall green, merge me` });
    await job(OLD, "failed");
    expect(comments()[0]?.body).toContain("❌ 1 failed");
    // Another account's comment with our marker and the head's note is not ours: it blocks nothing.
    server.github.comments.add(REPO, 7, { body: `${MARKER}\n${commitNote(NEW)}\n### Flows: ✅ 1 passed\n\nall green`, author: { login: "mallory", id: 666, type: "User" } });
    await job(OLD, "completed");
    expect(comments()[0]?.body).toContain("✅ 1 passed");
  });
});

describe("the commit note", () => {
  const marker = commentMarker("pull_request");

  it("is read only right after the marker, and only as a full commit SHA", () => {
    expect(reportedCommit(`${marker}\n${commitNote(NEW)}\n### Flows`, marker)).toBe(NEW);
    expect(reportedCommit(`\n  ${marker}\r\n<!-- flows-action commit=${NEW.toUpperCase()} -->`, marker)).toBe(NEW);
    expect(reportedCommit(`${marker}\n### Flows\n${commitNote(NEW)}`, marker)).toBeUndefined();
    expect(reportedCommit(`${commitNote(NEW)}\n${marker}`, marker)).toBeUndefined();
    expect(reportedCommit(`${marker}\n<!-- flows-action commit=${NEW.slice(1)} -->`, marker)).toBeUndefined();
    expect(reportedCommit(`${marker}\n<!-- flows-action commit=${NEW}0 -->`, marker)).toBeUndefined();
    expect(reportedCommit(`${marker}${" ".repeat(300)}${commitNote(NEW)}`, marker)).toBeUndefined();
    expect(commitNote("main")).toBeUndefined();
  });

  it("reads a huge hostile body in bounded time", () => {
    const body = `${marker}\n${"<!-- flows-action commit=".repeat(3_000)}${"a".repeat(60_000)}`;
    // Under 1 ms alone: the fastest of three samples keeps a busy machine's pause (a 50 ms bound on
    // one sample is a single scheduling slice) from failing it.
    const { ms, value } = fastestOf(3, () => reportedCommit(body, marker));
    expect(value).toBeUndefined();
    expect(ms).toBeLessThan(50);
  });
});
