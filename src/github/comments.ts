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

/**
 * The comments on an issue or pull request, one page of 100 at a time, oldest first: GitHub
 * orders them by ascending id (https://docs.github.com/rest/issues/comments#list-issue-comments).
 * A page is requested only when the one before it has been taken, so a caller that stops
 * iterating stops reading. `since` (`YYYY-MM-DDTHH:MM:SSZ`) keeps only comments last updated
 * at or after that time.
 */
export async function* issueCommentPages(
  client: GitHubClient,
  options: IssueRef & { since?: string },
): AsyncGenerator<IssueCommentRecord[]> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    ...repositoryRef(options.repository),
    issue_number: options.issueNumber,
    per_page: 100,
    ...(options.since ? { since: options.since } : {}),
  });
  for await (const { data } of pages) yield data.map(record);
}

export async function createIssueComment(
  client: GitHubClient,
  options: IssueRef & { body: string },
): Promise<IssueCommentRecord> {
  const { data } = await client.rest.issues.createComment({
    ...repositoryRef(options.repository),
    issue_number: options.issueNumber,
    body: options.body,
  });
  return record(data);
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
