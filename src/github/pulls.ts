// Pull requests: https://docs.github.com/rest/pulls/pulls
import type { GitHubClient } from "./client.js";
import { apiFailure } from "./errors.js";
import { repositoryRef } from "./repository.js";

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
export async function pullRequestsForCommit(
  client: GitHubClient,
  options: { repository: string; sha: string },
): Promise<PullRequestRecord[]> {
  const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
    ...repositoryRef(options.repository),
    commit_sha: options.sha,
    per_page: 100,
  });
  return pulls.map(record);
}

/** One pull request by number; undefined when the repository has no such pull request. */
export async function pullRequest(
  client: GitHubClient,
  options: { repository: string; number: number },
): Promise<PullRequestRecord | undefined> {
  try {
    const { data } = await client.rest.pulls.get({ ...repositoryRef(options.repository), pull_number: options.number });
    return record(data);
  } catch (error) {
    if (apiFailure(error).kind === "not-found") return undefined;
    throw error;
  }
}

/**
 * GitHub lists at most 3,000 files of a pull request
 * (https://docs.github.com/rest/pulls/pulls#list-pull-requests-files).
 */
export const PULL_REQUEST_FILES_LIMIT = 3000;

export type PullRequestFiles = {
  /** Every listed file name, and the old name of each renamed file. */
  files: string[];
  /** False when GitHub's 3,000-file cap was reached: the pull request may touch more files. */
  complete: boolean;
};

/** The files a pull request touches, 100 a page, up to GitHub's cap. */
export async function pullRequestFiles(
  client: GitHubClient,
  options: { repository: string; number: number },
): Promise<PullRequestFiles> {
  const names = new Set<string>();
  let listed = 0;
  const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
    ...repositoryRef(options.repository),
    pull_number: options.number,
    per_page: 100,
  });
  for await (const { data } of pages) {
    for (const file of data) {
      names.add(file.filename);
      if (file.previous_filename) names.add(file.previous_filename);
    }
    listed += data.length;
    if (listed >= PULL_REQUEST_FILES_LIMIT) break;
  }
  return { files: [...names], complete: listed < PULL_REQUEST_FILES_LIMIT };
}

type PullData = {
  number: number;
  state: string;
  head: { sha: string; repo: { full_name: string } | null };
  base: { repo: { full_name: string } | null };
};

function record(data: PullData): PullRequestRecord {
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    ...(data.head.repo ? { headRepository: data.head.repo.full_name } : {}),
    ...(data.base.repo ? { baseRepository: data.base.repo.full_name } : {}),
  };
}
