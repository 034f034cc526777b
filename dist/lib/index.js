import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 51704:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ ByteGroup)
/* harmony export */ });
/**
 * Bytes gathered piece by piece into one buffer, grown only for a larger whole, then taken as
 * text and emptied: the group of array elements the big-event reader (events/event-file.ts) and
 * the record writer (state/event-text.ts) parse at a time, without a buffer per piece.
 */
class ByteGroup {
    #buffer;
    #length = 0;
    constructor(initialBytes) {
        this.#buffer = Buffer.allocUnsafe(initialBytes);
    }
    get length() {
        return this.#length;
    }
    add(bytes) {
        if (this.#length + bytes.length > this.#buffer.length) {
            const larger = Buffer.allocUnsafe(Math.max(2 * this.#buffer.length, this.#length + bytes.length));
            this.#buffer.copy(larger, 0, 0, this.#length);
            this.#buffer = larger;
        }
        this.#buffer.set(bytes, this.#length);
        this.#length += bytes.length;
    }
    /** The bytes as UTF-8 text; the group is empty after. */
    take() {
        const text = this.#buffer.toString("utf8", 0, this.#length);
        this.#length = 0;
        return text;
    }
}


/***/ }),

/***/ 58534:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ isRepositoryUrl),
/* harmony export */   Iy: () => (/* binding */ openCliStore),
/* harmony export */   Ps: () => (/* binding */ cliStateDirSetting),
/* harmony export */   wp: () => (/* binding */ closeCliStore)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(41488);


const STATE_KINDS = ["file", "branch", "artifact", "none"];
/** The store from --state: file (default), branch (--repo path or URL, --branch), artifact (read) or none. */
async function openCliStore(values, repoRoot, env) {
    const kind = values.state ?? "file";
    if (!STATE_KINDS.includes(kind))
        throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--state must be file, branch, artifact or none; got "${kind}".`);
    const [{ createStateStore }, { defaultStateDir }] = await Promise.all([Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 3974)), Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 78404))]);
    if (kind === "file") {
        const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(values["state-dir"] ?? defaultStateDir(repoRoot));
        return { store: await createStateStore({ kind, dir, dirSetting: cliStateDirSetting(values["state-dir"] !== undefined) }), label: `the file store at ${dir}` };
    }
    if (kind === "branch") {
        const branch = values.branch ?? "flows-state";
        const remote = isRepositoryUrl(values.repo) ? { remoteUrl: values.repo } : { repoDir: repoRoot };
        return { store: await createStateStore({ kind, branch, ...remote }), label: `the ${branch} branch of ${values.repo ?? repoRoot}` };
    }
    if (kind === "artifact") {
        // Reading works anywhere with a token; writing needs a workflow run's ACTIONS_RUNTIME_TOKEN.
        const token = env.GITHUB_TOKEN || env.GH_TOKEN;
        const repository = values.repository ?? env.GITHUB_REPOSITORY;
        if (!token || !repository) {
            throw new _usage_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb("--state artifact reads a repository's workflow artifacts: pass --repository owner/repo and set GITHUB_TOKEN (or GH_TOKEN) with actions: read.");
        }
        const artifact = { token, repository, apiUrl: env.GITHUB_API_URL || "https://api.github.com", runId: env.GITHUB_RUN_ID || "local", runAttempt: env.GITHUB_RUN_ATTEMPT || "1" };
        return { store: await createStateStore({ kind, artifact }), label: `the workflow artifacts of ${repository}` };
    }
    return { store: await createStateStore({ kind: "none" }), label: "memory (--state none)" };
}
/** How errors about the state folder name it on the command line: --state-dir, or the default when none was given. */
function cliStateDirSetting(given) {
    return { origin: given ? "--state-dir" : "the default; no --state-dir given", change: "pass another folder as --state-dir" };
}
/** Flushes and closes the store a command opened; false when records were not saved. */
async function closeCliStore(ctx) {
    let store;
    try {
        ({ store } = await ctx.openStore());
    }
    catch {
        return true; // it never opened (the command reported why): nothing was saved to it
    }
    try {
        await store.flush();
        return true;
    }
    catch (error) {
        const { describeError } = await __nccwpck_require__.e(/* import() */ 1090).then(__nccwpck_require__.bind(__nccwpck_require__, 91090));
        ctx.err(`The state store could not be saved: ${describeError(error)}\n`);
        return false;
    }
    finally {
        await store.close?.().catch(() => undefined);
    }
}
function isRepositoryUrl(value) {
    return value !== undefined && (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || /^[\w.-]+@[\w.-]+:/.test(value));
}


/***/ }),

/***/ 41488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(31363);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99416);


/** A mistake in how `flows` was called: printed with the command's usage, exit code 2. */
class UsageError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    command;
    name = "UsageError";
    constructor(message, 
    /** The command whose usage goes with the message (none: the global usage). */
    command) {
        super(message);
        this.command = command;
    }
}
/** Exit codes of `flows`, documented in the README ("The flows command"). */
const EXIT = {
    ok: 0,
    /** A step failed, or something went wrong (a bad flow package, an unreadable file, no Bun). */
    failed: 1,
    /** The command line is wrong: unknown command or option, a missing or bad value. */
    usage: 2,
};
/** ` Did you mean "x"?` or nothing. */
function didYouMean(value, candidates, quote = (text) => `"${text}"`) {
    const match = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(value, candidates);
    return match === undefined ? "" : ` Did you mean ${quote(match)}?`;
}


/***/ }),

/***/ 20624:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FB: () => (/* binding */ fieldOfPointer),
/* harmony export */   a9: () => (/* binding */ ContractViolation),
/* harmony export */   nb: () => (/* binding */ checkContract),
/* harmony export */   sB: () => (/* binding */ firstViolation),
/* harmony export */   uv: () => (/* binding */ describeGot)
/* harmony export */ });
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99416);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75270);


const COMBINATORS = new Set(["anyOf", "oneOf", "allOf", "if", "not"]);
const TYPE_NAMES = {
    string: "a string",
    number: "a number",
    integer: "a whole number",
    boolean: "true or false",
    array: "an array",
    object: "a JSON object",
    null: "null",
};
/** A value that does not satisfy its contract: which contract, which field, and why. */
class ContractViolation extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    contract;
    field;
    reason;
    name = "ContractViolation";
    constructor(
    /** The schema file, e.g. `event-record.schema.json`. */
    contract, 
    /** The field as a path, e.g. `runs[0].attempts` ("" for the whole value). */
    field, 
    /** The sentence without the file: `runs[0].attempts must be array`. */
    reason, 
    /** The file (or branch path, artifact name) the value was read from, when known. */
    file) {
        super(reason, file === undefined ? {} : { file });
        this.contract = contract;
        this.field = field;
        this.reason = reason;
    }
}
/** `/runs/0/attempts` → `runs[0].attempts`. */
function fieldOfPointer(pointer) {
    if (pointer === "")
        return "";
    return pointer
        .slice(1)
        .split("/")
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((part, i) => (/^(0|[1-9]\d*)$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
        .join("");
}
/**
 * The error that says most (the first one not about a combinator) as a sentence about its
 * field. With the validated `root`, the sentence also shows what was found there.
 */
function firstViolation(errors, root) {
    const list = errors ?? [];
    const error = list.find((candidate) => !COMBINATORS.has(candidate.keyword)) ?? list[0];
    if (!error)
        return { field: "", reason: "the value is invalid" };
    const params = error.params;
    const value = root === undefined ? undefined : valueAt(root, error.instancePath);
    const got = root === undefined ? "" : ` (got ${describeGot(value)})`;
    let field = fieldOfPointer(error.instancePath);
    let sentence;
    switch (error.keyword) {
        case "required":
            field = field ? `${field}.${String(params.missingProperty)}` : String(params.missingProperty);
            sentence = "is missing";
            break;
        case "additionalProperties":
            field = field ? `${field}.${String(params.additionalProperty)}` : String(params.additionalProperty);
            sentence = "is not a known key; remove it or check its spelling";
            break;
        case "type":
            sentence = `must be ${String(params.type).split(",").map((type) => TYPE_NAMES[type] ?? type).join(" or ")}${got}`;
            break;
        case "enum":
            sentence = `must be one of ${params.allowedValues.map(String).join(", ")}${got}`;
            break;
        case "const":
            sentence = `must be ${JSON.stringify(params.allowedValue)}${got}`;
            break;
        case "maxLength":
            sentence = typeof value === "string" ? `is ${value.length} characters long; at most ${String(params.limit)} are accepted` : `must be at most ${String(params.limit)} characters long`;
            break;
        case "maxItems":
            sentence = Array.isArray(value) ? `has ${value.length} items; at most ${String(params.limit)} are accepted` : `must have at most ${String(params.limit)} items`;
            break;
        case "pattern":
            sentence = typeof value === "string" && /[\u0000-\u001f\u007f]/.test(value) ? "holds control characters" : `is not in an accepted form${got}`;
            break;
        default:
            sentence = `${error.message ?? "is invalid"}${got}`;
    }
    return { field, reason: `${field || "the value"} ${sentence}` };
}
function valueAt(root, pointer) {
    let value = root;
    if (pointer === "")
        return value;
    for (const part of pointer.slice(1).split("/")) {
        if (value === null || typeof value !== "object")
            return undefined;
        value = value[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return value;
}
/** A found value for "(got ...)": short, one line (it may come from an untrusted file). */
function describeGot(value) {
    if (value === null)
        return "null";
    if (value === undefined)
        return "nothing";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string") {
        const line = value.replace(/[\u0000-\u001f\u007f]/g, " ");
        return `"${(0,_text_cut_js__WEBPACK_IMPORTED_MODULE_1__/* .clipText */ .gL)(line, 60)}"`;
    }
    return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
/** The value as its contract's type, or a ContractViolation naming the field. */
function checkContract(validate, value, contract, file) {
    if (validate(value))
        return value;
    const { field, reason } = firstViolation(validate.errors, value);
    throw new ContractViolation(contract, field, reason, file);
}


/***/ }),

/***/ 40801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ne: () => (/* binding */ PROCESS_STATUSES),
/* harmony export */   WL: () => (/* binding */ FLOW_RESULT_STATUSES),
/* harmony export */   XM: () => (/* binding */ needsAttentionFor),
/* harmony export */   YC: () => (/* binding */ isFlowResultStatus),
/* harmony export */   Z2: () => (/* binding */ effectiveStatusOf)
/* harmony export */ });
// The flow contracts shared by every part of flows-action.
// Source of truth: shared/flow-contracts.md. Field names and meanings here must stay
// compatible with flow packages and run views written for the older Bun flow runtime.
const FLOW_RESULT_STATUSES = [
    "skipped",
    "completed",
    "changed",
    "needs_intervention",
    "blocked",
    "failed",
];
/** `interrupted`: the dispatcher died while the attempt ran (found by the next delivery). (Extension.) */
const PROCESS_STATUSES = ["queued", "running", "completed", "failed", "canceled", "interrupted"];
function effectiveStatusOf(run) {
    return run.resultStatus ?? run.processStatus;
}
function needsAttentionFor(status) {
    return status === "blocked" || status === "needs_intervention";
}
function isFlowResultStatus(value) {
    return typeof value === "string" && FLOW_RESULT_STATUSES.includes(value);
}


/***/ }),

/***/ 31363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean" for a name typed wrong: a command or option of `flows`, a key in flow.toml.
/** The closest candidate to `value`, when it is close enough to be a likely typo. */
function closest(value, candidates) {
    let best;
    let bestDistance = Number.POSITIVE_INFINITY;
    const wanted = value.toLowerCase();
    const allowed = Math.max(1, Math.min(3, Math.floor(value.length / 3)));
    for (const candidate of candidates) {
        // The distance is at least the difference in length: a long name (a key of 100,000
        // characters in a hostile flow.toml) is compared with nothing, in no time and no memory.
        if (Math.abs(candidate.length - value.length) > allowed)
            continue;
        const distance = editDistance(wanted, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= allowed ? best : undefined;
}
/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i += 1) {
        for (let j = 1; j < cols; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, d[i - 2][j - 2] + 1);
            d[i][j] = value;
        }
    }
    return d[a.length][b.length];
}


/***/ }),

/***/ 37576:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   U2: () => (/* binding */ STATE_RECORD_PROBLEM),
/* harmony export */   p3: () => (/* binding */ interruptedWarning),
/* harmony export */   u_: () => (/* binding */ knownProblems)
/* harmony export */ });
/* harmony import */ var _flows_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(10062);

// Problems a dispatch reports beside its runs: broken trigger schemas, interrupted runs.
/** Prefix of the problems a state store reported (a record it skipped or set aside). */
const STATE_RECORD_PROBLEM = "state record: ";
/** Compile errors of the schemas behind "schema" mismatches, once per file, as problems of the dispatch. */
async function schemaProblems(mismatches, known) {
    const found = [];
    for (const miss of mismatches) {
        const path = miss.reason === "schema" ? miss.step.trigger?.schemaPath : undefined;
        if (path === undefined)
            continue;
        for (const problem of await (0,_flows_index_js__WEBPACK_IMPORTED_MODULE_0__/* .sharedSchemaRegistry */ .c5)().problemsOf(path)) {
            const key = `${problem.file}\0${problem.message}`;
            if (known.has(key))
                continue;
            known.add(key);
            found.push(problem);
        }
    }
    return found;
}
function knownProblems(discovery) {
    return new Set(discovery.problems.map((problem) => `${problem.file}\0${problem.message}`));
}
/** A run whose dispatcher died mid-step: said out loud, then run again as a new attempt. */
function interruptedWarning(ref, previous, event) {
    const last = previous.attempts.at(-1);
    const owner = last?.dispatcher;
    const who = owner ? `its dispatcher (pid ${owner.pid} on ${owner.host})` : "its dispatcher";
    return {
        severity: "warning",
        file: ref.flow.manifestPath,
        message: `step "${ref.step.name}" of flow "${ref.flow.name}" was interrupted for event "${event.id}": ${who} stopped ` +
            `while attempt ${last?.number ?? previous.attempts.length} ran, so nothing recorded how it ended. It runs again as attempt ${previous.attempts.length + 1}.`,
    };
}


/***/ }),

/***/ 19116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JD: () => (/* binding */ dispatch),
  Mi: () => (/* binding */ matchEvent)
});

// UNUSED EXPORTS: DEFAULT_MAX_RUNS, alreadyHandledCount

// EXTERNAL MODULE: ./.build/flows/index.js + 13 modules
var flows = __nccwpck_require__(10062);
// EXTERNAL MODULE: ./.build/flows/explain.js
var explain = __nccwpck_require__(52699);
// EXTERNAL MODULE: ./.build/state/memory-store.js
var memory_store = __nccwpck_require__(19917);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __nccwpck_require__(77795);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __nccwpck_require__(39709);
// EXTERNAL MODULE: ./.build/engine/dispatch-problems.js
var dispatch_problems = __nccwpck_require__(37576);
;// CONCATENATED MODULE: ./.build/engine/dispatch-types.js
/** Default for DispatchOptions.maxRuns. */
const DEFAULT_MAX_RUNS = 100;

// EXTERNAL MODULE: ./.build/engine/event.js + 1 modules
var engine_event = __nccwpck_require__(28906);
// EXTERNAL MODULE: ./.build/engine/ids.js
var ids = __nccwpck_require__(86683);
// EXTERNAL MODULE: ./.build/runners/find-bun.js
var find_bun = __nccwpck_require__(58595);
// EXTERNAL MODULE: ./.build/engine/pool.js
var pool = __nccwpck_require__(21655);
;// CONCATENATED MODULE: ./.build/engine/replay-edit.js
/** What differs between the stored event and the one replayed; undefined when nothing does. */
function replayEditOf(stored, replayed) {
    const changed = [];
    for (const key of new Set([...Object.keys(stored), ...Object.keys(replayed)])) {
        if (key === "receivedAt")
            continue;
        const before = stored[key];
        const after = replayed[key];
        if (key === "payload" && isObject(before) && isObject(after)) {
            for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
                if (!sameJson(before[field], after[field]))
                    changed.push(`payload.${field}`);
            }
        }
        else if (!sameJson(before, after)) {
            changed.push(key);
        }
    }
    return changed.length === 0 ? undefined : { changed: changed.sort(), payload: replayed.payload };
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function sameJson(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}

// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __nccwpck_require__(35031);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __nccwpck_require__(40801);
;// CONCATENATED MODULE: ./.build/engine/run-view.js

/** Effective statuses after which a redelivered event does not run the step again. */
const SETTLED_STATUSES = new Set(["completed", "changed", "skipped", "blocked", "needs_intervention"]);
/** A stored run is settled when its last attempt succeeded or is waiting on a human. */
function isSettled(run) {
    return SETTLED_STATUSES.has(run.effectiveStatus);
}
/** The view of a step that is about to run (or, in a dry run, would run). */
function startRunView(options) {
    const { previous, now } = options;
    const attempts = previous ? [...previous.attempts] : [];
    const attempt = {
        id: options.attemptId,
        number: attempts.length + 1,
        status: options.processStatus,
        startedAt: now,
    };
    if (options.replay)
        attempt.replay = true;
    if (options.key)
        attempt.key = options.key;
    if (options.dispatcher)
        attempt.dispatcher = options.dispatcher;
    attempts.push(attempt);
    const view = {
        id: options.runId,
        eventId: options.event.id,
        flowName: options.flow.name,
        flowVersion: options.flow.version,
        stepName: options.step.name,
        runner: options.step.runner,
        processStatus: options.processStatus,
        effectiveStatus: options.processStatus,
        needsAttention: false,
        attempts,
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
        startedAt: now,
    };
    if (options.replay)
        view.replay = true;
    return view;
}
/** Fold a finished attempt into its run view. */
function finishRunView(view, outcome) {
    const attempts = [...view.attempts];
    const last = attempts.at(-1);
    if (last) {
        const finished = {
            ...last,
            status: outcome.processStatus,
            startedAt: outcome.startedAt,
            completedAt: outcome.completedAt,
        };
        if (outcome.result)
            finished.resultStatus = outcome.result.status;
        if (outcome.error)
            finished.error = outcome.error;
        if (outcome.timedOut)
            finished.timedOut = true;
        attempts[attempts.length - 1] = finished;
    }
    const done = {
        ...view,
        processStatus: outcome.processStatus,
        attempts,
        output: outcome.output,
        startedAt: outcome.startedAt,
        completedAt: outcome.completedAt,
        updatedAt: outcome.completedAt,
        durationMs: outcome.durationMs,
    };
    delete done.resultStatus;
    delete done.resultPayload;
    delete done.error;
    delete done.timedOut;
    if (outcome.result) {
        done.resultStatus = outcome.result.status;
        done.resultPayload = outcome.result;
    }
    if (outcome.error)
        done.error = outcome.error;
    if (outcome.timedOut)
        done.timedOut = true;
    done.effectiveStatus = (0,contracts/* effectiveStatusOf */.Z2)(done);
    done.needsAttention = (0,contracts/* needsAttentionFor */.XM)(done.effectiveStatus);
    return done;
}

;// CONCATENATED MODULE: ./.build/engine/run-one.js



/** The runner modules (and child_process with them), loaded once a dispatch has steps to run. */
function loadRunners() {
    return Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 87932));
}
/** Runs one step: its running record is stored first, then it runs, then its end is stored. */
async function runOne(options) {
    const { ref, runId, previous, event, run } = options;
    const engine = options.options;
    const attemptNumber = (previous?.attempts.length ?? 0) + 1;
    const attemptId = (0,ids/* attemptIdFor */.M)(runId, attemptNumber);
    const replay = engine.replay === true;
    const view = startRunView({
        runId,
        event,
        flow: ref.flow,
        step: ref.step,
        previous,
        attemptId,
        replay,
        now: now(engine),
        processStatus: engine.dryRun ? "queued" : "running",
        dispatcher: (0,dispatcher/* currentDispatcher */.zq)(ref.step.timeoutMs),
        key: (0,dispatcher/* newAttemptKey */.XR)(),
    });
    const attempt = view.attempts.at(-1);
    if (options.edit && attempt)
        attempt.edit = options.edit;
    if (engine.dryRun)
        return view;
    run.notStarted -= 1;
    // Saved with the other steps starting now (one write); the step is made ready meanwhile and
    // its process starts only once the save is done.
    const started = run.recorder.saveStart(view).then(() => engine.observer?.onStepStart?.(view));
    started.catch(() => undefined); // awaited below; a failed save fails the dispatch
    let bunPath;
    try {
        bunPath = typeof engine.bunPath === "function" ? await engine.bunPath() : engine.bunPath;
    }
    catch (error) {
        await started;
        return finishAndRecord(view, setupFailure(error, view), engine, run);
    }
    run.runners ??= loadRunners();
    const { runFlowStep, stepEnvironment } = await run.runners;
    const hostEnv = engine.env ?? process.env;
    run.stepEnv ??= stepEnvironment(hostEnv, { exportEnv: engine.exportEnv });
    const running = runFlowStep({
        flow: ref.flow,
        step: ref.step,
        event,
        runtime: {
            runId,
            attemptId,
            replay,
            launchedBy: engine.launchedBy,
            // As in the older runtime, a host value reaches the step when nothing else sets it.
            workspaceBackendUrl: engine.workspaceBackendUrl || hostEnv.CODEX_WORKSPACE_BACKEND_WS_URL || undefined,
        },
        env: run.stepEnv,
        bunPath,
        onLine: (stream, line) => engine.observer?.onStepLine?.(view, stream, line),
        signal: engine.signal,
        startAfter: started,
    });
    await started; // a store that could not save the start fails the dispatch; the step never started
    const outcome = await running;
    return finishAndRecord(view, outcome, engine, run);
}
/**
 * Records the end and returns at once: the next step of the flow starts meanwhile, and its start
 * goes into the same write as this end (it still starts only once that write is done). The
 * dispatch waits for every end save (`run.ends`) before it returns; `onStepEnd` follows the save.
 */
function finishAndRecord(started, outcome, engine, run) {
    const view = finishRunView(started, outcome);
    // Held a moment for other ends only when no later step waits on this one.
    const recorded = run.recorder.saveEnd(view, { urgent: run.notStarted > 0 }).then(() => engine.observer?.onStepEnd?.(view));
    recorded.catch(() => undefined); // awaited by the dispatch, which fails with it
    run.ends.push(recorded);
    return view;
}
function setupFailure(error, view) {
    const at = new Date().toISOString();
    return {
        processStatus: "failed",
        error: `Bun could not be set up for this step: ${error instanceof Error ? error.message : String(error)}`,
        timedOut: false,
        exitCode: null,
        signal: null,
        output: "",
        startedAt: view.startedAt ?? at,
        completedAt: at,
        durationMs: 0,
    };
}
function now(options) {
    return options.now().toISOString();
}

// EXTERNAL MODULE: ./.build/state/file-errors.js
var file_errors = __nccwpck_require__(41134);
// EXTERNAL MODULE: ./.build/state/not-saved.js
var not_saved = __nccwpck_require__(85779);
// EXTERNAL MODULE: ./.build/state/run-merge.js
var run_merge = __nccwpck_require__(13132);
;// CONCATENATED MODULE: ./.build/engine/run-recorder.js



/**
 * How long the end of a step may wait for other ends to share its write, while other steps of
 * the event still run and nothing waits on it. A dispatcher that dies in that window leaves the
 * step "running", so it reads as interrupted and runs again: the same as dying just before the
 * write.
 */
const END_SAVE_WINDOW_MS = 25;
/**
 * Saves one event's runs as a dispatch starts and ends them, in as few store writes as the
 * guarantees allow:
 *
 * - `saveStart` is for a run about to start. Every start (and held end) asked for in the same
 *   turn of the event loop goes into one `saveEvent`, and each call resolves only once that
 *   write is done: steps that start together cost one write, and no step starts before its
 *   running record is stored.
 * - `saveEnd` is for a run that ended. When other steps of the event still run and nothing
 *   waits for this save ({@link END_SAVE_WINDOW_MS}), it is held for a moment so ends that come
 *   close together share a write; it is written at once when it is the last running step.
 *   Each call resolves once its run is stored and rejects when the store failed to save it.
 * - The first write carries the event record itself (dispatch count, first dispatch time).
 * - A write that fails on the state folder once a run has ended unsaved rejects with a
 *   StateNotSavedError naming the event: its steps ran, and nothing remembers it.
 */
class RunRecorder {
    #store;
    #record;
    #windowMs;
    #pending = [];
    #waiters = [];
    #soon;
    #held;
    #running = 0;
    /** The pending write holds an ended run; an ended run's write failed. */
    #pendingEnds = false;
    #endsUnsaved = false;
    /** Store writes this recorder asked for, for tests. */
    saves = 0;
    constructor(store, record, options = {}) {
        this.#store = store;
        this.#record = record;
        this.#windowMs = options.windowMs ?? END_SAVE_WINDOW_MS;
    }
    /** Saves a run about to start, with the other starts of this turn; resolves once stored. */
    saveStart(view) {
        this.#running += 1;
        const saved = this.#add(view);
        this.#soon ??= setImmediate(() => this.#flush());
        return saved;
    }
    /**
     * Saves a run that ended. `urgent`: something waits for this save (a later step of its flow,
     * a step waiting for a free slot), so it is not held.
     */
    saveEnd(view, options) {
        this.#running = Math.max(0, this.#running - 1);
        this.#pendingEnds = true;
        const saved = this.#add(view);
        if (options.urgent || this.#running === 0)
            this.#soon ??= setImmediate(() => this.#flush());
        else
            this.#held ??= setTimeout(() => this.#flush(), this.#windowMs);
        return saved;
    }
    /** Saves the record with no runs (a dispatch whose steps were all handled before). */
    saveRecord() {
        this.saves += 1;
        return this.#store.saveEvent({ ...this.#record, runs: [] });
    }
    #add(view) {
        this.#pending.push(view);
        return new Promise((resolve, reject) => this.#waiters.push({ resolve, reject }));
    }
    #flush() {
        if (this.#soon !== undefined)
            clearImmediate(this.#soon);
        if (this.#held !== undefined)
            clearTimeout(this.#held);
        this.#soon = undefined;
        this.#held = undefined;
        // One entry per run: a start and an end of one run in one write keep both attempts' states.
        const byId = new Map();
        for (const view of this.#pending) {
            const seen = byId.get(view.id);
            byId.set(view.id, seen ? (0,run_merge/* mergeRuns */.r)(seen, view) : view);
        }
        const runs = [...byId.values()];
        const waiters = this.#waiters;
        const ends = this.#pendingEnds;
        this.#pending = [];
        this.#waiters = [];
        this.#pendingEnds = false;
        if (runs.length === 0)
            return;
        // ISO times sort as strings: the latest of the record's and the runs'.
        const updatedAt = [this.#record.updatedAt, ...runs.map((run) => run.updatedAt)].sort().at(-1) ?? this.#record.updatedAt;
        this.saves += 1;
        let saved;
        try {
            saved = this.#store.saveEvent({ ...this.#record, runs, updatedAt });
        }
        catch (error) {
            saved = Promise.reject(error);
        }
        saved.then(() => {
            for (const waiter of waiters)
                waiter.resolve();
        }, (error) => {
            if (ends)
                this.#endsUnsaved = true;
            const reason = this.#endsUnsaved ? ranButNotSaved(error, this.#record.event.id) : error;
            for (const waiter of waiters)
                waiter.reject(reason);
        });
    }
}
/** A state folder that failed a write after steps ran: said as records not saved (not-saved.ts). */
function ranButNotSaved(error, eventId) {
    if (!(error instanceof file_errors/* StateFolderError */.mU))
        return error;
    const problem = `${error.problem.charAt(0).toUpperCase()}${error.problem.slice(1)}.`;
    return new not_saved/* StateNotSavedError */.c({ eventIds: [eventId], where: error.where, reason: `${problem} ${error.hint ?? ""}`, cause: error });
}

;// CONCATENATED MODULE: ./.build/engine/dispatch.js
















/** discover → match → run → record, for one event and the events its runs ask for. */
async function dispatch(input, options) {
    const now = options.now ?? (() => new Date());
    const event = input instanceof engine_event/* AcceptedFlowEvent */.aW ? input.event : (0,engine_event/* normalizeFlowEvent */.kN)(input, now());
    const discovery = options.discovery ?? (await (0,flows/* discoverFlows */.nE)({ repoRoot: options.repoRoot, roots: options.roots, eventType: event.type }));
    const store = options.store ?? new memory_store/* MemoryStateStore */.k();
    const maxRuns = options.maxRuns ?? DEFAULT_MAX_RUNS;
    const budget = { maxRuns, runs: 0, events: 0, skippedSteps: 0, skippedEvents: 0 };
    const outcome = await dispatchOne(event, { ...options, discovery, store, now, budget }, [event.id], options.match);
    if (budget.skippedSteps > 0 || budget.skippedEvents > 0) {
        outcome.runCap = { maxRuns, skippedSteps: budget.skippedSteps, skippedEvents: budget.skippedEvents };
        outcome.problems.push({
            severity: "warning",
            file: "FlowResult.next",
            message: `this delivery reached its budget of ${maxRuns} step runs and ${maxRuns} next events: ${budget.skippedSteps} more matching step` +
                `${budget.skippedSteps === 1 ? "" : "s"} and ${budget.skippedEvents} next event${budget.skippedEvents === 1 ? "" : "s"} ` +
                `were not run${budget.firstSkippedBy ? ` (the first left out came from ${budget.firstSkippedBy})` : ""}. ` +
                "Return fewer `next` events per step, or dispatch them as separate deliveries.",
        });
    }
    // A store that skipped or set aside a bad record says so where the run is reported: once,
    // with the first dispatch after it was met, not again with every later event of the job.
    const reported = reportedStoreProblems.get(store) ?? 0;
    for (const problem of store.problems.slice(reported)) {
        outcome.problems.push({ severity: "warning", file: problem.path, message: `${dispatch_problems/* STATE_RECORD_PROBLEM */.U2}${problem.message}` });
    }
    reportedStoreProblems.set(store, store.problems.length);
    return outcome;
}
/** How many of each store's problems a dispatch has reported already. */
const reportedStoreProblems = new WeakMap();
/** Matching steps this dispatch did not run again because a settled run was stored. */
function alreadyHandledCount(outcome) {
    return outcome.runs.filter((run) => run.alreadyHandled).length;
}
/** Which steps of the discovered flows an event triggers, each decision told to `debug`. */
async function matchEvent(event, discovery, options = {}) {
    const match = await (0,flows/* matchSteps */.J6)((0,flows/* loadDeferredFlows */.Bj)(discovery, event.type), event, {
        env: options.env ?? process.env,
        ...(options.github ? { github: options.github } : {}),
        ...(options.changedFiles ? { changedFiles: options.changedFiles } : {}),
    });
    const debug = options.debug;
    if (debug) {
        for (const { flow, step } of match.matched)
            debug(`match ${event.id}: ${flow.name}/${step.name} matched (trigger type "${step.trigger?.type}")`);
        for (const miss of match.mismatches)
            debug(`match ${event.id}: ${miss.flow.name}/${miss.step.name} did not match: ${miss.message}`);
    }
    return match;
}
async function dispatchOne(event, options, lineage, matchedBefore) {
    const { discovery, store, debug } = options;
    const match = matchedBefore ?? (await matchEvent(event, discovery, options));
    const mismatches = [...match.mismatches];
    const problems = [
        ...discovery.problems,
        ...(match.problems ?? []),
        ...(await (0,dispatch_problems/* schemaProblems */.Ic)(mismatches, (0,dispatch_problems/* knownProblems */.u_)(discovery))),
    ];
    let matched = match.matched;
    if (options.only) {
        const wanted = new Set(options.only.map(({ flow, step }) => JSON.stringify([flow, step])));
        matched = matched.filter((ref) => wanted.has(JSON.stringify([ref.flow.name, ref.step.name])));
        debug?.(`match ${event.id}: ${matched.length} of ${match.matched.length} matched steps are this job's (${options.only.map(({ flow, step }) => `${flow}/${step}`).join(", ")})`);
    }
    // The runner modules load while the stored record is read (not before the first step spawns).
    const runners = matched.length > 0 && !options.dryRun ? loadRunners() : undefined;
    runners?.catch(() => undefined); // a failure is reported by the first step that needs them
    // An event that matches nothing has nothing to dedupe or record: leave the store untouched.
    const stored = matched.length > 0 ? await store.loadEvent(event.id) : undefined;
    const previousRuns = new Map((stored?.runs ?? []).map((run) => [run.id, run]));
    const planned = matched.map((ref) => {
        const runId = (0,ids/* runIdFor */.q)(event.id, ref.flow.name, ref.step.name);
        const previous = previousRuns.get(runId);
        const reuse = !options.replay && previous !== undefined && isSettled(previous);
        if (reuse)
            debug?.(`run ${runId}: already handled (${previous.effectiveStatus}), not run again`);
        if (previous?.effectiveStatus === "interrupted")
            problems.push((0,dispatch_problems/* interruptedWarning */.p3)(ref, previous, event));
        return { ref, runId, previous, reuse };
    });
    // Runs over the delivery's cap are left out (and counted for the report); settled runs cost nothing.
    const { budget } = options;
    const plan = planned.filter((item) => {
        if (item.reuse)
            return true;
        if (budget.runs < budget.maxRuns) {
            budget.runs += 1;
            return true;
        }
        budget.skippedSteps += 1;
        return false;
    });
    if (plan.length < planned.length)
        matched = plan.map((item) => item.ref);
    const duplicate = stored !== undefined && plan.every((item) => item.reuse);
    const outcome = {
        status: duplicate ? "duplicate" : "accepted",
        eventId: event.id,
        runIds: plan.map((item) => item.runId),
        // The steps this dispatch runs: a duplicate dispatched nothing (the contract: matched 0,
        // idempotent true), and steps handled before are not counted when a new one runs beside them.
        matched: plan.filter((item) => !item.reuse).length,
        event,
        runs: [],
        mismatches,
        problems,
        shadowed: discovery.shadowed,
        children: [],
        dryRun: options.dryRun === true,
    };
    if (outcome.status === "duplicate")
        outcome.idempotent = true;
    if (options.explain)
        outcome.explanation = (0,explain/* explainMatch */.r)(discovery.flows, match);
    const record = {
        formatVersion: types/* RECORD_FORMAT_VERSION */.Z,
        event,
        runs: [],
        firstDispatchedAt: stored?.firstDispatchedAt ?? dispatch_now(options),
        updatedAt: dispatch_now(options),
        ...(0,state_record/* countDispatch */.m5)(stored),
    };
    // A missing Bun is the user's to fix, not a failed step: say so before anything is stored.
    // (A function is the action's installer; its failures are reported per step.)
    const runsBun = !options.dryRun && plan.some((item) => !item.reuse && item.ref.step.runner === "bun");
    if (runsBun && typeof options.bunPath !== "function") {
        const explicit = options.bunPath;
        options = { ...options, bunPath: (0,find_bun.findBun)({ explicit, env: options.env ?? process.env }).path };
    }
    const runsById = new Map();
    const chains = new Map();
    const toRun = plan.filter((item) => !(item.reuse && item.previous));
    const run = { recorder: new RunRecorder(store, record), notStarted: toRun.length, runners, ends: [] };
    for (const item of plan) {
        if (item.reuse && item.previous) {
            runsById.set(item.runId, { ...item.previous, alreadyHandled: true });
            continue;
        }
        const edit = options.replay && stored ? replayEditOf(stored.event, event) : undefined;
        const task = () => runOne({ ...item, event, options, run, ...(edit ? { edit } : {}) }).then((view) => {
            runsById.set(item.runId, view);
            return view;
        });
        const chain = chains.get(item.ref.flow.manifestPath) ?? [];
        chain.push(task);
        chains.set(item.ref.flow.manifestPath, chain);
    }
    // Steps that run save the record with their first start (one write); otherwise it is saved alone.
    if (!options.dryRun && plan.length > 0 && toRun.length === 0)
        await run.recorder.saveRecord();
    await (0,pool/* runChains */.u)([...chains.values()], options.concurrency ?? pool/* DEFAULT_CONCURRENCY */.W);
    // Every end is stored (and told to the observer) before the dispatch reports it.
    await Promise.all(run.ends);
    outcome.runs = plan.map((item) => runsById.get(item.runId)).filter((run) => run !== undefined);
    for (const run of outcome.runs) {
        if (run.alreadyHandled || !run.resultPayload?.next)
            continue;
        for (const next of run.resultPayload.next) {
            const child = await dispatchChild(next, run, options, lineage, problems);
            if (child)
                outcome.children.push(child);
        }
    }
    return outcome;
}
async function dispatchChild(next, parent, options, lineage, problems) {
    const depth = lineage.length;
    const { budget } = options;
    // `next` events count against the same budget as runs, matched or not, so a flood stays cheap.
    if (budget.runs >= budget.maxRuns || budget.events >= budget.maxRuns) {
        budget.skippedEvents += 1;
        budget.firstSkippedBy ??= `${parent.flowName}/${parent.stepName}`;
        return undefined;
    }
    budget.events += 1;
    const where = `FlowResult.next of ${parent.flowName}/${parent.stepName}`;
    const maxDepth = options.maxDepth ?? 5;
    let child;
    try {
        child = (0,engine_event/* normalizeFlowEvent */.kN)(next, options.now());
    }
    catch (error) {
        problems.push({ severity: "error", file: where, message: String(error) });
        return undefined;
    }
    if (lineage.includes(child.id)) {
        problems.push({
            severity: "warning",
            file: where,
            message: `next event "${child.id}" was not dispatched: it is already in this chain (${lineage.join(" → ")}), which would loop.`,
        });
        return undefined;
    }
    if (depth >= maxDepth) {
        problems.push({
            severity: "warning",
            file: where,
            message: `next event "${child.id}" was not dispatched: the chain is ${depth} events deep, the limit is ${maxDepth}.`,
        });
        return undefined;
    }
    return dispatchOne(child, { ...options, only: undefined, replay: false }, [...lineage, child.id]);
}
function dispatch_now(options) {
    return options.now().toISOString();
}


/***/ }),

/***/ 28906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aW: () => (/* binding */ AcceptedFlowEvent),
  DW: () => (/* binding */ FlowEventError),
  kN: () => (/* binding */ normalizeFlowEvent)
});

// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __nccwpck_require__(20624);
// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __nccwpck_require__(85797);
;// CONCATENATED MODULE: ./.build/generated/validators/flow-event.js

const validateFlowEvent = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.type === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.receivedAt === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "receivedAt" }, message: "must have required property '" + "receivedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.payload === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property '" + "payload" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (typeof data0 === "string") {
                if (data0.length < 1) {
                    const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data1 = data.type;
            if (typeof data1 === "string") {
                if (data1.length < 1) {
                    const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.source !== undefined) {
            if (typeof data.source !== "string") {
                const err8 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.occurredAt !== undefined) {
            if (typeof data.occurredAt !== "string") {
                const err9 = { instancePath: instancePath + "/occurredAt", schemaPath: "#/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.receivedAt !== undefined) {
            if (typeof data.receivedAt !== "string") {
                const err10 = { instancePath: instancePath + "/receivedAt", schemaPath: "#/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
    }
    else {
        const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.build/engine/event.js



const CONTRACT = "flow-event.schema.json";
/** A FlowEvent handed in (by a caller, a backend, a step's `next`) breaks its contract. */
class FlowEventError extends contract_errors/* ContractViolation */.a9 {
    name = "FlowEventError";
}
/**
 * Accept a FlowEvent from any caller, checked against schemas/flow-event.schema.json after the
 * contract's defaults are filled in: `receivedAt` with now and `payload` with {} when missing.
 * The payload's nesting is bounded here too, before anything walks it.
 */
function normalizeFlowEvent(value, now = new Date()) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new FlowEventError(CONTRACT, "", 'A FlowEvent must be a JSON object like {"id": "...", "type": "...", "payload": {}}.');
    }
    const event = {
        ...value,
        receivedAt: "receivedAt" in value && value.receivedAt !== undefined ? value.receivedAt : now.toISOString(),
        payload: "payload" in value && value.payload !== undefined ? value.payload : {},
    };
    if (!validateFlowEvent(event)) {
        const { field, reason } = (0,contract_errors/* firstViolation */.sB)(validateFlowEvent.errors, event);
        throw new FlowEventError(CONTRACT, field, explain(field, reason, event));
    }
    (0,budget/* checkPayloadDepth */.K6)(event.payload, `event ${JSON.stringify(event.id)}`);
    return event;
}
/**
 * A FlowEvent that normalizeFlowEvent accepted, for a caller that checks an event before it
 * dispatches it (the CLI, to name the event file in its errors): dispatch takes the event as it
 * is rather than checking it again. Only acceptFlowEvent makes one, so an event that a library
 * caller hands to dispatch is always checked there.
 */
class AcceptedFlowEvent {
    event;
    constructor(event) {
        this.event = event;
    }
    static accept(value, now) {
        return new AcceptedFlowEvent(normalizeFlowEvent(value, now));
    }
}
/** The violation as a sentence that says what to change. */
function explain(field, reason, event) {
    if (field === "id" || field === "type") {
        return `A FlowEvent needs a non-empty string "${field}"; got ${(0,contract_errors/* describeGot */.uv)(event[field])}.`;
    }
    // Every other field is optional: receivedAt and payload are filled in, source and occurredAt may be left out.
    return `FlowEvent ${reason}; correct "${field}" or leave it out.`;
}


/***/ }),

/***/ 86683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ attemptIdFor),
/* harmony export */   q: () => (/* binding */ runIdFor)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75244);

/**
 * Run ids as the older local runtime made them: `run_` + the first 12 hex characters of
 * sha256 over event id, flow name and step name joined by NUL. Stable across re-runs, so a
 * redelivered event finds its runs again.
 */
function runIdFor(eventId, flowName, stepName) {
    const parts = [eventId, flowName, stepName];
    // Joining by NUL is ambiguous when a part holds a NUL itself ("a\0b" + "c" = "a" + "b\0c").
    // Such parts hash as a JSON array instead: that text holds no raw NUL, so it can equal no
    // NUL-joined text, and ordinary names keep the ids the older runtime gave them.
    const text = parts.some((part) => part.includes("\0")) ? `json:${JSON.stringify(parts)}` : parts.join("\0");
    return `run_${(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(text).slice(0, 12)}`;
}
function attemptIdFor(runId, attemptNumber) {
    return `${runId}_a${attemptNumber}`;
}


/***/ }),

/***/ 21655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   u: () => (/* binding */ runChains)
/* harmony export */ });
/**
 * Steps in flight at once unless `concurrency` says otherwise. Not the CPU count: a step mostly
 * waits on child processes and the network (git, gh, package registries), and hosted runners
 * have 2 to 4 CPUs, so eight one-second steps would take four seconds there.
 */
const DEFAULT_CONCURRENCY = 16;
/**
 * Run task chains with at most `limit` tasks in flight. Tasks inside one chain run in
 * order (a flow's steps keep their manifest order); chains run side by side.
 */
async function runChains(chains, limit) {
    const slots = Math.max(1, Math.floor(limit));
    let active = 0;
    const waiting = [];
    const acquire = async () => {
        if (active < slots) {
            active += 1;
            return;
        }
        await new Promise((resolve) => waiting.push(resolve));
    };
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            active -= 1;
    };
    return Promise.all(chains.map(async (chain) => {
        const results = [];
        for (const task of chain) {
            await acquire();
            try {
                results.push(await task());
            }
            finally {
                release();
            }
        }
        return results;
    }));
}


/***/ }),

/***/ 85797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GL: () => (/* binding */ MAX_PAYLOAD_DEPTH),
/* harmony export */   Iu: () => (/* binding */ checkPayloadSize),
/* harmony export */   Ji: () => (/* binding */ rememberHeight),
/* harmony export */   K6: () => (/* binding */ checkPayloadDepth),
/* harmony export */   Rv: () => (/* binding */ exceedsDepth),
/* harmony export */   V9: () => (/* binding */ knownHeight)
/* harmony export */ });
/* unused harmony export MAX_PAYLOAD_BYTES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(56835);

// Budgets for a payload, applied once where an event enters (the event file, a FlowEvent handed
// in, a `next` event): past them, every walk that follows (canonical JSON, hashing, redaction,
// storage, schema checks) is known to stay within the stack and memory of one job.
/**
 * GitHub caps webhook payloads at 25 MB, so a larger event file did not come from GitHub:
 * https://docs.github.com/en/webhooks/webhook-events-and-payloads#payload-cap
 */
const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;
/**
 * Deepest nesting of objects and arrays in a payload. GitHub's own payloads stay under 15
 * levels; 256 leaves room for any client_payload while every recursive walk in flows-action
 * (JSON.stringify, ajv, the redactor) stays far inside Node's default stack at this depth.
 */
const MAX_PAYLOAD_DEPTH = 256;
/** Heights (levels of nesting) of values already measured, so a checked payload is not walked again. */
const heights = new WeakMap();
/**
 * Records the height of a value measured elsewhere (a lazy array: its file was scanned), so the
 * depth checks use it instead of walking (and reading) the value.
 */
function rememberHeight(value, height) {
    heights.set(value, height);
}
/** The height of a value measured before (a lazy array's, or a checked payload's), if it was. */
function knownHeight(value) {
    return heights.get(value);
}
/** True when objects and arrays in `value` nest deeper than `maxDepth`. Iterative: any input is safe. */
function exceedsDepth(value, maxDepth) {
    const height = measure(value, maxDepth);
    return height === undefined;
}
/** Levels of nesting of `value` (a scalar is 0), or undefined once past `maxDepth`. */
function measure(value, maxDepth) {
    if (typeof value !== "object" || value === null)
        return 0;
    const known = heights.get(value);
    if (known !== undefined)
        return known <= maxDepth ? known : undefined;
    const stack = [value];
    const depths = [1];
    let height = 0;
    while (stack.length > 0) {
        const item = stack.pop();
        const depth = depths.pop();
        const below = heights.get(item);
        const reach = below === undefined ? depth : depth - 1 + below;
        if (reach > maxDepth)
            return undefined;
        if (reach > height)
            height = reach;
        if (below !== undefined)
            continue;
        const children = Array.isArray(item) ? item : Object.values(item);
        for (const child of children) {
            if (typeof child === "object" && child !== null) {
                stack.push(child);
                depths.push(depth + 1);
            }
        }
    }
    heights.set(value, height);
    return height;
}
/**
 * Throws a PayloadBudgetError when `value` nests deeper than MAX_PAYLOAD_DEPTH. The height of a
 * value that passed is remembered, so the event the action built is not walked again by the engine.
 */
function checkPayloadDepth(value, origin) {
    if (exceedsDepth(value, MAX_PAYLOAD_DEPTH)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadBudgetError */ .q$(`The payload of ${origin} nests objects and arrays more than ${MAX_PAYLOAD_DEPTH} levels deep, ` +
            "so it was not dispatched and nothing was stored. Send a flatter payload (for example, nested data as a JSON string).");
    }
}
/** Throws a PayloadBudgetError when a payload of `bytes` is over MAX_PAYLOAD_BYTES. */
function checkPayloadSize(bytes, origin) {
    if (bytes <= MAX_PAYLOAD_BYTES)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadBudgetError */ .q$(`${origin} is ${(bytes / (1024 * 1024)).toFixed(1)} MiB; payloads may be at most 25 MiB (GitHub's own cap on webhook payloads), ` +
        "so it was not dispatched and nothing was stored. Send a smaller payload.");
}


/***/ }),

/***/ 24604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ canonicalDigest)
/* harmony export */ });
/* unused harmony export canonicalJson */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75244);

/** JSON with object keys sorted at every level, so equal values give equal text. */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (typeof value !== "object" || value === null)
        return value;
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, item]) => [key, sortKeys(item)]));
}
/** sha256 hex of the canonical JSON of a value. */
function canonicalDigest(value) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(canonicalJson(value));
}


/***/ }),

/***/ 56835:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $j: () => (/* binding */ FlowEventInputError),
/* harmony export */   AT: () => (/* binding */ GitHubEventError),
/* harmony export */   q$: () => (/* binding */ PayloadBudgetError),
/* harmony export */   wj: () => (/* binding */ UPSTREAM_RELEASE_SHAPE)
/* harmony export */ });
/* unused harmony export FLOW_EVENT_SHAPE */
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99416);
// Typed errors of the events area. Each message is a complete sentence a user can act on; the
// fields let the action and the CLI point at the input or file that is wrong.

/** The shape users must send when they hand flows-action a FlowEvent of their own. */
const FLOW_EVENT_SHAPE = '{"id": "my-source:deploy:owner/repo:42", "type": "deploy", "payload": {}} ' +
    '(id and type: non-empty strings; payload: optional object; source, occurredAt, receivedAt: optional strings)';
const UPSTREAM_RELEASE_SHAPE = '{"repo": "owner/repo", "tag": "v1.2.3", "url": "https://github.com/owner/repo/releases/tag/v1.2.3", ' +
    '"publishedAt": "2024-01-31T12:00:00Z"} (repo and tag required)';
/** A FlowEvent (or upstream release) handed to flows-action by a user is malformed. */
class FlowEventInputError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "FlowEventInputError";
    origin;
    problem;
    position;
    constructor(options) {
        const at = options.position
            ? ` at line ${options.position.line}, column ${options.position.column} (position ${options.position.offset})`
            : "";
        super(`The ${options.subject ?? "FlowEvent"} in ${options.origin} is not usable: ${options.problem}${at}. ` +
            `Expected JSON like ${options.expected ?? FLOW_EVENT_SHAPE}.`);
        this.origin = options.origin;
        this.problem = options.problem;
        if (options.position)
            this.position = options.position;
    }
}
/** The GitHub event (name or payload file) cannot be read. */
class GitHubEventError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "GitHubEventError";
    variable;
    path;
    constructor(options) {
        super(options.message, {
            ...(options.line !== undefined ? { line: options.line } : {}),
            ...(options.column !== undefined ? { column: options.column } : {}),
        });
        if (options.variable !== undefined)
            this.variable = options.variable;
        if (options.path !== undefined)
            this.path = options.path;
    }
}
/** An event over the payload budget (size or nesting): refused before anything runs or is stored. */
class PayloadBudgetError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "PayloadBudgetError";
}


/***/ }),

/***/ 34641:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readJsonStreamed),
/* harmony export */   q: () => (/* binding */ readEventStreamed)
/* harmony export */ });
/* harmony import */ var _byte_group_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(51704);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(85797);
/* harmony import */ var _lazy_json_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(63973);
/* harmony import */ var _scratch_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(24848);







// Reads a large event file (#12) without holding its parsed arrays: two streaming passes in
// 64 KiB chunks. Pass 1 finds the outermost arrays of at least `minBytes` and the nesting depth.
// Pass 2 proves the whole file is valid JSON and builds the value: the text around those arrays
// (the "skeleton", with a marker string in each array's place) is parsed normally; each big array
// is split between elements into groups of about 16 KiB, each group parsed and re-serialised with
// JSON.parse / JSON.stringify (which proves it valid) and appended to a scratch file, so the
// array's text there is exactly what JSON.stringify gives for the parsed array. The value holds a
// lazy array (lazy-json.ts) for each. Anything unexpected (invalid JSON, too deep, an odd
// shape) returns undefined, and the caller parses the file whole as before, which gives the same
// value or the same error message.
const CHUNK = 64 * 1024;
const GROUP_BYTES = 16 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
/**
 * The JSON value of the file at `path` with every outermost array of at least `minBytes` kept
 * on disk (in a scratch copy under `scratchDir`), or undefined when the file is not valid JSON,
 * nests deeper than `maxDepth`, or has no such array: then parse it whole.
 */
function readEventStreamed(path, options) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "r");
    try {
        return readJsonStreamed(fd, options);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/**
 * readEventStreamed on a file the caller opened: the file store reads a big stored record this
 * way (its event holds the payload), after checking that the file is a plain one within its size.
 */
function readJsonStreamed(fd, options) {
    const limit = options.maxBytes ?? Number.POSITIVE_INFINITY;
    const spans = findBigArrays(fd, limit, options.minBytes, options.maxDepth);
    if (spans === undefined || spans.length === 0)
        return undefined;
    return buildValue(fd, limit, spans, options.scratchDir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)());
}
/** Calls `each(chunk, offset)` for the whole file (up to byte `limit`), in order. */
function forEachChunk(fd, limit, each) {
    // One buffer for the whole file: callers copy what they keep.
    const chunk = Buffer.allocUnsafe(CHUNK);
    let offset = 0;
    for (;;) {
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(CHUNK, limit - offset), offset);
        if (read === 0)
            return;
        if (each(chunk.subarray(0, read), offset) === false)
            return;
        offset += read;
    }
}
/** Pass 1: the outermost big arrays, in file order; undefined when brackets do not match or nest too deep. */
function findBigArrays(fd, limit, minBytes, maxDepth) {
    const spans = [];
    const opens = new Float64Array(maxDepth + 2);
    const kinds = new Uint8Array(maxDepth + 2);
    const deepest = new Int32Array(maxDepth + 2);
    let depth = 0;
    let inString = false;
    let escaped = false;
    let ok = true;
    forEachChunk(fd, limit, (chunk, offset) => {
        for (let i = 0; i < chunk.length; i++) {
            const byte = chunk[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (byte === BACKSLASH)
                    escaped = true;
                else if (byte === QUOTE)
                    inString = false;
                continue;
            }
            if (byte === QUOTE)
                inString = true;
            else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
                if (++depth > maxDepth) {
                    ok = false;
                    return false;
                }
                opens[depth] = offset + i;
                kinds[depth] = byte;
                deepest[depth] = depth;
            }
            else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) {
                if (depth === 0 || kinds[depth] !== byte - 2) {
                    ok = false;
                    return false;
                }
                const start = opens[depth];
                const end = offset + i + 1;
                const below = deepest[depth];
                if (byte === CLOSE_ARRAY && end - start >= minBytes) {
                    // Inner big arrays closed first: the outer one replaces them.
                    while (spans.length > 0 && spans[spans.length - 1].start > start)
                        spans.pop();
                    spans.push({ start, end, height: below - depth + 1 });
                }
                depth--;
                if (depth > 0 && below > deepest[depth])
                    deepest[depth] = below;
            }
        }
        return true;
    });
    return ok && depth === 0 && !inString ? spans : undefined;
}
/** Pass 2: validates, writes each span's canonical text to the scratch file and parses the rest. */
function buildValue(fd, limit, spans, scratchDir) {
    const scratch = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,_scratch_js__WEBPACK_IMPORTED_MODULE_5__/* .makeScratchDir */ .K)("flows-event-", scratchDir), "arrays.json");
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(scratch, "w");
    const marker = `flows-skeleton-${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}-`;
    const skeleton = [];
    const ranges = [];
    let written = 0;
    const write = (text) => {
        written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(out, text);
    };
    let valid = true;
    try {
        let span = 0;
        // One buffer holds the group being read (grown for a larger element): no buffer per piece.
        const group = new _byte_group_js__WEBPACK_IMPORTED_MODULE_6__/* .ByteGroup */ .s(2 * GROUP_BYTES);
        const addToGroup = (bytes) => group.add(bytes);
        let groups = 0;
        let depth = 0;
        let inString = false;
        let escaped = false;
        const flushGroup = (last) => {
            const text = group.take();
            let items;
            try {
                items = JSON.parse(`[${text}]`);
            }
            catch {
                return false;
            }
            if (items.length === 0)
                return false;
            const json = JSON.stringify(items);
            write(`${groups === 0 ? "[" : ","}${json.slice(1, -1)}${last ? "]" : ""}`);
            groups++;
            return true;
        };
        let inSpan = false;
        forEachChunk(fd, limit, (chunk, offset) => {
            let from = 0;
            let i = 0;
            while (i < chunk.length) {
                const current = spans[span];
                if (!inSpan) {
                    const until = current === undefined ? chunk.length : Math.min(chunk.length, current.start - offset);
                    if (i < until) {
                        // Skeleton text, copied as is up to the next span.
                        skeleton.push(Buffer.from(chunk.subarray(i, until)));
                        i = until;
                        continue;
                    }
                    // The span's "[": a marker takes its place in the skeleton; its elements follow.
                    skeleton.push(Buffer.from(`"${marker}${span}"`));
                    ranges.push({ start: written, end: -1, height: current.height });
                    inSpan = true;
                    depth = 0;
                    groups = 0;
                    inString = false;
                    escaped = false;
                    i++;
                    from = i;
                    continue;
                }
                const byte = chunk[i];
                if (offset + i === current.end - 1) {
                    // The span's closing "]".
                    addToGroup(chunk.subarray(from, i));
                    if (!flushGroup(true)) {
                        valid = false;
                        return false;
                    }
                    ranges[ranges.length - 1].end = written;
                    inSpan = false;
                    span++;
                    i++;
                    continue;
                }
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (byte === BACKSLASH)
                        escaped = true;
                    else if (byte === QUOTE)
                        inString = false;
                }
                else if (byte === QUOTE)
                    inString = true;
                else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT)
                    depth++;
                else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT)
                    depth--;
                else if (byte === COMMA && depth === 0 && group.length + (i - from) >= GROUP_BYTES) {
                    addToGroup(chunk.subarray(from, i));
                    if (!flushGroup(false)) {
                        valid = false;
                        return false;
                    }
                    from = i + 1;
                }
                i++;
            }
            if (inSpan && from < chunk.length) {
                addToGroup(chunk.subarray(from));
            }
            return true;
        });
        if (!valid || span !== spans.length)
            return undefined;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(out);
    }
    const lazies = ranges.map((range) => {
        const array = (0,_lazy_json_js__WEBPACK_IMPORTED_MODULE_4__/* .lazyArray */ .UP)({ path: scratch, start: range.start, end: range.end });
        (0,_budget_js__WEBPACK_IMPORTED_MODULE_3__/* .rememberHeight */ .Ji)(array, range.height);
        return array;
    });
    const seen = new Set();
    let value;
    try {
        value = JSON.parse(Buffer.concat(skeleton).toString("utf8"), (_key, item) => {
            if (typeof item !== "string" || !item.startsWith(marker))
                return item;
            const index = Number(item.slice(marker.length));
            seen.add(index);
            return lazies[index];
        });
    }
    catch {
        return undefined;
    }
    // A marker in a key's place (an array used as a key is not JSON) was never seen as a value.
    return seen.size === lazies.length ? { value, lazyArrays: lazies.length } : undefined;
}


/***/ }),

/***/ 45785:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ booleanAt),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   Uv: () => (/* binding */ definedOnly),
/* harmony export */   bX: () => (/* binding */ stringAt),
/* harmony export */   jj: () => (/* binding */ idAt),
/* harmony export */   l3: () => (/* binding */ labelNames),
/* harmony export */   lC: () => (/* binding */ timeAt),
/* harmony export */   lJ: () => (/* binding */ objectAt),
/* harmony export */   nS: () => (/* binding */ loginAt),
/* harmony export */   tk: () => (/* binding */ numberAt),
/* harmony export */   yR: () => (/* binding */ objectsAt)
/* harmony export */ });
// Reading fields of an untyped webhook payload. Payloads arrive as `unknown` (a file on disk, a
// CLI argument, a GHES version with fewer fields), so every read narrows and tolerates absence
// instead of trusting @octokit/webhooks-types.
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** The object at `key`, or undefined. */
function objectAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    return isObject(value) ? value : undefined;
}
/** A non-empty string at `key`, or undefined. */
function stringAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    return typeof value === "string" && value !== "" ? value : undefined;
}
function numberAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}
function booleanAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    return typeof value === "boolean" ? value : undefined;
}
/** An identifier that GitHub sends as a number (or, for node ids and GHSA ids, a string). */
function idAt(source, key) {
    const number = numberAt(source, key);
    return number === undefined ? stringAt(source, key) : String(number);
}
/** `user.login` of the account object at `key` (sender, user, author...). */
function loginAt(source, key) {
    return stringAt(objectAt(source, key), "login");
}
/** The objects of the array at `key`; anything that is not an object is skipped. */
function objectsAt(source, key) {
    if (!isObject(source))
        return [];
    const value = source[key];
    return Array.isArray(value) ? value.filter(isObject) : [];
}
/** Label names of an issue or pull request. */
function labelNames(source) {
    return objectsAt(source, "labels")
        .map((label) => stringAt(label, "name"))
        .filter((name) => name !== undefined);
}
/**
 * A time field as an ISO string in UTC. GitHub mixes ISO strings with offsets
 * (`2019-05-15T08:20:41-07:00` in commit timestamps) and Unix seconds (`repository.pushed_at`
 * in push payloads); both become `2019-05-15T15:20:41.000Z`.
 */
function timeAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    const date = typeof value === "number" ? new Date(value * 1000) : typeof value === "string" ? new Date(value) : undefined;
    if (date === undefined || Number.isNaN(date.getTime()))
        return undefined;
    return date.toISOString();
}
/** The first line of a commit or PR message, trimmed. */
function firstLine(text) {
    if (text === undefined)
        return undefined;
    return text.split(/\r?\n/, 1)[0]?.trim();
}
/** Drop keys whose value is undefined, so compact payloads stay compact in JSON and schemas. */
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}


/***/ }),

/***/ 22853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ upstreamReleaseEventId),
/* harmony export */   T4: () => (/* binding */ idKey),
/* harmony export */   j4: () => (/* binding */ githubEventId),
/* harmony export */   jJ: () => (/* binding */ idTime),
/* harmony export */   xh: () => (/* binding */ deliveryDiscriminator)
/* harmony export */ });
/* unused harmony export encodeIdPart */
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24604);

// FlowEvent ids made here look like `github:<type>:<owner>/<repo>:<key>`. They end up in logs,
// file names (hashed by the stores), URLs and summaries, so they stay printable: every value
// taken from a payload (tag, label, cron, event_type...) is percent-encoded except for a small
// set of characters that are safe everywhere. `:` and `@` are always encoded inside values,
// because the id itself uses them as separators.
const SAFE = /[A-Za-z0-9._~/+=,*!()-]/;
/** Percent-encode (UTF-8) every character of `value` outside the safe set. */
function encodeIdPart(value) {
    let out = "";
    for (const char of value) {
        if (SAFE.test(char))
            out += char;
        else
            for (const byte of Buffer.from(char, "utf8"))
                out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out;
}
/**
 * Tagged template for natural keys: the literal text is the key's structure, every
 * interpolated value is encoded. `idKey\`pr-${number}@${sha}\``.
 */
function idKey(strings, ...values) {
    return strings.reduce((key, literal, index) => {
        const value = index < values.length ? encodeIdPart(String(values[index])) : "";
        return key + literal + value;
    }, "");
}
/** `github:<type>:<owner>/<repo>:<key>`; `key` must already be encoded (built with idKey). */
function githubEventId(parts) {
    return `github:${encodeIdPart(parts.type)}:${encodeIdPart(parts.repo)}:${parts.key}`;
}
/**
 * The id of an upstream release: `github:upstream.release:<owner>/<repo>:<tag>`. A repository
 * dispatch of `upstream.release` and a poller of upstream releases must both use this, so that
 * the same release is the same event whichever way it arrives.
 */
function upstreamReleaseEventId(repo, tag) {
    return githubEventId({ type: "upstream.release", repo, key: idKey `${tag}` });
}
/** A time as ISO 8601 basic format (`20190515T152033Z`): no `:` to encode, still sortable. */
function idTime(iso) {
    return iso.replace(/[-:]/g, "").replace(/\.000Z$/, "Z");
}
/**
 * What tells two deliveries of the same action on the same object apart, best first:
 * 1. a version from the payload (`updated_at`...), the same for every workflow that receives
 *    this delivery and for every re-run;
 * 2. the workflow run id: a re-run keeps GITHUB_RUN_ID (only GITHUB_RUN_ATTEMPT changes), but
 *    two workflows receiving the same delivery get two run ids;
 * 3. a digest of the payload, when called outside Actions with no run id.
 */
function deliveryDiscriminator(options) {
    if (options.version !== undefined)
        return encodeIdPart(options.version);
    if (options.runId !== undefined)
        return idKey `run-${options.runId}`;
    return `sha256-${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDigest */ .X)(options.payload).slice(0, 32)}`;
}


/***/ }),

/***/ 1360:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $j: () => (/* reexport */ errors/* FlowEventInputError */.$j),
  Ir: () => (/* reexport */ flowEventFromGitHub),
  Y6: () => (/* reexport */ loadGitHubEvent),
  EW: () => (/* reexport */ readGitHubRunContext)
});

// UNUSED EXPORTS: FLOW_EVENT_SHAPE, GitHubEventError, MAX_PAYLOAD_BYTES, MAX_PAYLOAD_DEPTH, PUSH_COMMITS_LIMIT, PayloadBudgetError, UPSTREAM_RELEASE_SHAPE, encodeIdPart, flowEventFromText, flowEventFromValue, gitHubEventType, githubEventId, upstreamReleaseEventId

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __nccwpck_require__(85797);
// EXTERNAL MODULE: ./.build/events/event-file.js
var event_file = __nccwpck_require__(34641);
// EXTERNAL MODULE: ./.build/events/errors.js
var errors = __nccwpck_require__(56835);
// EXTERNAL MODULE: ./.build/events/fields.js
var fields = __nccwpck_require__(45785);
// EXTERNAL MODULE: ./.build/json-text.js
var json_text = __nccwpck_require__(47948);
;// CONCATENATED MODULE: ./.build/events/context.js






const CONTEXT_VARIABLES = {
    repository: "GITHUB_REPOSITORY",
    runId: "GITHUB_RUN_ID",
    runAttempt: "GITHUB_RUN_ATTEMPT",
    sha: "GITHUB_SHA",
    ref: "GITHUB_REF",
    workflow: "GITHUB_WORKFLOW",
    job: "GITHUB_JOB",
    actor: "GITHUB_ACTOR",
    serverUrl: "GITHUB_SERVER_URL",
};
/** The run context from GITHUB_* variables; unset and empty variables are left out. */
function readGitHubRunContext(env) {
    const context = {};
    for (const [field, variable] of Object.entries(CONTEXT_VARIABLES)) {
        const value = env[variable]?.trim();
        if (value)
            context[field] = value;
    }
    return context;
}
const OUTSIDE_ACTIONS = "flows-action must run inside a GitHub Actions job, or be called as " +
    "`flows github --event-name <name> --event-path <file.json>`";
/** GITHUB_EVENT_NAME and the webhook payload in the JSON file at GITHUB_EVENT_PATH. */
async function loadGitHubEvent(env) {
    const eventName = requireVariable(env, "GITHUB_EVENT_NAME");
    const path = requireVariable(env, "GITHUB_EVENT_PATH");
    let text;
    try {
        // Checked before reading: a file over GitHub's payload cap did not come from GitHub.
        const { size } = await (0,promises_.stat)(path);
        (0,budget/* checkPayloadSize */.Iu)(size, `The GitHub event file ${path} (GITHUB_EVENT_PATH)`);
        const streamed = size >= lazyEventBytes(env) ? readStreamed(path, env) : undefined;
        if (streamed !== undefined) {
            (0,budget/* checkPayloadDepth */.K6)(streamed, `the GitHub event file ${path}`);
            return { eventName, payload: streamed };
        }
        text = await (0,promises_.readFile)(path, "utf8");
    }
    catch (error) {
        if (error instanceof errors/* PayloadBudgetError */.q$)
            throw error;
        const reason = error.code === "ENOENT" ? "the file does not exist" : describe(error);
        throw new errors/* GitHubEventError */.AT({
            message: `Cannot read the GitHub event file ${path} (GITHUB_EVENT_PATH): ${reason}.`,
            variable: "GITHUB_EVENT_PATH",
            path,
        });
    }
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (!parsed.ok) {
        const { line, column, message } = parsed;
        throw new errors/* GitHubEventError */.AT({
            message: `The GitHub event file ${path}:${line}:${column} is not valid JSON: ${message} (line ${line}, column ${column}).`,
            path,
            line,
            column,
        });
    }
    if (!(0,fields/* isObject */.Gv)(parsed.value)) {
        throw new errors/* GitHubEventError */.AT({
            message: `The GitHub event file ${path} holds ${Array.isArray(parsed.value) ? "an array" : "a plain value"}; a webhook payload is a JSON object.`,
            path,
        });
    }
    (0,budget/* checkPayloadDepth */.K6)(parsed.value, `the GitHub event file ${path}`);
    return { eventName, payload: parsed.value };
}
/**
 * Event files from this size on are read in a streaming pass that keeps their big arrays on disk
 * (event-file.ts). FLOWS_LAZY_EVENT_BYTES lowers it in tests, so small events take that path too.
 */
const LAZY_EVENT_BYTES = 1024 * 1024;
function lazyEventBytes(env) {
    const set = Number.parseInt(env.FLOWS_LAZY_EVENT_BYTES ?? "", 10);
    return Number.isSafeInteger(set) && set > 0 ? set : LAZY_EVENT_BYTES;
}
/** The payload read in streaming passes, or undefined: then the file is read whole (and any error said from there). */
function readStreamed(path, env) {
    let streamed;
    try {
        streamed = (0,event_file/* readEventStreamed */.q)(path, { minBytes: lazyEventBytes(env), maxDepth: budget/* MAX_PAYLOAD_DEPTH */.GL, scratchDir: env.RUNNER_TEMP || undefined });
    }
    catch {
        return undefined;
    }
    return streamed !== undefined && (0,fields/* isObject */.Gv)(streamed.value) ? streamed.value : undefined;
}
function requireVariable(env, variable) {
    const value = env[variable]?.trim();
    if (value)
        return value;
    throw new errors/* GitHubEventError */.AT({
        message: `${variable} is not set. ${OUTSIDE_ACTIONS}.`,
        variable,
    });
}
function describe(error) {
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./.build/events/id.js
var events_id = __nccwpck_require__(22853);
// EXTERNAL MODULE: ./.build/events/canonical.js
var canonical = __nccwpck_require__(24604);
;// CONCATENATED MODULE: ./.build/events/key-parts.js



/**
 * The time field (`updated_at`...) of `versionSource`, else the run id, else a digest. An
 * `edited` delivery also names a digest of its `changes`: two edits within the same second
 * share updated_at but not what they changed.
 */
function delivery(input, versionSource, field = "updated_at") {
    const time = (0,fields/* timeAt */.lC)(versionSource, field);
    const changes = input.action === "edited" ? (0,fields/* objectAt */.lJ)(input.payload, "changes") : undefined;
    const version = time === undefined ? undefined : changes ? `${(0,events_id/* idTime */.jJ)(time)}-changes-${(0,canonical/* canonicalDigest */.X)(changes).slice(0, 8)}` : (0,events_id/* idTime */.jJ)(time);
    return (0,events_id/* deliveryDiscriminator */.xh)({
        ...(version !== undefined ? { version } : {}),
        ...(input.context.runId !== undefined ? { runId: input.context.runId } : {}),
        payload: input.payload,
    });
}
/** Deliveries without a version in the payload: run id, else digest. */
function runDelivery(input) {
    return delivery(input, undefined);
}

;// CONCATENATED MODULE: ./.build/events/keys-automation.js



// Natural keys of dispatches, schedules, workflow runs and jobs, checks, deployments, statuses.
// workflow_dispatch, repository_dispatch, schedule: the payload is the same for every dispatch
// with the same inputs (and every tick of a cron), so the run is the event.
function dispatchKey(input) {
    return runDelivery(input);
}
function scheduleKey(input) {
    const cron = (0,fields/* stringAt */.bX)(input.payload, "schedule");
    return cron === undefined ? runDelivery(input) : `${(0,events_id/* idKey */.T4) `${cron}`}@${runDelivery(input)}`;
}
// workflow_run, workflow_job: a re-run of the *observed* workflow is a new attempt of it and a
// new event for flows; its id and attempt say so.
function attemptKey(kind, prefix) {
    return ({ payload }) => {
        const run = (0,fields/* objectAt */.lJ)(payload, kind);
        const id = (0,fields/* idAt */.jj)(run, "id");
        if (id === undefined)
            return undefined;
        return (0,events_id/* idKey */.T4) `${prefix}-${id}-attempt-${(0,fields/* numberAt */.tk)(run, "run_attempt") ?? 1}`;
    };
}
// check_suite: requested once per suite; completed and rerequested repeat and move updated_at.
function checkSuiteKey(input) {
    const suite = (0,fields/* objectAt */.lJ)(input.payload, "check_suite");
    const id = (0,fields/* idAt */.jj)(suite, "id");
    if (id === undefined)
        return undefined;
    const key = (0,events_id/* idKey */.T4) `suite-${id}`;
    return input.action === "requested" ? key : `${key}@${delivery(input, suite)}`;
}
// check_run: created once; completed carries its conclusion and completed_at (an app may
// complete a run again with another conclusion); a requested action names its identifier;
// rerequests carry no time.
function checkRunKey(input) {
    const run = (0,fields/* objectAt */.lJ)(input.payload, "check_run");
    const id = (0,fields/* idAt */.jj)(run, "id");
    if (id === undefined)
        return undefined;
    const key = (0,events_id/* idKey */.T4) `check-${id}`;
    if (input.action === "created")
        return key;
    if (input.action === "completed") {
        return `${key}${(0,events_id/* idKey */.T4) `:${(0,fields/* stringAt */.bX)(run, "conclusion") ?? "none"}`}@${delivery(input, run, "completed_at")}`;
    }
    const requested = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(input.payload, "requested_action"), "identifier");
    const subject = requested === undefined ? "" : (0,events_id/* idKey */.T4) `:action-${requested}`;
    return `${key}${subject}@${runDelivery(input)}`;
}
// deployment, deployment_status, status: every deployment and status GitHub stores has its id.
function deploymentKey({ payload }) {
    const id = (0,fields/* idAt */.jj)((0,fields/* objectAt */.lJ)(payload, "deployment"), "id");
    return id === undefined ? undefined : (0,events_id/* idKey */.T4) `deployment-${id}`;
}
function deploymentStatusKey({ payload }) {
    const deployment = (0,fields/* idAt */.jj)((0,fields/* objectAt */.lJ)(payload, "deployment"), "id");
    const status = (0,fields/* idAt */.jj)((0,fields/* objectAt */.lJ)(payload, "deployment_status"), "id");
    return deployment === undefined || status === undefined
        ? undefined
        : (0,events_id/* idKey */.T4) `deployment-${deployment}:status-${status}`;
}
function statusKey({ payload }) {
    const id = (0,fields/* idAt */.jj)(payload, "id");
    const sha = (0,fields/* stringAt */.bX)(payload, "sha");
    return id === undefined || sha === undefined ? undefined : (0,events_id/* idKey */.T4) `${sha}:status-${id}`;
}

;// CONCATENATED MODULE: ./.build/events/keys-code.js



// Natural keys of events about code: push, release, create, delete, merge_group, packages.
// push: the ref and the commit it now points at. A push that moves a ref to a commit it has
// already been pushed to is the same domain event ("main is at X") and runs nothing twice. A
// deletion points at 000…0, which says nothing, so it names the commit the ref was deleted at.
function pushKey({ payload }) {
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    const after = (0,fields/* stringAt */.bX)(payload, "after");
    const before = (0,fields/* stringAt */.bX)(payload, "before");
    if (ref === undefined || after === undefined)
        return undefined;
    if (payload.deleted === true && before !== undefined)
        return (0,events_id/* idKey */.T4) `${ref}@${before}..${after}`;
    return (0,events_id/* idKey */.T4) `${ref}@${after}`;
}
// release: `published` is keyed by the tag alone, like the upstream-release events of other
// producers: a tag is released once, and republishing it runs nothing twice. A release id is
// created and deleted once. Other actions (edited, released, prereleased, unpublished) can
// repeat and release objects carry no updated_at, so they are told apart by the run.
function releaseKey(input) {
    const release = (0,fields/* objectAt */.lJ)(input.payload, "release");
    const tag = (0,fields/* stringAt */.bX)(release, "tag_name");
    if (tag === undefined)
        return undefined;
    if (input.action === "published")
        return (0,events_id/* idKey */.T4) `${tag}`;
    const id = (0,fields/* idAt */.jj)(release, "id");
    if ((input.action === "created" || input.action === "deleted") && id !== undefined) {
        return (0,events_id/* idKey */.T4) `${tag}@release-${id}`;
    }
    return `${(0,events_id/* idKey */.T4) `${tag}`}@${runDelivery(input)}`;
}
// create: the payload has no commit, but GITHUB_SHA is the commit the new ref points at, so a
// ref re-created elsewhere is a new event. delete: GITHUB_SHA is the default branch, which
// says nothing about the deleted ref, so deletions are told apart by the run.
function createKey({ payload, context }) {
    const refType = (0,fields/* stringAt */.bX)(payload, "ref_type");
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    if (refType === undefined || ref === undefined)
        return undefined;
    return context.sha === undefined ? (0,events_id/* idKey */.T4) `${refType}:${ref}` : (0,events_id/* idKey */.T4) `${refType}:${ref}@${context.sha}`;
}
function deleteKey(input) {
    const refType = (0,fields/* stringAt */.bX)(input.payload, "ref_type");
    const ref = (0,fields/* stringAt */.bX)(input.payload, "ref");
    if (refType === undefined || ref === undefined)
        return undefined;
    return `${(0,events_id/* idKey */.T4) `${refType}:${ref}`}@${runDelivery(input)}`;
}
// merge_group: each group has its own temporary ref and merge commit.
function mergeGroupKey({ payload }) {
    const group = (0,fields/* objectAt */.lJ)(payload, "merge_group");
    const ref = (0,fields/* stringAt */.bX)(group, "head_ref");
    const sha = (0,fields/* stringAt */.bX)(group, "head_sha");
    return ref === undefined || sha === undefined ? undefined : (0,events_id/* idKey */.T4) `${ref}@${sha}`;
}
// package, registry_package: a version is published once; `updated` repeats and moves the
// version's updated_at. The package id alone would merge every version of a package.
function packageKey(input) {
    const pkg = (0,fields/* objectAt */.lJ)(input.payload, input.eventName);
    const id = (0,fields/* idAt */.jj)(pkg, "id");
    if (id === undefined)
        return undefined;
    const version = (0,fields/* objectAt */.lJ)(pkg, "package_version");
    const versionId = (0,fields/* idAt */.jj)(version, "id");
    const key = versionId === undefined ? (0,events_id/* idKey */.T4) `package-${id}` : (0,events_id/* idKey */.T4) `package-${id}:version-${versionId}`;
    return input.action === "published" ? key : `${key}@${delivery(input, version ?? pkg)}`;
}

;// CONCATENATED MODULE: ./.build/events/keys-collaboration.js



// Natural keys of pull requests, issues, discussions, reviews and comments.
// Labels, assignees, reviewers and milestones: two of them can change in the same second
// (a PR opened with two labels sends two `labeled` deliveries with one updated_at).
function subjectOf(payload) {
    const label = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "label"), "name");
    if (label !== undefined)
        return (0,events_id/* idKey */.T4) `:label-${label}`;
    const assignee = (0,fields/* loginAt */.nS)(payload, "assignee");
    if (assignee !== undefined)
        return (0,events_id/* idKey */.T4) `:assignee-${assignee}`;
    const reviewer = (0,fields/* loginAt */.nS)(payload, "requested_reviewer");
    if (reviewer !== undefined)
        return (0,events_id/* idKey */.T4) `:reviewer-${reviewer}`;
    const team = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "requested_team"), "slug");
    if (team !== undefined)
        return (0,events_id/* idKey */.T4) `:team-${team}`;
    const milestone = (0,fields/* numberAt */.tk)((0,fields/* objectAt */.lJ)(payload, "milestone"), "number");
    if (milestone !== undefined)
        return (0,events_id/* idKey */.T4) `:milestone-${milestone}`;
    return "";
}
// GitHub does not move updated_at when pinning (see the webhook examples), so these actions
// are told apart by the run.
const UNVERSIONED_ACTIONS = new Set(["pinned", "unpinned"]);
/** `@<updated_at>` of the issue/PR/discussion, or the run for actions that do not bump it. */
function threadDelivery(input, thread) {
    return UNVERSIONED_ACTIONS.has(input.action ?? "") ? runDelivery(input) : delivery(input, thread);
}
// pull_request, pull_request_target: the PR and its head commit. `opened` happens once per PR
// and `synchronize` once per head (like push, a head that comes back is the same event); every
// other action can repeat, so it adds its subject and the PR's updated_at.
function pullRequestBase(payload) {
    const pr = (0,fields/* objectAt */.lJ)(payload, "pull_request");
    const number = (0,fields/* numberAt */.tk)(pr, "number");
    const sha = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(pr, "head"), "sha");
    return number === undefined || sha === undefined ? undefined : (0,events_id/* idKey */.T4) `pr-${number}@${sha}`;
}
function pullRequestKey(input) {
    const base = pullRequestBase(input.payload);
    if (base === undefined)
        return undefined;
    if (input.action === "opened" || input.action === "synchronize")
        return base;
    return `${base}${subjectOf(input.payload)}@${threadDelivery(input, (0,fields/* objectAt */.lJ)(input.payload, "pull_request"))}`;
}
// pull_request_review: a review id is submitted and dismissed once; edits leave no time in the
// payload, so an edit is told apart by the run.
function reviewKey(input) {
    const base = pullRequestBase(input.payload);
    const review = (0,fields/* idAt */.jj)((0,fields/* objectAt */.lJ)(input.payload, "review"), "id");
    if (base === undefined || review === undefined)
        return undefined;
    const key = `${base}${(0,events_id/* idKey */.T4) `:review-${review}`}`;
    return input.action === "edited" ? `${key}@${runDelivery(input)}` : key;
}
// pull_request_review_comment: a comment is created and deleted once; an edit moves updated_at.
function reviewCommentKey(input) {
    const base = pullRequestBase(input.payload);
    const comment = (0,fields/* objectAt */.lJ)(input.payload, "comment");
    const id = (0,fields/* idAt */.jj)(comment, "id");
    if (base === undefined || id === undefined)
        return undefined;
    const key = `${base}${(0,events_id/* idKey */.T4) `:comment-${id}`}`;
    return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}
// pull_request_review_thread: resolving and unresolving can repeat and carry no time.
function reviewThreadKey(input) {
    const base = pullRequestBase(input.payload);
    const thread = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(input.payload, "thread"), "node_id");
    if (base === undefined || thread === undefined)
        return undefined;
    return `${base}${(0,events_id/* idKey */.T4) `:thread-${thread}`}@${runDelivery(input)}`;
}
// issues, discussion: an issue is opened, deleted and transferred away once; other actions
// repeat, so they add their subject and the issue's updated_at.
const ONCE_PER_THREAD = new Set(["opened", "created", "deleted", "transferred"]);
function threadKey(kind) {
    return (input) => {
        const thread = (0,fields/* objectAt */.lJ)(input.payload, kind);
        const number = (0,fields/* numberAt */.tk)(thread, "number");
        if (number === undefined)
            return undefined;
        const base = (0,events_id/* idKey */.T4) `${kind}-${number}`;
        if (ONCE_PER_THREAD.has(input.action ?? ""))
            return base;
        return `${base}${subjectOf(input.payload)}@${threadDelivery(input, thread)}`;
    };
}
// issue_comment, discussion_comment: comment ids are unique; created and deleted happen once,
// each edit moves updated_at.
function commentKey(input) {
    const comment = (0,fields/* objectAt */.lJ)(input.payload, "comment");
    const id = (0,fields/* idAt */.jj)(comment, "id");
    if (id === undefined)
        return undefined;
    const key = (0,events_id/* idKey */.T4) `comment-${id}`;
    return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}

;// CONCATENATED MODULE: ./.build/events/keys.js






/** The natural key of a GitHub delivery; families that cannot read their payload fall back. */
function naturalKey(input) {
    return FAMILIES[input.eventName]?.(input) ?? genericKey(input);
}
const FAMILIES = {
    push: pushKey,
    pull_request: pullRequestKey,
    pull_request_target: pullRequestKey,
    pull_request_review: reviewKey,
    pull_request_review_comment: reviewCommentKey,
    pull_request_review_thread: reviewThreadKey,
    issues: threadKey("issue"),
    discussion: threadKey("discussion"),
    issue_comment: commentKey,
    discussion_comment: commentKey,
    release: releaseKey,
    create: createKey,
    delete: deleteKey,
    workflow_dispatch: dispatchKey,
    repository_dispatch: dispatchKey,
    schedule: scheduleKey,
    workflow_run: attemptKey("workflow_run", "run"),
    workflow_job: attemptKey("workflow_job", "job"),
    check_suite: checkSuiteKey,
    check_run: checkRunKey,
    merge_group: mergeGroupKey,
    deployment: deploymentKey,
    deployment_status: deploymentStatusKey,
    status: statusKey,
    package: packageKey,
    registry_package: packageKey,
};
// Any other event: the most specific object that has an id — the one named like the event
// (`label` for label), or like its last word (`alert` for code_scanning_alert), or sharing its
// prefix (`forkee` for fork, `installation` for installation_repositories), else the first
// other object with an id — plus what tells its deliveries apart (its updated_at, else the run,
// else a digest). No such object: the run, else a digest of the payload.
const CONTEXT_OBJECTS = new Set(["repository", "organization", "sender", "installation", "enterprise", "changes"]);
function genericKey(input) {
    const subject = subjectObject(input.eventName, input.payload);
    if (subject === undefined)
        return runDelivery(input);
    return `${(0,events_id/* idKey */.T4) `${subject.name}-${subject.id}`}@${delivery(input, subject.value)}`;
}
function subjectObject(eventName, payload) {
    const names = Object.keys(payload).filter((name) => (0,fields/* isObject */.Gv)(payload[name]));
    const related = (name) => eventName.startsWith(name) || name.startsWith(eventName);
    const lastWord = eventName.slice(eventName.lastIndexOf("_") + 1);
    const ordered = [
        ...names.filter((name) => name === eventName),
        ...names.filter((name) => name === lastWord && name !== eventName),
        ...names.filter((name) => name !== eventName && name !== lastWord && related(name)),
        ...names.filter((name) => name !== lastWord && !related(name) && !CONTEXT_OBJECTS.has(name)),
    ];
    for (const name of ordered) {
        const value = payload[name];
        const id = (0,fields/* idAt */.jj)(value, "id") ?? (0,fields/* idAt */.jj)(value, "number");
        if (id !== undefined)
            return { name, id, value };
    }
    return undefined;
}

// EXTERNAL MODULE: ./.build/events/pass-through.js
var pass_through = __nccwpck_require__(83477);
;// CONCATENATED MODULE: ./.build/events/payloads-automation.js

// Compact payloads of events started by people or machines rather than by code changes:
// dispatches, schedules, workflow runs and jobs, checks, deployments and commit statuses.
function workflowDispatchPart(payload) {
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            ref: (0,fields/* stringAt */.bX)(payload, "ref"),
            workflow: (0,fields/* stringAt */.bX)(payload, "workflow"),
            inputs: (0,fields/* objectAt */.lJ)(payload, "inputs") ?? {},
        }),
    };
}
function repositoryDispatchPart(payload) {
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            eventType: (0,fields/* stringAt */.bX)(payload, "action"),
            branch: (0,fields/* stringAt */.bX)(payload, "branch"),
            clientPayload: (0,fields/* objectAt */.lJ)(payload, "client_payload") ?? {},
        }),
    };
}
/** schedule: the cron that fired; GITHUB_WORKFLOW says which workflow it belongs to. */
function schedulePart(payload, context) {
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            schedule: (0,fields/* stringAt */.bX)(payload, "schedule"),
            workflow: (0,fields/* stringAt */.bX)(payload, "workflow") ?? context.workflow,
        }),
    };
}
function pullRequestNumbers(source) {
    return (0,fields/* objectsAt */.yR)(source, "pull_requests")
        .map((pr) => (0,fields/* numberAt */.tk)(pr, "number"))
        .filter((number) => number !== undefined);
}
function workflowRunPart(payload) {
    const run = (0,fields/* objectAt */.lJ)(payload, "workflow_run");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(run, "id"),
            name: (0,fields/* stringAt */.bX)(run, "name"),
            workflowId: (0,fields/* numberAt */.tk)(run, "workflow_id"),
            path: (0,fields/* stringAt */.bX)(run, "path"),
            runNumber: (0,fields/* numberAt */.tk)(run, "run_number"),
            runAttempt: (0,fields/* numberAt */.tk)(run, "run_attempt") ?? 1,
            event: (0,fields/* stringAt */.bX)(run, "event"),
            status: (0,fields/* stringAt */.bX)(run, "status"),
            conclusion: (0,fields/* stringAt */.bX)(run, "conclusion") ?? null,
            headSha: (0,fields/* stringAt */.bX)(run, "head_sha"),
            headBranch: (0,fields/* stringAt */.bX)(run, "head_branch"),
            headRepo: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(run, "head_repository"), "full_name"),
            actor: (0,fields/* loginAt */.nS)(run, "actor"),
            url: (0,fields/* stringAt */.bX)(run, "html_url"),
            pullRequests: pullRequestNumbers(run),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(run, "updated_at"),
    };
}
function workflowJobPart(payload) {
    const job = (0,fields/* objectAt */.lJ)(payload, "workflow_job");
    const labels = job?.labels;
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(job, "id"),
            runId: (0,fields/* numberAt */.tk)(job, "run_id"),
            runAttempt: (0,fields/* numberAt */.tk)(job, "run_attempt") ?? 1,
            name: (0,fields/* stringAt */.bX)(job, "name"),
            workflowName: (0,fields/* stringAt */.bX)(job, "workflow_name"),
            status: (0,fields/* stringAt */.bX)(job, "status"),
            conclusion: (0,fields/* stringAt */.bX)(job, "conclusion") ?? null,
            headSha: (0,fields/* stringAt */.bX)(job, "head_sha"),
            headBranch: (0,fields/* stringAt */.bX)(job, "head_branch"),
            labels: Array.isArray(labels) ? labels.filter((label) => typeof label === "string") : [],
            url: (0,fields/* stringAt */.bX)(job, "html_url"),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(job, "completed_at") ?? (0,fields/* timeAt */.lC)(job, "started_at") ?? (0,fields/* timeAt */.lC)(job, "created_at"),
    };
}
function checkSuitePart(payload) {
    const suite = (0,fields/* objectAt */.lJ)(payload, "check_suite");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(suite, "id"),
            headSha: (0,fields/* stringAt */.bX)(suite, "head_sha"),
            headBranch: (0,fields/* stringAt */.bX)(suite, "head_branch") ?? null,
            status: (0,fields/* stringAt */.bX)(suite, "status"),
            conclusion: (0,fields/* stringAt */.bX)(suite, "conclusion") ?? null,
            app: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(suite, "app"), "slug"),
            pullRequests: pullRequestNumbers(suite),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(suite, "updated_at"),
    };
}
function checkRunPart(payload) {
    const run = (0,fields/* objectAt */.lJ)(payload, "check_run");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(run, "id"),
            name: (0,fields/* stringAt */.bX)(run, "name"),
            headSha: (0,fields/* stringAt */.bX)(run, "head_sha"),
            status: (0,fields/* stringAt */.bX)(run, "status"),
            conclusion: (0,fields/* stringAt */.bX)(run, "conclusion") ?? null,
            url: (0,fields/* stringAt */.bX)(run, "html_url"),
            checkSuiteId: (0,fields/* numberAt */.tk)((0,fields/* objectAt */.lJ)(run, "check_suite"), "id"),
            app: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(run, "app"), "slug"),
            pullRequests: pullRequestNumbers(run),
            requestedAction: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "requested_action"), "identifier"),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(run, "completed_at") ?? (0,fields/* timeAt */.lC)(run, "started_at"),
    };
}
function deploymentSummary(deployment) {
    return (0,fields/* definedOnly */.Uv)({
        id: (0,fields/* numberAt */.tk)(deployment, "id"),
        sha: (0,fields/* stringAt */.bX)(deployment, "sha"),
        ref: (0,fields/* stringAt */.bX)(deployment, "ref"),
        task: (0,fields/* stringAt */.bX)(deployment, "task"),
        environment: (0,fields/* stringAt */.bX)(deployment, "environment"),
        description: (0,fields/* stringAt */.bX)(deployment, "description") ?? null,
        creator: (0,fields/* loginAt */.nS)(deployment, "creator"),
        payload: (0,fields/* isObject */.Gv)(deployment?.payload) ? deployment.payload : undefined,
    });
}
function deploymentPart(payload) {
    const deployment = (0,fields/* objectAt */.lJ)(payload, "deployment");
    return { fields: deploymentSummary(deployment), occurredAt: (0,fields/* timeAt */.lC)(deployment, "created_at") };
}
function deploymentStatusPart(payload) {
    const status = (0,fields/* objectAt */.lJ)(payload, "deployment_status");
    return {
        fields: {
            deployment: deploymentSummary((0,fields/* objectAt */.lJ)(payload, "deployment")),
            ...(0,fields/* definedOnly */.Uv)({
                id: (0,fields/* numberAt */.tk)(status, "id"),
                state: (0,fields/* stringAt */.bX)(status, "state"),
                environment: (0,fields/* stringAt */.bX)(status, "environment"),
                description: (0,fields/* stringAt */.bX)(status, "description") ?? null,
                targetUrl: (0,fields/* stringAt */.bX)(status, "target_url") ?? null,
                environmentUrl: (0,fields/* stringAt */.bX)(status, "environment_url"),
                logUrl: (0,fields/* stringAt */.bX)(status, "log_url"),
            }),
        },
        occurredAt: (0,fields/* timeAt */.lC)(status, "created_at"),
    };
}
function statusPart(payload) {
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(payload, "id"),
            sha: (0,fields/* stringAt */.bX)(payload, "sha"),
            context: (0,fields/* stringAt */.bX)(payload, "context"),
            state: (0,fields/* stringAt */.bX)(payload, "state"),
            description: (0,fields/* stringAt */.bX)(payload, "description") ?? null,
            targetUrl: (0,fields/* stringAt */.bX)(payload, "target_url") ?? null,
            branches: (0,fields/* objectsAt */.yR)(payload, "branches")
                .map((branch) => (0,fields/* stringAt */.bX)(branch, "name"))
                .filter((name) => name !== undefined),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(payload, "updated_at") ?? (0,fields/* timeAt */.lC)(payload, "created_at"),
    };
}

;// CONCATENATED MODULE: ./.build/events/payloads-code.js

/** GitHub's push payload lists up to 2048 commits; flows get the last 20 and the count. */
const PUSH_COMMITS_LIMIT = 20;
function commitAuthor(commit) {
    const author = (0,fields/* objectAt */.lJ)(commit, "author");
    return (0,fields/* stringAt */.bX)(author, "username") ?? (0,fields/* stringAt */.bX)(author, "name") ?? null;
}
function shortCommit(commit) {
    const id = (0,fields/* stringAt */.bX)(commit, "id");
    if (id === undefined)
        return undefined;
    return { id, message: (0,fields/* firstLine */.TM)((0,fields/* stringAt */.bX)(commit, "message")) ?? "", author: commitAuthor(commit) };
}
/** `refs/heads/main` → {branch: "main"}, `refs/tags/v1` → {tag: "v1"}. */
function refName(ref) {
    if (ref?.startsWith("refs/heads/"))
        return { branch: ref.slice("refs/heads/".length) };
    if (ref?.startsWith("refs/tags/"))
        return { tag: ref.slice("refs/tags/".length) };
    return {};
}
function pushPart(payload) {
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    const commits = (0,fields/* objectsAt */.yR)(payload, "commits")
        .map(shortCommit)
        .filter((commit) => commit !== undefined);
    const headCommit = (0,fields/* objectAt */.lJ)(payload, "head_commit");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            ref,
            before: (0,fields/* stringAt */.bX)(payload, "before"),
            after: (0,fields/* stringAt */.bX)(payload, "after"),
            ...refName(ref),
            baseRef: (0,fields/* stringAt */.bX)(payload, "base_ref"),
            created: (0,fields/* booleanAt */.CR)(payload, "created") ?? false,
            deleted: (0,fields/* booleanAt */.CR)(payload, "deleted") ?? false,
            forced: (0,fields/* booleanAt */.CR)(payload, "forced") ?? false,
            compare: (0,fields/* stringAt */.bX)(payload, "compare"),
            pusher: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "pusher"), "name"),
            headCommit: shortCommit(headCommit) ?? null,
            commits: commits.slice(-PUSH_COMMITS_LIMIT),
            commitCount: commits.length,
        }),
        // The push time, not the head commit's author time: pushing an old commit is a new push.
        occurredAt: (0,fields/* timeAt */.lC)((0,fields/* objectAt */.lJ)(payload, "repository"), "pushed_at") ?? (0,fields/* timeAt */.lC)(headCommit, "timestamp"),
    };
}
/** create: GITHUB_SHA is the commit the new ref points at. */
function createPart(payload, context) {
    const refType = (0,fields/* stringAt */.bX)(payload, "ref_type");
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            ref,
            refType,
            ...(refType === "branch" && ref ? { branch: ref } : {}),
            ...(refType === "tag" && ref ? { tag: ref } : {}),
            sha: context.sha,
            defaultBranch: (0,fields/* stringAt */.bX)(payload, "master_branch"),
            description: (0,fields/* stringAt */.bX)(payload, "description"),
        }),
    };
}
function deletePart(payload) {
    const refType = (0,fields/* stringAt */.bX)(payload, "ref_type");
    const ref = (0,fields/* stringAt */.bX)(payload, "ref");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            ref,
            refType,
            ...(refType === "branch" && ref ? { branch: ref } : {}),
            ...(refType === "tag" && ref ? { tag: ref } : {}),
        }),
    };
}
/**
 * release: also a valid upstream-release payload (`provider`, `repo`, `tag`, `url`,
 * `publishedAt`), so a flow written for upstream releases can take a repository's own release.
 */
function releasePart(payload) {
    const release = (0,fields/* objectAt */.lJ)(payload, "release");
    const publishedAt = (0,fields/* timeAt */.lC)(release, "published_at") ?? null;
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            provider: "github",
            tag: (0,fields/* stringAt */.bX)(release, "tag_name"),
            name: (0,fields/* stringAt */.bX)(release, "name") ?? null,
            url: (0,fields/* stringAt */.bX)(release, "html_url"),
            id: (0,fields/* numberAt */.tk)(release, "id"),
            prerelease: (0,fields/* booleanAt */.CR)(release, "prerelease") ?? false,
            draft: (0,fields/* booleanAt */.CR)(release, "draft") ?? false,
            publishedAt,
            targetCommitish: (0,fields/* stringAt */.bX)(release, "target_commitish"),
            author: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(release, "author"), "login"),
        }),
        occurredAt: publishedAt ?? (0,fields/* timeAt */.lC)(release, "created_at"),
    };
}
function mergeGroupPart(payload) {
    const group = (0,fields/* objectAt */.lJ)(payload, "merge_group");
    const headRef = (0,fields/* stringAt */.bX)(group, "head_ref");
    const headCommit = (0,fields/* objectAt */.lJ)(group, "head_commit");
    // The queue names its branch gh-readonly-queue/<base>/pr-<number>-<sha>.
    const pullRequest = headRef === undefined ? undefined : /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef)?.[1];
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            headSha: (0,fields/* stringAt */.bX)(group, "head_sha"),
            headRef,
            baseSha: (0,fields/* stringAt */.bX)(group, "base_sha"),
            baseRef: (0,fields/* stringAt */.bX)(group, "base_ref"),
            pullRequest: pullRequest === undefined ? undefined : Number(pullRequest),
            headCommit: shortCommit(headCommit),
            reason: (0,fields/* stringAt */.bX)(payload, "reason"),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(headCommit, "timestamp"),
    };
}
/** package, registry_package: the package and the version the delivery is about. */
function packagePart(payload, eventName) {
    const pkg = (0,fields/* objectAt */.lJ)(payload, eventName);
    const version = (0,fields/* objectAt */.lJ)(pkg, "package_version");
    return {
        fields: (0,fields/* definedOnly */.Uv)({
            id: (0,fields/* numberAt */.tk)(pkg, "id"),
            name: (0,fields/* stringAt */.bX)(pkg, "name"),
            packageType: (0,fields/* stringAt */.bX)(pkg, "package_type"),
            namespace: (0,fields/* stringAt */.bX)(pkg, "namespace"),
            version: (0,fields/* stringAt */.bX)(version, "version"),
            versionId: (0,fields/* numberAt */.tk)(version, "id"),
            url: (0,fields/* stringAt */.bX)(version, "html_url") ?? (0,fields/* stringAt */.bX)(pkg, "html_url"),
        }),
        occurredAt: (0,fields/* timeAt */.lC)(version, "updated_at") ?? (0,fields/* timeAt */.lC)(pkg, "updated_at"),
    };
}

;// CONCATENATED MODULE: ./.build/events/payloads-collaboration.js

function pullRequestSummary(pr) {
    const head = (0,fields/* objectAt */.lJ)(pr, "head");
    const base = (0,fields/* objectAt */.lJ)(pr, "base");
    const headRepo = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(head, "repo"), "full_name") ?? null;
    const baseRepo = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(base, "repo"), "full_name") ?? null;
    return {
        number: (0,fields/* numberAt */.tk)(pr, "number") ?? null,
        title: (0,fields/* stringAt */.bX)(pr, "title") ?? null,
        state: (0,fields/* stringAt */.bX)(pr, "state") ?? null,
        draft: (0,fields/* booleanAt */.CR)(pr, "draft") ?? false,
        merged: (0,fields/* booleanAt */.CR)(pr, "merged") ?? false,
        headSha: (0,fields/* stringAt */.bX)(head, "sha") ?? null,
        headRef: (0,fields/* stringAt */.bX)(head, "ref") ?? null,
        baseSha: (0,fields/* stringAt */.bX)(base, "sha") ?? null,
        baseRef: (0,fields/* stringAt */.bX)(base, "ref") ?? null,
        headRepo,
        // A deleted fork leaves head.repo null; it was not the base repository either.
        fork: headRepo === null || (baseRepo !== null && headRepo !== baseRepo),
        author: (0,fields/* loginAt */.nS)(pr, "user") ?? null,
        labels: (0,fields/* labelNames */.l3)(pr),
        url: (0,fields/* stringAt */.bX)(pr, "html_url") ?? null,
    };
}
/** What a labeled/assigned/review_requested/milestoned delivery is about. */
function subjectFields(payload) {
    return (0,fields/* definedOnly */.Uv)({
        label: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "label"), "name"),
        assignee: (0,fields/* loginAt */.nS)(payload, "assignee"),
        requestedReviewer: (0,fields/* loginAt */.nS)(payload, "requested_reviewer"),
        requestedTeam: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "requested_team"), "slug"),
        milestone: (0,fields/* numberAt */.tk)((0,fields/* objectAt */.lJ)(payload, "milestone"), "number"),
    });
}
function pullRequestPart(payload) {
    const pr = (0,fields/* objectAt */.lJ)(payload, "pull_request");
    return {
        fields: {
            ...pullRequestSummary(pr),
            ...subjectFields(payload),
            ...(0,fields/* definedOnly */.Uv)({ before: (0,fields/* stringAt */.bX)(payload, "before"), after: (0,fields/* stringAt */.bX)(payload, "after") }),
        },
        occurredAt: (0,fields/* timeAt */.lC)(pr, "updated_at"),
    };
}
function commentSummary(comment) {
    return (0,fields/* definedOnly */.Uv)({
        id: (0,fields/* numberAt */.tk)(comment, "id"),
        body: (0,fields/* stringAt */.bX)(comment, "body") ?? "",
        author: (0,fields/* loginAt */.nS)(comment, "user"),
        url: (0,fields/* stringAt */.bX)(comment, "html_url"),
        createdAt: (0,fields/* timeAt */.lC)(comment, "created_at"),
        updatedAt: (0,fields/* timeAt */.lC)(comment, "updated_at"),
    });
}
function reviewPart(payload) {
    const review = (0,fields/* objectAt */.lJ)(payload, "review");
    return {
        fields: {
            pullRequest: pullRequestSummary((0,fields/* objectAt */.lJ)(payload, "pull_request")),
            review: (0,fields/* definedOnly */.Uv)({
                id: (0,fields/* numberAt */.tk)(review, "id"),
                state: (0,fields/* stringAt */.bX)(review, "state"),
                body: (0,fields/* stringAt */.bX)(review, "body") ?? "",
                author: (0,fields/* loginAt */.nS)(review, "user"),
                commitId: (0,fields/* stringAt */.bX)(review, "commit_id"),
                url: (0,fields/* stringAt */.bX)(review, "html_url"),
                submittedAt: (0,fields/* timeAt */.lC)(review, "submitted_at"),
            }),
        },
        occurredAt: (0,fields/* timeAt */.lC)(review, "submitted_at") ?? (0,fields/* timeAt */.lC)((0,fields/* objectAt */.lJ)(payload, "pull_request"), "updated_at"),
    };
}
function reviewCommentPart(payload) {
    const comment = (0,fields/* objectAt */.lJ)(payload, "comment");
    return {
        fields: {
            pullRequest: pullRequestSummary((0,fields/* objectAt */.lJ)(payload, "pull_request")),
            comment: {
                ...commentSummary(comment),
                ...(0,fields/* definedOnly */.Uv)({
                    path: (0,fields/* stringAt */.bX)(comment, "path"),
                    line: (0,fields/* numberAt */.tk)(comment, "line"),
                    commitId: (0,fields/* stringAt */.bX)(comment, "commit_id"),
                    reviewId: (0,fields/* numberAt */.tk)(comment, "pull_request_review_id"),
                }),
            },
        },
        occurredAt: (0,fields/* timeAt */.lC)(comment, "updated_at"),
    };
}
function reviewThreadPart(payload) {
    const thread = (0,fields/* objectAt */.lJ)(payload, "thread");
    return {
        fields: {
            pullRequest: pullRequestSummary((0,fields/* objectAt */.lJ)(payload, "pull_request")),
            thread: (0,fields/* definedOnly */.Uv)({ id: (0,fields/* stringAt */.bX)(thread, "node_id") }),
        },
        occurredAt: (0,fields/* timeAt */.lC)((0,fields/* objectAt */.lJ)(payload, "pull_request"), "updated_at"),
    };
}
function issueSummary(issue) {
    return {
        number: (0,fields/* numberAt */.tk)(issue, "number") ?? null,
        title: (0,fields/* stringAt */.bX)(issue, "title") ?? null,
        state: (0,fields/* stringAt */.bX)(issue, "state") ?? null,
        author: (0,fields/* loginAt */.nS)(issue, "user") ?? null,
        labels: (0,fields/* labelNames */.l3)(issue),
        url: (0,fields/* stringAt */.bX)(issue, "html_url") ?? null,
        // Comments on pull requests arrive as issue_comment with issue.pull_request set.
        isPullRequest: (0,fields/* objectAt */.lJ)(issue, "pull_request") !== undefined,
    };
}
function issuePart(payload) {
    const issue = (0,fields/* objectAt */.lJ)(payload, "issue");
    return { fields: { ...issueSummary(issue), ...subjectFields(payload) }, occurredAt: (0,fields/* timeAt */.lC)(issue, "updated_at") };
}
function issueCommentPart(payload) {
    const comment = (0,fields/* objectAt */.lJ)(payload, "comment");
    return {
        fields: { issue: issueSummary((0,fields/* objectAt */.lJ)(payload, "issue")), comment: commentSummary(comment) },
        occurredAt: (0,fields/* timeAt */.lC)(comment, "updated_at"),
    };
}
function discussionSummary(discussion) {
    return {
        number: (0,fields/* numberAt */.tk)(discussion, "number") ?? null,
        title: (0,fields/* stringAt */.bX)(discussion, "title") ?? null,
        state: (0,fields/* stringAt */.bX)(discussion, "state") ?? null,
        category: (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(discussion, "category"), "name") ?? null,
        author: (0,fields/* loginAt */.nS)(discussion, "user") ?? null,
        url: (0,fields/* stringAt */.bX)(discussion, "html_url") ?? null,
    };
}
function discussionPart(payload) {
    const discussion = (0,fields/* objectAt */.lJ)(payload, "discussion");
    return {
        fields: {
            ...discussionSummary(discussion),
            ...subjectFields(payload),
            ...(0,fields/* definedOnly */.Uv)({ answerId: (0,fields/* numberAt */.tk)((0,fields/* objectAt */.lJ)(payload, "answer"), "id") }),
        },
        occurredAt: (0,fields/* timeAt */.lC)(discussion, "updated_at"),
    };
}
function discussionCommentPart(payload) {
    const comment = (0,fields/* objectAt */.lJ)(payload, "comment");
    return {
        fields: {
            discussion: discussionSummary((0,fields/* objectAt */.lJ)(payload, "discussion")),
            comment: commentSummary(comment),
        },
        occurredAt: (0,fields/* timeAt */.lC)(comment, "updated_at"),
    };
}

;// CONCATENATED MODULE: ./.build/events/payloads.js




const PARTS = {
    push: pushPart,
    create: createPart,
    delete: deletePart,
    release: releasePart,
    merge_group: mergeGroupPart,
    pull_request: pullRequestPart,
    pull_request_target: pullRequestPart,
    pull_request_review: reviewPart,
    pull_request_review_comment: reviewCommentPart,
    pull_request_review_thread: reviewThreadPart,
    issues: issuePart,
    issue_comment: issueCommentPart,
    discussion: discussionPart,
    discussion_comment: discussionCommentPart,
    workflow_dispatch: workflowDispatchPart,
    repository_dispatch: repositoryDispatchPart,
    schedule: schedulePart,
    workflow_run: workflowRunPart,
    workflow_job: workflowJobPart,
    check_suite: checkSuitePart,
    check_run: checkRunPart,
    deployment: deploymentPart,
    deployment_status: deploymentStatusPart,
    status: statusPart,
    package: (payload, _context, eventName) => packagePart(payload, eventName),
    registry_package: (payload, _context, eventName) => packagePart(payload, eventName),
};
/** The repository an event belongs to: the payload's, else GITHUB_REPOSITORY. */
function eventRepository(payload, context) {
    return (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "repository"), "full_name") ?? context.repository ?? null;
}
/** The payload flows receive, and the time of the domain event when the payload has one. */
function compactPayload(input) {
    const { eventName, action, payload, context } = input;
    const part = PARTS[eventName]?.(payload, context, eventName) ?? genericPart(eventName, payload);
    const base = {
        repo: eventRepository(payload, context),
        sender: (0,fields/* loginAt */.nS)(payload, "sender") ?? context.actor ?? null,
        ...(action !== undefined ? { action } : {}),
    };
    const compact = { ...base, ...part.fields };
    if (input.includeWebhookPayload)
        compact.github = payload;
    return part.occurredAt === undefined ? { payload: compact } : { payload: compact, occurredAt: part.occurredAt };
}
/** Any other event: the common fields only (the webhook payload is under `github`). */
function genericPart(eventName, payload) {
    const subject = (0,fields/* objectAt */.lJ)(payload, eventName);
    const occurredAt = (0,fields/* timeAt */.lC)(subject, "updated_at") ?? (0,fields/* timeAt */.lC)(subject, "created_at");
    return occurredAt === undefined ? { fields: {} } : { fields: {}, occurredAt };
}

;// CONCATENATED MODULE: ./.build/events/github.js







/**
 * The FlowEvent for the GitHub delivery that started this job: a FlowEvent the delivery
 * carries (the `event` input, a dispatch), else the mapped GitHub event with a deterministic id
 * `github:<type>:<owner>/<repo>:<natural key>`. Pure: everything comes from the input.
 */
function flowEventFromGitHub(input) {
    const eventName = input.eventName.trim();
    if (eventName === "") {
        throw new errors/* GitHubEventError */.AT({ message: "The GitHub event name is empty; expected e.g. push, release or pull_request." });
    }
    if (!(0,fields/* isObject */.Gv)(input.payload)) {
        throw new errors/* GitHubEventError */.AT({
            message: `The payload of the GitHub event ${eventName} is not a JSON object; pass the webhook payload as delivered.`,
        });
    }
    const payload = input.payload;
    (0,budget/* checkPayloadDepth */.K6)(payload, `the GitHub event ${eventName}`);
    const now = (input.now ?? (() => new Date()))();
    const action = gitHubAction(payload);
    const carried = (0,pass_through/* passThroughEvent */.vQ)({
        eventName,
        action,
        payload,
        now,
        ...(input.eventInput !== undefined ? { eventInput: input.eventInput } : {}),
    });
    if (carried) {
        (0,budget/* checkPayloadDepth */.K6)(carried.payload, `event ${JSON.stringify(carried.id)}`);
        return carried;
    }
    const type = gitHubEventType(eventName, payload);
    const compact = compactPayload({
        eventName,
        action,
        payload,
        context: input.context,
        includeWebhookPayload: input.includeWebhookPayload ?? true,
    });
    return {
        id: (0,events_id/* githubEventId */.j4)({
            type,
            repo: idScope(payload, input.context),
            key: naturalKey({ eventName, action, payload, context: input.context }),
        }),
        type,
        source: "github",
        ...(compact.occurredAt !== undefined ? { occurredAt: compact.occurredAt } : {}),
        receivedAt: now.toISOString(),
        payload: compact.payload,
    };
}
/** The webhook `action` (for repository_dispatch: the event_type), when it is a string. */
function gitHubAction(payload) {
    return (0,fields/* stringAt */.bX)(payload, "action");
}
/** `<event name>` or `<event name>.<action>`: `release.published`, `repository_dispatch.deploy`. */
function gitHubEventType(eventName, payload) {
    const action = (0,fields/* isObject */.Gv)(payload) ? gitHubAction(payload) : undefined;
    return action === undefined ? eventName : `${eventName}.${encodeControlCharacters(action)}`;
}
/**
 * The action comes from the payload (a repository_dispatch event_type is any text a caller
 * sends). Types end up in log lines and workflow commands, where a newline would start a
 * command of its own, so control characters are percent-encoded; printable text is kept as sent.
 */
function encodeControlCharacters(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => encodeURIComponent(char));
}
/**
 * The `<owner>/<repo>` part of the id. Events outside a repository (installation, sponsorship,
 * organization...) never start a workflow, but can be fed to the CLI: they are scoped to
 * their organization or account as `<login>/*`, or `*` + `/*` when nothing names an owner.
 */
function idScope(payload, context) {
    const repo = eventRepository(payload, context);
    if (repo !== null)
        return repo;
    const owner = (0,fields/* loginAt */.nS)(payload, "organization") ?? (0,fields/* loginAt */.nS)((0,fields/* objectAt */.lJ)(payload, "installation"), "account") ?? (0,fields/* loginAt */.nS)(payload, "sender");
    return `${owner ?? "*"}/*`;
}

;// CONCATENATED MODULE: ./.build/events/index.js
// Public surface of the events area: GitHub event → FlowEvent. Nothing runs on import.









/***/ }),

/***/ 63973:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   UP: () => (/* binding */ lazyArray),
/* harmony export */   lx: () => (/* binding */ jsonParts),
/* harmony export */   sF: () => (/* binding */ lazyRange)
/* harmony export */ });
/* unused harmony exports lazyCounts, jsonPartsText */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);

const lazies = new WeakMap();
let created = 0;
let loads = 0;
/** An array read from `range` on first use. */
function lazyArray(range) {
    const target = [];
    const lazy = { ...range, loaded: false };
    const load = () => {
        if (lazy.loaded)
            return;
        const items = JSON.parse(readRange(range));
        for (let i = 0; i < items.length; i++)
            target[i] = items[i];
        lazy.loaded = true;
        loads++;
    };
    const proxy = new Proxy(target, {
        get(t, key) {
            // JSON.stringify asks every object for toJSON first; an array never has one.
            if (key === "toJSON")
                return undefined;
            load();
            return Reflect.get(t, key);
        },
        set(t, key, value) {
            load();
            return Reflect.set(t, key, value);
        },
        has(t, key) {
            load();
            return Reflect.has(t, key);
        },
        ownKeys(t) {
            load();
            return Reflect.ownKeys(t);
        },
        getOwnPropertyDescriptor(t, key) {
            load();
            return Reflect.getOwnPropertyDescriptor(t, key);
        },
        defineProperty(t, key, descriptor) {
            load();
            return Reflect.defineProperty(t, key, descriptor);
        },
        deleteProperty(t, key) {
            load();
            return Reflect.deleteProperty(t, key);
        },
        preventExtensions(t) {
            load();
            return Reflect.preventExtensions(t);
        },
    });
    lazies.set(proxy, lazy);
    created++;
    return proxy;
}
/** The file range of a lazy array not read yet (its text is then exactly its JSON), else undefined. */
function lazyRange(value) {
    if (typeof value !== "object" || value === null)
        return undefined;
    const lazy = lazies.get(value);
    return lazy && !lazy.loaded ? { path: lazy.path, start: lazy.start, end: lazy.end } : undefined;
}
/** How many lazy arrays were made and how many of them were parsed (tests prove a path reads none). */
function lazyCounts() {
    return { created, loads };
}
/**
 * JSON.stringify(value) as parts: each lazy array not read yet is its file range instead of its
 * text, so a 25 MB payload is never one string in memory. Joined, the parts are exactly the text
 * JSON.stringify(value) gives.
 */
function jsonParts(value) {
    if (created === 0)
        return [JSON.stringify(value)];
    const ranges = [];
    const marker = `flows-lazy-${markerNonce()}-`;
    const text = JSON.stringify(value, (_key, item) => {
        const range = lazyRange(item);
        if (range === undefined)
            return item;
        ranges.push(range);
        return `${marker}${ranges.length - 1}`;
    });
    if (ranges.length === 0)
        return [text];
    const parts = [];
    const pattern = new RegExp(`"${marker}(\\d+)"`, "g");
    let at = 0;
    for (const match of text.matchAll(pattern)) {
        parts.push(text.slice(at, match.index), ranges[Number(match[1])]);
        at = match.index + match[0].length;
    }
    parts.push(text.slice(at));
    return parts.filter((part) => part !== "");
}
/** The text of parts, file ranges read (tests and small values only: this is the whole text). */
function jsonPartsText(parts) {
    return parts.map((part) => (typeof part === "string" ? part : readRange(part))).join("");
}
let nonce;
/** Random per process: a payload written before the process started cannot hold the marker. */
function markerNonce() {
    nonce ??= Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(36)).join("");
    return nonce;
}
function readRange(range) {
    const bytes = Buffer.allocUnsafe(range.end - range.start);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(range.path, "r");
    try {
        let at = 0;
        while (at < bytes.length) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, at, bytes.length - at, range.start + at);
            if (read === 0)
                throw new Error(`${range.path} ended before byte ${range.end}: the event's scratch copy was changed`);
            at += read;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
    return bytes.toString("utf8");
}


/***/ }),

/***/ 83477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ upstreamReleaseEvent),
/* harmony export */   qx: () => (/* binding */ refuseControlCharacters),
/* harmony export */   vQ: () => (/* binding */ passThroughEvent)
/* harmony export */ });
/* unused harmony exports ORIGINS, flowEventFromText, flowEventFromValue, controlCharacterProblem */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(56835);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(45785);
/* harmony import */ var _id_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(22853);
/* harmony import */ var _json_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(47948);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(75270);





const ORIGINS = {
    eventInput: "the action input `event`",
    dispatchInput: "the workflow_dispatch input `event` (inputs.event)",
    clientPayloadEvent: "the repository_dispatch client_payload.event",
    clientPayload: "the repository_dispatch client_payload",
};
/** The FlowEvent the delivery carries, or undefined when it is an ordinary GitHub event. */
function passThroughEvent(input) {
    const { payload, now } = input;
    if (input.eventInput !== undefined && input.eventInput.trim() !== "") {
        return flowEventFromText(input.eventInput, ORIGINS.eventInput, now);
    }
    if (input.eventName === "workflow_dispatch") {
        const value = (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .objectAt */ .lJ)(payload, "inputs")?.event;
        if (typeof value === "string" && value.trim() !== "")
            return flowEventFromText(value, ORIGINS.dispatchInput, now);
        if ((0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value))
            return flowEventFromValue(value, ORIGINS.dispatchInput, now);
        return undefined;
    }
    if (input.eventName !== "repository_dispatch")
        return undefined;
    const clientPayload = (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .objectAt */ .lJ)(payload, "client_payload") ?? {};
    const nested = clientPayload.event;
    if (typeof nested === "string")
        return flowEventFromText(nested, ORIGINS.clientPayloadEvent, now);
    if (nested !== undefined)
        return flowEventFromValue(nested, ORIGINS.clientPayloadEvent, now);
    if ("id" in clientPayload && "type" in clientPayload) {
        return flowEventFromValue(clientPayload, ORIGINS.clientPayload, now);
    }
    if (input.action === "upstream.release")
        return upstreamReleaseEvent(clientPayload, now);
    return undefined;
}
/** Parse FlowEvent JSON text; errors say where the text came from and where it breaks. */
function flowEventFromText(text, origin, now) {
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(text);
    if (!parsed.ok) {
        const { message, offset, line, column } = parsed;
        const position = offset !== undefined && line !== undefined && column !== undefined ? { offset, line, column } : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventInputError */ .$j({ origin, problem: `invalid JSON: ${message}`, ...(position ? { position } : {}) });
    }
    return flowEventFromValue(parsed.value, origin, now);
}
/** Check a FlowEvent value; fills receivedAt (now) and payload ({}) when missing. */
function flowEventFromValue(value, origin, now) {
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventInputError */ .$j({ origin, problem });
    };
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value))
        return fail(`it is ${describeValue(value)}, not a JSON object`);
    const id = requiredString(value, "id", fail);
    const type = requiredString(value, "type", fail);
    for (const key of ["source", "occurredAt", "receivedAt"]) {
        if (value[key] !== undefined && typeof value[key] !== "string") {
            fail(`"${key}" must be a string when present, but it is ${describeValue(value[key])}`);
        }
    }
    if (value.payload !== undefined && !(0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value.payload)) {
        fail(`"payload" must be an object when present, but it is ${describeValue(value.payload)}`);
    }
    return {
        id,
        type,
        ...(typeof value.source === "string" ? { source: value.source } : {}),
        ...(typeof value.occurredAt === "string" ? { occurredAt: value.occurredAt } : {}),
        receivedAt: typeof value.receivedAt === "string" ? value.receivedAt : now.toISOString(),
        payload: value.payload ?? {},
    };
}
function requiredString(value, key, fail) {
    const item = value[key];
    if (item === undefined)
        return fail(`missing string "${key}"`);
    if (typeof item !== "string")
        return fail(`"${key}" must be a string, but it is ${describeValue(item)}`);
    if (item.trim() === "")
        return fail(`"${key}" is empty`);
    const problem = controlCharacterProblem(key, item);
    return problem === undefined ? item : fail(problem);
}
/**
 * Ids and types end up in log lines, file names, summaries and terminals, so a FlowEvent handed
 * in with a control character in either is refused: here, and where `flows` reads an event.
 */
function controlCharacterProblem(key, item) {
    return /[\u0000-\u001f\u007f]/.test(item) ? `"${key}" contains a control character (newline, tab...)` : undefined;
}
/** Refuse a FlowEvent value (checked otherwise later) whose string id or type holds a control character. */
function refuseControlCharacters(value, origin) {
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(value))
        return;
    for (const key of ["id", "type"]) {
        const item = value[key];
        const problem = typeof item === "string" ? controlCharacterProblem(key, item) : undefined;
        if (problem !== undefined)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventInputError */ .$j({ origin, problem });
    }
}
/**
 * repository_dispatch `upstream.release`: the id is the one a poller of upstream releases
 * gives (`github:upstream.release:<owner>/<repo>:<tag>`, the upstream repository, not this
 * one), so the same release runs flows once whichever way it arrives.
 */
function upstreamReleaseEvent(clientPayload, now) {
    const fail = (problem) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventInputError */ .$j({
            origin: `${ORIGINS.clientPayload} of event_type upstream.release`,
            subject: "upstream release",
            problem,
            expected: _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UPSTREAM_RELEASE_SHAPE */ .wj,
        });
    };
    const { repo, tag, provider } = clientPayload;
    if (typeof repo !== "string" || !/^[^/\s]+\/[^/\s]+$/.test(repo)) {
        fail(`"repo" must be a string "owner/repo", but it is ${describeValue(repo)}`);
    }
    if (typeof tag !== "string" || tag.trim() === "")
        fail(`"tag" must be a non-empty string, but it is ${describeValue(tag)}`);
    if (provider !== undefined && provider !== "github") {
        fail(`"provider" is ${describeValue(provider)}; only GitHub upstream releases can be sent this way — send a full FlowEvent in client_payload.event for others`);
    }
    for (const key of ["url", "publishedAt"]) {
        if (clientPayload[key] !== undefined && typeof clientPayload[key] !== "string") {
            fail(`"${key}" must be a string when present, but it is ${describeValue(clientPayload[key])}`);
        }
    }
    const occurredAt = (0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .timeAt */ .lC)(clientPayload, "publishedAt");
    return {
        id: (0,_id_js__WEBPACK_IMPORTED_MODULE_1__/* .upstreamReleaseEventId */ .SB)(repo, tag),
        type: "upstream.release",
        source: "github",
        ...(occurredAt !== undefined ? { occurredAt } : {}),
        receivedAt: now.toISOString(),
        payload: { provider: "github", ...clientPayload },
    };
}
function describeValue(value) {
    if (value === undefined)
        return "missing";
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "object")
        return "an object";
    const text = JSON.stringify(value);
    return `${typeof value} ${(0,_text_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .clipText */ .gL)(text, 60, "...")}`;
}


/***/ }),

/***/ 32718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ fileURLToPath),
/* harmony export */   q: () => (/* binding */ pathToFileURL)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);

const builtIn = globalThis.Bun;
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
let nodeUrl;
function conversions() {
    if (builtIn)
        return builtIn;
    nodeUrl ??= requireBuiltin("node:url");
    return nodeUrl;
}
/** The file: URL of a path (absolute, or resolved against the working folder). */
function pathToFileURL(path) {
    return conversions().pathToFileURL(path);
}
/** The path of a file: URL; throws as node:url does for another host or an encoded separator. */
function fileURLToPath(url) {
    return conversions().fileURLToPath(url);
}


/***/ }),

/***/ 19860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ls: () => (/* binding */ GITHUB_CONTEXT_KEYS),
  my: () => (/* binding */ compileFlowConditions),
  qy: () => (/* binding */ compileTriggerConditions),
  b4: () => (/* binding */ compiledCondition),
  q3: () => (/* binding */ gitHubConditionContext),
  zz: () => (/* binding */ hasConditions),
  f6: () => (/* binding */ unwrapCondition)
});

// UNUSED EXPORTS: conditionCompileCount

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./.build/flows/toml-locator.js
var toml_locator = __nccwpck_require__(92797);
;// CONCATENATED MODULE: ./.build/flows/condition-position.js
// Where a character of a condition is in flow.toml: the manifest loader's TOML locator finds
// the `if =` line, then the string is walked as TOML writes it (quotes, escapes, multi-line
// strings) to the character the expression error is about.

const ESCAPE_LENGTH = { u: 6, U: 10 };
/** The line and column (1-based) of character `offset` of the string at `path`; else the key's. */
function conditionPosition(text, path, offset) {
    if (text === undefined)
        return undefined;
    const key = new toml_locator/* TomlLocator */.v(text).locate(path);
    if (!key)
        return undefined;
    const lines = text.split(/\r?\n/);
    const line = lines[key.line - 1] ?? "";
    const assignment = /^\s*(?:if|"if"|'if')\s*=\s*/.exec(line.slice(key.column - 1));
    if (!assignment)
        return key;
    const start = key.column - 1 + assignment[0].length;
    const rest = line.slice(start);
    const delimiter = ['"""', "'''", '"', "'"].find((quote) => rest.startsWith(quote));
    if (!delimiter)
        return key;
    const literal = delimiter.startsWith("'");
    // The value's raw text from just after the opening delimiter, across lines when multi-line.
    let raw = line.slice(start + delimiter.length);
    let row = key.line;
    let column = start + delimiter.length + 1;
    if (delimiter.length === 3) {
        raw = [raw, ...lines.slice(key.line)].join("\n");
        // A newline right after the opening delimiter is not part of the string.
        if (raw.startsWith("\n")) {
            raw = raw.slice(1);
            row += 1;
            column = 1;
        }
    }
    let decoded = 0;
    let i = 0;
    while (i < raw.length && decoded < offset) {
        if (!literal && raw[i] === "\\") {
            const next = raw[i + 1] ?? "";
            if (delimiter.length === 3 && /[ \t\n]/.test(next)) {
                // A line-ending backslash removes the newline and the whitespace after it.
                i += 1;
                while (i < raw.length && /[ \t\n]/.test(raw[i] ?? ""))
                    i += 1;
                continue;
            }
            i += ESCAPE_LENGTH[next] ?? 2;
        }
        else {
            i += 1;
        }
        decoded += 1;
    }
    const before = raw.slice(0, i);
    const newlines = before.split("\n").length - 1;
    if (newlines === 0)
        return { line: row, column: column + i };
    return { line: row + newlines, column: i - before.lastIndexOf("\n") };
}

;// CONCATENATED MODULE: ./.build/flows/condition.js
// `[steps.trigger] if = "..."`: a condition in GitHub's own expression language, evaluated by
// GitHub's own lexer, parser and evaluator (@actions/expressions) after the type and schema
// match. This module is the light half: types, the `${{ }}` rule and the per-package compile
// step. The evaluator, semver and the data adapters load on first use (condition-compile.ts),
// so a repository without conditions never pays for them at start-up.


const GITHUB_CONTEXT_KEYS = [
    "repository",
    "repository_owner",
    "ref",
    "ref_name",
    "sha",
    "actor",
    "event_name",
    "event",
    "run_id",
    "run_attempt",
    "workflow",
    "job",
    "server_url",
    "base_ref",
    "head_ref",
];
/** The `github` context from the job's GITHUB_* variables and the webhook payload. */
function gitHubConditionContext(input) {
    const { env } = input;
    const context = {};
    const set = (key, value) => {
        if (value !== undefined && value !== "")
            context[key] = value;
    };
    set("repository", env.GITHUB_REPOSITORY);
    set("repository_owner", env.GITHUB_REPOSITORY_OWNER ?? env.GITHUB_REPOSITORY?.split("/")[0]);
    set("ref", env.GITHUB_REF);
    set("ref_name", env.GITHUB_REF_NAME);
    set("sha", env.GITHUB_SHA);
    set("actor", env.GITHUB_ACTOR);
    set("event_name", input.eventName ?? env.GITHUB_EVENT_NAME);
    set("run_id", env.GITHUB_RUN_ID);
    set("run_attempt", env.GITHUB_RUN_ATTEMPT);
    set("workflow", env.GITHUB_WORKFLOW);
    set("job", env.GITHUB_JOB);
    set("server_url", env.GITHUB_SERVER_URL);
    set("base_ref", env.GITHUB_BASE_REF);
    set("head_ref", env.GITHUB_HEAD_REF);
    if (input.payload !== undefined)
        context.event = input.payload;
    return context;
}
/**
 * GitHub accepts `if:` with or without `${{ }}`; a condition wrapped in it is unwrapped. Text
 * with `${{` anywhere else would be a string template (always true in a workflow): refused.
 */
function unwrapCondition(text) {
    const leading = text.length - text.trimStart().length;
    const trimmed = text.trim();
    if (trimmed.startsWith("${{") && trimmed.endsWith("}}") && trimmed.indexOf("${{", 3) < 0 && trimmed.length >= 5) {
        const inner = trimmed.slice(3, -2);
        const innerLead = inner.length - inner.trimStart().length;
        return { expression: inner.trim(), offset: leading + 3 + innerLead };
    }
    const at = text.indexOf("${{");
    if (at >= 0) {
        return {
            error: `has ${WRAPPER} around only part of the condition; a workflow would read that as a string, which is always true. ` +
                `Write the whole condition inside one ${WRAPPER}, or leave ${WRAPPER} out`,
            offset: at,
        };
    }
    return { expression: trimmed, offset: leading };
}
// biome-ignore lint/suspicious/noTemplateCurlyInString: GitHub's expression wrapper, as text.
const WRAPPER = "${{ }}";
// Compiled once per loaded package: the trigger object belongs to one load of one flow.toml.
const compiled = new WeakMap();
let compileCount = 0;
/** How many conditions this process has compiled (tests: parsed once per package). */
function conditionCompileCount() {
    return compileCount;
}
function hasConditions(flows) {
    return flows.some((flow) => flow.steps.some((step) => step.trigger?.if !== undefined));
}
/** The compiled condition of a trigger, or undefined when it has not been compiled yet. */
function compiledCondition(trigger) {
    return compiled.get(trigger);
}
/**
 * Compiles every condition not compiled yet (once per loaded package) and returns a problem,
 * with file, line and column, for each that does not compile. Loads the evaluator only when
 * some step has a condition.
 */
async function compileFlowConditions(flows) {
    return compileTriggerConditions(flows.map((flow) => ({
        manifestPath: flow.manifestPath,
        triggers: flow.steps.flatMap((step, index) => (step.trigger ? [{ index, trigger: step.trigger }] : [])),
    })));
}
/** compileFlowConditions for triggers given by manifest and step index (those of broken packages too). */
async function compileTriggerConditions(manifests) {
    const pending = manifests.flatMap(({ manifestPath, triggers }) => triggers.flatMap(({ index, trigger }) => trigger.if !== undefined && !compiled.has(trigger) ? [{ flow: { manifestPath }, trigger, index }] : []));
    if (pending.length === 0)
        return [];
    const { compileCondition } = await Promise.all(/* import() */[__nccwpck_require__.e(2088), __nccwpck_require__.e(9356), __nccwpck_require__.e(6677)]).then(__nccwpck_require__.bind(__nccwpck_require__, 66677));
    const problems = [];
    const texts = new Map();
    for (const { flow, trigger, index } of pending) {
        const outcome = compileCondition(trigger.if);
        compileCount += 1;
        compiled.set(trigger, outcome);
        if (outcome.ok)
            continue;
        if (!texts.has(flow.manifestPath))
            texts.set(flow.manifestPath, readText(flow.manifestPath));
        const path = ["steps", index, "trigger", "if"];
        const where = conditionPosition(texts.get(flow.manifestPath), path, outcome.offset);
        problems.push({
            severity: "error",
            file: flow.manifestPath,
            ...(where ? { line: where.line, column: where.column } : {}),
            message: `steps[${index}].trigger.if ${outcome.message}.`,
        });
    }
    return problems;
}
function readText(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, "utf8");
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 50156:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bI: () => (/* binding */ isTable),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   cE: () => (/* binding */ FlowManifestError),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(99416);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(75270);



/** A flow.toml or schema problem, thrown by callers that want to stop at the first error. */
class FlowManifestError extends _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message, {
            file: diagnostic.file,
            ...(diagnostic.line !== undefined ? { line: diagnostic.line } : {}),
            ...(diagnostic.column !== undefined ? { column: diagnostic.column } : {}),
        });
        this.name = "FlowManifestError";
        this.diagnostic = diagnostic;
    }
}
/** `path:line:col: error: message`, the shape editors and problem matchers understand. */
function formatDiagnostic(diagnostic, options = {}) {
    let where = diagnostic.file;
    if (options.baseDir !== undefined) {
        where = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(options.baseDir, diagnostic.file).split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join("/") || diagnostic.file;
    }
    if (diagnostic.line !== undefined) {
        where += `:${diagnostic.line}`;
        if (diagnostic.column !== undefined)
            where += `:${diagnostic.column}`;
    }
    return `${where}: ${diagnostic.severity}: ${diagnostic.message}`;
}
/** The value as a user wrote it, for "found X" halves of messages. */
function describeValue(value) {
    if (typeof value === "string") {
        const shown = (0,_text_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .clipText */ .gL)(value, 60, "...");
        return JSON.stringify(shown);
    }
    if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
        return `${String(value)} (a ${typeof value === "boolean" ? "boolean" : "number"})`;
    }
    if (Array.isArray(value))
        return "an array";
    if (value instanceof Date)
        return "a date";
    if (value === null || value === undefined)
        return "empty";
    if (typeof value === "object") {
        // smol-toml dates are Date subclasses; anything else object-shaped is a TOML table.
        return "a table";
    }
    return typeof value;
}
function isTable(value) {
    return (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date));
}


/***/ }),

/***/ 52699:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ explainMatch)
/* harmony export */ });
/** Every step of `flows`, in discovery and manifest order, with the verdict of each stage. */
function explainMatch(flows, result) {
    const matched = new Set(result.matched.map((ref) => ref.step));
    const mismatches = new Map(result.mismatches.map((miss) => [miss.step, miss]));
    const reports = new Map((result.conditions ?? []).map((check) => [check.step, check.report]));
    const explanations = [];
    for (const flow of flows) {
        for (const step of flow.steps) {
            if (!matched.has(step) && !mismatches.has(step))
                continue;
            const miss = mismatches.get(step);
            const trigger = step.trigger;
            const reason = miss?.reason;
            const typeOk = trigger !== undefined && reason !== "type" && reason !== "no-trigger";
            const schemaOk = typeOk && reason !== "schema";
            const report = miss?.condition ?? reports.get(step);
            explanations.push({
                flow: flow.name,
                step: step.name,
                manifestPath: flow.manifestPath,
                matched: matched.has(step),
                ...(trigger ? { triggerType: trigger.type } : {}),
                type: !trigger ? "none" : typeOk ? "passed" : "failed",
                ...(trigger?.schema !== undefined ? { schema: trigger.schema } : {}),
                schemaVerdict: trigger?.schema === undefined ? "none" : !typeOk ? "not checked" : schemaOk ? "passed" : "failed",
                ...(trigger?.if !== undefined ? { condition: trigger.if } : {}),
                conditionVerdict: trigger?.if === undefined ? "none" : !schemaOk ? "not checked" : reason === "condition" ? "failed" : "passed",
                ...(report ? { conditionReport: report } : {}),
                ...(miss ? { reason: miss.message } : {}),
            });
        }
    }
    return explanations;
}


/***/ }),

/***/ 42184:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/* unused harmony export isLiteralGlob */
// The one glob dialect of flows-action: trigger types (`pull_request.*`), watched tags
// (`rust-v*`), and the `glob()` and `changed()` condition functions all use it.
// `*` matches any run of characters, `/` included (tags like `release/1.2` and paths like
// `bindings/x/y.ts` both need it; `**` is therefore the same as `*`), `?` one character,
// `[...]` a class (`[!...]` or `[^...]` negated), and `\` makes the next character literal.
// Every other character, `.` included, matches itself. The whole text must match.
const cache = new Map();
const CACHE_LIMIT = 1000;
/** A pattern with no wildcard is compared as plain text (the common trigger type). */
function isLiteralGlob(pattern) {
    return !/[*?[\\]/.test(pattern);
}
/** The glob as an anchored RegExp; throws an Error whose message says what to fix. */
function globToRegExp(glob) {
    const cached = cache.get(glob);
    if (cached)
        return cached;
    let out = "";
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i] ?? "";
        if (char === "*") {
            while (glob[i + 1] === "*")
                i++;
            out += ".*";
        }
        else if (char === "?") {
            out += ".";
        }
        else if (char === "[") {
            const end = glob.indexOf("]", i + 2);
            if (end < 0)
                throw new Error(`"${glob}" has a "[" without a closing "]"; write \\[ for a literal bracket`);
            let body = glob.slice(i + 1, end);
            const negated = body.startsWith("!") || body.startsWith("^");
            if (negated)
                body = body.slice(1);
            out += `[${negated ? "^" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`;
            i = end;
        }
        else if (char === "\\" && i + 1 < glob.length) {
            out += escapeRegExp(glob[i + 1] ?? "");
            i++;
        }
        else {
            out += escapeRegExp(char);
        }
    }
    const regex = new RegExp(`^${out}$`, "s");
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(glob, regex);
    return regex;
}
/** Whether `value` matches the glob; a pattern without wildcards is plain equality. */
function globMatches(pattern, value) {
    if (isLiteralGlob(pattern))
        return pattern === value;
    return globToRegExp(pattern).test(value);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}


/***/ }),

/***/ 10062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  BS: () => (/* reexport */ roots/* DEFAULT_FLOW_ROOTS */.B),
  cE: () => (/* reexport */ diagnostics/* FlowManifestError */.cE),
  nE: () => (/* reexport */ discoverFlows),
  xy: () => (/* reexport */ diagnostics/* formatDiagnostic */.xy),
  Bj: () => (/* reexport */ loadDeferredFlows),
  Q5: () => (/* reexport */ loadFlowManifest),
  J6: () => (/* reexport */ match/* matchSteps */.J),
  dT: () => (/* reexport */ schema_cache_config/* schemaCacheDir */.dT),
  c5: () => (/* reexport */ flows_schemas/* sharedSchemaRegistry */.c5),
  y$: () => (/* reexport */ match.typeMatches),
  Lg: () => (/* reexport */ schema_cache_config/* useSchemaCache */.Lg),
  _O: () => (/* reexport */ validateFlows)
});

// UNUSED EXPORTS: DEFAULT_TIMEOUT_MS, SchemaRegistry, explainMatch, gitHubConditionContext

// EXTERNAL MODULE: ./.build/flows/diagnostics.js
var diagnostics = __nccwpck_require__(50156);
// EXTERNAL MODULE: ./.build/flows/condition.js + 1 modules
var condition = __nccwpck_require__(19860);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/flows/match.js + 1 modules
var match = __nccwpck_require__(65066);
;// CONCATENATED MODULE: ./.build/flows/deferred.js
// Discovery for one event need not parse every flow.toml: a package whose triggers cannot
// match the event is read as text, its name and trigger types picked out by a line scan, and
// parsed only when an event of one of those types arrives (a chained `next` event, say).
// The scan only answers when the text is plain enough to be sure; otherwise the package is
// parsed at once, so a deferred package is never one that could have matched.

const TABLE_HEADER = /^\s*\[/;
const NAME_LINE = /^\s*name\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
const TYPE_KEY = /^\s*type\s*=/;
const TYPE_LINE = /^\s*type\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
// Forms the line scan does not follow: a quoted `type` key, or a key inside an inline table.
const UNFOLLOWED_TYPE = /["']type["']\s*=|[{,]\s*type\s*=/;
/** The package's name and `type` values, or undefined when the text needs a real parse. */
function scanManifest(text) {
    if (UNFOLLOWED_TYPE.test(text) || text.includes('"""') || text.includes("'''"))
        return undefined;
    const lines = text.split(/\r?\n/);
    const names = [];
    const types = [];
    let topLevel = true;
    for (const line of lines) {
        if (TABLE_HEADER.test(line))
            topLevel = false;
        const name = topLevel ? NAME_LINE.exec(line) : null;
        if (name)
            names.push(name[1]);
        if (TYPE_KEY.test(line)) {
            const type = TYPE_LINE.exec(line);
            if (!type)
                return undefined;
            types.push(type[1]);
        }
    }
    return names.length === 1 ? { name: names[0], types } : undefined;
}
function couldMatch(deferred, eventType) {
    return deferred.types.some((type) => (0,match.typeMatches)(type, eventType));
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(3292);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __nccwpck_require__(61557);
// EXTERNAL MODULE: ./.build/flows/schema-budget.js
var schema_budget = __nccwpck_require__(62051);
;// CONCATENATED MODULE: ./.build/flows/manifest-file.js


/**
 * The most a flow.toml may hold. A manifest names steps and triggers in a few hundred bytes; the
 * bound keeps a hostile one (or a link to /dev/zero, a FIFO that never ends) from costing more
 * than its own package: it is checked before reading, and the read stops past it.
 */
const MAX_MANIFEST_BYTES = 512 * 1024;
/** flow.toml read as a plain file within MAX_MANIFEST_BYTES; a symbolic link to one is followed. */
function readManifestText(manifestPath) {
    let read;
    try {
        read = (0,fs_safe/* readRegularFile */.XF)(manifestPath, MAX_MANIFEST_BYTES, undefined, { followLinks: true });
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR")
            return { missing: true };
        return { problem: `flow.toml cannot be read (${code ?? String(error)}). Check that the file exists and is readable.` };
    }
    if (read.kind === "missing")
        return { missing: true };
    if (read.kind === "refused") {
        const size = read.identity?.size ?? 0;
        return {
            problem: read.reason.startsWith("is larger")
                ? `flow.toml is ${(0,schema_budget/* formatBytes */.z3)(Math.max(size, MAX_MANIFEST_BYTES + 1))}; a flow.toml may be at most ${(0,schema_budget/* formatBytes */.z3)(MAX_MANIFEST_BYTES)}. ` +
                    "It names steps and triggers: keep data in the package's own files."
                : `flow.toml ${read.reason}. Replace it with the package's manifest, a plain TOML file.`,
        };
    }
    if (read.kind !== "read")
        return { problem: "flow.toml cannot be read." };
    return { text: read.bytes.toString("utf8") };
}

;// CONCATENATED MODULE: ./.build/flows/manifest-report.js
/** `["steps", 1, "runner"]` → `steps[1].runner`, the name messages use for a field. */
function fieldName(path) {
    return path
        .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
        .join("");
}
/** Collects the problems of one flow.toml, each placed at the line of the field it is about. */
class ManifestReport {
    file;
    locator;
    problems = [];
    constructor(file, locator) {
        this.file = file;
        this.locator = locator;
    }
    error(path, message) {
        this.add("error", path, message);
    }
    warn(path, message) {
        this.add("warning", path, message);
    }
    line(path) {
        return this.locator.header(path)?.line ?? this.locator.locate(path)?.line;
    }
    get errorCount() {
        return this.problems.filter((problem) => problem.severity === "error").length;
    }
    add(severity, path, message) {
        const position = this.locator.locate(path);
        const problem = { severity, file: this.file, message };
        if (position) {
            problem.line = position.line;
            problem.column = position.column;
        }
        this.problems.push(problem);
    }
}

;// CONCATENATED MODULE: ./.build/flows/manifest-paths.js
// Paths in flow.toml are followed only inside their bounds, after symlinks are resolved:
// `script` and `schema` inside the package folder, `cwd` inside the repository (packages use
// `cwd = "../.."` to run at the repository root). The repository is the nearest folder above
// the package holding `.git` (a folder, or a file in worktrees); without one, the folder two
// levels up, the root of the usual `flows/<name>` layout.



const repositoryCache = new Map();
/** The package folder and the repository it belongs to. */
function packageBounds(root) {
    const repository = repositoryOf((0,external_node_path_.dirname)(root)) ?? (0,external_node_path_.dirname)((0,external_node_path_.dirname)(root));
    return { root, realRoot: real(root) ?? root, repository, realRepository: real(repository) ?? repository };
}
function repositoryOf(dir) {
    const cached = repositoryCache.get(dir);
    if (cached !== undefined)
        return cached || undefined;
    const found = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, ".git")) ? dir : (0,external_node_path_.dirname)(dir) === dir ? undefined : repositoryOf((0,external_node_path_.dirname)(dir));
    repositoryCache.set(dir, found ?? "");
    return found;
}
function isInside(path, folder) {
    const rel = (0,external_node_path_.relative)(folder, path);
    return rel === "" || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== ".." && !(0,external_node_path_.isAbsolute)(rel));
}
function real(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
/**
 * Resolves a path written in flow.toml against the package folder and checks that it is
 * relative, stays inside its bound (also after following symlinks) and exists as `expected`.
 * Returns the absolute path (as written, not resolved through symlinks) or undefined.
 */
function readPackagePath(options) {
    const { report, path, value, root, bounds, expected, bound } = options;
    const field = fieldName(path);
    if ((0,external_node_path_.isAbsolute)(value)) {
        report.error(path, `${field} is "${value}", an absolute path; expected a path relative to the package folder. ` +
            "Make it relative so the package works wherever it is installed.");
        return undefined;
    }
    const absolute = (0,external_node_path_.resolve)(root, value);
    const [limit, realLimit] = bound === "package" ? [bounds.root, bounds.realRoot] : [bounds.repository, bounds.realRepository];
    const outside = `outside the ${bound === "package" ? "package folder" : "repository"} (${limit})`;
    const fix = bound === "package"
        ? `Keep ${String(path[path.length - 1])} inside the package: move the ${expected} into the package folder.`
        : "Point cwd at a folder inside the repository.";
    if (!isInside(absolute, limit)) {
        report.error(path, `${field} "${value}" resolves to ${absolute}, ${outside}. ${fix}`);
        return undefined;
    }
    const kind = kindOf(absolute);
    if (kind === "missing") {
        report.error(path, `${field} "${value}" does not exist (looked for ${absolute}); expected a ${expected}. ` +
            (nearMiss(value, absolute) ?? `Create the ${expected} or fix the path (it is relative to the package folder).`));
        return undefined;
    }
    if (kind !== expected) {
        report.error(path, `${field} "${value}" is ${kind === "other" ? "not a regular file or directory" : `a ${kind}`}; ` +
            `expected a ${expected}. Point ${String(path[path.length - 1])} at a ${expected}.`);
        return undefined;
    }
    const target = real(absolute);
    if (target === undefined || !isInside(target, realLimit)) {
        report.error(path, `${field} "${value}" is a symbolic link to ${target ?? "nothing"}, ${outside}. ${fix}`);
        return undefined;
    }
    return absolute;
}
/**
 * The fix for a path that is missing only because of how it is written: a name whose case
 * differs from the file's (macOS and Windows do not mind; Linux, where GitHub's runners run,
 * does), or Windows separators.
 */
function nearMiss(value, absolute) {
    if (value.includes("\\")) {
        const slashed = value.replace(/\\/g, "/");
        return `Write it with / as the separator: "${slashed}" (a \\ is part of the name on Linux and macOS).`;
    }
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)((0,external_node_path_.dirname)(absolute));
    }
    catch {
        return undefined;
    }
    const wanted = (0,external_node_path_.basename)(absolute);
    const found = names.find((name) => name !== wanted && name.toLowerCase() === wanted.toLowerCase());
    if (found === undefined)
        return undefined;
    const fix = value.endsWith(wanted) ? `Write "${value.slice(0, value.length - wanted.length)}${found}".` : "Match the name's case.";
    return `There is ${found} beside it: names are case-sensitive on Linux, where GitHub's runners run. ${fix}`;
}
function kindOf(path) {
    try {
        const info = (0,external_node_fs_.statSync)(path);
        if (info.isFile())
            return "file";
        return info.isDirectory() ? "directory" : "other";
    }
    catch {
        return "missing";
    }
}

;// CONCATENATED MODULE: ./.build/generated/validators/flow.js

const validateFlow = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json", "title": "FlowManifest", "description": "flow.toml: the manifest of a flow package (a folder with flow.toml, schemas/ and exec/ scripts). Point editors at this schema with a first line `#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json` (Taplo / Even Better TOML).", "type": "object", "required": ["name", "version", "steps"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Schema for editors (ignored by flows-action)." }, "name": { "$ref": "#/definitions/name", "description": "The flow's name: unique among the packages of a repository (the first package found wins)." }, "version": { "type": "number", "description": "The flow's version, a finite number (e.g. 1). Shown in run views as flowVersion." }, "description": { "type": "string", "description": "One line about what the flow does." }, "config": { "type": "object", "description": "Free-form settings, passed to every step as flow.config.", "tsType": "Record<string, unknown>" }, "guidance": { "type": "object", "additionalProperties": false, "properties": { "skills": { "type": "array", "items": { "type": "string" }, "description": "Skills a Code Mode step should load." } } }, "steps": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/step" }, "description": "The steps, one [[steps]] section each." } }, "definitions": { "name": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\u0000-\u001f-\u2028\u2029]*[^\\s\u0000-\u001f-\u2028\u2029][^\u0000-\u001f-\u2028\u2029]*$", "description": "A name: 1 to 200 characters, not only spaces, no control characters (no tabs, newlines or NUL)." }, "path": { "type": "string", "minLength": 1, "maxLength": 4096, "pattern": "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$", "description": "A relative path, resolved from the package folder." }, "step": { "type": "object", "required": ["name", "runner", "script"], "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/name", "description": "The step's name, unique within the flow." }, "runner": { "type": "string", "enum": ["bun", "code-mode"], "description": "bun: run `bun <script>`; code-mode: run through Codex (gated by CODEX_FLOWS_MODE=code-mode or CODEX_FLOWS_ENABLE_CODE_MODE)." }, "script": { "$ref": "#/definitions/path", "description": "The script, relative to the package folder; it must stay inside the package." }, "cwd": { "$ref": "#/definitions/path", "description": "Working directory, relative to the package folder (default: the package folder). It may go up to the repository root (e.g. \"../..\") but not outside the repository." }, "timeout_ms": { "type": "integer", "exclusiveMinimum": 0, "maximum": 9007199254740991, "description": "Timeout in milliseconds (default 300000); the step's whole process tree is stopped when it runs past it." }, "trigger": { "$ref": "#/definitions/trigger" } } }, "trigger": { "type": "object", "required": ["type"], "additionalProperties": false, "description": "Which FlowEvents the step reacts to. A step without trigger never matches an event.", "properties": { "type": { "$ref": "#/definitions/name", "description": "The FlowEvent type to match; `*` matches any run of characters (e.g. \"github.release.*\")." }, "schema": { "$ref": "#/definitions/path", "description": "A JSON Schema file for event.payload, relative to the package folder; it must stay inside the package." }, "if": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A condition in GitHub's expression language (as in a workflow's `if:`), checked after type and schema, e.g. \"startsWith(event.payload.tag, 'rust-v')\". `${{ }}` around it is optional." } } } } };
const schema12 = { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\u0000-\u001f-\u2028\u2029]*[^\\s\u0000-\u001f-\u2028\u2029][^\u0000-\u001f-\u2028\u2029]*$", "description": "A name: 1 to 200 characters, not only spaces, no control characters (no tabs, newlines or NUL)." };
const pattern0 = new RegExp("^[^\u0000-\u001f-\u2028\u2029]*[^\\s\u0000-\u001f-\u2028\u2029][^\u0000-\u001f-\u2028\u2029]*$", "u");
const schema13 = { "type": "object", "required": ["name", "runner", "script"], "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/name", "description": "The step's name, unique within the flow." }, "runner": { "type": "string", "enum": ["bun", "code-mode"], "description": "bun: run `bun <script>`; code-mode: run through Codex (gated by CODEX_FLOWS_MODE=code-mode or CODEX_FLOWS_ENABLE_CODE_MODE)." }, "script": { "$ref": "#/definitions/path", "description": "The script, relative to the package folder; it must stay inside the package." }, "cwd": { "$ref": "#/definitions/path", "description": "Working directory, relative to the package folder (default: the package folder). It may go up to the repository root (e.g. \"../..\") but not outside the repository." }, "timeout_ms": { "type": "integer", "exclusiveMinimum": 0, "maximum": 9007199254740991, "description": "Timeout in milliseconds (default 300000); the step's whole process tree is stopped when it runs past it." }, "trigger": { "$ref": "#/definitions/trigger" } } };
const schema15 = { "type": "string", "minLength": 1, "maxLength": 4096, "pattern": "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$", "description": "A relative path, resolved from the package folder." };
const pattern2 = new RegExp("^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$", "u");
const schema17 = { "type": "object", "required": ["type"], "additionalProperties": false, "description": "Which FlowEvents the step reacts to. A step without trigger never matches an event.", "properties": { "type": { "$ref": "#/definitions/name", "description": "The FlowEvent type to match; `*` matches any run of characters (e.g. \"github.release.*\")." }, "schema": { "$ref": "#/definitions/path", "description": "A JSON Schema file for event.payload, relative to the package folder; it must stay inside the package." }, "if": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A condition in GitHub's expression language (as in a workflow's `if:`), checked after type and schema, e.g. \"startsWith(event.payload.tag, 'rust-v')\". `${{ }}` around it is optional." } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.type === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((key0 === "type") || (key0 === "schema")) || (key0 === "if"))) {
                const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data0 = data.type;
            if (typeof data0 === "string") {
                if (data0.length > 200) {
                    const err2 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (data0.length < 1) {
                    const err3 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                if (!pattern0.test(data0)) {
                    const err4 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f-\u2028\u2029]*[^\\s\u0000-\u001f-\u2028\u2029][^\u0000-\u001f-\u2028\u2029]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f-\u2028\u2029]*[^\\s\u0000-\u001f-\u2028\u2029][^\u0000-\u001f-\u2028\u2029]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.schema !== undefined) {
            let data1 = data.schema;
            if (typeof data1 === "string") {
                if (data1.length > 4096) {
                    const err6 = { instancePath: instancePath + "/schema", schemaPath: "#/definitions/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data1.length < 1) {
                    const err7 = { instancePath: instancePath + "/schema", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (!pattern2.test(data1)) {
                    const err8 = { instancePath: instancePath + "/schema", schemaPath: "#/definitions/path/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/schema", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.if !== undefined) {
            let data2 = data.if;
            if (typeof data2 === "string") {
                if (data2.length > 4096) {
                    const err10 = { instancePath: instancePath + "/if", schemaPath: "#/properties/if/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                if (data2.length < 1) {
                    const err11 = { instancePath: instancePath + "/if", schemaPath: "#/properties/if/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/if", schemaPath: "#/properties/if/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
    }
    else {
        const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err13];
        }
        else {
            vErrors.push(err13);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.runner === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property '" + "runner" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.script === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "script" }, message: "must have required property '" + "script" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "name") || (key0 === "runner")) || (key0 === "script")) || (key0 === "cwd")) || (key0 === "timeout_ms")) || (key0 === "trigger"))) {
                const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data0 = data.name;
            if (typeof data0 === "string") {
                if (data0.length > 200) {
                    const err4 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data0.length < 1) {
                    const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (!pattern0.test(data0)) {
                    const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f-\u2028\u2029]*[^\\s\u0000-\u001f-\u2028\u2029][^\u0000-\u001f-\u2028\u2029]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f-\u2028\u2029]*[^\\s\u0000-\u001f-\u2028\u2029][^\u0000-\u001f-\u2028\u2029]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.runner !== undefined) {
            let data1 = data.runner;
            if (typeof data1 !== "string") {
                const err8 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if (!((data1 === "bun") || (data1 === "code-mode"))) {
                const err9 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/enum", keyword: "enum", params: { allowedValues: schema13.properties.runner.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.script !== undefined) {
            let data2 = data.script;
            if (typeof data2 === "string") {
                if (data2.length > 4096) {
                    const err10 = { instancePath: instancePath + "/script", schemaPath: "#/definitions/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                if (data2.length < 1) {
                    const err11 = { instancePath: instancePath + "/script", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                if (!pattern2.test(data2)) {
                    const err12 = { instancePath: instancePath + "/script", schemaPath: "#/definitions/path/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/script", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.cwd !== undefined) {
            let data3 = data.cwd;
            if (typeof data3 === "string") {
                if (data3.length > 4096) {
                    const err14 = { instancePath: instancePath + "/cwd", schemaPath: "#/definitions/path/maxLength", keyword: "maxLength", params: { limit: 4096 }, message: "must NOT have more than 4096 characters" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                if (data3.length < 1) {
                    const err15 = { instancePath: instancePath + "/cwd", schemaPath: "#/definitions/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (!pattern2.test(data3)) {
                    const err16 = { instancePath: instancePath + "/cwd", schemaPath: "#/definitions/path/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/cwd", schemaPath: "#/definitions/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.timeout_ms !== undefined) {
            let data4 = data.timeout_ms;
            if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                const err18 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
            if ((typeof data4 == "number") && (isFinite(data4))) {
                if (data4 > 9007199254740991 || isNaN(data4)) {
                    const err19 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 9007199254740991 }, message: "must be <= 9007199254740991" };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                if (data4 <= 0 || isNaN(data4)) {
                    const err20 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
            }
        }
        if (data.trigger !== undefined) {
            if (!(validate12(data.trigger, { instancePath: instancePath + "/trigger", parentData: data, parentDataProperty: "trigger", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err21];
        }
        else {
            vErrors.push(err21);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.name === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.version === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.steps === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "steps" }, message: "must have required property '" + "steps" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((((key0 === "$schema") || (key0 === "name")) || (key0 === "version")) || (key0 === "description")) || (key0 === "config")) || (key0 === "guidance")) || (key0 === "steps"))) {
                const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            if (typeof data.$schema !== "string") {
                const err4 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data1 = data.name;
            if (typeof data1 === "string") {
                if (data1.length > 200) {
                    const err5 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data1.length < 1) {
                    const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (!pattern0.test(data1)) {
                    const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f-\u2028\u2029]*[^\\s\u0000-\u001f-\u2028\u2029][^\u0000-\u001f-\u2028\u2029]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f-\u2028\u2029]*[^\\s\u0000-\u001f-\u2028\u2029][^\u0000-\u001f-\u2028\u2029]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data2 = data.version;
            if (!((typeof data2 == "number") && (isFinite(data2)))) {
                const err9 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.description !== undefined) {
            if (typeof data.description !== "string") {
                const err10 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.config !== undefined) {
            let data4 = data.config;
            if (!(data4 && typeof data4 == "object" && !Array.isArray(data4))) {
                const err11 = { instancePath: instancePath + "/config", schemaPath: "#/properties/config/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.guidance !== undefined) {
            let data5 = data.guidance;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                for (const key1 in data5) {
                    if (!(key1 === "skills")) {
                        const err12 = { instancePath: instancePath + "/guidance", schemaPath: "#/properties/guidance/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data5.skills !== undefined) {
                    let data6 = data5.skills;
                    if (Array.isArray(data6)) {
                        const len0 = data6.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            if (typeof data6[i0] !== "string") {
                                const err13 = { instancePath: instancePath + "/guidance/skills/" + i0, schemaPath: "#/properties/guidance/properties/skills/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err13];
                                }
                                else {
                                    vErrors.push(err13);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err14 = { instancePath: instancePath + "/guidance/skills", schemaPath: "#/properties/guidance/properties/skills/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/guidance", schemaPath: "#/properties/guidance/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.steps !== undefined) {
            let data8 = data.steps;
            if (Array.isArray(data8)) {
                if (data8.length < 1) {
                    const err16 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                const len1 = data8.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!(validate11(data8[i1], { instancePath: instancePath + "/steps/" + i1, parentData: data8, parentDataProperty: i1, rootData }))) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/steps", schemaPath: "#/properties/steps/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
    }
    else {
        const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err18];
        }
        else {
            vErrors.push(err18);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/did-you-mean.js
var did_you_mean = __nccwpck_require__(31363);
// EXTERNAL MODULE: ./.build/generated/schemas.js
var schemas = __nccwpck_require__(37200);
;// CONCATENATED MODULE: ./.build/flows/manifest-defaults.js
/** A step's timeout when flow.toml sets none (the older runtime's default). */
const DEFAULT_TIMEOUT_MS = 300_000;

;// CONCATENATED MODULE: ./.build/flows/manifest-messages.js
// Sentences for what the compiled flow.toml schema (schemas/flow.schema.json) finds wrong. The
// schema decides what is valid; this file only says, per field, what was expected and what to
// change, so a message reads the same whatever keyword failed.





const flowSchema = schemas/* contractSchemas */.v["flow.schema.json"];
const definitions = flowSchema.definitions;
const NAME_MAX = definitions.name.maxLength;
const PATH_MAX = definitions.path.maxLength;
const CONDITION_MAX = definitions.trigger.properties.if.maxLength;
const NAME_LIMITS = { max: NAME_MAX, refused: /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/, what: "names" };
const PATH_LIMITS = { max: PATH_MAX, refused: /[\u0000-\u001f]/, what: "paths" };
// A condition may span lines (a multi-line TOML string): only its length is bounded.
const CONDITION_LIMITS = { max: CONDITION_MAX, what: "conditions" };
/** Keys each table of flow.toml may hold, from the schema: anything else is warned about. */
const KNOWN_KEYS = {
    "": Object.keys(flowSchema.properties).filter((key) => key !== "$schema"),
    guidance: Object.keys(flowSchema.properties.guidance.properties),
    "steps[]": Object.keys(definitions.step.properties),
    "steps[].trigger": Object.keys(definitions.trigger.properties),
};
const ADD_STEP = "Add a [[steps]] section with name, runner and script.";
/** `["steps", 2, "trigger"]` → `steps[].trigger`: the field whatever the step. */
function genericPath(path) {
    return path.map((part, i) => (typeof part === "number" ? "[]" : i === 0 ? part : `.${part}`)).join("");
}
/** Where each table's keys are written, for a key found in the wrong table. */
const PLACES = {
    "": "at the top of flow.toml, above the first [[steps]] section",
    guidance: "in the [guidance] section",
    "steps[]": "in a step's [[steps]] section, above its [steps.trigger]",
    "steps[].trigger": "in a step's [steps.trigger] section, right after its [[steps]] section",
};
/** What is lost when a key that belongs elsewhere is ignored: the ones that change which events run a step. */
const LOST = {
    trigger: "so no step gets this trigger",
    type: "so no trigger gets this type",
    schema: "so no trigger checks the payload against this schema",
    if: "so no trigger is limited by this condition",
};
/** The warning for a key the schema does not define; the old runtime ignored such keys. */
function unknownKeyMessage(tablePath, key) {
    const table = genericPath(tablePath);
    const where = tablePath.length === 0 ? "at the top level" : `in ${fieldName(tablePath)}`;
    const home = Object.keys(KNOWN_KEYS).find((other) => other !== table && KNOWN_KEYS[other]?.includes(key));
    if (home !== undefined && key !== "name") {
        // `name` is known everywhere but the trigger; a trigger's `name` is more likely a stray than a misplaced key.
        const lost = LOST[key] ? `, ${LOST[key]}` : "";
        const fix = key === "trigger"
            ? "a trigger belongs to a step. Write it as [steps.trigger] right after that step's [[steps]] section."
            : `${key} belongs ${PLACES[home]}. Move it there.`;
        return `unknown key "${key}" ${where} is ignored${lost}: ${fix}`;
    }
    const known = KNOWN_KEYS[table] ?? [];
    const expected = known.length > 0 ? `; expected one of ${known.join(", ")}` : "";
    // A typo is a short key; a long one (hostile input) is not worth a distance table.
    const typo = key.length <= 64 ? (0,did_you_mean/* closest */.k)(key, known) : undefined;
    const fix = typo === undefined ? "Remove it or fix its spelling." : `Did you mean "${typo}"? Fix its spelling or remove it.`;
    return `unknown key "${key}" ${where} is ignored${expected}. ${fix}`;
}
/** What a name-like field (flow, step, trigger type) must be, for the "expected" half. */
const NAME_RULE = `a non-empty string of at most ${NAME_MAX} characters without control characters`;
/** The same for a path (script, cwd, schema). */
const PATH_RULE = `a non-empty string of at most ${PATH_MAX} characters without control characters`;
const quoted = (example, limits) => (value) => typeof value === "string" ? stringFix(value, example, limits) : `Write it in quotes, e.g. ${example}.`;
function stringFix(value, example, limits) {
    if (value.trim() === "")
        return `Give it a value, e.g. ${example}.`;
    const control = limits.refused?.exec(value)?.[0];
    if (control !== undefined) {
        const code = control.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
        return `Remove the control character U+${code} (${limits.what} must be one printable line).`;
    }
    if (value.length > limits.max)
        return `Shorten it to at most ${limits.max} characters.`;
    return `Write it like ${example}.`;
}
const RULES = {
    name: {
        expected: NAME_RULE,
        missing: 'Add a line like name = "my-flow" at the top of flow.toml.',
        wrong: (value) => typeof value !== "string"
            ? "Put the name in quotes."
            : value.trim() === ""
                ? "Give the flow a name."
                : stringFix(value, 'name = "my-flow"', NAME_LIMITS),
    },
    version: {
        expected: "a finite number",
        missing: "Add version = 1 at the top of flow.toml.",
        wrong: (value) => (typeof value === "string" ? "Write it without quotes, e.g. version = 1." : "Use e.g. version = 1."),
    },
    description: { expected: "a string", wrong: () => "Put it in quotes or remove it." },
    config: { expected: "a table", wrong: () => "Write it as a [config] section with key = value lines." },
    guidance: { expected: "a table", wrong: () => 'Write it as a [guidance] section with skills = ["..."].' },
    "guidance.skills": { expected: "an array of strings", wrong: () => 'Write skills = ["skill-name"].' },
    "guidance.skills[]": { expected: "a string", wrong: () => "Put each skill name in quotes." },
    steps: {
        expected: "an array of tables",
        missing: ADD_STEP,
        wrong: () => "Write each step as a [[steps]] section.",
    },
    "steps[]": { expected: "a table", wrong: () => "Write each step as a [[steps]] section." },
    "steps[].name": { expected: NAME_RULE, missing: 'Add name = "step-name".', wrong: quoted('name = "step-name"', NAME_LIMITS) },
    "steps[].runner": {
        expected: '"bun" or "code-mode"',
        missing: 'Add runner = "bun" to this step.',
        wrong: () => "Change runner to one of those.",
    },
    "steps[].script": {
        expected: PATH_RULE,
        missing: 'Add script = "exec/step.ts".',
        wrong: quoted('script = "exec/step.ts"', PATH_LIMITS),
    },
    "steps[].cwd": { expected: PATH_RULE, wrong: quoted('cwd = "."', PATH_LIMITS) },
    "steps[].timeout_ms": {
        expected: "a positive whole number of milliseconds",
        wrong: (value) => `${typeof value === "string" ? "Write it without quotes" : "Write e.g. timeout_ms = 600000"}, ` +
            `or remove it to use the default (${DEFAULT_TIMEOUT_MS}).`,
    },
    "steps[].trigger": {
        expected: "a table",
        wrong: () => "Write it as a [steps.trigger] section right after its [[steps]] section.",
    },
    "steps[].trigger.type": {
        expected: NAME_RULE,
        missing: 'Add type = "upstream.release".',
        wrong: quoted('type = "upstream.release"', NAME_LIMITS),
    },
    "steps[].trigger.schema": {
        expected: PATH_RULE,
        wrong: quoted('schema = "schemas/event.schema.json"', PATH_LIMITS),
    },
    "steps[].trigger.if": {
        expected: `a non-empty string of at most ${CONDITION_MAX} characters holding a GitHub expression`,
        wrong: quoted(`if = "startsWith(event.payload.tag, 'v')"`, CONDITION_LIMITS),
    },
    $schema: { expected: "a string", wrong: () => "Write the schema URL in quotes, or use a #:schema comment." },
};
/** The sentence for a missing required key at `path`. */
function missingMessage(path) {
    const rule = RULES[genericPath(path)];
    const field = fieldName(path);
    if (genericPath(path) === "steps")
        return `steps is missing; expected at least one [[steps]] section. ${ADD_STEP}`;
    if (!rule)
        return `${field} is missing. Add it.`;
    return `${field} is missing; expected ${rule.expected}. ${rule.missing ?? "Add it."}`;
}
/** The sentence for a value the schema rejects at `path` (type, enum, length, pattern...). */
function wrongValueMessage(path, value, keyword) {
    const field = fieldName(path);
    if (genericPath(path) === "steps" && keyword === "minItems") {
        return `steps is empty; expected at least one step. ${ADD_STEP}`;
    }
    const rule = RULES[genericPath(path)];
    if (!rule)
        return `${field} is ${(0,diagnostics/* describeValue */.bp)(value)}, which the flow.toml schema does not accept (${keyword}). Fix the value.`;
    return `${field} is ${(0,diagnostics/* describeValue */.bp)(value)}; expected ${rule.expected}. ${rule.wrong(value)}`;
}

;// CONCATENATED MODULE: ./.build/flows/manifest-schema.js
// flow.toml checked against the compiled schema (schemas/flow.schema.json): each ajv error is
// turned into a diagnostic at the TOML position of its field (ajv's instancePath, mapped by the
// toml-locator), with a sentence saying what to change (manifest-messages.ts).



/** Stands for a TOML date in what the schema sees: no JSON type accepts it. */
const TOML_DATE = Symbol("TOML date");
/**
 * Validates the parsed document; reports errors and warnings (unknown keys) on `report`.
 * Returns the paths that had an error, so later checks skip fields already reported.
 */
function checkManifestSchema(report, document) {
    const failed = new Set();
    if (validateFlow(schemaView(document)))
        return failed;
    const reported = new Set();
    for (const error of validateFlow.errors ?? []) {
        const base = pathOf(error.instancePath);
        if (error.keyword === "additionalProperties") {
            const key = String(error.params.additionalProperty);
            report.warn([...base, key], unknownKeyMessage(base, key));
            continue;
        }
        const path = error.keyword === "required" ? [...base, String(error.params.missingProperty)] : base;
        const key = JSON.stringify(path);
        // One sentence per field: ajv may report several keywords (minLength and pattern) at once.
        if (reported.has(key))
            continue;
        reported.add(key);
        failed.add(key);
        report.error(path, error.keyword === "required" ? missingMessage(path) : wrongValueMessage(path, valueAt(document, path), error.keyword));
    }
    return failed;
}
function pathKey(path) {
    return JSON.stringify(path);
}
/** `/steps/0/trigger` → `["steps", 0, "trigger"]`. */
function pathOf(pointer) {
    if (pointer === "")
        return [];
    return pointer
        .slice(1)
        .split("/")
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}
function valueAt(document, path) {
    let value = document;
    for (const part of path) {
        if (value === null || typeof value !== "object")
            return undefined;
        value = value[part];
    }
    return value;
}
/**
 * The document as the schema sees it: dates (a TOML type JSON lacks) become a value no type
 * accepts. Only the tables the schema describes are copied; `config` and unknown keys are
 * passed through untouched, so deeply nested values cost nothing here.
 */
function schemaView(document) {
    const view = shallow(document);
    if ((0,diagnostics/* isTable */.bI)(document.guidance)) {
        const guidance = shallow(document.guidance);
        if (Array.isArray(document.guidance.skills))
            guidance.skills = document.guidance.skills.map(dateless);
        view.guidance = guidance;
    }
    if (Array.isArray(document.steps)) {
        view.steps = document.steps.map((step) => {
            if (!(0,diagnostics/* isTable */.bI)(step))
                return dateless(step);
            const copy = shallow(step);
            if ((0,diagnostics/* isTable */.bI)(step.trigger))
                copy.trigger = shallow(step.trigger);
            return copy;
        });
    }
    return view;
}
function shallow(table) {
    const copy = {};
    for (const [key, value] of Object.entries(table))
        copy[key] = dateless(value);
    return copy;
}
function dateless(value) {
    return value instanceof Date ? TOML_DATE : value;
}

// EXTERNAL MODULE: ./.build/json-text.js
var json_text = __nccwpck_require__(47948);
// EXTERNAL MODULE: ./.build/flows/utf8-check.js
var utf8_check = __nccwpck_require__(25148);
;// CONCATENATED MODULE: ./.build/flows/manifest-steps.js
// What the flow.toml schema cannot say: step names are unique, paths exist and stay inside
// their bounds (manifest-paths.ts), and a trigger schema file is at least a JSON object.
// Runs after the schema check; fields the schema already rejected are not checked again.









/** The steps, when every one of them is valid (the schema check passed for `steps`). */
function readSteps(context, value) {
    if (!Array.isArray(value))
        return undefined;
    const steps = [];
    const firstIndexByName = new Map();
    for (const [index, entry] of value.entries()) {
        if (!(0,diagnostics/* isTable */.bI)(entry))
            continue;
        const path = ["steps", index];
        const name = entry.name;
        if (typeof name === "string" && !context.failed.has(pathKey([...path, "name"]))) {
            const first = firstIndexByName.get(name);
            if (first === undefined)
                firstIndexByName.set(name, index);
            else {
                context.report.error([...path, "name"], `${fieldName([...path, "name"])} "${name}" is already used by steps[${first}]; ` +
                    "step names must be unique within a flow. Rename one of them.");
            }
        }
        const step = readStep(context, path, entry);
        if (step)
            steps.push(step);
    }
    return steps.length === value.length ? steps : undefined;
}
function readStep(context, path, table) {
    const { report, bounds } = context;
    const usable = (key) => {
        const value = table[key];
        return typeof value === "string" && !context.failed.has(pathKey([...path, key])) ? value : undefined;
    };
    const script = usable("script");
    const scriptPath = script === undefined
        ? undefined
        : readPackagePath({ report, path: [...path, "script"], value: script, root: bounds.root, bounds, expected: "file", bound: "package" });
    const cwd = usable("cwd");
    const cwdPath = table.cwd === undefined
        ? bounds.root
        : cwd === undefined
            ? undefined
            : readPackagePath({ report, path: [...path, "cwd"], value: cwd, root: bounds.root, bounds, expected: "directory", bound: "repository" });
    const trigger = (0,diagnostics/* isTable */.bI)(table.trigger) ? readTrigger(context, [...path, "trigger"], table.trigger) : undefined;
    if (trigger)
        context.triggers?.push({ index: path[1], trigger });
    const name = usable("name");
    const runner = table.runner;
    if (name === undefined || script === undefined || scriptPath === undefined || cwdPath === undefined)
        return undefined;
    if (table.trigger !== undefined && !trigger)
        return undefined;
    const timeoutMs = typeof table.timeout_ms === "number" ? table.timeout_ms : DEFAULT_TIMEOUT_MS;
    const step = { name, runner, script, scriptPath, cwdPath, timeoutMs };
    if (trigger)
        step.trigger = trigger;
    // The header line only serves messages, and finding it means scanning the whole manifest
    // (a third of discovery time for 1,000 packages), so it is found on first read.
    Object.defineProperty(step, "line", { enumerable: true, configurable: true, get: () => report.line(path) });
    return step;
}
function readTrigger(context, path, table) {
    const { report, bounds, failed } = context;
    const ok = (key) => typeof table[key] === "string" && !failed.has(pathKey([...path, key]));
    let schemaPath;
    if (table.schema !== undefined) {
        if (!ok("schema"))
            return undefined;
        const field = [...path, "schema"];
        schemaPath = readPackagePath({ report, path: field, value: table.schema, root: bounds.root, bounds, expected: "file", bound: "package" });
        if (!schemaPath || !checkSchemaJson(report, schemaPath, field))
            return undefined;
    }
    if (!ok("type") || (table.if !== undefined && !ok("if")))
        return undefined;
    const trigger = { type: table.type };
    if (schemaPath) {
        trigger.schema = table.schema;
        trigger.schemaPath = schemaPath;
    }
    if (typeof table.if === "string")
        trigger.if = table.if;
    return trigger;
}
/** A schema must at least be JSON at load time; compiling it is left to matching/validate. */
function checkSchemaJson(report, schemaPath, field) {
    const from = `(referenced by ${fieldName(field)} in ${report.file})`;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(schemaPath, "utf8");
    }
    catch (error) {
        const code = error.code ?? String(error);
        report.problems.push({ severity: "error", file: schemaPath, message: `schema cannot be read (${code}). Check its permissions ${from}.` });
        return false;
    }
    const notUtf8 = (0,utf8_check/* invalidUtf8 */.t)(schemaPath, text);
    if (notUtf8) {
        const { line, column } = notUtf8;
        report.problems.push({ severity: "error", file: schemaPath, line, column, message: (0,utf8_check/* invalidUtf8Message */.k)("schema", notUtf8, "JSON", ` ${from}`) });
        return false;
    }
    text = text.replace(/^\uFEFF/, "");
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (!parsed.ok) {
        const problem = {
            severity: "error",
            file: schemaPath,
            message: `schema is not valid JSON: ${parsed.message}. Fix the JSON syntax ${from}.`,
        };
        report.problems.push(parsed.line === undefined ? problem : { ...problem, line: parsed.line, column: parsed.column });
        return false;
    }
    if (typeof parsed.value !== "boolean" && !(0,diagnostics/* isTable */.bI)(parsed.value)) {
        report.problems.push({
            severity: "error",
            file: schemaPath,
            line: 1,
            column: 1,
            message: `schema is ${(0,diagnostics/* describeValue */.bp)(parsed.value)}; expected a JSON object (a JSON Schema). ` +
                `Start the file with { and describe the payload ${from}.`,
        });
        return false;
    }
    return true;
}

// EXTERNAL MODULE: ./.build/flows/toml-locator.js
var toml_locator = __nccwpck_require__(92797);
;// CONCATENATED MODULE: ./.build/flows/toml-syntax.js
// smol-toml says which grammar rule broke ("control characters are not allowed in strings");
// for the mistakes people make in flow.toml, these hints say what to write instead: a string
// left open, a double quote inside a "..." condition, a key or table written twice, a Windows
// path's backslashes, a value without quotes.


const GENERIC = "Fix the syntax at this position.";
/** A TOML parse error as a diagnostic at its position, with what to change where it can tell. */
function tomlSyntaxProblem(file, text, error) {
    if (!(error instanceof dist/* TomlError */.zx)) {
        return { severity: "error", file, message: `flow.toml is not valid TOML: ${String(error)}.` };
    }
    const reason = (error.message.split("\n")[0] ?? "").replace(/^Invalid TOML document:\s*/, "");
    const lines = text.split(/\r?\n/);
    let hint;
    try {
        hint = syntaxHint(reason, text, lines, error.line, error.column);
    }
    catch {
        // A hint is a guess about the text around the error; without one the position still helps.
    }
    return {
        severity: "error",
        file,
        line: error.line,
        column: error.column,
        message: `flow.toml is not valid TOML: ${reason}. ${hint ?? GENERIC}`,
    };
}
function syntaxHint(reason, text, lines, line, column) {
    const lineText = lines[line - 1] ?? "";
    const char = lineText[column - 1];
    if (reason.startsWith("control characters are not allowed in strings")) {
        if (char === undefined || char === "\r") {
            return "The string is not closed on this line: add the closing quote. A string that spans lines is written between \"\"\" or '''.";
        }
        const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0");
        return `The string holds the control character U+${code}: remove it, or write it as \\u${code} in a "..." string.`;
    }
    if (reason.startsWith("unfinished string")) {
        const quote = /^("""|'''|"|')/.exec(lineText.slice(column - 1))?.[1] ?? "quote";
        return `The string that starts here is never closed: add the closing ${quote}.`;
    }
    if (reason.includes("escape")) {
        return ('In a "..." string a backslash starts an escape (\\\\, \\", \\n, \\t, \\uXXXX). Write \\\\ for a backslash, ' +
            "or use a '...' string, which keeps backslashes as they are (paths use / on every system).");
    }
    if (reason.startsWith("each key-value declaration must be followed by an end-of-line")) {
        if (/\r(?!\n)/.test(text))
            return "Its lines end in a lone carriage return (\\r); save the file with LF (or CRLF) line ends.";
        return quoteInsideString(lineText, column) ?? "Put each key = value on a line of its own; a comment starts with #.";
    }
    if (reason.startsWith("invalid value"))
        return valueHint(lineText, column);
    if (reason.startsWith("illegal character in key") && char === ":")
        return "TOML writes key = value, not key: value.";
    if (reason.startsWith("integer value cannot be represented losslessly")) {
        return "Integers here must be within ±9007199254740991 (2^53 - 1); write a larger number as a string, in quotes.";
    }
    if (reason.startsWith("trying to redefine"))
        return redefinitionHint(lines, line);
    return undefined;
}
/** `if = "x == "main""`: the string closed at the second `"`, and the rest is left over. */
function quoteInsideString(lineText, column) {
    const assignment = /^(\s*)([^=]+?)\s*=\s*"/.exec(lineText);
    if (!assignment || lineText.startsWith('"""', assignment[0].length - 1))
        return undefined;
    let end = assignment[0].length;
    while (end < lineText.length && lineText[end] !== '"')
        end += lineText[end] === "\\" ? 2 : 1;
    if (end >= column - 1 || !lineText.slice(end + 1).includes('"'))
        return undefined;
    const key = (0,toml_locator/* readKey */.Y)(assignment[2] ?? "")?.segments.join(".") ?? "";
    const condition = key === "if" ? ` In a condition, strings take single quotes: if = "github.ref == 'refs/heads/main'".` : "";
    return (`The "..." string ends at the " in column ${end + 1}, so the rest of the line is left over. ` +
        `Write a double quote inside it as \\", or quote the whole value with '...'.${condition}`);
}
/** `name = bad`, `version =`, `flag = True`. */
function valueHint(lineText, column) {
    const rest = lineText.slice(column - 1).replace(/\s+#.*$/, "").trim();
    const key = (0,toml_locator/* readKey */.Y)(lineText)?.segments.join(".") ?? "key";
    if (rest === "" || rest.startsWith("#"))
        return `The value of ${key} is missing: write one after =, or remove the line.`;
    if (/^(true|false)$/i.test(rest))
        return `Write ${rest.toLowerCase()} in lower case.`;
    if (/^[\p{L}_$]/u.test(rest))
        return `Put text in quotes: ${key} = ${JSON.stringify(rest)}.`;
    return undefined;
}
/** A key or table written twice: where it was first written, and how to write it once. */
function redefinitionHint(lines, line) {
    const lineText = lines[line - 1] ?? "";
    const header = headerOf(lineText);
    if (header?.array) {
        const { path } = header;
        const earlier = findLine(lines, line, (text) => {
            const other = headerOf(text);
            return other !== undefined && !other.array && (other.path === path || other.path.startsWith(`${path}.`));
        });
        if (earlier === undefined)
            return undefined;
        return (`${path} is already a table (line ${earlier}: ${lines[earlier - 1]?.trim()}), so [[${path}]] cannot add an entry to it. ` +
            `Write each [[${path}]] first and its [${path}.…] sections after it.`);
    }
    if (header) {
        const { path } = header;
        const earlier = findLine(lines, line, (text) => headerOf(text)?.path === path);
        const next = path.startsWith("steps.") ? " (for another step, start it with [[steps]] first)" : "";
        return earlier === undefined
            ? `[${path}] is already defined above, by a key of that name, a dotted key or an inline table. Define each table once${next}.`
            : `[${path}] is already defined on line ${earlier}. Merge the two sections into one${next}.`;
    }
    const key = (0,toml_locator/* readKey */.Y)(lineText);
    if (!key || lineText[key.length] !== "=")
        return undefined;
    const name = key.segments.join(".");
    const tableStart = findLine(lines, line, (text) => headerOf(text) !== undefined) ?? 0;
    const earlier = findLine(lines, line, (text) => (0,toml_locator/* readKey */.Y)(text)?.segments.join(".") === name, tableStart);
    return earlier === undefined
        ? `${name} is already defined in this table (by a dotted key or an inline table). Set each key once.`
        : `${name} is already set on line ${earlier}; a key is set once per table. Remove one of them.`;
}
/** `[steps.trigger]` → `{ array: false, path: "steps.trigger" }`; undefined for a line that is no header. */
function headerOf(text) {
    const match = /^\s*(\[\[?)(.*?)\]/.exec(text);
    const path = match ? (0,toml_locator/* readKey */.Y)(match[2] ?? "")?.segments.join(".") : undefined;
    return match && path !== undefined ? { array: match[1] === "[[", path } : undefined;
}
/** The last line above `before` (and after `after`) that satisfies `test`, 1-based. */
function findLine(lines, before, test, after = 0) {
    for (let index = before - 2; index >= after; index--) {
        if (test(lines[index] ?? ""))
            return index + 1;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./.build/flows/manifest.js










/**
 * Reads and checks one flow.toml against the flow contract. Never throws for a bad package:
 * every problem comes back as a diagnostic with file, line and column where they are known.
 */
async function loadFlowManifest(manifestPath) {
    const file = (0,external_node_path_.resolve)(manifestPath);
    const read = readManifestText(file);
    if ("text" in read)
        return parseFlowManifest(file, read.text);
    const message = "problem" in read ? read.problem : "flow.toml cannot be read (ENOENT). Check that the file exists and is readable.";
    return { problems: [{ severity: "error", file, message }] };
}
/** loadFlowManifest for a manifest already read (discovery reads it to find packages). */
function parseFlowManifest(manifestPath, text) {
    const file = (0,external_node_path_.resolve)(manifestPath);
    const root = (0,external_node_path_.dirname)(file);
    const notUtf8 = (0,utf8_check/* invalidUtf8 */.t)(file, text);
    if (notUtf8) {
        const { line, column } = notUtf8;
        return { problems: [{ severity: "error", file, line, column, message: (0,utf8_check/* invalidUtf8Message */.k)("flow.toml", notUtf8, "TOML") }] };
    }
    // A byte order mark is no character of line 1: positions count from after it, as editors do.
    text = text.replace(/^\uFEFF/, "");
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        return { problems: [tomlSyntaxProblem(file, text, error)] };
    }
    const report = new ManifestReport(file, new toml_locator/* TomlLocator */.v(text));
    const bounds = packageBounds(root);
    if (!isInside(bounds.realRoot, bounds.realRepository)) {
        report.problems.push({
            severity: "error",
            file,
            message: `the package folder ${root} is a symbolic link to ${bounds.realRoot}, outside the repository (${bounds.realRepository}). ` +
                "Copy the package into the repository instead of linking to it.",
        });
        return { problems: report.problems };
    }
    const failed = checkManifestSchema(report, document);
    const triggers = [];
    const steps = readSteps({ report, bounds, failed, triggers }, document.steps);
    const problems = inLineOrder(report.problems, file);
    if (report.errorCount > 0 || !steps)
        return { problems, ...(triggers.length > 0 ? { broken: { manifestPath: file, triggers } } : {}) };
    const manifest = document;
    const flow = { name: manifest.name, version: manifest.version, root, manifestPath: file, steps };
    if (manifest.description !== undefined)
        flow.description = manifest.description;
    if (manifest.config !== undefined)
        flow.config = manifest.config;
    if (manifest.guidance !== undefined)
        flow.guidance = { skills: manifest.guidance.skills ?? [] };
    return { flow, problems };
}
/** flow.toml problems top to bottom, then problems found in the files it references. */
function inLineOrder(problems, manifest) {
    const rank = (problem) => (problem.file === manifest ? 0 : 1e9) + (problem.line ?? 0);
    return [...problems].sort((a, b) => rank(a) - rank(b));
}

// EXTERNAL MODULE: ./.build/flows/roots.js
var roots = __nccwpck_require__(61);
;// CONCATENATED MODULE: ./.build/flows/discovery.js







// In a module of its own: the CLI looks for the roots before it loads discovery (src/cli/repo-root.ts).

// Up to this many packages, every manifest is parsed for every event (a few milliseconds), so
// a broken flow.toml is reported on any event, a pull request's checks included. Past it,
// parsing packages that cannot match the event would dominate the action's run time.
const DEFER_ABOVE = 100;
async function discoverFlows(options) {
    const problems = [];
    const folders = [];
    const missingRoots = [];
    const seenRoots = new Set();
    for (const root of options.roots ?? roots/* DEFAULT_FLOW_ROOTS */.B) {
        const absoluteRoot = (0,external_node_path_.resolve)(options.repoRoot, root);
        if (seenRoots.has(absoluteRoot))
            continue;
        seenRoots.add(absoluteRoot);
        const found = await packageFolders(absoluteRoot, problems);
        if (found === undefined && options.roots !== undefined)
            missingRoots.push(root);
        if (found === undefined && options.checkLayout && options.roots !== undefined) {
            problems.push({
                severity: "warning",
                file: absoluteRoot,
                message: `flow root "${root}" does not exist, so no flows were loaded from it. Check the flows path (--flows-path, or the flows-path input).`,
            });
        }
        folders.push(...(found ?? []));
    }
    // Reading the manifest doubles as the "is this a package" check: one less stat per folder.
    // Discovery uses synchronous fs calls: it runs before anything else could overlap with it,
    // and for 1,000 small manifests the promise machinery costs several times the reads.
    const loaded = [];
    const deferred = [];
    const lazy = options.eventType !== undefined && folders.length > (options.deferAbove ?? DEFER_ABOVE);
    folders.forEach((folder, order) => {
        const manifestPath = (0,external_node_path_.join)(folder, "flow.toml");
        const text = readManifest(manifestPath);
        if (text === undefined) {
            if (options.checkLayout)
                problems.push(...notAPackage(folder));
            return;
        }
        const scan = !lazy || typeof text !== "string" ? undefined : scanManifest(text);
        if (scan && typeof text === "string" && !couldMatch(scan, options.eventType)) {
            deferred.push({ manifestPath, text, order, ...scan });
            return;
        }
        loaded.push({ order, result: typeof text === "string" ? parseFlowManifest(manifestPath, text) : unreadableManifest(manifestPath, text.problem) });
    });
    const discovery = { flows: [], problems, shadowed: [], ...(missingRoots.length > 0 ? { missingRoots } : {}), ...(options.eventType === undefined ? {} : { deferred }) };
    // A deferred package found before a loaded one of the same name would shadow it: load it now.
    const loadedNames = new Set(loaded.map(({ result }) => result.flow?.name));
    const contenders = deferred.filter((item) => loadedNames.has(item.name));
    admit(discovery, [...loaded, ...takeDeferred(discovery, contenders)]);
    // Conditions are parsed once per loaded package, here; the evaluator loads only if one exists.
    if ((0,condition/* hasConditions */.zz)(discovery.flows))
        discovery.problems.push(...(await (0,condition/* compileFlowConditions */.my)(discovery.flows)));
    return discovery;
}
/**
 * Parse the deferred packages an event of `eventType` could match (with any of the same name,
 * so shadowing stays exact) and add them to the discovery. Returns the flows to match.
 */
function loadDeferredFlows(discovery, eventType) {
    const wanted = (discovery.deferred ?? []).filter((item) => couldMatch(item, eventType));
    if (wanted.length > 0) {
        const names = new Set(wanted.map((item) => item.name));
        admit(discovery, takeDeferred(discovery, (discovery.deferred ?? []).filter((item) => names.has(item.name))));
    }
    return discovery.flows;
}
function takeDeferred(discovery, items) {
    if (items.length === 0)
        return [];
    const taken = new Set(items);
    discovery.deferred = (discovery.deferred ?? []).filter((item) => !taken.has(item));
    return items.map((item) => ({ order: item.order, result: parseFlowManifest(item.manifestPath, item.text) }));
}
const ORDER = new WeakMap();
/** Add parsed packages in discovery order: the first package with a name wins. */
function admit(discovery, results) {
    const keptByName = new Map(discovery.flows.map((flow) => [flow.name, flow]));
    for (const { order, result } of [...results].sort((a, b) => a.order - b.order)) {
        discovery.problems.push(...result.problems);
        const flow = result.flow;
        if (!flow) {
            if (result.broken)
                discovery.broken = [...(discovery.broken ?? []), result.broken];
            continue;
        }
        ORDER.set(flow, order);
        const kept = keptByName.get(flow.name);
        if (kept) {
            discovery.shadowed.push({ name: flow.name, keptManifest: kept.manifestPath, shadowedManifest: flow.manifestPath });
            discovery.problems.push({
                severity: "warning",
                file: flow.manifestPath,
                message: `flow "${flow.name}" is also defined by ${kept.manifestPath}, which was found first, ` +
                    `so ${flow.manifestPath} is ignored. Rename one of them or remove the stale copy.`,
            });
            continue;
        }
        keptByName.set(flow.name, flow);
        discovery.flows.push(flow);
    }
    discovery.flows.sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
/** Direct child folders of a root, sorted: the places a flow.toml may be. Missing root: undefined. */
async function packageFolders(root, problems) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT")
            return undefined;
        problems.push({
            severity: "warning",
            file: root,
            message: `flow root cannot be read (${code ?? String(error)}); no flows were loaded from it. ` +
                "Check that it is a readable folder.",
        });
        return [];
    }
    // Plain code-unit order, like the old runtime's Array#sort: stable across locales.
    const names = entries.filter((entry) => !entry.isFile()).map((entry) => entry.name);
    return names.sort().map((name) => (0,external_node_path_.join)(root, name));
}
/**
 * A folder under a flow root that is not a package but looks meant as one: its flow.toml is a
 * folder or a symbolic link to nothing, or it holds files but no flow.toml (a misnamed manifest).
 */
function notAPackage(folder) {
    if ((0,external_node_path_.basename)(folder).startsWith("."))
        return [];
    const unusable = unusableManifest((0,external_node_path_.join)(folder, "flow.toml"));
    if (unusable)
        return [unusable];
    let files;
    try {
        files = (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
    }
    catch {
        return [];
    }
    if (files.length === 0)
        return [];
    const like = files.find((name) => /\.toml$/i.test(name) || /^flow/i.test(name));
    return [
        {
            severity: "warning",
            file: folder,
            message: `folder holds no flow.toml, so it is not a flow package${like ? ` (it holds ${like}: is that the manifest, misnamed?)` : ""}. ` +
                "A flow package's manifest must be named flow.toml; move other folders out of the flow root.",
        },
    ];
}
/** A flow.toml that exists but cannot be a manifest: a folder, or a symbolic link to nothing. */
function unusableManifest(manifestPath) {
    const skipped = "so the folder is not loaded as a flow package";
    let link;
    let target;
    try {
        link = (0,external_node_fs_.lstatSync)(manifestPath);
        target = (0,external_node_fs_.statSync)(manifestPath, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
    if (target?.isDirectory()) {
        return {
            severity: "warning",
            file: manifestPath,
            message: `flow.toml is a folder, not a file, ${skipped}. Replace the folder with the manifest file.`,
        };
    }
    if (target !== undefined || !link.isSymbolicLink())
        return undefined;
    let to = "";
    try {
        to = (0,external_node_fs_.readlinkSync)(manifestPath);
    }
    catch {
        // The link vanished between the calls: say it without its target.
    }
    return {
        severity: "warning",
        file: manifestPath,
        message: `flow.toml is a symbolic link to ${to === "" ? "a file" : `"${to}"`}, which does not exist, ${skipped}. ` +
            "Point the link at the manifest, or replace it with the file.",
    };
}
/**
 * The manifest's text; undefined when the folder holds none (it is not a package); a problem when
 * it cannot be used (unreadable, no plain file, over MAX_MANIFEST_BYTES: src/flows/manifest-file.ts).
 */
function readManifest(manifestPath) {
    const read = readManifestText(manifestPath);
    if ("missing" in read)
        return undefined;
    return "text" in read ? read.text : { problem: read.problem };
}
function unreadableManifest(manifestPath, message) {
    return {
        problems: [{ severity: "error", file: manifestPath, message }],
    };
}

// EXTERNAL MODULE: ./.build/flows/schema-cache-config.js
var schema_cache_config = __nccwpck_require__(70413);
// EXTERNAL MODULE: ./.build/flows/schemas.js + 6 modules
var flows_schemas = __nccwpck_require__(67792);
;// CONCATENATED MODULE: ./.build/flows/validate.js



/**
 * Discovery plus a compile of every trigger schema (for `flows validate`): schema problems that
 * matching would only meet when an event arrives are reported now. Flows whose schema does not
 * compile stay in `flows`; their steps will not match (reason "schema") until it is fixed.
 */
async function validateFlows(options) {
    const discovered = await discoverFlows(options);
    const registry = options.schemas ?? new flows_schemas/* SchemaRegistry */.tI();
    const problems = [...discovered.problems];
    const seen = new Set();
    // Packages with errors are checked too, as far as they could be read, so one pass lists every problem.
    const broken = discovered.broken ?? [];
    problems.push(...(await (0,condition/* compileTriggerConditions */.qy)(broken)));
    const triggers = [
        ...discovered.flows.flatMap((flow) => flow.steps.map((step) => step.trigger)),
        ...broken.flatMap((flow) => flow.triggers.map(({ trigger }) => trigger)),
    ];
    for (const trigger of triggers) {
        const schemaPath = trigger?.schemaPath;
        if (!schemaPath || seen.has(schemaPath))
            continue;
        seen.add(schemaPath);
        const compiled = await registry.compile(schemaPath);
        problems.push(...compiled.warnings);
        if (!compiled.ok)
            problems.push(compiled.diagnostic);
        // A probe check: a $ref cycle across files that never steps into the payload recurses on
        // every payload, {} included; the registry turns the overflow into a problem of the schema.
        else if (compiled.check({}) && (await registry.problemsOf(schemaPath)).length > 0) {
            problems.push(...(await registry.problemsOf(schemaPath)));
        }
    }
    return { flows: discovered.flows, problems, shadowed: discovered.shadowed };
}

;// CONCATENATED MODULE: ./.build/flows/index.js












/***/ }),

/***/ 65066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J: () => (/* binding */ matchSteps),
  typeMatches: () => (/* binding */ typeMatches)
});

// EXTERNAL MODULE: ./.build/flows/condition.js + 1 modules
var condition = __nccwpck_require__(19860);
;// CONCATENATED MODULE: ./.build/flows/condition-match.js

/** Evaluates the conditions of the steps still matched in `outcomes`, turning false ones into mismatches. */
async function matchConditions(outcomes, event, options) {
    const pending = outcomes.flatMap((outcome, at) => "matched" in outcome && outcome.matched.step.trigger?.if !== undefined ? [{ ref: outcome.matched, at }] : []);
    if (pending.length === 0)
        return undefined;
    // Discovery compiles every loaded package's conditions; a package parsed later (deferred
    // until an event of its type came) compiles here, once.
    const flows = [...new Set(pending.map(({ ref }) => ref.flow))];
    const problems = await (0,condition/* compileFlowConditions */.my)(flows);
    const { ConditionScope } = await Promise.all(/* import() */[__nccwpck_require__.e(2088), __nccwpck_require__.e(9356), __nccwpck_require__.e(5797)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75797));
    const scope = new ConditionScope({
        event,
        ...(options.github ? { github: options.github } : {}),
        env: options.env ?? process.env,
        ...(options.changedFiles ? { changedFiles: options.changedFiles } : {}),
    });
    const conditions = [];
    for (const { ref, at } of pending) {
        const compiled = (0,condition/* compiledCondition */.b4)(ref.step.trigger);
        if (!compiled?.ok) {
            const why = compiled ? compiled.message : "was not compiled";
            const message = `condition cannot be used: it ${why} (reported as a problem in flow.toml)`;
            outcomes[at] = { mismatch: { ...ref, reason: "condition", message } };
            continue;
        }
        const report = await scope.evaluate(compiled, ref.flow);
        conditions.push({ ...ref, report });
        if (report.result !== "true") {
            outcomes[at] = { mismatch: { ...ref, reason: "condition", message: conditionMessage(report), condition: report } };
        }
    }
    return { conditions, ...(problems.length > 0 ? { problems } : {}) };
}
/** `condition `x == 'y'` is false: event.payload.x = "z"`: the reason, with what it read. */
function conditionMessage(report) {
    const values = report.values.map(({ path, value }) => `${path} = ${value}`).join(", ");
    const read = values === "" ? "" : `: ${values}`;
    if (report.result === "error") {
        return `condition \`${report.expression}\` could not be evaluated (${report.error ?? "unknown error"})${read}`;
    }
    return `condition \`${report.expression}\` is ${report.result}${read}`;
}

// EXTERNAL MODULE: ./.build/flows/glob.js
var glob = __nccwpck_require__(42184);
// EXTERNAL MODULE: ./.build/flows/schemas.js + 6 modules
var schemas = __nccwpck_require__(67792);
;// CONCATENATED MODULE: ./.build/flows/match.js



/**
 * Whether a trigger type accepts an event type, in the one glob dialect (src/flows/glob.ts):
 * `*` matches any run of characters (`pull_request.*`, `*`), `?` one, `[...]` a class; every
 * other character, `.` included, matches itself. A type that is not a valid glob matches itself.
 */
function typeMatches(pattern, type) {
    try {
        return (0,glob/* globMatches */.mw)(pattern, type);
    }
    catch {
        return pattern === type;
    }
}
/** Why a type that looks meant for this event does not match it, and what to write. */
function typeHint(pattern, type) {
    if (type.startsWith(`${pattern}.`)) {
        return `; a GitHub event with an action is typed <event>.<action>: write "${type}", or "${pattern}.*" for every action`;
    }
    if (pattern.trim() === type)
        return "; the trigger type has spaces around it: remove them";
    if (pattern.toLowerCase() === type.toLowerCase())
        return `; types are case-sensitive: write "${type}"`;
    return "";
}
/**
 * The steps an event triggers: flows in the given (discovery) order, steps in manifest order.
 * Types are compared first; schemas are compiled only for steps whose type matched, so an event
 * nobody listens to never loads ajv.
 */
async function matchSteps(flows, event, options = {}) {
    const outcomes = [];
    const typeMatched = [];
    for (const flow of flows) {
        for (const step of flow.steps) {
            const trigger = step.trigger;
            if (!trigger) {
                const message = `step "${step.name}" has no [steps.trigger], so no event runs it`;
                outcomes.push({ mismatch: { flow, step, reason: "no-trigger", message } });
            }
            else if (!typeMatches(trigger.type, event.type)) {
                const message = `trigger type "${trigger.type}" does not match event type "${event.type}"${typeHint(trigger.type, event.type)}`;
                outcomes.push({ mismatch: { flow, step, reason: "type", message } });
            }
            else {
                typeMatched.push({ ref: { flow, step }, at: outcomes.length });
                outcomes.push({ matched: { flow, step } });
            }
        }
    }
    const needsSchema = typeMatched.filter(({ ref }) => ref.step.trigger?.schemaPath !== undefined);
    if (needsSchema.length > 0) {
        const registry = options.schemas ?? (0,schemas/* sharedSchemaRegistry */.c5)();
        const payload = event.payload ?? {};
        for (const { ref, at } of needsSchema) {
            const trigger = ref.step.trigger;
            const compiled = await registry.compile(trigger.schemaPath);
            const shown = trigger.schema ?? trigger.schemaPath;
            if (!compiled.ok) {
                const message = `schema ${shown} cannot be used: ${compiled.diagnostic.message}`;
                outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
                continue;
            }
            const check = compiled.check(payload);
            if (!check.ok) {
                const message = `payload does not match ${shown}: ${check.message}`;
                outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
            }
        }
    }
    const conditions = await matchConditions(outcomes, event, options);
    const result = { matched: [], mismatches: [] };
    if (conditions)
        Object.assign(result, conditions);
    for (const outcome of outcomes) {
        if ("matched" in outcome)
            result.matched.push(outcome.matched);
        else
            result.mismatches.push(outcome.mismatch);
    }
    return result;
}


/***/ }),

/***/ 61:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_FLOW_ROOTS)
/* harmony export */ });
/** Installed copies first, then source packages: the first package with a name wins. */
const DEFAULT_FLOW_ROOTS = [".codex/flows", "flows"];


/***/ }),

/***/ 62051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ findInPlaceRefCycle),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Fm: () => (/* binding */ checkSchemaDepth),
/* harmony export */   Kn: () => (/* binding */ SchemaBudgetProblem),
/* harmony export */   Nr: () => (/* binding */ checkSchemaFileSize),
/* harmony export */   Rn: () => (/* binding */ re2RegExp),
/* harmony export */   WD: () => (/* binding */ packageRootOf),
/* harmony export */   o4: () => (/* binding */ loadRe2),
/* harmony export */   xW: () => (/* binding */ checkSchemaExpansion),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports MAX_SCHEMA_BYTES, MAX_SCHEMA_TOTAL_BYTES, MAX_SCHEMA_DEPTH, MAX_SCHEMA_EXPANDED, isRe2Loaded */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);


// Trigger schemas are written by package authors and run against payloads written by strangers,
// so compiling and checking them has budgets: a schema that would take the job down (stack
// overflow, minutes of compile time, catastrophic backtracking) is a problem of its own step.
// The figures and the reasons behind them are in docs/hostile-input.md.
/** Largest schema file compiled; bigger trigger schemas are almost surely generated by mistake. */
const MAX_SCHEMA_BYTES = 512 * 1024;
/** Largest total of one schema and every file its `$ref`s load. */
const MAX_SCHEMA_TOTAL_BYTES = 1024 * 1024;
/** Deepest nesting of objects and arrays inside a schema file. */
const MAX_SCHEMA_DEPTH = 128;
/**
 * Most subschemas one payload value may be checked against once `$ref`s are followed. A chain of
 * definitions that each use the previous one twice is tiny on disk and doubles with every link.
 */
const MAX_SCHEMA_EXPANDED = 100_000;
/** A schema that is over a budget or uses what the safe engine cannot run. */
class SchemaBudgetProblem extends Error {
    near;
    constructor(message, 
    /** Text to look for in the schema file, to give the problem a line. */
    near) {
        super(message);
        this.near = near;
    }
}
/** Throws when the file is over MAX_SCHEMA_BYTES; checked before the file is read. */
function checkSchemaFileSize(path, spentBytes) {
    let size;
    try {
        size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).size;
    }
    catch {
        return 0; // Reading it reports the problem with the usual message.
    }
    if (size > MAX_SCHEMA_BYTES) {
        throw new SchemaBudgetProblem(`schema file ${path} is ${formatBytes(size)}; trigger schemas may be at most ${formatBytes(MAX_SCHEMA_BYTES)}. ` +
            "Describe only the payload fields the trigger needs (other fields can stay unlisted).");
    }
    if (spentBytes + size > MAX_SCHEMA_TOTAL_BYTES) {
        throw new SchemaBudgetProblem(`schema and the files its $refs load add up to more than ${formatBytes(MAX_SCHEMA_TOTAL_BYTES)} (at ${path}). ` +
            "Describe only the payload fields the trigger needs.");
    }
    return size;
}
/** Throws when objects and arrays in the schema nest deeper than MAX_SCHEMA_DEPTH (iterative walk). */
function checkSchemaDepth(value) {
    const stack = [{ value, depth: 0 }];
    while (stack.length > 0) {
        const { value: item, depth } = stack.pop();
        if (typeof item !== "object" || item === null)
            continue;
        if (depth >= MAX_SCHEMA_DEPTH) {
            throw new SchemaBudgetProblem(`schema nests objects and arrays more than ${MAX_SCHEMA_DEPTH} levels deep. ` +
                "Flatten it with $defs and $ref.");
        }
        for (const child of Object.values(item))
            stack.push({ value: child, depth: depth + 1 });
    }
}
/** Keywords whose values are data, not subschemas. */
const DATA_KEYWORDS = new Set(["enum", "const", "examples", "default"]);
/**
 * Throws when the schema, with its same-file `$ref`s expanded, holds more than
 * MAX_SCHEMA_EXPANDED nodes. A reference back to a schema being expanded (recursion that steps
 * into the payload) counts once. Iterative, so a long chain of references cannot overflow.
 */
function checkSchemaExpansion(root) {
    const children = (pointer) => {
        const node = resolvePointer(root, pointer);
        if (typeof node !== "object" || node === null)
            return [];
        const kids = [];
        for (const key of Object.keys(node)) {
            if (DATA_KEYWORDS.has(key))
                continue;
            kids.push(`${pointer}/${escapePointer(key)}`);
        }
        const ref = node.$ref;
        if (!Array.isArray(node) && typeof ref === "string" && /^#(\/|$)/.test(ref))
            kids.push(ref.slice(1));
        return kids;
    };
    const size = new Map();
    const open = new Set([""]);
    const stack = [
        { pointer: "", kids: children(""), index: 0, sum: 1 },
    ];
    while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.sum > MAX_SCHEMA_EXPANDED) {
            throw new SchemaBudgetProblem(`schema expands to more than ${MAX_SCHEMA_EXPANDED.toLocaleString("en-US")} subschemas once its $refs are followed ` +
                `(at ${top.pointer || "the root"}), so checking one payload could take minutes. ` +
                "Refer to each definition once instead of combining definitions that reuse each other.");
        }
        if (top.index >= top.kids.length) {
            stack.pop();
            open.delete(top.pointer);
            size.set(top.pointer, top.sum);
            if (stack.length > 0)
                stack[stack.length - 1].sum += top.sum;
            continue;
        }
        const kid = top.kids[top.index++];
        const known = size.get(kid);
        if (known !== undefined)
            top.sum += known;
        else if (open.has(kid))
            top.sum += 1;
        else {
            open.add(kid);
            stack.push({ pointer: kid, kids: children(kid), index: 0, sum: 1 });
        }
    }
}
function escapePointer(key) {
    return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function resolvePointer(root, pointer) {
    let node = root;
    for (const raw of pointer.split("/").slice(1)) {
        const part = safeDecode(raw).replace(/~1/g, "/").replace(/~0/g, "~");
        if (typeof node !== "object" || node === null)
            return undefined;
        node = node[part];
    }
    return node;
}
const APPLICATORS_SAME_PLACE = ["allOf", "anyOf", "oneOf"];
const SINGLE_SAME_PLACE = ["not", "if", "then", "else"];
/**
 * A `$ref` chain that comes back to where it started without stepping into the payload
 * (`{"$ref": "#"}`, `a → allOf → b → a`) recurses forever on every payload. Found statically for
 * references inside the same file; other cycles are caught when a check overflows the stack.
 * Returns the JSON pointer of a `$ref` on such a cycle, or undefined.
 */
function findInPlaceRefCycle(root) {
    const resolve = (pointer) => resolvePointer(root, pointer);
    // Same-place successors of a schema node: its in-place applicators and its local $ref.
    const successors = (pointer) => {
        const node = resolve(pointer);
        if (typeof node !== "object" || node === null || Array.isArray(node))
            return [];
        const schema = node;
        const next = [];
        for (const key of APPLICATORS_SAME_PLACE) {
            const list = schema[key];
            if (Array.isArray(list))
                for (let i = 0; i < list.length; i++)
                    next.push(`${pointer}/${key}/${i}`);
        }
        for (const key of SINGLE_SAME_PLACE)
            if (schema[key] !== undefined)
                next.push(`${pointer}/${key}`);
        const ref = schema.$ref;
        if (typeof ref === "string" && ref.startsWith("#") && !/^#[^/]/.test(ref))
            next.push(ref.slice(1));
        return next;
    };
    const pointers = new Set([""]);
    // Every subschema could be an entry point; collect the ones with a local $ref (cheap filter).
    const walk = [{ node: root, pointer: "" }];
    while (walk.length > 0) {
        const { node, pointer } = walk.pop();
        if (typeof node !== "object" || node === null)
            continue;
        if (!Array.isArray(node) && typeof node.$ref === "string")
            pointers.add(pointer);
        for (const [key, child] of Object.entries(node)) {
            walk.push({ node: child, pointer: `${pointer}/${escapePointer(key)}` });
        }
    }
    // Iterative depth-first search with colours over the same-place graph.
    const colour = new Map();
    for (const start of pointers) {
        if (colour.has(start))
            continue;
        const stack = [
            { pointer: start, next: successors(start), index: 0 },
        ];
        colour.set(start, 1);
        while (stack.length > 0) {
            const top = stack[stack.length - 1];
            if (top.index >= top.next.length) {
                colour.set(top.pointer, 2);
                stack.pop();
                continue;
            }
            const next = top.next[top.index++];
            const state = colour.get(next);
            if (state === 1)
                return top.pointer;
            if (state === undefined) {
                colour.set(next, 1);
                stack.push({ pointer: next, next: successors(next), index: 0 });
            }
        }
    }
    return undefined;
}
let re2;
/**
 * Loads re2js, which re2RegExp needs (about 5 ms, more than the rest of a small trigger
 * schema's compile): ajv calls re2RegExp synchronously while it compiles, so the registry
 * loads it first when a schema has patterns (src/flows/schema-ajv.ts, prepareToCompile).
 */
async function loadRe2() {
    re2 ??= (await __nccwpck_require__.e(/* import() */ 2856).then(__nccwpck_require__.bind(__nccwpck_require__, 2856))).RE2JS;
}
/** True once re2js is loaded in this process (for tests of what a schema without patterns loads). */
function isRe2Loaded() {
    return re2 !== undefined;
}
/**
 * ajv's `code.regExp`: patterns run on re2js, a linear-time engine, so no pattern can make a
 * payload check take exponential time. RE2 has no backreferences or lookaround; such a pattern
 * fails to compile and becomes a problem of its schema.
 */
const re2RegExp = Object.assign((pattern, flags) => {
    // Never a fallback to JavaScript's backtracking engine: without re2js the schema fails.
    if (re2 === undefined)
        throw new Error(`re2js was not loaded before the pattern ${JSON.stringify(pattern)} was compiled`);
    let compiled;
    try {
        compiled = re2.compile(re2.translateRegExp(pattern));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new SchemaBudgetProblem(`pattern ${JSON.stringify(pattern)} cannot be used: ${reason}. Patterns run on a linear-time ` +
            "engine (RE2), which has no backreferences (\\1) and no lookahead or lookbehind ((?=, (?!, (?<=, (?<!); " +
            "rewrite the pattern without them", JSON.stringify(pattern));
    }
    // ajv caches compiled patterns under toString(): it must differ per pattern.
    return { test: (text) => compiled.test(text), toString: () => `/${pattern}/${flags}` };
}, { code: 'require("re2js").RE2JS' });
/**
 * The flow package a schema belongs to: the nearest folder above it with a flow.toml (after
 * following symlinks), else the schema's own folder. `$ref`s may only load files inside it.
 */
function packageRootOf(schemaPath) {
    const real = realOrSelf(schemaPath);
    for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(real);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "flow.toml")).isFile())
                return dir;
        }
        catch {
            // Not here; look one folder up.
        }
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(real);
    }
}
/** True when `file` (after following symlinks) is inside `root`. */
function isInside(root, file) {
    const real = realOrSelf(file);
    return real === root || real.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_1__.sep) ? root : `${root}${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`);
}
function realOrSelf(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path);
    }
    catch {
        // A missing file is reported when it is read; judge it by its own path meanwhile.
        try {
            return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path)), path.slice((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path).length + 1));
        }
        catch {
            return path;
        }
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${Math.round(bytes / 1024)} KiB`;
    return `${bytes} bytes`;
}


/***/ }),

/***/ 70413:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lg: () => (/* binding */ useSchemaCache),
/* harmony export */   _q: () => (/* binding */ configuredSchemaCache),
/* harmony export */   dT: () => (/* binding */ schemaCacheDir)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);


/**
 * The per-user cache folder: FLOWS_CACHE_DIR, else $XDG_CACHE_HOME/flows-action, else
 * ~/.cache/flows-action. Undefined when FLOWS_CACHE is 0/false/off/no, or no home is known.
 */
function schemaCacheDir(env) {
    if (/^(0|false|off|no)$/i.test(env.FLOWS_CACHE?.trim() ?? ""))
        return undefined;
    if (env.FLOWS_CACHE_DIR)
        return env.FLOWS_CACHE_DIR;
    if (env.XDG_CACHE_HOME)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(env.XDG_CACHE_HOME, "flows-action");
    let home;
    try {
        home = env.HOME || (0,node_os__WEBPACK_IMPORTED_MODULE_0__.homedir)();
    }
    catch {
        return undefined;
    }
    return home ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, ".cache", "flows-action") : undefined;
}
let configured;
/**
 * Turns the compiled-schema cache on (or off, with undefined) for the process-wide registry
 * (sharedSchemaRegistry). Off unless asked: the action runs on a fresh runner each time and
 * would only pay for writing it; the `flows` command turns it on.
 */
function useSchemaCache(options) {
    configured = options;
}
/** The cache the process-wide registry uses. */
function configuredSchemaCache() {
    return configured;
}


/***/ }),

/***/ 67792:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tI: () => (/* binding */ SchemaRegistry),
  c5: () => (/* binding */ sharedSchemaRegistry)
});

// UNUSED EXPORTS: isAjvLoaded

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/file-url.js
var file_url = __nccwpck_require__(32718);
// EXTERNAL MODULE: ./.build/flows/diagnostics.js
var diagnostics = __nccwpck_require__(50156);
// EXTERNAL MODULE: ./.build/flows/schema-budget.js
var schema_budget = __nccwpck_require__(62051);
;// CONCATENATED MODULE: ./.build/flows/schema-ajv.js

const DRAFTS = {
    "http://json-schema.org/draft-07/schema": "draft-07",
    "https://json-schema.org/draft-07/schema": "draft-07",
    "https://json-schema.org/draft/2019-09/schema": "2019-09",
    "https://json-schema.org/draft/2020-12/schema": "2020-12",
};
function draftOf(schemaUri) {
    return DRAFTS[schemaUri.replace(/#$/, "")];
}
// ajv is imported on first use only: a dispatch whose event matches no trigger type must not pay
// for loading it (a cold-start target for the action).
let ajvLoaded = false;
const constructors = new Map();
function importAjv(draft) {
    let pending = constructors.get(draft);
    if (!pending) {
        pending = (async () => {
            ajvLoaded = true;
            if (draft === "2020-12")
                return commonJsExport(await Promise.all(/* import() */[__nccwpck_require__.e(6285), __nccwpck_require__.e(3457), __nccwpck_require__.e(2210)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 52210, 19)), "Ajv2020");
            if (draft === "2019-09")
                return commonJsExport(await Promise.all(/* import() */[__nccwpck_require__.e(6285), __nccwpck_require__.e(3457), __nccwpck_require__.e(878)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 60878, 19)), "Ajv2019");
            return commonJsExport(await Promise.all(/* import() */[__nccwpck_require__.e(6285), __nccwpck_require__.e(3457), __nccwpck_require__.e(2463)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 42463, 19)), "Ajv");
        })();
        constructors.set(draft, pending);
    }
    return pending;
}
/**
 * A CommonJS module's export as `import()` shows it. Node exposes named exports next to
 * `default`; the ncc bundle exposes only `default` (the module.exports value), so read both.
 */
function commonJsExport(namespace, name) {
    const module = namespace;
    const value = module[name] ?? module.default?.[name] ?? module.default;
    if (typeof value !== "function")
        throw new Error(`ajv did not load: no ${name} export`);
    return value;
}
/** True once any SchemaRegistry in this process has loaded ajv. */
function isAjvLoaded() {
    return ajvLoaded;
}
/**
 * An ajv instance for trigger schemas. It does not check schemas against their meta-schema
 * (`validateSchema: false`): compiling a meta-schema costs ajv about 30 ms, so the registry checks
 * each schema file with `metaSchemaErrors`, compiled when flows-action is built.
 */
async function createAjv(draft, options) {
    const Ajv = await importAjv(draft);
    // strict: false because existing packages may carry keywords the old runtime ignored.
    return new Ajv({
        strict: false,
        allErrors: true,
        validateSchema: false,
        // Patterns on a linear-time engine; every $ref compiled once as a function of its own, so
        // a chain of definitions that each use the previous one twice cannot blow up the code.
        code: { regExp: schema_budget/* re2RegExp */.Rn, source: options.source === true },
        inlineRefs: false,
        // The draft's meta-schemas, only for schemas that refer to them (`$ref` to json-schema.org):
        // adding them costs a few milliseconds, and schemas are checked by metaSchemaErrors.
        meta: options.metaSchemas,
        logger: options.logger,
        loadSchema: options.loadSchema,
    });
}
const metaValidators = {
    "draft-07": () => __nccwpck_require__.e(/* import() */ 7051).then(__nccwpck_require__.bind(__nccwpck_require__, 7051)),
    "2019-09": () => __nccwpck_require__.e(/* import() */ 222).then(__nccwpck_require__.bind(__nccwpck_require__, 70222)),
    "2020-12": () => __nccwpck_require__.e(/* import() */ 6301).then(__nccwpck_require__.bind(__nccwpck_require__, 78682)),
};
/**
 * What is wrong with a schema against its draft's meta-schema (the errors ajv.validateSchema
 * gives), or undefined when it is a valid schema. The validators are compiled by
 * scripts/build-schemas.mjs with the options ajv compiles its own meta-schemas with.
 */
async function metaSchemaErrors(draft, schema) {
    const validate = (await metaValidators[draft]()).validate;
    return validate(schema) ? undefined : (validate.errors ?? []);
}
const withFormats = new WeakSet();
/**
 * Loads what compiling `schema` on `ajv` needs beyond ajv itself: re2js when it has patterns,
 * ajv-formats when it names a format (or may reach a meta-schema, which has both). Call it
 * for every schema object before ajv compiles it, the ones `$ref`s load included.
 */
async function prepareToCompile(ajv, uses) {
    const loading = [];
    if (uses.patterns)
        loading.push((0,schema_budget/* loadRe2 */.o4)());
    if (uses.formats && !withFormats.has(ajv)) {
        withFormats.add(ajv);
        loading.push(Promise.all(/* import() */[__nccwpck_require__.e(6285), __nccwpck_require__.e(3457), __nccwpck_require__.e(2815)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 82815, 19)).then((formats) => commonJsExport(formats, "default")(ajv)));
    }
    await Promise.all(loading);
}
/**
 * Whether a schema uses `pattern`/`patternProperties` or `format` anywhere, and whether every
 * reference in it stays inside the file. Conservative: a property merely named "format" counts,
 * and a string naming json-schema.org (a `$ref` to a meta-schema, which has patterns and
 * formats) counts as both and as a use of the meta-schemas.
 */
function keywordsUsed(schema) {
    const uses = { patterns: false, formats: false, metaSchemas: false, localRefsOnly: true };
    const stack = [schema];
    while (stack.length > 0) {
        const node = stack.pop();
        if (typeof node === "string") {
            if (node.includes("json-schema.org")) {
                uses.metaSchemas = true;
                uses.patterns = true;
                uses.formats = true;
            }
            continue;
        }
        if (typeof node !== "object" || node === null)
            continue;
        for (const [key, value] of Object.entries(node)) {
            if (key === "pattern" || key === "patternProperties")
                uses.patterns = true;
            else if (key === "format")
                uses.formats = true;
            else if (REFERENCES.has(key) && (typeof value !== "string" || !value.startsWith("#")))
                uses.localRefsOnly = false;
            else if (key === "$id" && node !== schema)
                uses.localRefsOnly = false;
            stack.push(value);
        }
    }
    return uses;
}
const REFERENCES = new Set(["$ref", "$dynamicRef", "$recursiveRef"]);

// EXTERNAL MODULE: ./.build/json-text.js
var json_text = __nccwpck_require__(47948);
;// CONCATENATED MODULE: ./.build/flows/schema-errors.js


/** Error lists from `allErrors` can be long (every branch of an anyOf); show the first few. */
const MAX_SHOWN_ERRORS = 5;
/** ajv errors as sentences about the payload: `payload/repo must be equal to ...: "a", "b"`. */
function describePayloadErrors(errors) {
    return describeErrors(errors ?? [], "payload");
}
/** ajv meta-schema errors as sentences about the schema: `/properties/repo/type must be ...`. */
function describeSchemaErrors(errors) {
    return describeErrors(chosenBranches(errors ?? []), "");
}
/**
 * Where the meta-schema offers alternatives (`type` is a type name or an array of them: an
 * anyOf), ajv reports every branch and the anyOf itself: `type: "strin"` would read "must be
 * equal to one of the allowed values; must be array; must match a schema in anyOf". Keep the
 * branch the value's own JSON type chose: at a place with an error about the value (an enum, a
 * pattern...), drop the errors that only say its type is another branch's, and the anyOf summary.
 */
function chosenBranches(errors) {
    const summary = new Set(["anyOf", "oneOf"]);
    const specific = new Set(errors.filter((e) => e.keyword !== "type" && !summary.has(e.keyword)).map((e) => e.instancePath));
    const branched = new Set(errors.filter((e) => summary.has(e.keyword)).map((e) => e.instancePath));
    return errors.filter((e) => !branched.has(e.instancePath) || !specific.has(e.instancePath) || (e.keyword !== "type" && !summary.has(e.keyword)));
}
function describeErrors(errors, subject) {
    const sentences = [...new Set(errors.map((error) => describeError(error, subject)))];
    if (sentences.length === 0)
        return `${subject || "value"} is invalid`;
    const shown = sentences.slice(0, MAX_SHOWN_ERRORS).join("; ");
    const rest = sentences.length - MAX_SHOWN_ERRORS;
    return rest > 0 ? `${shown}; and ${rest} more` : shown;
}
function describeError(error, subject) {
    const where = `${subject}${error.instancePath}` || "schema";
    const params = error.params;
    let sentence = `${where} ${error.message ?? "is invalid"}`;
    if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
        sentence += `: ${params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
    }
    else if (error.keyword === "const") {
        sentence += `: ${JSON.stringify(params.allowedValue)}`;
    }
    else if (error.keyword === "additionalProperties") {
        sentence += `: ${JSON.stringify(params.additionalProperty)}`;
    }
    else if (error.keyword === "unevaluatedProperties") {
        sentence += `: ${JSON.stringify(params.unevaluatedProperty)}`;
    }
    return sentence;
}
/** Where a JSON Pointer sits in the schema text (the member's key), if it can be found. */
function positionOfPointer(text, pointer) {
    const scan = (0,json_text/* scanJson */.Ey)(text);
    if (!scan.ok)
        return undefined;
    for (let current = pointer;; current = current.slice(0, current.lastIndexOf("/"))) {
        const offset = scan.positions.get(current);
        if (offset !== undefined)
            return (0,json_text/* lineColumnAt */.IX)(text, offset);
        if (current === "")
            return undefined;
    }
}
/** The line of the first `"$ref": "..."` whose value satisfies `matches`. */
function positionOfRef(text, matches) {
    const pattern = /"\$ref"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
        if (matches(found[1] ?? ""))
            return (0,json_text/* lineColumnAt */.IX)(text, found.index);
    }
    return undefined;
}
/** A `file:` URI as a path, anything else unchanged: for messages. */
function displayUri(uri) {
    if (!uri.startsWith("file:"))
        return uri;
    const hash = uri.indexOf("#");
    const path = (0,file_url/* fileURLToPath */.m)(hash < 0 ? uri : uri.slice(0, hash));
    return hash < 0 ? path : `${path}${uri.slice(hash)}`;
}
function schemaDiagnostic(file, message, position, severity = "error") {
    const diagnostic = { severity, file, message };
    if (position) {
        diagnostic.line = position.line;
        diagnostic.column = position.column;
    }
    return diagnostic;
}
/** A compile error from ajv, most often a `$ref` that points at nothing. */
function refProblem(path, text, error) {
    const message = error instanceof Error ? error.message : String(error);
    const missing = error.missingRef ??
        /but (\S+) cannot be resolved/.exec(message)?.[1];
    if (typeof missing === "string") {
        const fragment = missing.includes("#") ? missing.slice(missing.indexOf("#")) : "";
        const at = positionOfRef(text, (ref) => fragment !== "" && ref.endsWith(fragment));
        return schemaDiagnostic(path, `$ref to ${displayUri(missing)} cannot be resolved: nothing is defined there. ` +
            "Fix the $ref or add the definition it points to.", at);
    }
    return schemaDiagnostic(path, `schema cannot be compiled: ${message}. Fix the schema.`);
}

// EXTERNAL MODULE: ./.build/fs-async.js
var fs_async = __nccwpck_require__(93602);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __nccwpck_require__(99416);
// EXTERNAL MODULE: ./.build/flows/utf8-check.js
var utf8_check = __nccwpck_require__(25148);
;// CONCATENATED MODULE: ./.build/flows/schema-files.js







/** A problem in a schema file or its `$ref`s, thrown through ajv and caught by the registry. */
class SchemaFileProblem extends user_error/* UserError */.y {
    diagnostic;
    constructor(diagnostic) {
        super(diagnostic.message);
        this.diagnostic = diagnostic;
    }
}
async function readSchemaFile(path, referencedBy) {
    const from = referencedBy ? ` (referenced by a $ref in ${referencedBy})` : "";
    let text;
    try {
        text = (await (0,fs_async/* readTextFile */.Gu)(path)).replace(/^\uFEFF/, "");
    }
    catch (error) {
        const code = error.code;
        const what = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(error)})`;
        throw new SchemaFileProblem(schemaDiagnostic(referencedBy ?? path, `schema file ${path} ${what}${from}. Create it or fix the reference.`));
    }
    const notUtf8 = (0,utf8_check/* invalidUtf8 */.t)(path, text);
    if (notUtf8) {
        const { line, column } = notUtf8;
        throw new SchemaFileProblem(schemaDiagnostic(path, (0,utf8_check/* invalidUtf8Message */.k)("schema", notUtf8, "JSON", from), { line, column }));
    }
    const parsed = (0,json_text/* parseJsonText */.lk)(text);
    if (!parsed.ok) {
        const position = parsed.line === undefined ? undefined : { line: parsed.line, column: parsed.column ?? 1 };
        throw new SchemaFileProblem(schemaDiagnostic(path, `schema is not valid JSON: ${parsed.message}${from}. Fix the JSON syntax.`, position));
    }
    return { text, value: parsed.value };
}
function fileForUri(uri, rootPath, declaredId) {
    const target = new URL(uri);
    if (target.protocol === "file:")
        return (0,file_url/* fileURLToPath */.m)(target);
    if (!declaredId)
        return undefined;
    const base = new URL(declaredId);
    if (base.origin !== target.origin)
        return undefined;
    const relativePath = external_node_path_.posix.relative(external_node_path_.posix.dirname(base.pathname), target.pathname);
    return (0,external_node_path_.resolve)((0,external_node_path_.dirname)(rootPath), relativePath);
}
async function safeRead(path) {
    try {
        return await (0,fs_async/* readTextFile */.Gu)(path);
    }
    catch {
        return "";
    }
}

;// CONCATENATED MODULE: ./.build/flows/schema-refs.js







/** A file loaded by a `$ref` refers to a meta-schema, which the instance compiling it lacks. */
class MetaSchemasNeeded extends Error {
}
/**
 * ajv's loader for `$ref`s to other files, for the schema being compiled (`current`): read them
 * from disk, inside its flow package and within its byte budget, never from the network.
 */
async function loadReferencedSchema(uri, draft, current) {
    const referrer = current?.path ?? "the schema";
    const file = current ? fileForUri(uri, current.path, current.declaredId) : undefined;
    if (!file) {
        throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref to ${uri} cannot be followed: only files next to the schema are loaded, never URLs. ` +
            "Copy that schema into the package and refer to it by a relative path.", current
            ? positionOfRef(await safeRead(current.path), (ref) => uri.endsWith(ref.split("#")[0] ?? "\0"))
            : undefined));
    }
    if (current && !(0,schema_budget/* isInside */.FK)(current.root, file)) {
        throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref to ${file} leaves the flow package (${current.root}): only files inside the package are loaded. ` +
            "Copy that schema into the package and refer to it by a relative path.", positionOfRef(await safeRead(current.path), (ref) => refNames(ref, uri, file, current.path))));
    }
    if (current)
        current.spent += (0,schema_budget/* checkSchemaFileSize */.Nr)(file, current.spent);
    let loaded;
    try {
        loaded = await readSchemaFile(file, referrer);
    }
    catch (error) {
        if (error instanceof SchemaFileProblem && current && error.diagnostic.file === referrer) {
            const text = await safeRead(current.path);
            const at = positionOfRef(text, (ref) => ref.split("#")[0] !== "" && (0,external_node_path_.basename)(ref.split("#")[0] ?? "") === (0,external_node_path_.basename)(file));
            throw new SchemaFileProblem(schemaDiagnostic(referrer, `$ref points to ${file}, which does not exist. Create that file or fix the $ref (it is relative to ${(0,external_node_path_.dirname)(referrer)}).`, at));
        }
        throw error;
    }
    if (!(0,diagnostics/* isTable */.bI)(loaded.value)) {
        throw new SchemaFileProblem(schemaDiagnostic(file, `schema is ${(0,diagnostics/* describeValue */.bp)(loaded.value)}; expected a JSON object (referenced by a $ref in ${referrer}).`, { line: 1, column: 1 }));
    }
    const schema = loaded.value;
    (0,schema_budget/* checkSchemaDepth */.Fm)(schema);
    (0,schema_budget/* checkSchemaExpansion */.xW)(schema);
    // A referenced file is checked with the referring schema's draft, here rather than by ajv
    // (whose instances do not check schemas: see createAjv), and reported in its own file.
    delete schema.$schema;
    const metaErrors = await metaSchemaErrors(draft, schema);
    if (metaErrors !== undefined) {
        throw new SchemaFileProblem(schemaDiagnostic(file, `schema is invalid: ${describeSchemaErrors(metaErrors)} (referenced by a $ref in ${referrer}). Fix it to follow JSON Schema ${draft}.`, positionOfPointer(loaded.text, metaErrors[0]?.instancePath ?? "")));
    }
    if (typeof schema.$id !== "string")
        schema.$id = (0,file_url/* pathToFileURL */.q)(file).href;
    if (current) {
        const uses = keywordsUsed(schema);
        if (uses.metaSchemas && !current.metaSchemas)
            throw new MetaSchemasNeeded();
        await prepareToCompile(current.ajv, uses);
    }
    return schema;
}
/** Whether the `$ref` text `ref` in the schema at `from` is the one that led to `file`. */
function refNames(ref, uri, file, from) {
    const target = ref.split("#")[0] ?? "";
    if (target === "")
        return false;
    if (target === uri.split("#")[0])
        return true;
    return !/^[a-z][a-z0-9+.-]*:/i.test(target) && (0,external_node_path_.resolve)((0,external_node_path_.dirname)(from), target) === file;
}

// EXTERNAL MODULE: ./.build/flows/schema-cache-config.js
var schema_cache_config = __nccwpck_require__(70413);
;// CONCATENATED MODULE: ./.build/flows/schema-problems.js




// Diagnostics of the trigger-schema registry (src/flows/schemas.ts) for what ajv logged, for a
// schema that could not be compiled, and for a payload check that failed.
/** ajv's log lines (chiefly unknown formats) as warnings at the keyword they are about. */
function loggedWarning(path, text, logged) {
    const at = /at path "#([^"]*)"/.exec(logged)?.[1];
    const format = /unknown format "([^"]*)"/.exec(logged)?.[1];
    if (format === undefined)
        return schemaDiagnostic(path, logged, undefined, "warning");
    const pointer = at === undefined ? undefined : `${at}/format`;
    return schemaDiagnostic(path, `${logged}; payloads are not checked against it. ` +
        "Use a format ajv-formats knows (date-time, uri, email, ...) or remove it.", pointer === undefined ? undefined : positionOfPointer(text, pointer), "warning");
}
/** Why a schema could not be compiled, as a diagnostic with a line where one can be found. */
function compileProblem(path, text, error) {
    if (error instanceof SchemaFileProblem)
        return error.diagnostic;
    if (error instanceof schema_budget/* SchemaBudgetProblem */.Kn) {
        const at = error.near === undefined ? -1 : text.indexOf(error.near);
        return schemaDiagnostic(path, error.message, at < 0 ? undefined : (0,json_text/* lineColumnAt */.IX)(text, at));
    }
    if (error instanceof RangeError) {
        return schemaDiagnostic(path, `schema cannot be compiled: it is too deeply nested or recursive (${error.message}). ` +
            "Simplify it: fewer nested levels, no $ref cycles that do not step into the payload.");
    }
    const message = error instanceof Error ? error.message : String(error);
    return schemaDiagnostic(path, `schema cannot be compiled: ${message}`);
}
/**
 * A payload check that cannot end a dispatch: a check that overflows the stack (a recursive
 * schema on a deep payload) is a failed match, and `onProblem` gets a problem for the schema.
 */
function guardedCheck(path, validate, onProblem) {
    return (payload) => {
        try {
            return validate(payload) ? { ok: true } : { ok: false, message: describePayloadErrors(validate.errors) };
        }
        catch (error) {
            const reason = error instanceof RangeError ? "it recurses too deeply" : `it failed (${String(error)})`;
            const message = `schema could not check the payload: ${reason}. ` +
                "Remove $ref cycles that do not step into the payload, or simplify the schema.";
            onProblem(schemaDiagnostic(path, message));
            return { ok: false, message };
        }
    };
}

;// CONCATENATED MODULE: ./.build/flows/schema-later-keywords.js


/** Keywords that constrain payloads in later drafts and mean nothing to draft-07. */
const LATER_KEYWORDS = {
    unevaluatedProperties: "2019-09",
    unevaluatedItems: "2019-09",
    dependentRequired: "2019-09",
    dependentSchemas: "2019-09",
    minContains: "2019-09",
    maxContains: "2019-09",
    $recursiveRef: "2019-09",
    prefixItems: "2020-12",
    $dynamicRef: "2020-12",
};
// Where subschemas sit, so a property *named* like a keyword is not taken for one.
const ONE_SCHEMA = new Set(["additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then", "else", "unevaluatedProperties", "unevaluatedItems", "items"]);
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems", "items"]);
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependencies"]);
const pointerPart = (key) => key.replace(/~/g, "~0").replace(/\//g, "~1");
/**
 * One warning per later-draft keyword the draft-07 `schema` uses, at its first use.
 * `declared` is the schema's own `$schema`, when it has one.
 */
function laterDraftKeywordWarnings(path, text, schema, declared) {
    const found = new Map();
    const stack = [{ node: schema, pointer: "" }];
    while (stack.length > 0) {
        const { node, pointer } = stack.pop();
        if (!(0,diagnostics/* isTable */.bI)(node))
            continue;
        for (const [key, value] of Object.entries(node)) {
            const at = `${pointer}/${pointerPart(key)}`;
            if (LATER_KEYWORDS[key] !== undefined && !found.has(key))
                found.set(key, at);
            if (ONE_SCHEMA.has(key))
                stack.push({ node: value, pointer: at });
            if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
                for (const [i, item] of value.entries())
                    stack.push({ node: item, pointer: `${at}/${i}` });
            }
            if (SCHEMA_MAPS.has(key) && (0,diagnostics/* isTable */.bI)(value)) {
                for (const [name, item] of Object.entries(value))
                    stack.push({ node: item, pointer: `${at}/${pointerPart(name)}` });
            }
        }
    }
    const why = declared === undefined ? "it has no $schema" : "of its $schema";
    const fix = declared === undefined
        ? 'Add "$schema": "https://json-schema.org/draft/2020-12/schema" at the top of the schema, or remove the keyword.'
        : 'Set $schema to "https://json-schema.org/draft/2020-12/schema", or remove the keyword.';
    const warnings = [...found].map(([keyword, pointer]) => schemaDiagnostic(path, `${keyword} is a keyword of JSON Schema ${LATER_KEYWORDS[keyword]} and later, but this schema is checked as draft-07 ` +
        `(because ${why}), which ignores it: payloads are not checked against it. ${fix}`, positionOfPointer(text, pointer), "warning"));
    return warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

;// CONCATENATED MODULE: ./.build/flows/schemas.js












/**
 * Compiles flow trigger schemas with ajv, once per file per registry (cache by absolute path).
 * Draft-07 by default, 2019-09/2020-12 by `$schema`; `$ref`s to sibling files are read from disk
 * relative to the referring file. Never throws: a bad schema is a CompiledSchema with ok=false.
 */
class SchemaRegistry {
    options;
    compiled = new Map();
    /** Instances by draft, and whether they hold the meta-schemas (`draft-07+meta`). */
    instances = new Map();
    queue = Promise.resolve();
    /** The file being compiled: compiles run one at a time so ajv's logger and loader know it. */
    current;
    /** Problems met while checking payloads (a check that overflowed the stack), by schema path. */
    checkProblems = new Map();
    /** Validators by content, for files that are copies of one self-contained schema. */
    shared = new Map();
    ajvCompiles = 0;
    cacheHits = 0;
    metaChecks = 0;
    constructor(options = {}) {
        this.options = options;
    }
    /** Number of validators this registry took from the compiled-schema cache. */
    get cacheHitCount() {
        return this.cacheHits;
    }
    get cache() {
        const { cache } = this.options;
        return typeof cache === "function" ? cache() : cache;
    }
    /** Number of distinct schema files this registry has compiled or tried to compile. */
    get compiledCount() {
        return this.compiled.size;
    }
    /** Number of schemas this registry has checked against their draft's meta-schema. */
    get metaCheckCount() {
        return this.metaChecks;
    }
    /** Number of times this registry has asked ajv to compile a schema (copies share one). */
    get ajvCompileCount() {
        return this.ajvCompiles;
    }
    /**
     * What is wrong with a schema, for the dispatch to report beside the step's mismatch: its
     * compile error, or the problem a payload check met. Empty for a usable schema.
     */
    async problemsOf(schemaPath) {
        const path = (0,external_node_path_.resolve)(schemaPath);
        const entry = this.compiled.get(path);
        const compiled = entry ? await entry : undefined;
        const problems = compiled && !compiled.ok ? [compiled.diagnostic] : [];
        const checked = this.checkProblems.get(path);
        return checked ? [...problems, checked] : problems;
    }
    compile(schemaPath) {
        const path = (0,external_node_path_.resolve)(schemaPath);
        let entry = this.compiled.get(path);
        if (!entry) {
            const task = () => this.compileNow(path);
            const run = this.queue.then(task, task);
            this.queue = run;
            entry = run;
            this.compiled.set(path, entry);
        }
        return entry;
    }
    async compileNow(path) {
        const warnings = [];
        let text = "";
        try {
            const spent = (0,schema_budget/* checkSchemaFileSize */.Nr)(path, 0);
            const file = await readSchemaFile(path);
            text = file.text;
            const schema = file.value;
            if (typeof schema === "boolean") {
                const validate = (await this.instance("draft-07")).compile(schema);
                const check = guardedCheck(path, validate, (problem) => this.checkProblems.set(path, problem));
                return { ok: true, schemaPath: path, check, warnings };
            }
            (0,schema_budget/* checkSchemaDepth */.Fm)(schema);
            (0,schema_budget/* checkSchemaExpansion */.xW)(schema);
            const cycle = (0,schema_budget/* findInPlaceRefCycle */.F)(schema);
            if (cycle !== undefined) {
                const message = "schema refers back to itself without stepping into the payload (a $ref cycle through " +
                    `${cycle || "the root"}), so checking any payload would recurse forever. Make the $ref point at a ` +
                    "subschema that describes a property or item, or remove it.";
                return this.failed(path, schemaDiagnostic(path, message, positionOfPointer(text, `${cycle}/$ref`)), warnings);
            }
            if (!(0,diagnostics/* isTable */.bI)(schema)) {
                const message = `schema is ${(0,diagnostics/* describeValue */.bp)(schema)}; expected a JSON object (a JSON Schema). Start the file with {.`;
                return this.failed(path, schemaDiagnostic(path, message, { line: 1, column: 1 }), warnings);
            }
            const declared = typeof schema.$schema === "string" ? schema.$schema : undefined;
            let draft = declared === undefined ? "draft-07" : draftOf(declared);
            if (!draft) {
                warnings.push(schemaDiagnostic(path, `$schema "${declared}" is not supported, so the schema is checked as draft-07. ` +
                    'Set $schema to "http://json-schema.org/draft-07/schema#" or ' +
                    '"https://json-schema.org/draft/2020-12/schema".', positionOfPointer(file.text, "/$schema"), "warning"));
                draft = "draft-07";
                delete schema.$schema;
            }
            if (draft === "draft-07")
                warnings.push(...laterDraftKeywordWarnings(path, file.text, schema, declared));
            return await this.compileObject({ path, text: file.text, spent, warnings }, schema, draft);
        }
        catch (error) {
            return this.failed(path, compileProblem(path, text, error), warnings);
        }
    }
    async compileObject(file, schema, draft) {
        const { path, text, warnings } = file;
        // The schema without $schema: its draft says what $schema did.
        const { $schema: _declared, ...content } = schema;
        const uses = keywordsUsed(content);
        const key = uses.localRefsOnly ? `${draft}\0${JSON.stringify(content)}` : undefined;
        // A schema compiled before, in this process or (cached) in an earlier one, passed the
        // meta-schema check below then, and that check depends on nothing but the key (the draft and
        // the content): a hit skips the check and ajv's compile. Every check before this one has run.
        const copy = key === undefined ? undefined : this.shared.get(key);
        if (copy)
            return this.compiledFrom(path, text, copy, warnings);
        // Only a schema that is all in its file (and names no meta-schema) is cached: its content
        // is all its key needs.
        const cache = key !== undefined && !uses.metaSchemas ? this.cache : undefined;
        const cached = cache && key !== undefined ? await this.fromCache(cache, key) : undefined;
        if (cached)
            return this.compiledFrom(path, text, cached, warnings);
        this.metaChecks += 1;
        const metaErrors = await metaSchemaErrors(draft, schema);
        if (metaErrors !== undefined) {
            const message = `schema is invalid: ${describeSchemaErrors(metaErrors)}. Fix it to follow JSON Schema ${draft}.`;
            return this.failed(path, schemaDiagnostic(path, message, positionOfPointer(text, metaErrors[0]?.instancePath ?? "")), warnings);
        }
        // Checked above, and ajv would compile the meta-schema it names (about 30 ms) to check it again.
        delete schema.$schema;
        const declaredId = typeof schema.$id === "string" ? schema.$id : undefined;
        const compiled = await this.compileWith({ ...file, declaredId }, schema, draft, uses);
        if (compiled.ok && key !== undefined)
            this.shared.set(key, compiled.shared);
        if (compiled.ok && cache && key !== undefined && compiled.ajv) {
            const { schemaCacheKey, writeCachedValidator } = await __nccwpck_require__.e(/* import() */ 1394).then(__nccwpck_require__.bind(__nccwpck_require__, 21394));
            const { validate, logged } = compiled.shared;
            await writeCachedValidator(cache, schemaCacheKey(key), compiled.ajv, validate, logged);
        }
        return compiled.ok ? this.compiledFrom(path, text, compiled.shared, warnings) : compiled.failed;
    }
    async fromCache(cache, key) {
        const { readCachedValidator, schemaCacheKey } = await __nccwpck_require__.e(/* import() */ 1394).then(__nccwpck_require__.bind(__nccwpck_require__, 21394));
        const cached = await readCachedValidator(cache, schemaCacheKey(key));
        if (!cached)
            return undefined;
        this.cacheHits += 1;
        this.shared.set(key, cached);
        return cached;
    }
    /**
     * ajv's compile, on an instance with the draft's meta-schemas when the schema or a file it
     * loads refers to one (found while loading: then the compile starts again on such an instance).
     */
    async compileWith(file, schema, draft, uses) {
        const { path, text, warnings, declaredId } = file;
        const id = declaredId ?? (0,file_url/* pathToFileURL */.q)(path).href;
        schema.$id = id;
        let ajv = await this.instance(draft, uses.metaSchemas);
        // Two packages may ship different schemas with the same $id; ajv refuses a second schema
        // under a known id, so such a schema gets an instance of its own.
        const idKey = id.replace(/#$/, "");
        if (ajv.schemas[idKey] || ajv.refs[idKey])
            ajv = await this.createInstance(draft, uses.metaSchemas);
        await prepareToCompile(ajv, uses);
        this.current = {
            path,
            ajv,
            metaSchemas: uses.metaSchemas,
            logged: [],
            root: (0,schema_budget/* packageRootOf */.WD)(path),
            spent: file.spent,
            ...(declaredId ? { declaredId } : {}),
        };
        this.ajvCompiles += 1;
        try {
            const validate = await ajv.compileAsync(schema);
            return { ok: true, shared: { validate, logged: this.current.logged }, ajv };
        }
        catch (error) {
            try {
                ajv.removeSchema(idKey);
            }
            catch {
                // Nothing was registered under the id; there is nothing to undo.
            }
            this.current = undefined;
            if (error instanceof MetaSchemasNeeded) {
                return this.compileWith(file, schema, draft, { ...uses, metaSchemas: true, patterns: true, formats: true });
            }
            if (error instanceof SchemaFileProblem || error instanceof schema_budget/* SchemaBudgetProblem */.Kn || error instanceof RangeError) {
                return { ok: false, failed: this.failed(path, compileProblem(path, text, error), warnings) };
            }
            return { ok: false, failed: this.failed(path, refProblem(path, text, error), warnings) };
        }
        finally {
            this.current = undefined;
        }
    }
    compiledFrom(path, text, compiled, warnings) {
        for (const message of new Set(compiled.logged))
            warnings.push(loggedWarning(path, text, message));
        const check = guardedCheck(path, compiled.validate, (problem) => this.checkProblems.set(path, problem));
        return { ok: true, schemaPath: path, check, warnings };
    }
    failed(path, diagnostic, warnings) {
        return { ok: false, schemaPath: path, diagnostic, warnings };
    }
    instance(draft, metaSchemas = false) {
        const key = metaSchemas ? `${draft}+meta` : draft;
        let pending = this.instances.get(key);
        if (!pending) {
            pending = this.createInstance(draft, metaSchemas);
            this.instances.set(key, pending);
        }
        return pending;
    }
    createInstance(draft, metaSchemas) {
        const logger = {
            log: () => undefined,
            warn: (...args) => this.current?.logged.push(args.map(String).join(" ")),
            error: (...args) => this.current?.logged.push(args.map(String).join(" ")),
        };
        return createAjv(draft, {
            logger,
            loadSchema: (uri) => loadReferencedSchema(uri, draft, this.current),
            metaSchemas,
            source: this.cache !== undefined,
        });
    }
}
let shared;
/** The process-wide registry matchSteps uses when none is passed. */
function sharedSchemaRegistry() {
    shared ??= new SchemaRegistry({ cache: schema_cache_config/* configuredSchemaCache */._q });
    return shared;
}


/***/ }),

/***/ 92797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readKey),
/* harmony export */   v: () => (/* binding */ TomlLocator)
/* harmony export */ });
// smol-toml returns plain values without source positions, so messages about a field find the
// field again in the text: the line of `key =` inside the right `[table]` or n-th `[[array]]`.
// This is a line scanner, not a parser: it only runs on text smol-toml already accepted.
const BARE_KEY = /[A-Za-z0-9_-]+/y;
function newNode() {
    return { children: new Map() };
}
function segmentKey(part) {
    return typeof part === "number" ? `#${part}` : `.${part}`;
}
function childOf(node, part) {
    const key = segmentKey(part);
    let child = node.children.get(key);
    if (!child) {
        child = newNode();
        node.children.set(key, child);
    }
    return child;
}
/** Splits `a."b.c".d` into its segments; undefined when the text is not a key. */
function readKey(text) {
    const segments = [];
    let i = 0;
    for (;;) {
        while (text[i] === " " || text[i] === "\t")
            i++;
        const quote = text[i];
        if (quote === '"' || quote === "'") {
            const end = text.indexOf(quote, i + 1);
            if (end < 0)
                return undefined;
            const raw = text.slice(i + 1, end);
            segments.push(quote === '"' ? safeJsonString(raw) : raw);
            i = end + 1;
        }
        else {
            BARE_KEY.lastIndex = i;
            const bare = BARE_KEY.exec(text);
            if (!bare)
                return undefined;
            segments.push(bare[0]);
            i += bare[0].length;
        }
        while (text[i] === " " || text[i] === "\t")
            i++;
        if (text[i] !== ".")
            return { segments, length: i };
        i++;
    }
}
function safeJsonString(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}
/**
 * Where `delimiter` closes a multi-line string in `text`, from `from`; -1 when not on this line.
 * In a basic string a quote after an odd run of backslashes is escaped: `\"""` does not close it.
 */
function closingIndex(text, delimiter, from) {
    for (let at = text.indexOf(delimiter, from); at >= 0; at = text.indexOf(delimiter, at + 1)) {
        if (delimiter !== '"""')
            return at;
        let backslashes = 0;
        while (text[at - 1 - backslashes] === "\\")
            backslashes++;
        if (backslashes % 2 === 0)
            return at;
    }
    return -1;
}
/** Removes a trailing comment and counts brackets outside strings. */
function scanValue(text) {
    let depth = 0;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === "#")
            break;
        if (ch === '"' || ch === "'") {
            const triple = text.startsWith(ch.repeat(3), i);
            if (triple) {
                const close = closingIndex(text, ch.repeat(3), i + 3);
                if (close < 0)
                    return { depth, opensMultiline: ch.repeat(3) };
                i = close + 2;
                continue;
            }
            let j = i + 1;
            while (j < text.length && text[j] !== ch)
                j += ch === '"' && text[j] === "\\" ? 2 : 1;
            i = j;
            continue;
        }
        if (ch === "[" || ch === "{")
            depth++;
        if (ch === "]" || ch === "}")
            depth--;
    }
    return { depth };
}
class TomlLocator {
    text;
    root = newNode();
    scanned = false;
    // The text is scanned on the first question: most manifests are asked only for step lines.
    constructor(text) {
        this.text = text;
    }
    /** Where `path` is written, else the nearest enclosing key or table header, else undefined. */
    locate(path) {
        this.ensureScanned();
        let node = this.root;
        let found;
        for (const part of path) {
            node = node.children.get(segmentKey(part));
            if (!node)
                break;
            found = node.key ?? node.table ?? found;
        }
        return found;
    }
    /** The `[table]` or `[[array]]` header line for exactly this path. */
    header(path) {
        this.ensureScanned();
        let node = this.root;
        for (const part of path) {
            node = node.children.get(segmentKey(part));
            if (!node)
                return undefined;
        }
        return node === this.root ? undefined : node.table;
    }
    ensureScanned() {
        if (this.scanned)
            return;
        this.scanned = true;
        this.scan(this.text.split(/\r?\n/));
    }
    scan(lines) {
        let context = this.root;
        let multiline;
        let depth = 0;
        lines.forEach((text, index) => {
            const line = index + 1;
            if (multiline) {
                const close = closingIndex(text, multiline, 0);
                if (close < 0)
                    return;
                text = " ".repeat(close + 3) + text.slice(close + 3);
                multiline = undefined;
            }
            if (depth > 0) {
                const scanned = scanValue(text);
                depth += scanned.depth;
                multiline = scanned.opensMultiline;
                return;
            }
            const header = /^(\s*)(\[\[?)(.*)$/.exec(text);
            if (header) {
                const isArray = header[2] === "[[";
                const key = readKey(header[3] ?? "");
                if (!key)
                    return;
                let node = this.root;
                key.segments.forEach((segment, i) => {
                    node = childOf(node, segment);
                    const count = node.arrayCount;
                    const last = i === key.segments.length - 1;
                    if (last && isArray) {
                        node.table ??= { line, column: 1 };
                        const next = (count ?? 0) + 1;
                        node.arrayCount = next;
                        node = childOf(node, next - 1);
                    }
                    else if (count !== undefined) {
                        node = childOf(node, count - 1);
                    }
                });
                node.table ??= { line, column: (header[1]?.length ?? 0) + 1 };
                context = node;
                return;
            }
            const key = readKey(text);
            if (!key || text[key.length] !== "=")
                return;
            const column = (/^\s*/.exec(text)?.[0].length ?? 0) + 1;
            let node = context;
            for (const segment of key.segments) {
                node = childOf(node, segment);
                node.key ??= { line, column };
            }
            const scanned = scanValue(text.slice(key.length + 1));
            depth = Math.max(0, scanned.depth);
            multiline = scanned.opensMultiline;
        });
    }
}


/***/ }),

/***/ 25148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ invalidUtf8Message),
/* harmony export */   t: () => (/* binding */ invalidUtf8)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
// TOML and JSON files must be UTF-8. Node decodes a byte that is not UTF-8 (a file saved as
// Latin-1 or Windows-1252: "café" as 63 61 66 E9) into U+FFFD without a word, so a name, a
// trigger type or an enum value would silently differ from what the author typed. Files are
// read as text as before; only a text holding U+FFFD is checked against its bytes.

/** Where the file at `path` (read as `text`) stops being UTF-8, or undefined when it is UTF-8. */
function invalidUtf8(path, text) {
    if (!text.includes("\uFFFD"))
        return undefined;
    let bytes;
    try {
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch {
        return undefined;
    }
    const offset = firstInvalidByte(bytes);
    if (offset < 0)
        return undefined;
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = countNewlines(bytes, lineStart) + 1;
    // Columns count UTF-16 code units, as every other position in messages does; a BOM is not one.
    const before = bytes.subarray(lineStart, offset).toString("utf8").replace(/^\uFEFF/, "");
    return { line, column: before.length + 1, byte: bytes[offset] };
}
/** The sentence for a file that is not UTF-8, with the offending byte; `context` goes before the last period. */
function invalidUtf8Message(what, found, format, context = "") {
    const hex = found.byte.toString(16).toUpperCase().padStart(2, "0");
    return (`${what} is not valid UTF-8, as ${format} files must be: byte 0x${hex} at this position is not part of a ` +
        `UTF-8 character (the file was probably saved as Latin-1 or Windows-1252). Save it as UTF-8${context}.`);
}
function countNewlines(bytes, end) {
    let count = 0;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < end; i = bytes.indexOf(0x0a, i + 1))
        count++;
    return count;
}
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence; -1 if none. */
function firstInvalidByte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
        // The allowed range of the second byte, per lead byte (RFC 3629: no overlongs, no surrogates).
        let length;
        let low = 0x80;
        let high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf)
            length = 2;
        else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead === 0xe0)
                low = 0xa0;
            if (lead === 0xed)
                high = 0x9f;
        }
        else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead === 0xf0)
                low = 0x90;
            if (lead === 0xf4)
                high = 0x8f;
        }
        else
            return i;
        for (let k = 1; k < length; k++) {
            const next = bytes[i + k];
            const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
            if (next === undefined || next < min || next > max)
                return i;
        }
        i += length;
    }
    return -1;
}


/***/ }),

/***/ 93602:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ readTextFile),
/* harmony export */   nM: () => (/* binding */ removeFile),
/* harmony export */   qW: () => (/* binding */ statPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);

// The few asynchronous file calls on `flows fire`'s path before and around its steps, as promises
// over node:fs's callback functions. node:fs is loaded anyway; on Bun, node:fs/promises costs
// about 1.2 ms to load, and node:util (for promisify) as much: together a twentieth of a
// `flows fire` of four steps (BENCHMARKS.md, "Seed parity"). Code off that path (listing records,
// stale locks, the GitHub and artifact paths) imports node:fs/promises as usual, where it runs.
/** The file's text as UTF-8. */
function readTextFile(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, "utf8", (error, text) => (error ? reject(error) : resolve(text))));
}
/** What stat says about the path (links followed). */
function statPath(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.stat)(path, (error, info) => (error ? reject(error) : resolve(info))));
}
/** Removes the file. */
function removeFile(path) {
    return new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlink)(path, (error) => (error ? reject(error) : resolve())));
}


/***/ }),

/***/ 61557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vi: () => (/* binding */ sameFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   by: () => (/* binding */ isPidAlive),
/* harmony export */   f4: () => (/* binding */ writeAll),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   pD: () => (/* binding */ lstatIdentity),
/* harmony export */   sN: () => (/* binding */ fileSha256),
/* harmony export */   wZ: () => (/* binding */ makeFolders)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(75244);



// File and process facts the stores and the runners share.
/**
 * `mkdir -p`, one folder at a time. Node's own recursive mkdir (20 and 24) loops forever where
 * mkdir answers ENOENT for a folder it cannot make at all (under /proc); this throws that error.
 * An existing file in the way throws EEXIST, as the recursive mkdir does.
 */
function makeFolders(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path);
        return;
    }
    catch (error) {
        const code = error.code;
        if (code === "EEXIST" && isFolder(path))
            return;
        if (code !== "ENOENT" || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path) === path)
            throw error;
    }
    makeFolders((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path));
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(path);
    }
    catch (error) {
        if (error.code !== "EEXIST" || !isFolder(path))
            throw error;
    }
}
function isFolder(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/** Strings are encoded and written this many UTF-16 units at a time: a 40 MB record is never one buffer. */
const SLICE = 1 << 20;
/**
 * Writes beside `file` and renames over it: a reader sees the old file or the new one, never part
 * of one. The temporary name, `<file>.<pid>-<hex>.tmp`, carries this process's pid, so a later
 * writer can tell the leftover of one that was killed mid-write (file-store.ts removes those).
 * `data` may come in parts (written one after another, never joined); strings are written as
 * UTF-8 in slices of about 1 MiB, and file ranges copied 1 MiB at a time, so no copy of a big
 * text is made whole. A file range shorter than stated (its file changed) throws. `beforeRename`
 * runs once the temporary file is complete; if it throws, the temporary is removed and `file` is
 * left.
 */
function writeFileAtomically(file, data, beforeRename) {
    const temporary = `${file}.${process.pid}-${(0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .randomHex */ .nw)(4)}.tmp`;
    const hash = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)();
    let bytes = 0;
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(temporary, "w");
        for (const chunk of chunksOf(typeof data === "string" || data instanceof Uint8Array ? [data] : data)) {
            writeAll(fd, chunk);
            hash.update(chunk);
            bytes += chunk.byteLength;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        fd = undefined;
        beforeRename?.();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, file);
        return { bytes, sha256: hash.hex() };
    }
    catch (error) {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temporary);
        }
        catch {
            // Never written.
        }
        throw error;
    }
}
/**
 * The sha256 of a file's bytes when it has `bytes` bytes (read in 1 MiB pieces), else undefined:
 * a file of another size, or none, is not the one that was written.
 */
function fileSha256(file, bytes) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, "r");
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size !== bytes)
            return undefined;
        const hash = (0,_hash_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256 */ .sc)();
        const buffer = Buffer.allocUnsafe(Math.min(SLICE, Math.max(bytes, 1)));
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, buffer.length, null);
            if (read === 0)
                break;
            hash.update(buffer.subarray(0, read));
        }
        return hash.hex();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The parts' bytes in pieces; a piece of a file range is only valid until the next is taken. */
function* chunksOf(parts) {
    for (const part of parts) {
        if (part instanceof Uint8Array) {
            yield part;
            continue;
        }
        if (typeof part !== "string") {
            yield* fileRangeChunks(part);
            continue;
        }
        for (let start = 0; start < part.length;) {
            let end = Math.min(part.length, start + SLICE);
            // Never between the two halves of a surrogate pair: each slice must be valid UTF-16.
            const last = part.charCodeAt(end - 1);
            if (end < part.length && last >= 0xd800 && last <= 0xdbff)
                end -= 1;
            yield Buffer.from(part.slice(start, end), "utf8");
            start = end;
        }
    }
}
function* fileRangeChunks(range) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(range.path, "r");
    try {
        const buffer = Buffer.allocUnsafe(Math.min(SLICE, Math.max(range.end - range.start, 1)));
        for (let at = range.start; at < range.end;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, 0, Math.min(buffer.length, range.end - at), at);
            if (read === 0)
                throw new Error(`${range.path} ended before byte ${range.end}: it was changed while it was copied`);
            yield buffer.subarray(0, read);
            at += read;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Writes all of `chunk` at the file's position (writeSync may write less than asked). */
function writeAll(fd, chunk) {
    for (let offset = 0; offset < chunk.byteLength;)
        offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, chunk, offset);
}
/** Whether a process with this pid exists (one owned by another user counts). */
function isPidAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM"; // alive, owned by someone else
    }
}
/**
 * A file read whole, within `maxBytes`, if it is a plain file: `missing` when there is none,
 * `refused` (with the reason) for a symbolic link, FIFO, device or socket, or a file over the
 * budget. Opened without following a link at the last part and without blocking (O_NOFOLLOW,
 * O_NONBLOCK), so a FIFO cannot hang the process nor /dev/zero fill its memory; the reading
 * stops past `maxBytes` even if the file grows meanwhile. A folder throws EISDIR, as a read does.
 * `readOpened`, when given, reads the checked file first (from its descriptor, within the size
 * checked, with positional reads); when it returns undefined, the file is read whole.
 * `followLinks` reads a symbolic link's target instead of refusing the link (still refused when
 * the target is no plain file); ENOENT then also covers a link to nothing.
 */
function readRegularFile(file, maxBytes, readOpened, options = {}) {
    let fd;
    try {
        const noFollow = options.followLinks ? 0 : (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | noFollow | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT")
            return { kind: "missing" };
        // O_NOFOLLOW on a symbolic link: ELOOP (Linux, macOS), EMLINK (FreeBSD).
        if (code === "ELOOP" || code === "EMLINK") {
            const link = lstatIdentity(file);
            if (link)
                return { kind: "refused", reason: "is a symbolic link, not a plain file", identity: link };
        }
        throw error;
    }
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const identity = { dev: info.dev, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
        if (info.isDirectory()) {
            throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: "EISDIR", syscall: "read", path: file });
        }
        if (!info.isFile())
            return { kind: "refused", reason: `is ${fileKind(info)}, not a plain file`, identity };
        const over = { kind: "refused", reason: `is larger than ${describeBytes(maxBytes)} (${info.size} bytes)`, identity };
        if (info.size > maxBytes)
            return over;
        const value = readOpened?.(fd, info.size);
        if (value !== undefined)
            return { kind: "readOpened", value, identity };
        let buffer = Buffer.allocUnsafe(info.size + 1);
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                if (length > maxBytes)
                    return { ...over, reason: `is larger than ${describeBytes(maxBytes)}` };
                const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
                buffer.copy(bigger, 0, 0, length);
                buffer = bigger;
            }
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
            if (read === 0)
                break;
            length += read;
        }
        if (length > maxBytes)
            return { ...over, reason: `is larger than ${describeBytes(maxBytes)}` };
        return { kind: "read", bytes: buffer.subarray(0, length), identity };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** What is at `file` now (not following a link), or undefined when nothing is. */
function lstatIdentity(file) {
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
        return { dev: info.dev, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
    }
    catch (error) {
        if (error.code === "ENOENT")
            return undefined;
        throw error;
    }
}
function sameFile(a, b) {
    return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
function fileKind(info) {
    if (info.isFIFO())
        return "a FIFO (named pipe)";
    if (info.isCharacterDevice())
        return "a character device";
    if (info.isBlockDevice())
        return "a block device";
    if (info.isSocket())
        return "a socket";
    return "an unknown kind of file";
}
function describeBytes(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`;
}


/***/ }),

/***/ 37200:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ contractSchemas)
/* harmony export */ });
// Generated by scripts/build-schemas.mjs from schemas/*.schema.json. Do not edit.
// The schemas as data, for code that lists their keys or enums (messages, constants).
const contractSchemas = {
    "backend-dispatch-result.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-dispatch-result.schema.json", "title": "BackendDispatchAnswer", "description": "What an HTTP flow backend answers to POST /events (after unwrapping {result: ...} / {data: ...}). `status` is the answer and required. Read leniently: a missing eventId, runIds, matched or event is taken from the event sent and the runs returned, and an eventId, matched or idempotent of another type is ignored. `event` is checked as a FlowEvent and each run as a BackendRun when the answer is read.", "type": "object", "required": ["status"], "properties": { "status": { "type": "string", "enum": ["accepted", "duplicate"] }, "eventId": { "description": "Used when a non-empty string; else the event's id.", "tsType": "unknown" }, "runIds": { "description": "At most 1,000 runs for one event: more is not a dispatch the action can wait for or report.", "type": ["array", "null"], "maxItems": 1000, "items": { "type": "string", "minLength": 1 } }, "matched": { "description": "Used when a whole number; else the number of run ids.", "tsType": "unknown" }, "idempotent": { "description": "Used when true or false; a duplicate is idempotent otherwise.", "tsType": "unknown" }, "event": { "description": "A FlowEvent (flow-event.schema.json), or the event sent when missing.", "tsType": "unknown" }, "runs": { "description": "A list of BackendRun (backend-run.schema.json) in any wrapper the run list reader takes.", "tsType": "unknown" } } },
    "backend-run.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-run.schema.json", "title": "BackendRun", "description": "A run as an HTTP flow backend answers it (after unwrapping {run: ...} / {data: ...}). Read leniently: runId for id, flow/step for flowName/stepName, status for processStatus (or a FlowResult status for a finished process), result for resultPayload, version for flowVersion, times as ISO strings or epoch milliseconds, errors as strings or {message}. effectiveStatus and needsAttention are always derived again.", "type": "object", "allOf": [{ "anyOf": [{ "required": ["id"], "properties": { "id": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["runId"], "properties": { "runId": { "$ref": "#/definitions/nonEmpty" } } }] }, { "required": ["eventId"] }, { "anyOf": [{ "required": ["processStatus"] }, { "required": ["status"] }] }, { "anyOf": [{ "required": ["flowName"], "properties": { "flowName": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["flow"], "properties": { "flow": { "$ref": "#/definitions/nonEmpty" } } }] }, { "anyOf": [{ "required": ["stepName"], "properties": { "stepName": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["step"], "properties": { "step": { "$ref": "#/definitions/nonEmpty" } } }] }, { "anyOf": [{ "required": ["flowVersion"] }, { "required": ["version"] }] }], "properties": { "id": { "type": "string" }, "runId": { "type": "string" }, "eventId": { "$ref": "#/definitions/nonEmpty" }, "flowName": { "type": "string" }, "flow": { "type": "string" }, "stepName": { "type": "string" }, "step": { "type": "string" }, "flowVersion": { "$ref": "#/definitions/version" }, "version": { "$ref": "#/definitions/version" }, "runner": { "anyOf": [{ "type": "null" }, { "$ref": "flow-run-view.schema.json#/definitions/FlowRunner" }] }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "status": { "$ref": "#/definitions/anyStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "effectiveStatus": { "anyOf": [{ "type": "null" }, { "$ref": "#/definitions/anyStatus" }] }, "needsAttention": { "type": "boolean" }, "resultPayload": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json" }] }, "result": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json" }] }, "attempts": { "anyOf": [{ "type": "null" }, { "type": "array", "items": { "$ref": "#/definitions/attempt" } }] }, "output": { "$ref": "#/definitions/text" }, "error": { "$ref": "#/definitions/text" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" } }, "definitions": { "nonEmpty": { "type": "string", "minLength": 1 }, "version": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }] }, "anyStatus": { "anyOf": [{ "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "time": { "anyOf": [{ "type": "null" }, { "type": "number" }, { "type": "string" }] }, "text": { "anyOf": [{ "type": "null" }, { "type": "string" }, { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } }] }, "attempt": { "type": "object", "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/text" } }, "anyOf": [{ "required": ["status"] }, { "required": ["processStatus"] }] } } },
    "event-record.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/event-record.schema.json", "title": "StoredEventRecord", "description": "Everything a state store keeps about one event, as read from storage (any format version up to the current one; older records may lack the bookkeeping fields).", "type": "object", "required": ["formatVersion", "event", "runs"], "properties": { "formatVersion": { "type": "integer", "minimum": 1 }, "event": { "$ref": "flow-event.schema.json" }, "runs": { "type": "array", "items": { "$ref": "flow-run-view.schema.json" } }, "firstDispatchedAt": { "type": "string" }, "updatedAt": { "type": "string" }, "dispatchCount": { "type": "integer", "minimum": 0 }, "dispatchKeys": { "description": "Keys of the latest dispatches counted in dispatchCount (each dispatch draws one), so that merging two writers' records adds the dispatches only one of them counted.", "type": "array", "items": { "type": "string" } } } },
    "flow-diagnostic.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-diagnostic.schema.json", "title": "FlowDiagnostic", "description": "A problem found in a flow package or schema: where it is and what to change.", "type": "object", "required": ["severity", "file", "message"], "properties": { "severity": { "type": "string", "enum": ["error", "warning"] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "message": { "type": "string" } } },
    "flow-event.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } },
    "flow-result.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } },
    "flow-run-view.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", "title": "FlowRunView", "description": "One executed (or deliberately not executed) step of one flow for one event.", "type": "object", "required": ["id", "eventId", "flowName", "flowVersion", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], "properties": { "id": { "type": "string" }, "eventId": { "type": "string" }, "flowName": { "type": "string" }, "flowVersion": { "type": "number" }, "stepName": { "type": "string" }, "runner": { "$ref": "#/definitions/FlowRunner" }, "processStatus": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "effectiveStatus": { "$ref": "#/definitions/EffectiveStatus" }, "needsAttention": { "type": "boolean" }, "attempts": { "type": "array", "items": { "$ref": "#/definitions/FlowRunAttempt" } }, "output": { "type": "string", "description": "Bounded tail of the step's stdout and stderr." }, "resultPayload": { "$ref": "flow-result.schema.json" }, "error": { "type": "string" }, "createdAt": { "type": "string" }, "updatedAt": { "type": "string" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "durationMs": { "type": "number" }, "timedOut": { "type": "boolean" }, "replay": { "type": "boolean" }, "alreadyHandled": { "type": "boolean", "description": "Set when this dispatch reused a stored successful run instead of running again." } }, "definitions": { "FlowRunner": { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] }, "ProcessStatus": { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, "EffectiveStatus": { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] }, "FlowRunAttempt": { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } }, "ReplayEdit": { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } }, "FlowDispatcher": { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string" }, "until": { "type": "string" } } } } },
    "flow.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json", "title": "FlowManifest", "description": "flow.toml: the manifest of a flow package (a folder with flow.toml, schemas/ and exec/ scripts). Point editors at this schema with a first line `#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json` (Taplo / Even Better TOML).", "type": "object", "required": ["name", "version", "steps"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Schema for editors (ignored by flows-action)." }, "name": { "$ref": "#/definitions/name", "description": "The flow's name: unique among the packages of a repository (the first package found wins)." }, "version": { "type": "number", "description": "The flow's version, a finite number (e.g. 1). Shown in run views as flowVersion." }, "description": { "type": "string", "description": "One line about what the flow does." }, "config": { "type": "object", "description": "Free-form settings, passed to every step as flow.config.", "tsType": "Record<string, unknown>" }, "guidance": { "type": "object", "additionalProperties": false, "properties": { "skills": { "type": "array", "items": { "type": "string" }, "description": "Skills a Code Mode step should load." } } }, "steps": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/step" }, "description": "The steps, one [[steps]] section each." } }, "definitions": { "name": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\u0000-\u001f-  ]*[^\\s\u0000-\u001f-  ][^\u0000-\u001f-  ]*$", "description": "A name: 1 to 200 characters, not only spaces, no control characters (no tabs, newlines or NUL)." }, "path": { "type": "string", "minLength": 1, "maxLength": 4096, "pattern": "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$", "description": "A relative path, resolved from the package folder." }, "step": { "type": "object", "required": ["name", "runner", "script"], "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/name", "description": "The step's name, unique within the flow." }, "runner": { "type": "string", "enum": ["bun", "code-mode"], "description": "bun: run `bun <script>`; code-mode: run through Codex (gated by CODEX_FLOWS_MODE=code-mode or CODEX_FLOWS_ENABLE_CODE_MODE)." }, "script": { "$ref": "#/definitions/path", "description": "The script, relative to the package folder; it must stay inside the package." }, "cwd": { "$ref": "#/definitions/path", "description": "Working directory, relative to the package folder (default: the package folder). It may go up to the repository root (e.g. \"../..\") but not outside the repository." }, "timeout_ms": { "type": "integer", "exclusiveMinimum": 0, "maximum": 9007199254740991, "description": "Timeout in milliseconds (default 300000); the step's whole process tree is stopped when it runs past it." }, "trigger": { "$ref": "#/definitions/trigger" } } }, "trigger": { "type": "object", "required": ["type"], "additionalProperties": false, "description": "Which FlowEvents the step reacts to. A step without trigger never matches an event.", "properties": { "type": { "$ref": "#/definitions/name", "description": "The FlowEvent type to match; `*` matches any run of characters (e.g. \"github.release.*\")." }, "schema": { "$ref": "#/definitions/path", "description": "A JSON Schema file for event.payload, relative to the package folder; it must stay inside the package." }, "if": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A condition in GitHub's expression language (as in a workflow's `if:`), checked after type and schema, e.g. \"startsWith(event.payload.tag, 'rust-v')\". `${{ }}` around it is optional." } } } } },
    "handover.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handover.schema.json", "title": "Handover", "description": "The fork handover: what a pull request's own (untrusted) job uploads for the trusted flows-report workflow to publish. Every field is bounded; names and ids are one clean line.", "type": "object", "required": ["version", "repository", "event", "headSha", "prNumbers", "runs"], "properties": { "version": { "const": 1 }, "repository": { "$ref": "#/definitions/name" }, "headSha": { "type": "string", "pattern": "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, "prNumbers": { "type": "array", "maxItems": 10, "uniqueItems": true, "items": { "type": "integer", "minimum": 1 } }, "event": { "allOf": [{ "$ref": "flow-event.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/eventId" }, "type": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z0-9_.:/-]+$" }, "source": { "$ref": "#/definitions/name" }, "receivedAt": { "$ref": "#/definitions/time" }, "occurredAt": { "$ref": "#/definitions/time" }, "payload": { "type": "object", "tsType": "Record<string, unknown>" } } }] }, "runs": { "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/run" } }, "problems": { "type": "array", "maxItems": 500, "items": { "allOf": [{ "$ref": "flow-diagnostic.schema.json" }, { "properties": { "file": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "message": { "type": "string", "maxLength": 8192, "pattern": "^[^\u0000]*$" } } }] } } }, "definitions": { "name": { "type": "string", "maxLength": 200, "pattern": "^[^\u0000-\u001f]*$" }, "eventId": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "time": { "type": "string", "maxLength": 64, "pattern": "^[^\u0000-\u001f]*$" }, "multiline": { "type": "string", "maxLength": 65536, "pattern": "^[^\u0000]*$" }, "attempt": { "allOf": [{ "$ref": "flow-run-view.schema.json#/definitions/FlowRunAttempt" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "number": { "type": "integer", "minimum": 1 }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/multiline" } } }] }, "run": { "allOf": [{ "$ref": "flow-run-view.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "eventId": { "$ref": "#/definitions/eventId" }, "flowName": { "$ref": "#/definitions/name" }, "stepName": { "$ref": "#/definitions/name" }, "attempts": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/attempt" } }, "output": { "$ref": "#/definitions/multiline" }, "error": { "$ref": "#/definitions/multiline" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "resultPayload": { "properties": { "message": { "$ref": "#/definitions/multiline" } } } } }] } } },
    "runs-file.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/runs-file.schema.json", "title": "RunsFile", "description": "What a run-step job of the reusable workflow hands to the report job: its runs and the events they chained to.", "type": "object", "required": ["version", "event", "runs", "children"], "properties": { "version": { "const": 1 }, "event": { "$ref": "flow-event.schema.json" }, "runs": { "type": "array", "items": { "$ref": "flow-run-view.schema.json" } }, "children": { "type": "array", "items": { "$ref": "#" } } } },
    "watch-cursor.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/watch-cursor.schema.json", "title": "WatchCursor", "description": "Where polling of one upstream repository's releases left off, kept in the state store.", "type": "object", "required": ["format", "repo", "seen", "polledAt"], "properties": { "format": { "type": "number", "description": "WATCH_CURSOR_FORMAT (1)." }, "repo": { "type": "string", "description": "owner/repo, as configured." }, "etag": { "type": "string", "description": "ETag of the first page of releases at the last poll that changed something." }, "deepEtag": { "type": "string", "description": "ETag of the second page, when the repository has one." }, "etagAt": { "type": "string", "description": "When `etag` was received." }, "tagsEtag": { "type": "string", "description": "ETag of the tag refs listing (updates=true)." }, "watermark": { "type": "string", "description": "The latest publishedAt seen; a release published before it is not new." }, "seen": { "type": "array", "description": "The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT.", "items": { "$ref": "#/definitions/SeenRelease" } }, "pending": { "type": "array", "description": "Releases waiting for min-age, oldest first.", "items": { "$ref": "#/definitions/HeldRelease" } }, "dispatched": { "type": "array", "description": "Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT.", "items": { "$ref": "#/definitions/DispatchedRelease" } }, "redeliver": { "type": "array", "items": { "type": "string" }, "description": "Tags to deliver again at the next poll (`flows forget` of a polled release)." }, "polledAt": { "type": "string", "description": "When this cursor was written." }, "checkedAt": { "type": "string", "description": "The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS." } }, "definitions": { "SeenRelease": { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } }, "HeldRelease": { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } }, "DispatchedRelease": { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } } } },
};


/***/ }),

/***/ 73021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7437);

/** Request options that are not the body: never redacted (the token is in `headers`). */
const NOT_BODY = new Set(["method", "url", "baseUrl", "headers", "request", "mediaType"]);
/**
 * One Octokit client with retry and throttling suited to Actions: secondary rate limits
 * (403/429 with retry-after) are waited out and retried, primary rate limits too when the
 * reset is near, 5xx and network errors are retried by plugin-retry — and nowhere else.
 * Every request body passes the redactor first. Loaded on first use, so runs that never call
 * GitHub don't pay for Octokit.
 */
async function createGitHubClient(options) {
    const [{ getOctokit: makeOctokit }, { retry }, { throttling }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(4119), __nccwpck_require__.e(1351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351)),
        Promise.all(/* import() */[__nccwpck_require__.e(3251), __nccwpck_require__.e(9735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 49735)),
        Promise.all(/* import() */[__nccwpck_require__.e(3251), __nccwpck_require__.e(6856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 86856)),
    ]);
    const log = options.log ?? (() => { });
    const maxWait = options.maxRateLimitWaitSeconds ?? 120;
    const redactor = options.redactor ?? _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p;
    redactor.add(options.token);
    const base = options.retryAfterBaseValue;
    const throttle = Object.fromEntries(Object.entries(options.throttle ?? {}).filter(([, value]) => value !== undefined));
    const client = makeOctokit(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        // retry.retries, not request.retries: a per-request count makes plugin-retry retry every
        // failed request, 404 and 403 included, instead of only those not in its doNotRetry list.
        retry: { retries: options.retries ?? 3, ...(base === undefined ? {} : { retryAfterBaseValue: base }) },
        throttle: {
            ...throttle,
            onRateLimit: (retryAfter, request, _octokit, retryCount) => {
                const retrying = retryCount < 2 && retryAfter <= maxWait;
                log(`GitHub rate limit hit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
                return retrying;
            },
            onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
                const retrying = retryCount < 3 && retryAfter <= maxWait;
                log(`GitHub secondary rate limit for ${request.method} ${request.url}; ${retrying ? `retrying in ${retryAfter} s` : "giving up"}.`);
                return retrying;
            },
        },
    }, retry, throttling);
    client.hook.before("request", (request) => {
        const fields = request;
        for (const [name, value] of Object.entries(fields)) {
            if (!NOT_BODY.has(name) && value !== undefined)
                fields[name] = redactor.redactValue(value);
        }
    });
    return client;
}


/***/ }),

/***/ 75244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   nw: () => (/* binding */ randomHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports randomBytes, randomUUID */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98995);


// node:crypto costs a few milliseconds to load (about 7 ms on Bun, 4–6 ms on Node 24, a tenth of
// what an event that matches no flow may spend): hashes load it on the first hash rather than at
// startup, and not at all on Bun, whose own hasher is built in. Random bytes come from Bun's Web
// Crypto global (built in), and on Node from the system's generator, /dev/urandom, which
// node:crypto itself draws on: Node's `globalThis.crypto` loads node:crypto and Web Crypto on
// first use (7 ms). Where /dev/urandom cannot be read (Windows), node:crypto is loaded.
const requireBuiltin = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
let crypto;
const BunCryptoHasher = globalThis.Bun?.CryptoHasher;
/** Hex sha256 of a UTF-8 string. */
function sha256Hex(text) {
    const hash = sha256();
    hash.update(text);
    return hash.hex();
}
function sha256() {
    if (BunCryptoHasher) {
        const hasher = new BunCryptoHasher("sha256");
        return { update: (data) => void hasher.update(data), hex: () => hasher.digest("hex") };
    }
    crypto ??= requireBuiltin("node:crypto");
    const hash = crypto.createHash("sha256");
    return { update: (data) => void hash.update(data), hex: () => hash.digest("hex") };
}
const isBun = BunCryptoHasher !== undefined;
let urandom = process.platform !== "win32";
/** `count` bytes from a cryptographically secure generator. */
function randomBytes(count) {
    const bytes = new Uint8Array(count);
    if (isBun)
        return globalThis.crypto.getRandomValues(bytes);
    if (urandom) {
        try {
            const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)("/dev/urandom", "r");
            try {
                let filled = 0;
                while (filled < count) {
                    const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, bytes, filled, count - filled, null);
                    if (read <= 0)
                        throw new Error("/dev/urandom ended");
                    filled += read;
                }
                return bytes;
            }
            finally {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
            }
        }
        catch {
            urandom = false;
        }
    }
    crypto ??= requireBuiltin("node:crypto");
    return crypto.randomFillSync(bytes);
}
/** `bytes` random bytes as hex, for names that must not collide (temporary files, keys). */
function randomHex(bytes) {
    return Array.from(randomBytes(bytes), (value) => value.toString(16).padStart(2, "0")).join("");
}
/**
 * A random (version 4) UUID, as node:crypto's randomUUID gives. The action's bundle gives it to
 * @actions/core in place of node:crypto (scripts/bundle.mjs, `lazyCoreDeps`): core imports
 * node:crypto only for the delimiter of the runner's file commands.
 */
function randomUUID() {
    const bytes = randomBytes(16);
    const hex = Array.from(bytes, (value, index) => {
        // The version (4) and the variant (RFC 9562), as in every random UUID.
        const byte = index === 6 ? (value & 0x0f) | 0x40 : index === 8 ? (value & 0x3f) | 0x80 : value;
        return byte.toString(16).padStart(2, "0");
    }).join("");
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}


/***/ }),

/***/ 47948:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ scanJson),
/* harmony export */   IX: () => (/* binding */ lineColumnAt),
/* harmony export */   lk: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* unused harmony export MAX_SCAN_DEPTH */
// JSON.parse on Node 20 does not always say where it failed, and never says where a valid
// value sits. This small scanner answers both: the offset of a syntax error, and the offset of
// each member/element by JSON Pointer (so schema problems can point at a line). Used for flow
// schemas, GitHub event files, the `event` input and CLI event files alike.
class JsonSyntaxError extends Error {
    offset;
    constructor(offset, message) {
        super(message);
        this.offset = offset;
    }
}
function escapePointer(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
/** Deepest nesting scanJson follows; deeper text is reported as a problem at that point. */
const MAX_SCAN_DEPTH = 1000;
function scanJson(text) {
    const positions = new Map();
    let i = 0;
    const fail = (message) => {
        throw new JsonSyntaxError(i, message);
    };
    const found = () => (i >= text.length ? "the end of the text" : JSON.stringify(text[i]));
    const skipSpace = () => {
        while (i < text.length && " \t\r\n".includes(text[i] ?? ""))
            i++;
    };
    const expect = (ch) => {
        skipSpace();
        if (text[i] !== ch)
            fail(`expected "${ch}" but found ${found()}`);
        i++;
    };
    const readString = () => {
        if (text[i] !== '"')
            fail(`expected a double-quoted string but found ${found()}`);
        const start = i;
        i++;
        while (text[i] !== '"') {
            if (i >= text.length)
                throw new JsonSyntaxError(start, "this string is never closed");
            if (text.charCodeAt(i) < 0x20)
                fail("a raw control character inside a string (escape it, e.g. \\n)");
            if (text[i] === "\\") {
                const sequence = text.slice(i + 1, i + 6);
                if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(sequence))
                    fail("an invalid escape sequence");
                i += sequence[0] === "u" ? 6 : 2;
            }
            else
                i++;
        }
        i++;
        return JSON.parse(text.slice(start, i));
    };
    let depth = 0;
    const readValue = (pointer) => {
        // The scan recurses once per level: past MAX_SCAN_DEPTH it stops rather than overflow.
        if (++depth > MAX_SCAN_DEPTH)
            fail(`the JSON nests more than ${MAX_SCAN_DEPTH} levels deep here`);
        try {
            readNested(pointer);
        }
        finally {
            depth--;
        }
    };
    const readNested = (pointer) => {
        skipSpace();
        if (!positions.has(pointer))
            positions.set(pointer, i);
        const ch = text[i];
        if (ch === "{") {
            i++;
            skipSpace();
            if (text[i] === "}") {
                i++;
                return;
            }
            for (;;) {
                skipSpace();
                const keyAt = i;
                const key = readString();
                const memberPointer = `${pointer}/${escapePointer(key)}`;
                positions.set(memberPointer, keyAt);
                expect(":");
                readValue(memberPointer);
                positions.set(memberPointer, keyAt);
                skipSpace();
                if (text[i] === ",") {
                    i++;
                    continue;
                }
                if (text[i] === "}") {
                    i++;
                    return;
                }
                fail(`expected "," or "}" but found ${found()}`);
            }
        }
        if (ch === "[") {
            i++;
            skipSpace();
            if (text[i] === "]") {
                i++;
                return;
            }
            for (let index = 0;; index++) {
                readValue(`${pointer}/${index}`);
                skipSpace();
                if (text[i] === ",") {
                    i++;
                    continue;
                }
                if (text[i] === "]") {
                    i++;
                    return;
                }
                fail(`expected "," or "]" but found ${found()}`);
            }
        }
        if (ch === '"') {
            readString();
            return;
        }
        const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
        if (!literal)
            fail(`expected a value (object, array, string, number, true, false or null) but found ${found()}`);
        i += literal?.[0].length ?? 0;
    };
    try {
        readValue("");
        skipSpace();
        if (i < text.length)
            fail(`expected the end of the text after the JSON value but found ${found()}`);
        return { ok: true, positions };
    }
    catch (error) {
        if (error instanceof JsonSyntaxError) {
            return { ok: false, offset: error.offset, message: error.message };
        }
        throw error;
    }
}
function lineColumnAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text[i] === "\n") {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** JSON.parse with a line and column on failure. */
function parseJsonText(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const scan = scanJson(text);
        if (scan.ok)
            return { ok: false, message: error.message };
        // "Unexpected end" is clearer at the last character written than on an empty last line.
        const offset = Math.min(scan.offset, text.trimEnd().length);
        return { ok: false, message: scan.message, offset, ...lineColumnAt(text, offset) };
    }
}


/***/ }),

/***/ 3726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   uh: () => (/* binding */ BIDI_CONTROL_CLASS),
/* harmony export */   wz: () => (/* binding */ showBidiControls)
/* harmony export */ });
// The runner reads every line a job prints: a line that starts with `::` is a workflow command
// (`::error::`, `::add-mask::`, `::stop-commands::`). Text from outside (event types, ids, flow
// and step names, messages) must therefore never bring its own line break into a log line.
// https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions
/**
 * The invisible characters that change the order text is shown in (Trojan Source,
 * https://trojansource.codes, CVE-2021-42574): the embeddings and overrides U+202A–U+202E, the
 * isolates U+2066–U+2069, and the marks U+200E, U+200F and U+061C. A PR title holding U+202E
 * shows the rest of its line reversed, so a result line can read as something it is not. Text
 * from outside shows each as a visible escape wherever it is shown; right-to-left letters
 * (Arabic, Hebrew) are not controls and stay as they are. As the body of a character class.
 */
const BIDI_CONTROL_CLASS = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";
const BIDI_CONTROLS = new RegExp(`[${BIDI_CONTROL_CLASS}]`, "g");
/**
 * Bidirectional controls (U+202E and the others, BIDI_CONTROL_CLASS above) as `<U+202E>`: the
 * form GitHub itself shows hidden characters in, readable alike in a table cell, inline code, a
 * code block or a title. In the finished text they reorder nothing.
 */
function showBidiControls(text) {
    return text.replace(BIDI_CONTROLS, (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}
/** Line breaks, C0 and C1 controls, DEL, the line and paragraph separators, the bidirectional controls. */
const LOG_UNSAFE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI_CONTROL_CLASS}]`, "g");
/**
 * Text from outside as part of ONE log line: line breaks, other control characters and the
 * bidirectional controls become visible escapes (`\n`, `\u0007`, `\u202e`), so the text can
 * neither start a new line nor hide or reorder part of itself. Use it for every outside value
 * put into a plain log line; workflow-command data goes through the runner-IO escaper instead.
 */
function logText(text) {
    return text.replace(LOG_UNSAFE, (char) => {
        if (char === "\n")
            return "\\n";
        if (char === "\r")
            return "\\r";
        if (char === "\t")
            return "\\t";
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
    });
}


/***/ }),

/***/ 68880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ redacted)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7437);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75270);
// Text from outside is redacted, then cut to a limit: a table cell, a check-run title, the
// start of an error, the tail of a step's output. Only in that order: cut first, a secret the
// cut goes through leaves a part no redaction matches (the first 20 characters of a token stay
// in the check-run title), and a cut that forgets to redact publishes the secret whole. So the
// cuts for outside text are methods of a redacted text: none can be reached before redacting.


/** Outside text, redacted by the process's redactor (or the one given) before any cut. */
function redacted(raw, redactor = _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p) {
    return new Redacted(redactor.redact(raw));
}
class Redacted {
    text;
    #bytes;
    constructor(text) {
        this.text = text;
    }
    get bytes() {
        this.#bytes ??= Buffer.byteLength(this.text, "utf8");
        return this.#bytes;
    }
    map(change) {
        return new Redacted(change(this.text));
    }
    chars(max) {
        const { kept, cut } = (0,_text_cut_js__WEBPACK_IMPORTED_MODULE_1__/* .cutCodePoints */ .Dp)(this.text, max);
        return { text: kept, cut };
    }
    clip(max, marker) {
        return (0,_text_cut_js__WEBPACK_IMPORTED_MODULE_1__/* .clipText */ .gL)(this.text, max, marker);
    }
    head(maxBytes) {
        return this.#bytesCut((0,_text_cut_js__WEBPACK_IMPORTED_MODULE_1__/* .headOfBytes */ .j9)(this.text, maxBytes));
    }
    tail(maxBytes) {
        return this.#bytesCut((0,_text_cut_js__WEBPACK_IMPORTED_MODULE_1__/* .tailOfBytes */ .v7)(this.text, maxBytes));
    }
    #bytesCut(kept) {
        return { text: kept, cut: kept.length === this.text.length ? 0 : this.bytes - Buffer.byteLength(kept, "utf8") };
    }
}


/***/ }),

/***/ 7437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ redactor),
/* harmony export */   pD: () => (/* binding */ parseRedactInput),
/* harmony export */   pO: () => (/* binding */ Redactor),
/* harmony export */   tM: () => (/* binding */ MAX_REDACT_DEPTH)
/* harmony export */ });
/* unused harmony exports MIN_SECRET_LENGTH, REDACTED, TOO_DEEP */
/* harmony import */ var _events_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85797);
// The one redactor. Every text that leaves the process — GitHub API bodies, the job summary,
// outputs, annotations, log lines, state records, the fork handover — passes through it, so a
// step that prints the token (or echoes untrusted text carrying it) cannot publish it.
//
// What it replaces with `***`:
// - every secret registered with add() (as is, JSON-escaped, URL-encoded, hex and base64): the action's token inputs, the backend's token, API key
//   and HMAC secret, and the values the workflow lists in the `redact` input (one per line).
//   The GitHub client and the backend client register their own credentials when created, so
//   a secret is known before the first byte is sent;
// - the user-info of any URL (`https://user:pw@host` → `https://***@host`) and the values of
//   credential-like query parameters (`?token=`, `access_token=`, `api_key=`, `sig=` ...);
// - strings shaped like GitHub tokens (`ghp_…`, `ghs_…`, `github_pat_…`) that nobody registered.

/** Secrets shorter than this are not replaced: masking `a` would destroy every text. */
const MIN_SECRET_LENGTH = 4;
/**
 * Deeper values are cut to a marker: hostile input may nest thousands of levels. A payload or a
 * FLOW_RESULT may nest MAX_PAYLOAD_DEPTH levels, and what is redacted wraps them (a stored record
 * puts a result at `runs[0].resultPayload`, a state artifact's file one list further down), so the
 * cap leaves room for that wrapping: at the payload's own depth, the record of an event nested
 * 256 levels kept a marker in place of its innermost value, and a replay ran on a different payload.
 */
const MAX_REDACT_DEPTH = _events_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PAYLOAD_DEPTH */ .GL + 16;
const REDACTED = "***";
const TOO_DEEP = "[cut: nested too deeply]";
// The scheme is bounded (real ones are short): unbounded, every word boundary of a long run
// like `a.a.a…` rescanned the rest of it, quadratic in the text once it held `://` anywhere.
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^/@\s'"<>]+@/gi;
const QUERY_CREDENTIALS = /([?&;](?:access_token|token|api[_-]?key|apikey|key|secret|client_secret|password|passwd|pwd|auth|sig|signature|code)=)[^&#;\s'"<>]+/gi;
// No word boundaries: a token is still a token after a letter, digit or `_` (`\nghp_…` in JSON
// text, `MY_ghp_…`, `a%3Dghp_…`) or before one (`ghp_…_suffix`). Masking a little more is safe.
const GITHUB_TOKEN_SHAPE = /(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,})/g;
/** Cheap test: a text with none of these cannot hold a pattern match. */
const PATTERN_HINT = /:\/\/|[?&;][a-z_-]+=|gh[pousr]_|github_pat_/i;
class Redactor {
    #secrets = new Set();
    #finder;
    #longest = 0;
    #indexAbove;
    /** `indexAbove`: past how many forms, or characters of forms, secrets are found through a prefix index (tests set it). */
    constructor(options = {}) {
        this.#indexAbove = options.indexAbove ?? INDEX_ABOVE;
    }
    /** Registers secrets (multi-line values line by line too, as the runner masks them). */
    add(...secrets) {
        let changed = false;
        for (const secret of secrets) {
            if (typeof secret !== "string")
                continue;
            const parts = [secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())];
            for (const part of parts) {
                for (const form of encodings(part)) {
                    if (form.length < MIN_SECRET_LENGTH || this.#secrets.has(form))
                        continue;
                    this.#secrets.add(form);
                    this.#longest = Math.max(this.#longest, form.length);
                    changed = true;
                }
            }
        }
        if (changed)
            this.#finder = undefined;
        return this;
    }
    /** How many distinct secret forms are registered. */
    get size() {
        return this.#secrets.size;
    }
    /** The length of the longest registered form: the most text one secret can cover. */
    get longest() {
        return this.#longest;
    }
    /**
     * Where redact() replaces registered secrets in `text`: [start, end) pairs, in order, for the
     * spans that start before `until`. Matches that overlap (`qq-abcd` and `abcd-0123` in
     * `qq-abcd-0123`) make one span: matched one after another, the second would show from where the
     * first ended. Patterns (URL credentials, token shapes) are not included.
     *
     * Every position where a secret starts is visited (the next search starts one past the last
     * match's start), so the work grows with the matched text: for secrets that overlap themselves
     * densely (`abab…` in a long run of `ab`) it is bounded, and past that bound the rest of the text
     * is one span. Masking more than needed is safe; time without bound is not.
     */
    *secretSpans(text, until = text.length) {
        const spans = this.#spans(text, until);
        for (let i = 0; i < spans.length; i += 2)
            yield [spans[i], spans[i + 1]];
    }
    /** secretSpans as one flat array (start, end, start, end, …): redact() runs on every line. */
    #spans(text, until) {
        const spans = [];
        const finder = this.#compiled();
        if (!finder)
            return spans;
        let budget = 2 * text.length + OVERLAP_BUDGET_CHARS;
        let from = 0;
        for (;;) {
            const start = finder.find(text, from);
            if (start < 0)
                break;
            const length = finder.matchLength;
            const end = start + length;
            const last = spans.length - 1;
            if (last > 0 && start < spans[last]) {
                if (end > spans[last])
                    spans[last] = end;
            }
            else {
                if (start >= until)
                    break;
                spans.push(start, end);
            }
            budget -= length;
            if (budget < 0) {
                spans[spans.length - 1] = text.length;
                break;
            }
            from = start + 1;
        }
        return spans;
    }
    /** The text with every secret, URL credential and token-shaped string replaced by `***`. */
    redact(text) {
        let clean = text;
        if (this.#compiled()) {
            const spans = this.#spans(text, text.length);
            const parts = [];
            let at = 0;
            for (let i = 0; i < spans.length; i += 2) {
                parts.push(text.slice(at, spans[i]), REDACTED);
                at = spans[i + 1];
            }
            if (parts.length > 0) {
                parts.push(text.slice(at));
                clean = parts.join("");
            }
        }
        if (PATTERN_HINT.test(clean)) {
            clean = clean
                .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
                .replace(QUERY_CREDENTIALS, `$1${REDACTED}`)
                .replace(GITHUB_TOKEN_SHAPE, REDACTED);
        }
        return clean;
    }
    /**
     * A copy of a JSON-like value with every string (keys included) redacted. Iterative, so
     * hostile nesting cannot overflow the stack; values deeper than `maxDepth` become a marker.
     * Shared and circular references stay shared and circular. `shallow`: only the top level is
     * copied and redacted; nested arrays and objects (within `maxDepth`) are kept as they are, for
     * a caller that redacts a big value one part at a time (a stored record's event,
     * state/event-text.ts).
     */
    redactValue(value, maxDepth = MAX_REDACT_DEPTH, shallow = false) {
        if (typeof value === "string")
            return this.redact(value);
        if (typeof value !== "object" || value === null)
            return value;
        const copies = new Map();
        const root = { value };
        const work = [
            { holder: root, key: "value", depth: 0 },
        ];
        for (let item = work.pop(); item; item = work.pop()) {
            const { holder, key, depth } = item;
            const current = holder[key];
            if (typeof current === "string") {
                holder[key] = this.redact(current);
                continue;
            }
            if (typeof current !== "object" || current === null)
                continue;
            const seen = copies.get(current);
            if (seen !== undefined) {
                holder[key] = seen;
                continue;
            }
            if (depth >= maxDepth) {
                holder[key] = TOO_DEEP;
                continue;
            }
            if (shallow && depth > 0)
                continue;
            if (Array.isArray(current)) {
                const copy = current.slice();
                copies.set(current, copy);
                holder[key] = copy;
                for (let i = 0; i < copy.length; i++)
                    work.push({ holder: copy, key: i, depth: depth + 1 });
                continue;
            }
            if (!isPlainObject(current))
                continue;
            const copy = {};
            copies.set(current, copy);
            holder[key] = copy;
            for (const [name, field] of Object.entries(current)) {
                const cleanName = this.redact(name);
                copy[cleanName] = field;
                work.push({ holder: copy, key: cleanName, depth: depth + 1 });
            }
        }
        return root.value;
    }
    /** An error's message redacted (a new Error of the same name; the stack is dropped). */
    redactError(error) {
        if (!(error instanceof Error))
            return typeof error === "string" ? this.redact(error) : error;
        const message = this.redact(error.message);
        if (message === error.message)
            return error;
        try {
            error.message = message;
            if (error.stack)
                error.stack = this.redact(error.stack);
            return error;
        }
        catch {
            return Object.assign(new Error(message), { name: error.name });
        }
    }
    #compiled() {
        if (this.#secrets.size === 0)
            return undefined;
        if (!this.#finder) {
            // Longest first, so a secret that contains another is replaced whole.
            const sorted = [...this.#secrets].sort((a, b) => b.length - a.length);
            const chars = sorted.reduce((sum, form) => sum + form.length, 0);
            const index = sorted.length > this.#indexAbove.forms || chars > this.#indexAbove.chars;
            this.#finder = index ? new PrefixIndexFinder(sorted) : new RegExpFinder(sorted);
        }
        return this.#finder;
    }
}
/** The forms as one alternation, longest first: V8 skips ahead quickly while the forms are few. */
class RegExpFinder {
    #pattern;
    matchLength = 0;
    constructor(longestFirst) {
        this.#pattern = new RegExp(longestFirst.map(literal).join("|"), "g");
    }
    find(text, from) {
        // Set before each search: the pattern is shared.
        this.#pattern.lastIndex = from;
        const match = this.#pattern.exec(text);
        if (match === null)
            return -1;
        this.matchLength = match[0].length;
        return match.index;
    }
}
/**
 * Many forms, or long ones (a multi-line key registers every line in every encoding: a 20-line
 * key gives 123 forms): V8 runs a large alternation without its quick skipping, trying every
 * form at every position of the text: 1.9 s per 4 MiB of output for 20 lines, 9 s for 30, 0.2 s
 * for one 12 kB secret. Here a position is looked at only when its first PREFIX characters start
 * some form (a 64 Ki-entry filter of their hashes, then the forms with exactly those
 * characters): 40–100 ms per 4 MiB in those cases. The alternation is kept below INDEX_ABOVE,
 * where it is the faster (10–30 ms). Same answers either way (tested against each other).
 */
class PrefixIndexFinder {
    #filter = new Uint8Array(1 << 16);
    #byPrefix = new Map();
    matchLength = 0;
    constructor(longestFirst) {
        for (const form of longestFirst) {
            this.#filter[prefixHash(form, 0)] = 1;
            const prefix = form.slice(0, PREFIX);
            const forms = this.#byPrefix.get(prefix);
            if (forms)
                forms.push(form);
            else
                this.#byPrefix.set(prefix, [form]);
        }
    }
    find(text, from) {
        const filter = this.#filter;
        for (let at = from, last = text.length - PREFIX; at <= last; at++) {
            if (filter[prefixHash(text, at)] === 0)
                continue;
            const forms = this.#byPrefix.get(text.slice(at, at + PREFIX));
            if (forms === undefined)
                continue;
            for (const form of forms) {
                if (text.startsWith(form, at)) {
                    this.matchLength = form.length;
                    return at;
                }
            }
        }
        return -1;
    }
}
/** Characters a form's index key holds: every form is at least MIN_SECRET_LENGTH long. */
const PREFIX = 3;
/** The alternation up to this many forms and characters of forms (a few secrets), the prefix index above. */
const INDEX_ABOVE = { forms: 48, chars: 16 * 1024 };
function prefixHash(text, at) {
    return (((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) & 0xffff) >>> 0;
}
/**
 * The process's redactor: what the action, the GitHub client, the backend client, the stores and
 * the handover writer share. Secrets only accumulate; nothing is ever un-registered.
 */
const redactor = new Redactor();
/** The values of the `redact` input: one secret per line (blank lines ignored). */
function parseRedactInput(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
}
/** Encoded forms shorter than this are not registered: they would match ordinary text. */
const MIN_ENCODED_LENGTH = 8;
/**
 * The forms a secret takes in the texts we send: as is, JSON-escaped, URL-encoded, hex, and
 * base64 (standard and URL-safe). Base64 is registered as the runner masks it: for the secret
 * at each of the three byte offsets inside a longer encoded text (`basic <base64 of
 * x-access-token:TOKEN>`), the characters that depend on the secret's bytes alone.
 */
function encodings(secret) {
    const forms = [secret];
    const json = JSON.stringify(secret).slice(1, -1);
    if (json !== secret)
        forms.push(json);
    const url = encodeURIComponent(secret);
    if (url !== secret)
        forms.push(url);
    const bytes = Buffer.from(secret, "utf8");
    const encoded = [bytes.toString("hex")];
    for (let offset = 0; offset < 3; offset++) {
        const text = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64").replace(/=+$/, "");
        // Characters before `start` mix in the unknown bytes before the secret; from `end` on, after it.
        const start = [0, 2, 3][offset];
        const end = Math.floor((8 * (offset + bytes.length)) / 6);
        const form = text.slice(start, end);
        encoded.push(form, form.replace(/\+/g, "-").replace(/\//g, "_"));
    }
    for (const form of encoded)
        if (form.length >= MIN_ENCODED_LENGTH && !forms.includes(form))
            forms.push(form);
    return forms;
}
/**
 * A secret as a regular expression. V8 refuses a literal of 32,768 characters or more ("Regular
 * expression too large"), which the hex form of a 16 KiB key reaches: every redact() then threw,
 * with every registered secret in the message. Runs of LITERAL_RUN characters joined by an empty
 * group match the same text.
 */
function literal(text) {
    if (text.length <= LITERAL_RUN)
        return escapeRegExp(text);
    const runs = [];
    for (let at = 0; at < text.length; at += LITERAL_RUN)
        runs.push(escapeRegExp(text.slice(at, at + LITERAL_RUN)));
    return runs.join("(?:)");
}
/** Matched characters one secretSpans() may visit beyond twice the text's length (see there). */
const OVERLAP_BUDGET_CHARS = 1 << 20;
/** Characters of a secret per literal: escaped, at most twice that, well under V8's 32,767. */
const LITERAL_RUN = 8192;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function isPlainObject(value) {
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}


/***/ }),

/***/ 64506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ renderExplainText),
/* harmony export */   s: () => (/* binding */ renderExplain)
/* harmony export */ });
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(68880);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(54348);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(17930);



const MARK = { passed: "✅", failed: "❌", "not checked": "–", none: "" };
/** The markdown table: one row per step, a verdict per stage, then what each condition read. */
function renderExplain(event, steps, options = {}) {
    const matched = steps.filter((step) => step.matched).length;
    const lines = [
        `### Why each step matched ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(event.type)} or not`,
        "",
        `Event ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(event.id)} · ${matched} of ${steps.length} step${steps.length === 1 ? "" : "s"} matched.`,
        "",
    ];
    if (steps.length === 0)
        return [...lines, "No flow packages were found."].join("\n");
    lines.push("| Flow | Step | Type | Schema | Condition | Matched | Why |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const step of steps) {
        const type = step.triggerType === undefined ? "no trigger" : `${MARK[step.type]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(step.triggerType)}`;
        const schema = step.schema === undefined ? "–" : `${MARK[step.schemaVerdict]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(step.schema)}`;
        const condition = step.condition === undefined ? "–" : `${MARK[step.conditionVerdict]} ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(cut(step.condition, 120))}`;
        lines.push(`| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(step.flow, 80)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(step.step, 80)} | ${type} | ${schema} | ${condition} | ${step.matched ? "yes" : "no"} | ${step.reason ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(step.reason, 400) : ""} |`);
    }
    const read = steps.filter((step) => step.conditionReport && step.conditionReport.values.length > 0);
    if (read.length > 0) {
        lines.push("", "<details><summary>Values the conditions read</summary>", "");
        for (const step of read) {
            const report = step.conditionReport;
            if (!report)
                continue;
            const values = report.values.map(({ path, value }) => `${path} = ${value}`).join("\n");
            lines.push(`**${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(`${step.flow} / ${step.step}`, 160)}**: ${report.result}${report.error ? ` (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(report.error, 300)})` : ""}`, "");
            lines.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBlock */ .DV)(values), "");
        }
        lines.push("</details>");
    }
    if (options.baseDir !== undefined) {
        const manifests = [...new Set(steps.map((step) => relative(step.manifestPath, options.baseDir)))];
        lines.push("", `Manifests: ${manifests.map(_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti).join(", ")}`);
    }
    return lines.join("\n");
}
/** The same for a terminal: one block per step, stage by stage; each line escaped for the terminal. */
function renderExplainText(event, steps, options = {}) {
    const matched = steps.filter((step) => step.matched).length;
    const lines = [`event ${event.id} type=${event.type}: ${matched} of ${steps.length} step${steps.length === 1 ? "" : "s"} matched`];
    for (const step of steps) {
        lines.push("", `${step.matched ? "MATCH" : "no   "}  ${step.flow}/${step.step}  (${relative(step.manifestPath, options.baseDir)})`);
        lines.push(`  type       ${step.triggerType === undefined ? "no [steps.trigger]" : `${verdict(step.type)} ${step.triggerType}`}`);
        if (step.schema !== undefined)
            lines.push(`  schema     ${verdict(step.schemaVerdict)} ${step.schema}`);
        if (step.condition !== undefined) {
            lines.push(`  condition  ${verdict(step.conditionVerdict)} ${step.condition}`);
            for (const { path, value } of step.conditionReport?.values ?? [])
                lines.push(`               ${path} = ${value}`);
            if (step.conditionReport?.error)
                lines.push(`               error: ${step.conditionReport.error}`);
        }
        if (step.reason)
            lines.push(`  why not    ${step.reason}`);
    }
    return lines.map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_2__/* .terminalText */ .eR).join("\n");
}
function verdict(value) {
    return value === "passed" ? "ok  " : value === "failed" ? "FAIL" : value === "not checked" ? "--  " : "";
}
/** Redacted before it is cut: a cut through a secret leaves a part no later redaction matches. */
function cut(raw, max) {
    return (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .redacted */ .p)(raw).clip(max);
}
function relative(file, baseDir) {
    if (!baseDir || !file.startsWith(`${baseDir}/`))
        return file;
    return file.slice(baseDir.length + 1);
}


/***/ }),

/***/ 54348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   sG: () => (/* binding */ cutMarkdownToBytes),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   wz: () => (/* reexport safe */ _log_text_js__WEBPACK_IMPORTED_MODULE_0__.wz),
/* harmony export */   zP: () => (/* binding */ cutToBytes)
/* harmony export */ });
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3726);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7437);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(68880);
// Text from FLOW_RESULT and step output is untrusted: it must not inject HTML, ping people
// or teams, or break the table / code block it sits in.
//
// Each helper redacts its text before it escapes or cuts it: the redactor's last pass over the
// finished markdown cannot see a token whose `_` became `\_`, a secret holding `&` or `<`, or the
// part of a token left before a cut.




const ZERO_WIDTH_SPACE = "\u200b";
/** Escape text for one markdown table cell or inline sentence. */
function inlineText(text, maxChars = 300) {
    // Every line break, a lone `\r` too (markdown ends a table row at it).
    const oneLine = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .redacted */ .p)(text).map((clean) => clean.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").trim());
    const cut = oneLine.clip(maxChars);
    // Markdown escapes first: the entities added after them contain `#`.
    return (0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showBidiControls */ .wz)(cut)
        .replace(/([\\`*_[\]#~])/g, "\\$1")
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/\|/g, "&#124;")
        .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}
/** A fenced code block that its content cannot close early, whatever backticks it holds. */
function codeBlock(raw, language = "") {
    const content = (0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showBidiControls */ .wz)(_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactor */ .$p.redact(raw));
    const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${content.replace(/\n$/, "")}\n${fence}`;
}
/** Inline code that its content cannot break out of. */
function inlineCode(text) {
    const oneLine = (0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showBidiControls */ .wz)(_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactor */ .$p.redact(text).replace(/\r\n|[\r\n\u2028\u2029]/g, " "));
    const longestRun = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = "`".repeat(longestRun + 1);
    const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
    return `${ticks}${pad}${oneLine.replace(/\|/g, "\\|")}${pad}${ticks}`;
}
/** Text for an HTML `<summary>` element (markdown is not rendered there). */
function htmlText(text) {
    return (0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .showBidiControls */ .wz)(_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactor */ .$p.redact(text))
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}
/** Cut a string to a byte budget between characters, saying what was cut. */
function cutToBytes(raw, maxBytes, note) {
    const clean = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .redacted */ .p)(raw);
    if (clean.bytes <= maxBytes)
        return clean.text;
    const reserve = Buffer.byteLength(note(clean.bytes), "utf8") + 16;
    const keep = clean.head(maxBytes - reserve);
    return `${keep.text}\n${note(keep.cut)}`;
}
/**
 * Cut markdown to a byte budget between lines, and close what the cut leaves open (a fenced
 * code block, `<details>` blocks) before the note: cut anywhere, the note landed inside a code
 * block and every line after it, the next sections' too, rendered as code or stayed collapsed.
 * It reads the markdown these reports write: fences from codeBlock, `<details>` and `</details>`
 * tags outside them (outside text is escaped, so it brings no raw tag).
 */
function cutMarkdownToBytes(raw, maxBytes, note) {
    const text = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .redacted */ .p)(raw);
    const bytes = text.bytes;
    if (bytes <= maxBytes)
        return text.text;
    let room = maxBytes - Buffer.byteLength(`\n${note(bytes)}`, "utf8");
    for (;;) {
        const keep = wholeLines(text, room);
        const closed = `${keep}${closingTags(keep)}`;
        const cut = `${closed}\n${note(bytes - Buffer.byteLength(keep, "utf8"))}`;
        const over = Buffer.byteLength(cut, "utf8") - maxBytes;
        // The closing tags take room of their own: cut again, that much earlier.
        if (over <= 0 || room <= 0)
            return cut;
        room -= over;
    }
}
/** The lines that fit whole in `maxBytes` (without their last line break), or part of the first if none does. */
function wholeLines(redactedText, maxBytes) {
    const { text } = redactedText;
    const head = redactedText.head(maxBytes).text;
    if (head.length === text.length || text[head.length] === "\n")
        return head;
    const lineBreak = head.lastIndexOf("\n");
    return lineBreak >= 0 ? head.slice(0, lineBreak) : head;
}
/** What closes the fenced code block and the `<details>` blocks left open at the end of `markdown`. */
function closingTags(markdown) {
    let fence;
    let details = 0;
    for (const line of markdown.split("\n")) {
        if (fence !== undefined) {
            // A closing fence: the opening's character, at least as many, nothing after but spaces.
            const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
            if (close && close[0] === fence[0] && close.length >= fence.length)
                fence = undefined;
            continue;
        }
        const open = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (open) {
            fence = open;
            continue;
        }
        details += (line.match(/<details[\s>]/gi)?.length ?? 0) - (line.match(/<\/details>/gi)?.length ?? 0);
        details = Math.max(0, details);
    }
    return `${fence === undefined ? "" : `\n${fence}`}${"\n\n</details>".repeat(details)}`;
}


/***/ }),

/***/ 58387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   GZ: () => (/* binding */ RUNS_FILE_PROBLEM),
/* harmony export */   Sq: () => (/* binding */ problemsPlace),
/* harmony export */   tY: () => (/* binding */ packageCheckProblems)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37576);

// A problem says what it is about by its file (`input "runs-dir"`) or by the start of its
// message (a state store's, a runs file's): both survive the fork handover, which keeps only
// severity, file, position and message.
/** Prefix of the problems with a run-step job's runs file that the report job could not use. */
const RUNS_FILE_PROBLEM = "runs file skipped: ";
const PLACES = ["flow packages", "the state store", "the action's inputs", "the run-step jobs' results"];
/**
 * What a problem is about. A problem with an action input names it as its file (`input
 * "runs-dir"`); flows-path says where flow packages are loaded from, so its problems are the
 * packages'.
 */
function placeOf(problem) {
    if (problem.message.startsWith(_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_RECORD_PROBLEM */ .U2))
        return "the state store";
    if (problem.message.startsWith(RUNS_FILE_PROBLEM))
        return "the run-step jobs' results";
    const input = /^input "([^"]+)"$/.exec(problem.file)?.[1];
    return input !== undefined && input !== "flows-path" ? "the action's inputs" : "flow packages";
}
/** Where a list of problems is: in flow packages, the state store, the action's inputs, the run-step jobs' results, or several. */
function problemsPlace(problems) {
    const places = PLACES.filter((place) => problems.some((problem) => placeOf(problem) === place));
    if (places.length === 0)
        return "in flow packages";
    return `in ${places.length > 1 ? `${places.slice(0, -1).join(", ")} and ${places.at(-1)}` : places[0]}`;
}
/**
 * The problems the `flows: flow packages` check run lists, and the only ones annotated on the
 * commit: a flow package's. Not a warning about another action input (a runs-dir with no runs
 * in it), a state record set aside, nor a runs file the report job could not read: none is in
 * the commit under review, nor fixed by a change to it, and the job log and summary still show
 * each.
 */
function packageCheckProblems(problems) {
    return problems.filter((problem) => placeOf(problem) === "flow packages");
}


/***/ }),

/***/ 7787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rh: () => (/* binding */ statusLabel),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   xA: () => (/* binding */ runMessage)
/* harmony export */ });
const SYMBOLS = {
    completed: "✅",
    changed: "✅",
    skipped: "⏭️",
    needs_intervention: "✋",
    blocked: "⛔",
    failed: "❌",
    queued: "⏳",
    running: "⏳",
    canceled: "🚫",
    interrupted: "🔌",
};
/** A run's status as people read it: symbol, word, and what made it so. */
function statusLabel(run) {
    const symbol = run.timedOut ? "⏱️" : SYMBOLS[run.effectiveStatus];
    const word = run.timedOut ? "timed out" : run.effectiveStatus.replace("_", " ");
    const notes = [run.alreadyHandled ? "already handled" : "", run.replay ? "replay" : ""].filter(Boolean);
    return `${symbol} ${word}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}
function formatDuration(ms) {
    if (ms === undefined)
        return "–";
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
/** The sentence that explains a run: FLOW_RESULT message, else the failure reason. */
function runMessage(run) {
    const message = run.resultPayload?.message;
    if (typeof message === "string" && message)
        return message;
    return run.error?.split("\n")[0] ?? "";
}


/***/ }),

/***/ 31447:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ errorBesideOutput),
/* harmony export */   w: () => (/* binding */ readableStepText)
/* harmony export */ });
// What a step printed, made readable for the summary and check runs. Bun (like other tools)
// prints GitHub workflow commands when it sees GITHUB_ACTIONS, e.g. an uncaught error as
// `::error file=exec/s.ts,line=3,col=1,title=TypeError: ...::%0A      at ...`. The runner never
// runs them (step output is shown as plain text, see action/runner.ts), so a report shows them
// decoded: `error (exec/s.ts:3:1): TypeError: ...` and the message on its own lines.
const COMMAND_LINE = /^(\s*)::([a-z][a-z-]*)(?: (.*?))?::(.*)$/;
// Tools do not always escape `,` and `:` in property values, so a property starts only at a
// known key.
const PROPERTY_START = /,(?=(?:file|line|col|endLine|endColumn|title)=)/;
function decode(value) {
    return value.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%3A/gi, ":").replace(/%2C/gi, ",").replace(/%25/g, "%");
}
/** Each workflow-command line of a step's text, decoded into what it says. */
function readableStepText(text) {
    if (!text.includes("::"))
        return text;
    return text
        .split("\n")
        .map((line) => {
        const match = COMMAND_LINE.exec(line);
        if (!match)
            return line;
        const [, indent = "", name = "", rawProperties = "", data = ""] = match;
        const properties = new Map(rawProperties
            .split(PROPERTY_START)
            .filter(Boolean)
            .map((pair) => {
            const at = pair.indexOf("=");
            return [pair.slice(0, at), decode(pair.slice(at + 1))];
        }));
        const where = [properties.get("file"), properties.get("line"), properties.get("col")].filter(Boolean).join(":");
        const title = properties.get("title");
        const message = decode(data).replace(/^\n+/, "");
        const head = `${indent}${name}${where ? ` (${where})` : ""}${title ? `: ${title}` : ""}`;
        return message ? `${head}${title ? "\n" : ": "}${message}` : head;
    })
        .join("\n");
}
/**
 * A failed run's error without the last lines of output the runner appended to it, when the
 * output tail shown next to it holds those lines anyway: the report shows them once.
 */
function errorBesideOutput(error, output) {
    const at = error.indexOf("\nLast lines of ");
    if (at < 0 || !output)
        return error;
    const tail = error.slice(error.indexOf("\n", at + 1) + 1).split("\n");
    const shown = new Set(output.split("\n"));
    return tail.every((line) => line.trim() === "" || shown.has(line)) ? `${error.slice(0, at)} (its output is below)` : error;
}


/***/ }),

/***/ 54681:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ flatten),
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   Ul: () => (/* binding */ allProblems)
/* harmony export */ });
/* unused harmony export JOB_SUMMARY_LIMIT_BYTES */
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(68880);
/* harmony import */ var _explain_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(64506);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(54348);
/* harmony import */ var _problem_places_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(58387);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7787);
/* harmony import */ var _step_text_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(31447);






// GitHub rejects a job summary over 1 MiB per step:
// https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions#step-isolation-and-limits
const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const SUMMARY_BUDGET_BYTES = JOB_SUMMARY_LIMIT_BYTES - 24 * 1024;
const RESULT_DETAIL_BYTES = 8 * 1024;
const OUTPUT_DETAIL_BYTES = 16 * 1024;
/** The job summary for one dispatch (and the events its runs chained to). */
function renderSummary(outcome, options = {}) {
    const parts = [];
    for (const each of flatten(outcome)) {
        parts.push(renderEvent(each, options));
        // Debug runs (RUNNER_DEBUG) ask dispatch for the explanation: why each step matched or not.
        if (each.explanation)
            parts.push((0,_explain_js__WEBPACK_IMPORTED_MODULE_1__/* .renderExplain */ .s)(each.event, each.explanation, { baseDir: options.baseDir }));
    }
    const problems = allProblems(outcome);
    if (problems.length > 0)
        parts.push(renderProblems(problems, options));
    const body = parts.join("\n\n");
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cutMarkdownToBytes */ .sG)(`${body}\n`, SUMMARY_BUDGET_BYTES, (cut) => `\n> [!NOTE]\n> ${cut} bytes of this summary were cut to stay under GitHub's 1 MiB job summary limit.` +
        (options.runUrl ? ` The full output is in the [run log](${options.runUrl}).` : " The full output is in the run log."));
}
function flatten(outcome) {
    return [outcome, ...outcome.children.flatMap(flatten)];
}
function allProblems(outcome) {
    const seen = new Set();
    const problems = [];
    for (const each of flatten(outcome)) {
        for (const problem of each.problems) {
            const key = `${problem.file}:${problem.line}:${problem.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            problems.push(problem);
        }
    }
    return problems;
}
function renderEvent(outcome, options) {
    const head = [
        `### Flows for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(outcome.event.type)}`,
        "",
        `Event ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(outcome.eventId)} · ${stepsRun(outcome)}${alreadyHandledNote(outcome)}`,
    ];
    if (outcome.runs.length === 0)
        return [...head, "", renderNothingMatched(outcome, options)].join("\n");
    const table = [
        "| Flow | Step | Status | Message | Duration | Attempt |",
        "| --- | --- | --- | --- | --- | --- |",
        ...outcome.runs.map((run) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(run.flowName, 80)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(run.stepName, 80)} | ${(0,_status_js__WEBPACK_IMPORTED_MODULE_4__/* .statusLabel */ .Rh)(run)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)((0,_status_js__WEBPACK_IMPORTED_MODULE_4__/* .runMessage */ .xA)(run))} | ${(0,_status_js__WEBPACK_IMPORTED_MODULE_4__/* .formatDuration */ .a3)(run.durationMs)} | ${run.attempts.length} |`),
    ];
    const details = outcome.runs.map(renderRunDetails);
    return [...head, "", ...table, "", ...details, ...renderConditionMisses(outcome)].join("\n");
}
/**
 * `matched` counts the steps this dispatch runs (the ones it would run, in a dry run): not those
 * handled before, which the note after it counts, nor those over the delivery's budget.
 */
function stepsRun(outcome) {
    const steps = `${outcome.matched} step${outcome.matched === 1 ? "" : "s"}`;
    return outcome.dryRun ? `${steps} would run · dry run: nothing was run` : `${steps} run`;
}
/** A duplicate dispatch has `matched` 0 (the contract); say how many steps ran before. */
function alreadyHandledNote(outcome) {
    const handled = outcome.runs.filter((run) => run.alreadyHandled).length;
    if (handled === 0)
        return outcome.status === "duplicate" ? " · already handled: nothing new ran" : "";
    const steps = `already handled: ${handled} step${handled === 1 ? "" : "s"}`;
    return outcome.status === "duplicate" ? ` · ${steps}, nothing new ran` : ` · ${steps}`;
}
/** Steps whose type and schema matched but whose condition was not true, with what it read. */
function renderConditionMisses(outcome) {
    const misses = outcome.mismatches.filter((miss) => miss.reason === "condition");
    if (misses.length === 0)
        return [];
    const rows = misses.map((miss) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(miss.flow.name, 80)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(miss.step.name, 80)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(miss.message, 500)} |`);
    return [
        "",
        `<details><summary>Not matched: ${misses.length} step${misses.length === 1 ? "" : "s"} whose condition was not true</summary>`,
        "",
        "| Flow | Step | Why not |",
        "| --- | --- | --- |",
        ...rows,
        "",
        "</details>",
    ];
}
function renderNothingMatched(outcome, options) {
    if (options.backend !== undefined) {
        return `Nothing matched: the flow backend at ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(options.backend, 200)} started no run for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(outcome.event.type)}.`;
    }
    // Only a flow package's error keeps its steps from being matched (not an unreadable runs file).
    const errors = (0,_problem_places_js__WEBPACK_IMPORTED_MODULE_3__/* .packageCheckProblems */ .tY)(allProblems(outcome)).filter((problem) => problem.severity === "error").length;
    if (outcome.mismatches.length === 0 && errors > 0) {
        return (`Nothing matched among the flow packages that could be loaded: ${errors} error${errors === 1 ? "" : "s"} (below) kept ` +
            `a package's steps from being considered for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(outcome.event.type)}.`);
    }
    if (outcome.mismatches.length === 0) {
        return `Nothing matched: no flow step in this repository has a trigger for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(outcome.event.type)} (\`[steps.trigger]\` \`type\` in \`flow.toml\`).`;
    }
    const rows = outcome.mismatches.map((miss) => `| ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(miss.flow.name, 80)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(miss.step.name, 80)} | ${miss.step.trigger ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(miss.step.trigger.type) : "–"} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(miss.message, 500)} |`);
    return [
        "Nothing matched. Why each step did not run:",
        "",
        "| Flow | Step | Trigger | Why not |",
        "| --- | --- | --- | --- |",
        ...rows,
    ].join("\n");
}
function renderRunDetails(run) {
    const lines = [`<details><summary>${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .htmlText */ .js)(`${run.flowName} / ${run.stepName}`)} — ${(0,_status_js__WEBPACK_IMPORTED_MODULE_4__/* .statusLabel */ .Rh)(run)}</summary>`, ""];
    lines.push(`Run ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(run.id)}, attempt ${run.attempts.length}.`, "");
    if (run.error)
        lines.push("**Error**", "", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(cut((0,_step_text_js__WEBPACK_IMPORTED_MODULE_5__/* .readableStepText */ .w)((0,_step_text_js__WEBPACK_IMPORTED_MODULE_5__/* .errorBesideOutput */ .O)(run.error, run.output)), RESULT_DETAIL_BYTES)), "");
    if (run.resultPayload) {
        lines.push("**Result**", "", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(cut(JSON.stringify(run.resultPayload, null, 2), RESULT_DETAIL_BYTES), "json"), "");
    }
    if (run.output)
        lines.push("**Output (tail)**", "", (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(cutTail((0,_step_text_js__WEBPACK_IMPORTED_MODULE_5__/* .readableStepText */ .w)(run.output), OUTPUT_DETAIL_BYTES)), "");
    lines.push("</details>");
    return lines.join("\n");
}
function renderProblems(problems, options) {
    const rows = problems.map((problem) => {
        const where = [relative(problem.file, options.baseDir), problem.line, problem.column].filter((x) => x !== undefined).join(":");
        return `| ${problem.severity === "error" ? "❌ error" : "⚠️ warning"} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(where)} | ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineText */ .ln)(problem.message, 1000)} |`;
    });
    return [`### Problems ${(0,_problem_places_js__WEBPACK_IMPORTED_MODULE_3__/* .problemsPlace */ .Sq)(problems)} (${problems.length})`, "", "| Severity | Where | Problem |", "| --- | --- | --- |", ...rows].join("\n");
}
function relative(file, baseDir) {
    if (!baseDir || !file.startsWith(`${baseDir}/`))
        return file;
    return file.slice(baseDir.length + 1);
}
function cut(text, maxBytes) {
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .cutToBytes */ .zP)(text, maxBytes, (n) => `… ${n} more bytes cut`);
}
/** The end of a text; redacted whole first, so the cut cannot leave the end of a secret. */
function cutTail(raw, maxBytes) {
    const text = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .redacted */ .p)(raw);
    if (text.bytes <= maxBytes)
        return text.text;
    const tail = text.tail(maxBytes);
    return `… ${tail.cut} bytes cut …\n${tail.text}`;
}


/***/ }),

/***/ 18362:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ renderText),
/* harmony export */   V: () => (/* binding */ formatProblem)
/* harmony export */ });
/* harmony import */ var _problem_places_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(58387);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(54681);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7787);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(68880);
/* harmony import */ var _terminal_text_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(17930);





/** A run's line shows this much of its message; `flows show` has all of it. */
const MESSAGE_CHARS = 500;
/**
 * A dispatch as terminal lines, for `flows fire`, `flows run` and `flows github`. Text from
 * outside (event ids and types, messages) is escaped for the terminal, one line per field.
 */
function renderText(outcome, options = {}) {
    const lines = [];
    for (const each of (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .flatten */ .Bq)(outcome)) {
        const handled = each.runs.filter((run) => run.alreadyHandled).length;
        const note = each.dryRun ? " (dry run)" : each.status === "duplicate" ? " (duplicate: nothing new ran)" : "";
        const reused = handled > 0 ? ` already handled: ${handled} step${handled === 1 ? "" : "s"}` : "";
        // `matched` counts the steps this dispatch runs (would run, in a dry run), not those handled before.
        const ran = each.dryRun ? `would-run=${each.matched}` : `ran=${each.matched}`;
        lines.push(`${bold(`event ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(each.eventId)}`, options)} type=${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(each.event.type)} ${ran}${reused}${note}`);
        for (const run of each.runs) {
            const message = briefMessage((0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .runMessage */ .xA)(run));
            lines.push(`  ${(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .statusLabel */ .Rh)(run)}  ${run.flowName}/${run.stepName}  ${(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(run.durationMs)}${message ? `  ${message}` : ""}`);
        }
        if (each.runs.length === 0) {
            lines.push("  nothing matched");
            for (const miss of each.mismatches)
                lines.push(`    ${miss.flow.name}/${miss.step.name}: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(miss.message)}`);
        }
    }
    const problems = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .allProblems */ .Ul)(outcome);
    if (problems.length > 0) {
        lines.push("", `${problems.length} problem${problems.length === 1 ? "" : "s"} ${(0,_problem_places_js__WEBPACK_IMPORTED_MODULE_0__/* .problemsPlace */ .Sq)(problems)}:`);
        for (const problem of problems)
            lines.push(`  ${formatProblem(problem, options)}`);
    }
    return lines.join("\n");
}
function formatProblem(problem, options = {}) {
    const file = options.baseDir && problem.file.startsWith(`${options.baseDir}/`)
        ? problem.file.slice(options.baseDir.length + 1)
        : problem.file;
    const where = [(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(file), problem.line, problem.column].filter((x) => x !== undefined).join(":");
    const label = problem.severity === "error" ? red("error", options) : yellow("warning", options);
    return `${where}: ${label}: ${(0,_terminal_text_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR)(problem.message)}`;
}
function bold(text, options) {
    return options.color ? `\u001b[1m${text}\u001b[22m` : text;
}
function red(text, options) {
    return options.color ? `\u001b[31m${text}\u001b[39m` : text;
}
function yellow(text, options) {
    return options.color ? `\u001b[33m${text}\u001b[39m` : text;
}
/** One line of a message: escaped for the terminal, redacted before it is cut (no part of a secret is left). */
function briefMessage(message) {
    const line = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .redacted */ .p)(message).map(_terminal_text_js__WEBPACK_IMPORTED_MODULE_4__/* .terminalText */ .eR);
    const { text: kept, cut } = line.chars(MESSAGE_CHARS);
    return cut === 0 ? line.text : `${kept}… (${cut} more characters: \`flows show\` has the whole message)`;
}


/***/ }),

/***/ 58595:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BUN_VARIABLE: () => (/* binding */ BUN_VARIABLE),
/* harmony export */   BunNotFoundError: () => (/* binding */ BunNotFoundError),
/* harmony export */   bunBesidePackage: () => (/* binding */ bunBesidePackage),
/* harmony export */   findBun: () => (/* binding */ findBun),
/* harmony export */   flowsActionPackageDir: () => (/* binding */ flowsActionPackageDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _file_url_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(32718);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(99416);




/** The variable that names the `bun` executable for steps (and for the `flows` command itself). */
const BUN_VARIABLE = "FLOWS_BUN";
/** Bun was not found: a user error (install Bun or say where it is), not a failed step. */
class BunNotFoundError extends _user_error_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y {
    name = "BunNotFoundError";
}
/**
 * The `bun` that runs steps, in this order: an explicit path (`--bun`, `bunPath`), then
 * FLOWS_BUN, then Bun installed next to flows-action (its `bun` npm dependency:
 * node_modules/.bin/bun or node_modules/bun/bin relative to the package, or beside it when
 * flows-action is itself a dependency), then PATH. Synchronous and cheap (a few stat calls),
 * so the `flows` command can use it before choosing the runtime it runs on.
 */
function findBun(options = {}) {
    const env = options.env ?? process.env;
    const platform = options.platform ?? process.platform;
    if (options.explicit) {
        if (isExecutable(options.explicit))
            return { path: fromCurrentFolder(options.explicit), from: "explicit" };
        // A bare name ("bun") is looked up on PATH, as spawn would.
        const onPath = /[\\/]/.test(options.explicit) ? undefined : findOnPath(options.explicit, env);
        if (onPath)
            return { path: onPath, from: "explicit" };
        throw new BunNotFoundError(`The bun executable given with --bun (or bunPath) is not an executable file: ${options.explicit}.`);
    }
    const fromEnv = env[BUN_VARIABLE];
    if (fromEnv) {
        if (isExecutable(fromEnv))
            return { path: fromCurrentFolder(fromEnv), from: "FLOWS_BUN" };
        throw new BunNotFoundError(`${BUN_VARIABLE} names ${fromEnv}, which is not an executable file. Point it at the bun executable, or unset it.`);
    }
    const packageDir = options.packageDir ?? flowsActionPackageDir();
    const besidePackage = packageDir === undefined ? [] : bunBesidePackage(packageDir, platform);
    for (const candidate of besidePackage)
        if (isExecutable(candidate))
            return { path: candidate, from: "package" };
    const onPath = findOnPath(platform === "win32" ? "bun.exe" : "bun", env);
    if (onPath)
        return { path: onPath, from: "PATH" };
    throw new BunNotFoundError("Bun is needed to run flow steps and was not found: no --bun option, FLOWS_BUN is not set, " +
        `no bun next to flows-action${packageDir ? ` (${packageDir})` : ""}, and none on PATH. ` +
        "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.");
}
/**
 * A relative path (`--bun ./bin/bun`) is found from the current folder, and steps start in
 * folders of their own, so it goes to them absolute. A bare name stays a name: spawn looks it up.
 */
function fromCurrentFolder(path) {
    return /[\\/]/.test(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path) : path;
}
/** Where the `bun` npm package puts its executable, for flows-action's own install and as a sibling dependency. */
function bunBesidePackage(packageDir, platform = process.platform) {
    const bin = platform === "win32" ? "bun.exe" : "bun";
    const nodeModules = [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(packageDir, "node_modules")];
    if (packageDir.split(/[\\/]/).at(-2) === "node_modules")
        nodeModules.push((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(packageDir));
    return nodeModules.flatMap((dir) => [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, ".bin", bin), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "bun", "bin", "bun.exe")]);
}
let packageDirMemo;
/** The folder of the flows-action package this module belongs to (source or bundle). */
function flowsActionPackageDir() {
    if (packageDirMemo !== undefined)
        return packageDirMemo ?? undefined;
    packageDirMemo = null;
    let dir;
    try {
        dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,_file_url_js__WEBPACK_IMPORTED_MODULE_2__/* .fileURLToPath */ .m)(import.meta.url));
    }
    catch {
        return undefined;
    }
    for (let depth = 0; depth < 6; depth += 1) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, "package.json");
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest) && readPackageName(manifest) === "flows-action") {
            packageDirMemo = dir;
            return dir;
        }
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    return undefined;
}
function readPackageName(manifest) {
    try {
        const value = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, "utf8"));
        return typeof value.name === "string" ? value.name : undefined;
    }
    catch {
        return undefined;
    }
}
function findOnPath(name, env) {
    for (const dir of (env.PATH ?? env.Path ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean)) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
        if (isExecutable(candidate))
            return candidate;
    }
    return undefined;
}
function isExecutable(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 87932:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  FLOW_HELPER_SPECIFIERS: () => (/* reexport */ FLOW_HELPER_SPECIFIERS),
  RUN_VARIABLES: () => (/* reexport */ RUN_VARIABLES),
  WITHHELD_HOST_PREFIXES: () => (/* reexport */ WITHHELD_HOST_PREFIXES),
  WITHHELD_HOST_VARIABLES: () => (/* reexport */ WITHHELD_HOST_VARIABLES),
  buildStepContext: () => (/* reexport */ buildStepContext),
  isCodeModeEnabled: () => (/* reexport */ isCodeModeEnabled),
  parseFlowResult: () => (/* reexport */ parseFlowResult),
  runFlowStep: () => (/* reexport */ runFlowStep),
  stepEnvironment: () => (/* reexport */ stepEnvironment)
});

// EXTERNAL MODULE: ./.build/events/lazy-json.js
var lazy_json = __nccwpck_require__(63973);
;// CONCATENATED MODULE: ./.build/runners/context.js

/**
 * Builds the run context in the compatible shape: `config` only when the manifest has one;
 * runtime facts that are unknown are left out, except `eventId` and `replay`.
 */
function buildStepContext(options) {
    const { flow, step, event, runtime } = options;
    return {
        flow: {
            name: flow.name,
            version: flow.version,
            root: flow.root,
            step: step.name,
            ...(flow.config !== undefined ? { config: flow.config } : {}),
            event: stepEvent(event),
        },
        runtime: {
            eventId: event.id,
            ...known("runId", runtime.runId),
            ...known("attemptId", runtime.attemptId),
            replay: runtime.replay === true,
            ...known("workspaceBackendUrl", runtime.workspaceBackendUrl),
            ...known("launchedBy", runtime.launchedBy),
        },
    };
}
/** The JSON of each event as a step sees it (`context.flow.event`), made once per event object. */
const eventJsonCache = new WeakMap();
/**
 * `context.flow.event` as JSON parts, serialised once per event: every step of a dispatch shares
 * them. Big arrays of a large event file stay on disk (src/events/lazy-json.ts) and are parts
 * of their own, file ranges streamed to each step; the rest is text. (Kept as strings: a UTF-8
 * Buffer would be a second copy while it is made, and measured more at peak than writing 64 KiB
 * slices of the string.)
 */
function stepEventParts(event) {
    let parts = eventJsonCache.get(event);
    if (parts === undefined) {
        parts = (0,lazy_json/* jsonParts */.lx)(stepEvent(event));
        eventJsonCache.set(event, parts);
    }
    return parts;
}
/**
 * The step's stdin: exactly `JSON.stringify(buildStepContext(options))`, as a small head, the
 * event's shared JSON parts and a small tail, so no step holds its own copy of a large payload.
 */
function stepContextParts(options) {
    // The event's spread copy is shallow: building the context copies no payload.
    const { flow, runtime: runtimeFields } = buildStepContext(options);
    const { event: _event, ...flowHead } = flow;
    const head = JSON.stringify(flowHead);
    const runtime = JSON.stringify(runtimeFields);
    return [`{"flow":${head.slice(0, -1)}${head === "{}" ? "" : ","}"event":`, ...stepEventParts(options.event), `},"runtime":${runtime}}`];
}
function stepEvent(event) {
    // Compatible: the older runtime passes the whole event; steps read receivedAt and source.
    return { ...event, payload: event.payload ?? {} };
}
function known(key, value) {
    return typeof value === "string" && value.length > 0 ? { [key]: value } : {};
}

;// CONCATENATED MODULE: ./.build/runners/step-clock.js
/** Stamps outcomes with when the step started and how long it took. */
class StepClock {
    startedAt = new Date();
    start = performance.now();
    outcome(fields) {
        return {
            timedOut: false,
            exitCode: null,
            signal: null,
            output: "",
            ...fields,
            startedAt: this.startedAt.toISOString(),
            completedAt: new Date().toISOString(),
            durationMs: Math.round(performance.now() - this.start),
        };
    }
}

;// CONCATENATED MODULE: ./.build/runners/code-mode.js

const ENABLED_VALUES = new Set(["1", "true", "yes", "on"]);
const CODE_MODE_DISABLED_MESSAGE = "Code Mode step not run: Code Mode is disabled. Set CODEX_FLOWS_ENABLE_CODE_MODE=1 (or CODEX_FLOWS_MODE=code-mode) to enable it.";
const CODE_MODE_UNAVAILABLE_MESSAGE = "Code Mode is enabled, but running a Code Mode step needs the Codex runtime, which flows-action does not ship. " +
    'Run this flow with the Codex flow runtime, or rewrite the step as runner = "bun".';
/** Code Mode is opt-in: `CODEX_FLOWS_MODE=code-mode` or `CODEX_FLOWS_ENABLE_CODE_MODE` = 1/true/yes/on. */
function isCodeModeEnabled(env) {
    if (env.CODEX_FLOWS_MODE?.trim().toLowerCase() === "code-mode")
        return true;
    return ENABLED_VALUES.has(env.CODEX_FLOWS_ENABLE_CODE_MODE?.trim().toLowerCase() ?? "");
}
/** The outcome of a `runner = "code-mode"` step: skipped when gated off, failed when on. */
function codeModeOutcome(env) {
    const clock = new StepClock();
    if (!isCodeModeEnabled(env)) {
        return clock.outcome({
            processStatus: "completed",
            result: { status: "skipped", message: CODE_MODE_DISABLED_MESSAGE },
        });
    }
    return clock.outcome({ processStatus: "failed", error: CODE_MODE_UNAVAILABLE_MESSAGE });
}

;// CONCATENATED MODULE: ./.build/runners/environment.js
/**
 * Host variables never passed to steps: the Actions runtime's credentials, its state file,
 * and this action's own outputs file (a step must not overwrite the action's outputs;
 * steps report through FLOW_RESULT).
 */
const WITHHELD_HOST_VARIABLES = [
    "ACTIONS_RUNTIME_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
    "ACTIONS_ID_TOKEN_REQUEST_URL",
    "ACTIONS_RESULTS_URL",
    "ACTIONS_RUNTIME_URL",
    "ACTIONS_CACHE_URL",
    "GITHUB_STATE",
    "GITHUB_OUTPUT",
];
/**
 * The runner's files that change later steps of the job. Withheld unless the workflow opts in
 * (`export-env: true`): a step that could write `NODE_OPTIONS` or `PATH` into them would drive
 * every step after it.
 */
const JOB_ENVIRONMENT_FILES = ["GITHUB_ENV", "GITHUB_PATH"];
/** Host variable prefixes never passed to steps: action inputs (`INPUT_*`, which may hold tokens). */
const WITHHELD_HOST_PREFIXES = ["INPUT_"];
/**
 * Variables that describe the run: set from the event being run and its runtime, never
 * inherited. Every other `CODEX_FLOW_*` host variable (CODEX_FLOW_PUSH=1, ...) passes through,
 * as in the older runtime, whose own flows are switched by such settings.
 */
const RUN_VARIABLES = [
    "CODEX_FLOW_EVENT_ID",
    "CODEX_FLOW_RUN_ID",
    "CODEX_FLOW_ATTEMPT_ID",
    "CODEX_FLOW_REPLAY",
    "CODEX_FLOW_LAUNCHED_BY",
];
/** Set from `runtime.workspaceBackendUrl` (which defaults to the host's value of it). */
const WORKSPACE_BACKEND_VARIABLE = "CODEX_WORKSPACE_BACKEND_WS_URL";
/** The host variables a step receives: everything except the withheld names and prefixes. */
function stepEnvironment(hostEnv, options = {}) {
    const withheld = new Set([...WITHHELD_HOST_VARIABLES, ...(options.exportEnv ? [] : JOB_ENVIRONMENT_FILES)]);
    const env = {};
    for (const [name, value] of Object.entries(hostEnv)) {
        if (value === undefined)
            continue;
        // Windows variable names are case-insensitive; compare in one case everywhere.
        const upper = name.toUpperCase();
        if (withheld.has(upper))
            continue;
        if (WITHHELD_HOST_PREFIXES.some((prefix) => upper.startsWith(prefix)))
            continue;
        env[name] = value;
    }
    return env;
}
const RUN_VARIABLE_SET = new Set([...RUN_VARIABLES, WORKSPACE_BACKEND_VARIABLE]);
/**
 * The environment a step process gets: the base environment without any inherited run
 * variables, plus the run variables of this event. (The old runtime let an inherited
 * CODEX_FLOW_EVENT_ID override the event's own id.)
 */
function runEnvironment(options) {
    const { event, runtime } = options;
    const env = {};
    for (const [name, value] of Object.entries(options.env)) {
        if (value === undefined || RUN_VARIABLE_SET.has(name.toUpperCase()))
            continue;
        env[name] = value;
    }
    env.CODEX_FLOW_EVENT_ID = event.id;
    if (runtime.runId)
        env.CODEX_FLOW_RUN_ID = runtime.runId;
    if (runtime.attemptId)
        env.CODEX_FLOW_ATTEMPT_ID = runtime.attemptId;
    env.CODEX_FLOW_REPLAY = runtime.replay ? "1" : "0";
    if (runtime.workspaceBackendUrl)
        env[WORKSPACE_BACKEND_VARIABLE] = runtime.workspaceBackendUrl;
    if (runtime.launchedBy)
        env.CODEX_FLOW_LAUNCHED_BY = runtime.launchedBy;
    return env;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/file-url.js
var file_url = __nccwpck_require__(32718);
// EXTERNAL MODULE: ./.build/fs-async.js
var fs_async = __nccwpck_require__(93602);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __nccwpck_require__(61557);
// EXTERNAL MODULE: ./.build/hash.js
var hash = __nccwpck_require__(75244);
;// CONCATENATED MODULE: ./.build/runners/watchdog.js
/**
 * Preloaded into every Bun step (`bun --preload <this> ...`), so a step does not outlive the
 * process that started it. A step runs in its own process group (so that a timeout can stop its
 * children), which also keeps it out of reach when its dispatcher is killed outright (kill -9, a
 * runner that lost its machine): it ran on, and since its record said `interrupted`, the next
 * delivery ran it a second time. The step's parent is the dispatcher; when it is gone the step
 * is handed to another parent (init or a subreaper), which this notices within a quarter of a
 * second and then stops the step's process group: SIGTERM, SIGKILL 2 s later. The timer keeps
 * no step alive (unref), and a step whose event loop is blocked is stopped once it frees it.
 * Kept as text, like the module wrapper: the action is bundled into a single file.
 */
const WATCHDOG_SOURCE = `// flows-action step watchdog (generated)
const parent = process.ppid;
const stopGroup = (signal) => {
  try {
    process.kill(-process.pid, signal);
  } catch {}
};
const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  setTimeout(() => stopGroup("SIGKILL"), 2000).unref();
  stopGroup("SIGTERM");
}, 250);
watch.unref();
`;

;// CONCATENATED MODULE: ./.build/runners/module-detect.js
/**
 * Compatible rule for module-style steps: the source has a default export (`export default`,
 * `as default`) or a `defineBunFlow(` call. The words are matched as whole words separated by
 * any whitespace, and only in code: a comment that says "has default value" or a string that
 * mentions `export default` does not make a raw script a module.
 */
function isModuleStyleSource(source) {
    const code = codeOnly(source);
    return /\bexport\s+default\b/.test(code) || /\bas\s+default\b/.test(code) || /\bdefineBunFlow\s*\(/.test(code);
}
/**
 * The source with comments, string and template text, and regular expression literals replaced
 * by spaces (template `${...}` expressions are kept, they are code). Line breaks are kept, so
 * nothing joins two words that were apart.
 */
function codeOnly(source) {
    const out = [];
    // Each entry is a template literal we are inside of, holding the `{` depth of its current `${`.
    const templates = [];
    let braces = 0;
    let i = 0;
    const blank = (from, to) => {
        out.push(source.slice(from, to).replace(/[^\n]/g, " "));
    };
    const skipTemplateText = (from) => {
        let j = from;
        while (j < source.length) {
            const c = source[j];
            if (c === "\\")
                j += 2;
            else if (c === "`")
                return j + 1;
            else if (c === "$" && source[j + 1] === "{") {
                templates.push(braces);
                braces += 1;
                return j + 2;
            }
            else
                j += 1;
        }
        return j;
    };
    while (i < source.length) {
        const c = source[i];
        const next = source[i + 1];
        if (c === "/" && next === "/") {
            const end = source.indexOf("\n", i);
            const stop = end === -1 ? source.length : end;
            blank(i, stop);
            i = stop;
        }
        else if (c === "/" && next === "*") {
            const end = source.indexOf("*/", i + 2);
            const stop = end === -1 ? source.length : end + 2;
            blank(i, stop);
            i = stop;
        }
        else if (c === '"' || c === "'") {
            let j = i + 1;
            while (j < source.length && source[j] !== c && source[j] !== "\n")
                j += source[j] === "\\" ? 2 : 1;
            const stop = Math.min(j + 1, source.length);
            blank(i, stop);
            i = stop;
        }
        else if (c === "`") {
            const stop = skipTemplateText(i + 1);
            blank(i, stop);
            i = stop;
        }
        else if (c === "{") {
            braces += 1;
            out.push(c);
            i += 1;
        }
        else if (c === "}") {
            braces -= 1;
            if (templates.length > 0 && templates[templates.length - 1] === braces) {
                // The end of a template's `${...}`: back to its text.
                templates.pop();
                const stop = skipTemplateText(i + 1);
                blank(i, stop);
                i = stop;
            }
            else {
                out.push(c);
                i += 1;
            }
        }
        else if (c === "/" && startsRegExp(out)) {
            const stop = regExpEnd(source, i);
            blank(i, stop);
            i = stop;
        }
        else {
            out.push(c);
            i += 1;
        }
    }
    return out.join("");
}
/** A `/` starts a regular expression when no value comes before it (else it divides). */
function startsRegExp(before) {
    const text = before.slice(-16).join("").replace(/\s+$/, "");
    if (text === "")
        return true;
    const last = text[text.length - 1];
    if ("(,=:[!&|?{};+-*%<>~^".includes(last))
        return true;
    return /\b(?:return|typeof|case|do|else|in|of|void|yield|await|throw|delete|new)$/.test(text);
}
function regExpEnd(source, start) {
    let j = start + 1;
    let inClass = false;
    while (j < source.length && source[j] !== "\n") {
        const c = source[j];
        if (c === "/" && !inClass)
            return j + 1;
        if (c === "[")
            inClass = true;
        else if (c === "]")
            inClass = false;
        j += c === "\\" ? 2 : 1;
    }
    return j;
}

;// CONCATENATED MODULE: ./.build/runners/module-style.js








/** Specifiers a module-style step may import `defineBunFlow` / `defineFlow` from. */
const FLOW_HELPER_SPECIFIERS = [
    "@peezy.tech/codex-flows/flow-runtime/bun",
    "flows-action/bun",
];

/**
 * The wrapper Bun runs for a module-style step. It is kept as text (not a file next to this
 * one) because the action is bundled into a single dist/index.js by ncc.
 *
 * - The helper specifiers resolve to identity functions unless the flow's folder has the real
 *   package installed (then the real one is used; it is the identity function too). Which are
 *   installed is looked up here, before each run (see {@link stubbedHelpers}): the wrapper
 *   imports nothing, and node:fs alone cost each module-style step about 3 ms.
 * - The result is written to a file as well as printed last, so a module that prints its own
 *   `FLOW_RESULT ...` text (even later, from a stray timer) cannot override what it returned.
 * - A module Bun cannot build or resolve fails with the place Bun gives, `exec/s.ts:3:25: ...`,
 *   and the offending line in the log: Bun throws a BuildMessage or ResolveMessage (several as an
 *   AggregateError of them), which carries the place in fields, not in a stack or its message.
 */
const WRAPPER_SOURCE = `// flows-action module-style wrapper (generated)
// The helper specifiers to stand in for (those not installed above the script) come as JSON.
const [scriptUrl, scriptLabel, stubbed, resultPath] = process.argv.slice(2);
const identity = (value) => value;
const helpers = { defineBunFlow: identity, defineFlow: identity };

Bun.plugin({
  name: "flows-action-helpers",
  setup(build) {
    for (const specifier of JSON.parse(stubbed)) {
      build.module(specifier, () => ({ exports: { ...helpers, default: helpers }, loader: "object" }));
    }
  },
});

function describe(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value === "undefined" ? "undefined" : "a " + typeof value;
}

function failed(message) {
  return { status: "failed", message };
}

function bunMessages(error) {
  const list = error instanceof AggregateError ? error.errors : [error];
  const fromBun = (item) => item !== null && typeof item === "object" && (item.name === "BuildMessage" || item.name === "ResolveMessage");
  return list.length > 0 && list.every(fromBun) ? list : undefined;
}

// The script as its label (exec/s.ts), another file of the package relative to the package.
function fileLabel(file) {
  const scriptPath = Bun.fileURLToPath(scriptUrl);
  if (!file || file === scriptPath) return scriptLabel;
  const root = scriptPath.endsWith(scriptLabel) ? scriptPath.slice(0, scriptPath.length - scriptLabel.length) : undefined;
  return root && file.startsWith(root) ? file.slice(root.length) : file;
}

function located(item) {
  const at = item.position;
  const file = fileLabel((at && at.file) || item.referrer);
  return (at && at.line > 0 ? file + ":" + at.line + ":" + at.column : file) + ": " + item.message;
}

// The offending line with a caret under the column, as Bun prints it for a script run directly.
function excerpt(item) {
  const at = item.position;
  if (!at || typeof at.lineText !== "string" || !(at.line > 0)) return [];
  const gutter = String(at.line);
  const pad = at.lineText.slice(0, Math.max(0, at.column - 1)).replace(/[^\\t]/g, " ");
  return [gutter + " | " + at.lineText, " ".repeat(gutter.length) + " | " + pad + "^"];
}

async function run() {
  const context = JSON.parse(await Bun.stdin.text());
  const loaded = await import(scriptUrl);
  const main = loaded.default;
  if (typeof main !== "function") {
    return failed(
      scriptLabel + " has no default-export function (its default export is " + describe(main) + "); " +
        "write export default defineBunFlow(async (context) => ({ status: \\"completed\\" }))",
    );
  }
  const value = await main(context);
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return failed(
      "the default export of " + scriptLabel + " returned " + describe(value) +
        "; return a FlowResult object such as { status: \\"completed\\" }",
    );
  }
  return value;
}

let result;
try {
  result = await run();
} catch (error) {
  const messages = bunMessages(error);
  if (messages) {
    console.error(messages.flatMap((item) => [located(item), ...excerpt(item)]).join("\\n"));
    const more = messages.length - 1;
    result = failed(located(messages[0]) + (more > 0 ? " (and " + more + " more, in the log)" : ""));
  } else {
    console.error(error instanceof Error && error.stack ? error.stack : String(error));
    result = failed(error instanceof Error ? error.message || error.name : String(error));
  }
}
let line;
try {
  line = JSON.stringify(result);
} catch (error) {
  line = JSON.stringify(failed("the FlowResult returned by " + scriptLabel + " cannot be written as JSON: " + error.message));
}
await Bun.write(resultPath, line);
console.log("FLOW_RESULT " + line);
`;
/** The wrapper file: its name carries a hash of its text, so a changed wrapper is a new file. */
const WRAPPER_NAME = `module-wrapper-${(0,hash/* sha256Hex */.fg)(WRAPPER_SOURCE).slice(0, 16)}.mjs`;
/** The step watchdog (./watchdog.ts), written beside the wrapper: Bun preloads it into every step. */
const WATCHDOG_NAME = `step-watchdog-${(0,hash/* sha256Hex */.fg)(WATCHDOG_SOURCE).slice(0, 16)}.mjs`;
/** How long after its first module-style step a process looks for wrapper folders left behind. */
const LEFTOVER_SWEEP_DELAY_MS = 100;
/** A long-lived process (the action, `flows watch`) looks again this often that no cleaner removed it. */
const WRAPPER_RECHECK_MS = 60_000;
let folder;
/** Files written by this process into its wrapper folder, for tests: the wrapper and nothing else. */
const wrapperWrites = { count: 0 };
/**
 * This process's private folder (mkdtemp: random name, mode 0700) with the wrapper in it,
 * written once per process, not once per step, and removed when the process exits.
 */
async function wrapperFolder() {
    const current = folder;
    if (current !== undefined) {
        const known = await current.catch(() => undefined);
        if (known && Date.now() - known.checkedAt < WRAPPER_RECHECK_MS)
            return known;
        if (known && (await isFile(known.wrapperPath)) && (await isFile(known.watchdogPath))) {
            known.checkedAt = Date.now();
            return known;
        }
        // Gone (a temp cleaner) or never made: make it again, once for all who ask.
        if (folder !== current)
            return wrapperFolder();
    }
    const made = makeWrapperFolder();
    folder = made;
    made.catch(() => {
        if (folder === made)
            folder = undefined;
    });
    return made;
}
async function makeWrapperFolder() {
    // The pid in the name lets a later process remove the folder of one that was killed. Two
    // small synchronous calls, once per process (node:fs/promises would cost `flows fire` more).
    const dir = (0,external_node_fs_.mkdtempSync)(external_node_path_.join((0,external_node_os_.tmpdir)(), `flows-action-${process.pid}-`));
    // Housekeeping waits until the steps are under way: it lists the whole temp folder. A command
    // done sooner (a quick `flows fire`) leaves it to the next process that runs longer.
    setTimeout(() => void removeLeftoverFolders((0,external_node_os_.tmpdir)()), LEFTOVER_SWEEP_DELAY_MS).unref();
    process.once("exit", () => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
    const wrapperPath = external_node_path_.join(dir, WRAPPER_NAME);
    (0,external_node_fs_.writeFileSync)(wrapperPath, WRAPPER_SOURCE, { encoding: "utf8", flag: "wx", mode: 0o600 });
    wrapperWrites.count += 1;
    const watchdogPath = external_node_path_.join(dir, WATCHDOG_NAME);
    (0,external_node_fs_.writeFileSync)(watchdogPath, WATCHDOG_SOURCE, { encoding: "utf8", flag: "wx", mode: 0o600 });
    return { dir, wrapperPath, watchdogPath, checkedAt: Date.now() };
}
/**
 * Wrapper folders of processes that ended without removing theirs (killed, or a worker torn
 * down without its exit handlers): removed when their process is gone. Only this user's folders.
 */
async function removeLeftoverFolders(parent) {
    try {
        const { lstat, readdir, rm } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 51455, 19));
        const uid = process.getuid?.();
        for (const name of await readdir(parent)) {
            // Only wrapper folders: anything else in the temp folder is never touched.
            const ours = /^flows-action-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
            if (!ours)
                continue;
            const pid = Number(ours[1]);
            if (pid === process.pid || (0,fs_safe/* isPidAlive */.by)(pid))
                continue;
            const folder = external_node_path_.join(parent, name);
            const info = await lstat(folder).catch(() => undefined);
            if (!info?.isDirectory() || (uid !== undefined && info.uid !== uid))
                continue;
            await rm(folder, { recursive: true, force: true }).catch(() => undefined);
        }
    }
    catch {
        // Housekeeping only: a temp folder that cannot be listed is no step's problem.
    }
}
async function isFile(file) {
    try {
        return (await (0,fs_async/* statPath */.qW)(file)).isFile();
    }
    catch {
        return false;
    }
}
/**
 * Starts writing the wrapper if this process has not yet, without waiting: a step's source is
 * read before it is known to be module-style, and the wrapper is then ready (or nearly).
 */
function warmModuleWrapper() {
    wrapperFolder().catch(() => undefined); // a failure is met again, and reported, by the step that needs it
}
/** The step watchdog Bun preloads into every step (./watchdog.ts), written once per process with the wrapper. */
async function stepWatchdogPath() {
    return (await wrapperFolder()).watchdogPath;
}
/** The wrapper (written once per process) and a fresh result file name for one run. */
async function prepareModuleWrapper(options) {
    const { dir, wrapperPath } = await wrapperFolder();
    const resultPath = external_node_path_.join(dir, `result-${(0,hash/* randomHex */.nw)(8)}.json`);
    const stubbed = JSON.stringify(stubbedHelpers(external_node_path_.dirname(options.scriptPath)));
    return {
        args: [wrapperPath, (0,file_url/* pathToFileURL */.q)(options.scriptPath).href, options.scriptLabel, stubbed, resultPath],
        resultPath,
        dispose: () => (0,fs_async/* removeFile */.nM)(resultPath).catch(() => undefined),
    };
}
/**
 * The helper specifiers the wrapper stands in for: those whose package is in no node_modules
 * folder above the script's folder (a few stat calls per run, looked up afresh so a long-lived
 * process sees a package installed meanwhile). Not Bun.resolveSync in the wrapper: for a
 * missing package it tries Bun's auto-install, which costs 50-100 ms per specifier.
 */
function stubbedHelpers(scriptDir) {
    return FLOW_HELPER_SPECIFIERS.filter((specifier) => !installedAbove(scriptDir, packageName(specifier)));
}
function packageName(specifier) {
    const parts = specifier.split("/");
    return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}
function installedAbove(start, name) {
    for (let dir = start;;) {
        if ((0,external_node_fs_.existsSync)(external_node_path_.join(dir, "node_modules", name, "package.json")))
            return true;
        const parent = external_node_path_.dirname(dir);
        if (parent === dir)
            return false;
        dir = parent;
    }
}
/** The JSON the wrapper wrote, or undefined when it never got that far. */
async function readWrapperResult(resultPath) {
    try {
        return await (0,fs_async/* readTextFile */.Gu)(resultPath);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __nccwpck_require__(85797);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __nccwpck_require__(46193);
// EXTERNAL MODULE: ./.build/redact.js
var redact = __nccwpck_require__(7437);
;// CONCATENATED MODULE: ./.build/runners/output.js


/**
 * Longest line handed out in one piece. A step that prints more without a newline gets the text
 * split, so one runaway line cannot grow memory without limit: at most this, the longest
 * registered secret (or 4 KiB) and one chunk are held. A piece is longer only to keep whole a
 * registered secret that is longer itself.
 */
const MAX_LINE_CHARS = 4 * 1024 * 1024;
/**
 * Printed after the pieces of a cut line that carried a FLOW_RESULT: the result cannot be read
 * from a piece, and "not valid JSON" would send the author looking in the wrong place.
 */
const OVERSIZED_RESULT_NOTICE = "[flows-action] FLOW_RESULT too large";
/** Turns a byte stream into lines as they arrive: partial chunks, CRLF, and a last line without newline. */
class LineSplitter {
    onLine;
    decoder = new external_node_string_decoder_.StringDecoder("utf8");
    redactor;
    maxLineChars;
    partial = "";
    /** While a line is being cut: its bytes so far, and whether its first piece held a FLOW_RESULT. */
    cut;
    constructor(onLine, 
    // `maxLineChars` is for tests: a property test cuts many lines at a small size, fast.
    options = {}) {
        this.onLine = onLine;
        this.redactor = options.redactor ?? redact/* redactor */.$p;
        this.maxLineChars = options.maxLineChars ?? MAX_LINE_CHARS;
    }
    push(chunk) {
        this.take(this.decoder.write(chunk));
    }
    /** Hands out whatever is left (the final line when the output did not end with a newline). */
    end() {
        this.take(this.decoder.end());
        if (this.partial.length > 0)
            this.finishLine();
        else
            this.endCut("");
    }
    take(text) {
        if (text.length === 0)
            return;
        let start = 0;
        let newline = text.indexOf("\n", start);
        while (newline !== -1) {
            const piece = text.slice(start, newline);
            this.partial = this.partial.length > 0 ? this.partial + piece : piece;
            this.finishLine();
            start = newline + 1;
            newline = text.indexOf("\n", start);
        }
        this.partial += text.slice(start);
        // A cut waits until the longest secret (and the redaction window) fits after it, so any
        // secret that crosses the cut has arrived whole and is seen.
        this.cutPieces(Math.max(SECRET_WINDOW_CHARS, this.redactor.longest));
    }
    /** Hands out the line held in `partial`, in pieces when it is longer than maxLineChars. */
    finishLine() {
        // The CR of a CRLF ends the line; inside a line (at the end of a piece) a CR is kept.
        if (this.partial.endsWith("\r"))
            this.partial = this.partial.slice(0, -1);
        this.cutPieces(0);
        const line = this.partial;
        this.partial = "";
        // A line whose last piece ended it (a long secret at its end) has no empty piece after.
        if (line.length > 0 || this.cut === undefined)
            this.onLine(line);
        this.endCut(line);
    }
    /** Hands out pieces of the line so far while more than `lookahead` characters follow the first cut. */
    cutPieces(lookahead) {
        while (this.partial.length > this.maxLineChars + lookahead) {
            const at = pieceEnd(this.partial, this.maxLineChars, this.redactor);
            const piece = this.partial.slice(0, at);
            this.cut ??= { bytes: 0, result: piece.includes("FLOW_RESULT ") };
            this.cut.bytes += Buffer.byteLength(piece);
            this.onLine(piece);
            this.partial = this.partial.slice(at);
        }
    }
    /** After the last piece of a cut line: say how large a FLOW_RESULT line was. */
    endCut(lastPiece) {
        const cut = this.cut;
        if (cut === undefined)
            return;
        this.cut = undefined;
        if (!cut.result)
            return;
        const bytes = cut.bytes + Buffer.byteLength(lastPiece);
        this.onLine(`${OVERSIZED_RESULT_NOTICE} (${bytes} bytes, limit 4 MiB)`);
    }
}
/**
 * How far each side of a cut the redaction is compared (patterns: URL credentials, token shapes),
 * and at how many places a piece's end is tried before it is left where it is.
 */
const SECRET_WINDOW_CHARS = 4096;
/**
 * Where to end a piece of a long line: at `at`, or before it when a registered secret, URL
 * credential or token crosses `at`. Each piece is redacted on its own (log lines, the output
 * tail), and no redaction matches the two halves of a split secret.
 *
 * Registered secrets are found where they are, whatever their length, and a cut never falls
 * inside one; a secret that starts the text and is longer than a piece is handed out whole, as
 * one longer piece. For patterns, a match crosses the cut exactly when redacting both sides
 * together differs from redacting each side (SECRET_WINDOW_CHARS of each).
 */
function pieceEnd(text, at, redactor) {
    const secrets = new SecretSpans(text, at, redactor);
    const crossing = secrets.around(at);
    if (crossing !== undefined && crossing[0] === 0)
        return wholeSpanEnd(text, crossing[1], redactor);
    // Not between the two halves of a surrogate pair (an emoji): each piece is written as UTF-8.
    // A secret starts and ends on whole characters; only a piece of one character takes both.
    const first = crossing?.[0] ?? (splitsPair(text, at) ? (at > 1 ? at - 1 : at + 1) : at);
    let cut = first;
    for (let tries = 0; tries < SECRET_WINDOW_CHARS && cut > 0; tries++) {
        if (!splitsPair(text, cut) && redactsAlike(text, cut, redactor))
            return cut;
        cut = secrets.around(cut - 1)?.[0] ?? cut - 1;
    }
    return first;
}
/**
 * The end of the secrets' span that starts the text and reaches `end`. Overlapping secrets make
 * one span (Redactor.secretSpans), which can be longer than the longest secret: a secret that
 * overlaps `end` lies within the longest secret's length of it, so the span is looked at again up
 * to there until its end stays put (a bounded number of times; a longer chain is cut there).
 */
function wholeSpanEnd(text, end, redactor) {
    for (let tries = 0; tries < MAX_SPAN_EXTENSIONS; tries++) {
        const [first] = redactor.secretSpans(text.slice(0, end + redactor.longest), 1);
        if (first === undefined || first[1] <= end)
            return end;
        end = first[1];
    }
    return end;
}
const MAX_SPAN_EXTENSIONS = 64;
/** Whether `cut` falls between a high and a low surrogate. */
function splitsPair(text, cut) {
    const high = text.charCodeAt(cut - 1);
    const low = text.charCodeAt(cut);
    return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
/** Whether redacting the text on both sides of `cut` together equals redacting each side. */
function redactsAlike(text, cut, redactor) {
    const before = text.slice(Math.max(0, cut - SECRET_WINDOW_CHARS), cut);
    const after = text.slice(cut, cut + SECRET_WINDOW_CHARS);
    return redactor.redact(before + after) === redactor.redact(before) + redactor.redact(after);
}
/**
 * The registered secrets that start before a cut, for a walk back from it. Each try of pieceEnd
 * passes at most one, so only the last SECRET_WINDOW_CHARS + 1 are kept: a line of nothing but
 * secrets holds no more memory than that.
 */
class SecretSpans {
    spans = [];
    nearest;
    constructor(text, at, redactor) {
        const keep = SECRET_WINDOW_CHARS + 1;
        for (const span of redactor.secretSpans(text.slice(0, at + redactor.longest), at)) {
            this.spans.push(span);
            if (this.spans.length >= 2 * keep)
                this.spans.splice(0, this.spans.length - keep);
        }
        this.nearest = this.spans.length - 1;
    }
    /** The secret that `cut` falls strictly inside, if any; each call's cut is below the last one's. */
    around(cut) {
        while (this.nearest >= 0 && this.spans[this.nearest][0] >= cut)
            this.nearest -= 1;
        const span = this.spans[this.nearest];
        return span !== undefined && span[1] > cut ? span : undefined;
    }
}
/**
 * The last `maxBytes` of a sequence of lines. Old lines are dropped whole; the text reports how
 * many bytes were cut so a reader knows the record is a tail.
 */
class OutputTail {
    maxBytes;
    lines = [];
    first = 0;
    keptBytes = 0;
    cutBytes = 0;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
    }
    push(line) {
        const size = Buffer.byteLength(line) + 1;
        if (size > this.maxBytes) {
            // One line larger than the whole tail: keep its end only, redacted while the line is whole
            // (a cut through a secret leaves its end, which no later redaction matches).
            const kept = lastBytes(redact/* redactor */.$p.redact(line), this.maxBytes - 1);
            const keptSize = Buffer.byteLength(kept) + 1;
            this.cutBytes += this.keptBytes + Math.max(0, size - keptSize);
            this.lines = [kept];
            this.first = 0;
            this.keptBytes = keptSize;
            return;
        }
        this.lines.push(line);
        this.keptBytes += size;
        while (this.keptBytes > this.maxBytes && this.first < this.lines.length) {
            const dropped = this.lines[this.first];
            const droppedSize = Buffer.byteLength(dropped) + 1;
            this.first += 1;
            this.keptBytes -= droppedSize;
            this.cutBytes += droppedSize;
        }
        if (this.first > 1024 && this.first * 2 > this.lines.length) {
            this.lines = this.lines.slice(this.first);
            this.first = 0;
        }
    }
    /** Kept lines, oldest first. */
    kept() {
        return this.lines.slice(this.first);
    }
    get bytesCut() {
        return this.cutBytes;
    }
    /** The tail as text, with a `… N bytes cut …` marker on top when output was dropped. */
    text() {
        const body = this.kept().join("\n");
        return this.cutBytes > 0 ? `… ${this.cutBytes} bytes cut …\n${body}` : body;
    }
}
function lastBytes(text, maxBytes) {
    const bytes = Buffer.from(text);
    if (bytes.length <= maxBytes)
        return text;
    // Decoding from a cut point may start inside a character; drop the replacement char it makes.
    return bytes
        .subarray(bytes.length - maxBytes)
        .toString("utf8")
        .replace(/^\uFFFD+/, "");
}

// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __nccwpck_require__(20624);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __nccwpck_require__(40801);
;// CONCATENATED MODULE: ./.build/generated/validators/flow-result.js

const validateFlowResult = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } };
const schema12 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
const schema14 = { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } };
const schema15 = { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.status === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.status !== undefined) {
            let data0 = data.status;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (!((((((data0 === "skipped") || (data0 === "completed")) || (data0 === "changed")) || (data0 === "needs_intervention")) || (data0 === "blocked")) || (data0 === "failed"))) {
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.message !== undefined) {
            if (typeof data.message !== "string") {
                const err3 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.artifacts !== undefined) {
            let data2 = data.artifacts;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                const err4 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.next !== undefined) {
            let data3 = data.next;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.id === undefined) {
                            const err5 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        if (data4.type === undefined) {
                            const err6 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                        if (data4.id !== undefined) {
                            if (typeof data4.id !== "string") {
                                const err7 = { instancePath: instancePath + "/next/" + i0 + "/id", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data4.type !== undefined) {
                            if (typeof data4.type !== "string") {
                                const err8 = { instancePath: instancePath + "/next/" + i0 + "/type", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data4.source !== undefined) {
                            if (typeof data4.source !== "string") {
                                const err9 = { instancePath: instancePath + "/next/" + i0 + "/source", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data4.occurredAt !== undefined) {
                            if (typeof data4.occurredAt !== "string") {
                                const err10 = { instancePath: instancePath + "/next/" + i0 + "/occurredAt", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data4.receivedAt !== undefined) {
                            if (typeof data4.receivedAt !== "string") {
                                const err11 = { instancePath: instancePath + "/next/" + i0 + "/receivedAt", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/next", schemaPath: "#/properties/next/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.annotations !== undefined) {
            let data10 = data.annotations;
            if (Array.isArray(data10)) {
                const len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data11 = data10[i1];
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        if (data11.path === undefined) {
                            const err14 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        if (data11.message === undefined) {
                            const err15 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        for (const key0 in data11) {
                            if (!(((((((key0 === "path") || (key0 === "line")) || (key0 === "endLine")) || (key0 === "column")) || (key0 === "level")) || (key0 === "message")) || (key0 === "title"))) {
                                const err16 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        if (data11.path !== undefined) {
                            if (typeof data11.path !== "string") {
                                const err17 = { instancePath: instancePath + "/annotations/" + i1 + "/path", schemaPath: "#/definitions/FlowAnnotation/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data11.line !== undefined) {
                            let data13 = data11.line;
                            if (!((typeof data13 == "number") && (isFinite(data13)))) {
                                const err18 = { instancePath: instancePath + "/annotations/" + i1 + "/line", schemaPath: "#/definitions/FlowAnnotation/properties/line/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        if (data11.endLine !== undefined) {
                            let data14 = data11.endLine;
                            if (!((typeof data14 == "number") && (isFinite(data14)))) {
                                const err19 = { instancePath: instancePath + "/annotations/" + i1 + "/endLine", schemaPath: "#/definitions/FlowAnnotation/properties/endLine/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        if (data11.column !== undefined) {
                            let data15 = data11.column;
                            if (!((typeof data15 == "number") && (isFinite(data15)))) {
                                const err20 = { instancePath: instancePath + "/annotations/" + i1 + "/column", schemaPath: "#/definitions/FlowAnnotation/properties/column/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (data11.level !== undefined) {
                            let data16 = data11.level;
                            if (typeof data16 !== "string") {
                                const err21 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                            if (!(((data16 === "notice") || (data16 === "warning")) || (data16 === "failure"))) {
                                const err22 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/enum", keyword: "enum", params: { allowedValues: schema15.properties.level.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        if (data11.message !== undefined) {
                            if (typeof data11.message !== "string") {
                                const err23 = { instancePath: instancePath + "/annotations/" + i1 + "/message", schemaPath: "#/definitions/FlowAnnotation/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data11.title !== undefined) {
                            if (typeof data11.title !== "string") {
                                const err24 = { instancePath: instancePath + "/annotations/" + i1 + "/title", schemaPath: "#/definitions/FlowAnnotation/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err25 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err26 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    else {
        const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err27];
        }
        else {
            vErrors.push(err27);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __nccwpck_require__(75270);
;// CONCATENATED MODULE: ./.build/runners/result.js






const FLOW_RESULT_MARKER = "FLOW_RESULT ";
/** The largest FLOW_RESULT JSON read; the same as the longest line a step may print in one piece. */
const MAX_FLOW_RESULT_BYTES = 4 * 1024 * 1024;
const STATUS_LIST = contracts/* FLOW_RESULT_STATUSES */.WL.join(", ");
const QUOTED_LINE_CHARS = 200;
/**
 * Reads the FlowResult a step printed. Compatible rule: scan stdout lines from the last to the
 * first and take the first line containing `FLOW_RESULT `; the JSON after it must be a
 * FlowResult (schemas/flow-result.schema.json: an object with a valid `status`, and `next`,
 * `annotations` in their shapes when present). Accepts all stdout lines, all of stdout as one string, or just the
 * last FLOW_RESULT line.
 */
function parseFlowResult(stdout) {
    const lines = typeof stdout === "string" ? stdout.split("\n") : (stdout ?? []);
    for (let index = lines.length - 1; index >= 0; index -= 1) {
        const line = lines[index];
        if (line.includes(FLOW_RESULT_MARKER))
            return flowResultFromLine(line);
    }
    return {
        error: 'no FLOW_RESULT line on stdout; the step must print one line like FLOW_RESULT {"status":"completed"} ' +
            "(or default-export a function that returns a FlowResult)",
    };
}
function flowResultFromLine(line) {
    if (line.startsWith(OVERSIZED_RESULT_NOTICE)) {
        return { error: `${line.slice("[flows-action] ".length)}; print a smaller result and write large data to a file instead` };
    }
    const json = line.slice(line.indexOf(FLOW_RESULT_MARKER) + FLOW_RESULT_MARKER.length).trim();
    const bytes = Buffer.byteLength(json);
    if (bytes > MAX_FLOW_RESULT_BYTES) {
        return { error: `FLOW_RESULT too large (${bytes} bytes, limit 4 MiB); print a smaller result and write large data to a file instead` };
    }
    const quoted = quote(line.trim());
    let value;
    try {
        value = JSON.parse(json);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { error: `FLOW_RESULT line is not valid JSON: ${reason} (line: ${quoted})` };
    }
    const depth = depthProblem(value);
    if (depth !== undefined)
        return { error: `${depth} (line: ${quoted})` };
    const problem = flowResultProblem(value);
    return problem === undefined
        ? { result: value }
        : { error: `${problem} (line: ${quoted})` };
}
/**
 * Why a value is not a FlowResult (schemas/flow-result.schema.json), or undefined when it is
 * one. Keys the contract does not name are kept.
 */
function flowResultProblem(value) {
    if (validateFlowResult(value))
        return undefined;
    if (!isRecord(value))
        return `FLOW_RESULT must be a JSON object with a "status", got ${describeJson(value)}`;
    const { field, reason } = (0,contract_errors/* firstViolation */.sB)(validateFlowResult.errors, value);
    if (field === "status") {
        return "status" in value
            ? `FLOW_RESULT status ${JSON.stringify(value.status)} is not one of ${STATUS_LIST}`
            : `FLOW_RESULT has no "status"; use one of ${STATUS_LIST}`;
    }
    const list = /^(next|annotations)(?:\[(\d+)\](?:\.(\w+))?)?/.exec(field);
    if (!list)
        return `FLOW_RESULT ${reason}`;
    const [, key = "", index, itemKey] = list;
    const [what, first, second] = key === "next" ? ["events", "id", "type"] : ["objects", "path", "message"];
    const item = index === undefined ? undefined : value[key][Number(index)];
    let detail;
    if (index === undefined)
        detail = `got ${describeJson(value[key])}`;
    else if (!isRecord(item))
        detail = `item ${index} is ${describeJson(item)}`;
    else if (itemKey === first || itemKey === second)
        detail = `item ${index} has no string "${itemKey}"`;
    else
        return `FLOW_RESULT ${reason}`;
    return `FLOW_RESULT "${key}" must be an array of ${what} with string "${first}" and "${second}"; ${detail}`;
}
/** A result nested deeper than events may be would overflow the walks that store and report it. */
function depthProblem(value) {
    if (!(0,budget/* exceedsDepth */.Rv)(value, budget/* MAX_PAYLOAD_DEPTH */.GL))
        return undefined;
    return `FLOW_RESULT nests objects and arrays more than ${budget/* MAX_PAYLOAD_DEPTH */.GL} levels deep; flatten it`;
}
function isRecord(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function describeJson(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
function quote(line) {
    const { kept, cut } = (0,text_cut/* cutCodePoints */.Dp)(line, QUOTED_LINE_CHARS);
    return cut === 0 ? line : `${kept}…`;
}

;// CONCATENATED MODULE: ./.build/runners/process-io.js
// What both supervisors share (process.ts with node:child_process, process-bun.ts with
// Bun.spawn): defaults, stopping a process group, and stdin cut into bounded slices.
const DEFAULT_KILL_GRACE_MS = 2000;
const DEFAULT_DRAIN_MS = 1000;
/** setTimeout fires at once for delays above 2^31-1 ms; treat longer timeouts as this long. */
const MAX_TIMER_MS = 2_147_483_647;
/** Characters (or bytes) per write: a text part is copied into a buffer only this much at a time. */
const STDIN_SLICE = 64 * 1024;
/** A step timeout as a setTimeout delay. */
function timerDelay(timeoutMs) {
    return Number.isFinite(timeoutMs) ? Math.min(Math.max(timeoutMs, 0), MAX_TIMER_MS) : MAX_TIMER_MS;
}
/** Signals the process group led by `pid`; when that fails for another reason than a gone group, the leader. */
function process_io_killGroup(pid, signal, killLeader) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, signal);
    }
    catch {
        // ESRCH: the group is already gone. Fall back to the leader for any other failure.
        try {
            killLeader(signal);
        }
        catch {
            // Nothing left to stop.
        }
    }
}
function notStarted(error) {
    return {
        spawnError: error instanceof Error ? error : new Error(String(error)),
        exitCode: null,
        signal: null,
        timedOut: false,
        canceled: false,
        stragglersStopped: false,
    };
}
/**
 * The parts as slices of at most 64 KiB: text never split inside a surrogate pair (half of one
 * would be written as U+FFFD), bytes as views on the caller's buffer (no copy), file ranges read
 * slice by slice into buffers that are reused once released. Throws when a file ends early.
 */
async function* stdinSlices(parts) {
    for (const part of parts) {
        if (typeof part === "string" || part instanceof Uint8Array) {
            for (let at = 0; at < part.length;) {
                let end = Math.min(at + STDIN_SLICE, part.length);
                if (typeof part === "string" && end < part.length && isHighSurrogate(part.charCodeAt(end - 1)))
                    end -= 1;
                yield { chunk: typeof part === "string" ? part.slice(at, end) : part.subarray(at, end) };
                at = end;
            }
            continue;
        }
        // Only a big event kept on disk has file parts: the module loads then (fs-async.ts says why).
        const { open } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 51455, 19));
        const file = await open(part.path, "r");
        try {
            // Reused buffers: writing 8 steps × 50 MB through fresh ones left tens of MiB of them
            // waiting for the collector.
            const size = Math.min(STDIN_SLICE, part.end - part.start);
            const free = [];
            for (let at = part.start; at < part.end;) {
                const slice = free.pop() ?? Buffer.allocUnsafe(size);
                const { bytesRead } = await file.read(slice, 0, Math.min(size, part.end - at), at);
                if (bytesRead === 0)
                    throw new Error(`${part.path} ended at byte ${at}, before ${part.end}`);
                at += bytesRead;
                yield { chunk: slice.subarray(0, bytesRead), release: () => free.push(slice) };
            }
        }
        finally {
            await file.close();
        }
    }
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./.build/runners/process-bun.js


/** Bun.spawn when running on Bun: no node:child_process to load, and each spawn costs less. */
function bunSpawn() {
    const bun = globalThis.Bun;
    return typeof bun?.spawn === "function" ? bun.spawn.bind(bun) : undefined;
}
/** superviseProcess on Bun: the same contract (process group, timeouts, drain, stragglers) with Bun.spawn. */
async function superviseWithBun(spawn, options) {
    let child;
    try {
        child = spawn({
            cmd: [options.command, ...options.args],
            cwd: options.cwd,
            env: options.env,
            stdin: "pipe",
            stdout: "pipe",
            stderr: "pipe",
            // Own process group (setsid), so a timeout can stop grandchildren too.
            detached: true,
        });
    }
    catch (error) {
        return notStarted(error);
    }
    const timers = [];
    const readers = [];
    const state = { timedOut: false, canceled: false, stopping: false, exited: false };
    const killGroup = (signal) => process_io_killGroup(child.pid, signal, (leader) => child.kill(leader));
    const stop = (reason) => {
        if (state.stopping || state.exited)
            return;
        state.stopping = true;
        if (reason === "timeout")
            state.timedOut = true;
        else
            state.canceled = true;
        killGroup("SIGTERM");
        timers.push(setTimeout(() => killGroup("SIGKILL"), options.killGraceMs ?? DEFAULT_KILL_GRACE_MS));
    };
    const onAbort = () => stop("cancel");
    const streamsDone = Promise.all([
        readLines(child.stdout, "stdout", options, readers),
        readLines(child.stderr, "stderr", options, readers),
    ]);
    void writeParts(child.stdin, typeof options.stdin === "string" ? [options.stdin] : options.stdin);
    timers.push(setTimeout(() => stop("timeout"), timerDelay(options.timeoutMs)));
    if (options.signal?.aborted)
        stop("cancel");
    else
        options.signal?.addEventListener("abort", onAbort, { once: true });
    try {
        await child.exited;
        state.exited = true;
        // The leader is gone; when we were stopping the run, nothing of it may stay behind.
        if (state.stopping)
            killGroup("SIGKILL");
        let stragglersStopped = false;
        const drained = await Promise.race([
            streamsDone.then(() => true),
            new Promise((resolve) => timers.push(setTimeout(() => resolve(false), options.drainMs ?? DEFAULT_DRAIN_MS))),
        ]);
        if (!drained) {
            stragglersStopped = true;
            killGroup("SIGKILL");
            for (const reader of readers)
                reader.cancel().catch(() => undefined);
        }
        const signal = child.signalCode ?? null;
        return { exitCode: signal === null ? child.exitCode : null, signal, timedOut: state.timedOut, canceled: state.canceled, stragglersStopped };
    }
    finally {
        for (const timer of timers)
            clearTimeout(timer);
        options.signal?.removeEventListener("abort", onAbort);
    }
}
async function readLines(stream, name, options, readers) {
    const splitter = new LineSplitter((line) => options.onLine(name, line));
    const reader = stream.getReader();
    readers.push(reader);
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            splitter.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
        }
    }
    catch {
        // Canceled (a straggler held the pipe) or broken: keep what arrived.
    }
    finally {
        splitter.end();
    }
}
/** Writes the parts in slices, waiting for each to reach the pipe, then closes stdin. */
async function writeParts(sink, parts) {
    try {
        for await (const { chunk, release } of stdinSlices(parts)) {
            // Bun's write returns a count, or a promise when the pipe is full; a step that exits
            // without reading rejects that promise with EPIPE, which must be caught here, not left
            // unhandled (under load it failed the whole command).
            await sink.write(chunk);
            await sink.flush();
            release?.();
        }
    }
    catch {
        // The step exited without reading (EPIPE), or a scratch file went: its stdin is cut short.
    }
    finally {
        try {
            // end() flushes what is still buffered: a step gone meanwhile rejects it with EPIPE, which
            // must not surface as an unhandled rejection (it would fail the whole command).
            Promise.resolve(sink.end()).catch(() => undefined);
        }
        catch {
            // Already closed.
        }
    }
}

;// CONCATENATED MODULE: ./.build/runners/process.js



/**
 * Runs one process in its own process group, streams its output line by line, and stops the
 * whole group (not just the direct child) on timeout or abort. Resolves once the process has
 * exited and its output is drained; never waits forever on a grandchild holding the pipes.
 */
async function superviseProcess(options) {
    // On Bun (the `flows` command), Bun.spawn: node:child_process costs ~7 ms to load and set up there.
    const onBun = bunSpawn();
    if (onBun !== undefined)
        return superviseWithBun(onBun, options);
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 31421, 19));
    return new Promise((resolve) => {
        let child;
        try {
            child = spawn(options.command, options.args, {
                cwd: options.cwd,
                env: options.env,
                // Own process group, so a timeout can stop grandchildren too.
                detached: true,
                stdio: ["pipe", "pipe", "pipe"],
            });
        }
        catch (error) {
            resolve(notStarted(error));
            return;
        }
        new Supervision(child, options, resolve).start();
    });
}
class Supervision {
    child;
    options;
    resolve;
    timedOut = false;
    canceled = false;
    stopping = false;
    exited = false;
    stragglersStopped = false;
    finished = false;
    timers = [];
    onAbort = () => this.stop("cancel");
    constructor(child, options, resolve) {
        this.child = child;
        this.options = options;
        this.resolve = resolve;
    }
    start() {
        const { child, options } = this;
        const streamsDone = Promise.all([
            this.pipeLines(child.stdout, "stdout"),
            this.pipeLines(child.stderr, "stderr"),
        ]);
        child.once("error", (error) => {
            // Only a failure to start matters here; kill errors are handled where we kill.
            if (child.pid === undefined)
                this.finish(notStarted(error));
        });
        child.once("exit", (code, signal) => {
            this.exited = true;
            void this.afterExit(code, signal, streamsDone);
        });
        child.stdin?.on("error", () => {
            // The step may exit without reading stdin (EPIPE); that is its choice.
        });
        if (child.stdin)
            void process_writeParts(child.stdin, typeof options.stdin === "string" ? [options.stdin] : options.stdin);
        this.timers.push(setTimeout(() => this.stop("timeout"), timerDelay(options.timeoutMs)));
        if (options.signal?.aborted)
            this.stop("cancel");
        else
            options.signal?.addEventListener("abort", this.onAbort, { once: true });
    }
    async afterExit(code, signal, streamsDone) {
        // The leader is gone; when we were stopping the run, nothing of it may stay behind.
        if (this.stopping)
            this.killGroup("SIGKILL");
        const drained = await Promise.race([
            streamsDone.then(() => true),
            delay(this.options.drainMs ?? DEFAULT_DRAIN_MS, this.timers).then(() => false),
        ]);
        if (!drained) {
            this.stragglersStopped = true;
            this.killGroup("SIGKILL");
            this.child.stdout?.destroy();
            this.child.stderr?.destroy();
        }
        this.finish({
            exitCode: code,
            signal,
            timedOut: this.timedOut,
            canceled: this.canceled,
            stragglersStopped: this.stragglersStopped,
        });
    }
    stop(reason) {
        if (this.stopping || this.exited || this.finished)
            return;
        this.stopping = true;
        if (reason === "timeout")
            this.timedOut = true;
        else
            this.canceled = true;
        this.killGroup("SIGTERM");
        const grace = this.options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
        this.timers.push(setTimeout(() => this.killGroup("SIGKILL"), grace));
    }
    killGroup(signal) {
        process_io_killGroup(this.child.pid, signal, (leader) => this.child.kill(leader));
    }
    pipeLines(stream, name) {
        if (stream === null)
            return Promise.resolve();
        const splitter = new LineSplitter((line) => this.options.onLine(name, line));
        stream.on("data", (chunk) => splitter.push(chunk));
        return new Promise((done) => {
            let ended = false;
            const end = () => {
                if (ended)
                    return;
                ended = true;
                splitter.end();
                done();
            };
            stream.once("end", end);
            stream.once("close", end);
            stream.once("error", end);
        });
    }
    finish(result) {
        if (this.finished)
            return;
        this.finished = true;
        for (const timer of this.timers)
            clearTimeout(timer);
        this.options.signal?.removeEventListener("abort", this.onAbort);
        this.resolve(result);
    }
}
/** Writes the parts in slices, honouring backpressure, then ends the stream; stops if it breaks. */
async function process_writeParts(stream, parts) {
    const broken = () => stream.destroyed || stream.writableEnded || stream.errored !== null;
    try {
        for await (const { chunk, release } of stdinSlices(parts)) {
            if (broken())
                return;
            if (!stream.write(chunk, release) && !(await drained(stream)))
                return;
        }
    }
    catch (error) {
        // A scratch file gone mid-job: the step sees its stdin cut short rather than the action crash.
        stream.destroy(error);
        return;
    }
    if (!broken())
        stream.end();
}
/** Resolves true once the stream drains, false when it closes or fails first. */
function drained(stream) {
    return new Promise((resolve) => {
        const done = (ok) => () => {
            stream.off("drain", onDrain);
            stream.off("close", onClose);
            stream.off("error", onClose);
            resolve(ok);
        };
        const onDrain = done(true);
        const onClose = done(false);
        stream.once("drain", onDrain);
        stream.once("close", onClose);
        stream.once("error", onClose);
    });
}
function delay(ms, timers) {
    return new Promise((resolve) => {
        timers.push(setTimeout(resolve, ms));
    });
}

;// CONCATENATED MODULE: ./.build/runners/bun.js








const DEFAULT_TAIL_BYTES = 64 * 1024;
const REASON_TAIL_BYTES = 4 * 1024;
const REASON_TAIL_LINES = 20;
/** What a run printed, kept within bounds: the record's tail, short tails for reasons, and the last result line. */
class StepOutput {
    onLine;
    combined;
    stdout = new OutputTail(REASON_TAIL_BYTES);
    stderr = new OutputTail(REASON_TAIL_BYTES);
    /** Tracked as lines stream, because the combined tail may have dropped it. */
    lastResultLine;
    constructor(tailBytes, onLine) {
        this.onLine = onLine;
        this.combined = new OutputTail(tailBytes);
    }
    line = (stream, line) => {
        this.combined.push(line);
        if (stream === "stdout") {
            this.stdout.push(line);
            if (line.includes(FLOW_RESULT_MARKER))
                this.lastResultLine = line;
        }
        else {
            this.stderr.push(line);
        }
        try {
            this.onLine?.(stream, line);
        }
        catch {
            // A failing listener must not break the run it listens to.
        }
    };
    /** Last lines of stderr (or stdout when stderr is empty), to append to a reason. */
    reasonTail() {
        const [name, tail] = this.stderr.kept().length > 0 ? ["stderr", this.stderr] : ["stdout", this.stdout];
        const lines = tail.kept().slice(-REASON_TAIL_LINES);
        return lines.length === 0 ? "" : `\nLast lines of ${name}:\n${lines.join("\n")}`;
    }
}
/** Runs a `runner = "bun"` step: raw scripts directly, module-style scripts through the wrapper. */
async function runBunStep(options) {
    let clock = new StepClock();
    const output = new StepOutput(options.tailBytes ?? DEFAULT_TAIL_BYTES, options.onLine);
    const finish = (fields) => clock.outcome({ output: output.combined.text(), ...fields });
    const { step } = options;
    if (options.signal?.aborted) {
        return finish({ processStatus: "canceled", error: "canceled before the step started" });
    }
    // Made ready while the caller still saves the run's start (`startAfter`), not after it.
    const prepared = prepareBunStep(step);
    let wrapper;
    try {
        if (options.startAfter !== undefined) {
            const go = await options.startAfter.then(() => true, () => false);
            if (!go)
                return finish({ processStatus: "canceled", error: "not started: its start could not be recorded" });
            clock = new StepClock();
        }
        const ready = await prepared;
        if ("problem" in ready)
            return finish({ processStatus: "failed", error: ready.problem });
        wrapper = ready.wrapper;
        const bunPath = options.bunPath ?? "bun";
        const run = await superviseProcess({
            command: bunPath,
            args: [...(ready.watchdog === undefined ? [] : ["--preload", ready.watchdog]), ...(wrapper?.args ?? [step.scriptPath])],
            cwd: step.cwdPath,
            env: runEnvironment(options),
            stdin: stepContextParts(options),
            timeoutMs: step.timeoutMs,
            signal: options.signal,
            onLine: output.line,
        });
        if (run.stragglersStopped) {
            output.combined.push("[flows-action] stopped leftover processes that kept the step's output open after it exited");
        }
        const wrapperJson = wrapper === undefined ? undefined : await readWrapperResult(wrapper.resultPath);
        return finish(interpret({ run, output, bunPath, timeoutMs: step.timeoutMs, wrapperJson }));
    }
    finally {
        // Not waited for: the result is read, and removing its file is no step's business.
        (wrapper ? Promise.resolve(wrapper) : prepared.then((ready) => ("wrapper" in ready ? ready.wrapper : undefined)))
            .then((made) => made?.dispose())
            .catch(() => undefined);
    }
}
/** Checks the working folder and reads the script (at once), and readies the wrapper for a module. */
async function prepareBunStep(step) {
    warmModuleWrapper();
    const [problem, source] = await Promise.all([
        cwdProblem(step.cwdPath, step.name),
        (0,fs_async/* readTextFile */.Gu)(step.scriptPath).catch((error) => new ScriptUnreadable(messageOf(error))),
    ]);
    if (problem !== undefined)
        return { problem };
    if (source instanceof ScriptUnreadable) {
        return { problem: `cannot read the script of step "${step.name}" (${step.script} → ${step.scriptPath}): ${source.reason}` };
    }
    const wrapper = isModuleStyleSource(source) ? await prepareModuleWrapper({ scriptPath: step.scriptPath, scriptLabel: step.script }) : undefined;
    // A raw step still runs where no temp folder can be written, only without its watchdog.
    const watchdog = await (wrapper === undefined ? stepWatchdogPath().catch(() => undefined) : stepWatchdogPath());
    return { wrapper, watchdog };
}
class ScriptUnreadable {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
function interpret(options) {
    const { run, output, bunPath, timeoutMs } = options;
    const exit = { exitCode: run.exitCode, signal: run.signal };
    if (run.spawnError !== undefined) {
        return { processStatus: "failed", error: spawnFailure(bunPath, run.spawnError) };
    }
    if (run.canceled) {
        return {
            ...exit,
            processStatus: "canceled",
            error: "canceled: the run was aborted; the step and its child processes were stopped",
        };
    }
    if (run.timedOut) {
        return {
            ...exit,
            processStatus: "failed",
            timedOut: true,
            error: `timed out after ${timeoutMs} ms (timeout_ms = ${timeoutMs}); the step and its child processes were stopped` +
                output.reasonTail(),
        };
    }
    if (run.signal !== null) {
        return { ...exit, processStatus: "failed", error: `bun was killed by signal ${run.signal}${output.reasonTail()}` };
    }
    if (run.exitCode !== 0) {
        return { ...exit, processStatus: "failed", error: `bun exited with code ${run.exitCode}${output.reasonTail()}` };
    }
    const parsed = options.wrapperJson !== undefined
        ? parseFlowResult([FLOW_RESULT_MARKER + options.wrapperJson])
        : parseFlowResult(output.lastResultLine === undefined ? [] : [output.lastResultLine]);
    if ("error" in parsed) {
        return { ...exit, processStatus: "failed", error: parsed.error + output.reasonTail() };
    }
    return { ...exit, processStatus: "completed", result: parsed.result };
}
async function cwdProblem(cwdPath, stepName) {
    try {
        const info = await (0,fs_async/* statPath */.qW)(cwdPath);
        return info.isDirectory() ? undefined : `the working directory of step "${stepName}" is not a folder: ${cwdPath}`;
    }
    catch (error) {
        return `the working directory of step "${stepName}" cannot be used (${cwdPath}): ${messageOf(error)}; check its cwd in flow.toml`;
    }
}
function spawnFailure(bunPath, error) {
    const code = error.code;
    const fix = "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.";
    if (code === "ENOENT")
        return `bun executable not found: ${bunPath}. ${fix}`;
    if (code === "EACCES")
        return `bun executable is not executable: ${bunPath}. ${fix}`;
    return `could not start bun (${bunPath}): ${error.message}. ${fix}`;
}
function messageOf(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./.build/runners/run-step.js



/**
 * Runs one step of one flow for one event. Never throws: anything that goes wrong (a missing
 * bun, a spawn error, an unknown runner) comes back as a failed outcome with a reason.
 */
async function runFlowStep(options) {
    let clock = new StepClock();
    try {
        const runner = options.step.runner;
        if (runner === "bun")
            return await runBunStep(options);
        if (options.startAfter !== undefined) {
            if (!(await options.startAfter.then(() => true, () => false))) {
                return clock.outcome({ processStatus: "canceled", error: "not started: its start could not be recorded" });
            }
            clock = new StepClock();
        }
        switch (runner) {
            case "code-mode":
                return codeModeOutcome(options.env);
            default:
                return clock.outcome({
                    processStatus: "failed",
                    error: `step "${options.step.name}" has unknown runner "${runner}"; use "bun" or "code-mode"`,
                });
        }
    }
    catch (error) {
        const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
        return clock.outcome({
            processStatus: "failed",
            error: `flows-action could not run step "${options.step?.name}": ${reason}`,
        });
    }
}

;// CONCATENATED MODULE: ./.build/runners/index.js








/***/ }),

/***/ 24848:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ makeScratchDir)
/* harmony export */ });
/* unused harmony export removeScratchDirs */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);



// Scratch folders for big texts kept on disk instead of in the heap: a large event's arrays
// (events/event-file.ts) and its text inside a stored record (state/event-text.ts). Each is
// removed when the process exits.
const scratchDirs = new Set();
let removalRegistered = false;
/** A new private folder under `parent` (the system's temporary folder by default), removed at exit. */
function makeScratchDir(prefix, parent = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)()) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(parent, prefix));
    if (!removalRegistered) {
        removalRegistered = true;
        process.on("exit", removeScratchDirs);
    }
    scratchDirs.add(dir);
    return dir;
}
/**
 * Removes every scratch folder made so far in this process: the lazy arrays and stored event
 * texts in them can no longer be read. Called at exit; a host that reads many events in one
 * long-lived process (a test worker, which may be stopped without exit handlers) calls it once
 * it is done with them.
 */
function removeScratchDirs() {
    for (const each of scratchDirs)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(each, { recursive: true, force: true });
    scratchDirs.clear();
}


/***/ }),

/***/ 93742:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sp: () => (/* binding */ ArtifactStateError),
/* harmony export */   gj: () => (/* binding */ readFailed),
/* harmony export */   vD: () => (/* binding */ uploadFailed)
/* harmony export */ });
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99416);

/** Why the artifact store cannot read or write, in a sentence that says what to change. */
class ArtifactStateError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    kind;
    status;
    constructor(kind, message, status) {
        super(message);
        this.name = "ArtifactStateError";
        this.kind = kind;
        this.status = status;
    }
}
/**
 * A failed REST call while reading state (listing or downloading artifacts).
 * https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository
 */
function readFailed(what, repository, error) {
    const failure = (typeof error === "object" && error !== null ? error : {});
    const status = typeof failure.status === "number" ? failure.status : undefined;
    const detail = error instanceof Error ? error.message : String(error);
    const prefix = `cannot ${what} of ${repository} (${status ? `HTTP ${status}: ` : ""}${detail})`;
    const remaining = failure.response?.headers?.["x-ratelimit-remaining"];
    if ((status === 403 || status === 429) && (String(remaining) === "0" || /rate limit/i.test(detail))) {
        return new ArtifactStateError("rate-limit", `${prefix}: the GitHub API rate limit is used up; run again later.`, status);
    }
    if (status === 403) {
        return new ArtifactStateError("permission", `${prefix}: the artifact state store reads earlier runs' state through the Actions artifacts API, ` +
            "which needs the `actions: read` permission. Add `permissions: { actions: read }` to the job " +
            "(or workflow) that runs flows-action, or pass a token that has it.", status);
    }
    if (status === 401) {
        return new ArtifactStateError("credentials", `${prefix}: the token was refused; pass the job's GITHUB_TOKEN (or a token with \`actions: read\`).`, status);
    }
    if (status === 404) {
        return new ArtifactStateError("not-found", `${prefix}: the repository does not exist or the token cannot see it; check \`repository\` and the token.`, status);
    }
    return new ArtifactStateError("http", `${prefix}. Nothing was changed; run again.`, status);
}
function uploadFailed(name, error) {
    const detail = error instanceof Error ? error.message : String(error);
    return new ArtifactStateError("upload", `cannot upload the state artifact ${name} (${detail}). Uploads use the job's ACTIONS_RUNTIME_TOKEN and ` +
        "ACTIONS_RESULTS_URL, which the runner gives to JavaScript actions only (not to `run:` steps); the " +
        "records of this run were not saved.");
}


/***/ }),

/***/ 46486:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ stateCommitMessage),
/* harmony export */   QG: () => (/* binding */ fastImportStream),
/* harmony export */   Tr: () => (/* binding */ STATE_README_PATH),
/* harmony export */   sI: () => (/* binding */ DEFAULT_STATE_AUTHOR),
/* harmony export */   ul: () => (/* binding */ batchFiles)
/* harmony export */ });
/* unused harmony export stateBranchReadme */
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(78404);
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(77795);


const DEFAULT_STATE_AUTHOR = {
    name: "flows-action[bot]",
    email: "flows-action[bot]@users.noreply.github.com",
};
const STATE_README_PATH = "README.md";
function stateBranchReadme(branch) {
    return `# ${branch}

This branch is written by flows-action (the GitHub Action and its \`flows\` CLI) and holds no
source code. It records which events flows-action has handled and how each run ended, so that a
redelivered event does not run its steps twice.

- \`events/<xx>/<sha256 of the event id>.json\`: one file per event (\`<xx>\` = the first two
  hex digits of the hash): the event, its runs with their attempts, and when it was dispatched.
- Every commit is made by flows-action; history is linear. Do not merge this branch into
  another. Deleting it makes flows-action forget what ran, so past events would run again.
`;
}
/**
 * A `git fast-import` stream that makes one commit: the parent's tree plus the given files.
 * One process writes all blobs, the tree and the commit, without an index or a work tree.
 * Format: https://git-scm.com/docs/git-fast-import
 */
function fastImportStream(commit) {
    const seconds = Math.floor(Date.now() / 1000);
    const who = `${oneLine(commit.author.name)} <${oneLine(commit.author.email)}> ${seconds} +0000`;
    const parts = [
        Buffer.from(`commit ${commit.ref}\nauthor ${who}\ncommitter ${who}\n`),
        data(commit.message),
    ];
    if (commit.parent)
        parts.push(Buffer.from(`from ${commit.parent}\n`));
    for (const file of commit.files) {
        if ("oid" in file)
            parts.push(Buffer.from(`M 100644 ${file.oid} ${file.path}\n`));
        else
            parts.push(Buffer.from(`M 100644 inline ${file.path}\n`), data(file.text));
    }
    parts.push(Buffer.from("\ndone\n"));
    return Buffer.concat(parts);
}
function data(text) {
    const bytes = Buffer.from(text, "utf8");
    return Buffer.concat([Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from("\n")]);
}
function oneLine(text) {
    return text.replace(/[<>\n\r]/g, "");
}
/** "Record 3 flow events" plus the event ids, one per line (at most 20). */
function stateCommitMessage(eventIds) {
    const shown = eventIds.slice(0, 20).map((id) => `- ${id.replace(/[\r\n]/g, " ")}`);
    if (eventIds.length > shown.length)
        shown.push(`- ... and ${eventIds.length - shown.length} more`);
    const noun = eventIds.length === 1 ? "event" : "events";
    return `Record ${eventIds.length} flow ${noun}\n\n${shown.join("\n")}\n`;
}
/**
 * The files a state commit writes for a batch of records: each record merged with the one
 * stored at the tip (`stored`, read by `parse`; undefined sets it aside, and its blob is kept,
 * by object id, as `<path>.corrupt-<time>`), only those whose text changes, and the branch's
 * README when the tip has none. Empty when nothing changes.
 */
function batchFiles(options) {
    const files = [];
    for (const { record, path } of options.batch) {
        const blob = options.stored(path);
        const stored = blob === undefined ? undefined : options.parse(blob, path);
        if (blob !== undefined && stored === undefined)
            files.push({ path: (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__.corruptRecordPath)(path), oid: blob.oid });
        const text = (0,_layout_js__WEBPACK_IMPORTED_MODULE_0__.serializeEventRecord)(stored ? (0,_record_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeEventRecords */ .Zo)(stored, record) : record);
        if (text !== blob?.text)
            files.push({ path, text });
    }
    if (files.length > 0 && options.stored(STATE_README_PATH) === undefined) {
        files.push({ path: STATE_README_PATH, text: stateBranchReadme(options.branch) });
    }
    return files;
}


/***/ }),

/***/ 75252:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ pushContended),
/* harmony export */   Bj: () => (/* binding */ classifyPush),
/* harmony export */   EX: () => (/* binding */ pushFailed),
/* harmony export */   H: () => (/* binding */ pushRefused),
/* harmony export */   a: () => (/* binding */ StateBranchError),
/* harmony export */   go: () => (/* binding */ pushDenied),
/* harmony export */   he: () => (/* binding */ pushProtected),
/* harmony export */   oQ: () => (/* binding */ fetchFailed)
/* harmony export */ });
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99416);

class StateBranchError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    kind;
    constructor(kind, message) {
        super(message);
        this.name = "StateBranchError";
        this.kind = kind;
    }
}
// GitHub answers a push with a read-only token with HTTP 403 and/or
// "Permission to owner/repo.git denied to github-actions[bot]."
const PERMISSION = /Permission to \S+ denied|returned error: 403|\b403 Forbidden|Write access to repository not granted|not allowed to push/i;
// GH006: branch protection; GH013: repository rules (rulesets).
const PROTECTED = /GH006|GH013|protected branch|Repository rule violations/i;
// Someone else moved the branch between our fetch and our push.
const MOVED = /\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref|incorrect old value|stale info|failed to lock/i;
// The remote looked at what we pushed and said no: a pre-receive hook (GitHub's GH001 refuses a
// file over 100 MB, https://docs.github.com/repositories/working-with-files/managing-large-files/about-large-files-on-github).
// Pushing the same commit again would be refused again.
const REFUSED = /\[remote rejected\]|hook declined|GH001/i;
const READ_DENIED = /Authentication failed|could not read Username|could not read Password|returned error: 40[13]|Repository not found|Permission to \S+ denied/i;
function classifyPush(output) {
    if (PERMISSION.test(output))
        return "permission";
    if (PROTECTED.test(output))
        return "protected";
    if (MOVED.test(output))
        return "retry";
    if (REFUSED.test(output))
        return "refused";
    return "other";
}
/** Last lines of git's output, for the end of a message. */
function gitSaid(output) {
    const lines = output
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean);
    return lines.length ? ` Git said: ${lines.slice(-4).join(" | ")}` : "";
}
function pushDenied(where, output) {
    return new StateBranchError("permission", `cannot push to the state branch "${where.branch}" of ${where.remote}: the state branch needs ` +
        '"contents: write": add permissions: contents: write to the job. If the job has it already: ' +
        "a pull_request run from a fork only gets a read-only token (use state: file or artifact " +
        "there), a token passed in must be allowed to push to the repository, and branch rules " +
        `must let it push to "${where.branch}".${gitSaid(output)}`);
}
function pushProtected(where, output) {
    return new StateBranchError("protected", `the state branch "${where.branch}" of ${where.remote} is protected (branch protection or a ` +
        "ruleset rejected the push): let the workflow's token push to it, or choose another " +
        `state branch.${gitSaid(output)}`);
}
function pushFailed(where, output) {
    return new StateBranchError("git", `git could not push to the state branch "${where.branch}" of ${where.remote}.${gitSaid(output)}`);
}
function pushRefused(where, output) {
    return new StateBranchError("refused", `the remote refused the push to the state branch "${where.branch}" of ${where.remote} (a ` +
        "pre-receive hook or a rule of the repository; GitHub refuses any file over 100 MB): see " +
        `what git said, and let the state branch take these records or choose another state store.${gitSaid(output)}`);
}
function pushContended(where, attempts, seconds, events) {
    return new StateBranchError("contention", `could not push ${events} event record(s) to the state branch "${where.branch}" of ` +
        `${where.remote} in ${attempts} attempts over ${seconds}s: other jobs kept updating it. If ` +
        "this keeps happening, limit parallel jobs with a workflow `concurrency:` group, or raise " +
        "FLOWS_STATE_PUSH_BUDGET_SECONDS.");
}
function fetchFailed(where, output) {
    if (READ_DENIED.test(output)) {
        return new StateBranchError("read", `cannot read ${where.remote} to load the state branch "${where.branch}": access was denied. ` +
            'Give the job "contents: read" (and "contents: write" to save), pass a token that can ' +
            `read the repository, or check the repository URL.${gitSaid(output)}`);
    }
    return new StateBranchError("git", `git could not fetch the state branch "${where.branch}" from ${where.remote}.${gitSaid(output)}`);
}


/***/ }),

/***/ 35031:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XR: () => (/* binding */ newAttemptKey),
/* harmony export */   YU: () => (/* binding */ markInterrupted),
/* harmony export */   jO: () => (/* binding */ isOwnerGone),
/* harmony export */   zq: () => (/* binding */ currentDispatcher)
/* harmony export */ });
/* unused harmony exports LEASE_GRACE_MS, isOrphaned */
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61557);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75244);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(48161);




/**
 * Who is running: recorded in every attempt (and every file lock) so that the next process can
 * tell a live owner from one that died (kill -9, a lost runner) instead of waiting on it.
 */
// From /proc when it exists, so that it compares exactly with another process's start read there.
const PROCESS_STARTED_AT_MS = processStartMs(process.pid) ?? Date.now() - process.uptime() * 1000;
/** After `until` an attempt cannot still be running: the dispatcher would have stopped it. */
const LEASE_GRACE_MS = 60_000;
function currentDispatcher(leaseMs) {
    const dispatcher = {
        host: (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)(),
        pid: process.pid,
        startedAt: new Date(PROCESS_STARTED_AT_MS).toISOString(),
    };
    if (leaseMs !== undefined)
        dispatcher.until = new Date(Date.now() + leaseMs + LEASE_GRACE_MS).toISOString();
    return dispatcher;
}
/** A fresh attempt key: two writers' attempts with the same number stay two attempts. */
function newAttemptKey() {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .randomHex */ .nw)(6);
}
/**
 * True when the process is certainly gone: same host and no such pid, or a pid reused by a
 * process that started later. On another host only the lease (`until`) can tell.
 */
function isOwnerGone(owner) {
    if (owner.host !== (0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)())
        return false;
    if (owner.pid === process.pid)
        return Date.parse(owner.startedAt) < PROCESS_STARTED_AT_MS - 2_000;
    if (!(0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_0__/* .isPidAlive */ .by)(owner.pid))
        return true;
    const started = processStartMs(owner.pid);
    const recorded = Date.parse(owner.startedAt);
    // Both read from /proc the same way, so a live owner matches to the tick; 1 s apart is another process.
    return started !== undefined && Number.isFinite(recorded) && Math.abs(started - recorded) > 1_000;
}
/** Linux: the process's start time from /proc (boot time + start ticks); undefined elsewhere. */
function processStartMs(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/stat`, "utf8");
        const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        const ticks = Number(fields[19]); // field 22 of the whole line: starttime
        const boot = /^btime (\d+)$/m.exec((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)("/proc/stat", "utf8"));
        if (!boot || !Number.isFinite(ticks))
            return undefined;
        return Number(boot[1]) * 1000 + (ticks / 100) * 1000; // USER_HZ is 100 on Linux
    }
    catch {
        return undefined;
    }
}
/** An attempt left queued or running by a dispatcher that is gone or whose lease ran out. */
function isOrphaned(attempt, now = Date.now()) {
    if (attempt.status !== "running" && attempt.status !== "queued")
        return false;
    const owner = attempt.dispatcher;
    if (!owner)
        return false;
    if (owner.until && Date.parse(owner.until) < now)
        return true;
    return isOwnerGone(owner);
}
/**
 * Show runs whose last attempt was orphaned as `interrupted` (attempt and run). Applied when a
 * record is read, so `flows runs`/`show`, the engine and the summary all see the same thing;
 * the engine runs an interrupted step again as a new attempt.
 */
function markInterrupted(record, now = Date.now()) {
    if (!record.runs.some((run) => run.attempts.some((attempt) => isOrphaned(attempt, now))))
        return record;
    return { ...record, runs: record.runs.map((run) => interruptRun(run, now)) };
}
function interruptRun(run, now) {
    if (!run.attempts.some((attempt) => isOrphaned(attempt, now)))
        return run;
    const attempts = run.attempts.map((attempt) => {
        if (!isOrphaned(attempt, now))
            return attempt;
        const owner = attempt.dispatcher;
        return {
            ...attempt,
            status: "interrupted",
            error: `the dispatcher (pid ${owner.pid} on ${owner.host}) stopped while this attempt ran; nothing recorded how it ended`,
        };
    });
    const last = attempts.at(-1);
    if (last.status !== "interrupted")
        return { ...run, attempts };
    const view = { ...run, attempts, processStatus: "interrupted", effectiveStatus: "interrupted", needsAttention: false };
    delete view.resultStatus;
    view.error = last.error;
    return view;
}


/***/ }),

/***/ 48662:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DA: () => (/* binding */ PRETTY_UP_TO_CHARS),
/* harmony export */   _t: () => (/* binding */ EventTextCache),
/* harmony export */   rG: () => (/* binding */ serializeEvent),
/* harmony export */   u8: () => (/* binding */ jsonMayExceed)
/* harmony export */ });
/* unused harmony export writeEventText */
/* harmony import */ var _byte_group_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(51704);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(63973);
/* harmony import */ var _fs_safe_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(61557);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7437);
/* harmony import */ var _scratch_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(24848);







/** Arrays and objects whose JSON may be longer than this (in characters) are laid out child by child. */
const WHOLE_CHARS = 64 * 1024;
/** Elements of an array kept on disk are parsed in groups of about this many bytes. */
const GROUP_BYTES = 16 * 1024;
/** An event text longer than this (in characters) is kept in a scratch file, not in memory. */
const SPILL_CHARS = 1024 * 1024;
/**
 * Events and runs whose JSON may be longer than this are written compact in a record. Indenting
 * grows with depth: a 24 MB payload of small nested arrays, pretty-printed, made a 510 MB record,
 * which the file store refused (over MAX_RECORD_BYTES), so the event was never remembered and
 * ran again at every delivery. Compact, a record is about its payload's size.
 */
const PRETTY_UP_TO_CHARS = 1024 * 1024;
/** Sends the event's text (as it sits in a record) to `sink`, in pieces. */
function writeEventText(event, sink) {
    const clean = redactShallow(event, 0);
    clean.id = event.id;
    const pretty = !jsonMayExceed(event, PRETTY_UP_TO_CHARS, true);
    const list = openList(false, 0, "  ", sink, pretty);
    for (const [key, item] of Object.entries(clean))
        list.add(key, item);
    list.close();
}
/** The event as it appears inside a record's text (redacted, indented one level), as one string. */
function serializeEvent(event) {
    const pieces = [];
    writeEventText(event, (text) => pieces.push(text));
    return pieces.join("");
}
/** Only the top level redacted: nested arrays and objects are laid out (and redacted) one by one. */
function redactShallow(value, depth) {
    return _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactor */ .$p.redactValue(value, _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REDACT_DEPTH */ .tM - depth, true);
}
/**
 * An array or object at `depth` below the event, whose text starts on a line indented `indent`
 * (pretty), or right where it is (compact).
 */
function layOut(value, depth, indent, sink, pretty) {
    const range = (0,_events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRange */ .sF)(value);
    if (range !== undefined) {
        const list = openList(true, depth, indent, sink, pretty);
        forEachGroup(range, (items) => {
            for (const item of redactShallow(items, depth))
                list.add(undefined, item);
        });
        list.close();
    }
    else if (jsonMayExceed(value, WHOLE_CHARS)) {
        const clean = redactShallow(value, depth);
        const list = openList(Array.isArray(clean), depth, indent, sink, pretty);
        if (Array.isArray(clean))
            for (const item of clean)
                list.add(undefined, item);
        else
            for (const [key, item] of Object.entries(clean))
                list.add(key, item);
        list.close();
    }
    else {
        const clean = _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactor */ .$p.redactValue(value, _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_REDACT_DEPTH */ .tM - depth);
        sink(pretty ? indented(JSON.stringify(clean, null, 2), indent) : JSON.stringify(clean));
    }
}
/**
 * An array or object laid out as JSON.stringify(value, null, 2) does, one child at a time. The
 * children come from a shallow redaction: strings are redacted, nested arrays and objects not yet.
 */
function openList(isArray, depth, indent, sink, pretty) {
    const inner = `${indent}  `;
    let count = 0;
    return {
        add(key, item) {
            const name = isArray ? "" : pretty ? `${JSON.stringify(key)}: ` : `${JSON.stringify(key)}:`;
            const head = `${count === 0 ? (isArray ? "[" : "{") : ","}${pretty ? `\n${inner}` : ""}${name}`;
            if (isNested(item)) {
                sink(head);
                layOut(item, depth + 1, inner, sink, pretty);
            }
            else {
                // As JSON.stringify: a property whose value has no JSON (undefined, a function) is left
                // out, and such an array element is written as null.
                const text = (pretty ? JSON.stringify(item, null, 2) : JSON.stringify(item));
                if (text === undefined && !isArray)
                    return;
                sink(head + (text === undefined ? "null" : pretty ? indented(text, inner) : text));
            }
            count += 1;
        },
        close() {
            const [open, end] = isArray ? ["[", "]"] : ["{", "}"];
            sink(count === 0 ? `${open}${end}` : pretty ? `\n${indent}${end}` : end);
        },
    };
}
/** Lines after the first indented by `indent`: JSON text has no line breaks inside strings. */
function indented(text, indent) {
    return indent === "" || !text.includes("\n") ? text : text.replaceAll("\n", `\n${indent}`);
}
/** An array or plain object (one JSON.stringify would write as such), or an array kept on disk. */
function isNested(value) {
    if (typeof value !== "object" || value === null)
        return false;
    if (Array.isArray(value))
        return true;
    const prototype = Object.getPrototypeOf(value);
    return (prototype === Object.prototype || prototype === null) && typeof value.toJSON !== "function";
}
/**
 * Whether the JSON of `value` may be longer than `chars`, estimated by a walk that stops there
 * (so deciding costs at most that much, whatever the value's size). An array kept on disk is
 * never read: it counts as bigger, or with `lazyBySize` as the bytes of its text (so that an
 * event decides the same read back with its arrays on disk as when it came).
 */
function jsonMayExceed(value, chars, lazyBySize = false) {
    let left = chars;
    const stack = [value];
    while (stack.length > 0) {
        const item = stack.pop();
        if (typeof item === "string")
            left -= item.length + 3;
        else if (typeof item !== "object" || item === null)
            left -= 8;
        else if ((0,_events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRange */ .sF)(item) !== undefined) {
            if (!lazyBySize)
                return true;
            const range = (0,_events_lazy_json_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRange */ .sF)(item);
            left -= range.end - range.start;
        }
        else if (Array.isArray(item)) {
            left -= 2 + item.length;
            if (left < 0)
                return true;
            for (const child of item)
                stack.push(child);
        }
        else {
            const keys = Object.keys(item);
            left -= 2 + 4 * keys.length;
            if (left < 0)
                return true;
            for (const key of keys) {
                left -= key.length;
                stack.push(item[key]);
            }
        }
        if (left < 0)
            return true;
    }
    return false;
}
/**
 * Calls `each` with the elements of the array kept in `range` (its text is exactly what
 * JSON.stringify wrote: no spaces), parsed in groups of about GROUP_BYTES.
 */
function forEachGroup(range, each) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(range.path, "r");
    try {
        const chunk = Buffer.allocUnsafe(64 * 1024);
        const group = new _byte_group_js__WEBPACK_IMPORTED_MODULE_6__/* .ByteGroup */ .s(2 * GROUP_BYTES);
        const add = (bytes) => group.add(bytes);
        const flush = () => each(JSON.parse(`[${group.take()}]`));
        // Inside the array's brackets: depth 0 is between its elements.
        let depth = -1;
        let inString = false;
        let escaped = false;
        for (let at = range.start; at < range.end;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, Math.min(chunk.length, range.end - at), at);
            if (read === 0)
                throw new Error(`${range.path} ended before byte ${range.end}: the event's scratch copy was changed`);
            let from = 0;
            for (let i = 0; i < read; i++) {
                const byte = chunk[i];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (byte === 0x5c)
                        escaped = true;
                    else if (byte === 0x22)
                        inString = false;
                }
                else if (byte === 0x22)
                    inString = true;
                else if (byte === 0x5b || byte === 0x7b) {
                    depth += 1;
                    if (depth === 0)
                        from = i + 1;
                }
                else if (byte === 0x5d || byte === 0x7d) {
                    depth -= 1;
                    if (depth === -1) {
                        add(chunk.subarray(from, i));
                        from = read;
                    }
                }
                else if (byte === 0x2c && depth === 0 && group.length + (i - from) >= GROUP_BYTES) {
                    add(chunk.subarray(from, i));
                    flush();
                    from = i + 1;
                }
            }
            if (depth >= 0)
                add(chunk.subarray(from, read));
            at += read;
        }
        if (depth !== -1)
            throw new Error(`${range.path} does not hold a whole array at bytes ${range.start}-${range.end}: the event's scratch copy was changed`);
        if (group.length > 0)
            flush();
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
let spills = 0;
let spillDir;
/** The event's text; one over SPILL_CHARS is written to a scratch file as it is made, never held whole. */
function eventText(event) {
    const pending = [];
    let pendingChars = 0;
    let file;
    const spill = () => {
        if (file === undefined) {
            // Made again if a long-lived host removed the scratch folders (removeScratchDirs).
            if (spillDir === undefined || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(spillDir))
                spillDir = (0,_scratch_js__WEBPACK_IMPORTED_MODULE_5__/* .makeScratchDir */ .K)("flows-record-");
            spills += 1;
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(spillDir, `event-${spills}.json`);
            file = { path, fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, "w"), bytes: 0 };
        }
        const bytes = Buffer.from(pending.join(""), "utf8");
        pending.length = 0;
        pendingChars = 0;
        (0,_fs_safe_js__WEBPACK_IMPORTED_MODULE_3__/* .writeAll */ .f4)(file.fd, bytes);
        file.bytes += bytes.length;
    };
    try {
        writeEventText(event, (text) => {
            pending.push(text);
            pendingChars += text.length;
            if (pendingChars >= SPILL_CHARS)
                spill();
        });
        if (file === undefined) {
            const text = pending.join("");
            return { text, bytes: Buffer.byteLength(text, "utf8") };
        }
        spill();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file.fd);
        return { text: { path: file.path, start: 0, end: file.bytes }, bytes: file.bytes };
    }
    catch (error) {
        if (file !== undefined) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(file.fd);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(file.path);
        }
        throw error;
    }
}
/**
 * The text of the event a store saved last, by object identity: the engine saves one event
 * object at the start and at every step start and end. Keyed also by the number of registered
 * secrets, so a secret added later is redacted from the next write.
 */
class EventTextCache {
    #event;
    #secrets = -1;
    #text = { text: "", bytes: 0 };
    /** How many times an event was serialised (tests count full-payload work with it). */
    serialisations = 0;
    textOf(event) {
        if (event !== this.#event || _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactor */ .$p.size !== this.#secrets) {
            const previous = this.#text.text;
            this.#text = eventText(event);
            this.#event = event;
            this.#secrets = _redact_js__WEBPACK_IMPORTED_MODULE_4__/* .redactor */ .$p.size;
            this.serialisations += 1;
            if (typeof previous !== "string")
                removeQuietly(previous.path);
        }
        return this.#text;
    }
}
function removeQuietly(path) {
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(path);
    }
    catch {
        // Its scratch folder was removed already.
    }
}


/***/ }),

/***/ 41134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   iK: () => (/* binding */ stateFolderError),
/* harmony export */   mU: () => (/* binding */ StateFolderError),
/* harmony export */   p8: () => (/* binding */ recordTooLargeError)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(99416);



/** For a store made without one (the library's `dir`). */
const ANOTHER_FOLDER = { origin: "", change: "use another state folder" };
/** For each errno the store converts: what is wrong with `path`, and what to change. */
const PROBLEMS = {
    ENOTDIR: (path, change) => ({ problem: `${path} is a file, not a folder`, hint: `${capital(change)}, or move that file out of the way.` }),
    EISDIR: (path, change) => ({ problem: `${path} is a folder, not a file`, hint: `Move that folder out of the way, or ${change}.` }),
    EACCES: (path, change) => ({ problem: `permission denied for ${path}`, hint: `Let this user read and write the state folder, or ${change}.` }),
    EPERM: (path, change) => ({ problem: `permission denied for ${path} (operation not permitted)`, hint: `Let this user read and write the state folder, or ${change}.` }),
    EROFS: (path, change) => ({ problem: `${path} is on a read-only file system`, hint: `${capital(change)} on a writable disk.` }),
    ENOSPC: (_, change) => ({ problem: "the disk is full", hint: `Free some space on that disk, or ${change}.` }),
    EDQUOT: (_, change) => ({ problem: "the disk quota is used up", hint: `Free some of the quota, or ${change}.` }),
    EFBIG: (_, change) => ({ problem: "the file size limit of this process is reached (ulimit -f)", hint: `Raise that limit, or ${change}.` }),
    ENAMETOOLONG: (_, change) => ({ problem: "the path is too long", hint: `${capital(change)} with a shorter path.` }),
    ELOOP: (path, change) => ({ problem: `${path} is a loop of symbolic links`, hint: `Fix the links, or ${change}.` }),
    // mkdir -p answers ENOENT only where folders cannot be made at all (/proc, /sys).
    MKDIR_ENOENT: (path, change) => ({ problem: `${path} cannot be created there`, hint: `${capital(change)} on an ordinary writable disk.` }),
};
/** What a mkdir's errno means here: a file in the way (EEXIST), a place no folder can be made (ENOENT). */
const MKDIR_CODES = { EEXIST: "ENOTDIR", ENOENT: "MKDIR_ENOENT" };
/** The state folder cannot be read or written as it is; `problem` says why, `hint` what to change. */
class StateFolderError extends _user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y {
    name = "StateFolderError";
    /** The store's folder. */
    dir;
    /** The folder as messages name it, with the setting it came from: `the state folder /x (input "state-dir")`. */
    where;
    /** The errno (ENOTDIR, EACCES, ...). */
    code;
    problem;
    constructor(options) {
        const doing = options.doing === "read" ? "read records from" : "save records to";
        const { dir, setting } = options.folder;
        const where = `the state folder ${dir}${setting?.origin ? ` (${setting.origin})` : ""}`;
        super(`cannot ${doing} ${where}: ${options.problem}.`, { hint: options.hint, cause: options.cause });
        this.dir = dir;
        this.where = where;
        this.code = options.code;
        this.problem = options.problem;
    }
}
/**
 * A StateFolderError for a file-system error the user can fix (`file`: the path the store was
 * working on, when the error names none); any other error unchanged.
 */
function stateFolderError(error, folder, doing, file) {
    if (!(error instanceof Error) || error instanceof StateFolderError)
        return error;
    const { code, path, syscall } = error;
    // mkdir -p meets a file at the last folder of the path as EEXIST, not ENOTDIR.
    const kind = (syscall === "mkdir" && code !== undefined ? MKDIR_CODES[code] : undefined) ?? code;
    const describe = kind === undefined ? undefined : PROBLEMS[kind];
    if (!describe)
        return error;
    const where = path ?? file ?? folder.dir;
    const { problem, hint } = describe(kind === "ENOTDIR" ? (fileInTheWay(where) ?? where) : where, (folder.setting ?? ANOTHER_FOLDER).change);
    return new StateFolderError({ folder, code: kind, problem, hint, doing, cause: error });
}
/**
 * A record larger than the store reads back (MAX_RECORD_BYTES in file-store.ts) is not written:
 * it would be set aside as corrupt at the next read. Said as the state folder refusing it (EFBIG),
 * so a dispatch whose steps ran reports the event as not saved.
 */
function recordTooLargeError(folder, file, bytes, maxBytes) {
    const size = (n) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${n} bytes`);
    return new StateFolderError({
        folder,
        code: "EFBIG",
        problem: `the record ${file} would be ${size(bytes)}, over the ${size(maxBytes)} a stored record may have`,
        hint: "Send this event with a smaller payload, or use another state store (`--state`; in the action, the `state` input).",
        doing: "save",
        cause: undefined,
    });
}
function capital(text) {
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
/** The path's nearest existing part (itself or a parent) when that is not a folder. */
function fileInTheWay(path) {
    for (let at = path;; at = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at)) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(at).isDirectory() ? undefined : at;
        }
        catch {
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(at) === at)
                return undefined;
        }
    }
}


/***/ }),

/***/ 90435:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ forgetEvent)
/* harmony export */ });
/** Mark every run of `eventId` as forgotten; undefined when the store does not hold the event. */
async function forgetEvent(store, eventId, options = {}) {
    const stored = await store.loadEvent(eventId);
    if (!stored)
        return undefined;
    const at = (options.now ?? new Date()).toISOString();
    const reason = `forgotten by ${options.by ?? "flows forget"} at ${at}: the next delivery of this event runs the step again`;
    const forgotten = stored.runs.map((run) => {
        const number = run.attempts.length + 1;
        const marked = {
            ...run,
            processStatus: "canceled",
            effectiveStatus: "canceled",
            needsAttention: false,
            attempts: [...run.attempts, { id: `${run.id}_${number}`, number, status: "canceled", startedAt: at, completedAt: at, error: reason }],
            error: reason,
            updatedAt: at > run.updatedAt ? at : new Date(Date.parse(run.updatedAt) + 1).toISOString(),
        };
        delete marked.resultStatus;
        delete marked.resultPayload;
        delete marked.alreadyHandled;
        return marked;
    });
    // ISO times sort as strings: the later of the two.
    const updatedAt = [at, stored.updatedAt].sort()[1] ?? at;
    const record = { ...stored, runs: forgotten, updatedAt };
    await store.saveEvent(record);
    return { record, forgotten };
}


/***/ }),

/***/ 3974:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ArtifactStateError: () => (/* reexport */ artifact_errors/* ArtifactStateError */.Sp),
  DEFAULT_STATE_AUTHOR: () => (/* reexport */ branch_commit/* DEFAULT_STATE_AUTHOR */.sI),
  FileStateStore: () => (/* reexport */ FileStateStore),
  MemoryStateStore: () => (/* reexport */ memory_store/* MemoryStateStore */.k),
  RECORD_FORMAT_VERSION: () => (/* reexport */ types/* RECORD_FORMAT_VERSION */.Z),
  StateBranchError: () => (/* reexport */ branch_errors/* StateBranchError */.a),
  StateFolderError: () => (/* reexport */ file_errors/* StateFolderError */.mU),
  StateLockError: () => (/* reexport */ StateLockError),
  StateNotSavedError: () => (/* reexport */ not_saved/* StateNotSavedError */.c),
  StateRecordError: () => (/* reexport */ layout.StateRecordError),
  createStateStore: () => (/* binding */ createStateStore),
  defaultStateDir: () => (/* reexport */ layout.defaultStateDir),
  eventRecordPath: () => (/* reexport */ layout.eventRecordPath),
  mergeEventRecords: () => (/* reexport */ state_record/* mergeEventRecords */.Zo),
  parseEventRecord: () => (/* reexport */ record_parse/* parseEventRecord */.b)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __nccwpck_require__(61557);
// EXTERNAL MODULE: ./.build/events/event-file.js
var event_file = __nccwpck_require__(34641);
// EXTERNAL MODULE: ./.build/state/file-errors.js
var file_errors = __nccwpck_require__(41134);
// EXTERNAL MODULE: ./.build/hash.js
var hash = __nccwpck_require__(75244);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __nccwpck_require__(99416);
// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __nccwpck_require__(35031);
;// CONCATENATED MODULE: ./.build/state/file-lock.js





/** The lock could not be taken in time: another process holds it, or a crashed one left it. */
class StateLockError extends user_error/* UserError */.y {
    lockPath;
    constructor(lockPath, waitedMs) {
        super(`could not lock ${lockPath} within ${Math.round(waitedMs / 1000)}s: another flows process is ` +
            "writing this event. If no flows process is running, delete that file and run again.");
        this.name = "StateLockError";
        this.lockPath = lockPath;
    }
}
/**
 * The lock was broken while held: another host judged it stale (older than `staleMs`) and took
 * it, so this holder's write would overwrite what that host saved. Thrown by `HeldLock.assertHeld`
 * before the write; `withFileLock` then runs the action again under a new lock, a few times.
 */
class LockLostError extends user_error/* UserError */.y {
    lockPath;
    constructor(lockPath, tries) {
        super(`lost the lock ${lockPath} ${tries} time${tries === 1 ? "" : "s"} before writing: another flows ` +
            "process (on another host sharing this folder) took it as stale. Nothing was written; make " +
            "sure one folder is not shared by hosts whose saves take longer than the lock's stale time.");
        this.name = "LockLostError";
        this.lockPath = lockPath;
    }
}
const DEFAULT_STALE_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 60_000;
/** Runs of the action whose lock was lost before a write, after which the error is thrown. */
const MAX_LOCK_LOST = 3;
/**
 * Run `action` while holding an exclusive lock file. Creating with `wx` (O_CREAT|O_EXCL) is
 * atomic on local file systems, so exactly one process gets the lock. The lock names its owner
 * (host, pid, process start): a lock whose owner is gone (same host, no such process: kill -9)
 * is taken over at once; one whose owner is alive on this host is never broken, however long it
 * is held (a stopped or swapped-out writer still writes its merge when it resumes); one from
 * another host (a shared folder) or without a readable owner is broken only when older than
 * `staleMs`, since holders keep it for milliseconds (read, merge, write one small file). On
 * release the lock is removed only while it still holds the owner this call wrote: one broken
 * and taken by another process stays theirs.
 *
 * A holder paused for longer than `staleMs` (SIGSTOP, a suspended VM) can have its lock broken
 * by another host, which then saves. The action checks `held.assertHeld()` before it commits a
 * write; when the lock was lost, nothing is written and the action runs again under a new lock
 * (reading what the other host saved), so neither save overwrites the other.
 */
async function withFileLock(lockPath, action, options = {}) {
    for (let lost = 0;; lost++) {
        const mine = await acquire(lockPath, options);
        const held = {
            assertHeld: () => {
                if (lockText(lockPath) !== mine)
                    throw new LockLostError(lockPath, lost + 1);
            },
        };
        try {
            return await action(held);
        }
        catch (error) {
            if (!(error instanceof LockLostError) || error.lockPath !== lockPath || lost + 1 >= MAX_LOCK_LOST)
                throw error;
        }
        finally {
            release(lockPath, mine);
        }
    }
}
/** Removes the lock if it still holds `mine` (the text this process wrote into it). */
function release(lockPath, mine) {
    // Gone (broken as stale by another host), or broken and taken by another process: not ours.
    if (lockText(lockPath) !== mine)
        return;
    try {
        (0,external_node_fs_.unlinkSync)(lockPath);
    }
    catch {
        // Gone meanwhile.
    }
}
/** Waits for the lock and returns the owner text written into it. */
async function acquire(lockPath, options) {
    const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const started = Date.now();
    for (let attempt = 0;; attempt++) {
        const mine = tryCreate(lockPath);
        if (mine !== undefined)
            return mine;
        await breakIfStale(lockPath, staleMs);
        const waited = Date.now() - started;
        if (waited > timeoutMs)
            throw new StateLockError(lockPath, waited);
        // Short, jittered waits: holders release within milliseconds.
        const delay = Math.min(50, 2 + attempt * 2) * (0.5 + Math.random());
        await new Promise((resolve) => setTimeout(resolve, delay));
    }
}
/**
 * Synchronous: created only if absent (O_CREAT|O_EXCL), with its owner written; returns that
 * text, or undefined when the lock is held. Taking and releasing a free lock are a few
 * microseconds of system calls, cheaper than a round trip through the thread pool each; only
 * waiting for a held lock is asynchronous. If the owner cannot be written (a full disk), the file
 * is removed before the error is thrown: an empty lock would hold the event for `staleMs`.
 */
function tryCreate(lockPath) {
    const { host, pid, startedAt } = (0,dispatcher/* currentDispatcher */.zq)();
    const owner = { host, pid, startedAt, lockedAt: new Date().toISOString() };
    const text = `${JSON.stringify(owner)}\n`;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(lockPath, "wx");
    }
    catch (error) {
        if (errorCode(error) === "EEXIST")
            return undefined;
        throw error;
    }
    try {
        (0,fs_safe/* writeAll */.f4)(fd, Buffer.from(text, "utf8"));
        (0,external_node_fs_.closeSync)(fd);
        return text;
    }
    catch (error) {
        try {
            (0,external_node_fs_.closeSync)(fd);
        }
        catch {
            // Closed already, or the close failed too: the file is removed all the same.
        }
        try {
            (0,external_node_fs_.unlinkSync)(lockPath);
        }
        catch {
            // Nothing more can be done; the write's error says why.
        }
        throw error;
    }
}
/** A lock's text, read only from a small plain file (a FIFO put there must not block the wait). */
function lockText(path) {
    try {
        const read = (0,fs_safe/* readRegularFile */.XF)(path, MAX_LOCK_BYTES);
        return read.kind === "read" ? read.bytes.toString("utf8") : undefined;
    }
    catch {
        return undefined;
    }
}
const MAX_LOCK_BYTES = 64 * 1024;
function readOwner(path) {
    try {
        const owner = JSON.parse(lockText(path) ?? "");
        if (typeof owner.host === "string" && typeof owner.pid === "number" && typeof owner.startedAt === "string") {
            return owner;
        }
    }
    catch {
        // Being written this instant, or an older format: judged by its age only.
    }
    return undefined;
}
async function breakIfStale(lockPath, staleMs) {
    // Only a lock held by another process gets here: the module loads then (fs-async.ts says why).
    const { link, rename, stat, unlink } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 51455, 19));
    const info = await stat(lockPath).catch(() => undefined);
    if (!info)
        return;
    const owner = readOwner(lockPath);
    const dead = owner !== undefined && (0,dispatcher/* isOwnerGone */.jO)(owner);
    // A live owner on this host may be stopped (SIGSTOP, swapped out) and still write when it
    // resumes: breaking its lock would let two merges race and one lose the other's runs.
    if (!dead && owner !== undefined && owner.host === (0,dispatcher/* currentDispatcher */.zq)().host)
        return;
    // A lock from another host or without a readable owner (mid-write, older format) is judged by
    // its age only.
    if (!dead && Date.now() - info.mtimeMs <= staleMs)
        return;
    const aside = `${lockPath}.stale-${(0,hash/* randomHex */.nw)(4)}`;
    try {
        await rename(lockPath, aside);
    }
    catch {
        return; // another waiter broke it first; just try to take the lock again
    }
    // Between our look and the rename, another waiter may have broken the dead lock and taken a
    // new one: if what we moved is not what we judged, put it back (link fails if a lock exists).
    const moved = readOwner(aside);
    const same = owner ? moved?.pid === owner.pid && moved.lockedAt === owner.lockedAt : moved === undefined;
    if (!same)
        await link(aside, lockPath).catch(() => undefined);
    await unlink(aside).catch(() => undefined);
}
function errorCode(error) {
    return typeof error === "object" && error !== null && "code" in error
        ? String(error.code)
        : undefined;
}

// EXTERNAL MODULE: ./.build/state/record-check.js
var record_check = __nccwpck_require__(10838);
// EXTERNAL MODULE: ./.build/state/event-text.js
var event_text = __nccwpck_require__(48662);
// EXTERNAL MODULE: ./.build/state/layout.js
var layout = __nccwpck_require__(78404);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __nccwpck_require__(77795);
;// CONCATENATED MODULE: ./.build/state/file-store.js










/** A record file larger than this is refused unread (layout.ts says why 128 MiB). */

/**
 * A record file of this size or more is read in streaming passes (events/event-file.ts, as a big
 * event file is): each array of its event of this size or more stays on disk, and is written
 * back from there, so a 25 MB payload read back (a redelivery) is not held parsed in memory.
 */
const STREAMED_RECORD_BYTES = 1024 * 1024;
/** How many times a corrupt record that keeps changing under its lock is read again. */
const SET_ASIDE_TRIES = 5;
/**
 * Records in a folder, one JSON file per event (see layout.ts). Loading or saving an event
 * touches only that event's file, so the number of stored events does not slow a dispatch.
 * Saves are read-merge-write under a per-event lock and land by atomic rename, so several
 * processes may save at once, even the same event, and readers never see half a file.
 */
class FileStateStore {
    kind = "file";
    problems = [];
    dir;
    #folder;
    #lock;
    #maxRecordBytes;
    #streamedRecordBytes;
    /** The record this store wrote last, its size and sha256, and the file it is (to tell that no one changed it). */
    #lastWrite;
    /** Saves waiting for the write under way of their event, by record path. */
    #waiting = new Map();
    #writing = new Map();
    #eventTexts = new event_text/* EventTextCache */._t();
    /** Work done, for tests: records parsed from disk, records written, events serialised. */
    counts = {
        recordReads: 0,
        recordWrites: 0,
        eventSerialisations: () => this.#eventTexts.serialisations,
    };
    constructor(options) {
        this.dir = (0,external_node_path_.resolve)(options.dir);
        this.#folder = { dir: this.dir, setting: options.setting };
        this.#lock = options.lock ?? {};
        this.#maxRecordBytes = options.maxRecordBytes ?? layout.MAX_RECORD_BYTES;
        this.#streamedRecordBytes = options.streamedRecordBytes ?? STREAMED_RECORD_BYTES;
    }
    /**
     * A corrupt record (half-written, not JSON, wrong shape; a symbolic link, FIFO or device; over
     * MAX_RECORD_BYTES) is moved aside to `<file>.corrupt-<time>`, reported in `problems`, and the
     * event counts as new: a run never stops on it and its bytes are kept. It is moved under the
     * record's lock, and only while the file is still the one that failed: another process may have
     * set it aside and saved a valid record meanwhile. A record in a newer format is refused
     * (StateRecordError): upgrading flows-action is the fix, and running the event again would
     * repeat work. A folder the file system will not let it use is a StateFolderError
     * (file-errors.ts), on every path.
     */
    async loadEvent(eventId) {
        const relativePath = (0,layout.eventRecordPath)(eventId);
        const file = this.#absolute(relativePath);
        try {
            const found = this.#readFile(relativePath);
            if (found.kind === "record")
                return found.record;
            if (found.kind === "missing")
                return undefined;
            (0,fs_safe/* makeFolders */.wZ)((0,external_node_path_.dirname)(file));
            return await withFileLock(`${file}.lock`, () => this.#readLocked(relativePath, found.reason), this.#lock);
        }
        catch (error) {
            throw (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "read", file);
        }
    }
    /**
     * Saves of one event that arrive while its previous write is under way are merged and written
     * together when it ends (each call resolves once its runs are on disk), so steps that start at
     * once cost one write, not one each.
     */
    saveEvent(record) {
        const relativePath = (0,layout.eventRecordPath)(record.event.id);
        const waiting = this.#waiting.get(relativePath);
        if (waiting) {
            waiting.records.push(record);
            return waiting.written;
        }
        const batch = { records: [record], written: Promise.resolve() };
        const previous = this.#writing.get(relativePath) ?? Promise.resolve();
        batch.written = previous
            .catch(() => undefined)
            .then(() => {
            this.#waiting.delete(relativePath);
            const [first, ...rest] = batch.records;
            return this.#write(relativePath, rest.reduce(state_record/* mergeEventRecords */.Zo, first));
        });
        this.#waiting.set(relativePath, batch);
        this.#writing.set(relativePath, batch.written);
        const forget = () => {
            if (this.#writing.get(relativePath) === batch.written)
                this.#writing.delete(relativePath);
        };
        batch.written.then(forget, forget);
        return batch.written;
    }
    /** A folder the file system will not let it write is a StateFolderError, as for reads. */
    async #write(relativePath, record) {
        const file = this.#absolute(relativePath);
        try {
            await this.#writeLocked(file, relativePath, record);
        }
        catch (error) {
            throw (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "save", file);
        }
    }
    /**
     * Read, merge and write under the record's lock. The file work is synchronous system calls:
     * for one small file they take microseconds, and each asynchronous call would cost a round
     * trip through the thread pool on the path to a step's start.
     */
    async #writeLocked(file, relativePath, record) {
        (0,fs_safe/* makeFolders */.wZ)((0,external_node_path_.dirname)(file));
        await withFileLock(`${file}.lock`, (held) => {
            // Still the bytes this store wrote last: reuse that record instead of parsing and
            // validating the whole file (a payload of up to 25 MB) again. Comparing costs a read
            // (hashed in 1 MiB pieces, not held); any other writer's change, even in place, shows.
            // The file is first checked to be the one written (lstat): something else put there (a
            // FIFO) is never opened by the digest, which would block on it.
            const last = this.#lastWrite?.file === file ? this.#lastWrite : undefined;
            this.#lastWrite = undefined;
            const unchanged = last !== undefined &&
                (0,fs_safe/* sameFile */.Vi)((0,fs_safe/* lstatIdentity */.pD)(file), last.identity) &&
                (0,fs_safe/* fileSha256 */.sN)(file, last.written.bytes) === last.written.sha256;
            const stored = unchanged ? last.record : this.#readLocked(relativePath);
            const merged = stored ? (0,state_record/* mergeEventRecords */.Zo)(stored, record) : record;
            // Written in parts: the record's text is never one string, nor one buffer; a big event's
            // text is copied from the scratch file it was written to once (event-text.ts).
            const eventText = this.#eventTexts.textOf(merged.event);
            const parts = (0,layout.eventRecordParts)(merged, eventText.text);
            // One that could not be read back is not saved: the store says so instead.
            const bytes = Buffer.byteLength(parts[0], "utf8") + eventText.bytes + Buffer.byteLength(parts[2], "utf8");
            if (bytes > this.#maxRecordBytes)
                throw (0,file_errors/* recordTooLargeError */.p8)(this.#folder, file, bytes, this.#maxRecordBytes);
            // Committed only while the lock is still ours: one broken meanwhile by another host (which
            // may have saved since) makes withFileLock read and merge again under a new lock.
            const written = (0,fs_safe/* writeFileAtomically */.lo)(file, parts, held.assertHeld);
            // Leftovers of a killed writer (ours carry our pid).
            if (!unchanged)
                removeOrphanedTemporaries(file);
            this.counts.recordWrites += 1;
            const identity = (0,fs_safe/* lstatIdentity */.pD)(file);
            this.#lastWrite = { file, written, identity, record: { ...merged, runs: structuredClone(merged.runs) } };
        }, this.#lock);
    }
    /** Scans every shard; unreadable files are added to `problems` and skipped. */
    async listEvents(query = {}) {
        try {
            return (0,layout.selectEvents)(await this.#listAll(), query);
        }
        catch (error) {
            throw (0,file_errors/* stateFolderError */.iK)(error, this.#folder, "read");
        }
    }
    async #listAll() {
        const records = [];
        for (const shard of await listNamesAsync(this.#absolute(layout.EVENTS_DIR))) {
            if (!/^[0-9a-f]{2}$/.test(shard))
                continue;
            const names = (await listNamesAsync(this.#absolute(`${layout.EVENTS_DIR}/${shard}`))).filter(layout.isEventRecordFileName);
            const found = await Promise.all(names.map((name) => this.#readListed(`${layout.EVENTS_DIR}/${shard}/${name}`)));
            for (const record of found)
                if (record)
                    records.push(record);
        }
        return records;
    }
    /** Every save is already durable on disk. */
    async flush() { }
    /**
     * The record file, read within MAX_RECORD_BYTES if it is a plain file, and parsed. A record
     * in a newer format throws StateRecordError (reported); anything else wrong is `bad`.
     */
    #readFile(relativePath) {
        const file = this.#absolute(relativePath);
        const minBytes = this.#streamedRecordBytes;
        // Not valid JSON, too deep, or no big array: undefined, and the file is read whole (the
        // same value, or the same error).
        const read = (0,fs_safe/* readRegularFile */.XF)(file, this.#maxRecordBytes, (fd, size) => size >= minBytes ? (0,event_file/* readJsonStreamed */.o)(fd, { minBytes, maxDepth: record_check/* MAX_RECORD_DEPTH */.h, maxBytes: size }) : undefined);
        if (read.kind === "missing")
            return read;
        if (read.kind === "refused")
            return { kind: "bad", reason: read.reason, identity: read.identity };
        this.counts.recordReads += 1;
        try {
            const record = read.kind === "read"
                ? (0,layout.parseEventRecordText)(read.bytes.toString("utf8"), relativePath)
                : (0,layout.parseEventRecordValue)(withPlainRuns(read.value.value), relativePath);
            return { kind: "record", record };
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            if (error instanceof state_record/* NewerRecordFormatError */.Qy) {
                this.#report({ path: file, message: reason });
                throw new layout.StateRecordError(file, reason);
            }
            return { kind: "bad", reason, identity: read.identity };
        }
    }
    /**
     * Read under the record's lock (synchronous, like the write): a corrupt record is moved aside,
     * if the file is still the one read (same inode, size and time), else read again. `seen`: why
     * the file read before the lock was taken was corrupt, if it is gone by now.
     */
    #readLocked(relativePath, seen) {
        const file = this.#absolute(relativePath);
        for (let tries = 1;; tries++) {
            const found = this.#readFile(relativePath);
            if (found.kind === "record")
                return found.record;
            if (found.kind === "missing") {
                // Set aside by another process between our read and the lock: it kept the bytes.
                if (seen)
                    this.#report({ path: file, message: `${seen}; moved away by another process meanwhile, and the event counts as not handled yet` });
                return undefined;
            }
            if ((0,fs_safe/* sameFile */.Vi)((0,fs_safe/* lstatIdentity */.pD)(file), found.identity)) {
                const aside = (0,layout.corruptRecordPath)(file);
                try {
                    (0,external_node_fs_.renameSync)(file, aside);
                    this.#report({ path: file, message: `${found.reason}; moved aside to ${aside}, and the event counts as not handled yet` });
                    return undefined;
                }
                catch (error) {
                    if (errorCode(error) !== "ENOENT")
                        throw error;
                }
            }
            if (tries >= SET_ASIDE_TRIES) {
                this.#report({ path: file, message: found.reason });
                throw new layout.StateRecordError(file, `${found.reason}, and it kept changing while it was read`);
            }
        }
    }
    /** Listing never throws for one bad file: it is reported (once) and skipped, never moved. */
    async #readListed(relativePath) {
        try {
            const found = this.#readFile(relativePath);
            if (found.kind === "bad")
                this.#report({ path: this.#absolute(relativePath), message: found.reason });
            return found.kind === "record" ? found.record : undefined;
        }
        catch (error) {
            if (!(error instanceof layout.StateRecordError)) {
                const reason = error instanceof Error ? error.message : String(error);
                this.#report({ path: this.#absolute(relativePath), message: reason });
            }
            return undefined;
        }
    }
    #report(problem) {
        const known = this.problems.some((seen) => seen.path === problem.path && seen.message === problem.message);
        if (!known)
            this.problems.push(problem);
    }
    #absolute(relativePath) {
        return (0,external_node_path_.join)(this.dir, ...relativePath.split("/"));
    }
}
/**
 * Runs are merged and copied (structuredClone cannot copy an array kept on disk): only the
 * event, which nothing changes, keeps its big arrays on disk.
 */
function withPlainRuns(value) {
    const record = value;
    if (typeof record === "object" && record !== null && typeof record.runs === "object" && record.runs !== null) {
        record.runs = JSON.parse(JSON.stringify(record.runs));
    }
    return value;
}
async function listNamesAsync(dir) {
    try {
        // Listing only (`flows runs`, not a dispatch): the module loads then (fs-async.ts says why).
        const { readdir } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 51455, 19));
        return (await readdir(dir)).sort();
    }
    catch (error) {
        if (errorCode(error) === "ENOENT")
            return [];
        throw error;
    }
}
/**
 * Temporary files of this record left by a process killed mid-write (`<file>.<pid>-<hex>.tmp`
 * whose pid is gone). Called under the record's lock, so no live writer of it is mid-write.
 */
function removeOrphanedTemporaries(file) {
    const prefix = `${(0,external_node_path_.basename)(file)}.`;
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)((0,external_node_path_.dirname)(file));
    }
    catch (error) {
        if (errorCode(error) === "ENOENT")
            return;
        throw error;
    }
    for (const name of names) {
        const match = /^(\d+)-[0-9a-f]+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : "");
        if (!match || Number(match[1]) === process.pid || (0,fs_safe/* isPidAlive */.by)(Number(match[1])))
            continue;
        try {
            (0,external_node_fs_.unlinkSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(file), name));
        }
        catch {
            // Removed by another writer meanwhile.
        }
    }
}

// EXTERNAL MODULE: ./.build/state/memory-store.js
var memory_store = __nccwpck_require__(19917);
// EXTERNAL MODULE: ./.build/state/artifact-errors.js
var artifact_errors = __nccwpck_require__(93742);
// EXTERNAL MODULE: ./.build/state/branch-commit.js
var branch_commit = __nccwpck_require__(46486);
// EXTERNAL MODULE: ./.build/state/branch-errors.js
var branch_errors = __nccwpck_require__(75252);
// EXTERNAL MODULE: ./.build/state/not-saved.js
var not_saved = __nccwpck_require__(85779);
// EXTERNAL MODULE: ./.build/state/record-parse.js + 1 modules
var record_parse = __nccwpck_require__(75067);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __nccwpck_require__(39709);
;// CONCATENATED MODULE: ./.build/state/index.js
















/**
 * The store for a run. The branch and artifact stores' modules (git plumbing, Octokit and
 * `@actions/artifact`) are imported only when asked for, so file-only runs do not load them.
 */
async function createStateStore(options) {
    switch (options.kind) {
        case "file":
            return new FileStateStore({
                dir: options.dir ?? (0,layout.defaultStateDir)(options.repoDir ?? process.cwd()),
                ...(options.dirSetting ? { setting: options.dirSetting } : {}),
            });
        case "branch": {
            if (!options.remoteUrl && !options.repoDir) {
                throw new user_error/* UserError */.y('state "branch" needs a repository: pass repoDir (a checkout) or remoteUrl');
            }
            const { BranchStateStore } = await __nccwpck_require__.e(/* import() */ 8682).then(__nccwpck_require__.bind(__nccwpck_require__, 18682));
            return new BranchStateStore({
                ...(options.remoteUrl ? { remoteUrl: options.remoteUrl } : {}),
                ...(options.repoDir ? { repoDir: options.repoDir } : {}),
                ...(options.branch ? { branch: options.branch } : {}),
                ...(options.token ? { token: options.token } : {}),
            });
        }
        case "memory":
        case "none":
            return new memory_store/* MemoryStateStore */.k();
        case "artifact": {
            if (!options.artifact) {
                throw new user_error/* UserError */.y('state "artifact" needs artifact options: token, repository, apiUrl, runId and runAttempt ' +
                    "(GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)");
            }
            const { ArtifactStateStore } = await __nccwpck_require__.e(/* import() */ 4754).then(__nccwpck_require__.bind(__nccwpck_require__, 24754));
            return new ArtifactStateStore(options.artifact);
        }
        default:
            return unknownKind(options.kind);
    }
}
function unknownKind(kind) {
    throw new user_error/* UserError */.y(`unknown state store "${String(kind)}": use file, branch, artifact, memory or none`);
}


/***/ }),

/***/ 78404:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EVENTS_DIR: () => (/* binding */ EVENTS_DIR),
/* harmony export */   MAX_RECORD_BYTES: () => (/* binding */ MAX_RECORD_BYTES),
/* harmony export */   StateRecordError: () => (/* binding */ StateRecordError),
/* harmony export */   corruptRecordPath: () => (/* binding */ corruptRecordPath),
/* harmony export */   defaultStateDir: () => (/* binding */ defaultStateDir),
/* harmony export */   eventIdHash: () => (/* binding */ eventIdHash),
/* harmony export */   eventRecordParts: () => (/* binding */ eventRecordParts),
/* harmony export */   eventRecordPath: () => (/* binding */ eventRecordPath),
/* harmony export */   isEventRecordFileName: () => (/* binding */ isEventRecordFileName),
/* harmony export */   parseEventRecordText: () => (/* binding */ parseEventRecordText),
/* harmony export */   parseEventRecordValue: () => (/* binding */ parseEventRecordValue),
/* harmony export */   selectEvents: () => (/* binding */ selectEvents),
/* harmony export */   serializeEventRecord: () => (/* binding */ serializeEventRecord)
/* harmony export */ });
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75244);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7437);
/* harmony import */ var _event_text_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(48662);
/* harmony import */ var _record_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(75067);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(99416);






/**
 * The on-disk layout shared by the file store and the state branch: one JSON file per event,
 * under `events/<first 2 hex of sha256(id)>/<sha256(id)>.json`. Hashing makes any event id a
 * safe file name, and the 256 shards keep directories small, so finding one event is one
 * file read however many events are stored.
 */
const EVENTS_DIR = "events";
/**
 * A record file (or state-branch blob) larger than this is refused unread, as a corrupt one is.
 * Records hold the event (a payload of up to 25 MiB, hostile-input.md) pretty-printed, plus its
 * runs: 128 MiB leaves room for that, and keeps a tampered file (a 600 MB sparse file, a 700 MB
 * blob pushed to the state branch) from taking the process's memory.
 */
const MAX_RECORD_BYTES = 128 * 1024 * 1024;
/** Where the `flows` CLI keeps state for a checkout when no other place is given. */
function defaultStateDir(repoDir) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repoDir, ".codex", "flow-client");
}
function eventIdHash(eventId) {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(eventId);
}
/** The record's path relative to the store root, always with `/` (it is also a git path). */
function eventRecordPath(eventId) {
    const hash = eventIdHash(eventId);
    return `${EVENTS_DIR}/${hash.slice(0, 2)}/${hash}.json`;
}
function isEventRecordFileName(name) {
    return /^[0-9a-f]{64}\.json$/.test(name);
}
/**
 * Stable text for a record: pretty JSON so diffs on the state branch stay readable. Secrets are
 * redacted here, the one write boundary of the file and branch stores (the event id stays
 * exact: it names the file). The event (with its payload, up to 25 MB) is serialised apart and
 * spliced in, so a store that saves one event many times can pass `eventText` (see
 * EventTextCache) and pay for the payload once; the bytes are the same either way.
 */
function serializeEventRecord(record, eventText = (0,_event_text_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeEvent */ .rG)(record.event)) {
    const [before, , after] = eventRecordParts(record, eventText);
    return `${before}${eventText}${after}`;
}
/**
 * A record's text in three parts, never joined by the file store: what comes before the event,
 * the event's text (its payload may be tens of megabytes: the file store passes a scratch file's
 * bytes, event-text.ts) and what comes after.
 */
function eventRecordParts(record, eventText) {
    // The marker holds the event's place (and key order) and never passes the redactor.
    const marker = `@@flows-event-${(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .randomHex */ .nw)(8)}@@`;
    const { event: _event, ...rest } = record;
    const cleanRest = _redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactor */ .$p.redactValue(rest);
    const laidOut = {};
    for (const key of Object.keys(record))
        laidOut[key] = key === "event" ? marker : cleanRest[key];
    // Pretty unless the runs' results are big (event-text.ts, PRETTY_UP_TO_CHARS, says why).
    const text = (0,_event_text_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonMayExceed */ .u8)(cleanRest, _event_text_js__WEBPACK_IMPORTED_MODULE_3__/* .PRETTY_UP_TO_CHARS */ .DA, true) ? JSON.stringify(laidOut) : JSON.stringify(laidOut, null, 2);
    const quoted = JSON.stringify(marker);
    const at = text.indexOf(quoted);
    return [text.slice(0, at), eventText, `${text.slice(at + quoted.length)}\n`];
}
/**
 * Read the text of a record file stored at `relativePath`. Throws a sentence saying what is
 * wrong (the caller adds the path), never a raw SyntaxError.
 */
function parseEventRecordText(text, relativePath) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`not valid JSON, maybe half-written (${reason})`);
    }
    return parseEventRecordValue(value, relativePath);
}
/** parseEventRecordText for a value already read (a big record read in streaming passes, file-store.ts). */
function parseEventRecordValue(value, relativePath) {
    const record = (0,_record_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseEventRecord */ .b)(value);
    const expected = eventRecordPath(record.event.id);
    if (relativePath !== expected) {
        throw new Error(`holds event "${record.event.id}", whose record belongs at ${expected}`);
    }
    return record;
}
/** Apply a query the way every store does: filter by type, newest first, then limit. */
function selectEvents(records, query = {}) {
    const selected = records
        .filter((record) => !query.type || record.event.type === query.type)
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return query.limit ? selected.slice(0, query.limit) : selected;
}
/** A stored record that cannot be read. Carries the file (or branch path) and the reason. */
class StateRecordError extends _user_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y {
    path;
    reason;
    constructor(path, reason) {
        super(`cannot read the stored record ${path}: ${reason}. flows-action will not overwrite it; ` +
            "fix or move that file, then run again.");
        this.name = "StateRecordError";
        this.path = path;
        this.reason = reason;
    }
}
let setAsideCount = 0;
/**
 * Where a corrupt record's bytes are kept: `<path>.corrupt-<time>`, made unique within this
 * process too, so two set-asides in one millisecond neither overwrite each other nor read as
 * the same problem.
 */
function corruptRecordPath(path) {
    setAsideCount += 1;
    return `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}-${setAsideCount}`;
}


/***/ }),

/***/ 19917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ MemoryStateStore)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77795);

/** Keeps records for the life of the process: `state: none` and tests. */
class MemoryStateStore {
    kind = "memory";
    problems = [];
    #records = new Map();
    async loadEvent(eventId) {
        const record = this.#records.get(eventId);
        return record ? copyRecord(record) : undefined;
    }
    async saveEvent(record) {
        const stored = this.#records.get(record.event.id);
        const merged = stored ? (0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeEventRecords */ .Zo)(stored, record) : record;
        this.#records.set(record.event.id, copyRecord(merged));
    }
    async listEvents(query = {}) {
        const all = [...this.#records.values()]
            .filter((record) => !query.type || record.event.type === query.type)
            .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
        return (query.limit ? all.slice(0, query.limit) : all).map(copyRecord);
    }
    async flush() { }
}
/**
 * A copy the caller may change. The event is shared, not cloned: nothing changes an event once
 * it is built, and cloning a 25 MB payload on every step start and end cost seconds and
 * gigabytes (docs/hostile-input.md).
 */
function copyRecord(record) {
    const copy = structuredClone({ ...record, event: null });
    copy.event = record.event;
    return copy;
}


/***/ }),

/***/ 85779:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ StateNotSavedError)
/* harmony export */ });
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99416);

/**
 * A store could not make some records durable. Thrown by `flush()` so that no entry reports
 * success for a record it did not persist: the CLI exits non-zero and the action fails the job,
 * both naming the events, because a redelivery of them would run their steps again.
 */
class StateNotSavedError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "StateNotSavedError";
    /** The events whose records are not stored (at most the ids, never the records). */
    eventIds;
    /** Where they should have gone, without credentials. */
    where;
    constructor(options) {
        const ids = options.eventIds;
        const shown = ids.slice(0, 50).join(", ") + (ids.length > 50 ? ` and ${ids.length - 50} more` : "");
        super(`${ids.length} event record(s) were NOT saved to ${options.where}: ${shown}. ${options.reason.trim()} ` +
            "Nothing remembers what changed in them since their last save: a redelivery goes by that save, so steps that ran since would run again (and a `flows forget` since did not happen).", options.cause === undefined ? {} : { cause: options.cause });
        this.eventIds = [...ids];
        this.where = options.where;
    }
}


/***/ }),

/***/ 89176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ isInternalRecord),
/* harmony export */   Lc: () => (/* binding */ findRun),
/* harmony export */   PV: () => (/* binding */ INTERNAL_EVENT_TYPE_PREFIX),
/* harmony export */   b0: () => (/* binding */ selectRuns)
/* harmony export */ });
/** Event types flows-action keeps for its own bookkeeping (watch cursors); hidden from listings. */
const INTERNAL_EVENT_TYPE_PREFIX = "flows-action.";
function isInternalRecord(record) {
    return record.event.type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}
/** Runs across records, newest first, filtered as `flows runs` asks. */
function selectRuns(records, query = {}) {
    const runs = records
        .filter((record) => !isInternalRecord(record))
        .filter((record) => !query.eventId || record.event.id === query.eventId)
        .flatMap((record) => record.runs)
        .filter((run) => !query.status || run.effectiveStatus === query.status)
        .filter((run) => !query.needsAttention || run.needsAttention)
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
    return query.limit ? runs.slice(0, query.limit) : runs;
}
/** The record holding a run id (run ids are hashes, so this reads every record). */
function findRun(records, runId) {
    for (const record of records) {
        const run = record.runs.find((candidate) => candidate.id === runId);
        if (run)
            return { record, run };
    }
    return undefined;
}


/***/ }),

/***/ 10838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ MAX_RECORD_DEPTH),
/* harmony export */   z: () => (/* binding */ checkEventRecordShape)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(40801);
/* harmony import */ var _events_budget_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(85797);


/**
 * The structural check of a stored record (format 1), field by field. A stored record is data
 * from outside the process (another version, a hand edit, a bad merge), so every field the
 * code reads is checked before the record is trusted; the first problem is returned as
 * "<field path> <what is wrong>", or undefined when the record is sound. Unknown fields are
 * allowed (a newer writer of the same format may add some).
 *
 * Kept beside the JSON Schema of the record (schemas/, compiled by the contracts build): this
 * check is the one the stores call until the compiled validator replaces it.
 */
function checkEventRecordShape(value) {
    try {
        const deep = tooDeep(value, MAX_RECORD_DEPTH);
        if (deep !== undefined)
            return `${deep || "the value"} is nested deeper than ${MAX_RECORD_DEPTH} levels`;
        const check = new Check();
        check.record(value);
        return undefined;
    }
    catch (error) {
        if (error instanceof ShapeProblem)
            return error.message;
        throw error;
    }
}
/**
 * A record holds an event's payload and its steps' results, each of which may nest
 * MAX_PAYLOAD_DEPTH levels, a few levels down (`runs[0].result.payload`). A lower bound (it was
 * 100) set aside the record of every event or result nested deeper than that as damaged, and the
 * event then ran again at its next delivery. Shallow enough that no reader recurses into a stack
 * overflow.
 */
const MAX_RECORD_DEPTH = _events_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_PAYLOAD_DEPTH */ .GL + 8;
const PROCESS = _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .PROCESS_STATUSES */ .Ne;
const RESULT = _contracts_js__WEBPACK_IMPORTED_MODULE_1__/* .FLOW_RESULT_STATUSES */ .WL;
const EFFECTIVE = [...PROCESS, ...RESULT];
class ShapeProblem extends Error {
}
class Check {
    record(value) {
        const record = this.object(value, "");
        this.object(record.event, "event");
        const event = record.event;
        this.string(event.id, "event.id", { nonEmpty: true });
        this.string(event.type, "event.type", { nonEmpty: true });
        this.string(event.receivedAt, "event.receivedAt");
        if (event.payload === undefined)
            this.fail("event.payload", "is missing (any JSON value; {} when empty)");
        this.optionalString(event.source, "event.source");
        this.optionalString(event.occurredAt, "event.occurredAt");
        const runs = this.array(record.runs, "runs");
        runs.forEach((run, index) => {
            this.run(run, `runs[${index}]`);
        });
        this.optionalString(record.firstDispatchedAt, "firstDispatchedAt");
        this.optionalString(record.updatedAt, "updatedAt");
        if (record.dispatchCount !== undefined)
            this.number(record.dispatchCount, "dispatchCount");
        if (record.dispatchKeys !== undefined) {
            this.array(record.dispatchKeys, "dispatchKeys").forEach((key, index) => {
                this.string(key, `dispatchKeys[${index}]`);
            });
        }
    }
    run(value, at) {
        const run = this.object(value, at);
        for (const key of ["id", "eventId", "flowName", "stepName", "runner", "createdAt", "updatedAt"]) {
            this.string(run[key], `${at}.${key}`);
        }
        this.number(run.flowVersion, `${at}.flowVersion`);
        this.oneOf(run.processStatus, PROCESS, `${at}.processStatus`);
        if (run.resultStatus !== undefined)
            this.oneOf(run.resultStatus, RESULT, `${at}.resultStatus`);
        this.oneOf(run.effectiveStatus, EFFECTIVE, `${at}.effectiveStatus`);
        this.boolean(run.needsAttention, `${at}.needsAttention`);
        for (const key of ["output", "error", "startedAt", "completedAt"])
            this.optionalString(run[key], `${at}.${key}`);
        for (const key of ["timedOut", "replay", "alreadyHandled"]) {
            if (run[key] !== undefined)
                this.boolean(run[key], `${at}.${key}`);
        }
        if (run.durationMs !== undefined)
            this.number(run.durationMs, `${at}.durationMs`);
        if (run.resultPayload !== undefined)
            this.result(run.resultPayload, `${at}.resultPayload`);
        const attempts = this.array(run.attempts, `${at}.attempts`);
        if (attempts.length === 0)
            this.fail(`${at}.attempts`, "has no attempt");
        attempts.forEach((attempt, index) => {
            this.attempt(attempt, `${at}.attempts[${index}]`);
        });
    }
    attempt(value, at) {
        const attempt = this.object(value, at);
        this.string(attempt.id, `${at}.id`, { nonEmpty: true });
        this.number(attempt.number, `${at}.number`);
        this.oneOf(attempt.status, PROCESS, `${at}.status`);
        if (attempt.resultStatus !== undefined)
            this.oneOf(attempt.resultStatus, RESULT, `${at}.resultStatus`);
        for (const key of ["startedAt", "completedAt", "error"])
            this.optionalString(attempt[key], `${at}.${key}`);
        for (const key of ["timedOut", "replay"]) {
            if (attempt[key] !== undefined)
                this.boolean(attempt[key], `${at}.${key}`);
        }
        if (attempt.dispatcher !== undefined) {
            const dispatcher = this.object(attempt.dispatcher, `${at}.dispatcher`);
            this.string(dispatcher.host, `${at}.dispatcher.host`);
            this.number(dispatcher.pid, `${at}.dispatcher.pid`);
            this.string(dispatcher.startedAt, `${at}.dispatcher.startedAt`);
            this.optionalString(dispatcher.until, `${at}.dispatcher.until`);
        }
        this.optionalString(attempt.key, `${at}.key`);
    }
    result(value, at) {
        const result = this.object(value, at);
        this.oneOf(result.status, RESULT, `${at}.status`);
        this.optionalString(result.message, `${at}.message`);
        if (result.artifacts !== undefined)
            this.object(result.artifacts, `${at}.artifacts`);
        if (result.next !== undefined) {
            this.array(result.next, `${at}.next`).forEach((next, index) => {
                this.object(next, `${at}.next[${index}]`);
            });
        }
        if (result.annotations !== undefined) {
            this.array(result.annotations, `${at}.annotations`).forEach((item, index) => {
                const annotation = this.object(item, `${at}.annotations[${index}]`);
                this.string(annotation.path, `${at}.annotations[${index}].path`);
                this.string(annotation.message, `${at}.annotations[${index}].message`);
            });
        }
    }
    object(value, at) {
        if (typeof value !== "object" || value === null || Array.isArray(value))
            this.fail(at, "must be an object", value);
        return value;
    }
    array(value, at) {
        if (!Array.isArray(value))
            this.fail(at, "must be an array", value);
        return value;
    }
    string(value, at, options = {}) {
        if (typeof value !== "string")
            this.fail(at, "must be a string", value);
        if (options.nonEmpty && value === "")
            this.fail(at, "must not be empty");
    }
    optionalString(value, at) {
        if (value !== undefined)
            this.string(value, at);
    }
    number(value, at) {
        if (typeof value !== "number" || !Number.isFinite(value))
            this.fail(at, "must be a number", value);
    }
    boolean(value, at) {
        if (typeof value !== "boolean")
            this.fail(at, "must be true or false", value);
    }
    oneOf(value, allowed, at) {
        if (typeof value !== "string" || !allowed.includes(value)) {
            this.fail(at, `must be one of ${allowed.join(", ")}`, value);
        }
    }
    fail(at, problem, ...value) {
        // The same sentence shape as the compiled validators' (contract-errors.ts).
        const got = value.length > 0 ? ` (got ${describe(value[0])})` : "";
        throw new ShapeProblem(`${at || "the value"} ${problem}${got}`);
    }
}
function describe(value) {
    if (value === null)
        return "null";
    if (Array.isArray(value))
        return "an array";
    if (typeof value === "string")
        return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
    if (typeof value === "object")
        return "an object";
    return typeof value === "undefined" ? "nothing" : `${typeof value} ${String(value)}`;
}
/** The path of the first value nested deeper than `limit`, without recursion (so no stack overflow). */
function tooDeep(root, limit) {
    const stack = [{ value: root, depth: 0, path: "" }];
    while (stack.length > 0) {
        const { value, depth, path } = stack.pop();
        if (typeof value !== "object" || value === null)
            continue;
        if (depth >= limit)
            return path;
        // Measured when it was read (an array kept on disk, events/lazy-json.ts): not walked, nor read.
        const height = (0,_events_budget_js__WEBPACK_IMPORTED_MODULE_0__/* .knownHeight */ .V9)(value);
        if (height !== undefined) {
            if (depth + height > limit)
                return path;
            continue;
        }
        if (Array.isArray(value)) {
            value.forEach((item, index) => {
                stack.push({ value: item, depth: depth + 1, path: `${path}[${index}]` });
            });
        }
        else {
            for (const [key, item] of Object.entries(value)) {
                stack.push({ value: item, depth: depth + 1, path: path ? `${path}.${key}` : key });
            }
        }
    }
    return undefined;
}


/***/ }),

/***/ 75067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  b: () => (/* binding */ parseEventRecord)
});

// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __nccwpck_require__(20624);
;// CONCATENATED MODULE: ./.build/generated/validators/event-record.js

const validateEventRecord = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/event-record.schema.json", "title": "StoredEventRecord", "description": "Everything a state store keeps about one event, as read from storage (any format version up to the current one; older records may lack the bookkeeping fields).", "type": "object", "required": ["formatVersion", "event", "runs"], "properties": { "formatVersion": { "type": "integer", "minimum": 1 }, "event": { "$ref": "flow-event.schema.json" }, "runs": { "type": "array", "items": { "$ref": "flow-run-view.schema.json" } }, "firstDispatchedAt": { "type": "string" }, "updatedAt": { "type": "string" }, "dispatchCount": { "type": "integer", "minimum": 0 }, "dispatchKeys": { "description": "Keys of the latest dispatches counted in dispatchCount (each dispatch draws one), so that merging two writers' records adds the dispatches only one of them counted.", "type": "array", "items": { "type": "string" } } } };
const schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };
const schema13 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", "title": "FlowRunView", "description": "One executed (or deliberately not executed) step of one flow for one event.", "type": "object", "required": ["id", "eventId", "flowName", "flowVersion", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], "properties": { "id": { "type": "string" }, "eventId": { "type": "string" }, "flowName": { "type": "string" }, "flowVersion": { "type": "number" }, "stepName": { "type": "string" }, "runner": { "$ref": "#/definitions/FlowRunner" }, "processStatus": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "effectiveStatus": { "$ref": "#/definitions/EffectiveStatus" }, "needsAttention": { "type": "boolean" }, "attempts": { "type": "array", "items": { "$ref": "#/definitions/FlowRunAttempt" } }, "output": { "type": "string", "description": "Bounded tail of the step's stdout and stderr." }, "resultPayload": { "$ref": "flow-result.schema.json" }, "error": { "type": "string" }, "createdAt": { "type": "string" }, "updatedAt": { "type": "string" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "durationMs": { "type": "number" }, "timedOut": { "type": "boolean" }, "replay": { "type": "boolean" }, "alreadyHandled": { "type": "boolean", "description": "Set when this dispatch reused a stored successful run instead of running again." } }, "definitions": { "FlowRunner": { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] }, "ProcessStatus": { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, "EffectiveStatus": { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] }, "FlowRunAttempt": { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } }, "ReplayEdit": { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } }, "FlowDispatcher": { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string" }, "until": { "type": "string" } } } } };
const schema14 = { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] };
const schema15 = { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." };
const schema17 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
const schema22 = { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((data === "skipped") || (data === "completed")) || (data === "changed")) || (data === "needs_intervention")) || (data === "blocked")) || (data === "failed"))) {
        const err1 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs4 = errors;
        if (typeof data !== "string") {
            const err2 = { instancePath, schemaPath: "#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (!((((((data === "queued") || (data === "running")) || (data === "completed")) || (data === "failed")) || (data === "canceled")) || (data === "interrupted"))) {
            const err3 = { instancePath, schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        var _valid0 = _errs4 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    else {
        errors = _errs0;
        if (vErrors !== null) {
            if (_errs0) {
                vErrors.length = _errs0;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate14.errors = vErrors;
    return errors === 0;
}
const schema25 = { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } };
const schema28 = { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string" }, "until": { "type": "string" } } };
const schema29 = { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.number === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "number" }, message: "must have required property '" + "number" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.status === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err3 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.number !== undefined) {
            let data1 = data.number;
            if (!((typeof data1 == "number") && (isFinite(data1)))) {
                const err4 = { instancePath: instancePath + "/number", schemaPath: "#/properties/number/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.status !== undefined) {
            let data2 = data.status;
            if (typeof data2 !== "string") {
                const err5 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (!((((((data2 === "queued") || (data2 === "running")) || (data2 === "completed")) || (data2 === "failed")) || (data2 === "canceled")) || (data2 === "interrupted"))) {
                const err6 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.resultStatus !== undefined) {
            let data3 = data.resultStatus;
            if (typeof data3 !== "string") {
                const err7 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!((((((data3 === "skipped") || (data3 === "completed")) || (data3 === "changed")) || (data3 === "needs_intervention")) || (data3 === "blocked")) || (data3 === "failed"))) {
                const err8 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            if (typeof data.startedAt !== "string") {
                const err9 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            if (typeof data.completedAt !== "string") {
                const err10 = { instancePath: instancePath + "/completedAt", schemaPath: "#/properties/completedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err11 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.timedOut !== undefined) {
            if (typeof data.timedOut !== "boolean") {
                const err12 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.replay !== undefined) {
            if (typeof data.replay !== "boolean") {
                const err13 = { instancePath: instancePath + "/replay", schemaPath: "#/properties/replay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.key !== undefined) {
            if (typeof data.key !== "string") {
                const err14 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.dispatcher !== undefined) {
            let data10 = data.dispatcher;
            if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                if (data10.host === undefined) {
                    const err15 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property '" + "host" + "'" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (data10.pid === undefined) {
                    const err16 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/required", keyword: "required", params: { missingProperty: "pid" }, message: "must have required property '" + "pid" + "'" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                if (data10.startedAt === undefined) {
                    const err17 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property '" + "startedAt" + "'" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                if (data10.host !== undefined) {
                    if (typeof data10.host !== "string") {
                        const err18 = { instancePath: instancePath + "/dispatcher/host", schemaPath: "#/definitions/FlowDispatcher/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                if (data10.pid !== undefined) {
                    let data12 = data10.pid;
                    if (!((typeof data12 == "number") && (isFinite(data12)))) {
                        const err19 = { instancePath: instancePath + "/dispatcher/pid", schemaPath: "#/definitions/FlowDispatcher/properties/pid/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data10.startedAt !== undefined) {
                    if (typeof data10.startedAt !== "string") {
                        const err20 = { instancePath: instancePath + "/dispatcher/startedAt", schemaPath: "#/definitions/FlowDispatcher/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data10.until !== undefined) {
                    if (typeof data10.until !== "string") {
                        const err21 = { instancePath: instancePath + "/dispatcher/until", schemaPath: "#/definitions/FlowDispatcher/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err22 = { instancePath: instancePath + "/dispatcher", schemaPath: "#/definitions/FlowDispatcher/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.edit !== undefined) {
            let data15 = data.edit;
            if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                if (data15.changed === undefined) {
                    const err23 = { instancePath: instancePath + "/edit", schemaPath: "#/definitions/ReplayEdit/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property '" + "changed" + "'" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
                if (data15.payload === undefined) {
                    const err24 = { instancePath: instancePath + "/edit", schemaPath: "#/definitions/ReplayEdit/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property '" + "payload" + "'" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
                if (data15.changed !== undefined) {
                    let data16 = data15.changed;
                    if (Array.isArray(data16)) {
                        const len0 = data16.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            if (typeof data16[i0] !== "string") {
                                const err25 = { instancePath: instancePath + "/edit/changed/" + i0, schemaPath: "#/definitions/ReplayEdit/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err25];
                                }
                                else {
                                    vErrors.push(err25);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err26 = { instancePath: instancePath + "/edit/changed", schemaPath: "#/definitions/ReplayEdit/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err27 = { instancePath: instancePath + "/edit", schemaPath: "#/definitions/ReplayEdit/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
    }
    else {
        const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err28];
        }
        else {
            vErrors.push(err28);
        }
        errors++;
    }
    validate16.errors = vErrors;
    return errors === 0;
}
const schema16 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } };
const schema19 = { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } };
const schema20 = { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.status === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.status !== undefined) {
            let data0 = data.status;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (!((((((data0 === "skipped") || (data0 === "completed")) || (data0 === "changed")) || (data0 === "needs_intervention")) || (data0 === "blocked")) || (data0 === "failed"))) {
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.message !== undefined) {
            if (typeof data.message !== "string") {
                const err3 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.artifacts !== undefined) {
            let data2 = data.artifacts;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                const err4 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.next !== undefined) {
            let data3 = data.next;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                        if (data4.id === undefined) {
                            const err5 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                        if (data4.type === undefined) {
                            const err6 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                            if (vErrors === null) {
                                vErrors = [err6];
                            }
                            else {
                                vErrors.push(err6);
                            }
                            errors++;
                        }
                        if (data4.id !== undefined) {
                            if (typeof data4.id !== "string") {
                                const err7 = { instancePath: instancePath + "/next/" + i0 + "/id", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err7];
                                }
                                else {
                                    vErrors.push(err7);
                                }
                                errors++;
                            }
                        }
                        if (data4.type !== undefined) {
                            if (typeof data4.type !== "string") {
                                const err8 = { instancePath: instancePath + "/next/" + i0 + "/type", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err8];
                                }
                                else {
                                    vErrors.push(err8);
                                }
                                errors++;
                            }
                        }
                        if (data4.source !== undefined) {
                            if (typeof data4.source !== "string") {
                                const err9 = { instancePath: instancePath + "/next/" + i0 + "/source", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err9];
                                }
                                else {
                                    vErrors.push(err9);
                                }
                                errors++;
                            }
                        }
                        if (data4.occurredAt !== undefined) {
                            if (typeof data4.occurredAt !== "string") {
                                const err10 = { instancePath: instancePath + "/next/" + i0 + "/occurredAt", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err10];
                                }
                                else {
                                    vErrors.push(err10);
                                }
                                errors++;
                            }
                        }
                        if (data4.receivedAt !== undefined) {
                            if (typeof data4.receivedAt !== "string") {
                                const err11 = { instancePath: instancePath + "/next/" + i0 + "/receivedAt", schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err11];
                                }
                                else {
                                    vErrors.push(err11);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/next/" + i0, schemaPath: "flow-event.schema.json#/definitions/FlowEventInput/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/next", schemaPath: "#/properties/next/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.annotations !== undefined) {
            let data10 = data.annotations;
            if (Array.isArray(data10)) {
                const len1 = data10.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data11 = data10[i1];
                    if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
                        if (data11.path === undefined) {
                            const err14 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        if (data11.message === undefined) {
                            const err15 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        for (const key0 in data11) {
                            if (!(((((((key0 === "path") || (key0 === "line")) || (key0 === "endLine")) || (key0 === "column")) || (key0 === "level")) || (key0 === "message")) || (key0 === "title"))) {
                                const err16 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        if (data11.path !== undefined) {
                            if (typeof data11.path !== "string") {
                                const err17 = { instancePath: instancePath + "/annotations/" + i1 + "/path", schemaPath: "#/definitions/FlowAnnotation/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data11.line !== undefined) {
                            let data13 = data11.line;
                            if (!((typeof data13 == "number") && (isFinite(data13)))) {
                                const err18 = { instancePath: instancePath + "/annotations/" + i1 + "/line", schemaPath: "#/definitions/FlowAnnotation/properties/line/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                        if (data11.endLine !== undefined) {
                            let data14 = data11.endLine;
                            if (!((typeof data14 == "number") && (isFinite(data14)))) {
                                const err19 = { instancePath: instancePath + "/annotations/" + i1 + "/endLine", schemaPath: "#/definitions/FlowAnnotation/properties/endLine/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err19];
                                }
                                else {
                                    vErrors.push(err19);
                                }
                                errors++;
                            }
                        }
                        if (data11.column !== undefined) {
                            let data15 = data11.column;
                            if (!((typeof data15 == "number") && (isFinite(data15)))) {
                                const err20 = { instancePath: instancePath + "/annotations/" + i1 + "/column", schemaPath: "#/definitions/FlowAnnotation/properties/column/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err20];
                                }
                                else {
                                    vErrors.push(err20);
                                }
                                errors++;
                            }
                        }
                        if (data11.level !== undefined) {
                            let data16 = data11.level;
                            if (typeof data16 !== "string") {
                                const err21 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err21];
                                }
                                else {
                                    vErrors.push(err21);
                                }
                                errors++;
                            }
                            if (!(((data16 === "notice") || (data16 === "warning")) || (data16 === "failure"))) {
                                const err22 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/enum", keyword: "enum", params: { allowedValues: schema20.properties.level.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err22];
                                }
                                else {
                                    vErrors.push(err22);
                                }
                                errors++;
                            }
                        }
                        if (data11.message !== undefined) {
                            if (typeof data11.message !== "string") {
                                const err23 = { instancePath: instancePath + "/annotations/" + i1 + "/message", schemaPath: "#/definitions/FlowAnnotation/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err23];
                                }
                                else {
                                    vErrors.push(err23);
                                }
                                errors++;
                            }
                        }
                        if (data11.title !== undefined) {
                            if (typeof data11.title !== "string") {
                                const err24 = { instancePath: instancePath + "/annotations/" + i1 + "/title", schemaPath: "#/definitions/FlowAnnotation/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err25 = { instancePath: instancePath + "/annotations/" + i1, schemaPath: "#/definitions/FlowAnnotation/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err26 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
    }
    else {
        const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err27];
        }
        else {
            vErrors.push(err27);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.eventId === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property '" + "eventId" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.flowName === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flowName" }, message: "must have required property '" + "flowName" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.flowVersion === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "flowVersion" }, message: "must have required property '" + "flowVersion" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.stepName === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stepName" }, message: "must have required property '" + "stepName" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.runner === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property '" + "runner" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.processStatus === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "processStatus" }, message: "must have required property '" + "processStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.effectiveStatus === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effectiveStatus" }, message: "must have required property '" + "effectiveStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.needsAttention === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "needsAttention" }, message: "must have required property '" + "needsAttention" + "'" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.attempts === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property '" + "attempts" + "'" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.createdAt === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.updatedAt === undefined) {
            const err11 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updatedAt" }, message: "must have required property '" + "updatedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err12 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.eventId !== undefined) {
            if (typeof data.eventId !== "string") {
                const err13 = { instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.flowName !== undefined) {
            if (typeof data.flowName !== "string") {
                const err14 = { instancePath: instancePath + "/flowName", schemaPath: "#/properties/flowName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.flowVersion !== undefined) {
            let data3 = data.flowVersion;
            if (!((typeof data3 == "number") && (isFinite(data3)))) {
                const err15 = { instancePath: instancePath + "/flowVersion", schemaPath: "#/properties/flowVersion/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.stepName !== undefined) {
            if (typeof data.stepName !== "string") {
                const err16 = { instancePath: instancePath + "/stepName", schemaPath: "#/properties/stepName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.runner !== undefined) {
            let data5 = data.runner;
            if (typeof data5 !== "string") {
                const err17 = { instancePath: instancePath + "/runner", schemaPath: "#/definitions/FlowRunner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            if (!((data5 === "bun") || (data5 === "code-mode"))) {
                const err18 = { instancePath: instancePath + "/runner", schemaPath: "#/definitions/FlowRunner/enum", keyword: "enum", params: { allowedValues: schema14.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.processStatus !== undefined) {
            let data6 = data.processStatus;
            if (typeof data6 !== "string") {
                const err19 = { instancePath: instancePath + "/processStatus", schemaPath: "#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            if (!((((((data6 === "queued") || (data6 === "running")) || (data6 === "completed")) || (data6 === "failed")) || (data6 === "canceled")) || (data6 === "interrupted"))) {
                const err20 = { instancePath: instancePath + "/processStatus", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema15.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.resultStatus !== undefined) {
            let data7 = data.resultStatus;
            if (typeof data7 !== "string") {
                const err21 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            if (!((((((data7 === "skipped") || (data7 === "completed")) || (data7 === "changed")) || (data7 === "needs_intervention")) || (data7 === "blocked")) || (data7 === "failed"))) {
                const err22 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.effectiveStatus !== undefined) {
            if (!(validate14(data.effectiveStatus, { instancePath: instancePath + "/effectiveStatus", parentData: data, parentDataProperty: "effectiveStatus", rootData }))) {
                vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
                errors = vErrors.length;
            }
        }
        if (data.needsAttention !== undefined) {
            if (typeof data.needsAttention !== "boolean") {
                const err23 = { instancePath: instancePath + "/needsAttention", schemaPath: "#/properties/needsAttention/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
        if (data.attempts !== undefined) {
            let data10 = data.attempts;
            if (Array.isArray(data10)) {
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate16(data10[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data10, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err24 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
        }
        if (data.output !== undefined) {
            if (typeof data.output !== "string") {
                const err25 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.resultPayload !== undefined) {
            if (!(validate12(data.resultPayload, { instancePath: instancePath + "/resultPayload", parentData: data, parentDataProperty: "resultPayload", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err26 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        if (data.createdAt !== undefined) {
            if (typeof data.createdAt !== "string") {
                const err27 = { instancePath: instancePath + "/createdAt", schemaPath: "#/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
        if (data.updatedAt !== undefined) {
            if (typeof data.updatedAt !== "string") {
                const err28 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            if (typeof data.startedAt !== "string") {
                const err29 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            if (typeof data.completedAt !== "string") {
                const err30 = { instancePath: instancePath + "/completedAt", schemaPath: "#/properties/completedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
        if (data.durationMs !== undefined) {
            let data19 = data.durationMs;
            if (!((typeof data19 == "number") && (isFinite(data19)))) {
                const err31 = { instancePath: instancePath + "/durationMs", schemaPath: "#/properties/durationMs/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.timedOut !== undefined) {
            if (typeof data.timedOut !== "boolean") {
                const err32 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.replay !== undefined) {
            if (typeof data.replay !== "boolean") {
                const err33 = { instancePath: instancePath + "/replay", schemaPath: "#/properties/replay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.alreadyHandled !== undefined) {
            if (typeof data.alreadyHandled !== "boolean") {
                const err34 = { instancePath: instancePath + "/alreadyHandled", schemaPath: "#/properties/alreadyHandled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
    }
    else {
        const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err35];
        }
        else {
            vErrors.push(err35);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/event-record.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.formatVersion === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "formatVersion" }, message: "must have required property '" + "formatVersion" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.event === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property '" + "event" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.runs === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property '" + "runs" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.formatVersion !== undefined) {
            let data0 = data.formatVersion;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err3 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 1 || isNaN(data0)) {
                    const err4 = { instancePath: instancePath + "/formatVersion", schemaPath: "#/properties/formatVersion/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        if (data.event !== undefined) {
            let data1 = data.event;
            if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                if (data1.id === undefined) {
                    const err5 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (data1.type === undefined) {
                    const err6 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data1.receivedAt === undefined) {
                    const err7 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "receivedAt" }, message: "must have required property '" + "receivedAt" + "'" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data1.payload === undefined) {
                    const err8 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property '" + "payload" + "'" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (data1.id !== undefined) {
                    let data2 = data1.id;
                    if (typeof data2 === "string") {
                        if (data2.length < 1) {
                            const err9 = { instancePath: instancePath + "/event/id", schemaPath: "flow-event.schema.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err10 = { instancePath: instancePath + "/event/id", schemaPath: "flow-event.schema.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                }
                if (data1.type !== undefined) {
                    let data3 = data1.type;
                    if (typeof data3 === "string") {
                        if (data3.length < 1) {
                            const err11 = { instancePath: instancePath + "/event/type", schemaPath: "flow-event.schema.json/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/event/type", schemaPath: "flow-event.schema.json/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data1.source !== undefined) {
                    if (typeof data1.source !== "string") {
                        const err13 = { instancePath: instancePath + "/event/source", schemaPath: "flow-event.schema.json/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                }
                if (data1.occurredAt !== undefined) {
                    if (typeof data1.occurredAt !== "string") {
                        const err14 = { instancePath: instancePath + "/event/occurredAt", schemaPath: "flow-event.schema.json/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err14];
                        }
                        else {
                            vErrors.push(err14);
                        }
                        errors++;
                    }
                }
                if (data1.receivedAt !== undefined) {
                    if (typeof data1.receivedAt !== "string") {
                        const err15 = { instancePath: instancePath + "/event/receivedAt", schemaPath: "flow-event.schema.json/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.runs !== undefined) {
            let data7 = data.runs;
            if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate11(data7[i0], { instancePath: instancePath + "/runs/" + i0, parentData: data7, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.firstDispatchedAt !== undefined) {
            if (typeof data.firstDispatchedAt !== "string") {
                const err18 = { instancePath: instancePath + "/firstDispatchedAt", schemaPath: "#/properties/firstDispatchedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.updatedAt !== undefined) {
            if (typeof data.updatedAt !== "string") {
                const err19 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/properties/updatedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.dispatchCount !== undefined) {
            let data11 = data.dispatchCount;
            if (!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))) {
                const err20 = { instancePath: instancePath + "/dispatchCount", schemaPath: "#/properties/dispatchCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            if ((typeof data11 == "number") && (isFinite(data11))) {
                if (data11 < 0 || isNaN(data11)) {
                    const err21 = { instancePath: instancePath + "/dispatchCount", schemaPath: "#/properties/dispatchCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
        }
        if (data.dispatchKeys !== undefined) {
            let data12 = data.dispatchKeys;
            if (Array.isArray(data12)) {
                const len1 = data12.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (typeof data12[i1] !== "string") {
                        const err22 = { instancePath: instancePath + "/dispatchKeys/" + i1, schemaPath: "#/properties/dispatchKeys/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err23 = { instancePath: instancePath + "/dispatchKeys", schemaPath: "#/properties/dispatchKeys/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
        }
    }
    else {
        const err24 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err24];
        }
        else {
            vErrors.push(err24);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/state/dispatcher.js
var dispatcher = __nccwpck_require__(35031);
// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __nccwpck_require__(77795);
// EXTERNAL MODULE: ./.build/state/record-check.js
var record_check = __nccwpck_require__(10838);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __nccwpck_require__(39709);
;// CONCATENATED MODULE: ./.build/state/record-parse.js
// Reading a stored record: the one place the event-record validator is needed. A module of its
// own, apart from record.ts, whose merging every dispatch uses (the engine's MemoryStateStore),
// so that a start which reads no record does not load and compile that validator (about 80 kB):
// the action's cold-start guard, BENCHMARKS.md.






/**
 * Read a stored record of any format version, validated against schemas/event-record.schema.json.
 * A value that is not a record throws a ContractViolation naming the field (and `file`, when
 * given), so stores can report the file and set it aside.
 */
function parseEventRecord(value, file) {
    const version = value?.formatVersion;
    // Checked first: a newer writer may have changed any other field.
    if (typeof version === "number" && version > types/* RECORD_FORMAT_VERSION */.Z) {
        throw new state_record/* NewerRecordFormatError */.Qy(`record format ${version} is newer than this flows-action understands (${types/* RECORD_FORMAT_VERSION */.Z}); upgrade flows-action`);
    }
    const record = (0,contract_errors/* checkContract */.nb)(validateEventRecord, value, "event-record.schema.json", file);
    // What the schema does not say: at least one attempt per run, an event payload, bounded nesting.
    const extra = (0,record_check/* checkEventRecordShape */.z)(value);
    if (extra)
        throw new Error(extra);
    const event = record.event;
    const runs = record.runs;
    // Runs whose dispatcher died while they ran read as interrupted (dispatcher.ts).
    return (0,dispatcher/* markInterrupted */.YU)({
        formatVersion: types/* RECORD_FORMAT_VERSION */.Z,
        event,
        runs,
        firstDispatchedAt: record.firstDispatchedAt ?? record.updatedAt ?? event.receivedAt,
        updatedAt: record.updatedAt ?? event.receivedAt,
        dispatchCount: record.dispatchCount ?? 1,
        ...(record.dispatchKeys && record.dispatchKeys.length > 0 ? { dispatchKeys: record.dispatchKeys.slice(-state_record/* DISPATCH_KEYS_KEPT */.jR) } : {}),
    });
}


/***/ }),

/***/ 77795:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QP: () => (/* binding */ withPending),
/* harmony export */   Qy: () => (/* binding */ NewerRecordFormatError),
/* harmony export */   XZ: () => (/* binding */ copyRecord),
/* harmony export */   Zo: () => (/* binding */ mergeEventRecords),
/* harmony export */   f$: () => (/* binding */ withPendingRecord),
/* harmony export */   jR: () => (/* binding */ DISPATCH_KEYS_KEPT),
/* harmony export */   m5: () => (/* binding */ countDispatch),
/* harmony export */   ny: () => (/* binding */ addPending)
/* harmony export */ });
/* unused harmony export newDispatchKey */
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(75244);
/* harmony import */ var _run_merge_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(13132);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(39709);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(99416);




/**
 * Merge two records of the same event, as written by two writers. Nothing is dropped: runs
 * are keyed by id, and two copies of one run keep every attempt of both (see run-merge.ts).
 */
function mergeEventRecords(stored, incoming) {
    const runs = new Map();
    for (const run of [...stored.runs, ...incoming.runs]) {
        const seen = runs.get(run.id);
        runs.set(run.id, seen ? (0,_run_merge_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeRuns */ .r)(seen, run) : run);
    }
    return {
        formatVersion: _types_js__WEBPACK_IMPORTED_MODULE_3__/* .RECORD_FORMAT_VERSION */ .Z,
        event: stored.event,
        runs: [...runs.values()],
        firstDispatchedAt: earlier(stored.firstDispatchedAt, incoming.firstDispatchedAt),
        updatedAt: later(stored.updatedAt, incoming.updatedAt),
        ...mergeDispatchCounts(stored, incoming),
    };
}
/**
 * Dispatch keys a record keeps: far more than the dispatches of one event that save at once
 * (a key is needed only until every copy of the record that lacks it has been merged).
 */
const DISPATCH_KEYS_KEPT = 32;
/** A key for one dispatch of an event, unique among its dispatches. */
function newDispatchKey() {
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .randomHex */ .nw)(6);
}
/**
 * `dispatchCount` and `dispatchKeys` of the record one more dispatch of an event saves, from the
 * record it read. Two dispatches that read the same record (two processes, two jobs) both count
 * 1 more; their keys let the merge count both.
 */
function countDispatch(stored, key = newDispatchKey()) {
    return { dispatchCount: (stored?.dispatchCount ?? 0) + 1, dispatchKeys: [...(stored?.dispatchKeys ?? []), key].slice(-DISPATCH_KEYS_KEPT) };
}
/**
 * The count of a merge: each side's count plus the dispatches only the other side counted (its
 * keys this side lacks). The two agree unless a key was dropped (over DISPATCH_KEYS_KEPT), and
 * the larger is taken: a dispatch is never lost. The same dispatch saved twice (its start, then
 * its end) has the same key in both, so it counts once; records without keys (older writers)
 * keep the larger count, as before.
 */
function mergeDispatchCounts(a, b) {
    const aKeys = a.dispatchKeys ?? [];
    const bKeys = b.dispatchKeys ?? [];
    if (aKeys.length === 0 && bKeys.length === 0)
        return { dispatchCount: Math.max(a.dispatchCount, b.dispatchCount) };
    const inA = new Set(aKeys);
    const inB = new Set(bKeys);
    const onlyB = bKeys.filter((key) => !inA.has(key));
    const onlyA = aKeys.filter((key) => !inB.has(key));
    return {
        dispatchCount: Math.max(a.dispatchCount + onlyB.length, b.dispatchCount + onlyA.length),
        dispatchKeys: [...aKeys, ...onlyB].slice(-DISPATCH_KEYS_KEPT),
    };
}
// ISO timestamps compare as strings, so Math.min/max do not apply.
function earlier(a, b) {
    return a <= b ? a : b;
}
function later(a, b) {
    return a >= b ? a : b;
}
// The branch and artifact stores keep saved records in memory until flush(); these merge them
// in and lay them over what the store read.
/** Add a record to the pending ones, merged with any pending record of the same event. */
function addPending(pending, record) {
    const current = pending.get(record.event.id);
    // The merge keeps the pending copy's event, so a later save clones only its runs: a 25 MB
    // payload is copied once per event, not once per step start and end.
    const copy = current ? { ...record, event: current.event, runs: structuredClone(record.runs) } : copyRecord(record);
    pending.set(record.event.id, current ? mergeEventRecords(current, copy) : copy);
}
/** One event's stored record with its pending record merged over it, as a copy. */
function withPendingRecord(stored, pending) {
    const record = stored && pending ? mergeEventRecords(stored, pending) : (stored ?? pending);
    return record ? copyRecord(record) : undefined;
}
/**
 * A copy of a record the caller may change, sharing its event: nothing changes an event once it
 * is built, and a large event's payload may hold arrays kept on disk (src/events/lazy-json.ts),
 * which structuredClone cannot copy.
 */
function copyRecord(record) {
    const copy = structuredClone({ ...record, event: null });
    copy.event = record.event;
    return copy;
}
/** Records by event id with pending (unsaved) records merged over them, for listings. */
function withPending(stored, pending) {
    const byId = new Map(stored);
    for (const [id, record] of pending) {
        const current = byId.get(id);
        byId.set(id, current ? mergeEventRecords(current, record) : record);
    }
    return [...byId.values()];
}
/** A record written by a newer flows-action: not corrupt, so never set aside or overwritten. */
class NewerRecordFormatError extends _user_error_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .y {
    name = "NewerRecordFormatError";
}


/***/ }),

/***/ 13132:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ mergeRuns)
/* harmony export */ });
/**
 * Merge two writers' copies of one run without dropping an attempt. Attempts are told apart by
 * their key (unique per attempt; older records: their id): two writers that ran the same step
 * at once both keep their attempt, renumbered in start order. For one attempt seen twice, the
 * copy further along wins (finished over running over queued). The run's own fields come from
 * the copy that holds the latest attempt in its furthest state.
 */
function mergeRuns(a, b) {
    if (a.attempts.length === 0 || b.attempts.length === 0)
        return a.attempts.length >= b.attempts.length ? a : b;
    const byKey = new Map();
    for (const attempt of [...a.attempts, ...b.attempts]) {
        const key = attemptKey(attempt);
        const seen = byKey.get(key);
        if (!seen || isFurther(attempt, seen))
            byKey.set(key, attempt);
    }
    const sorted = [...byKey.values()].sort(byStart);
    const lastKey = attemptKey(sorted.at(-1));
    const attempts = renumber(a.id, sorted);
    const holders = [a, b].filter((run) => run.attempts.some((attempt) => attemptKey(attempt) === lastKey));
    const base = holders.reduce((best, run) => (isFurtherRun(run, best, lastKey) ? run : best));
    return { ...base, attempts };
}
function attemptKey(attempt) {
    return attempt.key ?? `id:${attempt.id}`;
}
const RANK = { queued: 0, running: 1, interrupted: 2 };
function rank(attempt) {
    return RANK[attempt.status] ?? 3; // completed, failed, canceled: finished
}
function isFurther(candidate, current) {
    if (rank(candidate) !== rank(current))
        return rank(candidate) > rank(current);
    return (candidate.completedAt ?? candidate.startedAt ?? "") > (current.completedAt ?? current.startedAt ?? "");
}
function isFurtherRun(candidate, current, key) {
    const mine = candidate.attempts.find((attempt) => attemptKey(attempt) === key);
    const theirs = current.attempts.find((attempt) => attemptKey(attempt) === key);
    if (rank(mine) !== rank(theirs))
        return rank(mine) > rank(theirs);
    return candidate.updatedAt > current.updatedAt;
}
function byStart(x, y) {
    const a = x.startedAt ?? "";
    const b = y.startedAt ?? "";
    if (a !== b)
        return a < b ? -1 : 1;
    return x.number - y.number || (attemptKey(x) < attemptKey(y) ? -1 : 1);
}
/** Numbers 1..n in order; ids follow the numbers when they no longer match (`<run id>_a<n>`). */
function renumber(runId, attempts) {
    const consistent = attempts.every((attempt, index) => attempt.number === index + 1);
    const unique = new Set(attempts.map((attempt) => attempt.id)).size === attempts.length;
    if (consistent && unique)
        return attempts;
    // A renumbered attempt keeps its identity in `key` (older attempts had only their id).
    return attempts.map((attempt, index) => ({ ...attempt, key: attemptKey(attempt), number: index + 1, id: `${runId}_a${index + 1}` }));
}


/***/ }),

/***/ 39709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ RECORD_FORMAT_VERSION)
/* harmony export */ });
/** Current version of the stored record format; readers accept every older version. */
const RECORD_FORMAT_VERSION = 1;


/***/ }),

/***/ 17930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ terminalLines),
/* harmony export */   eR: () => (/* binding */ terminalText),
/* harmony export */   jR: () => (/* binding */ stepOutputText),
/* harmony export */   kJ: () => (/* binding */ terminalSafe)
/* harmony export */ });
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3726);
// A terminal obeys the control characters in what it is given: ESC starts sequences that set the
// window title or the clipboard (OSC), clear the screen and move the cursor (CSI), BEL rings, CR
// returns over what was written. `flows` prints text from outside (step output, FLOW_RESULT
// messages, event ids and types, payload values, stored records), so that text reaches the
// terminal only through these functions, one per kind of text. Every C0 and C1 control character
// except tab becomes a visible escape in logText's form (`\n`, `\r`, `\u001b`), and so does every
// bidirectional control (`\u202e`: a terminal that shows text right to left obeys them too,
// src/log-text.ts).

/** C0 and C1 control characters and DEL, but not tab; and the bidirectional controls. */
const CONTROL = new RegExp(`[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .BIDI_CONTROL_CLASS */ .uh}]`, "g");
/** The same, but not newline either. */
const CONTROL_BUT_NEWLINE = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .BIDI_CONTROL_CLASS */ .uh}]`, "g");
/** SGR (Select Graphic Rendition: colours, bold...), the one sequence step output may keep. */
const SGR = /(\u001b\[[0-9;:]*m)/;
/** An SGR sequence, or any other control character but tab and newline. */
const UNSAFE = new RegExp(`\\u001b\\[[0-9;:]*m|[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .BIDI_CONTROL_CLASS */ .uh}]`, "g");
const RESET = "\u001b[0m";
function visible(char) {
    if (char === "\n")
        return "\\n";
    if (char === "\r")
        return "\\r";
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
/** Outside text as one field of one line (an id, a type, a message): a line break becomes `\n` too. */
function terminalText(text) {
    return text.replace(CONTROL, visible);
}
/** Outside text of several lines (a stored output tail, an error, a result as JSON): line breaks stay. */
function terminalLines(text) {
    return text.replace(CONTROL_BUT_NEWLINE, visible);
}
/**
 * One line of live step output. With colour on, the step's SGR colour sequences are kept (and the
 * line ends with a reset, so a colour left on does not run into the next line); every other
 * sequence is escaped, its ESC shown as `\u001b`. With colour off, SGR is escaped too.
 */
function stepOutputText(line, color) {
    if (!color)
        return terminalText(line);
    const parts = line.split(SGR);
    if (parts.length === 1)
        return terminalText(line);
    // split with a capturing group: the SGR sequences are at the odd places.
    return `${parts.map((part, index) => (index % 2 === 1 ? part : terminalText(part))).join("")}${RESET}`;
}
/**
 * The last guard, on everything `flows` writes: control characters other than tab, newline and
 * SGR sequences, and the bidirectional controls, are escaped, whatever path the text took. Text already escaped passes unchanged.
 */
function terminalSafe(text) {
    return text.replace(UNSAFE, (match) => (match.length > 1 ? match : visible(match)));
}


/***/ }),

/***/ 75270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ cutCodePoints),
/* harmony export */   gL: () => (/* binding */ clipText),
/* harmony export */   j9: () => (/* binding */ headOfBytes),
/* harmony export */   v7: () => (/* binding */ tailOfBytes)
/* harmony export */ });
/* unused harmony export codePointLength */
// Text from outside (step output, result messages, titles, release bodies, payloads) is cut to
// a length in many places. A cut by UTF-16 units can fall between the two halves of a surrogate
// pair (an emoji, a rarer CJK character): the half left behind shows as U+FFFD, and reaches the
// GitHub API as an escaped lone surrogate. A cut between code points can still fall inside one
// character as the reader sees it (a grapheme, UAX #29): a flag is two regional indicators
// (🇫🇷 cut after the first shows 🇫), a family emoji three people joined by ZWJ, a thumbs-up its
// skin tone, an `é` an `e` and a combining accent. So these cut between graphemes, and count
// code points.
//
// Finding the grapheme a cut falls in looks only at a window before the cut (GRAPHEME_WINDOW),
// never the whole text: hostile input (4 MiB of combining marks, or of regional indicators) is
// cut in bounded time. A "grapheme" longer than the window (no real character is) is cut
// between code points, as before.
/** UTF-16 units looked at before a cut (and after it, for a tail) to find its grapheme. */
const GRAPHEME_WINDOW = 256;
/** Regional indicators looked back over: flags pair from the start of their run. */
const MAX_FLAG_RUN = 1024;
let segmenter;
function graphemes() {
    // Built once: constructing one costs far more than segmenting a window.
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    return segmenter;
}
function isHigh(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}
function isLow(unit) {
    return unit >= 0xdc00 && unit <= 0xdfff;
}
/** Whether a surrogate pair starts at `at`. */
function pairAt(text, at) {
    return isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1));
}
/** A regional indicator (U+1F1E6–U+1F1FF) at `at`: the surrogate pair D83C DDE6–DDFF. */
function flagHalfAt(text, at) {
    const low = text.charCodeAt(at + 1);
    return text.charCodeAt(at) === 0xd83c && low >= 0xdde6 && low <= 0xddff;
}
/** `at`, or one unit earlier when `at` falls between the halves of a surrogate pair. */
function codePointStart(text, at) {
    return at > 0 && pairAt(text, at - 1) ? at - 1 : at;
}
/**
 * The grapheme boundaries nearest `at` (a code-point boundary): where the grapheme holding the
 * code point before `at` starts (`before`) and, when `at` is not a boundary, where it ends
 * (`after`). When that grapheme does not fit the window, both are `at`: a cut between code points.
 */
function graphemeAround(text, at, wantAfter) {
    if (at <= 0 || at >= text.length)
        return { before: at, after: at };
    // Between two ASCII characters is always a boundary, but between CR and LF (the common case, at no cost).
    const previous = text.charCodeAt(at - 1);
    const next = text.charCodeAt(at);
    if (previous < 0x80 && next < 0x80 && !(previous === 0x0d && next === 0x0a))
        return { before: at, after: at };
    let from = codePointStart(text, Math.max(0, at - GRAPHEME_WINDOW));
    // Regional indicators pair from the start of their run; the window must start there.
    if (from > 0 && flagHalfAt(text, from)) {
        let flags = 0;
        while (from >= 2 && flagHalfAt(text, from - 2) && flags < MAX_FLAG_RUN) {
            from -= 2;
            flags++;
        }
        if (from >= 2 && flagHalfAt(text, from - 2))
            return { before: at, after: at };
    }
    // Whether `at` is a boundary depends on the code point after it, never on any further one.
    const to = Math.min(text.length, wantAfter ? at + GRAPHEME_WINDOW : at + 2);
    // `containing` asks for the one grapheme, without walking (and allocating) every one in the window.
    const segments = graphemes().segment(text.slice(from, to));
    const hit = segments.containing(at - from);
    if (hit === undefined || hit.index === at - from)
        return { before: at, after: at };
    const before = from + hit.index;
    // Segmented from the window's start, the first boundary after it may be false: the rules that
    // join a ZWJ sequence or an Indic conjunct read back to where it began, before the window.
    const firstAfterStart = from + (segments.containing(0)?.segment.length ?? 0);
    // The grapheme began before the window, or may have: it is longer than the window.
    if (from > 0 && (before === from || before === firstAfterStart))
        return { before: at, after: at };
    const end = before + hit.segment.length;
    // The grapheme runs past the window (not to the text's end): longer than the window.
    return { before, after: end === to && to < text.length ? at : end };
}
/** `at` (a code-point boundary), moved back to the start of the grapheme it falls in. */
function graphemeStart(text, at) {
    return graphemeAround(text, at, false).before;
}
/** `at` (a code-point boundary), moved on to the end of the grapheme it falls in. */
function graphemeEnd(text, at) {
    return graphemeAround(text, at, true).after;
}
/** The UTF-16 index after `count` code points from `start` (or the text's end, if it has fewer). */
function codePointEnd(text, count, start = 0) {
    let i = start;
    for (let n = 0; n < count && i < text.length; n++)
        i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    return i;
}
/** How many code points a text holds from `start` on (an emoji is one, not two UTF-16 units). */
function codePointLength(text, start = 0) {
    let count = 0;
    for (let i = start; i < text.length; count++)
        i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    return count;
}
/**
 * The first graphemes of a text that hold at most `max` code points, and how many code points
 * after them were cut.
 */
function cutCodePoints(text, max) {
    // A text of at most `max` UTF-16 units has at most `max` code points.
    if (text.length <= max)
        return { kept: text, cut: 0 };
    const end = codePointEnd(text, Math.max(0, max));
    if (end >= text.length)
        return { kept: text, cut: 0 };
    const start = graphemeStart(text, end);
    return { kept: text.slice(0, start), cut: codePointLength(text, start) };
}
/** At most `max` code points of a text, cut between graphemes; a text that was cut ends in `marker` (counted in `max`). */
function clipText(text, max, marker = "…") {
    if (text.length <= max || codePointEnd(text, max) >= text.length)
        return text;
    return `${text.slice(0, graphemeStart(text, codePointEnd(text, Math.max(0, max - codePointLength(marker)))))}${marker}`;
}
const utf8 = new TextEncoder();
/** The first graphemes of a text that fit in `maxBytes` UTF-8 bytes. */
function headOfBytes(text, maxBytes) {
    // Three bytes at most per UTF-16 unit.
    if (text.length * 3 <= maxBytes || Buffer.byteLength(text, "utf8") <= maxBytes)
        return text;
    // encodeInto stops before a code point that does not fit; a lone surrogate takes 3 bytes (U+FFFD), as in Buffer.byteLength.
    const { read } = utf8.encodeInto(text, new Uint8Array(Math.max(0, maxBytes)));
    return text.slice(0, graphemeStart(text, read));
}
/**
 * The last graphemes of a text that fit in `maxBytes` UTF-8 bytes. Counted from the end, so the
 * tail of a 640 KB output costs its 16 KB, not the rest.
 */
function tailOfBytes(text, maxBytes) {
    let start = text.length;
    let bytes = 0;
    while (start > 0) {
        const unit = text.charCodeAt(start - 1);
        const pair = isLow(unit) && start >= 2 && isHigh(text.charCodeAt(start - 2));
        // A lone surrogate takes 3 bytes (U+FFFD), as in Buffer.byteLength.
        const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        start -= pair ? 2 : 1;
    }
    return start === 0 ? text : text.slice(graphemeEnd(text, start));
}


/***/ }),

/***/ 99416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isUserError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
// Two kinds of error reach an entry point: the user's (a flow.toml, an input, a store setting,
// a CLI argument, an event file, data from outside) and ours (a bug). A UserError carries what
// to change and is shown without a stack; anything else is a bug, shown with its stack and a
// request to report it (describe-error.ts). Decide which when throwing, not later.
// A brand as well as the class: a UserError thrown by another copy of this module (a bundle
// loaded twice) is still recognised.
const BRAND = Symbol.for("flows-action.UserError");
class UserError extends Error {
    name = "UserError";
    file;
    line;
    column;
    hint;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        Object.defineProperty(this, BRAND, { value: true });
        if (options.file !== undefined)
            this.file = options.file;
        if (options.line !== undefined)
            this.line = options.line;
        if (options.column !== undefined)
            this.column = options.column;
        if (options.hint !== undefined)
            this.hint = options.hint;
    }
}
function isUserError(error) {
    return error instanceof UserError || (typeof error === "object" && error !== null && error[BRAND] === true);
}


/***/ }),

/***/ 15626:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ui: () => (/* binding */ DISPATCHED_RELEASES_KEPT),
  PV: () => (/* reexport */ query/* INTERNAL_EVENT_TYPE_PREFIX */.PV),
  mR: () => (/* binding */ SEEN_RELEASES_KEPT),
  lY: () => (/* binding */ WATCH_CURSOR_EVENT_TYPE),
  x7: () => (/* binding */ WATCH_CURSOR_FORMAT),
  ek: () => (/* binding */ isInternalEventType),
  mj: () => (/* binding */ loadWatchCursor),
  Cc: () => (/* binding */ recoverWatchCursor),
  xA: () => (/* binding */ saveWatchCursor),
  Xi: () => (/* binding */ watchCursorEventId)
});

// UNUSED EXPORTS: WatchCursorError

;// CONCATENATED MODULE: ./.build/generated/validators/watch-cursor.js

const validateWatchCursor = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/watch-cursor.schema.json", "title": "WatchCursor", "description": "Where polling of one upstream repository's releases left off, kept in the state store.", "type": "object", "required": ["format", "repo", "seen", "polledAt"], "properties": { "format": { "type": "number", "description": "WATCH_CURSOR_FORMAT (1)." }, "repo": { "type": "string", "description": "owner/repo, as configured." }, "etag": { "type": "string", "description": "ETag of the first page of releases at the last poll that changed something." }, "deepEtag": { "type": "string", "description": "ETag of the second page, when the repository has one." }, "etagAt": { "type": "string", "description": "When `etag` was received." }, "tagsEtag": { "type": "string", "description": "ETag of the tag refs listing (updates=true)." }, "watermark": { "type": "string", "description": "The latest publishedAt seen; a release published before it is not new." }, "seen": { "type": "array", "description": "The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT.", "items": { "$ref": "#/definitions/SeenRelease" } }, "pending": { "type": "array", "description": "Releases waiting for min-age, oldest first.", "items": { "$ref": "#/definitions/HeldRelease" } }, "dispatched": { "type": "array", "description": "Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT.", "items": { "$ref": "#/definitions/DispatchedRelease" } }, "redeliver": { "type": "array", "items": { "type": "string" }, "description": "Tags to deliver again at the next poll (`flows forget` of a polled release)." }, "polledAt": { "type": "string", "description": "When this cursor was written." }, "checkedAt": { "type": "string", "description": "The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS." } }, "definitions": { "SeenRelease": { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } }, "HeldRelease": { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } }, "DispatchedRelease": { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } } } };
const schema12 = { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } };
const schema13 = { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } };
const schema14 = { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/watch-cursor.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.format === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "format" }, message: "must have required property '" + "format" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.repo === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repo" }, message: "must have required property '" + "repo" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.seen === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "seen" }, message: "must have required property '" + "seen" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.polledAt === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "polledAt" }, message: "must have required property '" + "polledAt" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.format !== undefined) {
            let data0 = data.format;
            if (!((typeof data0 == "number") && (isFinite(data0)))) {
                const err4 = { instancePath: instancePath + "/format", schemaPath: "#/properties/format/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.repo !== undefined) {
            if (typeof data.repo !== "string") {
                const err5 = { instancePath: instancePath + "/repo", schemaPath: "#/properties/repo/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.etag !== undefined) {
            if (typeof data.etag !== "string") {
                const err6 = { instancePath: instancePath + "/etag", schemaPath: "#/properties/etag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.deepEtag !== undefined) {
            if (typeof data.deepEtag !== "string") {
                const err7 = { instancePath: instancePath + "/deepEtag", schemaPath: "#/properties/deepEtag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.etagAt !== undefined) {
            if (typeof data.etagAt !== "string") {
                const err8 = { instancePath: instancePath + "/etagAt", schemaPath: "#/properties/etagAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.tagsEtag !== undefined) {
            if (typeof data.tagsEtag !== "string") {
                const err9 = { instancePath: instancePath + "/tagsEtag", schemaPath: "#/properties/tagsEtag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.watermark !== undefined) {
            if (typeof data.watermark !== "string") {
                const err10 = { instancePath: instancePath + "/watermark", schemaPath: "#/properties/watermark/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.seen !== undefined) {
            let data7 = data.seen;
            if (Array.isArray(data7)) {
                const len0 = data7.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data8 = data7[i0];
                    if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
                        if (data8.id === undefined) {
                            const err11 = { instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/SeenRelease/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (data8.tag === undefined) {
                            const err12 = { instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/SeenRelease/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                        if (data8.publishedAt === undefined) {
                            const err13 = { instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/SeenRelease/required", keyword: "required", params: { missingProperty: "publishedAt" }, message: "must have required property '" + "publishedAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                        if (data8.prerelease === undefined) {
                            const err14 = { instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/SeenRelease/required", keyword: "required", params: { missingProperty: "prerelease" }, message: "must have required property '" + "prerelease" + "'" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        if (data8.id !== undefined) {
                            let data9 = data8.id;
                            if (!((typeof data9 == "number") && (isFinite(data9)))) {
                                const err15 = { instancePath: instancePath + "/seen/" + i0 + "/id", schemaPath: "#/definitions/SeenRelease/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err15];
                                }
                                else {
                                    vErrors.push(err15);
                                }
                                errors++;
                            }
                        }
                        if (data8.tag !== undefined) {
                            if (typeof data8.tag !== "string") {
                                const err16 = { instancePath: instancePath + "/seen/" + i0 + "/tag", schemaPath: "#/definitions/SeenRelease/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err16];
                                }
                                else {
                                    vErrors.push(err16);
                                }
                                errors++;
                            }
                        }
                        if (data8.publishedAt !== undefined) {
                            if (typeof data8.publishedAt !== "string") {
                                const err17 = { instancePath: instancePath + "/seen/" + i0 + "/publishedAt", schemaPath: "#/definitions/SeenRelease/properties/publishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err17];
                                }
                                else {
                                    vErrors.push(err17);
                                }
                                errors++;
                            }
                        }
                        if (data8.prerelease !== undefined) {
                            if (typeof data8.prerelease !== "boolean") {
                                const err18 = { instancePath: instancePath + "/seen/" + i0 + "/prerelease", schemaPath: "#/definitions/SeenRelease/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err18];
                                }
                                else {
                                    vErrors.push(err18);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err19 = { instancePath: instancePath + "/seen/" + i0, schemaPath: "#/definitions/SeenRelease/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err20 = { instancePath: instancePath + "/seen", schemaPath: "#/properties/seen/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.pending !== undefined) {
            let data13 = data.pending;
            if (Array.isArray(data13)) {
                const len1 = data13.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data14 = data13[i1];
                    if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                        if (data14.id === undefined) {
                            const err21 = { instancePath: instancePath + "/pending/" + i1, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                        if (data14.tag === undefined) {
                            const err22 = { instancePath: instancePath + "/pending/" + i1, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'" };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                        if (data14.publishedAt === undefined) {
                            const err23 = { instancePath: instancePath + "/pending/" + i1, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "publishedAt" }, message: "must have required property '" + "publishedAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        if (data14.firstSeenAt === undefined) {
                            const err24 = { instancePath: instancePath + "/pending/" + i1, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "firstSeenAt" }, message: "must have required property '" + "firstSeenAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err24];
                            }
                            else {
                                vErrors.push(err24);
                            }
                            errors++;
                        }
                        if (data14.ageFrom === undefined) {
                            const err25 = { instancePath: instancePath + "/pending/" + i1, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "ageFrom" }, message: "must have required property '" + "ageFrom" + "'" };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                        if (data14.createdAt === undefined) {
                            const err26 = { instancePath: instancePath + "/pending/" + i1, schemaPath: "#/definitions/HeldRelease/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err26];
                            }
                            else {
                                vErrors.push(err26);
                            }
                            errors++;
                        }
                        if (data14.id !== undefined) {
                            let data15 = data14.id;
                            if (!((typeof data15 == "number") && (isFinite(data15)))) {
                                const err27 = { instancePath: instancePath + "/pending/" + i1 + "/id", schemaPath: "#/definitions/HeldRelease/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err27];
                                }
                                else {
                                    vErrors.push(err27);
                                }
                                errors++;
                            }
                        }
                        if (data14.tag !== undefined) {
                            if (typeof data14.tag !== "string") {
                                const err28 = { instancePath: instancePath + "/pending/" + i1 + "/tag", schemaPath: "#/definitions/HeldRelease/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        if (data14.publishedAt !== undefined) {
                            if (typeof data14.publishedAt !== "string") {
                                const err29 = { instancePath: instancePath + "/pending/" + i1 + "/publishedAt", schemaPath: "#/definitions/HeldRelease/properties/publishedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err29];
                                }
                                else {
                                    vErrors.push(err29);
                                }
                                errors++;
                            }
                        }
                        if (data14.firstSeenAt !== undefined) {
                            if (typeof data14.firstSeenAt !== "string") {
                                const err30 = { instancePath: instancePath + "/pending/" + i1 + "/firstSeenAt", schemaPath: "#/definitions/HeldRelease/properties/firstSeenAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err30];
                                }
                                else {
                                    vErrors.push(err30);
                                }
                                errors++;
                            }
                        }
                        if (data14.ageFrom !== undefined) {
                            let data19 = data14.ageFrom;
                            if (typeof data19 !== "string") {
                                const err31 = { instancePath: instancePath + "/pending/" + i1 + "/ageFrom", schemaPath: "#/definitions/HeldRelease/properties/ageFrom/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err31];
                                }
                                else {
                                    vErrors.push(err31);
                                }
                                errors++;
                            }
                            if (!((data19 === "published") || (data19 === "first-seen"))) {
                                const err32 = { instancePath: instancePath + "/pending/" + i1 + "/ageFrom", schemaPath: "#/definitions/HeldRelease/properties/ageFrom/enum", keyword: "enum", params: { allowedValues: schema13.properties.ageFrom.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        if (data14.createdAt !== undefined) {
                            if (typeof data14.createdAt !== "string") {
                                const err33 = { instancePath: instancePath + "/pending/" + i1 + "/createdAt", schemaPath: "#/definitions/HeldRelease/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err33];
                                }
                                else {
                                    vErrors.push(err33);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err34 = { instancePath: instancePath + "/pending/" + i1, schemaPath: "#/definitions/HeldRelease/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err35 = { instancePath: instancePath + "/pending", schemaPath: "#/properties/pending/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.dispatched !== undefined) {
            let data21 = data.dispatched;
            if (Array.isArray(data21)) {
                const len2 = data21.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data22 = data21[i2];
                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        if (data22.id === undefined) {
                            const err36 = { instancePath: instancePath + "/dispatched/" + i2, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                        if (data22.tag === undefined) {
                            const err37 = { instancePath: instancePath + "/dispatched/" + i2, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "tag" }, message: "must have required property '" + "tag" + "'" };
                            if (vErrors === null) {
                                vErrors = [err37];
                            }
                            else {
                                vErrors.push(err37);
                            }
                            errors++;
                        }
                        if (data22.eventId === undefined) {
                            const err38 = { instancePath: instancePath + "/dispatched/" + i2, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property '" + "eventId" + "'" };
                            if (vErrors === null) {
                                vErrors = [err38];
                            }
                            else {
                                vErrors.push(err38);
                            }
                            errors++;
                        }
                        if (data22.prerelease === undefined) {
                            const err39 = { instancePath: instancePath + "/dispatched/" + i2, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "prerelease" }, message: "must have required property '" + "prerelease" + "'" };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                        if (data22.createdAt === undefined) {
                            const err40 = { instancePath: instancePath + "/dispatched/" + i2, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                        if (data22.dispatchedAt === undefined) {
                            const err41 = { instancePath: instancePath + "/dispatched/" + i2, schemaPath: "#/definitions/DispatchedRelease/required", keyword: "required", params: { missingProperty: "dispatchedAt" }, message: "must have required property '" + "dispatchedAt" + "'" };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                        if (data22.id !== undefined) {
                            let data23 = data22.id;
                            if (!((typeof data23 == "number") && (isFinite(data23)))) {
                                const err42 = { instancePath: instancePath + "/dispatched/" + i2 + "/id", schemaPath: "#/definitions/DispatchedRelease/properties/id/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                                if (vErrors === null) {
                                    vErrors = [err42];
                                }
                                else {
                                    vErrors.push(err42);
                                }
                                errors++;
                            }
                        }
                        if (data22.tag !== undefined) {
                            if (typeof data22.tag !== "string") {
                                const err43 = { instancePath: instancePath + "/dispatched/" + i2 + "/tag", schemaPath: "#/definitions/DispatchedRelease/properties/tag/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err43];
                                }
                                else {
                                    vErrors.push(err43);
                                }
                                errors++;
                            }
                        }
                        if (data22.eventId !== undefined) {
                            if (typeof data22.eventId !== "string") {
                                const err44 = { instancePath: instancePath + "/dispatched/" + i2 + "/eventId", schemaPath: "#/definitions/DispatchedRelease/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        if (data22.prerelease !== undefined) {
                            if (typeof data22.prerelease !== "boolean") {
                                const err45 = { instancePath: instancePath + "/dispatched/" + i2 + "/prerelease", schemaPath: "#/definitions/DispatchedRelease/properties/prerelease/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                                if (vErrors === null) {
                                    vErrors = [err45];
                                }
                                else {
                                    vErrors.push(err45);
                                }
                                errors++;
                            }
                        }
                        if (data22.createdAt !== undefined) {
                            if (typeof data22.createdAt !== "string") {
                                const err46 = { instancePath: instancePath + "/dispatched/" + i2 + "/createdAt", schemaPath: "#/definitions/DispatchedRelease/properties/createdAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err46];
                                }
                                else {
                                    vErrors.push(err46);
                                }
                                errors++;
                            }
                        }
                        if (data22.dispatchedAt !== undefined) {
                            if (typeof data22.dispatchedAt !== "string") {
                                const err47 = { instancePath: instancePath + "/dispatched/" + i2 + "/dispatchedAt", schemaPath: "#/definitions/DispatchedRelease/properties/dispatchedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err47];
                                }
                                else {
                                    vErrors.push(err47);
                                }
                                errors++;
                            }
                        }
                        if (data22.commit !== undefined) {
                            if (typeof data22.commit !== "string") {
                                const err48 = { instancePath: instancePath + "/dispatched/" + i2 + "/commit", schemaPath: "#/definitions/DispatchedRelease/properties/commit/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err48];
                                }
                                else {
                                    vErrors.push(err48);
                                }
                                errors++;
                            }
                        }
                        if (data22.tagObject !== undefined) {
                            if (typeof data22.tagObject !== "string") {
                                const err49 = { instancePath: instancePath + "/dispatched/" + i2 + "/tagObject", schemaPath: "#/definitions/DispatchedRelease/properties/tagObject/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err49];
                                }
                                else {
                                    vErrors.push(err49);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err50 = { instancePath: instancePath + "/dispatched/" + i2, schemaPath: "#/definitions/DispatchedRelease/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err51 = { instancePath: instancePath + "/dispatched", schemaPath: "#/properties/dispatched/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err51];
                }
                else {
                    vErrors.push(err51);
                }
                errors++;
            }
        }
        if (data.redeliver !== undefined) {
            let data31 = data.redeliver;
            if (Array.isArray(data31)) {
                const len3 = data31.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    if (typeof data31[i3] !== "string") {
                        const err52 = { instancePath: instancePath + "/redeliver/" + i3, schemaPath: "#/properties/redeliver/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err53 = { instancePath: instancePath + "/redeliver", schemaPath: "#/properties/redeliver/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
        }
        if (data.polledAt !== undefined) {
            if (typeof data.polledAt !== "string") {
                const err54 = { instancePath: instancePath + "/polledAt", schemaPath: "#/properties/polledAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err54];
                }
                else {
                    vErrors.push(err54);
                }
                errors++;
            }
        }
        if (data.checkedAt !== undefined) {
            if (typeof data.checkedAt !== "string") {
                const err55 = { instancePath: instancePath + "/checkedAt", schemaPath: "#/properties/checkedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err55];
                }
                else {
                    vErrors.push(err55);
                }
                errors++;
            }
        }
    }
    else {
        const err56 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err56];
        }
        else {
            vErrors.push(err56);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/state/query.js
var query = __nccwpck_require__(89176);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __nccwpck_require__(99416);
// EXTERNAL MODULE: ./.build/watch/ledger.js
var ledger = __nccwpck_require__(85581);
;// CONCATENATED MODULE: ./.build/watch/cursor.js
// Where polling left off, per watched repository, kept in the state store as the record of an
// internal event `flows-action:watch-cursor:owner/repo` (see ledger.ts for why a record).
// Inspection commands hide these records by their type prefix, INTERNAL_EVENT_TYPE_PREFIX.





const WATCH_CURSOR_EVENT_TYPE = `${query/* INTERNAL_EVENT_TYPE_PREFIX */.PV}watch-cursor`;
const CURSOR_RUN_ID = "watch-cursor";
const WATCH_CURSOR_FORMAT = 1;
/** Releases remembered per repository; older ones are recognised by `watermark`. */
const SEEN_RELEASES_KEPT = 200;
/** Dispatched releases remembered per repository (for updates, deletions and status). */
const DISPATCHED_RELEASES_KEPT = 100;
function isInternalEventType(type) {
    return type.startsWith(query/* INTERNAL_EVENT_TYPE_PREFIX */.PV);
}
function watchCursorEventId(repo) {
    return `flows-action:watch-cursor:${repo.toLowerCase()}`;
}
const cursorKey = (repo) => ({ eventId: watchCursorEventId(repo), type: WATCH_CURSOR_EVENT_TYPE, runId: CURSOR_RUN_ID });
/**
 * The stored cursor, or undefined (never polled, or unreadable: see recoverWatchCursor). A
 * cursor of a newer format is refused: this version cannot tell where that one left off.
 */
async function loadWatchCursor(store, repo) {
    const value = await (0,ledger/* loadInternalValue */.v)(store, cursorKey(repo), "cursor");
    const format = typeof value === "object" && value !== null ? value.format : undefined;
    if (typeof format === "number" && format > WATCH_CURSOR_FORMAT) {
        throw new WatchCursorError(`the watch cursor of ${repo} in the ${store.kind} state store was written by a newer flows-action (cursor format ${format}; this version reads format ${WATCH_CURSOR_FORMAT}). Run the newer flows-action: this one cannot tell which releases it already handled.`);
    }
    return parseCursor(value);
}
/** A stored cursor this version cannot use. */
class WatchCursorError extends user_error/* UserError */.y {
    name = "WatchCursorError";
}
/**
 * No usable cursor, but the store holds release events of `repo` (its cursor record was lost or
 * damaged, or upstream delivered them by repository_dispatch): poll on from the latest of them,
 * instead of a first poll that would skip every release published since. The release at that
 * point is listed again and its event is recognised as handled, so nothing runs twice.
 */
async function recoverWatchCursor(store, repo) {
    const wanted = repo.toLowerCase();
    let latest;
    let count = 0;
    for (const record of await store.listEvents({ type: "upstream.release" })) {
        const payload = record.event.payload;
        if (typeof payload?.repo !== "string" || payload.repo.toLowerCase() !== wanted)
            continue;
        const { tag, publishedAt } = payload;
        const time = typeof publishedAt === "string" ? Date.parse(publishedAt) : Number.NaN;
        if (typeof tag !== "string" || !Number.isFinite(time))
            continue;
        count += 1;
        if (!latest || time > latest.time)
            latest = { tag, publishedAt: new Date(time).toISOString(), time };
    }
    if (!latest)
        return undefined;
    const cursor = { format: WATCH_CURSOR_FORMAT, repo, watermark: latest.publishedAt, seen: [], polledAt: "" };
    const note = `no readable watch cursor, so polling went on from the latest of ${count} release event${count === 1 ? "" : "s"} ` +
        `of ${repo} in the state store (${latest.tag}, published ${latest.publishedAt}) instead of starting over`;
    return { cursor, note };
}
async function saveWatchCursor(options) {
    const { cursor } = options;
    await (0,ledger/* saveInternalValue */.S)({
        store: options.store,
        ...cursorKey(cursor.repo),
        field: "cursor",
        // polledAt is the save's own (strictly later) time, stamped below.
        value: cursor,
        message: `watch cursor of ${cursor.repo}`,
        payload: { repo: cursor.repo },
        now: options.now,
        stamp: "polledAt",
    });
}
/**
 * A cursor that satisfies schemas/watch-cursor.schema.json is used as it is; one that does not
 * (written by an older version, or damaged) is salvaged field by field below. Either way its
 * times must be times (see withUsableTimes).
 */
function parseCursor(value) {
    const cursor = validateWatchCursor(value) ? value : salvageCursor(value);
    return cursor && withUsableTimes(cursor);
}
const isTime = (text) => !Number.isNaN(Date.parse(text));
/**
 * A watermark that is not a time would make every release look older than it, so none would
 * ever be new again: it is taken from the newest seen release instead (what it was when
 * written). Without a usable time at all, the cursor is unusable, and the poll goes on from the
 * store's release events (recoverWatchCursor) rather than dispatching every release it lists.
 */
function withUsableTimes(cursor) {
    const seen = cursor.seen.filter((release) => isTime(release.publishedAt));
    if (seen.length === cursor.seen.length && (cursor.watermark === undefined || isTime(cursor.watermark)))
        return cursor;
    const newest = seen.map((release) => release.publishedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
    const watermark = cursor.watermark !== undefined && isTime(cursor.watermark) ? cursor.watermark : newest;
    if (watermark === undefined)
        return undefined;
    return { ...cursor, seen, watermark };
}
function salvageCursor(value) {
    if (typeof value !== "object" || value === null)
        return undefined;
    const cursor = value;
    if (cursor.format !== WATCH_CURSOR_FORMAT || typeof cursor.repo !== "string" || !Array.isArray(cursor.seen)) {
        return undefined;
    }
    const seen = cursor.seen.filter((item) => typeof item === "object" &&
        item !== null &&
        typeof item.id === "number" &&
        typeof item.tag === "string" &&
        typeof item.publishedAt === "string" &&
        typeof item.prerelease === "boolean");
    return {
        format: WATCH_CURSOR_FORMAT,
        repo: cursor.repo,
        ...(typeof cursor.etag === "string" ? { etag: cursor.etag } : {}),
        ...(typeof cursor.watermark === "string" ? { watermark: cursor.watermark } : {}),
        seen,
        polledAt: typeof cursor.polledAt === "string" ? cursor.polledAt : "",
        ...parseCursorExtras(cursor),
    };
}
/** The fields added for min-age, updates and status; absent in older cursors. */
function parseCursorExtras(cursor) {
    const strings = ["deepEtag", "etagAt", "tagsEtag", "checkedAt"];
    const extras = {};
    for (const key of strings)
        if (typeof cursor[key] === "string")
            extras[key] = cursor[key];
    const isObject = (item) => typeof item === "object" && item !== null;
    if (Array.isArray(cursor.pending)) {
        extras.pending = cursor.pending.filter((item) => isObject(item) && typeof item.id === "number" && typeof item.tag === "string" && typeof item.firstSeenAt === "string" && typeof item.publishedAt === "string");
    }
    if (Array.isArray(cursor.redeliver))
        extras.redeliver = cursor.redeliver.filter((tag) => typeof tag === "string");
    if (Array.isArray(cursor.dispatched)) {
        extras.dispatched = cursor.dispatched.filter((item) => isObject(item) && typeof item.id === "number" && typeof item.tag === "string" && typeof item.eventId === "string");
    }
    return extras;
}


/***/ }),

/***/ 73471:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  DEFAULT_WATCH_CONFIG_FILE: () => (/* reexport */ DEFAULT_WATCH_CONFIG_FILE),
  INTERNAL_EVENT_TYPE_PREFIX: () => (/* reexport */ watch_cursor/* INTERNAL_EVENT_TYPE_PREFIX */.PV),
  RELEASE_BODY_LIMIT: () => (/* reexport */ RELEASE_BODY_LIMIT),
  RELEASE_DELETED_TYPE: () => (/* reexport */ RELEASE_DELETED_TYPE),
  RELEASE_UPDATED_TYPE: () => (/* reexport */ RELEASE_UPDATED_TYPE),
  WATCH_CURSOR_EVENT_TYPE: () => (/* reexport */ watch_cursor/* WATCH_CURSOR_EVENT_TYPE */.lY),
  WATCH_OPTIONS_HELP: () => (/* reexport */ WATCH_OPTIONS_HELP),
  WATCH_ROTATION_EVENT_ID: () => (/* reexport */ WATCH_ROTATION_EVENT_ID),
  WatchConfigError: () => (/* reexport */ WatchConfigError),
  formatAge: () => (/* reexport */ formatAge),
  isInternalEventType: () => (/* reexport */ watch_cursor/* isInternalEventType */.ek),
  loadWatchConfig: () => (/* reexport */ loadWatchConfig),
  loadWatchCursor: () => (/* reexport */ watch_cursor/* loadWatchCursor */.mj),
  loadWatchRotation: () => (/* reexport */ loadWatchRotation),
  parseTagPattern: () => (/* reexport */ parseTagPattern),
  parseWatchInput: () => (/* reexport */ parseWatchInput),
  parseWatchToml: () => (/* reexport */ parseWatchToml),
  pollUpstreamReleases: () => (/* reexport */ pollUpstreamReleases),
  renderWatchStatusText: () => (/* reexport */ renderWatchStatusText),
  requestRedelivery: () => (/* reexport */ redeliver.requestRedelivery),
  upstreamReleaseFlowEvent: () => (/* reexport */ upstreamReleaseFlowEvent),
  watchAndDispatch: () => (/* reexport */ watchAndDispatch),
  watchCursorEventId: () => (/* reexport */ watch_cursor/* watchCursorEventId */.Xi),
  watchStatus: () => (/* reexport */ watchStatus)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __nccwpck_require__(99416);
;// CONCATENATED MODULE: ./.build/watch/config-values.js

/** The watch configuration cannot be used; each problem says where and what to change. */
class WatchConfigError extends user_error/* UserError */.y {
    name = "WatchConfigError";
    problems;
    constructor(problems) {
        super(problems.map(describeProblem).join("\n"));
        this.problems = problems;
    }
}
function describeProblem(problem) {
    const position = [problem.line, problem.column].filter((part) => part !== undefined).join(":");
    const where = problem.file ? `${problem.file}${position ? `:${position}` : ""}: ` : "";
    return `${where}${problem.message}`;
}
const WATCH_OPTIONS_HELP = "prereleases=true|false, tags=<glob like rust-v* or /regex/>, since=latest|all|<ISO date>, min-age=<duration like 24h, 90m, 2d>, updates=true|false";
const DURATION_UNITS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `24h`, `90m`, `2d`, `1d12h`, `0` → milliseconds. */
function checkDuration(name, value) {
    const text = typeof value === "string" ? value.trim().toLowerCase() : typeof value === "number" ? String(value) : "";
    if (text === "0")
        return { ms: 0 };
    if (/^(?:\d+[smhdw])+$/.test(text)) {
        let ms = 0;
        for (const [, amount, unit] of text.matchAll(/(\d+)([smhdw])/g))
            ms += Number(amount) * (DURATION_UNITS[unit ?? "s"] ?? 0);
        if (Number.isSafeInteger(ms))
            return { ms };
    }
    const hint = /^\d+$/.test(text) ? `; add a unit: ${text}h (hours), ${text}m (minutes), ${text}d (days)` : "";
    return {
        problem: `${name} is ${JSON.stringify(value)}; write a duration like 24h, 90m, 2d or 1d12h (units s, m, h, d, w)${hint}`,
    };
}
const REPO_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
function checkRepo(value) {
    if (typeof value !== "string" || value.trim() === "") {
        return { problem: 'the repository is missing; write it as "owner/repo", e.g. "openai/codex"' };
    }
    const repo = value.trim().replace(/\.git$/, "");
    if (REPO_PATTERN.test(repo) && repo !== "." && !repo.endsWith("/.") && !repo.endsWith("/.."))
        return { repo };
    const url = /^https?:\/\/[^/]+\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(repo);
    const hint = url ? `; write just "${url[1]}"` : '; write it as "owner/repo", e.g. "openai/codex"';
    return { problem: `"${value}" is not a GitHub repository name${hint}` };
}
function checkSince(value) {
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            return { problem: "since is not a valid date" };
        return { since: { kind: "date", date: new Date(value.getTime()).toISOString() } };
    }
    if (typeof value !== "string")
        return { problem: 'since must be "latest", "all" or an ISO date like 2025-01-31' };
    const text = value.trim().toLowerCase();
    if (text === "latest")
        return { since: { kind: "latest" } };
    if (text === "all")
        return { since: { kind: "all" } };
    // Dates without an offset are taken as UTC.
    if (/^\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
        const iso = /^\d{4}-\d{2}-\d{2}$/.test(text) || /(z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}z`;
        const time = Date.parse(iso.toUpperCase().replace(" ", "T"));
        if (!Number.isNaN(time))
            return { since: { kind: "date", date: new Date(time).toISOString() } };
    }
    return { problem: `since is "${value}"; use latest (default), all, or an ISO date like 2025-01-31 or 2025-01-31T12:00:00Z` };
}
function checkBoolean(name, value) {
    if (typeof value === "boolean")
        return { value };
    if (typeof value === "string") {
        const text = value.trim().toLowerCase();
        if (["true", "yes", "on", "1"].includes(text))
            return { value: true };
        if (["false", "no", "off", "0"].includes(text))
            return { value: false };
    }
    return { problem: `${name} is ${JSON.stringify(value)}; use true or false` };
}
/** The closest known option name, for "did you mean" hints on typos. */
function suggestOption(name, known) {
    const lower = name.toLowerCase();
    const close = known.find((option) => option.startsWith(lower.slice(0, 3)) || lower.startsWith(option.slice(0, 3)));
    return close ? `; did you mean "${close}"?` : "";
}

// EXTERNAL MODULE: ./.build/flows/glob.js
var glob = __nccwpck_require__(42184);
;// CONCATENATED MODULE: ./.build/watch/tag-pattern.js
// Tag filters for watched repositories: a glob (`rust-v*`, the dialect of src/flows/glob.ts:
// `*` crosses `/`, so tags like `release/1.2` work) or a regular expression
// (`/^rust-v\d+\.\d+\.\d+$/`).

/** Parse a glob or `/regex/flags`; throws an Error whose message says what to fix. */
function parseTagPattern(text) {
    const source = text.trim();
    if (source === "")
        throw new Error("the tag pattern is empty; write a glob like rust-v* or a /regex/");
    const regexForm = /^\/(.+)\/([a-z]*)$/s.exec(source);
    if (regexForm)
        return { source, regex: compileRegex(regexForm[1] ?? "", regexForm[2] ?? "") };
    return { source, regex: (0,glob/* globToRegExp */.tL)(source) };
}
function matchesTag(patterns, tag) {
    return patterns.length === 0 || patterns.some((pattern) => pattern.regex.test(tag));
}
function compileRegex(body, flags) {
    const unsupported = flags.replace(/[imsu]/g, "");
    if (unsupported !== "") {
        throw new Error(`the regular expression flag(s) "${unsupported}" are not supported; use i, m, s or u`);
    }
    try {
        return new RegExp(body, flags);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`/${body}/ is not a valid regular expression (${reason})`);
    }
}

;// CONCATENATED MODULE: ./.build/watch/config-input.js
// The action input `watch`: one repository per line, options after it as key=value words.
//
//   openai/codex tags=rust-v* prereleases=true
//   oven-sh/bun since=2025-01-01   # comments start with #
//
// A value holding spaces may be double-quoted: tags="/^v\d+ beta$/". `tags=` may be repeated.


const OPTIONS = ["prereleases", "tags", "since", "min-age", "updates"];
/** Parse the `watch` input; throws WatchConfigError naming every bad line. */
function parseWatchInput(text, options = {}) {
    const inputName = options.inputName ?? 'input "watch"';
    const watches = [];
    const problems = [];
    for (const [index, raw] of text.split(/\r?\n/).entries()) {
        const line = index + 1;
        const fail = (message) => {
            problems.push({ file: inputName, line, message });
        };
        const words = splitWords(stripComment(raw));
        if (words === undefined) {
            fail(`a double quote is not closed in: ${raw.trim()}`);
            continue;
        }
        const [first, ...rest] = words;
        if (first === undefined)
            continue;
        const repo = checkRepo(first);
        if ("problem" in repo) {
            fail(repo.problem);
            continue;
        }
        const watch = {
            repo: repo.repo,
            prereleases: false,
            tags: [],
            since: { kind: "latest" },
            origin: `${inputName} line ${line}`,
        };
        for (const word of rest) {
            const equals = word.indexOf("=");
            const key = equals < 0 ? word : word.slice(0, equals);
            const value = equals < 0 ? undefined : word.slice(equals + 1);
            if (equals < 0 && key.includes("/")) {
                fail(`"${key}" follows ${repo.repo} on the same line; put each repository on a line of its own`);
                continue;
            }
            if (!OPTIONS.includes(key)) {
                fail(`unknown option "${key}" for ${repo.repo}${suggestOption(key, OPTIONS)} Options: ${WATCH_OPTIONS_HELP}.`);
                continue;
            }
            if (value === undefined || value === "") {
                fail(`option "${key}" for ${repo.repo} has no value; write ${key}=<value> (${WATCH_OPTIONS_HELP})`);
                continue;
            }
            applyOption(watch, key, value, fail);
        }
        watches.push(watch);
    }
    if (problems.length > 0)
        throw new WatchConfigError(problems);
    return watches;
}
function applyOption(watch, key, value, fail) {
    if (key === "prereleases") {
        const checked = checkBoolean("prereleases", value);
        if ("problem" in checked)
            fail(checked.problem);
        else
            watch.prereleases = checked.value;
    }
    else if (key === "since") {
        const checked = checkSince(value);
        if ("problem" in checked)
            fail(checked.problem);
        else
            watch.since = checked.since;
    }
    else if (key === "min-age") {
        const checked = checkDuration("min-age", value);
        if ("problem" in checked)
            fail(checked.problem);
        else
            watch.minAge = checked.ms;
    }
    else if (key === "updates") {
        const checked = checkBoolean("updates", value);
        if ("problem" in checked)
            fail(checked.problem);
        else
            watch.updates = checked.value;
    }
    else {
        try {
            watch.tags.push(parseTagPattern(value));
        }
        catch (error) {
            fail(`tags for ${watch.repo}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}
/** `#` starts a comment at the start of a line or after whitespace, outside quotes. */
function stripComment(line) {
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
        if (line[i] === '"')
            quoted = !quoted;
        if (!quoted && line[i] === "#" && (i === 0 || /\s/.test(line[i - 1] ?? "")))
            return line.slice(0, i);
    }
    return line;
}
/** Whitespace-separated words; `"..."` keeps spaces (quotes removed). undefined: unclosed quote. */
function splitWords(line) {
    const words = [];
    let current = "";
    let quoted = false;
    let started = false;
    for (const char of line) {
        if (char === '"') {
            quoted = !quoted;
            started = true;
        }
        else if (!quoted && /\s/.test(char)) {
            if (started)
                words.push(current);
            current = "";
            started = false;
        }
        else {
            current += char;
            started = true;
        }
    }
    if (quoted)
        return undefined;
    if (started)
        words.push(current);
    return words;
}

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __nccwpck_require__(3292);
// EXTERNAL MODULE: ./.build/flows/toml-locator.js
var toml_locator = __nccwpck_require__(92797);
;// CONCATENATED MODULE: ./.build/watch/config-toml.js
// `[[watch]]` tables in `.github/flows.toml`:
//
//   [[watch]]
//   repo = "openai/codex"
//   tags = "rust-v*"          # or a list: ["rust-v*", "/^cli-v\\d+/"]
//   prereleases = false
//   since = "latest"          # "all", or a date: 2025-01-31 / "2025-01-31T12:00:00Z"
//   min-age = "24h"           # hold a release until it is this old
//   updates = true            # also report re-tagged, promoted and deleted releases
//
// Other top-level keys of the file belong to other features and are left alone.




const KEYS = ["repo", "prereleases", "tags", "since", "min-age", "updates"];
/** Parse the `[[watch]]` tables of a flows.toml text; `file` names it in messages. */
function parseWatchToml(text, file) {
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        if (error instanceof dist/* TomlError */.zx) {
            const reason = error.message.split("\n", 1)[0] ?? error.message;
            throw new WatchConfigError([{ file, line: error.line, column: error.column, message: `is not valid TOML: ${reason}` }]);
        }
        throw error;
    }
    const tables = document.watch;
    if (tables === undefined)
        return [];
    const locator = new toml_locator/* TomlLocator */.v(text);
    const problems = [];
    const fail = (path, message) => {
        const at = locator.locate(path);
        problems.push({ file, ...(at ? { line: at.line, column: at.column } : {}), message });
    };
    if (!Array.isArray(tables)) {
        fail(["watch"], "watch must be an array of tables: write each repository as its own [[watch]] table (two brackets)");
        throw new WatchConfigError(problems);
    }
    const watches = [];
    tables.forEach((table, index) => {
        const path = ["watch", index];
        if (typeof table !== "object" || table === null || Array.isArray(table) || table instanceof Date) {
            fail(path, `watch entry #${index + 1} must be a table with repo = "owner/repo"`);
            return;
        }
        const watch = readTable(table, path, file, locator, fail);
        if (watch)
            watches.push(watch);
    });
    if (problems.length > 0)
        throw new WatchConfigError(problems);
    return watches;
}
function readTable(table, path, file, locator, fail) {
    let errors = 0;
    const report = (key, message) => {
        errors++;
        fail(key === undefined ? path : [...path, key], message);
    };
    for (const key of Object.keys(table)) {
        if (!KEYS.includes(key)) {
            report(key, `unknown key "${key}" in [[watch]]${suggestOption(key, KEYS)} Keys: repo, ${WATCH_OPTIONS_HELP}.`);
        }
    }
    const repo = checkRepo(table.repo);
    if ("problem" in repo) {
        report(table.repo === undefined ? undefined : "repo", `[[watch]] repo: ${repo.problem}`);
        return undefined;
    }
    const at = locator.header(path) ?? locator.locate(path);
    const watch = {
        repo: repo.repo,
        prereleases: false,
        tags: [],
        since: { kind: "latest" },
        origin: `${file}${at ? `:${at.line}` : ""}`,
    };
    if (table.prereleases !== undefined) {
        const checked = checkBoolean("prereleases", table.prereleases);
        if ("problem" in checked)
            report("prereleases", checked.problem);
        else
            watch.prereleases = checked.value;
    }
    if (table.since !== undefined) {
        const checked = checkSince(table.since);
        if ("problem" in checked)
            report("since", checked.problem);
        else
            watch.since = checked.since;
    }
    if (table["min-age"] !== undefined) {
        const checked = checkDuration("min-age", table["min-age"]);
        if ("problem" in checked)
            report("min-age", checked.problem);
        else
            watch.minAge = checked.ms;
    }
    if (table.updates !== undefined) {
        const checked = checkBoolean("updates", table.updates);
        if ("problem" in checked)
            report("updates", checked.problem);
        else
            watch.updates = checked.value;
    }
    if (table.tags !== undefined) {
        const values = Array.isArray(table.tags) ? table.tags : [table.tags];
        for (const value of values) {
            if (typeof value !== "string") {
                report("tags", 'tags must be a string or a list of strings, e.g. tags = "rust-v*"');
                continue;
            }
            try {
                watch.tags.push(parseTagPattern(value));
            }
            catch (error) {
                report("tags", `tags: ${error instanceof Error ? error.message : String(error)}`);
            }
        }
    }
    return errors > 0 ? undefined : watch;
}

;// CONCATENATED MODULE: ./.build/watch/config.js
// Which upstream repositories to watch, from the action input `watch` and/or `[[watch]]`
// tables in `.github/flows.toml`. Both forms accept the same options; see
// docs/upstream-releases.md. A repository may be listed once across both sources: two
// entries would share one cursor and disagree on filters, so that is an error, not a merge.








const DEFAULT_WATCH_CONFIG_FILE = ".github/flows.toml";
/** Every watched repository from the input and the config file, input entries first. */
async function loadWatchConfig(options) {
    const relative = options.configFile ?? DEFAULT_WATCH_CONFIG_FILE;
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(options.repoRoot, relative), "utf8");
    }
    catch (error) {
        const code = error.code;
        if (code !== "ENOENT" || options.configFile !== undefined) {
            throw new WatchConfigError([
                { file: relative, message: `cannot be read (${code ?? String(error)}); check that it exists and is readable.` },
            ]);
        }
    }
    const problems = [];
    const collect = (parse) => {
        try {
            return parse();
        }
        catch (error) {
            if (!(error instanceof WatchConfigError))
                throw error;
            problems.push(...error.problems);
            return [];
        }
    };
    const fromInput = options.input ? collect(() => parseWatchInput(options.input ?? "")) : [];
    const fromFile = text === undefined ? [] : collect(() => parseWatchToml(text ?? "", relative));
    const watches = [...fromInput, ...fromFile];
    problems.push(...duplicateProblems(watches));
    if (problems.length > 0)
        throw new WatchConfigError(problems);
    return watches;
}
/** A repository listed twice (names compare case-insensitively, like GitHub's). */
function duplicateProblems(watches) {
    const first = new Map();
    const problems = [];
    for (const watch of watches) {
        const key = watch.repo.toLowerCase();
        const earlier = first.get(key);
        if (!earlier) {
            first.set(key, watch);
            continue;
        }
        problems.push({
            message: `${watch.repo} is watched twice (${earlier.origin} and ${watch.origin}); keep one entry and put every tag pattern in it (tags= may be given more than once).`,
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./.build/watch/cursor.js + 1 modules
var watch_cursor = __nccwpck_require__(15626);
// EXTERNAL MODULE: ./.build/engine/dispatch.js + 5 modules
var dispatch = __nccwpck_require__(19116);
// EXTERNAL MODULE: ./.build/flows/index.js + 13 modules
var flows = __nccwpck_require__(10062);
// EXTERNAL MODULE: ./.build/log-text.js
var log_text = __nccwpck_require__(3726);
;// CONCATENATED MODULE: ./.build/github/release-errors.js
// Errors of the release reads, as sentences that say what to check: rate limits (with when
// they reset), 404 and 401, and requests that got no answer at all (the network or the host is
// unreachable), which Octokit reports as a status 500 without a response.
// https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api

/** A request for releases failed; `rateLimit` is set when GitHub refused it for a rate limit. */
class GitHubReleasesError extends user_error/* UserError */.y {
    name = "GitHubReleasesError";
    repo;
    /** HTTP status, or undefined when no response came (network error). */
    status;
    rateLimit;
    /** No answer came at all: the network or the host is unreachable. */
    unreachable;
    constructor(options) {
        super(options.message);
        this.repo = options.repo;
        this.status = options.status;
        this.unreachable = options.unreachable === true;
        if (options.rateLimit)
            this.rateLimit = options.rateLimit;
    }
}
function statusOf(error) {
    const status = error?.status;
    return typeof status === "number" ? status : undefined;
}
/** Turn an Octokit error into a sentence that says what to check. */
function releasesError(repo, error, now = new Date(), where = `GET /repos/${repo}/releases`) {
    const status = statusOf(error);
    const shape = (error ?? {});
    const headers = shape.response?.headers ?? {};
    // Octokit reports a request that got no answer (DNS, refused, reset) as status 500 with no
    // response; saying "GitHub answered 500" would send people looking at GitHub's status page.
    if (error instanceof Error && (status === undefined || (status === 500 && shape.response === undefined))) {
        return new GitHubReleasesError({
            repo,
            status: undefined,
            unreachable: true,
            message: `${where} got no answer: ${networkReason(error)}. The network or the GitHub host is unreachable from here; check the connection, a proxy (HTTPS_PROXY) or GITHUB_API_URL.`,
        });
    }
    const rateLimit = rateLimitOf(status, headers, String(shape.message ?? ""), now);
    if (rateLimit) {
        const until = rateLimit.resetAt ? ` until ${rateLimit.resetAt}` : ` for about ${rateLimit.retryAfterSeconds} s`;
        const what = rateLimit.kind === "primary" ? "the API rate limit is used up" : "a secondary rate limit applies";
        return new GitHubReleasesError({
            repo,
            status,
            rateLimit,
            message: `GitHub refused ${where} (${status}): ${what}${until}. Poll less often, watch fewer repositories, or use a token with a higher limit.`,
        });
    }
    if (status === 404) {
        return new GitHubReleasesError({
            repo,
            status,
            message: `GitHub answered 404 for ${where}: the repository ${repo} does not exist or this token cannot read it. Check the name, and for a private repository use a token with read access to it.`,
        });
    }
    if (status === 401) {
        return new GitHubReleasesError({
            repo,
            status,
            message: `GitHub answered 401 for ${where}: the token is missing, expired or revoked.`,
        });
    }
    const detail = error instanceof Error ? error.message : String(error);
    return new GitHubReleasesError({
        repo,
        status,
        message: status === undefined
            ? `${where} failed before GitHub answered: ${detail}`
            : `GitHub answered ${status} for ${where}: ${detail}. It will be tried again on the next poll.`,
    });
}
/** `getaddrinfo ENOTFOUND api.github.com` → `api.github.com could not be resolved (ENOTFOUND)`. */
function networkReason(error) {
    const cause = error.cause;
    const text = `${error.message} ${typeof cause?.message === "string" ? cause.message : ""}`;
    const code = /\b(E[A-Z]{3,}(?:_[A-Z]+)*)\b/.exec(typeof cause?.code === "string" ? cause.code : text)?.[1];
    const host = /ENOTFOUND (\S+)/.exec(text)?.[1];
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
        return `the host ${host ?? ""} could not be resolved (${code})`.replace("host  ", "host ");
    if (code === "ECONNREFUSED")
        return "the connection was refused (ECONNREFUSED)";
    if (code)
        return `the connection failed (${code})`;
    return `the request failed (${error.message})`;
}
function rateLimitOf(status, headers, message, now) {
    if (status !== 403 && status !== 429)
        return undefined;
    const header = (name) => {
        const value = headers[name];
        return value === undefined || value === null ? undefined : String(value);
    };
    const retryAfter = Number(header("retry-after"));
    if (header("x-ratelimit-remaining") === "0") {
        const reset = Number(header("x-ratelimit-reset"));
        if (Number.isFinite(reset) && reset > 0) {
            // One second past the reset, as GitHub advises.
            const seconds = Math.max(0, Math.ceil(reset - now.getTime() / 1000)) + 1;
            return { kind: "primary", retryAfterSeconds: seconds, resetAt: new Date(reset * 1000).toISOString() };
        }
        return { kind: "primary", retryAfterSeconds: Number.isFinite(retryAfter) ? retryAfter : 60 };
    }
    if (Number.isFinite(retryAfter))
        return { kind: "secondary", retryAfterSeconds: retryAfter };
    // Without headers, GitHub asks for at least a minute before retrying a secondary limit.
    if (status === 429 || /secondary rate limit/i.test(message))
        return { kind: "secondary", retryAfterSeconds: 60 };
    return undefined;
}

;// CONCATENATED MODULE: ./.build/github/request-budget.js
// How many requests one poll of watched repositories may make, and how much of the token's
// rate limit it leaves for the rest of the job. A poll of many repositories asks for them in
// turn and stops before either runs out; the repositories it did not reach are polled first
// by the next poll (see watch/rotation.ts).
// https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api
const DEFAULT_MAX_REQUESTS = 300;
const DEFAULT_RATE_LIMIT_RESERVE = 100;
/** Thrown before a request the budget does not allow; nothing was sent. */
class RequestBudgetExhausted extends Error {
    name = "RequestBudgetExhausted";
    reason;
    constructor(reason, message) {
        super(message);
        this.reason = reason;
    }
}
class RequestBudget {
    max;
    reserve;
    /** Requests sent so far. */
    used = 0;
    /** Of those, answered 304 Not Modified (free against GitHub's rate limit). */
    notModified = 0;
    /** `x-ratelimit-remaining` of the last response that carried it. */
    rateRemaining;
    rateResetAt;
    constructor(options = {}) {
        this.max = options.maxRequests ?? DEFAULT_MAX_REQUESTS;
        this.reserve = options.reserve ?? DEFAULT_RATE_LIMIT_RESERVE;
    }
    #exempt = false;
    /**
     * Run `work` without the request cap (the rate-limit reserve still holds): the first
     * repository of a poll always finishes, so a repository that needs more requests than the
     * budget (a first poll of many pages) cannot block the rotation forever.
     */
    async exempt(work) {
        this.#exempt = true;
        try {
            return await work();
        }
        finally {
            this.#exempt = false;
        }
    }
    /** Count one request about to be sent; throws RequestBudgetExhausted when none is left. */
    spend() {
        if (this.used >= this.max && !this.#exempt) {
            throw new RequestBudgetExhausted("budget", `the request budget of this poll (${this.max}) is spent`);
        }
        if (this.rateRemaining !== undefined && this.rateRemaining <= this.reserve) {
            const until = this.rateResetAt ? ` until ${this.rateResetAt}` : "";
            throw new RequestBudgetExhausted("rate-limit", `GitHub's rate limit is down to ${this.rateRemaining} requests${until}, and ${this.reserve} are kept for the rest of the job`);
        }
        this.used++;
    }
    /** Read the rate-limit headers of a response (or of an error's response). */
    observe(headers, status) {
        if (status === 304)
            this.notModified++;
        const remaining = Number(headers?.["x-ratelimit-remaining"]);
        if (headers?.["x-ratelimit-remaining"] !== undefined && Number.isFinite(remaining))
            this.rateRemaining = remaining;
        const reset = Number(headers?.["x-ratelimit-reset"]);
        if (Number.isFinite(reset) && reset > 0)
            this.rateResetAt = new Date(reset * 1000).toISOString();
    }
}

// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __nccwpck_require__(75270);
;// CONCATENATED MODULE: ./.build/github/releases.js



/**
 * Waits out rate limits, within one budget shared by every request of a poll, so a poll of
 * many repositories cannot stall a job for long. Beyond the budget the error is rethrown.
 */
class RateLimitBackoff {
    waitedSeconds = 0;
    #maxWait;
    #maxRetries;
    #sleep;
    #log;
    constructor(options = {}) {
        this.#maxWait = options.maxWaitSeconds ?? 60;
        this.#maxRetries = options.maxRetries ?? 2;
        this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.#log = options.log ?? (() => { });
    }
    async run(request) {
        for (let retry = 0;; retry++) {
            try {
                return await request();
            }
            catch (error) {
                const limit = error instanceof GitHubReleasesError ? error.rateLimit : undefined;
                if (!limit || retry >= this.#maxRetries)
                    throw error;
                const seconds = Math.max(1, limit.retryAfterSeconds);
                if (this.waitedSeconds + seconds > this.#maxWait)
                    throw error;
                this.#log(`${error.message} Waiting ${seconds} s before retrying.`);
                this.waitedSeconds += seconds;
                await this.#sleep(seconds * 1000);
            }
        }
    }
}
const PER_PAGE = 100;
/** Pages read after any change, so the second page's ETag stays current for the next poll. */
const WATCHED_PAGES = 2;
/** GET /repos/{owner}/{repo}/releases, page by page, until `isEnough` or the last page. */
async function listReleases(options) {
    const [owner = "", repo = ""] = options.repo.split("/");
    const backoff = options.backoff ?? new RateLimitBackoff();
    const budget = options.budget ?? new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
    const maxPages = Math.max(options.maxPages ?? 10, 1);
    let requests = 0;
    const fetchPage = (page, etag) => {
        requests++;
        return backoff.run(() => requestPage(options.client, { owner, repo, page, budget, ...(etag ? { etag } : {}) }));
    };
    let first = await fetchPage(1, options.etag);
    if (first === "not-modified") {
        if (!options.deepEtag)
            return { status: "not-modified", pages: 0, requests };
        const second = await fetchPage(2, options.deepEtag);
        if (second === "not-modified")
            return { status: "not-modified", pages: 0, requests };
        // Something changed below the first page: read from the top again, as on any change.
        first = await fetchPage(1, undefined);
        if (first === "not-modified")
            throw new Error("GitHub answered 304 to a request without If-None-Match");
    }
    const releases = [...first.releases];
    const etag = first.etag;
    let deepEtag;
    let response = first;
    let enough = options.isEnough(first.releases);
    let page = 1;
    while (response.hasNext && page < maxPages && (!enough || page < WATCHED_PAGES)) {
        page++;
        const next = await fetchPage(page, undefined);
        if (next === "not-modified")
            throw new Error("GitHub answered 304 to a request without If-None-Match");
        response = next;
        if (page === 2)
            deepEtag = next.etag;
        releases.push(...next.releases);
        enough ||= options.isEnough(next.releases);
    }
    const complete = !response.hasNext;
    return {
        status: "ok",
        releases,
        ...(etag ? { etag } : {}),
        ...(deepEtag ? { deepEtag } : {}),
        pages: page,
        requests,
        truncated: !complete && !enough,
        complete,
    };
}
/** The fields watching needs, from GitHub's release object. */
function toUpstreamRelease(release) {
    return {
        id: release.id,
        tagName: release.tag_name,
        name: release.name,
        body: release.body ?? null,
        draft: release.draft,
        prerelease: release.prerelease,
        publishedAt: release.published_at,
        createdAt: release.created_at,
        htmlUrl: release.html_url,
        targetCommitish: release.target_commitish,
    };
}
async function requestPage(client, request) {
    const { owner, repo, page, budget } = request;
    budget.spend();
    try {
        const response = await client.rest.repos.listReleases({
            owner,
            repo,
            per_page: PER_PAGE,
            // The first page is always asked for the same way, so its ETag stays comparable.
            ...(page > 1 ? { page } : {}),
            ...(request.etag ? { headers: { "if-none-match": request.etag } } : {}),
        });
        budget.observe(response.headers, response.status);
        const etag = response.headers.etag;
        const where = { repo: `${owner}/${repo}`, request: `GET /repos/${owner}/${repo}/releases`, status: response.status };
        if (!Array.isArray(response.data))
            throw unreadableAnswer(where, `got ${describeValue(response.data)} instead of a list`);
        return {
            releases: response.data.map((release, index) => readRelease(release, where, `release ${index}`)),
            ...(etag ? { etag } : {}),
            hasNext: /\brel="next"/.test(response.headers.link ?? ""),
        };
    }
    catch (error) {
        if (error instanceof GitHubReleasesError)
            throw error;
        // Only a 304's headers: a refusal's `remaining: 0` is waited out by the backoff, then stale.
        if (statusOf(error) === 304)
            budget.observe(error?.response?.headers, 304);
        if (statusOf(error) === 304)
            return "not-modified";
        throw releasesError(`${owner}/${repo}`, error, new Date(), `GET /repos/${owner}/${repo}/releases`);
    }
}
/**
 * A release as GitHub's answer holds it, checked before use: an answer that is not one (a proxy's
 * page, a broken mirror) is that repository's error, not a crash or "GitHub is unreachable".
 */
function readRelease(value, origin, what = "the release") {
    const release = (typeof value === "object" && value !== null ? value : {});
    const text = (key) => typeof release[key] === "string";
    const textOrNull = (key) => release[key] === null || release[key] === undefined || text(key);
    const fine = typeof value === "object" &&
        value !== null &&
        Number.isSafeInteger(release.id) &&
        ["tag_name", "created_at", "html_url", "target_commitish"].every(text) &&
        ["name", "body", "published_at"].every(textOrNull) &&
        typeof release.draft === "boolean" &&
        typeof release.prerelease === "boolean";
    if (!fine)
        throw unreadableAnswer(origin, `${what} is ${describeValue(value)}`);
    return toUpstreamRelease(release);
}
function unreadableAnswer(origin, detail) {
    return new GitHubReleasesError({
        repo: origin.repo,
        status: origin.status,
        message: `GitHub answered ${origin.request} (${origin.status}) with something that is not GitHub's releases: ${detail}. Check GITHUB_API_URL and any proxy in between; it will be tried again on the next poll.`,
    });
}
function describeValue(value) {
    const text = JSON.stringify(value) ?? String(value);
    return (0,text_cut/* clipText */.gL)(text, 80, "...");
}


;// CONCATENATED MODULE: ./.build/watch/age.js
const time = (iso) => Date.parse(iso);
/** When a held release may be dispatched (ISO). */
function eligibleAt(held, minAge) {
    const from = Math.min(time(held.publishedAt), time(held.firstSeenAt));
    return new Date((Number.isNaN(from) ? time(held.firstSeenAt) : from) + minAge).toISOString();
}
function isEligible(held, minAge, now) {
    return !minAge || time(eligibleAt(held, minAge)) <= now.getTime();
}
/** A release as held: first seen now (or when the cursor first held it). */
function holdRelease(release, now, usableTimestamp) {
    return {
        id: release.id,
        tag: release.tagName,
        publishedAt: release.publishedAt,
        firstSeenAt: now.toISOString(),
        ageFrom: usableTimestamp && time(release.publishedAt) <= now.getTime() ? "published" : "first-seen",
        createdAt: release.createdAt,
    };
}
/**
 * Releases GitHub lists as published (not drafts) but without a usable published_at get the
 * time the cursor first recorded them, or `now`: they are dispatched (or held) like the others
 * instead of being skipped as drafts. Returns the ids that had no usable timestamp.
 */
function fillMissingTimestamps(releases, known, now) {
    const missing = new Set();
    for (const release of releases) {
        if (release.draft)
            continue;
        if (typeof release.publishedAt === "string" && !Number.isNaN(time(release.publishedAt)))
            continue;
        release.publishedAt = known(release.id) ?? now.toISOString();
        missing.add(release.id);
    }
    return missing;
}

;// CONCATENATED MODULE: ./.build/github/release-lookups.js


const unlimited = () => new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
function split(repo) {
    const [owner = "", name = ""] = repo.split("/");
    return { owner, repo: name };
}
function responseHeaders(error) {
    return error?.response?.headers;
}
/** GET /repos/{owner}/{repo}/releases/{id}: the release, or undefined when it is gone (404). */
async function getRelease(options) {
    const budget = options.budget ?? unlimited();
    budget.spend();
    try {
        const response = await options.client.rest.repos.getRelease({ ...split(options.repo), release_id: options.id });
        budget.observe(response.headers, response.status);
        const request = `GET /repos/${options.repo}/releases/${options.id}`;
        return readRelease(response.data, { repo: options.repo, request, status: response.status });
    }
    catch (error) {
        if (error instanceof GitHubReleasesError)
            throw error;
        if (statusOf(error) === 304)
            budget.observe(responseHeaders(error), 304);
        if (statusOf(error) === 404)
            return undefined;
        throw lookupError(options.repo, error, `GET /repos/${options.repo}/releases/${options.id}`);
    }
}
/**
 * GET /repos/{owner}/{repo}/git/matching-refs/tags/{prefix}: every tag starting with `prefix`,
 * conditionally (If-None-Match), so an unchanged set of tags costs no rate limit.
 */
async function listTagRefs(options) {
    const budget = options.budget ?? unlimited();
    budget.spend();
    try {
        const response = await options.client.rest.git.listMatchingRefs({
            ...split(options.repo),
            ref: options.prefix ? `tags/${options.prefix}` : "tags",
            ...(options.etag ? { headers: { "if-none-match": options.etag } } : {}),
        });
        budget.observe(response.headers, response.status);
        const tags = new Map();
        for (const ref of response.data) {
            if (!ref.ref.startsWith("refs/tags/"))
                continue;
            const tag = ref.ref.slice("refs/tags/".length);
            tags.set(tag, { tag, type: ref.object.type === "tag" ? "tag" : "commit", sha: ref.object.sha });
        }
        return { status: "ok", tags, ...(response.headers.etag ? { etag: response.headers.etag } : {}) };
    }
    catch (error) {
        if (statusOf(error) === 304)
            budget.observe(responseHeaders(error), 304);
        if (statusOf(error) === 304)
            return { status: "not-modified" };
        throw lookupError(options.repo, error, `GET /repos/${options.repo}/git/matching-refs/tags/${options.prefix}`);
    }
}
/** The commit a tag ref names: itself for a lightweight tag, the tag object's target otherwise. */
async function tagCommit(options) {
    if (options.ref.type === "commit")
        return options.ref.sha;
    const budget = options.budget ?? unlimited();
    budget.spend();
    try {
        const response = await options.client.rest.git.getTag({ ...split(options.repo), tag_sha: options.ref.sha });
        budget.observe(response.headers, response.status);
        return response.data.object.sha;
    }
    catch (error) {
        if (statusOf(error) === 304)
            budget.observe(responseHeaders(error), 304);
        throw lookupError(options.repo, error, `GET /repos/${options.repo}/git/tags/${options.ref.sha}`);
    }
}
function lookupError(repo, error, where) {
    return releasesError(repo, error, new Date(), where);
}

// EXTERNAL MODULE: ./.build/events/id.js
var id = __nccwpck_require__(22853);
;// CONCATENATED MODULE: ./.build/watch/change-events.js

const RELEASE_UPDATED_TYPE = "upstream.release.updated";
const RELEASE_DELETED_TYPE = "upstream.release.deleted";
const change_events_short = (sha) => (sha ? sha.slice(0, 12) : "unknown");
function releaseUpdatedEvent(options) {
    const { dispatched: was, current, change } = options;
    const previous = { ...(was.commit ? { commit: was.commit } : {}), prerelease: was.prerelease };
    const key = change === "commit"
        ? (0,id/* idKey */.T4) `${was.tag}@${change_events_short(was.commit)}..${change_events_short(current.commit)}`
        : (0,id/* idKey */.T4) `${was.tag}@${was.prerelease ? "prerelease" : "release"}..${current.prerelease ? "prerelease" : "release"}`;
    return {
        id: (0,id/* githubEventId */.j4)({ type: RELEASE_UPDATED_TYPE, repo: options.repo, key }),
        type: RELEASE_UPDATED_TYPE,
        source: "github",
        occurredAt: options.now.toISOString(),
        receivedAt: options.now.toISOString(),
        payload: {
            provider: "github",
            repo: options.repo,
            tag: was.tag,
            url: options.url,
            releaseId: was.id,
            change,
            previous,
            current,
            dispatchedEventId: was.eventId,
        },
    };
}
function releaseDeletedEvent(options) {
    const was = options.dispatched;
    return {
        id: (0,id/* githubEventId */.j4)({ type: RELEASE_DELETED_TYPE, repo: options.repo, key: (0,id/* idKey */.T4) `${was.tag}@${was.id}` }),
        type: RELEASE_DELETED_TYPE,
        source: "github",
        occurredAt: options.now.toISOString(),
        receivedAt: options.now.toISOString(),
        payload: {
            provider: "github",
            repo: options.repo,
            tag: was.tag,
            releaseId: was.id,
            previous: { ...(was.commit ? { commit: was.commit } : {}), prerelease: was.prerelease },
            dispatchedEventId: was.eventId,
        },
    };
}

;// CONCATENATED MODULE: ./.build/watch/changes.js


/**
 * Whether a release GitHub did not list is really gone, rather than sorted below the pages
 * read: the listing is ordered by commit date, so it must have shown any release whose commit
 * is newer than the last one listed.
 */
function shouldHaveBeenListed(createdAt, listing) {
    if (listing.complete)
        return true;
    const last = listing.releases.at(-1);
    return last !== undefined && Date.parse(createdAt) > Date.parse(last.createdAt);
}
/** The release as GitHub has it now, or undefined when it is deleted or back to a draft. */
async function currentRelease(lookups, id) {
    const release = await getRelease({ ...lookups, id });
    return release && !release.draft ? release : undefined;
}
async function detectChanges(options) {
    const { watch, listing, now } = options;
    const events = [];
    const earlier = [];
    const urlOf = (tag) => `https://github.com/${options.repo}/releases/tag/${tag}`;
    for (const was of options.cursor?.dispatched ?? []) {
        let nowRelease = listing.status === "ok" ? listing.releases.find((r) => r.id === was.id) : undefined;
        if (listing.status === "ok" && (nowRelease === undefined || nowRelease.draft) && shouldHaveBeenListed(was.createdAt, listing)) {
            nowRelease = await currentRelease(options, was.id);
            if (!nowRelease) {
                events.push(releaseDeletedEvent({ repo: options.repo, dispatched: was, now }));
                continue;
            }
        }
        let current = was;
        if (nowRelease && was.prerelease && !nowRelease.prerelease) {
            events.push(releaseUpdatedEvent({
                repo: options.repo,
                url: nowRelease.htmlUrl,
                dispatched: was,
                change: "prerelease",
                current: { ...(was.commit ? { commit: was.commit } : {}), prerelease: false },
                now,
            }));
            current = { ...was, prerelease: false };
        }
        earlier.push(current);
    }
    const dispatched = [...options.dispatchedNow.map((item) => ({ ...item })), ...earlier];
    if (dispatched.length === 0)
        return { events, dispatched };
    const unknown = dispatched.some((item) => item.tagObject === undefined);
    const etag = unknown ? undefined : options.cursor?.tagsEtag;
    const refs = await listTagRefs({ ...options, prefix: literalPrefix(watch.tags), ...(etag ? { etag } : {}) });
    if (refs.status === "not-modified")
        return { events, dispatched, ...(etag ? { tagsEtag: etag } : {}) };
    for (const item of dispatched) {
        const ref = refs.tags.get(item.tag);
        if (!ref || ref.sha === item.tagObject)
            continue;
        const commit = await tagCommit({ ...options, ref });
        if (item.tagObject !== undefined && item.commit !== undefined && commit !== item.commit) {
            events.push(releaseUpdatedEvent({
                repo: options.repo,
                url: urlOf(item.tag),
                dispatched: item,
                change: "commit",
                current: { commit, prerelease: item.prerelease },
                now,
            }));
        }
        item.tagObject = ref.sha;
        item.commit = commit;
    }
    return { events, dispatched, ...(refs.etag ? { tagsEtag: refs.etag } : {}) };
}
/** The text every tag pattern starts with (`rust-v*` → `rust-v`), to list only those tags. */
function literalPrefix(patterns) {
    if (patterns.length === 0)
        return "";
    const prefixes = patterns.map((pattern) => {
        if (/^\/.*\/[a-z]*$/s.test(pattern.source))
            return "";
        const special = pattern.source.search(/[*?[\\]/);
        return special < 0 ? pattern.source : pattern.source.slice(0, special);
    });
    let common = prefixes[0] ?? "";
    for (const prefix of prefixes)
        while (!prefix.startsWith(common))
            common = common.slice(0, -1);
    return common;
}

// EXTERNAL MODULE: ./.build/events/pass-through.js
var pass_through = __nccwpck_require__(83477);
;// CONCATENATED MODULE: ./.build/watch/release-event.js

/** Release notes beyond this many characters are cut, so events and records stay small. */
const RELEASE_BODY_LIMIT = 4000;
function upstreamReleaseFlowEvent(options) {
    const { release } = options;
    const repo = repoFromReleaseUrl(release.htmlUrl, options.repo);
    const payload = {
        repo,
        tag: release.tagName,
        url: release.htmlUrl,
        publishedAt: release.publishedAt,
        prerelease: release.prerelease,
        name: release.name || release.tagName,
        body: cutBody(release.body ?? "", release.htmlUrl),
    };
    return (0,pass_through/* upstreamReleaseEvent */.ND)(payload, options.now);
}
/**
 * `https://github.com/OpenAI/Codex/releases/tag/x` → `OpenAI/Codex` when it names the same
 * repository (case aside), so ids follow GitHub's spelling whatever case the config used.
 */
function repoFromReleaseUrl(url, configured) {
    const match = /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/releases\//.exec(url);
    const fromUrl = match?.[1];
    return fromUrl && fromUrl.toLowerCase() === configured.toLowerCase() ? fromUrl : configured;
}
function cutBody(body, url) {
    const characters = Array.from(body);
    if (characters.length <= RELEASE_BODY_LIMIT)
        return body;
    const omitted = characters.length - RELEASE_BODY_LIMIT;
    return `${characters.slice(0, RELEASE_BODY_LIMIT).join("")}\n\n… [release notes cut: ${omitted} more characters at ${url}]`;
}

;// CONCATENATED MODULE: ./.build/watch/select.js


function isPublished(release) {
    return !release.draft && typeof release.publishedAt === "string" && release.publishedAt !== "";
}
/** Drafts never; prereleases only when asked for; tags by pattern. */
function matchesWatch(release, watch) {
    if (!isPublished(release))
        return false;
    if (release.prerelease && !watch.prereleases)
        return false;
    return matchesTag(watch.tags, release.tagName);
}
const select_time = (iso) => Date.parse(iso);
/** Oldest publication first; ties by release id (GitHub ids increase with creation). */
function byPublication(a, b) {
    return select_time(a.publishedAt) - select_time(b.publishedAt) || a.id - b.id;
}
/**
 * Paging stops after a page that reaches known ground: with a cursor, a release seen before or
 * published before the watermark; on a first poll, what `since` asks for.
 */
function reachedKnownReleases(page, watch, cursor) {
    const published = page.filter(isPublished);
    if (cursor) {
        const seen = new Set(cursor.seen.map((release) => release.id));
        const watermark = cursor.watermark ? select_time(cursor.watermark) : undefined;
        return published.some((release) => seen.has(release.id) || (watermark !== undefined && select_time(release.publishedAt) < watermark));
    }
    switch (watch.since.kind) {
        case "latest":
            return published.some((release) => matchesWatch(release, watch));
        case "date": {
            const since = select_time(watch.since.date);
            return published.some((release) => select_time(release.publishedAt) < since);
        }
        case "all":
            return false;
    }
}
/** The releases to dispatch from what a poll listed, oldest first. */
function selectNewReleases(releases, watch, cursor) {
    const matching = releases.filter((release) => matchesWatch(release, watch)).sort(byPublication);
    if (cursor)
        return matching.filter((release) => isNewSince(release, watch, cursor));
    switch (watch.since.kind) {
        case "latest":
            return matching.slice(-1);
        case "date": {
            const since = select_time(watch.since.date);
            return matching.filter((release) => select_time(release.publishedAt) >= since);
        }
        case "all":
            return matching;
    }
}
function isNewSince(release, watch, cursor) {
    const prior = cursor.seen.find((seen) => seen.id === release.id);
    // A prerelease promoted to a release since it was seen (and filtered out) is news.
    if (prior)
        return prior.prerelease && !release.prerelease && !watch.prereleases;
    return cursor.watermark === undefined || select_time(release.publishedAt) >= select_time(cursor.watermark);
}
/** The cursor after a poll: every published release listed is now seen, whatever the filter. */
function nextCursor(options) {
    const byId = new Map();
    for (const seen of options.previous?.seen ?? [])
        byId.set(seen.id, seen);
    for (const release of options.releases.filter(isPublished)) {
        byId.set(release.id, {
            id: release.id,
            tag: release.tagName,
            publishedAt: release.publishedAt,
            prerelease: release.prerelease,
        });
    }
    const seen = [...byId.values()]
        .sort((a, b) => select_time(b.publishedAt) - select_time(a.publishedAt) || b.id - a.id)
        .slice(0, watch_cursor/* SEEN_RELEASES_KEPT */.mR);
    const newest = seen[0]?.publishedAt;
    const watermark = [options.previous?.watermark, newest]
        .filter((value) => value !== undefined)
        .sort((a, b) => select_time(b) - select_time(a))[0];
    return {
        format: watch_cursor/* WATCH_CURSOR_FORMAT */.x7,
        repo: options.repo,
        ...(options.etag ? { etag: options.etag } : {}),
        ...(watermark ? { watermark } : {}),
        seen,
        polledAt: options.now.toISOString(),
    };
}
/** Whether saving `next` would change what is stored (an unchanged cursor is not rewritten). */
function cursorChanged(previous, next) {
    if (!previous)
        return true;
    // Everything but the save time; `seen` by id and prerelease flag.
    const key = ({ polledAt: _polledAt, seen, ...rest }) => JSON.stringify([rest.etag, rest.deepEtag, rest.tagsEtag, rest.etagAt, rest.watermark, rest.checkedAt, rest.pending ?? [], rest.dispatched ?? [], seen.map((item) => [item.id, item.prerelease])]);
    return key(previous) !== key(next);
}

;// CONCATENATED MODULE: ./.build/watch/poll-repository.js






/** An unchanged poll rewrites the cursor (to record when it looked) at most this often. */
const CHECKED_AT_REFRESH_MS = 6 * 3_600_000;
async function pollRepository(options) {
    const { watch, cursor, now, budget } = options;
    const lookups = { client: options.client, repo: watch.repo, budget };
    const before = budget.used;
    const redeliver = cursor?.redeliver ?? [];
    // A release to deliver again needs the listing itself, not a 304.
    const conditional = redeliver.length === 0;
    const listing = await listReleases({
        client: options.client,
        repo: watch.repo,
        ...(conditional && cursor?.etag ? { etag: cursor.etag } : {}),
        ...(conditional && cursor?.deepEtag ? { deepEtag: cursor.deepEtag } : {}),
        isEnough: (page) => reachedKnownReleases(page, watch, cursor),
        ...(options.maxPages ? { maxPages: options.maxPages } : {}),
        backoff: options.backoff,
        budget,
    });
    const listed = listing.status === "ok" ? listing.releases : undefined;
    const known = (id) => cursor?.seen.find((seen) => seen.id === id)?.publishedAt ?? cursor?.pending?.find((held) => held.id === id)?.publishedAt;
    const untimed = listed ? fillMissingTimestamps(listed, known, now) : new Set();
    const fresh = listed ? selectNewReleases(listed, watch, cursor) : [];
    const notFound = [];
    for (const tag of redeliver) {
        const release = listed?.find((candidate) => candidate.tagName === tag);
        if (release && matchesWatch(release, watch)) {
            if (!fresh.some((item) => item.id === release.id))
                fresh.push(release);
        }
        else
            notFound.push(tag);
    }
    const held = [];
    const dropped = [];
    const ready = [];
    for (const release of fresh) {
        const hold = holdRelease(release, now, !untimed.has(release.id));
        if (isEligible(hold, watch.minAge, now))
            ready.push(release);
        else
            held.push(hold);
    }
    for (const hold of cursor?.pending ?? []) {
        if (fresh.some((release) => release.id === hold.id))
            continue;
        const listedNow = listed?.find((candidate) => candidate.id === hold.id);
        const eligible = isEligible(hold, watch.minAge, now);
        const missing = listing.status === "ok" && (!listedNow || listedNow.draft) && shouldHaveBeenListed(hold.createdAt, listing);
        let release = listedNow && !listedNow.draft ? withTime(listedNow, hold) : undefined;
        if (!eligible && !missing) {
            if (release && !matchesWatch(release, watch))
                dropped.push({ tag: hold.tag, reason: mismatch(release) });
            else
                held.push(hold);
            continue;
        }
        // Eligible (or missing from the listing): ask GitHub what it has now before dispatching.
        if (!release) {
            const current = await currentRelease(lookups, hold.id);
            release = current ? withTime(current, hold) : undefined;
        }
        if (!release)
            dropped.push({ tag: hold.tag, reason: "deleted (or unpublished) while pending" });
        else if (!matchesWatch(release, watch))
            dropped.push({ tag: hold.tag, reason: mismatch(release) });
        else if (eligible)
            ready.push(release);
        else
            held.push(hold);
    }
    ready.sort(byPublication);
    const releaseEvents = ready.map((release) => upstreamReleaseFlowEvent({ repo: watch.repo, release, now }));
    const dispatchedNow = ready
        .map((release, index) => ({
        id: release.id,
        tag: release.tagName,
        eventId: releaseEvents[index]?.id ?? "",
        prerelease: release.prerelease,
        createdAt: release.createdAt,
        dispatchedAt: now.toISOString(),
        ...(/^[0-9a-f]{40}$/.test(release.targetCommitish) ? { commit: release.targetCommitish } : {}),
    }))
        .reverse();
    const changes = watch.updates
        ? await detectChanges({ ...lookups, watch, cursor, listing, dispatchedNow, now })
        : { events: [], dispatched: [...dispatchedNow, ...(cursor?.dispatched ?? [])] };
    const base = listing.status === "ok"
        ? {
            ...nextCursor({ repo: watch.repo, previous: cursor, releases: listing.releases, etag: listing.etag, now }),
            ...(listing.deepEtag ? { deepEtag: listing.deepEtag } : {}),
            ...(listing.etag ? { etagAt: listing.etag === cursor?.etag ? (cursor.etagAt ?? now.toISOString()) : now.toISOString() } : {}),
            checkedAt: now.toISOString(),
        }
        : { ...cursor, ...(checkedLongAgo(cursor, now) ? { checkedAt: now.toISOString() } : {}) };
    const next = {
        ...base,
        pending: held.sort((a, b) => Date.parse(eligibleAt(a, watch.minAge ?? 0)) - Date.parse(eligibleAt(b, watch.minAge ?? 0))),
        dispatched: changes.dispatched.slice(0, watch_cursor/* DISPATCHED_RELEASES_KEPT */.Ui),
    };
    delete next.tagsEtag;
    delete next.redeliver;
    const tagsEtag = "tagsEtag" in changes ? changes.tagsEtag : undefined;
    if (tagsEtag)
        next.tagsEtag = tagsEtag;
    const events = [...releaseEvents, ...changes.events];
    const report = describe({ watch, cursor, listing, events, releaseEvents: releaseEvents.length, held, dropped, requests: budget.used - before });
    if (notFound.length > 0) {
        const note = `not delivered again (not among the releases read, or no longer matching): ${notFound.join(", ")}`;
        report.message = report.message ? `${report.message}; ${note}` : note;
    }
    options.log?.(`${watch.repo}: ${releaseEvents.length} new release(s)${report.message ? ` — ${report.message}` : ""}.`);
    return { report, events, ...(cursorChanged(cursor, next) ? { cursor: next } : {}) };
}
function withTime(release, hold) {
    return { ...release, publishedAt: release.publishedAt ?? hold.publishedAt };
}
function mismatch(release) {
    return release.prerelease ? "became a prerelease while pending" : "no longer matches the watch";
}
function checkedLongAgo(cursor, now) {
    const checked = Date.parse(cursor?.checkedAt ?? cursor?.polledAt ?? "");
    return Number.isNaN(checked) || now.getTime() - checked >= CHECKED_AT_REFRESH_MS;
}
function describe(options) {
    const { watch, listing, held, dropped } = options;
    const notes = [];
    if (!options.cursor)
        notes.push(`first poll (since ${watch.since.kind === "date" ? watch.since.date : watch.since.kind})`);
    if (listing.status === "ok" && listing.truncated) {
        notes.push(`stopped after ${listing.pages} pages; older releases were not looked at (raise maxPages to look further)`);
    }
    const tags = (events) => events.map((event) => String(event.payload.tag)).join(", ");
    const releases = options.events.filter((event) => event.type === "upstream.release");
    const changed = options.events.filter((event) => event.type !== "upstream.release");
    if (releases.length > 0)
        notes.push(`new: ${tags(releases)}`);
    if (changed.length > 0)
        notes.push(`changed: ${changed.map((event) => `${String(event.payload.tag)} (${event.type.replace("upstream.release.", "")})`).join(", ")}`);
    const heldReports = held.map((item) => ({ tag: item.tag, eligibleAt: eligibleAt(item, watch.minAge ?? 0), ageFrom: item.ageFrom }));
    if (heldReports.length > 0)
        notes.push(`pending: ${heldReports.map((item) => `${item.tag} until ${item.eligibleAt}`).join(", ")}`);
    if (dropped.length > 0)
        notes.push(`dropped: ${dropped.map((item) => `${item.tag} (${item.reason})`).join(", ")}`);
    return {
        repo: watch.repo,
        status: listing.status === "ok" ? "ok" : "not-modified",
        newReleases: options.releaseEvents,
        pages: listing.pages,
        requests: options.requests,
        ...(notes.length > 0 ? { message: notes.join("; ") } : {}),
        ...(heldReports.length > 0 ? { held: heldReports } : {}),
        ...(dropped.length > 0 ? { dropped } : {}),
        ...(changed.length > 0 ? { changes: changed.length } : {}),
    };
}

// EXTERNAL MODULE: ./.build/state/query.js
var query = __nccwpck_require__(89176);
// EXTERNAL MODULE: ./.build/watch/ledger.js
var ledger = __nccwpck_require__(85581);
;// CONCATENATED MODULE: ./.build/watch/rotation.js
// Where the next poll starts when one poll could not ask about every watched repository
// (request budget spent, rate limit low or refused). Repositories are polled in configuration
// order, rotated to start at the one the last poll did not reach, so over consecutive polls
// every repository gets its turn and none is skipped however many there are.


const WATCH_ROTATION_EVENT_ID = "flows-action:watch-rotation";
const KEY = { eventId: WATCH_ROTATION_EVENT_ID, type: `${query/* INTERNAL_EVENT_TYPE_PREFIX */.PV}watch-rotation`, runId: "watch-rotation" };
async function loadWatchRotation(store) {
    const value = await (0,ledger/* loadInternalValue */.v)(store, KEY, "rotation");
    if (typeof value !== "object" || value === null)
        return {};
    const { next, reason } = value;
    return { ...(typeof next === "string" ? { next } : {}), ...(typeof reason === "string" ? { reason } : {}) };
}
async function saveWatchRotation(store, rotation, now) {
    await (0,ledger/* saveInternalValue */.S)({
        store,
        ...KEY,
        field: "rotation",
        value: rotation,
        message: rotation.next ? `the next poll starts with ${rotation.next}` : "the next poll starts with the first watched repository",
        payload: {},
        now,
    });
}
/** The watches in polling order: configuration order, starting at `next` (when still watched). */
function rotate(watches, next) {
    const start = next ? watches.findIndex((watch) => watch.repo.toLowerCase() === next) : -1;
    return start <= 0 ? [...watches] : [...watches.slice(start), ...watches.slice(0, start)];
}

;// CONCATENATED MODULE: ./.build/watch/poll.js






/** Poll every watched repository and save where each poll left off (unless dryRun). */
async function pollUpstreamReleases(options) {
    const pending = await collectUpstreamReleases(options);
    if (!options.dryRun)
        await savePendingCursors(options.store, pending, new Set(), options.now);
    return { events: pending.events, reports: pending.reports, requests: pending.requests };
}
/** The poll without saving anything. */
async function collectUpstreamReleases(options) {
    const now = options.now ?? (() => new Date());
    // Each message is one log line, and quotes tags and GitHub's error texts: escaped, so none can
    // start a line of its own (a workflow command, in a job log).
    const log = (message) => options.log?.((0,log_text/* logText */.kc)(message));
    const backoff = new RateLimitBackoff({ ...options.rateLimit, log });
    const budget = new RequestBudget(options.budget);
    const rotation = await loadWatchRotation(options.store);
    const byRepo = new Map();
    const pending = { events: [], reports: [], cursors: new Map(), repoOf: new Map(), requests: { requests: 0, notModified: 0, maxRequests: budget.max } };
    let stop;
    let notPolled = 0;
    for (const watch of rotate(options.watches, rotation.next)) {
        if (stop) {
            notPolled++;
            byRepo.set(watch.repo, { repo: watch.repo, status: "not-polled", newReleases: 0, message: `not polled: ${stop.reason}; it is polled first next time` });
            continue;
        }
        const waitedBefore = backoff.waitedSeconds;
        const usedBefore = budget.used;
        try {
            const stored = await (0,watch_cursor/* loadWatchCursor */.mj)(options.store, watch.repo);
            const recovered = stored ? undefined : await (0,watch_cursor/* recoverWatchCursor */.Cc)(options.store, watch.repo);
            if (recovered)
                log(`${watch.repo}: ${recovered.note}.`);
            const cursor = stored ?? recovered?.cursor;
            const poll = () => pollRepository({ ...options, watch, cursor, backoff, budget, now: now(), log });
            const polled = usedBefore === 0 ? await budget.exempt(poll) : await poll();
            if (recovered)
                polled.report.message = polled.report.message ? `${recovered.note}; ${polled.report.message}` : recovered.note;
            byRepo.set(watch.repo, withWait(polled.report, backoff.waitedSeconds - waitedBefore));
            for (const event of polled.events)
                pending.repoOf.set(event.id, watch.repo);
            pending.events.push(...polled.events);
            if (polled.cursor)
                pending.cursors.set(watch.repo, polled.cursor);
        }
        catch (error) {
            const requests = budget.used - usedBefore;
            if (error instanceof RequestBudgetExhausted) {
                stop = { reason: error.message, at: watch.repo };
                notPolled++;
                byRepo.set(watch.repo, { repo: watch.repo, status: "not-polled", newReleases: 0, requests, message: `not polled: ${error.message}; it is polled first next time` });
                log(`Stopping this poll: ${error.message}. ${watch.repo} and the repositories after it are polled first next time.`);
                continue;
            }
            // GitHub's answers arrive as GitHubReleasesError; anything else is local (the store).
            const reason = error instanceof GitHubReleasesError
                ? error.message
                : `polling ${watch.repo} failed: ${error instanceof Error ? error.message : String(error)}`;
            if (error instanceof GitHubReleasesError && (error.rateLimit || error.unreachable))
                stop = { reason: error.message, at: watch.repo };
            const message = `${reason} (${watch.repo} is watched by ${watch.origin}.)`;
            log(message);
            byRepo.set(watch.repo, withWait({ repo: watch.repo, status: "error", newReleases: 0, requests, message }, backoff.waitedSeconds - waitedBefore));
        }
    }
    pending.reports = options.watches.map((watch) => byRepo.get(watch.repo));
    // Stable sort: events of the same time keep configuration order.
    pending.events.sort((a, b) => Date.parse(a.occurredAt ?? a.receivedAt ?? "") - Date.parse(b.occurredAt ?? b.receivedAt ?? ""));
    pending.requests = {
        requests: budget.used,
        notModified: budget.notModified,
        maxRequests: budget.max,
        ...(budget.rateRemaining !== undefined ? { rateRemaining: budget.rateRemaining } : {}),
        ...(stop ? { stopped: { reason: stop.reason, notPolled, nextRepo: stop.at } } : {}),
    };
    const next = stop?.at.toLowerCase();
    if (next !== rotation.next)
        pending.rotation = next ? { next, reason: stop?.reason ?? "" } : {};
    return pending;
}
function withWait(report, seconds) {
    return seconds > 0 ? { ...report, waitedSeconds: seconds } : report;
}
/** Save the cursors of every repository except those in `skip` (whose events did not all get handled). */
async function savePendingCursors(store, pending, skip, now) {
    const clock = now ?? (() => new Date());
    for (const [repo, cursor] of pending.cursors) {
        if (!skip.has(repo))
            await (0,watch_cursor/* saveWatchCursor */.xA)({ store, cursor, now: clock() });
    }
    if (pending.rotation)
        await saveWatchRotation(store, pending.rotation, clock());
}

;// CONCATENATED MODULE: ./.build/watch/dispatch.js
// Poll, then dispatch every new release in publication order through the one engine path,
// with the same store, then advance the cursors. Cursors move only after dispatching: if the
// job dies half-way, the next poll sees the releases again and the event ids (already in the
// store for those that ran) keep anything from running twice.




async function watchAndDispatch(options) {
    const dryRun = options.dryRun === true;
    // One log line per message, whatever a tag or an error quotes (see collectUpstreamReleases).
    const log = (message) => options.log?.((0,log_text/* logText */.kc)(message));
    const pending = await collectUpstreamReleases(options);
    const base = options.dispatchOptions;
    const discovery = pending.events.length === 0
        ? undefined
        : (base.discovery ?? (await (0,flows/* discoverFlows */.nE)({ repoRoot: base.repoRoot, roots: base.roots })));
    const outcomes = [];
    // Repositories whose cursors stay where they were, so the next poll sees their releases again.
    const heldRepos = new Set();
    const note = (repo, message, status) => {
        const report = pending.reports.find((item) => item.repo === repo);
        if (!report)
            return;
        if (status)
            report.status = status;
        report.message = report.message ? `${report.message}; ${message}` : message;
    };
    for (const event of pending.events) {
        const repo = pending.repoOf.get(event.id) ?? "";
        // A failure leaves the rest of that repository for the next poll, in order.
        if (heldRepos.has(repo))
            continue;
        // Stopped (Ctrl-C, a cancelled job): a release not dispatched yet is left for the next poll.
        // Dispatched now, its steps would be recorded as canceled without having started, and the
        // next poll, past it, would never run them.
        if (base.signal?.aborted) {
            heldRepos.add(repo);
            const message = `stopped before dispatching ${event.id}; the release will be polled again next time.`;
            log(message);
            note(repo, message);
            continue;
        }
        try {
            outcomes.push(await (0,dispatch/* dispatch */.JD)(event, {
                ...base,
                ...(discovery ? { discovery } : {}),
                ...(options.now && !base.now ? { now: options.now } : {}),
                store: options.store,
                dryRun,
            }));
        }
        catch (error) {
            heldRepos.add(repo);
            const reason = error instanceof Error ? error.message : String(error);
            const message = `dispatching ${event.id} failed: ${reason}; the release will be polled again next time.`;
            log(message);
            note(repo, message, "error");
        }
    }
    if (!dryRun)
        await savePendingCursors(options.store, pending, heldRepos, options.now);
    return { events: pending.events, reports: pending.reports, requests: pending.requests, outcomes, dryRun };
}

;// CONCATENATED MODULE: ./.build/watch/status.js



async function watchStatus(options) {
    const now = options.now ?? new Date();
    const repositories = [];
    for (const watch of options.watches) {
        const cursor = await (0,watch_cursor/* loadWatchCursor */.mj)(options.store, watch.repo);
        const last = cursor?.dispatched?.[0];
        const etagAt = cursor?.etag ? (cursor.etagAt ?? cursor.polledAt) : undefined;
        repositories.push({
            repo: watch.repo,
            origin: watch.origin,
            ...(watch.minAge ? { minAge: watch.minAge } : {}),
            updates: watch.updates === true,
            polled: cursor !== undefined,
            ...(cursor ? { lastPoll: cursor.checkedAt ?? cursor.polledAt, lastChange: cursor.polledAt } : {}),
            ...(etagAt ? { etagAt, etagAgeSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(etagAt)) / 1000)) } : {}),
            pending: (cursor?.pending ?? []).map((held) => ({ tag: held.tag, eligibleAt: eligibleAt(held, watch.minAge ?? 0), ageFrom: held.ageFrom })),
            ...(last ? { lastDispatched: { tag: last.tag, eventId: last.eventId, at: last.dispatchedAt } } : {}),
            tracked: cursor?.dispatched?.length ?? 0,
            redeliver: cursor?.redeliver ?? [],
        });
    }
    const rotation = await loadWatchRotation(options.store);
    return {
        at: now.toISOString(),
        repositories,
        ...(rotation.next ? { nextPollStartsWith: rotation.next } : {}),
    };
}
/** `3h 20m`, `2d 4h`, `45s`: the two largest units. */
function formatAge(seconds) {
    const units = [["d", 86_400], ["h", 3_600], ["m", 60], ["s", 1]];
    const parts = [];
    let rest = Math.max(0, Math.round(seconds));
    for (const [unit, size] of units) {
        if (rest >= size || (unit === "s" && parts.length === 0)) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
        if (parts.length === 2)
            break;
    }
    return parts.join(" ");
}
/** `2025-06-01 10:00Z`: minutes are enough for people. */
function shortTime(iso) {
    return iso.replace("T", " ").replace(/:\d{2}(?:\.\d+)?Z$/, "Z");
}
/** The status as terminal text, one block per repository. */
function renderWatchStatusText(status) {
    const now = Date.parse(status.at);
    const ago = (iso) => `${shortTime(iso)} (${formatAge((now - Date.parse(iso)) / 1000)} ago)`;
    const lines = [];
    for (const repo of status.repositories) {
        const options = [repo.minAge ? `min-age ${formatAge(repo.minAge / 1000)}` : undefined, repo.updates ? "updates" : undefined].filter(Boolean);
        lines.push(`${repo.repo}${options.length > 0 ? ` (${options.join(", ")})` : ""} — ${repo.origin}`);
        if (!repo.polled) {
            lines.push("  not polled yet");
            continue;
        }
        lines.push(`  last poll        ${repo.lastPoll ? ago(repo.lastPoll) : "unknown"}`);
        lines.push(`  ETag age         ${repo.etagAgeSeconds === undefined ? "no ETag" : formatAge(repo.etagAgeSeconds)}`);
        if (repo.pending.length === 0)
            lines.push("  pending          none");
        for (const [index, held] of repo.pending.entries()) {
            const eligible = Date.parse(held.eligibleAt);
            const when = eligible <= now ? "eligible now: dispatched by the next poll" : `eligible ${shortTime(held.eligibleAt)} (in ${formatAge((eligible - now) / 1000)})`;
            lines.push(`  ${index === 0 ? "pending         " : "                "} ${held.tag} — ${when}`);
        }
        lines.push(`  last dispatched  ${repo.lastDispatched ? `${repo.lastDispatched.tag} at ${shortTime(repo.lastDispatched.at)}` : "none"}`);
        if (repo.redeliver.length > 0)
            lines.push(`  to deliver again ${repo.redeliver.join(", ")}`);
    }
    if (status.nextPollStartsWith)
        lines.push("", `The last poll stopped early; the next one starts with ${status.nextPollStartsWith}.`);
    return `${lines.join("\n")}\n`;
}

// EXTERNAL MODULE: ./.build/watch/redeliver.js
var redeliver = __nccwpck_require__(54444);
;// CONCATENATED MODULE: ./.build/watch/index.js
// Public surface of the watch area: poll upstream repositories for releases and dispatch each
// new one as an `upstream.release` FlowEvent. Nothing runs on import.












/***/ }),

/***/ 85581:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ saveInternalValue),
/* harmony export */   v: () => (/* binding */ loadInternalValue)
/* harmony export */ });
/* harmony import */ var _state_record_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77795);
/* harmony import */ var _state_types_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(39709);


/** The stored value under `field` of the record's run, or undefined. */
async function loadInternalValue(store, key, field) {
    const record = await store.loadEvent(key.eventId);
    const run = record?.runs.find((candidate) => candidate.id === key.runId);
    // A run `flows forget` marked (canceled, no result) holds nothing.
    return run?.resultPayload?.[field];
}
/** Save `value`; returns the time stamped on it (strictly later than the stored one). */
async function saveInternalValue(options) {
    const { store, eventId, runId } = options;
    const stored = await store.loadEvent(eventId);
    const previous = stored?.runs.find((run) => run.id === runId);
    // Strictly later than what is stored: equal timestamps would keep the stored value.
    const floor = previous ? Date.parse(previous.updatedAt) + 1 : 0;
    const at = new Date(Math.max(options.now.getTime(), floor)).toISOString();
    // After `flows forget` (which adds an attempt) the count must not shrink, or a merge would
    // prefer the forgotten run: keep the count, replace the last attempt.
    const count = Math.max(previous?.attempts.length ?? 1, 1);
    const earlier = (previous?.attempts ?? []).slice(0, count - 1);
    const run = {
        id: runId,
        eventId,
        flowName: "flows-action",
        flowVersion: 1,
        stepName: runId,
        runner: "bun",
        processStatus: "completed",
        resultStatus: "completed",
        effectiveStatus: "completed",
        needsAttention: false,
        attempts: [...earlier, { id: `${runId}_${count}`, number: count, status: "completed", startedAt: at, completedAt: at }],
        resultPayload: { status: "completed", message: options.message, [options.field]: { ...options.value, ...(options.stamp ? { [options.stamp]: at } : {}) } },
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
    };
    const record = {
        formatVersion: _state_types_js__WEBPACK_IMPORTED_MODULE_1__/* .RECORD_FORMAT_VERSION */ .Z,
        event: {
            id: eventId,
            type: options.type,
            source: "flows-action",
            receivedAt: stored?.event.receivedAt ?? at,
            payload: options.payload,
        },
        runs: [run],
        firstDispatchedAt: stored?.firstDispatchedAt ?? at,
        updatedAt: at,
        ...(0,_state_record_js__WEBPACK_IMPORTED_MODULE_0__/* .countDispatch */ .m5)(stored),
    };
    await store.saveEvent(record);
    return at;
}


/***/ }),

/***/ 54444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   requestRedelivery: () => (/* binding */ requestRedelivery)
/* harmony export */ });
/* harmony import */ var _cursor_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15626);

/** Ask the next poll of `repo` to deliver `tag` again; false when `repo` was never polled. */
async function requestRedelivery(store, repo, tag, now = new Date()) {
    const cursor = await (0,_cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .loadWatchCursor */ .mj)(store, repo);
    if (!cursor)
        return false;
    const redeliver = [...new Set([...(cursor.redeliver ?? []), tag])];
    await (0,_cursor_js__WEBPACK_IMPORTED_MODULE_0__/* .saveWatchCursor */ .xA)({ store, cursor: { ...cursor, redeliver }, now });
    return true;
}


/***/ }),

/***/ 56991:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ wholeNumber)
/* harmony export */ });
/**
 * A count given as text (an input, an option): digits only, as a safe integer, else undefined.
 * Number() alone also takes "0x10", "1e3", "0b11" and "" (0), which no one means as a count.
 */
function wholeNumber(value) {
    const text = value.trim();
    if (!/^\d+$/.test(text))
        return undefined;
    const parsed = Number(text);
    return Number.isSafeInteger(parsed) ? parsed : undefined;
}


/***/ }),

/***/ 3292:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zx: () => (/* reexport */ TomlError),
  qg: () => (/* reexport */ parse)
});

// UNUSED EXPORTS: TomlDate, default, stringify

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		8792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xG: () => (/* reexport */ find_bun.BunNotFoundError),
  WL: () => (/* reexport */ contracts/* FLOW_RESULT_STATUSES */.WL),
  nd: () => (/* reexport */ state.FileStateStore),
  $j: () => (/* reexport */ events/* FlowEventInputError */.$j),
  cE: () => (/* reexport */ flows/* FlowManifestError */.cE),
  k$: () => (/* reexport */ state.MemoryStateStore),
  Ne: () => (/* reexport */ contracts/* PROCESS_STATUSES */.Ne),
  Yr: () => (/* reexport */ runners.buildStepContext),
  LX: () => (/* reexport */ client.createGitHubClient),
  J$: () => (/* reexport */ state.createStateStore),
  oY: () => (/* reexport */ defineFlow),
  nE: () => (/* reexport */ flows/* discoverFlows */.nE),
  JD: () => (/* reexport */ dispatch/* dispatch */.JD),
  Z2: () => (/* reexport */ contracts/* effectiveStatusOf */.Z2),
  Ft: () => (/* reexport */ find_bun.findBun),
  Ir: () => (/* reexport */ events/* flowEventFromGitHub */.Ir),
  _S: () => (/* reexport */ forget/* forgetEvent */._),
  xy: () => (/* reexport */ flows/* formatDiagnostic */.xy),
  YC: () => (/* reexport */ contracts/* isFlowResultStatus */.YC),
  Bj: () => (/* reexport */ flows/* loadDeferredFlows */.Bj),
  Q5: () => (/* reexport */ flows/* loadFlowManifest */.Q5),
  Y6: () => (/* reexport */ events/* loadGitHubEvent */.Y6),
  Ov: () => (/* reexport */ watch.loadWatchConfig),
  J6: () => (/* reexport */ flows/* matchSteps */.J6),
  v9: () => (/* binding */ matchingSteps),
  XM: () => (/* reexport */ contracts/* needsAttentionFor */.XM),
  kN: () => (/* reexport */ engine_event/* normalizeFlowEvent */.kN),
  Xj: () => (/* reexport */ runners.parseFlowResult),
  fZ: () => (/* reexport */ watch.parseWatchInput),
  Tu: () => (/* reexport */ watch.pollUpstreamReleases),
  EW: () => (/* reexport */ events/* readGitHubRunContext */.EW),
  Br: () => (/* reexport */ summary/* renderSummary */.Br),
  S5: () => (/* reexport */ report_text/* renderText */.S),
  ak: () => (/* reexport */ main),
  _e: () => (/* reexport */ runners.runFlowStep),
  dT: () => (/* reexport */ flows/* schemaCacheDir */.dT),
  aK: () => (/* reexport */ runners.stepEnvironment),
  y$: () => (/* reexport */ flows/* typeMatches */.y$),
  N1: () => (/* reexport */ watch.upstreamReleaseFlowEvent),
  Lg: () => (/* reexport */ flows/* useSchemaCache */.Lg),
  _O: () => (/* reexport */ flows/* validateFlows */._O),
  jA: () => (/* reexport */ watch.watchAndDispatch),
  iP: () => (/* reexport */ watch.watchStatus)
});

// EXTERNAL MODULE: ./.build/flows/match.js + 1 modules
var match = __nccwpck_require__(65066);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/cli/usage.js
var cli_usage = __nccwpck_require__(41488);
// EXTERNAL MODULE: ./.build/whole-number.js
var whole_number = __nccwpck_require__(56991);
;// CONCATENATED MODULE: ./.build/cli/command-table.js


const GLOBAL_OPTIONS = ["repo", "flows-path", "json", "no-color", "no-cache", "debug", "help"];
const STATE = ["state", "state-dir", "branch", "repository"];
const RUNNING = ["concurrency", "bun", "workspace-backend-url"];
const COMMANDS = [
    {
        name: "list",
        summary: "flow packages, their steps and triggers",
        options: [],
        examples: ["flows list", "flows list --flows-path flows --json"],
        run: async ({ ctx }) => (await __nccwpck_require__.e(/* import() */ 9605).then(__nccwpck_require__.bind(__nccwpck_require__, 89605))).listCommand(ctx),
    },
    {
        name: "validate",
        summary: "check every manifest and schema (exit 1 on errors)",
        options: [],
        examples: ["flows validate", "flows validate --repo ../other-repo --json"],
        run: async ({ ctx }) => (await __nccwpck_require__.e(/* import() */ 9605).then(__nccwpck_require__.bind(__nccwpck_require__, 89605))).validateCommand(ctx),
    },
    {
        name: "fire",
        summary: "dispatch a FlowEvent to every matching step",
        options: ["event", "dry-run", ...RUNNING, ...STATE],
        details: "The event file holds a FlowEvent: {\"id\", \"type\", \"payload\"} (receivedAt is filled in). An event id\n" +
            "that was handled before runs nothing again; `flows replay <event-id>` runs its steps again.",
        examples: [
            "flows fire --event event.json",
            "flows fire --event event.json --dry-run",
            "flows fire --event event.json --state none --concurrency 4",
        ],
        run: async ({ ctx, values, concurrency }) => (await __nccwpck_require__.e(/* import() */ 9605).then(__nccwpck_require__.bind(__nccwpck_require__, 89605))).fireCommand(ctx, { ...fireOptions(values, concurrency), eventPath: required(values.event, "--event", "fire") }),
    },
    {
        name: "run",
        args: "<flow> <step>",
        summary: "run one step for an event",
        options: ["event", "dry-run", ...RUNNING, ...STATE],
        examples: ["flows run release-notes summarise --event event.json", "flows run hello-flow hello --event event.json --state none"],
        run: async ({ ctx, values, args, concurrency }) => {
            const [flow, step] = args;
            if (!flow || !step)
                throw new cli_usage/* UsageError */.eb("flows run needs a flow name and a step name: flows run <flow> <step> --event event.json", "run");
            return (await __nccwpck_require__.e(/* import() */ 9605).then(__nccwpck_require__.bind(__nccwpck_require__, 89605))).fireCommand(ctx, {
                ...fireOptions(values, concurrency),
                eventPath: required(values.event, "--event", "run"),
                only: { flow, step },
            });
        },
    },
    {
        name: "explain",
        summary: "why each step matches an event or not (type, schema, condition and the values it read); runs nothing",
        options: ["event", "event-name"],
        details: "With --event-name the file is a GitHub webhook payload, mapped as the action maps it.",
        examples: ["flows explain --event event.json", "flows explain --event push.json --event-name push --json"],
        run: async ({ ctx, values }) => {
            if (values["event-name"] !== undefined)
                (await __nccwpck_require__.e(/* import() */ 1578).then(__nccwpck_require__.bind(__nccwpck_require__, 61578))).checkGitHubEventName(values["event-name"], "explain");
            return (await __nccwpck_require__.e(/* import() */ 2512).then(__nccwpck_require__.bind(__nccwpck_require__, 22512))).explainCommand(ctx, { eventPath: required(values.event, "--event", "explain"), eventName: values["event-name"] });
        },
    },
    {
        name: "github",
        summary: "run the GitHub Action's code path on this machine",
        options: ["event-name", "event-path", "repository", "input", "dry-run", ...RUNNING, "event", "state", "state-dir", "branch"],
        optionHelp: {
            event: { value: "JSON", description: "a FlowEvent as inline JSON, dispatched instead of the webhook's (the action's event input)" },
        },
        details: "Inputs are the action's (see action.yml); --state defaults to file here (the action's default is artifact).\n" +
            "Exit 1 when the action would fail the job: a status listed in fail-on (default failed), or an error it reports.",
        examples: [
            "flows github --event-name push --event-path push.json",
            "flows github --event-name release --event-path release.json --input fail-on=none --state none",
        ],
        run: async ({ ctx, values }) => (await __nccwpck_require__.e(/* import() */ 3459).then(__nccwpck_require__.bind(__nccwpck_require__, 63459))).githubFromCommandLine(ctx, values),
    },
    {
        name: "events",
        summary: "events in the state store, newest first",
        options: ["type", "limit", ...STATE],
        examples: ["flows events", "flows events --type 'pull_request.*' --limit 5", "flows events --state branch --json"],
        run: async ({ values, store }) => (await __nccwpck_require__.e(/* import() */ 5741).then(__nccwpck_require__.bind(__nccwpck_require__, 65741))).eventsCommand(await store(), { type: values.type, limit: readLimit(values.limit, "events") }),
    },
    {
        name: "runs",
        summary: "runs in the state store, newest first",
        options: ["event", "status", "needs-attention", "limit", ...STATE],
        optionHelp: { event: { value: "ID", description: "only runs of this event id" } },
        examples: ["flows runs --needs-attention", "flows runs --status failed --limit 10", "flows runs --event demo:hello:ada --json"],
        run: async ({ values, store }) => {
            const { runsCommand, checkStatusFilter } = await __nccwpck_require__.e(/* import() */ 5741).then(__nccwpck_require__.bind(__nccwpck_require__, 65741));
            return runsCommand(await store(), {
                eventId: values.event,
                status: checkStatusFilter(values.status),
                needsAttention: values["needs-attention"] === true,
                limit: readLimit(values.limit, "runs"),
            });
        },
    },
    {
        name: "show",
        args: "<run-id|event-id>",
        summary: "one stored event with its runs, or one run",
        options: [...STATE],
        examples: ["flows show demo:hello:ada", "flows show run_0123456789ab --json"],
        run: async ({ args, store }) => (await __nccwpck_require__.e(/* import() */ 5741).then(__nccwpck_require__.bind(__nccwpck_require__, 65741))).showCommand(await store(), required(args[0], "a run id or event id", "show")),
    },
    {
        name: "replay",
        args: "<event-id>",
        summary: "run every matching step of a stored event again",
        options: [...RUNNING, ...STATE],
        examples: ["flows replay demo:hello:ada", "flows replay demo:hello:ada --bun ~/.bun/bin/bun"],
        run: async ({ values, args, concurrency, store }) => (await __nccwpck_require__.e(/* import() */ 5741).then(__nccwpck_require__.bind(__nccwpck_require__, 65741))).replayCommand(await store(), required(args[0], "an event id", "replay"), {
            concurrency,
            bunPath: values.bun,
            workspaceBackendUrl: values["workspace-backend-url"],
        }),
    },
    {
        name: "forget",
        args: "<event-id>",
        summary: "forget that an event ran: its next delivery runs it again",
        options: [...STATE],
        examples: ["flows forget demo:hello:ada", "flows forget github:upstream.release:openai/codex:rust-v1.2.3 --state branch"],
        run: async ({ args, store }) => (await __nccwpck_require__.e(/* import() */ 8574).then(__nccwpck_require__.bind(__nccwpck_require__, 98574))).forgetCommand(await store(), required(args[0], "an event id", "forget")),
    },
    {
        name: "watch",
        summary: "poll watched repositories once for new releases (token from GITHUB_TOKEN or GH_TOKEN), or show what the watcher remembers",
        options: ["once", "status", "max-requests", "dry-run", "watch", "config", ...RUNNING, ...STATE],
        optionHelp: { status: { description: "show what the watcher remembers per repository (asks GitHub nothing); takes no value" } },
        details: "Exit 1 when a step failed or every repository failed (GitHub unreachable, bad token).",
        examples: [
            'flows watch --once --dry-run --watch "openai/codex"',
            "GITHUB_TOKEN=$(gh auth token) flows watch --once",
            "flows watch --status --json",
        ],
        run: async ({ ctx, values, concurrency }) => {
            if (values.status)
                throw new cli_usage/* UsageError */.eb(`flows watch --status takes no value; got "${values.status}".`, "watch");
            if (values.status !== undefined && values.once) {
                throw new cli_usage/* UsageError */.eb("--status and --once do not go together: --status shows what the watcher remembers, --once polls. Give one.", "watch");
            }
            return (await __nccwpck_require__.e(/* import() */ 8980).then(__nccwpck_require__.bind(__nccwpck_require__, 88980))).watchCommand(ctx, {
                once: values.once === true,
                status: values.status !== undefined,
                maxRequests: values["max-requests"],
                dryRun: values["dry-run"] === true,
                watch: values.watch,
                config: values.config,
                concurrency,
                bunPath: values.bun,
                workspaceBackendUrl: values["workspace-backend-url"],
            });
        },
    },
];
function fireOptions(values, concurrency) {
    return {
        dryRun: values["dry-run"] === true,
        concurrency,
        bunPath: values.bun,
        workspaceBackendUrl: values["workspace-backend-url"],
    };
}
/** More positionals than the command's usage names is a mistake to say, not to drop. */
function checkArgs(spec, args) {
    const most = spec.args?.match(/<[^>]+>/g)?.length ?? 0;
    const extra = args[most];
    if (extra === undefined)
        return;
    const usage = spec.args ? `flows ${spec.name} ${spec.args}` : `flows ${spec.name}`;
    throw new cli_usage/* UsageError */.eb(`unexpected argument "${extra}": the usage is ${usage}${most === 0 ? ", with options only" : ""}.`, spec.name);
}
function required(value, what, command) {
    if (!value)
        throw new cli_usage/* UsageError */.eb(`${what} is required.`, command);
    return value;
}
function readLimit(value, command) {
    if (value === undefined)
        return undefined;
    const limit = (0,whole_number/* wholeNumber */.r)(value);
    if (limit === undefined || limit < 1)
        throw new cli_usage/* UsageError */.eb(`--limit must be a whole number of at least 1; got "${value}".`, command);
    return limit;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./.build/cli/options.js


/** Every option `flows` knows; each command lists the ones it takes (see command-table.ts). */
const OPTIONS = {
    repo: { type: "string", value: "DIR", description: "repository root (default: found from the current folder, as git finds it); a URL for --state branch" },
    "flows-path": { type: "string", value: "P", description: "flow roots, comma separated (default: .codex/flows,flows)" },
    json: { type: "boolean", description: "machine-readable output" },
    "no-color": { type: "boolean", description: "plain output (also NO_COLOR=1; FORCE_COLOR=1 colours output that is no terminal)" },
    "no-cache": { type: "boolean", description: "do not keep compiled trigger schemas between runs (also FLOWS_CACHE=0)" },
    debug: { type: "boolean", description: "say why each step matched or not, what was reused, cached and stored (also FLOWS_DEBUG=1)" },
    help: { type: "boolean", short: "h", description: "help for the command" },
    version: { type: "boolean", description: "the version of flows" },
    event: { type: "string", value: "FILE", description: "a FlowEvent as JSON" },
    "dry-run": { type: "boolean", description: "match and report, but run and record nothing" },
    concurrency: { type: "string", value: "N", description: "steps in flight at once (default 16; one flow's steps keep their order)" },
    bun: { type: "string", value: "PATH", description: "the bun executable for steps (default: FLOWS_BUN, Bun next to flows-action, PATH)" },
    "workspace-backend-url": { type: "string", value: "URL", description: "runtime.workspaceBackendUrl for steps (default: CODEX_WORKSPACE_BACKEND_WS_URL)" },
    state: { type: "string", value: "KIND", description: "where runs are remembered: file (default), branch, artifact (read only) or none" },
    "state-dir": { type: "string", value: "DIR", description: "file store folder (default: <repo>/.codex/flow-client)" },
    branch: { type: "string", value: "NAME", description: "state branch (default: flows-state)" },
    repository: { type: "string", value: "OWNER/REPO", description: "the GitHub repository (artifact store, flows github)" },
    "event-name": { type: "string", value: "NAME", description: "the GitHub event name (push, pull_request, release, ...)" },
    "event-path": { type: "string", value: "FILE", description: "the webhook payload as JSON" },
    input: { type: "string", multiple: true, value: "NAME=VALUE", description: "an action input (repeatable)" },
    type: { type: "string", value: "T", description: "event type; * matches any text, as in triggers" },
    limit: { type: "string", value: "N", description: "at most N entries" },
    status: {
        type: "string",
        optionalValue: true,
        value: "S",
        description: "only runs with this effective status (completed, failed, needs_intervention, ...)",
    },
    "max-requests": { type: "string", value: "N", description: "requests one poll may make (default 300)" },
    "needs-attention": { type: "boolean", description: "only runs that are blocked or need intervention" },
    once: { type: "boolean", description: "poll once and exit" },
    watch: { type: "string", value: "LINES", description: '"owner/repo ..." lines, as the action\'s watch input' },
    config: { type: "string", value: "FILE", description: "a TOML file with [[watch]] tables (default: the repository's .github/flows.toml)" },
};
const NAMES = Object.keys(OPTIONS);
/**
 * argv → values and positionals. Unknown options and missing values are usage errors with a
 * suggestion. (Not node:util's parseArgs: loading node:util costs Bun more than the whole
 * parse, and its messages are not ours.)
 */
function parseCommandLine(argv, command) {
    const values = {};
    const positionals = [];
    for (let i = 0; i < argv.length; i += 1) {
        const arg = argv[i];
        if (arg === "--") {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith("-") || arg === "-") {
            positionals.push(arg);
            continue;
        }
        const long = arg.startsWith("--");
        const [flag, inline] = long ? splitAt(arg.slice(2), "=") : [arg.slice(1), undefined];
        const name = long ? flag : NAMES.find((option) => OPTIONS[option].short === flag);
        if (name === undefined || !(name in OPTIONS)) {
            const shown = long ? `--${flag}` : arg;
            throw new cli_usage/* UsageError */.eb(`Unknown option ${shown}.${long ? (0,cli_usage/* didYouMean */.au)(flag, NAMES, (match) => `--${match}`) : ""}`, command);
        }
        const spec = OPTIONS[name];
        if (spec.type === "boolean") {
            if (inline !== undefined)
                throw new cli_usage/* UsageError */.eb(`--${name} takes no value.`, command);
            values[name] = true;
            continue;
        }
        let value = inline;
        if (value === undefined) {
            const next = argv[i + 1];
            // A negative number is a value (to be refused by the option's own check), not an option.
            if (next === undefined || (next.startsWith("-") && next !== "-" && !/^-\d/.test(next))) {
                if (!spec.optionalValue)
                    throw new cli_usage/* UsageError */.eb(`--${name} needs a value.`, command);
                value = "";
            }
            else {
                value = next;
                i += 1;
            }
        }
        // `--state-dir=` or `--repo "$UNSET"`: an empty value would quietly mean the current folder.
        if (value === "" && !spec.optionalValue)
            throw new cli_usage/* UsageError */.eb(`--${name} needs a value; it was given empty.`, command);
        if (spec.multiple)
            values[name] = [...(values[name] ?? []), value];
        else if (values[name] !== undefined && values[name] !== value) {
            // The last one silently winning hides a mistake: say which two were given.
            throw new cli_usage/* UsageError */.eb(`--${name} is given twice ("${values[name]}" and "${value}"); give it once.`, command);
        }
        else
            values[name] = value;
    }
    return { values: values, positionals };
}
function splitAt(text, separator) {
    const at = text.indexOf(separator);
    return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
/** The help line of one option: `  --name VALUE   description`, as `help` (a command's own wording) says when given. */
function optionLine(name, help) {
    const spec = help ? { ...OPTIONS[name], value: help.value, description: help.description } : OPTIONS[name];
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
    return `  ${flag.padEnd(30)}${spec.description}`;
}
/**
 * --repo names a folder that exists: a typo would otherwise find no flows and say nothing ran.
 * (With --state branch the branch store says it, with what to pass: a checkout or its URL.)
 */
function checkRepoFolder(values, repoRoot, command) {
    const repo = values.repo;
    if (repo === undefined || values.state === "branch")
        return;
    let folder;
    try {
        folder = (0,external_node_fs_.statSync)(repoRoot).isDirectory();
    }
    catch {
        throw new cli_usage/* UsageError */.eb(`--repo ${repo}: there is no folder ${repoRoot}.`, command);
    }
    if (!folder)
        throw new cli_usage/* UsageError */.eb(`--repo ${repo}: ${repoRoot} is a file, not a folder. Give the repository's root folder.`, command);
}

;// CONCATENATED MODULE: ./.build/cli/help.js


const EXIT_CODES = `Exit codes:
  0    done (every step ran without failing; nothing matching is no failure)
  1    a step failed, or a problem stopped the command (a bad flow package, an unreadable file,
       no Bun, a state store that could not be saved, output that could not be written)
  2    the command line is wrong (unknown command or option, a missing or bad value)
  130  stopped by Ctrl-C (SIGINT), 143 by SIGTERM, 129 by SIGHUP (the terminal closed): running
       steps are stopped and recorded canceled`;
/** `flows`, `flows help`, `flows --help`. */
function globalHelp() {
    const width = Math.max(...COMMANDS.map((command) => usageOf(command).length));
    return `flows — run flow packages locally, the way flows-action runs them on GitHub.

Usage: flows <command> [options]

Commands:
${COMMANDS.map((command) => `  ${usageOf(command).padEnd(width)}  ${command.summary}`).join("\n")}
  ${"help [command]".padEnd(width)}  help for one command, with examples

Options for every command:
${GLOBAL_OPTIONS.map((name) => optionLine(name)).join("\n")}
  --version                     the version of flows

Run \`flows help <command>\` (or \`flows <command> --help\`) for its options and examples.

${EXIT_CODES}
`;
}
/** `flows <command> --help`, `flows help <command>`. */
function commandHelp(command) {
    const lines = [`flows ${usageOf(command)} — ${command.summary}`, "", `Usage: flows ${usageOf(command)} [options]`];
    if (command.details)
        lines.push("", command.details);
    if (command.options.length > 0)
        lines.push("", "Options:", ...command.options.map((name) => optionLine(name, command.optionHelp?.[name])));
    lines.push("", "Options for every command:", ...GLOBAL_OPTIONS.map((name) => optionLine(name)));
    lines.push("", "Examples:", ...command.examples.map((example) => `  ${example}`), "", EXIT_CODES, "");
    return lines.join("\n");
}
function usageOf(command) {
    return command.args ? `${command.name} ${command.args}` : command.name;
}

// EXTERNAL MODULE: ./.build/flows/schema-cache-config.js
var schema_cache_config = __nccwpck_require__(70413);
// EXTERNAL MODULE: ./.build/flows/roots.js
var flows_roots = __nccwpck_require__(61);
;// CONCATENATED MODULE: ./.build/cli/repo-root.js



/**
 * The repository root when no --repo is given: the current folder when it holds a flow root;
 * from a subfolder of a git repository, the nearest folder above it, up to the repository's top,
 * that holds one (as git finds its repository from a subfolder); else the current folder.
 * Outside a git repository nothing above is looked at: a `flows` folder in a home folder is no
 * repository's.
 */
function defaultRepoRoot(cwd, roots = flows_roots/* DEFAULT_FLOW_ROOTS */.B) {
    let found;
    for (let dir = cwd;; dir = (0,external_node_path_.dirname)(dir)) {
        found ??= roots.some((root) => isFolder((0,external_node_path_.resolve)(dir, root))) ? dir : undefined;
        if (found === cwd || (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, ".git")))
            return found ?? cwd;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return cwd;
    }
}
function isFolder(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./.build/cli/store.js
var store = __nccwpck_require__(58534);
;// CONCATENATED MODULE: ./.build/cli/signals.js
// Ctrl-C, SIGTERM and SIGHUP (the terminal closed) while `flows` runs steps. Steps run in their own process groups (so a
// timeout can stop their children), so the terminal's Ctrl-C does not reach them: without this
// they outlived the command, and its record said `interrupted` while they went on, so the next
// delivery ran them a second time. As in the action (src/main.ts), the signal aborts the
// dispatch: running steps are stopped (their process groups, SIGTERM then SIGKILL), recorded as
// canceled, the store is saved, and the command then exits 130 (SIGINT), 143 (SIGTERM) or 129
// (SIGHUP: a terminal or SSH session that closed under a running `flows fire`).
/** The commands that run steps. */
const RUNS_STEPS = new Set(["fire", "run", "replay", "github", "watch"]);
const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
/** 128 + the signal's number, as a shell reports a command a signal stopped. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
/**
 * The same signal again within this time is the same Ctrl-C: the terminal sends it to the whole
 * foreground group, and `node dist/cli/index.js` passes it on to this process as well.
 */
const ECHO_MS = 300;
/**
 * For a command that runs steps: SIGINT, SIGTERM and SIGHUP abort its dispatch through the returned
 * signal. A second one (not an echo of the first) exits at once, with the same exit code.
 */
function stopOnSignals(command, err, exit = process.exit) {
    if (!RUNS_STEPS.has(command))
        return undefined;
    const controller = new AbortController();
    let first;
    const handlers = STOP_SIGNALS.map((signal) => {
        const handler = () => {
            const now = Date.now();
            if (first === undefined) {
                first = { signal, at: now };
                err(`\nflows: received ${signal}: stopping the running steps and recording them as canceled (${signal === "SIGINT" ? "Ctrl-C again" : "a second signal"} exits at once).\n`);
                controller.abort();
                return;
            }
            if (signal === first.signal && now - first.at < ECHO_MS)
                return;
            err(`flows: received ${signal} again: exiting now; steps still running may be recorded as interrupted.\n`);
            exit(SIGNAL_EXIT_CODES[first.signal]);
        };
        process.on(signal, handler);
        return [signal, handler];
    });
    return {
        signal: controller.signal,
        exitCode: (code) => (first === undefined ? code : SIGNAL_EXIT_CODES[first.signal]),
        dispose: () => {
            for (const [signal, handler] of handlers)
                process.off(signal, handler);
        },
    };
}

;// CONCATENATED MODULE: ./.build/cli/terminal-write.js

// On Bun, the first use of process.stdout or process.stderr loads Node's stream modules, 8-13 ms
// of a `flows` start that is otherwise about 60 ms (BENCHMARKS.md, "Seed parity"). The CLI writes
// whole lines and exits when done, so on Bun it writes them to the file descriptor directly, in
// order, before the next line is produced. On Node the streams are part of the start anyway.
const onBun = typeof globalThis.Bun !== "undefined";
/** A word to wait on for a millisecond when the terminal is not ready (Atomics.wait needs one). */
const pause = new Int32Array(new SharedArrayBuffer(4));
/** One per stream for the process: a failed stream stays failed, and Node's gets one listener. */
const writers = new Map();
/** The writer for standard output (1) or standard error (2). */
function terminalWriter(fd) {
    const writer = writers.get(fd) ?? newWriter(fd);
    writers.set(fd, writer);
    return writer;
}
function newWriter(fd) {
    let failure;
    const fail = (error) => {
        failure ??= error;
    };
    if (!onBun) {
        const stream = fd === 1 ? process.stdout : process.stderr;
        // Without a listener, a write error (EPIPE on a pipe, ENOSPC on a file) is thrown from the
        // event loop: a stack trace, and the command dies with its steps unrecorded.
        stream.on("error", fail);
        let last = Promise.resolve();
        return {
            write: (text) => {
                if (failure !== undefined)
                    return;
                last = new Promise((done) => stream.write(text, (error) => {
                    if (error)
                        fail(error);
                    done();
                }));
            },
            settled: () => last,
            get failure() {
                return failure;
            },
        };
    }
    return {
        write: (text) => {
            if (failure !== undefined)
                return;
            try {
                writeAll(fd, text);
            }
            catch (error) {
                fail(error);
            }
        },
        settled: async () => undefined,
        get failure() {
            return failure;
        },
    };
}
/** Why a write failed, for a person: `no space left on the device (ENOSPC)`. */
function writeFailureText(error) {
    const reason = WRITE_FAILURES[error.code ?? ""];
    return reason === undefined ? error.message : `${reason} (${error.code})`;
}
const WRITE_FAILURES = {
    ENOSPC: "no space left on the device",
    EDQUOT: "the disk quota is used up",
    EFBIG: "the file has grown too large",
    EIO: "an input/output error",
    EBADF: "it is not open for writing",
};
/**
 * Whether to colour the output. Colours go to both streams, so only when both are terminals
 * (`flows fire > out.txt` gets none), and not to a terminal that cannot show them (TERM=dumb:
 * Emacs' shell, some CI logs). --no-color and NO_COLOR (https://no-color.org) turn them off;
 * FORCE_COLOR turns them on for a log that shows them (0 or false: off), and, as in Node, wins
 * over NO_COLOR.
 */
function wantsColor(noColorFlag, env) {
    if (noColorFlag)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return !/^(0|false)$/i.test(force.trim());
    if (env.NO_COLOR)
        return false;
    return env.TERM !== "dumb" && isTerminal(1) && isTerminal(2);
}
/**
 * Whether standard output or error is a terminal (colours are for terminals). On Bun: a
 * character device other than /dev/null (loading node:tty for isatty costs Bun about 9 ms).
 */
function isTerminal(fd) {
    if (!onBun)
        return (fd === 1 ? process.stdout : process.stderr).isTTY === true;
    try {
        const info = (0,external_node_fs_.fstatSync)(fd);
        return info.isCharacterDevice() && info.rdev !== (0,external_node_fs_.statSync)("/dev/null").rdev;
    }
    catch {
        return false;
    }
}
function writeAll(fd, text) {
    let bytes = Buffer.from(text, "utf8");
    while (bytes.length > 0) {
        try {
            bytes = bytes.subarray((0,external_node_fs_.writeSync)(fd, bytes));
        }
        catch (error) {
            const code = error.code;
            // A pipe opened without blocking whose reader is behind: wait for it.
            if (code === "EAGAIN")
                Atomics.wait(pause, 0, 0, 1);
            else
                throw error;
        }
    }
}

// EXTERNAL MODULE: ./.build/redact.js
var redact = __nccwpck_require__(7437);
// EXTERNAL MODULE: ./.build/terminal-text.js
var terminal_text = __nccwpck_require__(17930);
;// CONCATENATED MODULE: ./.build/cli/main.js













/** Environment variables whose values never reach the terminal. */
const REDACTED_ENV = ["GITHUB_TOKEN", "GH_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
/** What leaves the process: redacted, then with no control character but tab, newline and colour. */
function outgoing(write) {
    return (text) => write((0,terminal_text/* terminalSafe */.kJ)(redact/* redactor */.$p.redact(text)));
}
async function main(argv, options = {}) {
    // A store that could not save (records not pushed) fails the command whatever it returned.
    const saving = { failed: false, exitCode: (code) => code };
    // Standard output and error, unless the caller hands in writers of its own.
    const stdout = options.out === undefined ? terminalWriter(1) : undefined;
    const err = options.err ?? terminalWriter(2).write;
    const out = options.out ?? stdout.write;
    const code = await runMain(argv, { ...options, out, err }, saving);
    // Stopped by SIGINT, SIGTERM or SIGHUP: 130, 143 or 129, once the stopped steps are recorded and saved.
    const exitCode = saving.exitCode(saving.failed && code === 0 ? cli_usage/* EXIT */.dc.failed : code);
    return stdout === undefined ? exitCode : outputChecked(exitCode, stdout, err);
}
/**
 * Output that could not be written (`> /dev/full`, a disk that filled up) fails a command that
 * otherwise succeeded, and says so; a reader that left early (`flows list | head -1`) does not.
 */
async function outputChecked(code, stdout, err) {
    await stdout.settled();
    const failure = stdout.failure;
    if (failure === undefined || failure.code === "EPIPE")
        return code;
    err(`flows: could not write to standard output: ${writeFailureText(failure)}; the output is incomplete.\n`);
    return code === cli_usage/* EXIT */.dc.ok ? cli_usage/* EXIT */.dc.failed : code;
}
async function runMain(argv, options, saving) {
    const env = options.env ?? process.env;
    // What leaves the process is redacted, as in the action: the environment's tokens, secrets the
    // command registers (setSecret), URL credentials and token-shaped text, whatever a step prints.
    redact/* redactor */.$p.add(...REDACTED_ENV.map((name) => env[name]));
    // Outside text is escaped where it is printed (src/terminal-text.ts); terminalSafe is the last guard.
    const out = outgoing(options.out);
    const err = outgoing(options.err);
    const usage = (error) => {
        const spec = COMMANDS.find((command) => command.name === error.command);
        const hint = spec ? `Run \`flows ${spec.name} --help\` for its options and examples.` : "Run `flows help` for the commands.";
        err(`flows: ${error.message}\n${hint}\n`);
        return cli_usage/* EXIT */.dc.usage;
    };
    const commandName = argv.find((arg) => !arg.startsWith("-"));
    let parsed;
    try {
        parsed = parseCommandLine(argv, COMMANDS.some((command) => command.name === commandName) ? commandName : undefined);
    }
    catch (error) {
        if (error instanceof cli_usage/* UsageError */.eb)
            return usage(error);
        throw error;
    }
    const { values, positionals } = parsed;
    const [name, ...args] = positionals;
    if (values.version) {
        out(`${await version()}\n`);
        return cli_usage/* EXIT */.dc.ok;
    }
    if (name === undefined) {
        (values.help ? out : err)(globalHelp());
        return values.help ? cli_usage/* EXIT */.dc.ok : cli_usage/* EXIT */.dc.usage;
    }
    if (name === "help") {
        if (args[0] === undefined) {
            out(globalHelp());
            return cli_usage/* EXIT */.dc.ok;
        }
        const spec = findCommand(args[0]);
        if (spec instanceof cli_usage/* UsageError */.eb)
            return usage(spec);
        out(commandHelp(spec));
        return cli_usage/* EXIT */.dc.ok;
    }
    const spec = findCommand(name);
    if (spec instanceof cli_usage/* UsageError */.eb)
        return usage(spec);
    if (values.help) {
        out(commandHelp(spec));
        return cli_usage/* EXIT */.dc.ok;
    }
    // Debug lines go to standard error, redacted like the rest, so --json output stays clean.
    const debug = values.debug === true || isOn(env.FLOWS_DEBUG) || env.RUNNER_DEBUG === "1" ? (message) => err(`debug: ${message}\n`) : undefined;
    const interrupts = stopOnSignals(spec.name, err);
    if (interrupts)
        saving.exitCode = interrupts.exitCode;
    const repoIsUrl = (0,store/* isRepositoryUrl */.EI)(values.repo);
    const roots = values["flows-path"]?.split(",").map((root) => root.trim()).filter(Boolean);
    // From a subfolder of a repository, its root is found as git finds it (src/cli/repo-root.ts).
    const repoRoot = values.repo === undefined || repoIsUrl ? defaultRepoRoot(process.cwd(), roots) : (0,external_node_path_.resolve)(values.repo);
    const ctx = {
        repoRoot,
        roots,
        json: values.json === true,
        color: wantsColor(values["no-color"] === true, env),
        out,
        err,
        env,
        ...(debug ? { debug } : {}),
        ...(interrupts ? { signal: interrupts.signal } : {}),
        openStore: once(() => (0,store/* openCliStore */.Iy)(values, repoRoot, env)),
    };
    // Compiled trigger schemas are kept per user between runs (off in the action).
    const cacheDir = values["no-cache"] === true ? undefined : (0,schema_cache_config/* schemaCacheDir */.dT)(env);
    (0,schema_cache_config/* useSchemaCache */.Lg)(cacheDir === undefined ? undefined : { dir: cacheDir, ...(debug ? { debug } : {}) });
    try {
        checkOptions(spec, values);
        checkArgs(spec, args);
        if (!repoIsUrl)
            checkRepoFolder(values, repoRoot, spec.name);
        const concurrency = readConcurrency(values.concurrency, spec.name);
        const store = async () => {
            const { store: opened, label } = await ctx.openStore();
            return { ...ctx, store: opened, storeLabel: label };
        };
        return await spec.run({ ctx, values, args, concurrency, store });
    }
    catch (error) {
        if (error instanceof cli_usage/* UsageError */.eb)
            return usage(error.command ? error : new cli_usage/* UsageError */.eb(error.message, spec.name));
        const { describeError } = await __nccwpck_require__.e(/* import() */ 1090).then(__nccwpck_require__.bind(__nccwpck_require__, 91090));
        err(`${describeError(error)}\n`);
        return cli_usage/* EXIT */.dc.failed;
    }
    finally {
        if (opened.has(ctx.openStore) && !(await (0,store/* closeCliStore */.wp)(ctx)))
            saving.failed = true;
        interrupts?.dispose();
    }
}
function isOn(value) {
    return /^(1|true|on|yes)$/i.test(value?.trim() ?? "");
}
/** Names other tools use for a command of flows, too far from its name for "did you mean". */
const SYNONYMS = { check: "validate", lint: "validate", verify: "validate", ls: "list", trigger: "fire", dispatch: "fire", why: "explain" };
function findCommand(name) {
    const spec = COMMANDS.find((command) => command.name === name);
    if (spec)
        return spec;
    const names = [...COMMANDS.map((command) => command.name), "help"];
    const synonym = SYNONYMS[name.toLowerCase()];
    const hint = synonym === undefined ? (0,cli_usage/* didYouMean */.au)(name, names) : ` Did you mean "${synonym}"?`;
    return new cli_usage/* UsageError */.eb(`Unknown command "${name}".${hint}`);
}
/** An option the command does not take is a mistake worth saying, not something to ignore. */
function checkOptions(spec, values) {
    const allowed = new Set([...GLOBAL_OPTIONS, ...spec.options, "version"]);
    for (const [option, value] of Object.entries(values)) {
        if (value === undefined || allowed.has(option))
            continue;
        throw new cli_usage/* UsageError */.eb(`flows ${spec.name} does not take --${option}.`, spec.name);
    }
}
function readConcurrency(value, command) {
    if (value === undefined)
        return undefined;
    const concurrency = (0,whole_number/* wholeNumber */.r)(value);
    if (concurrency === undefined || concurrency < 1) {
        throw new cli_usage/* UsageError */.eb(`--concurrency must be a whole number of at least 1; got "${value}".`, command);
    }
    return concurrency;
}
async function version() {
    const [{ readFile }, { join }, { flowsActionPackageDir }] = await Promise.all([
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 51455, 19)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 76760, 19)),
        Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 58595)),
    ]);
    const dir = flowsActionPackageDir();
    if (!dir)
        return "flows (flows-action), version unknown";
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    return `flows (flows-action) ${manifest.version ?? "unknown"}`;
}
const opened = new WeakSet();
function once(make) {
    let value;
    const get = () => {
        opened.add(get);
        value ??= make();
        return value;
    };
    return get;
}

// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __nccwpck_require__(40801);
// EXTERNAL MODULE: ./.build/engine/dispatch.js + 5 modules
var dispatch = __nccwpck_require__(19116);
// EXTERNAL MODULE: ./.build/engine/event.js + 1 modules
var engine_event = __nccwpck_require__(28906);
// EXTERNAL MODULE: ./.build/events/index.js + 11 modules
var events = __nccwpck_require__(1360);
// EXTERNAL MODULE: ./.build/flows/index.js + 13 modules
var flows = __nccwpck_require__(10062);
// EXTERNAL MODULE: ./.build/runners/find-bun.js
var find_bun = __nccwpck_require__(58595);
;// CONCATENATED MODULE: ./.build/runners/define-flow.js
/**
 * Types a module-style step's default export; `Payload` is the shape of `event.payload` the
 * step's trigger schema admits. It returns the function unchanged, like the older runtime's
 * `defineBunFlow`; inside a step run by flows-action, `import { defineFlow } from
 * "flows-action/bun"` resolves without installing anything.
 */
function defineFlow(step) {
    return step;
}

// EXTERNAL MODULE: ./.build/runners/index.js + 15 modules
var runners = __nccwpck_require__(87932);
// EXTERNAL MODULE: ./.build/report/summary.js
var summary = __nccwpck_require__(54681);
// EXTERNAL MODULE: ./.build/report/text.js
var report_text = __nccwpck_require__(18362);
// EXTERNAL MODULE: ./.build/github/client.js
var client = __nccwpck_require__(73021);
// EXTERNAL MODULE: ./.build/watch/index.js + 19 modules
var watch = __nccwpck_require__(73471);
// EXTERNAL MODULE: ./.build/state/forget.js
var forget = __nccwpck_require__(90435);
// EXTERNAL MODULE: ./.build/state/index.js + 2 modules
var state = __nccwpck_require__(3974);
;// CONCATENATED MODULE: ./.build/index.js
















/** The steps of `flows` that an event matches, in the order they would run. */
async function matchingSteps(flows, event) {
    return (await (0,match/* matchSteps */.J)(flows, event)).matched;
}

var __webpack_exports__BunNotFoundError = __webpack_exports__.xG;
var __webpack_exports__FLOW_RESULT_STATUSES = __webpack_exports__.WL;
var __webpack_exports__FileStateStore = __webpack_exports__.nd;
var __webpack_exports__FlowEventInputError = __webpack_exports__.$j;
var __webpack_exports__FlowManifestError = __webpack_exports__.cE;
var __webpack_exports__MemoryStateStore = __webpack_exports__.k$;
var __webpack_exports__PROCESS_STATUSES = __webpack_exports__.Ne;
var __webpack_exports__buildStepContext = __webpack_exports__.Yr;
var __webpack_exports__createGitHubClient = __webpack_exports__.LX;
var __webpack_exports__createStateStore = __webpack_exports__.J$;
var __webpack_exports__defineFlow = __webpack_exports__.oY;
var __webpack_exports__discoverFlows = __webpack_exports__.nE;
var __webpack_exports__dispatch = __webpack_exports__.JD;
var __webpack_exports__effectiveStatusOf = __webpack_exports__.Z2;
var __webpack_exports__findBun = __webpack_exports__.Ft;
var __webpack_exports__flowEventFromGitHub = __webpack_exports__.Ir;
var __webpack_exports__forgetEvent = __webpack_exports__._S;
var __webpack_exports__formatDiagnostic = __webpack_exports__.xy;
var __webpack_exports__isFlowResultStatus = __webpack_exports__.YC;
var __webpack_exports__loadDeferredFlows = __webpack_exports__.Bj;
var __webpack_exports__loadFlowManifest = __webpack_exports__.Q5;
var __webpack_exports__loadGitHubEvent = __webpack_exports__.Y6;
var __webpack_exports__loadWatchConfig = __webpack_exports__.Ov;
var __webpack_exports__matchSteps = __webpack_exports__.J6;
var __webpack_exports__matchingSteps = __webpack_exports__.v9;
var __webpack_exports__needsAttentionFor = __webpack_exports__.XM;
var __webpack_exports__normalizeFlowEvent = __webpack_exports__.kN;
var __webpack_exports__parseFlowResult = __webpack_exports__.Xj;
var __webpack_exports__parseWatchInput = __webpack_exports__.fZ;
var __webpack_exports__pollUpstreamReleases = __webpack_exports__.Tu;
var __webpack_exports__readGitHubRunContext = __webpack_exports__.EW;
var __webpack_exports__renderSummary = __webpack_exports__.Br;
var __webpack_exports__renderText = __webpack_exports__.S5;
var __webpack_exports__runCli = __webpack_exports__.ak;
var __webpack_exports__runFlowStep = __webpack_exports__._e;
var __webpack_exports__schemaCacheDir = __webpack_exports__.dT;
var __webpack_exports__stepEnvironment = __webpack_exports__.aK;
var __webpack_exports__typeMatches = __webpack_exports__.y$;
var __webpack_exports__upstreamReleaseFlowEvent = __webpack_exports__.N1;
var __webpack_exports__useSchemaCache = __webpack_exports__.Lg;
var __webpack_exports__validateFlows = __webpack_exports__._O;
var __webpack_exports__watchAndDispatch = __webpack_exports__.jA;
var __webpack_exports__watchStatus = __webpack_exports__.iP;
export { __webpack_exports__BunNotFoundError as BunNotFoundError, __webpack_exports__FLOW_RESULT_STATUSES as FLOW_RESULT_STATUSES, __webpack_exports__FileStateStore as FileStateStore, __webpack_exports__FlowEventInputError as FlowEventInputError, __webpack_exports__FlowManifestError as FlowManifestError, __webpack_exports__MemoryStateStore as MemoryStateStore, __webpack_exports__PROCESS_STATUSES as PROCESS_STATUSES, __webpack_exports__buildStepContext as buildStepContext, __webpack_exports__createGitHubClient as createGitHubClient, __webpack_exports__createStateStore as createStateStore, __webpack_exports__defineFlow as defineFlow, __webpack_exports__discoverFlows as discoverFlows, __webpack_exports__dispatch as dispatch, __webpack_exports__effectiveStatusOf as effectiveStatusOf, __webpack_exports__findBun as findBun, __webpack_exports__flowEventFromGitHub as flowEventFromGitHub, __webpack_exports__forgetEvent as forgetEvent, __webpack_exports__formatDiagnostic as formatDiagnostic, __webpack_exports__isFlowResultStatus as isFlowResultStatus, __webpack_exports__loadDeferredFlows as loadDeferredFlows, __webpack_exports__loadFlowManifest as loadFlowManifest, __webpack_exports__loadGitHubEvent as loadGitHubEvent, __webpack_exports__loadWatchConfig as loadWatchConfig, __webpack_exports__matchSteps as matchSteps, __webpack_exports__matchingSteps as matchingSteps, __webpack_exports__needsAttentionFor as needsAttentionFor, __webpack_exports__normalizeFlowEvent as normalizeFlowEvent, __webpack_exports__parseFlowResult as parseFlowResult, __webpack_exports__parseWatchInput as parseWatchInput, __webpack_exports__pollUpstreamReleases as pollUpstreamReleases, __webpack_exports__readGitHubRunContext as readGitHubRunContext, __webpack_exports__renderSummary as renderSummary, __webpack_exports__renderText as renderText, __webpack_exports__runCli as runCli, __webpack_exports__runFlowStep as runFlowStep, __webpack_exports__schemaCacheDir as schemaCacheDir, __webpack_exports__stepEnvironment as stepEnvironment, __webpack_exports__typeMatches as typeMatches, __webpack_exports__upstreamReleaseFlowEvent as upstreamReleaseFlowEvent, __webpack_exports__useSchemaCache as useSchemaCache, __webpack_exports__validateFlows as validateFlows, __webpack_exports__watchAndDispatch as watchAndDispatch, __webpack_exports__watchStatus as watchStatus };
