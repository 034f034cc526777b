export const id = 872;
export const ids = [872];
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


/***/ })

};
