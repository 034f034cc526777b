export const id = 9701;
export const ids = [9701,3543,5747];
export const modules = {

/***/ 5747:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publishHandedOver: () => (/* binding */ publishHandedOver),
/* harmony export */   uploadHandover: () => (/* binding */ uploadHandover)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _report_modes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(28922);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88875);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24024);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(75429);





// A pull request from a fork gets a read-only token: its job hands the results over as an
// artifact, and a trusted `workflow_run` job publishes them (docs/pull-requests.md). Which of
// the two a job does, if either, is handoverAction's (./reporter.ts); this module is imported
// only by a job that does one, off the start of the others (the cold-start guard, BENCHMARKS.md).
/** Fork pull request: hand the results to a trusted `workflow_run` job as an artifact. */
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
/**
 * Artifact names are unique in a workflow run, and a second flows-action in the run (another
 * step of the job, another job, a second call of the reusable workflow) was refused flows-report
 * with a 409 that failed its job: each takes the first free name of handoverArtifactNames(),
 * all of which the publisher reads.
 */
async function uploadUnderFreeName(upload, names) {
    for (const [i, name] of names.entries()) {
        try {
            await upload(name);
            return name;
        }
        catch (error) {
            const taken = /\(409\)|already exists/i.test(error?.message ?? "");
            if (!taken)
                throw error;
            if (i === names.length - 1) {
                throw new _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y(`The results were not handed over: this workflow run already has the artifacts ${names.join(", ")}, one per flows-action that handed results over, and a workflow_run job publishes no more. Run fewer flows-action steps or jobs per workflow on fork pull requests (several flows-path roots fit in one).`);
            }
        }
    }
    throw new Error("no artifact name to try");
}
/** `workflow_run` job: publish the handover of the run that triggered it. */
async function publishHandedOver(context) {
    const { triggeringRun, publishHandover, runArtifactFinder } = await loadHandover();
    const run = triggeringRun(context.event);
    if (!run)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionInputError */ .VA('handover "publish" needs a workflow_run event (the run whose results to publish).');
    const { runner, report } = context;
    const client = await (0,_reporter_js__WEBPACK_IMPORTED_MODULE_3__/* .actionClient */ ._Y)(context);
    // Every handover of the run, in the order they were uploaded: a name is taken only when the
    // one before it is, so the first one missing ends the search. One listing of the run's
    // artifacts answers for every name.
    const findArtifact = runArtifactFinder(client, { repository: runner.repository, runId: run.id });
    const published = [];
    for (const [i, artifactName] of handoverArtifactNames().entries()) {
        const result = await publishHandover({
            client,
            repository: runner.repository,
            workflowRun: run,
            checks: report.checks,
            comment: report.comment,
            // Each handover its own sticky comment: the second would otherwise replace the first.
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
            : `Nothing was published for run ${run.id}${which}.${result.warnings.length ? ` ${result.warnings.join(" ")}` : ""}`);
    }
    const notes = published.map((result) => result.summaryNote ?? "").join("");
    await context.io.appendSummary(`${lines.join("\n")}\n${notes}`, "the handover's report");
}
function handoverArtifactNames() {
    return Array.from({ length: _report_modes_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_HANDOVERS_PER_RUN */ .um }, (_, i) => (i === 0 ? "flows-report" : `flows-report-${i + 1}`));
}
async function loadHandover() {
    const [handover, commit, pulls, artifacts] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(3084), __webpack_require__.e(4887), __webpack_require__.e(6653)]).then(__webpack_require__.bind(__webpack_require__, 96653)),
        __webpack_require__.e(/* import() */ 9136).then(__webpack_require__.bind(__webpack_require__, 79136)),
        __webpack_require__.e(/* import() */ 4146).then(__webpack_require__.bind(__webpack_require__, 44146)),
        __webpack_require__.e(/* import() */ 4288).then(__webpack_require__.bind(__webpack_require__, 74288)),
    ]);
    return { ...handover, commitForEvent: commit.commitForEvent, pullRequestsInEvent: pulls.pullRequestsInEvent, runArtifactFinder: artifacts.runArtifactFinder };
}


/***/ }),

/***/ 9701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpMode: () => (/* binding */ httpMode),
/* harmony export */   httpReplayMode: () => (/* binding */ httpReplayMode)
/* harmony export */ });
/* harmony import */ var _deadline_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77931);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58679);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86473);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(39317);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(24024);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62838);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96992);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(48022);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3543);









/** http: send the event to a flow backend, wait for its runs, and report them like local ones. */
async function httpMode(context) {
    const url = backendUrl(context);
    const { dispatchToBackend, FlowBackendError, displayUrl } = await Promise.all(/* import() */[__webpack_require__.e(7711), __webpack_require__.e(3058)]).then(__webpack_require__.bind(__webpack_require__, 13058));
    const shown = displayUrl(url);
    if (context.inputs.dryRun)
        return dryRun(context, shown);
    let outcome;
    try {
        outcome = await dispatchToBackend(context.event, backendOptions(context, url));
    }
    catch (error) {
        if (error instanceof FlowBackendError)
            await reportFailure(context, error, shown, "dispatch");
        throw error;
    }
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_7__.reportToGitHub)(context, outcome);
    await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .publish */ .mk)(context, outcome, shown);
    return outcome;
}
/**
 * http with `replay`: the flow backend stores the events it ran, so it replays the event
 * (`POST /events/:id/replay`) and this job waits for the replay's runs and reports them as it
 * reports a dispatch. The context's event is the one the backend sends.
 */
async function httpReplayMode(base, eventId) {
    if (base.inputs.event !== undefined && !noOverrides(base.inputs.event)) {
        // The contract's replay takes no event: overrides would be dropped without a word.
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionInputError */ .VA(`Input "event" (overrides for the replay of "${eventId}") cannot be used with mode "http": the flow backend replays the event as it stored it (POST /events/<id>/replay carries no changes). Leave "event" empty to replay the stored event, or leave "replay" empty and pass the whole edited FlowEvent, with a new id, in "event" to send it as a new event.`);
    }
    const standIn = { ...base, event: { id: eventId, type: "", receivedAt: new Date().toISOString(), payload: {} } };
    const url = backendUrl(standIn);
    const { replayOnBackend, FlowBackendError, displayUrl } = await Promise.all(/* import() */[__webpack_require__.e(7711), __webpack_require__.e(3058)]).then(__webpack_require__.bind(__webpack_require__, 13058));
    const shown = displayUrl(url);
    if (base.inputs.dryRun)
        return dryRun(standIn, shown, eventId);
    let context = standIn;
    let outcome;
    try {
        outcome = await replayOnBackend(eventId, {
            ...backendOptions(base, url),
            onEvent: (event) => {
                context = { ...base, event };
                base.io.info(`Replaying ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logText */ .kc)(event.type)} → ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logText */ .kc)(event.id)} on the flow backend at ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logText */ .kc)(shown)}`);
            },
        });
    }
    catch (error) {
        if (error instanceof FlowBackendError)
            await reportFailure(context, error, shown, "replay");
        throw error;
    }
    context = { ...base, event: outcome.event };
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_7__.reportToGitHub)(context, outcome);
    await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .publish */ .mk)(context, outcome, shown);
    return outcome;
}
/** `{}`: a workflow's default for its overrides input, which changes nothing. */
function noOverrides(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
    }
    catch {
        return false;
    }
}
function backendUrl(context) {
    const { url } = context.inputs.backend;
    if (!url)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionInputError */ .VA('mode "http" needs the input "backend-url" (the flow backend to send the event to).');
    return url;
}
/**
 * The first wait before asking the backend for the runs (it grows by half each time): the
 * backend client's 2 s, or FLOWS_BACKEND_POLL_SECONDS, a setting for tests against a local
 * backend (seconds above 0; another value fails the job before the event is sent).
 */
function firstPoll() {
    const ms = (0,_deadline_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalSecondsSetting */ .IE)("FLOWS_BACKEND_POLL_SECONDS", { unset: "the backend client's first wait of 2 s" });
    return ms === undefined ? {} : { pollIntervalMs: ms };
}
function backendOptions(context, url) {
    const { backend } = context.inputs;
    return {
        url,
        ...(backend.token ? { token: backend.token } : {}),
        ...(backend.apiKey ? { apiKey: backend.apiKey } : {}),
        ...(backend.hmacSecret ? { hmacSecret: backend.hmacSecret } : {}),
        ...(backend.timeoutMs ? { timeoutMs: backend.timeoutMs } : {}),
        ...firstPoll(),
        // A canceled job stops waiting and cancels the backend's unfinished runs (src/backend/cancel.ts).
        ...(context.signal ? { signal: context.signal } : {}),
        cancelOnTimeout: backend.cancelOnTimeout,
        warn: (message) => context.io.warning(message),
        onProgress: (runs) => context.io.info(progressLine(runs)),
    };
}
/** Runs named in one progress line; the summary lists them all. */
const PROGRESS_RUNS = 20;
/** Characters of a flow or step name in a progress line. */
const PROGRESS_NAME_CHARS = 80;
/**
 * The runs' statuses as one log line. It starts with our own words: a line whose start is the
 * backend's text (a flow named `::error::…`) would be read by the runner as a workflow command.
 * Names are the backend's, so each is redacted, then cut (a hostile backend may send megabytes).
 */
function progressLine(runs) {
    const name = (text) => (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_1__/* .redacted */ .p)(text).clip(PROGRESS_NAME_CHARS, "…");
    const shown = runs.slice(0, PROGRESS_RUNS).map((run) => `${name(run.flowName)}/${name(run.stepName)}: ${run.effectiveStatus}`);
    const more = runs.length > PROGRESS_RUNS ? ` and ${runs.length - PROGRESS_RUNS} more` : "";
    return `Runs on the flow backend: ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logText */ .kc)(shown.join(", "))}${more}`;
}
/**
 * The backend failed or timed out: the runs as last seen are still reported (summary, checks,
 * comment, outputs), and the summary says why the job failed. The error then fails the job.
 */
async function reportFailure(context, error, shown, what) {
    if (error.outcome) {
        const seenContext = { ...context, event: error.outcome.event };
        await (0,_report_js__WEBPACK_IMPORTED_MODULE_7__.reportToGitHub)(seenContext, error.outcome);
        await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .publish */ .mk)(seenContext, error.outcome, shown);
    }
    const seen = error.outcome ? " The runs above are as the backend last reported them." : "";
    await context.io.appendSummary(`\n> [!CAUTION]\n> **The flow backend ${what} failed:** ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(error.message, 2000)}${seen}\n`, `the flow backend's failure`);
}
/**
 * dry-run: "run nothing, record nothing". A flow backend has no dry run: the event it is sent
 * (or the replay it is asked for) starts its flows, so nothing is sent at all, and the summary
 * says so. A replay's event is not even looked up: its type stays unknown (empty).
 */
async function dryRun(context, shown, replay) {
    const outcome = { ...(0,_outcome_js__WEBPACK_IMPORTED_MODULE_8__/* .nothingRan */ .e)(context.event), dryRun: true };
    const message = replay
        ? `Dry run: event ${replay} was not replayed on the flow backend at ${shown}, nor looked up there; the backend has no dry run (a replay runs its flows).`
        : `Dry run: the event was not sent to the flow backend at ${shown}, which has no dry run (it would run its flows).`;
    const title = replay ? `Replay of ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(replay)}` : `Flows for ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineCode */ .ti)(context.event.type)}`;
    context.io.info((0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logText */ .kc)(message));
    await context.io.appendSummary(`### ${title}\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .inlineText */ .ln)(message, 1000)}\n`, "the dry run's note");
    await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_5__/* .writeOutputs */ .Kn)(context.io, outcome);
    return outcome;
}


/***/ }),

/***/ 3543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportMode: () => (/* binding */ reportMode),
/* harmony export */   reportToGitHub: () => (/* binding */ reportToGitHub)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(70432);
/* harmony import */ var _engine_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75352);
/* harmony import */ var _engine_run_view_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6701);
/* harmony import */ var _handover_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5747);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(24024);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(62838);
/* harmony import */ var _report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(81458);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(75429);
/* harmony import */ var _plan_handover_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(72147);
/* harmony import */ var _plan_state_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(74791);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2496);
/* harmony import */ var _state_memory_store_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(34590);
/* harmony import */ var _state_types_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(67404);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(48022);














/** report: gather the run-step jobs' runs files and publish them as one dispatch. */
async function reportMode(context) {
    const { runsDir } = context.inputs;
    if (!runsDir)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .ActionInputError */ .VA('mode "report" needs the input "runs-dir" (the downloaded run-step artifacts).');
    const { event } = context;
    // The steps the plan job gave jobs to, those it left out as handled before (planned with them
    // stored, as the plan job planned with its state store, and with the same steps counted as
    // handled before under the run cap), and why the others did not match or were left out.
    const handover = (0,_plan_handover_js__WEBPACK_IMPORTED_MODULE_6__/* .receiveHandover */ .PL)(context.inputs, event);
    const planned = await (0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .planSteps */ .Dv)(context, await (0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .discover */ .k4)(context), { store: await handedOverStore(event, handover.runs), handledBefore: handover.handledBefore });
    const leftOut = leftOutIds(handover);
    const collected = await (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_8__/* .readRunsDir */ .WL)(runsDir, { jobsPlanned: planned.runs.some((run) => !run.alreadyHandled && !leftOut.has(run.id)), event });
    const now = new Date().toISOString();
    const order = planned.runs.map((run) => run.id);
    // A step that ran in a run-step job but does not match in this one (a condition on
    // github.run_attempt, and this is a re-run's report) still ran: it is reported after the rest.
    const reportedIds = handedOverIds(event.id, collected.files);
    const extra = reportedIds.filter((id) => !order.includes(id));
    const handled = await handledViews(context, { handover, planned: planned.runs, reported: new Set(reportedIds), now });
    // So is a step the plan left out as handled before that no longer matches here.
    const handledExtra = [...handled.views.values()].filter((run) => !order.includes(run.id) && !extra.includes(run.id));
    // A skipped runs file may have held any step's results: the missing steps say it could be so.
    const unreadable = collected.problems.some((problem) => (0,_report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__/* .placeOf */ .$t)(problem) === "the run-step jobs' results");
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
        problems: [...handover.problems, ...handled.problems, ...planned.problems, ...collected.problems],
        shadowed: planned.shadowed,
        children: (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_8__/* .childFiles */ .Ko)(collected.files).map(outcomeFromFile),
    });
    // A pull request from a fork: the report job's token is read-only, as a single job's is, so
    // it hands the results over as the single job does (handover: auto), for a workflow_run job to
    // publish (docs/pull-requests.md), instead of being refused every check run and the comment.
    const github = (0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .githubContext */ .h4)(context);
    const upload = (0,_reporter_js__WEBPACK_IMPORTED_MODULE_5__/* .handoverAction */ .qe)(github) === "upload";
    if (!upload)
        await reportToGitHub(context, outcome);
    await (0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .publish */ .mk)(context, outcome);
    if (upload)
        await (0,_handover_js__WEBPACK_IMPORTED_MODULE_2__.uploadHandover)(github, outcome);
    return outcome;
}
/** Check runs and the comment for an outcome made elsewhere (report and http modes). */
async function reportToGitHub(context, outcome) {
    await new _reporter_js__WEBPACK_IMPORTED_MODULE_5__/* .ActionReporter */ .Uy((0,_common_js__WEBPACK_IMPORTED_MODULE_10__/* .githubContext */ .h4)(context)).finish(outcome);
}
/** The ids of the runs the run-step jobs handed over for the event, each once, in file order. */
function handedOverIds(eventId, files) {
    return [...new Set(files.filter((file) => file.event.id === eventId).flatMap((file) => file.runs.map((run) => run.id)))];
}
/** The steps the plan gave no job: settled when it planned (one running elsewhere kept its job). */
function leftOutIds(handover) {
    const settled = [...handover.statuses].filter(([, status]) => (0,_engine_run_view_js__WEBPACK_IMPORTED_MODULE_1__/* .isSettledStatus */ .e8)(status)).map(([id]) => id);
    return new Set([...settled, ...handover.runs.map((run) => run.id)]);
}
/**
 * A view of each step the plan counted as handled before that no run-step job reported: the
 * plan's (handled-runs), else the state store's, read as the plan read it, else one with the
 * status the plan gave it (handled-steps) that says its details did not come through, and why.
 * Never a canceled step: it was not meant to run here.
 */
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
/** A step handled before known only by its status (handled-steps): no attempts, no result. */
function statusOnlyRun(planned, status, detail, now) {
    const live = status === "queued" || status === "running";
    return { ...unrunView(planned, now), processStatus: live ? status : "completed", effectiveStatus: status, needsAttention: (0,_contracts_js__WEBPACK_IMPORTED_MODULE_12__/* .needsAttentionFor */ .XM)(status), error: detail, alreadyHandled: true };
}
/** The planned step's identity, with no attempts: the base of a view this job did not see run. */
function unrunView(planned, now) {
    const { id, eventId, flowName, flowVersion, stepName, runner } = planned;
    return { id, eventId, flowName, flowVersion, stepName, runner, attempts: [], createdAt: now, updatedAt: now };
}
/** A store holding the runs the plan job left out: the report's plan then leaves them out too. */
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
/** A step whose run-step job reported nothing (cancelled, runner lost) or nothing readable still shows up. */
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


/***/ })

};
