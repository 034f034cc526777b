export const id = 7469;
export const ids = [7469];
export const modules = {

/***/ 27469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PULL_REQUESTS: () => (/* binding */ MAX_PULL_REQUESTS),
/* harmony export */   pullRequestNumbers: () => (/* binding */ pullRequestNumbers),
/* harmony export */   pullRequestsInEvent: () => (/* binding */ pullRequestsInEvent)
/* harmony export */ });
/* harmony import */ var _events_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45785);

const MAX_PULL_REQUESTS = 10;
function pullRequestsInEvent(event) {
    const payload = event.payload;
    const kind = event.type.split(".")[0] ?? "";
    const numbers = [];
    if (kind === "pull_request" || kind === "pull_request_target")
        numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)(payload, "number"));
    if (kind.startsWith("pull_request_review"))
        numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "pullRequest"), "number"));
    if (kind === "merge_group")
        numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)(payload, "pullRequest"));
    if (kind === "issue_comment") {
        const issue = (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "issue");
        if ((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanAt */ .CR)(issue, "isPullRequest") === true)
            numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)(issue, "number"));
    }
    if (kind === "workflow_run" || kind === "check_suite" || kind === "check_run") {
        const listed = (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(payload) ? payload.pullRequests : undefined;
        if (Array.isArray(listed))
            numbers.push(...listed);
    }
    return pullRequestNumbers(numbers);
}
function pullRequestNumbers(values) {
    const valid = values.filter((value) => typeof value === "number" && Number.isSafeInteger(value) && value > 0);
    return [...new Set(valid)].slice(0, MAX_PULL_REQUESTS);
}


/***/ })

};
