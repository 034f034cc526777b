import type { ApiFailure } from "../github/errors.js";
import { type GitHubFeature } from "../github/permissions.js";
/** One write the reporter could not make, and GitHub's answer to it. */
export type FailedWrite = {
    feature: GitHubFeature;
    what: string;
    failure: ApiFailure;
};
/** Writes listed in the summary note; the rest are counted, and each is in the job log. */
export declare const FAILED_WRITES_LISTED = 10;
/** The start of the log lines that say each failed write in full. */
export declare const FAILED_WRITE_LOG_PREFIX = "flows-action warning:";
/** Markdown for the job summary: each write that failed, GitHub's answer, and what to do. */
export declare function failedWritesNote(writes: readonly FailedWrite[]): string;
/** The one annotation for every failed write together (GitHub shows 10 warnings per step). */
export declare function failedWritesWarning(writes: readonly FailedWrite[]): string;
