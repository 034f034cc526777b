import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BUN_DIR, DIST_ACTION, parseOutputFile } from "../helpers/run-action.js";
import { writeText } from "../helpers/flow-packages.js";
import { BATCH_EVENT, type EventCase, type PackageCase } from "./corpus.js";

export type CorpusRun = {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  elapsedMs: number;
  /**
   * Peak resident memory (kB) from /usr/bin/time: on Linux the largest of the action process and
   * its finished children (wait4 folds reaped children's peaks in), so a step can dominate it.
   */
  maxRssKb?: number;
  /** Peak resident memory of the action process alone (kB): its VmHWM, read as it exits. */
  ownPeakRssKb?: number;
};

/** A flow that must run and report whatever else is in the repository. */
export async function writeHealthy(repo: string, trigger = "repository_dispatch.*"): Promise<void> {
  await writeText(join(repo, "flows/healthy/s.ts"), 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", message: "healthy ran" }));');
  await writeText(
    join(repo, "flows/healthy/flow.toml"),
    `name = "healthy"\nversion = 1\n\n[[steps]]\nname = "still-runs"\nrunner = "bun"\nscript = "s.ts"\n\n[steps.trigger]\ntype = "${trigger}"\n`,
  );
}

export async function writePackages(repo: string, cases: readonly PackageCase[]): Promise<void> {
  await writeHealthy(repo);
  for (const each of cases) await each.write(join(repo, "flows", each.id));
}

/** Runs dist/index.js as the runner does: env in, output and summary files out. */
export async function runAction(options: {
  repo: string;
  eventName: string;
  event: string | Buffer | Record<string, unknown>;
  inputs?: Record<string, string>;
  measureMemory?: boolean;
  /** More environment variables for the action. */
  env?: Record<string, string>;
}): Promise<CorpusRun> {
  const runnerDir = await mkdtemp(join(tmpdir(), "flows-hostile-runner-"));
  const eventPath = join(runnerDir, "event.json");
  const outputPath = join(runnerDir, "output");
  const summaryPath = join(runnerDir, "summary.md");
  const timePath = join(runnerDir, "time.txt");
  const hwmPath = join(runnerDir, "hwm.txt");
  const preloadPath = join(runnerDir, "hwm.cjs");
  const event = options.event;
  await writeFile(eventPath, typeof event === "string" || Buffer.isBuffer(event) ? event : JSON.stringify(event));
  await Promise.all([writeFile(outputPath, ""), writeFile(summaryPath, "")]);
  const inputs = Object.fromEntries(Object.entries(options.inputs ?? {}).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const env: NodeJS.ProcessEnv = {
    PATH: `${BUN_DIR}:${process.env.PATH}`,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: options.repo,
    GITHUB_REPOSITORY: "octo-org/octo-repo",
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SHA: "f".repeat(40),
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    INPUT_STATE: "file",
    // `npm run test:lazy-events` sends every event file down the streaming reader (#12).
    ...(process.env.FLOWS_LAZY_EVENT_BYTES ? { FLOWS_LAZY_EVENT_BYTES: process.env.FLOWS_LAZY_EVENT_BYTES } : {}),
    ...inputs,
    ...options.env,
  };
  if (options.measureMemory) {
    // Preloaded into the action: its own peak resident set (VmHWM), children not counted.
    const read = 'require("fs").readFileSync("/proc/self/status","utf8").match(/VmHWM:\\s*(\\d+)/)?.[1]';
    await writeFile(preloadPath, `process.on("exit",()=>require("fs").writeFileSync(${JSON.stringify(hwmPath)},String(${read})));\n`);
  }
  const [command, args] = options.measureMemory
    ? ["/usr/bin/time", ["-f", "%M", "-o", timePath, process.execPath, "--require", preloadPath, DIST_ACTION]]
    : [process.execPath, [DIST_ACTION]];
  const started = Date.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(command, args, { cwd: options.repo, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
    // A hung job is a failed case: stop it well after the 10 s budget.
    const timer = setTimeout(() => child.kill("SIGKILL"), options.measureMemory ? 280_000 : 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
  const elapsedMs = Date.now() - started;
  const run: CorpusRun = {
    code,
    stdout,
    stderr,
    summary: await readFile(summaryPath, "utf8"),
    outputs: parseOutputFile(await readFile(outputPath, "utf8")),
    elapsedMs,
  };
  if (options.measureMemory) {
    const rss = Number.parseInt((await readFile(timePath, "utf8").catch(() => "")).trim().split("\n").pop() ?? "", 10);
    if (Number.isFinite(rss)) run.maxRssKb = rss;
    const own = Number.parseInt(await readFile(hwmPath, "utf8").catch(() => ""), 10);
    if (Number.isFinite(own)) run.ownPeakRssKb = own;
  }
  await rm(runnerDir, { recursive: true, force: true });
  return run;
}

export async function runBatch(repo: string, cases: readonly PackageCase[]): Promise<CorpusRun> {
  await writePackages(repo, cases);
  return runAction({ repo, eventName: "repository_dispatch", event: BATCH_EVENT });
}

export async function runEventCase(repo: string, each: EventCase): Promise<CorpusRun> {
  return runAction({ repo, eventName: each.eventName, event: each.event(), ...(each.inputs ? { inputs: each.inputs } : {}) });
}

/** Summary lines about one package: problem rows naming its folder, run rows naming the flow. */
export function linesAbout(run: CorpusRun, each: PackageCase): string {
  const mark = each.find ?? each.id;
  return `${run.summary}\n${run.stdout}`.split("\n").filter((line) => line.includes(mark)).join("\n");
}

/** Files under `dir` (relative), to show that a refused event stored nothing. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)).sort();
}
