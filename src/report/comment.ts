import type { DispatchOutcome } from "../engine/dispatch.js";
import { createLooking, type GitHubClient } from "../github/client.js";
import {
  createIssueComment,
  deleteIssueComment,
  getIssueComment,
  type IssueCommentRecord,
  updateIssueComment,
} from "../github/comments.js";
import { apiFailure } from "../github/errors.js";
import type { TokenIdentity } from "../github/identity.js";
import { pullRequest, pullRequestsForCommit } from "../github/pulls.js";
import { carriesMarker, needsLook, reportedCommit } from "./comment-body.js";
import { githubTime, type OurComments, ourComments, unreadWarning } from "./comment-lookup.js";
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
  /**
   * The marker an earlier version wrote for the same key, when it differs (formerCommentMarker):
   * a comment of ours carrying it is found and updated, and so takes `marker`.
   */
  formerMarker?: string;
  body: string;
  identity: TokenIdentity;
  /** Create the comment when none of ours exists (else only update). */
  create: boolean;
  /** Where a comment left as it is gets said (the job log). */
  info?: (message: string) => void;
  /** Where a lookup that could not read the whole conversation says what it did (an annotation). */
  warning?: (message: string) => void;
  /**
   * When several reporters of one workflow run share the comment (comment-parts.ts): the body
   * to write over an existing one (ours merged with the parts to keep), and whether a body
   * still holds our part. `body` is then what a new comment gets.
   */
  parts?: SharedComment;
};

export type SharedComment = {
  merge(existing: string): string;
  holdsOurs(body: string): boolean;
  /**
   * Whether a body `merge` was given showed that another reporter writes this comment too (a
   * part of another step, or two of one): only then can a racing job's write drop ours.
   */
  sharedSeen(): boolean;
  /** How long to wait before reading the comment back (default 1 to 1.5 s). */
  settleMs?: () => number;
};

/** How many times a job writes a shared comment again after finding its part lost. */
export const SETTLE_ROUNDS = 3;

export type StickyCommentResult = {
  /** `left`: the comment reports the pull request's current head, and our body another commit. */
  action: "created" | "updated" | "left" | "none";
  url?: string;
  /** Why the comment was left as it is (also given to `info`). */
  reason?: string;
};

/**
 * How long after one of our comments a racing job can still add its own. A job creates only
 * after a listing that showed none of ours, so its comment lands at most this long after the
 * first one: however far GitHub's list lags behind a create (seconds), plus the create's own
 * retries and waits (plugin-retry's 3 retries of up to 60 s each, rate-limit waits of up to
 * 120 s; see client.ts), with room to spare. Reading on this far past our comment costs
 * little: on a long-lived pull request the same page usually holds a comment written hours later.
 */
export const RACE_WINDOW_MS = 15 * 60_000;

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
 *
 * No full-history reads, and a hard bound: a lookup makes at most MAX_LOOKUP_PAGES list
 * requests (see ourComments for where it looks). Once ours is found, reading goes on only to
 * the first comment written more than RACE_WINDOW_MS after it, the furthest a race's duplicate
 * can be; a pull request with thousands of comments then costs one or two pages a job. When
 * none of ours is found, a conversation of up to MAX_LOOKUP_PAGES pages was read whole; in a
 * longer one ours may be in a part not read, so `warning` says so, naming the marker, along
 * with what was done (a new comment, or none). The listing after a create asks only for
 * comments updated since just before the first listing began (`since`): a comment the first
 * did not show, ours or a racing job's, was written after it began, or not updated recently.
 *
 * A job that finishes late must not put an outdated commit's results over the current head's
 * (a push while it ran). The body names its commit in a hidden note after the marker; when the
 * comment to update names another, one request asks for the pull request's head (the event's
 * may be stale by now), and a comment that reports the head is left as it is. Everything else
 * is updated as before: the same commit (a re-run), a comment or body without a note, and a
 * comment that reports no head either (merge-group commits are never a head).
 */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  const began = performance.now();
  const login = options.identity.login;
  let me = login;
  const guard = newerCommitGuard(options);
  const lookup = ours(options, { login });
  const existing = await keepOldest(options, guard, lookup);
  const again = (): Promise<Kept | undefined> => keepOldest(options, guard, ours(options, { login: me }));
  if (existing) return result(options, await settled(options, existing, again, guard, false));
  const unread = lookup.coverage();
  if (!options.create) {
    if (!unread.complete) options.warning?.(unreadWarning(options, unread, "nothing was written"));
    return { action: "none" };
  }

  const made = await createOrFind(options, guard, login);
  if ("found" in made) return result(options, await settled(options, made.found, again, guard, true));
  const { created } = made;
  // What GitHub attributed the comment to is the truth about who we are. When that is another
  // account, the first listing looked for the wrong author, so the second reads from the start.
  const author = created.author ?? login;
  me = author;
  const createdAt = Date.parse(created.createdAt);
  const since =
    sameLogin(author, login) && Number.isFinite(createdAt)
      ? githubTime(createdAt - (performance.now() - began) - RACE_WINDOW_MS)
      : undefined;
  const kept = await keepOldest(options, guard, ours(options, { login: author, since }), created);
  if (kept && kept.comment.id !== created.id) return result(options, await settled(options, kept, again, guard, true));
  if (!unread.complete) options.warning?.(unreadWarning(options, unread, `a new one was written (${created.htmlUrl})`));
  const final = await settled(options, { comment: created }, again, guard, true);
  if (final.comment.id !== created.id || final.newer) return result(options, final);
  return { action: "created", url: created.htmlUrl };
}

type Kept = { comment: IssueCommentRecord; newer?: { ours: string; theirs: string } };

/**
 * Creates the comment (createLooking): after a 5xx or no answer GitHub may have made it, so
 * before each retry the conversation is looked through again, and a comment of ours found there
 * (that create's, or a racing job's) is kept instead of sending a second one.
 */
function createOrFind(options: StickyCommentOptions, guard: NewerCommitGuard, login: string): Promise<{ created: IssueCommentRecord } | { found: Kept }> {
  const { client, repository, issueNumber, body } = options;
  return createLooking(
    client,
    () => createIssueComment(client, { repository, issueNumber, body }),
    () => keepOldest(options, guard, ours(options, { login })),
  );
}

/**
 * A shared comment has no compare-and-swap: two jobs that read it before either wrote both
 * write, and the later write lacks the earlier one's part (a lost update). So after writing,
 * a job waits a moment (longer than a racing job takes from its read to its write), reads the
 * comment back and, when its part is gone, merges again with what is there now. A job that
 * still finds its part gone after SETTLE_ROUNDS read-backs says so. The wait and the read are
 * paid only where a race is possible: after a create (the first run's jobs all create), and
 * when the comment showed another reporter's part; a comment only one step writes (the usual
 * workflow) is written once, as before parts.
 */
async function settled(
  options: StickyCommentOptions,
  kept: Kept,
  again: () => Promise<Kept | undefined>,
  guard: NewerCommitGuard,
  created: boolean,
): Promise<Kept> {
  const parts = options.parts;
  if (!parts || kept.newer || (!created && !parts.sharedSeen())) return kept;
  let comment = kept.comment;
  // Deleted meanwhile (before the read-back, or before the merge's update): a racing job kept an
  // older one of ours, which a lagging listing hid from us. One more lookup finds it and merges
  // our part in (and is read back in turn). When there is none (a person deleted the comment),
  // the results are in no comment: said, not left to look updated. Left unsaid before, and the
  // update's 404 was not even looked up again.
  const deleted = async (): Promise<Kept> => {
    const found = await again();
    if (found && found.comment.id !== comment.id) return settled(options, found, async () => undefined, guard, true);
    options.warning?.(
      `The comment on pull request #${options.issueNumber} (${comment.htmlUrl}) was deleted while this job added its results to it, and no other comment of flows-action is there to take them: the job summary has them, and the next run writes the comment again.`,
    );
    return { comment };
  };
  for (let round = 0; ; round++) {
    await sleep(parts.settleMs?.() ?? 1_000 + Math.random() * 500);
    const now = await getIssueComment(options.client, { repository: options.repository, commentId: comment.id });
    if (!now) return deleted();
    if (parts.holdsOurs(now.body)) return { comment: now };
    // Written over by a job for the pull request's head while ours is for an older commit.
    const newer = await guard(now);
    if (newer) return { comment: now, newer };
    if (round === SETTLE_ROUNDS) break;
    const merged = await updateIfThere(options, comment.id, parts.merge(now.body));
    if (!merged) return deleted();
    comment = merged;
  }
  options.warning?.(
    `The comment on pull request #${options.issueNumber} (${comment.htmlUrl}) was written over ${SETTLE_ROUNDS} times by other jobs of this workflow run that report with the same comment-key while this job added its results; they may be missing from it. The job summary has them.`,
  );
  return { comment };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function result(options: StickyCommentOptions, kept: Kept): StickyCommentResult {
  if (!kept.newer) return { action: "updated", url: kept.comment.htmlUrl };
  const { ours, theirs } = kept.newer;
  const reason = `flows-action: the comment on pull request #${options.issueNumber} reports a newer commit (${short(theirs)}, the pull request's head); left as is. These results are for ${short(ours)}, which is no longer the head.`;
  options.info?.(reason);
  return { action: "left", url: kept.comment.htmlUrl, reason };
}

function short(sha: string): string {
  return sha.slice(0, 12);
}

/** Tells whether a comment of ours reports the pull request's head while our body reports another commit. */
type NewerCommitGuard = (comment: IssueCommentRecord) => Promise<Kept["newer"]>;

function newerCommitGuard(options: StickyCommentOptions): NewerCommitGuard {
  const ours = reportedCommit(options.body, options.marker);
  let head: Promise<string | undefined> | undefined;
  return async (comment) => {
    const theirs = reportedCommit(comment.body, options.marker) ?? (options.formerMarker === undefined ? undefined : reportedCommit(comment.body, options.formerMarker));
    if (!ours || !theirs || theirs === ours) return undefined;
    // Asked once per job and pull request, and only now: most updates are for the same commit.
    head ??= pullRequest(options.client, { repository: options.repository, number: options.issueNumber }).then((pull) =>
      pull?.headSha.toLowerCase(),
    );
    return (await head) === theirs ? { ours, theirs } : undefined;
  };
}

/**
 * Brings the oldest of ours that still exists up to date (unless it reports a newer commit) and
 * deletes the newer ones a race may have left beside it (and `created`, when an older one wins).
 * Undefined when none of ours is listed in what the lookup read.
 */
async function keepOldest(
  options: StickyCommentOptions,
  guard: NewerCommitGuard,
  ours: OurComments,
  created?: IssueCommentRecord,
): Promise<Kept | undefined> {
  for (let comment = await ours.next(); comment; comment = await ours.next()) {
    let newer: Kept["newer"];
    let kept: IssueCommentRecord | undefined = comment;
    if (comment.id === created?.id) kept = created;
    else {
      const body = options.parts ? options.parts.merge(comment.body) : options.body;
      if (comment.body !== body) {
        newer = await guard(comment);
        if (!newer) kept = await updateIfThere(options, comment.id, body);
      }
    }
    // Deleted since the listing (or the listing lagged behind a deletion): the next one, else a new one.
    if (!kept) continue;
    // Read them all before deleting any: a deletion shifts the pages still to be read.
    const racing = await ours.racingAfter(comment);
    const losers = created && created.id !== kept.id ? [created, ...racing.filter((each) => each.id !== created.id)] : racing;
    await deleteAll(options, losers);
    return { comment: kept, ...(newer ? { newer } : {}) };
  }
  return undefined;
}

/** Our comments on the pull request by this login (see ourComments for the order and the bound). */
function ours(options: StickyCommentOptions, filter: { login: string; since?: string | undefined }): OurComments {
  return ourComments({
    client: options.client,
    repository: options.repository,
    issueNumber: options.issueNumber,
    ...(filter.since ? { since: filter.since } : {}),
    raceWindowMs: RACE_WINDOW_MS,
    isOurs: (comment) =>
      (carriesMarker(comment.body, options.marker) || (options.formerMarker !== undefined && carriesMarker(comment.body, options.formerMarker))) &&
      sameLogin(comment.author, filter.login),
  });
}

/** The comment with our body; undefined when it no longer exists. */
async function updateIfThere(options: StickyCommentOptions, commentId: number, body: string): Promise<IssueCommentRecord | undefined> {
  try {
    return await updateIssueComment(options.client, { repository: options.repository, commentId, body });
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
