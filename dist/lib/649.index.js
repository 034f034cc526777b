export const id = 649;
export const ids = [649];
export const modules = {

/***/ 40649:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bu: () => (/* binding */ claimsStarts),
/* harmony export */   Er: () => (/* binding */ flushTimeoutMs),
/* harmony export */   Hl: () => (/* binding */ OTHER_FAILURE_RETRIES),
/* harmony export */   I$: () => (/* binding */ checkBranchName),
/* harmony export */   OI: () => (/* binding */ pushBudgetMs),
/* harmony export */   branchNameProblem: () => (/* binding */ branchNameProblem),
/* harmony export */   gb: () => (/* binding */ readTimeoutMs),
/* harmony export */   y_: () => (/* binding */ retryWait)
/* harmony export */ });
/* unused harmony exports DEFAULT_PUSH_BUDGET_MS, DEFAULT_FLUSH_TIMEOUT_MS, DEFAULT_READ_TIMEOUT_MS */
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50872);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);
/* harmony import */ var _ref_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(58939);



const DEFAULT_PUSH_BUDGET_MS = 5 * 60_000;
const DEFAULT_FLUSH_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_READ_TIMEOUT_MS = 5 * 60_000;
const OTHER_FAILURE_RETRIES = 3;
function pushBudgetMs(options) {
    if (options.pushBudgetMs !== undefined)
        return options.pushBudgetMs;
    return (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .secondsSetting */ .I)("FLOWS_STATE_PUSH_BUDGET_SECONDS", DEFAULT_PUSH_BUDGET_MS);
}
function flushTimeoutMs(options) {
    if (options.flushTimeoutMs !== undefined)
        return options.flushTimeoutMs;
    return (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .secondsSetting */ .I)("FLOWS_STATE_FLUSH_TIMEOUT_SECONDS", DEFAULT_FLUSH_TIMEOUT_MS);
}
function readTimeoutMs(options) {
    if (options.readTimeoutMs !== undefined)
        return options.readTimeoutMs;
    return (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .secondsSetting */ .I)("FLOWS_STATE_READ_TIMEOUT_SECONDS", DEFAULT_READ_TIMEOUT_MS);
}
function claimsStarts(options) {
    if (options.claim !== undefined)
        return options.claim;
    const setting = process.env.FLOWS_STATE_CLAIM?.trim() ?? "";
    if (setting === "" || /^(1|true|on|yes)$/i.test(setting))
        return true;
    if (/^(0|false|off|no)$/i.test(setting))
        return false;
    throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`FLOWS_STATE_CLAIM is "${setting.slice(0, 40).replace(/[\u0000-\u001f\u007f]/g, "?")}": set it to false to keep the starts of steps in memory until the job ends, or to true (the default) to push each start before its step runs.`);
}
function retryWait(options, attempt) {
    const base = options.retryBaseMs ?? 250;
    const cap = options.retryMaxMs ?? 8_000;
    return Math.min(cap, base * 2 ** (attempt - 1)) * (0.5 + Math.random());
}
function checkBranchName(branch) {
    const problem = branchNameProblem(branch);
    if (problem) {
        throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__.UserError(`the state branch "${branch.replace(/[\u0000-\u001f\u007f]/g, "?")}" is not a usable branch name: ${problem}`);
    }
}
function branchNameProblem(branch) {
    if (branch === "")
        return "give a branch name, such as flows-state";
    if (/^refs\//.test(branch))
        return `give the branch name alone, without "refs/heads/" (for example "${branch.replace(/^refs\/(heads\/)?/, "")}")`;
    if (branch.startsWith("-"))
        return "a branch name cannot start with -";
    if (branch === "@")
        return 'a branch name cannot be "@"';
    const problem = (0,_ref_name_js__WEBPACK_IMPORTED_MODULE_2__/* .refNameProblem */ .C)(branch);
    return problem === undefined ? undefined : `a branch name cannot hold ${problem}`;
}


/***/ })

};
