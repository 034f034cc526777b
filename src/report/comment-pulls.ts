import type { FlowEvent } from "../contracts.js";
import { booleanAt, isObject, numberAt, objectAt } from "../events/fields.js";

/** Comment on at most this many pull requests for one event (a commit can be in many). */
export const MAX_PULL_REQUESTS = 10;

/**
 * Pull requests an event is about, from its compact payload (docs/events.md): pull_request*,
 * reviews, comments on a PR, merge queue groups, and workflow_run / check_suite / check_run
 * `pullRequests` (GitHub leaves fork PRs out of those). Push events name none: use
 * pullRequestsForCommit.
 */
export function pullRequestsInEvent(event: FlowEvent): number[] {
  const payload = event.payload;
  const kind = event.type.split(".")[0] ?? "";
  const numbers: unknown[] = [];
  if (kind === "pull_request" || kind === "pull_request_target") numbers.push(numberAt(payload, "number"));
  if (kind.startsWith("pull_request_review")) numbers.push(numberAt(objectAt(payload, "pullRequest"), "number"));
  if (kind === "merge_group") numbers.push(numberAt(payload, "pullRequest"));
  if (kind === "issue_comment") {
    const issue = objectAt(payload, "issue");
    if (booleanAt(issue, "isPullRequest") === true) numbers.push(numberAt(issue, "number"));
  }
  if (kind === "workflow_run" || kind === "check_suite" || kind === "check_run") {
    const listed = isObject(payload) ? payload.pullRequests : undefined;
    if (Array.isArray(listed)) numbers.push(...listed);
  }
  return pullRequestNumbers(numbers);
}

/** Positive whole numbers, deduplicated, at most MAX_PULL_REQUESTS. */
export function pullRequestNumbers(values: readonly unknown[]): number[] {
  const valid = values.filter(
    (value): value is number => typeof value === "number" && Number.isSafeInteger(value) && value > 0,
  );
  return [...new Set(valid)].slice(0, MAX_PULL_REQUESTS);
}
