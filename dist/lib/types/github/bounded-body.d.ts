/**
 * A response's body, or "too-large" as soon as it runs past `maxBytes` (then it is not read
 * further): an answer larger than the caller can use must not take the process's memory.
 */
export declare function readBounded(response: Response, maxBytes: number): Promise<Uint8Array | "too-large">;
/**
 * GitHub's answer ran past the request's `maxResponseBytes` (see createGitHubClient): thrown
 * where the body is read, before any of it is parsed; Octokit passes it on as the `cause` of its
 * error. Not retried: the same request gets the same answer.
 */
export declare class ResponseTooLarge extends Error {
    name: string;
    readonly maxBytes: number;
    readonly status: number;
    /** The answer's headers (its ETag, rate limit), lower-case names. */
    readonly headers: Record<string, string>;
    constructor(options: {
        maxBytes: number;
        status: number;
        headers: Record<string, string>;
    });
}
/** The ResponseTooLarge an error was caused by (Octokit wraps it), if any. */
export declare function responseTooLarge(error: unknown): ResponseTooLarge | undefined;
