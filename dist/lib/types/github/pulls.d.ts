import type { GitHubClient } from "./client.js";
export type PullRequestRecord = {
    number: number;
    state: string;
    headSha: string;
    /** `owner/repo` the head branch lives in (a fork for fork PRs); undefined when deleted. */
    headRepository?: string;
    baseRepository?: string;
};
/**
 * Pull requests whose head is (or which merged) this commit, per
 * https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit.
 * GitHub leaves out pull requests from forks here; use pullRequest() to check one by number.
 */
export declare function pullRequestsForCommit(client: GitHubClient, options: {
    repository: string;
    sha: string;
}): Promise<PullRequestRecord[]>;
/** One pull request by number; undefined when the repository has no such pull request. */
export declare function pullRequest(client: GitHubClient, options: {
    repository: string;
    number: number;
}): Promise<PullRequestRecord | undefined>;
/**
 * GitHub lists at most 3,000 files of a pull request
 * (https://docs.github.com/rest/pulls/pulls#list-pull-requests-files).
 */
export declare const PULL_REQUEST_FILES_LIMIT = 3000;
export type PullRequestFiles = {
    /** Every listed file name, and the old name of each renamed file. */
    files: string[];
    /** False when GitHub's 3,000-file cap was reached: the pull request may touch more files. */
    complete: boolean;
};
/** The files a pull request touches, 100 a page, up to GitHub's cap. */
export declare function pullRequestFiles(client: GitHubClient, options: {
    repository: string;
    number: number;
}): Promise<PullRequestFiles>;
