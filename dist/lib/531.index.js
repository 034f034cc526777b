export const id = 531;
export const ids = [531];
export const modules = {

/***/ 9531:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HANDOVER_ARTIFACT: () => (/* binding */ HANDOVER_ARTIFACT),
  HANDOVER_FILE: () => (/* binding */ HANDOVER_FILE),
  HANDOVER_MODES: () => (/* reexport */ modes/* HANDOVER_MODES */.Ln),
  HANDOVER_VERSION: () => (/* reexport */ HANDOVER_VERSION),
  HandoverError: () => (/* reexport */ HandoverError),
  MAX_HANDOVER_FILE_BYTES: () => (/* binding */ MAX_HANDOVER_FILE_BYTES),
  MAX_HANDOVER_ZIP_BYTES: () => (/* binding */ MAX_HANDOVER_ZIP_BYTES),
  UNTRUSTED_NOTE: () => (/* binding */ UNTRUSTED_NOTE),
  downloadHandover: () => (/* binding */ downloadHandover),
  handoverAction: () => (/* reexport */ modes/* handoverAction */.qe),
  handoverFromOutcome: () => (/* binding */ handoverFromOutcome),
  parseHandover: () => (/* reexport */ parseHandover),
  publishHandover: () => (/* binding */ publishHandover),
  triggeringRun: () => (/* binding */ triggeringRun),
  uploadHandover: () => (/* binding */ uploadHandover),
  writeHandover: () => (/* binding */ writeHandover)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/events/fields.js
var fields = __webpack_require__(45785);
// EXTERNAL MODULE: ./.build/github/repository.js
var github_repository = __webpack_require__(68890);
;// CONCATENATED MODULE: ./.build/github/artifacts.js

/** The newest artifact with this name in a workflow run, if any. */
async function findRunArtifact(client, options) {
    const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        ...(0,github_repository/* repositoryRef */.Wb)(options.repository),
        run_id: options.runId,
        name: options.name,
        per_page: 100,
    });
    const found = artifacts
        .filter((artifact) => artifact.name === options.name)
        .sort((a, b) => b.id - a.id)[0];
    if (!found)
        return undefined;
    return {
        id: found.id,
        name: found.name,
        sizeInBytes: found.size_in_bytes,
        expired: found.expired,
        ...(found.created_at ? { createdAt: found.created_at } : {}),
    };
}
/** The artifact's zip archive. GitHub answers with a redirect to storage, which fetch follows. */
async function downloadArtifactZip(client, options) {
    const response = await client.rest.actions.downloadArtifact({
        ...(0,github_repository/* repositoryRef */.Wb)(options.repository),
        artifact_id: options.artifactId,
        archive_format: "zip",
    });
    const data = response.data;
    if (data instanceof ArrayBuffer)
        return new Uint8Array(data);
    if (ArrayBuffer.isView(data))
        return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw new Error(`Downloading artifact ${options.artifactId} gave ${typeof data}, not the bytes of a zip archive.`);
}

// EXTERNAL MODULE: ./.build/github/errors.js
var errors = __webpack_require__(43781);
// EXTERNAL MODULE: ./.build/github/permissions.js
var permissions = __webpack_require__(85020);
// EXTERNAL MODULE: ./.build/github/pulls.js
var pulls = __webpack_require__(94152);
// EXTERNAL MODULE: ./.build/report/github-reporter.js + 10 modules
var github_reporter = __webpack_require__(69075);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/report/checks-commit.js + 1 modules
var checks_commit = __webpack_require__(29050);
// EXTERNAL MODULE: ./.build/report/comment-pulls.js
var comment_pulls = __webpack_require__(27469);
;// CONCATENATED MODULE: ./.build/report/handover-validate.js
// A handover file comes from the pull request's own job: whoever opened the pull request
// controls what it says. Every field is checked for type and size, counts are capped, derived
// fields (effectiveStatus, needsAttention) are recomputed, unknown keys are dropped, and the
// repository and commit must be the ones the trusted workflow_run event names.





const HANDOVER_VERSION = 1;
const HANDOVER_LIMITS = {
    runs: 500,
    pullRequests: 10,
    problems: 500,
    attempts: 50,
    /** flow, step and file names, ids of runs and attempts */
    name: 200,
    eventId: 1024,
    /** output tail, error */
    text: 64 * 1024,
    /** FLOW_RESULT serialized */
    result: 256 * 1024,
    /** event payload serialized */
    payload: 64 * 1024,
    time: 64,
};
class HandoverError extends Error {
    field;
    name = "HandoverError";
    constructor(message, field) {
        super(message);
        this.field = field;
    }
}
/** The handover, checked; throws HandoverError naming the first field that is wrong. */
function parseHandover(value, expected) {
    const root = object(value, "the file");
    if (root.version !== HANDOVER_VERSION)
        fail("version", `must be ${HANDOVER_VERSION} (got ${describe(root.version)})`);
    const repository = handover_validate_text(root.repository, "repository", HANDOVER_LIMITS.name);
    if (!(0,github_repository/* sameRepository */.RB)(repository, expected.repository)) {
        fail("repository", `is "${clip(repository)}", but this workflow runs in ${expected.repository}; a handover is only published to its own repository`);
    }
    const headSha = handover_validate_text(root.headSha, "headSha", 64).toLowerCase();
    if (!(0,checks_commit.validSha)(headSha))
        fail("headSha", "must be a 40- or 64-character hex commit SHA");
    if (headSha !== expected.headSha.toLowerCase()) {
        fail("headSha", `is ${headSha}, but the workflow run that uploaded it was for ${expected.headSha}`);
    }
    const prs = list(root.prNumbers, "prNumbers", HANDOVER_LIMITS.pullRequests);
    const prNumbers = (0,comment_pulls.pullRequestNumbers)(prs);
    if (prNumbers.length !== prs.length)
        fail("prNumbers", "must hold distinct positive whole numbers");
    const event = flowEvent(root.event);
    if (expected.eventKind && (0,checks_commit.eventKind)(event) !== expected.eventKind) {
        fail("event.type", `is "${clip(event.type)}", but the uploading workflow ran for a ${expected.eventKind} event`);
    }
    const runs = list(root.runs, "runs", HANDOVER_LIMITS.runs).map((item, i) => runView(item, `runs[${i}]`));
    const ids = new Set();
    for (const [i, run] of runs.entries()) {
        if (ids.has(run.id))
            fail(`runs[${i}].id`, `repeats "${clip(run.id)}"`);
        ids.add(run.id);
    }
    const handover = { version: HANDOVER_VERSION, repository, event, headSha, prNumbers, runs };
    if (root.problems !== undefined) {
        handover.problems = list(root.problems, "problems", HANDOVER_LIMITS.problems).map((item, i) => problem(item, `problems[${i}]`));
    }
    return handover;
}
function flowEvent(value) {
    const raw = object(value, "event");
    const type = handover_validate_text(raw.type, "event.type", HANDOVER_LIMITS.name);
    if (!/^[A-Za-z0-9_.:/-]+$/.test(type))
        fail("event.type", "may only hold letters, digits and _ . : / -");
    const payload = object(raw.payload ?? {}, "event.payload");
    if (JSON.stringify(payload).length > HANDOVER_LIMITS.payload)
        fail("event.payload", `is over ${HANDOVER_LIMITS.payload} bytes`);
    const event = {
        id: handover_validate_text(raw.id, "event.id", HANDOVER_LIMITS.eventId),
        type,
        receivedAt: handover_validate_text(raw.receivedAt, "event.receivedAt", HANDOVER_LIMITS.time),
        payload,
    };
    const source = optionalText(raw.source, "event.source", HANDOVER_LIMITS.name);
    if (source !== undefined)
        event.source = source;
    const occurredAt = optionalText(raw.occurredAt, "event.occurredAt", HANDOVER_LIMITS.time);
    if (occurredAt !== undefined)
        event.occurredAt = occurredAt;
    return event;
}
function runView(value, at) {
    const raw = object(value, at);
    const processStatus = oneOf(raw.processStatus, `${at}.processStatus`, contracts/* PROCESS_STATUSES */.Ne);
    const resultStatus = raw.resultStatus === undefined ? undefined : oneOf(raw.resultStatus, `${at}.resultStatus`, contracts/* FLOW_RESULT_STATUSES */.WL);
    const effectiveStatus = (0,contracts/* effectiveStatusOf */.Z2)({ processStatus, ...(resultStatus ? { resultStatus } : {}) });
    const attempts = list(raw.attempts, `${at}.attempts`, HANDOVER_LIMITS.attempts).map((item, i) => attempt(item, `${at}.attempts[${i}]`));
    const view = {
        id: handover_validate_text(raw.id, `${at}.id`, HANDOVER_LIMITS.name),
        eventId: handover_validate_text(raw.eventId, `${at}.eventId`, HANDOVER_LIMITS.eventId),
        flowName: handover_validate_text(raw.flowName, `${at}.flowName`, HANDOVER_LIMITS.name),
        flowVersion: finite(raw.flowVersion, `${at}.flowVersion`),
        stepName: handover_validate_text(raw.stepName, `${at}.stepName`, HANDOVER_LIMITS.name),
        runner: oneOf(raw.runner, `${at}.runner`, ["bun", "code-mode"]),
        processStatus,
        effectiveStatus,
        needsAttention: (0,contracts/* needsAttentionFor */.XM)(effectiveStatus),
        attempts,
        createdAt: handover_validate_text(raw.createdAt, `${at}.createdAt`, HANDOVER_LIMITS.time),
        updatedAt: handover_validate_text(raw.updatedAt, `${at}.updatedAt`, HANDOVER_LIMITS.time),
    };
    if (resultStatus)
        view.resultStatus = resultStatus;
    const optional = {
        output: optionalText(raw.output, `${at}.output`, HANDOVER_LIMITS.text, true),
        error: optionalText(raw.error, `${at}.error`, HANDOVER_LIMITS.text, true),
        startedAt: optionalText(raw.startedAt, `${at}.startedAt`, HANDOVER_LIMITS.time),
        completedAt: optionalText(raw.completedAt, `${at}.completedAt`, HANDOVER_LIMITS.time),
    };
    for (const [key, item] of Object.entries(optional))
        if (item !== undefined)
            Object.assign(view, { [key]: item });
    if (raw.durationMs !== undefined)
        view.durationMs = Math.max(0, finite(raw.durationMs, `${at}.durationMs`));
    for (const flag of ["timedOut", "replay", "alreadyHandled"]) {
        if (raw[flag] !== undefined)
            view[flag] = bool(raw[flag], `${at}.${flag}`);
    }
    if (raw.resultPayload !== undefined)
        view.resultPayload = flowResult(raw.resultPayload, `${at}.resultPayload`);
    return view;
}
function attempt(value, at) {
    const raw = object(value, at);
    const number = finite(raw.number, `${at}.number`);
    if (!Number.isSafeInteger(number) || number < 1)
        fail(`${at}.number`, "must be a whole number from 1");
    const item = {
        id: handover_validate_text(raw.id, `${at}.id`, HANDOVER_LIMITS.name),
        number,
        status: oneOf(raw.status, `${at}.status`, contracts/* PROCESS_STATUSES */.Ne),
    };
    if (raw.resultStatus !== undefined)
        item.resultStatus = oneOf(raw.resultStatus, `${at}.resultStatus`, contracts/* FLOW_RESULT_STATUSES */.WL);
    const startedAt = optionalText(raw.startedAt, `${at}.startedAt`, HANDOVER_LIMITS.time);
    if (startedAt !== undefined)
        item.startedAt = startedAt;
    const completedAt = optionalText(raw.completedAt, `${at}.completedAt`, HANDOVER_LIMITS.time);
    if (completedAt !== undefined)
        item.completedAt = completedAt;
    const error = optionalText(raw.error, `${at}.error`, HANDOVER_LIMITS.text, true);
    if (error !== undefined)
        item.error = error;
    for (const flag of ["timedOut", "replay"])
        if (raw[flag] !== undefined)
            item[flag] = bool(raw[flag], `${at}.${flag}`);
    return item;
}
// The result is shown (escaped) in check runs; its annotations are checked one by one later.
function flowResult(value, at) {
    const raw = object(value, at);
    oneOf(raw.status, `${at}.status`, contracts/* FLOW_RESULT_STATUSES */.WL);
    if (JSON.stringify(raw).length > HANDOVER_LIMITS.result)
        fail(at, `is over ${HANDOVER_LIMITS.result} bytes`);
    if (raw.message !== undefined)
        handover_validate_text(raw.message, `${at}.message`, HANDOVER_LIMITS.text, true);
    return raw;
}
function problem(value, at) {
    const raw = object(value, at);
    const item = {
        severity: oneOf(raw.severity, `${at}.severity`, ["error", "warning"]),
        file: handover_validate_text(raw.file, `${at}.file`, 1024),
        message: handover_validate_text(raw.message, `${at}.message`, 8 * 1024, true),
    };
    for (const key of ["line", "column"]) {
        if (raw[key] === undefined)
            continue;
        const n = finite(raw[key], `${at}.${key}`);
        if (!Number.isSafeInteger(n) || n < 1)
            fail(`${at}.${key}`, "must be a whole number from 1");
        item[key] = n;
    }
    return item;
}
function fail(field, problem) {
    throw new HandoverError(`The flows-report handover was refused: ${field} ${problem}. It was written by the pull request's own job, which is untrusted, so nothing was published.`, field);
}
function object(value, at) {
    if (!(0,fields/* isObject */.Gv)(value))
        fail(at, `must be a JSON object (got ${describe(value)})`);
    return value;
}
function list(value, at, max) {
    if (!Array.isArray(value))
        fail(at, `must be an array (got ${describe(value)})`);
    if (value.length > max)
        fail(at, `has ${value.length} items; at most ${max} are accepted`);
    return value;
}
function handover_validate_text(value, at, max, multiline = false) {
    if (typeof value !== "string")
        fail(at, `must be a string (got ${describe(value)})`);
    if (value.length > max)
        fail(at, `is ${value.length} characters long; at most ${max} are accepted`);
    // Output tails keep their escape sequences (colours): they are only ever shown inside code
    // blocks. Names and ids, which end up in titles and messages, must be one clean line.
    const control = multiline ? /\u0000/ : /[\u0000-\u001f\u007f]/;
    if (control.test(value))
        fail(at, "holds control characters");
    return value;
}
function optionalText(value, at, max, multiline = false) {
    return value === undefined ? undefined : handover_validate_text(value, at, max, multiline);
}
function finite(value, at) {
    if (typeof value !== "number" || !Number.isFinite(value))
        fail(at, `must be a number (got ${describe(value)})`);
    return value;
}
function bool(value, at) {
    if (typeof value !== "boolean")
        fail(at, `must be true or false (got ${describe(value)})`);
    return value;
}
function oneOf(value, at, allowed) {
    if (typeof value !== "string" || !allowed.includes(value))
        fail(at, `must be one of ${allowed.join(", ")} (got ${describe(value)})`);
    return value;
}
function describe(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string")
        return `"${clip(value)}"`;
    return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
/** Untrusted text quoted in a message: short, one line. */
function clip(value) {
    const line = value.replace(/[\u0000-\u001f\u007f]/g, " ");
    return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./.build/report/handover-zip.js
// Reads one file out of a zip archive in memory, refusing what a hostile archive could use:
// encryption, zip64, sizes over the caller's limit (a zip bomb stops at `maxBytes` while
// inflating), and anything that is not stored or deflated. Nothing is written to disk, so
// entry names cannot escape a folder. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;
class ZipReadError extends Error {
    name = "ZipReadError";
}
/** The bytes of the entry called `name`, or undefined when the archive has none. */
function readZipEntry(zip, name, maxBytes) {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const end = findEnd(view);
    const entries = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    for (let i = 0; i < entries; i++) {
        need(view, offset, 46);
        if (view.getUint32(offset, true) !== CENTRAL_FILE_HEADER)
            throw new ZipReadError("the zip's central directory is damaged");
        const flags = view.getUint16(offset + 8, true);
        const method = view.getUint16(offset + 10, true);
        const compressedSize = view.getUint32(offset + 20, true);
        const size = view.getUint32(offset + 24, true);
        const nameLength = view.getUint16(offset + 28, true);
        const extraLength = view.getUint16(offset + 30, true);
        const commentLength = view.getUint16(offset + 32, true);
        const localOffset = view.getUint32(offset + 42, true);
        need(view, offset + 46, nameLength);
        const entryName = Buffer.from(zip.subarray(offset + 46, offset + 46 + nameLength)).toString("utf8");
        offset += 46 + nameLength + extraLength + commentLength;
        if (entryName !== name)
            continue;
        if (flags & 0x1)
            throw new ZipReadError(`${name} is encrypted`);
        if (size === 0xffffffff || compressedSize === 0xffffffff)
            throw new ZipReadError(`${name} uses zip64, which is not accepted here`);
        if (size > maxBytes)
            throw new ZipReadError(`${name} is ${size} bytes unpacked; at most ${maxBytes} are accepted`);
        return entryData(zip, view, { localOffset, method, compressedSize, size, maxBytes, name });
    }
    return undefined;
}
function entryData(zip, view, entry) {
    need(view, entry.localOffset, 30);
    if (view.getUint32(entry.localOffset, true) !== LOCAL_FILE_HEADER)
        throw new ZipReadError(`${entry.name}'s local header is damaged`);
    const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
    need(view, start, entry.compressedSize);
    const data = zip.subarray(start, start + entry.compressedSize);
    if (entry.method === 0)
        return data.subarray(0, Math.min(data.length, entry.maxBytes));
    if (entry.method !== 8)
        throw new ZipReadError(`${entry.name} is packed with method ${entry.method}; only stored and deflated entries are read`);
    try {
        return (0,external_node_zlib_.inflateRawSync)(data, { maxOutputLength: entry.maxBytes });
    }
    catch (error) {
        throw new ZipReadError(`${entry.name} does not inflate within ${entry.maxBytes} bytes: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function findEnd(view) {
    const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT);
    for (let at = view.byteLength - 22; at >= lowest; at--) {
        if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    throw new ZipReadError("this is not a zip archive (no end of central directory)");
}
function need(view, offset, length) {
    if (offset < 0 || offset + length > view.byteLength)
        throw new ZipReadError("the zip archive is truncated");
}

// EXTERNAL MODULE: ./.build/report/markdown.js
var markdown = __webpack_require__(54348);
// EXTERNAL MODULE: ./.build/report/summary.js
var summary = __webpack_require__(54681);
// EXTERNAL MODULE: ./.build/report/modes.js
var modes = __webpack_require__(18657);
;// CONCATENATED MODULE: ./.build/report/handover.js
// The fork pull request pattern. A pull_request job from a fork gets a read-only
// GITHUB_TOKEN, so it cannot write check runs or comments. It writes what happened to a
// handover file and uploads it as the artifact `flows-report`; a `workflow_run` job of the
// base repository, which has write permissions and never runs the pull request's code,
// downloads it, checks every field, and publishes through the same reporter.
// docs/pull-requests.md shows both workflows.













const HANDOVER_ARTIFACT = "flows-report";
const HANDOVER_FILE = "flows-report.json";
/** Larger archives are not downloaded; larger files are not unpacked. */
const MAX_HANDOVER_ZIP_BYTES = 8 * 1024 * 1024;
const MAX_HANDOVER_FILE_BYTES = 16 * 1024 * 1024;
const WRITE_OUTPUT_BYTES = 16 * 1024;
const UNTRUSTED_NOTE = "ℹ️ Reported by the pull request's own workflow run, which cannot write here itself: these are the results it handed over, unchanged.";

/** The handover for an outcome; `prNumbers` are checked again by the publisher. */
function handoverFromOutcome(outcome, options) {
    return {
        version: HANDOVER_VERSION,
        repository: options.repository,
        event: outcome.event,
        headSha: options.headSha,
        prNumbers: [...options.prNumbers],
        runs: (0,summary/* flatten */.Bq)(outcome).flatMap((each) => each.runs),
        problems: (0,summary/* allProblems */.Ul)(outcome),
    };
}
/**
 * Writes `<dir>/flows-report.json`, trimmed to what a publisher accepts (output tails, the
 * event without its webhook payload, capped counts), and checked by the publisher's own rules.
 */
async function writeHandover(dir, data) {
    const { github: _webhook, ...payload } = (data.event.payload ?? {});
    const trimmed = {
        ...data,
        event: { ...data.event, payload: JSON.stringify(payload).length > HANDOVER_LIMITS.payload ? {} : payload },
        prNumbers: data.prNumbers.slice(0, HANDOVER_LIMITS.pullRequests),
        runs: data.runs.slice(0, HANDOVER_LIMITS.runs).map((run) => ({
            ...run,
            attempts: run.attempts.slice(-HANDOVER_LIMITS.attempts),
            ...(run.output ? { output: tail(run.output, WRITE_OUTPUT_BYTES) } : {}),
            ...(run.error ? { error: (0,markdown/* cutToBytes */.zP)(run.error, WRITE_OUTPUT_BYTES, (n) => `… ${n} more bytes cut`) } : {}),
            ...(run.resultPayload && JSON.stringify(run.resultPayload).length > HANDOVER_LIMITS.result
                ? { resultPayload: { status: run.resultPayload.status, message: `${String(run.resultPayload.message ?? "").slice(0, 4096)} (FLOW_RESULT cut: too large to hand over)` } }
                : {}),
        })),
        ...(data.problems ? { problems: data.problems.slice(0, HANDOVER_LIMITS.problems) } : {}),
    };
    parseHandover(trimmed, { repository: data.repository, headSha: data.headSha });
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, HANDOVER_FILE);
    await (0,promises_.writeFile)(file, `${JSON.stringify(trimmed)}\n`);
    return file;
}
/** Uploads the handover file as the artifact `flows-report` of this workflow run. */
async function uploadHandover(options) {
    const client = options.artifactClient ?? new (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(251), __webpack_require__.e(351), __webpack_require__.e(838), __webpack_require__.e(252)]).then(__webpack_require__.bind(__webpack_require__, 91252))).DefaultArtifactClient();
    return client.uploadArtifact(options.name ?? HANDOVER_ARTIFACT, [options.file], options.rootDirectory, {
        retentionDays: options.retentionDays ?? 7,
    });
}
function triggeringRun(event) {
    if (!event.type.startsWith("workflow_run"))
        return undefined;
    const id = (0,fields/* numberAt */.tk)(event.payload, "id");
    const headSha = (0,fields/* stringAt */.bX)(event.payload, "headSha");
    const kind = (0,fields/* stringAt */.bX)(event.payload, "event");
    return id !== undefined && headSha ? { id, headSha, ...(kind ? { event: kind } : {}) } : undefined;
}
/** The handover file's parsed JSON from a run's artifact; undefined when the run has none. */
async function downloadHandover(client, options) {
    const name = options.name ?? HANDOVER_ARTIFACT;
    const artifact = await findRunArtifact(client, { repository: options.repository, runId: options.runId, name });
    if (!artifact)
        return undefined;
    if (artifact.expired)
        throw new HandoverError(`The ${name} artifact of run ${options.runId} has expired; re-run that workflow to publish its results.`);
    if (artifact.sizeInBytes > MAX_HANDOVER_ZIP_BYTES) {
        throw new HandoverError(`The ${name} artifact is ${artifact.sizeInBytes} bytes; at most ${MAX_HANDOVER_ZIP_BYTES} are downloaded.`);
    }
    const zip = await downloadArtifactZip(client, { repository: options.repository, artifactId: artifact.id });
    if (zip.byteLength > MAX_HANDOVER_ZIP_BYTES)
        throw new HandoverError(`The ${name} archive is over ${MAX_HANDOVER_ZIP_BYTES} bytes.`);
    let bytes;
    try {
        bytes = readZipEntry(zip, HANDOVER_FILE, MAX_HANDOVER_FILE_BYTES);
    }
    catch (error) {
        if (error instanceof ZipReadError)
            throw new HandoverError(`The ${name} artifact is not a usable archive: ${error.message}.`);
        throw error;
    }
    if (!bytes)
        throw new HandoverError(`The ${name} artifact has no ${HANDOVER_FILE}.`);
    try {
        return JSON.parse(Buffer.from(bytes).toString("utf8"));
    }
    catch {
        throw new HandoverError(`${HANDOVER_FILE} in the ${name} artifact is not valid JSON.`);
    }
}
/** Downloads, checks and publishes the handover of the run that triggered this workflow_run. */
async function publishHandover(options) {
    const { client, repository, workflowRun, io } = options;
    const nothing = (warning) => {
        if (warning)
            io.warning(warning);
        return { published: false, checkRuns: 0, commentUrls: [], warnings: warning ? [warning] : [] };
    };
    let handover;
    try {
        const raw = await downloadHandover(client, { repository, runId: workflowRun.id, ...(options.artifactName ? { name: options.artifactName } : {}) });
        if (raw === undefined) {
            io.info(`flows-action: run ${workflowRun.id} uploaded no ${options.artifactName ?? HANDOVER_ARTIFACT} artifact; nothing to publish.`);
            return nothing();
        }
        handover = parseHandover(raw, {
            repository,
            headSha: workflowRun.headSha,
            ...(workflowRun.event ? { eventKind: workflowRun.event } : {}),
        });
    }
    catch (error) {
        if (error instanceof HandoverError)
            return nothing(error.message);
        return nothing((0,permissions/* explainFailure */.SP)({ feature: "handover", what: `download the handover of run ${workflowRun.id}`, failure: (0,errors/* apiFailure */.tF)(error) }));
    }
    const pullRequests = await verifiedPullRequests(options, handover);
    const outcome = {
        status: "accepted",
        eventId: handover.event.id,
        runIds: handover.runs.map((run) => run.id),
        matched: handover.runs.length,
        event: handover.event,
        runs: handover.runs,
        mismatches: [],
        problems: handover.problems ?? [],
        shadowed: [],
        children: [],
        dryRun: false,
    };
    const reporter = (0,github_reporter.createGitHubReporter)({
        client,
        repository,
        event: handover.event,
        headSha: workflowRun.headSha,
        checks: options.checks,
        comment: options.comment,
        io,
        pullRequests,
        note: UNTRUSTED_NOTE,
        ...pick(options, ["runUrl", "summaryUrl", "commentKey", "botLogin", "retryDelayMs"]),
    });
    return { ...(await reporter.finish(outcome)), published: true, handover };
}
// The file names pull requests; only those whose head really is this commit (per the API)
// get the comment, so a handover cannot post on somebody else's pull request.
async function verifiedPullRequests(options, handover) {
    const verified = [];
    for (const number of handover.prNumbers) {
        try {
            const pull = await (0,pulls/* pullRequest */.V)(options.client, { repository: options.repository, number });
            if (pull && pull.headSha.toLowerCase() === options.workflowRun.headSha.toLowerCase())
                verified.push(number);
            else
                options.io.info(`flows-action: pull request #${number} named by the handover does not have head ${options.workflowRun.headSha}; not commenting there.`);
        }
        catch (error) {
            options.io.warning((0,permissions/* explainFailure */.SP)({ feature: "comment", what: `look up pull request #${number}`, failure: (0,errors/* apiFailure */.tF)(error) }));
        }
    }
    return verified;
}
function tail(text, maxBytes) {
    const bytes = Buffer.from(text, "utf8");
    if (bytes.length <= maxBytes)
        return text;
    return `… ${bytes.length - maxBytes} bytes cut …\n${bytes.subarray(bytes.length - maxBytes).toString("utf8").replace(/^\uFFFD/, "")}`;
}
function pick(source, keys) {
    const picked = {};
    for (const key of keys)
        if (source[key] !== undefined)
            picked[key] = source[key];
    return picked;
}


/***/ })

};
