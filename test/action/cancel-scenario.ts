import { type ChildProcess, spawn } from "node:child_process";
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

export type CancelOptions = {
  /** What the runner sends (default SIGINT, as GitHub does first). */
  signal?: "SIGINT" | "SIGTERM";
  /** Run the job again on the same event and state once the cancelled one exited. */
  rerun?: boolean;
};

/** The job run again after the cancelled one: the step then completes at once. */
export type RerunJob = { code: number | null; stdout: string; summary: string };

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
  /** With `rerun`. */
  rerun?: RerunJob;
};

/** Runs the scenario and cleans up after `inspect` looked at the result. */
export async function withCancelledJob(inspect: (job: CancelledJob) => void | Promise<void>, options: CancelOptions = {}): Promise<void> {
  const repo = await tempRepo("flows-cancel-");
  const server = await startGitHubApiServer();
  // The runner's own files (event, outputs, summary), outside the repository.
  const runner = await mkdtemp(join(tmpdir(), "flows-cancel-runner-"));
  try {
    const pidFile = join(repo.dir, "step.pid");
    // Present for the re-run: the step then completes at once.
    const fastFile = join(runner, "fast");
    await writeFlow(repo.dir, {
      name: "slow",
      steps: [
        {
          name: "compile",
          trigger: "push",
          source: [
            `if (await Bun.file(${JSON.stringify(fastFile)}).exists()) {`,
            '  console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "compiled" }));',
            "} else {",
            `  await Bun.write(${JSON.stringify(pidFile)}, String(process.pid));`,
            '  console.log("compiling");',
            "  await Bun.sleep(60_000);",
            "}",
          ].join("\n"),
        },
      ],
    });
    const eventPath = join(runner, "event.json");
    await writeFile(eventPath, JSON.stringify({ ref: "refs/heads/main", before: "0".repeat(40), after: AFTER, repository: { full_name: "octo-org/octo-repo" } }));
    await Promise.all([writeFile(join(runner, "output"), ""), writeFile(join(runner, "summary.md"), "")]);
    const env: NodeJS.ProcessEnv = {
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
    };
    const job = startAction(repo.dir, env);
    await waitFor(() => job.stdout().includes("compiling"));
    const started = Date.now();
    job.child.kill(options.signal ?? "SIGINT");
    const code = await job.exited;
    const stdout = job.stdout();
    const stoppedInMs = Date.now() - started;
    const pid = Number(await readFile(pidFile, "utf8"));
    let stepAlive = true;
    try {
      process.kill(pid, 0);
    } catch {
      stepAlive = false;
    }
    const summary = await readFile(join(runner, "summary.md"), "utf8");
    let rerun: RerunJob | undefined;
    if (options.rerun) {
      await Promise.all([writeFile(fastFile, ""), writeFile(join(runner, "summary.md"), "")]);
      const again = startAction(repo.dir, { ...env, GITHUB_RUN_ATTEMPT: "2" });
      const rerunCode = await again.exited;
      rerun = { code: rerunCode, stdout: again.stdout(), summary: await readFile(join(runner, "summary.md"), "utf8") };
    }
    await inspect({
      code,
      stdout,
      summary,
      ...(rerun ? { rerun } : {}),
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

function startAction(cwd: string, env: NodeJS.ProcessEnv): { child: ChildProcess; stdout: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [DIST_ACTION], { cwd, env });
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on("close", done));
  return { child, stdout: () => stdout, exited };
}

async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the step to start");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
