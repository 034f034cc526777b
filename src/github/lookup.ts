// One GitHub read, as every lookup of the watcher makes it (release-lookups.ts, and
// checkRelease in releases.ts): retried after each rate-limit refusal the poll's backoff waits
// out, each try spent from the poll's request budget, and a 304, a 404 or an answer over its
// bound read as the caller says. Its own module so that both can import it without a cycle.
import type { AnswerOrigin } from "./answers.js";
import { type ResponseTooLarge, responseTooLarge } from "./bounded-body.js";
import type { GitHubClient } from "./client.js";
import { GitHubReleasesError, releasesError, statusOf } from "./release-errors.js";
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
export class RateLimitBackoff {
  waitedSeconds = 0;
  readonly #maxWait: number;
  readonly #maxRetries: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #log: (message: string) => void;

  constructor(options: RateLimitBackoffOptions = {}) {
    this.#maxWait = options.maxWaitSeconds ?? 60;
    this.#maxRetries = options.maxRetries ?? 2;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#log = options.log ?? (() => {});
  }

  async run<T>(request: () => Promise<T>): Promise<T> {
    for (let retry = 0; ; retry++) {
      try {
        return await request();
      } catch (error) {
        const limit = error instanceof GitHubReleasesError ? error.rateLimit : undefined;
        if (!limit || retry >= this.#maxRetries) throw error;
        const seconds = Math.max(1, limit.retryAfterSeconds);
        if (this.waitedSeconds + seconds > this.#maxWait) throw error;
        this.#log(`${(error as Error).message} Waiting ${seconds} s before retrying.`);
        this.waitedSeconds += seconds;
        await this.#sleep(seconds * 1000);
      }
    }
  }
}

/**
 * `backoff`: what waits out a rate limit's refusal (the poll's, so that one budget bounds every
 * wait of a poll and its report counts each). Each request carries OWN_RATE_LIMIT_WAIT, for
 * which the client does not wait too: before, its throttling plugin waited these out (up to
 * 120 s, twice) outside the poll's budget and its `waitedSeconds`, while the listing did not.
 */
export type Lookup = { client: GitHubClient; repo: string; budget?: RequestBudget; backoff?: RateLimitBackoff };

/** What a lookup needs of Octokit's answer. */
export type Answer = { status: number; headers: { etag?: string; [header: string]: unknown }; data: unknown };

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
export function lookup<T>(options: Lookup, one: Read<T>): Promise<T> {
  const budget = options.budget ?? new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
  return (options.backoff ?? new RateLimitBackoff()).run(async () => {
    budget.spend();
    try {
      const answer = await one.send();
      budget.observe(answer.headers, answer.status);
      return one.read(answer, { repo: options.repo, request: one.request, status: answer.status });
    } catch (error) {
      if (error instanceof GitHubReleasesError) throw error;
      const status = statusOf(error);
      if (status === 304) budget.observe(responseHeaders(error), 304);
      if (status === 304 && one.notModified) return one.notModified();
      if (status === 404 && one.notFound) return one.notFound();
      const tooLarge = one.tooLarge ? responseTooLarge(error) : undefined;
      if (tooLarge && one.tooLarge) {
        budget.observe(tooLarge.headers, tooLarge.status);
        return one.tooLarge(tooLarge, { repo: options.repo, request: one.request, status: tooLarge.status });
      }
      throw releasesError(options.repo, error, new Date(), one.request);
    }
  });
}

function responseHeaders(error: unknown): Record<string, unknown> | undefined {
  return (error as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers;
}
