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


/***/ })

};
