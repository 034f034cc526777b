import { INTERNAL_EVENT_TYPE_PREFIX } from "../state/query.js";
import type { EventRecord, StateStore } from "../state/types.js";
import { UserError } from "../user-error.js";
export { INTERNAL_EVENT_TYPE_PREFIX };
export declare const WATCH_CURSOR_EVENT_TYPE = "flows-action.watch-cursor";
export declare const WATCH_CURSOR_FORMAT = 1;
/** Releases remembered per repository; older ones are recognised by `watermark`. */
export declare const SEEN_RELEASES_KEPT = 200;
/**
 * Releases held by min-age (`pending`) remembered per repository: as many as one poll reads
 * (MAX_PAGES pages of 100). A repository that publishes faster than its min-age lets them go
 * grew the list without end; past it, the releases that would become eligible last are dropped
 * and never dispatched, each named in the poll's report (`dropped`).
 */
export declare const HELD_RELEASES_KEPT = 1000;
/** Dispatched releases remembered per repository (for updates, deletions and status). */
export declare const DISPATCHED_RELEASES_KEPT = 100;
/**
 * Changes to deliver again (`redeliverEvents`) remembered per repository: a flow that keeps
 * failing on a repository whose releases keep changing, or many `flows forget`s, grew the list
 * (and the store reads of every poll) without end. Past it the oldest are dropped, with a warning
 * that names them (keepNewestRedeliverEvents).
 */
export declare const REDELIVER_EVENTS_KEPT = 100;
/**
 * Releases to deliver again (`redeliver`, their tags) remembered per repository: 500 `flows
 * forget`s of polled releases left 500 tags there, read at every poll. Past it the oldest are
 * dropped, with a warning that names them (keepNewestRedeliverTags).
 */
export declare const REDELIVER_TAGS_KEPT = 100;
/** `ids` (oldest first, as they were asked for) as far as a cursor keeps them: the newest REDELIVER_EVENTS_KEPT, and the ids dropped. */
export declare function keepNewestRedeliverEvents(ids: readonly string[]): {
    kept: string[];
    dropped: string[];
};
/** `tags` (oldest first, as they were asked for) as far as a cursor keeps them: the newest REDELIVER_TAGS_KEPT, and the tags dropped. */
export declare function keepNewestRedeliverTags(tags: readonly string[]): {
    kept: string[];
    dropped: string[];
};
/** Drafts watched per repository (the newest by commit date), each asked by id at every poll that does not list it: a free 304 while it stays a draft. */
export declare const DRAFTS_WATCHED = 10;
/**
 * A draft a poll listed (GitHub lists drafts to a token with push access). Published, it keeps
 * its place in the listing (by its commit's date), often below the pages polls watch, and moves
 * nothing there: it is asked for by id instead (`etag`: that answer's, for a free 304). Its tag
 * and name are not kept: the state store may be readable by more people than the upstream's drafts.
 */
export type WatchedDraft = {
    id: number;
    createdAt: string;
    etag?: string;
};
/**
 * Dropped entries a warning names: a cursor from before the lists were capped, or a damaged one,
 * may hold thousands (20,000 tags made a warning line of 250 KB, printed twice); the rest are counted.
 */
export declare const DROPPED_NAMED = 200;
/** The warning for changes dropped from the list to deliver again (keepNewestRedeliverEvents). */
export declare function droppedRedeliveriesNote(dropped: readonly string[]): string;
/** The warning for releases dropped from the list to deliver again (keepNewestRedeliverTags), by tag. */
export declare function droppedReleaseRedeliveriesNote(dropped: readonly string[]): string;
export type SeenRelease = {
    id: number;
    tag: string;
    publishedAt: string;
    prerelease: boolean;
};
/** A release held back by `min-age`. */
export type HeldRelease = {
    id: number;
    tag: string;
    /** GitHub's published_at, or the first-seen time when it had none usable. */
    publishedAt: string;
    /** The poll that first saw it, on GitHub's clock (its Date header) when known, else the runner's. */
    firstSeenAt: string;
    /** The same poll on the runner's clock, when it differed from firstSeenAt (absent in older cursors). */
    runnerFirstSeenAt?: string;
    /** Where its age counts from: GitHub's published_at, or (none usable) the first sighting. */
    ageFrom: "published" | "first-seen";
    /** Commit date (GitHub's list order), to tell "deleted" from "beyond the pages read". */
    createdAt: string;
};
/**
 * One group of dispatched tags, listed by `GET .../git/matching-refs/tags/<prefix>`; `tooLarge`
 * when its answer was more than a poll reads (TAG_REFS_MAX_BYTES): then its tags are listed by
 * the narrower prefixes in `parts` instead, and the whole is not asked again. (Older cursors
 * have `tooLarge` without `parts`: such a group is split at the next poll.)
 */
export type TagListing = {
    prefix: string;
    etag?: string;
    tooLarge?: true;
    parts?: TagListingPart[];
};
/**
 * A narrower prefix a group too large to list whole is split into: `tooLarge` when it too was
 * more than a poll reads (it is split further, or, when it cannot be, asked again conditionally);
 * `exact` when it is a dispatched tag listed by its own ref instead (`etag` is that answer's).
 */
export type TagListingPart = {
    prefix: string;
    etag?: string;
    tooLarge?: true;
    exact?: true;
};
/** A release this watch dispatched, as it was then. */
export type DispatchedRelease = {
    id: number;
    tag: string;
    eventId: string;
    prerelease: boolean;
    createdAt: string;
    dispatchedAt: string;
    /** The commit the tag pointed at, when known (a SHA target_commitish, or the tag's ref). */
    commit?: string;
    /** What the tag ref pointed at (commit or tag object SHA), with updates=true. */
    tagObject?: string;
};
export type WatchCursor = {
    format: number;
    /** `owner/repo`, as configured. */
    repo: string;
    /** ETag of the first page of releases at the last poll that changed something. */
    etag?: string;
    /** ETag of the second page, when the repository has one. */
    deepEtag?: string;
    /** When `etag` was received. */
    etagAt?: string;
    /** ETag of the tag refs listing (updates=true), as older versions kept it: no longer used. */
    tagsEtag?: string;
    /** The prefixes the dispatched tags are listed by (updates=true), in the order polls ask them, with their ETags. */
    tagListings?: TagListing[];
    /**
     * The end of the listing at the last read (a release published for an old commit lands deep in
     * it): `boundary` is the last release that read listed, `below` how many were listed after it,
     * of `count` in all; `page` and `etag` are the end page, asked after pages 1 and 2 answer 304
     * (absent when those two hold every release).
     */
    end?: ListingEndMark;
    /**
     * Releases listed below where a poll stopped reading (it read the most one poll reads), not yet
     * read: the next poll reads on after `after`. They count as new when published at or after
     * `from` (absent: any), never seen or dispatched. `missing`: how many releases were added down
     * there (when known); reading stops once as many were found.
     */
    backlog?: Backlog;
    /** The latest publishedAt seen; a release published before it is not new. */
    watermark?: string;
    /** The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT. */
    seen: SeenRelease[];
    /** Releases waiting for min-age, oldest first. */
    pending?: HeldRelease[];
    /** Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT. */
    dispatched?: DispatchedRelease[];
    /** Drafts listed by a poll, newest commit date first, at most DRAFTS_WATCHED: each poll that does not list one asks for it by id. */
    drafts?: WatchedDraft[];
    /** Tags to deliver again at the next poll (steps failed or canceled, or `flows forget`). Oldest first, at most REDELIVER_TAGS_KEPT. */
    redeliver?: string[];
    /**
     * Ids of upstream.release.updated / .deleted events to deliver again at the next poll, as the
     * state store holds them (steps failed or canceled, or `flows forget`): the change itself is
     * not seen again, as the cursor has moved past it. Oldest first, at most REDELIVER_EVENTS_KEPT.
     */
    redeliverEvents?: string[];
    /** When this cursor was written. */
    polledAt: string;
    /** The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS. */
    checkedAt?: string;
    /**
     * GitHub's time and the runner's at the same moment, as a poll last saw them (absent when it
     * had no time from GitHub, and in older cursors): `flows watch --status` tells eligibility by
     * them as polls do. Rewritten only when their difference changed by GITHUB_CLOCK_KEPT_MS.
     */
    githubClock?: GithubClock;
    /**
     * The filter of the watch this cursor belongs to (watchFilterText), which names its record
     * (watchCursorEventId): releases of every filter are marked seen, so a watch of the same
     * repository with another filter (another workflow or job sharing the store) keeps a cursor of
     * its own. Absent in older cursors: any watch of the repository takes one up.
     */
    filter?: string;
};
export type GithubClock = {
    github: string;
    runner: string;
};
/** `first`: the id of the first release on the end page (`page`), to tell releases added above it when as many were deleted. */
export type ListingEndMark = {
    boundary: number;
    below: number;
    count: number;
    page?: number;
    etag?: string;
    first?: number;
};
/**
 * Releases published at `at` (the watermark a backlog's `from` is just after) count as new too,
 * unless their id is in `seen` (seen by the poll before): GitHub's times are whole seconds, so a
 * release published in the same second as the watermark is told apart by its id.
 */
export type BacklogTie = {
    at: string;
    seen: number[];
};
export type BacklogPart = {
    after: {
        id: number;
        tag: string;
        createdAt: string;
    };
    page: number;
    from?: string;
    tie?: BacklogTie;
    missing?: number;
};
/** Where to read on; `older`: an older place, read on from once this one is done (a second burst arrived before the first was read). */
export type Backlog = BacklogPart & {
    older?: BacklogPart;
};
/** A stored githubClock is kept while the clocks' difference stays within this of it. */
export declare const GITHUB_CLOCK_KEPT_MS = 60000;
/** GitHub's time minus the runner's in a stored githubClock (0 without a usable one). */
export declare function githubAheadMs(clock: GithubClock | undefined): number;
export declare function isInternalEventType(type: string): boolean;
/**
 * The record of the cursor of the watch of `repo` whose filter is `filter` (watchFilterText):
 * `flows-action:watch-cursor:owner/repo` for a watch with no filter, as every cursor was named
 * before cursors were kept per filter (so those keep working with no migration), and
 * `flows-action:watch-cursor:owner/repo:filter-<12 hex>` for another (watchFilterKey). Two
 * watches of one repository with different filters (two workflows sharing the state store) each
 * keep their own place: one cursor marked every release it listed seen, so the releases only the
 * other's filter took were never dispatched.
 */
export declare function watchCursorEventId(repo: string, filter?: string): string;
/**
 * A filter's part of its cursor's record id: the first 12 hex digits of the SHA-256 of its
 * options in sorted order (the same options in another order, `tags=a tags=b` and `tags=b
 * tags=a`, take the same releases and keep one cursor). A repository name holds no `:`, so no
 * other repository's cursor id can look like one of these.
 */
export declare function watchFilterKey(filter: string): string;
/**
 * The stored cursor of the watch of `repo` whose filter is `filter` (watchFilterText), or
 * undefined (never polled, or unreadable: see recoverWatchCursor). A cursor of a newer format is
 * refused: this version cannot tell where that one left off. Without `filter` (callers of older
 * versions): the repository's cursor, that of its watch with no filter, else the only one
 * stored (found by reading every record: undefined when there are several).
 */
export declare function loadWatchCursor(store: StateStore, repo: string, filter?: string): Promise<WatchCursor | undefined>;
/**
 * The stored cursor as loadWatchCursor gives it, and whether reading it changed it (salvaged, or
 * cut to what a cursor keeps): then `leftOut` counts what was left out, and a poll saves the
 * cursor even when nothing upstream changed, so the next run does not read (and salvage) it again.
 */
export type ReadWatchCursor = {
    cursor: WatchCursor | undefined;
    changed: boolean;
    leftOut?: string;
    /**
     * `leftOut` as a dry run says it: a dry run saves nothing, so every dry run reads (and
     * salvages) the same stored cursor and says so again until a poll that is not a dry run saves
     * it. Worded as a standing state, not as news, since no run can remember having said it.
     */
    leftOutDryRun?: string;
    /**
     * The cursor under the unfiltered record, `flows-action:watch-cursor:owner/repo`, when it was
     * saved by a watch with another filter (before cursors were kept per filter, every watch kept
     * its cursor there): not this watch's, so not read as it. A watch with no filter, whose record
     * that is, moves it to its own filter's record before saving over it (savePendingCursors).
     */
    foreign?: {
        filter: string;
        cursor: WatchCursor;
    };
};
export declare function readWatchCursor(store: StateStore, repo: string, filter?: string): Promise<ReadWatchCursor>;
/** The record a cursor is stored in, as read once: to read the cursor from, and to save the next over (saveWatchCursor's `stored`). */
export type StoredCursorRecord = {
    record: EventRecord | undefined;
};
/**
 * readWatchCursor, with the record it read: a save after it (saveWatchCursor's `stored`) need
 * not read it again. With `filter`, the cursor of the watch with that filter: its own record;
 * without one there, the unfiltered record's cursor when it was saved with the same filter, or
 * with none (written before cursors kept their filter: each watch takes it up, and from then on
 * keeps its own place). Without `filter`: the unfiltered record, whatever filter saved it.
 */
export declare function readWatchCursorRecord(store: StateStore, repo: string, filter?: string): Promise<{
    read: ReadWatchCursor;
    stored: StoredCursorRecord;
}>;
/** A stored cursor record: its id, and the cursor (undefined when forgotten or unreadable; `unreadable` says why when it is refused). */
export type StoredWatchCursor = {
    eventId: string;
    repo: string;
    filter?: string;
    cursor?: WatchCursor;
    unreadable?: string;
};
/**
 * Every cursor record stored for `repo` (every repository's without it), read one record at a
 * time: `flows forget` and redelivery, which must find the cursors of every watch of a
 * repository, including those of watches configured elsewhere (another workflow). Polls never
 * call it: it reads the whole store.
 */
export declare function listWatchCursors(store: StateStore, repo?: string): Promise<StoredWatchCursor[]>;
/**
 * The cursor records stored but not among `leftOut` (the watches configured now): `flows watch
 * --status` shows them, as `flows forget` can act on them. A store may keep thousands (watches
 * removed over the years): `first` of them by id, read once the listing is done, and how many
 * there are in all; no more than `first` records are held at a time.
 */
export declare function otherWatchCursors(store: StateStore, options: {
    leftOut: ReadonlySet<string>;
    first: number;
}): Promise<{
    total: number;
    cursors: StoredWatchCursor[];
}>;
/** A stored cursor this version cannot use. */
export declare class WatchCursorError extends UserError {
    name: string;
}
export type RecoveredCursor = {
    cursor: WatchCursor;
    note: string;
};
/**
 * Which stored release events a watch's cursor is recovered from: those its filter takes (`tag`
 * and `prerelease` as the event's payload has them). Absent: every release event of the repository.
 */
export type RecoveryFilter = (release: {
    tag: string;
    prerelease: boolean;
}) => boolean;
/**
 * No usable cursor, but the store holds release events of `repo` (its cursor record was lost or
 * damaged, or upstream delivered them by repository_dispatch): poll on from the latest of them,
 * instead of a first poll that would skip every release published since. The release at that
 * point is listed again and its event is recognised as handled, so nothing runs twice. Only the
 * events `takes` (the watch's filter): another watch's releases of the same repository, under
 * another filter, say nothing of where this one left off (a watch added beside it, or whose
 * filter changed, starts from the last release it would have taken, or as a first poll).
 */
export declare function recoverWatchCursor(store: StateStore, repo: string, takes?: RecoveryFilter): Promise<RecoveredCursor | undefined>;
/** `stored`: the cursor's record as just read (readWatchCursorRecord), so the save does not read it again. */
export type SaveWatchCursorOptions = {
    store: StateStore;
    cursor: WatchCursor;
    now: Date;
    stored?: StoredCursorRecord;
};
export declare function saveWatchCursor(options: SaveWatchCursorOptions): Promise<void>;
/**
 * A cursor another watch saved under the unfiltered record (ReadWatchCursor.foreign), moved to
 * its own filter's record before the watch with no filter saves over it: unless that one holds a
 * cursor already (its watch polled since, and keeps its own place).
 */
export declare function moveForeignCursor(store: StateStore, cursor: WatchCursor, now: Date): Promise<void>;
