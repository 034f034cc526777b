import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

// Time budgets that hold on a loaded machine. A test that bounds how long something takes ("the
// cancel budget holds", "a dripped answer is given up") fails on a busy machine when its process
// gets no CPU for a while: the wall clock runs, nothing of the code under test does. Two measures
// leave that out without hiding the defect a budget pins:
// - time the event loop was stalled (the process not scheduled, or busy), measured in the same
//   test: a defect that waits (a budget not kept, requests sent one after another) is idle time,
//   which this does not count;
// - the CPU time of this process, for work whose cost is computing (reading a gzip bomb).

/** How late a 50 ms timer fired, summed: the time this process could not run its event loop. */
export type StallMeter = {
  /** Stalled milliseconds so far. */
  stalledMs(): number;
  /** Wall milliseconds since the meter started, less the stalls. */
  runningMs(): number;
  stop(): void;
};

const TICK_MS = 50;
/**
 * The part of a tick's lateness counted as a stall: past this. Waking up takes a while on a busy
 * machine, each time: counted whole, at every tick of an idle wait, it took 10 s of waiting (a
 * defect: 40 cancels one after another) for 5 s. The code under test wakes up late as often as
 * it waits, not at every tick: what is counted is the long stalls, which made budgets fail.
 */
const NOISE_MS = 25;

export function stallMeter(): StallMeter {
  const started = performance.now();
  let stalled = 0;
  let last = started;
  const tick = (): void => {
    const now = performance.now();
    const late = now - last - TICK_MS;
    if (late > NOISE_MS) stalled += late - NOISE_MS;
    last = now;
  };
  const timer = setInterval(tick, TICK_MS);
  return {
    stalledMs: () => {
      tick();
      return stalled;
    },
    runningMs: () => {
      tick();
      return performance.now() - started - stalled;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * `promise`'s value, its wall time and its wall time less the event loop's stalls meanwhile
 * (`ms`): bound `ms` where the budget is about waiting, not computing.
 */
export async function timedUnderLoad<T>(promise: Promise<T> | (() => Promise<T>)): Promise<{ value: T; ms: number; wallMs: number; stalledMs: number }> {
  const meter = stallMeter();
  const wallStart = performance.now();
  try {
    const value = await (typeof promise === "function" ? promise() : promise);
    const wallMs = performance.now() - wallStart;
    const stalledMs = meter.stalledMs();
    return { value, ms: wallMs - stalledMs, wallMs, stalledMs };
  } finally {
    meter.stop();
  }
}

/**
 * Runs a step with `onLine` as its line handler and times what follows its FLOW_RESULT line, in
 * the time this process could run (stalls left out): a Bun starting beside busy processes took
 * seconds of wall time before its last line.
 */
export async function timedAfterResult<T>(run: (onLine: (stream: string, line: string) => void) => Promise<T>): Promise<{ value: T; afterResultMs: number }> {
  const meter = stallMeter();
  let resultAt = Number.NaN;
  const value = await run((_stream, line) => {
    if (line.startsWith("FLOW_RESULT")) resultAt = meter.runningMs();
  }).finally(() => meter.stop());
  return { value, afterResultMs: meter.runningMs() - resultAt };
}

/** CPU milliseconds (user and system, all threads) this process spends on `work`. */
export async function cpuTimed<T>(work: () => Promise<T>): Promise<{ value: T; cpuMs: number; wallMs: number }> {
  const before = process.cpuUsage();
  const wallStart = performance.now();
  const value = await work();
  const used = process.cpuUsage(before);
  return { value, cpuMs: (used.user + used.system) / 1000, wallMs: performance.now() - wallStart };
}

let clockTicksPerSecond: number | undefined;

/**
 * CPU milliseconds (user and system) of this process and of its children that have ended and been
 * waited for (and theirs, recursively), from /proc/self/stat: for work done by child processes
 * (git), which process.cpuUsage() leaves out. Linux only, as these tests' git and process groups are.
 */
export function cpuMsWithChildren(): number {
  clockTicksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  const stat = readFileSync("/proc/self/stat", "utf8");
  // Fields after the command's closing parenthesis, from field 3 (state): utime is field 14.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0);
  return (ticks * 1000) / clockTicksPerSecond;
}

/** `work`'s value, its wall time, and the CPU time of this process and its ended children meanwhile (cpuMsWithChildren). */
export async function cpuTimedWithChildren<T>(work: () => Promise<T>): Promise<{ value: T; cpuMs: number; wallMs: number }> {
  const before = cpuMsWithChildren();
  const wallStart = performance.now();
  const value = await work();
  return { value, cpuMs: cpuMsWithChildren() - before, wallMs: performance.now() - wallStart };
}

/**
 * CPU milliseconds (user and system, all threads) this process spent since `before`
 * (`process.cpuUsage()`): for a bound on in-process computing written as
 * `const cpu = process.cpuUsage(); …; expect(cpuMsSince(cpu)).toBeLessThan(…)`.
 */
export function cpuMsSince(before: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

// A child process on a loaded machine: its wall time holds the time it was ready to run and
// waited for a core, which neither this process's stalls nor its CPU time show (a Bun or Node
// child that starts, handles a signal and exits needs a few hundred ms of CPU: beside six busy
// loops it took seconds of wall clock). Linux counts that wait per thread in
// /proc/<pid>/schedstat (its second field, in ns): wall time less it is the time the child
// ran or waited for something else (a timer, an answer), which a defect that waits shows.

/** Milliseconds the main thread of process `pid` has waited for a CPU while ready to run; undefined once it is gone or on a system without schedstat. */
export function runQueueWaitMs(pid: number): number | undefined {
  try {
    const waitedNs = Number(readFileSync(`/proc/${pid}/schedstat`, "utf8").split(" ")[1]);
    return Number.isFinite(waitedNs) ? waitedNs / 1e6 : undefined;
  } catch {
    return undefined;
  }
}

/** Wall milliseconds of a child process, less the time it waited for a CPU meanwhile. */
export type ChildLoadMeter = {
  /** Wall milliseconds since the meter started, less the child's run-queue wait (as last seen while it ran). */
  runningMs(): number;
  /** The child's run-queue wait since the meter started. */
  waitedMs(): number;
  stop(): void;
};

/**
 * Follows process `pid` from now, sampling its run-queue wait every 20 ms: after it ends, the last
 * sample taken counts (so a child's last 20 ms of waiting may be counted as running: the measure
 * errs towards strict).
 */
export function childLoadMeter(pid: number): ChildLoadMeter {
  const started = performance.now();
  const first = runQueueWaitMs(pid) ?? 0;
  let waited = 0;
  const sample = (): void => {
    const now = runQueueWaitMs(pid);
    if (now !== undefined) waited = Math.max(waited, now - first);
  };
  const timer = setInterval(sample, 20);
  return {
    runningMs: () => {
      sample();
      return performance.now() - started - waited;
    },
    waitedMs: () => {
      sample();
      return waited;
    },
    stop: () => clearInterval(timer),
  };
}

/**
 * Waits until `done()` holds (true) or the child `meter` follows has run `ms` (childLoadMeter;
 * false), checking every 20 ms, and for no more than `wallCapMs` of wall clock (false).
 */
export async function untilChildRan(meter: ChildLoadMeter, ms: number, done: () => boolean = () => false, wallCapMs = 20_000): Promise<boolean> {
  const wallStart = performance.now();
  for (;;) {
    if (done()) return true;
    if (meter.runningMs() >= ms || performance.now() - wallStart >= wallCapMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
