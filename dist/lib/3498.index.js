export const id = 3498;
export const ids = [3498];
export const modules = {

/***/ 83498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportMode: () => (/* binding */ reportMode),
/* harmony export */   reportToGitHub: () => (/* binding */ reportToGitHub)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19116);
/* harmony import */ var _engine_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86683);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74664);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68733);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46504);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55627);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46189);







/** report: gather the run-step jobs' runs files and publish them as one dispatch. */
async function reportMode(context) {
    const { runsDir } = context.inputs;
    if (!runsDir)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionInputError */ .VA('mode "report" needs the input "runs-dir" (the downloaded run-step artifacts).');
    const { event } = context;
    const discovery = await (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .discover */ .k4)(context);
    const match = await (0,_engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .matchEvent */ .Mi)(event, discovery, { env: context.stepEnv, ...(0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .conditionOptions */ .Yv)(context), debug: context.debug });
    const collected = await (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_4__/* .readRunsDir */ .WL)(runsDir);
    const now = new Date().toISOString();
    const order = match.matched.map(({ flow, step }) => (0,_engine_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .runIdFor */ .q)(event.id, flow.name, step.name));
    const reported = new Map((0,_scale_out_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeRuns */ .rV)(event, collected.files, order, now).map((run) => [run.id, run]));
    const outcome = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .assembleOutcome */ .N)({
        event,
        runs: match.matched.map((ref, i) => reported.get(order[i]) ?? missingRun(event, ref, order[i], now)),
        runIds: order,
        mismatches: match.mismatches,
        problems: [...discovery.problems, ...(match.problems ?? []), ...collected.problems],
        shadowed: discovery.shadowed,
        children: (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_4__/* .childFiles */ .Ko)(collected.files).map(outcomeFromFile),
    });
    await reportToGitHub(context, outcome);
    await (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .publish */ .mk)(context, outcome);
    return outcome;
}
/** Check runs and the comment for an outcome made elsewhere (report and http modes). */
async function reportToGitHub(context, outcome) {
    await new _reporter_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionReporter */ .U((0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .githubContext */ .h4)(context)).finish(outcome);
}
function outcomeFromFile(file) {
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .assembleOutcome */ .N)({ event: file.event, runs: file.runs, children: file.children.map(outcomeFromFile) });
}
/** A step whose run-step job reported nothing (cancelled, runner lost) still shows up. */
function missingRun(event, { flow, step }, id, now) {
    return {
        id,
        eventId: event.id,
        flowName: flow.name,
        flowVersion: flow.version,
        stepName: step.name,
        runner: step.runner,
        processStatus: "canceled",
        effectiveStatus: "canceled",
        needsAttention: false,
        attempts: [],
        error: "The run-step job for this step reported no result (cancelled, timed out or lost); see its job log.",
        createdAt: now,
        updatedAt: now,
    };
}


/***/ })

};
