/** Stop waiting for `work`: its failure is expected and ignored; it is forgotten once it settles. */
export declare function abandonWork(work: Promise<unknown>): void;
/** How many abandoned tasks have not settled yet. */
export declare function abandonedWorkLeft(): number;
/**
 * Exit now, with process.exitCode (core.setFailed sets it), once stdout and stderr have written
 * what they hold, if abandoned work is still running; otherwise return and let Node end by itself.
 * (A pipe's writes are asynchronous: an exit before they drain cuts the log short.)
 */
export declare function exitIfWorkAbandoned(): Promise<void>;
