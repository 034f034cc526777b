// Step output built to break the pull-request comment and the check runs: every request must
// stay within what GitHub takes (the fake refuses, as GitHub does, a comment past 65,536
// characters, check run output past 65,535 bytes, more than 50 annotations in one request, an
// annotation title past 255 characters; test/support/github-api/documented-limits.ts).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { readParts } from "../../src/report/comment-parts.js";
import { ended, makeReporter, outcomeOf, prEvent, REPO, testClient, withoutCodeBlocks } from "./github-fixtures.js";

/** The markup outside code blocks: every fence closed, every <details> closed, no marker but the first line's. */
function expectWholeMarkup(body: string): void {
  const outside = withoutCodeBlocks(body);
  expect(outside.match(/<details>/g)?.length ?? 0).toBe(outside.match(/<\/details>/g)?.length ?? 0);
  expect(outside.match(/<!-- flows-action:/g)).toHaveLength(1);
}

let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer();
});

afterEach(async () => {
  await server.close();
});

const HOSTILE: Array<[string, string]> = [
  ["backtick runs", "`".repeat(70_000)],
  ["fence lines", "```\n~~~\n".repeat(10_000)],
  ["control characters, each shown as <U+0001>", "\u0001".repeat(70_000)],
  ["tag characters, each shown as <U+E0041>", "\u{e0041}".repeat(40_000)],
  ["emoji families of five code points", "👩‍👩‍👧".repeat(20_000)],
  ["lone surrogates", "\ud800".repeat(70_000)],
  ["combining marks on one letter", `a${"\u0301".repeat(100_000)}`],
  ["our own markers and part notes", "<!-- flows-action:pull_request:default -->\n<!-- flows-action part end nonce=0123456789ab -->\n</details>|\n".repeat(2_000)],
];

/** Three steps that fail with `text` everywhere a step puts text, and 120 annotations each. */
function hostileRuns(text: string): FlowRunView[] {
  return [0, 1, 2].map((index) =>
    ended("failed", {
      id: `run_${index}${text.slice(0, 4_000)}`,
      flowName: `${text.slice(0, 2_000)}${index}`,
      stepName: text.slice(0, 2_000),
      error: text,
      output: text,
      resultPayload: {
        status: "failed",
        message: text,
        annotations: Array.from({ length: 120 }, (_, line) => ({ path: `src/${index}.ts`, line: line + 1, message: text.slice(0, 20_000), title: text.slice(0, 2_000) })),
      },
    }),
  );
}

describe("hostile step output in the pull-request comment and the check runs", () => {
  it.each(HOSTILE)("keeps every request within GitHub's limits: %s", async (_, text) => {
    const client = await testClient(server);
    const runs = hostileRuns(text);
    for (const checks of ["per-step", "per-event"] as const) {
      const report = await makeReporter(client, { checks, commentSettleMs: 0 }).finish(outcomeOf(prEvent(), runs));
      expect(report.warnings).toEqual([]);
    }
    server.assertNoViolations();
    const [comment] = server.github.comments.list(REPO, 7);
    expect(comment?.body).toContain("### Flows: ❌ 3 failed");
    expectWholeMarkup(comment?.body ?? "");
    expect(server.requestsFor("checks/create").length + server.requestsFor("checks/update").length).toBeGreaterThan(0);
  }, 60_000);

  it.each(HOSTILE)("keeps a comment shared by several steps of a run within 65,536 characters: %s", async (_, text) => {
    const client = await testClient(server);
    const runs = hostileRuns(text);
    for (const [index, source] of ["report.a", "report.b", "report.c", "report.d"].entries()) {
      const part = { source, run: "4242.1", nonce: `${index}`.padStart(12, "0") };
      const report = await makeReporter(client, { checks: "off", commentSettleMs: 0 }, { commentPart: part }).finish(outcomeOf(prEvent(), runs));
      expect(report.warnings).toEqual([]);
    }
    server.assertNoViolations();
    const comments = server.github.comments.list(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("### Flows: ❌ 12 failed");
    expect(readParts(comments[0]?.body ?? "").map((part) => part.source)).toEqual(["report.a", "report.b", "report.c", "report.d"]);
    expectWholeMarkup(comments[0]?.body ?? "");
  }, 60_000);
});

describe("an unchanged comment holding lone surrogates", () => {
  // GitHub stores a comment in UTF-8: half a surrogate pair (a cut emoji, JSON's "\ud83d") comes
  // back as U+FFFD. Sent as it was, the body never equalled GitHub's copy and was written again
  // on every run.
  const halves = "\ud83d half an emoji, \udc00 its other half, \ud800".repeat(50);
  const runs = (): FlowRunView[] => [
    ended("failed", { flowName: `flow \ud83d`, stepName: `step \udc00`, error: halves, output: halves, resultPayload: { status: "failed", message: halves } }),
  ];

  it("is not written again by a reporter writing the whole comment", async () => {
    const client = await testClient(server);
    for (let round = 0; round < 2; round++) {
      const report = await makeReporter(client, { checks: "off", commentSettleMs: 0 }).finish(outcomeOf(prEvent(), runs()));
      expect(report.warnings).toEqual([]);
    }
    server.assertNoViolations();
    const comments = server.github.comments.list(REPO, 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("\ufffd");
    expect(server.requestsFor("issues/update-comment")).toEqual([]);
  });

  it("is not written again by a reporter writing its part of a shared comment", async () => {
    const client = await testClient(server);
    const part = { source: "report.a", run: "4242.1", nonce: "000000000001" };
    for (let round = 0; round < 2; round++) {
      const report = await makeReporter(client, { checks: "off", commentSettleMs: 0 }, { commentPart: part }).finish(outcomeOf(prEvent(), runs()));
      expect(report.warnings).toEqual([]);
    }
    server.assertNoViolations();
    expect(server.github.comments.list(REPO, 7)).toHaveLength(1);
    expect(server.requestsFor("issues/update-comment")).toEqual([]);
  });
});
