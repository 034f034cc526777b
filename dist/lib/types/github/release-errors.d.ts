import { UserError } from "../user-error.js";
export type RateLimitKind = "primary" | "secondary";
/** A request for releases failed; `rateLimit` is set when GitHub refused it for a rate limit. */
export declare class GitHubReleasesError extends UserError {
    name: string;
    readonly repo: string;
    /** HTTP status, or undefined when no response came (network error). */
    readonly status: number | undefined;
    readonly rateLimit?: {
        kind: RateLimitKind;
        retryAfterSeconds: number;
        resetAt?: string;
    };
    /** No answer came at all: the network or the host is unreachable. */
    readonly unreachable: boolean;
    constructor(options: {
        repo: string;
        status: number | undefined;
        message: string;
        rateLimit?: GitHubReleasesError["rateLimit"];
        unreachable?: boolean;
    });
}
export type ErrorShape = {
    status?: unknown;
    message?: unknown;
    response?: {
        headers?: Record<string, unknown>;
        data?: unknown;
    };
};
export declare function statusOf(error: unknown): number | undefined;
/** Turn an Octokit error into a sentence that says what to check. */
export declare function releasesError(repo: string, error: unknown, now?: Date, where?: string): GitHubReleasesError;
