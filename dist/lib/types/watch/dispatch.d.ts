import { type DispatchOptions, type DispatchOutcome } from "../engine/dispatch.js";
import { type PollUpstreamReleasesOptions, type PollUpstreamReleasesResult } from "./poll.js";
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
