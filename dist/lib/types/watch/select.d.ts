import type { UpstreamRelease } from "../github/releases.js";
import type { WatchConfig } from "./config.js";
import { type BacklogTie, type WatchCursor } from "./cursor.js";
/** A published (non-draft) release, with its publication time. */
export type PublishedRelease = UpstreamRelease & {
    publishedAt: string;
};
export declare function isPublished(release: UpstreamRelease): release is PublishedRelease;
/** Drafts never; prereleases only when asked for; tags by pattern. */
export declare function matchesWatch(release: UpstreamRelease, watch: WatchConfig): release is PublishedRelease;
/** Oldest publication first; ties by release id (GitHub ids increase with creation). */
export declare function byPublication(a: PublishedRelease, b: PublishedRelease): number;
/**
 * Paging stops after a page that reaches known ground: with a cursor, a release seen before or
 * published before the watermark; on a first poll, what `since` asks for.
 */
export declare function reachedKnownReleases(page: readonly UpstreamRelease[], watch: WatchConfig, cursor: WatchCursor | undefined): boolean;
/** The releases to dispatch from what a poll listed, oldest first. */
export declare function selectNewReleases(releases: readonly UpstreamRelease[], watch: WatchConfig, cursor: WatchCursor | undefined): PublishedRelease[];
/**
 * How long before the watermark an unseen release still counts as new: a release that became
 * visible in the listing after one published up to this much later. Releases older than the
 * newest seen are known by id, so the slack re-lists nothing already seen.
 */
export declare const LATE_LISTING_MS: number;
export type NextCursorOptions = {
    repo: string;
    previous: WatchCursor | undefined;
    releases: readonly UpstreamRelease[];
    etag: string | undefined;
    now: Date;
    /** The clock releases' publication times are compared with (the earlier of GitHub's and the runner's: see ReleaseClock); default `now`. */
    releaseNow?: Date;
};
/** The cursor after a poll: every published release listed is now seen, whatever the filter. */
export declare function nextCursor(options: NextCursorOptions): WatchCursor;
/** Whether saving `next` would change what is stored (an unchanged cursor is not rewritten). */
export declare function cursorChanged(previous: WatchCursor | undefined, next: WatchCursor): boolean;
/** Where newness starts for releases read below where a poll stopped (see BacklogPart). */
export type BelowSince = {
    from?: string;
    tie?: BacklogTie;
};
/**
 * A release listed below where an earlier poll stopped reading (see WatchCursor.backlog): new when
 * published at or after `from` (absent: any time), or at `tie.at` and not among those seen then,
 * and neither seen nor dispatched before.
 */
export declare function isNewBelow(release: UpstreamRelease, cursor: WatchCursor | undefined, since: BelowSince | undefined): release is PublishedRelease;
/** Where a poll's newness starts for releases it did not read: the watermark, or what `since` asks for. */
export declare function newSince(watch: WatchConfig, cursor: WatchCursor | undefined): BelowSince | undefined;
