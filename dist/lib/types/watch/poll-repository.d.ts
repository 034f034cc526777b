import type { FlowEvent } from "../contracts.js";
import type { GitHubClient } from "../github/client.js";
import { type RateLimitBackoff } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import type { StateStore } from "../state/types.js";
import { type ReleaseClock } from "./age.js";
import type { WatchConfig } from "./config.js";
import { type HeldRelease, type WatchCursor } from "./cursor.js";
/**
 * Releases to deliver again that one poll asks GitHub for by tag (one request each), at most: the
 * cursor's list holds up to REDELIVER_TAGS_KEPT, and the first repository of a poll is not held to the
 * request budget. The others wait for the next polls.
 */
export declare const REDELIVER_LOOKUPS_PER_POLL = 10;
/** Held releases one poll reads by id (one request each) before dispatching or dropping them, at most; the others stay held. */
export declare const HELD_LOOKUPS_PER_POLL = 20;
/** Pages of the listing one poll reads at most (1,000 releases), by default. */
export declare const MAX_PAGES = 10;
/** An unchanged poll rewrites the cursor (to record when it looked) at most this often. */
export declare const CHECKED_AT_REFRESH_MS: number;
export type HeldReport = {
    tag: string;
    eligibleAt: string;
    ageFrom: HeldRelease["ageFrom"];
};
export type DroppedReport = {
    tag: string;
    reason: string;
};
export type WatchReport = {
    repo: string;
    status: "ok" | "not-modified" | "error" | "not-polled";
    newReleases: number;
    message?: string;
    /** Pages of releases fetched (0 for a 304). */
    pages?: number;
    /** Requests made for this repository (listing, lookups). */
    requests?: number;
    /** Rate-limit seconds waited during this repository's requests. */
    waitedSeconds?: number;
    /** Releases held by min-age, with the time each becomes eligible. */
    held?: HeldReport[];
    /** Held releases dropped (deleted, unpublished or no longer matching while pending). */
    dropped?: DroppedReport[];
    /** New releases not dispatched because their tag is none git can hold (reported once). */
    refused?: DroppedReport[];
    /** upstream.release.updated / .deleted events of this poll. */
    changes?: number;
    /** Events delivered again (their steps did not settle, or they were forgotten): not in newReleases or changes. */
    again?: number;
    /**
     * @deprecated Never set: each filter keeps its own cursor now (watchCursorEventId), so a poll
     * never reads a cursor another filter saved.
     */
    otherFilter?: {
        saved: string;
        own: string;
    };
};
export type RepositoryPoll = {
    report: WatchReport;
    events: FlowEvent[];
    cursor?: WatchCursor;
    /** The clocks releases' ages were measured on (GitHub's, when its answer said its time). */
    clock: ReleaseClock;
};
export type PollRepositoryOptions = {
    client: GitHubClient;
    watch: WatchConfig;
    cursor: WatchCursor | undefined;
    backoff: RateLimitBackoff;
    budget: RequestBudget;
    now: Date;
    maxPages?: number;
    log?: (message: string) => void;
    /** Where the changes to deliver again (`cursor.redeliverEvents`) are read from. */
    store?: Pick<StateStore, "loadEvent">;
};
export declare function pollRepository(options: PollRepositoryOptions): Promise<RepositoryPoll>;
