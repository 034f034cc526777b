import type { GitHubClient } from "../github/client.js";
import { type IssueCommentRecord } from "../github/comments.js";
/**
 * List requests one lookup of our comment makes at most. A pull request of up to this many
 * pages of 100 comments is read whole (oldest first, only as far as needed); a longer one
 * is read where our comment can be (see ourComments), never more than this.
 */
export declare const MAX_LOOKUP_PAGES = 10;
/**
 * How far back a long conversation is asked for the comments updated since. Every run edits
 * our comment, so it is among those updated since its last run, and it sorts (oldest first)
 * before every comment written since: the first page of such a listing holds it.
 */
export declare const RECENTLY_UPDATED_MS: readonly [number, number];
export type OurCommentsOptions = {
    client: GitHubClient;
    repository: string;
    issueNumber: number;
    isOurs: (comment: IssueCommentRecord) => boolean;
    /** Only comments updated at or after this time (`YYYY-MM-DDTHH:MM:SSZ`), read from the start. */
    since?: string;
    /** How long after one of ours a racing job's duplicate can have been written. */
    raceWindowMs: number;
};
/** What a lookup read: for the warning when it could not read everything. */
export type LookupCoverage = {
    pagesRead: number;
    /** Every comment the listing holds was read. */
    complete: boolean;
    /** The unfiltered listing's page count, once known. */
    lastPage?: number;
};
export type OurComments = {
    /** The next of ours, in the order read; undefined once the listing or the page budget is spent. */
    next(): Promise<IssueCommentRecord | undefined>;
    /** The rest of ours written within the race window of `first` (the one `next` gave last). */
    racingAfter(first: IssueCommentRecord): Promise<IssueCommentRecord[]>;
    coverage(): LookupCoverage;
};
/**
 * Our comments on the pull request, read a page at a time, no further than asked and never more
 * than MAX_LOOKUP_PAGES pages. The first page (oldest 100) comes first: the comment is written
 * on a pull request's first run, so it is usually there, and the page names the last one. Up to
 * MAX_LOOKUP_PAGES pages, the rest are read in order, as far as needed. Past that, the comments
 * updated in the last day, then the last 30 days (one page each: ours, edited by each run,
 * comes before everything written since), then pages from both ends in turn: the newest (a
 * comment created late, by a workflow added later or a new `comment-key`) and the next oldest.
 */
export declare function ourComments(options: OurCommentsOptions): OurComments;
/** Says that a conversation too long to read whole showed no comment of ours in the part read. */
export declare function unreadWarning(where: {
    issueNumber: number;
    marker: string;
}, coverage: LookupCoverage, outcome: string): string;
/** GitHub's timestamp form for `since` (`YYYY-MM-DDTHH:MM:SSZ`). */
export declare function githubTime(ms: number): string;
