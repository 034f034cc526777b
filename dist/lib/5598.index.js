export const id = 5598;
export const ids = [5598];
export const modules = {

/***/ 75598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStepMode: () => (/* binding */ runStepMode)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53677);
/* harmony import */ var _engine_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86683);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39669);
/* harmony import */ var _log_groups_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(12008);
/* harmony import */ var _report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58387);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72321);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46189);







async function runStepMode(context) {
    const { runsFile, steps } = context.inputs;
    if (!runsFile)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionInputError */ .VA('mode "run-step" needs the input "runs-file" (where this job writes its runs).');
    const only = (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_5__/* .readStepSelection */ .jm)(steps);
    await (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRunsFilePath */ .OW)(runsFile);
    const discovery = await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .discover */ .k4)(context);
    const handledBefore = new Set(only.filter((step) => step.handledBefore === true).map((step) => (0,_engine_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .runIdFor */ .q)(context.event.id, step.flow, step.step)));
    const outcome = await (0,_engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .dispatch */ .JD)(context.event, {
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .engineOptions */ .ll)(context, discovery),
        only,
        ...(handledBefore.size > 0 ? { handledBefore } : {}),
        observer: (0,_log_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .logGroups */ .D)(context.io),
    });
    outcome.problems.push(...unmatchedSteps(only, outcome));
    const tooLarge = await (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_5__/* .writeRunsFile */ .uw)(runsFile, outcome);
    if (tooLarge) {
        outcome.problems.push({
            severity: "error",
            file: runsFile,
            message: `${_report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNS_FILE_TOO_LARGE */ .Vv}this job's runs file ${tooLarge}, so the report job will skip it and show this job's steps as canceled. Their results are in this job's log and summary. Make the steps' FLOW_RESULTs (their payloads and next events) smaller.`,
        });
    }
    await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .publish */ .mk)(context, outcome);
    return outcome;
}
function unmatchedSteps(only, outcome) {
    const ran = new Set(outcome.runs.map((run) => JSON.stringify([run.flowName, run.stepName])));
    return only
        .filter(({ flow, step }) => !ran.has(JSON.stringify([flow, step])))
        .map(({ flow, step }) => {
        const miss = outcome.mismatches.find((each) => each.flow.name === flow && each.step.name === step);
        const why = miss
            ? `it does not match the event in this job (${miss.message}), so it did not run. The plan job matched it: a trigger condition that reads what differs between the jobs (github.job, github.run_attempt after a re-run) does this`
            : "no flow package here has that step, so it did not run. Pass the steps the plan job of this workflow run wrote (matrix.steps)";
        return { severity: "error", file: 'input "steps"', message: `"${flow}/${step}" is one of this job's steps, but ${why}.` };
    });
}


/***/ })

};
