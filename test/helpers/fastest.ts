// A time bound on one sample fails whenever the machine is busy for that moment (a full test run
// on 2 cores, CI's runners): the fastest of a few samples measures the code, not the neighbours.
// Each sample counts the lesser of its wall time and the process's CPU time: on a machine whose
// cores are all taken (a load of 20 on 2 cores) a sample's wall time holds the time it waited for
// a core, which its CPU time does not; the CPU time holds the garbage collector's helper threads,
// which run beside the work and which its wall time does not. Every caller's work is synchronous
// and in this process (no child process, no await), so neither is less than what the work costs.

/** CPU milliseconds this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The fastest of `samples` runs of `work` in milliseconds, and the last run's value; after one small warm-up call when `warmUp` is given. */
export function fastestOf<T>(samples: number, work: () => T, warmUp?: () => unknown): { ms: number; value: T } {
  warmUp?.();
  let ms = Number.POSITIVE_INFINITY;
  let value: T | undefined;
  for (let sample = 0; sample < samples; sample += 1) {
    const start = performance.now();
    const cpuStart = cpuMs();
    value = work();
    ms = Math.min(ms, performance.now() - start, cpuMs() - cpuStart);
  }
  return { ms, value: value as T };
}
