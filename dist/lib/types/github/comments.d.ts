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
/** Every comment on an issue or pull request, oldest first: all pages, 100 at a time. */
export declare function listIssueComments(client: GitHubClient, options: IssueRef): Promise<IssueCommentRecord[]>;
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
