import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { type FlowBackend, startFlowBackend } from "../support/flow-backend.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// mode: http through the shipped action (dist/index.js, with the runner's own IO): a flow backend
// is outside the job, so the text of its runs is hostile. It must not become a workflow command,
// markdown that does something, or a place where the backend token or the job's token is shown.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const opened = examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened") as {
  number: number;
  repository: { full_name: string };
};
const repository = opened.repository.full_name;

const backendToken = "backend-token-hostile-0123456789";
const githubToken = `ghs_${"J".repeat(36)}`;
const hostile = `::error::injected\n::warning::injected ##[error]injected <img src=x onerror=alert(1)> [click](javascript:alert(1)) @octocat ${backendToken} ${githubToken}\n\`\`\`\n<img src=fenced>`;

let repo: { dir: string; cleanup: () => Promise<void> };
let backend: FlowBackend;
let github: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-http-hostile-");
  github = await startGitHubApiServer();
  backend = await startFlowBackend({
    token: backendToken,
    scripts: {
      "pull_request.opened": [
        { flow: "::error::injected", step: "\u00a0::warning::injected", result: { status: "blocked", message: hostile }, afterMs: 60 },
        { flow: "notes", step: `draft ${backendToken}`, processStatus: "failed", error: hostile, afterMs: 60 },
      ],
    },
    // A date GitHub's check runs refuse as started_at, and one whose parenthesised text Date.parse ignores.
    behaviour: { runFields: { startedAt: "Wed, 01 Jan 2025 00:00:00 GMT", createdAt: `2025-01-01 (${hostile.replace(/\n/g, " ")})` } },
  });
});
afterEach(async () => {
  await backend.close();
  await github.close();
  await repo.cleanup();
});

describe("mode: http against a hostile backend's run records", () => {
  it("shows their text as text: no workflow command, no live markdown, no token in the log, summary, outputs, check runs or comment", async () => {
    const run = await runDistAction({
      workspace: repo.dir,
      eventName: "pull_request",
      payload: opened,
      inputs: { mode: "http", "backend-url": backend.url, "backend-token": backendToken, "github-token": githubToken, state: "none" },
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: repository },
    });
    const results = JSON.parse(run.outputs.results ?? "[]") as FlowRunView[];
    expect(results.map((view) => view.effectiveStatus)).toEqual(["blocked", "failed"]);
    expect(commandLines(run.stdout).filter((line) => line.includes("injected"))).toEqual([]);
    const published = [
      run.stdout.split("\n").filter((line) => !line.startsWith("::add-mask::")).join("\n"),
      run.summary,
      JSON.stringify(run.outputs),
      JSON.stringify(github.github.checkRuns.list(repository)),
      JSON.stringify(github.github.comments.list(repository, opened.number)),
    ];
    for (const text of published) {
      expect(text).not.toContain(backendToken);
      expect(text).not.toContain(githubToken);
    }
    const comments = github.github.comments.list(repository, opened.number).map((comment) => comment.body ?? "");
    expect(comments).toHaveLength(1);
    // Text inside a fenced code block is shown as it is; outside one, nothing may be live markdown or HTML.
    for (const markdown of [run.summary, ...comments].map(outsideCodeBlocks)) {
      expect(markdown).not.toContain("<img");
      expect(markdown).not.toContain("click](javascript:");
      expect(markdown).not.toMatch(/(^|[^`\\w])@octocat/);
    }
    expect(results[0]?.startedAt).toBe("2025-01-01T00:00:00.000Z");
    expect(results[0]?.createdAt).toBe("2025-01-01T00:00:00.000Z");
    github.assertNoViolations();
  }, 60_000);
});

/**
 * The lines of a job log the runner reads as workflow commands: outside `::stop-commands::`
 * sections, `::` once the leading white space (U+00A0 too) is trimmed, or `##[` anywhere.
 */
function commandLines(stdout: string): string[] {
  let stopped: string | undefined;
  const commands: string[] = [];
  for (const line of stdout.split("\n")) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const start = line.replace(/^[\s\u0085]+/, "");
    if (start.startsWith("::stop-commands::")) stopped = start.slice("::stop-commands::".length);
    else if (start.startsWith("::") || line.includes("##[")) commands.push(line);
  }
  return commands;
}

/** Markdown without its fenced code blocks (fences of three or more backticks, closed by a fence as long). */
function outsideCodeBlocks(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, "");
}
