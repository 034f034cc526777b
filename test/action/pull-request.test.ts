import { createRequire } from "node:module";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { rawStep, tempRepo, writeFlow, writeText } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";

// Results in pull requests through the action's code path (in process), against a local GitHub that checks every
// request against GitHub's OpenAPI description: check runs on the head commit, one sticky
// comment, annotations for manifest errors, and the fallback for a read-only token.

type Examples = Array<{ name: string; examples: Array<Record<string, unknown>> }>;
const examples = createRequire(import.meta.url)("@octokit/webhooks-examples/api.github.com/index.json") as Examples;
const opened = examples.find((g) => g.name === "pull_request")?.examples.find((e) => e.action === "opened") as {
  number: number;
  pull_request: { head: { sha: string } };
  repository: { full_name: string };
};
const repository = opened.repository.full_name;
const headSha = opened.pull_request.head.sha;

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;
beforeEach(async () => {
  repo = await tempRepo("flows-pr-");
  server = await startGitHubApiServer();
  await writeFlow(repo.dir, {
    name: "lint",
    steps: [
      { name: "check", trigger: "pull_request.*", source: rawStep("completed", "all clean") },
      { name: "size", trigger: "pull_request.opened", source: rawStep("needs_intervention", "too big: split it") },
    ],
  });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

const onPullRequest = (inputs: Record<string, string> = {}, runId = "500", debug = false) =>
  runInProcess({
    debug,
    workspace: repo.dir,
    eventName: "pull_request",
    payload: opened,
    inputs: { "github-token": "ghs_jobtoken", state: "none", ...inputs },
    env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_SHA: "e".repeat(40) },
  });

describe("results on the pull request", () => {
  it("gives two flows-action steps of one run with the same comment-key one comment holding both", async () => {
    const step = (id: string) =>
      runInProcess({
        workspace: repo.dir,
        eventName: "pull_request",
        payload: opened,
        inputs: { "github-token": "ghs_jobtoken", state: "none", checks: "off" },
        env: { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: "600", GITHUB_JOB: "flows", GITHUB_ACTION: id, GITHUB_SHA: "e".repeat(40) },
      });
    expect((await step("first")).code).toBe(0);
    expect((await step("second")).code).toBe(0);
    const comments = server.github.comments.list(repository, opened.number);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? "";
    expect(body.match(/^<!-- flows-action part source=flows\.(first|second) run=600\.1 /gm)).toEqual([
      expect.stringContaining("flows.first"),
      expect.stringContaining("flows.second"),
    ]);
    expect(body).toContain("### Flows: ✋ 2 need attention · ✅ 2 passed");
    server.assertNoViolations();
  }, 60_000);

  it("keeps both workflows' results when two workflows with the same comment-key, job and step report on one pull request", async () => {
    const workflow = (name: string, runId: string) =>
      runInProcess({
        workspace: repo.dir,
        eventName: "pull_request",
        payload: opened,
        inputs: { "github-token": "ghs_jobtoken", state: "none", checks: "off" },
        env: {
          GITHUB_API_URL: server.url,
          GITHUB_REPOSITORY: repository,
          GITHUB_RUN_ID: runId,
          GITHUB_JOB: "flows",
          GITHUB_ACTION: "__run",
          GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/${name}.yml@refs/pull/${opened.number}/merge`,
          GITHUB_SHA: "e".repeat(40),
        },
      });
    expect((await workflow("ci", "610")).code).toBe(0);
    expect((await workflow("nightly", "611")).code).toBe(0);
    // ci's next run replaces its own part and keeps nightly's.
    expect((await workflow("ci", "612")).code).toBe(0);
    const comments = server.github.comments.list(repository, opened.number);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? "";
    expect(body.match(/^<!-- flows-action part source=flows\.__run\.[0-9a-f]{8} run=61[12]\.1 /gm)).toHaveLength(2);
    expect(body).toContain("### Flows: ✋ 2 need attention · ✅ 2 passed");
    server.assertNoViolations();
  }, 60_000);

  it("creates a check run per step on the head commit and one sticky comment, edited on the next run", async () => {
    const first = await onPullRequest({}, "500", true);
    expect(first.code, first.stdout).toBe(0);
    expect(first.stdout).toMatch(/^::debug::GitHub API POST \/repos\/[^/]+\/[^/]+\/check-runs → 201$/m);
    // The log leads to each step's own check run.
    expect(first.stdout).toMatch(/^lint\/check: check run https?:\/\/\S+\/runs\/\d+$/m);
    expect(first.stdout).toMatch(/^lint\/size: check run https?:\/\/\S+\/runs\/\d+$/m);
    const runs = server.github.checkRuns.list(repository);
    expect(runs.map((run) => [run.name, run.head_sha, run.status, run.conclusion]).sort()).toEqual([
      ["flows: lint/check", headSha, "completed", "success"],
      ["flows: lint/size", headSha, "completed", "action_required"],
    ]);
    const comments = server.github.comments.list(repository, opened.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("too big: split it");

    const second = await onPullRequest({}, "501");
    expect(second.code).toBe(0);
    expect(server.github.comments.list(repository, opened.number)).toHaveLength(1);
    expect(server.github.checkRuns.list(repository)).toHaveLength(2);
    server.assertNoViolations();
  }, 60_000);

  it("turns manifest errors into a failing problems check with annotations", async () => {
    await writeText(`${repo.dir}/flows/broken/flow.toml`, 'name = "broken"\nversion = "x"\n');
    const run = await onPullRequest({ checks: "per-step", comment: "off" });
    expect(run.code).toBe(1);
    const problems = server.github.checkRuns.list(repository).find((check) => check.name === "flows: flow packages");
    expect(problems?.conclusion).toBe("failure");
    expect(server.github.checkRuns.annotations(problems?.id as number).map((a) => a.path)).toContain("flows/broken/flow.toml");
    server.assertNoViolations();
  }, 60_000);

  it("falls back to the job summary with a warning naming the permission when the token is read-only", async () => {
    server.failNext({ operationId: "checks/create", status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" }, times: 10 });
    server.failNext({ operationId: "issues/create-comment", status: 403, body: { message: "Resource not accessible by integration", documentation_url: "https://docs.github.com/rest", status: "403" }, times: 10 });
    const run = await onPullRequest();
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::.*checks: write/);
    // The example pull request comes from the repository itself: no fork advice, what to check instead.
    expect(run.stdout).toContain("A job's own `permissions:` replace the workflow's");
    expect(run.stdout).not.toMatch(/workflow_run/);
    expect(run.summary).toContain("too big: split it");
  }, 60_000);
});
