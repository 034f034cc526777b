import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { runInProcess } from "../helpers/run-in-process.js";
import type { Matrix } from "../../src/action/scale-out.js";

// The headline use, end to end in process: a scheduled poll finds a new upstream release, the
// step (a real Bun process) says in its FLOW_RESULT which pull request it opened or updated,
// and the step's check run shows up on that pull request's head commit, not only on the
// default branch's.

const REPO = "octo-org/octo-repo";
const PR_HEAD = "e5".repeat(20);
const GITHUB_SHA = "f".repeat(40);
const CHECK = "flows: codex-bindings/regenerate [github:upstream.release:openai/codex:rust-v1.1.0]";

let repo: { dir: string; cleanup: () => Promise<void> };
let server: GitHubApiServer;

beforeEach(async () => {
  repo = await tempRepo("flows-result-checks-");
  server = await startGitHubApiServer();
  server.github.releases.add("openai/codex", { tagName: "rust-v1.1.0", publishedAt: "2026-11-02T00:00:00Z" });
  server.github.pulls.add(REPO, { number: 31, headSha: PR_HEAD, headRef: "bump-codex" });
});
afterEach(async () => {
  await server.close();
  await repo.cleanup();
});

/** A step that "opened" pull requests: its FLOW_RESULT carries these artifacts. */
async function stepNaming(artifacts: unknown, status = "changed", trigger = "upstream.release"): Promise<void> {
  await writeFlow(repo.dir, {
    name: "codex-bindings",
    steps: [
      {
        name: "regenerate",
        trigger,
        source: `const ctx = JSON.parse(await Bun.stdin.text());\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: ${JSON.stringify(status)}, message: "bindings for " + (ctx.flow.event.payload.tag ?? "main"), artifacts: ${JSON.stringify(artifacts)} }));`,
      },
    ],
  });
}

const warningsOf = (run: { io: { log: string[] } }) => run.io.log.filter((line) => line.startsWith("::warning"));

/** Each poll keeps its state in its own folder: a job re-run on a fresh runner, whose state file is gone. */
const poll = (runId: string) =>
  runInProcess({
    workspace: repo.dir,
    eventName: "schedule",
    payload: { schedule: "17 * * * *", repository: { full_name: REPO } },
    inputs: { watch: "openai/codex tags=rust-v*", "github-token": "ghs_actiontoken", state: "file", "state-dir": `state-${runId}` },
    env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: runId },
  });

describe("a scheduled poll's step names the pull request it opened", () => {
  it("gets the step's check run on that pull request's head, and a re-run updates it", async () => {
    await stepNaming({ pullRequest: `https://github.com/${REPO}/pull/31` });
    const first = await poll("300");
    expect(first.code, first.stdout).toBe(0);
    const checks = server.github.checkRuns.list(REPO);
    expect(checks.map((check) => [check.name, check.head_sha, check.status, check.conclusion])).toEqual([
      [CHECK, GITHUB_SHA, "completed", "success"],
      [CHECK, PR_HEAD, "completed", "success"],
    ]);
    expect(checks[1]?.output.title).toBe("bindings for rust-v1.1.0");
    expect(server.requestsFor("pulls/get")).toHaveLength(1);
    expect(first.summary).toContain("### Check runs where the steps said");
    expect(first.summary).toMatch(/\| codex-bindings\/regenerate \| pull request \\#31 \| \[.*\]\(https:\/\/github.com\/octo-org\/octo-repo\/runs\/\d+\) on `e5e5e5e5e5e5` \|/);
    expect(warningsOf(first)).toEqual([]);

    // The same release handled again (its state forgotten), now with a failing step.
    await stepNaming({ pullRequest: 31 }, "failed");
    const again = await poll("301");
    expect(again.stdout).toContain("bindings for rust-v1.1.0");
    const after = server.github.checkRuns.list(REPO);
    expect(after).toHaveLength(2);
    expect(after.find((check) => check.head_sha === PR_HEAD)).toMatchObject({ id: checks[1]?.id, conclusion: "failure" });

    // Fixed, then replayed by hand: the release is now the job's own event, and the pull
    // request's check run is the same one, green again, not a second one beside the red one.
    await stepNaming({ pullRequest: 31 }, "changed");
    const replayed = await runInProcess({
      workspace: repo.dir,
      eventName: "workflow_dispatch",
      payload: { inputs: {}, ref: "refs/heads/main", repository: { full_name: REPO }, sender: { login: "octocat" } },
      inputs: { replay: "github:upstream.release:openai/codex:rust-v1.1.0", "github-token": "ghs_actiontoken", state: "file", "state-dir": "state-301" },
      env: { GITHUB_API_URL: server.url, GITHUB_RUN_ID: "302" },
    });
    expect(replayed.code, replayed.stdout).toBe(0);
    const onPr = server.github.checkRuns.list(REPO).filter((check) => check.head_sha === PR_HEAD);
    expect(onPr.map((check) => [check.id, check.name, check.conclusion])).toEqual([[checks[1]?.id, CHECK, "success"]]);
    // On the job's own commit too: the replay's check run is the poll's, named with the event id.
    const onOwn = server.github.checkRuns.list(REPO).filter((check) => check.head_sha === GITHUB_SHA && check.name.startsWith("flows: codex-bindings/"));
    expect(onOwn.map((check) => [check.id, check.name, check.conclusion])).toEqual([[checks[0]?.id, CHECK, "success"]]);
    server.assertNoViolations();
  }, 60_000);

  it("warns about what names no pull request or commit of this repository, and still succeeds", async () => {
    await stepNaming({ pullRequest: ["https://github.com/someone/else/pull/31", 0, 1e12], commit: `${"xyz".repeat(13)}x` });
    const run = await poll("302");
    expect(run.code, run.stdout).toBe(0);
    expect(server.github.checkRuns.list(REPO).map((check) => check.head_sha)).toEqual([GITHUB_SHA]);
    const warnings = warningsOf(run);
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/flow "codex-bindings" step "regenerate": artifacts.pullRequest "https:\/\/github.com\/someone\/else\/pull\/31" is not a pull request of octo-org\/octo-repo: write its number/);
    expect(warnings[3]).toMatch(/artifacts.commit "(xyz)+x" is not a commit: write its full SHA/);
    expect(run.summary).toContain("### Check runs where the steps said");
    server.assertNoViolations();
  }, 60_000);
});

describe("the reusable workflow's report job", () => {
  it("puts the check run of a step that ran in a run-step job on the pull request its result names", async () => {
    await stepNaming({ pullRequest: 31 }, "changed", "push");
    const after = "c".repeat(40);
    const payload = { ref: "refs/heads/main", after, before: "0".repeat(40), repository: { full_name: REPO }, sender: { login: "octocat" } };
    const job = (inputs: Record<string, string>) =>
      runInProcess({
        workspace: repo.dir,
        eventName: "push",
        payload,
        inputs: { state: "none", "github-token": "ghs_actiontoken", ...inputs },
        env: { GITHUB_API_URL: server.url },
      });
    const plan = await job({ mode: "plan" });
    const [entry] = (JSON.parse(plan.outputs.matrix ?? "{}") as Matrix).include;
    const runsDir = join(repo.dir, "downloaded");
    const step = await job({ mode: "run-step", steps: entry?.steps ?? "", "runs-file": join(runsDir, "flows-runs-1-0", "runs.json") });
    expect(step.code, step.stdout).toBe(0);
    expect(server.github.checkRuns.list(REPO)).toEqual([]);

    const report = await job({ mode: "report", "runs-dir": runsDir });
    expect(report.code, report.stdout).toBe(0);
    // On the pull request, the name carries the event id (cut, as check run names are).
    expect(server.github.checkRuns.list(REPO).map((check) => [check.name.replace(/ \[github:push:.*\]$/, " [push]"), check.head_sha, check.conclusion])).toEqual([
      ["flows: codex-bindings/regenerate", after, "success"],
      ["flows: codex-bindings/regenerate [push]", PR_HEAD, "success"],
    ]);
    expect(report.summary).toContain("| codex-bindings/regenerate | pull request \\#31 |");
    server.assertNoViolations();
  }, 60_000);
});
