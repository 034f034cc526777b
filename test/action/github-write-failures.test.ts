import { join } from "node:path";
import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runDistAction } from "../helpers/run-action.js";
import { runInProcess } from "../helpers/run-in-process.js";
import { type GitHubApiServer, serverError, startGitHubApiServer } from "../support/github-api/index.js";

// When GitHub fails a write (a 5xx, a 422, a rate limit that outlasted the waits), not for a
// missing permission, the comment and the check runs never came, and only the log said so: the
// job summary, where the results are said to be, had no word of it. Through the shipped action.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const opened = examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened") as {
  number: number;
  repository: { full_name: string };
};
const repository = opened.repository.full_name;
const TOKEN = "ghs_jobtoken0123456789abcdefABCDEF";
/** GitHub's answer, as outside text: markup, a mention, a table cell's end, and the job's token. */
const HOSTILE_MESSAGE = `Validation Failed: <img src=x> | @octocat ${TOKEN}`;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-write-failures-");
  server = await startGitHubApiServer();
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

const onPullRequest = (inputs: Record<string, string> = {}) =>
  runDistAction({
    workspace: repo.dir,
    eventName: "pull_request",
    payload: opened,
    inputs: { "github-token": TOKEN, state: "none", ...inputs },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_SHA: "e".repeat(40) },
  });

/**
 * A job that only arranges a test (the plan, a run-step job): the action's code path in this
 * process, sparing a Node process of the shipped action each; the job under test runs dist/.
 */
const arrangedOnPullRequest = (inputs: Record<string, string>) =>
  runInProcess({
    workspace: repo.dir,
    eventName: "pull_request",
    payload: opened,
    inputs: { "github-token": TOKEN, state: "none", ...inputs },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_SHA: "e".repeat(40) },
  });

/** The `::warning` workflow commands the action wrote: one annotation each. */
const warningAnnotations = (stdout: string): string[] => stdout.split("\n").filter((line) => line.startsWith("::warning"));

describe("writes GitHub failed", () => {
  it("are each named in the job summary with GitHub's answer, in one annotation in all, and the job still passes", async () => {
    await writeFlow(repo.dir, {
      name: "lint",
      steps: [
        { name: "check", trigger: "pull_request.*", source: rawStep("completed", "all clean") },
        { name: "size", trigger: "pull_request.opened", source: rawStep("completed", "small enough") },
      ],
    });
    server.failNext({
      operationId: "checks/create",
      status: 422,
      body: { message: HOSTILE_MESSAGE, documentation_url: "https://docs.github.com/rest", status: "422" },
      times: 20,
    });
    // Retried by the client (3 times), then given up on.
    server.failNext({ operationId: "issues/create-comment", ...serverError(), times: 10 });
    const run = await onPullRequest();
    // A report that could not be posted is not a failed flow (fail-on names statuses).
    expect(run.code, run.stdout.slice(-3000)).toBe(0);
    expect(server.github.comments.list(repository, opened.number)).toHaveLength(0);

    const summary = run.summary;
    expect(summary).toContain("> [!WARNING]\n> flows-action could not write check runs or the pull request comment to GitHub, so this summary is the report. What GitHub answered:\n");
    expect(summary).toContain(`> - comment on pull request \\#\u200B${opened.number}: GitHub answered 500 "Server Error"`);
    for (const step of ["check", "size"]) {
      expect(summary).toContain(`> - complete check run "flows: lint/${step}": GitHub answered 422 "Validation Failed: &lt;img src=x&gt; &#124; @\u200Boctocat \\*\\*\\*"`);
    }
    expect(summary).toContain("> The results are in this summary. Re-running the job tries these writes again.\n\n### Flows for");
    expect(summary).not.toContain(TOKEN);
    // The results are still there, after the note.
    expect(summary.indexOf("### Flows for")).toBeGreaterThan(summary.indexOf("flows-action could not write"));
    expect(summary).toContain("all clean");
    expect(summary).toContain("small enough");

    // One annotation for all of them; each write in full in the log.
    const warnings = warningAnnotations(run.stdout);
    expect(warnings, warnings.join("\n")).toHaveLength(1);
    expect(warnings[0]).toContain("flows-action could not write check runs or the pull request comment to GitHub (GitHub answered 422");
    expect(warnings[0]).toContain("The results are in the job summary, which lists each write; re-run the job to try them again.");
    expect(run.stdout).toContain(`flows-action warning: The pull request comment was not written: GitHub answered 500 "Server Error" to comment on pull request #${opened.number}.`);
    // The token is registered as a secret (add-mask), and is in no other line.
    expect(run.stdout.split("\n").filter((line) => line.includes(TOKEN) && !line.startsWith("::add-mask::"))).toEqual([]);
    server.assertNoViolations();
  }, 90_000);

  it("are said before the results in the reusable workflow's report job too, as a single job says them", async () => {
    await writeFlow(repo.dir, { name: "lint", steps: [{ name: "check", trigger: "pull_request.*", source: rawStep("completed", "all clean") }] });
    const plan = await arrangedOnPullRequest({ mode: "plan" });
    expect(plan.code, plan.stdout.slice(-3000)).toBe(0);
    const runsDir = join(repo.dir, "downloaded");
    const entries = (JSON.parse(plan.outputs.matrix ?? "{}") as { include: Array<{ index: number; steps: string }> }).include;
    for (const entry of entries) {
      const job = await arrangedOnPullRequest({ mode: "run-step", steps: entry.steps, "runs-file": join(runsDir, `flows-runs-1-${entry.index}`, "runs.json") });
      expect(job.code, job.stdout.slice(-3000)).toBe(0);
    }
    server.failNext({ operationId: "checks/create", status: 422, body: { message: "Validation Failed", documentation_url: "https://docs.github.com/rest", status: "422" }, times: 20 });
    const report = await onPullRequest({ mode: "report", "runs-dir": runsDir, "job-steps": plan.outputs["job-steps"] ?? "", comment: "off" });
    expect(report.code, report.stdout.slice(-3000)).toBe(0);
    const note = report.summary.indexOf("> flows-action could not write check runs to GitHub");
    expect(note, report.summary).toBeGreaterThan(-1);
    expect(report.summary.indexOf("### Flows for")).toBeGreaterThan(note);
    expect(report.summary).toContain("all clean");
    expect(warningAnnotations(report.stdout)).toHaveLength(1);
    server.assertNoViolations();
  }, 120_000);
});
