export const id = 4223;
export const ids = [4223];
export const modules = {

/***/ 34223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planMode: () => (/* binding */ planMode)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37576);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75244);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54348);
/* harmony import */ var _plan_handover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98848);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18758);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29685);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72321);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(46189);








async function planMode(context) {
    const { io, runner } = context;
    const discovery = await (0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .discover */ .k4)(context);
    const state = await (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_4__/* .openPlanState */ .Lk)(context);
    let outcome;
    try {
        outcome = await (0,_common_js__WEBPACK_IMPORTED_MODULE_7__/* .planSteps */ .Dv)(context, discovery, { store: state.store });
    }
    finally {
        await state.close();
    }
    if (state.skipped) {
        io.warning(`The plan job could not read the ${context.inputs.state} state store (${state.skipped}), so every matching step gets a job, and each job checks whether its step was handled before.`);
    }
    const planned = outcome.runs;
    const handled = (0,_plan_handover_js__WEBPACK_IMPORTED_MODULE_3__/* .handOver */ .Cl)(planned);
    const leftOut = new Set(handled.leftOut.map((run) => run.id));
    const { matrix, batched } = (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_6__/* .planMatrix */ .T4)(planned.filter((run) => !leftOut.has(run.id)).map((run) => ({ ...run, handledBefore: handled.listed.has(run.id) })));
    const jobs = matrix.include.length;
    const cap = outcome.problems.find((problem) => problem.message.startsWith(_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__.RUN_CAP_PROBLEM));
    if (cap)
        io.warning(cap.message);
    if (handled.unlisted > 0) {
        io.warning(`${handled.unlisted} more steps were handled before than the ${_plan_handover_js__WEBPACK_IMPORTED_MODULE_3__/* .HANDLED_STEPS_LIMIT */ .vV} the plan can list for the report job: they get jobs (each finds its step handled), and the report job counts them against the run cap, so it may list steps past the cap as not run although they ran.`);
    }
    if (batched)
        io.warning(`${planned.length - leftOut.size} steps need a job, more than GitHub's 256 jobs per matrix allow for one job per flow: they run in ${jobs} batches.`);
    io.setOutput("call-id", (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .randomHex */ .nw)(4));
    io.setOutput("matrix", JSON.stringify(matrix));
    const jobSteps = (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_6__/* .jobStepsOf */ .oO)(matrix, outcome.eventId);
    if (jobs > 0 && jobSteps === "") {
        io.warning(`The steps of the ${jobs} run-step jobs are too many to list for the report job in ${_scale_out_js__WEBPACK_IMPORTED_MODULE_6__/* .JOB_STEPS_LIMIT_BYTES */ .wF} bytes (job-steps): it cannot check that each job reports only the steps it was given.`);
    }
    io.setOutput("job-steps", jobSteps);
    io.setOutput("has-steps", String(planned.length > 0));
    io.setOutput("has-jobs", String(jobs > 0));
    io.setOutput("handled-runs", handled.runsJson);
    io.setOutput("handled-steps", handled.stepsJson);
    io.setOutput("event-id", outcome.eventId);
    io.setOutput("event-type", outcome.event.type);
    io.setOutput("matched", String(planned.length - leftOut.size));
    if (planned.length === 0) {
        await (0,_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .publishOutcome */ .Cu)(outcome, { io, runner, failOn: context.inputs.failOn });
    }
    else {
        await io.appendSummary(planSummary(outcome.event.type, planned.length - leftOut.size, jobs, leftOut.size), "the plan");
    }
    return outcome;
}
function planSummary(eventType, steps, jobs, handled) {
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const before = `${plural(handled, "step")} handled before ${handled === 1 ? "gets" : "get"} no job (already handled: ${handled}); the report job lists ${handled === 1 ? "it" : "them"}.`;
    const type = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(eventType);
    if (steps === 0)
        return `Every step that matches ${type} was handled before: no run-step job starts. ${before}`;
    return `Planned ${plural(steps, "step")} for ${type} in ${plural(jobs, "job")}.${handled > 0 ? ` ${before}` : ""}`;
}


/***/ }),

/***/ 98848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ handOver),
/* harmony export */   PL: () => (/* binding */ receiveHandover),
/* harmony export */   vV: () => (/* binding */ HANDLED_STEPS_LIMIT)
/* harmony export */ });
/* unused harmony export HANDED_OVER_LIMIT_BYTES */
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(40801);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20624);
/* harmony import */ var _engine_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(86683);
/* harmony import */ var _engine_run_view_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44456);
/* harmony import */ var _generated_validators_handled_runs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2627);
/* harmony import */ var _generated_validators_handled_steps_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99142);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36375);







const HANDED_OVER_LIMIT_BYTES = 64 * 1024;
const HANDLED_STEPS_LIMIT = 2000;
const HANDLED_STEPS_LIMIT_BYTES = HANDLED_STEPS_LIMIT * 48;
function handOver(planned) {
    const leftOut = [];
    const steps = {};
    const parts = [];
    let bytes = 2;
    let listed = 0;
    let unlisted = 0;
    for (const run of planned) {
        if (!run.alreadyHandled)
            continue;
        if (listed === HANDLED_STEPS_LIMIT) {
            unlisted += 1;
            continue;
        }
        listed += 1;
        steps[run.id] = run.effectiveStatus;
        if (!(0,_engine_run_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isSettled */ .Is)(run) || (0,_contracts_js__WEBPACK_IMPORTED_MODULE_6__/* .isRunningElsewhere */ .wR)(run))
            continue;
        leftOut.push(run);
        const { output: _output, ...withoutOutput } = run;
        for (const view of run.output === undefined ? [run] : [run, withoutOutput]) {
            const part = _redact_js__WEBPACK_IMPORTED_MODULE_5__/* .redactor */ .$p.redact(JSON.stringify(view));
            const size = Buffer.byteLength(part, "utf8") + (parts.length > 0 ? 1 : 0);
            if (bytes + size > HANDED_OVER_LIMIT_BYTES)
                continue;
            bytes += size;
            parts.push(part);
            break;
        }
    }
    return { leftOut, runsJson: `[${parts.join(",")}]`, stepsJson: JSON.stringify(steps), listed: new Set(Object.keys(steps)), unlisted };
}
const PASS = (name) => `Pass the plan job's output: ${name}: \${{ needs.plan.outputs.${name} }}.`;
function receiveHandover(inputs, event) {
    const problems = [];
    const warn = (input, message) => {
        problems.push({ severity: "warning", file: `input "${input}"`, message });
    };
    const runsText = inputs.handledRuns.trim();
    const runsRead = readJson(runsText, HANDED_OVER_LIMIT_BYTES, (value) => (0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .checkContract */ .nb)(_generated_validators_handled_runs_js__WEBPACK_IMPORTED_MODULE_3__/* .validateHandledRuns */ .r, value, "handled-runs.schema.json"));
    if (runsRead.error)
        warn("handled-runs", `Input "handled-runs" ${runsRead.error}, so the plan's views of the steps handled before were not used: they are read from the state store instead. ${PASS("handled-runs")}`);
    const runs = [];
    for (const run of runsRead.value ?? []) {
        const own = run.eventId === event.id && run.id === (0,_engine_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .runIdFor */ .q)(event.id, run.flowName, run.stepName);
        if (!own || run.alreadyHandled !== true || !(0,_engine_run_view_js__WEBPACK_IMPORTED_MODULE_2__/* .isSettled */ .Is)(run)) {
            warn("handled-runs", `Input "handled-runs" holds ${run.flowName}/${run.stepName}, which is not a settled run of event ${event.id} handled before (it comes from another event or another workflow run): it was not used. ${PASS("handled-runs")}`);
        }
        else if (!runs.some((each) => each.id === run.id)) {
            runs.push(run);
        }
    }
    const stepsText = inputs.handledSteps.trim();
    const stepsRead = readJson(stepsText, HANDLED_STEPS_LIMIT_BYTES, (value) => (0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .checkContract */ .nb)(_generated_validators_handled_steps_js__WEBPACK_IMPORTED_MODULE_4__/* .validateHandledSteps */ .U, value, "handled-steps.schema.json"));
    if (stepsRead.error) {
        warn("handled-steps", `Input "handled-steps" ${stepsRead.error}, so the report counts only the steps in handled-runs as handled before, and may count the others against the run cap and report them as not run. ${PASS("handled-steps")}`);
    }
    const statuses = new Map();
    for (const [id, status] of Object.entries(stepsRead.value ?? {}))
        if (status !== undefined)
            statuses.set(id, status);
    if (stepsRead.value === undefined) {
        return { handledBefore: new Set(runs.map((run) => run.id)), statuses, runs, problems };
    }
    const listed = runs.filter((run) => statuses.has(run.id));
    if (listed.length < runs.length) {
        const stray = runs.find((run) => !statuses.has(run.id));
        warn("handled-runs", `Input "handled-runs" holds ${stray.flowName}/${stray.stepName}, which "handled-steps" does not list as handled before: the two inputs come from different plan jobs, and the views handled-steps does not list were not used. ${PASS("handled-runs")}`);
    }
    const runsMissing = runsRead.error !== undefined
        ? `input "handled-runs" ${runsRead.error}`
        : runsText === "" && statuses.size > 0
            ? 'input "handled-runs" is empty while "handled-steps" lists steps handled before: the runner drops a job output it thinks holds a secret (the plan job\'s log says "Skip output \'handled-runs\' since it may contain secret"), or the workflow does not pass it'
            : undefined;
    return { handledBefore: new Set(statuses.keys()), statuses, runs: listed, ...(runsMissing ? { runsMissing } : {}), problems };
}
function readJson(text, limitBytes, check) {
    if (text === "")
        return {};
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > limitBytes)
        return { error: `is ${bytes} bytes, more than the ${limitBytes} a plan job writes` };
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return { error: "is not JSON" };
    }
    try {
        return { value: check(parsed) };
    }
    catch (error) {
        return { error: `is not what a plan job writes (${error.message})` };
    }
}


/***/ }),

/***/ 18758:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ readHandledRuns),
/* harmony export */   Lk: () => (/* binding */ openPlanState)
/* harmony export */ });
/* unused harmony export PLAN_STATE_TIMEOUT_MS */
/* harmony import */ var _state_lazy_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(30676);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30048);
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50872);



const PLAN_STATE_TIMEOUT_MS = 60_000;
async function openPlanState(context, timeoutMs = PLAN_STATE_TIMEOUT_MS, reader = "the plan job") {
    const { inputs } = context;
    if (inputs.state === "none" || inputs.replay !== undefined)
        return { close: async () => undefined };
    let closed = false;
    const store = new _state_lazy_store_js__WEBPACK_IMPORTED_MODULE_2__/* .LazyStateStore */ .V(inputs.state, async () => {
        const opened = await (0,_state_js__WEBPACK_IMPORTED_MODULE_0__/* .openActionStore */ .Mb)({
            inputs,
            env: context.stepEnv,
            repoRoot: context.runner.workspace,
            readOnly: { command: reader },
            ...(context.debug ? { debug: context.debug } : {}),
        });
        if (closed)
            await opened.close?.().catch(() => undefined);
        return opened;
    });
    const read = {
        close: async () => {
            closed = true;
            await store.close().catch(() => undefined);
        },
    };
    read.store = withinReadDeadline(store, timeoutMs, (why) => {
        read.skipped ??= why;
    });
    return read;
}
function withinReadDeadline(store, timeoutMs, failed) {
    return {
        kind: store.kind,
        readOnly: true,
        problems: [],
        async loadEvent(eventId) {
            try {
                return await (0,_deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .withinDeadline */ .iP)(timeoutMs, () => store.loadEvent(eventId));
            }
            catch (error) {
                const late = error instanceof _deadline_js__WEBPACK_IMPORTED_MODULE_1__/* .TransferTimeoutError */ .H9 ? `the ${store.kind} state store did not answer within ${timeoutMs / 1000} s` : undefined;
                failed(late ?? (error instanceof Error ? error.message : String(error)));
                return undefined;
            }
        },
        saveEvent: (record, options) => store.saveEvent(record, options),
        claimRuns: (record, claim) => store.claimRuns(record, claim),
        listEvents: (query) => store.listEvents(query),
        flush: () => store.flush(),
        close: () => store.close(),
    };
}
async function readHandledRuns(context, eventId, ids, timeoutMs = PLAN_STATE_TIMEOUT_MS) {
    if (ids.size === 0)
        return { runs: [] };
    if (context.inputs.state === "none")
        return { runs: [], skipped: "state: none keeps no record to read them from" };
    const state = await openPlanState(context, timeoutMs, "the report job");
    try {
        const record = await state.store?.loadEvent(eventId);
        const runs = (record?.runs ?? []).filter((run) => ids.has(run.id)).map((run) => ({ ...run, alreadyHandled: true }));
        if (state.skipped)
            return { runs, skipped: `the ${context.inputs.state} state store could not be read: ${state.skipped}` };
        return record === undefined ? { runs, skipped: `the ${context.inputs.state} state store holds no record of event ${eventId}` } : { runs };
    }
    finally {
        await state.close();
    }
}


/***/ }),

/***/ 2627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.rP)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ }),

/***/ 99142:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.U6)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ })

};
