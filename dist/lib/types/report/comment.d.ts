import type { DispatchOutcome } from "../engine/dispatch.js";
import { type GitHubClient } from "../github/client.js";
import type { TokenIdentity } from "../github/identity.js";
export { COMMENT_MODES, type CommentMode } from "./modes.js";
import type { CommentMode } from "./modes.js";
/**
 * Which pull requests get the comment: the ones the caller names (a verified handover), else the
 * ones the event is about; with `always`, an event about no PR (a push) looks them up by commit.
 */
export declare function commentTargets(options: {
    client: GitHubClient;
    repository: string;
    outcome: DispatchOutcome;
    mode: CommentMode;
    headSha: () => Promise<string | undefined>;
    pullRequests?: readonly number[];
}): Promise<number[]>;
/**
 * Whether this outcome may add a comment where none exists yet. An existing comment of ours is
 * always brought up to date, so `on-failure` never leaves a stale failure on a now-green PR.
 */
export declare function mayCreateComment(mode: CommentMode, outcome: DispatchOutcome): boolean;
export type StickyCommentOptions = {
    client: GitHubClient;
    repository: string;
    issueNumber: number;
    marker: string;
    /**
     * The marker an earlier version wrote for the same key, when it differs (formerCommentMarker):
     * a comment of ours carrying it is found and updated, and so takes `marker`.
     */
    formerMarker?: string;
    body: string;
    identity: TokenIdentity;
    /** Create the comment when none of ours exists (else only update). */
    create: boolean;
    /** Where a comment left as it is gets said (the job log). */
    info?: (message: string) => void;
    /** Where a lookup that could not read the whole conversation says what it did (an annotation). */
    warning?: (message: string) => void;
    /**
     * When several reporters of one workflow run share the comment (comment-parts.ts): the body
     * to write over an existing one (ours merged with the parts to keep), and whether a body
     * still holds our part. `body` is then what a new comment gets.
     */
    parts?: SharedComment;
};
export type SharedComment = {
    merge(existing: string): string;
    holdsOurs(body: string): boolean;
    /**
     * Whether a body `merge` was given showed that another reporter writes this comment too (a
     * part of another step, or two of one): only then can a racing job's write drop ours.
     */
    sharedSeen(): boolean;
    /** How long to wait before reading the comment back (default 1 to 1.5 s). */
    settleMs?: () => number;
};
/** How many times a job writes a shared comment again after finding its part lost. */
export declare const SETTLE_ROUNDS = 3;
export type StickyCommentResult = {
    /** `left`: the comment reports the pull request's current head, and our body another commit. */
    action: "created" | "updated" | "left" | "none";
    url?: string;
    /** Why the comment was left as it is (also given to `info`). */
    reason?: string;
};
/**
 * How long after one of our comments a racing job can still add its own. A job creates only
 * after a listing that showed none of ours, so its comment lands at most this long after the
 * first one: however far GitHub's list lags behind a create (seconds), plus the create's own
 * retries and waits (plugin-retry's 3 retries of up to 60 s each, rate-limit waits of up to
 * 120 s; see client.ts), with room to spare. Reading on this far past our comment costs
 * little: on a long-lived pull request the same page usually holds a comment written hours later.
 */
export declare const RACE_WINDOW_MS: number;
/**
 * One comment per pull request and marker, edited in place. A comment is ours only when it
 * starts with the marker AND was written by the token's own account: anyone can paste a marker.
 *
 * Two jobs finishing at once can both find no comment and both create one. So after creating,
 * we list again: the oldest of ours wins, the winner gets our body, and every newer one is
 * deleted — by whichever job sees it first (deleting twice is harmless). A duplicate that a
 * listing missed (GitHub's lists can lag a moment) is removed by the next run's update. A
 * comment of ours deleted after the listing found it (404 on the update) is passed over: the
 * next of ours, else a new comment, carries the results.
 *
 * No full-history reads, and a hard bound: a lookup makes at most MAX_LOOKUP_PAGES list
 * requests (see ourComments for where it looks). Once ours is found, reading goes on only to
 * the first comment written more than RACE_WINDOW_MS after it, the furthest a race's duplicate
 * can be; a pull request with thousands of comments then costs one or two pages a job. When
 * none of ours is found, a conversation of up to MAX_LOOKUP_PAGES pages was read whole; in a
 * longer one ours may be in a part not read, so `warning` says so, naming the marker, along
 * with what was done (a new comment, or none). The listing after a create asks only for
 * comments updated since just before the first listing began (`since`): a comment the first
 * did not show, ours or a racing job's, was written after it began, or not updated recently.
 *
 * A job that finishes late must not put an outdated commit's results over the current head's
 * (a push while it ran). The body names its commit in a hidden note after the marker; when the
 * comment to update names another, one request asks for the pull request's head (the event's
 * may be stale by now), and a comment that reports the head is left as it is. Everything else
 * is updated as before: the same commit (a re-run), a comment or body without a note, and a
 * comment that reports no head either (merge-group commits are never a head).
 */
export declare function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult>;
