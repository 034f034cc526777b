import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureFreshDist } from "./fresh-dist.js";
import { jobEnvironment } from "./job-environment.js";
import { parseOutputFile } from "./runner-log.js";
import { childLoadMeter } from "./stalls.js";

export { jobEnvironment, parseOutputFile };

// Importing this module rebuilds dist/ first when src/ changed since the last build, during
// test collection (outside any test's timeout): tests of dist never run stale code.
await ensureFreshDist();

export const DIST_ACTION = resolve("dist/index.js");
export const BUN_DIR = resolve("node_modules/.bin");

export type ActionRun = {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /**
   * The action's wall milliseconds less its main thread's wait for a core (childLoadMeter,
   * test/helpers/stalls.ts): a bound on how long it took that a loaded machine does not break.
   */
  runningMs: number;
};

/** Run the shipped action (dist/index.js) the way the runner does: env vars in, files out. */
export async function runDistAction(options: {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** Kill the action (SIGKILL) if it is still running after this long; `code` is then null. */
  killAfterMs?: number;
  /** What GITHUB_STEP_SUMMARY holds when the action starts: text it did not write, as the flow steps' is. */
  stepSummary?: string;
}): Promise<ActionRun> {
  // The runner's files live outside the workspace, one folder per run, so runs can overlap.
  const runnerDir = await mkdtemp(join(tmpdir(), "flows-runner-"));
  const eventPath = join(runnerDir, "event.json");
  const outputPath = join(runnerDir, "output");
  const summaryPath = join(runnerDir, "summary.md");
  await writeFile(eventPath, JSON.stringify(options.payload));
  await Promise.all([writeFile(outputPath, ""), writeFile(summaryPath, options.stepSummary ?? "")]);
  const inputs = Object.fromEntries(
    Object.entries(options.inputs ?? {}).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
  );
  const env: NodeJS.ProcessEnv = {
    ...jobEnvironment({ eventName: options.eventName, eventPath, workspace: options.workspace }),
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    "INPUT_STATE": "file",
    ...inputs,
    ...options.env,
  };
  const { code, stdout, stderr, runningMs } = await new Promise<{ code: number | null; stdout: string; stderr: string; runningMs: number }>((done) => {
    const child = spawn(process.execPath, [DIST_ACTION], { cwd: options.workspace, env });
    const meter = childLoadMeter(child.pid!);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    const killer = options.killAfterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), options.killAfterMs);
    child.on("close", (code) => {
      clearTimeout(killer);
      const runningMs = meter.runningMs();
      meter.stop();
      done({ code, stdout, stderr, runningMs });
    });
  });
  const result = {
    code,
    stdout,
    stderr,
    runningMs,
    outputs: parseOutputFile(await readFile(outputPath, "utf8")),
    summary: await readFile(summaryPath, "utf8"),
  };
  await rm(runnerDir, { recursive: true, force: true });
  return result;
}
