import type { ApiFailure } from "../github/errors.js";
import { failureAnswer, type GitHubFeature } from "../github/permissions.js";
import { redacted } from "../redact-cut.js";
import { inlineText } from "./markdown.js";

// Writes to GitHub that failed for GitHub's sake (a 5xx, no answer, a spent rate limit, a 422),
// not for a missing permission (those get fallbackNote). Said one by one only in the log, they
// left a job summary with no word of a pull request comment or check runs that never came.

/** One write the reporter could not make, and GitHub's answer to it. */
export type FailedWrite = { feature: GitHubFeature; what: string; failure: ApiFailure };

/** Writes listed in the summary note; the rest are counted, and each is in the job log. */
export const FAILED_WRITES_LISTED = 10;
/** Characters of a write's name and of GitHub's answer in the note: the note must not crowd out the results after it. */
const WHAT_CHARS = 200;
const ANSWER_CHARS = 240;

/** The start of the log lines that say each failed write in full. */
export const FAILED_WRITE_LOG_PREFIX = "flows-action warning:";

/** Markdown for the job summary: each write that failed, GitHub's answer, and what to do. */
export function failedWritesNote(writes: readonly FailedWrite[]): string {
  if (writes.length === 0) return "";
  const listed = writes.slice(0, FAILED_WRITES_LISTED).map(({ what, failure }) => `> - ${inlineText(what, WHAT_CHARS)}: ${inlineText(failureAnswer(failure), ANSWER_CHARS)}`);
  const more = writes.length - listed.length;
  return [
    "> [!WARNING]",
    `> flows-action could not write ${whatFailed(writes)} to GitHub, so this summary is the report. What GitHub answered:`,
    ...listed,
    ...(more > 0 ? [`> - and ${more} more, each on a line of the job log starting "${FAILED_WRITE_LOG_PREFIX}"`] : []),
    ">",
    "> The results are in this summary. Re-running the job tries these writes again.",
    "",
  ].join("\n");
}

/** The one annotation for every failed write together (GitHub shows 10 warnings per step). */
export function failedWritesWarning(writes: readonly FailedWrite[]): string {
  const first = writes[0];
  if (!first) return "";
  const answer = redacted(failureAnswer(first.failure)).clip(ANSWER_CHARS, "…");
  const others = writes.length > 1 ? `, and ${writes.length - 1} more` : "";
  // The summary's note lists FAILED_WRITES_LISTED of them: past that, the log has each.
  const listed =
    writes.length <= FAILED_WRITES_LISTED
      ? "which lists each write"
      : `which lists the first ${FAILED_WRITES_LISTED} writes; the job log has each of them, on lines starting "${FAILED_WRITE_LOG_PREFIX}"`;
  return `flows-action could not write ${whatFailed(writes)} to GitHub (${answer}${others}). The results are in the job summary, ${listed}; re-run the job to try them again.`;
}

/** `the pull request comment and check runs`, by the features that failed. */
function whatFailed(writes: readonly FailedWrite[]): string {
  const features = new Set(writes.map((write) => write.feature));
  const names = [...features].map((feature) => (feature === "checks" ? "check runs" : feature === "comment" ? "the pull request comment" : "the handover"));
  return names.join(" or ");
}
