/**
 * Default limit on one artifact upload or download (state or handover). @actions/artifact retries a results
 * service that accepts connections but never answers for about 16 minutes; a state file of a few
 * MB takes seconds, and the largest allowed (1 GiB) about a minute and a half at 100 Mbit/s.
 */
export declare const DEFAULT_TRANSFER_TIMEOUT_MS: number;
/**
 * The limit: the option when given, else FLOWS_ARTIFACT_TIMEOUT_SECONDS (a setting for
 * tests and slow networks; fractions allowed), else DEFAULT_TRANSFER_TIMEOUT_MS.
 */
export declare function transferTimeoutMs(option: number | undefined): number;
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
