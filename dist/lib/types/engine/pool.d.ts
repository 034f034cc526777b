/**
 * Steps in flight at once unless `concurrency` says otherwise. Not the CPU count: a step mostly
 * waits on child processes and the network (git, gh, package registries), and hosted runners
 * have 2 to 4 CPUs, so eight one-second steps would take four seconds there.
 */
export declare const DEFAULT_CONCURRENCY = 16;
/**
 * The places for steps in flight, shared by one delivery: its event and the `next` events it
 * leads to, which run side by side, together never more than `limit` steps at once.
 */
export declare class StepSlots {
    #private;
    /** Set by the delivery's first failed task: from then on no task starts, in any event. */
    failure: {
        error: unknown;
    } | undefined;
    constructor(limit: number);
    acquire(): Promise<void>;
    release(): void;
}
/**
 * Run task chains, each task in one of `slots`. Tasks inside one chain run in order (a flow's
 * steps keep their manifest order); chains run side by side. When a task fails, no further task
 * starts (in these chains or others sharing the slots), and the first failure here is thrown
 * once the tasks already running have ended: a dispatch never reports back (or lets its process
 * exit) while steps it started still run.
 */
export declare function runChains<T>(chains: Array<Array<() => Promise<T>>>, slots: StepSlots): Promise<T[][]>;
