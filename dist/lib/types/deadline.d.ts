/**
 * Default limit on one artifact upload or download (state or handover). @actions/artifact retries a results
 * service that accepts connections but never answers for about 16 minutes; a state file of a few
 * MB takes seconds, and the largest allowed (512 MiB) about 45 seconds at 100 Mbit/s.
 */
export declare const DEFAULT_TRANSFER_TIMEOUT_MS: number;
/**
 * The longest delay a timer takes (Node's and Bun's, 2^31-1 ms, about 24.8 days). A longer one
 * fires at once, with a TimeoutOverflowWarning: a deadline of a year would end every transfer
 * after 1 ms. A limit past it is held to it, which is as good as none.
 */
export declare const MAX_TIMER_MS = 2147483647;
/**
 * The limit: the option when given, else FLOWS_ARTIFACT_TIMEOUT_SECONDS (a setting for
 * tests and slow networks; fractions allowed; unset or blank: the default), else
 * DEFAULT_TRANSFER_TIMEOUT_MS. A value that is no positive number is the user's to fix (0 would
 * fail every transfer at once, and a typo must not pass for the default); one past
 * MAX_TIMER_MS is held to it.
 */
export declare function transferTimeoutMs(option: number | undefined): number;
/**
 * A duration set in seconds by an environment variable, in ms: `defaultMs` when it is unset or
 * blank (`${{ vars.X }}` of a variable never set); a UserError naming it when it is no number of
 * seconds above 0 (0 or a typo must not pass for the default, nor "0" for "no limit").
 */
export declare function secondsSetting(name: string, defaultMs: number): number;
/** What a seconds setting takes besides a number above 0, and what it is when unset. */
export type SecondsRange = {
    /** 0 is a value of its own (writes with no gap), not a typo. */
    zero?: boolean;
    maxSeconds?: number;
    /** What unsetting it gives, as its error says: "GitHub's spacing". */
    unset: string;
};
/**
 * A duration set in seconds by an environment variable, in ms; undefined when it is unset or
 * blank. A UserError naming it, its range and what unsetting gives when it is no number in
 * `range` (fractions allowed).
 */
export declare function optionalSecondsSetting(name: string, range: SecondsRange, env?: NodeJS.ProcessEnv): number | undefined;
/** Work (an artifact transfer, a store read) that did not finish within its limit. */
export declare class TransferTimeoutError extends Error {
    readonly ms: number;
    name: string;
    constructor(ms: number);
}
/**
 * `work`'s result, or TransferTimeoutError once `ms` have passed. Then `work` is told to stop
 * through the signal it was given (a fetch stops; @actions/artifact cannot) and abandoned: its
 * later failure is ignored, and the action ends without waiting for it (abandoned-work.ts).
 */
export declare function withinDeadline<T>(ms: number, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
export declare function describeDuration(ms: number): string;
