import type { getOctokit } from "@actions/github";
import type { RequestSpacing } from "./steady-limiter.js";
import { type Redactor } from "../redact.js";
/** The Octokit instance every GitHub API call of flows-action goes through. */
export type GitHubClient = ReturnType<typeof getOctokit>;
/**
 * How @octokit/plugin-throttling waits. Production passes none: writes of a token then start
 * 1 s apart and notifying writes 3 s apart, as GitHub asks, across all clients of the process
 * (steady-limiter.ts). Tests pass a spacing of 0 (limiters of the client's own) and a tiny
 * `retryAfterBaseValue` (milliseconds per second of a rate limit's retry-after); with none
 * passed, FLOWS_GITHUB_WRITE_SPACING_SECONDS may set the spacing (./write-spacing.ts).
 */
export type ThrottleTuning = {
    spacing?: RequestSpacing;
    retryAfterBaseValue?: number;
    fallbackSecondaryRateRetryAfter?: number;
};
export type GitHubClientOptions = {
    token: string;
    /** REST API root (GITHUB_API_URL); defaults to https://api.github.com. */
    baseUrl?: string;
    /** Where retries and rate-limit waits are reported (the job log). */
    log?: (message: string) => void;
    /**
     * Retries for 5xx and network errors (plugin-retry), default 3. The only retry loop but one:
     * creating a check run retries itself (see createCheckRun).
     */
    retries?: number;
    /** Longest wait on a rate limit before giving up, in seconds (default 120). */
    maxRateLimitWaitSeconds?: number;
    /** Milliseconds per second of back-off for plugin-retry (default 1000, the plugin's). */
    retryAfterBaseValue?: number;
    /** Passed to plugin-throttling (see ThrottleTuning). */
    throttle?: ThrottleTuning;
    /** Redacts every request body; defaults to the process's redactor, which learns the token. */
    redactor?: Redactor;
    /**
     * Longest wait for one request's answer, body included, in milliseconds (default 60 s); each
     * retry waits afresh. Node's fetch has no limit of its own, so a GitHub that held the
     * connection open held the job, once per retry.
     */
    requestTimeoutMs?: number;
};
export declare const DEFAULT_REQUEST_TIMEOUT_MS = 60000;
export type ClientSettings = {
    /** plugin-retry's retries after the first try. */
    retries: number;
    /** Milliseconds before retry n (1, 2...): plugin-retry's n² × this. */
    retryBaseMs: number;
    /** The longest wait for one answer (requestTimeoutMs). */
    requestTimeoutMs: number;
};
/**
 * The settings createGitHubClient gave `client`. A call that must not be retried blindly (a
 * create GitHub may have carried out before its answer was lost) is made without the plugin's
 * retries and retried by its caller as often and as late as the plugin would; a download from
 * the signed URL GitHub redirects to (not through Octokit) waits no longer than a request.
 */
export declare function clientSettings(client: GitHubClient): ClientSettings;
/**
 * A create GitHub may carry out before its answer is lost (a 5xx, no answer), retried as the
 * client's retry plugin would (clientSettings), but safely: `create` is sent without the plugin's
 * retries, and before each retry `look` searches for what it would have made, which is kept
 * instead of sending a second one (a second check run or comment, and a second notification).
 * A look that fails leaves the create's error: unknown whether it was made.
 */
export declare function createLooking<T, F>(client: GitHubClient, create: () => Promise<T>, look: () => Promise<F | undefined>): Promise<{
    created: T;
} | {
    found: F;
}>;
/**
 * A request option (`request: { [OWN_RATE_LIMIT_WAIT]: true }`) of a caller that waits out rate
 * limits itself, within a budget of its own (the release watcher's RateLimitBackoff): the client
 * neither waits for them nor retries them. Both waited before: plugin-throttling up to 120 s, twice
 * (three times for a secondary limit), then the caller's backoff, whose every retry the plugin
 * waited for again; a listing page of a poll that kept being refused waited 8 times, of which the
 * poll's budget and report counted 2.
 */
export declare const OWN_RATE_LIMIT_WAIT = "flowsOwnRateLimitWait";
/**
 * One Octokit client with retry and throttling suited to Actions: secondary rate limits
 * (403/429 with retry-after) are waited out and retried, primary rate limits too when the
 * reset is near, 5xx and network errors are retried by plugin-retry — and nowhere else but
 * createCheckRun, which must look before it sends a create again.
 * Every request body passes the redactor first. Loaded on first use, so runs that never call
 * GitHub don't pay for Octokit.
 */
export declare function createGitHubClient(options: GitHubClientOptions): Promise<GitHubClient>;
