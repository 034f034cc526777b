import type { FlowEvent } from "../contracts.js";
import { objectAt, stringAt } from "../events/fields.js";
import type { GitHubClient } from "../github/client.js";
import { tagCommitSha } from "../github/commits.js";
import { pullRequest } from "../github/pulls.js";
import { pullRequestsInEvent } from "./comment-pulls.js";

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

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NO_COMMIT = /^0+$/;

/** The event's head SHA field for each GitHub event (compact payloads, docs/events.md). */
const SHA_FIELDS: Record<string, (payload: unknown) => string | undefined> = {
  push: (p) => stringAt(p, "after"),
  pull_request: (p) => stringAt(p, "headSha"),
  pull_request_target: (p) => stringAt(p, "headSha"),
  pull_request_review: (p) => stringAt(objectAt(p, "pullRequest"), "headSha"),
  pull_request_review_comment: (p) => stringAt(objectAt(p, "pullRequest"), "headSha"),
  pull_request_review_thread: (p) => stringAt(objectAt(p, "pullRequest"), "headSha"),
  merge_group: (p) => stringAt(p, "headSha"),
  workflow_run: (p) => stringAt(p, "headSha"),
  workflow_job: (p) => stringAt(p, "headSha"),
  check_suite: (p) => stringAt(p, "headSha"),
  check_run: (p) => stringAt(p, "headSha"),
  status: (p) => stringAt(p, "sha"),
  deployment: (p) => stringAt(p, "sha"),
  deployment_status: (p) => stringAt(objectAt(p, "deployment"), "sha"),
  create: (p) => stringAt(p, "sha"),
};

/** `pull_request.synchronize` → `pull_request`. */
export function eventKind(event: Pick<FlowEvent, "type">): string {
  return event.type.split(".")[0] ?? event.type;
}

/**
 * The commit an event is about: push → `after`; pull requests and reviews → the head SHA;
 * workflow_run, check_suite, merge_group... → their `headSha`; a release of this repository →
 * its tag (GITHUB_SHA as the fallback); anything else → GITHUB_SHA (`context.sha`). Pure: a
 * tag or a PR comment is left for resolveEventCommit to look up.
 */
export function commitForEvent(event: FlowEvent, context: { sha?: string; repository?: string } = {}): EventCommit {
  const kind = eventKind(event);
  const fallback = validSha(context.sha) ? { sha: context.sha.toLowerCase(), from: "GITHUB_SHA" } : { from: "none" };
  const read = SHA_FIELDS[kind];
  const sha = read?.(event.payload)?.toLowerCase();
  if (validSha(sha) && !NO_COMMIT.test(sha)) return { sha, from: `${kind}.${kind === "push" ? "after" : "head"}` };
  if (kind === "release" && event.source === "github") {
    const tag = stringAt(event.payload, "tag");
    const repo = stringAt(event.payload, "repo");
    const ours = !context.repository || !repo || repo.toLowerCase() === context.repository.toLowerCase();
    if (tag && ours) return { ...fallback, tag, from: `release tag ${tag}` };
  }
  if (kind === "issue_comment") {
    const [number] = pullRequestsInEvent(event);
    if (number !== undefined) return { ...fallback, pullRequest: number, from: `pull request #${number}` };
  }
  return fallback;
}

/** The SHA of an EventCommit, looking up a release tag or a commented PR's head when needed. */
export async function resolveEventCommit(
  client: GitHubClient,
  options: { repository: string; commit: EventCommit },
): Promise<string | undefined> {
  const { commit, repository } = options;
  if (commit.tag) {
    const sha = await tagCommitSha(client, { repository, tag: commit.tag });
    if (validSha(sha)) return sha;
  }
  if (commit.pullRequest !== undefined) {
    const pull = await pullRequest(client, { repository, number: commit.pullRequest });
    if (validSha(pull?.headSha)) return pull.headSha;
  }
  return commit.sha;
}

export function validSha(value: unknown): value is string {
  return typeof value === "string" && SHA.test(value.toLowerCase());
}
