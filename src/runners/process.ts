import type { ChildProcess } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { LineSplitter } from "./output.js";
import { bunSpawn, superviseWithBun } from "./process-bun.js";
import {
  DEFAULT_DRAIN_MS,
  DEFAULT_KILL_GRACE_MS,
  killGroup,
  notStarted,
  type StdinPart,
  stdinSlices,
  type SupervisedProcessResult,
  timerDelay,
} from "./process-io.js";
import { canFindStrayProcesses, markedEnvironment, stepProcessReaped, stepProcessStarted, stopMarkedProcesses } from "./stray-processes.js";
import type { StepOutputStream } from "./types.js";

export type SupervisedProcessOptions = {
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /**
   * Written to stdin, which is then closed. Parts are written one after another in bounded
   * slices, waiting for the pipe to drain, so a large text is never copied whole into a buffer.
   */
  stdin: string | readonly StdinPart[];
  timeoutMs: number;
  signal?: AbortSignal;
  onLine: (stream: StepOutputStream, line: string) => void;
  /** Time between SIGTERM and SIGKILL when stopping the process group (default 2000 ms). */
  killGraceMs?: number;
  /** How long to wait for output pipes to close after the process exited (default 1000 ms). */
  drainMs?: number;
};

export type { StdinPart, SupervisedProcessResult } from "./process-io.js";

/**
 * Runs one process in its own process group, streams its output line by line, and stops the
 * whole group (not just the direct child) on timeout or abort. Resolves once the process has
 * exited and its output is drained; never waits forever on a grandchild holding the pipes. Then,
 * on Linux, stops every process still carrying the mark its environment was given
 * (./stray-processes.ts): nothing the process started outlives it, new sessions included.
 */
export async function superviseProcess(options: SupervisedProcessOptions): Promise<SupervisedProcessResult> {
  // On Bun (the `flows` command), Bun.spawn: node:child_process costs ~7 ms to load and set up there.
  const marked = canFindStrayProcesses() ? markedEnvironment(options.env) : undefined;
  const run = { ...options, env: marked?.env ?? options.env };
  const onBun = bunSpawn();
  const result = onBun !== undefined ? await superviseWithBun(onBun, run) : await superviseWithNode(run);
  // Once the process group is gone or stopped, and never for a process that did not start.
  if (marked !== undefined && result.spawnError === undefined) result.strayProcessesStopped = stopMarkedProcesses(marked.mark);
  return result;
}

async function superviseWithNode(options: SupervisedProcessOptions): Promise<SupervisedProcessResult> {
  const { spawn } = await import("node:child_process");
  return new Promise((resolve) => {
    let child: ChildProcess;
    try {
      child = spawn(options.command, options.args, {
        cwd: options.cwd,
        env: options.env,
        // Own process group, so a timeout can stop grandchildren too.
        detached: true,
        stdio: ["pipe", "pipe", "pipe"],
      });
    } catch (error) {
      resolve(notStarted(error));
      return;
    }
    stepProcessStarted(child.pid);
    new Supervision(child, options, resolve).start();
  });
}

class Supervision {
  private timedOut = false;
  private canceled = false;
  private stopping = false;
  private exited = false;
  private stragglersStopped = false;
  private finished = false;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly onAbort = (): void => this.stop("cancel");

  constructor(
    private readonly child: ChildProcess,
    private readonly options: SupervisedProcessOptions,
    private readonly resolve: (result: SupervisedProcessResult) => void,
  ) {}

  start(): void {
    const { child, options } = this;
    const streamsDone = Promise.all([
      this.pipeLines(child.stdout, "stdout"),
      this.pipeLines(child.stderr, "stderr"),
    ]);
    child.once("error", (error) => {
      // Only a failure to start matters here; kill errors are handled where we kill.
      if (child.pid === undefined) this.finish(notStarted(error));
    });
    child.once("exit", (code, signal) => {
      stepProcessReaped(child.pid);
      this.exited = true;
      void this.afterExit(code, signal, streamsDone);
    });
    child.stdin?.on("error", () => {
      // The step may exit without reading stdin (EPIPE); that is its choice.
    });
    if (child.stdin) void writeParts(child.stdin, typeof options.stdin === "string" ? [options.stdin] : options.stdin);

    this.timers.push(setTimeout(() => this.stop("timeout"), timerDelay(options.timeoutMs)));
    if (options.signal?.aborted) this.stop("cancel");
    else options.signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  private async afterExit(
    code: number | null,
    signal: NodeJS.Signals | null,
    streamsDone: Promise<unknown>,
  ): Promise<void> {
    // The leader is gone; when we were stopping the run, nothing of it may stay behind.
    if (this.stopping) this.killGroup("SIGKILL");
    const drained = await Promise.race([
      streamsDone.then(() => true),
      delay(this.options.drainMs ?? DEFAULT_DRAIN_MS, this.timers).then(() => false),
    ]);
    if (!drained) {
      this.stragglersStopped = true;
      this.killGroup("SIGKILL");
      this.child.stdout?.destroy();
      this.child.stderr?.destroy();
      // Destroyed streams close on the next tick, and only then hand out a last line without a
      // newline (a FLOW_RESULT printed with process.stdout.write): before the result is read.
      await streamsDone;
    }
    this.finish({
      exitCode: code,
      signal,
      timedOut: this.timedOut,
      canceled: this.canceled,
      stragglersStopped: this.stragglersStopped,
      strayProcessesStopped: 0,
    });
  }

  private stop(reason: "timeout" | "cancel"): void {
    if (this.stopping || this.exited || this.finished) return;
    this.stopping = true;
    if (reason === "timeout") this.timedOut = true;
    else this.canceled = true;
    this.killGroup("SIGTERM");
    const grace = this.options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    this.timers.push(setTimeout(() => this.killGroup("SIGKILL"), grace));
  }

  private killGroup(signal: NodeJS.Signals): void {
    killGroup(this.child.pid, signal, (leader) => this.child.kill(leader));
  }

  private pipeLines(stream: Readable | null, name: StepOutputStream): Promise<void> {
    if (stream === null) return Promise.resolve();
    const splitter = new LineSplitter((line) => this.options.onLine(name, line));
    stream.on("data", (chunk: Buffer) => splitter.push(chunk));
    return new Promise((done) => {
      let ended = false;
      const end = (): void => {
        if (ended) return;
        ended = true;
        splitter.end();
        done();
      };
      stream.once("end", end);
      stream.once("close", end);
      stream.once("error", end);
    });
  }

  private finish(result: SupervisedProcessResult): void {
    if (this.finished) return;
    this.finished = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.options.signal?.removeEventListener("abort", this.onAbort);
    this.resolve(result);
  }
}

/** Writes the parts in slices, honouring backpressure, then ends the stream; stops if it breaks. */
async function writeParts(stream: Writable, parts: readonly StdinPart[]): Promise<void> {
  const broken = (): boolean => stream.destroyed || stream.writableEnded || stream.errored !== null;
  try {
    for await (const { chunk, release } of stdinSlices(parts)) {
      if (broken()) return;
      if (!stream.write(chunk, release) && !(await drained(stream))) return;
    }
  } catch (error) {
    // A scratch file gone mid-job: the step sees its stdin cut short rather than the action crash.
    stream.destroy(error as Error);
    return;
  }
  if (!broken()) stream.end();
}

/** Resolves true once the stream drains, false when it closes or fails first. */
function drained(stream: Writable): Promise<boolean> {
  return new Promise((resolve) => {
    const done = (ok: boolean) => (): void => {
      stream.off("drain", onDrain);
      stream.off("close", onClose);
      stream.off("error", onClose);
      resolve(ok);
    };
    const onDrain = done(true);
    const onClose = done(false);
    stream.once("drain", onDrain);
    stream.once("close", onClose);
    stream.once("error", onClose);
  });
}

function delay(ms: number, timers: NodeJS.Timeout[]): Promise<void> {
  return new Promise((resolve) => {
    timers.push(setTimeout(resolve, ms));
  });
}
