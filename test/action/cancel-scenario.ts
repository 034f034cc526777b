import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tempRepo, writeFlow } from "../helpers/flow-packages.js";
import { BUN_DIR, DIST_ACTION, parseOutputFile } from "../helpers/run-action.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";

// Cancelling a workflow run: the runner sends SIGINT to the action (dist/index.js, because the
// signal handling lives in the entry process) while a step sleeps for 60 s. Shared by
// cancel.test.ts (what the job records) and cancel.stress.test.ts (how fast it stops).

export const AFTER = "d".repeat(40);

export type CancelledJob = {
  code: number | null;
  stdout: string;
  summary: string;
  outputs: Record<string, string>;
  /** The step's process still exists after the action exited. */
  stepAlive: boolean;
  /** From SIGINT to the action's exit. */
  stoppedInMs: number;
  checks: Array<[string, string, string | null]>;
  server: GitHubApiServer;
};

/** Runs the scenario and cleans up after `inspect` looked at the result. */
export async function withCancelledJob(inspect: (job: CancelledJob) => void | Promise<void>): Promise<void> {
  const repo = await tempRepo("flows-cancel-");
  const server = await startGitHubApiServer();
  // The runner's own files (event, outputs, summary), outside the repository.
  const runner = await mkdtemp(join(tmpdir(), "flows-cancel-runner-"));
  try {
    const pidFile = join(repo.dir, "step.pid");
    await writeFlow(repo.dir, {
      name: "slow",
      steps: [
        {
          name: "compile",
          trigger: "push",
          source: `await Bun.write(${JSON.stringify(pidFile)}, String(process.pid));\nconsole.log("compiling");\nawait Bun.sleep(60_000);`,
        },
      ],
    });
    const eventPath = join(runner, "event.json");
    await writeFile(eventPath, JSON.stringify({ ref: "refs/heads/main", before: "0".repeat(40), after: AFTER, repository: { full_name: "octo-org/octo-repo" } }));
    await Promise.all([writeFile(join(runner, "output"), ""), writeFile(join(runner, "summary.md"), "")]);
    const child = spawn(process.execPath, [DIST_ACTION], {
      cwd: repo.dir,
      env: {
        PATH: `${BUN_DIR}:${process.env.PATH}`,
        GITHUB_ACTIONS: "true",
        GITHUB_EVENT_NAME: "push",
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_WORKSPACE: repo.dir,
        GITHUB_REPOSITORY: "octo-org/octo-repo",
        GITHUB_RUN_ID: "77",
        GITHUB_SHA: AFTER,
        GITHUB_API_URL: server.url,
        GITHUB_OUTPUT: join(runner, "output"),
        GITHUB_STEP_SUMMARY: join(runner, "summary.md"),
        "INPUT_GITHUB-TOKEN": "ghs_jobtoken",
        INPUT_STATE: "file",
        INPUT_COMMENT: "off",
      },
    });
    let stdout = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    const exited = new Promise<number | null>((done) => child.on("close", done));
    await waitFor(() => stdout.includes("compiling"));
    const started = Date.now();
    child.kill("SIGINT");
    const code = await exited;
    const stoppedInMs = Date.now() - started;
    const pid = Number(await readFile(pidFile, "utf8"));
    let stepAlive = true;
    try {
      process.kill(pid, 0);
    } catch {
      stepAlive = false;
    }
    await inspect({
      code,
      stdout,
      summary: await readFile(join(runner, "summary.md"), "utf8"),
      outputs: parseOutputFile(await readFile(join(runner, "output"), "utf8")),
      stepAlive,
      stoppedInMs,
      checks: server.github.checkRuns.list("octo-org/octo-repo").map((check) => [check.name, check.status, check.conclusion]),
      server,
    });
  } finally {
    await server.close();
    await repo.cleanup();
    await rm(runner, { recursive: true, force: true });
  }
}

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the step to start");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
