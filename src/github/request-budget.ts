// How many requests one poll of watched repositories may make, and how much of the token's
// rate limit it leaves for the rest of the job. A poll of many repositories asks for them in
// turn and stops before either runs out; the repositories it did not reach are polled first
// by the next poll (see watch/rotation.ts).
// https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api

export type RequestBudgetOptions = {
  /** Requests this poll may make at most, 304s included (default 300). */
  maxRequests?: number;
  /** Stop when GitHub says fewer than this many requests are left in the hour (default 100). */
  reserve?: number;
};

export const DEFAULT_MAX_REQUESTS = 300;
export const DEFAULT_RATE_LIMIT_RESERVE = 100;

/** Thrown before a request the budget does not allow; nothing was sent. */
export class RequestBudgetExhausted extends Error {
  override name = "RequestBudgetExhausted";
  readonly reason: "budget" | "rate-limit";
  constructor(reason: "budget" | "rate-limit", message: string) {
    super(message);
    this.reason = reason;
  }
}

export class RequestBudget {
  readonly max: number;
  readonly reserve: number;
  /** Requests sent so far. */
  used = 0;
  /** Of those, answered 304 Not Modified (free against GitHub's rate limit). */
  notModified = 0;
  /** `x-ratelimit-remaining` of the last response that carried it. */
  rateRemaining: number | undefined;
  rateResetAt: string | undefined;

  constructor(options: RequestBudgetOptions = {}) {
    this.max = options.maxRequests ?? DEFAULT_MAX_REQUESTS;
    this.reserve = options.reserve ?? DEFAULT_RATE_LIMIT_RESERVE;
  }

  #exempt = false;

  /**
   * Run `work` without the request cap (the rate-limit reserve still holds): the first
   * repository of a poll always finishes, so a repository that needs more requests than the
   * budget (a first poll of many pages) cannot block the rotation forever.
   */
  async exempt<T>(work: () => Promise<T>): Promise<T> {
    this.#exempt = true;
    try {
      return await work();
    } finally {
      this.#exempt = false;
    }
  }

  /** Count one request about to be sent; throws RequestBudgetExhausted when none is left. */
  spend(): void {
    if (this.used >= this.max && !this.#exempt) {
      throw new RequestBudgetExhausted("budget", `the request budget of this poll (${this.max}) is spent`);
    }
    if (this.rateRemaining !== undefined && this.rateRemaining <= this.reserve) {
      const until = this.rateResetAt ? ` until ${this.rateResetAt}` : "";
      throw new RequestBudgetExhausted(
        "rate-limit",
        `GitHub's rate limit is down to ${this.rateRemaining} requests${until}, and ${this.reserve} are kept for the rest of the job`,
      );
    }
    this.used++;
  }

  /** Read the rate-limit headers of a response (or of an error's response). */
  observe(headers: Record<string, unknown> | undefined, status?: number): void {
    if (status === 304) this.notModified++;
    const remaining = Number(headers?.["x-ratelimit-remaining"]);
    if (headers?.["x-ratelimit-remaining"] !== undefined && Number.isFinite(remaining)) this.rateRemaining = remaining;
    const reset = Number(headers?.["x-ratelimit-reset"]);
    if (Number.isFinite(reset) && reset > 0) this.rateResetAt = new Date(reset * 1000).toISOString();
  }
}
