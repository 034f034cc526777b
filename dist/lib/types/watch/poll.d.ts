import type { FlowEvent } from "../contracts.js";
import type { GitHubClient } from "../github/client.js";
import { type RateLimitBackoffOptions } from "../github/releases.js";
import { type RequestBudgetOptions } from "../github/request-budget.js";
import type { StateStore } from "../state/types.js";
import type { WatchConfig } from "./config.js";
import { type WatchCursor } from "./cursor.js";
import { type WatchReport } from "./poll-repository.js";
import type { UpstreamReleasePayload } from "./release-event.js";
import { type WatchRotation } from "./rotation.js";
export type { DroppedReport, HeldReport, WatchReport } from "./poll-repository.js";
/**
 * Repositories in a row whose requests GitHub answered with a 5xx (each after the client's own
 * retries) that stop a poll: GitHub, or a proxy in between, is failing, and each further
 * repository would cost the same retries and waits for the same answer.
 */
export declare const SERVER_ERRORS_IN_A_ROW = 3;
export type PollUpstreamReleasesOptions = {
    client: GitHubClient;
    store: StateStore;
    watches: WatchConfig[];
    now?: () => Date;
    log?: (message: string) => void;
    /** List what is new without saving cursors. */
    dryRun?: boolean;
    /** Pages of 100 releases fetched per repository at most (default 10). */
    maxPages?: number;
    /** Waiting out rate limits: total budget and retries (default 60 s, 2 retries). */
    rateLimit?: Omit<RateLimitBackoffOptions, "log">;
    /** Requests per poll (default 300) and rate limit kept for the rest of the job (default 100). */
    budget?: RequestBudgetOptions;
};
export type UpstreamReleaseEvent = FlowEvent<UpstreamReleasePayload>;
/** What one poll cost, and whether it stopped before every repository was asked. */
export type WatchRequestReport = {
    requests: number;
    /** Of which answered 304 (free against the rate limit). */
    notModified: number;
    maxRequests: number;
    /** GitHub's x-ratelimit-remaining after the last request. */
    rateRemaining?: number;
    stopped?: {
        reason: string;
        notPolled: number;
        nextRepo: string;
    };
};
export type PollUpstreamReleasesResult = {
    /** New releases (and, with updates=true, changes) of every repository, oldest first. */
    events: FlowEvent[];
    /** One per watched repository, in configuration order. */
    reports: WatchReport[];
    requests: WatchRequestReport;
    /** GitHub's clock and the runner's differed by more than 5 minutes (the first repository where they did). */
    clocks?: ClockDisagreement;
};
/** GitHub's time (an answer's Date header) and the runner's, when they disagree. */
export type ClockDisagreement = {
    repo: string;
    github: string;
    runner: string;
    /** GitHub's time minus the runner's (negative: GitHub's is behind). */
    githubAheadSeconds: number;
    /** The warning the poll logged, once. */
    message: string;
};
/** A poll whose cursors are not saved yet: watchAndDispatch saves them after dispatching. */
export type PendingPoll = PollUpstreamReleasesResult & {
    /** Cursors to save, by repository (only those that changed). */
    cursors: Map<string, WatchCursor>;
    /** The filter (watchFilterText) of each repository's watch polled: which of its cursors it reads and saves (absent: the cursor's own `filter`). */
    filters?: Map<string, string>;
    /** The place each poll started from, when reading salvaged it or recovered it from the store: saved instead when its dispatch fails. */
    startedFrom?: Map<string, WatchCursor>;
    /** Which repository each event came from, by event id. */
    repoOf: Map<string, string>;
    /** What this poll delivered again, by repository (the lists of the cursor it started from). */
    redelivered?: Map<string, Redeliveries>;
    /** Where the next poll starts, when that changed. */
    rotation?: WatchRotation;
};
/** Poll every watched repository and save where each poll left off (unless dryRun). */
export declare function pollUpstreamReleases(options: PollUpstreamReleasesOptions): Promise<PollUpstreamReleasesResult>;
/** The poll without saving anything. */
export declare function collectUpstreamReleases(options: PollUpstreamReleasesOptions): Promise<PendingPoll>;
/** What the next poll of one repository delivers again: release tags, and change event ids. */
export type Redeliveries = {
    tags: ReadonlySet<string>;
    events: ReadonlySet<string>;
};
/**
 * Save the cursors of every repository except those in `skip` (whose events did not all get
 * handled), with `redeliver` (releases and changes whose steps did not settle) for the next poll
 * to deliver again.
 */
export declare function savePendingCursors(store: StateStore, pending: PendingPoll, skip: ReadonlySet<string>, now: (() => Date) | undefined, redeliver?: ReadonlyMap<string, Redeliveries>, log?: (message: string) => void): Promise<void>;
