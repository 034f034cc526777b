import type { AnswerOrigin } from "./answers.js";
import { type ResponseTooLarge } from "./bounded-body.js";
import type { GitHubClient } from "./client.js";
import { RequestBudget } from "./request-budget.js";
export type RateLimitBackoffOptions = {
    /** Longest total wait for rate limits in one poll, in seconds (default 60). */
    maxWaitSeconds?: number;
    /** Retries of one request after a rate limit (default 2). */
    maxRetries?: number;
    sleep?: (ms: number) => Promise<void>;
    log?: (message: string) => void;
};
/**
 * Waits out rate limits, within one budget shared by every request of a poll, so a poll of
 * many repositories cannot stall a job for long. Beyond the budget the error is rethrown.
 */
export declare class RateLimitBackoff {
    #private;
    waitedSeconds: number;
    constructor(options?: RateLimitBackoffOptions);
    run<T>(request: () => Promise<T>): Promise<T>;
}
/**
 * `backoff`: what waits out a rate limit's refusal (the poll's, so that one budget bounds every
 * wait of a poll and its report counts each). Each request carries OWN_RATE_LIMIT_WAIT, for
 * which the client does not wait too: before, its throttling plugin waited these out (up to
 * 120 s, twice) outside the poll's budget and its `waitedSeconds`, while the listing did not.
 */
export type Lookup = {
    client: GitHubClient;
    repo: string;
    budget?: RequestBudget;
    backoff?: RateLimitBackoff;
};
/** What a lookup needs of Octokit's answer. */
export type Answer = {
    status: number;
    headers: {
        etag?: string;
        [header: string]: unknown;
    };
    data: unknown;
};
/** One read: how it is asked, how its answer is read, and what a 304, a 404 or an answer over its bound means for it (otherwise the repository's error). */
export type Read<T> = {
    /** `GET /repos/...`, for messages. */
    request: string;
    send: () => Promise<Answer>;
    read: (answer: Answer, origin: AnswerOrigin) => T;
    notModified?: () => T;
    notFound?: () => T;
    tooLarge?: (tooLarge: ResponseTooLarge, origin: AnswerOrigin) => T;
};
/**
 * One GitHub read of a lookup, retried after each rate-limit refusal the backoff waits out: each
 * try spends from the budget, and what GitHub said of the rate limit (a 304's and an over-large
 * answer's too, not a refusal's: the backoff waits that out) is observed by it.
 */
export declare function lookup<T>(options: Lookup, one: Read<T>): Promise<T>;
