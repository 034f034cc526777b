import type { GitHubClient } from "../github/client.js";
import { type RateLimitBackoff, type UpstreamRelease } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import { type WatchCursor, type WatchedDraft } from "./cursor.js";
export type WatchedDrafts = {
    /** Drafts watched before that are published now (not listed by this poll's pages). */
    published: UpstreamRelease[];
    /** What the next poll watches. */
    drafts: WatchedDraft[];
    /** Drafts listed but not watched: more than DRAFTS_WATCHED, the oldest by commit date. */
    unwatched: number;
};
export type CheckDraftsOptions = {
    client: GitHubClient;
    repo: string;
    cursor: WatchCursor | undefined;
    /** The releases this poll read (pages of the listing, and below). */
    read: readonly UpstreamRelease[];
    backoff: RateLimitBackoff;
    budget: RequestBudget;
};
/** The watched drafts this poll did not list, asked for by id; and the drafts to watch next. */
export declare function checkDrafts(options: CheckDraftsOptions): Promise<WatchedDrafts>;
