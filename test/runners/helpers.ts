import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, realpath, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach } from "vitest";
import type { FlowEvent, FlowRunner } from "../../src/contracts.js";
import type { FlowPackage, FlowStep } from "../../src/flows/types.js";
import type { RunStepOptions } from "../../src/runners/types.js";

export const BUN_PATH = path.resolve("node_modules/.bin/bun");

const FIXTURES = path.resolve("test/fixtures/runners");

/** Source of a fixture script under test/fixtures/runners. */
export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}

/** A temp folder for one test; `cleanup` removes it. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), "flows-runners-test-")));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A fresh temp folder for each test of the file: made before it (given to `use`), removed after. */
export function tempDirEachTest(use: (dir: string) => void): void {
  let cleanup: (() => Promise<void>) | undefined;
  beforeEach(async () => {
    const made = await tempDir();
    cleanup = made.cleanup;
    use(made.dir);
  });
  afterEach(async () => {
    await cleanup?.();
  });
}

export type StepPackageOptions = {
  /** The folder the package is written into. */
  root: string;
  /** Script source, written to `exec/step.ts` (or `scriptName`). */
  source: string;
  scriptName?: string;
  runner?: FlowRunner;
  config?: Record<string, unknown>;
  timeoutMs?: number;
  /** Working directory, absolute. Default: the package folder. */
  cwdPath?: string;
  /** More files to write, relative to the package folder. */
  files?: Record<string, string>;
};

/** Writes a one-step flow package to disk and returns it as the loader would. */
export async function writeStepPackage(options: StepPackageOptions): Promise<{ flow: FlowPackage; step: FlowStep }> {
  const script = options.scriptName ?? "exec/step.ts";
  const files: Record<string, string> = { [script]: options.source, ...(options.files ?? {}) };
  for (const [relative, text] of Object.entries(files)) {
    const file = path.join(options.root, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text, "utf8");
  }
  const step: FlowStep = {
    name: "step-under-test",
    runner: options.runner ?? "bun",
    script,
    scriptPath: path.join(options.root, script),
    cwdPath: options.cwdPath ?? options.root,
    timeoutMs: options.timeoutMs ?? 20_000,
  };
  const flow: FlowPackage = {
    name: "runner-test-flow",
    version: 3,
    root: options.root,
    manifestPath: path.join(options.root, "flow.toml"),
    steps: [step],
    ...(options.config !== undefined ? { config: options.config } : {}),
  };
  return { flow, step };
}

export const TEST_EVENT: FlowEvent = {
  id: "patch:upstream.release:openai/codex:rust-v1.2.3",
  type: "upstream.release",
  receivedAt: "2025-01-02T03:04:05.000Z",
  payload: { repo: "openai/codex", tag: "rust-v1.2.3" },
};

/** Minimal host variables a Bun process needs. */
export function baseEnv(): Record<string, string | undefined> {
  return { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR };
}

export function runOptions(
  pkg: { flow: FlowPackage; step: FlowStep },
  overrides: Partial<RunStepOptions> = {},
): RunStepOptions {
  return {
    flow: pkg.flow,
    step: pkg.step,
    event: TEST_EVENT,
    runtime: { runId: "run_0123456789ab", attemptId: "att_1", replay: false },
    env: baseEnv(),
    bunPath: BUN_PATH,
    ...overrides,
  };
}

/** True while `pid` names a live process (a zombie waiting to be reaped counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    throw error;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return false;
  }
}
