import type { FlowEvent } from "../contracts.js";
/** Comment on at most this many pull requests for one event (a commit can be in many). */
export declare const MAX_PULL_REQUESTS = 10;
/**
 * Pull requests an event is about, from its compact payload (docs/events.md): pull_request*,
 * reviews, comments on a PR, merge queue groups, and workflow_run / check_suite / check_run
 * `pullRequests` (GitHub leaves fork PRs out of those). Push events name none: use
 * pullRequestsForCommit.
 */
export declare function pullRequestsInEvent(event: FlowEvent): number[];
/** Positive whole numbers, deduplicated, at most MAX_PULL_REQUESTS. */
export declare function pullRequestNumbers(values: readonly unknown[]): number[];
