import type { FlowDiagnostic, FlowEvent } from "../contracts.js";
import type { DispatchObserver, DispatchOutcome } from "../engine/dispatch.js";
import type { GitHubClient } from "../github/client.js";
import { type ForkToken } from "../github/permissions.js";
import { type ChecksMode } from "./checks.js";
import { type TargetReport } from "./checks-targets.js";
import { type CommentMode } from "./comment.js";
import { type CommentPart } from "./comment-parts.js";
import { type FailedWrite } from "./write-failures.js";
export type GitHubReporterOptions = {
    client: GitHubClient;
    /** `owner/repo` (GITHUB_REPOSITORY): the only repository written to. */
    repository: string;
    event: FlowEvent;
    /** The commit for check runs; when absent it is read from the event (commitForEvent). */
    headSha?: string;
    /** GITHUB_SHA, the fallback commit for events that name none. */
    githubSha?: string;
    checks: ChecksMode;
    comment: CommentMode;
    /** Tells apart comments of several workflows on one PR (default `default`). */
    commentKey?: string;
    /**
     * Which reporter of the workflow run this is (comment-parts.ts): other reporters of the run
     * with the same comment key keep their results beside ours in the one comment. Without it,
     * each write replaces the comment's results.
     */
    commentPart?: CommentPart;
    /** How long to wait before reading a shared comment back (tests; see SharedComment.settleMs). */
    commentSettleMs?: number;
    /** The workflow run (GITHUB_SERVER_URL/GITHUB_REPOSITORY/actions/runs/GITHUB_RUN_ID). */
    runUrl?: string;
    /** Where the job summary is; defaults to the run. */
    summaryUrl?: string;
    io: ReportIO;
    /** Manifest problems (merged with the outcome's). */
    problems?: FlowDiagnostic[];
    /** Makes absolute problem paths relative for annotations (GITHUB_WORKSPACE). */
    repoRoot?: string;
    /** Pull requests to comment on instead of the event's (a verified handover). */
    pullRequests?: number[];
    /** The token's bot login for app tokens other than GITHUB_TOKEN (see tokenIdentity). */
    botLogin?: string;
    /** A sentence shown in the comment and every check summary. */
    note?: string;
    /** See CheckRunsOptions.liveAfterMs. */
    liveAfterMs?: number;
    /** See CheckRunsOptions.maxAnnotations. */
    maxAnnotations?: number;
    /**
     * Whether this job's token is a fork pull request's read-only one (for the advice when a
     * permission is missing); read from the event when absent. A job publishing a handover has
     * its own token, whatever the handed-over event says.
     */
    fork?: ForkToken;
    /**
     * Whether a step's FLOW_RESULT may name pull requests and commits (`artifacts.pullRequest`,
     * `artifacts.commit`) for its check run to go on as well (default true). Off for a handover:
     * an untrusted job's steps must not write check runs on other pull requests.
     */
    resultTargets?: boolean;
    /** GITHUB_SERVER_URL: a pull request URL a step names must be on it (default https://github.com). */
    serverUrl?: string;
    /**
     * What the job summary has left before this reporter's notes and the results (ActionIO's
     * summaryRoom; undefined: its whole budget). Given, the notes on what the check runs and the
     * comment left out point to the job summary alone when it will list every step and problem;
     * without it, they never do.
     */
    summaryRoom?: () => Promise<number | undefined>;
};
/**
 * The most this reporter's notes take in the job summary before the results: the fallback and
 * failed writes note (10 writes listed) and the result targets' table (cut to TARGETS_NOTE_BYTES).
 * Asked with this much less room, the summary lists no more than it will when written.
 */
export declare const REPORTER_NOTES_BYTES: number;
/**
 * Warnings given to io.warning (an annotation each) before the rest go to the log: GitHub shows
 * 10 warning annotations per step, and a hundred check runs failing one by one took them all
 * before the flow packages' problems, written after the report, got theirs.
 * https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions
 */
export declare const WARNINGS_SHOWN = 5;
/** Where the reporter says what it did and what went wrong (the job log). */
export type ReportIO = {
    info(message: string): void;
    warning(message: string): void;
};
export type GitHubReport = {
    /** Check runs completed by this reporter. */
    checkRuns: number;
    /** The (first) sticky comment written or updated. */
    commentUrl?: string;
    commentUrls: string[];
    /**
     * Every warning: a refusal's also given to io.warning (up to WARNINGS_SHOWN), a failed write's
     * only to the log, with one io.warning for all of them together (see failedWrites).
     */
    warnings: string[];
    /** The writes that failed for GitHub's sake (not refused for a permission), in order. */
    failedWrites: FailedWrite[];
    /**
     * Markdown for the job summary when checks or the comment fell back to it: why the token was
     * refused, and each write that failed otherwise.
     */
    summaryNote?: string;
    /** Each step's check run page (per-step checks), by run view id. */
    checkRunLinks?: Array<{
        runId: string;
        name: string;
        url: string;
    }>;
    /** The check runs written (or not) on the pull requests and commits the steps' results named. */
    resultTargets?: TargetReport[];
    /** Markdown for the job summary: where each of those went, and the values that were refused. */
    resultTargetsNote?: string;
};
export type GitHubReporter = DispatchObserver & {
    /** Completes check runs, writes the comment; never throws for GitHub's sake. */
    finish(outcome?: DispatchOutcome): Promise<GitHubReport>;
    /** Waits for queued check run calls (tests, or before a long pause). */
    flush(): Promise<void>;
};
/**
 * Reports one dispatch on the commit (check runs) and the pull request (a sticky comment).
 * Use it as (part of) the dispatch observer, then call finish() with the outcome — also when
 * the dispatch failed, with no outcome, so open check runs get closed.
 */
export declare function createGitHubReporter(options: GitHubReporterOptions): GitHubReporter;
