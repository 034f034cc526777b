/** Where the backend is and how to prove who we are. */
export type BackendConnection = {
    url: string;
    token?: string;
    apiKey?: string;
    hmacSecret?: string;
    fetch: typeof fetch;
    signal?: AbortSignal;
    /** Retries after a 5xx or a dropped connection, and the first backoff delay (doubles). */
    retries: number;
    retryDelayMs: number;
    /** Longest single request; the overall deadline may cut it shorter. */
    requestTimeoutMs: number;
    /** Given the step output each run of an answer carries, as it is read (BackendDispatchOptions.onStepOutput). */
    stepOutput?: (text: string) => void;
};
export type BackendRequest = {
    method: "GET" | "POST";
    /** Path below the backend URL, with its query string: `/runs?eventId=...`. */
    path: string;
    body?: string;
    /**
     * performance.now() after which no request is started or waited for. Deadlines in backend/
     * are on the monotonic clock, not the wall clock: a runner's clock stepped by NTP during a
     * wait (seconds, on a VM) ended it early, or held it past its time.
     */
    deadline: number;
    /** Never sent twice, whatever happens: a second `POST /events/:id/replay` replays again. */
    once?: boolean;
    /** Largest answer read (default MAX_ANSWER_BYTES): a cancel's answer is one run, and several are read at once. */
    maxAnswerBytes?: number;
    /**
     * Shared by requests whose answers are read at once (the runs fetched one by one): past its
     * first SHARED_ANSWER_BYTES, one answer at a time is read and parsed (AnswerTurns).
     */
    turns?: AnswerTurns;
    /**
     * When the connection's signal aborts while this request is on its way, its answer is still
     * awaited this long (no attempt is started after the abort): a `POST /events` or replay that
     * reached the backend may have started runs, which only the answer names, so that they can be
     * canceled. The answer is returned; the caller sees the signal aborted.
     */
    answerAfterAbortMs?: number;
    /**
     * Set when the request was sent again after an attempt that may have reached the backend (its
     * answer lost to a timeout, a dropped connection, a broken or 5xx answer): a `POST /events`
     * answered `duplicate` then may be the backend's answer to our own first attempt.
     */
    resent?: {
        afterPossibleDelivery: boolean;
    };
    /** Told the length of the answer read, in characters (the run list's, which decides how the next poll asks: client.ts). */
    read?: {
        chars: number;
    };
};
/** The `code` of an aborted request that was never sent. */
export declare const NOT_SENT = "not-sent";
/** The `code` of an answer refused for its size (larger than BackendRequest.maxAnswerBytes). */
export declare const TOO_LARGE = "too-large";
/**
 * Largest answer read. Not lower: a dispatch answer echoes the event (GitHub's go up to 25 MB)
 * and a run list may hold 1,000 runs whose results reach 4 MiB each when run locally, so the
 * contracts give no smaller bound. Text costs a few times its size once read and parsed (16 MB of
 * strings raised the peak RSS by about 80 MB); what could cost far more, nesting and many small
 * objects, is measured in the text before it is parsed (MAX_ANSWER_DEPTH, MAX_ANSWER_CONTAINERS).
 */
export declare const MAX_ANSWER_BYTES: number;
/**
 * Deepest nesting read: an event payload or a result may nest MAX_PAYLOAD_DEPTH levels, and the
 * answer wraps them in a few more (`{data: {runs: [{run: {resultPayload: ...}}]}}`). Deeper
 * answers would overflow the recursive walks (JSON.stringify, the report) that follow.
 */
export declare const MAX_ANSWER_DEPTH: number;
/** Bytes of an answer read before it must wait for its turn, when answers share turns (AnswerTurns). */
export declare const SHARED_ANSWER_BYTES: number;
/**
 * The one byte budget of answers read at once: each may read its first SHARED_ANSWER_BYTES at
 * any time; past them, it waits for the one turn to read the rest and parse it. So eight runs
 * fetched at once, each answered with 14 MiB, cost one large answer's memory at a time, not
 * eight (the wait's peak RSS went from 524 MB to about 160 MB), and a reader waiting holds at
 * most SHARED_ANSWER_BYTES. The turn is held by one request's attempt, whose time is bounded by
 * its own timeout, so no wait for a turn is longer than the requests before it.
 */
export declare class AnswerTurns {
    #private;
    /** Resolves with the function that hands the turn on, once the requests before have handed it on. */
    take(): Promise<() => void>;
}
/**
 * One JSON request to the backend, turned into a FlowBackendError users can act on when it
 * fails. 5xx answers, dropped connections and requests not answered within requestTimeoutMs
 * are retried (with backoff, but for the last, which waited already) when they are safe to
 * repeat: GETs, and `POST /events`, which the backend dedupes by event id (a retried POST of an
 * event that did get through answers `duplicate`). A request marked `once` is sent one time.
 */
export declare function requestJson(connection: BackendConnection, request: BackendRequest): Promise<unknown>;
/**
 * Less than this left of a request's time, it is not sent, and the time counts as spent. How long
 * a backend needs is unknowable; this is the floor under which a request's failure says nothing
 * about the backend, only about this machine: before any answer, a new connection costs a TCP
 * handshake, a TLS one over https, and the request's own round trip (tens of ms to a backend in
 * another region), and a loaded runner's event loop stalls for tens of ms (its timers wake that
 * early or late). Messages show times in tenths of a second, so such a request failed "within 0 s".
 * The same floor holds for every request sent with what is left of a deadline: attempts and
 * retries here, the cancels and their last looks (cancel.ts), the wait's polls (client.ts).
 */
export declare const MIN_REQUEST_MS = 100;
/**
 * `<backend-url>` + `/events` or `/runs?eventId=`: the path joined to the URL's path, before its
 * query string (whose parameters are kept, then the request's added); without user:password,
 * which fetch refuses and which go in the authorization header instead (basicCredentials).
 */
export declare function backendEndpoint(baseUrl: string, path: string): string;
/** A request's path as a message shows it: redacted, then cut to PATH_CHARS. */
export declare function shownPath(path: string): string;
export declare function pause(ms: number, signal: AbortSignal | undefined, what: string): Promise<void>;
export declare function seconds(ms: number): string;
