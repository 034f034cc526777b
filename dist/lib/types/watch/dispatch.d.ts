import { type DispatchOptions, type DispatchOutcome } from "../engine/dispatch.js";
import { type PollUpstreamReleasesOptions, type PollUpstreamReleasesResult } from "./poll.js";
/**
 * Attempts a polled release's step gets in all (and a step of its upstream.release.updated or
 * .deleted events): one that failed or was canceled is delivered again by the next poll (a re-run
 * of the failed job, or the next scheduled run), as a redelivered GitHub event would be, until it
 * has had this many since the event was first delivered or last forgotten (`flows forget`).
 */
export declare const RELEASE_ATTEMPTS = 3;
export type WatchAndDispatchOptions = PollUpstreamReleasesOptions & {
    /** How to run the flows; the store is the poll's store, and dryRun is the option below. */
    dispatchOptions: Omit<DispatchOptions, "store" | "dryRun">;
    /** List what would be dispatched (matched, not run) without recording runs or moving cursors. */
    dryRun?: boolean;
};
export type WatchAndDispatchResult = PollUpstreamReleasesResult & {
    /** One per event, in the order of `events` (an event whose dispatch threw has none). */
    outcomes: DispatchOutcome[];
    dryRun: boolean;
};
export declare function watchAndDispatch(options: WatchAndDispatchOptions): Promise<WatchAndDispatchResult>;
