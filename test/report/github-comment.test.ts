import { describe, expect, it } from "vitest";
import type { FlowEvent } from "../../src/contracts.js";
import { createGitHubClient, type GitHubClient } from "../../src/github/client.js";
import { fastPlugins } from "../support/octokit-tuning.js";
import { commentMarker } from "../../src/report/comment-body.js";
import type { GitHubReporterOptions } from "../../src/report/github-reporter.js";
import type { GitHubApiServer, RouteHandler } from "../support/github-api/index.js";
import { ended, HEAD, makeReporter, outcomeOf, prEvent, pushEvent, REPO, RUN_URL, testClient, withoutCodeBlocks, withGitHubServer } from "./github-fixtures.js";

const MARKER = "<!-- flows-action:pull_request:default -->";
const BOT = "github-actions[bot]";

let server: GitHubApiServer;
let client: GitHubClient;
withGitHubServer((started) => ({ server, client } = started));

function reporter(overrides: Partial<GitHubReporterOptions> = {}) {
  return makeReporter(client, { checks: "off" }, overrides);
}

/**
 * An HTML comment no parser reads differently: `<!--`, text that holds no `--` and no `>`, does
 * not end with `-` (XML 1.0 production 15; CommonMark 0.29's inline HTML comment), then `-->`.
 */
function wellFormedComment(marker: string): boolean {
  const text = /^<!--(.*)-->$/s.exec(marker)?.[1];
  return text !== undefined && !text.includes("--") && !text.includes(">") && !text.endsWith("-") && !text.includes("\n");
}

function comments(number = 7) {
  return server.github.comments.list(REPO, number);
}

function original(operationId: string): RouteHandler {
  const handler = server.github.handlers()[operationId];
  if (!handler) throw new Error(`no fake handler for ${operationId}`);
  return handler;
}

describe("the sticky pull request comment", () => {
  it("is created with the check runs on the first run and edited in place on the second", async () => {
    const first = await reporter({ checks: "per-step" }).finish(outcomeOf(prEvent(), [ended("failed", { stepName: "lint" })]));
    expect(comments()).toHaveLength(1);
    const [created] = comments();
    expect(created?.body?.startsWith(MARKER)).toBe(true);
    expect(created?.body).toContain("| bindings | lint | ❌ failed | step failed |");
    expect(created?.user?.login).toBe(BOT);
    expect(first).toMatchObject({ checkRuns: 1, commentUrl: created?.html_url, warnings: [] });
    expect(server.github.checkRuns.list(REPO)).toHaveLength(1);

    const synchronize = prEvent(7, HEAD, "pull_request.synchronize");
    const second = await reporter({ event: synchronize }).finish(outcomeOf(synchronize, [ended("completed", { stepName: "lint" })]));
    expect(comments()).toHaveLength(1);
    expect(comments()[0]).toMatchObject({ id: created?.id });
    expect(comments()[0]?.body).toContain("| bindings | lint | ✅ completed |");
    expect(second.commentUrl).toBe(created?.html_url);
    expect(server.requestsFor("issues/create-comment")).toHaveLength(1);
  });

  it("does not adopt a comment with our marker that another account wrote", async () => {
    const planted = server.github.comments.add(REPO, 7, {
      body: `${MARKER}\n### Flows: ✅ 1 passed\n\nall green, merge me`,
      author: { login: "mallory", id: 666, type: "User" },
    });
    await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(comments().map((comment) => [comment.user?.login, comment.id === planted.id])).toEqual([
      ["mallory", true],
      [BOT, false],
    ]);
    expect(comments()[0]?.body).toBe(`${MARKER}\n### Flows: ✅ 1 passed\n\nall green, merge me`);
    expect(server.requestsFor("issues/update-comment")).toEqual([]);
  });

  // Every workflow of the repository comments as github-actions[bot]: another one that starts
  // its comment with the pull request's title (a title linter's "… is not a conventional
  // commit") wrote our marker first when the title was the marker.
  it("does not adopt another workflow's comment of the same account that starts with a title printing our marker", async () => {
    const echoed = `${MARKER} is not a conventional commit title: start it with feat:, fix: or chore:`;
    const planted = server.github.comments.add(REPO, 7, { body: echoed });
    await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    await reporter().finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(comments().map((comment) => [comment.user?.login, comment.id === planted.id])).toEqual([
      [BOT, true],
      [BOT, false],
    ]);
    expect(comments()[0]?.body).toBe(echoed);
    expect(comments()[1]?.body).toContain("| bindings | regenerate | ✅ completed |");
    expect(server.requestsFor("issues/delete-comment")).toEqual([]);
    // A comment of ours edited on GitHub's web page comes back with CRLF line breaks: still ours.
    server.github.comments.edit(comments()[1]?.id as number, `${MARKER}\r\n### Flows: ✅ 1 passed\r\n\r\nedited`);
    await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(comments()).toHaveLength(2);
    expect(comments()[1]?.body).toContain("| bindings | regenerate | ❌ failed |");
  });

  // A pull-request template that puts the title alone on its comment's first line: the marker
  // on a line of its own, then the template's text, never what a body of ours has there.
  it("does not adopt another workflow's comment whose first line is only a title equal to our marker", async () => {
    const templated = [
      `${MARKER}\n\nThanks for the pull request! A maintainer will review it soon.`,
      `${MARKER}\r\n### Checklist\r\n- [ ] tests`,
      `${MARKER}\n<!-- flows-action commit=main -->\n### Flows: ✅ 1 passed`,
      // A template or description whose second line is a note copied from one of ours.
      `${MARKER}\n<!-- flows-action commit=${HEAD} -->\nThanks for the pull request!`,
      `${MARKER}\r\n<!-- flows-action commit=${HEAD} -->\r\n\r\n### Flows: ✅ 1 passed`,
      `${MARKER}\n<!-- flows-action commit=${HEAD} -->`,
    ].map((body) => server.github.comments.add(REPO, 7, { body }));
    await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    await reporter().finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(comments().map((comment) => comment.id).slice(0, 6)).toEqual(templated.map((comment) => comment.id));
    expect(comments().slice(0, 6).map((comment) => comment.body)).toEqual(templated.map((comment) => comment.body));
    expect(comments()).toHaveLength(7);
    expect(comments()[6]?.body).toContain("| bindings | regenerate | ✅ completed |");
    expect(server.requestsFor("issues/delete-comment")).toEqual([]);
  });

  // Every body of ours has the title right after the marker, or the commit note and then the
  // title (a comment edited by hand below the title is still ours).
  it.each([
    ["the title", `${MARKER}\n### Flows: ❌ 1 failed\n\nold results`],
    ["the commit note and the title", `${MARKER}\n<!-- flows-action commit=${HEAD} -->\n### Flows: ✅ 1 passed`],
    ["the commit note and the title, edited on the web page", `  ${MARKER} \r\n<!-- flows-action commit=${HEAD} -->\r\n### Flows: ✅ 1 passed\r\n\r\nedited`],
  ])("still adopts a body of an earlier version with %s after the marker", async (_, body) => {
    const earlier = server.github.comments.add(REPO, 7, { body });
    await reporter().finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(comments()).toEqual([expect.objectContaining({ id: earlier.id, body: expect.stringContaining("| bindings | regenerate | ✅ completed |") })]);
  });

  it("gives comment keys that differ only in case or punctuation a comment each, and still updates a plain key's comment of an earlier version", async () => {
    // A comment an earlier version wrote for the plain key `nightly` (its marker held the key as is).
    const earlier = server.github.comments.add(REPO, 7, { body: "<!-- flows-action:pull_request:nightly -->\n### Flows: ✅ 1 passed\n\nold results" });
    const keys = ["nightly", "Nightly", "a b", "a-b", "A-B", `${"k".repeat(100)}1`, `${"k".repeat(100)}2`];
    for (const commentKey of keys) {
      await reporter({ commentKey }).finish(outcomeOf(prEvent(), [ended("completed", { stepName: commentKey })]));
    }
    // Each key again: every one finds its own comment and edits it.
    for (const commentKey of keys) {
      await reporter({ commentKey }).finish(outcomeOf(prEvent(), [ended("failed", { stepName: commentKey })]));
    }
    expect(comments()).toHaveLength(keys.length);
    expect(server.requestsFor("issues/create-comment")).toHaveLength(keys.length - 1);
    expect(comments()[0]).toMatchObject({ id: earlier.id });
    expect(comments()[0]?.body?.startsWith("<!-- flows-action:pull_request:nightly -->\n")).toBe(true);
    const markers = comments().map((comment) => comment.body?.split("\n")[0]);
    expect(new Set(markers).size).toBe(keys.length);
    for (const comment of comments()) expect(comment.body).toContain("### Flows: ❌ 1 failed");
    // Readable still: a slug of the key, then a short hash of it.
    expect(markers[2]).toMatch(/^<!-- flows-action:pull_request:a-b~[0-9a-f]{16} -->$/);
    expect(markers[3]).toBe("<!-- flows-action:pull_request:a-b -->");
  });

  it("keeps a comment key with -- or --> inside its marker, a well-formed HTML comment, and edits that one comment in place on the next run", async () => {
    const keys = ["a--b", "x-->y", "--", "end-", "--!>", "a-b"];
    for (const round of ["completed", "failed"] as const) {
      for (const commentKey of keys) {
        await reporter({ commentKey }).finish(outcomeOf(prEvent(), [ended(round, { stepName: commentKey })]));
      }
    }
    expect(comments()).toHaveLength(keys.length);
    expect(server.requestsFor("issues/create-comment")).toHaveLength(keys.length);
    expect(server.requestsFor("issues/update-comment")).toHaveLength(keys.length);
    const markers = comments().map((comment) => comment.body?.split("\n")[0] ?? "");
    expect(new Set(markers).size).toBe(keys.length);
    for (const [index, marker] of markers.entries()) {
      expect(comments()[index]?.body).toContain("### Flows: ❌ 1 failed");
      expect(wellFormedComment(marker), marker).toBe(true);
    }
    // A plain key without `--` keeps its marker as earlier versions wrote it.
    expect(markers[5]).toBe("<!-- flows-action:pull_request:a-b -->");
    expect(markers[0]).toMatch(/^<!-- flows-action:pull_request:a-b~[0-9a-f]{16} -->$/);
    // An event type of the user's own with `--` in its kind gets a well-formed marker too.
    expect(wellFormedComment(commentMarker("my-->event", "k"))).toBe(true);
    expect(commentMarker("my--event", "k")).toBe("<!-- flows-action:my-event:k -->");
  });

  it("still finds and updates the comment an earlier version wrote for a key with --, which then takes the new marker", async () => {
    const earlier = server.github.comments.add(REPO, 7, { body: "<!-- flows-action:pull_request:a--b -->\n### Flows: ✅ 1 passed\n\nold results" });
    await reporter({ commentKey: "a--b" }).finish(outcomeOf(prEvent(), [ended("failed", { stepName: "lint" })]));
    await reporter({ commentKey: "a--b" }).finish(outcomeOf(prEvent(), [ended("completed", { stepName: "lint" })]));
    expect(server.requestsFor("issues/create-comment")).toEqual([]);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]).toMatchObject({ id: earlier.id });
    expect(comments()[0]?.body).toMatch(/^<!-- flows-action:pull_request:a-b~[0-9a-f]{16} -->\n/);
    expect(comments()[0]?.body).toContain("### Flows: ✅ 1 passed");
  });

  it("finds its comment among comments spread over three pages", async () => {
    for (let i = 0; i < 230; i++) server.github.comments.add(REPO, 7, { body: `chatter ${i}`, author: { login: "octocat", id: 1, type: "User" } });
    const ours = server.github.comments.add(REPO, 7, { body: `${MARKER}\n### Flows: ✅ 1 passed\n\nold results` });
    for (let i = 0; i < 19; i++) server.github.comments.add(REPO, 7, { body: `more ${i}`, author: { login: "octocat", id: 1, type: "User" } });
    await reporter().finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(server.requestsFor("issues/list-comments").map((request) => request.query.page ?? "1")).toEqual(["1", "2", "3"]);
    expect(server.requestsFor("issues/create-comment")).toEqual([]);
    expect(comments().find((comment) => comment.id === ours.id)?.body).toContain("✅ completed");
  });

  it("leaves one comment when two jobs finish at the same moment", async () => {
    const list = original("issues/list-comments");
    const held: Array<() => void> = [];
    let lists = 0;
    server.handle("issues/list-comments", async (request) => {
      // Both jobs list before either creates: the race the dedupe exists for.
      lists += 1;
      if (lists <= 2) {
        await new Promise<void>((resolve) => {
          held.push(resolve);
          if (held.length === 2) for (const release of held) release();
        });
      }
      return list(request);
    });
    const other = await testClient(server);
    const results = await Promise.all([
      reporter().finish(outcomeOf(prEvent(), [ended("failed")])),
      reporter({ client: other }).finish(outcomeOf(prEvent(), [ended("failed")])),
    ]);
    expect(server.requestsFor("issues/create-comment")).toHaveLength(2);
    expect(comments()).toHaveLength(1);
    expect(results.map((result) => result.commentUrl)).toEqual([comments()[0]?.html_url, comments()[0]?.html_url]);
    expect(results.flatMap((result) => result.warnings)).toEqual([]);
  });

  it("writes a new comment when its comment was deleted after the listing found it", async () => {
    const ours = server.github.comments.add(REPO, 7, { body: `${MARKER}\n### Flows: ✅ 1 passed\n\nold results` });
    const list = original("issues/list-comments");
    const remove = original("issues/delete-comment");
    let lists = 0;
    server.handle("issues/list-comments", async (request) => {
      const listed = await list(request);
      // Someone deletes it right after the listing (or the listing lagged behind a deletion).
      if (++lists === 1) await remove({ ...request, method: "DELETE", params: { ...request.params, comment_id: String(ours.id) } });
      return listed;
    });
    const report = await reporter().finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(server.requestsFor("issues/update-comment").map((request) => request.status)).toEqual([404]);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain("❌ failed");
    expect(report).toMatchObject({ commentUrl: comments()[0]?.html_url, warnings: [] });
  });

  it("removes duplicates of its own left by an earlier race", async () => {
    const keep = server.github.comments.add(REPO, 7, { body: `${MARKER}\n### Flows: ✅ 1 passed\n\nfirst` });
    server.github.comments.add(REPO, 7, { body: `${MARKER}\n### Flows: ✅ 1 passed\n\nsecond` });
    await reporter().finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(comments().map((comment) => comment.id)).toEqual([keep.id]);
  });

  it("on-failure comments only when something needs a look, then tells a green PR that all passed", async () => {
    await reporter({ comment: "on-failure" }).finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(comments()).toEqual([]);

    await reporter({ comment: "on-failure" }).finish(outcomeOf(prEvent(), [ended("blocked")]));
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain("✋ 1 needs attention");

    await reporter({ comment: "on-failure" }).finish(outcomeOf(prEvent(), [ended("completed")]));
    expect(comments()).toHaveLength(1);
    expect(comments()[0]?.body).toContain("### Flows: ✅ 1 passed");
  });

  it("on-pr writes nothing for a push, and always finds the push's pull request by its commit", async () => {
    server.github.pulls.add(REPO, { number: 12, headSha: HEAD });
    const push = pushEvent();
    const quiet = reporter({ event: push });
    await quiet.finish(outcomeOf(push, [ended("completed")]));
    expect(comments(12)).toEqual([]);
    expect(quiet.io.infos).toContain("flows-action: no pull request to comment on for this event.");

    await reporter({ event: push, comment: "always" }).finish(outcomeOf(push, [ended("completed")]));
    expect(comments(12)).toHaveLength(1);
    expect(comments(12)[0]?.body?.startsWith("<!-- flows-action:push:default -->")).toBe(true);
  });

  it("leaves the comment alone on a dry run", async () => {
    const earlier = server.github.comments.add(REPO, 7, { body: `${MARKER}\n### Flows: ✅ 1 passed\n\nreal results` });
    const gh = reporter({ comment: "always" });
    await gh.finish(outcomeOf(prEvent(), [ended("completed")], { dryRun: true }));
    expect(comments()).toEqual([expect.objectContaining({ id: earlier.id, body: `${MARKER}\n### Flows: ✅ 1 passed\n\nreal results` })]);
    expect(gh.io.infos).toContain("flows-action: dry run, so the pull request comment was left as it is.");
  });

  it("always logs and skips when the commit is in no pull request", async () => {
    const push = pushEvent();
    const gh = reporter({ event: push, comment: "always" });
    const report = await gh.finish(outcomeOf(push, [ended("completed")]));
    expect(report.commentUrl).toBeUndefined();
    expect(gh.io.infos).toContain("flows-action: no pull request to comment on for this event.");
    expect(server.requestsFor("issues/create-comment")).toEqual([]);
  });

  it("comments on the pull requests a workflow_run names", async () => {
    const event: FlowEvent = {
      id: `github:workflow_run.completed:${REPO}:run-9-attempt-1`,
      type: "workflow_run.completed",
      source: "github",
      receivedAt: "2026-11-26T00:00:00Z",
      payload: { repo: REPO, id: 9, headSha: HEAD, pullRequests: [3, 4, "5", -1] },
    };
    await reporter({ event }).finish(outcomeOf(event, [ended("completed")]));
    expect([comments(3).length, comments(4).length, comments(5).length]).toEqual([1, 1, 0]);
  });

  it("says a locked pull request takes no comment, and still comments on the next one", async () => {
    const event: FlowEvent = {
      id: `github:workflow_run.completed:${REPO}:run-9-attempt-1`,
      type: "workflow_run.completed",
      source: "github",
      receivedAt: "2026-11-26T00:00:00Z",
      payload: { repo: REPO, id: 9, headSha: HEAD, pullRequests: [3, 4] },
    };
    const locked = { message: "Unable to create comment because issue is locked.", documentation_url: "https://docs.github.com/articles/locking-conversations/" };
    server.failNext({ operationId: "issues/create-comment", path: `/repos/${REPO}/issues/3/comments`, status: 403, body: locked });
    const report = await reporter({ event }).finish(outcomeOf(event, [ended("completed")]));
    expect([comments(3).length, comments(4).length]).toEqual([0, 1]);
    expect(report.warnings).toEqual([
      'The pull request comment was not written: GitHub answered 403 "Unable to create comment because issue is locked." to comment on pull request #3. Its conversation is locked, so GitHub takes no comment from this token; unlock it to get the comment. The results are in the job summary.',
    ]);
    // No permission is missing (no fallback note), but the summary says the comment is not there.
    expect(report.summaryNote).not.toContain("the token lacks");
    expect(report.summaryNote).toContain(
      '> - comment on pull request \\#\u200B3: GitHub answered 403 "Unable to create comment because issue is locked."',
    );
  });

  it("makes injection attempts inert in the comment and in check output", async () => {
    const message = "<img src=x onerror=alert(1)> ping @org/team | col ``` fence";
    const step = ended("failed", {
      flowName: "evil|flow",
      stepName: "<b>@admins</b>",
      resultPayload: { status: "failed", message },
      error: "```\n<script>alert(1)</script>\n@here",
    });
    await reporter({ checks: "per-step" }).finish(outcomeOf(prEvent(), [step]));
    const body = comments()[0]?.body ?? "";
    const [check] = server.github.checkRuns.list(REPO);
    const outputs = [body, check?.output.summary ?? "", check?.output.title ?? "", check?.name ?? ""];
    for (const text of outputs) {
      // Inside a fenced code block text is shown as is; everywhere else nothing may render.
      const outsideCode = withoutCodeBlocks(text);
      expect(outsideCode).not.toMatch(/<img|<script|<b>/i);
      expect(outsideCode).not.toMatch(/@(org|admins|here)\b/);
    }
    expect(body).toContain("```\n<script>alert(1)</script>");
    expect(body).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(body).toContain("@\u200borg/team");
    const row = body.split("\n").find((line) => line.startsWith("| evil"));
    expect(row?.split(/(?<!\\)\|/).length).toBe(7);
  });

  it("links no issue from the comment or the check output: #1, octo-org/other#2 and GH-3 in names and messages stay plain text", async () => {
    // GitHub links `\#1` as well as `#1`, and a link puts "mentioned this" on that issue, in any
    // repository the text names; a zero-width space after `#` breaks it, as after `@`.
    const step = ended("failed", {
      flowName: "fix-#1",
      stepName: "see GH-3",
      resultPayload: { status: "failed", message: "closes #1, octo-org/other#2 and gh-3" },
    });
    await reporter({ checks: "per-event" }).finish(outcomeOf(prEvent(), [step]));
    const body = comments()[0]?.body ?? "";
    const [check] = server.github.checkRuns.list(REPO);
    for (const text of [body, check?.output.summary ?? ""]) {
      const outsideCode = withoutCodeBlocks(text);
      expect(outsideCode).toContain("closes \\#\u200b1, octo-org/other\\#\u200b2 and gh-\u200b3");
      // What GitHub's reference filter would link: `#` or `GH-` right before a number.
      expect(outsideCode.replace(/\\#/g, "#")).not.toMatch(/#\d|\bgh-\d/i);
    }
    // The <details> summary is HTML, where markdown escapes do nothing.
    expect(body).toContain("<summary>fix-#\u200b1 / see GH-\u200b3");
  });

  it("links no issue by its URL either: an issue's, a pull request's or a discussion's address stays plain text", async () => {
    // GitHub turns such an address into a reference (`octo-org/other#4`) with the same
    // "mentioned this" on that issue; a zero-width space after `https:` (or `www`) leaves no link.
    const urls = [
      "https://github.com/octo-org/other/issues/4",
      "http://ghe.example.com/octo-org/other/pull/5/files",
      "www.github.com/octo-org/other/discussions/6",
    ];
    const step = ended("failed", {
      stepName: `see ${urls[0]}`,
      resultPayload: { status: "failed", message: `fixes ${urls.join(" and ")}; docs at https://example.com/guide/issues` },
    });
    await reporter({ checks: "per-event" }).finish(outcomeOf(prEvent(), [step]));
    const body = comments()[0]?.body ?? "";
    const [check] = server.github.checkRuns.list(REPO);
    for (const text of [withoutCodeBlocks(body), withoutCodeBlocks(check?.output.summary ?? "")]) {
      expect(text).toContain("fixes https:\u200b//github.com/octo-org/other/issues/4 and http:\u200b//ghe.example.com");
      expect(text).toContain("www\u200b.github.com/octo-org/other/discussions/6");
      // What GitHub would link: a scheme's `://`, or `www.`, right before the address.
      expect(text).not.toMatch(/(?:https?:\/\/|www\.)[^\s/]+\/octo-org\/other\/(?:issues|pull|discussions)\/\d/);
      // Any other address is left as it is.
      expect(text).toContain("https://example.com/guide/issues");
    }
    expect(body).toContain("<summary>bindings / see https:\u200b//github.com/octo-org/other/issues/4");
  });

  it("stays under 65,536 characters with a note and a link when thousands of steps ran", async () => {
    const runs = Array.from({ length: 3_000 }, (_, i) =>
      ended("failed", { id: `run_${i}`, stepName: `step-${i}`, resultPayload: { status: "failed", message: "x".repeat(400) } }),
    );
    await reporter({ summaryUrl: `${RUN_URL}#summary-7` }).finish(outcomeOf(prEvent(), runs));
    const body = comments()[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toMatch(/\d+ steps and \d+ detail blocks left out to stay under GitHub's 65,536-character comment limit/);
    expect(body).toContain(`[job summary](${RUN_URL}#summary-7)`);
  });
});


describe("creating the comment when GitHub's answer is lost", () => {
  const LOST = { operationId: "issues/create-comment", status: 500, body: { message: "Server Error", status: "500" }, carriedOut: true };

  it("sends the create once when GitHub carried it out but answered 500, and reports the comment it made", async () => {
    server.failNext(LOST);
    const retrying = await testClient(server, { retries: 3 });
    const report = await makeReporter(retrying, { checks: "off" }).finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(report.warnings).toEqual([]);
    // One POST, then a look that found it: a second POST was a second comment (and a second
    // notification to everyone watching the pull request), deleted only afterwards.
    expect(server.requestsFor("issues/create-comment").map((request) => request.status)).toEqual([500]);
    expect(server.requestsFor("issues/delete-comment")).toHaveLength(0);
    expect(comments()).toHaveLength(1);
    expect(report.commentUrl).toBe(comments()[0]?.html_url);
  });

  it("sends it again when GitHub did not carry it out, as often as the client retries, then warns", async () => {
    server.failNext({ operationId: "issues/create-comment", status: 502, body: { message: "Bad Gateway" }, times: 1 });
    const retrying = await testClient(server, { retries: 2 });
    const report = await makeReporter(retrying, { checks: "off" }).finish(outcomeOf(prEvent(), [ended("failed")]));
    expect(report.warnings).toEqual([]);
    expect(server.requestsFor("issues/create-comment").map((request) => request.status)).toEqual([502, 201]);
    expect(comments()).toHaveLength(1);

    server.failNext({ operationId: "issues/create-comment", status: 502, body: { message: "Bad Gateway" }, times: 3 });
    const failed = await makeReporter(retrying, { checks: "off" }).finish(outcomeOf(prEvent(8), [ended("failed")]));
    expect(server.requestsFor("issues/create-comment")).toHaveLength(5);
    expect(failed.warnings).toEqual([
      'The pull request comment was not written: GitHub answered 502 "Bad Gateway" to comment on pull request #8. The results are in the job summary.',
    ]);
  });
});

describe("a GitHub that does not answer", () => {
  it("stops commenting after one pull request got no answer, instead of waiting again for each of the others", async () => {
    // Held past the client's time limit, each of its tries: the connection hangs.
    server.failNext({ operationId: "issues/list-comments", status: 200, body: [], delayMs: 2_000, times: 100 });
    const impatient = await createGitHubClient({ token: "ghs_workflow_token", baseUrl: server.url, ...fastPlugins({ retries: 1 }), requestTimeoutMs: 150 });
    const report = await makeReporter(impatient, { checks: "off", pullRequests: [7, 8, 9] }).finish(outcomeOf(prEvent(), [ended("failed")]));
    // Two tries for #7 (the client's retry), none for #8 and #9.
    expect(server.requests.filter((request) => request.path.endsWith("/comments"))).toHaveLength(2);
    expect(report.warnings).toEqual([
      "The pull request comment was not written: the request failed (GitHub did not answer within 150 ms) to comment on pull request #7. GitHub could not be reached from here: check the network, a proxy (HTTPS_PROXY) or GITHUB_API_URL. The results are in the job summary.",
      "The pull request comment was not written on #8, #9: GitHub did not answer for the comment before them. The results are in the job summary.",
    ]);
  });
});
