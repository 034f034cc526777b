/** Text, bytes, or bytes `start` to `end` of a file (read in slices as they are written). */
export type StdinPart = string | Uint8Array | {
    path: string;
    start: number;
    end: number;
};
export type SupervisedProcessResult = {
    /** Set when the process could not be started at all. */
    spawnError?: Error;
    exitCode: number | null;
    signal: NodeJS.Signals | null;
    timedOut: boolean;
    canceled: boolean;
    /** A leftover child process still held the output pipes after exit and was stopped. */
    stragglersStopped: boolean;
    /**
     * Processes still carrying the step's mark once it was over (a new session escapes its process
     * group), found through /proc and stopped (./stray-processes.ts); 0 where there is no /proc.
     */
    strayProcessesStopped: number;
};
export declare const DEFAULT_KILL_GRACE_MS = 2000;
export declare const DEFAULT_DRAIN_MS = 1000;
/** A step timeout as a setTimeout delay. */
export declare function timerDelay(timeoutMs: number): number;
/** Signals the process group led by `pid`; when that fails for another reason than a gone group, the leader. */
export declare function killGroup(pid: number | undefined, signal: NodeJS.Signals, killLeader: (signal: NodeJS.Signals) => void): void;
export declare function notStarted(error: unknown): SupervisedProcessResult;
/** One slice of stdin; `release` gives its buffer back for the next slice once it is written. */
export type StdinSlice = {
    chunk: string | Uint8Array;
    release?: () => void;
};
/**
 * The parts as slices of at most 64 KiB: text never split inside a surrogate pair (half of one
 * would be written as U+FFFD), bytes as views on the caller's buffer (no copy), file ranges read
 * slice by slice into buffers that are reused once released. Throws when a file ends early.
 */
export declare function stdinSlices(parts: readonly StdinPart[]): AsyncGenerator<StdinSlice>;
