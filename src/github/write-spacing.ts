// plugin-throttling spaces writes through Bottleneck groups that are shared by every client in
// the process (1 s between writes, 3 s between notifying writes). This stands in for such a
// group when a caller picks its own gap: one queue per key, each job started `gapMs` after the
// previous one. Only `key(id).schedule(options, job, ...args)` is used by the plugin.

type Job = (...args: unknown[]) => unknown;

export type SpacedGroup = {
  key(id?: string): { schedule(...args: unknown[]): Promise<unknown> };
};

export function spacedGroup(gapMs: number): SpacedGroup {
  const queues = new Map<string, SpacedQueue>();
  return {
    key(id = "") {
      let queue = queues.get(id);
      if (!queue) {
        queue = new SpacedQueue(gapMs);
        queues.set(id, queue);
      }
      return queue;
    },
  };
}

class SpacedQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private lastStart = 0;

  constructor(private readonly gapMs: number) {}

  schedule(...args: unknown[]): Promise<unknown> {
    const [first, ...rest] = args;
    const job = (typeof first === "function" ? first : rest.shift()) as Job | undefined;
    const jobArgs = rest;
    const run = async (): Promise<unknown> => {
      const wait = this.lastStart + this.gapMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      this.lastStart = Date.now();
      return job?.(...jobArgs);
    };
    const result = this.tail.then(run, run);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
