import type { GitHubClient } from "./client.js";
export type IssueCommentRecord = {
    id: number;
    body: string;
    /** Login of the account that wrote it (`github-actions[bot]` for GITHUB_TOKEN). */
    author?: string;
    htmlUrl: string;
    createdAt: string;
};
export type IssueRef = {
    repository: string;
    issueNumber: number;
};
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
export declare function issueCommentPage(client: GitHubClient, options: IssueRef & {
    page: number;
    since?: string;
}): Promise<IssueCommentPage>;
/**
 * Adds a comment, sent once: a create can fail with a 5xx or time out after GitHub carried it
 * out, and plugin-retry would send it again blindly, a second comment (and a second
 * notification to everyone watching the pull request). The caller looks for it before trying
 * again (see upsertStickyComment), as the client would retry (clientSettings).
 */
export declare function createIssueComment(client: GitHubClient, options: IssueRef & {
    body: string;
}): Promise<IssueCommentRecord>;
/** One comment as it is now; undefined when it no longer exists. */
export declare function getIssueComment(client: GitHubClient, options: {
    repository: string;
    commentId: number;
}): Promise<IssueCommentRecord | undefined>;
export declare function updateIssueComment(client: GitHubClient, options: {
    repository: string;
    commentId: number;
    body: string;
}): Promise<IssueCommentRecord>;
/** Deletes a comment; `false` when it was already gone. */
export declare function deleteIssueComment(client: GitHubClient, options: {
    repository: string;
    commentId: number;
}): Promise<boolean>;
