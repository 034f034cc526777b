// A time bound on one sample fails whenever the machine is busy for that moment (a full test run
// on 2 cores, CI's runners): the fastest of a few samples measures the code, not the neighbours.

/** The fastest of `samples` runs of `work` in milliseconds, and the last run's value; after one small warm-up call when `warmUp` is given. */
export function fastestOf<T>(samples: number, work: () => T, warmUp?: () => unknown): { ms: number; value: T } {
  warmUp?.();
  let ms = Number.POSITIVE_INFINITY;
  let value: T | undefined;
  for (let sample = 0; sample < samples; sample += 1) {
    const start = performance.now();
    value = work();
    ms = Math.min(ms, performance.now() - start);
  }
  return { ms, value: value as T };
}
