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
/**
 * GitHub's answer was not the JSON the REST API gives: an HTML page (what its front end or a
 * proxy sends when the API behind it is down, the "Unicorn!" page, with a 5xx or even a 200), or
 * a JSON body cut off. Thrown where the body is read, before Octokit takes it for text: that
 * text reached the code as data (`data.map is not a function`, said as a bug of flows-action)
 * or, as an error, quoted a whole HTML page into the warning. GitHub's failure, so retried as
 * a 5xx is; `status` is the one the answer came with.
 */
export declare class NotJsonAnswer extends Error {
    name: string;
    readonly status: number;
    constructor(status: number, what: string);
}
/** The NotJsonAnswer an error was caused by (Octokit wraps it), if any. */
export declare function notJsonAnswer(error: unknown): NotJsonAnswer | undefined;
/**
 * A NotJsonAnswer for a body that is not what its content type promises an API answer is, else
 * undefined: `text/html` (an error page), or JSON that does not parse (cut off).
 */
export declare function notJsonBody(status: number, contentType: string | null, body: Uint8Array | ArrayBuffer): NotJsonAnswer | undefined;
