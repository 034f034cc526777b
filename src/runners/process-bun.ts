import { LineSplitter } from "./output.js";
import type { SupervisedProcessOptions } from "./process.js";
import {
  DEFAULT_DRAIN_MS,
  DEFAULT_KILL_GRACE_MS,
  killGroup as killProcessGroup,
  notStarted,
  type StdinPart,
  stdinSlices,
  type SupervisedProcessResult,
  timerDelay,
} from "./process-io.js";
import type { StepOutputStream } from "./types.js";
import { stepProcessReaped, stepProcessStarted } from "./stray-processes.js";

/** The part of Bun's API used here (the package has no Bun types; it also runs on Node). */
type FileSink = { write(chunk: string | Uint8Array): number | Promise<number>; flush(): number | Promise<number> | undefined; end(): number | Promise<number> | undefined };
type Subprocess = {
  readonly pid: number;
  readonly exited: Promise<number>;
  readonly exitCode: number | null;
  readonly signalCode: string | null;
  readonly stdin: FileSink;
  readonly stdout: ReadableStream<Uint8Array>;
  readonly stderr: ReadableStream<Uint8Array>;
  kill(signal?: string): void;
};
export type BunSpawn = (options: {
  cmd: string[];
  cwd: string;
  env: Record<string, string>;
  stdin: "pipe";
  stdout: "pipe";
  stderr: "pipe";
  detached: boolean;
}) => Subprocess;

/** Bun.spawn when running on Bun: no node:child_process to load, and each spawn costs less. */
export function bunSpawn(): BunSpawn | undefined {
  const bun = (globalThis as { Bun?: { spawn?: BunSpawn } }).Bun;
  return typeof bun?.spawn === "function" ? bun.spawn.bind(bun) : undefined;
}

/** superviseProcess on Bun: the same contract (process group, timeouts, drain, stragglers) with Bun.spawn. */
export async function superviseWithBun(spawn: BunSpawn, options: SupervisedProcessOptions): Promise<SupervisedProcessResult> {
  let child: Subprocess;
  try {
    child = spawn({
      cmd: [options.command, ...options.args],
      cwd: options.cwd,
      env: options.env,
      stdin: "pipe",
      stdout: "pipe",
      stderr: "pipe",
      // Own process group (setsid), so a timeout can stop grandchildren too.
      detached: true,
    });
  } catch (error) {
    return notStarted(error);
  }
  stepProcessStarted(child.pid);
  const timers: Array<ReturnType<typeof setTimeout>> = [];
  const readers: Array<ReadableStreamDefaultReader<Uint8Array>> = [];
  const state = { timedOut: false, canceled: false, stopping: false, exited: false };
  const killGroup = (signal: NodeJS.Signals): void => killProcessGroup(child.pid, signal, (leader) => child.kill(leader));
  const stop = (reason: "timeout" | "cancel"): void => {
    if (state.stopping || state.exited) return;
    state.stopping = true;
    if (reason === "timeout") state.timedOut = true;
    else state.canceled = true;
    killGroup("SIGTERM");
    timers.push(setTimeout(() => killGroup("SIGKILL"), options.killGraceMs ?? DEFAULT_KILL_GRACE_MS));
  };
  const onAbort = (): void => stop("cancel");

  const streamsDone = Promise.all([
    readLines(child.stdout, "stdout", options, readers),
    readLines(child.stderr, "stderr", options, readers),
  ]);
  void writeParts(child.stdin, typeof options.stdin === "string" ? [options.stdin] : options.stdin);
  timers.push(setTimeout(() => stop("timeout"), timerDelay(options.timeoutMs)));
  if (options.signal?.aborted) stop("cancel");
  else options.signal?.addEventListener("abort", onAbort, { once: true });

  try {
    await child.exited;
    stepProcessReaped(child.pid);
    state.exited = true;
    // The leader is gone; when we were stopping the run, nothing of it may stay behind.
    if (state.stopping) killGroup("SIGKILL");
    let stragglersStopped = false;
    const drained = await Promise.race([
      streamsDone.then(() => true),
      new Promise<boolean>((resolve) => timers.push(setTimeout(() => resolve(false), options.drainMs ?? DEFAULT_DRAIN_MS))),
    ]);
    if (!drained) {
      stragglersStopped = true;
      killGroup("SIGKILL");
      for (const reader of readers) reader.cancel().catch(() => undefined);
    }
    const signal = (child.signalCode as NodeJS.Signals | null) ?? null;
    return { exitCode: signal === null ? child.exitCode : null, signal, timedOut: state.timedOut, canceled: state.canceled, stragglersStopped, strayProcessesStopped: 0 };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}

async function readLines(
  stream: ReadableStream<Uint8Array>,
  name: StepOutputStream,
  options: SupervisedProcessOptions,
  readers: Array<ReadableStreamDefaultReader<Uint8Array>>,
): Promise<void> {
  const splitter = new LineSplitter((line) => options.onLine(name, line));
  const reader = stream.getReader();
  readers.push(reader);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      splitter.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
  } catch {
    // Canceled (a straggler held the pipe) or broken: keep what arrived.
  } finally {
    splitter.end();
  }
}

/** Writes the parts in slices, waiting for each to reach the pipe, then closes stdin. */
async function writeParts(sink: FileSink, parts: readonly StdinPart[]): Promise<void> {
  try {
    for await (const { chunk, release } of stdinSlices(parts)) {
      // Bun's write returns a count, or a promise when the pipe is full; a step that exits
      // without reading rejects that promise with EPIPE, which must be caught here, not left
      // unhandled (under load it failed the whole command).
      await sink.write(chunk);
      await sink.flush();
      release?.();
    }
  } catch {
    // The step exited without reading (EPIPE), or a scratch file went: its stdin is cut short.
  } finally {
    try {
      // end() flushes what is still buffered: a step gone meanwhile rejects it with EPIPE, which
      // must not surface as an unhandled rejection (it would fail the whole command).
      Promise.resolve(sink.end()).catch(() => undefined);
    } catch {
      // Already closed.
    }
  }
}
