// How much of a long pull request's conversation the sticky comment reads: pages are counted on
// the fake GitHub, with comments a minute apart on a clock the test moves.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GitHubClient } from "../../src/github/client.js";
import { RACE_WINDOW_MS } from "../../src/report/comment.js";
import { MAX_LOOKUP_PAGES } from "../../src/report/comment-lookup.js";
import type { GitHubReporterOptions } from "../../src/report/github-reporter.js";
import {
  type Account,
  type CommentInit,
  type GitHubApiServer,
  type IssueComment,
  type RouteHandler,
  startGitHubApiServer,
} from "../support/github-api/index.js";
import { ended, makeReporter, outcomeOf, prEvent, REPO, testClient } from "./github-fixtures.js";

const MARKER = "<!-- flows-action:pull_request:default -->";
const OCTOCAT: Account = { login: "octocat", id: 1, type: "User" };
const MY_APP = { login: "my-app[bot]", id: 77, type: "Bot", kind: "installation" } as const;
const MINUTE = 60_000;
/** 2,500 comments: 25 pages of 100. */
const LONG = 2_500;
const DAY = 24 * 60 * MINUTE;

let clock: number;
let server: GitHubApiServer;
let client: GitHubClient;

beforeEach(async () => {
  clock = Date.parse("2026-11-01T00:00:00Z");
  server = await startGitHubApiServer({ now: () => new Date(clock), tokens: { ghs_my_app: MY_APP } });
  client = await testClient(server);
});

afterEach(async () => {
  server.assertNoViolations();
  await server.close();
});

function reporter(overrides: Partial<GitHubReporterOptions> = {}) {
  return makeReporter(client, { checks: "off" }, overrides);
}

/** `count` comments on PR 7, a minute apart, by octocat unless `special` says otherwise; then a day passes. */
function seed(count: number, special: Record<number, CommentInit> = {}): IssueComment[] {
  const seeded = Array.from({ length: count }, (_, index) => {
    clock += MINUTE;
    return server.github.comments.add(REPO, 7, special[index] ?? { body: `chatter ${index}`, author: OCTOCAT });
  });
  clock += 24 * 60 * MINUTE;
  return seeded;
}

function ours(body = "old results", author?: Account): CommentInit {
  return { body: `${MARKER}\n### Flows: ✅ 1 passed\n\n${body}`, ...(author ? { author } : {}) };
}

/** The list requests made, in order: page number and `since`. */
function listings(): Array<{ page: number; since?: string }> {
  return server.requestsFor("issues/list-comments").map((request) => ({
    page: Number(request.query.page ?? 1),
    ...(typeof request.query.since === "string" ? { since: request.query.since } : {}),
  }));
}

function pages(from: number, to: number): Array<{ page: number }> {
  return Array.from({ length: to - from + 1 }, (_, index) => ({ page: from + index }));
}

function marked(): IssueComment[] {
  return server.github.comments.list(REPO, 7).filter((comment) => comment.body?.startsWith(MARKER));
}

function original(operationId: string): RouteHandler {
  const handler = server.github.handlers()[operationId];
  if (!handler) throw new Error(`no fake handler for ${operationId}`);
  return handler;
}

describe("the sticky comment on a pull request with thousands of comments", () => {
  it("finds its comment near the start of 2,500 comments by reading one page of 25", async () => {
    const [, , , early] = seed(LONG, { 3: ours() });
    const report = await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(listings()).toEqual(pages(1, 1));
    expect(marked()).toEqual([expect.objectContaining({ id: early?.id, body: expect.stringContaining("❌ failed") })]);
    expect(report.commentUrl).toBe(early?.html_url);
    expect(server.requestsFor("issues/create-comment")).toEqual([]);
  });

  it("reads on to the next page only while a race's duplicate could still be there, and deletes it", async () => {
    // The duplicate a lagging listing let through, 8 minutes after ours and on the next page.
    const seeded = seed(LONG, { 95: ours("first"), 103: ours("second") });
    expect(RACE_WINDOW_MS).toBeGreaterThan(8 * MINUTE);
    await reporter().finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(listings()).toEqual(pages(1, 2));
    expect(marked().map((comment) => comment.id)).toEqual([seeded[95]?.id]);
    expect(marked()[0]?.body).toContain("✅ completed");
  });

  it("passes over its comment deleted after the listing to the next of its own, on the second-newest page", async () => {
    const seeded = seed(LONG, { 3: ours("deleted soon"), 2350: ours("a later one") });
    const list = original("issues/list-comments");
    const remove = original("issues/delete-comment");
    let lists = 0;
    server.handle("issues/list-comments", async (request) => {
      const listed = await list(request);
      const first = seeded[3];
      // Someone deletes it right after the first page was listed.
      if (++lists === 1 && first) {
        await remove({ ...request, method: "DELETE", params: { ...request.params, comment_id: String(first.id) } });
      }
      return listed;
    });
    const report = await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(server.requestsFor("issues/update-comment").map((request) => request.status)).toEqual([404, 200]);
    // The first page, the comments updated in the last day and 30 days, then the newest page, the
    // second page, and the second-newest.
    expect(listings()).toEqual([
      { page: 1 },
      { page: 1, since: expect.any(String) },
      { page: 1, since: expect.any(String) },
      { page: 25 },
      { page: 2 },
      { page: 24 },
    ]);
    expect(marked().map((comment) => comment.id)).toEqual([seeded[2350]?.id]);
    expect(report.commentUrl).toBe(seeded[2350]?.html_url);
    expect(report.warnings).toEqual([]);
  });

  it("when none of its own exists, reads at most ten pages, writes a new one and warns that it did", async () => {
    seed(LONG);
    const report = await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    const [created] = marked();
    expect(created).toBeDefined();
    const reads = listings();
    expect(reads).toHaveLength(MAX_LOOKUP_PAGES + 1);
    expect(reads.filter((read) => read.since === undefined).map((read) => read.page)).toEqual([1, 25, 2, 24, 3, 23, 4, 22]);
    const after = reads[MAX_LOOKUP_PAGES];
    expect(after).toEqual({ page: 1, since: expect.any(String) });
    // `since` reaches back a race window before the first listing began.
    expect(Date.parse(after?.since ?? "")).toBeLessThanOrEqual(Date.parse(created?.created_at ?? "") - RACE_WINDOW_MS);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /^Pull request #7 has about 2,500 comments; flows-action read 10 pages .* found no comment of its own \(flows-action:pull_request:default\), so a new one was written \(https:\/\/github\.com\/octo-org\/tool\/issues\/7#issuecomment-\d+\)\./,
      ),
    ]);
  });

  it("that may only update reads at most ten pages, writes nothing and warns when none of its own is found", async () => {
    seed(LONG);
    const report = await reporter({ comment: "on-failure" }).finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(listings()).toHaveLength(MAX_LOOKUP_PAGES);
    expect(marked()).toEqual([]);
    expect(report.commentUrl).toBeUndefined();
    expect(report.warnings).toEqual([expect.stringContaining("found no comment of its own (flows-action:pull_request:default), so nothing was written")]);
  });

  it("reads every page of a conversation of up to ten pages, and warns of nothing when none of its own is there", async () => {
    seed(MAX_LOOKUP_PAGES * 100);
    const report = await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(listings().slice(0, MAX_LOOKUP_PAGES)).toEqual(pages(1, MAX_LOOKUP_PAGES));
    expect(marked()).toHaveLength(1);
    expect(report.warnings).toEqual([]);
  });

  it("finds its comment in the middle of 3,000, edited by the last run, with two list requests (it took 16)", async () => {
    const seeded = seed(3_000, { 1500: ours() });
    const mine = seeded[1_500];
    if (!mine) throw new Error("not seeded");
    server.github.comments.edit(mine.id, `${MARKER}\n### Flows: ✅ 1 passed\n\nthe last run's results`);
    clock += 2 * 60 * MINUTE;
    const report = await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(listings()).toEqual([{ page: 1 }, { page: 1, since: expect.any(String) }]);
    expect(marked().map((comment) => comment.id)).toEqual([mine.id]);
    expect(marked()[0]?.body).toContain("❌ failed");
    expect(report.commentUrl).toBe(mine.html_url);
    expect(server.requestsFor("issues/create-comment")).toEqual([]);
  });

  it("finds a comment created late (a new comment-key) on the newest page of 3,000 comments", async () => {
    const seeded = seed(3_000, { 2990: ours() });
    clock += 60 * DAY;
    await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(listings()).toEqual([
      { page: 1 },
      { page: 1, since: expect.any(String) },
      { page: 1, since: expect.any(String) },
      { page: 30 },
    ]);
    expect(marked().map((comment) => comment.id)).toEqual([seeded[2_990]?.id]);
  });

  it("costs 12 requests on a pull request with 3,000 comments and none of its own (it cost 32), and 3 on the next run", async () => {
    seed(3_000);
    const first = await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(server.requests.filter((request) => request.operationId?.startsWith("issues/"))).toHaveLength(12);
    expect(first.warnings).toHaveLength(1);
    const before = server.requests.length;
    clock += 60 * MINUTE;
    const second = await reporter().finish(outcomeOf(prEvent(), [ended("completed")]));
    // The first page, the comments updated in the last day (ours, just created), the update.
    expect(server.requests.slice(before).map((request) => request.operationId).filter((id) => id?.startsWith("issues/"))).toEqual([
      "issues/list-comments",
      "issues/list-comments",
      "issues/update-comment",
    ]);
    expect(second.warnings).toEqual([]);
    expect(marked()).toHaveLength(1);
  });

  it("leaves one comment when two jobs create at the same moment, each reading at most ten pages", async () => {
    seed(LONG);
    const create = original("issues/create-comment");
    const held: Array<() => void> = [];
    server.handle("issues/create-comment", async (request) => {
      // Both listed every page and found nothing before either creates: the race.
      await new Promise<void>((resolve) => {
        held.push(resolve);
        if (held.length === 2) for (const release of held) release();
      });
      return create(request);
    });
    const other = await testClient(server);
    const results = await Promise.all([
      reporter().finish(outcomeOf(prEvent(), [ended("failed")])),
      reporter({ client: other }).finish(outcomeOf(prEvent(), [ended("failed")])),
    ]);
    expect(server.requestsFor("issues/create-comment")).toHaveLength(2);
    expect(marked()).toHaveLength(1);
    expect(results.map((result) => result.commentUrl)).toEqual([marked()[0]?.html_url, marked()[0]?.html_url]);
    // Each: ten pages looking, one listing of what changed since.
    expect(listings()).toHaveLength(2 * (MAX_LOOKUP_PAGES + 1));
  });

  it("keeps the older comment of an app it was not told about, reading from the start once more", async () => {
    // No bot-login: the installation token is taken for github-actions[bot] until GitHub names
    // the author of the comment it creates, so the first listing looked for the wrong account.
    const seeded = seed(LONG, { 3: ours("old results", MY_APP) });
    client = await testClient(server, { token: "ghs_my_app" });
    const report = await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(listings()).toHaveLength(MAX_LOOKUP_PAGES + 1);
    expect(listings()[MAX_LOOKUP_PAGES]).toEqual({ page: 1 });
    expect(marked().map((comment) => comment.id)).toEqual([seeded[3]?.id]);
    expect(marked()[0]?.body).toContain("❌ failed");
    expect(report.commentUrl).toBe(seeded[3]?.html_url);
  });
});
