export const id = 9758;
export const ids = [9758,3781,872];
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


const DEFAULT_TRANSFER_TIMEOUT_MS = 5 * 60_000;
const MAX_TIMER_MS = 2_147_483_647;
function transferTimeoutMs(option) {
    if (option !== undefined) {
        if (!(option > 0))
            throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`transferTimeoutMs must be a number of milliseconds above 0, got ${String(option)}`);
        return Math.min(option, MAX_TIMER_MS);
    }
    return Math.min(secondsSetting("FLOWS_ARTIFACT_TIMEOUT_SECONDS", DEFAULT_TRANSFER_TIMEOUT_MS), MAX_TIMER_MS);
}
function secondsSetting(name, defaultMs) {
    return optionalSecondsSetting(name, { unset: `the default of ${describeDuration(defaultMs)}` }) ?? defaultMs;
}
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
class TransferTimeoutError extends Error {
    ms;
    name = "TransferTimeoutError";
    constructor(ms) {
        super(`it did not finish within ${describeDuration(ms)}`);
        this.ms = ms;
    }
}
async function withinDeadline(ms, work) {
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
/* harmony export */   IG: () => (/* binding */ notJsonAnswer),
/* harmony export */   O0: () => (/* binding */ notJsonBody),
/* harmony export */   l1: () => (/* binding */ ResponseTooLarge)
/* harmony export */ });
/* unused harmony export NotJsonAnswer */
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
class ResponseTooLarge extends Error {
    name = "ResponseTooLarge";
    maxBytes;
    status;
    headers;
    constructor(options) {
        super(`GitHub's answer is larger than ${options.maxBytes.toLocaleString("en-US")} bytes, the most this request reads`);
        this.maxBytes = options.maxBytes;
        this.status = options.status;
        this.headers = options.headers;
    }
}
function responseTooLarge(error) {
    return causeOfClass(error, ResponseTooLarge);
}
function causeOfClass(error, kind) {
    const seen = new Set();
    for (let link = error; typeof link === "object" && link !== null && !seen.has(link) && seen.size < 8; link = link.cause) {
        seen.add(link);
        if (link instanceof kind)
            return link;
    }
    return undefined;
}
class NotJsonAnswer extends Error {
    name = "NotJsonAnswer";
    status;
    constructor(status, what) {
        super(what);
        this.status = status;
    }
}
function notJsonAnswer(error) {
    return causeOfClass(error, NotJsonAnswer);
}
function notJsonBody(status, contentType, body) {
    const type = (contentType ?? "").toLowerCase();
    const isHtml = type.includes("text/html");
    if (!isHtml && !/[/+]json\b/.test(type))
        return undefined;
    const text = new TextDecoder().decode(body);
    if (isHtml) {
        const title = entitiesDecoded(/<title[^>]*>([^<]{0,200})/i.exec(text)?.[1] ?? "")
            .replace(/[\s<>]+/g, " ")
            .trim();
        return new NotJsonAnswer(status, `an HTML page${title ? ` (${title})` : ""}, not the API's JSON`);
    }
    if (text.trim() === "")
        return undefined;
    try {
        JSON.parse(text);
        return undefined;
    }
    catch {
        return new NotJsonAnswer(status, `a body that is not whole JSON (${body.byteLength.toLocaleString("en-US")} bytes)`);
    }
}
const ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", middot: "·", nbsp: " " };
function entitiesDecoded(text) {
    return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name) => {
        const code = name.startsWith("#x") || name.startsWith("#X") ? Number.parseInt(name.slice(2), 16) : name.startsWith("#") ? Number(name.slice(1)) : undefined;
        if (code === undefined)
            return ENTITIES[name.toLowerCase()] ?? whole;
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    });
}


/***/ }),

/***/ 89758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kG: () => (/* binding */ OWN_RATE_LIMIT_WAIT),
  ry: () => (/* binding */ clientSettings),
  createGitHubClient: () => (/* binding */ createGitHubClient),
  Ov: () => (/* binding */ createLooking)
});

// UNUSED EXPORTS: DEFAULT_REQUEST_TIMEOUT_MS

// EXTERNAL MODULE: ./.build/github/bounded-body.js
var bounded_body = __webpack_require__(90282);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(75270);
// EXTERNAL MODULE: ./.build/github/errors.js
var errors = __webpack_require__(43781);
// EXTERNAL MODULE: ./.build/deadline.js
var deadline = __webpack_require__(50872);
;// CONCATENATED MODULE: ./.build/github/write-spacing.js

const NAME = "FLOWS_GITHUB_WRITE_SPACING_SECONDS";
const MAX_SECONDS = 60;
const SEARCH_SPACING_MS = 2000;
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
async function wholeResponse(response, maxBytes) {
    if (response.body === null || [101, 204, 205, 304].includes(response.status))
        return response;
    const body = Number.isFinite(maxBytes) ? await (0,bounded_body/* readBounded */.CB)(response, maxBytes) : await response.arrayBuffer();
    if (body === "too-large") {
        throw new bounded_body/* ResponseTooLarge */.l1({ maxBytes, status: response.status, headers: Object.fromEntries(response.headers) });
    }
    const notJson = (0,bounded_body/* notJsonBody */.O0)(response.status, response.headers.get("content-type"), body);
    if (notJson)
        throw notJson;
    const whole = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    Object.defineProperty(whole, "url", { value: response.url });
    return whole;
}
const SETTINGS = new WeakMap();
function clientSettings(client) {
    return SETTINGS.get(client) ?? { retries: 3, retryBaseMs: 1000, requestTimeoutMs: DEFAULT_REQUEST_TIMEOUT_MS };
}
async function createLooking(client, create, look) {
    const policy = clientSettings(client);
    for (let attempt = 0;; attempt++) {
        try {
            return { created: await create() };
        }
        catch (error) {
            const kind = (0,errors.apiFailure)(error).kind;
            if ((kind !== "server" && kind !== "network") || attempt >= policy.retries)
                throw error;
            await new Promise((resolve) => setTimeout(resolve, (attempt + 1) ** 2 * policy.retryBaseMs));
            const found = await look().catch(() => {
                throw error;
            });
            if (found !== undefined)
                return { found };
        }
    }
}
const OWN_RATE_LIMIT_WAIT = "flowsOwnRateLimitWait";
const waitsOwnRateLimits = (request) => request?.request?.[OWN_RATE_LIMIT_WAIT] === true;
const NOT_BODY = new Set(["method", "url", "baseUrl", "headers", "request", "mediaType"]);
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
    const limiters = spacing ? throttleLimiters(spacing) : sharedThrottleLimiters(options.baseUrl ?? DEFAULT_API_URL, options.token);
    const client = makeOctokit(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        retry: { retries: options.retries ?? 3, ...(base === undefined ? {} : { retryAfterBaseValue: base }) },
        throttle: {
            ...limiters,
            ...throttle,
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                if (waitsOwnRateLimits(request))
                    return false;
                const retrying = retryCount < 2 && retryAfter <= maxWait;
                log(`GitHub rate limit hit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
                return retrying;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                if (waitsOwnRateLimits(request))
                    return false;
                const retrying = retryCount < 3 && retryAfter <= maxWait;
                log(`GitHub secondary rate limit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
                return retrying;
            },
        },
    }, ownErrorsNotRetried, retry, throttling);
    const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    SETTINGS.set(client, { retries: options.retries ?? 3, retryBaseMs: base ?? 1000, requestTimeoutMs: timeoutMs });
    client.hook.before("request", (request) => {
        const fields = request;
        for (const [name, value] of Object.entries(fields)) {
            if (!NOT_BODY.has(name) && value !== undefined)
                fields[name] = wellFormed(redactor.redactValue(value));
        }
        const settings = (request.request ?? {});
        const maxBytes = typeof settings.maxResponseBytes === "number" ? settings.maxResponseBytes : Number.POSITIVE_INFINITY;
        request.request = { ...settings, fetch: timedFetch(settings.fetch ?? fetch, timeoutMs, maxBytes) };
    });
    return client;
}
function wellFormed(value) {
    if (typeof value === "string")
        return (0,text_cut/* wellFormedText */.Nw)(value);
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
function ownErrorsNotRetried(octokit) {
    octokit.hook.error("request", (error, options) => {
        const { status, response } = (error ?? {});
        if (status === 500 && response === undefined && !(0,errors/* isNetworkError */.TX)(error) && !(0,bounded_body/* notJsonAnswer */.IG)(error))
            options.request = { ...options.request, retries: 0 };
        if (status === 429 && waitsOwnRateLimits(options))
            options.request = { ...options.request, retries: 0 };
        throw error;
    });
}


/***/ }),

/***/ 43781:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GZ: () => (/* binding */ isDenied),
/* harmony export */   TX: () => (/* binding */ isNetworkError),
/* harmony export */   apiFailure: () => (/* binding */ apiFailure)
/* harmony export */ });
/* unused harmony export statusOf */
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75270);
/* harmony import */ var _bounded_body_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90282);


function apiFailure(error) {
    const status = statusOf(error);
    const message = githubMessage(error);
    if (status === undefined || (status === 500 && !hasResponse(error))) {
        if (isNetworkError(error))
            return { kind: "network", message };
        const notJson = (0,_bounded_body_js__WEBPACK_IMPORTED_MODULE_1__/* .notJsonAnswer */ .IG)(error);
        if (notJson)
            return { kind: "server", status: notJson.status, message: notJson.message };
        const own = status === undefined ? error : (error.cause ?? error);
        return { kind: "internal", message: ownMessage(own) };
    }
    const base = { status, message };
    if (status === 401)
        return { kind: "bad-credentials", ...base };
    if ((status === 403 || status === 429) && isRateLimit(error, message)) {
        const resetAt = rateLimitReset(error);
        return { kind: "rate-limit", ...base, ...(resetAt ? { resetAt } : {}) };
    }
    if (status === 403 && /personal access token|authenticate via a GitHub App/i.test(message))
        return { kind: "personal-token", ...base };
    if (status === 403 && /\bis locked\b/i.test(message))
        return { kind: "locked", ...base };
    if (status === 403)
        return { kind: "permission", ...base };
    if (status === 404 || status === 410)
        return { kind: "not-found", ...base };
    if (status === 422 || status === 400)
        return { kind: "invalid", ...base };
    return { kind: status >= 500 ? "server" : "invalid", ...base };
}
const NETWORK_CODES = new Set([
    "ECONNREFUSED",
    "ECONNRESET",
    "ECONNABORTED",
    "ENOTFOUND",
    "EAI_AGAIN",
    "EAI_FAIL",
    "ETIMEDOUT",
    "EHOSTUNREACH",
    "EHOSTDOWN",
    "ENETUNREACH",
    "ENETDOWN",
    "EPIPE",
    "EPROTO",
    "UND_ERR_CONNECT_TIMEOUT",
    "UND_ERR_HEADERS_TIMEOUT",
    "UND_ERR_BODY_TIMEOUT",
    "UND_ERR_SOCKET",
    "UND_ERR_CLOSED",
    "UND_ERR_ABORTED",
    "UND_ERR_PRX_TLS",
    "CERT_HAS_EXPIRED",
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "ERR_TLS_CERT_ALTNAME_INVALID",
    "ConnectionRefused",
    "ConnectionClosed",
    "FailedToOpenSocket",
    "Timeout",
]);
function isNetworkError(error) {
    const seen = new Set();
    for (let link = error; typeof link === "object" && link !== null && !seen.has(link) && seen.size < 8; link = link.cause) {
        seen.add(link);
        const { code, name, message } = link;
        if (typeof code === "string" && NETWORK_CODES.has(code))
            return true;
        if (name === "AbortError" || name === "TimeoutError" || name === "ConnectTimeoutError" || name === "SocketError")
            return true;
        if (name === "TypeError" && message === "fetch failed")
            return true;
    }
    return false;
}
function ownMessage(error) {
    if (!(error instanceof Error))
        return `internal error: ${(0,_text_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)(String(error), MESSAGE_CHARS)}`;
    const line = error.message.split("\n")[0] ?? "";
    return (0,_text_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)(`${error.name}${line ? `: ${line}` : ""}`, MESSAGE_CHARS);
}
function isDenied(failure) {
    return failure.kind === "permission" || failure.kind === "personal-token" || failure.kind === "bad-credentials";
}
function statusOf(error) {
    if (typeof error !== "object" || error === null || !("status" in error))
        return undefined;
    const status = error.status;
    return typeof status === "number" ? status : undefined;
}
function hasResponse(error) {
    return typeof error === "object" && error !== null && error.response !== undefined;
}
const MESSAGE_CHARS = 400;
function githubMessage(error) {
    if (typeof error === "object" && error !== null && "response" in error) {
        const data = error.response?.data;
        if (typeof data === "object" && data !== null && "message" in data) {
            const message = data.message;
            if (typeof message === "string" && message) {
                const details = errorDetails(data.errors);
                const text = `${message.trim().replace(/\s+/g, " ")}${details ? `: ${details}` : ""}`;
                return (0,_text_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .clipText */ .gL)(text, MESSAGE_CHARS);
            }
        }
    }
    if (error instanceof Error)
        return error.message.split("\n")[0] ?? error.message;
    return String(error);
}
function isRateLimit(error, message) {
    const headers = error.response?.headers;
    return headers?.["x-ratelimit-remaining"] === "0" || /rate limit/i.test(message);
}
function rateLimitReset(error) {
    const headers = error.response?.headers;
    if (headers?.["x-ratelimit-remaining"] !== "0")
        return undefined;
    const reset = Number(headers["x-ratelimit-reset"]);
    if (!Number.isSafeInteger(reset) || reset <= 0)
        return undefined;
    return new Date(reset * 1000).toISOString().replace(/\.000Z$/, "Z");
}
function errorDetails(errors) {
    if (!Array.isArray(errors))
        return "";
    const said = errors.slice(0, 3).map((item) => {
        if (typeof item === "string")
            return item;
        if (typeof item !== "object" || item === null)
            return "";
        const { message, resource, field, code } = item;
        if (typeof message === "string" && message)
            return message;
        return [resource, field, code].filter((part) => typeof part === "string" && part).join(" ");
    });
    return said.filter(Boolean).join("; ").replace(/\s+/g, " ");
}


/***/ })

};
