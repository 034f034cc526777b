/**
 * Steps in flight at once unless `concurrency` says otherwise. Not the CPU count: a step mostly
 * waits on child processes and the network (git, gh, package registries), and hosted runners
 * have 2 to 4 CPUs, so eight one-second steps would take four seconds there.
 */
export const DEFAULT_CONCURRENCY = 16;

/**
 * Run task chains with at most `limit` tasks in flight. Tasks inside one chain run in
 * order (a flow's steps keep their manifest order); chains run side by side.
 */
export async function runChains<T>(chains: Array<Array<() => Promise<T>>>, limit: number): Promise<T[][]> {
  const slots = Math.max(1, Math.floor(limit));
  let active = 0;
  const waiting: Array<() => void> = [];
  const acquire = async (): Promise<void> => {
    if (active < slots) {
      active += 1;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else active -= 1;
  };
  return Promise.all(
    chains.map(async (chain) => {
      const results: T[] = [];
      for (const task of chain) {
        await acquire();
        try {
          results.push(await task());
        } finally {
          release();
        }
      }
      return results;
    }),
  );
}
