export const id = 4542;
export const ids = [4542,9176,9758,3781,872];
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


/***/ }),

/***/ 58939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ refNameProblem)
/* harmony export */ });
function refNameProblem(name) {
    if (/[\u0000-\u001f\u007f]/.test(name))
        return "a control character";
    if (/\p{Cs}/u.test(name))
        return "a lone surrogate";
    if (name.includes(".."))
        return '".."';
    if (/[ ~^:?*[\\]/.test(name))
        return "spaces or any of ~ ^ : ? * [ \\";
    if (name.includes("@{"))
        return '"@{"';
    const parts = name.split("/");
    if (parts.some((part) => part === "" || part.startsWith(".") || part.endsWith(".lock")) || name.endsWith(".")) {
        return 'parts (between slashes) that are empty, start with "." or end with ".lock", or a "." at the end';
    }
    return undefined;
}


/***/ }),

/***/ 89176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   INTERNAL_EVENT_TYPE_PREFIX: () => (/* binding */ INTERNAL_EVENT_TYPE_PREFIX),
/* harmony export */   Newest: () => (/* binding */ Newest),
/* harmony export */   eachStoredEvent: () => (/* binding */ eachStoredEvent),
/* harmony export */   findStoredRun: () => (/* binding */ findStoredRun),
/* harmony export */   isInternalRecord: () => (/* binding */ isInternalRecord),
/* harmony export */   selectStoredRuns: () => (/* binding */ selectStoredRuns)
/* harmony export */ });
const INTERNAL_EVENT_TYPE_PREFIX = "flows-action.";
function isInternalRecord(record) {
    return record.event.type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}
async function eachStoredEvent(store, visit) {
    if (store.eachEvent)
        return store.eachEvent(visit);
    for (const record of await store.listEvents())
        if (visit(record) === false)
            return;
}
class Newest {
    #items = [];
    #limit;
    #time;
    constructor(limit, time) {
        this.#limit = limit || undefined;
        this.#time = time;
    }
    get held() {
        return this.#items.length;
    }
    offer(item) {
        this.#items.push(item);
        if (this.#limit !== undefined && this.#items.length >= 2 * this.#limit)
            this.#trim();
    }
    items() {
        this.#trim();
        return this.#items;
    }
    #trim() {
        const time = this.#time;
        this.#items.sort((a, b) => (time(a) < time(b) ? 1 : time(a) > time(b) ? -1 : 0));
        if (this.#limit !== undefined)
            this.#items.length = Math.min(this.#items.length, this.#limit);
    }
}
async function usableIndex(store, note) {
    if (!store.runIndex)
        return undefined;
    const index = await store.runIndex();
    if ("unusable" in index) {
        if (index.unusable)
            note?.(index.unusable);
        return undefined;
    }
    return index;
}
async function selectStoredRuns(from, query = {}, note) {
    if (!Array.isArray(from) && query.limit && !query.eventId) {
        const index = await usableIndex(from, note);
        if (index) {
            const newest = new Newest(query.limit, (run) => run.updatedAt);
            for (const summary of index.summaries) {
                if (summary.internal)
                    continue;
                for (const run of summary.runs) {
                    if (query.status && run.effectiveStatus !== query.status)
                        continue;
                    if (query.needsAttention && !run.needsAttention)
                        continue;
                    newest.offer({ eventId: summary.eventId, updatedAt: run.updatedAt });
                }
            }
            const loaded = await index.load([...new Set(newest.items().map((run) => run.eventId))]);
            if (loaded)
                return selectStoredRuns([...loaded, ...index.records], query);
            note?.("the state branch's index does not match its records (the store problem below says where), so every record was read.");
        }
    }
    const newest = new Newest(query.limit, (run) => run.updatedAt);
    const each = Array.isArray(from) ? async (visit) => from.forEach(visit) : (visit) => eachStoredEvent(from, visit);
    await each((record) => {
        if (isInternalRecord(record) || (query.eventId && record.event.id !== query.eventId))
            return;
        for (const run of record.runs) {
            if (query.status && run.effectiveStatus !== query.status)
                continue;
            if (query.needsAttention && !run.needsAttention)
                continue;
            newest.offer(run);
        }
    });
    return newest.items();
}
async function findStoredRun(store, runId, startingWith, note) {
    const index = await usableIndex(store, note);
    if (index) {
        const holders = index.summaries.filter((summary) => summary.runs.some((run) => run.id === runId));
        const loaded = await index.load(holders.slice(0, 1).map((summary) => summary.eventId));
        if (loaded) {
            for (const record of [...loaded, ...index.records]) {
                const run = record.runs.find((candidate) => candidate.id === runId);
                if (run)
                    return { record, run };
            }
            note?.(`no run "${runId}" in the state branch's index, so every record is read to be sure.`);
        }
        else {
            note?.("the state branch's index does not match its records (the store problem below says where), so every record was read.");
        }
    }
    let found;
    await eachStoredEvent(store, (record) => {
        const run = record.runs.find((candidate) => candidate.id === runId);
        if (run)
            found = { record, run };
        else if (startingWith && runId.length >= 4) {
            for (const id of [record.event.id, ...record.runs.map((candidate) => candidate.id)]) {
                if (startingWith.size >= 2)
                    break;
                if (id.startsWith(runId))
                    startingWith.add(id);
            }
        }
        return run === undefined;
    });
    return found;
}


/***/ }),

/***/ 64542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STATUS_ENTRIES_SHOWN: () => (/* reexport */ STATUS_ENTRIES_SHOWN),
  WatchConfigError: () => (/* reexport */ WatchConfigError),
  loadWatchConfig: () => (/* reexport */ loadWatchConfig),
  watchAndDispatch: () => (/* reexport */ watchAndDispatch),
  watchStatus: () => (/* reexport */ watchStatus)
});

// UNUSED EXPORTS: DEFAULT_WATCH_CONFIG_FILE, INTERNAL_EVENT_TYPE_PREFIX, RELEASE_BODY_LIMIT, RELEASE_DELETED_TYPE, RELEASE_NAME_LIMIT, RELEASE_UPDATED_TYPE, WATCH_CURSOR_EVENT_TYPE, WATCH_OPTIONS_HELP, WATCH_ROTATION_EVENT_ID, formatAge, isInternalEventType, listWatchCursors, loadWatchCursor, loadWatchRotation, parseTagPattern, parseWatchInput, parseWatchToml, pollUpstreamReleases, renderWatchStatusText, requestEventRedelivery, requestRedelivery, requestReleaseRedelivery, upstreamReleaseFlowEvent, watchCursorEventId

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/flows/file-problem.js
var file_problem = __webpack_require__(84186);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
;// CONCATENATED MODULE: ./.build/watch/config-values.js

class WatchConfigError extends user_error/* UserError */.y {
    name = "WatchConfigError";
    problems;
    constructor(problems) {
        super(problems.map(describeProblem).join("\n"));
        this.problems = problems;
    }
}
function describeProblem(problem) {
    const position = [problem.line, problem.column].filter((part) => part !== undefined).join(":");
    const where = problem.file ? `${problem.file}${position ? `:${position}` : ""}: ` : "";
    return `${where}${problem.message}`;
}
const WATCH_OPTIONS_HELP = "prereleases=true|false, tags=<glob like rust-v* or /regex/>, since=latest|all|<ISO date>, min-age=<duration like 24h, 90m, 2d>, updates=true|false";
const MAX_DURATION_MS = 365 * 86_400_000;
const DURATION_UNITS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
function checkDuration(name, value) {
    const text = typeof value === "string" ? value.trim().toLowerCase() : typeof value === "number" ? String(value) : "";
    if (text === "0")
        return { ms: 0 };
    if (/^(?:\d+[smhdw])+$/.test(text)) {
        let ms = 0;
        for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g))
            ms += Number(amount) * (DURATION_UNITS[unit ?? "s"] ?? 0);
        if (Number.isSafeInteger(ms) && ms <= MAX_DURATION_MS)
            return { ms };
    }
    const hint = /^\d+$/.test(text) ? `; add a unit: ${text}h (hours), ${text}m (minutes), ${text}d (days)` : "";
    if (/^(?:\d+[smhdw])+$/.test(text)) {
        return { problem: `${name} is ${JSON.stringify(value)}, more than a year (365d); a release held that long is never dispatched. Write a shorter duration, like 24h or 2d` };
    }
    return {
        problem: `${name} is ${JSON.stringify(value)}; write a duration like 24h, 90m, 2d or 1d12h (units s, m, h, d, w)${hint}`,
    };
}
const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:_[A-Za-z0-9]{1,20})?\/[A-Za-z0-9._-]{1,100}$/;
function checkRepo(value) {
    if (typeof value !== "string" || value.trim() === "") {
        return { problem: 'the repository is missing; write it as "owner/repo", e.g. "openai/codex"' };
    }
    const repo = value.trim().replace(/\.git$/, "");
    if (REPO_PATTERN.test(repo) && repo !== "." && !repo.endsWith("/.") && !repo.endsWith("/.."))
        return { repo };
    const url = /^https?:\/\/[^/]+\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repo);
    const listed = /^(.+?),+$/.exec(repo)?.[1];
    const hint = url
        ? `; write just "${url[1]}"`
        : listed !== undefined && REPO_PATTERN.test(listed)
            ? `; write one repository per line, without commas ("${listed}" on a line of its own)`
            : '; write it as "owner/repo", e.g. "openai/codex"';
    return { problem: `"${value}" is not a GitHub repository name${hint}` };
}
const SINCE_HELP = "Use latest (default), all, or an ISO date like 2025-01-31 or 2025-01-31T12:00:00Z";
function checkSince(value, written) {
    if (value instanceof Date) {
        const isTime = value.isTime;
        if (typeof isTime === "function" && isTime.call(value)) {
            const shown = written ?? String(value);
            return { problem: `since is a time of day (${shown}) without a date; write a date, e.g. since = 2025-01-31 or since = "2025-01-31T${shown.slice(0, 8)}Z"` };
        }
        if (written !== undefined && !onCalendar(written))
            return { problem: `since is ${written}; there is no such day. ${SINCE_HELP}` };
        if (Number.isNaN(value.getTime()))
            return { problem: "since is not a valid date" };
        return { since: { kind: "date", date: new Date(value.getTime()).toISOString() } };
    }
    if (typeof value !== "string")
        return { problem: 'since must be "latest", "all" or an ISO date like 2025-01-31' };
    const text = value.trim().toLowerCase();
    if (text === "latest")
        return { since: { kind: "latest" } };
    if (text === "all")
        return { since: { kind: "all" } };
    if (/^\d{4}-\d{2}-\d{2}/.test(text) && !onCalendar(text))
        return { problem: `since is "${value}"; there is no such day. ${SINCE_HELP}` };
    if (/^\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
        const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) || /(z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}z`;
        const time = Date.parse(iso.toUpperCase().replace(" ", "T"));
        if (!Number.isNaN(time))
            return { since: { kind: "date", date: new Date(time).toISOString() } };
    }
    return { problem: `since is "${value}"; use latest (default), all, or an ISO date like 2025-01-31 or 2025-01-31T12:00:00Z` };
}
function onCalendar(text) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
    if (!match)
        return true;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function checkBoolean(name, value) {
    if (typeof value === "boolean")
        return { value };
    if (typeof value === "string") {
        const text = value.trim().toLowerCase();
        if (["true", "yes", "on", "1"].includes(text))
            return { value: true };
        if (["false", "no", "off", "0"].includes(text))
            return { value: false };
    }
    return { problem: `${name} is ${JSON.stringify(value)}; use true or false` };
}
function suggestOption(name, known) {
    const lower = name.toLowerCase();
    const close = known.find((option) => option.startsWith(lower.slice(0, 3)) || lower.startsWith(option.slice(0, 3)));
    return close ? `; did you mean "${close}"?` : "";
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
// EXTERNAL MODULE: ./.build/flows/glob.js
var glob = __webpack_require__(42184);
;// CONCATENATED MODULE: ./.build/watch/tag-pattern.js


function tag_pattern_parseTagPattern(text) {
    const source = text.trim();
    if (source === "")
        throw new Error("the tag pattern is empty; write a glob like rust-v* or a /regex/");
    const regexForm = /^\/(.+)\/([a-z]*)$/s.exec(source);
    if (regexForm)
        return { source, regex: compileRegex(regexForm[1] ?? "", regexForm[2] ?? "") };
    if (source.includes(",")) {
        throw new Error(`"${source}" is one glob, comma included, so it matches only tags that hold a comma; give each pattern its own tags= ` +
            `(${source.split(",").slice(0, 4).map((part) => `tags=${part.trim()}`).join(" ")}; in .github/flows.toml a list), ` +
            "or write a /regex/ for tags that hold a comma");
    }
    (0,glob/* globToRegExp */.tL)(source);
    return { source, regex: { test: (tag) => (0,glob/* globMatches */.mw)(source, tag) } };
}
function tag_pattern_matchesTag(patterns, tag) {
    return patterns.length === 0 || patterns.some((pattern) => pattern.regex.test(tag));
}
const FLAGS = { i: build.RE2JS.CASE_INSENSITIVE, m: build.RE2JS.MULTILINE, s: build.RE2JS.DOTALL, u: 0 };
function compileRegex(body, flags) {
    const unsupported = flags.replace(/[imsu]/g, "");
    if (unsupported !== "") {
        throw new Error(`the regular expression flag(s) "${unsupported}" are not supported; use i, m, s or u`);
    }
    try {
        new RegExp(body, flags);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`/${body}/ is not a valid regular expression (${reason})`);
    }
    try {
        const compiled = build.RE2JS.compile(build.RE2JS.translateRegExp(body), [...flags].reduce((bits, flag) => bits | (FLAGS[flag] ?? 0), 0));
        return { test: (tag) => compiled.test(tag) };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (/invalid repeat count/.test(reason)) {
            throw new Error(`/${body}/ cannot be used (${reason}). Tag patterns run on a linear-time engine (RE2), which repeats at most 1000 times ({n,m} up to 1000); rewrite it within that`);
        }
        throw new Error(`/${body}/ cannot be used (${reason}). Tag patterns run on a linear-time engine (RE2), which has no ` +
            "backreferences (\\1) and no lookahead or lookbehind ((?=, (?!, (?<=, (?<!); rewrite it without them");
    }
}

;// CONCATENATED MODULE: ./.build/watch/config-input.js


const OPTIONS = ["prereleases", "tags", "since", "min-age", "updates"];
function parseWatchInput(text, options = {}) {
    const inputName = options.inputName ?? 'input "watch"';
    const watches = [];
    const problems = [];
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = index + 1;
        const fail = (message) => {
            problems.push({ file: inputName, line, message });
        };
        const words = splitWords(stripComment(raw));
        if (words === undefined) {
            fail(`a double quote is not closed in: ${raw.trim()}`);
            continue;
        }
        const [first, ...rest] = words;
        if (first === undefined)
            continue;
        const repo = checkRepo(first);
        if ("problem" in repo) {
            fail(repo.problem);
            continue;
        }
        const watch = {
            repo: repo.repo,
            prereleases: false,
            tags: [],
            since: { kind: "latest" },
            origin: `${inputName} line ${line}`,
        };
        const given = new Set();
        for (const word of rest) {
            const equals = word.indexOf("=");
            const key = equals < 0 ? word : word.slice(0, equals);
            const value = equals < 0 ? undefined : word.slice(equals + 1);
            if (equals < 0 && key.includes("/")) {
                fail(`"${key}" follows ${repo.repo} on the same line; put each repository on a line of its own`);
                continue;
            }
            if (!OPTIONS.includes(key)) {
                fail(`unknown option "${key}" for ${repo.repo}${suggestOption(key, OPTIONS) || "."} Options: ${WATCH_OPTIONS_HELP}.`);
                continue;
            }
            if (value === undefined || value === "") {
                fail(`option "${key}" for ${repo.repo} has no value; write ${key}=<value> (${WATCH_OPTIONS_HELP})`);
                continue;
            }
            if (key !== "tags" && given.has(key)) {
                fail(`option "${key}" is given twice for ${repo.repo}; keep one (only tags= may be repeated)`);
                continue;
            }
            given.add(key);
            applyOption(watch, key, value, fail);
        }
        watches.push(watch);
    }
    if (problems.length > 0)
        throw new WatchConfigError(problems);
    return watches;
}
function applyOption(watch, key, value, fail) {
    if (key === "prereleases") {
        const checked = checkBoolean("prereleases", value);
        if ("problem" in checked)
            fail(checked.problem);
        else
            watch.prereleases = checked.value;
    }
    else if (key === "since") {
        const checked = checkSince(value);
        if ("problem" in checked)
            fail(checked.problem);
        else
            watch.since = checked.since;
    }
    else if (key === "min-age") {
        const checked = checkDuration("min-age", value);
        if ("problem" in checked)
            fail(checked.problem);
        else
            watch.minAge = checked.ms;
    }
    else if (key === "updates") {
        const checked = checkBoolean("updates", value);
        if ("problem" in checked)
            fail(checked.problem);
        else
            watch.updates = checked.value;
    }
    else {
        try {
            watch.tags.push(tag_pattern_parseTagPattern(value));
        }
        catch (error) {
            fail(`tags for ${watch.repo}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}
function stripComment(line) {
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '"')
            quoted = !quoted;
        if (!quoted && line[i] === "#" && (i === 0 || /\s/.test(line[i - 1] ?? "")))
            return line.slice(0, i);
    }
    return line;
}
function splitWords(line) {
    const words = [];
    let current = "";
    let quoted = false;
    let started = false;
    for (const char of line) {
        if (char === '"') {
            quoted = !quoted;
            started = true;
        }
        else if (!quoted && /\s/.test(char)) {
            if (started)
                words.push(current);
            current = "";
            started = false;
        }
        else {
            current += char;
            started = true;
        }
    }
    if (quoted)
        return undefined;
    if (started)
        words.push(current);
    return words;
}

// EXTERNAL MODULE: ./.build/node_modules/smol-toml/dist/index.js + 7 modules
var dist = __webpack_require__(37804);
// EXTERNAL MODULE: ./.build/did-you-mean.js
var did_you_mean = __webpack_require__(31363);
// EXTERNAL MODULE: ./.build/flows/toml-locator.js
var toml_locator = __webpack_require__(92797);
// EXTERNAL MODULE: ./.build/flows/toml-syntax.js
var toml_syntax = __webpack_require__(28064);
;// CONCATENATED MODULE: ./.build/watch/config-toml.js






const KEYS = ["repo", "prereleases", "tags", "since", "min-age", "updates"];
function parseWatchToml(text, file) {
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof dist/* TomlError */.zx) {
            const hint = (0,toml_syntax/* tomlSyntaxHint */.n4)(text, error);
            const message = `is not valid TOML: ${(0,toml_syntax/* tomlErrorReason */.fB)(error)}${hint === undefined ? "" : `. ${hint}`}`;
            throw new WatchConfigError([{ file, line: error.line, column: error.column, message }]);
        }
        throw error;
    }
    const tables = document.watch;
    const locator = new toml_locator/* TomlLocator */.v(text);
    const problems = [];
    const fail = (path, message) => {
        const at = locator.header(path) ?? locator.locate(path);
        problems.push({ file, ...(at ? { line: at.line, column: at.column } : {}), message });
    };
    for (const key of Object.keys(document)) {
        if (key !== "watch" && looksLikeWatch(key)) {
            fail([key], `[[${key}]] is not a table flows-action reads; did you mean [[watch]]? (Each watched repository is a [[watch]] table.)`);
        }
    }
    if (problems.length > 0)
        throw new WatchConfigError(problems);
    if (tables === undefined)
        return [];
    if (!Array.isArray(tables)) {
        fail(["watch"], "watch must be an array of tables: write each repository as its own [[watch]] table (two brackets)");
        throw new WatchConfigError(problems);
    }
    const watches = [];
    tables.forEach((table, index) => {
        const path = ["watch", index];
        if (typeof table !== "object" || table === null || Array.isArray(table) || table instanceof Date) {
            fail(path, `watch entry #${index + 1} must be a table with repo = "owner/repo"`);
            return;
        }
        const watch = readTable(text, table, path, file, locator, fail);
        if (watch)
            watches.push(watch);
    });
    if (problems.length > 0)
        throw new WatchConfigError(problems);
    return watches;
}
function looksLikeWatch(key) {
    const lower = key.toLowerCase();
    if (lower === "watch" || /^watch(?:es|ed|ing|s|list|ers?)$/.test(lower))
        return true;
    return (0,did_you_mean/* editDistance */.Y)(lower, "watch", 1) <= 1 || (lower.length === 5 && [...lower].sort().join("") === "achtw");
}
function literalAt(text, at) {
    const line = at ? text.split(/\r?\n/)[at.line - 1] : undefined;
    return line === undefined ? undefined : /=\s*([0-9][0-9:.TtZz+ -]*[0-9Zz])/.exec(line)?.[1];
}
function readTable(text, table, path, file, locator, fail) {
    let errors = 0;
    const report = (key, message) => {
        errors++;
        fail(key === undefined ? path : [...path, key], message);
    };
    for (const key of Object.keys(table)) {
        if (!KEYS.includes(key)) {
            report(key, `unknown key "${key}" in [[watch]]${suggestOption(key, KEYS) || "."} Keys: repo, ${WATCH_OPTIONS_HELP}.`);
        }
    }
    const repo = checkRepo(table.repo);
    if ("problem" in repo) {
        report(table.repo === undefined ? undefined : "repo", `[[watch]] repo: ${repo.problem}`);
        return undefined;
    }
    const at = locator.header(path) ?? locator.locate(path);
    const watch = {
        repo: repo.repo,
        prereleases: false,
        tags: [],
        since: { kind: "latest" },
        origin: `${file}${at ? `:${at.line}` : ""}`,
    };
    if (table.prereleases !== undefined) {
        const checked = checkBoolean("prereleases", table.prereleases);
        if ("problem" in checked)
            report("prereleases", checked.problem);
        else
            watch.prereleases = checked.value;
    }
    if (table.since !== undefined) {
        const checked = checkSince(table.since, table.since instanceof Date ? literalAt(text, locator.locate([...path, "since"])) : undefined);
        if ("problem" in checked)
            report("since", checked.problem);
        else
            watch.since = checked.since;
    }
    if (table["min-age"] !== undefined) {
        const checked = checkDuration("min-age", table["min-age"]);
        if ("problem" in checked)
            report("min-age", checked.problem);
        else
            watch.minAge = checked.ms;
    }
    if (table.updates !== undefined) {
        const checked = checkBoolean("updates", table.updates);
        if ("problem" in checked)
            report("updates", checked.problem);
        else
            watch.updates = checked.value;
    }
    if (table.tags !== undefined) {
        const values = Array.isArray(table.tags) ? table.tags : [table.tags];
        for (const value of values) {
            if (typeof value !== "string") {
                report("tags", 'tags must be a string or a list of strings, e.g. tags = "rust-v*"');
                continue;
            }
            try {
                watch.tags.push(tag_pattern_parseTagPattern(value));
            }
            catch (error) {
                report("tags", `tags: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    }
    return errors > 0 ? undefined : watch;
}

;// CONCATENATED MODULE: ./.build/watch/config.js









const DEFAULT_WATCH_CONFIG_FILE = ".github/flows.toml";
async function loadWatchConfig(options) {
    const relative = options.configFile ?? DEFAULT_WATCH_CONFIG_FILE;
    const path = (0,external_node_path_.resolve)(options.repoRoot, relative);
    let text;
    try {
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code !== "ENOENT" || options.configFile !== undefined) {
            const { problem, hint } = (0,file_problem/* fileProblem */.W)(path, code, "file");
            throw new WatchConfigError([{ file: relative, message: `${problem}. ${hint}` }]);
        }
    }
    const problems = [];
    const collect = (parse) => {
        try {
            return parse();
        }
        catch (error) {
            if (!(error instanceof WatchConfigError))
                throw error;
            problems.push(...error.problems);
            return [];
        }
    };
    const fromInput = options.input ? collect(() => parseWatchInput(options.input ?? "", options.inputName === undefined ? {} : { inputName: options.inputName })) : [];
    const fromFile = text === undefined ? [] : collect(() => parseWatchToml(text ?? "", relative));
    const watches = [...fromInput, ...fromFile];
    problems.push(...duplicateProblems(watches));
    if (problems.length > 0)
        throw new WatchConfigError(problems);
    return watches;
}
function duplicateProblems(watches) {
    const first = new Map();
    const problems = [];
    for (const watch of watches) {
        const key = watch.repo.toLowerCase();
        const earlier = first.get(key);
        if (!earlier) {
            first.set(key, watch);
            continue;
        }
        problems.push({
            message: `${watch.repo} is watched twice (${earlier.origin} and ${watch.origin}); keep one entry and put every tag pattern in it (tags= may be given more than once).`,
        });
    }
    return problems;
}

;// CONCATENATED MODULE: ./.build/generated/validators/watch-cursor.js

const validateWatchCursor = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/watch-cursor.schema.json", "title": "WatchCursor", "description": "Where polling of one upstream repository's releases left off for one watch filter, kept in the state store.", "type": "object", "required": ["format", "repo", "seen", "polledAt"], "properties": { "format": { "type": "number", "description": "WATCH_CURSOR_FORMAT (1)." }, "repo": { "type": "string", "description": "owner/repo, as configured." }, "etag": { "type": "string", "description": "ETag of the first page of releases at the last poll that changed something." }, "deepEtag": { "type": "string", "description": "ETag of the second page, when the repository has one." }, "end": { "$ref": "#/definitions/ListingEndMark" }, "backlog": { "$ref": "#/definitions/Backlog" }, "etagAt": { "type": "string", "description": "When `etag` was received." }, "tagsEtag": { "type": "string", "description": "ETag of the tag refs listing (updates=true), as older versions kept it: no longer used." }, "tagListings": { "type": "array", "description": "The prefixes the dispatched tags are listed by (updates=true), in the order polls ask them, with their ETags.", "items": { "$ref": "#/definitions/TagListing" } }, "watermark": { "type": "string", "description": "The latest publishedAt seen; a release published before it is not new." }, "seen": { "type": "array", "description": "The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT.", "items": { "$ref": "#/definitions/SeenRelease" } }, "pending": { "type": "array", "description": "Releases waiting for min-age, oldest first.", "items": { "$ref": "#/definitions/HeldRelease" } }, "dispatched": { "type": "array", "description": "Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT.", "items": { "$ref": "#/definitions/DispatchedRelease" } }, "drafts": { "type": "array", "maxItems": 10, "description": "Drafts listed by a poll, newest commit date first, at most DRAFTS_WATCHED (10): published, a draft keeps its place in the listing (by its commit's date), often below the pages polls watch, so each poll that does not list one asks for it by id (etag: that answer's, for a free 304). Not its tag or name: the state store may be readable by more people than the upstream's drafts.", "items": { "$ref": "#/definitions/WatchedDraft" } }, "redeliver": { "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/RedeliverTag" }, "description": "Tags to deliver again at the next poll (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_TAGS_KEPT (100): past it the oldest are dropped with a warning." }, "redeliverEvents": { "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/RedeliverEventId" }, "description": "Ids of upstream.release.updated / .deleted events to deliver again at the next poll, as the state store holds them (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_EVENTS_KEPT (100): past it the oldest are dropped with a warning." }, "polledAt": { "type": "string", "description": "When this cursor was written." }, "checkedAt": { "type": "string", "description": "The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS." }, "githubClock": { "$ref": "#/definitions/GithubClock" }, "filter": { "type": "string", "description": "The filter of the watch this cursor belongs to (watchFilterText: its tags=, prereleases=, min-age= and updates=; \"\" for none). Each filter keeps its own cursor: record flows-action:watch-cursor:owner/repo for none, flows-action:watch-cursor:owner/repo:filter-<first 12 hex digits of the SHA-256 of its options, sorted> for another. Absent in older cursors (any watch of the repository takes one up, and saves its own)." } }, "definitions": { "RedeliverTag": { "title": "RedeliverTag", "description": "The tag of a release the next poll of this cursor's watch delivers again (an entry of `redeliver`); `flows forget` asks it of each cursor of the repository whose filter takes the tag.", "type": "string" }, "RedeliverEventId": { "title": "RedeliverEventId", "description": "The id of an upstream.release.updated / .deleted event the next poll of this cursor's watch delivers again, as the state store holds it (an entry of `redeliverEvents`); `flows forget` asks it of each cursor of the repository with updates=true whose filter takes its tag.", "type": "string" }, "ReleaseId": { "title": "ReleaseId", "description": "A release id, as the counts and pages of a cursor: a whole number a JavaScript number holds exactly (at most Number.MAX_SAFE_INTEGER); a larger one is no id GitHub gave.", "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "ListingEndMark": { "title": "ListingEndMark", "description": "The end of the listing at the last read: boundary is the last release that read listed, below how many were listed after it, of count in all; page and etag are the end page, asked after pages 1 and 2 answer 304, and first the id of the first release on it.", "type": "object", "required": ["boundary", "below", "count"], "additionalProperties": false, "properties": { "boundary": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "below": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "count": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "page": { "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "etag": { "type": "string" }, "first": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": "The id of the first release on the end page: listed further down there later, releases were added above it (also when as many were deleted)." } } }, "BacklogAfter": { "title": "BacklogAfter", "description": "The release a poll stopped reading at: the next poll reads on below it (looked for by id; createdAt only guides the search).", "type": "object", "required": ["id", "tag", "createdAt"], "additionalProperties": false, "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "tag": { "type": "string" }, "createdAt": { "type": "string" } } }, "BacklogTie": { "title": "BacklogTie", "description": "Releases published at `at` (the watermark, just before `from`) count as new too unless their id is in `seen` (those seen then): GitHub's times are whole seconds.", "type": "object", "required": ["at", "seen"], "additionalProperties": false, "properties": { "at": { "type": "string" }, "seen": { "type": "array", "items": { "$ref": "#/definitions/ReleaseId" } } } }, "BacklogPart": { "title": "BacklogPart", "description": "An older place to read on from once this one is done (a second burst arrived before the first was read).", "type": "object", "required": ["after", "page"], "additionalProperties": false, "properties": { "after": { "$ref": "#/definitions/BacklogAfter" }, "page": { "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "from": { "type": "string" }, "tie": { "$ref": "#/definitions/BacklogTie" }, "missing": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 } } }, "Backlog": { "title": "Backlog", "description": "Releases listed below where a poll stopped reading, not read yet: the next poll reads on after `after`; new when published at or after `from` (absent: any) and never seen or dispatched; `missing`: how many were added down there, when known.", "type": "object", "required": ["after", "page"], "additionalProperties": false, "properties": { "after": { "$ref": "#/definitions/BacklogAfter" }, "page": { "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "from": { "type": "string" }, "tie": { "$ref": "#/definitions/BacklogTie" }, "missing": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "older": { "$ref": "#/definitions/BacklogPart" } } }, "TagListing": { "title": "TagListing", "description": "A group of dispatched tags, listed by GET .../git/matching-refs/tags/<prefix>, with its ETag.", "type": "object", "required": ["prefix"], "additionalProperties": false, "properties": { "prefix": { "type": "string", "minLength": 1 }, "etag": { "type": "string" }, "tooLarge": { "const": true, "description": "Its answer was more than a poll reads (TAG_REFS_MAX_BYTES): its tags are listed by the narrower prefixes in `parts`, and the whole is not asked again. Older cursors have it without `parts`: the group is split at the next poll." }, "parts": { "type": "array", "description": "With tooLarge: the narrower prefixes the group's dispatched tags are listed by, in the order polls ask them, with their ETags.", "items": { "$ref": "#/definitions/TagListingPart" } } } }, "WatchedDraft": { "title": "WatchedDraft", "description": "A draft a poll listed: asked for by id (etag: that answer's, for a free 304). Not its tag or name.", "type": "object", "required": ["id", "createdAt"], "additionalProperties": false, "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "createdAt": { "type": "string" }, "etag": { "type": "string" } } }, "GithubClock": { "title": "GithubClock", "description": "GitHub's time (an answer's Date header) and the runner's at the same moment, as a poll last saw them: what `flows watch --status` tells eligibility by. Rewritten only when their difference changed by a minute or more; absent when the last poll had no time from GitHub.", "type": "object", "required": ["github", "runner"], "additionalProperties": false, "properties": { "github": { "type": "string" }, "runner": { "type": "string" } } }, "TagListingPart": { "title": "TagListingPart", "description": "A narrower prefix a group too large to list whole is split into.", "type": "object", "required": ["prefix"], "additionalProperties": false, "properties": { "prefix": { "type": "string", "minLength": 1 }, "etag": { "type": "string" }, "tooLarge": { "const": true, "description": "This part too was more than a poll reads: split further; when it is a dispatched tag itself, that tag's own ref is asked instead (exact); when split TAG_SPLIT_MAX_DEPTH times, asked again conditionally, its tags' moves unseen meanwhile." }, "exact": { "const": true, "description": "With tooLarge: the prefix is a dispatched tag, listed by its own ref (GET .../git/ref/tags/<prefix>); etag is that answer's." } } }, "SeenRelease": { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } }, "HeldRelease": { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it, on GitHub's clock (its Date header) when known, else the runner's." }, "runnerFirstSeenAt": { "type": "string", "description": "The same poll on the runner's clock, when it differed from firstSeenAt (absent in older cursors)." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } }, "DispatchedRelease": { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } } } };
const schema12 = { "title": "ListingEndMark", "description": "The end of the listing at the last read: boundary is the last release that read listed, below how many were listed after it, of count in all; page and etag are the end page, asked after pages 1 and 2 answer 304, and first the id of the first release on it.", "type": "object", "required": ["boundary", "below", "count"], "additionalProperties": false, "properties": { "boundary": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "below": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "count": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "page": { "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "etag": { "type": "string" }, "first": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": "The id of the first release on the end page: listed further down there later, releases were added above it (also when as many were deleted)." } } };
const schema21 = { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } };
const schema22 = { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it, on GitHub's clock (its Date header) when known, else the runner's." }, "runnerFirstSeenAt": { "type": "string", "description": "The same poll on the runner's clock, when it differed from firstSeenAt (absent in older cursors)." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } };
const schema23 = { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } };
const schema24 = { "title": "WatchedDraft", "description": "A draft a poll listed: asked for by id (etag: that answer's, for a free 304). Not its tag or name.", "type": "object", "required": ["id", "createdAt"], "additionalProperties": false, "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "createdAt": { "type": "string" }, "etag": { "type": "string" } } };
const schema25 = { "title": "RedeliverTag", "description": "The tag of a release the next poll of this cursor's watch delivers again (an entry of `redeliver`); `flows forget` asks it of each cursor of the repository whose filter takes the tag.", "type": "string" };
const schema26 = { "title": "RedeliverEventId", "description": "The id of an upstream.release.updated / .deleted event the next poll of this cursor's watch delivers again, as the state store holds it (an entry of `redeliverEvents`); `flows forget` asks it of each cursor of the repository with updates=true whose filter takes its tag.", "type": "string" };
const schema27 = { "title": "GithubClock", "description": "GitHub's time (an answer's Date header) and the runner's at the same moment, as a poll last saw them: what `flows watch --status` tells eligibility by. Rewritten only when their difference changed by a minute or more; absent when the last poll had no time from GitHub.", "type": "object", "required": ["github", "runner"], "additionalProperties": false, "properties": { "github": { "type": "string" }, "runner": { "type": "string" } } };
const schema13 = { "title": "Backlog", "description": "Releases listed below where a poll stopped reading, not read yet: the next poll reads on after `after`; new when published at or after `from` (absent: any) and never seen or dispatched; `missing`: how many were added down there, when known.", "type": "object", "required": ["after", "page"], "additionalProperties": false, "properties": { "after": { "$ref": "#/definitions/BacklogAfter" }, "page": { "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "from": { "type": "string" }, "tie": { "$ref": "#/definitions/BacklogTie" }, "missing": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "older": { "$ref": "#/definitions/BacklogPart" } } };
const schema14 = { "title": "BacklogAfter", "description": "The release a poll stopped reading at: the next poll reads on below it (looked for by id; createdAt only guides the search).", "type": "object", "required": ["id", "tag", "createdAt"], "additionalProperties": false, "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "tag": { "type": "string" }, "createdAt": { "type": "string" } } };
const schema15 = { "title": "BacklogTie", "description": "Releases published at `at` (the watermark, just before `from`) count as new too unless their id is in `seen` (those seen then): GitHub's times are whole seconds.", "type": "object", "required": ["at", "seen"], "additionalProperties": false, "properties": { "at": { "type": "string" }, "seen": { "type": "array", "items": { "$ref": "#/definitions/ReleaseId" } } } };
const schema16 = { "title": "ReleaseId", "description": "A release id, as the counts and pages of a cursor: a whole number a JavaScript number holds exactly (at most Number.MAX_SAFE_INTEGER); a larger one is no id GitHub gave.", "type": "integer", "minimum": 0, "maximum": 9007199254740991 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.at === undefined) && (missing0 = "at")) || ((data.seen === undefined) && (missing0 = "seen"))) {
                validate12.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((key0 === "at") || (key0 === "seen"))) {
                        validate12.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.at !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.at !== "string") {
                            validate12.errors = [{ instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.seen !== undefined) {
                            let data1 = data.seen;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (Array.isArray(data1)) {
                                    var valid1 = true;
                                    const len0 = data1.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                        let data2 = data1[i0];
                                        const _errs6 = errors;
                                        const _errs7 = errors;
                                        if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                                            validate12.errors = [{ instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/ReleaseId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                        }
                                        if (errors === _errs7) {
                                            if ((typeof data2 == "number") && (isFinite(data2))) {
                                                if (data2 > 9007199254740991 || isNaN(data2)) {
                                                    validate12.errors = [{ instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/ReleaseId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                    return false;
                                                }
                                                else {
                                                    if (data2 < 0 || isNaN(data2)) {
                                                        validate12.errors = [{ instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/ReleaseId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                    }
                                                }
                                            }
                                        }
                                        var valid1 = _errs6 === errors;
                                        if (!valid1) {
                                            break;
                                        }
                                    }
                                }
                                else {
                                    validate12.errors = [{ instancePath: instancePath + "/seen", schemaPath: "#/properties/seen/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
        else {
            validate12.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate12.errors = vErrors;
    return errors === 0;
}
const schema17 = { "title": "BacklogPart", "description": "An older place to read on from once this one is done (a second burst arrived before the first was read).", "type": "object", "required": ["after", "page"], "additionalProperties": false, "properties": { "after": { "$ref": "#/definitions/BacklogAfter" }, "page": { "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "from": { "type": "string" }, "tie": { "$ref": "#/definitions/BacklogTie" }, "missing": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 } } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.after === undefined) && (missing0 = "after")) || ((data.page === undefined) && (missing0 = "page"))) {
                validate14.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!(((((key0 === "after") || (key0 === "page")) || (key0 === "from")) || (key0 === "tie")) || (key0 === "missing"))) {
                        validate14.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.after !== undefined) {
                        let data0 = data.after;
                        const _errs2 = errors;
                        const _errs3 = errors;
                        if (errors === _errs3) {
                            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                                let missing1;
                                if ((((data0.id === undefined) && (missing1 = "id")) || ((data0.tag === undefined) && (missing1 = "tag"))) || ((data0.createdAt === undefined) && (missing1 = "createdAt"))) {
                                    validate14.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/definitions/BacklogAfter/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                }
                                else {
                                    const _errs5 = errors;
                                    for (const key1 in data0) {
                                        if (!(((key1 === "id") || (key1 === "tag")) || (key1 === "createdAt"))) {
                                            validate14.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/definitions/BacklogAfter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                        }
                                    }
                                    if (_errs5 === errors) {
                                        if (data0.id !== undefined) {
                                            let data1 = data0.id;
                                            const _errs6 = errors;
                                            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                                                validate14.errors = [{ instancePath: instancePath + "/after/id", schemaPath: "#/definitions/BacklogAfter/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                return false;
                                            }
                                            if (errors === _errs6) {
                                                if ((typeof data1 == "number") && (isFinite(data1))) {
                                                    if (data1 > 9007199254740991 || isNaN(data1)) {
                                                        validate14.errors = [{ instancePath: instancePath + "/after/id", schemaPath: "#/definitions/BacklogAfter/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                        return false;
                                                    }
                                                    else {
                                                        if (data1 < 0 || isNaN(data1)) {
                                                            validate14.errors = [{ instancePath: instancePath + "/after/id", schemaPath: "#/definitions/BacklogAfter/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                        }
                                                    }
                                                }
                                            }
                                            var valid2 = _errs6 === errors;
                                        }
                                        else {
                                            var valid2 = true;
                                        }
                                        if (valid2) {
                                            if (data0.tag !== undefined) {
                                                const _errs8 = errors;
                                                if (typeof data0.tag !== "string") {
                                                    validate14.errors = [{ instancePath: instancePath + "/after/tag", schemaPath: "#/definitions/BacklogAfter/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid2 = _errs8 === errors;
                                            }
                                            else {
                                                var valid2 = true;
                                            }
                                            if (valid2) {
                                                if (data0.createdAt !== undefined) {
                                                    const _errs10 = errors;
                                                    if (typeof data0.createdAt !== "string") {
                                                        validate14.errors = [{ instancePath: instancePath + "/after/createdAt", schemaPath: "#/definitions/BacklogAfter/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    var valid2 = _errs10 === errors;
                                                }
                                                else {
                                                    var valid2 = true;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate14.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/definitions/BacklogAfter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.page !== undefined) {
                            let data4 = data.page;
                            const _errs12 = errors;
                            if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                                validate14.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                            }
                            if (errors === _errs12) {
                                if ((typeof data4 == "number") && (isFinite(data4))) {
                                    if (data4 > 9007199254740991 || isNaN(data4)) {
                                        validate14.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                        return false;
                                    }
                                    else {
                                        if (data4 < 1 || isNaN(data4)) {
                                            validate14.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                            return false;
                                        }
                                    }
                                }
                            }
                            var valid0 = _errs12 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.from !== undefined) {
                                const _errs14 = errors;
                                if (typeof data.from !== "string") {
                                    validate14.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs14 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.tie !== undefined) {
                                    const _errs16 = errors;
                                    if (!(validate12(data.tie, { instancePath: instancePath + "/tie", parentData: data, parentDataProperty: "tie", rootData }))) {
                                        if (vErrors === null) {
                                            vErrors = validate12.errors;
                                        }
                                        else {
                                            for (const calledError of validate12.errors) {
                                                vErrors.push(calledError);
                                            }
                                        }
                                        errors = vErrors.length;
                                    }
                                    var valid0 = _errs16 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.missing !== undefined) {
                                        let data7 = data.missing;
                                        const _errs17 = errors;
                                        if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                                            validate14.errors = [{ instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                        }
                                        if (errors === _errs17) {
                                            if ((typeof data7 == "number") && (isFinite(data7))) {
                                                if (data7 > 9007199254740991 || isNaN(data7)) {
                                                    validate14.errors = [{ instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                    return false;
                                                }
                                                else {
                                                    if (data7 < 0 || isNaN(data7)) {
                                                        validate14.errors = [{ instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                    }
                                                }
                                            }
                                        }
                                        var valid0 = _errs17 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate14.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate14.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.after === undefined) && (missing0 = "after")) || ((data.page === undefined) && (missing0 = "page"))) {
                validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((((((key0 === "after") || (key0 === "page")) || (key0 === "from")) || (key0 === "tie")) || (key0 === "missing")) || (key0 === "older"))) {
                        validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.after !== undefined) {
                        let data0 = data.after;
                        const _errs2 = errors;
                        const _errs3 = errors;
                        if (errors === _errs3) {
                            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                                let missing1;
                                if ((((data0.id === undefined) && (missing1 = "id")) || ((data0.tag === undefined) && (missing1 = "tag"))) || ((data0.createdAt === undefined) && (missing1 = "createdAt"))) {
                                    validate11.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/definitions/BacklogAfter/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                }
                                else {
                                    const _errs5 = errors;
                                    for (const key1 in data0) {
                                        if (!(((key1 === "id") || (key1 === "tag")) || (key1 === "createdAt"))) {
                                            validate11.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/definitions/BacklogAfter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                        }
                                    }
                                    if (_errs5 === errors) {
                                        if (data0.id !== undefined) {
                                            let data1 = data0.id;
                                            const _errs6 = errors;
                                            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                                                validate11.errors = [{ instancePath: instancePath + "/after/id", schemaPath: "#/definitions/BacklogAfter/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                return false;
                                            }
                                            if (errors === _errs6) {
                                                if ((typeof data1 == "number") && (isFinite(data1))) {
                                                    if (data1 > 9007199254740991 || isNaN(data1)) {
                                                        validate11.errors = [{ instancePath: instancePath + "/after/id", schemaPath: "#/definitions/BacklogAfter/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                        return false;
                                                    }
                                                    else {
                                                        if (data1 < 0 || isNaN(data1)) {
                                                            validate11.errors = [{ instancePath: instancePath + "/after/id", schemaPath: "#/definitions/BacklogAfter/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                        }
                                                    }
                                                }
                                            }
                                            var valid2 = _errs6 === errors;
                                        }
                                        else {
                                            var valid2 = true;
                                        }
                                        if (valid2) {
                                            if (data0.tag !== undefined) {
                                                const _errs8 = errors;
                                                if (typeof data0.tag !== "string") {
                                                    validate11.errors = [{ instancePath: instancePath + "/after/tag", schemaPath: "#/definitions/BacklogAfter/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid2 = _errs8 === errors;
                                            }
                                            else {
                                                var valid2 = true;
                                            }
                                            if (valid2) {
                                                if (data0.createdAt !== undefined) {
                                                    const _errs10 = errors;
                                                    if (typeof data0.createdAt !== "string") {
                                                        validate11.errors = [{ instancePath: instancePath + "/after/createdAt", schemaPath: "#/definitions/BacklogAfter/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    var valid2 = _errs10 === errors;
                                                }
                                                else {
                                                    var valid2 = true;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate11.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/definitions/BacklogAfter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.page !== undefined) {
                            let data4 = data.page;
                            const _errs12 = errors;
                            if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                                validate11.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                            }
                            if (errors === _errs12) {
                                if ((typeof data4 == "number") && (isFinite(data4))) {
                                    if (data4 > 9007199254740991 || isNaN(data4)) {
                                        validate11.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                        return false;
                                    }
                                    else {
                                        if (data4 < 1 || isNaN(data4)) {
                                            validate11.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                            return false;
                                        }
                                    }
                                }
                            }
                            var valid0 = _errs12 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.from !== undefined) {
                                const _errs14 = errors;
                                if (typeof data.from !== "string") {
                                    validate11.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs14 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.tie !== undefined) {
                                    const _errs16 = errors;
                                    if (!(validate12(data.tie, { instancePath: instancePath + "/tie", parentData: data, parentDataProperty: "tie", rootData }))) {
                                        if (vErrors === null) {
                                            vErrors = validate12.errors;
                                        }
                                        else {
                                            for (const calledError of validate12.errors) {
                                                vErrors.push(calledError);
                                            }
                                        }
                                        errors = vErrors.length;
                                    }
                                    var valid0 = _errs16 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.missing !== undefined) {
                                        let data7 = data.missing;
                                        const _errs17 = errors;
                                        if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                                            validate11.errors = [{ instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                        }
                                        if (errors === _errs17) {
                                            if ((typeof data7 == "number") && (isFinite(data7))) {
                                                if (data7 > 9007199254740991 || isNaN(data7)) {
                                                    validate11.errors = [{ instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                    return false;
                                                }
                                                else {
                                                    if (data7 < 0 || isNaN(data7)) {
                                                        validate11.errors = [{ instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                    }
                                                }
                                            }
                                        }
                                        var valid0 = _errs17 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.older !== undefined) {
                                            const _errs19 = errors;
                                            if (!(validate14(data.older, { instancePath: instancePath + "/older", parentData: data, parentDataProperty: "older", rootData }))) {
                                                if (vErrors === null) {
                                                    vErrors = validate14.errors;
                                                }
                                                else {
                                                    for (const calledError of validate14.errors) {
                                                        vErrors.push(calledError);
                                                    }
                                                }
                                                errors = vErrors.length;
                                            }
                                            var valid0 = _errs19 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate11.errors = vErrors;
    return errors === 0;
}
const schema19 = { "title": "TagListing", "description": "A group of dispatched tags, listed by GET .../git/matching-refs/tags/<prefix>, with its ETag.", "type": "object", "required": ["prefix"], "additionalProperties": false, "properties": { "prefix": { "type": "string", "minLength": 1 }, "etag": { "type": "string" }, "tooLarge": { "const": true, "description": "Its answer was more than a poll reads (TAG_REFS_MAX_BYTES): its tags are listed by the narrower prefixes in `parts`, and the whole is not asked again. Older cursors have it without `parts`: the group is split at the next poll." }, "parts": { "type": "array", "description": "With tooLarge: the narrower prefixes the group's dispatched tags are listed by, in the order polls ask them, with their ETags.", "items": { "$ref": "#/definitions/TagListingPart" } } } };
const schema20 = { "title": "TagListingPart", "description": "A narrower prefix a group too large to list whole is split into.", "type": "object", "required": ["prefix"], "additionalProperties": false, "properties": { "prefix": { "type": "string", "minLength": 1 }, "etag": { "type": "string" }, "tooLarge": { "const": true, "description": "This part too was more than a poll reads: split further; when it is a dispatched tag itself, that tag's own ref is asked instead (exact); when split TAG_SPLIT_MAX_DEPTH times, asked again conditionally, its tags' moves unseen meanwhile." }, "exact": { "const": true, "description": "With tooLarge: the prefix is a dispatched tag, listed by its own ref (GET .../git/ref/tags/<prefix>); etag is that answer's." } } };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((data.prefix === undefined) && (missing0 = "prefix")) {
                validate18.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((((key0 === "prefix") || (key0 === "etag")) || (key0 === "tooLarge")) || (key0 === "parts"))) {
                        validate18.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.prefix !== undefined) {
                        let data0 = data.prefix;
                        const _errs2 = errors;
                        if (errors === _errs2) {
                            if (typeof data0 === "string") {
                                if (data0.length < 1) {
                                    validate18.errors = [{ instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                }
                            }
                            else {
                                validate18.errors = [{ instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.etag !== undefined) {
                            const _errs4 = errors;
                            if (typeof data.etag !== "string") {
                                validate18.errors = [{ instancePath: instancePath + "/etag", schemaPath: "#/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.tooLarge !== undefined) {
                                const _errs6 = errors;
                                if (true !== data.tooLarge) {
                                    validate18.errors = [{ instancePath: instancePath + "/tooLarge", schemaPath: "#/properties/tooLarge/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.parts !== undefined) {
                                    let data3 = data.parts;
                                    const _errs7 = errors;
                                    if (errors === _errs7) {
                                        if (Array.isArray(data3)) {
                                            var valid1 = true;
                                            const len0 = data3.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                                let data4 = data3[i0];
                                                const _errs9 = errors;
                                                const _errs10 = errors;
                                                if (errors === _errs10) {
                                                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                                        let missing1;
                                                        if ((data4.prefix === undefined) && (missing1 = "prefix")) {
                                                            validate18.errors = [{ instancePath: instancePath + "/parts/" + i0, schemaPath: "#/definitions/TagListingPart/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                            return false;
                                                        }
                                                        else {
                                                            const _errs12 = errors;
                                                            for (const key1 in data4) {
                                                                if (!((((key1 === "prefix") || (key1 === "etag")) || (key1 === "tooLarge")) || (key1 === "exact"))) {
                                                                    validate18.errors = [{ instancePath: instancePath + "/parts/" + i0, schemaPath: "#/definitions/TagListingPart/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                    break;
                                                                }
                                                            }
                                                            if (_errs12 === errors) {
                                                                if (data4.prefix !== undefined) {
                                                                    let data5 = data4.prefix;
                                                                    const _errs13 = errors;
                                                                    if (errors === _errs13) {
                                                                        if (typeof data5 === "string") {
                                                                            if (data5.length < 1) {
                                                                                validate18.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/prefix", schemaPath: "#/definitions/TagListingPart/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate18.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/prefix", schemaPath: "#/definitions/TagListingPart/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid3 = _errs13 === errors;
                                                                }
                                                                else {
                                                                    var valid3 = true;
                                                                }
                                                                if (valid3) {
                                                                    if (data4.etag !== undefined) {
                                                                        const _errs15 = errors;
                                                                        if (typeof data4.etag !== "string") {
                                                                            validate18.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/etag", schemaPath: "#/definitions/TagListingPart/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                        var valid3 = _errs15 === errors;
                                                                    }
                                                                    else {
                                                                        var valid3 = true;
                                                                    }
                                                                    if (valid3) {
                                                                        if (data4.tooLarge !== undefined) {
                                                                            const _errs17 = errors;
                                                                            if (true !== data4.tooLarge) {
                                                                                validate18.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/tooLarge", schemaPath: "#/definitions/TagListingPart/properties/tooLarge/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                                                                return false;
                                                                            }
                                                                            var valid3 = _errs17 === errors;
                                                                        }
                                                                        else {
                                                                            var valid3 = true;
                                                                        }
                                                                        if (valid3) {
                                                                            if (data4.exact !== undefined) {
                                                                                const _errs18 = errors;
                                                                                if (true !== data4.exact) {
                                                                                    validate18.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/exact", schemaPath: "#/definitions/TagListingPart/properties/exact/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                                                                    return false;
                                                                                }
                                                                                var valid3 = _errs18 === errors;
                                                                            }
                                                                            else {
                                                                                var valid3 = true;
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate18.errors = [{ instancePath: instancePath + "/parts/" + i0, schemaPath: "#/definitions/TagListingPart/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                }
                                                var valid1 = _errs9 === errors;
                                                if (!valid1) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate18.errors = [{ instancePath: instancePath + "/parts", schemaPath: "#/properties/parts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs7 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate18.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate18.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((((data.format === undefined) && (missing0 = "format")) || ((data.repo === undefined) && (missing0 = "repo"))) || ((data.seen === undefined) && (missing0 = "seen"))) || ((data.polledAt === undefined) && (missing0 = "polledAt"))) {
                validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                if (data.format !== undefined) {
                    let data0 = data.format;
                    const _errs1 = errors;
                    if (!((typeof data0 == "number") && (isFinite(data0)))) {
                        validate10.errors = [{ instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                    }
                    var valid0 = _errs1 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.repo !== undefined) {
                        const _errs3 = errors;
                        if (typeof data.repo !== "string") {
                            validate10.errors = [{ instancePath: instancePath + "/repo", schemaPath: "#/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.etag !== undefined) {
                            const _errs5 = errors;
                            if (typeof data.etag !== "string") {
                                validate10.errors = [{ instancePath: instancePath + "/etag", schemaPath: "#/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs5 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.deepEtag !== undefined) {
                                const _errs7 = errors;
                                if (typeof data.deepEtag !== "string") {
                                    validate10.errors = [{ instancePath: instancePath + "/deepEtag", schemaPath: "#/properties/deepEtag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.end !== undefined) {
                                    let data4 = data.end;
                                    const _errs9 = errors;
                                    const _errs10 = errors;
                                    if (errors === _errs10) {
                                        if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                            let missing1;
                                            if ((((data4.boundary === undefined) && (missing1 = "boundary")) || ((data4.below === undefined) && (missing1 = "below"))) || ((data4.count === undefined) && (missing1 = "count"))) {
                                                validate10.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/definitions/ListingEndMark/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                return false;
                                            }
                                            else {
                                                const _errs12 = errors;
                                                for (const key0 in data4) {
                                                    if (!((((((key0 === "boundary") || (key0 === "below")) || (key0 === "count")) || (key0 === "page")) || (key0 === "etag")) || (key0 === "first"))) {
                                                        validate10.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/definitions/ListingEndMark/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                                                        return false;
                                                        break;
                                                    }
                                                }
                                                if (_errs12 === errors) {
                                                    if (data4.boundary !== undefined) {
                                                        let data5 = data4.boundary;
                                                        const _errs13 = errors;
                                                        if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                                                            validate10.errors = [{ instancePath: instancePath + "/end/boundary", schemaPath: "#/definitions/ListingEndMark/properties/boundary/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                        }
                                                        if (errors === _errs13) {
                                                            if ((typeof data5 == "number") && (isFinite(data5))) {
                                                                if (data5 > 9007199254740991 || isNaN(data5)) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/end/boundary", schemaPath: "#/definitions/ListingEndMark/properties/boundary/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                    return false;
                                                                }
                                                                else {
                                                                    if (data5 < 0 || isNaN(data5)) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/end/boundary", schemaPath: "#/definitions/ListingEndMark/properties/boundary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                        return false;
                                                                    }
                                                                }
                                                            }
                                                        }
                                                        var valid2 = _errs13 === errors;
                                                    }
                                                    else {
                                                        var valid2 = true;
                                                    }
                                                    if (valid2) {
                                                        if (data4.below !== undefined) {
                                                            let data6 = data4.below;
                                                            const _errs15 = errors;
                                                            if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                                                                validate10.errors = [{ instancePath: instancePath + "/end/below", schemaPath: "#/definitions/ListingEndMark/properties/below/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                            }
                                                            if (errors === _errs15) {
                                                                if ((typeof data6 == "number") && (isFinite(data6))) {
                                                                    if (data6 > 9007199254740991 || isNaN(data6)) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/end/below", schemaPath: "#/definitions/ListingEndMark/properties/below/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                        return false;
                                                                    }
                                                                    else {
                                                                        if (data6 < 0 || isNaN(data6)) {
                                                                            validate10.errors = [{ instancePath: instancePath + "/end/below", schemaPath: "#/definitions/ListingEndMark/properties/below/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                            var valid2 = _errs15 === errors;
                                                        }
                                                        else {
                                                            var valid2 = true;
                                                        }
                                                        if (valid2) {
                                                            if (data4.count !== undefined) {
                                                                let data7 = data4.count;
                                                                const _errs17 = errors;
                                                                if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/end/count", schemaPath: "#/definitions/ListingEndMark/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                }
                                                                if (errors === _errs17) {
                                                                    if ((typeof data7 == "number") && (isFinite(data7))) {
                                                                        if (data7 > 9007199254740991 || isNaN(data7)) {
                                                                            validate10.errors = [{ instancePath: instancePath + "/end/count", schemaPath: "#/definitions/ListingEndMark/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                            return false;
                                                                        }
                                                                        else {
                                                                            if (data7 < 0 || isNaN(data7)) {
                                                                                validate10.errors = [{ instancePath: instancePath + "/end/count", schemaPath: "#/definitions/ListingEndMark/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                                var valid2 = _errs17 === errors;
                                                            }
                                                            else {
                                                                var valid2 = true;
                                                            }
                                                            if (valid2) {
                                                                if (data4.page !== undefined) {
                                                                    let data8 = data4.page;
                                                                    const _errs19 = errors;
                                                                    if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/end/page", schemaPath: "#/definitions/ListingEndMark/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                        return false;
                                                                    }
                                                                    if (errors === _errs19) {
                                                                        if ((typeof data8 == "number") && (isFinite(data8))) {
                                                                            if (data8 > 9007199254740991 || isNaN(data8)) {
                                                                                validate10.errors = [{ instancePath: instancePath + "/end/page", schemaPath: "#/definitions/ListingEndMark/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                return false;
                                                                            }
                                                                            else {
                                                                                if (data8 < 1 || isNaN(data8)) {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/end/page", schemaPath: "#/definitions/ListingEndMark/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                    var valid2 = _errs19 === errors;
                                                                }
                                                                else {
                                                                    var valid2 = true;
                                                                }
                                                                if (valid2) {
                                                                    if (data4.etag !== undefined) {
                                                                        const _errs21 = errors;
                                                                        if (typeof data4.etag !== "string") {
                                                                            validate10.errors = [{ instancePath: instancePath + "/end/etag", schemaPath: "#/definitions/ListingEndMark/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                        var valid2 = _errs21 === errors;
                                                                    }
                                                                    else {
                                                                        var valid2 = true;
                                                                    }
                                                                    if (valid2) {
                                                                        if (data4.first !== undefined) {
                                                                            let data10 = data4.first;
                                                                            const _errs23 = errors;
                                                                            if (!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) {
                                                                                validate10.errors = [{ instancePath: instancePath + "/end/first", schemaPath: "#/definitions/ListingEndMark/properties/first/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                return false;
                                                                            }
                                                                            if (errors === _errs23) {
                                                                                if ((typeof data10 == "number") && (isFinite(data10))) {
                                                                                    if (data10 > 9007199254740991 || isNaN(data10)) {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/end/first", schemaPath: "#/definitions/ListingEndMark/properties/first/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                        return false;
                                                                                    }
                                                                                    else {
                                                                                        if (data10 < 0 || isNaN(data10)) {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/end/first", schemaPath: "#/definitions/ListingEndMark/properties/first/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                            return false;
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                            var valid2 = _errs23 === errors;
                                                                        }
                                                                        else {
                                                                            var valid2 = true;
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                        else {
                                            validate10.errors = [{ instancePath: instancePath + "/end", schemaPath: "#/definitions/ListingEndMark/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs9 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.backlog !== undefined) {
                                        const _errs25 = errors;
                                        if (!(validate11(data.backlog, { instancePath: instancePath + "/backlog", parentData: data, parentDataProperty: "backlog", rootData }))) {
                                            if (vErrors === null) {
                                                vErrors = validate11.errors;
                                            }
                                            else {
                                                for (const calledError of validate11.errors) {
                                                    vErrors.push(calledError);
                                                }
                                            }
                                            errors = vErrors.length;
                                        }
                                        var valid0 = _errs25 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.etagAt !== undefined) {
                                            const _errs26 = errors;
                                            if (typeof data.etagAt !== "string") {
                                                validate10.errors = [{ instancePath: instancePath + "/etagAt", schemaPath: "#/properties/etagAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs26 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.tagsEtag !== undefined) {
                                                const _errs28 = errors;
                                                if (typeof data.tagsEtag !== "string") {
                                                    validate10.errors = [{ instancePath: instancePath + "/tagsEtag", schemaPath: "#/properties/tagsEtag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid0 = _errs28 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                            if (valid0) {
                                                if (data.tagListings !== undefined) {
                                                    let data14 = data.tagListings;
                                                    const _errs30 = errors;
                                                    if (errors === _errs30) {
                                                        if (Array.isArray(data14)) {
                                                            var valid3 = true;
                                                            const len0 = data14.length;
                                                            for (let i0 = 0; i0 < len0; i0++) {
                                                                const _errs32 = errors;
                                                                if (!(validate18(data14[i0], { instancePath: instancePath + "/tagListings/" + i0, parentData: data14, parentDataProperty: i0, rootData }))) {
                                                                    if (vErrors === null) {
                                                                        vErrors = validate18.errors;
                                                                    }
                                                                    else {
                                                                        for (const calledError of validate18.errors) {
                                                                            vErrors.push(calledError);
                                                                        }
                                                                    }
                                                                    errors = vErrors.length;
                                                                }
                                                                var valid3 = _errs32 === errors;
                                                                if (!valid3) {
                                                                    break;
                                                                }
                                                            }
                                                        }
                                                        else {
                                                            validate10.errors = [{ instancePath: instancePath + "/tagListings", schemaPath: "#/properties/tagListings/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                        }
                                                    }
                                                    var valid0 = _errs30 === errors;
                                                }
                                                else {
                                                    var valid0 = true;
                                                }
                                                if (valid0) {
                                                    if (data.watermark !== undefined) {
                                                        const _errs33 = errors;
                                                        if (typeof data.watermark !== "string") {
                                                            validate10.errors = [{ instancePath: instancePath + "/watermark", schemaPath: "#/properties/watermark/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                        }
                                                        var valid0 = _errs33 === errors;
                                                    }
                                                    else {
                                                        var valid0 = true;
                                                    }
                                                    if (valid0) {
                                                        if (data.seen !== undefined) {
                                                            let data17 = data.seen;
                                                            const _errs35 = errors;
                                                            if (errors === _errs35) {
                                                                if (Array.isArray(data17)) {
                                                                    var valid4 = true;
                                                                    const len1 = data17.length;
                                                                    for (let i1 = 0; i1 < len1; i1++) {
                                                                        let data18 = data17[i1];
                                                                        const _errs37 = errors;
                                                                        const _errs38 = errors;
                                                                        if (errors === _errs38) {
                                                                            if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                                                                                let missing2;
                                                                                if (((((data18.id === undefined) && (missing2 = "id")) || ((data18.tag === undefined) && (missing2 = "tag"))) || ((data18.publishedAt === undefined) && (missing2 = "publishedAt"))) || ((data18.prerelease === undefined) && (missing2 = "prerelease"))) {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/seen/" + i1, schemaPath: "#/definitions/SeenRelease/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                                                                    return false;
                                                                                }
                                                                                else {
                                                                                    if (data18.id !== undefined) {
                                                                                        let data19 = data18.id;
                                                                                        const _errs40 = errors;
                                                                                        if (!((typeof data19 == "number") && (isFinite(data19)))) {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/seen/" + i1 + "/id", schemaPath: "#/definitions/SeenRelease/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                            return false;
                                                                                        }
                                                                                        var valid6 = _errs40 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid6 = true;
                                                                                    }
                                                                                    if (valid6) {
                                                                                        if (data18.tag !== undefined) {
                                                                                            const _errs42 = errors;
                                                                                            if (typeof data18.tag !== "string") {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/seen/" + i1 + "/tag", schemaPath: "#/definitions/SeenRelease/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                            var valid6 = _errs42 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid6 = true;
                                                                                        }
                                                                                        if (valid6) {
                                                                                            if (data18.publishedAt !== undefined) {
                                                                                                const _errs44 = errors;
                                                                                                if (typeof data18.publishedAt !== "string") {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/seen/" + i1 + "/publishedAt", schemaPath: "#/definitions/SeenRelease/properties/publishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid6 = _errs44 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid6 = true;
                                                                                            }
                                                                                            if (valid6) {
                                                                                                if (data18.prerelease !== undefined) {
                                                                                                    const _errs46 = errors;
                                                                                                    if (typeof data18.prerelease !== "boolean") {
                                                                                                        validate10.errors = [{ instancePath: instancePath + "/seen/" + i1 + "/prerelease", schemaPath: "#/definitions/SeenRelease/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid6 = _errs46 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid6 = true;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate10.errors = [{ instancePath: instancePath + "/seen/" + i1, schemaPath: "#/definitions/SeenRelease/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid4 = _errs37 === errors;
                                                                        if (!valid4) {
                                                                            break;
                                                                        }
                                                                    }
                                                                }
                                                                else {
                                                                    validate10.errors = [{ instancePath: instancePath + "/seen", schemaPath: "#/properties/seen/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                    return false;
                                                                }
                                                            }
                                                            var valid0 = _errs35 === errors;
                                                        }
                                                        else {
                                                            var valid0 = true;
                                                        }
                                                        if (valid0) {
                                                            if (data.pending !== undefined) {
                                                                let data23 = data.pending;
                                                                const _errs48 = errors;
                                                                if (errors === _errs48) {
                                                                    if (Array.isArray(data23)) {
                                                                        var valid7 = true;
                                                                        const len2 = data23.length;
                                                                        for (let i2 = 0; i2 < len2; i2++) {
                                                                            let data24 = data23[i2];
                                                                            const _errs50 = errors;
                                                                            const _errs51 = errors;
                                                                            if (errors === _errs51) {
                                                                                if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                                                                    let missing3;
                                                                                    if (((((((data24.id === undefined) && (missing3 = "id")) || ((data24.tag === undefined) && (missing3 = "tag"))) || ((data24.publishedAt === undefined) && (missing3 = "publishedAt"))) || ((data24.firstSeenAt === undefined) && (missing3 = "firstSeenAt"))) || ((data24.ageFrom === undefined) && (missing3 = "ageFrom"))) || ((data24.createdAt === undefined) && (missing3 = "createdAt"))) {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/pending/" + i2, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                                                        return false;
                                                                                    }
                                                                                    else {
                                                                                        if (data24.id !== undefined) {
                                                                                            let data25 = data24.id;
                                                                                            const _errs53 = errors;
                                                                                            if (!((typeof data25 == "number") && (isFinite(data25)))) {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/pending/" + i2 + "/id", schemaPath: "#/definitions/HeldRelease/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                return false;
                                                                                            }
                                                                                            var valid9 = _errs53 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid9 = true;
                                                                                        }
                                                                                        if (valid9) {
                                                                                            if (data24.tag !== undefined) {
                                                                                                const _errs55 = errors;
                                                                                                if (typeof data24.tag !== "string") {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/pending/" + i2 + "/tag", schemaPath: "#/definitions/HeldRelease/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid9 = _errs55 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid9 = true;
                                                                                            }
                                                                                            if (valid9) {
                                                                                                if (data24.publishedAt !== undefined) {
                                                                                                    const _errs57 = errors;
                                                                                                    if (typeof data24.publishedAt !== "string") {
                                                                                                        validate10.errors = [{ instancePath: instancePath + "/pending/" + i2 + "/publishedAt", schemaPath: "#/definitions/HeldRelease/properties/publishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid9 = _errs57 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid9 = true;
                                                                                                }
                                                                                                if (valid9) {
                                                                                                    if (data24.firstSeenAt !== undefined) {
                                                                                                        const _errs59 = errors;
                                                                                                        if (typeof data24.firstSeenAt !== "string") {
                                                                                                            validate10.errors = [{ instancePath: instancePath + "/pending/" + i2 + "/firstSeenAt", schemaPath: "#/definitions/HeldRelease/properties/firstSeenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        var valid9 = _errs59 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid9 = true;
                                                                                                    }
                                                                                                    if (valid9) {
                                                                                                        if (data24.runnerFirstSeenAt !== undefined) {
                                                                                                            const _errs61 = errors;
                                                                                                            if (typeof data24.runnerFirstSeenAt !== "string") {
                                                                                                                validate10.errors = [{ instancePath: instancePath + "/pending/" + i2 + "/runnerFirstSeenAt", schemaPath: "#/definitions/HeldRelease/properties/runnerFirstSeenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            var valid9 = _errs61 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid9 = true;
                                                                                                        }
                                                                                                        if (valid9) {
                                                                                                            if (data24.ageFrom !== undefined) {
                                                                                                                let data30 = data24.ageFrom;
                                                                                                                const _errs63 = errors;
                                                                                                                if (typeof data30 !== "string") {
                                                                                                                    validate10.errors = [{ instancePath: instancePath + "/pending/" + i2 + "/ageFrom", schemaPath: "#/definitions/HeldRelease/properties/ageFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                if (!((data30 === "published") || (data30 === "first-seen"))) {
                                                                                                                    validate10.errors = [{ instancePath: instancePath + "/pending/" + i2 + "/ageFrom", schemaPath: "#/definitions/HeldRelease/properties/ageFrom/enum", keyword: "enum", params: { allowedValues: schema22.properties.ageFrom.enum }, message: "must be equal to one of the allowed values" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                var valid9 = _errs63 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid9 = true;
                                                                                                            }
                                                                                                            if (valid9) {
                                                                                                                if (data24.createdAt !== undefined) {
                                                                                                                    const _errs65 = errors;
                                                                                                                    if (typeof data24.createdAt !== "string") {
                                                                                                                        validate10.errors = [{ instancePath: instancePath + "/pending/" + i2 + "/createdAt", schemaPath: "#/definitions/HeldRelease/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid9 = _errs65 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid9 = true;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/pending/" + i2, schemaPath: "#/definitions/HeldRelease/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid7 = _errs50 === errors;
                                                                            if (!valid7) {
                                                                                break;
                                                                            }
                                                                        }
                                                                    }
                                                                    else {
                                                                        validate10.errors = [{ instancePath: instancePath + "/pending", schemaPath: "#/properties/pending/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                    }
                                                                }
                                                                var valid0 = _errs48 === errors;
                                                            }
                                                            else {
                                                                var valid0 = true;
                                                            }
                                                            if (valid0) {
                                                                if (data.dispatched !== undefined) {
                                                                    let data32 = data.dispatched;
                                                                    const _errs67 = errors;
                                                                    if (errors === _errs67) {
                                                                        if (Array.isArray(data32)) {
                                                                            var valid10 = true;
                                                                            const len3 = data32.length;
                                                                            for (let i3 = 0; i3 < len3; i3++) {
                                                                                let data33 = data32[i3];
                                                                                const _errs69 = errors;
                                                                                const _errs70 = errors;
                                                                                if (errors === _errs70) {
                                                                                    if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                                                        let missing4;
                                                                                        if (((((((data33.id === undefined) && (missing4 = "id")) || ((data33.tag === undefined) && (missing4 = "tag"))) || ((data33.eventId === undefined) && (missing4 = "eventId"))) || ((data33.prerelease === undefined) && (missing4 = "prerelease"))) || ((data33.createdAt === undefined) && (missing4 = "createdAt"))) || ((data33.dispatchedAt === undefined) && (missing4 = "dispatchedAt"))) {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            if (data33.id !== undefined) {
                                                                                                let data34 = data33.id;
                                                                                                const _errs72 = errors;
                                                                                                if (!((typeof data34 == "number") && (isFinite(data34)))) {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3 + "/id", schemaPath: "#/definitions/DispatchedRelease/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid12 = _errs72 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid12 = true;
                                                                                            }
                                                                                            if (valid12) {
                                                                                                if (data33.tag !== undefined) {
                                                                                                    const _errs74 = errors;
                                                                                                    if (typeof data33.tag !== "string") {
                                                                                                        validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3 + "/tag", schemaPath: "#/definitions/DispatchedRelease/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    var valid12 = _errs74 === errors;
                                                                                                }
                                                                                                else {
                                                                                                    var valid12 = true;
                                                                                                }
                                                                                                if (valid12) {
                                                                                                    if (data33.eventId !== undefined) {
                                                                                                        const _errs76 = errors;
                                                                                                        if (typeof data33.eventId !== "string") {
                                                                                                            validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3 + "/eventId", schemaPath: "#/definitions/DispatchedRelease/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                            return false;
                                                                                                        }
                                                                                                        var valid12 = _errs76 === errors;
                                                                                                    }
                                                                                                    else {
                                                                                                        var valid12 = true;
                                                                                                    }
                                                                                                    if (valid12) {
                                                                                                        if (data33.prerelease !== undefined) {
                                                                                                            const _errs78 = errors;
                                                                                                            if (typeof data33.prerelease !== "boolean") {
                                                                                                                validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3 + "/prerelease", schemaPath: "#/definitions/DispatchedRelease/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            var valid12 = _errs78 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid12 = true;
                                                                                                        }
                                                                                                        if (valid12) {
                                                                                                            if (data33.createdAt !== undefined) {
                                                                                                                const _errs80 = errors;
                                                                                                                if (typeof data33.createdAt !== "string") {
                                                                                                                    validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3 + "/createdAt", schemaPath: "#/definitions/DispatchedRelease/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                var valid12 = _errs80 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid12 = true;
                                                                                                            }
                                                                                                            if (valid12) {
                                                                                                                if (data33.dispatchedAt !== undefined) {
                                                                                                                    const _errs82 = errors;
                                                                                                                    if (typeof data33.dispatchedAt !== "string") {
                                                                                                                        validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3 + "/dispatchedAt", schemaPath: "#/definitions/DispatchedRelease/properties/dispatchedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid12 = _errs82 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid12 = true;
                                                                                                                }
                                                                                                                if (valid12) {
                                                                                                                    if (data33.commit !== undefined) {
                                                                                                                        const _errs84 = errors;
                                                                                                                        if (typeof data33.commit !== "string") {
                                                                                                                            validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3 + "/commit", schemaPath: "#/definitions/DispatchedRelease/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                        var valid12 = _errs84 === errors;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        var valid12 = true;
                                                                                                                    }
                                                                                                                    if (valid12) {
                                                                                                                        if (data33.tagObject !== undefined) {
                                                                                                                            const _errs86 = errors;
                                                                                                                            if (typeof data33.tagObject !== "string") {
                                                                                                                                validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3 + "/tagObject", schemaPath: "#/definitions/DispatchedRelease/properties/tagObject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                                return false;
                                                                                                                            }
                                                                                                                            var valid12 = _errs86 === errors;
                                                                                                                        }
                                                                                                                        else {
                                                                                                                            var valid12 = true;
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/dispatched/" + i3, schemaPath: "#/definitions/DispatchedRelease/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid10 = _errs69 === errors;
                                                                                if (!valid10) {
                                                                                    break;
                                                                                }
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate10.errors = [{ instancePath: instancePath + "/dispatched", schemaPath: "#/properties/dispatched/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid0 = _errs67 === errors;
                                                                }
                                                                else {
                                                                    var valid0 = true;
                                                                }
                                                                if (valid0) {
                                                                    if (data.drafts !== undefined) {
                                                                        let data42 = data.drafts;
                                                                        const _errs88 = errors;
                                                                        if (errors === _errs88) {
                                                                            if (Array.isArray(data42)) {
                                                                                if (data42.length > 10) {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/drafts", schemaPath: "#/properties/drafts/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" }];
                                                                                    return false;
                                                                                }
                                                                                else {
                                                                                    var valid13 = true;
                                                                                    const len4 = data42.length;
                                                                                    for (let i4 = 0; i4 < len4; i4++) {
                                                                                        let data43 = data42[i4];
                                                                                        const _errs90 = errors;
                                                                                        const _errs91 = errors;
                                                                                        if (errors === _errs91) {
                                                                                            if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                                                                                let missing5;
                                                                                                if (((data43.id === undefined) && (missing5 = "id")) || ((data43.createdAt === undefined) && (missing5 = "createdAt"))) {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/drafts/" + i4, schemaPath: "#/definitions/WatchedDraft/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                                                                    return false;
                                                                                                }
                                                                                                else {
                                                                                                    const _errs93 = errors;
                                                                                                    for (const key1 in data43) {
                                                                                                        if (!(((key1 === "id") || (key1 === "createdAt")) || (key1 === "etag"))) {
                                                                                                            validate10.errors = [{ instancePath: instancePath + "/drafts/" + i4, schemaPath: "#/definitions/WatchedDraft/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                                                            return false;
                                                                                                            break;
                                                                                                        }
                                                                                                    }
                                                                                                    if (_errs93 === errors) {
                                                                                                        if (data43.id !== undefined) {
                                                                                                            let data44 = data43.id;
                                                                                                            const _errs94 = errors;
                                                                                                            if (!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))) {
                                                                                                                validate10.errors = [{ instancePath: instancePath + "/drafts/" + i4 + "/id", schemaPath: "#/definitions/WatchedDraft/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                                return false;
                                                                                                            }
                                                                                                            if (errors === _errs94) {
                                                                                                                if ((typeof data44 == "number") && (isFinite(data44))) {
                                                                                                                    if (data44 > 9007199254740991 || isNaN(data44)) {
                                                                                                                        validate10.errors = [{ instancePath: instancePath + "/drafts/" + i4 + "/id", schemaPath: "#/definitions/WatchedDraft/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    else {
                                                                                                                        if (data44 < 0 || isNaN(data44)) {
                                                                                                                            validate10.errors = [{ instancePath: instancePath + "/drafts/" + i4 + "/id", schemaPath: "#/definitions/WatchedDraft/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                                                            return false;
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                            var valid15 = _errs94 === errors;
                                                                                                        }
                                                                                                        else {
                                                                                                            var valid15 = true;
                                                                                                        }
                                                                                                        if (valid15) {
                                                                                                            if (data43.createdAt !== undefined) {
                                                                                                                const _errs96 = errors;
                                                                                                                if (typeof data43.createdAt !== "string") {
                                                                                                                    validate10.errors = [{ instancePath: instancePath + "/drafts/" + i4 + "/createdAt", schemaPath: "#/definitions/WatchedDraft/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                var valid15 = _errs96 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid15 = true;
                                                                                                            }
                                                                                                            if (valid15) {
                                                                                                                if (data43.etag !== undefined) {
                                                                                                                    const _errs98 = errors;
                                                                                                                    if (typeof data43.etag !== "string") {
                                                                                                                        validate10.errors = [{ instancePath: instancePath + "/drafts/" + i4 + "/etag", schemaPath: "#/definitions/WatchedDraft/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid15 = _errs98 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid15 = true;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                            else {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/drafts/" + i4, schemaPath: "#/definitions/WatchedDraft/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                return false;
                                                                                            }
                                                                                        }
                                                                                        var valid13 = _errs90 === errors;
                                                                                        if (!valid13) {
                                                                                            break;
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                            else {
                                                                                validate10.errors = [{ instancePath: instancePath + "/drafts", schemaPath: "#/properties/drafts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        var valid0 = _errs88 === errors;
                                                                    }
                                                                    else {
                                                                        var valid0 = true;
                                                                    }
                                                                    if (valid0) {
                                                                        if (data.redeliver !== undefined) {
                                                                            let data47 = data.redeliver;
                                                                            const _errs100 = errors;
                                                                            if (errors === _errs100) {
                                                                                if (Array.isArray(data47)) {
                                                                                    if (data47.length > 100) {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/redeliver", schemaPath: "#/properties/redeliver/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                                                                                        return false;
                                                                                    }
                                                                                    else {
                                                                                        var valid16 = true;
                                                                                        const len5 = data47.length;
                                                                                        for (let i5 = 0; i5 < len5; i5++) {
                                                                                            const _errs102 = errors;
                                                                                            if (typeof data47[i5] !== "string") {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/redeliver/" + i5, schemaPath: "#/definitions/RedeliverTag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                return false;
                                                                                            }
                                                                                            var valid16 = _errs102 === errors;
                                                                                            if (!valid16) {
                                                                                                break;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                                else {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/redeliver", schemaPath: "#/properties/redeliver/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                    return false;
                                                                                }
                                                                            }
                                                                            var valid0 = _errs100 === errors;
                                                                        }
                                                                        else {
                                                                            var valid0 = true;
                                                                        }
                                                                        if (valid0) {
                                                                            if (data.redeliverEvents !== undefined) {
                                                                                let data49 = data.redeliverEvents;
                                                                                const _errs105 = errors;
                                                                                if (errors === _errs105) {
                                                                                    if (Array.isArray(data49)) {
                                                                                        if (data49.length > 100) {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/redeliverEvents", schemaPath: "#/properties/redeliverEvents/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                                                                                            return false;
                                                                                        }
                                                                                        else {
                                                                                            var valid18 = true;
                                                                                            const len6 = data49.length;
                                                                                            for (let i6 = 0; i6 < len6; i6++) {
                                                                                                const _errs107 = errors;
                                                                                                if (typeof data49[i6] !== "string") {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/redeliverEvents/" + i6, schemaPath: "#/definitions/RedeliverEventId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid18 = _errs107 === errors;
                                                                                                if (!valid18) {
                                                                                                    break;
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                    else {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/redeliverEvents", schemaPath: "#/properties/redeliverEvents/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                        return false;
                                                                                    }
                                                                                }
                                                                                var valid0 = _errs105 === errors;
                                                                            }
                                                                            else {
                                                                                var valid0 = true;
                                                                            }
                                                                            if (valid0) {
                                                                                if (data.polledAt !== undefined) {
                                                                                    const _errs110 = errors;
                                                                                    if (typeof data.polledAt !== "string") {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/polledAt", schemaPath: "#/properties/polledAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                    }
                                                                                    var valid0 = _errs110 === errors;
                                                                                }
                                                                                else {
                                                                                    var valid0 = true;
                                                                                }
                                                                                if (valid0) {
                                                                                    if (data.checkedAt !== undefined) {
                                                                                        const _errs112 = errors;
                                                                                        if (typeof data.checkedAt !== "string") {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/checkedAt", schemaPath: "#/properties/checkedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                            return false;
                                                                                        }
                                                                                        var valid0 = _errs112 === errors;
                                                                                    }
                                                                                    else {
                                                                                        var valid0 = true;
                                                                                    }
                                                                                    if (valid0) {
                                                                                        if (data.githubClock !== undefined) {
                                                                                            let data53 = data.githubClock;
                                                                                            const _errs114 = errors;
                                                                                            const _errs115 = errors;
                                                                                            if (errors === _errs115) {
                                                                                                if (data53 && typeof data53 == "object" && !Array.isArray(data53)) {
                                                                                                    let missing6;
                                                                                                    if (((data53.github === undefined) && (missing6 = "github")) || ((data53.runner === undefined) && (missing6 = "runner"))) {
                                                                                                        validate10.errors = [{ instancePath: instancePath + "/githubClock", schemaPath: "#/definitions/GithubClock/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                                                                        return false;
                                                                                                    }
                                                                                                    else {
                                                                                                        const _errs117 = errors;
                                                                                                        for (const key2 in data53) {
                                                                                                            if (!((key2 === "github") || (key2 === "runner"))) {
                                                                                                                validate10.errors = [{ instancePath: instancePath + "/githubClock", schemaPath: "#/definitions/GithubClock/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                                                                                return false;
                                                                                                                break;
                                                                                                            }
                                                                                                        }
                                                                                                        if (_errs117 === errors) {
                                                                                                            if (data53.github !== undefined) {
                                                                                                                const _errs118 = errors;
                                                                                                                if (typeof data53.github !== "string") {
                                                                                                                    validate10.errors = [{ instancePath: instancePath + "/githubClock/github", schemaPath: "#/definitions/GithubClock/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                    return false;
                                                                                                                }
                                                                                                                var valid21 = _errs118 === errors;
                                                                                                            }
                                                                                                            else {
                                                                                                                var valid21 = true;
                                                                                                            }
                                                                                                            if (valid21) {
                                                                                                                if (data53.runner !== undefined) {
                                                                                                                    const _errs120 = errors;
                                                                                                                    if (typeof data53.runner !== "string") {
                                                                                                                        validate10.errors = [{ instancePath: instancePath + "/githubClock/runner", schemaPath: "#/definitions/GithubClock/properties/runner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                                        return false;
                                                                                                                    }
                                                                                                                    var valid21 = _errs120 === errors;
                                                                                                                }
                                                                                                                else {
                                                                                                                    var valid21 = true;
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                                else {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/githubClock", schemaPath: "#/definitions/GithubClock/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                                    return false;
                                                                                                }
                                                                                            }
                                                                                            var valid0 = _errs114 === errors;
                                                                                        }
                                                                                        else {
                                                                                            var valid0 = true;
                                                                                        }
                                                                                        if (valid0) {
                                                                                            if (data.filter !== undefined) {
                                                                                                const _errs122 = errors;
                                                                                                if (typeof data.filter !== "string") {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/filter", schemaPath: "#/properties/filter/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                                    return false;
                                                                                                }
                                                                                                var valid0 = _errs122 === errors;
                                                                                            }
                                                                                            else {
                                                                                                var valid0 = true;
                                                                                            }
                                                                                        }
                                                                                    }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate10.errors = vErrors;
    return errors === 0;
}
const validateSeenRelease = validate20;
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((((data.id === undefined) && (missing0 = "id")) || ((data.tag === undefined) && (missing0 = "tag"))) || ((data.publishedAt === undefined) && (missing0 = "publishedAt"))) || ((data.prerelease === undefined) && (missing0 = "prerelease"))) {
                validate20.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                if (data.id !== undefined) {
                    let data0 = data.id;
                    const _errs1 = errors;
                    if (!((typeof data0 == "number") && (isFinite(data0)))) {
                        validate20.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                    }
                    var valid0 = _errs1 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.tag !== undefined) {
                        const _errs3 = errors;
                        if (typeof data.tag !== "string") {
                            validate20.errors = [{ instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.publishedAt !== undefined) {
                            const _errs5 = errors;
                            if (typeof data.publishedAt !== "string") {
                                validate20.errors = [{ instancePath: instancePath + "/publishedAt", schemaPath: "#/properties/publishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs5 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.prerelease !== undefined) {
                                const _errs7 = errors;
                                if (typeof data.prerelease !== "boolean") {
                                    validate20.errors = [{ instancePath: instancePath + "/prerelease", schemaPath: "#/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
        else {
            validate20.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate20.errors = vErrors;
    return errors === 0;
}
const validateHeldRelease = validate21;
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((((((data.id === undefined) && (missing0 = "id")) || ((data.tag === undefined) && (missing0 = "tag"))) || ((data.publishedAt === undefined) && (missing0 = "publishedAt"))) || ((data.firstSeenAt === undefined) && (missing0 = "firstSeenAt"))) || ((data.ageFrom === undefined) && (missing0 = "ageFrom"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) {
                validate21.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                if (data.id !== undefined) {
                    let data0 = data.id;
                    const _errs1 = errors;
                    if (!((typeof data0 == "number") && (isFinite(data0)))) {
                        validate21.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                    }
                    var valid0 = _errs1 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.tag !== undefined) {
                        const _errs3 = errors;
                        if (typeof data.tag !== "string") {
                            validate21.errors = [{ instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.publishedAt !== undefined) {
                            const _errs5 = errors;
                            if (typeof data.publishedAt !== "string") {
                                validate21.errors = [{ instancePath: instancePath + "/publishedAt", schemaPath: "#/properties/publishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs5 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.firstSeenAt !== undefined) {
                                const _errs7 = errors;
                                if (typeof data.firstSeenAt !== "string") {
                                    validate21.errors = [{ instancePath: instancePath + "/firstSeenAt", schemaPath: "#/properties/firstSeenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.runnerFirstSeenAt !== undefined) {
                                    const _errs9 = errors;
                                    if (typeof data.runnerFirstSeenAt !== "string") {
                                        validate21.errors = [{ instancePath: instancePath + "/runnerFirstSeenAt", schemaPath: "#/properties/runnerFirstSeenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid0 = _errs9 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.ageFrom !== undefined) {
                                        let data5 = data.ageFrom;
                                        const _errs11 = errors;
                                        if (typeof data5 !== "string") {
                                            validate21.errors = [{ instancePath: instancePath + "/ageFrom", schemaPath: "#/properties/ageFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        if (!((data5 === "published") || (data5 === "first-seen"))) {
                                            validate21.errors = [{ instancePath: instancePath + "/ageFrom", schemaPath: "#/properties/ageFrom/enum", keyword: "enum", params: { allowedValues: schema22.properties.ageFrom.enum }, message: "must be equal to one of the allowed values" }];
                                            return false;
                                        }
                                        var valid0 = _errs11 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.createdAt !== undefined) {
                                            const _errs13 = errors;
                                            if (typeof data.createdAt !== "string") {
                                                validate21.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs13 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate21.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate21.errors = vErrors;
    return errors === 0;
}
const validateDispatchedRelease = validate22;
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((((((data.id === undefined) && (missing0 = "id")) || ((data.tag === undefined) && (missing0 = "tag"))) || ((data.eventId === undefined) && (missing0 = "eventId"))) || ((data.prerelease === undefined) && (missing0 = "prerelease"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) || ((data.dispatchedAt === undefined) && (missing0 = "dispatchedAt"))) {
                validate22.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                if (data.id !== undefined) {
                    let data0 = data.id;
                    const _errs1 = errors;
                    if (!((typeof data0 == "number") && (isFinite(data0)))) {
                        validate22.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                    }
                    var valid0 = _errs1 === errors;
                }
                else {
                    var valid0 = true;
                }
                if (valid0) {
                    if (data.tag !== undefined) {
                        const _errs3 = errors;
                        if (typeof data.tag !== "string") {
                            validate22.errors = [{ instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs3 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.eventId !== undefined) {
                            const _errs5 = errors;
                            if (typeof data.eventId !== "string") {
                                validate22.errors = [{ instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs5 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.prerelease !== undefined) {
                                const _errs7 = errors;
                                if (typeof data.prerelease !== "boolean") {
                                    validate22.errors = [{ instancePath: instancePath + "/prerelease", schemaPath: "#/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                    return false;
                                }
                                var valid0 = _errs7 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.createdAt !== undefined) {
                                    const _errs9 = errors;
                                    if (typeof data.createdAt !== "string") {
                                        validate22.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                    }
                                    var valid0 = _errs9 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.dispatchedAt !== undefined) {
                                        const _errs11 = errors;
                                        if (typeof data.dispatchedAt !== "string") {
                                            validate22.errors = [{ instancePath: instancePath + "/dispatchedAt", schemaPath: "#/properties/dispatchedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid0 = _errs11 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.commit !== undefined) {
                                            const _errs13 = errors;
                                            if (typeof data.commit !== "string") {
                                                validate22.errors = [{ instancePath: instancePath + "/commit", schemaPath: "#/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                            }
                                            var valid0 = _errs13 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                        if (valid0) {
                                            if (data.tagObject !== undefined) {
                                                const _errs15 = errors;
                                                if (typeof data.tagObject !== "string") {
                                                    validate22.errors = [{ instancePath: instancePath + "/tagObject", schemaPath: "#/properties/tagObject/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid0 = _errs15 === errors;
                                            }
                                            else {
                                                var valid0 = true;
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate22.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate22.errors = vErrors;
    return errors === 0;
}
const validateWatchedDraft = validate23;
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.id === undefined) && (missing0 = "id")) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) {
                validate23.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!(((key0 === "id") || (key0 === "createdAt")) || (key0 === "etag"))) {
                        validate23.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.id !== undefined) {
                        let data0 = data.id;
                        const _errs2 = errors;
                        if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                            validate23.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                        }
                        if (errors === _errs2) {
                            if ((typeof data0 == "number") && (isFinite(data0))) {
                                if (data0 > 9007199254740991 || isNaN(data0)) {
                                    validate23.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                    return false;
                                }
                                else {
                                    if (data0 < 0 || isNaN(data0)) {
                                        validate23.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                        return false;
                                    }
                                }
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.createdAt !== undefined) {
                            const _errs4 = errors;
                            if (typeof data.createdAt !== "string") {
                                validate23.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.etag !== undefined) {
                                const _errs6 = errors;
                                if (typeof data.etag !== "string") {
                                    validate23.errors = [{ instancePath: instancePath + "/etag", schemaPath: "#/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
        else {
            validate23.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate23.errors = vErrors;
    return errors === 0;
}
const validateTagListing = validate24;
function validate24(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((data.prefix === undefined) && (missing0 = "prefix")) {
                validate24.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((((key0 === "prefix") || (key0 === "etag")) || (key0 === "tooLarge")) || (key0 === "parts"))) {
                        validate24.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.prefix !== undefined) {
                        let data0 = data.prefix;
                        const _errs2 = errors;
                        if (errors === _errs2) {
                            if (typeof data0 === "string") {
                                if (data0.length < 1) {
                                    validate24.errors = [{ instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                }
                            }
                            else {
                                validate24.errors = [{ instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.etag !== undefined) {
                            const _errs4 = errors;
                            if (typeof data.etag !== "string") {
                                validate24.errors = [{ instancePath: instancePath + "/etag", schemaPath: "#/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.tooLarge !== undefined) {
                                const _errs6 = errors;
                                if (true !== data.tooLarge) {
                                    validate24.errors = [{ instancePath: instancePath + "/tooLarge", schemaPath: "#/properties/tooLarge/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.parts !== undefined) {
                                    let data3 = data.parts;
                                    const _errs7 = errors;
                                    if (errors === _errs7) {
                                        if (Array.isArray(data3)) {
                                            var valid1 = true;
                                            const len0 = data3.length;
                                            for (let i0 = 0; i0 < len0; i0++) {
                                                let data4 = data3[i0];
                                                const _errs9 = errors;
                                                const _errs10 = errors;
                                                if (errors === _errs10) {
                                                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                                                        let missing1;
                                                        if ((data4.prefix === undefined) && (missing1 = "prefix")) {
                                                            validate24.errors = [{ instancePath: instancePath + "/parts/" + i0, schemaPath: "#/definitions/TagListingPart/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                                            return false;
                                                        }
                                                        else {
                                                            const _errs12 = errors;
                                                            for (const key1 in data4) {
                                                                if (!((((key1 === "prefix") || (key1 === "etag")) || (key1 === "tooLarge")) || (key1 === "exact"))) {
                                                                    validate24.errors = [{ instancePath: instancePath + "/parts/" + i0, schemaPath: "#/definitions/TagListingPart/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                                                    return false;
                                                                    break;
                                                                }
                                                            }
                                                            if (_errs12 === errors) {
                                                                if (data4.prefix !== undefined) {
                                                                    let data5 = data4.prefix;
                                                                    const _errs13 = errors;
                                                                    if (errors === _errs13) {
                                                                        if (typeof data5 === "string") {
                                                                            if (data5.length < 1) {
                                                                                validate24.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/prefix", schemaPath: "#/definitions/TagListingPart/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                                                                return false;
                                                                            }
                                                                        }
                                                                        else {
                                                                            validate24.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/prefix", schemaPath: "#/definitions/TagListingPart/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                    }
                                                                    var valid3 = _errs13 === errors;
                                                                }
                                                                else {
                                                                    var valid3 = true;
                                                                }
                                                                if (valid3) {
                                                                    if (data4.etag !== undefined) {
                                                                        const _errs15 = errors;
                                                                        if (typeof data4.etag !== "string") {
                                                                            validate24.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/etag", schemaPath: "#/definitions/TagListingPart/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                        }
                                                                        var valid3 = _errs15 === errors;
                                                                    }
                                                                    else {
                                                                        var valid3 = true;
                                                                    }
                                                                    if (valid3) {
                                                                        if (data4.tooLarge !== undefined) {
                                                                            const _errs17 = errors;
                                                                            if (true !== data4.tooLarge) {
                                                                                validate24.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/tooLarge", schemaPath: "#/definitions/TagListingPart/properties/tooLarge/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                                                                return false;
                                                                            }
                                                                            var valid3 = _errs17 === errors;
                                                                        }
                                                                        else {
                                                                            var valid3 = true;
                                                                        }
                                                                        if (valid3) {
                                                                            if (data4.exact !== undefined) {
                                                                                const _errs18 = errors;
                                                                                if (true !== data4.exact) {
                                                                                    validate24.errors = [{ instancePath: instancePath + "/parts/" + i0 + "/exact", schemaPath: "#/definitions/TagListingPart/properties/exact/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                                                                    return false;
                                                                                }
                                                                                var valid3 = _errs18 === errors;
                                                                            }
                                                                            else {
                                                                                var valid3 = true;
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                    else {
                                                        validate24.errors = [{ instancePath: instancePath + "/parts/" + i0, schemaPath: "#/definitions/TagListingPart/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                    }
                                                }
                                                var valid1 = _errs9 === errors;
                                                if (!valid1) {
                                                    break;
                                                }
                                            }
                                        }
                                        else {
                                            validate24.errors = [{ instancePath: instancePath + "/parts", schemaPath: "#/properties/parts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                        }
                                    }
                                    var valid0 = _errs7 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate24.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate24.errors = vErrors;
    return errors === 0;
}
const validateTagListingPart = validate25;
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((data.prefix === undefined) && (missing0 = "prefix")) {
                validate25.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((((key0 === "prefix") || (key0 === "etag")) || (key0 === "tooLarge")) || (key0 === "exact"))) {
                        validate25.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.prefix !== undefined) {
                        let data0 = data.prefix;
                        const _errs2 = errors;
                        if (errors === _errs2) {
                            if (typeof data0 === "string") {
                                if (data0.length < 1) {
                                    validate25.errors = [{ instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                    return false;
                                }
                            }
                            else {
                                validate25.errors = [{ instancePath: instancePath + "/prefix", schemaPath: "#/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.etag !== undefined) {
                            const _errs4 = errors;
                            if (typeof data.etag !== "string") {
                                validate25.errors = [{ instancePath: instancePath + "/etag", schemaPath: "#/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.tooLarge !== undefined) {
                                const _errs6 = errors;
                                if (true !== data.tooLarge) {
                                    validate25.errors = [{ instancePath: instancePath + "/tooLarge", schemaPath: "#/properties/tooLarge/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.exact !== undefined) {
                                    const _errs7 = errors;
                                    if (true !== data.exact) {
                                        validate25.errors = [{ instancePath: instancePath + "/exact", schemaPath: "#/properties/exact/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                        return false;
                                    }
                                    var valid0 = _errs7 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate25.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate25.errors = vErrors;
    return errors === 0;
}
const validateListingEndMark = validate26;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((data.boundary === undefined) && (missing0 = "boundary")) || ((data.below === undefined) && (missing0 = "below"))) || ((data.count === undefined) && (missing0 = "count"))) {
                validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((((((key0 === "boundary") || (key0 === "below")) || (key0 === "count")) || (key0 === "page")) || (key0 === "etag")) || (key0 === "first"))) {
                        validate26.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.boundary !== undefined) {
                        let data0 = data.boundary;
                        const _errs2 = errors;
                        if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                            validate26.errors = [{ instancePath: instancePath + "/boundary", schemaPath: "#/properties/boundary/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                        }
                        if (errors === _errs2) {
                            if ((typeof data0 == "number") && (isFinite(data0))) {
                                if (data0 > 9007199254740991 || isNaN(data0)) {
                                    validate26.errors = [{ instancePath: instancePath + "/boundary", schemaPath: "#/properties/boundary/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                    return false;
                                }
                                else {
                                    if (data0 < 0 || isNaN(data0)) {
                                        validate26.errors = [{ instancePath: instancePath + "/boundary", schemaPath: "#/properties/boundary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                        return false;
                                    }
                                }
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.below !== undefined) {
                            let data1 = data.below;
                            const _errs4 = errors;
                            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                                validate26.errors = [{ instancePath: instancePath + "/below", schemaPath: "#/properties/below/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                            }
                            if (errors === _errs4) {
                                if ((typeof data1 == "number") && (isFinite(data1))) {
                                    if (data1 > 9007199254740991 || isNaN(data1)) {
                                        validate26.errors = [{ instancePath: instancePath + "/below", schemaPath: "#/properties/below/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                        return false;
                                    }
                                    else {
                                        if (data1 < 0 || isNaN(data1)) {
                                            validate26.errors = [{ instancePath: instancePath + "/below", schemaPath: "#/properties/below/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                        }
                                    }
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.count !== undefined) {
                                let data2 = data.count;
                                const _errs6 = errors;
                                if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                                    validate26.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                }
                                if (errors === _errs6) {
                                    if ((typeof data2 == "number") && (isFinite(data2))) {
                                        if (data2 > 9007199254740991 || isNaN(data2)) {
                                            validate26.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                            return false;
                                        }
                                        else {
                                            if (data2 < 0 || isNaN(data2)) {
                                                validate26.errors = [{ instancePath: instancePath + "/count", schemaPath: "#/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                            }
                                        }
                                    }
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.page !== undefined) {
                                    let data3 = data.page;
                                    const _errs8 = errors;
                                    if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                                        validate26.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                    }
                                    if (errors === _errs8) {
                                        if ((typeof data3 == "number") && (isFinite(data3))) {
                                            if (data3 > 9007199254740991 || isNaN(data3)) {
                                                validate26.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                return false;
                                            }
                                            else {
                                                if (data3 < 1 || isNaN(data3)) {
                                                    validate26.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                    return false;
                                                }
                                            }
                                        }
                                    }
                                    var valid0 = _errs8 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.etag !== undefined) {
                                        const _errs10 = errors;
                                        if (typeof data.etag !== "string") {
                                            validate26.errors = [{ instancePath: instancePath + "/etag", schemaPath: "#/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                        }
                                        var valid0 = _errs10 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                    if (valid0) {
                                        if (data.first !== undefined) {
                                            let data5 = data.first;
                                            const _errs12 = errors;
                                            if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                                                validate26.errors = [{ instancePath: instancePath + "/first", schemaPath: "#/properties/first/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                return false;
                                            }
                                            if (errors === _errs12) {
                                                if ((typeof data5 == "number") && (isFinite(data5))) {
                                                    if (data5 > 9007199254740991 || isNaN(data5)) {
                                                        validate26.errors = [{ instancePath: instancePath + "/first", schemaPath: "#/properties/first/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                        return false;
                                                    }
                                                    else {
                                                        if (data5 < 0 || isNaN(data5)) {
                                                            validate26.errors = [{ instancePath: instancePath + "/first", schemaPath: "#/properties/first/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                        }
                                                    }
                                                }
                                            }
                                            var valid0 = _errs12 === errors;
                                        }
                                        else {
                                            var valid0 = true;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate26.errors = vErrors;
    return errors === 0;
}
const validateBacklogAfter = validate27;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if ((((data.id === undefined) && (missing0 = "id")) || ((data.tag === undefined) && (missing0 = "tag"))) || ((data.createdAt === undefined) && (missing0 = "createdAt"))) {
                validate27.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!(((key0 === "id") || (key0 === "tag")) || (key0 === "createdAt"))) {
                        validate27.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.id !== undefined) {
                        let data0 = data.id;
                        const _errs2 = errors;
                        if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                            validate27.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                        }
                        if (errors === _errs2) {
                            if ((typeof data0 == "number") && (isFinite(data0))) {
                                if (data0 > 9007199254740991 || isNaN(data0)) {
                                    validate27.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                    return false;
                                }
                                else {
                                    if (data0 < 0 || isNaN(data0)) {
                                        validate27.errors = [{ instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                        return false;
                                    }
                                }
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.tag !== undefined) {
                            const _errs4 = errors;
                            if (typeof data.tag !== "string") {
                                validate27.errors = [{ instancePath: instancePath + "/tag", schemaPath: "#/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.createdAt !== undefined) {
                                const _errs6 = errors;
                                if (typeof data.createdAt !== "string") {
                                    validate27.errors = [{ instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs6 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                        }
                    }
                }
            }
        }
        else {
            validate27.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate27.errors = vErrors;
    return errors === 0;
}
const validateBacklogPart = validate28;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.after === undefined) && (missing0 = "after")) || ((data.page === undefined) && (missing0 = "page"))) {
                validate28.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!(((((key0 === "after") || (key0 === "page")) || (key0 === "from")) || (key0 === "tie")) || (key0 === "missing"))) {
                        validate28.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.after !== undefined) {
                        let data0 = data.after;
                        const _errs2 = errors;
                        const _errs3 = errors;
                        if (errors === _errs3) {
                            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                                let missing1;
                                if ((((data0.id === undefined) && (missing1 = "id")) || ((data0.tag === undefined) && (missing1 = "tag"))) || ((data0.createdAt === undefined) && (missing1 = "createdAt"))) {
                                    validate28.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/definitions/BacklogAfter/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                    return false;
                                }
                                else {
                                    const _errs5 = errors;
                                    for (const key1 in data0) {
                                        if (!(((key1 === "id") || (key1 === "tag")) || (key1 === "createdAt"))) {
                                            validate28.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/definitions/BacklogAfter/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                        }
                                    }
                                    if (_errs5 === errors) {
                                        if (data0.id !== undefined) {
                                            let data1 = data0.id;
                                            const _errs6 = errors;
                                            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                                                validate28.errors = [{ instancePath: instancePath + "/after/id", schemaPath: "#/definitions/BacklogAfter/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                return false;
                                            }
                                            if (errors === _errs6) {
                                                if ((typeof data1 == "number") && (isFinite(data1))) {
                                                    if (data1 > 9007199254740991 || isNaN(data1)) {
                                                        validate28.errors = [{ instancePath: instancePath + "/after/id", schemaPath: "#/definitions/BacklogAfter/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                        return false;
                                                    }
                                                    else {
                                                        if (data1 < 0 || isNaN(data1)) {
                                                            validate28.errors = [{ instancePath: instancePath + "/after/id", schemaPath: "#/definitions/BacklogAfter/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                        }
                                                    }
                                                }
                                            }
                                            var valid2 = _errs6 === errors;
                                        }
                                        else {
                                            var valid2 = true;
                                        }
                                        if (valid2) {
                                            if (data0.tag !== undefined) {
                                                const _errs8 = errors;
                                                if (typeof data0.tag !== "string") {
                                                    validate28.errors = [{ instancePath: instancePath + "/after/tag", schemaPath: "#/definitions/BacklogAfter/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                }
                                                var valid2 = _errs8 === errors;
                                            }
                                            else {
                                                var valid2 = true;
                                            }
                                            if (valid2) {
                                                if (data0.createdAt !== undefined) {
                                                    const _errs10 = errors;
                                                    if (typeof data0.createdAt !== "string") {
                                                        validate28.errors = [{ instancePath: instancePath + "/after/createdAt", schemaPath: "#/definitions/BacklogAfter/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                    }
                                                    var valid2 = _errs10 === errors;
                                                }
                                                else {
                                                    var valid2 = true;
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                            else {
                                validate28.errors = [{ instancePath: instancePath + "/after", schemaPath: "#/definitions/BacklogAfter/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                            }
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.page !== undefined) {
                            let data4 = data.page;
                            const _errs12 = errors;
                            if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                                validate28.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                            }
                            if (errors === _errs12) {
                                if ((typeof data4 == "number") && (isFinite(data4))) {
                                    if (data4 > 9007199254740991 || isNaN(data4)) {
                                        validate28.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                        return false;
                                    }
                                    else {
                                        if (data4 < 1 || isNaN(data4)) {
                                            validate28.errors = [{ instancePath: instancePath + "/page", schemaPath: "#/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                            return false;
                                        }
                                    }
                                }
                            }
                            var valid0 = _errs12 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                        if (valid0) {
                            if (data.from !== undefined) {
                                const _errs14 = errors;
                                if (typeof data.from !== "string") {
                                    validate28.errors = [{ instancePath: instancePath + "/from", schemaPath: "#/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                }
                                var valid0 = _errs14 === errors;
                            }
                            else {
                                var valid0 = true;
                            }
                            if (valid0) {
                                if (data.tie !== undefined) {
                                    const _errs16 = errors;
                                    if (!(validate12(data.tie, { instancePath: instancePath + "/tie", parentData: data, parentDataProperty: "tie", rootData }))) {
                                        if (vErrors === null) {
                                            vErrors = validate12.errors;
                                        }
                                        else {
                                            for (const calledError of validate12.errors) {
                                                vErrors.push(calledError);
                                            }
                                        }
                                        errors = vErrors.length;
                                    }
                                    var valid0 = _errs16 === errors;
                                }
                                else {
                                    var valid0 = true;
                                }
                                if (valid0) {
                                    if (data.missing !== undefined) {
                                        let data7 = data.missing;
                                        const _errs17 = errors;
                                        if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                                            validate28.errors = [{ instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                        }
                                        if (errors === _errs17) {
                                            if ((typeof data7 == "number") && (isFinite(data7))) {
                                                if (data7 > 9007199254740991 || isNaN(data7)) {
                                                    validate28.errors = [{ instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                    return false;
                                                }
                                                else {
                                                    if (data7 < 0 || isNaN(data7)) {
                                                        validate28.errors = [{ instancePath: instancePath + "/missing", schemaPath: "#/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                    }
                                                }
                                            }
                                        }
                                        var valid0 = _errs17 === errors;
                                    }
                                    else {
                                        var valid0 = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        else {
            validate28.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate28.errors = vErrors;
    return errors === 0;
}
const validateBacklogTie = validate30;
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.at === undefined) && (missing0 = "at")) || ((data.seen === undefined) && (missing0 = "seen"))) {
                validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((key0 === "at") || (key0 === "seen"))) {
                        validate30.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.at !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.at !== "string") {
                            validate30.errors = [{ instancePath: instancePath + "/at", schemaPath: "#/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.seen !== undefined) {
                            let data1 = data.seen;
                            const _errs4 = errors;
                            if (errors === _errs4) {
                                if (Array.isArray(data1)) {
                                    var valid1 = true;
                                    const len0 = data1.length;
                                    for (let i0 = 0; i0 < len0; i0++) {
                                        let data2 = data1[i0];
                                        const _errs6 = errors;
                                        const _errs7 = errors;
                                        if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                                            validate30.errors = [{ instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/ReleaseId/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                            return false;
                                        }
                                        if (errors === _errs7) {
                                            if ((typeof data2 == "number") && (isFinite(data2))) {
                                                if (data2 > 9007199254740991 || isNaN(data2)) {
                                                    validate30.errors = [{ instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/ReleaseId/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                                                    return false;
                                                }
                                                else {
                                                    if (data2 < 0 || isNaN(data2)) {
                                                        validate30.errors = [{ instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/ReleaseId/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                    }
                                                }
                                            }
                                        }
                                        var valid1 = _errs6 === errors;
                                        if (!valid1) {
                                            break;
                                        }
                                    }
                                }
                                else {
                                    validate30.errors = [{ instancePath: instancePath + "/seen", schemaPath: "#/properties/seen/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                    return false;
                                }
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
        else {
            validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate30.errors = vErrors;
    return errors === 0;
}
const validateReleaseId = validate31;
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))) {
        validate31.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
        return false;
    }
    if (errors === 0) {
        if ((typeof data == "number") && (isFinite(data))) {
            if (data > 9007199254740991 || isNaN(data)) {
                validate31.errors = [{ instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" }];
                return false;
            }
            else {
                if (data < 0 || isNaN(data)) {
                    validate31.errors = [{ instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                }
            }
        }
    }
    validate31.errors = vErrors;
    return errors === 0;
}
const validateGithubClock = validate32;
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (errors === 0) {
        if (data && typeof data == "object" && !Array.isArray(data)) {
            let missing0;
            if (((data.github === undefined) && (missing0 = "github")) || ((data.runner === undefined) && (missing0 = "runner"))) {
                validate32.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
                return false;
            }
            else {
                const _errs1 = errors;
                for (const key0 in data) {
                    if (!((key0 === "github") || (key0 === "runner"))) {
                        validate32.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
                        return false;
                        break;
                    }
                }
                if (_errs1 === errors) {
                    if (data.github !== undefined) {
                        const _errs2 = errors;
                        if (typeof data.github !== "string") {
                            validate32.errors = [{ instancePath: instancePath + "/github", schemaPath: "#/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                        }
                        var valid0 = _errs2 === errors;
                    }
                    else {
                        var valid0 = true;
                    }
                    if (valid0) {
                        if (data.runner !== undefined) {
                            const _errs4 = errors;
                            if (typeof data.runner !== "string") {
                                validate32.errors = [{ instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                            }
                            var valid0 = _errs4 === errors;
                        }
                        else {
                            var valid0 = true;
                        }
                    }
                }
            }
        }
        else {
            validate32.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
            return false;
        }
    }
    validate32.errors = vErrors;
    return errors === 0;
}
const validateRedeliverTag = validate33;
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        validate33.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
        return false;
    }
    validate33.errors = vErrors;
    return errors === 0;
}
const validateRedeliverEventId = validate34;
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        validate34.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
        return false;
    }
    validate34.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./.build/state/query.js
var query = __webpack_require__(89176);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __webpack_require__(39709);
;// CONCATENATED MODULE: ./.build/watch/ledger.js


async function loadInternalValue(store, key, field) {
    return internalValueOf(await store.loadEvent(key.eventId), key, field);
}
function internalValueOf(record, key, field) {
    const run = record?.runs.find((candidate) => candidate.id === key.runId);
    return run?.resultPayload?.[field];
}
async function saveInternalValue(options) {
    const { store, eventId, runId } = options;
    const stored = options.stored ? options.stored.record : await store.loadEvent(eventId);
    const previous = stored?.runs.find((run) => run.id === runId);
    const floor = previous ? Date.parse(previous.updatedAt) + 1 : 0;
    const at = new Date(Math.max(options.now.getTime(), floor)).toISOString();
    const count = Math.max(previous?.attempts.length ?? 1, 1);
    const earlier = (previous?.attempts ?? []).slice(0, count - 1);
    const run = {
        id: runId,
        eventId,
        flowName: "flows-action",
        flowVersion: 1,
        stepName: runId,
        runner: "bun",
        processStatus: "completed",
        resultStatus: "completed",
        effectiveStatus: "completed",
        needsAttention: false,
        attempts: [...earlier, { id: `${runId}_${count}`, number: count, status: "completed", startedAt: at, completedAt: at }],
        resultPayload: { status: "completed", message: options.message, [options.field]: { ...options.value, ...(options.stamp ? { [options.stamp]: at } : {}) } },
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
    };
    const record = {
        formatVersion: types/* RECORD_FORMAT_VERSION */.Z,
        event: {
            id: eventId,
            type: options.type,
            source: "flows-action",
            receivedAt: stored?.event.receivedAt ?? at,
            payload: options.payload,
        },
        runs: [run],
        firstDispatchedAt: stored?.firstDispatchedAt ?? at,
        updatedAt: at,
        ...(0,state_record.countDispatch)(stored),
    };
    await store.saveEvent(record);
    return at;
}

// EXTERNAL MODULE: ./.build/watch/watch-filter.js
var watch_filter = __webpack_require__(95860);
;// CONCATENATED MODULE: ./.build/watch/cursor.js







const WATCH_CURSOR_EVENT_TYPE = `${query.INTERNAL_EVENT_TYPE_PREFIX}watch-cursor`;
const CURSOR_RUN_ID = "watch-cursor";
const WATCH_CURSOR_FORMAT = 1;
const SEEN_RELEASES_KEPT = 200;
const HELD_RELEASES_KEPT = 1000;
const DISPATCHED_RELEASES_KEPT = 100;
const REDELIVER_EVENTS_KEPT = 100;
const REDELIVER_TAGS_KEPT = 100;
function cursor_keepNewestRedeliverEvents(ids) {
    return keepNewest(ids, REDELIVER_EVENTS_KEPT);
}
function cursor_keepNewestRedeliverTags(tags) {
    return keepNewest(tags, REDELIVER_TAGS_KEPT);
}
function keepNewest(items, most) {
    const cut = Math.max(items.length - most, 0);
    return { kept: items.slice(cut), dropped: items.slice(0, cut) };
}
const DRAFTS_WATCHED = 10;
const DROPPED_NAMED = 200;
function namedDropped(dropped) {
    const more = dropped.length - DROPPED_NAMED;
    return `${dropped.slice(0, DROPPED_NAMED).join(", ")}${more > 0 ? `, and ${more} more not named here` : ""}`;
}
function cursor_droppedRedeliveriesNote(dropped) {
    return `not delivered again (more than ${REDELIVER_EVENTS_KEPT} changes were waiting to be delivered again; the oldest ${dropped.length} dropped, replay them to run them): ${namedDropped(dropped)}`;
}
function cursor_droppedReleaseRedeliveriesNote(dropped) {
    return `not delivered again (more than ${REDELIVER_TAGS_KEPT} releases were waiting to be delivered again; the oldest ${dropped.length} dropped, replay their upstream.release events to run them): ${namedDropped(dropped)}`;
}
const GITHUB_CLOCK_KEPT_MS = 60_000;
function githubAheadMs(clock) {
    const ahead = clock ? Date.parse(clock.github) - Date.parse(clock.runner) : 0;
    return Number.isFinite(ahead) ? ahead : 0;
}
function isInternalEventType(type) {
    return type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}
function watchCursorEventId(repo, filter = "") {
    const base = `flows-action:watch-cursor:${repo.toLowerCase()}`;
    return filter === "" ? base : `${base}:filter-${watchFilterKey(filter)}`;
}
function watchFilterKey(filter) {
    return (0,external_node_crypto_.createHash)("sha256").update((0,watch_filter/* watchFilterOptions */.sx)(filter).sort().join("\n")).digest("hex").slice(0, FILTER_KEY_CHARS);
}
const FILTER_KEY_CHARS = 12;
const cursorKey = (repo, filter = "") => ({ eventId: watchCursorEventId(repo, filter), type: WATCH_CURSOR_EVENT_TYPE, runId: CURSOR_RUN_ID });
async function loadWatchCursor(store, repo, filter) {
    if (filter !== undefined)
        return (await readWatchCursor(store, repo, filter)).cursor;
    const unfiltered = (await readWatchCursorRecord(store, repo)).read.cursor;
    if (unfiltered)
        return unfiltered;
    const stored = (await cursor_listWatchCursors(store, repo)).filter((item) => item.cursor !== undefined);
    return stored.length === 1 ? stored[0]?.cursor : undefined;
}
async function readWatchCursor(store, repo, filter) {
    return (await readWatchCursorRecord(store, repo, filter)).read;
}
async function readWatchCursorRecord(store, repo, filter) {
    const readRecord = (record, key) => parseStoredCursor(store, repo, internalValueOf(record, key, "cursor"), key.eventId);
    const own = filter === undefined || filter === "" ? undefined : cursorKey(repo, filter);
    const ownRecord = own ? await store.loadEvent(own.eventId) : undefined;
    if (own && ownRecord)
        return { read: readRecord(ownRecord, own), stored: { record: ownRecord } };
    const base = cursorKey(repo);
    const baseRecord = await store.loadEvent(base.eventId);
    const read = readRecord(baseRecord, base);
    const stored = { record: own ? ownRecord : baseRecord };
    const saved = read.cursor?.filter;
    if (filter === undefined || !read.cursor || saved === undefined || saved === filter) {
        return { read: own && read.cursor ? { ...read, changed: true } : read, stored };
    }
    return { read: { cursor: undefined, changed: false, foreign: { filter: saved, cursor: read.cursor } }, stored };
}
async function cursor_listWatchCursors(store, repo) {
    const base = repo === undefined ? undefined : watchCursorEventId(repo);
    const found = [];
    await eachStoredEvent(store, (record) => {
        const { id, type } = record.event;
        if (type !== WATCH_CURSOR_EVENT_TYPE)
            return;
        if (base !== undefined && id !== base && !id.startsWith(`${base}:filter-`))
            return;
        const stored = storedWatchCursor(store, record, repo);
        if (stored)
            found.push(stored);
    });
    return found.sort(byEventId);
}
const byEventId = (a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);
async function otherWatchCursors(store, options) {
    let kept = [];
    let total = 0;
    await (0,query.eachStoredEvent)(store, (record) => {
        const { id, type } = record.event;
        if (type !== WATCH_CURSOR_EVENT_TYPE || options.leftOut.has(id))
            return;
        if (internalValueOf(record, { eventId: id, type, runId: CURSOR_RUN_ID }, "cursor") === undefined)
            return;
        total += 1;
        kept.push(record);
        if (kept.length >= 2 * options.first)
            kept = firstByEventId(kept, options.first);
    });
    const cursors = firstByEventId(kept, options.first).flatMap((record) => storedWatchCursor(store, record) ?? []);
    return { total, cursors };
}
function firstByEventId(records, first) {
    return records.sort((a, b) => byEventId({ eventId: a.event.id }, { eventId: b.event.id })).slice(0, first);
}
function storedWatchCursor(store, record, repo) {
    const { id, type } = record.event;
    const value = internalValueOf(record, { eventId: id, type, runId: CURSOR_RUN_ID }, "cursor");
    if (value === undefined)
        return undefined;
    const named = record.event.payload?.repo;
    const stored = typeof named === "string" ? named : (repo ?? id.replace(/^flows-action:watch-cursor:/, "").replace(/:filter-[0-9a-f]+$/, ""));
    try {
        const cursor = parseStoredCursor(store, stored, value, id).cursor;
        return { eventId: id, repo: stored, ...(cursor?.filter !== undefined ? { filter: cursor.filter } : {}), ...(cursor ? { cursor } : {}) };
    }
    catch (error) {
        if (!(error instanceof WatchCursorError))
            throw error;
        return { eventId: id, repo: stored, unreadable: error.message };
    }
}
function parseStoredCursor(store, repo, value, eventId) {
    const format = typeof value === "object" && value !== null ? value.format : undefined;
    if (typeof format === "number" && format > WATCH_CURSOR_FORMAT) {
        throw new WatchCursorError(`the watch cursor of ${repo} in the ${store.kind} state store was written by a newer flows-action (cursor format ${format}; this version reads format ${WATCH_CURSOR_FORMAT}). Run the newer flows-action: this one cannot tell which releases it already handled.`);
    }
    const left = new LeftOut();
    const cursor = parseCursor(value, left);
    if (!cursor || cursor.repo.toLowerCase() !== repo.toLowerCase())
        return { cursor: undefined, changed: false };
    const kept = {
        ...cursor,
        seen: left.keep("releases seen", cursor.seen, SEEN_RELEASES_KEPT),
        ...(cursor.dispatched ? { dispatched: left.keep("dispatched releases", cursor.dispatched, DISPATCHED_RELEASES_KEPT) } : {}),
        ...(cursor.drafts ? { drafts: left.keep("drafts watched", cursor.drafts, DRAFTS_WATCHED) } : {}),
    };
    const tie = (part) => (part.tie ? { ...part, tie: { ...part.tie, seen: left.keep("ids of a backlog's tie", part.tie.seen, SEEN_RELEASES_KEPT) } } : part);
    if (kept.backlog)
        kept.backlog = { ...tie(kept.backlog), ...(kept.backlog.older ? { older: tie(kept.backlog.older) } : {}) };
    const changed = left.count > 0 || left.repaired;
    if (!changed)
        return { cursor: kept, changed: false };
    const where = `record ${eventId} in the ${store.kind} state store`;
    return {
        cursor: kept,
        changed: true,
        ...(left.count > 0
            ? {
                leftOut: `the watch cursor of ${repo} (${where}) was damaged or held more than a cursor keeps: left out ${left.describe()}; the rest is kept and saved again`,
                leftOutDryRun: `the watch cursor of ${repo} (${where}) is damaged or holds more than a cursor keeps: the next poll that is not a dry run leaves out ${left.describe()} and saves the rest; dry runs save nothing, so each says this again until then`,
            }
            : {}),
    };
}
class LeftOut {
    #counts = new Map();
    repaired = false;
    add(what, count = 1) {
        if (count > 0)
            this.#counts.set(what, (this.#counts.get(what) ?? 0) + count);
    }
    keep(what, items, most) {
        if (items.length <= most)
            return items;
        this.add(what, items.length - most);
        return items.slice(0, most);
    }
    get count() {
        return [...this.#counts.values()].reduce((sum, count) => sum + count, 0);
    }
    describe() {
        return [...this.#counts].map(([what, count]) => `${count.toLocaleString("en-US")} ${what}`).join(", ");
    }
}
class WatchCursorError extends user_error/* UserError */.y {
    name = "WatchCursorError";
}
async function recoverWatchCursor(store, repo, takes) {
    const wanted = repo.toLowerCase();
    let latest;
    let count = 0;
    await (0,query.eachStoredEvent)(store, (record) => {
        if (record.event.type !== "upstream.release")
            return;
        const payload = record.event.payload;
        if (typeof payload?.repo !== "string" || payload.repo.toLowerCase() !== wanted)
            return;
        const { tag, publishedAt } = payload;
        const time = typeof publishedAt === "string" ? Date.parse(publishedAt) : Number.NaN;
        if (typeof tag !== "string" || !Number.isFinite(time))
            return;
        if (takes && !takes({ tag, prerelease: payload.prerelease === true }))
            return;
        count += 1;
        if (!latest || time > latest.time)
            latest = { tag, publishedAt: new Date(time).toISOString(), time };
    });
    if (!latest)
        return undefined;
    const cursor = { format: WATCH_CURSOR_FORMAT, repo, watermark: latest.publishedAt, seen: [], polledAt: "" };
    const note = `no readable watch cursor, so polling went on from the latest of ${count} release event${count === 1 ? "" : "s"} ` +
        `of ${repo}${takes ? " this watch's filter takes" : ""} in the state store (${latest.tag}, published ${latest.publishedAt}) instead of starting over`;
    return { cursor, note };
}
async function cursor_saveWatchCursor(options) {
    const { cursor } = options;
    await saveInternalValue({
        store: options.store,
        ...cursorKey(cursor.repo, cursor.filter ?? ""),
        field: "cursor",
        value: cursor,
        message: `watch cursor of ${cursor.repo}`,
        payload: { repo: cursor.repo },
        now: options.now,
        stamp: "polledAt",
        ...(options.stored ? { stored: options.stored } : {}),
    });
}
async function moveForeignCursor(store, cursor, now) {
    const key = cursorKey(cursor.repo, cursor.filter ?? "");
    if (key.eventId === watchCursorEventId(cursor.repo))
        return;
    if (await store.loadEvent(key.eventId))
        return;
    await cursor_saveWatchCursor({ store, cursor, now, stored: { record: undefined } });
}
function parseCursor(value, left) {
    const valid = validateWatchCursor(value);
    const cursor = valid ? value : salvageCursor(value, left);
    if (!valid)
        left.repaired = true;
    const usable = cursor && withUsableTimes(cursor, left);
    const result = usable && withUsableBacklog(withWatermarkSeen(usable));
    if (result !== cursor)
        left.repaired = true;
    return result;
}
function withUsableBacklog(cursor) {
    const backlog = cursor.backlog;
    if (!backlog)
        return cursor;
    const usable = (part) => {
        if (part.from === undefined || isTime(part.from))
            return part;
        const at = part.tie && isTime(part.tie.at) ? part.tie.at : cursor.watermark;
        if (at === undefined)
            return undefined;
        return { ...part, from: new Date(Date.parse(at) + 1).toISOString() };
    };
    const { older, ...newer } = backlog;
    const part = usable(newer);
    const olderPart = older && usable(older);
    if (part === newer && olderPart === older)
        return cursor;
    const { backlog: _damaged, ...rest } = cursor;
    if (!part)
        return olderPart ? { ...rest, backlog: olderPart } : rest;
    return { ...rest, backlog: { ...part, ...(olderPart ? { older: olderPart } : {}) } };
}
function withWatermarkSeen(cursor) {
    if (cursor.watermark === undefined || cursor.seen.length === 0)
        return cursor;
    const newest = cursor.seen.reduce((a, b) => (Date.parse(b.publishedAt) > Date.parse(a.publishedAt) ? b : a));
    if (Date.parse(cursor.watermark) <= Date.parse(newest.publishedAt))
        return cursor;
    return { ...cursor, watermark: newest.publishedAt };
}
const isTime = (text) => !Number.isNaN(Date.parse(text));
const runnerSeenUsable = (held) => held.runnerFirstSeenAt === undefined || (typeof held.runnerFirstSeenAt === "string" && isTime(held.runnerFirstSeenAt));
function withUsableTimes(cursor, left) {
    const seen = cursor.seen.filter((release) => isTime(release.publishedAt));
    left.add("releases seen (not a time)", cursor.seen.length - seen.length);
    const heldTimesUsable = (cursor.pending ?? []).every((held) => isTime(held.publishedAt) && isTime(held.firstSeenAt) && runnerSeenUsable(held));
    if (seen.length === cursor.seen.length && (cursor.watermark === undefined || isTime(cursor.watermark)) && heldTimesUsable)
        return cursor;
    const newest = seen.reduce((found, release) => (found === undefined || Date.parse(release.publishedAt) > Date.parse(found) ? release.publishedAt : found), undefined);
    const watermark = cursor.watermark !== undefined && isTime(cursor.watermark) ? cursor.watermark : newest;
    if (watermark === undefined)
        return undefined;
    const fallback = [cursor.checkedAt, cursor.polledAt].find((time) => time !== undefined && isTime(time)) ?? watermark;
    const pending = cursor.pending?.map((stored) => {
        const { runnerFirstSeenAt: _unusable, ...without } = stored;
        const held = runnerSeenUsable(stored) ? stored : without;
        if (isTime(held.publishedAt) && isTime(held.firstSeenAt))
            return held;
        const firstSeenAt = isTime(held.firstSeenAt) ? held.firstSeenAt : fallback;
        return { ...held, publishedAt: isTime(held.publishedAt) ? held.publishedAt : firstSeenAt, firstSeenAt, ageFrom: "first-seen" };
    });
    return { ...cursor, seen, watermark, ...(pending ? { pending } : {}) };
}
function salvageCursor(value, left) {
    if (!cursor_isRecord(value) || value.format !== WATCH_CURSOR_FORMAT || !Array.isArray(value.seen))
        return undefined;
    const top = salvagePart(validateWatchCursor, withPartsSalvaged(value, left), {
        known: ["format", "repo", "etag", "deepEtag", "etagAt", "tagsEtag", "watermark", "seen", "polledAt", "checkedAt", "pending", "dispatched", "drafts", "tagListings", "end", "backlog", "githubClock", "filter"],
        droppable: ["etag", "deepEtag", "etagAt", "tagsEtag", "watermark", "checkedAt", "filter"],
        defaults: { polledAt: "" },
    });
    if (!top)
        return undefined;
    const tags = salvageList("release tags to deliver again", value.redeliver, validateRedeliverTag, left);
    const events = salvageList("changes to deliver again", value.redeliverEvents, validateRedeliverEventId, left);
    const added = { ...(tags ? { redeliver: tags } : {}), ...(events ? { redeliverEvents: events } : {}) };
    for (const key of Object.keys(value))
        if (!(key in top) && !(key in added) && value[key] !== undefined)
            left.add(`field ${JSON.stringify(key)}`);
    return { ...top, ...added };
}
function salvageList(what, items, validate, left) {
    if (!Array.isArray(items))
        return undefined;
    const kept = items.filter((item) => validate(item));
    left.add(what, items.length - kept.length);
    return kept;
}
function withPartsSalvaged(cursor, left) {
    const { redeliver: _tags, redeliverEvents: _events, ...rest } = cursor;
    const list = (what, items, salvage) => {
        if (!Array.isArray(items))
            return undefined;
        const kept = items.flatMap((item) => salvage(item) ?? []);
        left.add(what, items.length - kept.length);
        return kept;
    };
    const parts = {
        seen: list("releases seen", cursor.seen, (item) => salvagePart(validateSeenRelease, item)),
        pending: list("releases held by min-age", cursor.pending, salvageHeld),
        dispatched: list("dispatched releases", cursor.dispatched, (item) => salvagePart(validateDispatchedRelease, item, { droppable: ["commit", "tagObject"] })),
        drafts: list("drafts watched", cursor.drafts, (item) => salvagePart(validateWatchedDraft, item, { known: ["id", "createdAt", "etag"], droppable: ["etag"] })),
        tagListings: list("tag listings", cursor.tagListings, salvageListing),
        end: salvageEnd(cursor.end),
        backlog: salvageBacklog(cursor.backlog, left),
        githubClock: salvagePart(validateGithubClock, cursor.githubClock, { known: ["github", "runner"] }),
    };
    for (const [key, part] of Object.entries(parts)) {
        if (part === undefined)
            delete rest[key];
        else
            rest[key] = part;
    }
    return rest;
}
function salvagePart(validate, value, rules = {}) {
    const { known, droppable = [], defaults = {} } = rules;
    if (!known && validate(value))
        return value;
    if (!cursor_isRecord(value))
        return undefined;
    const fields = known ? Object.fromEntries(Object.entries(value).filter(([key]) => known.includes(key))) : value;
    if (validate(fields))
        return fields;
    const optional = [...droppable, ...Object.keys(defaults)];
    const base = { ...Object.fromEntries(Object.entries(fields).filter(([key]) => !optional.includes(key))), ...defaults };
    if (!validate(base))
        return undefined;
    let kept = base;
    for (const key of optional) {
        if (!(key in fields))
            continue;
        const tried = { ...kept, [key]: fields[key] };
        if (validate(tried))
            kept = tried;
    }
    return kept;
}
const cursor_isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function salvageHeld(item) {
    return salvagePart(validateHeldRelease, item, { droppable: ["runnerFirstSeenAt"], defaults: { ageFrom: "first-seen", createdAt: "" } });
}
function salvageListing(item) {
    const group = salvagePart(validateTagListing, item, { known: ["prefix", "etag", "tooLarge"] });
    const stored = cursor_isRecord(item) && Array.isArray(item.parts) ? item.parts : undefined;
    if (!group?.tooLarge || !stored)
        return group;
    const parts = stored.flatMap((part) => {
        const salvaged = salvagePart(validateTagListingPart, part, { known: ["prefix", "etag", "tooLarge", "exact"], droppable: ["exact"] });
        if (!salvaged)
            return [];
        const { exact, ...rest } = salvaged;
        return [{ ...rest, ...(rest.tooLarge && exact ? { exact } : {}) }];
    });
    return { ...group, parts };
}
function salvageEnd(value) {
    const end = salvagePart(validateListingEndMark, value, { known: ["boundary", "below", "count", "page", "etag", "first"], droppable: ["page", "etag", "first"] });
    if (!end)
        return undefined;
    const { page, etag, first, ...counts } = end;
    return page !== undefined && etag !== undefined ? { ...counts, page, etag, ...(first !== undefined ? { first } : {}) } : counts;
}
function salvageBacklog(value, left) {
    const backlog = salvageBacklogPart(value, left);
    if (!backlog || !cursor_isRecord(value))
        return undefined;
    const older = salvageBacklogPart(value.older, left);
    if (value.older !== undefined && !older)
        left.add("older backlog places");
    return { ...backlog, ...(older ? { older } : {}) };
}
function salvageBacklogPart(value, left) {
    if (!cursor_isRecord(value))
        return undefined;
    const after = salvagePart(validateBacklogAfter, value.after, { known: ["id", "tag", "createdAt"] });
    const page = value.page === 0 ? 1 : value.page;
    const part = salvagePart(validateBacklogPart, { ...value, after, page }, { known: ["after", "page", "from", "tie", "missing"], droppable: ["tie", "missing"], ...(value.from !== undefined ? { defaults: { from: "" } } : {}) });
    if (!part)
        return undefined;
    const tie = salvageTie(value.tie, left);
    const { tie: _checked, ...rest } = part;
    return { ...rest, ...(tie ? { tie } : {}) };
}
function salvageTie(value, left) {
    if (!cursor_isRecord(value) || !Array.isArray(value.seen))
        return undefined;
    const seen = value.seen.filter((id) => validateReleaseId(id));
    left.add("ids of a backlog's tie", value.seen.length - seen.length);
    const tie = salvagePart(validateBacklogTie, { at: value.at, seen }, { known: ["at", "seen"] });
    return tie && isTime(tie.at) ? tie : undefined;
}

// EXTERNAL MODULE: ./.build/engine/dispatch.js + 2 modules
var dispatch = __webpack_require__(53677);
// EXTERNAL MODULE: ./.build/engine/run-view.js
var run_view = __webpack_require__(44456);
// EXTERNAL MODULE: ./.build/flows/discovery.js + 14 modules
var flows_discovery = __webpack_require__(45763);
// EXTERNAL MODULE: ./.build/engine/dispatch-options.js
var dispatch_options = __webpack_require__(91788);
// EXTERNAL MODULE: ./.build/library-arguments.js
var library_arguments = __webpack_require__(67724);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/log-text.js
var log_text = __webpack_require__(3726);
// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __webpack_require__(35031);
;// CONCATENATED MODULE: ./.build/state/forget.js



class EventStillRunningError extends user_error/* UserError */.y {
    name = "EventStillRunningError";
    eventId;
    running;
    constructor(eventId, running) {
        super(`Event ${eventId} is still running: ${running.map(describeRunningStep).join("; ")}. Forgetting it now would mark a running step canceled, and a delivery before it ends would start it a second time beside it.`, {
            hint: "Wait for it to end and forget it then; if its dispatcher is gone (another host, its lease not run out yet), pass `force: true`.",
        });
        this.eventId = eventId;
        this.running = running;
    }
}
async function forgetEvent(store, eventId, options = {}) {
    checkArgument(isStateStore(store), "forgetEvent", "store", STATE_STORE, store);
    checkArgument(typeof eventId === "string" && eventId !== "", "forgetEvent", "eventId", "the id of a stored event, as a string", eventId);
    checkArgument(isRecord(options), "forgetEvent", "options", "an options object like { by: \"me\" }, or left out", options);
    const now = options.now;
    checkArgument(now === undefined || (now instanceof Date && !Number.isNaN(now.getTime())), "forgetEvent", "options.now", "a valid Date, or left out", now);
    checkArgument(options.force === undefined || typeof options.force === "boolean", "forgetEvent", "options.force", "true, false or left out", options.force);
    const stored = await store.loadEvent(eventId);
    if (!stored)
        return undefined;
    const running = runningSteps(stored.runs);
    if (running.length > 0 && options.force !== true)
        throw new EventStillRunningError(eventId, running);
    const at = (now ?? new Date()).toISOString();
    const reason = `forgotten by ${options.by ?? "flows forget"} at ${at}: the next delivery of this event runs the step again`;
    const keys = new Map();
    const forgotten = stored.runs.map((run) => {
        const number = run.attempts.length + 1;
        const id = `${run.id}_${number}`;
        keys.set(run.id, `id:${id}`);
        const startedAt = after(at, ...run.attempts.map((attempt) => attempt.startedAt), run.updatedAt);
        const marked = {
            ...run,
            processStatus: "canceled",
            effectiveStatus: "canceled",
            needsAttention: false,
            attempts: [...run.attempts, { id, number, status: "canceled", startedAt, completedAt: startedAt, error: reason }],
            error: reason,
            updatedAt: startedAt,
        };
        delete marked.resultStatus;
        delete marked.resultPayload;
        delete marked.alreadyHandled;
        return marked;
    });
    const record = { ...stored, runs: forgotten, updatedAt: after(at, stored.updatedAt, ...forgotten.map((run) => run.updatedAt)) };
    await store.saveEvent(record);
    const saved = (await store.loadEvent(eventId)) ?? record;
    const stillRunning = [];
    const startedAgain = [];
    for (const run of saved.runs) {
        const key = keys.get(run.id);
        const index = run.attempts.findIndex((attempt) => (attempt.key ?? `id:${attempt.id}`) === key);
        if (key === undefined || index === -1)
            continue;
        if (index < run.attempts.length - 1)
            startedAgain.push(run);
        const live = run.attempts.slice(0, index).findLast((attempt) => isLiveAttempt(attempt));
        if (live)
            stillRunning.push({ run, attempt: live });
    }
    return { record: saved, forgotten, stillRunning, startedAgain };
}
function runningSteps(runs, now = Date.now()) {
    const running = [];
    for (const run of runs) {
        const attempt = run.attempts.findLast((candidate) => isLiveAttempt(candidate, now));
        if (attempt)
            running.push({ run, attempt });
    }
    return running;
}
function describeRunningStep({ run, attempt }) {
    const parts = [`attempt ${attempt.number}`, `${attempt.status} since ${attempt.startedAt ?? run.startedAt ?? run.updatedAt}`];
    const owner = attempt.dispatcher;
    if (owner)
        parts.push(`pid ${owner.pid} on ${owner.host}${owner.until ? `, lease until ${owner.until}` : ""}`);
    return `${run.flowName}/${run.stepName} (${parts.join(", ")})`;
}
function after(at, ...times) {
    const latest = Math.max(...times.map((time) => (time === undefined ? Number.NaN : Date.parse(time))).filter((ms) => !Number.isNaN(ms)));
    return Date.parse(at) > latest ? at : new Date(latest + 1).toISOString();
}
function isForgetAttempt(run, attempt) {
    const key = attempt.key ?? `id:${attempt.id}`;
    const prefix = `id:${run.id}_`;
    return attempt.status === "canceled" && key.startsWith(prefix) && /^[0-9]+$/.test(key.slice(prefix.length));
}
function attemptsSinceForget(run) {
    const last = run.attempts.findLastIndex((attempt) => isForgetAttempt(run, attempt));
    return run.attempts.length - (last + 1);
}

// EXTERNAL MODULE: ./.build/events/id.js
var id = __webpack_require__(22853);
;// CONCATENATED MODULE: ./.build/watch/change-events.js

const change_events_RELEASE_UPDATED_TYPE = "upstream.release.updated";
const change_events_RELEASE_DELETED_TYPE = "upstream.release.deleted";
const change_events_short = (sha) => (sha ? sha.slice(0, 12) : "unknown");
function releaseUpdatedEvent(options) {
    const { dispatched: was, current, change } = options;
    const previous = { ...(was.commit ? { commit: was.commit } : {}), prerelease: was.prerelease };
    const key = change === "commit"
        ? (0,id/* idKey */.T4) `${was.tag}@${change_events_short(was.commit)}..${change_events_short(current.commit)}`
        : (0,id/* idKey */.T4) `${was.tag}@${was.prerelease ? "prerelease" : "release"}..${current.prerelease ? "prerelease" : "release"}`;
    return {
        id: (0,id/* githubEventId */.j4)({ type: change_events_RELEASE_UPDATED_TYPE, repo: options.repo, key }),
        type: change_events_RELEASE_UPDATED_TYPE,
        source: "github",
        occurredAt: options.now.toISOString(),
        receivedAt: options.now.toISOString(),
        payload: {
            provider: "github",
            repo: options.repo,
            tag: was.tag,
            url: options.url,
            releaseId: was.id,
            change,
            previous,
            current,
            dispatchedEventId: was.eventId,
        },
    };
}
function releaseDeletedEvent(options) {
    const was = options.dispatched;
    return {
        id: (0,id/* githubEventId */.j4)({ type: change_events_RELEASE_DELETED_TYPE, repo: options.repo, key: (0,id/* idKey */.T4) `${was.tag}@${was.id}` }),
        type: change_events_RELEASE_DELETED_TYPE,
        source: "github",
        occurredAt: options.now.toISOString(),
        receivedAt: options.now.toISOString(),
        payload: {
            provider: "github",
            repo: options.repo,
            tag: was.tag,
            releaseId: was.id,
            previous: { ...(was.commit ? { commit: was.commit } : {}), prerelease: was.prerelease },
            dispatchedEventId: was.eventId,
        },
    };
}

// EXTERNAL MODULE: ./.build/github/client.js + 1 modules
var github_client = __webpack_require__(89758);
// EXTERNAL MODULE: ./.build/github/errors.js
var errors = __webpack_require__(43781);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(75270);
;// CONCATENATED MODULE: ./.build/github/release-errors.js



class GitHubReleasesError extends user_error/* UserError */.y {
    name = "GitHubReleasesError";
    repo;
    status;
    rateLimit;
    unreachable;
    constructor(options) {
        super(options.message);
        this.repo = options.repo;
        this.status = options.status;
        this.unreachable = options.unreachable === true;
        if (options.rateLimit)
            this.rateLimit = options.rateLimit;
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === "number" ? status : undefined;
}
function releasesError(repo, error, now = new Date(), where = `GET /repos/${repo}/releases`) {
    const status = statusOf(error);
    const shape = (error ?? {});
    const headers = shape.response?.headers ?? {};
    const answered = status !== undefined && (status !== 500 || shape.response !== undefined);
    if (!answered && error instanceof Error && (0,errors/* isNetworkError */.TX)(error)) {
        return new GitHubReleasesError({
            repo,
            status: undefined,
            unreachable: true,
            message: `${where} got no answer: ${networkReason(error)}. The network or the GitHub host is unreachable from here; check the connection, a proxy (HTTPS_PROXY) or GITHUB_API_URL.`,
        });
    }
    const rateLimit = rateLimitOf(status, headers, String(shape.message ?? ""), now);
    if (rateLimit) {
        const until = rateLimit.resetAt ? ` until ${rateLimit.resetAt}` : ` for about ${rateLimit.retryAfterSeconds} s`;
        const what = rateLimit.kind === "primary" ? "the API rate limit is used up" : "a secondary rate limit applies";
        return new GitHubReleasesError({
            repo,
            status,
            rateLimit,
            message: `GitHub refused ${where} (${status}): ${what}${until}. Poll less often, watch fewer repositories, or use a token with a higher limit.`,
        });
    }
    if (status === 404) {
        return new GitHubReleasesError({
            repo,
            status,
            message: `GitHub answered 404 for ${where}: the repository ${repo} does not exist or this token cannot read it. Check the name, and for a private repository use a token with read access to it.`,
        });
    }
    if (status === 401) {
        return new GitHubReleasesError({
            repo,
            status,
            message: `GitHub answered 401 for ${where}: the token is missing, expired or revoked.`,
        });
    }
    if (!answered) {
        const own = status === undefined ? error : (error.cause ?? error);
        const said = own instanceof Error ? `${own.name}: ${own.message.split("\n")[0]}` : String(own);
        return new GitHubReleasesError({
            repo,
            status: undefined,
            message: `${where} failed before GitHub answered, in flows-action itself (${said}): a bug in flows-action, not the network or GitHub; please report it with this message.`,
        });
    }
    const detail = answerDetail(error instanceof Error ? error.message : String(error));
    if (status === 403) {
        const fix = /\bSAML\b/i.test(detail)
            ? "authorize it for the organization's SAML single sign-on, or use one with access to the repository"
            : "use one with read access to it (a fine-grained token must include the repository; an organization may restrict tokens or IP addresses)";
        return new GitHubReleasesError({ repo, status, message: `GitHub answered 403 for ${where}: ${detail}. This token may not read ${repo}: ${fix}.` });
    }
    const next = status !== undefined && status >= 500 ? "GitHub (or a proxy in between) failed; it will be tried again on the next poll." : "It will be tried again on the next poll.";
    return new GitHubReleasesError({ repo, status, message: `GitHub answered ${status} for ${where}: ${detail}. ${next}` });
}
function answerDetail(text) {
    if (/^\s*<(?:!doctype|html)\b/i.test(text)) {
        const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.replace(/\s+/g, " ").trim();
        return title ? `an HTML page (${JSON.stringify((0,text_cut/* clipText */.gL)(title, 80))})` : "an HTML page";
    }
    return (0,text_cut/* clipText */.gL)(text.replace(/\s+/g, " ").trim(), 500);
}
function networkReason(error) {
    const cause = error.cause;
    const text = `${error.message} ${typeof cause?.message === "string" ? cause.message : ""}`;
    const code = errorCodeIn(typeof cause?.code === "string" ? cause.code : text);
    const host = /ENOTFOUND (\S+)/.exec(text)?.[1];
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
        return `the host ${host ?? ""} could not be resolved (${code})`.replace("host  ", "host ");
    if (code === "ECONNREFUSED")
        return "the connection was refused (ECONNREFUSED)";
    if (code)
        return `the connection failed (${code})`;
    return `the request failed (${error.message})`;
}
function errorCodeIn(text) {
    for (const [word] of text.matchAll(/\bE[A-Z]{3}[A-Z_]*\b/g)) {
        if (!word.includes("__") && !word.endsWith("_"))
            return word;
    }
    return undefined;
}
function rateLimitOf(status, headers, message, now) {
    if (status !== 403 && status !== 429)
        return undefined;
    const header = (name) => {
        const value = headers[name];
        return value === undefined || value === null ? undefined : String(value);
    };
    const retryAfter = Number(header("retry-after"));
    if (header("x-ratelimit-remaining") === "0") {
        const reset = Number(header("x-ratelimit-reset"));
        if (Number.isFinite(reset) && reset > 0) {
            const seconds = Math.max(0, Math.ceil(reset - now.getTime() / 1000)) + 1;
            return { kind: "primary", retryAfterSeconds: seconds, resetAt: new Date(reset * 1000).toISOString() };
        }
        return { kind: "primary", retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : 60 };
    }
    if (Number.isFinite(retryAfter))
        return { kind: "secondary", retryAfterSeconds: retryAfter };
    if (status === 429 || /secondary rate limit/i.test(message))
        return { kind: "secondary", retryAfterSeconds: 60 };
    return undefined;
}

;// CONCATENATED MODULE: ./.build/github/request-budget.js
const DEFAULT_MAX_REQUESTS = 300;
const DEFAULT_RATE_LIMIT_RESERVE = 100;
class RequestBudgetExhausted extends Error {
    name = "RequestBudgetExhausted";
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
class RequestBudget {
    max;
    reserve;
    used = 0;
    notModified = 0;
    rateRemaining;
    rateResetAt;
    constructor(options = {}) {
        this.max = options.maxRequests ?? DEFAULT_MAX_REQUESTS;
        this.reserve = options.reserve ?? DEFAULT_RATE_LIMIT_RESERVE;
    }
    #exempt = false;
    async exempt(work) {
        this.#exempt = true;
        try {
            return await work();
        }
        finally {
            this.#exempt = false;
        }
    }
    spend() {
        if (this.used >= this.max && !this.#exempt) {
            throw new RequestBudgetExhausted("budget", `the request budget of this poll (${this.max}) is spent`);
        }
        if (this.rateRemaining !== undefined && this.rateRemaining <= this.reserve) {
            const until = this.rateResetAt ? ` until ${this.rateResetAt}` : "";
            throw new RequestBudgetExhausted("rate-limit", `GitHub's rate limit is down to ${this.rateRemaining} requests${until}, and ${this.reserve} are kept for the rest of the job`);
        }
        this.used++;
    }
    observe(headers, status) {
        if (status === 304)
            this.notModified++;
        const remaining = Number(headers?.["x-ratelimit-remaining"]);
        if (headers?.["x-ratelimit-remaining"] !== undefined && Number.isFinite(remaining))
            this.rateRemaining = remaining;
        const reset = Number(headers?.["x-ratelimit-reset"]);
        if (Number.isFinite(reset) && reset > 0)
            this.rateResetAt = new Date(reset * 1000).toISOString();
    }
}

// EXTERNAL MODULE: ./.build/github/bounded-body.js
var bounded_body = __webpack_require__(90282);
;// CONCATENATED MODULE: ./.build/github/lookup.js



class RateLimitBackoff {
    waitedSeconds = 0;
    #maxWait;
    #maxRetries;
    #sleep;
    #log;
    constructor(options = {}) {
        this.#maxWait = options.maxWaitSeconds ?? 60;
        this.#maxRetries = options.maxRetries ?? 2;
        this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.#log = options.log ?? (() => { });
    }
    async run(request) {
        for (let retry = 0;; retry++) {
            try {
                return await request();
            }
            catch (error) {
                const limit = error instanceof GitHubReleasesError ? error.rateLimit : undefined;
                if (!limit || retry >= this.#maxRetries)
                    throw error;
                const seconds = Math.max(1, limit.retryAfterSeconds);
                if (this.waitedSeconds + seconds > this.#maxWait)
                    throw error;
                this.#log(`${error.message} Waiting ${seconds} s before retrying.`);
                this.waitedSeconds += seconds;
                await this.#sleep(seconds * 1000);
            }
        }
    }
}
function lookup(options, one) {
    const budget = options.budget ?? new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
    return (options.backoff ?? new RateLimitBackoff()).run(async () => {
        budget.spend();
        try {
            const answer = await one.send();
            budget.observe(answer.headers, answer.status);
            return one.read(answer, { repo: options.repo, request: one.request, status: answer.status });
        }
        catch (error) {
            if (error instanceof GitHubReleasesError)
                throw error;
            const status = statusOf(error);
            if (status === 304)
                budget.observe(responseHeaders(error), 304);
            if (status === 304 && one.notModified)
                return one.notModified();
            if (status === 404 && one.notFound)
                return one.notFound();
            const tooLarge = one.tooLarge ? (0,bounded_body/* responseTooLarge */.Fh)(error) : undefined;
            if (tooLarge && one.tooLarge) {
                budget.observe(tooLarge.headers, tooLarge.status);
                return one.tooLarge(tooLarge, { repo: options.repo, request: one.request, status: tooLarge.status });
            }
            throw releasesError(options.repo, error, new Date(), one.request);
        }
    });
}
function responseHeaders(error) {
    return error?.response?.headers;
}

;// CONCATENATED MODULE: ./.build/generated/validators/github-answers.js

const validateGithubAnswers = (/* unused pure expression or super */ null && (github_answers_validate10));
const github_answers_schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/github-answers.schema.json", "title": "GitHubAnswers", "description": "GitHub's answers as the release watcher reads them (src/github/releases.ts, src/github/release-lookups.ts): only the fields it uses are required, and other fields are allowed, as GitHub adds fields. An answer that fails its definition is not GitHub's (a proxy's page, a broken mirror): that repository's error for that poll. Each definition has a validator of its own (DEFINITION_VALIDATORS in scripts/build-schemas.mjs).", "anyOf": [{ "$ref": "#/definitions/GitHubRelease" }, { "$ref": "#/definitions/GitHubReleasePage" }, { "$ref": "#/definitions/GitHubRef" }, { "$ref": "#/definitions/GitHubRefList" }, { "$ref": "#/definitions/GitHubTagObject" }, { "$ref": "#/definitions/GitHubRepository" }], "definitions": { "GitHubTime": { "title": "GitHubTime", "description": "A time as GitHub writes it (ISO 8601, 2025-01-01T00:00:00Z): the watcher compares releases by it, so a text Date.parse cannot read is refused.", "type": "string", "maxLength": 64, "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, "GitHubSha": { "title": "GitHubSha", "description": "A full git object id, as GitHub gives commits and tag objects (SHA-1, or SHA-256): it becomes part of event ids and request paths.", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "GitHubRelease": { "title": "GitHubRelease", "description": "A release (GET /repos/{owner}/{repo}/releases/{id}, /releases/tags/{tag}, and each item of the listing). Names, notes and tags of any length are cut or refused later, one release at a time (src/watch/); html_url holds the tag, so it is as long as the tag.", "type": "object", "required": ["id", "tag_name", "draft", "prerelease", "created_at", "html_url", "target_commitish"], "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "tag_name": { "type": "string" }, "name": { "type": ["string", "null"] }, "body": { "type": ["string", "null"] }, "draft": { "type": "boolean" }, "prerelease": { "type": "boolean" }, "published_at": { "anyOf": [{ "$ref": "#/definitions/GitHubTime" }, { "type": "null" }] }, "created_at": { "$ref": "#/definitions/GitHubTime" }, "html_url": { "type": "string" }, "target_commitish": { "type": "string", "maxLength": 1024, "description": "A branch (at most 255 bytes, as any ref) or a commit SHA." } } }, "GitHubReleasePage": { "title": "GitHubReleasePage", "description": "One page of GET /repos/{owner}/{repo}/releases: per_page is at most 100.", "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/GitHubRelease" } }, "GitHubRef": { "title": "GitHubRef", "description": "A git ref (GET /repos/{owner}/{repo}/git/ref/tags/{tag}, and each item of matching-refs): its name and the object it points at, a commit (lightweight tag) or a tag object (annotated). GitHub refuses refs over 255 bytes.", "type": "object", "required": ["ref", "object"], "properties": { "ref": { "type": "string", "maxLength": 1024 }, "object": { "type": "object", "required": ["sha"], "properties": { "sha": { "$ref": "#/definitions/GitHubSha" }, "type": { "type": "string", "maxLength": 64, "description": "commit, tag (an annotated tag's object), tree or blob; anything but tag is taken as a commit." } } } } }, "GitHubRefList": { "title": "GitHubRefList", "description": "GET /repos/{owner}/{repo}/git/matching-refs/tags/{prefix}: every matching ref in one list (not paged; read no further than TAG_REFS_MAX_BYTES).", "type": "array", "items": { "$ref": "#/definitions/GitHubRef" } }, "GitHubTagObject": { "title": "GitHubTagObject", "description": "An annotated tag's object (GET /repos/{owner}/{repo}/git/tags/{sha}): the watcher reads only the commit it points at.", "type": "object", "required": ["object"], "properties": { "object": { "type": "object", "required": ["sha"], "properties": { "sha": { "$ref": "#/definitions/GitHubSha" } } } } }, "GitHubRepository": { "title": "GitHubRepository", "description": "GET /repos/{owner}/{repo} as far as watching reads it: its id, when it was created and its page, for when a listing holds none of the releases seen before. created_at and html_url go into a message, so both are short.", "type": "object", "required": ["id", "created_at", "html_url"], "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "created_at": { "$ref": "#/definitions/GitHubTime" }, "html_url": { "type": "string", "maxLength": 1024 } } } } };
const github_answers_schema12 = { "title": "GitHubRelease", "description": "A release (GET /repos/{owner}/{repo}/releases/{id}, /releases/tags/{tag}, and each item of the listing). Names, notes and tags of any length are cut or refused later, one release at a time (src/watch/); html_url holds the tag, so it is as long as the tag.", "type": "object", "required": ["id", "tag_name", "draft", "prerelease", "created_at", "html_url", "target_commitish"], "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "tag_name": { "type": "string" }, "name": { "type": ["string", "null"] }, "body": { "type": ["string", "null"] }, "draft": { "type": "boolean" }, "prerelease": { "type": "boolean" }, "published_at": { "anyOf": [{ "$ref": "#/definitions/GitHubTime" }, { "type": "null" }] }, "created_at": { "$ref": "#/definitions/GitHubTime" }, "html_url": { "type": "string" }, "target_commitish": { "type": "string", "maxLength": 1024, "description": "A branch (at most 255 bytes, as any ref) or a commit SHA." } } };
const github_answers_schema13 = { "title": "GitHubTime", "description": "A time as GitHub writes it (ISO 8601, 2025-01-01T00:00:00Z): the watcher compares releases by it, so a text Date.parse cannot read is refused.", "type": "string", "maxLength": 64, "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" };
const pattern0 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$", "u");
function github_answers_validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.tag_name === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag_name" }, message: "must have required property '" + "tag_name" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.draft === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "draft" }, message: "must have required property '" + "draft" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.prerelease === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prerelease" }, message: "must have required property '" + "prerelease" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.created_at === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property '" + "created_at" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.html_url === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "html_url" }, message: "must have required property '" + "html_url" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.target_commitish === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target_commitish" }, message: "must have required property '" + "target_commitish" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 9007199254740991 || isNaN(data0)) {
                    const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data0 < 0 || isNaN(data0)) {
                    const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
        if (data.tag_name !== undefined) {
            if (typeof data.tag_name !== "string") {
                const err10 = { instancePath: instancePath + "/tag_name", schemaPath: "#/properties/tag_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data2 = data.name;
            if ((typeof data2 !== "string") && (data2 !== null)) {
                const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: github_answers_schema12.properties.name.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.body !== undefined) {
            let data3 = data.body;
            if ((typeof data3 !== "string") && (data3 !== null)) {
                const err12 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: github_answers_schema12.properties.body.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.draft !== undefined) {
            if (typeof data.draft !== "boolean") {
                const err13 = { instancePath: instancePath + "/draft", schemaPath: "#/properties/draft/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.prerelease !== undefined) {
            if (typeof data.prerelease !== "boolean") {
                const err14 = { instancePath: instancePath + "/prerelease", schemaPath: "#/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.published_at !== undefined) {
            let data6 = data.published_at;
            const _errs14 = errors;
            let valid1 = false;
            const _errs15 = errors;
            if (typeof data6 === "string") {
                if (data6.length > 64) {
                    const err15 = { instancePath: instancePath + "/published_at", schemaPath: "#/definitions/GitHubTime/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (!pattern0.test(data6)) {
                    const err16 = { instancePath: instancePath + "/published_at", schemaPath: "#/definitions/GitHubTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/published_at", schemaPath: "#/definitions/GitHubTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            var _valid0 = _errs15 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
                const _errs18 = errors;
                if (data6 !== null) {
                    const err18 = { instancePath: instancePath + "/published_at", schemaPath: "#/properties/published_at/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                var _valid0 = _errs18 === errors;
                valid1 = valid1 || _valid0;
            }
            if (!valid1) {
                const err19 = { instancePath: instancePath + "/published_at", schemaPath: "#/properties/published_at/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            else {
                errors = _errs14;
                if (vErrors !== null) {
                    if (_errs14) {
                        vErrors.length = _errs14;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.created_at !== undefined) {
            let data7 = data.created_at;
            if (typeof data7 === "string") {
                if (data7.length > 64) {
                    const err20 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if (!pattern0.test(data7)) {
                    const err21 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
            else {
                const err22 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.html_url !== undefined) {
            if (typeof data.html_url !== "string") {
                const err23 = { instancePath: instancePath + "/html_url", schemaPath: "#/properties/html_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.target_commitish !== undefined) {
            let data9 = data.target_commitish;
            if (typeof data9 === "string") {
                if (data9.length > 1024) {
                    const err24 = { instancePath: instancePath + "/target_commitish", schemaPath: "#/properties/target_commitish/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/target_commitish", schemaPath: "#/properties/target_commitish/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
    }
    else {
        const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err26];
        }
        else {
            vErrors.push(err26);
        }
        errors++;
    }
    github_answers_validate11.errors = vErrors;
    return errors === 0;
}
const github_answers_schema15 = { "title": "GitHubReleasePage", "description": "One page of GET /repos/{owner}/{repo}/releases: per_page is at most 100.", "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/GitHubRelease" } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length > 100) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(github_answers_validate11(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                if (vErrors === null) {
                    vErrors = github_answers_validate11.errors;
                }
                else {
                    for (const calledError of github_answers_validate11.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate13.errors = vErrors;
    return errors === 0;
}
const github_answers_schema16 = { "title": "GitHubRef", "description": "A git ref (GET /repos/{owner}/{repo}/git/ref/tags/{tag}, and each item of matching-refs): its name and the object it points at, a commit (lightweight tag) or a tag object (annotated). GitHub refuses refs over 255 bytes.", "type": "object", "required": ["ref", "object"], "properties": { "ref": { "type": "string", "maxLength": 1024 }, "object": { "type": "object", "required": ["sha"], "properties": { "sha": { "$ref": "#/definitions/GitHubSha" }, "type": { "type": "string", "maxLength": 64, "description": "commit, tag (an annotated tag's object), tree or blob; anything but tag is taken as a commit." } } } } };
const github_answers_schema17 = { "title": "GitHubSha", "description": "A full git object id, as GitHub gives commits and tag objects (SHA-1, or SHA-256): it becomes part of event ids and request paths.", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" };
const pattern2 = new RegExp("^[0-9a-f]{40}([0-9a-f]{24})?$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.ref === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.object === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property '" + "object" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.ref !== undefined) {
            let data0 = data.ref;
            if (typeof data0 === "string") {
                if (data0.length > 1024) {
                    const err2 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.object !== undefined) {
            let data1 = data.object;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.sha === undefined) {
                    const err4 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property '" + "sha" + "'" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data1.sha !== undefined) {
                    let data2 = data1.sha;
                    if (typeof data2 === "string") {
                        if (!pattern2.test(data2)) {
                            const err5 = { instancePath: instancePath + "/object/sha", schemaPath: "#/definitions/GitHubSha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err6 = { instancePath: instancePath + "/object/sha", schemaPath: "#/definitions/GitHubSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (data1.type !== undefined) {
                    let data3 = data1.type;
                    if (typeof data3 === "string") {
                        if (data3.length > 64) {
                            const err7 = { instancePath: instancePath + "/object/type", schemaPath: "#/properties/object/properties/type/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err8 = { instancePath: instancePath + "/object/type", schemaPath: "#/properties/object/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    else {
        const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
    validate16.errors = vErrors;
    return errors === 0;
}
const schema18 = { "title": "GitHubRefList", "description": "GET /repos/{owner}/{repo}/git/matching-refs/tags/{prefix}: every matching ref in one list (not paged; read no further than TAG_REFS_MAX_BYTES).", "type": "array", "items": { "$ref": "#/definitions/GitHubRef" } };
function github_answers_validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate16(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                if (vErrors === null) {
                    vErrors = validate16.errors;
                }
                else {
                    for (const calledError of validate16.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    github_answers_validate18.errors = vErrors;
    return errors === 0;
}
const github_answers_schema19 = { "title": "GitHubTagObject", "description": "An annotated tag's object (GET /repos/{owner}/{repo}/git/tags/{sha}): the watcher reads only the commit it points at.", "type": "object", "required": ["object"], "properties": { "object": { "type": "object", "required": ["sha"], "properties": { "sha": { "$ref": "#/definitions/GitHubSha" } } } } };
function github_answers_validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.object === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property '" + "object" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.object !== undefined) {
            let data0 = data.object;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                if (data0.sha === undefined) {
                    const err1 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property '" + "sha" + "'" };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
                if (data0.sha !== undefined) {
                    let data1 = data0.sha;
                    if (typeof data1 === "string") {
                        if (!pattern2.test(data1)) {
                            const err2 = { instancePath: instancePath + "/object/sha", schemaPath: "#/definitions/GitHubSha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err3 = { instancePath: instancePath + "/object/sha", schemaPath: "#/definitions/GitHubSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
    }
    else {
        const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    github_answers_validate21.errors = vErrors;
    return errors === 0;
}
const github_answers_schema21 = { "title": "GitHubRepository", "description": "GET /repos/{owner}/{repo} as far as watching reads it: its id, when it was created and its page, for when a listing holds none of the releases seen before. created_at and html_url go into a message, so both are short.", "type": "object", "required": ["id", "created_at", "html_url"], "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "created_at": { "$ref": "#/definitions/GitHubTime" }, "html_url": { "type": "string", "maxLength": 1024 } } };
function github_answers_validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.created_at === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property '" + "created_at" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.html_url === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "html_url" }, message: "must have required property '" + "html_url" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 9007199254740991 || isNaN(data0)) {
                    const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data0 < 0 || isNaN(data0)) {
                    const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        if (data.created_at !== undefined) {
            let data1 = data.created_at;
            if (typeof data1 === "string") {
                if (data1.length > 64) {
                    const err6 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (!pattern0.test(data1)) {
                    const err7 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.html_url !== undefined) {
            let data2 = data.html_url;
            if (typeof data2 === "string") {
                if (data2.length > 1024) {
                    const err9 = { instancePath: instancePath + "/html_url", schemaPath: "#/properties/html_url/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/html_url", schemaPath: "#/properties/html_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    github_answers_validate23.errors = vErrors;
    return errors === 0;
}
function github_answers_validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (!(github_answers_validate11(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        if (vErrors === null) {
            vErrors = github_answers_validate11.errors;
        }
        else {
            for (const calledError of github_answers_validate11.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs2 = errors;
        if (!(validate13(data, { instancePath, parentData, parentDataProperty, rootData }))) {
            if (vErrors === null) {
                vErrors = validate13.errors;
            }
            else {
                for (const calledError of validate13.errors) {
                    vErrors.push(calledError);
                }
            }
            errors = vErrors.length;
        }
        var _valid0 = _errs2 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
            const _errs3 = errors;
            if (!(validate16(data, { instancePath, parentData, parentDataProperty, rootData }))) {
                if (vErrors === null) {
                    vErrors = validate16.errors;
                }
                else {
                    for (const calledError of validate16.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
            var _valid0 = _errs3 === errors;
            valid0 = valid0 || _valid0;
            if (!valid0) {
                const _errs4 = errors;
                if (!(github_answers_validate18(data, { instancePath, parentData, parentDataProperty, rootData }))) {
                    if (vErrors === null) {
                        vErrors = github_answers_validate18.errors;
                    }
                    else {
                        for (const calledError of github_answers_validate18.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                var _valid0 = _errs4 === errors;
                valid0 = valid0 || _valid0;
                if (!valid0) {
                    const _errs5 = errors;
                    if (!(github_answers_validate21(data, { instancePath, parentData, parentDataProperty, rootData }))) {
                        if (vErrors === null) {
                            vErrors = github_answers_validate21.errors;
                        }
                        else {
                            for (const calledError of github_answers_validate21.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                    var _valid0 = _errs5 === errors;
                    valid0 = valid0 || _valid0;
                    if (!valid0) {
                        const _errs6 = errors;
                        if (!(github_answers_validate23(data, { instancePath, parentData, parentDataProperty, rootData }))) {
                            if (vErrors === null) {
                                vErrors = github_answers_validate23.errors;
                            }
                            else {
                                for (const calledError of github_answers_validate23.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                        var _valid0 = _errs6 === errors;
                        valid0 = valid0 || _valid0;
                    }
                }
            }
        }
    }
    if (!valid0) {
        const err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    github_answers_validate10.errors = vErrors;
    return errors === 0;
}
const validateGitHubRelease = github_answers_validate25;
function github_answers_validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.tag_name === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "tag_name" }, message: "must have required property '" + "tag_name" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.draft === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "draft" }, message: "must have required property '" + "draft" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.prerelease === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prerelease" }, message: "must have required property '" + "prerelease" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.created_at === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property '" + "created_at" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.html_url === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "html_url" }, message: "must have required property '" + "html_url" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.target_commitish === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "target_commitish" }, message: "must have required property '" + "target_commitish" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err7 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 9007199254740991 || isNaN(data0)) {
                    const err8 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data0 < 0 || isNaN(data0)) {
                    const err9 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
        if (data.tag_name !== undefined) {
            if (typeof data.tag_name !== "string") {
                const err10 = { instancePath: instancePath + "/tag_name", schemaPath: "#/properties/tag_name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data2 = data.name;
            if ((typeof data2 !== "string") && (data2 !== null)) {
                const err11 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: github_answers_schema12.properties.name.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.body !== undefined) {
            let data3 = data.body;
            if ((typeof data3 !== "string") && (data3 !== null)) {
                const err12 = { instancePath: instancePath + "/body", schemaPath: "#/properties/body/type", keyword: "type", params: { type: github_answers_schema12.properties.body.type }, message: "must be string,null" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.draft !== undefined) {
            if (typeof data.draft !== "boolean") {
                const err13 = { instancePath: instancePath + "/draft", schemaPath: "#/properties/draft/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.prerelease !== undefined) {
            if (typeof data.prerelease !== "boolean") {
                const err14 = { instancePath: instancePath + "/prerelease", schemaPath: "#/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.published_at !== undefined) {
            let data6 = data.published_at;
            const _errs14 = errors;
            let valid1 = false;
            const _errs15 = errors;
            if (typeof data6 === "string") {
                if (data6.length > 64) {
                    const err15 = { instancePath: instancePath + "/published_at", schemaPath: "#/definitions/GitHubTime/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (!pattern0.test(data6)) {
                    const err16 = { instancePath: instancePath + "/published_at", schemaPath: "#/definitions/GitHubTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/published_at", schemaPath: "#/definitions/GitHubTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            var _valid0 = _errs15 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
                const _errs18 = errors;
                if (data6 !== null) {
                    const err18 = { instancePath: instancePath + "/published_at", schemaPath: "#/properties/published_at/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                var _valid0 = _errs18 === errors;
                valid1 = valid1 || _valid0;
            }
            if (!valid1) {
                const err19 = { instancePath: instancePath + "/published_at", schemaPath: "#/properties/published_at/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            else {
                errors = _errs14;
                if (vErrors !== null) {
                    if (_errs14) {
                        vErrors.length = _errs14;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.created_at !== undefined) {
            let data7 = data.created_at;
            if (typeof data7 === "string") {
                if (data7.length > 64) {
                    const err20 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if (!pattern0.test(data7)) {
                    const err21 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
            else {
                const err22 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.html_url !== undefined) {
            if (typeof data.html_url !== "string") {
                const err23 = { instancePath: instancePath + "/html_url", schemaPath: "#/properties/html_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.target_commitish !== undefined) {
            let data9 = data.target_commitish;
            if (typeof data9 === "string") {
                if (data9.length > 1024) {
                    const err24 = { instancePath: instancePath + "/target_commitish", schemaPath: "#/properties/target_commitish/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/target_commitish", schemaPath: "#/properties/target_commitish/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
    }
    else {
        const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err26];
        }
        else {
            vErrors.push(err26);
        }
        errors++;
    }
    github_answers_validate25.errors = vErrors;
    return errors === 0;
}
const validateGitHubReleasePage = github_answers_validate26;
function github_answers_validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length > 100) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(github_answers_validate11(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                if (vErrors === null) {
                    vErrors = github_answers_validate11.errors;
                }
                else {
                    for (const calledError of github_answers_validate11.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    github_answers_validate26.errors = vErrors;
    return errors === 0;
}
const validateGitHubRef = github_answers_validate28;
function github_answers_validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.ref === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ref" }, message: "must have required property '" + "ref" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.object === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property '" + "object" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.ref !== undefined) {
            let data0 = data.ref;
            if (typeof data0 === "string") {
                if (data0.length > 1024) {
                    const err2 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/ref", schemaPath: "#/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.object !== undefined) {
            let data1 = data.object;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.sha === undefined) {
                    const err4 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property '" + "sha" + "'" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data1.sha !== undefined) {
                    let data2 = data1.sha;
                    if (typeof data2 === "string") {
                        if (!pattern2.test(data2)) {
                            const err5 = { instancePath: instancePath + "/object/sha", schemaPath: "#/definitions/GitHubSha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err6 = { instancePath: instancePath + "/object/sha", schemaPath: "#/definitions/GitHubSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                if (data1.type !== undefined) {
                    let data3 = data1.type;
                    if (typeof data3 === "string") {
                        if (data3.length > 64) {
                            const err7 = { instancePath: instancePath + "/object/type", schemaPath: "#/properties/object/properties/type/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err8 = { instancePath: instancePath + "/object/type", schemaPath: "#/properties/object/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
    }
    else {
        const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
    github_answers_validate28.errors = vErrors;
    return errors === 0;
}
const validateGitHubRefList = validate29;
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            if (!(validate16(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                if (vErrors === null) {
                    vErrors = validate16.errors;
                }
                else {
                    for (const calledError of validate16.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    else {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    validate29.errors = vErrors;
    return errors === 0;
}
const validateGitHubTagObject = github_answers_validate31;
function github_answers_validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.object === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "object" }, message: "must have required property '" + "object" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.object !== undefined) {
            let data0 = data.object;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                if (data0.sha === undefined) {
                    const err1 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/required", keyword: "required", params: { missingProperty: "sha" }, message: "must have required property '" + "sha" + "'" };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
                if (data0.sha !== undefined) {
                    let data1 = data0.sha;
                    if (typeof data1 === "string") {
                        if (!pattern2.test(data1)) {
                            const err2 = { instancePath: instancePath + "/object/sha", schemaPath: "#/definitions/GitHubSha/pattern", keyword: "pattern", params: { pattern: "^[0-9a-f]{40}([0-9a-f]{24})?$" }, message: "must match pattern \"" + "^[0-9a-f]{40}([0-9a-f]{24})?$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err3 = { instancePath: instancePath + "/object/sha", schemaPath: "#/definitions/GitHubSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/object", schemaPath: "#/properties/object/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
    }
    else {
        const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    github_answers_validate31.errors = vErrors;
    return errors === 0;
}
const validateGitHubRepository = github_answers_validate32;
function github_answers_validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.created_at === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "created_at" }, message: "must have required property '" + "created_at" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.html_url === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "html_url" }, message: "must have required property '" + "html_url" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 9007199254740991 || isNaN(data0)) {
                    const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data0 < 0 || isNaN(data0)) {
                    const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
        }
        if (data.created_at !== undefined) {
            let data1 = data.created_at;
            if (typeof data1 === "string") {
                if (data1.length > 64) {
                    const err6 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (!pattern0.test(data1)) {
                    const err7 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, message: "must match pattern \"" + "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/created_at", schemaPath: "#/definitions/GitHubTime/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.html_url !== undefined) {
            let data2 = data.html_url;
            if (typeof data2 === "string") {
                if (data2.length > 1024) {
                    const err9 = { instancePath: instancePath + "/html_url", schemaPath: "#/properties/html_url/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/html_url", schemaPath: "#/properties/html_url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    github_answers_validate32.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
;// CONCATENATED MODULE: ./.build/github/answers.js



function unreadableAnswer(origin, detail, what = "releases") {
    return new GitHubReleasesError({
        repo: origin.repo,
        status: origin.status,
        message: `GitHub answered ${origin.request} (${origin.status}) with something that is not GitHub's ${what}: ${detail}. Check GITHUB_API_URL and any proxy in between; it will be tried again on the next poll.`,
    });
}
function describeValue(value) {
    const text = JSON.stringify(value) ?? String(value);
    return (0,text_cut/* clipText */.gL)(text, 80, "...");
}
function readAnswer(validate, value, origin, reading) {
    if (validate(value))
        return value;
    throw unreadableAnswer(origin, violationDetail(validate.errors, value, reading.lead), reading.what);
}
function readAnswerList(validate, value, origin, reading) {
    if (validate(value))
        return value;
    if (!Array.isArray(value))
        throw unreadableAnswer(origin, `got ${describeValue(value)} instead of a list`, reading.what);
    const errors = validate.errors ?? [];
    const index = errors.map((error) => /^\/(0|[1-9]\d*)(?=\/|$)/.exec(error.instancePath)?.[1]).find((found) => found !== undefined);
    if (index === undefined)
        throw unreadableAnswer(origin, (0,contract_errors/* firstViolation */.sB)(errors, value).reason.replace(/^the value/, "the list"), reading.what);
    const prefix = `/${index}`;
    const itemErrors = errors
        .filter((error) => error.instancePath === prefix || error.instancePath.startsWith(`${prefix}/`))
        .map((error) => ({ ...error, instancePath: error.instancePath.slice(prefix.length) }));
    const item = value[Number(index)];
    throw unreadableAnswer(origin, violationDetail(itemErrors, item, `${reading.item} ${index} is`), reading.what);
}
function violationDetail(errors, value, lead) {
    const { field, reason } = (0,contract_errors/* firstViolation */.sB)(errors, value);
    return `${lead} ${describeValue(value)}${field ? `: ${reason}` : ""}`;
}

;// CONCATENATED MODULE: ./.build/github/releases.js







const PER_PAGE = 100;
const SMALL_PAGE = 10;
const PAGE_MAX_BYTES = 32 * 1024 * 1024;
const RELEASE_BODY_LIMIT = 4000;
const BOUNDARY_CHECK = 10;
const WATCHED_PAGES = 2;
function pageReader(options) {
    const [owner = "", repo = ""] = options.repo.split("/");
    const backoff = options.backoff ?? new RateLimitBackoff();
    const budget = options.budget ?? new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
    const maxBytes = options.maxPageBytes ?? PAGE_MAX_BYTES;
    let requests = 0;
    let githubTime;
    const fetchPage = async (page, etag, perPage = PER_PAGE) => {
        requests++;
        const answer = await backoff.run(() => requestPage(options.client, { owner, repo, page, perPage, budget, maxBytes, ...(etag ? { etag } : {}) }));
        if (answer.date)
            githubTime = answer.date;
        if ("notModified" in answer)
            return "not-modified";
        if (!("tooLarge" in answer))
            return answer;
        const where = { repo: options.repo, request: `GET /repos/${owner}/${repo}/releases?per_page=${perPage}&page=${page}`, status: answer.status };
        if (perPage !== PER_PAGE)
            throw unreadableAnswer(where, `an answer over ${maxBytes.toLocaleString("en-US")} bytes for ${perPage} releases`);
        const parts = PER_PAGE / SMALL_PAGE;
        const releases = [];
        let hasNext = false;
        for (let part = 1; part <= parts; part++) {
            const piece = await fetchPage((page - 1) * parts + part, undefined, SMALL_PAGE);
            if (piece === "not-modified")
                throw new Error("GitHub answered 304 to a request without If-None-Match");
            releases.push(...piece.releases);
            hasNext = piece.hasNext;
            if (!hasNext)
                break;
        }
        return { releases, ...(answer.etag ? { etag: answer.etag } : {}), hasNext, ...(githubTime ? { date: githubTime } : {}) };
    };
    return { fetchPage, requests: () => requests, githubTime: () => githubTime };
}
async function listReleases(options) {
    const maxPages = Math.max(options.maxPages ?? 10, 1);
    const reader = pageReader(options);
    const { fetchPage } = reader;
    const notModified = () => ({ status: "not-modified", pages: 0, requests: reader.requests(), ...githubTimeOf(reader) });
    let first = await fetchPage(1, options.etag);
    let endSeen;
    if (first === "not-modified") {
        const endPage = options.end && (options.deepEtag ? options.end.page > WATCHED_PAGES : options.end.page === WATCHED_PAGES) ? options.end : undefined;
        if (!options.deepEtag && !endPage)
            return notModified();
        const second = options.deepEtag ? await fetchPage(2, options.deepEtag) : "not-modified";
        if (second === "not-modified") {
            if (!endPage)
                return notModified();
            const end = await fetchPage(endPage.page, endPage.etag);
            if (end === "not-modified")
                return notModified();
            if (!end.hasNext && end.releases.length > 0 && end.releases.length < PER_PAGE) {
                endSeen = { page: endPage.page, ...(end.etag ? { etag: end.etag } : {}), count: (endPage.page - 1) * PER_PAGE + end.releases.length, releases: end.releases };
            }
        }
        first = await fetchPage(1, undefined);
        if (first === "not-modified")
            throw new Error("GitHub answered 304 to a request without If-None-Match");
    }
    const releases = [];
    const ids = new Set();
    const add = (page) => {
        for (const release of page) {
            if (ids.has(release.id))
                continue;
            ids.add(release.id);
            releases.push(release);
        }
    };
    add(first.releases);
    const etag = first.etag;
    let deepEtag;
    let response = first;
    let enough = options.isEnough(first.releases);
    let page = 1;
    while (response.hasNext && page < maxPages && (!enough || page < WATCHED_PAGES)) {
        const collecting = !enough;
        page++;
        const boundary = releases.length;
        const next = await fetchPage(page, undefined);
        if (next === "not-modified")
            throw new Error("GitHub answered 304 to a request without If-None-Match");
        response = next;
        if (page === 2)
            deepEtag = next.etag;
        add(next.releases);
        enough ||= options.isEnough(next.releases);
        if (collecting) {
            const late = await boundaryReleases(reader, page - 1, ids);
            const unseen = late.filter((release) => !ids.has(release.id));
            for (const release of unseen)
                ids.add(release.id);
            releases.splice(boundary, 0, ...unseen);
        }
    }
    const complete = !response.hasNext;
    return {
        status: "ok",
        ...githubTimeOf(reader),
        releases,
        ...(etag ? { etag } : {}),
        ...(deepEtag ? { deepEtag } : {}),
        pages: page,
        requests: reader.requests(),
        truncated: !complete && !enough,
        complete,
        ...(complete ? { end: { page, ...(response.etag ? { etag: response.etag } : {}), count: (page - 1) * PER_PAGE + response.releases.length, releases: response.releases } } : {}),
        ...(!complete && response.lastPage ? { lastPage: response.lastPage } : {}),
        ...(endSeen ? { endSeen } : {}),
    };
}
const githubTimeOf = (reader) => {
    const time = reader.githubTime();
    return time ? { githubTime: time } : {};
};
async function boundaryReleases(reader, page, ids) {
    const tail = await reader.fetchPage((page * PER_PAGE) / BOUNDARY_CHECK, undefined, BOUNDARY_CHECK);
    if (tail === "not-modified")
        throw new Error("GitHub answered 304 to a request without If-None-Match");
    const head = tail.releases[0];
    if (head === undefined || ids.has(head.id))
        return tail.releases;
    const whole = await reader.fetchPage(page, undefined);
    if (whole === "not-modified")
        throw new Error("GitHub answered 304 to a request without If-None-Match");
    return whole.releases;
}
const END_STEPS = 6;
async function readListingEnd(options) {
    const reader = pageReader(options);
    let page = Math.max(options.page, 1);
    let etag = options.etag;
    let empty;
    for (let step = 0; step < END_STEPS; step++) {
        const answer = await reader.fetchPage(page, etag);
        if (answer === "not-modified")
            return { status: "not-modified", requests: reader.requests() };
        etag = undefined;
        const ok = (end) => ({ status: "ok", end, requests: reader.requests() });
        if (answer.hasNext) {
            page = answer.lastPage !== undefined && answer.lastPage > page ? answer.lastPage : page + 1;
            continue;
        }
        const count = answer.releases.length;
        if (count === 0 && page > 1) {
            empty = { page, ...(answer.etag ? { etag: answer.etag } : {}) };
            page -= 1;
            continue;
        }
        if (count < PER_PAGE)
            return ok({ page, ...(answer.etag ? { etag: answer.etag } : {}), count: (page - 1) * PER_PAGE + count, releases: answer.releases });
        if (empty?.page === page + 1)
            return ok({ page: page + 1, ...(empty.etag ? { etag: empty.etag } : {}), count: page * PER_PAGE });
        page += 1;
    }
    return { status: "ok", requests: reader.requests() };
}
async function listReleasesPage(options) {
    const answer = await pageReader(options).fetchPage(Math.max(options.page, 1), undefined);
    if (answer === "not-modified")
        throw new Error("GitHub answered 304 to a request without If-None-Match");
    return answer.releases;
}
const FIND_STEPS = 4;
async function listReleasesBelow(options) {
    const reader = pageReader(options);
    const after = Date.parse(options.after.createdAt);
    const createdAt = (release) => Date.parse(release.createdAt);
    let page = Math.max(options.page, 1);
    let read = 0;
    let found;
    for (let step = 0; step < FIND_STEPS; step++) {
        const answer = await reader.fetchPage(page, undefined);
        if (answer === "not-modified")
            throw new Error("GitHub answered 304 to a request without If-None-Match");
        const index = answer.releases.findIndex((release) => release.id === options.after.id);
        const first = answer.releases[0];
        const last = answer.releases.at(-1);
        if (index >= 0)
            found = { page, response: answer, index };
        else if (first === undefined || createdAt(first) < after) {
            if (page > 1) {
                page -= 1;
                continue;
            }
            found = { page, response: answer, index: -1 };
        }
        else if (last && createdAt(last) > after && answer.hasNext) {
            page += 1;
            continue;
        }
        else {
            found = { page, response: answer, index: answer.releases.findIndex((release) => createdAt(release) <= after) - 1 };
            if (found.index === -2)
                found.index = answer.releases.length - 1;
        }
        break;
    }
    if (!found)
        return { releases: [], page, requests: reader.requests(), complete: false, enough: false, ...githubTimeOf(reader) };
    const ids = new Set([options.after.id]);
    const releases = [];
    const add = (items) => {
        for (const release of items) {
            if (ids.has(release.id))
                continue;
            ids.add(release.id);
            releases.push(release);
        }
    };
    for (const release of found.response.releases.slice(0, found.index + 1))
        ids.add(release.id);
    add(found.response.releases.slice(found.index + 1));
    page = found.page;
    read = releases.length > 0 ? 1 : 0;
    let response = found.response;
    let enough = releases.length > 0 && options.isEnough(releases);
    while (response.hasNext && read < options.maxPages && !enough) {
        page++;
        const boundary = releases.length;
        const next = await reader.fetchPage(page, undefined);
        read++;
        if (next === "not-modified")
            throw new Error("GitHub answered 304 to a request without If-None-Match");
        response = next;
        add(next.releases);
        enough = options.isEnough(next.releases);
        const late = await boundaryReleases(reader, page - 1, ids);
        const unseen = late.filter((release) => !ids.has(release.id) && createdAt(release) <= after);
        for (const release of unseen)
            ids.add(release.id);
        releases.splice(boundary, 0, ...unseen);
    }
    return { releases, page, requests: reader.requests(), complete: !response.hasNext, enough, ...githubTimeOf(reader) };
}
function checkRelease(options) {
    const [owner = "", repo = ""] = options.repo.split("/");
    return lookup(options, {
        request: `GET /repos/${owner}/${repo}/releases/${options.id}`,
        send: () => options.client.rest.repos.getRelease({
            owner,
            repo,
            release_id: options.id,
            ...(options.etag ? { headers: { "if-none-match": options.etag } } : {}),
            request: { maxResponseBytes: PAGE_MAX_BYTES, [github_client/* OWN_RATE_LIMIT_WAIT */.kG]: true },
        }),
        read: (answer, origin) => ({ status: "ok", release: readRelease(answer.data, origin), ...(answer.headers.etag ? { etag: answer.headers.etag } : {}) }),
        notModified: () => ({ status: "not-modified" }),
        notFound: () => ({ status: "gone" }),
    });
}
function lastPageOf(link) {
    for (const part of (link ?? "").split(",")) {
        if (!/\brel="last"/.test(part))
            continue;
        const page = Number(/[?&]page=(\d+)/.exec(part)?.[1]);
        if (Number.isSafeInteger(page) && page > 0)
            return { lastPage: page };
    }
    return {};
}
function headerDate(headers) {
    const text = headers?.date;
    if (typeof text !== "string")
        return undefined;
    const time = Date.parse(text);
    return Number.isNaN(time) ? undefined : new Date(time);
}
function toUpstreamRelease(release) {
    return {
        id: release.id,
        tagName: release.tag_name,
        name: release.name ?? null,
        ...keptBody(release.body ?? null),
        draft: release.draft,
        prerelease: release.prerelease,
        publishedAt: release.published_at ?? null,
        createdAt: release.created_at,
        htmlUrl: release.html_url,
        targetCommitish: release.target_commitish,
    };
}
function keptBody(body) {
    if (body === null || body.length <= RELEASE_BODY_LIMIT)
        return { body };
    const characters = Array.from(body);
    if (characters.length <= RELEASE_BODY_LIMIT)
        return { body };
    return { body: characters.slice(0, RELEASE_BODY_LIMIT).join(""), bodyOmitted: characters.length - RELEASE_BODY_LIMIT };
}
async function requestPage(client, request) {
    const { owner, repo, page, budget } = request;
    budget.spend();
    try {
        const response = await client.rest.repos.listReleases({
            owner,
            repo,
            per_page: request.perPage,
            ...(page > 1 ? { page } : {}),
            ...(request.etag ? { headers: { "if-none-match": request.etag } } : {}),
            request: { maxResponseBytes: request.maxBytes, [github_client/* OWN_RATE_LIMIT_WAIT */.kG]: true },
        });
        budget.observe(response.headers, response.status);
        const etag = response.headers.etag;
        const date = headerDate(response.headers);
        const where = { repo: `${owner}/${repo}`, request: `GET /repos/${owner}/${repo}/releases`, status: response.status };
        return {
            releases: readReleasePage(response.data, where),
            ...(etag ? { etag } : {}),
            hasNext: /\brel="next"/.test(response.headers.link ?? ""),
            ...lastPageOf(response.headers.link),
            ...(date ? { date } : {}),
        };
    }
    catch (error) {
        if (error instanceof GitHubReleasesError)
            throw error;
        const tooLarge = (0,bounded_body/* responseTooLarge */.Fh)(error);
        if (tooLarge) {
            budget.observe(tooLarge.headers, tooLarge.status);
            const date = headerDate(tooLarge.headers);
            return { tooLarge: true, status: tooLarge.status, ...(tooLarge.headers.etag ? { etag: tooLarge.headers.etag } : {}), ...(date ? { date } : {}) };
        }
        if (statusOf(error) === 304)
            budget.observe(error?.response?.headers, 304);
        if (statusOf(error) === 304) {
            const date = headerDate(error?.response?.headers);
            return { notModified: true, ...(date ? { date } : {}) };
        }
        throw releasesError(`${owner}/${repo}`, error, new Date(), `GET /repos/${owner}/${repo}/releases`);
    }
}
function readRelease(value, origin) {
    return toUpstreamRelease(readAnswer(validateGitHubRelease, value, origin, { what: "releases", lead: "the release is" }));
}
function readReleasePage(value, origin) {
    return readAnswerList(validateGitHubReleasePage, value, origin, { what: "releases", item: "release" }).map(toUpstreamRelease);
}




;// CONCATENATED MODULE: ./.build/watch/age.js
const time = (iso) => Date.parse(iso);
const CLOCK_DISAGREEMENT_MS = 5 * 60_000;
function releaseClock(runner, github) {
    if (!github)
        return { runner, githubAheadMs: 0, now: runner, seenAt: runner };
    const ahead = github.getTime() - runner.getTime();
    return { runner, github, githubAheadMs: ahead, now: ahead <= 0 ? github : runner, seenAt: github };
}
function clockDisagreement(clock) {
    if (!clock.github)
        return undefined;
    return Math.abs(clock.githubAheadMs) > CLOCK_DISAGREEMENT_MS ? clock.githubAheadMs : undefined;
}
function eligibleAt(held, minAge, githubAheadMs = 0) {
    const published = time(held.publishedAt);
    const seen = time(held.firstSeenAt);
    const fromGithub = Number.isNaN(published) ? seen : Math.min(published, seen);
    const runnerSeen = held.runnerFirstSeenAt === undefined ? Number.NaN : time(held.runnerFirstSeenAt);
    const seenByRunner = Number.isNaN(runnerSeen) ? seen : runnerSeen;
    const fromRunner = held.ageFrom === "published" && !Number.isNaN(published) ? Math.min(published, seenByRunner) : seenByRunner;
    const onGithub = fromGithub + minAge - Math.max(githubAheadMs, 0);
    const onRunner = fromRunner + minAge + Math.min(githubAheadMs, 0);
    return new Date(Math.max(onGithub, onRunner)).toISOString();
}
function isEligible(held, minAge, clock) {
    return !minAge || time(eligibleAt(held, minAge, clock.githubAheadMs)) <= clock.now.getTime();
}
function holdRelease(release, clock, usableTimestamp) {
    const seenAt = clock.seenAt;
    const runnerSeenAt = clock.runner.toISOString();
    return {
        id: release.id,
        tag: release.tagName,
        publishedAt: release.publishedAt,
        firstSeenAt: seenAt.toISOString(),
        ...(runnerSeenAt !== seenAt.toISOString() ? { runnerFirstSeenAt: runnerSeenAt } : {}),
        ageFrom: usableTimestamp && time(release.publishedAt) <= seenAt.getTime() ? "published" : "first-seen",
        createdAt: release.createdAt,
    };
}
function fillMissingTimestamps(releases, known, now) {
    const missing = new Set();
    for (const release of releases) {
        if (release.draft)
            continue;
        if (typeof release.publishedAt === "string" && !Number.isNaN(time(release.publishedAt)))
            continue;
        release.publishedAt = known(release.id) ?? now.toISOString();
        missing.add(release.id);
    }
    return missing;
}

;// CONCATENATED MODULE: ./.build/github/release-lookups.js





const own = (maxBytes) => ({ request: { ...(maxBytes !== undefined ? { maxResponseBytes: maxBytes } : {}), [github_client/* OWN_RATE_LIMIT_WAIT */.kG]: true } });
const conditional = (etag) => (etag ? { headers: { "if-none-match": etag } } : {});
const etagOf = (answer) => (answer.headers.etag ? { etag: answer.headers.etag } : {});
function split(repo) {
    const [owner = "", name = ""] = repo.split("/");
    return { owner, repo: name };
}
function getRelease(options) {
    return lookup(options, {
        request: `GET /repos/${options.repo}/releases/${options.id}`,
        send: () => options.client.rest.repos.getRelease({ ...split(options.repo), release_id: options.id, ...own() }),
        read: (answer, origin) => readRelease(answer.data, origin),
        notFound: () => undefined,
    });
}
function getReleaseByTag(options) {
    return lookup(options, {
        request: `GET /repos/${options.repo}/releases/tags/${encodeURIComponent(options.tag)}`,
        send: () => options.client.rest.repos.getReleaseByTag({ ...split(options.repo), tag: options.tag, ...own() }),
        read: (answer, origin) => readRelease(answer.data, origin),
        notFound: () => undefined,
    });
}
const tagRef = (tag, ref) => ({ tag, type: ref.object.type === "tag" ? "tag" : "commit", sha: ref.object.sha });
const TAG_REFS_MAX_BYTES = 4 * 1024 * 1024;
function listTagRefs(options) {
    const maxBytes = options.maxBytes ?? TAG_REFS_MAX_BYTES;
    return lookup(options, {
        request: `GET /repos/${options.repo}/git/matching-refs/tags/${options.prefix}`,
        send: () => options.client.rest.git.listMatchingRefs({ ...split(options.repo), ref: options.prefix ? `tags/${options.prefix}` : "tags", ...conditional(options.etag), ...own(maxBytes) }),
        read: (answer, origin) => {
            const tags = new Map();
            for (const ref of readAnswerList(validateGitHubRefList, answer.data, origin, { what: "tags", item: "ref" })) {
                if (!ref.ref.startsWith("refs/tags/"))
                    continue;
                const tag = ref.ref.slice("refs/tags/".length);
                tags.set(tag, tagRef(tag, ref));
            }
            return { status: "ok", tags, ...etagOf(answer) };
        },
        notModified: () => ({ status: "not-modified" }),
        tooLarge: (tooLarge) => ({ status: "too-large", maxBytes, ...(tooLarge.headers.etag ? { etag: tooLarge.headers.etag } : {}) }),
    });
}
const TAG_REF_MAX_BYTES = 64 * 1024;
function getTagRef(options) {
    return lookup(options, {
        request: `GET /repos/${options.repo}/git/ref/tags/${options.tag}`,
        send: () => options.client.rest.git.getRef({ ...split(options.repo), ref: `tags/${options.tag}`, ...conditional(options.etag), ...own(TAG_REF_MAX_BYTES) }),
        read: (answer, origin) => {
            const ref = readAnswer(validateGitHubRef, answer.data, origin, { what: "tag ref", lead: "got" });
            if (ref.ref !== `refs/tags/${options.tag}`)
                return { status: "ok", ...etagOf(answer) };
            return { status: "ok", ref: tagRef(options.tag, ref), ...etagOf(answer) };
        },
        notModified: () => ({ status: "not-modified" }),
        notFound: () => ({ status: "ok" }),
    });
}
const REPOSITORY_MAX_BYTES = 256 * 1024;
function getRepositoryFacts(options) {
    return lookup(options, {
        request: `GET /repos/${options.repo}`,
        send: () => options.client.rest.repos.get({ ...split(options.repo), ...own(REPOSITORY_MAX_BYTES) }),
        read: (answer, origin) => {
            const repository = readAnswer(validateGitHubRepository, answer.data, origin, { what: "repository", lead: "got" });
            return { id: repository.id, createdAt: repository.created_at, htmlUrl: repository.html_url };
        },
        tooLarge: (_, origin) => {
            throw unreadableAnswer(origin, `an answer over ${REPOSITORY_MAX_BYTES} bytes`, "repository");
        },
    });
}
async function tagCommit(options) {
    if (options.ref.type === "commit")
        return options.ref.sha;
    return lookup(options, {
        request: `GET /repos/${options.repo}/git/tags/${options.ref.sha}`,
        send: () => options.client.rest.git.getTag({ ...split(options.repo), tag_sha: options.ref.sha, ...own() }),
        read: (answer, origin) => readAnswer(validateGitHubTagObject, answer.data, origin, { what: "tag object", lead: "got" }).object.sha,
    });
}

;// CONCATENATED MODULE: ./.build/watch/changes.js


function shouldHaveBeenListed(createdAt, listing) {
    if (listing.complete)
        return true;
    const last = listing.releases.at(-1);
    return last !== undefined && Date.parse(createdAt) > Date.parse(last.createdAt);
}
async function currentRelease(lookups, id) {
    const release = await getRelease({ ...lookups, id });
    return release && !release.draft ? release : undefined;
}
async function detectChanges(options) {
    const { listing, now } = options;
    const events = [];
    const earlier = [];
    const urlOf = (tag) => `https://github.com/${options.repo}/releases/tag/${tag}`;
    for (const was of options.cursor?.dispatched ?? []) {
        let nowRelease = listing.status === "ok" ? listing.releases.find((r) => r.id === was.id) : undefined;
        if (listing.status === "ok" && (nowRelease === undefined || nowRelease.draft) && shouldHaveBeenListed(was.createdAt, listing)) {
            nowRelease = await currentRelease(options, was.id);
            if (!nowRelease) {
                events.push(releaseDeletedEvent({ repo: options.repo, dispatched: was, now }));
                continue;
            }
        }
        let current = was;
        if (nowRelease && was.prerelease && !nowRelease.prerelease) {
            events.push(releaseUpdatedEvent({
                repo: options.repo,
                url: nowRelease.htmlUrl,
                dispatched: was,
                change: "prerelease",
                current: { ...(was.commit ? { commit: was.commit } : {}), prerelease: false },
                now,
            }));
            current = { ...was, prerelease: false };
        }
        earlier.push(current);
    }
    const dispatched = [...options.dispatchedNow.map((item) => ({ ...item })), ...earlier];
    if (dispatched.length === 0)
        return { events, dispatched, tagListings: [], tagGroupsLater: 0, tagPartsLater: 0, tooLarge: [] };
    const stored = options.cursor?.tagListings ?? [];
    const storedAt = new Map(stored.map((listing, index) => [listing.prefix, index]));
    const groups = tagGroups(dispatched.map((item) => item.tag)).map((prefix) => ({
        prefix,
        members: dispatched.filter((item) => item.tag.startsWith(prefix)),
    }));
    const known = new Map();
    for (const listing of stored)
        known.set(listing.prefix, { prefix: listing.prefix, ...(listing.etag ? { etag: listing.etag } : {}), ...(listing.tooLarge ? { tooLarge: true } : {}) });
    for (const part of stored.flatMap((listing) => listing.parts ?? [])) {
        if (part.exact)
            known.set(part.prefix, { ...known.get(part.prefix), prefix: part.prefix, tooLarge: true });
        else
            known.set(part.prefix, part);
    }
    const tooLargeBefore = new Set([...known.values()].filter((listing) => listing.tooLarge).map((listing) => listing.prefix));
    const unknown = (group) => group.members.some((item) => item.tagObject === undefined);
    const rank = (group) => (unknown(group) ? -2 : (storedAt.get(group.prefix) ?? -1));
    const order = groups.sort((a, b) => rank(a) - rank(b));
    const asked = order.slice(0, TAG_LISTINGS_PER_POLL);
    const later = order.slice(TAG_LISTINGS_PER_POLL);
    const tagListings = later.map((group) => stored.find((listing) => listing.prefix === group.prefix) ?? { prefix: group.prefix });
    const split = { requests: 0, later: 0, tooLarge: [] };
    const read = async (members, refs) => {
        for (const item of members) {
            const ref = refs.get(item.tag);
            if (!ref || ref.sha === item.tagObject)
                continue;
            const commit = await tagCommit({ ...options, ref });
            if (item.tagObject !== undefined && item.commit !== undefined && commit !== item.commit) {
                events.push(releaseUpdatedEvent({
                    repo: options.repo,
                    url: urlOf(item.tag),
                    dispatched: item,
                    change: "commit",
                    current: { commit, prerelease: item.prerelease },
                    now,
                }));
            }
            item.tagObject = ref.sha;
            item.commit = commit;
        }
    };
    for (const group of asked) {
        if (!tooLargeBefore.has(group.prefix)) {
            const previous = known.get(group.prefix)?.etag;
            const etag = group.members.some((item) => item.tagObject === undefined) ? undefined : previous;
            const refs = await listTagRefs({ ...options, prefix: group.prefix, ...(etag ? { etag } : {}) });
            if (refs.status === "not-modified") {
                tagListings.push({ prefix: group.prefix, ...(etag ? { etag } : {}) });
                continue;
            }
            if (refs.status === "ok") {
                tagListings.push({ prefix: group.prefix, ...(refs.etag ? { etag: refs.etag } : {}) });
                await read(group.members, refs.tags);
                continue;
            }
            known.set(group.prefix, { prefix: group.prefix, ...(refs.etag ? { etag: refs.etag } : {}), tooLarge: true });
        }
        const parts = await listSplit({ ...options, group, known, tooLargeBefore, stored: stored.find((listing) => listing.prefix === group.prefix)?.parts ?? [], split, read });
        tagListings.push({ prefix: group.prefix, tooLarge: true, parts });
    }
    return { events, dispatched, tagListings, tagGroupsLater: later.length, tagPartsLater: split.later, tooLarge: split.tooLarge };
}
const TAG_LISTINGS_PER_POLL = 10;
const TAG_SPLIT_REQUESTS_PER_POLL = 10;
const TAG_SPLIT_MAX_DEPTH = 6;
async function listSplit(options) {
    const { group, known, split } = options;
    const tooLarge = (prefix) => known.get(prefix)?.tooLarge === true;
    const exactBefore = new Map(options.stored.filter((part) => part.exact).map((part) => [part.prefix, part]));
    const child = (prefix, tag) => {
        const next = String.fromCodePoint(tag.codePointAt(prefix.length) ?? 0);
        const sharing = group.members.map((item) => item.tag).filter((other) => other.startsWith(prefix + next));
        const common = commonPrefix(sharing);
        return common.length > prefix.length ? common : prefix + next;
    };
    const path = new Set();
    const keyOf = (job) => `${job.exact ? "=" : ""}${job.prefix}`;
    const place = (jobs, item, from, depth) => {
        let prefix = from;
        let steps = depth;
        while (tooLarge(prefix) && prefix !== item.tag && steps < TAG_SPLIT_MAX_DEPTH) {
            path.add(prefix);
            prefix = child(prefix, item.tag);
            steps += 1;
        }
        const exact = tooLarge(prefix) && prefix === item.tag;
        const key = keyOf({ prefix, exact });
        const job = jobs.get(key) ?? { prefix, depth: steps, exact, members: [] };
        job.members.push(item);
        jobs.set(key, job);
    };
    const placed = new Map();
    for (const item of group.members)
        place(placed, item, group.prefix, 0);
    const storedAt = new Map(options.stored.map((part, index) => [keyOf({ prefix: part.prefix, exact: part.exact === true }), index]));
    const rank = (job) => (job.exact || !tooLarge(job.prefix)) && job.members.some((item) => item.tagObject === undefined) ? -2 : (storedAt.get(keyOf(job)) ?? -1);
    const queue = [...placed.values()].sort((a, b) => rank(a) - rank(b));
    const report = (job, maxBytes) => {
        if (options.tooLargeBefore.has(job.prefix))
            return;
        split.tooLarge.push({ prefix: job.prefix, maxBytes, within: group.prefix });
    };
    const unasked = [];
    const asked = [];
    for (let job = queue.shift(); job; job = queue.shift()) {
        const before = job.exact ? exactBefore.get(job.prefix) : known.get(job.prefix);
        if (split.requests >= TAG_SPLIT_REQUESTS_PER_POLL) {
            split.later += 1;
            unasked.push(before ?? { prefix: job.prefix, ...(job.exact ? { tooLarge: true, exact: true } : {}) });
            continue;
        }
        const fresh = job.members.some((item) => item.tagObject === undefined);
        split.requests += 1;
        if (job.exact) {
            const etag = fresh ? undefined : before?.etag;
            const got = await getTagRef({ ...options, tag: job.prefix, ...(etag ? { etag } : {}) });
            const now = got.status === "ok" ? got.etag : etag;
            asked.push({ prefix: job.prefix, ...(now ? { etag: now } : {}), tooLarge: true, exact: true });
            if (got.status === "ok")
                await options.read(job.members, new Map(got.ref ? [[job.prefix, got.ref]] : []));
            continue;
        }
        const etag = !before?.tooLarge && fresh ? undefined : before?.etag;
        const refs = await listTagRefs({ ...options, prefix: job.prefix, ...(etag ? { etag } : {}) });
        if (refs.status === "not-modified") {
            asked.push({ prefix: job.prefix, ...(etag ? { etag } : {}), ...(before?.tooLarge ? { tooLarge: true } : {}) });
            continue;
        }
        if (refs.status === "ok") {
            const part = { prefix: job.prefix, ...(refs.etag ? { etag: refs.etag } : {}) };
            known.set(job.prefix, part);
            asked.push(part);
            await options.read(job.members, refs.tags);
            continue;
        }
        const part = { prefix: job.prefix, ...(refs.etag ? { etag: refs.etag } : {}), tooLarge: true };
        known.set(job.prefix, part);
        const deeper = new Map();
        const kept = job.members.filter((item) => item.tag !== job.prefix && job.depth >= TAG_SPLIT_MAX_DEPTH);
        for (const item of job.members)
            if (!kept.includes(item))
                place(deeper, item, job.prefix, job.depth);
        queue.unshift(...deeper.values());
        if (kept.length > 0) {
            asked.push(part);
            report(job, refs.maxBytes);
        }
    }
    path.delete(group.prefix);
    const along = [...path].map((prefix) => known.get(prefix) ?? { prefix, tooLarge: true });
    const seen = new Set();
    return [...unasked, ...asked, ...along].filter((part) => {
        const key = keyOf({ prefix: part.prefix, exact: part.exact === true });
        return !seen.has(key) && seen.add(key);
    });
}
function tagGroups(tags) {
    const families = new Map();
    for (const tag of new Set(tags)) {
        const family = /^\D*\d/.exec(tag)?.[0] ?? tag;
        families.set(family, [...(families.get(family) ?? []), tag]);
    }
    return [...families.values()].map((members) => commonPrefix(members) || (members[0] ?? ""));
}
function commonPrefix(tags) {
    let common = tags[0] ?? "";
    for (const tag of tags)
        while (!tag.startsWith(common))
            common = common.slice(0, -1);
    return /[\uD800-\uDBFF]$/.test(common) ? common.slice(0, -1) : common;
}

// EXTERNAL MODULE: ./.build/events/pass-through.js
var pass_through = __webpack_require__(83477);
;// CONCATENATED MODULE: ./.build/watch/release-event.js



const RELEASE_NAME_LIMIT = 300;
function upstreamReleaseFlowEvent(options) {
    const { release } = options;
    const repo = repoFromReleaseUrl(release.htmlUrl, options.repo);
    const payload = {
        repo,
        tag: release.tagName,
        url: release.htmlUrl,
        publishedAt: release.publishedAt,
        prerelease: release.prerelease,
        name: cutName(release.name || release.tagName),
        body: cutBody(release.body ?? "", release.htmlUrl, release.bodyOmitted ?? 0),
    };
    return (0,pass_through/* upstreamReleaseEvent */.ND)(payload, options.now);
}
function repoFromReleaseUrl(url, configured) {
    const match = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/releases\//.exec(url);
    const fromUrl = match?.[1];
    return fromUrl && fromUrl.toLowerCase() === configured.toLowerCase() ? fromUrl : configured;
}
function cutName(name) {
    const characters = Array.from(name);
    if (characters.length <= RELEASE_NAME_LIMIT)
        return name;
    return `${characters.slice(0, RELEASE_NAME_LIMIT).join("")}… [name cut: ${characters.length - RELEASE_NAME_LIMIT} more characters]`;
}
function cutBody(body, url, omitted) {
    const characters = Array.from(body);
    if (characters.length <= RELEASE_BODY_LIMIT && omitted === 0)
        return body;
    const more = omitted + Math.max(0, characters.length - RELEASE_BODY_LIMIT);
    return `${characters.slice(0, RELEASE_BODY_LIMIT).join("")}\n\n… [release notes cut: ${more} more characters at ${url}]`;
}

// EXTERNAL MODULE: ./.build/ref-name.js
var ref_name = __webpack_require__(58939);
;// CONCATENATED MODULE: ./.build/watch/tag-name.js


const TAG_MAX_BYTES = 255 - "refs/tags/".length;
function tagNameProblem(tag) {
    if (tag === "")
        return "empty";
    const bytes = tag.length * 3 > TAG_MAX_BYTES ? Buffer.byteLength(tag, "utf8") : 0;
    if (bytes > TAG_MAX_BYTES)
        return `${bytes} bytes, over the ${TAG_MAX_BYTES} a tag has within GitHub's 255-byte limit on refs`;
    return (0,ref_name/* refNameProblem */.C)(tag);
}
const SHORT_TAG_CHARS = 100;
function shortTag(tag) {
    return tag.length <= TAG_MAX_BYTES ? tag : (0,text_cut/* clipText */.gL)(tag, SHORT_TAG_CHARS);
}

;// CONCATENATED MODULE: ./.build/watch/select.js



function isPublished(release) {
    return !release.draft && typeof release.publishedAt === "string" && release.publishedAt !== "";
}
function matchesWatch(release, watch) {
    if (!isPublished(release))
        return false;
    if (release.prerelease && !watch.prereleases)
        return false;
    return tag_pattern_matchesTag(watch.tags, release.tagName);
}
const select_time = (iso) => Date.parse(iso);
function byPublication(a, b) {
    return select_time(a.publishedAt) - select_time(b.publishedAt) || a.id - b.id;
}
function reachedKnownReleases(page, watch, cursor) {
    const published = page.filter(isPublished);
    if (cursor) {
        const seen = new Set(cursor.seen.map((release) => release.id));
        const watermark = cursor.watermark ? select_time(cursor.watermark) : undefined;
        return published.some((release) => seen.has(release.id) || (watermark !== undefined && select_time(release.publishedAt) < watermark));
    }
    switch (watch.since.kind) {
        case "latest":
            return published.some((release) => matchesWatch(release, watch));
        case "date": {
            const since = select_time(watch.since.date);
            return published.some((release) => select_time(release.publishedAt) < since);
        }
        case "all":
            return false;
    }
}
function selectNewReleases(releases, watch, cursor) {
    const matching = releases.filter((release) => matchesWatch(release, watch)).sort(byPublication);
    if (cursor)
        return matching.filter((release) => isNewSince(release, watch, cursor));
    switch (watch.since.kind) {
        case "latest":
            return matching.slice(-1);
        case "date": {
            const since = select_time(watch.since.date);
            return matching.filter((release) => select_time(release.publishedAt) >= since);
        }
        case "all":
            return matching;
    }
}
function isNewSince(release, watch, cursor) {
    if (cursor.dispatched?.some((dispatched) => dispatched.id === release.id))
        return false;
    const prior = cursor.seen.find((seen) => seen.id === release.id);
    if (prior) {
        const promoted = prior.prerelease && !release.prerelease && !watch.prereleases;
        const retagged = prior.tag !== shortTag(release.tagName) && !tag_pattern_matchesTag(watch.tags, prior.tag);
        return promoted || retagged;
    }
    if (cursor.watermark === undefined)
        return true;
    const slack = cursor.seen.length > 0 ? LATE_LISTING_MS : 0;
    return select_time(release.publishedAt) >= select_time(cursor.watermark) - slack;
}
const LATE_LISTING_MS = 10 * 60_000;
function nextCursor(options) {
    const byId = new Map();
    for (const seen of options.previous?.seen ?? [])
        byId.set(seen.id, seen);
    for (const release of options.releases.filter(isPublished)) {
        byId.set(release.id, {
            id: release.id,
            tag: shortTag(release.tagName),
            publishedAt: release.publishedAt,
            prerelease: release.prerelease,
        });
    }
    const seen = [...byId.values()]
        .sort((a, b) => select_time(b.publishedAt) - select_time(a.publishedAt) || b.id - a.id)
        .slice(0, SEEN_RELEASES_KEPT);
    const newest = seen[0]?.publishedAt;
    const latest = [options.previous?.watermark, newest]
        .filter((value) => value !== undefined)
        .sort((a, b) => select_time(b) - select_time(a))[0];
    const cap = options.releaseNow ?? options.now;
    const watermark = latest !== undefined && select_time(latest) > cap.getTime() ? cap.toISOString() : latest;
    return {
        format: WATCH_CURSOR_FORMAT,
        repo: options.repo,
        ...(options.etag ? { etag: options.etag } : {}),
        ...(watermark ? { watermark } : {}),
        seen,
        polledAt: options.now.toISOString(),
    };
}
function cursorChanged(previous, next) {
    if (!previous)
        return true;
    const key = ({ polledAt: _polledAt, seen, ...rest }) => JSON.stringify([
        rest.etag,
        rest.deepEtag,
        rest.tagListings ?? [],
        rest.etagAt,
        rest.watermark,
        rest.checkedAt,
        rest.githubClock,
        rest.pending ?? [],
        rest.dispatched ?? [],
        rest.redeliver ?? [],
        rest.redeliverEvents ?? [],
        rest.end,
        rest.backlog,
        rest.drafts ?? [],
        seen.map((item) => [item.id, item.tag, item.prerelease]),
    ]);
    return key(previous) !== key(next);
}
function isNewBelow(release, cursor, since) {
    if (!isPublished(release))
        return false;
    if (cursor?.dispatched?.some((dispatched) => dispatched.id === release.id))
        return false;
    if (cursor?.seen.some((seen) => seen.id === release.id))
        return false;
    if (since?.from === undefined || select_time(release.publishedAt) >= select_time(since.from))
        return true;
    const tie = since.tie;
    return tie !== undefined && select_time(release.publishedAt) === select_time(tie.at) && !tie.seen.includes(release.id);
}
function newSince(watch, cursor) {
    if (cursor) {
        const watermark = cursor.watermark;
        if (watermark === undefined)
            return {};
        const seen = cursor.seen.filter((release) => select_time(release.publishedAt) === select_time(watermark)).map((release) => release.id);
        return { from: new Date(select_time(watermark) + 1).toISOString(), tie: { at: watermark, seen } };
    }
    switch (watch.since.kind) {
        case "date":
            return { from: new Date(select_time(watch.since.date)).toISOString() };
        case "all":
            return {};
        case "latest":
            return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/watch/below.js



const below_PER_PAGE = 100;
const below_WATCHED_PAGES = 2;
async function readBelow(options) {
    const { cursor, watch } = options;
    const lookups = { client: options.client, repo: watch.repo, backoff: options.backoff, budget: options.budget };
    let listing = options.listing;
    const notes = [];
    let backlog = cursor?.backlog;
    let end = cursor?.end;
    if (listing.status === "ok") {
        const since = newSince(watch, cursor);
        let endNow = await listingEnd(options, listing);
        const prev = cursor?.end;
        let added;
        let deep = false;
        if (cursor && prev && !listing.complete) {
            const position = endNow === undefined ? undefined : await anchorPosition(options, listing.releases, endNow, prev);
            if (endNow === undefined || position === undefined)
                deep = true;
            else {
                added = endNow.count - position - prev.below;
                deep = added > 0;
                if (!deep && endNow.releases && addedAtEnd(endNow, prev, position, (release) => isNewBelow(release, cursor, since))) {
                    deep = true;
                    added = undefined;
                }
            }
        }
        let left;
        if (deep && prev) {
            const read = await listReleases({ ...lookups, repo: watch.repo, isEnough: () => false, maxPages: options.maxPages });
            if (read.status === "ok") {
                listing = read;
                if (read.complete)
                    endNow = read.end;
                const index = read.releases.findIndex((release) => release.id === prev.boundary);
                const found = index < 0 ? undefined : read.releases.slice(index + 1).filter((release) => isNewBelow(release, cursor, since)).length;
                const what = added === undefined ? "the listing changed below the pages watched" : `${added} release${added === 1 ? "" : "s"} added below the pages watched (GitHub lists releases by their commit's date)`;
                notes.push(`${what}: read ${read.pages} page${read.pages === 1 ? "" : "s"}`);
                if (!read.complete && (found === undefined || added === undefined || found < added)) {
                    left = read.releases.at(-1);
                    if (left && since) {
                        const missing = found !== undefined && added !== undefined ? { missing: added - found } : {};
                        backlog = mergeBacklog(backlog, { after: mark(left), page: read.pages, ...since, ...missing });
                    }
                }
            }
        }
        else if (listing.truncated && since) {
            left = listing.releases.at(-1);
            if (left)
                backlog = mergeBacklog(backlog, { after: mark(left), page: listing.pages, ...since });
        }
        const anchor = Math.min(listing.releases.length, below_PER_PAGE);
        if (endNow) {
            end = {
                boundary: listing.releases[anchor - 1]?.id ?? 0,
                below: Math.max(endNow.count - anchor, 0),
                count: endNow.count,
                ...(keepsEndPage(endNow) && endNow.etag ? { page: endNow.page, etag: endNow.etag } : {}),
            };
            const first = endNow.releases ? endNow.releases[0]?.id : prev?.page === endNow.page && prev.etag === endNow.etag ? prev.first : undefined;
            if (end.page !== undefined && first !== undefined)
                end.first = first;
        }
        if (left && backlog?.after.id === left.id) {
            notes.push(`the next poll reads on below ${backlog.after.tag} (the releases below it are not marked seen)`);
            return { listing, below: [], fresh: [], end, backlog, notes };
        }
    }
    if (!backlog)
        return { listing, below: [], fresh: [], end, backlog, notes };
    const lastPage = end ? Math.max(Math.ceil(end.count / below_PER_PAGE), 1) : undefined;
    const from = backlog.from;
    const since = { ...(from !== undefined ? { from } : {}), ...(backlog.tie ? { tie: backlog.tie } : {}) };
    const missing = backlog.missing;
    let found = 0;
    const read = await listReleasesBelow({
        ...lookups,
        repo: watch.repo,
        after: backlog.after,
        page: lastPage === undefined ? backlog.page : Math.min(backlog.page, lastPage),
        maxPages: options.maxPages,
        isEnough: (page) => {
            found += page.filter((release) => isNewBelow(release, cursor, since)).length;
            if (missing !== undefined)
                return found >= missing;
            return from !== undefined && page.some((release) => isPublished(release) && Date.parse(release.publishedAt) < Date.parse(from));
        },
    });
    const fresh = read.releases.filter((release) => matchesWatch(release, watch) && isNewBelow(release, cursor, since));
    const after = backlog.after.tag;
    const lastRead = read.releases.at(-1);
    if (read.complete || read.enough) {
        const next = backlog.older;
        notes.push(`read on below ${after}, where an earlier poll stopped: ${read.releases.length} release${read.releases.length === 1 ? "" : "s"} there, all read now${next ? `; the next poll reads on below ${next.after.tag}, where one before stopped` : ""}`);
        backlog = next;
    }
    else if (!lastRead) {
        notes.push(`could not find where an earlier poll stopped reading (below ${after}) yet; the next poll looks on from page ${read.page}`);
        backlog = { ...backlog, page: read.page };
    }
    else {
        notes.push(`read on below ${after}, where an earlier poll stopped: ${read.releases.length} releases; the next poll reads on below ${shortTag(lastRead.tagName)}`);
        backlog = {
            after: mark(lastRead),
            page: read.page,
            ...since,
            ...(missing !== undefined ? { missing: Math.max(missing - found, 1) } : {}),
            ...(backlog.older ? { older: backlog.older } : {}),
        };
    }
    return { listing, below: read.releases, fresh, end, backlog, notes };
}
async function listingEnd(options, listing) {
    if (listing.complete && listing.end && (listing.end.count === 0 || listing.end.count % below_PER_PAGE !== 0))
        return listing.end;
    if (listing.endSeen)
        return listing.endSeen;
    const stored = options.cursor?.end;
    const start = listing.complete ? (listing.end?.page ?? listing.pages) + 1 : (stored?.page ?? listing.lastPage ?? listing.pages + 1);
    const etag = stored?.page === start ? stored.etag : undefined;
    const answer = await readListingEnd({ client: options.client, repo: options.watch.repo, backoff: options.backoff, budget: options.budget, page: start, ...(etag ? { etag } : {}) });
    if (answer.status === "not-modified")
        return stored ? { page: start, ...(etag ? { etag } : {}), count: stored.count } : undefined;
    return answer.end;
}
async function anchorPosition(options, read, end, prev) {
    const index = read.findIndex((release) => release.id === prev.boundary);
    if (index >= 0)
        return index + 1;
    const expected = end.count - prev.below;
    if (expected <= read.length)
        return undefined;
    const page = Math.ceil(expected / below_PER_PAGE);
    const releases = page === end.page && end.releases
        ? end.releases
        : await listReleasesPage({ client: options.client, repo: options.watch.repo, backoff: options.backoff, budget: options.budget, page });
    const at = releases.findIndex((release) => release.id === prev.boundary);
    return at < 0 ? undefined : (page - 1) * below_PER_PAGE + at + 1;
}
function addedAtEnd(end, prev, position, isNew) {
    const releases = end.releases ?? [];
    if (releases.some(isNew))
        return true;
    if (prev.first === undefined || prev.page !== end.page)
        return false;
    const pushed = releases.findIndex((release) => release.id === prev.first);
    return pushed > 0 && pushed > position - (prev.count - prev.below);
}
function keepsEndPage(end) {
    return end.page > below_WATCHED_PAGES || (end.count > 0 && end.count === (end.page - 1) * below_PER_PAGE);
}
function mark(release) {
    return { id: release.id, tag: shortTag(release.tagName), createdAt: release.createdAt };
}
function mergeBacklog(older, next) {
    if (!older)
        return next;
    const { older: oldest, ...first } = older;
    if (!oldest)
        return { ...next, older: first };
    const from = first.from === undefined || oldest.from === undefined ? undefined : Date.parse(first.from) < Date.parse(oldest.from) ? first.from : oldest.from;
    const ties = from === undefined ? [] : [first, oldest].filter((part) => part.from === from).flatMap((part) => (part.tie ? [part.tie] : []));
    const tie = ties.length === 0 ? undefined : ties.reduce((a, b) => ({ at: a.at, seen: a.seen.filter((id) => b.seen.includes(id)) }));
    const { missing: _missing, from: _from, tie: _tie, ...rest } = first;
    return { ...next, older: { ...rest, ...(from !== undefined ? { from } : {}), ...(tie ? { tie } : {}) } };
}

;// CONCATENATED MODULE: ./.build/watch/drafts.js


async function checkDrafts(options) {
    const listed = new Map(options.read.map((release) => [release.id, release]));
    const before = new Map((options.cursor?.drafts ?? []).map((draft) => [draft.id, draft]));
    const watched = new Map();
    const published = [];
    for (const release of options.read) {
        if (!release.draft)
            continue;
        const etag = before.get(release.id)?.etag;
        watched.set(release.id, { id: release.id, createdAt: release.createdAt, ...(etag ? { etag } : {}) });
    }
    for (const draft of before.values()) {
        if (listed.has(draft.id))
            continue;
        const answer = await checkRelease({ client: options.client, repo: options.repo, id: draft.id, ...(draft.etag ? { etag: draft.etag } : {}), backoff: options.backoff, budget: options.budget });
        if (answer.status === "not-modified")
            watched.set(draft.id, draft);
        else if (answer.status === "ok" && answer.release.draft) {
            watched.set(draft.id, { id: draft.id, createdAt: answer.release.createdAt, ...(answer.etag ? { etag: answer.etag } : {}) });
        }
        else if (answer.status === "ok")
            published.push(answer.release);
    }
    const all = [...watched.values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
    return { published, drafts: all.slice(0, DRAFTS_WATCHED), unwatched: Math.max(all.length - DRAFTS_WATCHED, 0) };
}

;// CONCATENATED MODULE: ./.build/watch/same-repository.js



async function checkSameRepository(lookups, cursor, listed) {
    if (!cursor?.watermark || cursor.seen.length === 0)
        return;
    const known = new Set([...cursor.seen, ...(cursor.dispatched ?? []), ...(cursor.pending ?? [])].map((release) => release.id));
    if (listed.some((release) => known.has(release.id)))
        return;
    const repository = await getRepositoryFacts(lookups);
    if (Date.parse(repository.createdAt) <= Date.parse(cursor.watermark))
        return;
    const { repo } = lookups;
    throw new GitHubReleasesError({
        repo,
        status: 200,
        message: `GitHub's ${repo} is not the repository polled before: it was created ${repository.createdAt}, after the releases this watch saw there (the newest published ${cursor.watermark}), and lists none of them. ` +
            `The repository watched was deleted, or renamed or transferred and its name taken by another; none of the releases listed now is dispatched. ` +
            `Check ${repository.htmlUrl}: to watch it, run \`flows forget ${watchCursorEventId(repo, cursor.filter ?? "")}\` and the next poll goes on from the last release dispatched; otherwise remove it from the configuration.`,
    });
}

;// CONCATENATED MODULE: ./.build/watch/poll-repository.js












const REDELIVER_LOOKUPS_PER_POLL = 10;
const HELD_LOOKUPS_PER_POLL = 20;
const MAX_PAGES = 10;
const CHECKED_AT_REFRESH_MS = 6 * 3_600_000;
async function pollRepository(options) {
    const { watch, cursor, now, budget } = options;
    const lookups = { client: options.client, repo: watch.repo, budget, backoff: options.backoff };
    const before = budget.used;
    const tagsAgain = cursor_keepNewestRedeliverTags([...new Set(cursor?.redeliver ?? [])]);
    const redeliver = tagsAgain.kept;
    const conditional = redeliver.length === 0;
    const maxPages = Math.max(options.maxPages ?? MAX_PAGES, 1);
    const top = await listReleases({
        client: options.client,
        repo: watch.repo,
        ...(conditional && cursor?.etag ? { etag: cursor.etag } : {}),
        ...(conditional && cursor?.deepEtag ? { deepEtag: cursor.deepEtag } : {}),
        ...(conditional && cursor?.end?.page && cursor.end.etag ? { end: { page: cursor.end.page, etag: cursor.end.etag } } : {}),
        isEnough: (page) => reachedKnownReleases(page, watch, cursor),
        maxPages,
        backoff: options.backoff,
        budget,
    });
    const below = await readBelow({ client: options.client, watch, cursor, listing: top, backoff: options.backoff, budget, maxPages });
    const listing = below.listing;
    const listed = listing.status === "ok" ? listing.releases : undefined;
    if (listed)
        await checkSameRepository(lookups, cursor, listed);
    const clock = releaseClock(now, listing.githubTime);
    const seenTimes = new Map((cursor?.seen ?? []).map((seen) => [seen.id, seen.publishedAt]));
    const heldTimes = new Map((cursor?.pending ?? []).map((held) => [held.id, held.publishedAt]));
    const known = (id) => seenTimes.get(id) ?? heldTimes.get(id);
    const untimed = listed ? fillMissingTimestamps(listed, known, clock.seenAt) : new Set();
    const drafts = await checkDrafts({ client: options.client, repo: watch.repo, cursor, read: [...(listed ?? []), ...below.below], backoff: options.backoff, budget });
    const fresh = listed ? selectNewReleases(listed, watch, cursor) : [];
    const freshIds = new Set(fresh.map((release) => release.id));
    const addFresh = (release) => {
        if (freshIds.has(release.id))
            return false;
        freshIds.add(release.id);
        fresh.push(release);
        return true;
    };
    for (const release of below.fresh)
        addFresh(release);
    const publishedDrafts = cursor ? selectNewReleases(drafts.published, watch, cursor) : [];
    for (const release of publishedDrafts)
        addFresh(release);
    const listedById = new Map((listed ?? []).map((release) => [release.id, release]));
    const listedByTag = new Map();
    for (const release of listed ?? [])
        if (!release.draft && !listedByTag.has(release.tagName))
            listedByTag.set(release.tagName, release);
    fresh.sort(byPublication);
    const notFound = [];
    const againIds = new Set();
    const later = [];
    let lookedUp = 0;
    for (const tag of new Set(redeliver)) {
        if (tagNameProblem(tag)) {
            notFound.push(tag);
            continue;
        }
        const inListing = listedByTag.get(tag);
        if (!inListing && lookedUp >= REDELIVER_LOOKUPS_PER_POLL) {
            later.push(tag);
            continue;
        }
        if (!inListing)
            lookedUp += 1;
        const release = inListing ?? (await getReleaseByTag({ ...lookups, tag }));
        if (release && matchesWatch(release, watch)) {
            if (addFresh(release))
                againIds.add(release.id);
        }
        else
            notFound.push(tag);
    }
    const held = [];
    const dropped = [];
    const ready = [];
    const refused = [];
    for (const release of fresh) {
        const problem = tagNameProblem(release.tagName);
        if (problem) {
            refused.push({ tag: shortTag(release.tagName), reason: `not a tag git can hold: ${problem}` });
            continue;
        }
        const hold = holdRelease(release, clock, !untimed.has(release.id));
        if (isEligible(hold, watch.minAge, clock))
            ready.push(release);
        else
            held.push(hold);
    }
    let heldLookups = 0;
    for (const hold of cursor?.pending ?? []) {
        if (freshIds.has(hold.id))
            continue;
        const listedNow = listedById.get(hold.id);
        const eligible = isEligible(hold, watch.minAge, clock);
        const missing = listing.status === "ok" && (!listedNow || listedNow.draft) && shouldHaveBeenListed(hold.createdAt, listing);
        let release = listedNow && !listedNow.draft ? withTime(listedNow, hold) : undefined;
        if (!eligible && !missing) {
            if (release && !matchesWatch(release, watch))
                dropped.push({ tag: hold.tag, reason: mismatch(release) });
            else
                held.push(hold);
            continue;
        }
        if (!release) {
            if (heldLookups >= HELD_LOOKUPS_PER_POLL) {
                held.push(hold);
                continue;
            }
            heldLookups += 1;
            const current = await currentRelease(lookups, hold.id);
            release = current ? withTime(current, hold) : undefined;
        }
        if (!release)
            dropped.push({ tag: hold.tag, reason: "deleted (or unpublished) while pending" });
        else if (!matchesWatch(release, watch))
            dropped.push({ tag: hold.tag, reason: mismatch(release) });
        else if (tagNameProblem(release.tagName))
            dropped.push({ tag: hold.tag, reason: `retagged as none git can hold: ${tagNameProblem(release.tagName)}` });
        else if (eligible)
            ready.push(release);
        else
            held.push(hold);
    }
    ready.sort(byPublication);
    const byEligibility = held
        .map((hold) => ({ hold, at: Date.parse(eligibleAt(hold, watch.minAge ?? 0, clock.githubAheadMs)) }))
        .sort((a, b) => a.at - b.at)
        .map((item) => item.hold);
    const pending = byEligibility.slice(0, HELD_RELEASES_KEPT);
    for (const hold of byEligibility.slice(HELD_RELEASES_KEPT)) {
        dropped.push({ tag: hold.tag, reason: `more than ${HELD_RELEASES_KEPT.toLocaleString("en-US")} releases held by min-age, the most a cursor keeps: not dispatched` });
    }
    const eventsAgain = cursor_keepNewestRedeliverEvents([...new Set(cursor?.redeliverEvents ?? [])]);
    const changesAgain = await storedChanges(options.store, eventsAgain.kept, watch.repo);
    const releaseEvents = ready.map((release) => upstreamReleaseFlowEvent({ repo: watch.repo, release, now }));
    const dispatchedBefore = new Set((cursor?.dispatched ?? []).map((item) => item.id));
    const dispatchedNow = ready
        .map((release, index) => ({
        id: release.id,
        tag: release.tagName,
        eventId: releaseEvents[index]?.id ?? "",
        prerelease: release.prerelease,
        createdAt: release.createdAt,
        dispatchedAt: now.toISOString(),
        ...(/^[0-9a-f]{40}$/.test(release.targetCommitish) ? { commit: release.targetCommitish } : {}),
    }))
        .filter((item) => !dispatchedBefore.has(item.id))
        .reverse();
    const changes = watch.updates
        ? await detectChanges({ ...lookups, watch, cursor, listing, dispatchedNow, now })
        : { events: [], dispatched: [...dispatchedNow, ...(cursor?.dispatched ?? [])], tagListings: [], tagGroupsLater: 0, tagPartsLater: 0, tooLarge: [] };
    const read = [...(listing.status === "ok" ? listing.releases : []), ...below.below, ...drafts.published];
    const moved = (etag) => nextCursor({ repo: watch.repo, previous: cursor, releases: read, etag, now, releaseNow: clock.now });
    const base = listing.status === "ok"
        ? {
            ...moved(listing.etag),
            ...(listing.deepEtag ? { deepEtag: listing.deepEtag } : {}),
            ...(listing.etag ? { etagAt: listing.etag === cursor?.etag ? (cursor.etagAt ?? now.toISOString()) : now.toISOString() } : {}),
            checkedAt: now.toISOString(),
        }
        : {
            ...cursor,
            ...(read.length > 0 ? pick(moved(cursor?.etag)) : {}),
            ...(checkedLongAgo(cursor, now) ? { checkedAt: now.toISOString() } : {}),
        };
    delete base.end;
    delete base.backlog;
    if (below.end)
        base.end = below.end;
    if (below.backlog)
        base.backlog = below.backlog;
    const next = {
        ...base,
        pending,
        dispatched: changes.dispatched.slice(0, DISPATCHED_RELEASES_KEPT),
    };
    const githubClock = seenClocks(cursor?.githubClock, clock);
    if (githubClock)
        next.githubClock = githubClock;
    else
        delete next.githubClock;
    delete next.tagsEtag;
    delete next.tagListings;
    delete next.redeliver;
    delete next.redeliverEvents;
    delete next.drafts;
    if (drafts.drafts.length > 0)
        next.drafts = drafts.drafts;
    if (later.length > 0)
        next.redeliver = later;
    if (changes.tagListings.length > 0)
        next.tagListings = changes.tagListings;
    const detected = new Set(changes.events.map((event) => event.id));
    const changedAgain = changesAgain.events.filter((event) => !detected.has(event.id));
    const events = [...releaseEvents, ...changes.events, ...changedAgain];
    const again = new Set([...ready.flatMap((release, index) => (againIds.has(release.id) ? [releaseEvents[index]?.id ?? ""] : [])), ...changedAgain.map((event) => event.id)]);
    const report = describe({ watch, cursor, listing, events, again, held: pending, dropped, refused, clock, requests: budget.used - before });
    if (below.below.length > 0 || drafts.published.length > 0)
        report.status = "ok";
    if (drafts.published.length > 0) {
        const note = `published since a poll listed ${drafts.published.length === 1 ? "it as a draft" : "them as drafts"} (asked for by id: GitHub lists ${drafts.published.length === 1 ? "it" : "them"} by commit date, below the pages watched): ${drafts.published.map((release) => shortTag(release.tagName)).join(", ")}`;
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    if (drafts.unwatched > 0) {
        const note = `${drafts.unwatched} draft${drafts.unwatched === 1 ? "" : "s"} listed not watched (${DRAFTS_WATCHED} are, the newest by commit date): published, ${drafts.unwatched === 1 ? "it is" : "one is"} missed if GitHub lists it below the pages polls read`;
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    for (const note of below.notes)
        report.message = report.message ? `${report.message}; ${note}` : note;
    if (notFound.length > 0) {
        const note = `not delivered again (no such release now, or no longer matching the watch): ${notFound.join(", ")}`;
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    if (later.length > 0) {
        const note = `${later.length} more to deliver again at the next poll${later.length > REDELIVER_LOOKUPS_PER_POLL ? "s" : ""} (${REDELIVER_LOOKUPS_PER_POLL} looked up per poll)`;
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    if (changes.tagGroupsLater > 0) {
        const note = `tags of ${changes.tagGroupsLater} more group${changes.tagGroupsLater === 1 ? "" : "s"} of dispatched releases checked for moves at the next polls (${TAG_LISTINGS_PER_POLL} groups listed per poll)`;
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    if (changes.tagPartsLater > 0) {
        const note = `tags of ${changes.tagPartsLater} more narrower prefix${changes.tagPartsLater === 1 ? "" : "es"} of tag groups too large to list whole checked for moves at the next polls (${TAG_SPLIT_REQUESTS_PER_POLL} listed per poll)`;
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    for (const group of changes.tooLarge) {
        const request = `GET /repos/${watch.repo}/git/matching-refs/tags/${group.prefix}`;
        const note = `tags starting with ${JSON.stringify(group.prefix)} not checked for moves: GitHub's list of them (${request}, which has no pages) is over ${formatBytes(group.maxBytes)}, more than a poll reads, even split ${TAG_SPLIT_MAX_DEPTH} times out of the tags starting with ${JSON.stringify(group.within)} (the most a group is split). ` +
            `Releases are still dispatched, and deletions and prerelease changes still seen; the list is asked again at later polls (free while unchanged) and read once it is smaller. ` +
            `To stop asking, set updates=false for ${watch.repo} (${watch.origin})`;
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    if (tagsAgain.dropped.length > 0) {
        const note = cursor_droppedReleaseRedeliveriesNote(tagsAgain.dropped);
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    if (eventsAgain.dropped.length > 0) {
        const note = cursor_droppedRedeliveriesNote(eventsAgain.dropped);
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    if (changesAgain.missing.length > 0) {
        const note = `not delivered again (no longer in the state store): ${changesAgain.missing.join(", ")}`;
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    options.log?.(`${watch.repo}: ${report.newReleases} new release(s)${report.message ? ` — ${report.message}` : ""}.`);
    return { report, events, clock, ...(cursorChanged(cursor, next) ? { cursor: next } : {}) };
}
async function storedChanges(store, ids, repo) {
    const events = [];
    const missing = [];
    for (const id of new Set(ids)) {
        const event = (await store?.loadEvent(id))?.event;
        const payload = event?.payload;
        const ours = typeof payload?.repo === "string" && payload.repo.toLowerCase() === repo.toLowerCase();
        if (event && (event.type === change_events_RELEASE_UPDATED_TYPE || event.type === change_events_RELEASE_DELETED_TYPE) && ours)
            events.push(event);
        else
            missing.push(id);
    }
    return { events, missing };
}
function seenClocks(stored, clock) {
    if (!clock.github)
        return undefined;
    if (stored && Math.abs(githubAheadMs(stored) - clock.githubAheadMs) < GITHUB_CLOCK_KEPT_MS)
        return stored;
    return { github: clock.github.toISOString(), runner: clock.runner.toISOString() };
}
function pick(cursor) {
    return { seen: cursor.seen, ...(cursor.watermark ? { watermark: cursor.watermark } : {}) };
}
function withTime(release, hold) {
    return { ...release, publishedAt: release.publishedAt ?? hold.publishedAt };
}
function mismatch(release) {
    return release.prerelease ? "became a prerelease while pending" : "no longer matches the watch";
}
function formatBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes.toLocaleString("en-US")} bytes`;
}
const NOTE_ITEMS = 20;
function some(items) {
    if (items.length <= NOTE_ITEMS)
        return items.join(", ");
    return `${items.slice(0, NOTE_ITEMS).join(", ")} and ${items.length - NOTE_ITEMS} more`;
}
function checkedLongAgo(cursor, now) {
    const checked = Date.parse(cursor?.checkedAt ?? cursor?.polledAt ?? "");
    return Number.isNaN(checked) || now.getTime() - checked >= CHECKED_AT_REFRESH_MS;
}
function describe(options) {
    const { watch, listing, held, dropped, refused } = options;
    const notes = [];
    if (!options.cursor)
        notes.push(`first poll (since ${watch.since.kind === "date" ? watch.since.date : watch.since.kind})`);
    if (listing.status === "ok" && listing.truncated) {
        const pages = listing.pages === 1 ? "1 page" : `${listing.pages} pages`;
        notes.push(`stopped after ${pages} (the newest ${(listing.pages * 100).toLocaleString("en-US")} releases, the most one poll reads); older releases were not looked at`);
    }
    const label = (event) => {
        const tag = String(event.payload.tag);
        return event.type === "upstream.release" ? tag : `${tag} (${event.type.replace("upstream.release.", "")})`;
    };
    const again = options.events.filter((event) => options.again.has(event.id));
    const releases = options.events.filter((event) => event.type === "upstream.release" && !options.again.has(event.id));
    const changed = options.events.filter((event) => event.type !== "upstream.release" && !options.again.has(event.id));
    if (releases.length > 0)
        notes.push(`new: ${some(releases.map(label))}`);
    if (changed.length > 0)
        notes.push(`changed: ${some(changed.map(label))}`);
    if (again.length > 0)
        notes.push(`again: ${some(again.map(label))}`);
    const heldReports = held.map((item) => ({ tag: item.tag, eligibleAt: eligibleAt(item, watch.minAge ?? 0, options.clock.githubAheadMs), ageFrom: item.ageFrom }));
    if (heldReports.length > 0)
        notes.push(`pending: ${some(heldReports.map((item) => `${item.tag} until ${item.eligibleAt}`))}`);
    if (dropped.length > 0)
        notes.push(`dropped: ${some(dropped.map((item) => `${item.tag} (${item.reason})`))}`);
    if (refused.length > 0)
        notes.push(`refused: ${some(refused.map((item) => `${JSON.stringify(item.tag)} (${item.reason})`))}`);
    return {
        repo: watch.repo,
        status: listing.status === "ok" ? "ok" : "not-modified",
        newReleases: releases.length,
        pages: listing.pages,
        requests: options.requests,
        ...(notes.length > 0 ? { message: notes.join("; ") } : {}),
        ...(heldReports.length > 0 ? { held: heldReports } : {}),
        ...(dropped.length > 0 ? { dropped } : {}),
        ...(refused.length > 0 ? { refused } : {}),
        ...(changed.length > 0 ? { changes: changed.length } : {}),
        ...(again.length > 0 ? { again: again.length } : {}),
    };
}

;// CONCATENATED MODULE: ./.build/watch/rotation.js


const WATCH_ROTATION_EVENT_ID = "flows-action:watch-rotation";
const KEY = { eventId: WATCH_ROTATION_EVENT_ID, type: `${query.INTERNAL_EVENT_TYPE_PREFIX}watch-rotation`, runId: "watch-rotation" };
async function loadWatchRotation(store) {
    const value = await loadInternalValue(store, KEY, "rotation");
    if (typeof value !== "object" || value === null)
        return {};
    const { next, reason } = value;
    return { ...(typeof next === "string" ? { next } : {}), ...(typeof reason === "string" ? { reason } : {}) };
}
async function saveWatchRotation(store, rotation, now) {
    await saveInternalValue({
        store,
        ...KEY,
        field: "rotation",
        value: rotation,
        message: rotation.next ? `the next poll starts with ${rotation.next}` : "the next poll starts with the first watched repository",
        payload: {},
        now,
    });
}
function rotate(watches, next) {
    const start = next ? watches.findIndex((watch) => watch.repo.toLowerCase() === next) : -1;
    return start <= 0 ? [...watches] : [...watches.slice(start), ...watches.slice(0, start)];
}

// EXTERNAL MODULE: ./.build/terminal-text.js
var terminal_text = __webpack_require__(17930);
;// CONCATENATED MODULE: ./.build/watch/status.js






const OTHER_CURSORS_LISTED = 100;
async function watchStatus(options) {
    const now = options.now ?? new Date();
    const repositories = [];
    const configured = new Set();
    for (const watch of options.watches) {
        const filter = (0,watch_filter/* watchFilterText */.tG)(watch);
        let cursor;
        let unreadable;
        configured.add(watchCursorEventId(watch.repo, filter));
        try {
            const { read, stored } = await readWatchCursorRecord(options.store, watch.repo, filter);
            cursor = read.cursor;
            if (cursor && filter !== "" && stored.record === undefined)
                configured.add(watchCursorEventId(watch.repo));
        }
        catch (error) {
            if (!(error instanceof WatchCursorError))
                throw error;
            unreadable = error.message;
        }
        const last = cursor?.dispatched?.[0];
        const ahead = githubAheadMs(cursor?.githubClock);
        const clock = {
            name: cursor?.githubClock && ahead <= 0 ? "github" : "runner",
            now: new Date(now.getTime() + Math.min(ahead, 0)).toISOString(),
            ...(cursor?.githubClock ? { githubAheadSeconds: Math.round(ahead / 1000) } : {}),
        };
        const etagAt = cursor?.etag ? (cursor.etagAt ?? cursor.polledAt) : undefined;
        repositories.push({
            repo: watch.repo,
            origin: watch.origin,
            ...(filter !== "" ? { filter } : {}),
            cursorId: watchCursorEventId(watch.repo, filter),
            ...(watch.minAge ? { minAge: watch.minAge } : {}),
            updates: watch.updates === true,
            polled: cursor !== undefined,
            ...(cursor ? { lastPoll: cursor.checkedAt ?? cursor.polledAt, lastChange: cursor.polledAt } : {}),
            ...(etagAt ? { etagAt, etagAgeSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(etagAt)) / 1000)) } : {}),
            clock,
            pending: (cursor?.pending ?? []).map((held) => {
                const at = eligibleAt(held, watch.minAge ?? 0, ahead);
                return { tag: held.tag, eligibleAt: at, ageFrom: held.ageFrom, eligible: Date.parse(at) <= Date.parse(clock.now) };
            }),
            ...(last ? { lastDispatched: { tag: last.tag, eventId: last.eventId, at: last.dispatchedAt } } : {}),
            tracked: cursor?.dispatched?.length ?? 0,
            redeliver: cursor?.redeliver ?? [],
            redeliverEvents: cursor?.redeliverEvents ?? [],
            drafts: cursor?.drafts?.length ?? 0,
            ...(cursor?.backlog ? { readOn: { after: cursor.backlog.after.tag, ...(cursor.backlog.from ? { from: cursor.backlog.from } : {}) } } : {}),
            ...(unreadable ? { unreadable } : {}),
        });
    }
    const rotation = await loadWatchRotation(options.store);
    const next = rotation.next ? options.watches.find((watch) => watch.repo.toLowerCase() === rotation.next)?.repo : undefined;
    const others = options.others ? await otherWatchCursors(options.store, { leftOut: configured, first: OTHER_CURSORS_LISTED }) : undefined;
    return {
        at: now.toISOString(),
        repositories,
        ...(next ? { nextPollStartsWith: next } : {}),
        ...(others && others.total > 0 ? { notConfigured: { total: others.total, cursors: others.cursors.map(otherCursorStatus) } } : {}),
    };
}
function otherCursorStatus(stored) {
    const { cursor } = stored;
    const last = cursor?.dispatched?.[0];
    return {
        cursorId: stored.eventId,
        repo: stored.repo,
        ...(stored.filter ? { filter: stored.filter } : {}),
        ...(cursor ? { lastPoll: cursor.checkedAt ?? cursor.polledAt } : {}),
        ...(last ? { lastDispatched: { tag: last.tag, eventId: last.eventId, at: last.dispatchedAt } } : {}),
        tracked: cursor?.dispatched?.length ?? 0,
        pending: cursor?.pending?.length ?? 0,
        ...(stored.unreadable || !cursor ? { unreadable: stored.unreadable ?? "its content is no cursor of this repository (damaged, or copied from another record): a poll of it starts from the store's release events" } : {}),
    };
}
function formatAge(seconds) {
    const units = [["d", 86_400], ["h", 3_600], ["m", 60], ["s", 1]];
    const rest = Math.max(0, Math.round(seconds));
    const first = units.findIndex(([, size]) => rest >= size);
    if (first === -1)
        return "0s";
    const [unit, size] = units[first];
    const below = units[first + 1];
    const next = below ? Math.floor((rest % size) / below[1]) : 0;
    return below && next > 0 ? `${Math.floor(rest / size)}${unit} ${next}${below[0]}` : `${Math.floor(rest / size)}${unit}`;
}
function shortTime(iso) {
    return iso.replace("T", " ").replace(/:\d{2}(?:\.\d+)?Z$/, "Z");
}
function clockText(clock) {
    const ahead = clock.githubAheadSeconds;
    if (ahead === undefined)
        return "this machine's (the last poll had no time from GitHub)";
    const gap = formatAge(Math.abs(ahead));
    return clock.name === "github"
        ? `GitHub's (${gap} behind this machine's at the last poll; the earlier clock counts)`
        : `this machine's (GitHub's was ${gap} ahead of it at the last poll; the earlier clock counts)`;
}
const STATUS_ENTRIES_SHOWN = 10;
function firstShown(items) {
    return { shown: items.slice(0, STATUS_ENTRIES_SHOWN), more: Math.max(items.length - STATUS_ENTRIES_SHOWN, 0) };
}
function renderWatchStatusText(status, options = {}) {
    const now = Date.parse(status.at);
    const ago = (iso) => `${shortTime(iso)} (${formatAge((now - Date.parse(iso)) / 1000)} ago)`;
    const lines = [];
    for (const repo of status.repositories) {
        const taken = shownTakenReleases(repo.filter ?? "");
        const options = [
            taken !== "" ? terminalText(taken) : undefined,
            repo.minAge ? `min-age ${formatAge(repo.minAge / 1000)}` : undefined,
            repo.updates ? "updates" : undefined,
        ].filter(Boolean);
        lines.push(`${repo.repo}${options.length > 0 ? ` (${options.join(", ")})` : ""} — ${repo.origin}`);
        if (repo.unreadable) {
            lines.push(`  unreadable: ${terminalText(repo.unreadable)}`);
            continue;
        }
        if (!repo.polled) {
            lines.push("  not polled yet");
            continue;
        }
        lines.push(`  last poll        ${repo.lastPoll ? terminalText(ago(repo.lastPoll)) : "unknown"}`);
        lines.push(`  ETag age         ${repo.etagAgeSeconds === undefined ? "no ETag" : formatAge(repo.etagAgeSeconds)}`);
        if (repo.pending.length === 0)
            lines.push("  pending          none");
        else if (repo.clock.githubAheadSeconds === undefined || Math.abs(repo.clock.githubAheadSeconds) >= 60)
            lines.push(`  clock            ${clockText(repo.clock)}`);
        const clockNow = Date.parse(repo.clock.now);
        const pending = firstShown(repo.pending);
        for (const [index, held] of pending.shown.entries()) {
            const eligible = Date.parse(held.eligibleAt);
            const when = held.eligible ? "eligible now: dispatched by the next poll" : `eligible ${shortTime(held.eligibleAt)} (in ${formatAge((eligible - clockNow) / 1000)})`;
            lines.push(`  ${index === 0 ? "pending         " : "                "} ${terminalText(held.tag)} — ${when}`);
        }
        if (pending.more > 0)
            lines.push(`                   and ${pending.more} more pending (--json lists them all)`);
        lines.push(`  last dispatched  ${repo.lastDispatched ? `${terminalText(repo.lastDispatched.tag)} at ${terminalText(shortTime(repo.lastDispatched.at))}` : "none"}`);
        const again = firstShown([...repo.redeliver, ...repo.redeliverEvents]);
        if (again.shown.length > 0)
            lines.push(`  to deliver again ${again.shown.map(terminalText).join(", ")}${again.more > 0 ? `, and ${again.more} more (--json lists them all)` : ""}`);
        if (repo.drafts > 0)
            lines.push(`  drafts watched   ${repo.drafts} (asked for by id each poll: found when published, however deep GitHub lists ${repo.drafts === 1 ? "it" : "them"})`);
        if (repo.readOn) {
            const since = repo.readOn.from ? `published since ${terminalText(shortTime(repo.readOn.from))}` : "any";
            lines.push(`  still to read    releases listed below ${terminalText(repo.readOn.after)} (${since}): the next poll reads on`);
        }
    }
    if (status.nextPollStartsWith)
        lines.push("", `The last poll stopped early; the next one starts with ${status.nextPollStartsWith}.`);
    if (status.notConfigured)
        lines.push(...otherCursorLines(status.notConfigured, ago, options.forgetCommand ?? ((cursor) => `flows forget ${cursor}`)));
    return `${lines.join("\n")}\n`;
}
function otherCursorLines(others, ago, forgetCommand) {
    const shown = others.cursors.slice(0, STATUS_ENTRIES_SHOWN);
    const only = others.total === 1 ? others.cursors[0]?.cursorId : undefined;
    const forget = terminalText(only === undefined ? `\`${forgetCommand("<cursor>")}\` drops one` : `\`${forgetCommand(shellWord(only))}\` drops it`);
    const lines = ["", `Not configured now: ${others.total} watch ${others.total === 1 ? "cursor" : "cursors"} kept for watches removed, renamed or with another filter (${forget}):`];
    for (const other of shown) {
        const filter = other.unreadable ? "filter unknown" : shownFilter(other.filter ?? "");
        lines.push(`${terminalText(other.repo)} (${terminalText(filter)}) — not configured now`);
        lines.push(`  cursor           ${terminalText(other.cursorId)}`);
        if (other.unreadable) {
            lines.push(`  unreadable: ${terminalText(other.unreadable)}`);
            continue;
        }
        lines.push(`  last poll        ${other.lastPoll ? terminalText(ago(other.lastPoll)) : "unknown"}`);
        if (other.pending > 0)
            lines.push(`  pending          ${other.pending}`);
        lines.push(`  last dispatched  ${other.lastDispatched ? `${terminalText(other.lastDispatched.tag)} at ${terminalText(shortTime(other.lastDispatched.at))}` : "none"}`);
    }
    const more = others.total - shown.length;
    if (more > 0)
        lines.push(`and ${more} more not configured now (--json lists the first ${Math.min(others.total, OTHER_CURSORS_LISTED)})`);
    return lines;
}

;// CONCATENATED MODULE: ./.build/watch/poll.js










const SERVER_ERRORS_IN_A_ROW = 3;
async function pollUpstreamReleases(options) {
    const pending = await collectUpstreamReleases(options);
    if (!options.dryRun)
        await savePendingCursors(options.store, pending, new Set(), options.now, new Map(), (message) => options.log?.(logText(message)));
    return { events: pending.events, reports: pending.reports, requests: pending.requests, ...(pending.clocks ? { clocks: pending.clocks } : {}) };
}
async function collectUpstreamReleases(options) {
    const now = options.now ?? (() => new Date());
    const log = (message) => options.log?.((0,log_text/* logText */.kc)(message));
    const backoff = new RateLimitBackoff({ ...options.rateLimit, log });
    const budget = new RequestBudget(options.budget);
    const rotation = await loadWatchRotation(options.store);
    const byRepo = new Map();
    const pending = {
        events: [],
        reports: [],
        cursors: new Map(),
        filters: new Map(),
        startedFrom: new Map(),
        repoOf: new Map(),
        requests: { requests: 0, notModified: 0, maxRequests: budget.max },
    };
    let stop;
    let notPolled = 0;
    let failing = [];
    for (const watch of rotate(options.watches, rotation.next)) {
        if (stop) {
            notPolled++;
            byRepo.set(watch.repo, { repo: watch.repo, status: "not-polled", newReleases: 0, message: `not polled (the poll stopped at ${stop.at}, where the next one starts): ${stop.reason}` });
            continue;
        }
        const waitedBefore = backoff.waitedSeconds;
        const usedBefore = budget.used;
        try {
            const filter = (0,watch_filter/* watchFilterText */.tG)(watch);
            const read = await readWatchCursor(options.store, watch.repo, filter);
            const stored = read.cursor;
            const leftOut = options.dryRun ? read.leftOutDryRun : read.leftOut;
            if (leftOut)
                log(`${watch.repo}: ${leftOut}.`);
            const recovered = stored ? undefined : await recoverWatchCursor(options.store, watch.repo, filter === "" ? undefined : (release) => takesRelease(watch, release));
            if (recovered)
                log(`${watch.repo}: ${recovered.note}.`);
            const cursor = stored ?? recovered?.cursor;
            const foreign = read.foreign ? (0,watch_filter/* foreignCursorNote */.fH)(watch.repo, read.foreign.filter, filter) : undefined;
            if (foreign)
                log(`${watch.repo}: ${foreign}.`);
            const poll = () => pollRepository({ ...options, watch, cursor, backoff, budget, now: now(), log });
            const polled = usedBefore === 0 ? await budget.exempt(poll) : await poll();
            if (recovered)
                polled.report.message = polled.report.message ? `${recovered.note}; ${polled.report.message}` : recovered.note;
            if (leftOut)
                polled.report.message = polled.report.message ? `${leftOut}; ${polled.report.message}` : leftOut;
            if (foreign)
                polled.report.message = polled.report.message ? `${foreign}; ${polled.report.message}` : foreign;
            byRepo.set(watch.repo, withWait(polled.report, backoff.waitedSeconds - waitedBefore));
            for (const event of polled.events)
                pending.repoOf.set(event.id, watch.repo);
            pending.events.push(...polled.events);
            pending.filters?.set(watch.repo, filter);
            const next = polled.cursor ?? (read.changed ? stored : undefined);
            if (next)
                pending.cursors.set(watch.repo, { ...next, filter });
            const startedFrom = read.changed ? stored : recovered?.cursor;
            if (startedFrom)
                pending.startedFrom?.set(watch.repo, { ...startedFrom, filter });
            failing = [];
            if (!pending.clocks) {
                const clocks = disagreement(watch.repo, polled.clock);
                if (clocks) {
                    pending.clocks = clocks;
                    log(clocks.message);
                }
            }
            if (cursor?.redeliver || cursor?.redeliverEvents) {
                pending.redelivered ??= new Map();
                pending.redelivered.set(watch.repo, { tags: new Set(cursor.redeliver), events: new Set(cursor.redeliverEvents) });
            }
        }
        catch (error) {
            const requests = budget.used - usedBefore;
            if (error instanceof RequestBudgetExhausted) {
                stop = { reason: error.message, at: watch.repo };
                notPolled++;
                byRepo.set(watch.repo, { repo: watch.repo, status: "not-polled", newReleases: 0, requests, message: `not polled: ${error.message}; it is polled first next time` });
                log(`Stopping this poll: ${error.message}. ${watch.repo} and the repositories after it are polled first next time.`);
                continue;
            }
            const reason = error instanceof GitHubReleasesError
                ? error.message
                : `polling ${watch.repo} failed: ${error instanceof Error ? error.message : String(error)}`;
            if (error instanceof GitHubReleasesError && (error.rateLimit || error.unreachable))
                stop = { reason: error.message, at: watch.repo };
            const status = error instanceof GitHubReleasesError ? error.status : undefined;
            failing = status !== undefined && status >= 500 ? [...failing, { repo: watch.repo, status }] : [];
            if (!stop && failing.length >= SERVER_ERRORS_IN_A_ROW) {
                const statuses = [...new Set(failing.map((item) => item.status))].join(", ");
                stop = {
                    reason: `GitHub answered ${statuses} for ${failing.length} repositories in a row (${failing.map((item) => item.repo).join(", ")}): GitHub, or a proxy in between, is failing`,
                    at: watch.repo,
                };
                log(`Stopping this poll: ${stop.reason}. ${watch.repo} and the repositories after it are polled first next time.`);
            }
            const message = `${reason} (${watch.repo} is watched by ${watch.origin}.)`;
            log(message);
            byRepo.set(watch.repo, withWait({ repo: watch.repo, status: "error", newReleases: 0, requests, message }, backoff.waitedSeconds - waitedBefore));
        }
    }
    pending.events = withoutRenamedTwins(pending, options.watches, byRepo, log);
    pending.reports = options.watches.map((watch) => byRepo.get(watch.repo));
    pending.events.sort((a, b) => Date.parse(a.occurredAt ?? a.receivedAt ?? "") - Date.parse(b.occurredAt ?? b.receivedAt ?? ""));
    pending.requests = {
        requests: budget.used,
        notModified: budget.notModified,
        maxRequests: budget.max,
        ...(budget.rateRemaining !== undefined ? { rateRemaining: budget.rateRemaining } : {}),
        ...(stop ? { stopped: { reason: stop.reason, notPolled, nextRepo: stop.at } } : {}),
    };
    const next = stop?.at.toLowerCase();
    if (next !== rotation.next)
        pending.rotation = next ? { next, reason: stop?.reason ?? "" } : {};
    return pending;
}
function disagreement(repo, clock) {
    const ahead = clockDisagreement(clock);
    if (ahead === undefined || !clock.github)
        return undefined;
    const github = clock.github.toISOString();
    const runner = clock.runner.toISOString();
    const gap = formatAge(Math.abs(ahead) / 1000);
    const message = `GitHub's time and this runner's clock disagree by ${gap}: GitHub's answer for ${repo} was dated ${github}, the runner's clock said ${runner}. ` +
        `min-age counts a release old enough only when it is on both clocks, so releases may be held up to ${gap} longer than min-age until they agree. ` +
        `Check the runner's clock (NTP), or a proxy between it and GitHub that sets its own Date header.`;
    return { repo, github, runner, githubAheadSeconds: Math.round(ahead / 1000), message };
}
function repoOfReleaseUrl(url) {
    return typeof url === "string" ? /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/releases\//.exec(url)?.[1] : undefined;
}
function withoutRenamedTwins(pending, watches, byRepo, log) {
    const watched = new Map(watches.map((watch) => [watch.repo.toLowerCase(), watch]));
    const twins = new Map();
    const renamed = new Map();
    const kept = pending.events.filter((event) => {
        const from = pending.repoOf.get(event.id);
        const payload = event.payload;
        const now = event.type === "upstream.release" ? repoOfReleaseUrl(payload?.url) : undefined;
        if (!from || !now || now.toLowerCase() === from.toLowerCase())
            return true;
        const twin = watched.get(now.toLowerCase());
        if (!twin) {
            renamed.set(from, now);
            return true;
        }
        const entry = twins.get(from) ?? { twin, now, tags: [] };
        entry.tags.push(String(payload?.tag));
        twins.set(from, entry);
        const report = byRepo.get(from);
        if (report && report.newReleases > 0)
            report.newReleases -= 1;
        else if (report?.again)
            report.again -= 1;
        return false;
    });
    const note = (repo, text) => {
        const report = byRepo.get(repo);
        if (report)
            report.message = report.message ? `${report.message}; ${text}` : text;
        log(`${repo}: ${text}.`);
    };
    for (const [from, { twin, now, tags }] of twins) {
        note(from, `not dispatched: ${tags.join(", ")} — GitHub names ${from} ${JSON.stringify(now)} now (renamed or transferred), which is watched too (${twin.origin}); remove ${from} from the configuration`);
    }
    for (const [from, now] of renamed) {
        note(from, `GitHub names ${from} ${JSON.stringify(now)} now (renamed or transferred); its event ids keep the name configured`);
    }
    return kept;
}
function takesRelease(watch, release) {
    return (watch.prereleases || !release.prerelease) && tag_pattern_matchesTag(watch.tags, release.tag);
}
function withWait(report, seconds) {
    return seconds > 0 ? { ...report, waitedSeconds: seconds } : report;
}
async function savePendingCursors(store, pending, skip, now, redeliver = new Map(), log) {
    const clock = now ?? (() => new Date());
    const repos = new Set([...pending.cursors.keys(), ...redeliver.keys(), ...(pending.startedFrom?.keys() ?? [])]);
    for (const repo of repos) {
        const held = skip.has(repo);
        if (held && !pending.startedFrom?.has(repo))
            continue;
        const filter = pending.filters?.get(repo) ?? pending.cursors.get(repo)?.filter ?? "";
        const { read, stored: record } = await readWatchCursorRecord(store, repo, filter);
        const stored = read.cursor;
        if (read.foreign && filter === "")
            await moveForeignCursor(store, read.foreign.cursor, clock());
        const cursor = held ? pending.startedFrom?.get(repo) : (pending.cursors.get(repo) ?? stored);
        if (!cursor)
            continue;
        const again = held ? undefined : redeliver.get(repo);
        const delivered = pending.redelivered?.get(repo);
        const askedMeanwhile = {
            tags: (stored?.redeliver ?? []).filter((tag) => !delivered?.tags.has(tag)),
            events: (stored?.redeliverEvents ?? []).filter((id) => !delivered?.events.has(id)),
        };
        const { kept: tags, dropped: droppedTags } = cursor_keepNewestRedeliverTags([...new Set([...(cursor.redeliver ?? []), ...askedMeanwhile.tags, ...(again?.tags ?? [])])]);
        const { kept: events, dropped } = cursor_keepNewestRedeliverEvents([...new Set([...(cursor.redeliverEvents ?? []), ...askedMeanwhile.events, ...(again?.events ?? [])])]);
        const notes = [...(droppedTags.length > 0 ? [cursor_droppedReleaseRedeliveriesNote(droppedTags)] : []), ...(dropped.length > 0 ? [cursor_droppedRedeliveriesNote(dropped)] : [])];
        for (const note of notes) {
            const report = pending.reports.find((item) => item.repo === repo);
            if (report)
                report.message = report.message ? `${report.message}; ${note}` : note;
            log?.(`${repo}: ${note}.`);
        }
        const next = { ...cursor, ...(tags.length > 0 ? { redeliver: tags } : {}), ...(events.length > 0 ? { redeliverEvents: events } : {}) };
        await cursor_saveWatchCursor({ store, cursor: next, now: clock(), stored: record });
    }
    if (pending.rotation)
        await saveWatchRotation(store, pending.rotation, clock());
}

;// CONCATENATED MODULE: ./.build/watch/dispatch.js










const RELEASE_ATTEMPTS = 3;
function checkWatchAndDispatchOptions(options) {
    const call = "watchAndDispatch";
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options), call, "options", "an options object like { client, store, watches, dispatchOptions: { repoRoot } }", options);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options.client), call, "options.client", "a GitHub client (createGitHubClient)", options.client);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isStateStore */.Jt)(options.store), call, "options.store", library_arguments/* STATE_STORE */.OE, options.store);
    (0,library_arguments/* checkArgument */.s$)(Array.isArray(options.watches), call, "options.watches", "an array of watches (loadWatchConfig(...).watches)", options.watches);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options.dispatchOptions), call, "options.dispatchOptions", "dispatch's options, like { repoRoot: process.cwd() }", options.dispatchOptions);
    (0,dispatch_options/* checkDispatchOptions */.p)(options.dispatchOptions);
}
async function watchAndDispatch(options) {
    checkWatchAndDispatchOptions(options);
    const dryRun = options.dryRun === true;
    const log = (message) => options.log?.((0,log_text/* logText */.kc)(message));
    const pending = await collectUpstreamReleases(options);
    const base = options.dispatchOptions;
    const discovery = pending.events.length === 0
        ? undefined
        : (base.discovery ?? (await (0,flows_discovery/* discoverFlows */.nE)({ repoRoot: base.repoRoot, roots: base.roots })));
    const outcomes = [];
    const heldRepos = new Set();
    const redeliver = new Map();
    const note = (repo, message, status) => {
        const report = pending.reports.find((item) => item.repo === repo);
        if (!report)
            return;
        if (status)
            report.status = status;
        report.message = report.message ? `${report.message}; ${message}` : message;
    };
    for (const event of pending.events) {
        const repo = pending.repoOf.get(event.id) ?? "";
        if (heldRepos.has(repo))
            continue;
        if (base.signal?.aborted) {
            heldRepos.add(repo);
            const message = `stopped before dispatching ${event.id}; the release will be polled again next time.`;
            log(message);
            note(repo, message);
            continue;
        }
        try {
            const outcome = await (0,dispatch/* dispatch */.JD)(event, {
                ...base,
                ...(discovery ? { discovery } : {}),
                ...(options.now && !base.now ? { now: options.now } : {}),
                store: options.store,
                dryRun,
            });
            outcomes.push(outcome);
            if (!dryRun)
                retryUnsettled(event, outcome, repo, redeliver, note);
        }
        catch (error) {
            heldRepos.add(repo);
            const reason = error instanceof Error ? error.message : String(error);
            const message = `dispatching ${event.id} failed: ${reason}; the release will be polled again next time.`;
            log(message);
            note(repo, message, "error");
        }
    }
    if (!dryRun)
        await savePendingCursors(options.store, pending, heldRepos, options.now, redeliver, log);
    return { events: pending.events, reports: pending.reports, requests: pending.requests, ...(pending.clocks ? { clocks: pending.clocks } : {}), outcomes, dryRun };
}
function retryUnsettled(event, outcome, repo, redeliver, note) {
    const change = event.type === change_events_RELEASE_UPDATED_TYPE || event.type === change_events_RELEASE_DELETED_TYPE;
    if (event.type !== "upstream.release" && !change)
        return;
    const tag = event.payload.tag;
    const unsettled = outcome.runs.filter((run) => !(0,run_view/* isSettled */.Is)(run) && !(0,contracts/* isRunningElsewhere */.wR)(run));
    if (typeof tag !== "string" || unsettled.length === 0)
        return;
    const what = change ? `${tag} (${event.type.replace("upstream.release.", "")})` : tag;
    const steps = unsettled.map((run) => `${run.flowName}/${run.stepName} ${run.effectiveStatus}`).join(", ");
    const attempts = Math.max(...unsettled.map(attemptsSinceForget));
    if (attempts < RELEASE_ATTEMPTS) {
        const again = redeliver.get(repo) ?? { tags: new Set(), events: new Set() };
        if (change)
            again.events.add(event.id);
        else
            again.tags.add(tag);
        redeliver.set(repo, again);
        note(repo, `${what}: ${steps}; the next poll runs ${unsettled.length === 1 ? "it" : "them"} again (attempt ${attempts + 1} of ${RELEASE_ATTEMPTS})`);
    }
    else {
        note(repo, `${what}: ${steps} ${attempts} times; it is not delivered again: replay ${event.id} to run it again`);
    }
}

;// CONCATENATED MODULE: ./.build/watch/redeliver.js





async function requestRedelivery(store, repo, tag, now = new Date()) {
    return (await requestReleaseRedelivery(store, repo, tag, now)) !== undefined;
}
async function requestReleaseRedelivery(store, repo, tag, now = new Date()) {
    const call = "requestReleaseRedelivery";
    checkArgument(isStateStore(store), call, "store", STATE_STORE, store);
    checkArgument(typeof repo === "string", call, "repo", 'a watched repository, "owner/repo"', repo);
    checkArgument(typeof tag === "string", call, "tag", "a release's tag", tag);
    checkArgument(now instanceof Date && !Number.isNaN(now.getTime()), call, "now", "a valid Date, or left out", now);
    return askCursors(store, repo, tag, now, (cursor) => {
        const asked = [...new Set([...(cursor.redeliver ?? []).filter((item) => item !== tag), tag])];
        const { kept: redeliver, dropped } = keepNewestRedeliverTags(asked);
        return { cursor: { ...cursor, redeliver }, dropped, note: droppedReleaseRedeliveriesNote };
    }, { tag });
}
async function askCursors(store, repo, tag, now, ask, result, changes = false) {
    const taking = (await listWatchCursors(store, repo)).flatMap((stored) => (stored.cursor && takesTag(stored.cursor, tag) ? [stored.cursor] : []));
    const updating = changes ? taking.filter((cursor) => watchFilterOptions(cursor.filter ?? "").includes("updates=true")) : [];
    const cursors = updating.length > 0 ? updating : taking;
    if (cursors.length === 0)
        return undefined;
    const dropped = [];
    const warnings = [];
    for (const cursor of cursors) {
        const asked = ask(cursor);
        await saveWatchCursor({ store, cursor: asked.cursor, now });
        if (asked.dropped.length === 0)
            continue;
        dropped.push(...asked.dropped.filter((item) => !dropped.includes(item)));
        warnings.push(`${repo}${cursors.length > 1 ? ` (${shownFilter(cursor.filter ?? "")})` : ""}: ${asked.note(asked.dropped)}`);
    }
    return { repo, ...result, ...(dropped.length > 0 ? { notDeliveredAgain: dropped, warning: warnings.join("; ") } : {}) };
}
function takesTag(cursor, tag) {
    if (cursor.dispatched?.some((release) => release.tag === tag))
        return true;
    const filter = cursor.filter;
    if (filter === undefined)
        return true;
    const options = watchFilterOptions(filter);
    const patterns = options.filter((option) => option.startsWith("tags=")).map((option) => option.slice("tags=".length));
    if (patterns.length === 0)
        return true;
    try {
        return matchesTag(patterns.map(parseTagPattern), tag);
    }
    catch {
        return true;
    }
}
async function requestEventRedelivery(store, event, now = new Date()) {
    const call = "requestEventRedelivery";
    checkArgument(isStateStore(store), call, "store", STATE_STORE, store);
    checkArgument(isRecord(event) && typeof event.id === "string" && typeof event.type === "string", call, "event", "a stored FlowEvent, e.g. (await forgetEvent(store, id)).record.event", event);
    checkArgument(now instanceof Date && !Number.isNaN(now.getTime()), call, "now", "a valid Date, or left out", now);
    const { repo, tag } = (event.payload ?? {});
    if (typeof repo !== "string" || typeof tag !== "string")
        return undefined;
    if (event.type === "upstream.release")
        return requestReleaseRedelivery(store, repo, tag, now);
    if (event.type !== RELEASE_UPDATED_TYPE && event.type !== RELEASE_DELETED_TYPE)
        return undefined;
    return askCursors(store, repo, tag, now, (cursor) => {
        const asked = [...(cursor.redeliverEvents ?? []).filter((id) => id !== event.id), event.id];
        const { kept: redeliverEvents, dropped } = keepNewestRedeliverEvents(asked);
        return { cursor: { ...cursor, redeliverEvents }, dropped, note: droppedRedeliveriesNote };
    }, { tag, eventId: event.id }, true);
}

;// CONCATENATED MODULE: ./.build/watch/index.js












/***/ })

};
