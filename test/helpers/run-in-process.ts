import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runAction } from "../../src/action/run.js";
import { describeError } from "../../src/describe-error.js";
import { type FakeIO, fakeIO } from "./fake-io.js";
import { jobEnvironment } from "./job-environment.js";

export const BUN_DIR = resolve("node_modules/.bin");

export type InProcessRun = {
  /** 1 when the action failed the job, as the runner would see it. */
  code: number;
  /** The log, one runner line per entry, joined. */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  io: FakeIO;
};

/**
 * The action's code path from src/, in this process: the same environment a runner gives
 * dist/index.js, and a fake IO in place of @actions/core.
 */
export async function runInProcess(options: {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  debug?: boolean;
  /** Changes the fake IO before the action runs (a summary file that cannot be written, say). */
  alterIO?: (io: FakeIO) => void;
}): Promise<InProcessRun> {
  const runnerDir = await mkdtemp(join(tmpdir(), "flows-runner-"));
  const eventPath = join(runnerDir, "event.json");
  await writeFile(eventPath, JSON.stringify(options.payload));
  const env: NodeJS.ProcessEnv = {
    ...jobEnvironment({ eventName: options.eventName, eventPath, workspace: options.workspace }),
    RUNNER_TEMP: runnerDir,
    ...options.env,
  };
  const io = fakeIO({ state: "file", ...options.inputs }, { debug: options.debug });
  options.alterIO?.(io);
  try {
    await runAction({ io, env, ...(options.signal ? { signal: options.signal } : {}) });
  } catch (error) {
    io.setFailed(describeError(error));
  } finally {
    await rm(runnerDir, { recursive: true, force: true });
  }
  return { code: io.failed === undefined ? 0 : 1, stdout: io.log.join("\n"), outputs: io.outputs, summary: io.summary, io };
}
