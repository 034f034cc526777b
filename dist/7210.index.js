export const id = 7210;
export const ids = [7210];
export const modules = {

/***/ 57210:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planMode: () => (/* binding */ planMode)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(84966);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81215);
/* harmony import */ var _plan_handover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72147);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(74791);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(94289);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2496);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48022);







/**
 * plan: match, and output a matrix of flows for the run-step jobs (runs nothing). Steps the
 * state store says were handled before get no job: their views go to the report job instead.
 */
async function planMode(context) {
    const { io, runner } = context;
    const discovery = await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .discover */ .k4)(context);
    const state = await (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_3__/* .openPlanState */ .Lk)(context);
    let outcome;
    try {
        outcome = await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .planSteps */ .Dv)(context, discovery, { store: state.store });
    }
    finally {
        await state.close();
    }
    if (state.skipped) {
        io.warning(`The plan job could not read the ${context.inputs.state} state store (${state.skipped}), so every matching step gets a job, and each job checks whether its step was handled before.`);
    }
    const planned = outcome.runs;
    const handled = (0,_plan_handover_js__WEBPACK_IMPORTED_MODULE_2__/* .handOver */ .Cl)(planned);
    const leftOut = new Set(handled.leftOut.map((run) => run.id));
    // A step running in another dispatch keeps its job, marked: handled before for its job's cap too.
    const { matrix, batched } = (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_5__/* .planMatrix */ .T4)(planned.filter((run) => !leftOut.has(run.id)).map((run) => ({ ...run, handledBefore: handled.listed.has(run.id) })));
    const jobs = matrix.include.length;
    // The cap of step runs per delivery (docs/hostile-input.md) applies to the workflow as a whole:
    // the steps over it get no job. The report job lists the same warning in its summary.
    const cap = outcome.problems.find((problem) => problem.message.startsWith(_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_CAP_PROBLEM */ .ZE));
    if (cap)
        io.warning(cap.message);
    if (handled.unlisted > 0) {
        io.warning(`${handled.unlisted} more steps were handled before than the ${_plan_handover_js__WEBPACK_IMPORTED_MODULE_2__/* .HANDLED_STEPS_LIMIT */ .vV} the plan can list for the report job: they get jobs (each finds its step handled), and the report job counts them against the run cap, so it may list steps past the cap as not run although they ran.`);
    }
    if (batched)
        io.warning(`${planned.length - leftOut.size} steps need a job, more than GitHub's 256 jobs per matrix allow for one job per flow: they run in ${jobs} batches.`);
    // Names this call's runs artifacts: a workflow that calls the reusable workflow twice gets two
    // plans, and the same artifact names from both would collide (upload-artifact refuses a name
    // twice in a run) or be downloaded by the other call's report job.
    io.setOutput("call-id", (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .randomHex */ .nw)(4));
    io.setOutput("matrix", JSON.stringify(matrix));
    io.setOutput("has-steps", String(planned.length > 0));
    // GitHub fails a matrix job whose matrix is empty: the run job runs only when this is "true".
    io.setOutput("has-jobs", String(jobs > 0));
    // Two outputs: the runner drops one it thinks holds a secret, which run views can; ids and
    // status words cannot, so the report job always knows which steps were handled before.
    io.setOutput("handled-runs", handled.runsJson);
    io.setOutput("handled-steps", handled.stepsJson);
    io.setOutput("event-id", outcome.eventId);
    io.setOutput("event-type", outcome.event.type);
    io.setOutput("matched", String(planned.length - leftOut.size));
    if (planned.length === 0) {
        // Nothing matched, so no report job follows: this job is the one that fails for a flow
        // package that cannot be loaded (its steps were never considered), as a single job does.
        await (0,_publish_js__WEBPACK_IMPORTED_MODULE_4__/* .publishOutcome */ .Cu)(outcome, { io, runner, failOn: context.inputs.failOn });
    }
    else {
        await io.appendSummary(planSummary(outcome.event.type, planned.length - leftOut.size, jobs, leftOut.size), "the plan");
    }
    return outcome;
}
function planSummary(eventType, steps, jobs, handled) {
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const before = `${plural(handled, "step")} handled before ${handled === 1 ? "gets" : "get"} no job (already handled: ${handled}); the report job lists ${handled === 1 ? "it" : "them"}.`;
    if (steps === 0)
        return `Every step that matches \`${eventType}\` was handled before: no run-step job starts. ${before}`;
    return `Planned ${plural(steps, "step")} for \`${eventType}\` in ${plural(jobs, "job")}.${handled > 0 ? ` ${before}` : ""}`;
}


/***/ })

};
