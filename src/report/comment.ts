import type { DispatchOutcome } from "../engine/dispatch.js";
import type { GitHubClient } from "../github/client.js";
import {
  createIssueComment,
  deleteIssueComment,
  type IssueCommentRecord,
  issueCommentPages,
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
 * No full-history reads: pages are read oldest first and only as far as needed. Once the oldest
 * of ours is found, reading goes on only to the first comment written more than RACE_WINDOW_MS
 * after it, the furthest a race's duplicate can be; a pull request with thousands of comments
 * then costs one or two pages a job. Only when none of ours exists is every page read (ours
 * could be on any of them). The listing after a create asks only for comments updated since just
 * before the first listing began (`since`): that listing read every page, so a comment it did
 * not show, ours or a racing job's, was written after it began.
 */
export async function upsertStickyComment(options: StickyCommentOptions): Promise<StickyCommentResult> {
  const { client, repository, issueNumber, body } = options;
  const began = performance.now();
  const login = options.identity.login;
  const existing = await keepOldest(options, ourComments(options, { login }));
  if (existing) return { action: "updated", url: existing.htmlUrl };
  if (!options.create) return { action: "none" };

  const created = await createIssueComment(client, { repository, issueNumber, body });
  // What GitHub attributed the comment to is the truth about who we are. When that is another
  // account, the first listing looked for the wrong author, so the second reads from the start.
  const author = created.author ?? login;
  const createdAt = Date.parse(created.createdAt);
  const since =
    sameLogin(author, login) && Number.isFinite(createdAt)
      ? githubTime(createdAt - (performance.now() - began) - RACE_WINDOW_MS)
      : undefined;
  const kept = await keepOldest(options, ourComments(options, { login: author, since }), created);
  if (kept && kept.id !== created.id) return { action: "updated", url: kept.htmlUrl };
  return { action: "created", url: created.htmlUrl };
}

/**
 * Brings the oldest of ours that still exists up to date and deletes the newer ones a race may
 * have left beside it (and `created`, when an older one wins). Undefined when none of ours is
 * listed: then every page was read.
 */
async function keepOldest(
  options: StickyCommentOptions,
  ours: OurComments,
  created?: IssueCommentRecord,
): Promise<IssueCommentRecord | undefined> {
  for (let comment = await ours.next(); comment; comment = await ours.next()) {
    const kept =
      comment.id === created?.id ? created : comment.body === options.body ? comment : await updateIfThere(options, comment.id);
    // Deleted since the listing (or the listing lagged behind a deletion): the next one, else a new one.
    if (!kept) continue;
    // Read them all before deleting any: a deletion shifts the pages still to be read.
    const newer = await ours.racingAfter(comment);
    const losers = created && created.id !== kept.id ? [created, ...newer.filter((each) => each.id !== created.id)] : newer;
    await deleteAll(options, losers);
    return kept;
  }
  return undefined;
}

type OurComments = {
  /** The next of ours, oldest first; undefined once every page is read. */
  next(): Promise<IssueCommentRecord | undefined>;
  /** The rest of ours written within RACE_WINDOW_MS of `first` (the one `next` gave last). */
  racingAfter(first: IssueCommentRecord): Promise<IssueCommentRecord[]>;
};

/** Our comments on the pull request, read a page at a time and no further than asked. */
function ourComments(options: StickyCommentOptions, filter: { login: string; since?: string | undefined }): OurComments {
  const pages = issueCommentPages(options.client, {
    repository: options.repository,
    issueNumber: options.issueNumber,
    ...(filter.since ? { since: filter.since } : {}),
  });
  let page: IssueCommentRecord[] = [];
  const nextComment = async (): Promise<IssueCommentRecord | undefined> => {
    while (page.length === 0) {
      const read = await pages.next();
      if (read.done) return undefined;
      page = read.value;
    }
    return page.shift();
  };
  const isOurs = (comment: IssueCommentRecord): boolean =>
    carriesMarker(comment.body, options.marker) && sameLogin(comment.author, filter.login);
  return {
    async next() {
      for (let comment = await nextComment(); comment; comment = await nextComment()) {
        if (isOurs(comment)) return comment;
      }
      return undefined;
    },
    async racingAfter(first) {
      // Ids ascend with creation, so past the first comment written after the window no
      // comment can be a duplicate from the race that `first` was in.
      const end = Date.parse(first.createdAt) + RACE_WINDOW_MS;
      const found: IssueCommentRecord[] = [];
      for (let comment = await nextComment(); comment; comment = await nextComment()) {
        if (Date.parse(comment.createdAt) > end) break;
        if (isOurs(comment)) found.push(comment);
      }
      return found;
    },
  };
}

/** GitHub's timestamp form for `since` (`YYYY-MM-DDTHH:MM:SSZ`). */
function githubTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
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
