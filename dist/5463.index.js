export const id = 5463;
export const ids = [5463];
export const modules = {

/***/ 85463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runStepMode: () => (/* binding */ runStepMode)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39208);
/* harmony import */ var _engine_ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75352);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(24024);
/* harmony import */ var _log_groups_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95738);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2496);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48022);






/** run-step: run the steps of one matrix entry and write their runs for the report job. */
async function runStepMode(context) {
    const { runsFile, steps } = context.inputs;
    if (!runsFile)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionInputError */ .VA('mode "run-step" needs the input "runs-file" (where this job writes its runs).');
    const only = (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_4__/* .readStepSelection */ .jm)(steps);
    await (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_4__/* .checkRunsFilePath */ .OW)(runsFile);
    const discovery = await (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .discover */ .k4)(context);
    // The steps the plan counted as handled before cost no run of this job's cap either, should
    // this job run them (the dispatch that was running one has failed it since): the plan gave the
    // job's other steps their runs on that count, and the report job counts so too.
    const handledBefore = new Set(only.filter((step) => step.handledBefore === true).map((step) => (0,_engine_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .runIdFor */ .q)(context.event.id, step.flow, step.step)));
    const outcome = await (0,_engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__/* .dispatch */ .JD)(context.event, {
        ...(0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .engineOptions */ .ll)(context, discovery),
        only,
        ...(handledBefore.size > 0 ? { handledBefore } : {}),
        observer: (0,_log_groups_js__WEBPACK_IMPORTED_MODULE_3__/* .logGroups */ .D)(context.io),
    });
    outcome.problems.push(...unmatchedSteps(only, outcome));
    await (0,_scale_out_js__WEBPACK_IMPORTED_MODULE_4__/* .writeRunsFile */ .uw)(runsFile, outcome);
    // Check runs and the comment are the report job's: it publishes every step once.
    await (0,_common_js__WEBPACK_IMPORTED_MODULE_5__/* .publish */ .mk)(context, outcome);
    return outcome;
}
/**
 * The plan job gave this job steps that do not match here, so they did not run: an error each,
 * or the job would pass green having run nothing, and the report would only call them lost.
 * It happens when the jobs see the event differently (a condition on github.job or
 * github.run_attempt after "Re-run failed jobs", a changed() list that differed).
 */
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


/***/ }),

/***/ 2496:
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

// UNUSED EXPORTS: MAX_MATRIX_JOBS, MAX_RUNS_FILE_BYTES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(43177);
// EXTERNAL MODULE: ./.build/generated/validators/shared.js
var shared = __webpack_require__(33084);
;// CONCATENATED MODULE: ./.build/generated/validators/runs-file.js
// Generated by scripts/build-schemas.mjs from schemas/runs-file.schema.json. Do not edit.
// Compiled with the contracts it refers to or is referred to by: shared.ts.


// EXTERNAL MODULE: ./.build/report/problem-places.js
var problem_places = __webpack_require__(81458);
// EXTERNAL MODULE: ./.build/engine/ids.js
var ids = __webpack_require__(75352);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(99032);
// EXTERNAL MODULE: ./.build/state/layout.js
var layout = __webpack_require__(11927);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __webpack_require__(67404);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(62289);
// EXTERNAL MODULE: ./.build/action/inputs.js + 1 modules
var inputs = __webpack_require__(24024);
// EXTERNAL MODULE: ./.build/redact.js
var redact = __webpack_require__(55310);
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
    for (const { flowName, stepName, handledBefore } of planned) {
        const selector = { flow: flowName, step: stepName, ...(handledBefore ? { handledBefore: true } : {}) };
        flows.set(flowName, [...(flows.get(flowName) ?? []), selector]);
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
        parsed.every((item) => typeof item?.flow === "string" && typeof item?.step === "string" && (item.handledBefore === undefined || typeof item.handledBefore === "boolean"));
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
    // Redacted: the reusable workflow uploads the file as an artifact anyone who can read the
    // repository may download, as it does a fork's handover.
    await (0,promises_.writeFile)(path, `${JSON.stringify(redact/* redactor */.$p.redactValue(toRunsFile(outcome)))}\n`);
}
function toRunsFile(outcome) {
    return { version: 1, event: outcome.event, runs: outcome.runs, children: outcome.children.map(toRunsFile) };
}
/**
 * The largest runs file the report job reads: another job wrote it, so it is hostile until
 * checked. A run-step job writes its event's record (as the state stores it, at most
 * MAX_RECORD_BYTES) and those of the events its steps led to: twice that leaves room for them,
 * and keeps a forged file (a sparse gigabyte) from taking the report job's memory.
 */
const MAX_RUNS_FILE_BYTES = 2 * layout/* MAX_RECORD_BYTES */.xR;
/**
 * Every runs file under a folder (download-artifact puts each artifact in its own folder).
 * `jobsPlanned` false: the plan gave no step a job (each was handled before), so no folder is
 * expected. `event`: the event the report is for; a file of another event is skipped as
 * unreadable (every job of a workflow run sees the same event, re-runs included), never dropped
 * unsaid, or a failed step in it would pass as canceled. Each file holds the whole event (its
 * payload up to 25 MB), and a report reads up to 256 files: once a file's event id is checked,
 * its copy is dropped for `event`, so one file's copy at most is held at a time.
 */
async function readRunsDir(dir, { jobsPlanned = true, event } = {}) {
    const files = [];
    const problems = [];
    // download-artifact creates the folder only when some artifact matched: when no run-step job
    // uploaded runs (all cancelled, or failed before running a step), there is no folder, and every
    // planned step is still to be reported, as canceled.
    if (!(await exists(dir))) {
        if (!jobsPlanned)
            return { files, problems };
        problems.push({
            severity: "warning",
            file: 'input "runs-dir"',
            message: `${dir} does not exist: no run-step job handed over its runs (each was cancelled, failed before its steps ran, or did not upload runs-file), so every planned step is reported as canceled. See the run-step jobs' logs.`,
        });
        return { files, problems };
    }
    for (const path of await jsonFiles(dir)) {
        try {
            const { size } = await (0,promises_.stat)(path);
            if (size > MAX_RUNS_FILE_BYTES)
                throw new Error(`it is ${size} bytes, more than the ${MAX_RUNS_FILE_BYTES} a run-step job writes; it was not read.`);
            const file = checkRunsFile(JSON.parse(await (0,promises_.readFile)(path, "utf8")), event?.id);
            files.push(event ? { ...file, event } : file);
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
/**
 * A runs file, checked against schemas/runs-file.schema.json (children included), against the
 * report's event (when given), and each of its runs against its event: a run's id is the one its event gives its flow and step, or a view
 * could take another step's place in the report (mergeRuns goes by id) and hide its result.
 */
function checkRunsFile(value, eventId) {
    const file = (0,contract_errors/* checkContract */.nb)(shared/* validateRunsFile */.t1, value, "runs-file.schema.json");
    if (eventId !== undefined && file.event.id !== eventId)
        throw new Error(`it holds the runs of event ${(0,text_cut/* clipText */.gL)(file.event.id, 200)}, not of ${eventId}, the event this report is for.`);
    checkRunIds(file);
    return file;
}
function checkRunIds(file) {
    const eventId = file.event.id;
    for (const run of file.runs) {
        const id = (0,ids/* runIdFor */.q)(eventId, run.flowName, run.stepName);
        if (run.eventId !== eventId || run.id !== id) {
            const said = `${(0,text_cut/* clipText */.gL)(run.flowName, 200)}/${(0,text_cut/* clipText */.gL)(run.stepName, 200)}`;
            throw new Error(`its run ${(0,text_cut/* clipText */.gL)(run.id, 100)} says it is ${said}, whose run id in this event is ${id}${run.eventId === eventId ? "" : `, and its event is ${(0,text_cut/* clipText */.gL)(run.eventId, 200)}, not the file's`}.`);
        }
    }
    for (const child of file.children)
        checkRunIds(child);
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
