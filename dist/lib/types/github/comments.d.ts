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
/**
 * The comments on an issue or pull request, one page of 100 at a time, oldest first: GitHub
 * orders them by ascending id (https://docs.github.com/rest/issues/comments#list-issue-comments).
 * A page is requested only when the one before it has been taken, so a caller that stops
 * iterating stops reading. `since` (`YYYY-MM-DDTHH:MM:SSZ`) keeps only comments last updated
 * at or after that time.
 */
export declare function issueCommentPages(client: GitHubClient, options: IssueRef & {
    since?: string;
}): AsyncGenerator<IssueCommentRecord[]>;
export declare function createIssueComment(client: GitHubClient, options: IssueRef & {
    body: string;
}): Promise<IssueCommentRecord>;
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
