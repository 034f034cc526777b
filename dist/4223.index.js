export const id = 4223;
export const ids = [4223];
export const modules = {

/***/ 34223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   planMode: () => (/* binding */ planMode)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61607);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50097);
/* harmony import */ var _scale_out_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(56278);
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


/***/ }),

/***/ 56278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ko: () => (/* binding */ childFiles),
/* harmony export */   T4: () => (/* binding */ planMatrix),
/* harmony export */   WL: () => (/* binding */ readRunsDir),
/* harmony export */   jm: () => (/* binding */ readStepSelection),
/* harmony export */   rV: () => (/* binding */ mergeRuns),
/* harmony export */   uw: () => (/* binding */ writeRunsFile)
/* harmony export */ });
/* unused harmony export MAX_MATRIX_JOBS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(20624);
/* harmony import */ var _generated_validators_runs_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14085);
/* harmony import */ var _state_record_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77795);
/* harmony import */ var _state_types_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(39709);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(74664);







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
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .ActionInputError */ .VA(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text shows workflow syntax.
        'Input "steps" must be the JSON list a plan job wrote, like [{"flow":"bindings","step":"regenerate"}]; pass ${{ matrix.steps }}.');
    }
    return parsed;
}
async function writeRunsFile(path, outcome) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, `${JSON.stringify(toRunsFile(outcome))}\n`);
}
function toRunsFile(outcome) {
    return { version: 1, event: outcome.event, runs: outcome.runs, children: outcome.children.map(toRunsFile) };
}
/** Every runs file under a folder (download-artifact puts each artifact in its own folder). */
async function readRunsDir(dir) {
    const files = [];
    const problems = [];
    for (const path of await jsonFiles(dir)) {
        try {
            files.push(checkRunsFile(JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8"))));
        }
        catch (error) {
            problems.push({ severity: "error", file: path, message: `runs file skipped: ${error.message}` });
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
        .map((file) => ({ formatVersion: _state_types_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_FORMAT_VERSION */ .Z, event, runs: file.runs, firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 }))
        .reduce(_state_record_js__WEBPACK_IMPORTED_MODULE_4__/* .mergeEventRecords */ .Zo, { formatVersion: _state_types_js__WEBPACK_IMPORTED_MODULE_6__/* .RECORD_FORMAT_VERSION */ .Z, event, runs: [], firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
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
    return (0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .checkContract */ .nb)(_generated_validators_runs_file_js__WEBPACK_IMPORTED_MODULE_3__/* .validateRunsFile */ .t, value, "runs-file.schema.json");
}
async function jsonFiles(dir) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true });
    }
    catch {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_5__/* .ActionInputError */ .VA(`Input "runs-dir" is ${dir}, which cannot be read. Download the run-step artifacts there first.`);
    }
    const nested = await Promise.all(entries.map(async (entry) => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isDirectory())
            return jsonFiles(path);
        return entry.name.endsWith(".json") ? [path] : [];
    }));
    return nested.flat().sort();
}


/***/ })

};
