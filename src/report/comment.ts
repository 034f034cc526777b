import type { DispatchOutcome } from "../engine/dispatch.js";
import type { GitHubClient } from "../github/client.js";
import {
  createIssueComment,
  deleteIssueComment,
  type IssueCommentRecord,
  listIssueComments,
  updateIssueComment,
} from "../github/comments.js";
import { apiFailure } from "../github/errors.js";
import type { TokenIdentity } from "../github/identity.js";
import { pullRequestsForCommit } from "../github/pulls.js";
import { carriesMarker, needsLook } from "./comment-body.js";
import { MAX_PULL_REQUESTS, pullRequestsInEvent } from "./comment-pulls.js";
import { allProblems, flatten } from "./summary.js";

export { COMMENT_MODES, type CommentMode } from "./modes.js";
import type { CommentMode } from "./modes.js";

/**
 * Which pull requests get the comment: the ones the caller names (a verified handover), else the
 * ones the event is about; with `always`, an event about no PR (a push) looks them up by commit.
 */
export async function commentTargets(options: {
  client: GitHubClient;
  repository: string;
  outcome: DispatchOutcome;
  mode: CommentMode;
  headSha: () => Promise<string | undefined>;
  pullRequests?: readonly number[];
}): Promise<number[]> {
  if (options.mode === "off") return [];
  if (options.pullRequests) return [...options.pullRequests];
  const named = pullRequestsInEvent(options.outcome.event);
  if (named.length > 0 || options.mode !== "always") return named;
  const sha = await options.headSha();
  if (!sha) return [];
  const pulls = await pullRequestsForCommit(options.client, { repository: options.repository, sha });
  return pulls
    .filter((pull) => pull.state === "open")
    .map((pull) => pull.number)
    .slice(0, MAX_PULL_REQUESTS);
}

/**
 * Whether this outcome may add a comment where none exists yet. An existing comment of ours is
 * always brought up to date, so `on-failure` never leaves a stale failure on a now-green PR.
 */
export function mayCreateComment(mode: CommentMode, outcome: DispatchOutcome): boolean {
  const runs = flatten(outcome).flatMap((each) => each.runs);
  switch (mode) {
    case "always":
      return true;
    case "on-pr":
      return runs.length > 0;
    case "on-failure":
      return runs.some(needsLook) || allProblems(outcome).some((problem) => problem.severity === "error");
    default:
      return false;
  }
}

export type StickyCommentOptions = {
  client: GitHubClient;
  repository: string;
  issueNumber: number;
  marker: string;
  body: string;
  identity: TokenIdentity;
  /** Create the comment when none of ours exists (else only update). */
  create: boolean;
};

export type StickyCommentResult = { action: "created" | "updated" | "none"; url?: string };

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
 */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  const { client, repository, issueNumber, marker, body } = options;
  let login = options.identity.login;
  const ours = async (): Promise<IssueCommentRecord[]> =>
    (await listIssueComments(client, { repository, issueNumber }))
      .filter((comment) => carriesMarker(comment.body, marker) && sameLogin(comment.author, login))
      .sort((a, b) => a.id - b.id);

  const existing = await ours();
  for (const [index, comment] of existing.entries()) {
    const updated = comment.body === body ? comment : await updateIfThere(options, comment.id);
    // Deleted since the listing (or the listing lagged behind a deletion): the next one, else a new one.
    if (!updated) continue;
    await deleteAll(options, existing.slice(index + 1));
    return { action: "updated", url: updated.htmlUrl };
  }
  if (!options.create) return { action: "none" };

  const created = await createIssueComment(client, { repository, issueNumber, body });
  // What GitHub attributed the comment to is the truth about who we are.
  if (created.author) login = created.author;
  const mine = await ours();
  for (const [index, comment] of mine.entries()) {
    const later = mine.slice(index + 1);
    if (comment.id === created.id) {
      await deleteAll(options, later);
      return { action: "created", url: created.htmlUrl };
    }
    const kept = await updateIfThere(options, comment.id);
    if (!kept) continue;
    await deleteAll(options, [created, ...later.filter((each) => each.id !== created.id)]);
    return { action: "updated", url: kept.htmlUrl };
  }
  return { action: "created", url: created.htmlUrl };
}

/** The comment with our body; undefined when it no longer exists. */
async function updateIfThere(options: StickyCommentOptions, commentId: number): Promise<IssueCommentRecord | undefined> {
  try {
    return await updateIssueComment(options.client, { repository: options.repository, commentId, body: options.body });
  } catch (error) {
    if (apiFailure(error).kind === "not-found") return undefined;
    throw error;
  }
}

async function deleteAll(options: StickyCommentOptions, comments: readonly IssueCommentRecord[]): Promise<void> {
  for (const comment of comments) {
    await deleteIssueComment(options.client, { repository: options.repository, commentId: comment.id });
  }
}

function sameLogin(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}
