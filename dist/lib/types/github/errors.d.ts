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
 | "locked" | "rate-limit" | "bad-credentials" | "not-found" | "invalid" | "server" | "network";
export type ApiFailure = {
    kind: ApiFailureKind;
    status?: number;
    /** GitHub's own message, else the error's. */
    message: string;
    /** When a spent primary rate limit resets (`x-ratelimit-reset`), as an ISO time. */
    resetAt?: string;
};
export declare function apiFailure(error: unknown): ApiFailure;
/** The token may not do this: retrying will not help, a workflow change will. */
export declare function isDenied(failure: ApiFailure): boolean;
export declare function statusOf(error: unknown): number | undefined;
