export const id = 9758;
export const ids = [9758,872];
export const modules = {

/***/ 50872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ TransferTimeoutError),
/* harmony export */   I: () => (/* binding */ secondsSetting),
/* harmony export */   IE: () => (/* binding */ optionalSecondsSetting),
/* harmony export */   L$: () => (/* binding */ transferTimeoutMs),
/* harmony export */   MB: () => (/* binding */ describeDuration),
/* harmony export */   _o: () => (/* binding */ MAX_TIMER_MS),
/* harmony export */   iP: () => (/* binding */ withinDeadline)
/* harmony export */ });
/* unused harmony export DEFAULT_TRANSFER_TIMEOUT_MS */
/* harmony import */ var _abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67926);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);


// Time limits on work that may never answer: the artifact state store's uploads, downloads and
// listing pages, the fork handover's upload, and the plan job's read of the state store.
/**
 * Default limit on one artifact upload or download (state or handover). @actions/artifact retries a results
 * service that accepts connections but never answers for about 16 minutes; a state file of a few
 * MB takes seconds, and the largest allowed (512 MiB) about 45 seconds at 100 Mbit/s.
 */
const DEFAULT_TRANSFER_TIMEOUT_MS = 5 * 60_000;
/**
 * The longest delay a timer takes (Node's and Bun's, 2^31-1 ms, about 24.8 days). A longer one
 * fires at once, with a TimeoutOverflowWarning: a deadline of a year would end every transfer
 * after 1 ms. A limit past it is held to it, which is as good as none.
 */
const MAX_TIMER_MS = 2_147_483_647;
/**
 * The limit: the option when given, else FLOWS_ARTIFACT_TIMEOUT_SECONDS (a setting for
 * tests and slow networks; fractions allowed; unset or blank: the default), else
 * DEFAULT_TRANSFER_TIMEOUT_MS. A value that is no positive number is the user's to fix (0 would
 * fail every transfer at once, and a typo must not pass for the default); one past
 * MAX_TIMER_MS is held to it.
 */
function transferTimeoutMs(option) {
    if (option !== undefined) {
        if (!(option > 0))
            throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`transferTimeoutMs must be a number of milliseconds above 0, got ${String(option)}`);
        return Math.min(option, MAX_TIMER_MS);
    }
    return Math.min(secondsSetting("FLOWS_ARTIFACT_TIMEOUT_SECONDS", DEFAULT_TRANSFER_TIMEOUT_MS), MAX_TIMER_MS);
}
/**
 * A duration set in seconds by an environment variable, in ms: `defaultMs` when it is unset or
 * blank (`${{ vars.X }}` of a variable never set); a UserError naming it when it is no number of
 * seconds above 0 (0 or a typo must not pass for the default, nor "0" for "no limit").
 */
function secondsSetting(name, defaultMs) {
    return optionalSecondsSetting(name, { unset: `the default of ${describeDuration(defaultMs)}` }) ?? defaultMs;
}
/**
 * A duration set in seconds by an environment variable, in ms; undefined when it is unset or
 * blank. A UserError naming it, its range and what unsetting gives when it is no number in
 * `range` (fractions allowed).
 */
function optionalSecondsSetting(name, range, env = process.env) {
    const text = env[name]?.trim();
    if (!text)
        return undefined;
    const seconds = Number(text);
    const { zero = false, maxSeconds = Number.POSITIVE_INFINITY } = range;
    if ((zero ? seconds >= 0 : seconds > 0) && seconds <= maxSeconds)
        return seconds * 1000;
    const shown = JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
    const from = zero ? (Number.isFinite(maxSeconds) ? `from 0 to ${maxSeconds}` : "of 0 or more") : `above 0${Number.isFinite(maxSeconds) ? `, at most ${maxSeconds}` : ""}`;
    throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`${name} must be a number of seconds ${from} (fractions allowed), got ${shown}; set it so, or unset it for ${range.unset}.`);
}
/** Work (an artifact transfer, a store read) that did not finish within its limit. */
class TransferTimeoutError extends Error {
    ms;
    name = "TransferTimeoutError";
    constructor(ms) {
        super(`it did not finish within ${describeDuration(ms)}`);
        this.ms = ms;
    }
}
/**
 * `work`'s result, or TransferTimeoutError once `ms` have passed. Then `work` is told to stop
 * through the signal it was given (a fetch stops; @actions/artifact cannot) and abandoned: its
 * later failure is ignored, and the action ends without waiting for it (abandoned-work.ts).
 */
async function withinDeadline(ms, work) {
    // NaN or a limit past MAX_TIMER_MS would make the timer fire at once: the callers' limits
    // pass transferTimeoutMs, and one past the timer's range is as good as none.
    if (Number.isNaN(ms))
        throw new RangeError("withinDeadline needs a limit in milliseconds, got NaN");
    const delay = Math.min(ms, MAX_TIMER_MS);
    const stop = new AbortController();
    const running = work(stop.signal);
    let timer;
    const late = new Promise((_, reject) => {
        timer = setTimeout(() => {
            stop.abort();
            (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__/* .abandonWork */ .$s)(running);
            reject(new TransferTimeoutError(delay));
        }, delay);
    });
    try {
        return await Promise.race([running, late]);
    }
    finally {
        clearTimeout(timer);
    }
}
function describeDuration(ms) {
    if (ms < 1000)
        return `${ms} ms`;
    if (ms < 120_000)
        return `${Math.round(ms / 100) / 10} s`;
    return `${Math.round(ms / 6000) / 10} minutes`;
}


/***/ }),

/***/ 90282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ readBounded),
/* harmony export */   Fh: () => (/* binding */ responseTooLarge),
/* harmony export */   l1: () => (/* binding */ ResponseTooLarge)
/* harmony export */ });
// Reading an answer's body no further than a limit: a body that runs past it is not read on (the
// rest is never downloaded, nor held in memory), whatever its Content-Length said.
/**
 * A response's body, or "too-large" as soon as it runs past `maxBytes` (then it is not read
 * further): an answer larger than the caller can use must not take the process's memory.
 */
async function readBounded(response, maxBytes) {
    const declared = Number(response.headers.get("content-length") ?? Number.NaN);
    if (declared > maxBytes || !response.body) {
        await response.body?.cancel().catch(() => undefined);
        if (declared > maxBytes)
            return "too-large";
        return new Uint8Array(await response.arrayBuffer());
    }
    const chunks = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > maxBytes) {
            await reader.cancel().catch(() => undefined);
            return "too-large";
        }
        chunks.push(value);
    }
    return new Uint8Array(Buffer.concat(chunks, size));
}
/**
 * GitHub's answer ran past the request's `maxResponseBytes` (see createGitHubClient): thrown
 * where the body is read, before any of it is parsed; Octokit passes it on as the `cause` of its
 * error. Not retried: the same request gets the same answer.
 */
class ResponseTooLarge extends Error {
    name = "ResponseTooLarge";
    maxBytes;
    status;
    /** The answer's headers (its ETag, rate limit), lower-case names. */
    headers;
    constructor(options) {
        super(`GitHub's answer is larger than ${options.maxBytes.toLocaleString("en-US")} bytes, the most this request reads`);
        this.maxBytes = options.maxBytes;
        this.status = options.status;
        this.headers = options.headers;
    }
}
/** The ResponseTooLarge an error was caused by (Octokit wraps it), if any. */
function responseTooLarge(error) {
    const seen = new Set();
    for (let link = error; typeof link === "object" && link !== null && !seen.has(link) && seen.size < 8; link = link.cause) {
        seen.add(link);
        if (link instanceof ResponseTooLarge)
            return link;
    }
    return undefined;
}


/***/ }),

/***/ 89758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ clientSettings),
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: DEFAULT_REQUEST_TIMEOUT_MS

// EXTERNAL MODULE: ./.build/github/bounded-body.js
var bounded_body = __webpack_require__(90282);
// EXTERNAL MODULE: ./.build/redact.js
var redact = __webpack_require__(7437);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(75270);
// EXTERNAL MODULE: ./.build/github/errors.js
var errors = __webpack_require__(43781);
// EXTERNAL MODULE: ./.build/deadline.js
var deadline = __webpack_require__(50872);
;// CONCATENATED MODULE: ./.build/github/write-spacing.js

const NAME = "FLOWS_GITHUB_WRITE_SPACING_SECONDS";
const MAX_SECONDS = 60;
/** Searches keep GitHub's 2 s (steady-limiter.ts, GITHUB_SPACING): this module loads no limiter. */
const SEARCH_SPACING_MS = 2000;
/**
 * The write spacing FLOWS_GITHUB_WRITE_SPACING_SECONDS sets, for a client given no throttle
 * option: undefined when it is unset or blank, and writes start 1 s apart and notifying ones 3 s
 * apart, as GitHub asks. A setting for tests against a local fake GitHub, where the spacing is
 * only waiting: seconds from 0 (writes one at a time, no gap) to 60, fractions allowed, for every
 * write alike. Rate limits are still waited out. Async, as the callers of the Bottleneck groups
 * it once made await it.
 */
async function writeSpacingSetting(env = process.env) {
    const setMs = (0,deadline/* optionalSecondsSetting */.IE)(NAME, { zero: true, maxSeconds: MAX_SECONDS, unset: "GitHub's spacing" }, env);
    if (setMs === undefined)
        return undefined;
    const ms = Math.round(setMs);
    return { spacing: { writeMs: ms, notificationMs: ms, searchMs: SEARCH_SPACING_MS } };
}

;// CONCATENATED MODULE: ./.build/github/client.js





const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;
const DEFAULT_API_URL = "https://api.github.com";
const TIMED = Symbol("timed fetch");
/**
 * `inner` with a time limit on every call, body included: a call that runs past it fails as a
 * network error would, so plugin-retry tries it again. The body is read here, within the limit:
 * Octokit reads it only after fetch returns, and takes a JSON body whose reading failed as the
 * text "" — a listing whose answer stalled halfway came back as a success with nothing in it.
 */
function timedFetch(inner, ms, maxBytes) {
    if (inner[TIMED])
        return inner;
    const timed = async (input, init) => {
        const limit = AbortSignal.timeout(ms);
        try {
            const response = await inner(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
            return await wholeResponse(response, maxBytes);
        }
        catch (error) {
            if (!limit.aborted)
                throw error;
            throw new Error(`GitHub did not answer within ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`, { cause: error });
        }
    };
    timed[TIMED] = true;
    return timed;
}
/**
 * `response` with its body read whole (API answers are JSON of at most a few MB), or no further
 * than `maxBytes`: past it, ResponseTooLarge is thrown before anything is parsed.
 */
async function wholeResponse(response, maxBytes) {
    // A body-less status cannot be given a body, even an empty one.
    if (response.body === null || [101, 204, 205, 304].includes(response.status))
        return response;
    const body = Number.isFinite(maxBytes) ? await (0,bounded_body/* readBounded */.CB)(response, maxBytes) : await response.arrayBuffer();
    if (body === "too-large") {
        throw new bounded_body/* ResponseTooLarge */.l1({ maxBytes, status: response.status, headers: Object.fromEntries(response.headers) });
    }
    const whole = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    // Octokit reports the URL it got its answer from (a redirect's target, say).
    Object.defineProperty(whole, "url", { value: response.url });
    return whole;
}
/** What createGitHubClient set up on each client, for the calls made around Octokit (see below). */
const SETTINGS = new WeakMap();
/**
 * The settings createGitHubClient gave `client`. A call that must not be retried blindly (a
 * create GitHub may have carried out before its answer was lost) is made without the plugin's
 * retries and retried by its caller as often and as late as the plugin would; a download from
 * the signed URL GitHub redirects to (not through Octokit) waits no longer than a request.
 */
function clientSettings(client) {
    return SETTINGS.get(client) ?? { retries: 3, retryBaseMs: 1000, requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS };
}
/** Request options that are not the body: never redacted (the token is in `headers`). */
const NOT_BODY = new Set(["method", "url", "baseUrl", "headers", "request", "mediaType"]);
/**
 * One Octokit client with retry and throttling suited to Actions: secondary rate limits
 * (403/429 with retry-after) are waited out and retried, primary rate limits too when the
 * reset is near, 5xx and network errors are retried by plugin-retry — and nowhere else but
 * createCheckRun, which must look before it sends a create again.
 * Every request body passes the redactor first. Loaded on first use, so runs that never call
 * GitHub don't pay for Octokit.
 */
async function createGitHubClient(options) {
    const [{ getOctokit: makeOctokit }, { retry }, { throttling }, { sharedThrottleLimiters, throttleLimiters }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(1351), __webpack_require__.e(770)]).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(9735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(6856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
        Promise.all(/* import() */[__webpack_require__.e(3251), __webpack_require__.e(2649)]).then(__webpack_require__.bind(__webpack_require__, 72649)),
    ]);
    const log = options.log ?? (() => { });
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const redactor = options.redactor ?? redact/* redactor */.$p;
    redactor.add(options.token);
    const base = options.retryAfterBaseValue;
    const { spacing, ...tuning } = options.throttle ?? (await writeSpacingSetting()) ?? {};
    const throttle = Object.fromEntries(Object.entries(tuning).filter(([, value]) => value !== undefined));
    // Limiters on a clock that a change of the system time does not move, never the plugin's own
    // (steady-limiter.ts): the retry limiter too is made from `Bottleneck`, one per client.
    const limiters = spacing ? throttleLimiters(spacing) : sharedThrottleLimiters(options.baseUrl ?? DEFAULT_API_URL, options.token);
    const client = makeOctokit(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        // retry.retries, not request.retries: a per-request count makes plugin-retry retry every
        // failed request, 404 and 403 included, instead of only those not in its doNotRetry list.
        retry: { retries: options.retries ?? 3, ...(base === undefined ? {} : { retryAfterBaseValue: base }) },
        throttle: {
            ...limiters,
            ...throttle,
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                const retrying = retryCount < 2 && retryAfter <= maxWait;
                log(`GitHub rate limit hit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
                return retrying;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                const retrying = retryCount < 3 && retryAfter <= maxWait;
                log(`GitHub secondary rate limit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
                return retrying;
            },
        },
    }, 
    // Before plugin-retry, so that its hooks see a failure of our own already marked.
    ownErrorsNotRetried, retry, throttling);
    const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    SETTINGS.set(client, { retries: options.retries ?? 3, retryBaseMs: base ?? 1000, requestTimeoutMs: timeoutMs });
    client.hook.before("request", (request) => {
        const fields = request;
        for (const [name, value] of Object.entries(fields)) {
            if (!NOT_BODY.has(name) && value !== undefined)
                fields[name] = wellFormed(redactor.redactValue(value));
        }
        // Around whatever fetch @actions/github chose (its proxy support), not instead of it. A call
        // may bound its answer with `request: { maxResponseBytes }` (one that is not paged).
        const settings = (request.request ?? {});
        const maxBytes = typeof settings.maxResponseBytes === "number" ? settings.maxResponseBytes : Number.POSITIVE_INFINITY;
        request.request = { ...settings, fetch: timedFetch(settings.fetch ?? fetch, timeoutMs, maxBytes) };
    });
    return client;
}
/**
 * `value` with every lone surrogate (half an emoji, from a backend's JSON or a step's
 * `"\ud83d"`) made U+FFFD, in place on the redactor's copy, as GitHub would store it. Octokit
 * puts path and query values through encodeURIComponent, which throws "URI malformed" on one:
 * the request failed before it was sent, and read as GitHub being unreachable. (`paginate`
 * builds its URL before this hook: its callers pass well-formed values.)
 */
function wellFormed(value) {
    if (typeof value === "string")
        return (0,text_cut/* wellFormedText */.Nw)(value);
    // Only what the redactor copied: arrays and plain objects (never a Buffer being uploaded).
    if (!Array.isArray(value) && !isPlainObject(value))
        return value;
    const work = [value];
    const seen = new Set();
    for (let holder = work.pop(); holder; holder = work.pop()) {
        if (seen.has(holder))
            continue;
        seen.add(holder);
        const fields = holder;
        for (const [key, field] of Object.entries(fields)) {
            if (typeof field === "string")
                fields[key] = (0,text_cut/* wellFormedText */.Nw)(field);
            else if (Array.isArray(field) || isPlainObject(field))
                work.push(field);
        }
    }
    return value;
}
function isPlainObject(value) {
    if (typeof value !== "object" || value === null)
        return false;
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}
/**
 * An Octokit plugin, applied before plugin-retry: a request that failed in flows-action's own
 * code (a TypeError where fetch is called, say) is not retried. Octokit reports whatever fetch
 * threw as status 500 without a response, which plugin-retry tried three more times with its
 * back-off (1, 4 and 9 s) for an error that comes back the same each time. The network's
 * errors (isNetworkError) and GitHub's answers are retried as before.
 */
function ownErrorsNotRetried(octokit) {
    octokit.hook.error("request", (error, options) => {
        const { status, response } = (error ?? {});
        if (status === 500 && response === undefined && !(0,errors/* isNetworkError */.TX)(error))
            options.request = { ...options.request, retries: 0 };
        throw error;
    });
}


/***/ })

};
