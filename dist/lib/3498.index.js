export const id = 3498;
export const ids = [3498,1562];
export const modules = {

/***/ 81562:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishHandedOver: () => (/* binding */ publishHandedOver),
/* harmony export */   uploadHandover: () => (/* binding */ uploadHandover)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54348);
/* harmony import */ var _report_modes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18657);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68880);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99416);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39669);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46504);







async function uploadHandover(context, outcome) {
    if (context.dryRun)
        return;
    const { commitForEvent, handoverFromOutcome, pullRequestsInEvent, uploadHandover: upload, writeHandover } = await loadHandover();
    const { runner } = context;
    const headSha = commitForEvent(context.event, { sha: runner.sha }).sha;
    if (!headSha) {
        context.io.warning("The results were not handed over: this event names no commit to report them on.");
        return;
    }
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runner.temp || runner.workspace, "flows-report");
    const file = await writeHandover(dir, handoverFromOutcome(outcome, { repository: runner.repository, headSha, prNumbers: pullRequestsInEvent(outcome.event) }));
    const name = await uploadUnderFreeName((candidate) => upload({ file, rootDirectory: dir, name: candidate }), handoverArtifactNames());
    context.io.info(`This pull request comes from a fork, so its token cannot write checks or comments: the results were uploaded as the ${name} artifact for a workflow_run job to publish (see docs/pull-requests.md).`);
}
async function uploadUnderFreeName(upload, names) {
    for (const [i, name] of names.entries()) {
        try {
            await upload(name);
            return name;
        }
        catch (error) {
            const taken = /\(409\)|already exists/i.test(error?.message ?? "");
            if (!taken)
                throw uploadFailed(name, error);
            if (i === names.length - 1) {
                throw new _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`The results were not handed over: this workflow run already has the artifacts ${names.join(", ")}, one per flows-action that handed results over, and a workflow_run job publishes no more. Run fewer flows-action steps or jobs per workflow on fork pull requests (several flows-path roots fit in one).`);
            }
        }
    }
    throw new Error("no artifact name to try");
}
function uploadFailed(name, error) {
    if (error instanceof _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError)
        return error;
    const detail = error instanceof Error ? error.message : String(error);
    const noRuntime = /ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(detail);
    return new _user_error_js__WEBPACK_IMPORTED_MODULE_3__.UserError(`The results were not handed over: the upload of the ${name} artifact failed: ${(0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .shownValue */ .J)(detail, 500)}. ` +
        (noRuntime
            ? "Artifacts are uploaded with the ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL a GitHub Actions runner gives a JavaScript action: outside a runner (@github/local-action, `flows github`), set handover: off."
            : "Re-run the job; nothing was published for this pull request.") +
        " The results are in this job's summary.");
}
async function publishHandedOver(context) {
    const { triggeringRun, publishHandover, runArtifactFinder } = await loadHandover();
    const run = triggeringRun(context.event);
    if (!run)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionInputError */ .VA('handover "publish" needs a workflow_run event (the run whose results to publish).');
    const { runner, report } = context;
    const client = await (0,_reporter_js__WEBPACK_IMPORTED_MODULE_5__/* .actionClient */ ._Y)(context, "the handover of the run that triggered this one cannot be published");
    const findArtifact = runArtifactFinder(client, { repository: runner.repository, runId: run.id });
    const published = [];
    for (const [i, artifactName] of handoverArtifactNames().entries()) {
        const result = await publishHandover({
            client,
            repository: runner.repository,
            workflowRun: run,
            checks: report.checks,
            comment: report.comment,
            commentKey: i === 0 ? report.commentKey : `${report.commentKey}-${i + 1}`,
            io: context.io,
            artifactName,
            findArtifact,
            quietWhenMissing: i > 0,
            ...(runner.runUrl ? { runUrl: runner.runUrl } : {}),
            ...(report.botLogin ? { botLogin: report.botLogin } : {}),
        });
        if (result.missing && i > 0)
            break;
        published.push(result);
        if (result.missing)
            break;
    }
    const lines = ["### flows-action handover", ""];
    for (const [i, result] of published.entries()) {
        const which = published.length > 1 ? ` (${handoverArtifactNames()[i]})` : "";
        lines.push(result.published
            ? `Published the results of run ${run.id}${which}: ${result.checkRuns} check run${result.checkRuns === 1 ? "" : "s"}${result.commentUrl ? `, [the comment](${result.commentUrl})` : ""}.`
            :
                `Nothing was published for run ${run.id}${which}.${result.warnings.length ? ` ${result.warnings.map((warning) => (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(warning, 2_000)).join(" ")}` : ""}`);
    }
    const notes = published.map((result) => result.summaryNote ?? "").join("");
    await context.io.appendSummary(`${lines.join("\n")}\n${notes}`, "the handover's report");
}
function handoverArtifactNames() {
    return Array.from({ length: _report_modes_js__WEBPACK_IMPORTED_MODULE_6__/* .MAX_HANDOVERS_PER_RUN */ .um }, (_, i) => (i === 0 ? "flows-report" : `flows-report-${i + 1}`));
}
async function loadHandover() {
    const [handover, commit, pulls, artifacts] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(8713), __webpack_require__.e(247), __webpack_require__.e(3533)]).then(__webpack_require__.bind(__webpack_require__, 43533)),
        __webpack_require__.e(/* import() */ 9050).then(__webpack_require__.bind(__webpack_require__, 29050)),
        __webpack_require__.e(/* import() */ 7469).then(__webpack_require__.bind(__webpack_require__, 27469)),
        __webpack_require__.e(/* import() */ 5075).then(__webpack_require__.bind(__webpack_require__, 55075)),
    ]);
    return { ...handover, commitForEvent: commit.commitForEvent, pullRequestsInEvent: pulls.pullRequestsInEvent, runArtifactFinder: artifacts.runArtifactFinder };
}


/***/ }),

/***/ 83498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportMode: () => (/* binding */ reportMode),
/* harmony export */   reportToGitHub: () => (/* binding */ reportToGitHub)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(40801);
/* harmony import */ var _engine_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86683);
/* harmony import */ var _engine_run_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44456);
/* harmony import */ var _handover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81562);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39669);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(68733);
/* harmony import */ var _report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(58387);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46504);
/* harmony import */ var _plan_handover_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98848);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(18758);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(72321);
/* harmony import */ var _state_memory_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(19917);
/* harmony import */ var _state_types_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(39709);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(46189);














async function reportMode(context) {
    const { runsDir } = context.inputs;
    if (!runsDir)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionInputError */ .VA('mode "report" needs the input "runs-dir" (the downloaded run-step artifacts).');
    const { event } = context;
    const handover = (0,_plan_handover_js__WEBPACK_IMPORTED_MODULE_6__/* .receiveHandover */ .PL)(context.inputs, event);
    const planned = await (0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .planSteps */ .Dv)(context, await (0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .discover */ .k4)(context), { store: await handedOverStore(event, handover.runs), handledBefore: handover.handledBefore });
    const leftOut = leftOutIds(handover);
    const jobSteps = (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_8__/* .readJobSteps */ .X2)(context.inputs.jobSteps);
    const collected = await (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_8__/* .readRunsDir */ .WL)(runsDir, {
        jobsPlanned: planned.runs.some((run) => !run.alreadyHandled && !leftOut.has(run.id)),
        event,
        ...(jobSteps.jobs ? { jobs: jobSteps.jobs } : {}),
    });
    const now = new Date().toISOString();
    const order = planned.runs.map((run) => run.id);
    const reportedIds = handedOverIds(event.id, collected.files);
    const extra = reportedIds.filter((id) => !order.includes(id));
    const handled = await handledViews(context, { handover, planned: planned.runs, reported: new Set(reportedIds), now });
    const handledExtra = [...handled.views.values()].filter((run) => !order.includes(run.id) && !extra.includes(run.id));
    const unreadable = collected.problems.some((problem) => problem.message.startsWith(_report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__/* .RUNS_FILE_PROBLEM */ .GZ));
    const reported = new Map((0,_scale_out_js__WEBPACK_IMPORTED_MODULE_8__/* .mergeRuns */ .rV)(event, collected.files, [...order, ...extra], now).map((run) => [run.id, run]));
    const outcome = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_11__/* .assembleOutcome */ .N)({
        event,
        runs: [
            ...planned.runs.map((view) => reported.get(view.id) ?? handled.views.get(view.id) ?? (view.alreadyHandled ? view : missingRun(view, now, unreadable))),
            ...extra.flatMap((id) => reported.get(id) ?? []),
            ...handledExtra,
        ],
        runIds: [...order, ...extra, ...handledExtra.map((run) => run.id)],
        mismatches: planned.mismatches.filter((miss) => {
            const id = (0,_engine_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .runIdFor */ .q)(event.id, miss.flow.name, miss.step.name);
            return !extra.includes(id) && !handledExtra.some((run) => run.id === id);
        }),
        problems: [...handover.problems, ...(jobSteps.problem ? [jobSteps.problem] : []), ...handled.problems, ...planned.problems, ...collected.problems],
        shadowed: planned.shadowed,
        children: (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_8__/* .childFiles */ .Ko)(collected.files).map(outcomeFromFile),
    });
    const github = (0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .githubContext */ .h4)(context);
    const upload = (0,_reporter_js__WEBPACK_IMPORTED_MODULE_5__/* .handoverAction */ .qe)(github) === "upload";
    if (!upload)
        await reportToGitHub(context, outcome);
    await (0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .publish */ .mk)(context, outcome);
    if (upload)
        await (0,_handover_js__WEBPACK_IMPORTED_MODULE_2__.uploadHandover)(github, outcome);
    return outcome;
}
async function reportToGitHub(context, outcome, targets) {
    await new _reporter_js__WEBPACK_IMPORTED_MODULE_5__/* .ActionReporter */ .Uy({ ...(0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .githubContext */ .h4)(context), ...(targets ? { targets } : {}) }).finish(outcome);
}
function handedOverIds(eventId, files) {
    return [...new Set(files.filter((file) => file.event.id === eventId).flatMap((file) => file.runs.map((run) => run.id)))];
}
function leftOutIds(handover) {
    const settled = [...handover.statuses].filter(([, status]) => (0,_engine_run_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isSettledStatus */ .e8)(status)).map(([id]) => id);
    return new Set([...settled, ...handover.runs.map((run) => run.id)]);
}
async function handledViews(context, { handover, planned, reported, now }) {
    const views = new Map(handover.runs.map((run) => [run.id, run]));
    const unknown = new Set([...handover.handledBefore].filter((id) => !views.has(id) && !reported.has(id)));
    if (unknown.size === 0)
        return { views, problems: [] };
    const why = handover.runsMissing ?? 'input "handled-runs" did not hold their views (too long to fit its 64 KiB, or running in another dispatch when the plan read the store)';
    const recovered = await (0,_plan_state_js__WEBPACK_IMPORTED_MODULE_7__/* .readHandledRuns */ .$Y)(context, context.event.id, unknown);
    for (const run of recovered.runs) {
        views.set(run.id, run);
        unknown.delete(run.id);
    }
    const count = recovered.runs.length;
    if (count > 0)
        context.io.info(`${count} step${count === 1 ? "" : "s"} handled before ${count === 1 ? "was" : "were"} read from the state store (${why}).`);
    if (unknown.size === 0)
        return { views, problems: [] };
    const byId = new Map(planned.map((run) => [run.id, run]));
    const named = [...unknown].flatMap((id) => byId.get(id) ?? []);
    const detail = `Handled before; the plan job passed only its status (${why}), and ${recovered.skipped ?? "the state store holds no run of it"}.`;
    for (const run of named)
        views.set(run.id, statusOnlyRun(run, handover.statuses.get(run.id) ?? "completed", detail, now));
    const unnamed = unknown.size - named.length;
    const steps = named.map((run) => `${run.flowName}/${run.stepName}`).join(", ");
    return {
        views,
        problems: [
            {
                severity: "warning",
                file: 'input "handled-runs"',
                message: `${unknown.size} step${unknown.size === 1 ? "" : "s"} handled before ${unknown.size === 1 ? "is" : "are"} reported with the status the plan job gave only${steps ? ` (${steps})` : ""}: ${why}, and ${recovered.skipped ?? "the state store holds no run of them"}.` +
                    (unnamed > 0 ? ` ${unnamed} of them no longer match here and are not listed.` : "") +
                    " Their results are in the jobs that ran them before.",
            },
        ],
    };
}
function statusOnlyRun(planned, status, detail, now) {
    const live = status === "queued" || status === "running";
    return { ...unrunView(planned, now), processStatus: live ? status : "completed", effectiveStatus: status, needsAttention: (0,_contracts_js__WEBPACK_IMPORTED_MODULE_12__/* .needsAttentionFor */ .XM)(status), error: detail, alreadyHandled: true };
}
function unrunView(planned, now) {
    const { id, eventId, flowName, flowVersion, stepName, runner } = planned;
    return { id, eventId, flowName, flowVersion, stepName, runner, attempts: [], createdAt: now, updatedAt: now };
}
async function handedOverStore(event, runs) {
    if (runs.length === 0)
        return undefined;
    const store = new _state_memory_store_js__WEBPACK_IMPORTED_MODULE_9__/* .MemoryStateStore */ .k();
    const now = new Date().toISOString();
    await store.saveEvent({ formatVersion: _state_types_js__WEBPACK_IMPORTED_MODULE_13__/* .RECORD_FORMAT_VERSION */ .Z, event, runs: runs.map(({ alreadyHandled: _, ...run }) => run), firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
    return store;
}
function outcomeFromFile(file) {
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_11__/* .assembleOutcome */ .N)({ event: file.event, runs: file.runs, children: file.children.map(outcomeFromFile) });
}
function missingRun(planned, now, unreadable) {
    return {
        ...unrunView(planned, now),
        processStatus: "canceled",
        effectiveStatus: "canceled",
        needsAttention: false,
        error: unreadable
            ? "The run-step job for this step reported no result that could be read (cancelled, timed out or lost, or its runs file was skipped: see the problems with the run-step jobs' results); see its job log."
            : "The run-step job for this step reported no result (cancelled, timed out or lost); see its job log.",
    };
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
