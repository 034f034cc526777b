import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { beforeAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { githubExample } from "../events/webhook-examples.js";
import { cliTestEnv, runCli } from "../helpers/cli.js";
import { cliProcesses, kill } from "../helpers/cli-process.js";
import { tempRepo } from "../helpers/flow-packages.js";
import { timedUnderLoad } from "../helpers/stalls.js";
import { type FlowBackend, RELEASE_RUNS, startFlowBackend } from "../support/flow-backend.js";
import { secondaryRateLimit, startGitHubApiServer } from "../support/github-api/index.js";
import { DIST_BUILD_WAIT_MS, ensureFreshDist } from "../helpers/fresh-dist.js";

// The `flows` these tests start is the shipped one (dist/cli/index.js), rebuilt first if the sources changed.
beforeAll(() => ensureFreshDist(), DIST_BUILD_WAIT_MS);

const BUN = resolve("node_modules", ".bin", "bun");
const LAUNCHER = resolve("dist", "cli", "index.js");

// `flows github --input mode=http --input replay=<id>` (and runCli, the library's way to it):
// the event the flow backend sends for the replay is checked against the repository the CLI
// knows (--repository, else GITHUB_REPOSITORY, else the payload's), as the action checks it
// against GITHUB_REPOSITORY; with none known, nothing is sent.

const token = "backend-token-0123456789";
const eventId = "github:release.published:o/r:v2.0.0";
let repo: { dir: string; cleanup: () => Promise<void> };
let backend: FlowBackend;

beforeEach(async () => {
  repo = await tempRepo("flows-replay-cli-");
  backend = await startFlowBackend({ token, scripts: RELEASE_RUNS });
  await writeFile(join(repo.dir, "release.json"), JSON.stringify({ action: "published", release: { tag_name: "v2.0.0", id: 2 }, repository: { full_name: "o/r" } }));
  await writeFile(join(repo.dir, "dispatch.json"), JSON.stringify({ inputs: {} }));
});
afterEach(async () => {
  await backend.close();
  await repo.cleanup();
});

const env = (extra: NodeJS.ProcessEnv = {}) => cliTestEnv({ FLOWS_BACKEND_POLL_SECONDS: "0.05", ...extra });
const backendInputs = () => ["--input", "mode=http", "--input", `backend-url=${backend.url}`, "--input", `backend-token=${token}`];
const github = (eventName: string, file: string, more: string[], extra: NodeJS.ProcessEnv = {}) =>
  runCli(["--repo", repo.dir, "--no-color", "github", "--event-name", eventName, "--event-path", join(repo.dir, file), ...backendInputs(), ...more], env(extra));
const replay = (more: string[] = [], extra: NodeJS.ProcessEnv = {}) => github("workflow_dispatch", "dispatch.json", ["--input", `replay=${eventId}`, ...more], extra);
const replayRequests = () => backend.requests.filter((request) => request.method === "POST" && request.path.endsWith("/replay"));

describe("flows github: a replay on a flow backend is checked against the CLI's repository", () => {
  beforeEach(async () => {
    const sent = await github("release", "release.json", []);
    expect(sent.code, sent.err).toBe(0);
    backend.requests.length = 0;
  });

  it("refuses to replay when no repository is known, saying to pass --repository, and sends nothing", async () => {
    const run = await replay();
    expect(run.code).toBe(2);
    expect(run.err).toContain(`--input replay=${eventId} with mode http replays an event the flow backend stores`);
    expect(run.err).toContain("no repository is known (no --repository, GITHUB_REPOSITORY, nor repository.full_name in the payload), so nothing was sent. Pass --repository owner/repo");
    // Not the stand-in name, which would read as a repository somebody set.
    expect(run.err).not.toContain("local/repository");
    expect(backend.requests).toEqual([]);
  });

  it("refuses the event of another repository than --repository, naming --repository, and replays nothing", async () => {
    const run = await replay(["--repository", "other/repo"]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`it is an event of repository "o/r" (its id), but this job runs in "other/repo" (--repository)`);
    expect(run.err).toContain("nothing was replayed");
    expect(replayRequests()).toEqual([]);
  });

  it("checks against GITHUB_REPOSITORY when --repository is not given", async () => {
    const run = await replay([], { GITHUB_REPOSITORY: "other/repo" });
    expect(run.code).toBe(1);
    expect(run.err).toContain(`but this job runs in "other/repo" (GITHUB_REPOSITORY)`);
    expect(replayRequests()).toEqual([]);
  });

  it("replays the event of the repository it is given", async () => {
    const first = backend.runCount();
    const run = await replay(["--repository", "O/R"]);
    expect(run.code, run.err).toBe(0);
    expect(replayRequests()).toHaveLength(1);
    expect(backend.runCount()).toBe(first + 2);
    expect(run.out).toContain(`event-id = ${eventId}`);
  });
});

// The CLI's Ctrl-C and SIGTERM abort the action's code path (src/cli/signals.ts): a replay's read
// of GitHub stops at once too, Octokit's wait out of a rate limit included.
describe("flows github: a replay canceled while GitHub is read", () => {
  const processes = cliProcesses();
  afterEach(() => processes.killAll());

  it.each(["SIGINT", "SIGTERM"] as const)("on %s while GitHub holds the run's read back (a rate limit's minute), exits at once with the replay unsent", async (signal) => {
    const api = await startGitHubApiServer();
    try {
      const payload = githubExample("workflow_run", 0, "completed") as { workflow_run: { id: number } };
      const hello = "Codertocat/Hello-World";
      await writeFile(join(repo.dir, "workflow-run.json"), JSON.stringify(payload));
      await backend.close();
      backend = await startFlowBackend({ token, scripts: { "workflow_run.completed": [{ flow: "ci", step: "notify", result: { status: "completed", message: "noted" }, afterMs: 50 }] } });
      const sent = await github("workflow_run", "workflow-run.json", ["--repository", hello]);
      expect(sent.code, sent.err).toBe(0);
      const id = /event-id = (\S+)/.exec(sent.out)?.[1] ?? "";
      expect(id).toContain(`:run-${payload.workflow_run.id}-attempt-`);
      api.failNext({ operationId: "actions/get-workflow-run", ...secondaryRateLimit({ retryAfterSeconds: 60 }) });
      const started = processes.start(BUN, [
        LAUNCHER,
        "--repo",
        repo.dir,
        "--no-color",
        "github",
        "--event-name",
        "workflow_dispatch",
        "--event-path",
        join(repo.dir, "dispatch.json"),
        ...backendInputs(),
        "--input",
        `replay=${id}`,
        "--input",
        `github-token=ghs_${"K".repeat(36)}`,
        "--repository",
        hello,
      ], { FLOWS_BACKEND_POLL_SECONDS: "0.05", GITHUB_ACTIONS: "true", GITHUB_RUN_ID: "1", GITHUB_API_URL: api.url, GITHUB_SHA: "f".repeat(40) });
      const read = `/repos/${hello}/actions/runs/${payload.workflow_run.id}`;
      const ready = Date.now() + 15_000;
      while (!api.requests.some((request) => request.path === read && request.status !== 0)) {
        if (Date.now() > ready) throw new Error("the replay never read the workflow run");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const { value: exit, ms } = await timedUnderLoad(() => {
        kill(signal === "SIGINT" ? -started.child.pid! : started.child.pid!, signal);
        return started.exited;
      });
      expect(exit.code, exit.stderr).toBe(signal === "SIGINT" ? 130 : 143);
      expect(exit.stderr).toContain(`was canceled while GitHub's workflow run ${payload.workflow_run.id} was read (GET ${read}); the replay was not sent.`);
      expect(replayRequests()).toEqual([]);
      expect(api.requests.filter((request) => request.path === read)).toHaveLength(1);
      expect(api.github.checkRuns.list(hello)).toEqual([]);
      // Waiting, not computing: the old read waited out the rate limit's minute first.
      expect(ms).toBeLessThan(10_000);
    } finally {
      await api.close();
    }
  }, 60_000);
});
