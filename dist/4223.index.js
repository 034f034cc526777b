export const id = 4223;
export const ids = [4223,872];
export const modules = {

/***/ 34223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planMode: () => (/* binding */ planMode)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68927);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75244);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54348);
/* harmony import */ var _plan_handover_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(71499);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18758);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(16622);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53913);
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
    const cap = outcome.problems.find((problem) => problem.message.startsWith(_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .RUN_CAP_PROBLEM */ .ZE));
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

/***/ 71499:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vV: () => (/* binding */ HANDLED_STEPS_LIMIT),
  Cl: () => (/* binding */ handOver),
  PL: () => (/* binding */ receiveHandover)
});

// UNUSED EXPORTS: HANDED_OVER_LIMIT_BYTES

// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
// EXTERNAL MODULE: ./.build/engine/ids.js
var ids = __webpack_require__(86683);
// EXTERNAL MODULE: ./.build/engine/run-view.js
var run_view = __webpack_require__(44456);
// EXTERNAL MODULE: ./.build/generated/validators/shared.js
var shared = __webpack_require__(38713);
;// CONCATENATED MODULE: ./.build/generated/validators/handled-runs.js


;// CONCATENATED MODULE: ./.build/generated/validators/handled-steps.js


// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
;// CONCATENATED MODULE: ./.build/action/plan-handover.js







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
        if (!(0,run_view/* isSettled */.Is)(run) || (0,contracts/* isRunningElsewhere */.wR)(run))
            continue;
        leftOut.push(run);
        const { output: _output, ...withoutOutput } = run;
        for (const view of run.output === undefined ? [run] : [run, withoutOutput]) {
            const part = redact/* redactor */.$p.redact(JSON.stringify(view));
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
    const runsRead = readJson(runsText, HANDED_OVER_LIMIT_BYTES, (value) => (0,contract_errors/* checkContract */.nb)(shared/* validateHandledRuns */.rP, value, "handled-runs.schema.json"));
    if (runsRead.error)
        warn("handled-runs", `Input "handled-runs" ${runsRead.error}, so the plan's views of the steps handled before were not used: they are read from the state store instead. ${PASS("handled-runs")}`);
    const runs = [];
    for (const run of runsRead.value ?? []) {
        const own = run.eventId === event.id && run.id === (0,ids/* runIdFor */.q)(event.id, run.flowName, run.stepName);
        if (!own || run.alreadyHandled !== true || !(0,run_view/* isSettled */.Is)(run)) {
            warn("handled-runs", `Input "handled-runs" holds ${run.flowName}/${run.stepName}, which is not a settled run of event ${event.id} handled before (it comes from another event or another workflow run): it was not used. ${PASS("handled-runs")}`);
        }
        else if (!runs.some((each) => each.id === run.id)) {
            runs.push(run);
        }
    }
    const stepsText = inputs.handledSteps.trim();
    const stepsRead = readJson(stepsText, HANDLED_STEPS_LIMIT_BYTES, (value) => (0,contract_errors/* checkContract */.nb)(shared/* validateHandledSteps */.U6, value, "handled-steps.schema.json"));
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
