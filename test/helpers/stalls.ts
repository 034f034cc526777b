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
