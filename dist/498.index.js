export const id = 498;
export const ids = [498];
export const modules = {

/***/ 83498:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportMode: () => (/* binding */ reportMode),
/* harmony export */   reportToGitHub: () => (/* binding */ reportToGitHub)
/* harmony export */ });
/* harmony import */ var _engine_ids_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(86683);
/* harmony import */ var _handover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81562);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9777);
/* harmony import */ var _outcome_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(68733);
/* harmony import */ var _report_problem_places_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58387);
/* harmony import */ var _reporter_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(46504);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55627);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46189);








/** report: gather the run-step jobs' runs files and publish them as one dispatch. */
async function reportMode(context) {
    const { runsDir } = context.inputs;
    if (!runsDir)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionInputError */ .VA('mode "report" needs the input "runs-dir" (the downloaded run-step artifacts).');
    const { event } = context;
    // The steps the plan job gave jobs to, and why the others did not match or were left out.
    const planned = await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .planSteps */ .Dv)(context, await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .discover */ .k4)(context));
    const collected = await (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_5__/* .readRunsDir */ .WL)(runsDir);
    const now = new Date().toISOString();
    const order = planned.runs.map((run) => run.id);
    // A step that ran in a run-step job but does not match in this one (a condition on
    // github.run_attempt, and this is a re-run's report) still ran: it is reported after the rest.
    const extra = handedOverIds(event.id, collected.files).filter((id) => !order.includes(id));
    // A skipped runs file may have held any step's results: the missing steps say it could be so.
    const unreadable = collected.problems.some((problem) => (0,_report_problem_places_js__WEBPACK_IMPORTED_MODULE_3__/* .placeOf */ .$t)(problem) === "the run-step jobs' results");
    const reported = new Map((0,_scale_out_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeRuns */ .rV)(event, collected.files, [...order, ...extra], now).map((run) => [run.id, run]));
    const outcome = (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .assembleOutcome */ .N)({
        event,
        runs: [...planned.runs.map((view) => reported.get(view.id) ?? missingRun(view, now, unreadable)), ...extra.flatMap((id) => reported.get(id) ?? [])],
        runIds: [...order, ...extra],
        mismatches: planned.mismatches.filter((miss) => !extra.includes((0,_engine_ids_js__WEBPACK_IMPORTED_MODULE_0__/* .runIdFor */ .q)(event.id, miss.flow.name, miss.step.name))),
        problems: [...planned.problems, ...collected.problems],
        shadowed: planned.shadowed,
        children: (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_5__/* .childFiles */ .Ko)(collected.files).map(outcomeFromFile),
    });
    // A pull request from a fork: the report job's token is read-only, as a single job's is, so
    // it hands the results over as the single job does (handover: auto), for a workflow_run job to
    // publish (docs/pull-requests.md), instead of being refused every check run and the comment.
    const github = (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .githubContext */ .h4)(context);
    const upload = (0,_handover_js__WEBPACK_IMPORTED_MODULE_1__/* .handoverAction */ .qe)(github) === "upload";
    if (!upload)
        await reportToGitHub(context, outcome);
    await (0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .publish */ .mk)(context, outcome);
    if (upload)
        await (0,_handover_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadHandover */ .bg)(github, outcome);
    return outcome;
}
/** Check runs and the comment for an outcome made elsewhere (report and http modes). */
async function reportToGitHub(context, outcome) {
    await new _reporter_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionReporter */ .U((0,_common_js__WEBPACK_IMPORTED_MODULE_6__/* .githubContext */ .h4)(context)).finish(outcome);
}
/** The ids of the runs the run-step jobs handed over for the event, each once, in file order. */
function handedOverIds(eventId, files) {
    return [...new Set(files.filter((file) => file.event.id === eventId).flatMap((file) => file.runs.map((run) => run.id)))];
}
function outcomeFromFile(file) {
    return (0,_outcome_js__WEBPACK_IMPORTED_MODULE_7__/* .assembleOutcome */ .N)({ event: file.event, runs: file.runs, children: file.children.map(outcomeFromFile) });
}
/** A step whose run-step job reported nothing (cancelled, runner lost) or nothing readable still shows up. */
function missingRun(planned, now, unreadable) {
    return {
        id: planned.id,
        eventId: planned.eventId,
        flowName: planned.flowName,
        flowVersion: planned.flowVersion,
        stepName: planned.stepName,
        runner: planned.runner,
        processStatus: "canceled",
        effectiveStatus: "canceled",
        needsAttention: false,
        attempts: [],
        error: unreadable
            ? "The run-step job for this step reported no result that could be read (cancelled, timed out or lost, or its runs file was skipped: see the problems with the run-step jobs' results); see its job log."
            : "The run-step job for this step reported no result (cancelled, timed out or lost); see its job log.",
        createdAt: now,
        updatedAt: now,
    };
}


/***/ }),

/***/ 55627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OW: () => (/* binding */ checkRunsFilePath),
  Ko: () => (/* binding */ childFiles),
  rV: () => (/* binding */ mergeRuns),
  T4: () => (/* binding */ planMatrix),
  WL: () => (/* binding */ readRunsDir),
  jm: () => (/* binding */ readStepSelection),
  uw: () => (/* binding */ writeRunsFile)
});

// UNUSED EXPORTS: MAX_MATRIX_JOBS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
// EXTERNAL MODULE: ./.build/generated/validators/shared.js
var shared = __webpack_require__(38713);
;// CONCATENATED MODULE: ./.build/generated/validators/runs-file.js
// Generated by scripts/build-schemas.mjs from schemas/runs-file.schema.json. Do not edit.
// Compiled with the contracts it refers to or is referred to by: shared.ts.


// EXTERNAL MODULE: ./.build/report/problem-places.js
var problem_places = __webpack_require__(58387);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __webpack_require__(39709);
// EXTERNAL MODULE: ./.build/action/inputs.js + 1 modules
var inputs = __webpack_require__(9777);
;// CONCATENATED MODULE: ./.build/action/scale-out.js








// GitHub runs at most 256 jobs per matrix:
// https://docs.github.com/en/actions/using-jobs/using-a-matrix-for-your-jobs
const MAX_MATRIX_JOBS = 256;
/**
 * One matrix job per flow that matched, holding that flow's steps in manifest order: the
 * engine runs a flow's steps one after another, and so does its job. Past 256 flows, flows
 * are dealt round-robin into 256 batches (each flow still whole and in order).
 */
function planMatrix(planned) {
    const flows = new Map();
    for (const { flowName, stepName } of planned) {
        flows.set(flowName, [...(flows.get(flowName) ?? []), { flow: flowName, step: stepName }]);
    }
    const units = [...flows.values()];
    const batched = units.length > MAX_MATRIX_JOBS;
    const jobs = Array.from({ length: Math.min(units.length, MAX_MATRIX_JOBS) }, () => []);
    for (const [i, unit] of units.entries())
        jobs[i % jobs.length]?.push(unit);
    return {
        batched,
        matrix: {
            include: jobs.map((job, index) => {
                const steps = job.flat();
                const name = job.length === 1 ? steps[0]?.flow : `batch ${index + 1} (${job.length} flows, ${steps.length} steps)`;
                return { index, name, steps: JSON.stringify(steps) };
            }),
        },
    };
}
/** The `steps` input of a run-step job: the JSON a plan job put in its matrix entry. */
function readStepSelection(value) {
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        parsed = undefined;
    }
    const valid = Array.isArray(parsed) &&
        parsed.length > 0 &&
        parsed.every((item) => typeof item?.flow === "string" && typeof item?.step === "string");
    if (!valid) {
        throw new inputs/* ActionInputError */.VA(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text shows workflow syntax.
        'Input "steps" must be the JSON list a plan job wrote, like [{"flow":"bindings","step":"regenerate"}]; pass ${{ matrix.steps }}.');
    }
    return parsed;
}
/**
 * Before any step runs: the runs file can be written. Found only after the steps, a bad path
 * would fail the job with the steps' records unsaved, so a re-run would run them again.
 */
async function checkRunsFilePath(path) {
    const folder = (0,external_node_path_.dirname)(path);
    try {
        await (0,promises_.mkdir)(folder, { recursive: true });
    }
    catch (error) {
        throw new inputs/* ActionInputError */.VA(`Input "runs-file" is ${path}, whose folder cannot be created (${error.code ?? error.message}). Give a file path in a writable folder, such as \${{ runner.temp }}/flows-runs/runs.json.`);
    }
    const existing = await (0,promises_.stat)(path).catch(() => undefined);
    if (existing?.isDirectory()) {
        throw new inputs/* ActionInputError */.VA(`Input "runs-file" is ${path}, which is a folder; give the path of a file to write, such as ${(0,external_node_path_.join)(path, "runs.json")}.`);
    }
}
async function writeRunsFile(path, outcome) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify(toRunsFile(outcome))}\n`);
}
function toRunsFile(outcome) {
    return { version: 1, event: outcome.event, runs: outcome.runs, children: outcome.children.map(toRunsFile) };
}
/** Every runs file under a folder (download-artifact puts each artifact in its own folder). */
async function readRunsDir(dir) {
    const files = [];
    const problems = [];
    // download-artifact creates the folder only when some artifact matched: when no run-step job
    // uploaded runs (all cancelled, or failed before running a step), there is no folder, and every
    // planned step is still to be reported, as canceled.
    if (!(await exists(dir))) {
        problems.push({
            severity: "warning",
            file: 'input "runs-dir"',
            message: `${dir} does not exist: no run-step job handed over its runs (each was cancelled, failed before its steps ran, or did not upload runs-file), so every planned step is reported as canceled. See the run-step jobs' logs.`,
        });
        return { files, problems };
    }
    for (const path of await jsonFiles(dir)) {
        try {
            files.push(checkRunsFile(JSON.parse(await (0,promises_.readFile)(path, "utf8"))));
        }
        catch (error) {
            problems.push({ severity: "error", file: path, message: `${problem_places/* RUNS_FILE_PROBLEM */.GZ}${error.message}` });
        }
    }
    return { files, problems };
}
/**
 * Merge what the run-step jobs reported for one event, in the order the steps matched. A step
 * whose job reported nothing (cancelled, runner lost) still appears, as canceled, so no step
 * silently disappears from the report.
 */
function mergeRuns(event, files, order, now) {
    const record = files
        .filter((file) => file.event.id === event.id)
        .map((file) => ({ formatVersion: types/* RECORD_FORMAT_VERSION */.Z, event, runs: file.runs, firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 }))
        .reduce(state_record/* mergeEventRecords */.Zo, { formatVersion: types/* RECORD_FORMAT_VERSION */.Z, event, runs: [], firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
    const byId = new Map(record.runs.map((run) => [run.id, run]));
    return order.map((id) => byId.get(id)).filter((run) => run !== undefined);
}
/** Child events dispatched by the run-step jobs, merged by event id. */
function childFiles(files) {
    const byEvent = new Map();
    for (const child of files.flatMap((file) => file.children)) {
        byEvent.set(child.event.id, [...(byEvent.get(child.event.id) ?? []), child]);
    }
    return [...byEvent.values()].map((group) => {
        const first = group[0];
        const runs = mergeRuns(first.event, group, [...new Set(group.flatMap((file) => file.runs.map((run) => run.id)))], new Date().toISOString());
        return { version: 1, event: first.event, runs, children: childFiles(group) };
    });
}
/** A runs file, checked against schemas/runs-file.schema.json (children included). */
function checkRunsFile(value) {
    return (0,contract_errors/* checkContract */.nb)(shared/* validateRunsFile */.t1, value, "runs-file.schema.json");
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch (error) {
        // Anything else (not a folder, no permission) is for jsonFiles to report.
        return error.code !== "ENOENT";
    }
}
async function jsonFiles(dir) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch {
        throw new inputs/* ActionInputError */.VA(`Input "runs-dir" is ${dir}, which cannot be read. Download the run-step artifacts there first.`);
    }
    const nested = await Promise.all(entries.map(async (entry) => {
        const path = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory())
            return jsonFiles(path);
        return entry.name.endsWith(".json") ? [path] : [];
    }));
    return nested.flat().sort();
}


/***/ })

};
