import type { FlowEvent } from "../contracts.js";
import type { GitHubClient } from "../github/client.js";
/** Where an event's check runs belong, before any API call. */
export type EventCommit = {
    /** A commit SHA read from the event (or GITHUB_SHA). */
    sha?: string;
    /** A release of this repository: its tag's commit is the better answer (resolveEventCommit). */
    tag?: string;
    /** A comment on a pull request: the PR's head is the better answer (resolveEventCommit). */
    pullRequest?: number;
    /** Which field the SHA came from, for logs: `push.after`, `pull_request.head`, `GITHUB_SHA`... */
    from: string;
};
/** `pull_request.synchronize` → `pull_request`. */
export declare function eventKind(event: Pick<FlowEvent, "type">): string;
/**
 * The commit an event is about: push → `after`; pull requests and reviews → the head SHA;
 * workflow_run, check_suite, merge_group... → their `headSha`; a release of this repository →
 * its tag (GITHUB_SHA as the fallback); anything else → GITHUB_SHA (`context.sha`). Pure: a
 * tag or a PR comment is left for resolveEventCommit to look up.
 */
export declare function commitForEvent(event: FlowEvent, context?: {
    sha?: string;
    repository?: string;
}): EventCommit;
/** The SHA of an EventCommit, looking up a release tag or a commented PR's head when needed. */
export declare function resolveEventCommit(client: GitHubClient, options: {
    repository: string;
    commit: EventCommit;
}): Promise<string | undefined>;
export declare function validSha(value: unknown): value is string;
