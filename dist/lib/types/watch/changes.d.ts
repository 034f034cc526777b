import type { GitHubClient } from "../github/client.js";
import type { RateLimitBackoff, ReleaseListing, UpstreamRelease } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import type { FlowEvent } from "../contracts.js";
import type { WatchConfig } from "./config.js";
import type { DispatchedRelease, TagListing, WatchCursor } from "./cursor.js";
type OkListing = Extract<ReleaseListing, {
    status: "ok";
}>;
/**
 * Whether a release GitHub did not list is really gone, rather than sorted below the pages
 * read: the listing is ordered by commit date, so it must have shown any release whose commit
 * is newer than the last one listed.
 */
export declare function shouldHaveBeenListed(createdAt: string, listing: OkListing): boolean;
/** `backoff`: the poll's, which waits out every rate-limit refusal of these reads within the poll's one budget, and counts it. */
export type Lookups = {
    client: GitHubClient;
    repo: string;
    budget: RequestBudget;
    backoff: RateLimitBackoff;
};
/** The release as GitHub has it now, or undefined when it is deleted or back to a draft. */
export declare function currentRelease(lookups: Lookups, id: number): Promise<UpstreamRelease | undefined>;
export type ChangeOptions = Lookups & {
    watch: WatchConfig;
    cursor: WatchCursor | undefined;
    listing: ReleaseListing;
    /** Releases dispatched by this poll, newest first. */
    dispatchedNow: DispatchedRelease[];
    now: Date;
};
export type ChangeResult = {
    events: FlowEvent[];
    dispatched: DispatchedRelease[];
    /** The tag groups and their ETags, in the order the next poll asks them. */
    tagListings: TagListing[];
    /** Groups of tags not listed by this poll (over TAG_LISTINGS_PER_POLL): listed at the next polls. */
    tagGroupsLater: number;
    /** Narrower prefixes of groups too large to list whole not asked by this poll (over TAG_SPLIT_REQUESTS_PER_POLL): asked at the next polls. */
    tagPartsLater: number;
    /**
     * Prefixes whose listing this poll found too large to read though split TAG_SPLIT_MAX_DEPTH
     * times out of the group `within`, that were not before (reported once): their tags' moves are
     * not seen while they stay this large.
     */
    tooLarge: TooLargeListing[];
};
export declare function detectChanges(options: ChangeOptions): Promise<ChangeResult>;
/** Groups of dispatched tags whose tags one poll lists (matching-refs requests), at most; the others at the next polls. */
export declare const TAG_LISTINGS_PER_POLL = 10;
/**
 * Requests for the narrower prefixes of groups too large to list whole, per poll, at most (on
 * top of TAG_LISTINGS_PER_POLL); the others at the next polls. One that is too large itself
 * reads TAG_REFS_MAX_BYTES before it is given up, so this also bounds what a poll downloads.
 */
export declare const TAG_SPLIT_REQUESTS_PER_POLL = 10;
/** How many times a group is split, at most, on the way to one of its tags (then that prefix is reported, not split). */
export declare const TAG_SPLIT_MAX_DEPTH = 6;
export type TooLargeListing = {
    prefix: string;
    maxBytes: number;
    within: string;
};
/**
 * The prefixes the dispatched tags are listed by: tags are grouped by their text up to and
 * including the first digit (`rust-v0`, `cli-v2`, `v1`; a tag without digits is a group of its
 * own), and each group is asked for by what its tags share (`rust-v0.4`). So a prefix is never
 * empty: tags that share nothing (`v1.0.0`, `cli-v2.0.0`) are two requests, not every tag of
 * the repository in one answer.
 */
export declare function tagGroups(tags: readonly string[]): string[];
/** The text every tag starts with (`rust-v0.41.0`, `rust-v0.42.0` → `rust-v0.4`). */
export declare function commonPrefix(tags: readonly string[]): string;
export {};
