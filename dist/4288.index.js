export const id = 4288;
export const ids = [4288,2306];
export const modules = {

/***/ 77931:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H9: () => (/* binding */ TransferTimeoutError),
/* harmony export */   I: () => (/* binding */ secondsSetting),
/* harmony export */   IE: () => (/* binding */ optionalSecondsSetting),
/* harmony export */   L$: () => (/* binding */ transferTimeoutMs),
/* harmony export */   MB: () => (/* binding */ describeDuration),
/* harmony export */   iP: () => (/* binding */ withinDeadline)
/* harmony export */ });
/* unused harmony exports DEFAULT_TRANSFER_TIMEOUT_MS, MAX_TIMER_MS */
/* harmony import */ var _abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83689);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88875);


// Time limits on work that may never answer: the artifact state store's uploads, downloads and
// listing pages, the fork handover's upload, and the plan job's read of the state store.
/**
 * Default limit on one artifact upload or download (state or handover). @actions/artifact retries a results
 * service that accepts connections but never answers for about 16 minutes; a state file of a few
 * MB takes seconds, and the largest allowed (1 GiB) about a minute and a half at 100 Mbit/s.
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

/***/ 74288:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   downloadArtifactZip: () => (/* binding */ downloadArtifactZip),
/* harmony export */   downloadRepositoryArtifact: () => (/* binding */ downloadRepositoryArtifact),
/* harmony export */   findRunArtifact: () => (/* binding */ findRunArtifact),
/* harmony export */   listRepositoryArtifacts: () => (/* binding */ listRepositoryArtifacts),
/* harmony export */   runArtifactFinder: () => (/* binding */ runArtifactFinder)
/* harmony export */ });
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29925);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20291);
// Workflow run artifacts: https://docs.github.com/rest/actions/artifacts


/** The newest artifact with this name in a workflow run, if any. */
async function findRunArtifact(client, options) {
    const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository),
        run_id: options.runId,
        name: options.name,
        per_page: 100,
    });
    const found = newestNamed(artifacts, options.name);
    return found ? artifactRecord(found) : undefined;
}
const RUN_ARTIFACTS_PAGE = 100;
/**
 * A finder for several names in one run: the first lookup lists the run's artifacts (one page of
 * 100), and later ones answer from that listing. A run with more artifacts than one page (its
 * workflow may upload any number) is looked up by name instead, one request each, as
 * findRunArtifact does: the requests stay bounded whatever the run uploaded.
 */
function runArtifactFinder(client, options) {
    let listing;
    const list = async () => {
        const { data } = await client.rest.actions.listWorkflowRunArtifacts({ ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository), run_id: options.runId, per_page: RUN_ARTIFACTS_PAGE });
        return data.total_count > data.artifacts.length ? undefined : data.artifacts.map(artifactRecord);
    };
    return async (name) => {
        listing ??= list();
        const artifacts = await listing.catch((error) => {
            listing = undefined; // the next lookup tries again
            throw error;
        });
        if (!artifacts)
            return findRunArtifact(client, { ...options, name });
        return newestNamed(artifacts, name);
    };
}
/** The newest (highest id) of the artifacts named `name`: a re-run may upload one again. */
function newestNamed(artifacts, name) {
    return artifacts.filter((artifact) => artifact.name === name).sort((a, b) => b.id - a.id)[0];
}
function artifactRecord(found) {
    return {
        id: found.id,
        name: found.name,
        sizeInBytes: found.size_in_bytes,
        expired: found.expired,
        ...(found.created_at ? { createdAt: found.created_at } : {}),
    };
}
/** The artifact's zip archive. GitHub answers with a redirect to storage, which fetch follows. */
async function downloadArtifactZip(client, options) {
    const response = await client.rest.actions.downloadArtifact({
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository),
        artifact_id: options.artifactId,
        archive_format: "zip",
    });
    const data = response.data;
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    if (ArrayBuffer.isView(data))
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw new Error(`Downloading artifact ${options.artifactId} gave ${typeof data}, not the bytes of a zip archive.`);
}
/**
 * Every artifact of the repository, one page per request, newest first.
 * The listing has no prefix filter (`name` is an exact match), so callers filter.
 * https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository
 */
async function* listRepositoryArtifacts(client, options) {
    const pages = client.paginate.iterator(client.rest.actions.listArtifactsForRepo, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository),
        per_page: options.perPage ?? 100,
    });
    for await (const page of pages) {
        yield { artifacts: page.data.map(repositoryArtifact), date: page.headers.date };
    }
}
function repositoryArtifact(artifact) {
    const run = artifact.workflow_run;
    return {
        id: artifact.id,
        name: artifact.name,
        sizeInBytes: artifact.size_in_bytes,
        expired: artifact.expired,
        createdAt: artifact.created_at ?? null,
        expiresAt: artifact.expires_at ?? null,
        ...(run
            ? {
                workflowRun: {
                    ...(run.repository_id !== undefined ? { repositoryId: run.repository_id } : {}),
                    ...(run.head_repository_id !== undefined ? { headRepositoryId: run.head_repository_id } : {}),
                },
            }
            : {}),
    };
}
/**
 * A response's body, or "too-large" as soon as it runs past `maxBytes` (then it is not read
 * further): a storage that sends more than the listing said must not take the process's memory.
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
 * An artifact's zip, "too-large" when it is over `maxBytes` (the rest is not downloaded), or "gone" when GitHub no longer has it (expired or deleted: 404/410).
 * GitHub answers with a 302 to a short-lived signed URL; that URL is fetched with `fetchStorage`
 * and without the token, which must not travel to blob storage. Failures keep their `status`.
 * `signal` stops both requests (the caller's own time limit).
 */
async function downloadRepositoryArtifact(client, options) {
    const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    let location;
    try {
        const response = await client.rest.actions.downloadArtifact({
            ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository),
            artifact_id: options.artifactId,
            archive_format: "zip",
            request: { redirect: "manual", ...(options.signal ? { signal: options.signal } : {}) },
        });
        location = response.headers.location;
        const data = response.data;
        if (!location && data instanceof ArrayBuffer)
            return data.byteLength > maxBytes ? "too-large" : new Uint8Array(data);
    }
    catch (error) {
        const status = error.status;
        if (status === 410 || status === 404)
            return "gone";
        throw error;
    }
    if (!location)
        throw new Error("no redirect URL");
    // Not through Octokit, so without its time limit: a storage that held the connection open
    // (or sent the body slowly) held the job.
    const ms = (0,_client_js__WEBPACK_IMPORTED_MODULE_0__/* .clientSettings */ .r)(client).requestTimeoutMs;
    const limit = AbortSignal.timeout(ms);
    try {
        const signal = options.signal ? AbortSignal.any([options.signal, limit]) : limit;
        const response = await (options.fetchStorage ?? fetch)(location, { signal });
        if (!response.ok) {
            throw Object.assign(new Error(`blob storage answered ${response.status}`), { status: response.status });
        }
        return await readBounded(response, maxBytes);
    }
    catch (error) {
        if (!limit.aborted)
            throw error;
        throw new Error(`blob storage did not answer within ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`, { cause: error });
    }
}


/***/ }),

/***/ 29925:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r: () => (/* binding */ clientSettings),
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

// UNUSED EXPORTS: DEFAULT_REQUEST_TIMEOUT_MS

// EXTERNAL MODULE: ./.build/redact.js
var redact = __webpack_require__(55310);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(62289);
// EXTERNAL MODULE: ./.build/github/errors.js
var errors = __webpack_require__(66836);
// EXTERNAL MODULE: ./.build/deadline.js
var deadline = __webpack_require__(77931);
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
function timedFetch(inner, ms) {
    if (inner[TIMED])
        return inner;
    const timed = async (input, init) => {
        const limit = AbortSignal.timeout(ms);
        try {
            const response = await inner(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, limit]) : limit });
            return await wholeResponse(response);
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
/** `response` with its body read whole (API answers are JSON of at most a few MB). */
async function wholeResponse(response) {
    // A body-less status cannot be given a body, even an empty one.
    if (response.body === null || [101, 204, 205, 304].includes(response.status))
        return response;
    const body = await response.arrayBuffer();
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
        Promise.all(/* import() */[__webpack_require__.e(576), __webpack_require__.e(1951), __webpack_require__.e(8258)]).then(__webpack_require__.bind(__webpack_require__, 31951)),
        Promise.all(/* import() */[__webpack_require__.e(4915), __webpack_require__.e(5935)]).then(__webpack_require__.bind(__webpack_require__, 5935)),
        Promise.all(/* import() */[__webpack_require__.e(4915), __webpack_require__.e(4112)]).then(__webpack_require__.bind(__webpack_require__, 34112)),
        Promise.all(/* import() */[__webpack_require__.e(4915), __webpack_require__.e(8516)]).then(__webpack_require__.bind(__webpack_require__, 38516)),
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
        // Around whatever fetch @actions/github chose (its proxy support), not instead of it.
        const settings = (request.request ?? {});
        request.request = { ...settings, fetch: timedFetch(settings.fetch ?? fetch, timeoutMs) };
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


/***/ }),

/***/ 20291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Wb: () => (/* binding */ repositoryRef)
/* harmony export */ });
/* unused harmony export RepositoryNameError */
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88875);

const NAME = /^[A-Za-z0-9_.-]+$/;
class RepositoryNameError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "RepositoryNameError";
}
/** Splits `owner/repo` (GITHUB_REPOSITORY), refusing anything that is not exactly that. */
function repositoryRef(repository) {
    const [owner = "", repo = "", extra] = repository.split("/");
    if (!NAME.test(owner) || !NAME.test(repo) || extra !== undefined) {
        throw new RepositoryNameError(`"${repository}" is not a repository name; expected "owner/repo" (as in GITHUB_REPOSITORY).`);
    }
    return { owner, repo };
}
/** GitHub compares repository names without case. */
function sameRepository(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ })

};
