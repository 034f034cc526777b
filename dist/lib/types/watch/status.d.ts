import type { StateStore } from "../state/types.js";
import type { WatchConfig } from "./config.js";
export type WatchRepositoryStatus = {
    repo: string;
    /** Where the watch is configured. */
    origin: string;
    /** The watch's filter (watchFilterText), when it has one: each filter keeps its own cursor. */
    filter?: string;
    /** The record its cursor is kept in (`flows forget` it to start over from the store's release events). */
    cursorId: string;
    minAge?: number;
    updates: boolean;
    /** Never polled (or its cursor was forgotten). */
    polled: boolean;
    /** The last poll (unchanged polls refresh it at most every 6 hours). */
    lastPoll?: string;
    /** The last poll that found something changed. */
    lastChange?: string;
    /** When the ETag of the first page was received, and its age in seconds. */
    etagAt?: string;
    etagAgeSeconds?: number;
    /**
     * The clock pending releases' eligibility is told on, by the rule polls follow: the earlier of
     * GitHub's (this machine's time plus the difference the last poll saw) and this machine's.
     * `now` is that clock's time; `githubAheadSeconds` the difference, when the last poll knew it.
     */
    clock: {
        name: "github" | "runner";
        now: string;
        githubAheadSeconds?: number;
    };
    /** eligibleAt is on `clock`; eligible: at or before its `now` (dispatched by the next poll). */
    pending: Array<{
        tag: string;
        eligibleAt: string;
        ageFrom: "published" | "first-seen";
        eligible: boolean;
    }>;
    lastDispatched?: {
        tag: string;
        eventId: string;
        at: string;
    };
    /** Releases kept for updates/deletions. */
    tracked: number;
    /** Tags the next poll delivers again. */
    redeliver: string[];
    /** upstream.release.updated / .deleted event ids the next poll delivers again. */
    redeliverEvents: string[];
    /** Drafts a poll listed, asked for by id at each poll: found once published, wherever GitHub lists them (their tags are not kept). */
    drafts: number;
    /**
     * Releases listed below where a poll stopped reading (it read the most one poll reads), not yet
     * read: the next poll reads on below `after`, and dispatches those published at or after `from`.
     */
    readOn?: {
        after: string;
        from?: string;
    };
    /** The cursor could not be read (written by a newer flows-action): why. Polls of it fail. */
    unreadable?: string;
};
/**
 * A cursor the store keeps for no watch configured now (one removed or renamed, or another
 * workflow's with another filter): `flows forget <cursorId>` drops it. Its repository and filter
 * are the stored record's text.
 */
export type OtherCursorStatus = {
    cursorId: string;
    repo: string;
    filter?: string;
    lastPoll?: string;
    lastDispatched?: {
        tag: string;
        eventId: string;
        at: string;
    };
    tracked: number;
    pending: number;
    unreadable?: string;
};
export type WatchStatus = {
    at: string;
    repositories: WatchRepositoryStatus[];
    nextPollStartsWith?: string;
    /** With `others`: the first OTHER_CURSORS_LISTED cursors stored for no watch configured now (by id), and how many there are. */
    notConfigured?: {
        total: number;
        cursors: OtherCursorStatus[];
    };
};
/** Cursors of watches not configured now that the status lists (`--json`; the text shows STATUS_ENTRIES_SHOWN): a store may keep thousands. */
export declare const OTHER_CURSORS_LISTED = 100;
export type WatchStatusOptions = {
    store: StateStore;
    watches: readonly WatchConfig[];
    now?: Date;
    /**
     * Also list the cursors stored for watches not configured now (`flows watch --status`): reads
     * every record of the store, so the job summary of a poll leaves it out.
     */
    others?: boolean;
};
export declare function watchStatus(options: WatchStatusOptions): Promise<WatchStatus>;
/**
 * `3h 20m`, `2d 4h`, `45s`: the largest unit and the one below it, left out when it is 0 (`23h`
 * for 23 hours and 1 second, not `23h 1s`, which skips the minutes).
 */
export declare function formatAge(seconds: number): string;
/** `2025-06-01 10:00Z`: minutes are enough for people. */
export declare function shortTime(iso: string): string;
/**
 * Entries of one list shown per repository in the text: an old cursor (from before a poll capped
 * its lists) or a damaged one may hold hundreds, each a line or a tag. The rest are counted, and
 * `--json` lists them all.
 */
export declare const STATUS_ENTRIES_SHOWN = 10;
export type WatchStatusTextOptions = {
    /**
     * The command that forgets a cursor, from its id as a shell word (or `<cursor>`), for the hint
     * under the cursors not configured now: with the options that chose the store (`--repo`,
     * `--state-dir`...), so that it can be pasted. Default: `flows forget <cursor>`.
     */
    forgetCommand?: (cursor: string) => string;
};
/** The status as terminal text, one block per repository. */
export declare function renderWatchStatusText(status: WatchStatus, options?: WatchStatusTextOptions): string;
