export const id = 3683;
export const ids = [3683,9758];
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
            const kind = (0,errors/* apiFailure */.tF)(error).kind;
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

/***/ 93683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WatchConfigError: () => (/* reexport */ WatchConfigError),
  loadWatchConfig: () => (/* reexport */ loadWatchConfig),
  watchAndDispatch: () => (/* reexport */ watchAndDispatch),
  watchStatus: () => (/* reexport */ watchStatus)
});

// UNUSED EXPORTS: DEFAULT_WATCH_CONFIG_FILE, INTERNAL_EVENT_TYPE_PREFIX, RELEASE_BODY_LIMIT, RELEASE_DELETED_TYPE, RELEASE_NAME_LIMIT, RELEASE_UPDATED_TYPE, WATCH_CURSOR_EVENT_TYPE, WATCH_OPTIONS_HELP, WATCH_ROTATION_EVENT_ID, formatAge, isInternalEventType, loadWatchCursor, loadWatchRotation, parseTagPattern, parseWatchInput, parseWatchToml, pollUpstreamReleases, renderWatchStatusText, requestEventRedelivery, requestRedelivery, requestReleaseRedelivery, upstreamReleaseFlowEvent, watchCursorEventId

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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


function parseTagPattern(text) {
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
function matchesTag(patterns, tag) {
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
            watch.tags.push(parseTagPattern(value));
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

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(3292);
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
                watch.tags.push(parseTagPattern(value));
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
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(options.repoRoot, relative), "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code !== "ENOENT" || options.configFile !== undefined) {
            throw new WatchConfigError([
                { file: relative, message: `cannot be read (${code ?? String(error)}); check that it exists and is readable.` },
            ]);
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
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/watch-cursor.schema.json", "title": "WatchCursor", "description": "Where polling of one upstream repository's releases left off, kept in the state store.", "type": "object", "required": ["format", "repo", "seen", "polledAt"], "properties": { "format": { "type": "number", "description": "WATCH_CURSOR_FORMAT (1)." }, "repo": { "type": "string", "description": "owner/repo, as configured." }, "etag": { "type": "string", "description": "ETag of the first page of releases at the last poll that changed something." }, "deepEtag": { "type": "string", "description": "ETag of the second page, when the repository has one." }, "end": { "type": "object", "description": "The end of the listing at the last read: boundary is the last release that read listed, below how many were listed after it, of count in all; page and etag are the end page, asked after pages 1 and 2 answer 304, and first the id of the first release on it.", "required": ["boundary", "below", "count"], "additionalProperties": false, "properties": { "boundary": { "type": "integer", "minimum": 0 }, "below": { "type": "integer", "minimum": 0 }, "count": { "type": "integer", "minimum": 0 }, "page": { "type": "integer", "minimum": 1 }, "etag": { "type": "string" }, "first": { "type": "integer", "minimum": 0, "description": "The id of the first release on the end page: listed further down there later, releases were added above it (also when as many were deleted)." } } }, "backlog": { "type": "object", "description": "Releases listed below where a poll stopped reading, not read yet: the next poll reads on after `after`; new when published at or after `from` (absent: any) and never seen or dispatched; `missing`: how many were added down there, when known.", "required": ["after", "page"], "additionalProperties": false, "properties": { "after": { "type": "object", "required": ["id", "tag", "createdAt"], "additionalProperties": false, "properties": { "id": { "type": "integer", "minimum": 0 }, "tag": { "type": "string" }, "createdAt": { "type": "string" } } }, "page": { "type": "integer", "minimum": 1 }, "from": { "type": "string" }, "tie": { "type": "object", "description": "Releases published at `at` (the watermark, just before `from`) count as new too unless their id is in `seen` (those seen then): GitHub's times are whole seconds.", "required": ["at", "seen"], "additionalProperties": false, "properties": { "at": { "type": "string" }, "seen": { "type": "array", "items": { "type": "integer", "minimum": 0 } } } }, "missing": { "type": "integer", "minimum": 0 }, "older": { "type": "object", "description": "An older place to read on from once this one is done (a second burst arrived before the first was read).", "required": ["after", "page"], "additionalProperties": false, "properties": { "after": { "type": "object", "required": ["id", "tag", "createdAt"], "additionalProperties": false, "properties": { "id": { "type": "integer", "minimum": 0 }, "tag": { "type": "string" }, "createdAt": { "type": "string" } } }, "page": { "type": "integer", "minimum": 1 }, "from": { "type": "string" }, "tie": { "type": "object", "description": "Releases published at `at` (the watermark, just before `from`) count as new too unless their id is in `seen` (those seen then): GitHub's times are whole seconds.", "required": ["at", "seen"], "additionalProperties": false, "properties": { "at": { "type": "string" }, "seen": { "type": "array", "items": { "type": "integer", "minimum": 0 } } } }, "missing": { "type": "integer", "minimum": 0 } } } } }, "etagAt": { "type": "string", "description": "When `etag` was received." }, "tagsEtag": { "type": "string", "description": "ETag of the tag refs listing (updates=true), as older versions kept it: no longer used." }, "tagListings": { "type": "array", "description": "The prefixes the dispatched tags are listed by (updates=true), in the order polls ask them, with their ETags.", "items": { "type": "object", "required": ["prefix"], "additionalProperties": false, "properties": { "prefix": { "type": "string", "minLength": 1 }, "etag": { "type": "string" }, "tooLarge": { "const": true, "description": "Its answer was more than a poll reads (TAG_REFS_MAX_BYTES): its tags are listed by the narrower prefixes in `parts`, and the whole is not asked again. Older cursors have it without `parts`: the group is split at the next poll." }, "parts": { "type": "array", "description": "With tooLarge: the narrower prefixes the group's dispatched tags are listed by, in the order polls ask them, with their ETags.", "items": { "$ref": "#/definitions/TagListingPart" } } } } }, "watermark": { "type": "string", "description": "The latest publishedAt seen; a release published before it is not new." }, "seen": { "type": "array", "description": "The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT.", "items": { "$ref": "#/definitions/SeenRelease" } }, "pending": { "type": "array", "description": "Releases waiting for min-age, oldest first.", "items": { "$ref": "#/definitions/HeldRelease" } }, "dispatched": { "type": "array", "description": "Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT.", "items": { "$ref": "#/definitions/DispatchedRelease" } }, "drafts": { "type": "array", "maxItems": 10, "description": "Drafts listed by a poll, newest commit date first, at most DRAFTS_WATCHED (10): published, a draft keeps its place in the listing (by its commit's date), often below the pages polls watch, so each poll that does not list one asks for it by id (etag: that answer's, for a free 304). Not its tag or name: the state store may be readable by more people than the upstream's drafts.", "items": { "type": "object", "required": ["id", "createdAt"], "additionalProperties": false, "properties": { "id": { "type": "integer", "minimum": 0 }, "createdAt": { "type": "string" }, "etag": { "type": "string" } } } }, "redeliver": { "type": "array", "maxItems": 100, "items": { "type": "string" }, "description": "Tags to deliver again at the next poll (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_TAGS_KEPT (100): past it the oldest are dropped with a warning." }, "redeliverEvents": { "type": "array", "maxItems": 100, "items": { "type": "string" }, "description": "Ids of upstream.release.updated / .deleted events to deliver again at the next poll, as the state store holds them (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_EVENTS_KEPT (100): past it the oldest are dropped with a warning." }, "polledAt": { "type": "string", "description": "When this cursor was written." }, "checkedAt": { "type": "string", "description": "The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS." }, "githubClock": { "type": "object", "description": "GitHub's time (an answer's Date header) and the runner's at the same moment, as a poll last saw them: what `flows watch --status` tells eligibility by. Rewritten only when their difference changed by a minute or more; absent when the last poll had no time from GitHub.", "required": ["github", "runner"], "additionalProperties": false, "properties": { "github": { "type": "string" }, "runner": { "type": "string" } } } }, "definitions": { "TagListingPart": { "title": "TagListingPart", "description": "A narrower prefix a group too large to list whole is split into.", "type": "object", "required": ["prefix"], "additionalProperties": false, "properties": { "prefix": { "type": "string", "minLength": 1 }, "etag": { "type": "string" }, "tooLarge": { "const": true, "description": "This part too was more than a poll reads: split further; when it is a dispatched tag itself, that tag's own ref is asked instead (exact); when split TAG_SPLIT_MAX_DEPTH times, asked again conditionally, its tags' moves unseen meanwhile." }, "exact": { "const": true, "description": "With tooLarge: the prefix is a dispatched tag, listed by its own ref (GET .../git/ref/tags/<prefix>); etag is that answer's." } } }, "SeenRelease": { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } }, "HeldRelease": { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it, on GitHub's clock (its Date header) when known, else the runner's." }, "runnerFirstSeenAt": { "type": "string", "description": "The same poll on the runner's clock, when it differed from firstSeenAt (absent in older cursors)." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } }, "DispatchedRelease": { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } } } };
const schema12 = { "title": "TagListingPart", "description": "A narrower prefix a group too large to list whole is split into.", "type": "object", "required": ["prefix"], "additionalProperties": false, "properties": { "prefix": { "type": "string", "minLength": 1 }, "etag": { "type": "string" }, "tooLarge": { "const": true, "description": "This part too was more than a poll reads: split further; when it is a dispatched tag itself, that tag's own ref is asked instead (exact); when split TAG_SPLIT_MAX_DEPTH times, asked again conditionally, its tags' moves unseen meanwhile." }, "exact": { "const": true, "description": "With tooLarge: the prefix is a dispatched tag, listed by its own ref (GET .../git/ref/tags/<prefix>); etag is that answer's." } } };
const schema13 = { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } };
const schema14 = { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it, on GitHub's clock (its Date header) when known, else the runner's." }, "runnerFirstSeenAt": { "type": "string", "description": "The same poll on the runner's clock, when it differed from firstSeenAt (absent in older cursors)." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } };
const schema15 = { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.format === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property '" + "format" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.repo === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, message: "must have required property '" + "repo" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.seen === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "seen" }, message: "must have required property '" + "seen" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.polledAt === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "polledAt" }, message: "must have required property '" + "polledAt" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.format !== undefined) {
            let data0 = data.format;
            if (!((typeof data0 == "number") && (isFinite(data0)))) {
                const err4 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.repo !== undefined) {
            if (typeof data.repo !== "string") {
                const err5 = { instancePath: instancePath + "/repo", schemaPath: "#/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.etag !== undefined) {
            if (typeof data.etag !== "string") {
                const err6 = { instancePath: instancePath + "/etag", schemaPath: "#/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.deepEtag !== undefined) {
            if (typeof data.deepEtag !== "string") {
                const err7 = { instancePath: instancePath + "/deepEtag", schemaPath: "#/properties/deepEtag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.end !== undefined) {
            let data4 = data.end;
            if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                if (data4.boundary === undefined) {
                    const err8 = { instancePath: instancePath + "/end", schemaPath: "#/properties/end/required", keyword: "required", params: { missingProperty: "boundary" }, message: "must have required property '" + "boundary" + "'" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data4.below === undefined) {
                    const err9 = { instancePath: instancePath + "/end", schemaPath: "#/properties/end/required", keyword: "required", params: { missingProperty: "below" }, message: "must have required property '" + "below" + "'" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                if (data4.count === undefined) {
                    const err10 = { instancePath: instancePath + "/end", schemaPath: "#/properties/end/required", keyword: "required", params: { missingProperty: "count" }, message: "must have required property '" + "count" + "'" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                for (const key0 in data4) {
                    if (!((((((key0 === "boundary") || (key0 === "below")) || (key0 === "count")) || (key0 === "page")) || (key0 === "etag")) || (key0 === "first"))) {
                        const err11 = { instancePath: instancePath + "/end", schemaPath: "#/properties/end/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data4.boundary !== undefined) {
                    let data5 = data4.boundary;
                    if (!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))) {
                        const err12 = { instancePath: instancePath + "/end/boundary", schemaPath: "#/properties/end/properties/boundary/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                    if ((typeof data5 == "number") && (isFinite(data5))) {
                        if (data5 < 0 || isNaN(data5)) {
                            const err13 = { instancePath: instancePath + "/end/boundary", schemaPath: "#/properties/end/properties/boundary/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                }
                if (data4.below !== undefined) {
                    let data6 = data4.below;
                    if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                        const err14 = { instancePath: instancePath + "/end/below", schemaPath: "#/properties/end/properties/below/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                    if ((typeof data6 == "number") && (isFinite(data6))) {
                        if (data6 < 0 || isNaN(data6)) {
                            const err15 = { instancePath: instancePath + "/end/below", schemaPath: "#/properties/end/properties/below/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                    }
                }
                if (data4.count !== undefined) {
                    let data7 = data4.count;
                    if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                        const err16 = { instancePath: instancePath + "/end/count", schemaPath: "#/properties/end/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                    if ((typeof data7 == "number") && (isFinite(data7))) {
                        if (data7 < 0 || isNaN(data7)) {
                            const err17 = { instancePath: instancePath + "/end/count", schemaPath: "#/properties/end/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                }
                if (data4.page !== undefined) {
                    let data8 = data4.page;
                    if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                        const err18 = { instancePath: instancePath + "/end/page", schemaPath: "#/properties/end/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                    if ((typeof data8 == "number") && (isFinite(data8))) {
                        if (data8 < 1 || isNaN(data8)) {
                            const err19 = { instancePath: instancePath + "/end/page", schemaPath: "#/properties/end/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                }
                if (data4.etag !== undefined) {
                    if (typeof data4.etag !== "string") {
                        const err20 = { instancePath: instancePath + "/end/etag", schemaPath: "#/properties/end/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data4.first !== undefined) {
                    let data10 = data4.first;
                    if (!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) {
                        const err21 = { instancePath: instancePath + "/end/first", schemaPath: "#/properties/end/properties/first/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                    if ((typeof data10 == "number") && (isFinite(data10))) {
                        if (data10 < 0 || isNaN(data10)) {
                            const err22 = { instancePath: instancePath + "/end/first", schemaPath: "#/properties/end/properties/first/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/end", schemaPath: "#/properties/end/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.backlog !== undefined) {
            let data11 = data.backlog;
            if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                if (data11.after === undefined) {
                    const err24 = { instancePath: instancePath + "/backlog", schemaPath: "#/properties/backlog/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property '" + "after" + "'" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                if (data11.page === undefined) {
                    const err25 = { instancePath: instancePath + "/backlog", schemaPath: "#/properties/backlog/required", keyword: "required", params: { missingProperty: "page" }, message: "must have required property '" + "page" + "'" };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
                for (const key1 in data11) {
                    if (!((((((key1 === "after") || (key1 === "page")) || (key1 === "from")) || (key1 === "tie")) || (key1 === "missing")) || (key1 === "older"))) {
                        const err26 = { instancePath: instancePath + "/backlog", schemaPath: "#/properties/backlog/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data11.after !== undefined) {
                    let data12 = data11.after;
                    if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                        if (data12.id === undefined) {
                            const err27 = { instancePath: instancePath + "/backlog/after", schemaPath: "#/properties/backlog/properties/after/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                        if (data12.tag === undefined) {
                            const err28 = { instancePath: instancePath + "/backlog/after", schemaPath: "#/properties/backlog/properties/after/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'" };
                            if (vErrors === null) {
                                vErrors = [err28];
                            }
                            else {
                                vErrors.push(err28);
                            }
                            errors++;
                        }
                        if (data12.createdAt === undefined) {
                            const err29 = { instancePath: instancePath + "/backlog/after", schemaPath: "#/properties/backlog/properties/after/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                        for (const key2 in data12) {
                            if (!(((key2 === "id") || (key2 === "tag")) || (key2 === "createdAt"))) {
                                const err30 = { instancePath: instancePath + "/backlog/after", schemaPath: "#/properties/backlog/properties/after/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        if (data12.id !== undefined) {
                            let data13 = data12.id;
                            if (!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))) {
                                const err31 = { instancePath: instancePath + "/backlog/after/id", schemaPath: "#/properties/backlog/properties/after/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                            if ((typeof data13 == "number") && (isFinite(data13))) {
                                if (data13 < 0 || isNaN(data13)) {
                                    const err32 = { instancePath: instancePath + "/backlog/after/id", schemaPath: "#/properties/backlog/properties/after/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err32];
                                    }
                                    else {
                                        vErrors.push(err32);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data12.tag !== undefined) {
                            if (typeof data12.tag !== "string") {
                                const err33 = { instancePath: instancePath + "/backlog/after/tag", schemaPath: "#/properties/backlog/properties/after/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                        if (data12.createdAt !== undefined) {
                            if (typeof data12.createdAt !== "string") {
                                const err34 = { instancePath: instancePath + "/backlog/after/createdAt", schemaPath: "#/properties/backlog/properties/after/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err34];
                                }
                                else {
                                    vErrors.push(err34);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err35 = { instancePath: instancePath + "/backlog/after", schemaPath: "#/properties/backlog/properties/after/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
                if (data11.page !== undefined) {
                    let data16 = data11.page;
                    if (!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))) {
                        const err36 = { instancePath: instancePath + "/backlog/page", schemaPath: "#/properties/backlog/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err36];
                        }
                        else {
                            vErrors.push(err36);
                        }
                        errors++;
                    }
                    if ((typeof data16 == "number") && (isFinite(data16))) {
                        if (data16 < 1 || isNaN(data16)) {
                            const err37 = { instancePath: instancePath + "/backlog/page", schemaPath: "#/properties/backlog/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                    }
                }
                if (data11.from !== undefined) {
                    if (typeof data11.from !== "string") {
                        const err38 = { instancePath: instancePath + "/backlog/from", schemaPath: "#/properties/backlog/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
                if (data11.tie !== undefined) {
                    let data18 = data11.tie;
                    if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
                        if (data18.at === undefined) {
                            const err39 = { instancePath: instancePath + "/backlog/tie", schemaPath: "#/properties/backlog/properties/tie/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'" };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                        if (data18.seen === undefined) {
                            const err40 = { instancePath: instancePath + "/backlog/tie", schemaPath: "#/properties/backlog/properties/tie/required", keyword: "required", params: { missingProperty: "seen" }, message: "must have required property '" + "seen" + "'" };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                        for (const key3 in data18) {
                            if (!((key3 === "at") || (key3 === "seen"))) {
                                const err41 = { instancePath: instancePath + "/backlog/tie", schemaPath: "#/properties/backlog/properties/tie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err41];
                                }
                                else {
                                    vErrors.push(err41);
                                }
                                errors++;
                            }
                        }
                        if (data18.at !== undefined) {
                            if (typeof data18.at !== "string") {
                                const err42 = { instancePath: instancePath + "/backlog/tie/at", schemaPath: "#/properties/backlog/properties/tie/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        if (data18.seen !== undefined) {
                            let data20 = data18.seen;
                            if (Array.isArray(data20)) {
                                const len0 = data20.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                    let data21 = data20[i0];
                                    if (!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))) {
                                        const err43 = { instancePath: instancePath + "/backlog/tie/seen/" + i0, schemaPath: "#/properties/backlog/properties/tie/properties/seen/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err43];
                                        }
                                        else {
                                            vErrors.push(err43);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data21 == "number") && (isFinite(data21))) {
                                        if (data21 < 0 || isNaN(data21)) {
                                            const err44 = { instancePath: instancePath + "/backlog/tie/seen/" + i0, schemaPath: "#/properties/backlog/properties/tie/properties/seen/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err44];
                                            }
                                            else {
                                                vErrors.push(err44);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                const err45 = { instancePath: instancePath + "/backlog/tie/seen", schemaPath: "#/properties/backlog/properties/tie/properties/seen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err46 = { instancePath: instancePath + "/backlog/tie", schemaPath: "#/properties/backlog/properties/tie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
                if (data11.missing !== undefined) {
                    let data22 = data11.missing;
                    if (!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))) {
                        const err47 = { instancePath: instancePath + "/backlog/missing", schemaPath: "#/properties/backlog/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err47];
                        }
                        else {
                            vErrors.push(err47);
                        }
                        errors++;
                    }
                    if ((typeof data22 == "number") && (isFinite(data22))) {
                        if (data22 < 0 || isNaN(data22)) {
                            const err48 = { instancePath: instancePath + "/backlog/missing", schemaPath: "#/properties/backlog/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                            if (vErrors === null) {
                                vErrors = [err48];
                            }
                            else {
                                vErrors.push(err48);
                            }
                            errors++;
                        }
                    }
                }
                if (data11.older !== undefined) {
                    let data23 = data11.older;
                    if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                        if (data23.after === undefined) {
                            const err49 = { instancePath: instancePath + "/backlog/older", schemaPath: "#/properties/backlog/properties/older/required", keyword: "required", params: { missingProperty: "after" }, message: "must have required property '" + "after" + "'" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                        if (data23.page === undefined) {
                            const err50 = { instancePath: instancePath + "/backlog/older", schemaPath: "#/properties/backlog/properties/older/required", keyword: "required", params: { missingProperty: "page" }, message: "must have required property '" + "page" + "'" };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                        for (const key4 in data23) {
                            if (!(((((key4 === "after") || (key4 === "page")) || (key4 === "from")) || (key4 === "tie")) || (key4 === "missing"))) {
                                const err51 = { instancePath: instancePath + "/backlog/older", schemaPath: "#/properties/backlog/properties/older/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err51];
                                }
                                else {
                                    vErrors.push(err51);
                                }
                                errors++;
                            }
                        }
                        if (data23.after !== undefined) {
                            let data24 = data23.after;
                            if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                                if (data24.id === undefined) {
                                    const err52 = { instancePath: instancePath + "/backlog/older/after", schemaPath: "#/properties/backlog/properties/older/properties/after/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                                if (data24.tag === undefined) {
                                    const err53 = { instancePath: instancePath + "/backlog/older/after", schemaPath: "#/properties/backlog/properties/older/properties/after/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                                if (data24.createdAt === undefined) {
                                    const err54 = { instancePath: instancePath + "/backlog/older/after", schemaPath: "#/properties/backlog/properties/older/properties/after/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err54];
                                    }
                                    else {
                                        vErrors.push(err54);
                                    }
                                    errors++;
                                }
                                for (const key5 in data24) {
                                    if (!(((key5 === "id") || (key5 === "tag")) || (key5 === "createdAt"))) {
                                        const err55 = { instancePath: instancePath + "/backlog/older/after", schemaPath: "#/properties/backlog/properties/older/properties/after/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                            vErrors = [err55];
                                        }
                                        else {
                                            vErrors.push(err55);
                                        }
                                        errors++;
                                    }
                                }
                                if (data24.id !== undefined) {
                                    let data25 = data24.id;
                                    if (!(((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25))) && (isFinite(data25)))) {
                                        const err56 = { instancePath: instancePath + "/backlog/older/after/id", schemaPath: "#/properties/backlog/properties/older/properties/after/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                        if (vErrors === null) {
                                            vErrors = [err56];
                                        }
                                        else {
                                            vErrors.push(err56);
                                        }
                                        errors++;
                                    }
                                    if ((typeof data25 == "number") && (isFinite(data25))) {
                                        if (data25 < 0 || isNaN(data25)) {
                                            const err57 = { instancePath: instancePath + "/backlog/older/after/id", schemaPath: "#/properties/backlog/properties/older/properties/after/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                            if (vErrors === null) {
                                                vErrors = [err57];
                                            }
                                            else {
                                                vErrors.push(err57);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                                if (data24.tag !== undefined) {
                                    if (typeof data24.tag !== "string") {
                                        const err58 = { instancePath: instancePath + "/backlog/older/after/tag", schemaPath: "#/properties/backlog/properties/older/properties/after/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err58];
                                        }
                                        else {
                                            vErrors.push(err58);
                                        }
                                        errors++;
                                    }
                                }
                                if (data24.createdAt !== undefined) {
                                    if (typeof data24.createdAt !== "string") {
                                        const err59 = { instancePath: instancePath + "/backlog/older/after/createdAt", schemaPath: "#/properties/backlog/properties/older/properties/after/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err59];
                                        }
                                        else {
                                            vErrors.push(err59);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err60 = { instancePath: instancePath + "/backlog/older/after", schemaPath: "#/properties/backlog/properties/older/properties/after/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err60];
                                }
                                else {
                                    vErrors.push(err60);
                                }
                                errors++;
                            }
                        }
                        if (data23.page !== undefined) {
                            let data28 = data23.page;
                            if (!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))) {
                                const err61 = { instancePath: instancePath + "/backlog/older/page", schemaPath: "#/properties/backlog/properties/older/properties/page/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err61];
                                }
                                else {
                                    vErrors.push(err61);
                                }
                                errors++;
                            }
                            if ((typeof data28 == "number") && (isFinite(data28))) {
                                if (data28 < 1 || isNaN(data28)) {
                                    const err62 = { instancePath: instancePath + "/backlog/older/page", schemaPath: "#/properties/backlog/properties/older/properties/page/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data23.from !== undefined) {
                            if (typeof data23.from !== "string") {
                                const err63 = { instancePath: instancePath + "/backlog/older/from", schemaPath: "#/properties/backlog/properties/older/properties/from/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data23.tie !== undefined) {
                            let data30 = data23.tie;
                            if (data30 && typeof data30 == "object" && !Array.isArray(data30)) {
                                if (data30.at === undefined) {
                                    const err64 = { instancePath: instancePath + "/backlog/older/tie", schemaPath: "#/properties/backlog/properties/older/properties/tie/required", keyword: "required", params: { missingProperty: "at" }, message: "must have required property '" + "at" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (data30.seen === undefined) {
                                    const err65 = { instancePath: instancePath + "/backlog/older/tie", schemaPath: "#/properties/backlog/properties/older/properties/tie/required", keyword: "required", params: { missingProperty: "seen" }, message: "must have required property '" + "seen" + "'" };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                                for (const key6 in data30) {
                                    if (!((key6 === "at") || (key6 === "seen"))) {
                                        const err66 = { instancePath: instancePath + "/backlog/older/tie", schemaPath: "#/properties/backlog/properties/older/properties/tie/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" };
                                        if (vErrors === null) {
                                            vErrors = [err66];
                                        }
                                        else {
                                            vErrors.push(err66);
                                        }
                                        errors++;
                                    }
                                }
                                if (data30.at !== undefined) {
                                    if (typeof data30.at !== "string") {
                                        const err67 = { instancePath: instancePath + "/backlog/older/tie/at", schemaPath: "#/properties/backlog/properties/older/properties/tie/properties/at/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                        if (vErrors === null) {
                                            vErrors = [err67];
                                        }
                                        else {
                                            vErrors.push(err67);
                                        }
                                        errors++;
                                    }
                                }
                                if (data30.seen !== undefined) {
                                    let data32 = data30.seen;
                                    if (Array.isArray(data32)) {
                                        const len1 = data32.length;
                                        for (let i1 = 0; i1 < len1; i1++) {
                                            let data33 = data32[i1];
                                            if (!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))) {
                                                const err68 = { instancePath: instancePath + "/backlog/older/tie/seen/" + i1, schemaPath: "#/properties/backlog/properties/older/properties/tie/properties/seen/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                if (vErrors === null) {
                                                    vErrors = [err68];
                                                }
                                                else {
                                                    vErrors.push(err68);
                                                }
                                                errors++;
                                            }
                                            if ((typeof data33 == "number") && (isFinite(data33))) {
                                                if (data33 < 0 || isNaN(data33)) {
                                                    const err69 = { instancePath: instancePath + "/backlog/older/tie/seen/" + i1, schemaPath: "#/properties/backlog/properties/older/properties/tie/properties/seen/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                                    if (vErrors === null) {
                                                        vErrors = [err69];
                                                    }
                                                    else {
                                                        vErrors.push(err69);
                                                    }
                                                    errors++;
                                                }
                                            }
                                        }
                                    }
                                    else {
                                        const err70 = { instancePath: instancePath + "/backlog/older/tie/seen", schemaPath: "#/properties/backlog/properties/older/properties/tie/properties/seen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                        if (vErrors === null) {
                                            vErrors = [err70];
                                        }
                                        else {
                                            vErrors.push(err70);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err71 = { instancePath: instancePath + "/backlog/older/tie", schemaPath: "#/properties/backlog/properties/older/properties/tie/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                if (vErrors === null) {
                                    vErrors = [err71];
                                }
                                else {
                                    vErrors.push(err71);
                                }
                                errors++;
                            }
                        }
                        if (data23.missing !== undefined) {
                            let data34 = data23.missing;
                            if (!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))) {
                                const err72 = { instancePath: instancePath + "/backlog/older/missing", schemaPath: "#/properties/backlog/properties/older/properties/missing/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err72];
                                }
                                else {
                                    vErrors.push(err72);
                                }
                                errors++;
                            }
                            if ((typeof data34 == "number") && (isFinite(data34))) {
                                if (data34 < 0 || isNaN(data34)) {
                                    const err73 = { instancePath: instancePath + "/backlog/older/missing", schemaPath: "#/properties/backlog/properties/older/properties/missing/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err73];
                                    }
                                    else {
                                        vErrors.push(err73);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        const err74 = { instancePath: instancePath + "/backlog/older", schemaPath: "#/properties/backlog/properties/older/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err74];
                        }
                        else {
                            vErrors.push(err74);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err75 = { instancePath: instancePath + "/backlog", schemaPath: "#/properties/backlog/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err75];
                }
                else {
                    vErrors.push(err75);
                }
                errors++;
            }
        }
        if (data.etagAt !== undefined) {
            if (typeof data.etagAt !== "string") {
                const err76 = { instancePath: instancePath + "/etagAt", schemaPath: "#/properties/etagAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err76];
                }
                else {
                    vErrors.push(err76);
                }
                errors++;
            }
        }
        if (data.tagsEtag !== undefined) {
            if (typeof data.tagsEtag !== "string") {
                const err77 = { instancePath: instancePath + "/tagsEtag", schemaPath: "#/properties/tagsEtag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err77];
                }
                else {
                    vErrors.push(err77);
                }
                errors++;
            }
        }
        if (data.tagListings !== undefined) {
            let data37 = data.tagListings;
            if (Array.isArray(data37)) {
                const len2 = data37.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data38 = data37[i2];
                    if (data38 && typeof data38 == "object" && !Array.isArray(data38)) {
                        if (data38.prefix === undefined) {
                            const err78 = { instancePath: instancePath + "/tagListings/" + i2, schemaPath: "#/properties/tagListings/items/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property '" + "prefix" + "'" };
                            if (vErrors === null) {
                                vErrors = [err78];
                            }
                            else {
                                vErrors.push(err78);
                            }
                            errors++;
                        }
                        for (const key7 in data38) {
                            if (!((((key7 === "prefix") || (key7 === "etag")) || (key7 === "tooLarge")) || (key7 === "parts"))) {
                                const err79 = { instancePath: instancePath + "/tagListings/" + i2, schemaPath: "#/properties/tagListings/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err79];
                                }
                                else {
                                    vErrors.push(err79);
                                }
                                errors++;
                            }
                        }
                        if (data38.prefix !== undefined) {
                            let data39 = data38.prefix;
                            if (typeof data39 === "string") {
                                if (data39.length < 1) {
                                    const err80 = { instancePath: instancePath + "/tagListings/" + i2 + "/prefix", schemaPath: "#/properties/tagListings/items/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err80];
                                    }
                                    else {
                                        vErrors.push(err80);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err81 = { instancePath: instancePath + "/tagListings/" + i2 + "/prefix", schemaPath: "#/properties/tagListings/items/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err81];
                                }
                                else {
                                    vErrors.push(err81);
                                }
                                errors++;
                            }
                        }
                        if (data38.etag !== undefined) {
                            if (typeof data38.etag !== "string") {
                                const err82 = { instancePath: instancePath + "/tagListings/" + i2 + "/etag", schemaPath: "#/properties/tagListings/items/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err82];
                                }
                                else {
                                    vErrors.push(err82);
                                }
                                errors++;
                            }
                        }
                        if (data38.tooLarge !== undefined) {
                            if (true !== data38.tooLarge) {
                                const err83 = { instancePath: instancePath + "/tagListings/" + i2 + "/tooLarge", schemaPath: "#/properties/tagListings/items/properties/tooLarge/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                                if (vErrors === null) {
                                    vErrors = [err83];
                                }
                                else {
                                    vErrors.push(err83);
                                }
                                errors++;
                            }
                        }
                        if (data38.parts !== undefined) {
                            let data42 = data38.parts;
                            if (Array.isArray(data42)) {
                                const len3 = data42.length;
                                for (let i3 = 0; i3 < len3; i3++) {
                                    let data43 = data42[i3];
                                    if (data43 && typeof data43 == "object" && !Array.isArray(data43)) {
                                        if (data43.prefix === undefined) {
                                            const err84 = { instancePath: instancePath + "/tagListings/" + i2 + "/parts/" + i3, schemaPath: "#/definitions/TagListingPart/required", keyword: "required", params: { missingProperty: "prefix" }, message: "must have required property '" + "prefix" + "'" };
                                            if (vErrors === null) {
                                                vErrors = [err84];
                                            }
                                            else {
                                                vErrors.push(err84);
                                            }
                                            errors++;
                                        }
                                        for (const key8 in data43) {
                                            if (!((((key8 === "prefix") || (key8 === "etag")) || (key8 === "tooLarge")) || (key8 === "exact"))) {
                                                const err85 = { instancePath: instancePath + "/tagListings/" + i2 + "/parts/" + i3, schemaPath: "#/definitions/TagListingPart/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties" };
                                                if (vErrors === null) {
                                                    vErrors = [err85];
                                                }
                                                else {
                                                    vErrors.push(err85);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data43.prefix !== undefined) {
                                            let data44 = data43.prefix;
                                            if (typeof data44 === "string") {
                                                if (data44.length < 1) {
                                                    const err86 = { instancePath: instancePath + "/tagListings/" + i2 + "/parts/" + i3 + "/prefix", schemaPath: "#/definitions/TagListingPart/properties/prefix/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                                                    if (vErrors === null) {
                                                        vErrors = [err86];
                                                    }
                                                    else {
                                                        vErrors.push(err86);
                                                    }
                                                    errors++;
                                                }
                                            }
                                            else {
                                                const err87 = { instancePath: instancePath + "/tagListings/" + i2 + "/parts/" + i3 + "/prefix", schemaPath: "#/definitions/TagListingPart/properties/prefix/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err87];
                                                }
                                                else {
                                                    vErrors.push(err87);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data43.etag !== undefined) {
                                            if (typeof data43.etag !== "string") {
                                                const err88 = { instancePath: instancePath + "/tagListings/" + i2 + "/parts/" + i3 + "/etag", schemaPath: "#/definitions/TagListingPart/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                if (vErrors === null) {
                                                    vErrors = [err88];
                                                }
                                                else {
                                                    vErrors.push(err88);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data43.tooLarge !== undefined) {
                                            if (true !== data43.tooLarge) {
                                                const err89 = { instancePath: instancePath + "/tagListings/" + i2 + "/parts/" + i3 + "/tooLarge", schemaPath: "#/definitions/TagListingPart/properties/tooLarge/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                                                if (vErrors === null) {
                                                    vErrors = [err89];
                                                }
                                                else {
                                                    vErrors.push(err89);
                                                }
                                                errors++;
                                            }
                                        }
                                        if (data43.exact !== undefined) {
                                            if (true !== data43.exact) {
                                                const err90 = { instancePath: instancePath + "/tagListings/" + i2 + "/parts/" + i3 + "/exact", schemaPath: "#/definitions/TagListingPart/properties/exact/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" };
                                                if (vErrors === null) {
                                                    vErrors = [err90];
                                                }
                                                else {
                                                    vErrors.push(err90);
                                                }
                                                errors++;
                                            }
                                        }
                                    }
                                    else {
                                        const err91 = { instancePath: instancePath + "/tagListings/" + i2 + "/parts/" + i3, schemaPath: "#/definitions/TagListingPart/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                        if (vErrors === null) {
                                            vErrors = [err91];
                                        }
                                        else {
                                            vErrors.push(err91);
                                        }
                                        errors++;
                                    }
                                }
                            }
                            else {
                                const err92 = { instancePath: instancePath + "/tagListings/" + i2 + "/parts", schemaPath: "#/properties/tagListings/items/properties/parts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                if (vErrors === null) {
                                    vErrors = [err92];
                                }
                                else {
                                    vErrors.push(err92);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err93 = { instancePath: instancePath + "/tagListings/" + i2, schemaPath: "#/properties/tagListings/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err93];
                        }
                        else {
                            vErrors.push(err93);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err94 = { instancePath: instancePath + "/tagListings", schemaPath: "#/properties/tagListings/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err94];
                }
                else {
                    vErrors.push(err94);
                }
                errors++;
            }
        }
        if (data.watermark !== undefined) {
            if (typeof data.watermark !== "string") {
                const err95 = { instancePath: instancePath + "/watermark", schemaPath: "#/properties/watermark/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err95];
                }
                else {
                    vErrors.push(err95);
                }
                errors++;
            }
        }
        if (data.seen !== undefined) {
            let data49 = data.seen;
            if (Array.isArray(data49)) {
                const len4 = data49.length;
                for (let i4 = 0; i4 < len4; i4++) {
                    let data50 = data49[i4];
                    if (data50 && typeof data50 == "object" && !Array.isArray(data50)) {
                        if (data50.id === undefined) {
                            const err96 = { instancePath: instancePath + "/seen/" + i4, schemaPath: "#/definitions/SeenRelease/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err96];
                            }
                            else {
                                vErrors.push(err96);
                            }
                            errors++;
                        }
                        if (data50.tag === undefined) {
                            const err97 = { instancePath: instancePath + "/seen/" + i4, schemaPath: "#/definitions/SeenRelease/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'" };
                            if (vErrors === null) {
                                vErrors = [err97];
                            }
                            else {
                                vErrors.push(err97);
                            }
                            errors++;
                        }
                        if (data50.publishedAt === undefined) {
                            const err98 = { instancePath: instancePath + "/seen/" + i4, schemaPath: "#/definitions/SeenRelease/required", keyword: "required", params: { missingProperty: "publishedAt" }, message: "must have required property '" + "publishedAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err98];
                            }
                            else {
                                vErrors.push(err98);
                            }
                            errors++;
                        }
                        if (data50.prerelease === undefined) {
                            const err99 = { instancePath: instancePath + "/seen/" + i4, schemaPath: "#/definitions/SeenRelease/required", keyword: "required", params: { missingProperty: "prerelease" }, message: "must have required property '" + "prerelease" + "'" };
                            if (vErrors === null) {
                                vErrors = [err99];
                            }
                            else {
                                vErrors.push(err99);
                            }
                            errors++;
                        }
                        if (data50.id !== undefined) {
                            let data51 = data50.id;
                            if (!((typeof data51 == "number") && (isFinite(data51)))) {
                                const err100 = { instancePath: instancePath + "/seen/" + i4 + "/id", schemaPath: "#/definitions/SeenRelease/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err100];
                                }
                                else {
                                    vErrors.push(err100);
                                }
                                errors++;
                            }
                        }
                        if (data50.tag !== undefined) {
                            if (typeof data50.tag !== "string") {
                                const err101 = { instancePath: instancePath + "/seen/" + i4 + "/tag", schemaPath: "#/definitions/SeenRelease/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err101];
                                }
                                else {
                                    vErrors.push(err101);
                                }
                                errors++;
                            }
                        }
                        if (data50.publishedAt !== undefined) {
                            if (typeof data50.publishedAt !== "string") {
                                const err102 = { instancePath: instancePath + "/seen/" + i4 + "/publishedAt", schemaPath: "#/definitions/SeenRelease/properties/publishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err102];
                                }
                                else {
                                    vErrors.push(err102);
                                }
                                errors++;
                            }
                        }
                        if (data50.prerelease !== undefined) {
                            if (typeof data50.prerelease !== "boolean") {
                                const err103 = { instancePath: instancePath + "/seen/" + i4 + "/prerelease", schemaPath: "#/definitions/SeenRelease/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err103];
                                }
                                else {
                                    vErrors.push(err103);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err104 = { instancePath: instancePath + "/seen/" + i4, schemaPath: "#/definitions/SeenRelease/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err104];
                        }
                        else {
                            vErrors.push(err104);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err105 = { instancePath: instancePath + "/seen", schemaPath: "#/properties/seen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err105];
                }
                else {
                    vErrors.push(err105);
                }
                errors++;
            }
        }
        if (data.pending !== undefined) {
            let data55 = data.pending;
            if (Array.isArray(data55)) {
                const len5 = data55.length;
                for (let i5 = 0; i5 < len5; i5++) {
                    let data56 = data55[i5];
                    if (data56 && typeof data56 == "object" && !Array.isArray(data56)) {
                        if (data56.id === undefined) {
                            const err106 = { instancePath: instancePath + "/pending/" + i5, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err106];
                            }
                            else {
                                vErrors.push(err106);
                            }
                            errors++;
                        }
                        if (data56.tag === undefined) {
                            const err107 = { instancePath: instancePath + "/pending/" + i5, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'" };
                            if (vErrors === null) {
                                vErrors = [err107];
                            }
                            else {
                                vErrors.push(err107);
                            }
                            errors++;
                        }
                        if (data56.publishedAt === undefined) {
                            const err108 = { instancePath: instancePath + "/pending/" + i5, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "publishedAt" }, message: "must have required property '" + "publishedAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err108];
                            }
                            else {
                                vErrors.push(err108);
                            }
                            errors++;
                        }
                        if (data56.firstSeenAt === undefined) {
                            const err109 = { instancePath: instancePath + "/pending/" + i5, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "firstSeenAt" }, message: "must have required property '" + "firstSeenAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err109];
                            }
                            else {
                                vErrors.push(err109);
                            }
                            errors++;
                        }
                        if (data56.ageFrom === undefined) {
                            const err110 = { instancePath: instancePath + "/pending/" + i5, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "ageFrom" }, message: "must have required property '" + "ageFrom" + "'" };
                            if (vErrors === null) {
                                vErrors = [err110];
                            }
                            else {
                                vErrors.push(err110);
                            }
                            errors++;
                        }
                        if (data56.createdAt === undefined) {
                            const err111 = { instancePath: instancePath + "/pending/" + i5, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err111];
                            }
                            else {
                                vErrors.push(err111);
                            }
                            errors++;
                        }
                        if (data56.id !== undefined) {
                            let data57 = data56.id;
                            if (!((typeof data57 == "number") && (isFinite(data57)))) {
                                const err112 = { instancePath: instancePath + "/pending/" + i5 + "/id", schemaPath: "#/definitions/HeldRelease/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err112];
                                }
                                else {
                                    vErrors.push(err112);
                                }
                                errors++;
                            }
                        }
                        if (data56.tag !== undefined) {
                            if (typeof data56.tag !== "string") {
                                const err113 = { instancePath: instancePath + "/pending/" + i5 + "/tag", schemaPath: "#/definitions/HeldRelease/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err113];
                                }
                                else {
                                    vErrors.push(err113);
                                }
                                errors++;
                            }
                        }
                        if (data56.publishedAt !== undefined) {
                            if (typeof data56.publishedAt !== "string") {
                                const err114 = { instancePath: instancePath + "/pending/" + i5 + "/publishedAt", schemaPath: "#/definitions/HeldRelease/properties/publishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err114];
                                }
                                else {
                                    vErrors.push(err114);
                                }
                                errors++;
                            }
                        }
                        if (data56.firstSeenAt !== undefined) {
                            if (typeof data56.firstSeenAt !== "string") {
                                const err115 = { instancePath: instancePath + "/pending/" + i5 + "/firstSeenAt", schemaPath: "#/definitions/HeldRelease/properties/firstSeenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err115];
                                }
                                else {
                                    vErrors.push(err115);
                                }
                                errors++;
                            }
                        }
                        if (data56.runnerFirstSeenAt !== undefined) {
                            if (typeof data56.runnerFirstSeenAt !== "string") {
                                const err116 = { instancePath: instancePath + "/pending/" + i5 + "/runnerFirstSeenAt", schemaPath: "#/definitions/HeldRelease/properties/runnerFirstSeenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err116];
                                }
                                else {
                                    vErrors.push(err116);
                                }
                                errors++;
                            }
                        }
                        if (data56.ageFrom !== undefined) {
                            let data62 = data56.ageFrom;
                            if (typeof data62 !== "string") {
                                const err117 = { instancePath: instancePath + "/pending/" + i5 + "/ageFrom", schemaPath: "#/definitions/HeldRelease/properties/ageFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err117];
                                }
                                else {
                                    vErrors.push(err117);
                                }
                                errors++;
                            }
                            if (!((data62 === "published") || (data62 === "first-seen"))) {
                                const err118 = { instancePath: instancePath + "/pending/" + i5 + "/ageFrom", schemaPath: "#/definitions/HeldRelease/properties/ageFrom/enum", keyword: "enum", params: { allowedValues: schema14.properties.ageFrom.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err118];
                                }
                                else {
                                    vErrors.push(err118);
                                }
                                errors++;
                            }
                        }
                        if (data56.createdAt !== undefined) {
                            if (typeof data56.createdAt !== "string") {
                                const err119 = { instancePath: instancePath + "/pending/" + i5 + "/createdAt", schemaPath: "#/definitions/HeldRelease/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err119];
                                }
                                else {
                                    vErrors.push(err119);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err120 = { instancePath: instancePath + "/pending/" + i5, schemaPath: "#/definitions/HeldRelease/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err120];
                        }
                        else {
                            vErrors.push(err120);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err121 = { instancePath: instancePath + "/pending", schemaPath: "#/properties/pending/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err121];
                }
                else {
                    vErrors.push(err121);
                }
                errors++;
            }
        }
        if (data.dispatched !== undefined) {
            let data64 = data.dispatched;
            if (Array.isArray(data64)) {
                const len6 = data64.length;
                for (let i6 = 0; i6 < len6; i6++) {
                    let data65 = data64[i6];
                    if (data65 && typeof data65 == "object" && !Array.isArray(data65)) {
                        if (data65.id === undefined) {
                            const err122 = { instancePath: instancePath + "/dispatched/" + i6, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err122];
                            }
                            else {
                                vErrors.push(err122);
                            }
                            errors++;
                        }
                        if (data65.tag === undefined) {
                            const err123 = { instancePath: instancePath + "/dispatched/" + i6, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'" };
                            if (vErrors === null) {
                                vErrors = [err123];
                            }
                            else {
                                vErrors.push(err123);
                            }
                            errors++;
                        }
                        if (data65.eventId === undefined) {
                            const err124 = { instancePath: instancePath + "/dispatched/" + i6, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property '" + "eventId" + "'" };
                            if (vErrors === null) {
                                vErrors = [err124];
                            }
                            else {
                                vErrors.push(err124);
                            }
                            errors++;
                        }
                        if (data65.prerelease === undefined) {
                            const err125 = { instancePath: instancePath + "/dispatched/" + i6, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "prerelease" }, message: "must have required property '" + "prerelease" + "'" };
                            if (vErrors === null) {
                                vErrors = [err125];
                            }
                            else {
                                vErrors.push(err125);
                            }
                            errors++;
                        }
                        if (data65.createdAt === undefined) {
                            const err126 = { instancePath: instancePath + "/dispatched/" + i6, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err126];
                            }
                            else {
                                vErrors.push(err126);
                            }
                            errors++;
                        }
                        if (data65.dispatchedAt === undefined) {
                            const err127 = { instancePath: instancePath + "/dispatched/" + i6, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "dispatchedAt" }, message: "must have required property '" + "dispatchedAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err127];
                            }
                            else {
                                vErrors.push(err127);
                            }
                            errors++;
                        }
                        if (data65.id !== undefined) {
                            let data66 = data65.id;
                            if (!((typeof data66 == "number") && (isFinite(data66)))) {
                                const err128 = { instancePath: instancePath + "/dispatched/" + i6 + "/id", schemaPath: "#/definitions/DispatchedRelease/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err128];
                                }
                                else {
                                    vErrors.push(err128);
                                }
                                errors++;
                            }
                        }
                        if (data65.tag !== undefined) {
                            if (typeof data65.tag !== "string") {
                                const err129 = { instancePath: instancePath + "/dispatched/" + i6 + "/tag", schemaPath: "#/definitions/DispatchedRelease/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err129];
                                }
                                else {
                                    vErrors.push(err129);
                                }
                                errors++;
                            }
                        }
                        if (data65.eventId !== undefined) {
                            if (typeof data65.eventId !== "string") {
                                const err130 = { instancePath: instancePath + "/dispatched/" + i6 + "/eventId", schemaPath: "#/definitions/DispatchedRelease/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err130];
                                }
                                else {
                                    vErrors.push(err130);
                                }
                                errors++;
                            }
                        }
                        if (data65.prerelease !== undefined) {
                            if (typeof data65.prerelease !== "boolean") {
                                const err131 = { instancePath: instancePath + "/dispatched/" + i6 + "/prerelease", schemaPath: "#/definitions/DispatchedRelease/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err131];
                                }
                                else {
                                    vErrors.push(err131);
                                }
                                errors++;
                            }
                        }
                        if (data65.createdAt !== undefined) {
                            if (typeof data65.createdAt !== "string") {
                                const err132 = { instancePath: instancePath + "/dispatched/" + i6 + "/createdAt", schemaPath: "#/definitions/DispatchedRelease/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err132];
                                }
                                else {
                                    vErrors.push(err132);
                                }
                                errors++;
                            }
                        }
                        if (data65.dispatchedAt !== undefined) {
                            if (typeof data65.dispatchedAt !== "string") {
                                const err133 = { instancePath: instancePath + "/dispatched/" + i6 + "/dispatchedAt", schemaPath: "#/definitions/DispatchedRelease/properties/dispatchedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err133];
                                }
                                else {
                                    vErrors.push(err133);
                                }
                                errors++;
                            }
                        }
                        if (data65.commit !== undefined) {
                            if (typeof data65.commit !== "string") {
                                const err134 = { instancePath: instancePath + "/dispatched/" + i6 + "/commit", schemaPath: "#/definitions/DispatchedRelease/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err134];
                                }
                                else {
                                    vErrors.push(err134);
                                }
                                errors++;
                            }
                        }
                        if (data65.tagObject !== undefined) {
                            if (typeof data65.tagObject !== "string") {
                                const err135 = { instancePath: instancePath + "/dispatched/" + i6 + "/tagObject", schemaPath: "#/definitions/DispatchedRelease/properties/tagObject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err135];
                                }
                                else {
                                    vErrors.push(err135);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err136 = { instancePath: instancePath + "/dispatched/" + i6, schemaPath: "#/definitions/DispatchedRelease/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err136];
                        }
                        else {
                            vErrors.push(err136);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err137 = { instancePath: instancePath + "/dispatched", schemaPath: "#/properties/dispatched/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err137];
                }
                else {
                    vErrors.push(err137);
                }
                errors++;
            }
        }
        if (data.drafts !== undefined) {
            let data74 = data.drafts;
            if (Array.isArray(data74)) {
                if (data74.length > 10) {
                    const err138 = { instancePath: instancePath + "/drafts", schemaPath: "#/properties/drafts/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
                    if (vErrors === null) {
                        vErrors = [err138];
                    }
                    else {
                        vErrors.push(err138);
                    }
                    errors++;
                }
                const len7 = data74.length;
                for (let i7 = 0; i7 < len7; i7++) {
                    let data75 = data74[i7];
                    if (data75 && typeof data75 == "object" && !Array.isArray(data75)) {
                        if (data75.id === undefined) {
                            const err139 = { instancePath: instancePath + "/drafts/" + i7, schemaPath: "#/properties/drafts/items/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err139];
                            }
                            else {
                                vErrors.push(err139);
                            }
                            errors++;
                        }
                        if (data75.createdAt === undefined) {
                            const err140 = { instancePath: instancePath + "/drafts/" + i7, schemaPath: "#/properties/drafts/items/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err140];
                            }
                            else {
                                vErrors.push(err140);
                            }
                            errors++;
                        }
                        for (const key9 in data75) {
                            if (!(((key9 === "id") || (key9 === "createdAt")) || (key9 === "etag"))) {
                                const err141 = { instancePath: instancePath + "/drafts/" + i7, schemaPath: "#/properties/drafts/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err141];
                                }
                                else {
                                    vErrors.push(err141);
                                }
                                errors++;
                            }
                        }
                        if (data75.id !== undefined) {
                            let data76 = data75.id;
                            if (!(((typeof data76 == "number") && (!(data76 % 1) && !isNaN(data76))) && (isFinite(data76)))) {
                                const err142 = { instancePath: instancePath + "/drafts/" + i7 + "/id", schemaPath: "#/properties/drafts/items/properties/id/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err142];
                                }
                                else {
                                    vErrors.push(err142);
                                }
                                errors++;
                            }
                            if ((typeof data76 == "number") && (isFinite(data76))) {
                                if (data76 < 0 || isNaN(data76)) {
                                    const err143 = { instancePath: instancePath + "/drafts/" + i7 + "/id", schemaPath: "#/properties/drafts/items/properties/id/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                    if (vErrors === null) {
                                        vErrors = [err143];
                                    }
                                    else {
                                        vErrors.push(err143);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data75.createdAt !== undefined) {
                            if (typeof data75.createdAt !== "string") {
                                const err144 = { instancePath: instancePath + "/drafts/" + i7 + "/createdAt", schemaPath: "#/properties/drafts/items/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err144];
                                }
                                else {
                                    vErrors.push(err144);
                                }
                                errors++;
                            }
                        }
                        if (data75.etag !== undefined) {
                            if (typeof data75.etag !== "string") {
                                const err145 = { instancePath: instancePath + "/drafts/" + i7 + "/etag", schemaPath: "#/properties/drafts/items/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err145];
                                }
                                else {
                                    vErrors.push(err145);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err146 = { instancePath: instancePath + "/drafts/" + i7, schemaPath: "#/properties/drafts/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err146];
                        }
                        else {
                            vErrors.push(err146);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err147 = { instancePath: instancePath + "/drafts", schemaPath: "#/properties/drafts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err147];
                }
                else {
                    vErrors.push(err147);
                }
                errors++;
            }
        }
        if (data.redeliver !== undefined) {
            let data79 = data.redeliver;
            if (Array.isArray(data79)) {
                if (data79.length > 100) {
                    const err148 = { instancePath: instancePath + "/redeliver", schemaPath: "#/properties/redeliver/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                    if (vErrors === null) {
                        vErrors = [err148];
                    }
                    else {
                        vErrors.push(err148);
                    }
                    errors++;
                }
                const len8 = data79.length;
                for (let i8 = 0; i8 < len8; i8++) {
                    if (typeof data79[i8] !== "string") {
                        const err149 = { instancePath: instancePath + "/redeliver/" + i8, schemaPath: "#/properties/redeliver/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err149];
                        }
                        else {
                            vErrors.push(err149);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err150 = { instancePath: instancePath + "/redeliver", schemaPath: "#/properties/redeliver/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err150];
                }
                else {
                    vErrors.push(err150);
                }
                errors++;
            }
        }
        if (data.redeliverEvents !== undefined) {
            let data81 = data.redeliverEvents;
            if (Array.isArray(data81)) {
                if (data81.length > 100) {
                    const err151 = { instancePath: instancePath + "/redeliverEvents", schemaPath: "#/properties/redeliverEvents/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" };
                    if (vErrors === null) {
                        vErrors = [err151];
                    }
                    else {
                        vErrors.push(err151);
                    }
                    errors++;
                }
                const len9 = data81.length;
                for (let i9 = 0; i9 < len9; i9++) {
                    if (typeof data81[i9] !== "string") {
                        const err152 = { instancePath: instancePath + "/redeliverEvents/" + i9, schemaPath: "#/properties/redeliverEvents/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err152];
                        }
                        else {
                            vErrors.push(err152);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err153 = { instancePath: instancePath + "/redeliverEvents", schemaPath: "#/properties/redeliverEvents/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err153];
                }
                else {
                    vErrors.push(err153);
                }
                errors++;
            }
        }
        if (data.polledAt !== undefined) {
            if (typeof data.polledAt !== "string") {
                const err154 = { instancePath: instancePath + "/polledAt", schemaPath: "#/properties/polledAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err154];
                }
                else {
                    vErrors.push(err154);
                }
                errors++;
            }
        }
        if (data.checkedAt !== undefined) {
            if (typeof data.checkedAt !== "string") {
                const err155 = { instancePath: instancePath + "/checkedAt", schemaPath: "#/properties/checkedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err155];
                }
                else {
                    vErrors.push(err155);
                }
                errors++;
            }
        }
        if (data.githubClock !== undefined) {
            let data85 = data.githubClock;
            if (data85 && typeof data85 == "object" && !Array.isArray(data85)) {
                if (data85.github === undefined) {
                    const err156 = { instancePath: instancePath + "/githubClock", schemaPath: "#/properties/githubClock/required", keyword: "required", params: { missingProperty: "github" }, message: "must have required property '" + "github" + "'" };
                    if (vErrors === null) {
                        vErrors = [err156];
                    }
                    else {
                        vErrors.push(err156);
                    }
                    errors++;
                }
                if (data85.runner === undefined) {
                    const err157 = { instancePath: instancePath + "/githubClock", schemaPath: "#/properties/githubClock/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property '" + "runner" + "'" };
                    if (vErrors === null) {
                        vErrors = [err157];
                    }
                    else {
                        vErrors.push(err157);
                    }
                    errors++;
                }
                for (const key10 in data85) {
                    if (!((key10 === "github") || (key10 === "runner"))) {
                        const err158 = { instancePath: instancePath + "/githubClock", schemaPath: "#/properties/githubClock/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err158];
                        }
                        else {
                            vErrors.push(err158);
                        }
                        errors++;
                    }
                }
                if (data85.github !== undefined) {
                    if (typeof data85.github !== "string") {
                        const err159 = { instancePath: instancePath + "/githubClock/github", schemaPath: "#/properties/githubClock/properties/github/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err159];
                        }
                        else {
                            vErrors.push(err159);
                        }
                        errors++;
                    }
                }
                if (data85.runner !== undefined) {
                    if (typeof data85.runner !== "string") {
                        const err160 = { instancePath: instancePath + "/githubClock/runner", schemaPath: "#/properties/githubClock/properties/runner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err160];
                        }
                        else {
                            vErrors.push(err160);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err161 = { instancePath: instancePath + "/githubClock", schemaPath: "#/properties/githubClock/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err161];
                }
                else {
                    vErrors.push(err161);
                }
                errors++;
            }
        }
    }
    else {
        const err162 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err162];
        }
        else {
            vErrors.push(err162);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/state/query.js
var query = __webpack_require__(89176);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __webpack_require__(39709);
;// CONCATENATED MODULE: ./.build/watch/ledger.js


async function loadInternalValue(store, key, field) {
    const record = await store.loadEvent(key.eventId);
    const run = record?.runs.find((candidate) => candidate.id === key.runId);
    return run?.resultPayload?.[field];
}
async function saveInternalValue(options) {
    const { store, eventId, runId } = options;
    const stored = await store.loadEvent(eventId);
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
        ...(0,state_record/* countDispatch */.m5)(stored),
    };
    await store.saveEvent(record);
    return at;
}

;// CONCATENATED MODULE: ./.build/watch/cursor.js





const WATCH_CURSOR_EVENT_TYPE = `${query/* INTERNAL_EVENT_TYPE_PREFIX */.PV}watch-cursor`;
const CURSOR_RUN_ID = "watch-cursor";
const WATCH_CURSOR_FORMAT = 1;
const SEEN_RELEASES_KEPT = 200;
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
function cursor_droppedRedeliveriesNote(dropped) {
    return `not delivered again (more than ${REDELIVER_EVENTS_KEPT} changes were waiting to be delivered again; the oldest ${dropped.length} dropped, replay them to run them): ${dropped.join(", ")}`;
}
function cursor_droppedReleaseRedeliveriesNote(dropped) {
    return `not delivered again (more than ${REDELIVER_TAGS_KEPT} releases were waiting to be delivered again; the oldest ${dropped.length} dropped, replay their upstream.release events to run them): ${dropped.join(", ")}`;
}
const GITHUB_CLOCK_KEPT_MS = 60_000;
function githubAheadMs(clock) {
    const ahead = clock ? Date.parse(clock.github) - Date.parse(clock.runner) : 0;
    return Number.isFinite(ahead) ? ahead : 0;
}
function isInternalEventType(type) {
    return type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}
function watchCursorEventId(repo) {
    return `flows-action:watch-cursor:${repo.toLowerCase()}`;
}
const cursorKey = (repo) => ({ eventId: watchCursorEventId(repo), type: WATCH_CURSOR_EVENT_TYPE, runId: CURSOR_RUN_ID });
async function cursor_loadWatchCursor(store, repo) {
    const value = await loadInternalValue(store, cursorKey(repo), "cursor");
    const format = typeof value === "object" && value !== null ? value.format : undefined;
    if (typeof format === "number" && format > WATCH_CURSOR_FORMAT) {
        throw new WatchCursorError(`the watch cursor of ${repo} in the ${store.kind} state store was written by a newer flows-action (cursor format ${format}; this version reads format ${WATCH_CURSOR_FORMAT}). Run the newer flows-action: this one cannot tell which releases it already handled.`);
    }
    const cursor = parseCursor(value);
    if (!cursor || cursor.repo.toLowerCase() !== repo.toLowerCase())
        return undefined;
    return {
        ...cursor,
        seen: cursor.seen.slice(0, SEEN_RELEASES_KEPT),
        ...(cursor.dispatched ? { dispatched: cursor.dispatched.slice(0, DISPATCHED_RELEASES_KEPT) } : {}),
        ...(cursor.drafts ? { drafts: cursor.drafts.slice(0, DRAFTS_WATCHED) } : {}),
    };
}
class WatchCursorError extends user_error/* UserError */.y {
    name = "WatchCursorError";
}
async function recoverWatchCursor(store, repo) {
    const wanted = repo.toLowerCase();
    let latest;
    let count = 0;
    await (0,query/* eachStoredEvent */.BM)(store, (record) => {
        if (record.event.type !== "upstream.release")
            return;
        const payload = record.event.payload;
        if (typeof payload?.repo !== "string" || payload.repo.toLowerCase() !== wanted)
            return;
        const { tag, publishedAt } = payload;
        const time = typeof publishedAt === "string" ? Date.parse(publishedAt) : Number.NaN;
        if (typeof tag !== "string" || !Number.isFinite(time))
            return;
        count += 1;
        if (!latest || time > latest.time)
            latest = { tag, publishedAt: new Date(time).toISOString(), time };
    });
    if (!latest)
        return undefined;
    const cursor = { format: WATCH_CURSOR_FORMAT, repo, watermark: latest.publishedAt, seen: [], polledAt: "" };
    const note = `no readable watch cursor, so polling went on from the latest of ${count} release event${count === 1 ? "" : "s"} ` +
        `of ${repo} in the state store (${latest.tag}, published ${latest.publishedAt}) instead of starting over`;
    return { cursor, note };
}
async function cursor_saveWatchCursor(options) {
    const { cursor } = options;
    await saveInternalValue({
        store: options.store,
        ...cursorKey(cursor.repo),
        field: "cursor",
        value: cursor,
        message: `watch cursor of ${cursor.repo}`,
        payload: { repo: cursor.repo },
        now: options.now,
        stamp: "polledAt",
    });
}
function parseCursor(value) {
    const cursor = validateWatchCursor(value) ? value : salvageCursor(value);
    const usable = cursor && withUsableTimes(cursor);
    return usable && withUsableBacklog(withWatermarkSeen(usable));
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
function withUsableTimes(cursor) {
    const seen = cursor.seen.filter((release) => isTime(release.publishedAt));
    const heldTimesUsable = (cursor.pending ?? []).every((held) => isTime(held.publishedAt) && isTime(held.firstSeenAt) && runnerSeenUsable(held));
    if (seen.length === cursor.seen.length && (cursor.watermark === undefined || isTime(cursor.watermark)) && heldTimesUsable)
        return cursor;
    const newest = seen.map((release) => release.publishedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
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
function salvageCursor(value) {
    if (typeof value !== "object" || value === null)
        return undefined;
    const cursor = value;
    if (cursor.format !== WATCH_CURSOR_FORMAT || typeof cursor.repo !== "string" || !Array.isArray(cursor.seen)) {
        return undefined;
    }
    const seen = cursor.seen.filter((item) => typeof item === "object" &&
        item !== null &&
        typeof item.id === "number" &&
        typeof item.tag === "string" &&
        typeof item.publishedAt === "string" &&
        typeof item.prerelease === "boolean");
    return {
        format: WATCH_CURSOR_FORMAT,
        repo: cursor.repo,
        ...(typeof cursor.etag === "string" ? { etag: cursor.etag } : {}),
        ...(typeof cursor.watermark === "string" ? { watermark: cursor.watermark } : {}),
        seen,
        polledAt: typeof cursor.polledAt === "string" ? cursor.polledAt : "",
        ...parseCursorExtras(cursor),
    };
}
function parseCursorExtras(cursor) {
    const strings = ["deepEtag", "etagAt", "tagsEtag", "checkedAt"];
    const extras = {};
    for (const key of strings)
        if (typeof cursor[key] === "string")
            extras[key] = cursor[key];
    const isObject = (item) => typeof item === "object" && item !== null;
    if (Array.isArray(cursor.pending)) {
        extras.pending = cursor.pending.filter((item) => isObject(item) && typeof item.id === "number" && typeof item.tag === "string" && typeof item.firstSeenAt === "string" && typeof item.publishedAt === "string");
    }
    if (Array.isArray(cursor.tagListings)) {
        const isListing = (item) => isObject(item) &&
            typeof item.prefix === "string" &&
            item.prefix !== "" &&
            (item.etag === undefined || typeof item.etag === "string") &&
            (item.tooLarge === undefined || item.tooLarge === true);
        extras.tagListings = cursor.tagListings.filter(isListing).map((item) => {
            const { prefix, etag, tooLarge } = item;
            const parts = item.parts;
            return {
                prefix,
                ...(etag !== undefined ? { etag } : {}),
                ...(tooLarge ? { tooLarge } : {}),
                ...(tooLarge && Array.isArray(parts) ? { parts: parts.filter(isListing).map(({ prefix, etag, tooLarge, exact }) => ({ prefix, ...(etag !== undefined ? { etag } : {}), ...(tooLarge ? { tooLarge } : {}), ...(tooLarge && exact === true ? { exact } : {}) })) } : {}),
            };
        });
    }
    const count = (value) => Number.isSafeInteger(value) && value >= 0;
    const end = cursor.end;
    if (isObject(end) && count(end.boundary) && count(end.below) && count(end.count)) {
        extras.end = {
            boundary: end.boundary,
            below: end.below,
            count: end.count,
            ...(count(end.page) && end.page > 0 && typeof end.etag === "string" ? { page: end.page, etag: end.etag, ...(count(end.first) ? { first: end.first } : {}) } : {}),
        };
    }
    const isTie = (tie) => isObject(tie) && typeof tie.at === "string" && isTime(tie.at) && Array.isArray(tie.seen);
    const backlogPart = (backlog) => {
        const after = isObject(backlog) ? backlog.after : undefined;
        if (!isObject(backlog) || !isObject(after) || !count(after.id) || typeof after.tag !== "string" || typeof after.createdAt !== "string" || !count(backlog.page))
            return undefined;
        return {
            after: { id: after.id, tag: after.tag, createdAt: after.createdAt },
            page: Math.max(backlog.page, 1),
            ...(typeof backlog.from === "string" ? { from: backlog.from } : backlog.from !== undefined ? { from: "" } : {}),
            ...(isTie(backlog.tie) ? { tie: { at: backlog.tie.at, seen: backlog.tie.seen.filter(count) } } : {}),
            ...(count(backlog.missing) ? { missing: backlog.missing } : {}),
        };
    };
    const backlog = backlogPart(cursor.backlog);
    if (backlog) {
        const older = backlogPart(cursor.backlog.older);
        extras.backlog = { ...backlog, ...(older ? { older } : {}) };
    }
    const clock = cursor.githubClock;
    if (isObject(clock) && typeof clock.github === "string" && typeof clock.runner === "string")
        extras.githubClock = { github: clock.github, runner: clock.runner };
    if (Array.isArray(cursor.redeliver))
        extras.redeliver = cursor.redeliver.filter((tag) => typeof tag === "string");
    if (Array.isArray(cursor.redeliverEvents))
        extras.redeliverEvents = cursor.redeliverEvents.filter((id) => typeof id === "string");
    if (Array.isArray(cursor.drafts)) {
        extras.drafts = cursor.drafts
            .filter((item) => isObject(item) && count(item.id) && typeof item.createdAt === "string")
            .map(({ id, createdAt, etag }) => ({ id, createdAt, ...(typeof etag === "string" ? { etag } : {}) }));
    }
    if (Array.isArray(cursor.dispatched)) {
        extras.dispatched = cursor.dispatched.filter((item) => isObject(item) && typeof item.id === "number" && typeof item.tag === "string" && typeof item.eventId === "string");
    }
    return extras;
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
;// CONCATENATED MODULE: ./.build/github/releases.js





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
async function checkRelease(options) {
    const [owner = "", repo = ""] = options.repo.split("/");
    const backoff = options.backoff ?? new RateLimitBackoff();
    const budget = options.budget ?? new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
    const where = `GET /repos/${owner}/${repo}/releases/${options.id}`;
    return backoff.run(async () => {
        budget.spend();
        try {
            const response = await options.client.rest.repos.getRelease({
                owner,
                repo,
                release_id: options.id,
                ...(options.etag ? { headers: { "if-none-match": options.etag } } : {}),
                request: { maxResponseBytes: PAGE_MAX_BYTES, [github_client/* OWN_RATE_LIMIT_WAIT */.kG]: true },
            });
            budget.observe(response.headers, response.status);
            const release = readRelease(response.data, { repo: options.repo, request: where, status: response.status });
            return { status: "ok", release, ...(response.headers.etag ? { etag: response.headers.etag } : {}) };
        }
        catch (error) {
            if (error instanceof GitHubReleasesError)
                throw error;
            const status = statusOf(error);
            if (status === 304) {
                budget.observe(error?.response?.headers, 304);
                return { status: "not-modified" };
            }
            if (status === 404)
                return { status: "gone" };
            throw releasesError(options.repo, error, new Date(), where);
        }
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
        name: release.name,
        ...keptBody(release.body ?? null),
        draft: release.draft,
        prerelease: release.prerelease,
        publishedAt: release.published_at,
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
        if (!Array.isArray(response.data))
            throw unreadableAnswer(where, `got ${describeValue(response.data)} instead of a list`);
        return {
            releases: response.data.map((release, index) => readRelease(release, where, `release ${index}`)),
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
function readRelease(value, origin, what = "the release") {
    const release = (typeof value === "object" && value !== null ? value : {});
    const text = (key) => typeof release[key] === "string";
    const textOrNull = (key) => release[key] === null || release[key] === undefined || text(key);
    const fine = typeof value === "object" &&
        value !== null &&
        Number.isSafeInteger(release.id) &&
        ["tag_name", "created_at", "html_url", "target_commitish"].every(text) &&
        ["name", "body", "published_at"].every(textOrNull) &&
        typeof release.draft === "boolean" &&
        typeof release.prerelease === "boolean";
    if (!fine)
        throw unreadableAnswer(origin, `${what} is ${describeValue(value)}`);
    return toUpstreamRelease(release);
}
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




const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
const unlimited = () => new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
function limited(options, request) {
    return (options.backoff ?? new RateLimitBackoff()).run(request);
}
const own = (maxBytes) => ({ request: { ...(maxBytes !== undefined ? { maxResponseBytes: maxBytes } : {}), [github_client/* OWN_RATE_LIMIT_WAIT */.kG]: true } });
function split(repo) {
    const [owner = "", name = ""] = repo.split("/");
    return { owner, repo: name };
}
function responseHeaders(error) {
    return error?.response?.headers;
}
async function getRelease(options) {
    const budget = options.budget ?? unlimited();
    return limited(options, async () => {
        budget.spend();
        try {
            const response = await options.client.rest.repos.getRelease({ ...split(options.repo), release_id: options.id, ...own() });
            budget.observe(response.headers, response.status);
            const request = `GET /repos/${options.repo}/releases/${options.id}`;
            return readRelease(response.data, { repo: options.repo, request, status: response.status });
        }
        catch (error) {
            if (error instanceof GitHubReleasesError)
                throw error;
            if (statusOf(error) === 304)
                budget.observe(responseHeaders(error), 304);
            if (statusOf(error) === 404)
                return undefined;
            throw lookupError(options.repo, error, `GET /repos/${options.repo}/releases/${options.id}`);
        }
    });
}
async function getReleaseByTag(options) {
    const budget = options.budget ?? unlimited();
    return limited(options, async () => {
        budget.spend();
        const request = `GET /repos/${options.repo}/releases/tags/${encodeURIComponent(options.tag)}`;
        try {
            const response = await options.client.rest.repos.getReleaseByTag({ ...split(options.repo), tag: options.tag, ...own() });
            budget.observe(response.headers, response.status);
            return readRelease(response.data, { repo: options.repo, request, status: response.status });
        }
        catch (error) {
            if (error instanceof GitHubReleasesError)
                throw error;
            if (statusOf(error) === 304)
                budget.observe(responseHeaders(error), 304);
            if (statusOf(error) === 404)
                return undefined;
            throw lookupError(options.repo, error, request);
        }
    });
}
const TAG_REFS_MAX_BYTES = 4 * 1024 * 1024;
async function listTagRefs(options) {
    const budget = options.budget ?? unlimited();
    return limited(options, async () => {
        budget.spend();
        const request = `GET /repos/${options.repo}/git/matching-refs/tags/${options.prefix}`;
        const maxBytes = options.maxBytes ?? TAG_REFS_MAX_BYTES;
        try {
            const response = await options.client.rest.git.listMatchingRefs({
                ...split(options.repo),
                ref: options.prefix ? `tags/${options.prefix}` : "tags",
                ...(options.etag ? { headers: { "if-none-match": options.etag } } : {}),
                ...own(maxBytes),
            });
            budget.observe(response.headers, response.status);
            const origin = { repo: options.repo, request, status: response.status };
            const data = response.data;
            if (!Array.isArray(data))
                throw unreadableAnswer(origin, `got ${describeValue(data)} instead of a list`, "tags");
            const tags = new Map();
            for (const [index, ref] of data.entries()) {
                const { ref: name, object } = (ref ?? {});
                if (typeof name !== "string" || typeof object?.sha !== "string" || !SHA.test(object.sha)) {
                    throw unreadableAnswer(origin, `ref ${index} is ${describeValue(ref)}`, "tags");
                }
                if (!name.startsWith("refs/tags/"))
                    continue;
                const tag = name.slice("refs/tags/".length);
                tags.set(tag, { tag, type: object.type === "tag" ? "tag" : "commit", sha: object.sha });
            }
            return { status: "ok", tags, ...(response.headers.etag ? { etag: response.headers.etag } : {}) };
        }
        catch (error) {
            if (error instanceof GitHubReleasesError)
                throw error;
            if (statusOf(error) === 304)
                budget.observe(responseHeaders(error), 304);
            if (statusOf(error) === 304)
                return { status: "not-modified" };
            const tooLarge = (0,bounded_body/* responseTooLarge */.Fh)(error);
            if (tooLarge) {
                budget.observe(tooLarge.headers, tooLarge.status);
                const etag = tooLarge.headers.etag;
                return { status: "too-large", maxBytes, ...(etag ? { etag } : {}) };
            }
            throw lookupError(options.repo, error, request);
        }
    });
}
const TAG_REF_MAX_BYTES = 64 * 1024;
async function getTagRef(options) {
    const budget = options.budget ?? unlimited();
    return limited(options, async () => {
        budget.spend();
        const request = `GET /repos/${options.repo}/git/ref/tags/${options.tag}`;
        try {
            const response = await options.client.rest.git.getRef({
                ...split(options.repo),
                ref: `tags/${options.tag}`,
                ...(options.etag ? { headers: { "if-none-match": options.etag } } : {}),
                ...own(TAG_REF_MAX_BYTES),
            });
            budget.observe(response.headers, response.status);
            const origin = { repo: options.repo, request, status: response.status };
            const { ref: name, object } = (response.data ?? {});
            if (typeof name !== "string" || typeof object?.sha !== "string" || !SHA.test(object.sha)) {
                throw unreadableAnswer(origin, `got ${describeValue(response.data)}`, "tag ref");
            }
            const etag = response.headers.etag ? { etag: response.headers.etag } : {};
            if (name !== `refs/tags/${options.tag}`)
                return { status: "ok", ...etag };
            return { status: "ok", ref: { tag: options.tag, type: object.type === "tag" ? "tag" : "commit", sha: object.sha }, ...etag };
        }
        catch (error) {
            if (error instanceof GitHubReleasesError)
                throw error;
            if (statusOf(error) === 304)
                budget.observe(responseHeaders(error), 304);
            if (statusOf(error) === 304)
                return { status: "not-modified" };
            if (statusOf(error) === 404)
                return { status: "ok" };
            throw lookupError(options.repo, error, request);
        }
    });
}
const REPOSITORY_MAX_BYTES = 256 * 1024;
async function getRepositoryFacts(options) {
    const budget = options.budget ?? unlimited();
    return limited(options, async () => {
        budget.spend();
        const request = `GET /repos/${options.repo}`;
        try {
            const response = await options.client.rest.repos.get({ ...split(options.repo), ...own(REPOSITORY_MAX_BYTES) });
            budget.observe(response.headers, response.status);
            const data = response.data;
            const { id, created_at: createdAt, html_url: htmlUrl } = (data ?? {});
            const text = (value, max) => typeof value === "string" && value.length <= max;
            if (!Number.isSafeInteger(id) || !text(createdAt, 64) || Number.isNaN(Date.parse(createdAt)) || !text(htmlUrl, 1024)) {
                throw unreadableAnswer({ repo: options.repo, request, status: response.status }, `got ${describeValue(data)}`, "repository");
            }
            return { id: id, createdAt, htmlUrl };
        }
        catch (error) {
            if (error instanceof GitHubReleasesError)
                throw error;
            if (statusOf(error) === 304)
                budget.observe(responseHeaders(error), 304);
            const tooLarge = (0,bounded_body/* responseTooLarge */.Fh)(error);
            if (tooLarge)
                throw unreadableAnswer({ repo: options.repo, request, status: tooLarge.status }, `an answer over ${REPOSITORY_MAX_BYTES} bytes`, "repository");
            throw lookupError(options.repo, error, request);
        }
    });
}
async function tagCommit(options) {
    if (options.ref.type === "commit")
        return options.ref.sha;
    const budget = options.budget ?? unlimited();
    return limited(options, async () => {
        budget.spend();
        const request = `GET /repos/${options.repo}/git/tags/${options.ref.sha}`;
        try {
            const response = await options.client.rest.git.getTag({ ...split(options.repo), tag_sha: options.ref.sha, ...own() });
            budget.observe(response.headers, response.status);
            const sha = response.data?.object?.sha;
            if (typeof sha !== "string" || !SHA.test(sha)) {
                throw unreadableAnswer({ repo: options.repo, request, status: response.status }, `its object is ${describeValue(response.data?.object)}`, "tag object");
            }
            return sha;
        }
        catch (error) {
            if (error instanceof GitHubReleasesError)
                throw error;
            if (statusOf(error) === 304)
                budget.observe(responseHeaders(error), 304);
            throw lookupError(options.repo, error, request);
        }
    });
}
function lookupError(repo, error, where) {
    return releasesError(repo, error, new Date(), where);
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
    return matchesTag(watch.tags, release.tagName);
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
        const retagged = prior.tag !== shortTag(release.tagName) && !matchesTag(watch.tags, prior.tag);
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
            `Check ${repository.htmlUrl}: to watch it, run \`flows forget ${watchCursorEventId(repo)}\` and the next poll goes on from the last release dispatched; otherwise remove it from the configuration.`,
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
    const known = (id) => cursor?.seen.find((seen) => seen.id === id)?.publishedAt ?? cursor?.pending?.find((held) => held.id === id)?.publishedAt;
    const untimed = listed ? fillMissingTimestamps(listed, known, clock.seenAt) : new Set();
    const drafts = await checkDrafts({ client: options.client, repo: watch.repo, cursor, read: [...(listed ?? []), ...below.below], backoff: options.backoff, budget });
    const fresh = listed ? selectNewReleases(listed, watch, cursor) : [];
    for (const release of below.fresh)
        if (!fresh.some((item) => item.id === release.id))
            fresh.push(release);
    const publishedDrafts = cursor ? selectNewReleases(drafts.published, watch, cursor) : [];
    for (const release of publishedDrafts)
        if (!fresh.some((item) => item.id === release.id))
            fresh.push(release);
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
        const inListing = listed?.find((candidate) => candidate.tagName === tag && !candidate.draft);
        if (!inListing && lookedUp >= REDELIVER_LOOKUPS_PER_POLL) {
            later.push(tag);
            continue;
        }
        if (!inListing)
            lookedUp += 1;
        const release = inListing ?? (await getReleaseByTag({ ...lookups, tag }));
        if (release && matchesWatch(release, watch)) {
            if (!fresh.some((item) => item.id === release.id)) {
                fresh.push(release);
                againIds.add(release.id);
            }
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
        if (fresh.some((release) => release.id === hold.id))
            continue;
        const listedNow = listed?.find((candidate) => candidate.id === hold.id);
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
        pending: held.sort((a, b) => Date.parse(eligibleAt(a, watch.minAge ?? 0, clock.githubAheadMs)) - Date.parse(eligibleAt(b, watch.minAge ?? 0, clock.githubAheadMs))),
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
    const report = describe({ watch, cursor, listing, events, again, held, dropped, refused, clock, requests: budget.used - before });
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
const KEY = { eventId: WATCH_ROTATION_EVENT_ID, type: `${query/* INTERNAL_EVENT_TYPE_PREFIX */.PV}watch-rotation`, runId: "watch-rotation" };
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




async function watchStatus(options) {
    const now = options.now ?? new Date();
    const repositories = [];
    for (const watch of options.watches) {
        let cursor;
        let unreadable;
        try {
            cursor = await cursor_loadWatchCursor(options.store, watch.repo);
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
    return {
        at: now.toISOString(),
        repositories,
        ...(next ? { nextPollStartsWith: next } : {}),
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
function renderWatchStatusText(status) {
    const now = Date.parse(status.at);
    const ago = (iso) => `${shortTime(iso)} (${formatAge((now - Date.parse(iso)) / 1000)} ago)`;
    const lines = [];
    for (const repo of status.repositories) {
        const options = [repo.minAge ? `min-age ${formatAge(repo.minAge / 1000)}` : undefined, repo.updates ? "updates" : undefined].filter(Boolean);
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
        for (const [index, held] of repo.pending.entries()) {
            const eligible = Date.parse(held.eligibleAt);
            const when = held.eligible ? "eligible now: dispatched by the next poll" : `eligible ${shortTime(held.eligibleAt)} (in ${formatAge((eligible - clockNow) / 1000)})`;
            lines.push(`  ${index === 0 ? "pending         " : "                "} ${terminalText(held.tag)} — ${when}`);
        }
        lines.push(`  last dispatched  ${repo.lastDispatched ? `${terminalText(repo.lastDispatched.tag)} at ${terminalText(shortTime(repo.lastDispatched.at))}` : "none"}`);
        const again = [...repo.redeliver, ...repo.redeliverEvents];
        if (again.length > 0)
            lines.push(`  to deliver again ${again.map(terminalText).join(", ")}`);
        if (repo.drafts > 0)
            lines.push(`  drafts watched   ${repo.drafts} (asked for by id each poll: found when published, however deep GitHub lists ${repo.drafts === 1 ? "it" : "them"})`);
        if (repo.readOn) {
            const since = repo.readOn.from ? `published since ${terminalText(shortTime(repo.readOn.from))}` : "any";
            lines.push(`  still to read    releases listed below ${terminalText(repo.readOn.after)} (${since}): the next poll reads on`);
        }
    }
    if (status.nextPollStartsWith)
        lines.push("", `The last poll stopped early; the next one starts with ${status.nextPollStartsWith}.`);
    return `${lines.join("\n")}\n`;
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
    const pending = { events: [], reports: [], cursors: new Map(), repoOf: new Map(), requests: { requests: 0, notModified: 0, maxRequests: budget.max } };
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
            const stored = await cursor_loadWatchCursor(options.store, watch.repo);
            const recovered = stored ? undefined : await recoverWatchCursor(options.store, watch.repo);
            if (recovered)
                log(`${watch.repo}: ${recovered.note}.`);
            const cursor = stored ?? recovered?.cursor;
            const poll = () => pollRepository({ ...options, watch, cursor, backoff, budget, now: now(), log });
            const polled = usedBefore === 0 ? await budget.exempt(poll) : await poll();
            if (recovered)
                polled.report.message = polled.report.message ? `${recovered.note}; ${polled.report.message}` : recovered.note;
            byRepo.set(watch.repo, withWait(polled.report, backoff.waitedSeconds - waitedBefore));
            for (const event of polled.events)
                pending.repoOf.set(event.id, watch.repo);
            pending.events.push(...polled.events);
            if (polled.cursor)
                pending.cursors.set(watch.repo, polled.cursor);
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
function withWait(report, seconds) {
    return seconds > 0 ? { ...report, waitedSeconds: seconds } : report;
}
async function savePendingCursors(store, pending, skip, now, redeliver = new Map(), log) {
    const clock = now ?? (() => new Date());
    const repos = new Set([...pending.cursors.keys(), ...redeliver.keys()]);
    for (const repo of repos) {
        if (skip.has(repo))
            continue;
        const stored = await cursor_loadWatchCursor(store, repo);
        const cursor = pending.cursors.get(repo) ?? stored;
        if (!cursor)
            continue;
        const again = redeliver.get(repo);
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
        await cursor_saveWatchCursor({ store, cursor: next, now: clock() });
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
    const cursor = await loadWatchCursor(store, repo);
    if (!cursor)
        return undefined;
    const asked = [...new Set([...(cursor.redeliver ?? []).filter((item) => item !== tag), tag])];
    const { kept: redeliver, dropped } = keepNewestRedeliverTags(asked);
    await saveWatchCursor({ store, cursor: { ...cursor, redeliver }, now });
    return { repo, tag, ...(dropped.length > 0 ? { notDeliveredAgain: dropped, warning: `${repo}: ${droppedReleaseRedeliveriesNote(dropped)}` } : {}) };
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
    const cursor = await loadWatchCursor(store, repo);
    if (!cursor)
        return undefined;
    const asked = [...(cursor.redeliverEvents ?? []).filter((id) => id !== event.id), event.id];
    const { kept: redeliverEvents, dropped } = keepNewestRedeliverEvents(asked);
    await saveWatchCursor({ store, cursor: { ...cursor, redeliverEvents }, now });
    return { repo, tag, eventId: event.id, ...(dropped.length > 0 ? { notDeliveredAgain: dropped, warning: `${repo}: ${droppedRedeliveriesNote(dropped)}` } : {}) };
}

;// CONCATENATED MODULE: ./.build/watch/index.js












/***/ })

};
