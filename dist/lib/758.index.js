export const id = 758;
export const ids = [758];
export const modules = {

/***/ 89758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClient: () => (/* binding */ createGitHubClient)
});

;// CONCATENATED MODULE: ./.build/github/write-spacing.js
// plugin-throttling spaces writes through Bottleneck groups that are shared by every client in
// the process (1 s between writes, 3 s between notifying writes). This stands in for such a
// group when a caller picks its own gap: one queue per key, each job started `gapMs` after the
// previous one. Only `key(id).schedule(options, job, ...args)` is used by the plugin.
function spacedGroup(gapMs) {
    const queues = new Map();
    return {
        key(id = "") {
            let queue = queues.get(id);
            if (!queue) {
                queue = new SpacedQueue(gapMs);
                queues.set(id, queue);
            }
            return queue;
        },
    };
}
class SpacedQueue {
    gapMs;
    tail = Promise.resolve();
    lastStart = 0;
    constructor(gapMs) {
        this.gapMs = gapMs;
    }
    schedule(...args) {
        const [first, ...rest] = args;
        const job = (typeof first === "function" ? first : rest.shift());
        const jobArgs = rest;
        const run = async () => {
            const wait = this.lastStart + this.gapMs - Date.now();
            if (wait > 0)
                await new Promise((resolve) => setTimeout(resolve, wait));
            this.lastStart = Date.now();
            return job?.(...jobArgs);
        };
        const result = this.tail.then(run, run);
        this.tail = result.catch(() => undefined);
        return result;
    }
}

;// CONCATENATED MODULE: ./.build/github/client.js

/**
 * One Octokit client with retry and throttling suited to Actions: secondary rate limits
 * (403/429 with retry-after) are waited out and retried, primary rate limits too when the
 * reset is near. Loaded on first use, so runs that never call GitHub don't pay for Octokit.
 */
async function createGitHubClient(options) {
    const [{ getOctokit: makeOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(351)]).then(__webpack_require__.bind(__webpack_require__, 61351)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 49735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 86856)),
    ]);
    const log = options.log ?? (() => { });
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const base = options.retryAfterBaseValue;
    // Stand-ins for plugin-throttling's Bottleneck groups (typed as such, hence `object`).
    const spacing = options.writeSpacingMs === undefined
        ? {}
        : { write: spacedGroup(options.writeSpacingMs), notifications: spacedGroup(options.writeSpacingMs) };
    return makeOctokit(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        // retry.retries, not request.retries: a per-request count makes plugin-retry retry every
        // failed request, 404 and 403 included, instead of only those not in its doNotRetry list.
        retry: { retries: options.retries ?? 3, ...(base === undefined ? {} : { retryAfterBaseValue: base }) },
        throttle: {
            ...(base === undefined ? {} : { retryAfterBaseValue: base }),
            ...spacing,
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
    }, retry, throttling);
}


/***/ })

};
