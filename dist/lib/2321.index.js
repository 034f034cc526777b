export const id = 2321;
export const ids = [2321];
export const modules = {

/***/ 72321:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wF: () => (/* binding */ JOB_STEPS_LIMIT_BYTES),
  OW: () => (/* binding */ checkRunsFilePath),
  Ko: () => (/* binding */ childFiles),
  oO: () => (/* binding */ jobStepsOf),
  rV: () => (/* binding */ mergeRuns),
  T4: () => (/* binding */ planMatrix),
  X2: () => (/* binding */ readJobSteps),
  WL: () => (/* binding */ readRunsDir),
  jm: () => (/* binding */ readStepSelection),
  uw: () => (/* binding */ writeRunsFile)
});

// UNUSED EXPORTS: CHILD_LIMITS, MAX_MATRIX_JOBS, MAX_RUNS_FILE_BYTES

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
// EXTERNAL MODULE: ./.build/generated/validators/job-steps.js
var job_steps = __webpack_require__(86519);
// EXTERNAL MODULE: ./.build/generated/validators/runs-file.js
var runs_file = __webpack_require__(14085);
// EXTERNAL MODULE: ./.build/report/problem-places.js
var problem_places = __webpack_require__(58387);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __webpack_require__(75270);
;// CONCATENATED MODULE: ./.build/action/runs-file-links.js


function linkedChildren(file, where) {
    const refused = { unlinked: 0, stranger: 0, events: 0, runs: 0, named: [] };
    const drop = (child) => {
        refused.events += 1;
        refused.runs += child.runs.length;
        for (const grandchild of child.children)
            drop(grandchild);
    };
    const keep = (parent) => {
        const asked = new Set(parent.runs.filter((run) => !run.alreadyHandled).map((run) => run.id));
        const kept = [];
        for (const child of parent.children) {
            if (child.requestedBy !== undefined && asked.has(child.requestedBy)) {
                kept.push({ ...child, children: keep(child) });
                continue;
            }
            if (child.requestedBy === undefined)
                refused.unlinked += 1;
            else
                refused.stranger += 1;
            if (refused.named.length < 10)
                refused.named.push((0,text_cut/* clipText */.gL)(child.event.id, 200));
            drop(child);
        }
        return kept;
    };
    const kept = keep(file);
    if (refused.events > 0)
        where.problems.push({ severity: "error", file: where.path, message: refusal(refused, where.job) });
    return kept;
}
function refusal(refused, job) {
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const top = refused.unlinked + refused.stranger;
    const why = [
        refused.unlinked > 0 ? `${refused.unlinked} named no run that asked for ${refused.unlinked === 1 ? "it" : "them"} (written by a flows-action older than this one, or forged)` : "",
        refused.stranger > 0 ? `${refused.stranger} named a run that is not one of the job's own runs kept from this file, or one that did not run there` : "",
    ].filter(Boolean);
    const led = refused.events - top;
    const source = job === undefined ? "the run-step job" : `run-step job ${job}`;
    return (`${problem_places/* RUNS_FILE_CHILDREN_REFUSED */.vE}${plural(top, "child event")} of ${source} (${refused.named.join(", ")}${top > refused.named.length ? `, and ${top - refused.named.length} more` : ""}) ` +
        `${led > 0 ? `and ${plural(led, "event")} they led to, ` : ""}holding ${plural(refused.runs, "run")}, were not used: ${why.join("; ")}. ` +
        `A child event is reported only when it names the run whose FlowResult.next asked for it. Re-run ${source === "the run-step job" ? "it" : `job ${job}`} with this flows-action to report them; see its log.`);
}

// EXTERNAL MODULE: ./.build/json-shape.js
var json_shape = __webpack_require__(1414);
// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __webpack_require__(85797);
;// CONCATENATED MODULE: ./.build/action/runs-file-read.js





const MiB = 1024 * 1024;
const MAX_RUNS_FILE_BYTES = 64 * MiB;
const MAX_RUNS_FILE_CONTAINERS = 2_000_000;
const MAX_RUNS_FILE_DEPTH = budget/* MAX_PAYLOAD_DEPTH */.GL + 32;
function artifactOf(dir, path) {
    const parts = (0,external_node_path_.relative)(dir, path).split(external_node_path_.sep);
    const folder = parts.length > 1 ? (parts[0] ?? "") : "";
    const match = /(?:^|-)(\d{1,3})$/.exec(folder);
    return { folder, ...(match ? { job: Number(match[1]) } : {}) };
}
function whoseFile(dir, path) {
    const { folder, job } = artifactOf(dir, path);
    if (folder === "")
        return "It is not in an artifact's folder under runs-dir, so no run-step job can be named.";
    const artifact = `artifact ${(0,text_cut/* clipText */.gL)(folder, 200)}`;
    return job === undefined ? `It came in ${artifact}.` : `It came in ${artifact}, from run-step job ${job}; see that job's log.`;
}
async function readRunsFileJson(path, limits = { maxBytes: MAX_RUNS_FILE_BYTES, maxContainers: MAX_RUNS_FILE_CONTAINERS }) {
    const { maxBytes, maxContainers } = limits;
    let text;
    const handle = await (0,promises_.open)(path, "r");
    try {
        const { size } = await handle.stat();
        if (size > maxBytes)
            throw new Error(`it is ${size} bytes, more than the ${maxBytes} a run-step job writes; it was not read.`);
        const bytes = Buffer.alloc(size);
        let read = 0;
        while (read < size) {
            const { bytesRead } = await handle.read(bytes, read, size - read, read);
            if (bytesRead === 0)
                break;
            read += bytesRead;
        }
        text = bytes.toString("utf8", 0, read);
    }
    finally {
        await handle.close();
    }
    const shape = shapeProblem(text, maxContainers);
    if (shape)
        throw new Error(`it ${shape}, more than a run-step job writes; it was not parsed.`);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new Error(`it is not JSON (${(0,text_cut/* clipText */.gL)(error.message, 200)}).`);
    }
}
function shapeProblem(text, maxContainers) {
    const shape = (0,json_shape/* jsonShape */.S)(text, { maxDepth: MAX_RUNS_FILE_DEPTH, maxContainers });
    if (shape.ok)
        return undefined;
    return shape.exceeded === "depth" ? `nests deeper than ${MAX_RUNS_FILE_DEPTH} levels` : `holds more than ${maxContainers} objects and arrays`;
}
function runsFileTooLarge(text) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > MAX_RUNS_FILE_BYTES)
        return `is ${bytes} bytes, more than the ${MAX_RUNS_FILE_BYTES} the report job reads`;
    const shape = shapeProblem(text, MAX_RUNS_FILE_CONTAINERS);
    return shape === undefined ? undefined : `${shape}, more than the report job reads`;
}

// EXTERNAL MODULE: ./.build/engine/dispatch-types.js
var dispatch_types = __webpack_require__(63103);
// EXTERNAL MODULE: ./.build/engine/ids.js
var ids = __webpack_require__(86683);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __webpack_require__(39709);
// EXTERNAL MODULE: ./.build/action/inputs.js + 1 modules
var inputs = __webpack_require__(39669);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
;// CONCATENATED MODULE: ./.build/action/scale-out.js
















const MAX_MATRIX_JOBS = 256;
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
const JOB_STEPS_LIMIT_BYTES = 96 * 1024;
function jobStepsOf(matrix, eventId) {
    const jobs = [];
    for (const entry of matrix.include)
        jobs[entry.index] = readStepSelection(entry.steps).map(({ flow, step }) => (0,ids/* runIdFor */.q)(eventId, flow, step));
    const text = JSON.stringify(Array.from(jobs, (ids) => ids ?? []));
    return Buffer.byteLength(text, "utf8") > JOB_STEPS_LIMIT_BYTES ? "" : text;
}
function readJobSteps(text) {
    const value = text.trim();
    if (value === "")
        return {};
    const warn = (why) => ({
        problem: {
            severity: "warning",
            file: 'input "job-steps"',
            message: `Input "job-steps" ${why}, so the report job could not check that each run-step job reported only the steps it was given. Pass the plan job's output: job-steps: \${{ needs.plan.outputs.job-steps }}.`,
        },
    });
    const bytes = Buffer.byteLength(value, "utf8");
    if (bytes > JOB_STEPS_LIMIT_BYTES)
        return warn(`is ${bytes} bytes, more than the ${JOB_STEPS_LIMIT_BYTES} a plan job writes`);
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        return warn("is not JSON");
    }
    try {
        return { jobs: (0,contract_errors/* checkContract */.nb)(job_steps/* validateJobSteps */.H, parsed, "job-steps.schema.json").map((ids) => new Set(ids)) };
    }
    catch (error) {
        return warn(`is not what a plan job writes (${error.message})`);
    }
}
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
        throw new inputs/* ActionInputError */.VA('Input "steps" must be the JSON list a plan job wrote, like [{"flow":"bindings","step":"regenerate"}]; pass ${{ matrix.steps }}.');
    }
    return parsed;
}
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
    const text = `${JSON.stringify(redact/* redactor */.$p.redactValue(toRunsFile(outcome)))}\n`;
    await (0,promises_.writeFile)(path, text);
    return runsFileTooLarge(text);
}
function toRunsFile(outcome) {
    const requestedBy = outcome.requestedBy === undefined ? {} : { requestedBy: outcome.requestedBy };
    return { version: 1, event: outcome.event, ...requestedBy, runs: outcome.runs, children: outcome.children.map(toRunsFile) };
}
const CHILD_LIMITS = { fileCount: dispatch_types/* DEFAULT_MAX_RUNS */._, fileBytes: 16 * 1024 * 1024, reportCount: 2000, reportBytes: 64 * 1024 * 1024 };
async function readRunsDir(dir, { jobsPlanned = true, event, jobs, limits = CHILD_LIMITS } = {}) {
    const files = [];
    const problems = [];
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
    const left = { count: limits.reportCount, bytes: limits.reportBytes };
    for (const path of await jsonFiles(dir)) {
        let file;
        try {
            file = checkRunsFile(await readRunsFileJson(path), event?.id);
            if (jobs) {
                const index = jobIndexOf(dir, path, jobs);
                file = ownRuns(file, index, jobs[index], path, problems);
            }
        }
        catch (error) {
            problems.push({ severity: "error", file: path, message: `${problem_places/* RUNS_FILE_PROBLEM */.GZ}${error.message} ${whoseFile(dir, path)}` });
            continue;
        }
        file = { ...file, children: linkedChildren(file, { path, job: artifactOf(dir, path).job, problems }) };
        files.push({ ...file, ...(event ? { event } : {}), children: boundedChildren(file.children, path, limits, left, problems) });
    }
    return { files, problems };
}
function jobIndexOf(dir, path, jobs) {
    const { folder, job: index } = artifactOf(dir, path);
    if (index === undefined || folder === "") {
        throw new Error(`its folder ${(0,text_cut/* clipText */.gL)(folder || (0,external_node_path_.relative)(dir, path), 200)} does not say which run-step job uploaded it, so none of its runs could be checked as that job's and none was used. Name each run-step job's artifact so that it ends in the job's index, as flows.yml does (flows-runs-<call-id>-<run attempt>-\${{ strategy.job-index }}), and download each into its own folder.`);
    }
    if (index >= jobs.length)
        throw new Error(`it was uploaded by run-step job ${index} (its folder ${(0,text_cut/* clipText */.gL)(folder, 200)}), but the plan gave steps to ${jobs.length} job${jobs.length === 1 ? "" : "s"} only, so none of its runs was used.`);
    return index;
}
function ownRuns(file, index, given, path, problems) {
    const own = (run) => given.has(run.id);
    const refused = file.runs.filter((run) => !own(run));
    if (refused.length === 0)
        return file;
    const named = refused
        .slice(0, 10)
        .map((run) => `${(0,text_cut/* clipText */.gL)(run.flowName, 200)}/${(0,text_cut/* clipText */.gL)(run.stepName, 200)} (${run.id})`)
        .join(", ");
    problems.push({
        severity: "error",
        file: path,
        message: `${problem_places/* RUNS_FILE_RUNS_REFUSED */.gi}run-step job ${index} reported ${refused.length} run${refused.length === 1 ? "" : "s"} of steps the plan did not give it: ${named}${refused.length > 10 ? `, and ${refused.length - 10} more` : ""}. They were not used; each step is reported from the job the plan gave it. See job ${index}'s log.`,
    });
    return { ...file, runs: file.runs.filter(own) };
}
function boundedChildren(children, path, limits, left, problems) {
    const file = { count: limits.fileCount, bytes: limits.fileBytes };
    const dropped = { events: 0, runs: 0, byFile: false };
    const drop = (child) => {
        dropped.events += 1;
        dropped.runs += child.runs.length;
        for (const grandchild of child.children)
            drop(grandchild);
    };
    const keep = (list) => {
        const kept = [];
        for (const child of list) {
            const counted = file.count >= 1 && left.count >= 1;
            const bytes = counted ? Buffer.byteLength(JSON.stringify({ event: child.event, runs: child.runs }), "utf8") : 0;
            if (!counted || file.bytes < bytes || left.bytes < bytes) {
                dropped.byFile ||= file.count < 1 || file.bytes < bytes;
                drop(child);
                continue;
            }
            file.count -= 1;
            file.bytes -= bytes;
            left.count -= 1;
            left.bytes -= bytes;
            kept.push({ ...child, children: keep(child.children) });
        }
        return kept;
    };
    const kept = keep(children);
    if (dropped.events > 0) {
        const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
        const cap = dropped.byFile
            ? `a runs file's cap of ${plural(limits.fileCount, "child event")} and ${limits.fileBytes} bytes of them (a run-step job dispatches at most ${dispatch_types/* DEFAULT_MAX_RUNS */._} next events)`
            : `the report's cap of ${plural(limits.reportCount, "child event")} and ${limits.reportBytes} bytes of them over all runs files`;
        problems.push({
            severity: "error",
            file: path,
            message: `${problem_places/* RUNS_FILE_CHILDREN_CUT */.ZX}${plural(dropped.events, "child event")} (the events its steps led to with next), holding ${plural(dropped.runs, "run")}, were past ${cap}, and are not reported. The run-step job's log lists them.`,
        });
    }
    return kept;
}
function mergeRuns(event, files, order, now) {
    const record = files
        .filter((file) => file.event.id === event.id)
        .map((file) => ({ formatVersion: types/* RECORD_FORMAT_VERSION */.Z, event, runs: file.runs, firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 }))
        .reduce(state_record.mergeEventRecords, { formatVersion: types/* RECORD_FORMAT_VERSION */.Z, event, runs: [], firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
    const byId = new Map(record.runs.map((run) => [run.id, run]));
    return order.map((id) => byId.get(id)).filter((run) => run !== undefined);
}
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
function checkRunsFile(value, eventId) {
    const file = (0,contract_errors/* checkContract */.nb)(runs_file/* validateRunsFile */.t, value, "runs-file.schema.json");
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


/***/ }),

/***/ 86519:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ validateJobSteps)
/* harmony export */ });

const validateJobSteps = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/job-steps.schema.json", "title": "JobSteps", "description": "The reusable workflow's plan job → report job (the job-steps output and input): for each run-step job, by its matrix index (strategy.job-index), the run ids of the steps the plan gave it. The report job uses from a job's runs file only the runs of those steps. Ids only, so the runner never drops it as holding a secret.", "type": "array", "maxItems": 256, "items": { "type": "array", "items": { "type": "string", "pattern": "^run_[0-9a-f]{12}$" } } };
const pattern0 = new RegExp("^run_[0-9a-f]{12}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length > 256) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 256 }, message: "must NOT have more than 256 items" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            if (Array.isArray(data0)) {
                const len1 = data0.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data1 = data0[i1];
                    if (typeof data1 === "string") {
                        if (!pattern0.test(data1)) {
                            const err1 = { instancePath: instancePath + "/" + i0 + "/" + i1, schemaPath: "#/items/items/pattern", keyword: "pattern", params: { pattern: "^run_[0-9a-f]{12}$" }, message: "must match pattern \"" + "^run_[0-9a-f]{12}$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err2 = { instancePath: instancePath + "/" + i0 + "/" + i1, schemaPath: "#/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/items/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
    }
    else {
        const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}


/***/ }),

/***/ 14085:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.t1)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ })

};
