export type ApiFailureKind = 
/** 403 "Resource not accessible by integration": the token lacks a permission. */
"permission"
/**
 * 403 to a personal access token: "You must authenticate via a GitHub App." (check runs take
 * only app tokens) or "Resource not accessible by personal access token" (a fine-grained
 * token without the permission).
 */
 | "personal-token"
/** 403 "Unable to create comment because issue is locked.": that conversation, not the token. */
 | "locked" | "rate-limit" | "bad-credentials" | "not-found" | "invalid" | "server"
/** No answer: the connection failed or timed out (see isNetworkError). */
 | "network"
/** Neither GitHub nor the network: an error of flows-action's own (or of a library it uses). */
 | "internal";
export type ApiFailure = {
    kind: ApiFailureKind;
    status?: number;
    /** GitHub's own message, else the error's. */
    message: string;
    /** When a spent primary rate limit resets (`x-ratelimit-reset`), as an ISO time. */
    resetAt?: string;
};
export declare function apiFailure(error: unknown): ApiFailure;
/**
 * Whether an error is the network's: a connection refused, reset or timed out, a name not
 * resolved, a certificate refused, fetch's "fetch failed", or a request aborted by a time limit
 * (ours, see client.ts, or AbortSignal.timeout). Looked for along the `cause` chain, which is
 * how Octokit and fetch wrap it. An error of the code (a URIError, a TypeError other than
 * fetch's) is not, with or without an HTTP status.
 */
export declare function isNetworkError(error: unknown): boolean;
/** The token may not do this: retrying will not help, a workflow change will. */
export declare function isDenied(failure: ApiFailure): boolean;
export declare function statusOf(error: unknown): number | undefined;
