import { type GitHubClient } from "./client.js";
export type CheckConclusion = "success" | "failure" | "neutral" | "cancelled" | "skipped" | "timed_out" | "action_required";
export type CheckAnnotationLevel = "notice" | "warning" | "failure";
export type CheckAnnotationInput = {
    path: string;
    startLine: number;
    endLine: number;
    /** Only when startLine === endLine (GitHub refuses columns across lines). */
    startColumn?: number;
    endColumn?: number;
    level: CheckAnnotationLevel;
    message: string;
    title?: string;
};
export type CheckOutput = {
    title: string;
    summary: string;
    text?: string;
    /** At most 50 per request (GitHub's limit); more need further updates. */
    annotations?: CheckAnnotationInput[];
};
export type CheckRunRecord = {
    id: number;
    name: string;
    headSha: string;
    status: string;
    conclusion: string | null;
    /** Slug of the app that created the run (`github-actions` for GITHUB_TOKEN). */
    appSlug?: string;
    htmlUrl?: string;
};
type CheckRunFields = {
    status?: "queued" | "in_progress" | "completed";
    conclusion?: CheckConclusion;
    detailsUrl?: string;
    externalId?: string;
    startedAt?: string;
    completedAt?: string;
    output?: CheckOutput;
};
export type CreateCheckRunOptions = CheckRunFields & {
    repository: string;
    name: string;
    headSha: string;
    /** The slug of the app our check runs carry, when known: a lost create's run is looked for among them. */
    appSlug?: string;
};
export type UpdateCheckRunOptions = CheckRunFields & {
    repository: string;
    checkRunId: number;
};
/**
 * Creates a check run, retried as the client's retry plugin would, but safely: a create can
 * fail with a 5xx or time out after GitHub carried it out, and sending it again would add a
 * second check run of the same name. So before each retry it looks for that check run on the
 * commit (same name, external id and app) and returns it if it is there.
 */
export declare function createCheckRun(client: GitHubClient, options: CreateCheckRunOptions): Promise<CheckRunRecord>;
export declare function updateCheckRun(client: GitHubClient, options: UpdateCheckRunOptions): Promise<CheckRunRecord>;
export type ListCheckRunsOptions = {
    repository: string;
    ref: string;
    checkName?: string;
};
/** Every check run on a commit (all pages, all attempts), newest first, optionally by name. */
export declare function listCheckRunsForRef(client: GitHubClient, options: ListCheckRunsOptions): Promise<CheckRunRecord[]>;
/**
 * Pages of 100 one listing of a commit's check runs reads (500 check runs). A commit with more
 * (a monorepo's CI, many re-runs) is cut there, and CheckRunCalls looks each name up alone.
 */
export declare const CHECK_RUN_LISTING_PAGES = 5;
export type CheckRunListing = {
    /** Newest first. */
    runs: CheckRunRecord[];
    /** False when the commit has more than `maxPages` pages of check runs: `runs` is not all of them. */
    complete: boolean;
};
/**
 * A commit's check runs (all attempts, every app), at most `maxPages` pages of 100. Not
 * filtered by app: GitHub's `app_id` filter takes the app's numeric id, and a token knows only
 * its slug (`github-actions`, or the bot login a GitHub App token was given).
 */
export declare function listCheckRunsPaged(client: GitHubClient, options: {
    repository: string;
    ref: string;
    maxPages?: number;
}): Promise<CheckRunListing>;
/**
 * Bytes of an `external_id` sent as it is. Neither GitHub's REST docs nor its OpenAPI description
 * (@octokit/openapi: `{"type": "string"}`) give a limit, and the column behind it is not
 * documented: 100 bytes keeps well inside any database string column, and every id this action
 * makes (`run_` and 12 hex digits) fits.
 */
export declare const EXTERNAL_ID_MAX_BYTES = 100;
/**
 * The `external_id` for a run id: the id itself when it fits EXTERNAL_ID_MAX_BYTES; else its
 * first bytes and a digest of the whole id, so that a flow backend's run id of any length still
 * writes its check run, and the same id always gives the same reference (a retried create finds
 * its check run by it).
 */
export declare function externalIdFor(id: string): string;
export {};
