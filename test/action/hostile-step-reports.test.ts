import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// Flow steps (real Bun processes, through the engine) whose FLOW_RESULT and output are built to
// break the three reports: markup that closes tables, <details> and code fences, an HTML comment
// left open, mentions and issue references, workflow commands, hidden and bidirectional
// characters in names, and a result 100,000 annotations long. Checked in the job summary, the
// pull request comment and the check runs, and in the log.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const opened = examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened") as { number: number; repository: { full_name: string } };
const repository = opened.repository.full_name;

const MESSAGES = [
  "closes | table </td></tr></table> ``` fence",
  "</details></details> <details><summary>folded",
  "<!-- hides the rest",
  "@octocat @github/security-team see #1 and o/r#5 and GH-12",
  "::error::from the message",
  "first\n::add-mask::notasecret\n::stop-commands::tok\n::error file=a.ts,line=1::x",
  "zero\u200Bwidth \u202Ereversed\u202C \u2066isolated\u2069",
  "\n```\n# Heading\n[!NOTE]: https://evil.example\n> [!NOTE]\n",
];

/** A step that prints `message`, workflow commands, and a FLOW_RESULT carrying `message`. */
function hostileStep(message: string, failed: boolean): string {
  return [
    "await Bun.stdin.text();",
    `const message = ${JSON.stringify(message)};`,
    "console.log(message);",
    'console.log("::error::printed by the step");',
    'console.log("::stop-commands::chosen");',
    'console.log("::warning::after the stop");',
    `console.log("FLOW_RESULT " + JSON.stringify({ status: ${failed ? '"failed"' : '"completed"'}, message, annotations: [{ path: "a.ts", line: 1, message, title: message }] }));`,
  ].join("\n");
}

/** A step whose FLOW_RESULT holds 100,000 tiny annotations: over the 4 MiB a result may take. */
const MANY_ANNOTATIONS =
  'await Bun.stdin.text();\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "m", annotations: Array.from({ length: 100000 }, (_, i) => ({ path: "a.ts", line: i + 1, message: "x" })) }));';

/** Markdown outside fenced code blocks (the fences these reports write: 3 or more backticks). */
function outsideCode(markdown: string): string {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence !== undefined) {
      if (marker?.[1] && marker[1][0] === fence[0] && marker[1].length >= fence.length && marker[2]?.trim() === "") fence = undefined;
      continue;
    }
    if (marker?.[1]) {
      fence = marker[1];
      continue;
    }
    kept.push(line);
  }
  expect(fence, "a code block left open").toBeUndefined();
  return kept.join("\n");
}

/** What every report of hostile text must hold outside its code blocks. */
function expectInert(markdown: string, where: string): void {
  const text = outsideCode(markdown);
  expect(text.match(/<details>/g)?.length ?? 0, where).toBe(text.match(/<\/details>/g)?.length ?? 0);
  // Our own markers are the only HTML comments, each closed on its line.
  for (const line of text.split("\n").filter((each) => each.includes("<!--"))) expect(line, where).toMatch(/^<!-- flows-action[^<>]* -->$/);
  expect(text, where).not.toMatch(/@(octocat|github)/);
  expect(text, where).not.toMatch(/(?<!&)#\d|GH-\d/);
  expect(text, where).not.toMatch(/<\/?(td|tr|table|summary>folded)/);
  expect(text, where).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069](?!octocat|github|\d)/u);
  expect(text, where).not.toMatch(/^\[!NOTE\]:/im);
}

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-hostile-reports-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

describe("hostile step output through the engine", () => {
  it("stays text in the job summary, the pull request comment and the check runs, and runs no command in the log", async () => {
    const steps = MESSAGES.map((message, i) => ({ name: i === 6 ? `s${i}\u202Eevil\u200B` : `s${i}`, trigger: "pull_request.*", source: hostileStep(message, i % 2 === 1) }));
    await writeFlow(repo.dir, { name: "hostile", steps: [...steps, { name: "annotations", trigger: "pull_request.*", source: MANY_ANNOTATIONS }] });
    const run = await runInProcess({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: opened,
      inputs: { "github-token": "ghs_jobtoken", state: "none", "fail-on": "none" },
      env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_SHA: "e".repeat(40) },
    });
    expect(run.code, run.stdout.slice(-3000)).toBe(0);
    server.assertNoViolations();

    expectInert(run.summary, "job summary");
    expect(run.summary.split("\n").filter((line) => line.startsWith("| hostile |"))).toHaveLength(MESSAGES.length + 1);
    const comments = server.github.comments.list(repository, opened.number);
    expect(comments).toHaveLength(1);
    const comment = comments[0]?.body ?? "";
    expectInert(comment, "comment");
    expect(comment.split("\n").filter((line) => line.startsWith("| hostile |"))).toHaveLength(MESSAGES.length + 1);
    const checks = server.github.checkRuns.list(repository);
    // A check run for each step, and one for the flow packages: step 6's name holds U+202E and
    // U+200B, which loading warns about at its line (src/flows/hidden-name.ts).
    expect(checks).toHaveLength(MESSAGES.length + 2);
    expect(checks.find((check) => check.name === "flows: flow packages")?.output?.title).toBe("Flow packages: 1 warning");
    let annotations = 0;
    for (const check of checks) {
      expectInert(check.output?.summary ?? "", `check run ${check.name}`);
      expectInert(check.output?.text ?? "", `check run ${check.name}`);
      expect(check.name).not.toMatch(/[\u200B\u202E]/u);
      // Titles are plain text: mentions there ping no one, but a bidi override would reorder it.
      expect(check.output?.title ?? "").not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
      const notes = server.github.checkRuns.annotations(Number(check.id));
      annotations += notes.length;
      for (const note of notes) expect(`${note.title ?? ""} ${note.message}`).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    }

    expect(annotations).toBeGreaterThanOrEqual(MESSAGES.length);

    // Each workflow command a step printed is inside an inert section of the log, never outside.
    let stopped: string | undefined;
    for (const line of run.stdout.split("\n")) {
      if (stopped !== undefined) {
        if (line === `::${stopped}::`) stopped = undefined;
        continue;
      }
      const stop = /^::stop-commands::(.+)$/.exec(line);
      if (stop?.[1] && stop[1] !== "chosen" && stop[1] !== "tok") {
        stopped = stop[1];
        continue;
      }
      expect(line).not.toMatch(/^::(error|warning|stop-commands)::(printed|after|from|tok|chosen)/);
    }

    // A result past its 4 MiB fails its step and says so once, not its first line twice.
    const tooLarge = comment.slice(comment.indexOf("<details><summary>hostile / annotations"));
    expect(tooLarge).toContain("FLOW_RESULT too large");
    expect(tooLarge.slice(0, tooLarge.indexOf("</details>")).match(/FLOW_RESULT too large \(\d+ bytes, limit 4 MiB\); print/g)).toHaveLength(1);
  }, 120_000);
});
