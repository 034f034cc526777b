export const id = 4223;
export const ids = [4223];
export const modules = {

/***/ 34223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planMode: () => (/* binding */ planMode)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19116);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50097);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55627);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46189);




/** plan: match, and output a matrix of flows for the run-step jobs (runs nothing). */
async function planMode(context) {
    const { io, runner } = context;
    const outcome = await (0,_engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .dispatch */ .JD)(context.event, { repoRoot: runner.workspace, discovery: await (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .discover */ .k4)(context), dryRun: true, debug: context.debug, env: context.stepEnv, ...(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .conditionOptions */ .Yv)(context) });
    const planned = outcome.runs;
    const { matrix, batched } = (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_2__/* .planMatrix */ .T4)(planned);
    const jobs = matrix.include.length;
    if (batched)
        io.warning(`${planned.length} steps matched, more than GitHub's 256 jobs per matrix allow for one job per flow: they run in ${jobs} batches.`);
    io.setOutput("matrix", JSON.stringify(matrix));
    io.setOutput("has-steps", String(planned.length > 0));
    io.setOutput("event-id", outcome.eventId);
    io.setOutput("event-type", outcome.event.type);
    io.setOutput("matched", String(planned.length));
    if (planned.length === 0) {
        await (0,_publish_js__WEBPACK_IMPORTED_MODULE_1__/* .publishOutcome */ .C)(outcome, { io, runner, failOn: new Set() });
    }
    else {
        await io.appendSummary(`Planned ${planned.length} step${planned.length === 1 ? "" : "s"} for \`${outcome.event.type}\` in ${jobs} job${jobs === 1 ? "" : "s"}.`);
    }
    return outcome;
}


/***/ })

};
