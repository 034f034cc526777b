export type RequestBudgetOptions = {
    /** Requests this poll may make at most, 304s included (default 300). */
    maxRequests?: number;
    /** Stop when GitHub says fewer than this many requests are left in the hour (default 100). */
    reserve?: number;
};
export declare const DEFAULT_MAX_REQUESTS = 300;
export declare const DEFAULT_RATE_LIMIT_RESERVE = 100;
/** Thrown before a request the budget does not allow; nothing was sent. */
export declare class RequestBudgetExhausted extends Error {
    name: string;
    readonly reason: "budget" | "rate-limit";
    constructor(reason: "budget" | "rate-limit", message: string);
}
export declare class RequestBudget {
    #private;
    readonly max: number;
    readonly reserve: number;
    /** Requests sent so far. */
    used: number;
    /** Of those, answered 304 Not Modified (free against GitHub's rate limit). */
    notModified: number;
    /** `x-ratelimit-remaining` of the last response that carried it. */
    rateRemaining: number | undefined;
    rateResetAt: string | undefined;
    constructor(options?: RequestBudgetOptions);
    /**
     * Run `work` without the request cap (the rate-limit reserve still holds): the first
     * repository of a poll always finishes, so a repository that needs more requests than the
     * budget (a first poll of many pages) cannot block the rotation forever.
     */
    exempt<T>(work: () => Promise<T>): Promise<T>;
    /** Count one request about to be sent; throws RequestBudgetExhausted when none is left. */
    spend(): void;
    /** Read the rate-limit headers of a response (or of an error's response). */
    observe(headers: Record<string, unknown> | undefined, status?: number): void;
}
