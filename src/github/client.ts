import type { getOctokit } from "@actions/github";
import { spacedGroup } from "./write-spacing.js";

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
  /**
   * Milliseconds waited per second of `retry-after` and of retry back-off (default 1000, as the
   * plugins do). Only tests should shrink it: GitHub asks clients to honour `retry-after`.
   */
  retryAfterBaseValue?: number;
  /**
   * Gap between mutating requests, in ms. Unset keeps plugin-throttling's spacing (1 s between
   * writes, 3 s between writes that notify people, as GitHub's best practices ask:
   * https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api).
   * Tests set 0 so they don't wait.
   */
  writeSpacingMs?: number;
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
  const base = options.retryAfterBaseValue;
  // Stand-ins for plugin-throttling's Bottleneck groups (typed as such, hence `object`).
  const spacing: object =
    options.writeSpacingMs === undefined
      ? {}
      : { write: spacedGroup(options.writeSpacingMs), notifications: spacedGroup(options.writeSpacingMs) };
  return makeOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      // retry.retries, not request.retries: a per-request count makes plugin-retry retry every
      // failed request, 404 and 403 included, instead of only those not in its doNotRetry list.
      retry: { retries: options.retries ?? 3, ...(base === undefined ? {} : { retryAfterBaseValue: base }) },
      throttle: {
        ...(base === undefined ? {} : { retryAfterBaseValue: base }),
        ...spacing,
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
