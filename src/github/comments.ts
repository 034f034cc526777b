// Issue comments (pull requests are issues): https://docs.github.com/rest/issues/comments
import type { GitHubClient } from "./client.js";
import { apiFailure } from "./errors.js";
import { repositoryRef } from "./repository.js";

export type IssueCommentRecord = {
  id: number;
  body: string;
  /** Login of the account that wrote it (`github-actions[bot]` for GITHUB_TOKEN). */
  author?: string;
  htmlUrl: string;
  createdAt: string;
};

export type IssueRef = { repository: string; issueNumber: number };

/** One page of an issue's comments and where the listing ends. */
export type IssueCommentPage = {
  comments: IssueCommentRecord[];
  /** The number of the listing's last page (from the `Link` header; this page when it names none). */
  lastPage: number;
  /** GitHub's clock when it answered (the `Date` header), when it sent one. */
  date?: string;
};

/**
 * One page of 100 comments on an issue or pull request. GitHub orders them oldest first, by
 * ascending id (https://docs.github.com/rest/issues/comments#list-issue-comments), and names
 * the last page in the `Link` header, so a caller can read from either end. `since`
 * (`YYYY-MM-DDTHH:MM:SSZ`) keeps only comments last updated at or after that time.
 */
export async function issueCommentPage(
  client: GitHubClient,
  options: IssueRef & { page: number; since?: string },
): Promise<IssueCommentPage> {
  const response = await client.rest.issues.listComments({
    ...repositoryRef(options.repository),
    issue_number: options.issueNumber,
    per_page: 100,
    page: options.page,
    ...(options.since ? { since: options.since } : {}),
  });
  const link = response.headers.link ?? "";
  const last = pageOf(link, "last") ?? (pageOf(link, "next") !== undefined ? options.page + 1 : options.page);
  return {
    comments: response.data.map(record),
    lastPage: Math.max(last, options.page),
    ...(response.headers.date ? { date: response.headers.date } : {}),
  };
}

/** The `page` of the link with this `rel` in a `Link` header (RFC 8288), as GitHub writes it. */
function pageOf(link: string, rel: string): number | undefined {
  for (const part of link.split(",")) {
    const match = /<([^>]*)>\s*;\s*rel="([^"]*)"/.exec(part);
    if (!match?.[1] || !match[2]?.split(/\s+/).includes(rel)) continue;
    try {
      const page = Number(new URL(match[1]).searchParams.get("page"));
      return Number.isSafeInteger(page) && page > 0 ? page : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * Adds a comment, sent once: a create can fail with a 5xx or time out after GitHub carried it
 * out, and plugin-retry would send it again blindly, a second comment (and a second
 * notification to everyone watching the pull request). The caller looks for it before trying
 * again (see upsertStickyComment), as the client would retry (clientSettings).
 */
export async function createIssueComment(
  client: GitHubClient,
  options: IssueRef & { body: string },
): Promise<IssueCommentRecord> {
  const { data } = await client.rest.issues.createComment({
    ...repositoryRef(options.repository),
    issue_number: options.issueNumber,
    body: options.body,
    request: { retries: 0 },
  });
  return record(data);
}

/** One comment as it is now; undefined when it no longer exists. */
export async function getIssueComment(
  client: GitHubClient,
  options: { repository: string; commentId: number },
): Promise<IssueCommentRecord | undefined> {
  try {
    const { data } = await client.rest.issues.getComment({ ...repositoryRef(options.repository), comment_id: options.commentId });
    return record(data);
  } catch (error) {
    if (apiFailure(error).kind === "not-found") return undefined;
    throw error;
  }
}

export async function updateIssueComment(
  client: GitHubClient,
  options: { repository: string; commentId: number; body: string },
): Promise<IssueCommentRecord> {
  const { data } = await client.rest.issues.updateComment({
    ...repositoryRef(options.repository),
    comment_id: options.commentId,
    body: options.body,
  });
  return record(data);
}

/** Deletes a comment; `false` when it was already gone. */
export async function deleteIssueComment(
  client: GitHubClient,
  options: { repository: string; commentId: number },
): Promise<boolean> {
  try {
    await client.rest.issues.deleteComment({ ...repositoryRef(options.repository), comment_id: options.commentId });
    return true;
  } catch (error) {
    if (apiFailure(error).kind === "not-found") return false;
    throw error;
  }
}

type CommentData = {
  id: number;
  body?: string;
  user: { login: string } | null;
  html_url: string;
  created_at: string;
};

function record(data: CommentData): IssueCommentRecord {
  return {
    id: data.id,
    body: data.body ?? "",
    ...(data.user ? { author: data.user.login } : {}),
    htmlUrl: data.html_url,
    createdAt: data.created_at,
  };
}
