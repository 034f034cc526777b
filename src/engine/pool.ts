/**
 * Steps in flight at once unless `concurrency` says otherwise. Not the CPU count: a step mostly
 * waits on child processes and the network (git, gh, package registries), and hosted runners
 * have 2 to 4 CPUs, so eight one-second steps would take four seconds there.
 */
export const DEFAULT_CONCURRENCY = 16;

/**
 * The places for steps in flight, shared by one delivery: its event and the `next` events it
 * leads to, which run side by side, together never more than `limit` steps at once.
 */
export class StepSlots {
  readonly #slots: number;
  #active = 0;
  readonly #waiting: Array<() => void> = [];
  /** Set by the delivery's first failed task: from then on no task starts, in any event. */
  failure: { error: unknown } | undefined;

  constructor(limit: number) {
    this.#slots = Math.max(1, Math.floor(limit));
  }

  async acquire(): Promise<void> {
    if (this.#active < this.#slots) {
      this.#active += 1;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#active -= 1;
  }
}

/**
 * Run task chains, each task in one of `slots`. Tasks inside one chain run in order (a flow's
 * steps keep their manifest order); chains run side by side. When a task fails, no further task
 * starts (in these chains or others sharing the slots), and the first failure here is thrown
 * once the tasks already running have ended: a dispatch never reports back (or lets its process
 * exit) while steps it started still run.
 */
export async function runChains<T>(chains: Array<Array<() => Promise<T>>>, slots: StepSlots): Promise<T[][]> {
  let failure: { error: unknown } | undefined;
  const results = await Promise.all(
    chains.map(async (chain) => {
      const results: T[] = [];
      for (const task of chain) {
        await slots.acquire();
        try {
          if (slots.failure) break;
          results.push(await task());
        } catch (error) {
          failure ??= { error };
          slots.failure ??= failure;
          break;
        } finally {
          slots.release();
        }
      }
      return results;
    }),
  );
  if (failure) throw failure.error;
  return results;
}
