export const id = 3093;
export const ids = [3093];
export const modules = {

/***/ 43093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planMode: () => (/* binding */ planMode)
});

// EXTERNAL MODULE: ./.build/engine/dispatch-problems.js
var dispatch_problems = __webpack_require__(37576);
// EXTERNAL MODULE: ./.build/hash.js
var hash = __webpack_require__(75244);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/engine/run-view.js
var run_view = __webpack_require__(44456);
// EXTERNAL MODULE: ./.build/redact.js
var redact = __webpack_require__(7437);
// EXTERNAL MODULE: ./.build/action/state.js
var state = __webpack_require__(30048);
// EXTERNAL MODULE: ./.build/deadline.js + 1 modules
var deadline = __webpack_require__(50482);
;// CONCATENATED MODULE: ./.build/action/plan-state.js





// The plan job reads the state store so that a redelivered event (a re-run, a second delivery)
// does not start a runner per step only for each to find its step handled. It reads what a
// run-step job reads first (one listing of the artifacts and the downloads it asks for, or one
// depth-1 fetch of the state branch), writes nothing, and never fails the plan: whatever it
// cannot read or is unsure of gets a job, whose run-step job checks it as it always did.
/** The longest the plan waits for the state store; past it every step gets a job. */
const PLAN_STATE_TIMEOUT_MS = 60_000;
/**
 * The run views the plan hands the report job for the steps it gives no job, in one job output
 * and one input (an environment variable of at most 128 KiB on Linux): well under both.
 */
const HANDED_OVER_LIMIT_BYTES = 64 * 1024;
/**
 * The job's state store, read-only and bounded, or none: `state: none` keeps nothing, and a
 * replay runs every settled step again, so there is nothing to leave out.
 */
async function openPlanState(context, timeoutMs = PLAN_STATE_TIMEOUT_MS) {
    const { inputs } = context;
    if (inputs.state === "none" || inputs.replay !== undefined)
        return { close: async () => undefined };
    let opened;
    let closed = false;
    const reader = {
        close: async () => {
            closed = true;
            await opened?.close?.().catch(() => undefined);
        },
    };
    const open = async () => {
        opened = await (0,state/* openActionStore */.Mb)({ inputs, env: context.stepEnv, repoRoot: context.runner.workspace, ...(context.debug ? { debug: context.debug } : {}) });
        // Opened only after the plan gave up waiting and closed: released now (a state branch's git directory).
        if (closed)
            await opened.close?.().catch(() => undefined);
        return opened;
    };
    reader.store = readOnlyStore(inputs.state, open, timeoutMs, (why) => {
        reader.skipped ??= why;
    });
    return reader;
}
/**
 * A store whose loadEvent answers "not stored" instead of failing or waiting past `timeoutMs`
 * (telling `failed` why), and which refuses every write: the plan's dispatch is a dry run, and
 * the store is never flushed (an artifact store's flush may write a snapshot).
 */
function readOnlyStore(kind, open, timeoutMs, failed) {
    let store;
    return {
        kind,
        // A record the store skipped as damaged is the run-step jobs' to report: they read it too.
        problems: [],
        async loadEvent(eventId) {
            store ??= open();
            const opening = store;
            try {
                return await (0,deadline/* withinDeadline */.iP)(timeoutMs, () => opening.then((opened) => opened.loadEvent(eventId)));
            }
            catch (error) {
                // Past the limit the read is abandoned: the action's entry does not wait for it to end.
                const late = error instanceof deadline/* TransferTimeoutError */.H9 ? `the ${kind} state store did not answer within ${timeoutMs / 1000} s` : undefined;
                failed(late ?? (error instanceof Error ? error.message : String(error)));
                return undefined;
            }
        },
        saveEvent: () => Promise.reject(new Error("the plan job reads the state store only")),
        listEvents: () => Promise.reject(new Error("the plan job reads one event's record only")),
        flush: async () => undefined,
    };
}
/**
 * The planned steps the plan gives no job: handled before and settled, as the engine decides
 * (a step running in another dispatch, or one that failed and would run again, keeps its job),
 * as many as fit HANDED_OVER_LIMIT_BYTES in the report job's input, in order. A view that does
 * not fit whole goes without its output tail; one that does not fit at all keeps its job.
 */
function leftOutRuns(planned) {
    const runs = [];
    const parts = [];
    let bytes = 2;
    for (const run of planned) {
        if (!run.alreadyHandled || !(0,run_view/* isSettled */.Is)(run) || (0,contracts/* isRunningElsewhere */.wR)(run))
            continue;
        const { output: _output, ...withoutOutput } = run;
        for (const view of run.output === undefined ? [run] : [run, withoutOutput]) {
            // Measured as the runner stores the output: redacted, in UTF-8 bytes.
            const part = redact/* redactor */.$p.redact(JSON.stringify(view));
            const size = Buffer.byteLength(part, "utf8") + (parts.length > 0 ? 1 : 0);
            if (bytes + size > HANDED_OVER_LIMIT_BYTES)
                continue;
            bytes += size;
            parts.push(part);
            runs.push(run);
            break;
        }
    }
    return { runs, json: `[${parts.join(",")}]` };
}

// EXTERNAL MODULE: ./.build/action/publish.js
var publish = __webpack_require__(16622);
// EXTERNAL MODULE: ./.build/action/scale-out.js + 1 modules
var scale_out = __webpack_require__(55627);
// EXTERNAL MODULE: ./.build/action/modes/common.js + 1 modules
var common = __webpack_require__(46189);
;// CONCATENATED MODULE: ./.build/action/modes/plan.js






/**
 * plan: match, and output a matrix of flows for the run-step jobs (runs nothing). Steps the
 * state store says were handled before get no job: their views go to the report job instead.
 */
async function planMode(context) {
    const { io, runner } = context;
    const discovery = await (0,common/* discover */.k4)(context);
    const state = await openPlanState(context);
    let outcome;
    try {
        outcome = await (0,common/* planSteps */.Dv)(context, discovery, state.store);
    }
    finally {
        await state.close();
    }
    if (state.skipped) {
        io.warning(`The plan job could not read the ${context.inputs.state} state store (${state.skipped}), so every matching step gets a job, and each job checks whether its step was handled before.`);
    }
    const planned = outcome.runs;
    const handled = leftOutRuns(planned);
    const leftOut = new Set(handled.runs.map((run) => run.id));
    const { matrix, batched } = (0,scale_out/* planMatrix */.T4)(planned.filter((run) => !leftOut.has(run.id)));
    const jobs = matrix.include.length;
    // The cap of step runs per delivery (docs/hostile-input.md) applies to the workflow as a whole:
    // the steps over it get no job. The report job lists the same warning in its summary.
    const cap = outcome.problems.find((problem) => problem.message.startsWith(dispatch_problems/* RUN_CAP_PROBLEM */.ZE));
    if (cap)
        io.warning(cap.message);
    if (batched)
        io.warning(`${planned.length - leftOut.size} steps need a job, more than GitHub's 256 jobs per matrix allow for one job per flow: they run in ${jobs} batches.`);
    // Names this call's runs artifacts: a workflow that calls the reusable workflow twice gets two
    // plans, and the same artifact names from both would collide (upload-artifact refuses a name
    // twice in a run) or be downloaded by the other call's report job.
    io.setOutput("call-id", (0,hash/* randomHex */.nw)(4));
    io.setOutput("matrix", JSON.stringify(matrix));
    io.setOutput("has-steps", String(planned.length > 0));
    // GitHub fails a matrix job whose matrix is empty: the run job runs only when this is "true".
    io.setOutput("has-jobs", String(jobs > 0));
    io.setOutput("handled-runs", handled.json);
    io.setOutput("event-id", outcome.eventId);
    io.setOutput("event-type", outcome.event.type);
    io.setOutput("matched", String(planned.length - leftOut.size));
    if (planned.length === 0) {
        // Nothing matched, so no report job follows: this job is the one that fails for a flow
        // package that cannot be loaded (its steps were never considered), as a single job does.
        await (0,publish/* publishOutcome */.C)(outcome, { io, runner, failOn: context.inputs.failOn });
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


/***/ }),

/***/ 55627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OW: () => (/* binding */ checkRunsFilePath),
  Ko: () => (/* binding */ childFiles),
  rV: () => (/* binding */ mergeRuns),
  T4: () => (/* binding */ planMatrix),
  zz: () => (/* binding */ readHandedOverRuns),
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
// EXTERNAL MODULE: ./.build/action/inputs.js
var inputs = __webpack_require__(74664);
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
/**
 * Every runs file under a folder (download-artifact puts each artifact in its own folder).
 * `jobsPlanned` false: the plan gave no step a job (each was handled before), so no folder is
 * expected.
 */
async function readRunsDir(dir, { jobsPlanned = true } = {}) {
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
/**
 * The report job's `handled-runs` input: the views of the steps the plan job gave no job, each
 * handled before (the plan's `handled-runs` output). Checked as the runs of a runs file for this
 * event, and each as a run handled before, or the report would show what it was told as fact.
 */
function readHandedOverRuns(value, event) {
    if (value.trim() === "")
        return [];
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text shows workflow syntax.
    const pass = "Pass the plan job's output: handled-runs: ${{ needs.plan.outputs.handled-runs }}.";
    let runs;
    try {
        runs = checkRunsFile({ version: 1, event, runs: JSON.parse(value), children: [] }).runs;
    }
    catch (error) {
        const why = error instanceof SyntaxError ? "is not JSON" : `is not a list of run views (${error.message})`;
        throw new inputs/* ActionInputError */.VA(`Input "handled-runs" ${why}. ${pass}`);
    }
    const stray = runs.find((run) => run.eventId !== event.id || run.alreadyHandled !== true);
    if (stray) {
        throw new inputs/* ActionInputError */.VA(`Input "handled-runs" holds ${stray.flowName}/${stray.stepName}, which is not a run of event ${event.id} handled before: it comes from another event or another workflow run. ${pass}`);
    }
    return runs;
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
