import type { getOctokit } from "@actions/github";

/** The Octokit instance every GitHub API call of flows-action goes through. */
export type GitHubClient = ReturnType<typeof getOctokit>;

export type GitHubClientOptions = {
  token: string;
  /** REST API root (GITHUB_API_URL); defaults to https://api.github.com. */
  baseUrl?: string;
  /** Where retries and rate-limit waits are reported (the job log). */
  log?: (message: string) => void;
  /** Retries for 5xx and network errors (plugin-retry), default 3. */
  retries?: number;
  /** Longest wait on a rate limit before giving up, in seconds (default 120). */
  maxRateLimitWaitSeconds?: number;
};

/**
 * One Octokit client with retry and throttling suited to Actions: secondary rate limits
 * (403/429 with retry-after) are waited out and retried, primary rate limits too when the
 * reset is near. Loaded on first use, so runs that never call GitHub don't pay for Octokit.
 */
export async function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient> {
  const [{ getOctokit: makeOctokit }, { retry }, { throttling }] = await Promise.all([
    import("@actions/github"),
    import("@octokit/plugin-retry"),
    import("@octokit/plugin-throttling"),
  ]);
  const log = options.log ?? (() => {});
  const maxWait = options.maxRateLimitWaitSeconds ?? 120;
  return makeOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      request: { retries: options.retries ?? 3 },
      throttle: {
        onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          const retrying = retryCount < 2 && retryAfter <= maxWait;
          log(`GitHub rate limit hit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
          return retrying;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          const retrying = retryCount < 3 && retryAfter <= maxWait;
          log(`GitHub secondary rate limit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
          return retrying;
        },
      },
    },
    retry,
    throttling,
  );
}
