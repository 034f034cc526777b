import type { GitHubClient } from "../github/client.js";
import { type RateLimitBackoff, type ReleaseListing, type UpstreamRelease } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import type { WatchConfig } from "./config.js";
import type { Backlog, ListingEndMark, WatchCursor } from "./cursor.js";
import { type PublishedRelease } from "./select.js";
export type BelowOptions = {
    client: GitHubClient;
    watch: WatchConfig;
    cursor: WatchCursor | undefined;
    listing: ReleaseListing;
    backoff: RateLimitBackoff;
    budget: RequestBudget;
    maxPages: number;
};
export type BelowRead = {
    /** The listing, or the deeper read of it when releases were added below the pages read. */
    listing: ReleaseListing;
    /** Releases read below where an earlier poll stopped (the backlog). */
    below: UpstreamRelease[];
    /** Of those, the new ones the watch matches. */
    fresh: PublishedRelease[];
    /** For the next cursor (undefined: none). */
    end: ListingEndMark | undefined;
    backlog: Backlog | undefined;
    notes: string[];
};
export declare function readBelow(options: BelowOptions): Promise<BelowRead>;
