// Several flows-action steps of one workflow run reporting on one pull request with the same
// comment-key: each step's results are a part of the one sticky comment, on the fake GitHub.
import { describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import type { GitHubClient } from "../../src/github/client.js";
import { renderComment } from "../../src/report/comment-body.js";
import { type CommentPart, readParts } from "../../src/report/comment-parts.js";
import type { GitHubReporterOptions } from "../../src/report/github-reporter.js";
import type { GitHubApiServer, RouteHandler } from "../support/github-api/index.js";
import { ended, HEAD, makeReporter, outcomeOf, prEvent, REPO, RUN_URL, testClient, withGitHubServer } from "./github-fixtures.js";

const MARKER = "<!-- flows-action:pull_request:default -->";
const NEXT_HEAD = "b2".repeat(20);

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

let nonces = 0;
function part(source: string, run = "4242.1"): CommentPart {
  nonces++;
  return { source, run, nonce: nonces.toString(16).padStart(12, "0") };
}

function reporter(commentPart: CommentPart, overrides: Partial<GitHubReporterOptions> = {}) {
  return makeReporter(client, { checks: "off", commentSettleMs: 0 }, { commentPart, ...overrides });
}

function finish(commentPart: CommentPart, runs: FlowRunView[], headSha = HEAD, overrides: Partial<GitHubReporterOptions> = {}) {
  const event = prEvent(7, headSha, headSha === HEAD ? "pull_request.opened" : "pull_request.synchronize");
  return reporter(commentPart, { event, ...overrides }).finish(outcomeOf(event, runs));
}

function theComment(): string {
  const marked = server.github.comments.list(REPO, 7).filter((comment) => comment.body?.startsWith(MARKER));
  expect(marked).toHaveLength(1);
  return marked[0]?.body ?? "";
}

function original(operationId: string): RouteHandler {
  const handler = server.github.handlers()[operationId];
  if (!handler) throw new Error(`no fake handler for ${operationId}`);
  return handler;
}

const lint = (status: FlowRunView["effectiveStatus"]) => ended(status, { id: "run_lint", flowName: "checks", stepName: "lint" });
const unit = (status: FlowRunView["effectiveStatus"]) => ended(status, { id: "run_unit", flowName: "tests", stepName: "unit" });

describe("one sticky comment shared by the flows-action steps of a run", () => {
  it("holds the results of two steps with the same comment-key, the headline adding both up", async () => {
    await finish(part("report.lint"), [lint("failed")]);
    await finish(part("report.unit"), [unit("completed")]);
    const body = theComment();
    expect(body).toContain("| checks | lint | ❌ failed |");
    expect(body).toContain("| tests | unit | ✅ completed |");
    expect(body.split("\n")[2]).toBe("### Flows: ❌ 1 failed · ✅ 1 passed");
    expect(readParts(body).map((each) => each.source)).toEqual(["report.lint", "report.unit"]);
    expect(server.requestsFor("issues/create-comment")).toHaveLength(1);
  });

  // Reading back costs a second and a request: paid only where another reporter's part shows
  // that a racing write can drop ours, and after a create (the first run's jobs all create).
  it("reads the comment back only after a create or when another reporter's part is in it", async () => {
    const reads = () => server.requestsFor("issues/get-comment").length;
    await finish(part("report.lint", "4241.1"), [lint("failed")]);
    expect(reads()).toBe(1);
    await finish(part("report.lint", "4242.1"), [lint("completed")]);
    expect(reads()).toBe(1);
    await finish(part("report.unit", "4242.1"), [unit("completed")]);
    expect(reads()).toBe(2);
    await finish(part("report.lint", "4243.1"), [lint("completed")]);
    expect(reads()).toBe(3);
    expect(readParts(theComment()).map((each) => each.source)).toEqual(["report.lint", "report.unit"]);
  });

  it("keeps two calls of one reusable workflow apart (same job and step, another process)", async () => {
    await finish(part("report.flows"), [lint("failed")]);
    await finish(part("report.flows"), [unit("completed")]);
    expect(readParts(theComment())).toHaveLength(2);
  });

  it("replaces each step's own part on the next run, and drops the parts about an older commit", async () => {
    await finish(part("report.lint"), [lint("failed")]);
    await finish(part("report.unit"), [unit("failed")]);
    // The next push: the lint step finishes first; the unit step's old results are not the head's.
    await finish(part("report.lint", "4243.1"), [lint("completed")], NEXT_HEAD);
    let body = theComment();
    expect(readParts(body).map((each) => [each.source, each.run])).toEqual([["report.lint", "4243.1"]]);
    expect(body).not.toContain("| tests | unit |");
    await finish(part("report.unit", "4243.1"), [unit("completed")], NEXT_HEAD);
    body = theComment();
    expect(readParts(body).map((each) => [each.source, each.run])).toEqual([
      ["report.lint", "4243.1"],
      ["report.unit", "4243.1"],
    ]);
    expect(body.split("\n")[2]).toBe("### Flows: ✅ 2 passed");
  });

  it("keeps the other job's part when one job is re-run on the same commit", async () => {
    await finish(part("report.lint"), [lint("completed")]);
    await finish(part("report.unit"), [unit("failed")]);
    await finish(part("report.unit", "4242.2"), [unit("completed")]);
    const body = theComment();
    expect(readParts(body).map((each) => [each.source, each.run])).toEqual([
      ["report.lint", "4242.1"],
      ["report.unit", "4242.2"],
    ]);
    expect(body).not.toContain("❌");
  });

  // GitHub's web editor saves a comment with \r\n line breaks: a person who ticked a box or fixed
  // a word left notes that ended in \r, no part was read, and the next job's write dropped the
  // other jobs' results without a word.
  it("keeps the other job's part after a person edited the comment on GitHub (\\r\\n line breaks)", async () => {
    await finish(part("report.lint"), [lint("failed")]);
    await finish(part("report.unit"), [unit("completed")]);
    const comment = server.github.comments.list(REPO, 7).find((each) => each.body?.startsWith(MARKER));
    server.github.comments.edit(comment?.id as number, `${theComment().replace(/\n/g, "\r\n")}\r\n\r\nLooked at it: a flaky runner.`);
    // The unit job re-run.
    await finish(part("report.unit", "4242.2"), [unit("completed")]);
    const body = theComment();
    expect(readParts(body).map((each) => each.source)).toEqual(["report.lint", "report.unit"]);
    expect(body).toContain("| checks | lint | ❌ failed |");
    expect(body.split(/\r?\n/)[2]).toBe("### Flows: ❌ 1 failed · ✅ 1 passed");
  });

  it("loses neither part when two jobs read the comment before either writes (a lost update, merged again)", async () => {
    await finish(part("report.lint", "4241.1"), [lint("failed")]);
    await finish(part("report.unit", "4241.1"), [unit("failed")]);
    const list = original("issues/list-comments");
    const held: Array<() => void> = [];
    server.handle("issues/list-comments", async (request) => {
      const listed = await list(request);
      // Both jobs have the comment as it was before either writes.
      await new Promise<void>((resolve) => {
        held.push(resolve);
        if (held.length === 2) for (const release of held) release();
      });
      return listed;
    });
    const other = await testClient(server);
    const [first, second] = await Promise.all([
      finish(part("report.lint"), [lint("completed")]),
      finish(part("report.unit"), [unit("failed")], HEAD, { client: other, commentSettleMs: 30 }),
    ]);
    const body = theComment();
    expect(readParts(body).map((each) => each.source)).toEqual(["report.lint", "report.unit"]);
    expect(body).toContain("| checks | lint | ✅ completed |");
    expect(body).toContain("| tests | unit | ❌ failed |");
    // The first run's second write; then two writes, and the one whose part the other wrote over merges again.
    expect(server.requestsFor("issues/update-comment")).toHaveLength(4);
    expect([...first.warnings, ...second.warnings]).toEqual([]);
  });

  it("puts its part in the comment a racing job kept when that job deleted the one it wrote", async () => {
    const [a, b] = [await testClient(server, { token: "ghs_job_a" }), await testClient(server, { token: "ghs_job_b" })];
    const by = (request: { headers: Record<string, unknown> }, token: string) => String(request.headers.authorization).endsWith(token);
    const create = original("issues/create-comment");
    const list = original("issues/list-comments");
    let listedNone = 0;
    let bCreated: (() => void) | undefined;
    const bFirst = new Promise<void>((resolve) => {
      bCreated = resolve;
    });
    let bComment: number | undefined;
    server.handle("issues/create-comment", async (request) => {
      // Both found none before either creates; B's comment is the older one.
      while (listedNone < 2) await new Promise((resolve) => setTimeout(resolve, 5));
      if (by(request, "ghs_job_a")) await bFirst;
      const made = await create(request);
      if (by(request, "ghs_job_b")) {
        bComment = (made.body as { id: number }).id;
        bCreated?.();
      }
      return made;
    });
    let lagged = false;
    server.handle("issues/list-comments", async (request) => {
      const listed = await list(request);
      if (request.query.since === undefined && Array.isArray(listed.body) && listed.body.length === 0) listedNone++;
      // A's listing after its create lags behind B's create: it does not show B's comment yet.
      if (!lagged && request.query.since !== undefined && by(request, "ghs_job_a") && Array.isArray(listed.body)) {
        lagged = true;
        return { ...listed, body: listed.body.filter((each: { id: number }) => each.id !== bComment) };
      }
      return listed;
    });
    const [first, second] = await Promise.all([
      finish(part("report.lint"), [lint("failed")], HEAD, { client: a, commentSettleMs: 150 }),
      finish(part("report.unit"), [unit("completed")], HEAD, { client: b }),
    ]);
    expect(lagged).toBe(true);
    const body = theComment();
    expect(readParts(body).map((each) => each.source)).toEqual(["report.lint", "report.unit"]);
    expect(server.github.comments.list(REPO, 7).map((each) => each.id)).toEqual([bComment]);
    expect(first.commentUrl).toBe(second.commentUrl);
  });

  // A comment deleted after this job wrote its part (found gone when read back, or gone by the
  // merge's update) left its results in no comment, and the job said it had updated it.
  describe("deleted while a job adds its part, with no other comment of ours", () => {
    const deletedWarning = /The comment on pull request #7 \(.+\) was deleted while this job added its results to it, and no other comment of flows-action is there to take them: the job summary has them/;

    it("warns when the comment is gone at the read-back", async () => {
      await finish(part("report.lint"), [lint("failed")]);
      const get = original("issues/get-comment");
      const remove = original("issues/delete-comment");
      server.handle("issues/get-comment", async (request) => {
        await remove({ ...request, method: "DELETE" });
        return get(request);
      });
      const report = await finish(part("report.unit"), [unit("completed")]);
      expect(server.requestsFor("issues/get-comment").map((request) => request.status).at(-1)).toBe(404);
      expect(server.github.comments.list(REPO, 7)).toHaveLength(0);
      expect(report.warnings.join("\n")).toMatch(deletedWarning);
    });

    it("warns when the merge's update finds it gone (404)", async () => {
      await finish(part("report.lint"), [lint("failed")]);
      const before = theComment();
      const get = original("issues/get-comment");
      const remove = original("issues/delete-comment");
      server.handle("issues/get-comment", async (request) => {
        // Another job wrote over our part, then the comment was deleted before we merged again.
        server.github.comments.edit(Number(request.params.comment_id), before);
        const read = await get(request);
        await remove({ ...request, method: "DELETE" });
        return read;
      });
      const report = await finish(part("report.unit"), [unit("completed")]);
      expect(server.requestsFor("issues/update-comment").map((request) => request.status)).toEqual([200, 404]);
      expect(report.warnings.join("\n")).toMatch(deletedWarning);
    });
  });

  it("does not merge its part back over the head's results that a job for a newer push wrote meanwhile", async () => {
    server.github.pulls.add(REPO, { number: 7, headSha: HEAD });
    server.github.pulls.push(REPO, 7, NEXT_HEAD);
    const get = original("issues/get-comment");
    let reads = 0;
    server.handle("issues/get-comment", async (request) => {
      // The new head's job writes while the old commit's job waits to read its comment back.
      if (++reads === 1) await finish(part("report.lint", "4243.1"), [lint("completed")], NEXT_HEAD);
      return get(request);
    });
    const late = await finish(part("report.lint"), [lint("failed")], HEAD, { commentSettleMs: 10 });
    const body = theComment();
    expect(readParts(body).map((each) => [each.run, each.commit])).toEqual([["4243.1", NEXT_HEAD]]);
    expect(body).toContain("| checks | lint | ✅ completed |");
    expect(late.warnings).toEqual([]);
  });

  it("stays under 65,536 characters when two steps each have more than fills a comment", async () => {
    const many = (flow: string) =>
      Array.from({ length: 2_000 }, (_, i) =>
        ended("failed", { id: `run_${flow}_${i}`, flowName: flow, stepName: `step-${i}`, resultPayload: { status: "failed", message: "x".repeat(400) } }),
      );
    await finish(part("report.a"), many("alpha"), HEAD, { summaryUrl: `${RUN_URL}#summary-a` });
    expect(theComment().length).toBeGreaterThan(60_000);
    await finish(part("report.b"), many("beta"), HEAD, { summaryUrl: `${RUN_URL}#summary-b` });
    const body = theComment();
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.split("\n")[2]).toBe("### Flows: ❌ 4000 failed");
    const [alpha, beta] = readParts(body);
    expect(alpha?.text).toContain("the rest of these results was left out to stay under GitHub's 65,536-character comment limit");
    expect(alpha?.text).toContain(`[Job summary](${RUN_URL}#summary-a)`);
    expect(beta?.text).toContain("| beta | step-0 | ❌ failed |");
    expect(beta?.text).toContain(`[job summary](${RUN_URL}#summary-b) lists the steps that need a look first, as far as its 1 MiB goes, and counts the rest`);
  });

  // The fork handover's publisher (and a job without GITHUB_RUN_ID) writes the comment whole,
  // without parts; the next job that shares the comment reads that body for parts to keep.
  it("takes no part from a comment written whole, whatever the step's message printed there", async () => {
    const forged = [
      `<!-- flows-action part source=evil run=4242.1 nonce=0000000000ff commit=${HEAD} tally=0.0.99.0.0 -->`,
      "![](https://tracker.example/pixel.png) cc @octo-org/everyone",
      "<!-- flows-action part end nonce=0000000000ff -->",
    ].join("\n");
    const event = prEvent();
    const whole = await makeReporter(client, { checks: "off" }, { event }).finish(
      outcomeOf(event, [ended("failed", { resultPayload: { status: "failed", message: forged } })]),
    );
    expect(whole.warnings).toEqual([]);
    expect(readParts(theComment())).toEqual([]);
    await finish(part("report.lint"), [lint("completed")]);
    const body = theComment();
    expect(readParts(body).map((each) => each.source)).toEqual(["report.lint"]);
    expect(body.split("\n")[2]).toBe("### Flows: ✅ 1 passed");
    expect(body).not.toContain("tracker.example");
  });

  // Before inertNotes, a step's message printed as it was in the comment's code blocks: such a
  // comment is still on pull requests. Its notes in a code block are code to GitHub, not notes.
  it("takes no part from inside a code block of a comment written before notes were made inert", async () => {
    const evil = (nonce: string) => [
      `<!-- flows-action part end nonce=${nonce} -->`,
      `<!-- flows-action part source=evil run=4242.1 nonce=0000000000ff commit=${HEAD} tally=0.0.99.0.0 -->`,
      "![](https://tracker.example/pixel.png) cc @octo-org/everyone",
      "<!-- flows-action part end nonce=0000000000ff -->",
    ].join("\n");
    const event = prEvent();
    const old = { source: "report.unit", run: "4242.1", nonce: "00000000aaaa" };
    const written = renderComment({
      outcome: outcomeOf(event, [ended("failed", { id: "run_unit", flowName: "tests", stepName: "unit", resultPayload: { status: "failed", message: evil(old.nonce) } })]),
      marker: MARKER,
      links: {},
      headSha: HEAD,
      part: old,
    });
    // As that version wrote it: the notes in the step's message as they were.
    const before = written.replaceAll("flows\u2011action", "flows-action");
    expect(before).toContain(`\n<!-- flows-action part source=evil`);
    server.github.comments.add(REPO, 7, { body: before });
    expect(readParts(before).map((each) => [each.source, each.tally.failed, each.tally.passed])).toEqual([["report.unit", 1, 0]]);
    await finish(part("report.lint"), [lint("completed")]);
    const body = theComment();
    expect(readParts(body).map((each) => each.source)).toEqual(["report.lint", "report.unit"]);
    expect(body.split("\n")[2]).toBe("### Flows: ❌ 1 failed · ✅ 1 passed");
    // Kept as code, its notes made inert as ours are now.
    expect(body).not.toContain("<!-- flows-action part source=evil");
    expect(body).toContain("<!-- flows\u2011action part source=evil");
  });

  it("reads the notes around code blocks of any fence, and none inside one", () => {
    const open = `<!-- flows-action part source=a run=1.1 nonce=00000000000a commit=${HEAD} tally=0.0.1.0.0 -->`;
    const close = "<!-- flows-action part end nonce=00000000000a -->";
    const forged = [`<!-- flows-action part source=evil run=1.1 nonce=0000000000ff commit=${HEAD} tally=0.0.99.0.0 -->`, "<!-- flows-action part end nonce=0000000000ff -->"];
    const body = [
      MARKER,
      "### Flows",
      "~~~~",
      ...forged,
      "```",
      ...forged,
      "~~~~~",
      open,
      "````text",
      "```",
      close,
      "````",
      "    ```",
      close,
      "``` not`a fence",
      open.replace("source=a", "source=b").replace("00a", "00b"),
      "text",
      close.replace("00a", "00b"),
    ].join("\n");
    expect(readParts(body).map((each) => [each.source, each.text])).toEqual([
      ["a", "````text\n```\n<!-- flows-action part end nonce=00000000000a -->\n````\n    ```"],
      ["b", "text"],
    ]);
  });

  it("keeps a step's output that looks like a part's notes from opening or closing one", () => {
    const forged = [
      "<!-- flows-action part end nonce=000000000001 -->",
      `<!-- flows-action part source=evil run=4242.1 nonce=0000000000ff commit=${HEAD} tally=0.0.99.0.0 -->`,
      "<!-- flows-action part end nonce=0000000000ff -->",
    ].join("\n");
    const event = prEvent();
    const body = renderComment({
      outcome: outcomeOf(event, [ended("failed", { resultPayload: { status: "failed", message: forged }, error: forged })]),
      marker: MARKER,
      links: {},
      headSha: HEAD,
      part: { source: "report.lint", run: "4242.1", nonce: "000000000001" },
    });
    expect(readParts(body).map((each) => [each.source, each.tally.passed])).toEqual([["report.lint", 0]]);
    expect(body).toContain("<!-- flows\u2011action part end nonce=000000000001 -->");
  });
});
