import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
const __nccwpck_builtin = typeof process.getBuiltinModule === "function" ? (id) => process.getBuiltinModule(id) : __WEBPACK_EXTERNAL_createRequire(import.meta.url);
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __nccwpck_builtin("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __nccwpck_builtin("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __nccwpck_builtin("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __nccwpck_builtin("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __nccwpck_builtin("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __nccwpck_builtin("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __nccwpck_builtin("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __nccwpck_builtin("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __nccwpck_builtin("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __nccwpck_builtin("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __nccwpck_builtin("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:stream");

/***/ }),

/***/ 46466:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:stream/promises");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __nccwpck_builtin("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __nccwpck_builtin("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __nccwpck_builtin("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __nccwpck_builtin("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __nccwpck_builtin("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __nccwpck_builtin("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __nccwpck_builtin("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __nccwpck_builtin("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __nccwpck_builtin("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __nccwpck_builtin("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __nccwpck_builtin("zlib");

/***/ }),

/***/ 67926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ abandonWork),
/* harmony export */   $v: () => (/* binding */ exitIfWorkAbandoned)
/* harmony export */ });
/* unused harmony export abandonedWorkLeft */
const abandoned = new Set();
function abandonWork(work) {
    abandoned.add(work);
    const forget = () => {
        abandoned.delete(work);
    };
    work.then(forget, forget);
}
function abandonedWorkLeft() {
    return abandoned.size;
}
async function exitIfWorkAbandoned() {
    if (abandoned.size === 0)
        return;
    await Promise.all([drained(process.stdout), drained(process.stderr)]);
    process.exit();
}
function drained(stream) {
    return new Promise((done) => {
        stream.write("", () => done());
    });
}


/***/ }),

/***/ 63291:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(67926);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(21574);


await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e)();
await (0,_abandoned_work_js__WEBPACK_IMPORTED_MODULE_0__/* .exitIfWorkAbandoned */ .$v)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 89828:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ logPrefix),
/* harmony export */   L6: () => (/* binding */ overflowNote),
/* harmony export */   Oy: () => (/* binding */ placePrefix),
/* harmony export */   TL: () => (/* binding */ AnnotationBudget),
/* harmony export */   UD: () => (/* binding */ ANNOTATIONS_PER_KIND),
/* harmony export */   fE: () => (/* binding */ failureWithLogged)
/* harmony export */ });
const ANNOTATIONS_PER_KIND = 10;
class AnnotationBudget {
    #shown = { error: 0, warning: 0, notice: 0 };
    #logged = { error: 0, warning: 0, notice: 0 };
    left(kind) {
        return Math.max(0, ANNOTATIONS_PER_KIND - 1 - this.#shown[kind]);
    }
    take(kind) {
        if (this.left(kind) > 0) {
            this.#shown[kind] += 1;
            return "show";
        }
        this.#logged[kind] += 1;
        if (kind !== "error" && this.#shown[kind] < ANNOTATIONS_PER_KIND) {
            this.#shown[kind] += 1;
            return "note";
        }
        return "log";
    }
    get loggedErrors() {
        return this.#logged.error;
    }
}
function overflowNote(kind) {
    return (`More ${kind}s of this step are not shown as annotations (GitHub shows ${ANNOTATIONS_PER_KIND} ${kind} annotations per step): ` +
        `they are in the job log, on lines starting "${logPrefix(kind)}".`);
}
function logPrefix(kind) {
    return `flows-action ${kind}:`;
}
function placePrefix(properties) {
    if (properties?.file === undefined)
        return "";
    const line = properties.startLine === undefined ? "" : `:${properties.startLine}${properties.startColumn === undefined ? "" : `:${properties.startColumn}`}`;
    return `${properties.file}${line}: `;
}
function failureWithLogged(message, logged) {
    if (logged === 0)
        return message;
    return (`${message} (${logged} more error${logged === 1 ? " is" : "s are"} in the job log, on lines starting "${logPrefix("error")}": ` +
        `GitHub shows ${ANNOTATIONS_PER_KIND} error annotations per step.)`);
}


/***/ }),

/***/ 2776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ HttpClient),
/* harmony export */   tZ: () => (/* reexport safe */ _actions_http_client_lib_auth__WEBPACK_IMPORTED_MODULE_0__.tZ)
/* harmony export */ });
/* unused harmony export getExecOutput */
/* harmony import */ var _actions_http_client_lib_auth__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(92145);

class HttpClient {
    #args;
    #client;
    constructor(...args) {
        this.#args = args;
    }
    async getJson(requestUrl, additionalHeaders) {
        return (await this.#real()).getJson(requestUrl, additionalHeaders);
    }
    #real() {
        this.#client ??= Promise.all(/* import() */[__nccwpck_require__.e(6752), __nccwpck_require__.e(4942)]).then(__nccwpck_require__.bind(__nccwpck_require__, 44942)).then(({ HttpClient: Real }) => new Real(...this.#args));
        return this.#client;
    }
}
async function getExecOutput(...args) {
    const { getExecOutput: real } = await __nccwpck_require__.e(/* import() */ 1955).then(__nccwpck_require__.bind(__nccwpck_require__, 41955));
    return real(...args);
}


/***/ }),

/***/ 46988:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  VA: () => (/* binding */ ActionInputError),
  Tm: () => (/* binding */ DEFAULT_BUN_DOWNLOAD_URL),
  ju: () => (/* binding */ DEFAULT_BUN_VERSION),
  cY: () => (/* binding */ DEFAULT_FLOWS_PATH),
  tw: () => (/* binding */ nearValueHint),
  Ko: () => (/* binding */ readInputs),
  IY: () => (/* binding */ shownInput)
});

// UNUSED EXPORTS: ACTION_MODES, DEFAULT_STATE_BRANCH, MAX_BACKEND_TIMEOUT_MINUTES, readFailOn, splitList

// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __nccwpck_require__(36375);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __nccwpck_require__(40801);
// EXTERNAL MODULE: ./.build/engine/pool.js
var pool = __nccwpck_require__(21655);
// EXTERNAL MODULE: ./.build/report/modes.js
var modes = __nccwpck_require__(18657);
// EXTERNAL MODULE: ./.build/action/state.js
var state = __nccwpck_require__(30048);
// EXTERNAL MODULE: ./.build/did-you-mean.js
var did_you_mean = __nccwpck_require__(31363);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __nccwpck_require__(99416);
;// CONCATENATED MODULE: ./.build/whole-number.js
function wholeNumber(value) {
    const text = value.trim();
    if (!/^\d+$/.test(text))
        return undefined;
    const parsed = Number(text);
    return Number.isSafeInteger(parsed) ? parsed : undefined;
}

// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __nccwpck_require__(68880);
// EXTERNAL MODULE: ./.build/url-secrets.js
var url_secrets = __nccwpck_require__(95371);
;// CONCATENATED MODULE: ./.build/action/input-forms.js


const EXACT_VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
function readBunVersion(value) {
    if (value === "")
        return DEFAULT_BUN_VERSION;
    if (EXACT_VERSION.test(value))
        return value;
    const expected = `Input "bun-version" is ${shownInput(value)}; expected an exact Bun version such as ${DEFAULT_BUN_VERSION}, the release the action installs when bun is not on PATH`;
    if (/^[vV]/.test(value) && EXACT_VERSION.test(value.slice(1)))
        throw new ActionInputError(`${expected}: write it without the "v" (${value.slice(1)}).`);
    throw new ActionInputError(`${expected}. For the newest Bun or a range, install it before this step with oven-sh/setup-bun (its bun-version takes latest and ranges), or leave bun-version empty for ${DEFAULT_BUN_VERSION}.`);
}
function readBunDownloadUrl(io) {
    const value = io.getInput("bun-download-url");
    if (value === "")
        return DEFAULT_BUN_DOWNLOAD_URL;
    for (const secret of (0,url_secrets/* urlSecrets */.Fn)(value))
        io.setSecret(secret);
    const protocol = protocolOf(value);
    if (protocol !== "https:" && protocol !== "http:") {
        throw new ActionInputError(`Input "bun-download-url" is ${shownInput(value)}; expected the http(s) base URL of Bun release downloads, such as ${DEFAULT_BUN_DOWNLOAD_URL} (bun-v<version>/bun-<os>-<arch>.zip is appended), or empty for that one.`);
    }
    return value.replace(/\/+$/, "");
}
function readWorkspaceBackendUrl(io) {
    const value = io.getInput("workspace-backend-url");
    if (value === "")
        return "";
    for (const secret of (0,url_secrets/* urlSecrets */.Fn)(value))
        io.setSecret(secret);
    const protocol = protocolOf(value);
    if (protocol === "ws:" || protocol === "wss:" || protocol === "http:" || protocol === "https:")
        return value;
    throw new ActionInputError(`Input "workspace-backend-url" is ${shownInput(value)}; expected the URL of the workspace backend (ws://, wss://, http:// or https://), which steps get as runtime.workspaceBackendUrl and CODEX_WORKSPACE_BACKEND_WS_URL, or empty for the job's CODEX_WORKSPACE_BACKEND_WS_URL.`);
}
function readBotLogin(value) {
    const login = value.trim();
    if (login === "")
        return "";
    const slug = /^([A-Za-z0-9][A-Za-z0-9_.-]*)(?:\[bot\])?$/.exec(login)?.[1];
    if (slug !== undefined)
        return `${slug}[bot]`;
    throw new ActionInputError(`Input "bot-login" is ${shownInput(value)}; expected the bot login of the GitHub App whose token the action uses, one name such as my-app[bot] (with actions/create-github-app-token: \${{ steps.app-token.outputs.app-slug }}[bot]).`);
}
function protocolOf(value) {
    try {
        return new URL(value).protocol;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./.build/action/inputs.js











class ActionInputError extends user_error/* UserError */.y {
    name = "ActionInputError";
}
const ACTION_MODES = ["dispatch", "plan", "run-step", "report", "http"];
const DEFAULT_FLOWS_PATH = [".codex/flows", "flows"];
const DEFAULT_BUN_VERSION = "1.4.5";
const DEFAULT_STATE_BRANCH = "flows-state";
const DEFAULT_BUN_DOWNLOAD_URL = "https://github.com/oven-sh/bun/releases/download";
function readInputs(io) {
    const read = new Set();
    const inputs = readEveryInput(recordingReads(io, read));
    checkGivenInputs(io, read);
    return inputs;
}
function recordingReads(io, read) {
    const noted = (get) => (name) => {
        read.add(name);
        return get(name);
    };
    return Object.assign(Object.create(io), {
        getInput: noted((name) => io.getInput(name)),
        getBooleanInput: noted((name) => io.getBooleanInput(name)),
        getMultilineInput: noted((name) => io.getMultilineInput(name)),
    });
}
const SHOWN_UNKNOWN_INPUTS = 5;
function checkGivenInputs(io, known) {
    const variables = new Set([...known].map(inputVariable));
    const unknown = [...new Set(io.givenInputs?.() ?? [])].filter((variable) => !variables.has(variable));
    if (unknown.length === 0)
        return;
    const names = [...known].sort();
    const described = unknown.slice(0, SHOWN_UNKNOWN_INPUTS).map((variable) => {
        const name = variable.toLowerCase();
        const near = (0,did_you_mean/* closest */.k)(name.replace(/[_ ]/g, "-"), names);
        return `${shownInput(name)}${near ? ` (did you mean ${near}?)` : ""}`;
    });
    const more = unknown.length > SHOWN_UNKNOWN_INPUTS ? ` and ${unknown.length - SHOWN_UNKNOWN_INPUTS} more` : "";
    const one = unknown.length === 1;
    throw new ActionInputError(`${one ? "Input" : "Inputs"} ${described.join(", ")}${more} ${one ? "is not an input" : "are not inputs"} of flows-action, so ${one ? "it" : "they"} would be ignored; nothing was run. ` +
        `Correct or remove ${one ? "it" : "them"} under with: (an input that a newer release added needs that release). The inputs are: ${names.join(", ")}.`);
}
function inputVariable(name) {
    return name.replace(/ /g, "_").toUpperCase();
}
function readEveryInput(io) {
    const token = io.getInput("github-token");
    if (token)
        io.setSecret(token);
    redact/* redactor */.$p.add(token);
    let short = 0;
    for (const secret of (0,redact/* parseRedactInput */.pD)(io.getInput("redact"))) {
        io.setSecret(secret);
        redact/* redactor */.$p.add(secret);
        if (secret.length < redact/* MIN_SECRET_LENGTH */.vb)
            short += 1;
    }
    if (short > 0) {
        io.warning(`Input "redact": ${short === 1 ? "a value is" : `${short} values are`} shorter than ${redact/* MIN_SECRET_LENGTH */.vb} characters, and the action does not replace ${short === 1 ? "it" : "them"} in what it writes (so short a value would shred every text): ${short === 1 ? "it" : "they"} may show in the summary, check runs, outputs and state records. Use secrets of at least ${redact/* MIN_SECRET_LENGTH */.vb} characters.`);
    }
    const flowsPath = io.getMultilineInput("flows-path").flatMap(splitList);
    const event = io.getInput("event");
    const replay = io.getInput("replay");
    const inputs = {
        flowsPath: flowsPath.length > 0 ? flowsPath : DEFAULT_FLOWS_PATH,
        githubToken: token,
        concurrency: readConcurrency(io.getInput("concurrency")),
        ...(event ? { event } : {}),
        dryRun: readBoolean(io, "dry-run", false),
        failOn: readFailOn(io.getInput("fail-on")),
        bunVersion: readBunVersion(io.getInput("bun-version")),
        bunDownloadUrl: readBunDownloadUrl(io),
        state: (0,state/* readStateKind */.Yz)(io.getInput("state")),
        stateBranch: io.getInput("state-branch") || DEFAULT_STATE_BRANCH,
        stateDir: io.getInput("state-dir"),
        ...(replay ? { replay } : {}),
        report: {
            checks: oneOf(io.getInput("checks") || "per-step", modes/* CHECKS_MODES */.FD, "checks"),
            comment: oneOf(io.getInput("comment") || "on-pr", modes/* COMMENT_MODES */.p8, "comment"),
            commentKey: io.getInput("comment-key") || "default",
            handover: oneOf(io.getInput("handover") || "auto", modes/* HANDOVER_MODES */.Ln, "handover"),
            botLogin: readBotLogin(io.getInput("bot-login")),
        },
        mode: oneOf(io.getInput("mode") || "dispatch", ACTION_MODES, "mode"),
        watch: io.getMultilineInput("watch").join("\n"),
        ...readWatchMaxRequests(io.getInput("watch-max-requests")),
        steps: io.getInput("steps"),
        runsFile: io.getInput("runs-file"),
        runsDir: io.getInput("runs-dir"),
        handledRuns: io.getInput("handled-runs"),
        handledSteps: io.getInput("handled-steps"),
        jobSteps: io.getInput("job-steps"),
        backend: readBackend(io),
        workspaceBackendUrl: readWorkspaceBackendUrl(io),
        exportEnv: readBoolean(io, "export-env", false),
    };
    if (inputs.backend.url && inputs.mode !== "http") {
        io.warning(`backend-url is set, but mode is "${inputs.mode}": the event is handled in this job and nothing is sent to the flow backend. Add mode: http to send it there, or remove backend-url.`);
    }
    warnUnusedStoreInputs(io, inputs);
    checkModeInputs(inputs);
    if (inputs.watch.trim() && inputs.mode !== "dispatch") {
        io.warning(`watch is set, but mode is "${inputs.mode}": upstream releases are polled only in mode: dispatch (the default), so none are polled here.`);
    }
    return inputs;
}
const STORE_PLACES = {
    artifact: "in workflow artifacts",
    branch: "on a state branch",
    file: "in a folder",
    none: "nowhere (state: none)",
};
function warnUnusedStoreInputs(io, inputs) {
    const unused = [
        { name: "state-dir", kind: "file", set: inputs.stateDir !== "" },
        { name: "state-branch", kind: "branch", set: inputs.stateBranch !== DEFAULT_STATE_BRANCH },
    ];
    for (const { name, kind, set } of unused) {
        if (!set || inputs.state === kind)
            continue;
        io.warning(`Input "${name}" is set, but state is "${inputs.state}": the records are kept ${STORE_PLACES[inputs.state]}, and ${name} is not used. Add state: ${kind} to keep them there, or remove ${name}.`);
    }
}
function readBackend(io) {
    const backend = {
        url: io.getInput("backend-url"),
        token: io.getInput("backend-token"),
        apiKey: io.getInput("backend-api-key"),
        hmacSecret: io.getInput("backend-hmac-secret"),
    };
    const pathSecrets = (0,url_secrets/* urlPathSecrets */.qt)(backend.url);
    for (const secret of [backend.token, backend.apiKey, backend.hmacSecret, ...(0,url_secrets/* urlSecrets */.Fn)(backend.url), ...pathSecrets])
        if (secret)
            io.setSecret(secret);
    redact/* redactor */.$p.add(backend.token, backend.apiKey, backend.hmacSecret, ...pathSecrets);
    const timeout = io.getInput("backend-timeout-minutes") || "10";
    const minutes = /^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/.test(timeout) ? Number(timeout) : Number.NaN;
    if (!(minutes > 0 && minutes <= MAX_BACKEND_TIMEOUT_MINUTES)) {
        throw new ActionInputError(`Input "backend-timeout-minutes" is ${shownInput(timeout)}; expected minutes, a number like 10 or 2.5, above 0 and at most ${MAX_BACKEND_TIMEOUT_MINUTES} (${MAX_BACKEND_TIMEOUT_MINUTES / (24 * 60)} days, the longest a GitHub job runs).`);
    }
    return { ...backend, timeoutMs: minutes * 60_000, cancelOnTimeout: readBoolean(io, "backend-cancel-on-timeout", true) };
}
const MAX_BACKEND_TIMEOUT_MINUTES = 7200;
const MODE_INPUTS = [
    { name: "steps", mode: "run-step", value: (inputs) => inputs.steps },
    { name: "runs-file", mode: "run-step", value: (inputs) => inputs.runsFile },
    { name: "runs-dir", mode: "report", value: (inputs) => inputs.runsDir },
    { name: "handled-runs", mode: "report", value: (inputs) => inputs.handledRuns },
    { name: "handled-steps", mode: "report", value: (inputs) => inputs.handledSteps },
    { name: "job-steps", mode: "report", value: (inputs) => inputs.jobSteps },
];
function checkModeInputs(inputs) {
    if (inputs.report.handover === "publish" && inputs.mode !== "dispatch") {
        throw new ActionInputError(`Input "handover" is "publish", but mode is "${inputs.mode}": a handover is published by a workflow_run job in mode: dispatch (the default). Remove mode from that job (docs/pull-requests.md), or set handover to auto.`);
    }
    for (const { name, mode, value } of MODE_INPUTS) {
        if (value(inputs) && inputs.mode !== mode) {
            throw new ActionInputError(`Input "${name}" is set, but mode is "${inputs.mode}": ${name} is read only in mode: ${mode}. Add mode: ${mode}, or remove ${name}` +
                (inputs.mode === "dispatch" ? " (in mode: dispatch this job would run every step that matches the event, not only the ones given)." : "."));
        }
    }
}
function splitList(value) {
    return value
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter(Boolean);
}
function readBoolean(io, name, fallback) {
    const value = io.getInput(name);
    if (value === "")
        return fallback;
    try {
        return io.getBooleanInput(name);
    }
    catch {
        const near = /^(?:yes|y|on|1|enabled?)$/i.test(value.trim()) ? "true" : /^(?:no|n|off|0|disabled?)$/i.test(value.trim()) ? "false" : undefined;
        throw new ActionInputError(`Input "${name}" is ${shownInput(value)}; expected true or false.${near ? ` Did you mean ${near}?` : ""}`);
    }
}
function readConcurrency(value) {
    if (value.trim() === "")
        return pool/* DEFAULT_CONCURRENCY */.WH;
    return countInput("concurrency", value, "");
}
function countInput(name, value, note) {
    const parsed = wholeNumber(value);
    if (parsed !== undefined && parsed >= 1)
        return parsed;
    const text = value.trim();
    const tooLarge = parsed === undefined && /^\d+$/.test(text) ? ` ${text} is more than ${Number.MAX_SAFE_INTEGER}, the largest accepted: give a smaller number.` : "";
    const grouped = /^\d{1,3}(?:_\d{3})+$/.test(text) ? ` Write it without the _: ${text.replaceAll("_", "")}.` : "";
    throw new ActionInputError(`Input "${name}" is ${shownInput(value)}; expected a whole number of at least 1${note}.${tooLarge}${grouped}`);
}
function readWatchMaxRequests(value) {
    if (value.trim() === "")
        return {};
    return { watchMaxRequests: countInput("watch-max-requests", value, " (requests one poll may make; default 300)") };
}
const KNOWN_STATUSES = [...new Set([...contracts/* FLOW_RESULT_STATUSES */.WL, ...contracts/* PROCESS_STATUSES */.Ne])];
function readFailOn(value) {
    const items = splitList(value || "failed").map((item) => item.toLowerCase());
    if (items.length === 0) {
        throw new ActionInputError(`Input "fail-on" is ${shownInput(value)}, which names no status; write the statuses that fail the job (such as failed), or none to never fail it.`);
    }
    if (items.length === 1 && items[0] === "none")
        return new Set();
    if (items.includes("none")) {
        throw new ActionInputError(`Input "fail-on" is ${shownInput(value)}; "none" stands alone (never fail the job), so drop it or the statuses beside it.`);
    }
    const statuses = new Set();
    for (const item of items) {
        if (item === "needs-attention" || item === "needs_attention") {
            statuses.add("blocked");
            statuses.add("needs_intervention");
        }
        else if (KNOWN_STATUSES.includes(item)) {
            statuses.add(item);
        }
        else {
            const words = item.split(/\s+/);
            const spaced = words.length > 1 && words.every((word) => KNOWN_STATUSES.includes(word) || word === "needs-attention" || word === "needs_attention");
            throw new ActionInputError(`Input "fail-on" has ${shownInput(item)}; expected a list of: ${KNOWN_STATUSES.join(", ")}, needs-attention, or none.` +
                (spaced ? ` Separate the statuses with commas or line breaks: ${words.join(", ")}.` : ""));
        }
    }
    return statuses;
}
function oneOf(value, allowed, name) {
    if (allowed.includes(value))
        return value;
    throw new ActionInputError(`Input "${name}" is ${shownInput(value)}; expected one of: ${allowed.join(", ")}.${nearValueHint(value, allowed)}`);
}
function nearValueHint(value, allowed) {
    const near = offWord(value, allowed) ?? (0,did_you_mean/* closest */.k)(value.replace(/[_ ]/g, "-"), allowed);
    return near ? ` Did you mean ${near}?` : "";
}
function offWord(value, allowed) {
    if (!/^(?:false|no|n|0|disabled?|none|off)$/i.test(value.trim()))
        return undefined;
    return allowed.find((item) => item === "off" || item === "none");
}
function shownInput(value) {
    return (0,redact_cut/* shownValue */.J)(value, SHOWN_INPUT_CHARS);
}
const SHOWN_INPUT_CHARS = 200;


/***/ }),

/***/ 50724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ logGroups)
});

// EXTERNAL MODULE: ./.build/log-text.js
var log_text = __nccwpck_require__(3726);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __nccwpck_require__(36375);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __nccwpck_require__(68880);
// EXTERNAL MODULE: ./.build/action/step-masks.js
var step_masks = __nccwpck_require__(61195);
// EXTERNAL MODULE: ./.build/redact-spans.js
var redact_spans = __nccwpck_require__(38545);
;// CONCATENATED MODULE: ./.build/wrapped-lines.js


const HOLD_CHARS = 64 * 1024;
const HOLD_MS = 250;
class WrappedLineHold {
    emit;
    redactor;
    #held = [];
    #chars = 0;
    #timer;
    #shown = 0;
    constructor(emit, redactor = redact/* redactor */.$p) {
        this.emit = emit;
        this.redactor = redactor;
    }
    push(line) {
        this.#hold(line);
        if (this.#held.length === 0)
            return;
        clearTimeout(this.#timer);
        this.#timer = setTimeout(() => this.flush(), HOLD_MS);
        this.#timer.unref?.();
    }
    #hold(line) {
        if (this.#held.length > 0 && line.length > 0 && (0,redact_spans/* inAlphabet */.Hj)(line, 0)) {
            this.#add(line);
            if (line.length >= redact_spans/* MIN_WRAPPED_RUN */.De && (0,redact_spans/* wholeRun */.f1)(line, 0, line.length))
                this.#handOutSome();
            else
                this.flush();
            return;
        }
        if (this.#held.length > 0)
            this.flush();
        if (line.length >= redact_spans/* MIN_WRAPPED_RUN */.De && (0,redact_spans/* wholeRun */.f1)(line, line.length - redact_spans/* MIN_WRAPPED_RUN */.De, line.length))
            this.#add(line);
        else
            this.emit(line);
    }
    flush() {
        clearTimeout(this.#timer);
        this.#timer = undefined;
        if (this.#held.length === 0)
            return;
        const masked = this.#masked();
        for (let i = this.#shown; i < masked.length; i++)
            this.emit(masked[i]);
        this.#held = [];
        this.#chars = 0;
        this.#shown = 0;
    }
    #add(line) {
        this.#held.push(line);
        this.#chars += line.length + 1;
    }
    #handOutSome() {
        const longest = this.redactor.longest;
        if (this.#chars <= 2 * longest + HOLD_CHARS)
            return;
        const masked = this.#masked();
        let after = 0;
        let until = this.#held.length;
        while (until > 0 && after <= longest)
            after += this.#held[--until].length + 1;
        let context = 0;
        let from = until;
        while (from > 0 && context <= longest)
            context += this.#held[--from].length + 1;
        for (let i = this.#shown; i < until; i++)
            this.emit(masked[i]);
        const kept = this.#held.slice(from);
        this.#shown = Math.max(this.#shown, until) - from;
        this.#held = kept;
        this.#chars = kept.reduce((sum, each) => sum + each.length + 1, 0);
    }
    #masked() {
        return this.redactor.redactLines(this.#held);
    }
}
class StreamLineHolds {
    emit;
    redactor;
    #holds = new Map();
    constructor(emit, redactor = redact/* redactor */.$p) {
        this.emit = emit;
        this.redactor = redactor;
    }
    push(stream, line) {
        let hold = this.#holds.get(stream);
        if (hold === undefined) {
            hold = new WrappedLineHold(this.emit, this.redactor);
            this.#holds.set(stream, hold);
        }
        hold.push(line);
    }
    flush() {
        for (const hold of this.#holds.values())
            hold.flush();
    }
}

;// CONCATENATED MODULE: ./.build/action/log-groups.js





const BUFFER_LIMIT_CHARS = 1024 * 1024;
const STATUS_MESSAGE_CHARS = 500;
function logGroups(io, redactor = redact/* redactor */.$p) {
    let live;
    const masks = new step_masks/* StepMasks */.k9(io, redactor);
    const running = new Map();
    const ended = [];
    const open = (buffered) => {
        live = buffered.run.id;
        io.startGroup(title(buffered.run));
        printBuffered(buffered);
    };
    const printBuffered = (buffered) => {
        if (buffered.lines.length > 0)
            io.plain(buffered.lines.join("\n"));
        if (buffered.dropped > 0)
            io.info(`(${buffered.dropped} more lines of output are not in the log; the job summary shows the output tail when it has room for this step's details)`);
        buffered.lines = [];
        buffered.chars = 0;
    };
    const buffer = (run) => {
        const buffered = { run, lines: [], chars: 0, dropped: 0, hold: new StreamLineHolds((line) => show(buffered, (0,log_text/* logOutputLine */.eR)(line)), redactor) };
        return buffered;
    };
    const show = (buffered, line) => {
        if (buffered.run.id === live) {
            io.plain(line);
            return;
        }
        if (buffered.chars + line.length > BUFFER_LIMIT_CHARS) {
            buffered.dropped += 1;
            return;
        }
        buffered.lines.push(line);
        buffered.chars += line.length + 1;
    };
    const close = (run) => {
        io.endGroup();
        io.info(statusLine(run));
    };
    return {
        onStepStart(run) {
            const buffered = buffer(run);
            running.set(run.id, buffered);
            if (live === undefined)
                open(buffered);
        },
        onStepLine(run, stream, raw) {
            masks.line(raw);
            running.get(run.id)?.hold.push(stream, raw);
        },
        onStepEnd(run) {
            const buffered = running.get(run.id) ?? buffer(run);
            buffered.hold.flush();
            running.delete(run.id);
            if (live !== undefined && run.id !== live) {
                ended.push({ buffered, run });
                return;
            }
            if (run.id === live) {
                close(run);
                live = undefined;
            }
            else {
                io.startGroup(title(run));
                printBuffered(buffered);
                close(run);
            }
            for (const done of ended.splice(0)) {
                io.startGroup(title(done.run));
                printBuffered(done.buffered);
                close(done.run);
            }
            const next = running.values().next();
            if (!next.done)
                open(next.value);
        },
    };
}
function title(run) {
    return (0,log_text/* logText */.kc)(`${run.flowName}/${run.stepName}`);
}
function statusLine(run) {
    const why = run.error ?? (typeof run.resultPayload?.message === "string" ? run.resultPayload.message : undefined);
    return (0,log_text/* logLine */.BP)(`${title(run)}: ${run.effectiveStatus}${why ? ` \u2014 ${firstLine(why)}` : ""}`);
}
function firstLine(message) {
    const line = (0,redact_cut/* redacted */.p)(message).map((text) => text.split("\n")[0] ?? "");
    const { text: kept, cut } = line.chars(STATUS_MESSAGE_CHARS);
    return cut === 0 ? line.text : `${kept}\u2026 (${cut} more characters: the job summary and the results output have the message)`;
}


/***/ }),

/***/ 46189:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  k4: () => (/* binding */ discover),
  ll: () => (/* binding */ engineOptions),
  h4: () => (/* binding */ githubContext),
  Dv: () => (/* binding */ planSteps),
  mk: () => (/* binding */ common_publish)
});

// UNUSED EXPORTS: conditionGitHub, conditionOptions, emptyFlowRoots, missingFlowRoots

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/engine/dispatch.js + 2 modules
var dispatch = __nccwpck_require__(53677);
// EXTERNAL MODULE: ./.build/flows/condition.js + 1 modules
var condition = __nccwpck_require__(19860);
// EXTERNAL MODULE: ./.build/flows/discovery.js + 14 modules
var flows_discovery = __nccwpck_require__(45763);
// EXTERNAL MODULE: ./.build/action/reporter.js
var reporter = __nccwpck_require__(46504);
;// CONCATENATED MODULE: ./.build/action/changed-files.js

const sources = new WeakMap();
function pullRequestFilesSource(context) {
    const { inputs, runner } = context;
    const repository = runner.repository;
    if (!inputs.githubToken || !repository)
        return undefined;
    let source = sources.get(context);
    if (!source) {
        const listings = new Map();
        source = (event) => {
            let listing = listings.get(event.id);
            if (!listing) {
                listing = listFiles(context, repository, event);
                listings.set(event.id, listing);
            }
            return listing;
        };
        sources.set(context, source);
    }
    return source;
}
async function listFiles(context, repository, event) {
    const number = event.payload?.number;
    if (typeof number !== "number")
        return undefined;
    const { io, runner, inputs, debug } = context;
    const [client, { pullRequestFiles, PULL_REQUEST_FILES_LIMIT }] = await Promise.all([
        (0,reporter/* actionClient */._Y)({ io, runner, token: inputs.githubToken, ...(debug ? { debug } : {}) }),
        __nccwpck_require__.e(/* import() */ 4152).then(__nccwpck_require__.bind(__nccwpck_require__, 94152)),
    ]);
    let listed;
    try {
        listed = await pullRequestFiles(client, { repository, number });
    }
    catch (error) {
        const { apiFailure } = await __nccwpck_require__.e(/* import() */ 3781).then(__nccwpck_require__.bind(__nccwpck_require__, 43781));
        const failure = apiFailure(error);
        const hint = failure.kind === "permission" || failure.kind === "not-found" ? " (the token needs pull-requests: read)" : "";
        throw new Error(`GET pulls/${number}/files in ${repository} failed: ${failure.message}${hint}`);
    }
    if (listed.complete)
        return listed.files;
    return {
        files: listed.files,
        incomplete: `pull request #${number} touches more files than GitHub lists (${PULL_REQUEST_FILES_LIMIT}), and none of those ` +
            "matched; the files left off cannot be checked",
    };
}

// EXTERNAL MODULE: ./.build/action/inputs.js + 2 modules
var inputs = __nccwpck_require__(46988);
// EXTERNAL MODULE: ./.build/action/publish.js
var publish = __nccwpck_require__(16622);
;// CONCATENATED MODULE: ./.build/action/modes/common.js








async function discover(context) {
    const { workspace } = context.runner;
    const discovery = await (0,flows_discovery/* discoverFlows */.nE)({ repoRoot: workspace, roots: context.inputs.flowsPath, eventType: context.event.type, checkLayout: true });
    const { layout, others } = layoutProblems(workspace, context.inputs.flowsPath, discovery);
    discovery.problems = others;
    const crowded = crowdedRoots(workspace, layout);
    discovery.problems.unshift(...missingFlowRoots(workspace, context.inputs.flowsPath, discovery.missingRoots ?? []), ...emptyFlowRoots(workspace, context.inputs.flowsPath, discovery, new Set(crowded.keys())), ...layout.filter((problem) => !crowded.has((0,external_node_path_.dirname)((0,external_node_path_.resolve)(workspace, problem.file)))), ...[...crowded].map(([root, problems]) => crowdedRootWarning(workspace, root, problems, holdsPackage(workspace, root, discovery))));
    return discovery;
}
function layoutProblems(workspace, roots, discovery) {
    const folders = new Set(roots.map((root) => (0,external_node_path_.resolve)(workspace, root)));
    const missing = new Set((discovery.missingRoots ?? []).map((root) => (0,external_node_path_.resolve)(workspace, root)));
    const layout = [];
    const others = [];
    for (const problem of discovery.problems) {
        const file = (0,external_node_path_.resolve)(workspace, problem.file);
        if (problem.severity === "warning" && missing.has(file) && problem.message.startsWith("flow root "))
            continue;
        const root = (0,external_node_path_.dirname)(file);
        if (problem.severity !== "warning" || !folders.has(root))
            others.push(problem);
        else if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, "flow.toml")))
            layout.push(problem);
    }
    return { layout, others };
}
const LAYOUT_WARNINGS_PER_ROOT = 5;
const NAMED_FOLDERS = 3;
function crowdedRoots(workspace, layout) {
    const byRoot = new Map();
    for (const problem of layout) {
        const root = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(workspace, problem.file));
        byRoot.set(root, [...(byRoot.get(root) ?? []), problem]);
    }
    return new Map([...byRoot].filter(([, problems]) => problems.length > LAYOUT_WARNINGS_PER_ROOT));
}
function crowdedRootWarning(workspace, root, problems, anyPackage) {
    const shown = (folder) => {
        const path = (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, folder));
        return path === ".." || path.startsWith(`..${external_node_path_.sep}`) ? (0,external_node_path_.resolve)(workspace, folder) : path.split(external_node_path_.sep).join("/") || ".";
    };
    const named = problems.slice(0, NAMED_FOLDERS).map((problem) => `"${shown(problem.file)}"`);
    const loaded = anyPackage ? "" : ", and no flow package, so no flows were loaded from it";
    return {
        severity: "warning",
        file: 'input "flows-path"',
        message: `"${shown(root)}" holds ${problems.length} folders that are not flow packages (no usable flow.toml)${loaded}: ${named.join(", ")} and ${problems.length - named.length} more. ` +
            "flows-path takes the folders that hold flow packages, one subfolder each: is it set to a folder too broad? `flows validate --flows-path <folder>` warns of each folder.",
    };
}
function holdsPackage(workspace, folder, discovery) {
    const manifests = [
        ...discovery.flows.map((flow) => flow.manifestPath),
        ...(discovery.deferred ?? []).map((flow) => flow.manifestPath),
        ...discovery.shadowed.map((flow) => flow.shadowedManifest),
        ...(discovery.broken ?? []).map((flow) => flow.manifestPath),
        ...discovery.problems.flatMap((problem) => (problem.file ? [(0,external_node_path_.resolve)(workspace, problem.file)] : [])),
    ];
    return manifests.some((path) => path.startsWith(`${folder}${external_node_path_.sep}`));
}
function emptyFlowRoots(workspace, roots, discovery, crowded = new Set()) {
    if (roots.length === inputs/* DEFAULT_FLOWS_PATH */.cY.length && roots.every((root, i) => root === inputs/* DEFAULT_FLOWS_PATH */.cY[i]))
        return [];
    const missing = new Set(discovery.missingRoots ?? []);
    return roots
        .filter((root) => !missing.has(root) && !crowded.has((0,external_node_path_.resolve)(workspace, root)))
        .filter((root) => !holdsPackage(workspace, (0,external_node_path_.resolve)(workspace, root), discovery))
        .map((root) => {
        const isPackage = (0,external_node_fs_.existsSync)((0,external_node_path_.join)((0,external_node_path_.resolve)(workspace, root), "flow.toml"));
        const parent = (0,external_node_path_.relative)(workspace, (0,external_node_path_.dirname)((0,external_node_path_.resolve)(workspace, root))).split(external_node_path_.sep).join("/") || ".";
        return {
            severity: "warning",
            file: 'input "flows-path"',
            message: isPackage
                ? `"${root}" holds no flow package, so no flows were loaded from it: it is a flow package itself (it has a flow.toml). flows-path takes the folders that hold packages, one subfolder each: here "${parent}".`
                : `"${root}" holds no flow package (a subfolder with a flow.toml), so no flows were loaded from it.`,
        };
    });
}
function missingFlowRoots(workspace, roots, missing) {
    const defaults = roots.length === inputs/* DEFAULT_FLOWS_PATH */.cY.length && roots.every((root, i) => root === inputs/* DEFAULT_FLOWS_PATH */.cY[i]);
    const none = roots.every((root) => missing.includes(root));
    if (missing.length === 0 || (defaults && !none))
        return [];
    const file = 'input "flows-path"';
    const checkout = none ? " Does the job check out the repository (actions/checkout) before this step?" : "";
    if (defaults) {
        const message = `No flow package was loaded: neither ${roots.join(" nor ")} is a folder in the workspace (${workspace}).${checkout} Or set flows-path to the folders that hold your flow packages.`;
        return [{ severity: "warning", file, message }];
    }
    return missing.map((root) => ({
        severity: "warning",
        file,
        message: `"${root}" is not a folder in the workspace (${workspace}), so no flows were loaded from it.` +
            (/[*?[{]/.test(root) ? " flows-path takes folders (each subfolder with a flow.toml is a package), not glob patterns." : "") +
            checkout,
    }));
}
function planSteps(context, discovery, { store, handledBefore } = {}) {
    const { runner, debug, stepEnv, inputs } = context;
    return (0,dispatch/* dispatch */.JD)(context.event, {
        repoRoot: runner.workspace,
        discovery,
        dryRun: true,
        ...(store ? { store } : {}),
        ...(handledBefore ? { handledBefore } : {}),
        replay: inputs.replay !== undefined,
        ...(debug ? { debug } : {}),
        env: stepEnv,
        ...conditionOptions(context),
    });
}
function engineOptions(context, discovery) {
    const { inputs, runner } = context;
    return {
        repoRoot: runner.workspace,
        discovery,
        store: context.store,
        replay: inputs.replay !== undefined,
        concurrency: inputs.concurrency,
        dryRun: inputs.dryRun,
        env: context.stepEnv,
        exportEnv: inputs.exportEnv,
        workspaceBackendUrl: inputs.workspaceBackendUrl || undefined,
        bunPath: context.bunPath,
        launchedBy: runner.actor ? `github-actions:${runner.actor}` : "github-actions",
        signal: context.signal,
        debug: context.debug,
        ...conditionOptions(context),
        explain: context.debug !== undefined,
    };
}
function conditionOptions(context) {
    const changedFiles = pullRequestFilesSource(context);
    return { github: conditionGitHub(context), ...(changedFiles ? { changedFiles } : {}) };
}
function conditionGitHub(context) {
    const webhook = context.event.payload?.github;
    return (0,condition/* gitHubConditionContext */.q3)({ env: context.stepEnv, payload: webhook });
}
function githubContext(context) {
    return {
        io: context.io,
        runner: context.runner,
        token: context.inputs.githubToken,
        event: context.event,
        report: context.inputs.report,
        dryRun: context.inputs.dryRun,
        debug: context.debug,
    };
}
function common_publish(context, outcome, backend) {
    const { inputs, runner } = context;
    const checkRuns = inputs.githubToken && runner.insideWorkflowRun && !inputs.dryRun ? inputs.report.checks : "off";
    return (0,publish/* publishOutcome */.Cu)(outcome, { io: context.io, runner, failOn: inputs.failOn, checkRuns, ...(backend ? { backend } : {}) });
}


/***/ }),

/***/ 68733:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ assembleOutcome),
/* harmony export */   e: () => (/* binding */ nothingRan)
/* harmony export */ });
function assembleOutcome(parts) {
    const duplicate = parts.runs.length > 0 && parts.runs.every((run) => run.alreadyHandled);
    const runIds = parts.runIds ?? parts.runs.map((run) => run.id);
    return {
        status: duplicate ? "duplicate" : "accepted",
        eventId: parts.event.id,
        runIds,
        matched: parts.runs.filter((run) => !run.alreadyHandled).length,
        ...(duplicate ? { idempotent: true } : {}),
        event: parts.event,
        runs: parts.runs,
        mismatches: parts.mismatches ?? [],
        problems: parts.problems ?? [],
        shadowed: parts.shadowed ?? [],
        children: parts.children ?? [],
        dryRun: parts.dryRun ?? false,
    };
}
function nothingRan(event) {
    return assembleOutcome({ event, runs: [] });
}


/***/ }),

/***/ 59355:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* unused harmony exports RESULTS_OUTPUT_LIMIT_BYTES, resultsJson, resultsOutput */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(36375);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(68880);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(55084);



const RESULTS_OUTPUT_LIMIT_BYTES = 512 * 1024;
const BRIEF_MESSAGE_CHARS = 500;
async function writeOutputs(io, outcome) {
    const outcomes = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .flatten */ .Bq)(outcome);
    const runs = outcomes.flatMap((each) => each.runs);
    await io.setOutput("event-id", outcome.eventId);
    await io.setOutput("event-type", outcome.event.type);
    await io.setOutput("matched", String(outcomes.reduce((sum, each) => sum + each.matched, 0)));
    await io.setOutput("already-handled", String(runs.filter((run) => run.alreadyHandled).length));
    await io.setOutput("needs-attention", String(runs.some((run) => run.needsAttention)));
    const results = resultsOutput(runs);
    await io.setOutput("results", results.json);
    await io.setOutput("results-omitted", String(results.omitted));
    if (results.omitted > 0) {
        io.info(`flows-action: the results output holds ${runs.length - results.omitted} of the ${runs.length} runs, reduced to id/status/message: the other ${results.omitted} did not fit its ${RESULTS_OUTPUT_LIMIT_BYTES / 1024} KiB (results-omitted says how many; the job summary lists the runs as far as its 1 MiB goes, and counts those it leaves out).`);
    }
}
function resultsJson(runs) {
    return resultsOutput(runs).json;
}
function resultsOutput(runs) {
    const full = fullViews(runs);
    return full === undefined ? briefViews(runs) : { json: full, omitted: 0 };
}
function fullViews(runs) {
    const parts = [];
    let bytes = 2;
    for (const { output: _output, ...view } of runs) {
        const part = _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.redact(JSON.stringify(view));
        bytes += Buffer.byteLength(part, "utf8") + (parts.length > 0 ? 1 : 0);
        if (bytes > RESULTS_OUTPUT_LIMIT_BYTES)
            return undefined;
        parts.push(part);
    }
    return _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.redact(`[${parts.join(",")}]`);
}
function briefViews(runs) {
    const brief = [];
    let bytes = 2;
    for (const run of runs) {
        const item = _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.redact(JSON.stringify(briefView(run)));
        const size = Buffer.byteLength(item, "utf8") + (brief.length > 0 ? 1 : 0);
        if (bytes + size > RESULTS_OUTPUT_LIMIT_BYTES)
            break;
        brief.push(item);
        bytes += size;
    }
    return { json: _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactor */ .$p.redact(`[${brief.join(",")}]`), omitted: runs.length - brief.length };
}
function briefView(run) {
    const message = typeof run.resultPayload?.message === "string" ? (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_1__/* .redacted */ .p)(run.resultPayload.message) : undefined;
    return {
        id: run.id,
        eventId: run.eventId,
        flowName: run.flowName,
        stepName: run.stepName,
        processStatus: run.processStatus,
        resultStatus: run.resultStatus,
        effectiveStatus: run.effectiveStatus,
        needsAttention: run.needsAttention,
        message: message?.chars(BRIEF_MESSAGE_CHARS).text,
        truncated: true,
    };
}


/***/ }),

/***/ 16622:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cu: () => (/* binding */ publishOutcome),
/* harmony export */   jN: () => (/* binding */ publishStoreProblems)
/* harmony export */ });
/* unused harmony exports failingRuns, PROBLEM_LOG_PREFIX, PROBLEM_LOG_LINES, annotateProblems, workspacePath */
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(40801);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var _engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(68927);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3726);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(68880);
/* harmony import */ var _report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(58387);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(55084);
/* harmony import */ var _flows_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(50156);
/* harmony import */ var _annotation_budget_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(89828);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(59355);










async function publishOutcome(outcome, options) {
    const { io, runner } = options;
    const repoRoot = runner.workspace;
    logAlreadyHandled(io, outcome);
    const room = await io.summaryRoom?.();
    const summary = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .summaryLayout */ .hw)(outcome, {
        runUrl: runner.runUrl,
        baseDir: repoRoot,
        ...(options.backend ? { backend: options.backend } : {}),
        ...(options.checkRuns ? { checkRuns: options.checkRuns } : {}),
        ...(room !== undefined ? { maxBytes: room } : {}),
    });
    annotateProblems(io, (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .allProblems */ .Ul)(outcome), repoRoot, { inSummary: !summary.problemsCut });
    await io.appendSummary(summary.markdown, "the flow results");
    await (0,_outputs_js__WEBPACK_IMPORTED_MODULE_7__/* .writeOutputs */ .Kn)(io, outcome);
    const failing = failingRuns(outcome, options.failOn);
    if (failing.length > 0) {
        io.setFailed(`${failing.length} flow step${failing.length === 1 ? "" : "s"} ended with a status listed in fail-on: ${runNames(failing)}`);
    }
    else if (options.failOn.size > 0) {
        const message = problemErrorsMessage((0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .allProblems */ .Ul)(outcome).filter((problem) => problem.severity === "error"));
        if (message)
            io.setFailed(message);
    }
}
function problemErrorsMessage(errors) {
    const count = (place) => errors.filter((problem) => (0,_report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__/* .placeOf */ .$t)(problem) === place).length;
    const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const sentences = [];
    const packages = count("flow packages");
    if (packages > 0) {
        sentences.push(`${plural(packages, "error")} in flow packages: the steps of a package that cannot be loaded were not considered ` +
            "for this event. The annotations and the job summary say where; `flows validate` checks packages before a push.");
    }
    const results = count("the run-step jobs' results");
    if (results > 0) {
        const one = results === 1;
        sentences.push(`${plural(results, "runs file")} handed over by the run-step jobs could not be read: the results in ${one ? "it" : "them"} are lost, ` +
            `and their steps are reported as canceled. The annotations and the job summary name the file${one ? "" : "s"}; see the run-step jobs' logs.`);
    }
    const others = errors.filter((problem) => (0,_report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__/* .placeOf */ .$t)(problem) !== "flow packages" && (0,_report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__/* .placeOf */ .$t)(problem) !== "the run-step jobs' results");
    if (others.length > 0)
        sentences.push(`${plural(others.length, "error")} ${(0,_report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__/* .problemsPlace */ .Sq)(others)}; the annotations and the job summary say which.`);
    return sentences.length > 0 ? sentences.join(" ") : undefined;
}
function failingRuns(outcome, failOn) {
    return (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .flatten */ .Bq)(outcome)
        .flatMap((each) => each.runs)
        .filter((run) => failOn.has(run.effectiveStatus));
}
const NAMED_RUNS = 20;
const NAME_CHARS = 80;
function runNames(runs) {
    const name = (text) => (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_3__/* .redacted */ .p)(text).clip(NAME_CHARS, "\u2026");
    const shown = runs.slice(0, NAMED_RUNS).map((run) => `${name(run.flowName)}/${name(run.stepName)} (${run.effectiveStatus})`);
    const more = runs.length - shown.length;
    return `${shown.join(", ")}${more > 0 ? ` and ${more} more (the job summary lists them as far as its 1 MiB goes, and counts those it leaves out)` : ""}`;
}
function logAlreadyHandled(io, outcome) {
    for (const each of (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .flatten */ .Bq)(outcome)) {
        const handled = each.runs.filter((run) => run.alreadyHandled);
        if (handled.length === 0)
            continue;
        const all = handled.length === each.runs.length;
        const before = handled.filter((run) => !(0,_contracts_js__WEBPACK_IMPORTED_MODULE_8__/* .isRunningElsewhere */ .wR)(run));
        const elsewhere = handled.filter(_contracts_js__WEBPACK_IMPORTED_MODULE_8__/* .isRunningElsewhere */ .wR);
        const sentences = [
            before.length > 0 ? `${runNames(before)} ${before.length === 1 ? "was" : "were"} handled before and not run again.` : "",
            elsewhere.length > 0 ? `${runNames(elsewhere)} ${elsewhere.length === 1 ? "is" : "are"} running in another dispatch, which records how ${elsewhere.length === 1 ? "it ends" : "they end"}; not started beside ${elsewhere.length === 1 ? "it" : "them"}.` : "",
            before.length > 0 ? `The replay input set to ${each.eventId} runs ${before.length === 1 ? "it" : "them"} again.` : "",
        ].filter(Boolean);
        io.info((0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logText */ .kc)(`Event ${each.eventId} was already handled${all ? ", nothing ran" : ""}: ${sentences.join(" ")}`));
    }
}
const PROBLEM_LOG_PREFIX = "flows-action problem:";
const PROBLEM_LOG_LINES = 10_000;
async function publishStoreProblems(io, store, repoRoot) {
    const { problems } = (0,_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .unreportedStoreProblems */ .Qq)(store);
    if (problems.length === 0)
        return;
    const table = `\n${(0,_report_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .renderProblems */ .x8)(problems, { baseDir: repoRoot })}\n`;
    const room = await io.summaryRoom?.();
    annotateProblems(io, problems, repoRoot, { inSummary: room === undefined || Buffer.byteLength(table, "utf8") <= room });
    await io.appendSummary(table, "the state store's problems");
}
function annotateProblems(io, problems, repoRoot, { inSummary = true } = {}) {
    const errors = problems.filter((problem) => problem.severity === "error").length;
    const warnings = problems.length - errors;
    const shown = {
        error: Math.min(errors, io.annotationsLeft?.("error") ?? _annotation_budget_js__WEBPACK_IMPORTED_MODULE_9__/* .ANNOTATIONS_PER_KIND */ .UD),
        warning: Math.min(warnings, io.annotationsLeft?.("warning") ?? _annotation_budget_js__WEBPACK_IMPORTED_MODULE_9__/* .ANNOTATIONS_PER_KIND */ .UD),
    };
    const room = io.annotationsLeft?.("warning") ?? _annotation_budget_js__WEBPACK_IMPORTED_MODULE_9__/* .ANNOTATIONS_PER_KIND */ .UD;
    if (shown.error + shown.warning < problems.length && shown.warning >= room)
        shown.warning = Math.max(0, room - 1);
    const counts = { error: 0, warning: 0 };
    let logged = 0;
    for (const problem of problems) {
        counts[problem.severity] += 1;
        const annotated = counts[problem.severity] <= shown[problem.severity];
        if (!annotated && logged >= PROBLEM_LOG_LINES)
            continue;
        const file = workspacePath(problem.file, repoRoot);
        const text = (0,_flows_diagnostics_js__WEBPACK_IMPORTED_MODULE_6__/* .relativeInMessage */ .Pb)(problem.message, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(repoRoot));
        const message = file === undefined && problem.file !== repoRoot ? `${problem.file}: ${text}` : text;
        if (!annotated) {
            logged++;
            io.info?.((0,_log_text_js__WEBPACK_IMPORTED_MODULE_2__/* .logText */ .kc)(`${PROBLEM_LOG_PREFIX} ${problem.severity}: ${(0,_annotation_budget_js__WEBPACK_IMPORTED_MODULE_9__/* .placePrefix */ .Oy)(file === undefined ? undefined : { file, startLine: problem.line, startColumn: problem.column })}${message}`));
            continue;
        }
        const properties = {
            title: "flows-action",
            ...(file === undefined ? {} : { file, startLine: problem.line, startColumn: problem.column }),
        };
        if (problem.severity === "error")
            io.error(message, properties);
        else
            io.warning(message, properties);
    }
    const hidden = problems.length - shown.error - shown.warning;
    const unlogged = hidden - logged;
    if (io.info && unlogged > 0)
        io.info(`${PROBLEM_LOG_PREFIX} ${unlogged} more not listed here (the first ${PROBLEM_LOG_LINES} are above); \`flows validate\` lists every one.`);
    if (hidden > 0) {
        const summary = `the job summary lists the first of the ${problems.length}: all of them pass its share of GitHub's 1 MiB`;
        const inLog = unlogged > 0
            ? `the first ${PROBLEM_LOG_LINES} of them are in the job log, on lines starting "${PROBLEM_LOG_PREFIX}", and \`flows validate\` lists every one`
            : `each is in the job log, on a line starting "${PROBLEM_LOG_PREFIX}"`;
        const where = inSummary ? `the job summary lists all ${problems.length}.` : io.info ? `${inLog} (${summary}).` : `${summary}.`;
        io.warning(`${hidden} more problem${hidden === 1 ? "" : "s"} ${(0,_report_problem_places_js__WEBPACK_IMPORTED_MODULE_4__/* .problemsPlace */ .Sq)(problems)} ${hidden === 1 ? "is" : "are"} not shown as annotations; ${where}`);
    }
}
function workspacePath(file, workspace) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace), (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(workspace, file));
    if (path === "" || path === ".." || path.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(path))
        return undefined;
    return path.split(node_path__WEBPACK_IMPORTED_MODULE_0__.sep).join("/");
}


/***/ }),

/***/ 46504:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Uy: () => (/* binding */ ActionReporter),
/* harmony export */   _Y: () => (/* binding */ actionClient),
/* harmony export */   qe: () => (/* binding */ handoverAction)
/* harmony export */ });
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3726);
/* harmony import */ var _report_modes_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(18657);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(55084);
/* harmony import */ var _github_debug_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(62619);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(46988);





function handoverAction(context) {
    if (!context.runner.insideWorkflowRun)
        return "none";
    return (0,_report_modes_js__WEBPACK_IMPORTED_MODULE_3__/* .handoverAction */ .qe)(context.report.handover, context.event);
}
async function actionClient(context, purpose = "the GitHub API cannot be called") {
    if (!context.token) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionInputError */ .VA(`Input "github-token" is empty, so ${purpose} (a secret that is not set, or not available to this workflow, is an empty string). Pass a token, or leave github-token out for its default, \${{ github.token }}.`);
    }
    const { createGitHubClient } = await __nccwpck_require__.e(/* import() */ 9758).then(__nccwpck_require__.bind(__nccwpck_require__, 89758));
    const client = await createGitHubClient({ token: context.token, baseUrl: context.runner.apiUrl, log: (m) => context.io.info(m) });
    return context.debug ? (0,_github_debug_js__WEBPACK_IMPORTED_MODULE_4__/* .debugClient */ .p)(client, context.debug) : client;
}
class ActionReporter {
    context;
    #reporter;
    #finished = false;
    constructor(context) {
        this.context = context;
    }
    get enabled() {
        const { report, runner, token } = this.context;
        return (report.checks !== "off" || report.comment !== "off") && Boolean(token) && runner.insideWorkflowRun;
    }
    get #withoutToken() {
        const { report, runner, token } = this.context;
        return (report.checks !== "off" || report.comment !== "off") && !token && runner.insideWorkflowRun;
    }
    get observer() {
        if (!this.enabled)
            return undefined;
        return {
            onStepStart: async (run) => (await this.#open())?.onStepStart?.(run),
            onStepLine: () => { },
            onStepEnd: async (run) => (await this.#reporter)?.onStepEnd?.(run),
        };
    }
    async finish(outcome) {
        if (this.#finished)
            return;
        this.#finished = true;
        const worth = outcome !== undefined && worthReporting(outcome, this.context.report.comment);
        if (worth && this.#withoutToken) {
            this.context.io.warning('Input "github-token" is empty, so no check run or pull-request comment was written (a secret that is not set, or not available to this workflow, is an empty string). Pass a token, or set checks: off and comment: off.');
        }
        if (!this.#reporter && !(worth && this.enabled))
            return;
        const reporter = await this.#open();
        if (!reporter)
            return;
        const report = await reporter.finish(outcome);
        for (const link of report.checkRunLinks ?? [])
            this.context.io.info((0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .logText */ .kc)(`${link.name.replace(/^flows: /, "")}: check run ${link.url}`));
        if (report.resultTargetsNote)
            await this.context.io.appendSummary(report.resultTargetsNote, "where the steps' check runs went");
        if (report.summaryNote)
            await this.context.io.appendSummary(report.summaryNote, "the note on what could not be written to GitHub");
    }
    #open() {
        this.#reporter ??= this.enabled ? this.#create() : Promise.resolve(undefined);
        return this.#reporter;
    }
    async #create() {
        const { io, runner, event, report, targets } = this.context;
        const [client, { createGitHubReporter }, parts] = await Promise.all([
            actionClient(this.context),
            Promise.all(/* import() */[__nccwpck_require__.e(6234), __nccwpck_require__.e(4909)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20247)),
            __nccwpck_require__.e(/* import() */ 2403).then(__nccwpck_require__.bind(__nccwpck_require__, 62403)),
        ]);
        return createGitHubReporter({
            client,
            repository: runner.repository,
            event,
            ...(runner.sha ? { githubSha: runner.sha } : {}),
            checks: targets && targets.headSha === undefined ? "off" : report.checks,
            comment: report.comment,
            ...(targets ? { ...(targets.headSha !== undefined ? { headSha: targets.headSha } : {}), pullRequests: targets.pullRequests } : {}),
            commentKey: report.commentKey,
            ...(runner.runId ? { commentPart: parts.newCommentPart({ ...runner, runId: runner.runId }) } : {}),
            ...(runner.runUrl ? { runUrl: runner.runUrl } : {}),
            serverUrl: runner.serverUrl,
            io,
            repoRoot: runner.workspace,
            ...(report.botLogin ? { botLogin: report.botLogin } : {}),
            summaryRoom: () => io.summaryRoom?.() ?? Promise.resolve(undefined),
        });
    }
}
function worthReporting(outcome, comment) {
    if (outcome.dryRun)
        return false;
    const ran = (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .flatten */ .Bq)(outcome).some((each) => each.runs.length > 0);
    return ran || (0,_report_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .allProblems */ .Ul)(outcome).some((p) => p.severity === "error") || comment === "always";
}


/***/ }),

/***/ 30048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ openActionStore),
/* harmony export */   Yz: () => (/* binding */ readStateKind),
/* harmony export */   g$: () => (/* binding */ flushActionStore)
/* harmony export */ });
/* unused harmony exports STATE_KINDS, branchRemoteUrl */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(54348);
/* harmony import */ var _state_not_saved_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(85779);
/* harmony import */ var _state_memory_store_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(19917);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(46988);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(16622);
/* harmony import */ var _describe_error_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(91090);







const STATE_KINDS = ["artifact", "branch", "file", "none"];
function readStateKind(value) {
    const kind = (value || "artifact").toLowerCase();
    if (!STATE_KINDS.includes(kind)) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionInputError */ .VA(`Input "state" is ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .shownInput */ .IY)(value)}; expected one of: ${STATE_KINDS.join(", ")}.${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .nearValueHint */ .tw)(value, STATE_KINDS)}`);
    }
    return kind;
}
async function openActionStore({ inputs, env, repoRoot, debug, dirSetting, readOnly }) {
    const only = readOnly ? { readOnly } : {};
    if (inputs.state === "none")
        return new _state_memory_store_js__WEBPACK_IMPORTED_MODULE_3__/* .MemoryStateStore */ .k(only);
    const { createStateStore, defaultStateDir } = await Promise.all(/* import() */[__nccwpck_require__.e(8662), __nccwpck_require__.e(1134), __nccwpck_require__.e(3974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3974));
    switch (inputs.state) {
        case "file": {
            const dir = inputs.stateDir ? ((0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inputs.stateDir) ? inputs.stateDir : (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(repoRoot, inputs.stateDir)) : defaultStateDir(repoRoot);
            const origin = inputs.stateDir ? `input "state-dir" is ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .shownInput */ .IY)(inputs.stateDir)}` : 'input "state-dir" is empty: the default';
            return createStateStore({ kind: "file", dir, dirSetting: dirSetting ?? { origin, change: 'set input "state-dir" to another folder' }, ...only });
        }
        case "branch":
            return createStateStore({ kind: "branch", branch: inputs.stateBranch, remoteUrl: branchRemoteUrl(env), token: inputs.githubToken, ...only });
        case "artifact":
            return openArtifactStore(inputs, env, debug, readOnly);
    }
}
function branchRemoteUrl(env) {
    const repository = env.GITHUB_REPOSITORY;
    if (!repository)
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionInputError */ .VA('state "branch" needs GITHUB_REPOSITORY, which the runner sets.');
    const server = new URL(env.GITHUB_SERVER_URL || "https://github.com");
    return `${server.toString().replace(/\/$/, "")}/${repository}.git`;
}
async function openArtifactStore(inputs, env, debug, readOnly) {
    const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: runAttempt } = env;
    if (!repository || !runId) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionInputError */ .VA('state "artifact" keeps records as workflow artifacts, so it only works inside a workflow run (GITHUB_REPOSITORY and GITHUB_RUN_ID are missing). Use state: file locally.');
    }
    if (!inputs.githubToken) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .ActionInputError */ .VA('state "artifact" reads earlier runs\' artifacts through the API: give the action a token ("github-token", default ${{ github.token }}) with actions: read.');
    }
    const { createStateStore } = await Promise.all(/* import() */[__nccwpck_require__.e(8662), __nccwpck_require__.e(1134), __nccwpck_require__.e(3974)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3974));
    return createStateStore({
        kind: "artifact",
        artifact: {
            token: inputs.githubToken,
            repository,
            apiUrl: env.GITHUB_API_URL || "https://api.github.com",
            runId,
            runAttempt: runAttempt || "1",
            ...(debug ? { debug } : {}),
        },
        ...(readOnly ? { readOnly } : {}),
    });
}
async function flushActionStore(store, io, repoRoot) {
    try {
        await store.flush();
    }
    catch (error) {
        if (error instanceof _state_not_saved_js__WEBPACK_IMPORTED_MODULE_2__/* .StateNotSavedError */ .c) {
            const ids = error.eventIds.map((id) => `- ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(id)}`).join("\n");
            await io
                .appendSummary(`\n### :x: State not saved\n\nThe records of these events could not be saved to ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(error.where)}; ` +
                `their steps ran, and a redelivery would run them again:\n\n${ids}\n`, "the list of events whose state was not saved")
                .catch(() => undefined);
        }
        throw error;
    }
    finally {
        await (0,_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .publishStoreProblems */ .jN)(io, store, repoRoot).catch((error) => io.warning(`The state store's problems could not be added to the job summary: ${(0,_describe_error_js__WEBPACK_IMPORTED_MODULE_6__/* .describeError */ .U)(error)}`));
    }
}


/***/ }),

/***/ 61195:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k9: () => (/* binding */ StepMasks)
/* harmony export */ });
/* unused harmony exports MAX_STEP_MASKS, MAX_STEP_MASK_CHARS, addMaskValue */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(36375);

const ADD_MASK = /^[\s\u0085]*(?:::add-mask(?:[ \t][^\r\n]*?)?::|##\[add-mask(?:[ \t][^\]\r\n]*)?\])(.*)$/i;
const MAX_STEP_MASKS = 1000;
const MAX_STEP_MASK_CHARS = 64 * 1024;
function addMaskValue(line) {
    const match = ADD_MASK.exec(line);
    if (!match)
        return undefined;
    const value = (match[1] ?? "").replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
    return value.trim().length < _redact_js__WEBPACK_IMPORTED_MODULE_0__/* .MIN_SECRET_LENGTH */ .vb ? undefined : value;
}
class StepMasks {
    #io;
    #redactor;
    #instead;
    #values = new Set();
    #refused = false;
    #chars = 0;
    constructor(io, redactor, instead = "Pass secrets a step prints through the redact input instead.") {
        this.#io = io;
        this.#redactor = redactor;
        this.#instead = instead;
    }
    line(raw) {
        const value = addMaskValue(raw);
        if (value === undefined || this.#values.has(value))
            return;
        if (this.#values.size >= MAX_STEP_MASKS || this.#chars + value.length > MAX_STEP_MASK_CHARS) {
            if (!this.#refused) {
                this.#refused = true;
                this.#io.warning(`The flow steps printed more than ${MAX_STEP_MASKS} ::add-mask:: commands, or values of more than ` +
                    `${MAX_STEP_MASK_CHARS.toLocaleString("en-US")} characters in all; the values of the rest are not masked. ${this.#instead}`);
            }
            return;
        }
        this.#chars += value.length;
        this.#values.add(value);
        this.#redactor.add(value);
        this.#io.setSecret(value);
    }
    text(text) {
        if (!MENTIONS_ADD_MASK.test(text))
            return;
        for (const line of text.split(/\r\n|\r|\n/))
            this.line(line);
    }
}
const MENTIONS_ADD_MASK = /add-mask/i;


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
class ContractViolation extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    contract;
    field;
    reason;
    name = "ContractViolation";
    constructor(contract, field, reason, file) {
        super(reason, file === undefined ? {} : { file });
        this.contract = contract;
        this.field = field;
        this.reason = reason;
    }
}
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
/* harmony export */   Z2: () => (/* binding */ effectiveStatusOf),
/* harmony export */   s1: () => (/* binding */ isUpstreamEventType),
/* harmony export */   wR: () => (/* binding */ isRunningElsewhere)
/* harmony export */ });
/* unused harmony export isFlowResultStatus */
const FLOW_RESULT_STATUSES = [
    "skipped",
    "completed",
    "changed",
    "needs_intervention",
    "blocked",
    "failed",
];
const PROCESS_STATUSES = ["queued", "running", "completed", "failed", "canceled", "interrupted"];
function effectiveStatusOf(run) {
    return run.resultStatus ?? run.processStatus;
}
function isRunningElsewhere(run) {
    return run.alreadyHandled === true && (run.effectiveStatus === "queued" || run.effectiveStatus === "running");
}
function isUpstreamEventType(type) {
    return type.startsWith("upstream.");
}
function needsAttentionFor(status) {
    return status === "blocked" || status === "needs_intervention";
}
function isFlowResultStatus(value) {
    return typeof value === "string" && FLOW_RESULT_STATUSES.includes(value);
}


/***/ }),

/***/ 91090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ describeError)
/* harmony export */ });
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(99416);

function describeError(error) {
    if ((0,_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .isUserError */ .i)(error)) {
        let where = error.file ?? "";
        if (where && error.line !== undefined)
            where += `:${error.line}${error.column !== undefined ? `:${error.column}` : ""}`;
        const text = where && !error.message.startsWith(where) ? `${where}: ${error.message}` : error.message;
        return error.hint ? `${text}\n${error.hint}` : text;
    }
    if (error instanceof Error) {
        return `${error.stack ?? `${error.name}: ${error.message}`}\nThis is a bug in flows-action; please report it with the lines above.`;
    }
    return `${String(error)}\nThis is a bug in flows-action (a non-Error value was thrown); please report it.`;
}


/***/ }),

/***/ 31363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance),
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
function closest(value, candidates) {
    let best;
    const wanted = value.toLowerCase();
    const allowed = Math.max(1, Math.min(3, Math.floor(value.length / 3)));
    let bestDistance = allowed + 1;
    for (const candidate of candidates) {
        if (Math.abs(candidate.length - value.length) > allowed)
            continue;
        const distance = editDistance(wanted, candidate.toLowerCase(), bestDistance - 1);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b, bound) {
    const cols = b.length + 1;
    let older = [];
    let previous = Array.from({ length: cols }, (_, j) => j);
    let previousMin = 0;
    for (let i = 1; i <= a.length; i += 1) {
        const row = new Array(cols);
        row[0] = i;
        let rowMin = i;
        for (let j = 1; j < cols; j += 1) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                value = Math.min(value, older[j - 2] + 1);
            row[j] = value;
            if (value < rowMin)
                rowMin = value;
        }
        if (rowMin > bound && previousMin > bound)
            return bound + 1;
        older = previous;
        previous = row;
        previousMin = rowMin;
    }
    return previous[b.length];
}


/***/ }),

/***/ 63122:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ diskProblem)
/* harmony export */ });
const DISK_PROBLEMS = {
    ENOSPC: () => "the disk is full",
    EDQUOT: () => "the disk quota is used up",
    EFBIG: () => "the file size limit of this process is reached (ulimit -f)",
    EROFS: (path) => `${path ?? "it"} is on a read-only file system`,
    EACCES: (path) => `permission denied${forPath(path)}`,
    EPERM: (path) => `permission denied${forPath(path)} (operation not permitted)`,
    EIO: (path) => `the disk answered an input/output error${forPath(path)}`,
};
function diskProblem(code, path) {
    return code === undefined || !Object.hasOwn(DISK_PROBLEMS, code) ? undefined : DISK_PROBLEMS[code](path);
}
function forPath(path) {
    return path === undefined ? "" : ` for ${path}`;
}


/***/ }),

/***/ 91788:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ checkDispatchOptions)
/* harmony export */ });
/* unused harmony export DispatchOptionsError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(20624);
/* harmony import */ var _library_arguments_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(67724);



class DispatchOptionsError extends _library_arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .LibraryArgumentError */ .bc {
    option;
    name = "DispatchOptionsError";
    constructor(option, message) {
        super("dispatch", `options.${option}`, `dispatch option "${option}" ${message}`);
        this.option = option;
    }
}
function checkDispatchOptions(options) {
    if (typeof options !== "object" || options === null) {
        throw new _library_arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .LibraryArgumentError */ .bc("dispatch", "options", `dispatch needs an options object like { repoRoot: process.cwd() }; got ${(0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGot */ .uv)(options)}.`);
    }
    const given = options;
    const got = (name) => `got ${(0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGot */ .uv)(given[name])}.`;
    if (given.discovery === undefined && (typeof given.repoRoot !== "string" || given.repoRoot === "")) {
        throw new DispatchOptionsError("repoRoot", `must name the repository folder the flow roots are in, as a string; ${got("repoRoot")}`);
    }
    if (given.discovery === undefined && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(given.repoRoot, { throwIfNoEntry: false })?.isDirectory()) {
        throw new DispatchOptionsError("repoRoot", `is ${JSON.stringify(given.repoRoot)}, which is no folder here (relative paths are taken from ${process.cwd()}); name the repository's folder.`);
    }
    if (given.roots !== undefined && !(Array.isArray(given.roots) && given.roots.every((root) => typeof root === "string"))) {
        throw new DispatchOptionsError("roots", `must be an array of folder paths (strings), e.g. ["flows"]; ${got("roots")}`);
    }
    wholeNumberAtLeast(given, "concurrency", 1);
    wholeNumberAtLeast(given, "maxRuns", 0);
    wholeNumberAtLeast(given, "maxDepth", 0);
    if (given.store !== undefined && !(0,_library_arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .isStateStore */ .Jt)(given.store)) {
        throw new DispatchOptionsError("store", `must be ${_library_arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .STATE_STORE */ .OE}; ${got("store")}`);
    }
    if (given.bunPath !== undefined && typeof given.bunPath !== "string" && typeof given.bunPath !== "function") {
        throw new DispatchOptionsError("bunPath", `must be the path of a bun executable, or a function that resolves to one; ${got("bunPath")}`);
    }
    const signal = given.signal;
    if (signal !== undefined && (typeof signal !== "object" || signal === null || typeof signal.addEventListener !== "function")) {
        throw new DispatchOptionsError("signal", `must be an AbortSignal (new AbortController().signal); ${got("signal")}`);
    }
    if (given.env !== undefined && (typeof given.env !== "object" || given.env === null)) {
        throw new DispatchOptionsError("env", `must be an object of environment variables, like process.env; ${got("env")}`);
    }
    if (given.handledBefore !== undefined && !(given.handledBefore instanceof Set)) {
        throw new DispatchOptionsError("handledBefore", `must be a Set of run ids, like new Set(["run_0123456789ab"]); ${got("handledBefore")}`);
    }
    if (given.runUnmatched !== undefined && given.runUnmatched !== "untriggered" && given.runUnmatched !== "any") {
        throw new DispatchOptionsError("runUnmatched", `must be "untriggered" or "any" (with only), or left out; ${got("runUnmatched")}`);
    }
    const named = given.replayNamed;
    if (named !== undefined &&
        (!Array.isArray(named) ||
            !named.every((item) => typeof item?.flow === "string" && typeof item.step === "string" && (item.named === "untriggered" || item.named === "any")))) {
        throw new DispatchOptionsError("replayNamed", `must be an array of { flow, step, named: "untriggered" | "any" } (with replay), or left out; ${got("replayNamed")}`);
    }
    if (given.commandLine !== undefined && typeof given.commandLine !== "function") {
        throw new DispatchOptionsError("commandLine", `must be a function (args) => string, like (args) => \`npx flows \${args}\`; ${got("commandLine")}`);
    }
    checkObserver(given.observer);
}
function checkObserver(observer) {
    if (observer === undefined)
        return;
    if (typeof observer !== "object" || observer === null) {
        throw new DispatchOptionsError("observer", `must be an object with any of onStepStart, onStepLine and onStepEnd (functions); got ${(0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGot */ .uv)(observer)}.`);
    }
    for (const name of ["onStepStart", "onStepLine", "onStepEnd"]) {
        const callback = observer[name];
        if (callback !== undefined && typeof callback !== "function") {
            throw new DispatchOptionsError("observer", `${name} must be a function (run, ...) => void; got ${(0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGot */ .uv)(callback)}.`);
        }
    }
}
function wholeNumberAtLeast(given, name, least) {
    const value = given[name];
    if (value === undefined)
        return;
    if (typeof value === "number" && value >= least && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY))
        return;
    throw new DispatchOptionsError(name, `must be a whole number of at least ${least}; got ${(0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGot */ .uv)(value)}.`);
}


/***/ }),

/***/ 68927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  ZE: () => (/* binding */ RUN_CAP_PROBLEM),
  U2: () => (/* binding */ STATE_RECORD_PROBLEM),
  p3: () => (/* binding */ interruptedWarning),
  u_: () => (/* binding */ knownProblems),
  Rz: () => (/* binding */ missingRootProblems),
  u8: () => (/* binding */ runningElsewhereWarning),
  Ic: () => (/* binding */ schemaProblems),
  Qq: () => (/* binding */ unreportedStoreProblems)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/flows/roots.js
var flows_roots = __nccwpck_require__(61);
// EXTERNAL MODULE: ./.build/state/problems.js
var state_problems = __nccwpck_require__(39094);
;// CONCATENATED MODULE: ./.build/shell-word.js
function shellWord(text) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(text))
        return text;
    return `'${text.replaceAll("'", `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./.build/engine/dispatch-problems.js





const STATE_RECORD_PROBLEM = "state record: ";
const RUN_CAP_PROBLEM = "this delivery reached its budget of ";
const reportedStoreProblems = new WeakMap();
function unreportedStoreProblems(store) {
    const reported = reportedStoreProblems.get(store) ?? { listed: 0, leftOut: new Map() };
    const listed = store.problems.slice(reported.listed);
    const problems = listed.map((problem) => ({ severity: "warning", file: problem.path, message: `${STATE_RECORD_PROBLEM}${problem.message}` }));
    let count = listed.length;
    for (const kind of store.problemsLeftOut ?? []) {
        const fresh = kind.count - (reported.leftOut.get(kind.kind) ?? 0);
        if (fresh <= 0)
            continue;
        problems.push({ severity: "warning", file: kind.first.path, message: `${STATE_RECORD_PROBLEM}${(0,state_problems/* leftOutLine */.uv)({ ...kind, count: fresh })}` });
        reported.leftOut.set(kind.kind, kind.count);
        count += fresh;
    }
    reported.listed = store.problems.length;
    reportedStoreProblems.set(store, reported);
    return { problems, count, listed: listed.length };
}
async function schemaProblems(mismatches, known) {
    const found = [];
    for (const miss of mismatches) {
        const path = miss.reason === "schema" ? miss.step.trigger?.schemaPath : undefined;
        if (path === undefined)
            continue;
        const { sharedSchemaRegistry } = await __nccwpck_require__.e(/* import() */ 8344).then(__nccwpck_require__.bind(__nccwpck_require__, 28344));
        for (const problem of await sharedSchemaRegistry().problemsOf(path)) {
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
function runningElsewhereWarning(ref, attempt, event, replay, commandLine = (args) => `flows ${args}`) {
    const owner = attempt.dispatcher;
    const who = owner ? `pid ${owner.pid} on ${owner.host}${owner.until ? `, lease until ${owner.until}` : ""}` : "another dispatcher";
    const since = attempt.startedAt ? ` since ${attempt.startedAt}` : "";
    return {
        severity: "warning",
        file: ref.flow.manifestPath,
        message: `step "${ref.step.name}" of flow "${ref.flow.name}" is ${attempt.status} for event "${event.id}" in another dispatch (attempt ${attempt.number}${since}, ${who}), ` +
            `so it was not ${replay ? "replayed" : "started again"} beside it; that dispatch records how it ends (\`${commandLine(`runs --event ${shellWord(event.id)}`)}\`).` +
            (replay ? " Replay it once it has ended." : ""),
    };
}
function missingRootProblems(repoRoot, roots, discovery) {
    if (roots !== undefined) {
        return (discovery.missingRoots ?? []).map((root) => ({
            severity: "warning",
            file: (0,external_node_path_.resolve)(repoRoot, root),
            message: `flow root "${root}" is not a folder under ${(0,external_node_path_.resolve)(repoRoot)}, so no flows were loaded from it. Check the dispatch option "roots".`,
        }));
    }
    if (flows_roots/* DEFAULT_FLOW_ROOTS */.B.some((root) => isFolder((0,external_node_path_.resolve)(repoRoot, root))))
        return [];
    return [
        {
            severity: "warning",
            file: (0,external_node_path_.resolve)(repoRoot),
            message: `No flow package was loaded: neither ${flows_roots/* DEFAULT_FLOW_ROOTS */.B.join(" nor ")} is a folder under ${(0,external_node_path_.resolve)(repoRoot)}. Pass the folders that hold your flow packages as the dispatch option "roots".`,
        },
    ];
}
function isFolder(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 63103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ DEFAULT_MAX_DEPTH),
/* harmony export */   _: () => (/* binding */ DEFAULT_MAX_RUNS)
/* harmony export */ });
const DEFAULT_MAX_RUNS = 100;
const DEFAULT_MAX_DEPTH = 5;


/***/ }),

/***/ 53677:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  JD: () => (/* binding */ dispatch),
  Mi: () => (/* binding */ matchEvent)
});

// UNUSED EXPORTS: DEFAULT_MAX_RUNS, alreadyHandledCount, withinRunCap

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(78474);
// EXTERNAL MODULE: ./.build/flows/discovery.js + 14 modules
var flows_discovery = __nccwpck_require__(45763);
// EXTERNAL MODULE: ./.build/flows/match.js + 1 modules
var flows_match = __nccwpck_require__(65066);
// EXTERNAL MODULE: ./.build/state/memory-store.js
var memory_store = __nccwpck_require__(19917);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __nccwpck_require__(39709);
// EXTERNAL MODULE: ./.build/engine/dispatch-problems.js + 1 modules
var dispatch_problems = __nccwpck_require__(68927);
// EXTERNAL MODULE: ./.build/engine/dispatch-types.js
var dispatch_types = __nccwpck_require__(63103);
// EXTERNAL MODULE: ./.build/engine/dispatch-options.js
var dispatch_options = __nccwpck_require__(91788);
// EXTERNAL MODULE: ./.build/engine/event.js + 1 modules
var engine_event = __nccwpck_require__(28906);
// EXTERNAL MODULE: ./.build/engine/ids.js
var ids = __nccwpck_require__(86683);
// EXTERNAL MODULE: ./.build/engine/pool.js
var pool = __nccwpck_require__(21655);
;// CONCATENATED MODULE: ./.build/engine/replay-edit.js
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

// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __nccwpck_require__(99416);
;// CONCATENATED MODULE: ./.build/engine/event-identity.js

function otherContentMessage(eventId, changed, where) {
    const first = where === "stored" ? "the stored event of that id" : "the event of that id an earlier step of this delivery asked for";
    return (`event "${eventId}" was not dispatched: its ${fieldList(changed)} from ${first}, and a FlowEvent id names one event ` +
        "(two events under one id would share one record: the first's). Give this event an id of its own" +
        (where === "stored" ? `, or run the stored one again with \`flows replay ${eventId}\`.` : "."));
}
function otherDeliveryMessage(eventId, changed) {
    return (`event "${eventId}" is stored with other content (its ${fieldList(changed)}), and a FlowEvent id names one event: ` +
        "this delivery was taken as a redelivery of the stored event, and none of its steps ran. " +
        `To run this content, give it an id of its own; \`flows show ${eventId}\` shows the stored event, \`flows replay ${eventId}\` runs it again.`);
}
function fieldList(changed) {
    const fields = changed.length > 5 ? `${changed.slice(0, 5).join(", ")} and ${changed.length - 5} more` : changed.join(", ");
    return `${fields} differ${changed.length === 1 ? "s" : ""}`;
}
class EventIdConflictError extends user_error/* UserError */.y {
    stored;
    changed;
    name = "EventIdConflictError";
    constructor(stored, changed) {
        super(otherContentMessage(stored.event.id, changed, "stored"));
        this.stored = stored;
        this.changed = changed;
    }
}

// EXTERNAL MODULE: ./.build/engine/load-runners.js
var load_runners = __nccwpck_require__(35527);
;// CONCATENATED MODULE: ./.build/engine/dispatch.js














function loadStepEngine() {
    return Promise.all(/* import() */[__nccwpck_require__.e(2016), __nccwpck_require__.e(8662), __nccwpck_require__.e(1134), __nccwpck_require__.e(325)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60325));
}

async function dispatch(input, options) {
    (0,dispatch_options/* checkDispatchOptions */.p)(options);
    const now = options.now ?? (() => new Date());
    const event = input instanceof engine_event/* AcceptedFlowEvent */.aW ? input.event : (0,engine_event/* normalizeFlowEvent */.kN)(input, now());
    const discovery = options.discovery ?? (await (0,flows_discovery/* discoverFlows */.nE)({ repoRoot: options.repoRoot, roots: options.roots, eventType: event.type }));
    const store = options.store ?? new memory_store/* MemoryStateStore */.k();
    const maxRuns = options.maxRuns ?? dispatch_types/* DEFAULT_MAX_RUNS */._;
    const budget = { maxRuns, runs: 0, events: 0, skippedSteps: 0, skippedEvents: 0 };
    const slots = new pool/* StepSlots */.iK(options.concurrency ?? pool/* DEFAULT_CONCURRENCY */.WH);
    const signal = stepSignal(options.signal);
    const outcome = await dispatchOne(event, { ...options, ...(signal ? { signal } : {}), discovery, store, now, budget, slots, nextEvents: new Map() }, [event.id], options.match).catch((error) => {
        if (!(error instanceof EventIdConflictError))
            throw error;
        return otherContentOutcome(event, error, discovery, options.dryRun === true);
    });
    if (options.discovery === undefined)
        outcome.problems.unshift(...(0,dispatch_problems/* missingRootProblems */.Rz)(options.repoRoot, options.roots, discovery));
    if (budget.skippedSteps > 0 || budget.skippedEvents > 0) {
        outcome.runCap = { maxRuns, skippedSteps: budget.skippedSteps, skippedEvents: budget.skippedEvents };
        const tooManyMatch = budget.events === 0 && budget.firstSkippedStep !== undefined;
        outcome.problems.push({
            severity: "warning",
            file: tooManyMatch ? (budget.firstSkippedStep?.manifestPath ?? "") : "FlowResult.next",
            message: `${dispatch_problems/* RUN_CAP_PROBLEM */.ZE}${maxRuns} step runs and ${maxRuns} next events: ${budget.skippedSteps} more matching step` +
                `${budget.skippedSteps === 1 ? "" : "s"} and ${budget.skippedEvents} next event${budget.skippedEvents === 1 ? "" : "s"} ` +
                `were not run${budget.firstSkippedBy ? ` (the first left out came from ${budget.firstSkippedBy})` : tooManyMatch ? ` (the first left out: ${budget.firstSkippedStep?.name})` : ""}. ` +
                (tooManyMatch
                    ? "Narrow the triggers (type, schema or if) so that fewer steps match one event; delivering the event again runs the steps left out (those that ran are not run again)."
                    : "Return fewer `next` events per step, or dispatch them as separate deliveries."),
        });
    }
    const fresh = (0,dispatch_problems/* unreportedStoreProblems */.Qq)(store);
    outcome.problems.push(...fresh.problems);
    if (fresh.count > fresh.listed)
        outcome.storeProblemCount = fresh.count;
    return outcome;
}
function otherContentOutcome(event, conflict, discovery, dryRun) {
    const runs = conflict.stored.runs.map((run) => ({ ...run, alreadyHandled: true }));
    return {
        status: "duplicate",
        idempotent: true,
        eventId: event.id,
        runIds: runs.map((run) => run.id),
        matched: 0,
        event,
        runs,
        mismatches: [],
        problems: [...discovery.problems, { severity: "warning", file: "FlowEvent.id", message: otherDeliveryMessage(event.id, conflict.changed) }],
        shadowed: discovery.shadowed,
        children: [],
        dryRun,
    };
}
function stepSignal(signal) {
    if (!(signal instanceof AbortSignal))
        return signal;
    const own = AbortSignal.any([signal]);
    (0,external_node_events_.setMaxListeners)(0, own);
    return own;
}
function withinRunCap(planned, budget, costsNoRun) {
    return planned.filter((item) => {
        if (costsNoRun(item))
            return true;
        if (budget.runs < budget.maxRuns) {
            budget.runs += 1;
            return true;
        }
        budget.skippedSteps += 1;
        budget.firstSkippedStep ??= { manifestPath: item.ref.flow.manifestPath, name: `${item.ref.flow.name}/${item.ref.step.name}` };
        return false;
    });
}
function alreadyHandledCount(outcome) {
    return outcome.runs.filter((run) => run.alreadyHandled).length;
}
async function matchEvent(event, discovery, options = {}) {
    const match = await (0,flows_match/* matchSteps */.J6)((0,flows_discovery/* loadDeferredFlows */.Bj)(discovery, event.type), event, {
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
    const prepared = await prepareEvent(event, options, lineage, matchedBefore);
    await prepared.run();
    return prepared.outcome;
}
function forceNamed(event, mismatches, forced, debug) {
    return forced.map((miss) => {
        mismatches.splice(mismatches.indexOf(miss), 1);
        debug?.(`match ${event.id}: ${miss.flow.name}/${miss.step.name} runs though it did not match (${miss.message}): it was named to run`);
        return { flow: miss.flow, step: miss.step, named: miss.reason === "no-trigger" ? "untriggered" : "any" };
    });
}
async function prepareEvent(event, options, lineage, matchedBefore) {
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
        const runUnmatched = options.runUnmatched;
        if (runUnmatched) {
            const forced = mismatches.filter((miss) => wanted.has(JSON.stringify([miss.flow.name, miss.step.name])) && (runUnmatched === "any" || miss.reason === "no-trigger"));
            matched = [...matched, ...forceNamed(event, mismatches, forced, debug)];
        }
        debug?.(`match ${event.id}: ${matched.length} of ${match.matched.length} matched steps are this job's (${options.only.map(({ flow, step }) => `${flow}/${step}`).join(", ")})`);
    }
    if (options.replay && options.replayNamed) {
        const named = new Map(options.replayNamed.map(({ flow, step, named }) => [JSON.stringify([flow, step]), named]));
        const forced = mismatches.filter((miss) => {
            const how = named.get(JSON.stringify([miss.flow.name, miss.step.name]));
            return how === "any" || (how === "untriggered" && miss.reason === "no-trigger");
        });
        matched = [...matched, ...forceNamed(event, mismatches, forced, debug)];
    }
    if (matched.length === 0)
        return nothingToRun(await newOutcome({ event, match, plan: [], duplicate: false, mismatches, problems }, options));
    const stepEngine = loadStepEngine();
    const runners = options.dryRun ? undefined : (0,load_runners/* loadRunners */.O)();
    stepEngine.catch(() => undefined);
    runners?.catch(() => undefined);
    const stored = await store.loadEvent(event.id);
    const { interruptedSince, isSettled, isTakenElsewhere, liveAttemptOf, countDispatch, runOne, RunRecorder } = await stepEngine;
    const conflict = stored !== undefined && !options.replay ? (await Promise.all(/* import() */[__nccwpck_require__.e(8662), __nccwpck_require__.e(6113)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46113))).otherContentOf(stored.event, event) : undefined;
    if (stored && conflict)
        throw new EventIdConflictError(stored, conflict);
    const previousRuns = new Map((stored?.runs ?? []).map((run) => [run.id, run]));
    const planned = matched.map((ref) => {
        const runId = (0,ids/* runIdFor */.q)(event.id, ref.flow.name, ref.step.name);
        const previous = previousRuns.get(runId);
        const live = previous === undefined ? undefined : liveAttemptOf(previous);
        const reuse = previous !== undefined && (live !== undefined || (!options.replay && isSettled(previous)));
        if (reuse)
            debug?.(`run ${runId}: already handled (${previous.effectiveStatus}), not run again`);
        if (live)
            problems.push((0,dispatch_problems/* runningElsewhereWarning */.u8)(ref, live, event, options.replay === true, options.commandLine));
        if (previous?.effectiveStatus === "interrupted")
            problems.push((0,dispatch_problems/* interruptedWarning */.p3)(ref, previous, event));
        return { ref, runId, previous, reuse };
    });
    const handledBefore = options.handledBefore;
    const plan = withinRunCap(planned, options.budget, (item) => item.reuse || handledBefore?.has(item.runId) === true);
    if (plan.length < planned.length)
        matched = plan.map((item) => item.ref);
    const duplicate = stored !== undefined && plan.every((item) => item.reuse);
    const outcome = await newOutcome({ event, match, plan, duplicate, mismatches, problems }, options);
    if (plan.length === 0)
        return nothingToRun(outcome);
    const record = {
        formatVersion: types/* RECORD_FORMAT_VERSION */.Z,
        event,
        runs: [],
        firstDispatchedAt: stored?.firstDispatchedAt ?? now(options),
        updatedAt: now(options),
        ...countDispatch(stored),
    };
    const runsBun = !options.dryRun && plan.some((item) => !item.reuse && item.ref.step.runner === "bun");
    if (runsBun && typeof options.bunPath !== "function") {
        const explicit = options.bunPath;
        const { findBun } = await __nccwpck_require__.e(/* import() */ 8595).then(__nccwpck_require__.bind(__nccwpck_require__, 58595));
        options = { ...options, bunPath: findBun({ explicit, env: options.env ?? process.env }).path };
    }
    const runsById = new Map();
    const chains = new Map();
    const toRun = plan.filter((item) => !(item.reuse && item.previous));
    const replay = options.replay === true;
    let takenElsewhere = 0;
    const planById = new Map(plan.map((item) => [item.runId, item]));
    const settledBefore = new Set(plan.filter((item) => item.reuse && item.previous !== undefined && isSettled(item.previous)).map((item) => item.runId));
    const run = {
        recorder: new RunRecorder(store, record, {
            isTaken: (stored, mine) => isTakenElsewhere(stored, mine, replay),
            onClaimed: (mine, stored) => {
                const item = planById.get(mine.id);
                if (item && interruptedSince(stored, item.previous))
                    problems.push((0,dispatch_problems/* interruptedWarning */.p3)(item.ref, stored, event));
            },
        }),
        notStarted: toRun.length,
        runners,
        ends: [],
        tookElsewhere: (ref, stored) => {
            takenElsewhere += 1;
            const live = liveAttemptOf(stored);
            if (live)
                problems.push((0,dispatch_problems/* runningElsewhereWarning */.u8)(ref, live, event, replay, options.commandLine));
            else
                debug?.(`run ${stored.id}: already handled (${stored.effectiveStatus}) by another dispatch, not run again`);
        },
    };
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
    let ownStepsDone = () => undefined;
    const ownStepsEnded = new Promise((resolve) => {
        ownStepsDone = resolve;
    });
    const runEvent = async () => {
        try {
            if (!options.dryRun && plan.length > 0 && toRun.length === 0)
                await run.recorder.saveRecord();
            try {
                await (0,pool/* runChains */.u4)([...chains.values()], options.slots);
            }
            finally {
                await Promise.allSettled(run.ends);
            }
            await Promise.all(run.ends);
        }
        finally {
            ownStepsDone();
        }
        outcome.runs = plan.map((item) => runsById.get(item.runId)).filter((run) => run !== undefined);
        if (takenElsewhere > 0) {
            outcome.matched -= takenElsewhere;
            if (outcome.runs.length === plan.length && outcome.runs.every((run) => run.alreadyHandled)) {
                outcome.status = "duplicate";
                outcome.idempotent = true;
            }
        }
        const follow = options.dryRun ? [] : outcome.runs.filter((view) => !view.alreadyHandled || settledBefore.has(view.id));
        outcome.children = await runNextEvents(follow, options, lineage, problems);
    };
    return { outcome, run: runEvent, ownStepsEnded };
}
async function runNextEvents(runs, options, lineage, problems) {
    const children = [];
    for (const run of runs) {
        if (!run.resultPayload?.next)
            continue;
        for (const next of run.resultPayload.next) {
            const child = admitChild(next, run, options, lineage, problems);
            if (!child)
                continue;
            const where = `FlowResult.next of ${run.flowName}/${run.stepName}`;
            const earlier = options.nextEvents.get(child.id);
            const changed = earlier === undefined ? undefined : (await Promise.all(/* import() */[__nccwpck_require__.e(8662), __nccwpck_require__.e(6113)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46113))).otherContentOf(earlier.event, child);
            if (changed) {
                problems.push({ severity: "error", file: where, message: otherContentMessage(child.id, changed, "earlier") });
                continue;
            }
            const prepare = () => prepareEvent(child, { ...options, only: undefined, handledBefore: undefined, replay: false, replayNamed: undefined }, [...lineage, child.id]).catch((error) => {
                if (!(error instanceof EventIdConflictError))
                    throw error;
                problems.push({ severity: "error", file: where, message: error.message });
                return undefined;
            });
            const prepared = earlier === undefined ? await prepare() : earlier.ended.then(prepare);
            const ended = Promise.resolve(prepared).then((ready) => ready?.ownStepsEnded, () => undefined);
            options.nextEvents.set(child.id, { event: earlier?.event ?? child, ended });
            children.push(Promise.resolve(prepared).then(async (ready) => {
                if (ready === undefined)
                    return undefined;
                ready.outcome.requestedBy = run.id;
                await ready.run();
                return ready.outcome;
            }));
        }
    }
    const ran = await Promise.allSettled(children);
    const failed = ran.find((result) => result.status === "rejected");
    if (failed)
        throw failed.reason;
    return ran.flatMap((result) => result.value ?? []);
}
function admitChild(next, parent, options, lineage, problems) {
    const depth = lineage.length;
    const { budget } = options;
    if (budget.runs >= budget.maxRuns || budget.events >= budget.maxRuns) {
        budget.skippedEvents += 1;
        budget.firstSkippedBy ??= `${parent.flowName}/${parent.stepName}`;
        return undefined;
    }
    budget.events += 1;
    const where = `FlowResult.next of ${parent.flowName}/${parent.stepName}`;
    const maxDepth = options.maxDepth ?? dispatch_types/* DEFAULT_MAX_DEPTH */.J;
    let child;
    try {
        child = (0,engine_event/* normalizeFlowEvent */.kN)(next, options.now());
    }
    catch (error) {
        problems.push({ severity: "error", file: where, message: error instanceof Error ? error.message : String(error) });
        return undefined;
    }
    if (lineage.includes(child.id)) {
        problems.push({
            severity: "warning",
            file: where,
            message: `next event "${child.id}" was not dispatched: it is already in this chain (${lineage.join(" \u2192 ")}), which would loop.`,
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
    return child;
}
async function newOutcome(parts, options) {
    const { event, match, plan, duplicate, mismatches, problems } = parts;
    const outcome = {
        status: duplicate ? "duplicate" : "accepted",
        eventId: event.id,
        runIds: plan.map((item) => item.runId),
        matched: plan.filter((item) => !item.reuse).length,
        event,
        runs: [],
        mismatches,
        problems,
        shadowed: options.discovery.shadowed,
        children: [],
        dryRun: options.dryRun === true,
    };
    if (duplicate)
        outcome.idempotent = true;
    if (options.explain)
        outcome.explanation = (await __nccwpck_require__.e(/* import() */ 2699).then(__nccwpck_require__.bind(__nccwpck_require__, 52699))).explainMatch(options.discovery.flows, match);
    return outcome;
}
function nothingToRun(outcome) {
    return { outcome, run: async () => undefined, ownStepsEnded: Promise.resolve() };
}
function now(options) {
    return options.now().toISOString();
}


/***/ }),

/***/ 28906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aW: () => (/* binding */ AcceptedFlowEvent),
  kN: () => (/* binding */ normalizeFlowEvent)
});

// UNUSED EXPORTS: FlowEventError

// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __nccwpck_require__(20624);
// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __nccwpck_require__(85797);
// EXTERNAL MODULE: ./.build/events/id.js
var id = __nccwpck_require__(22853);
;// CONCATENATED MODULE: ./.build/generated/validators/flow-event.js

const validateFlowEvent = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 2048, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3. At most 2,048 characters (UTF-16 units): the id names the event's stored record and goes into check runs, comments, commit messages and log lines. Ids flows-action derives from a payload are kept under it (src/events/id.ts)." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
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
                if (data0.length > 2048) {
                    const err4 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/maxLength", keyword: "maxLength", params: { limit: 2048 }, message: "must NOT have more than 2048 characters" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                if (data0.length < 1) {
                    const err5 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            let data1 = data.type;
            if (typeof data1 === "string") {
                if (data1.length < 1) {
                    const err7 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                const err8 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.source !== undefined) {
            if (typeof data.source !== "string") {
                const err9 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.occurredAt !== undefined) {
            if (typeof data.occurredAt !== "string") {
                const err10 = { instancePath: instancePath + "/occurredAt", schemaPath: "#/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.receivedAt !== undefined) {
            if (typeof data.receivedAt !== "string") {
                const err11 = { instancePath: instancePath + "/receivedAt", schemaPath: "#/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err12];
        }
        else {
            vErrors.push(err12);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/library-arguments.js
var library_arguments = __nccwpck_require__(67724);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __nccwpck_require__(36375);
;// CONCATENATED MODULE: ./.build/engine/event.js






const CONTRACT = "flow-event.schema.json";
class FlowEventError extends contract_errors/* ContractViolation */.a9 {
    name = "FlowEventError";
}
function normalizeFlowEvent(value, now = new Date()) {
    (0,library_arguments/* checkArgument */.s$)(now instanceof Date && !Number.isNaN(now.getTime()), "normalizeFlowEvent", "now", "a valid Date, or left out", now);
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        throw new FlowEventError(CONTRACT, "", 'A FlowEvent must be a JSON object like {"id": "...", "type": "...", "payload": {}}.');
    }
    const event = {
        ...value,
        receivedAt: receivedAtGiven(value) ? value.receivedAt : now.toISOString(),
        payload: "payload" in value && value.payload !== undefined ? value.payload : {},
    };
    if (!validateFlowEvent(event)) {
        const { field, reason } = (0,contract_errors/* firstViolation */.sB)(validateFlowEvent.errors, event);
        throw new FlowEventError(CONTRACT, field, explain(field, reason, event));
    }
    if (redact/* redactor */.$p.holdsSecret(event.id)) {
        throw new FlowEventError(CONTRACT, "id", `The FlowEvent id ${JSON.stringify(redact/* redactor */.$p.redact(event.id))} holds a secret, which the state store would keep as it is; build the id from something that is not secret.`);
    }
    (0,budget/* checkPayloadShape */.i8)(event.payload, `event ${JSON.stringify(event.id)}`);
    return event;
}
function receivedAtGiven(value) {
    if (!("receivedAt" in value))
        return false;
    const given = value.receivedAt;
    return given !== undefined && given !== null && given !== "";
}
class AcceptedFlowEvent {
    event;
    constructor(event) {
        this.event = event;
    }
    static accept(value, now) {
        return new AcceptedFlowEvent(normalizeFlowEvent(value, now));
    }
}
function explain(field, reason, event) {
    const tooLong = field === "id" && typeof event.id === "string" ? (0,id/* eventIdLengthProblem */.XH)(event.id) : undefined;
    if (tooLong !== undefined)
        return `The FlowEvent's ${tooLong}.`;
    if (field === "id" || field === "type") {
        return `A FlowEvent needs a non-empty string "${field}"; got ${(0,contract_errors/* describeGot */.uv)(event[field])}.`;
    }
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

function runIdFor(eventId, flowName, stepName) {
    const parts = [eventId, flowName, stepName];
    const text = parts.some((part) => /[\0\p{Cs}]/u.test(part)) ? `json:${JSON.stringify(parts)}` : parts.join("\0");
    return `run_${(0,_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .sha256Hex */ .fg)(text).slice(0, 12)}`;
}
function attemptIdFor(runId, attemptNumber) {
    return `${runId}_a${attemptNumber}`;
}


/***/ }),

/***/ 35527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ loadRunners)
/* harmony export */ });
function loadRunners() {
    return Promise.all(/* import() */[__nccwpck_require__.e(6264), __nccwpck_require__.e(3216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3216));
}


/***/ }),

/***/ 21655:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WH: () => (/* binding */ DEFAULT_CONCURRENCY),
/* harmony export */   iK: () => (/* binding */ StepSlots),
/* harmony export */   u4: () => (/* binding */ runChains)
/* harmony export */ });
const DEFAULT_CONCURRENCY = 16;
class StepSlots {
    #slots;
    #active = 0;
    #waiting = [];
    failure;
    constructor(limit) {
        this.#slots = Math.max(1, Math.floor(limit));
    }
    async acquire() {
        if (this.#active < this.#slots) {
            this.#active += 1;
            return;
        }
        await new Promise((resolve) => this.#waiting.push(resolve));
    }
    release() {
        const next = this.#waiting.shift();
        if (next)
            next();
        else
            this.#active -= 1;
    }
}
async function runChains(chains, slots) {
    let failure;
    const results = await Promise.all(chains.map(async (chain) => {
        const results = [];
        for (const task of chain) {
            await slots.acquire();
            try {
                if (slots.failure)
                    break;
                results.push(await task());
            }
            catch (error) {
                failure ??= { error };
                slots.failure ??= failure;
                break;
            }
            finally {
                slots.release();
            }
        }
        return results;
    }));
    if (failure)
        throw failure.error;
    return results;
}


/***/ }),

/***/ 85797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GL: () => (/* binding */ MAX_PAYLOAD_DEPTH),
/* harmony export */   Iu: () => (/* binding */ checkPayloadSize),
/* harmony export */   Rv: () => (/* binding */ exceedsDepth),
/* harmony export */   V9: () => (/* binding */ knownHeight),
/* harmony export */   b6: () => (/* binding */ rememberShape),
/* harmony export */   i8: () => (/* binding */ checkPayloadShape),
/* harmony export */   oF: () => (/* binding */ countContainers),
/* harmony export */   qY: () => (/* binding */ MAX_PAYLOAD_BYTES)
/* harmony export */ });
/* unused harmony export MAX_PAYLOAD_CONTAINERS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(56835);

const MAX_PAYLOAD_BYTES = 25 * 1024 * 1024;
const MAX_PAYLOAD_DEPTH = 256;
const MAX_PAYLOAD_CONTAINERS = 1024 * 1024;
const shapes = new WeakMap();
function rememberShape(value, shape) {
    shapes.set(value, shape);
}
function knownHeight(value) {
    return shapes.get(value)?.height;
}
function exceedsDepth(value, maxDepth) {
    return typeof measure(value, maxDepth, Number.POSITIVE_INFINITY) === "string";
}
function measure(value, maxDepth, maxContainers) {
    if (typeof value !== "object" || value === null)
        return { height: 0, containers: 0 };
    const known = shapes.get(value);
    if (known !== undefined)
        return known.height > maxDepth ? "depth" : known.containers > maxContainers ? "containers" : known;
    const stack = [value];
    const depths = [1];
    let height = 0;
    let containers = 0;
    while (stack.length > 0) {
        const item = stack.pop();
        const depth = depths.pop();
        const below = shapes.get(item);
        const reach = below === undefined ? depth : depth - 1 + below.height;
        if (reach > maxDepth)
            return "depth";
        if (reach > height)
            height = reach;
        containers += below === undefined ? 1 : below.containers;
        if (containers > maxContainers)
            return "containers";
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
    const shape = { height, containers };
    shapes.set(value, shape);
    return shape;
}
function countContainers(value, maxDepth) {
    const shape = measure(value, maxDepth, Number.POSITIVE_INFINITY);
    return typeof shape === "string" ? undefined : shape.containers;
}
function checkPayloadShape(value, origin) {
    const shape = measure(value, MAX_PAYLOAD_DEPTH, MAX_PAYLOAD_CONTAINERS);
    if (shape === "depth") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadBudgetError */ .q$(`The payload of ${origin} nests objects and arrays more than ${MAX_PAYLOAD_DEPTH} levels deep, ` +
            "so it was not dispatched and nothing was stored. Send a flatter payload (for example, nested data as a JSON string).");
    }
    if (shape === "containers") {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PayloadBudgetError */ .q$(`The payload of ${origin} holds more than ${MAX_PAYLOAD_CONTAINERS.toLocaleString("en-US")} objects and arrays; payloads may hold at most ` +
            `${MAX_PAYLOAD_CONTAINERS.toLocaleString("en-US")} (four times as many per byte as GitHub's own webhook payloads), ` +
            "so it was not dispatched and nothing was stored. Send a payload with fewer (for example, a long list as one JSON string).");
    }
}
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

const FLOW_EVENT_SHAPE = '{"id": "my-source:deploy:owner/repo:42", "type": "deploy", "payload": {}} ' +
    '(id and type: non-empty strings; payload: optional object; source, occurredAt, receivedAt: optional strings)';
const UPSTREAM_RELEASE_SHAPE = '{"repo": "owner/repo", "tag": "v1.2.3", "url": "https://github.com/owner/repo/releases/tag/v1.2.3", ' +
    '"publishedAt": "2024-01-31T12:00:00Z"} (repo and tag required)';
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
class PayloadBudgetError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "PayloadBudgetError";
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
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function objectAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    return isObject(value) ? value : undefined;
}
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
function idAt(source, key) {
    const number = numberAt(source, key);
    return number === undefined ? stringAt(source, key) : String(number);
}
function loginAt(source, key) {
    return stringAt(objectAt(source, key), "login");
}
function objectsAt(source, key) {
    if (!isObject(source))
        return [];
    const value = source[key];
    return Array.isArray(value) ? value.filter(isObject) : [];
}
function labelNames(source) {
    return objectsAt(source, "labels")
        .map((label) => stringAt(label, "name"))
        .filter((name) => name !== undefined);
}
function timeAt(source, key) {
    if (!isObject(source))
        return undefined;
    const value = source[key];
    const date = typeof value === "number" ? new Date(value * 1000) : typeof value === "string" ? new Date(value) : undefined;
    if (date === undefined || Number.isNaN(date.getTime()))
        return undefined;
    return date.toISOString();
}
function firstLine(text) {
    if (text === undefined)
        return undefined;
    return text.split(/\r?\n/, 1)[0]?.trim();
}
function definedOnly(value) {
    return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}


/***/ }),

/***/ 22853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ upstreamReleaseEventId),
/* harmony export */   T4: () => (/* binding */ idKey),
/* harmony export */   XH: () => (/* binding */ eventIdLengthProblem),
/* harmony export */   h3: () => (/* binding */ encodeIdPart),
/* harmony export */   j4: () => (/* binding */ githubEventId),
/* harmony export */   jJ: () => (/* binding */ idTime),
/* harmony export */   xh: () => (/* binding */ deliveryDiscriminator)
/* harmony export */ });
/* unused harmony exports MAX_EVENT_ID_LENGTH, withinIdLength */
/* harmony import */ var _generated_flow_event_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83963);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75244);
/* harmony import */ var _library_arguments_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(67724);
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(24604);




const MAX_EVENT_ID_LENGTH = _generated_flow_event_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .flowEventSchema */ .s.properties.id.maxLength;
function eventIdLengthProblem(id) {
    if (id.length <= MAX_EVENT_ID_LENGTH)
        return undefined;
    return (`"id" is ${id.length.toLocaleString("en-US")} characters long, more than the ${MAX_EVENT_ID_LENGTH.toLocaleString("en-US")} an event id may have ` +
        "(it names the stored record, and goes into check runs, comments and log lines); give a shorter id, e.g. with a digest of its long part");
}
const SAFE = /[A-Za-z0-9._~/+=,*!()-]/;
function encodeIdPart(value) {
    let out = "";
    for (const char of value) {
        if (SAFE.test(char))
            out += char;
        else
            for (const byte of utf8Bytes(char))
                out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out;
}
function utf8Bytes(char) {
    const code = char.charCodeAt(0);
    if (char.length === 1 && code >= 0xd800 && code <= 0xdfff)
        return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
    return Buffer.from(char, "utf8");
}
function idKey(strings, ...values) {
    return strings.reduce((key, literal, index) => {
        const value = index < values.length ? encodeIdPart(String(values[index])) : "";
        return key + literal + value;
    }, "");
}
function githubEventId(parts) {
    return withinIdLength(`github:${encodeIdPart(parts.type)}:${encodeIdPart(parts.repo)}:${parts.key}`);
}
function withinIdLength(id) {
    if (id.length <= MAX_EVENT_ID_LENGTH)
        return id;
    const suffix = `~sha256-${(0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Hex */ .fg)(id).slice(0, 32)}`;
    const start = id.slice(0, MAX_EVENT_ID_LENGTH - suffix.length).replace(/%[0-9A-F]?$/, "");
    return `${start}${suffix}`;
}
function upstreamReleaseEventId(repo, tag) {
    (0,_library_arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .checkArgument */ .s$)(typeof repo === "string", "upstreamReleaseEventId", "repo", 'the upstream repository as "owner/repo"', repo);
    (0,_library_arguments_js__WEBPACK_IMPORTED_MODULE_2__/* .checkArgument */ .s$)(typeof tag === "string", "upstreamReleaseEventId", "tag", "the release's tag, as a string", tag);
    return githubEventId({ type: "upstream.release", repo, key: idKey `${tag}` });
}
function idTime(iso) {
    return iso.replace(/[-:]/g, "").replace(/\.000Z$/, "Z");
}
function deliveryDiscriminator(options) {
    if (options.version !== undefined)
        return encodeIdPart(options.version);
    if (options.runId !== undefined)
        return idKey `run-${options.runId}`;
    return `sha256-${(0,_canonical_js__WEBPACK_IMPORTED_MODULE_3__/* .canonicalDigest */ .X)(options.payload).slice(0, 32)}`;
}


/***/ }),

/***/ 83477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ND: () => (/* binding */ upstreamReleaseEvent),
/* harmony export */   vQ: () => (/* binding */ passThroughEvent),
/* harmony export */   wB: () => (/* binding */ controlCharacterProblem)
/* harmony export */ });
/* unused harmony exports ORIGINS, flowEventFromText, flowEventFromValue, refuseControlCharacters */
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
function flowEventFromText(text, origin, now) {
    const parsed = (0,_json_text_js__WEBPACK_IMPORTED_MODULE_2__/* .parseJsonText */ .lk)(text);
    if (!parsed.ok) {
        const { message, offset, line, column } = parsed;
        const position = offset !== undefined && line !== undefined && column !== undefined ? { offset, line, column } : undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FlowEventInputError */ .$j({ origin, problem: `invalid JSON: ${message}`, ...(position ? { position } : {}) });
    }
    return flowEventFromValue(parsed.value, origin, now);
}
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
function controlCharacterProblem(key, item) {
    const tooLong = key === "id" ? (0,_id_js__WEBPACK_IMPORTED_MODULE_1__/* .eventIdLengthProblem */ .XH)(item) : undefined;
    if (tooLong !== undefined)
        return tooLong;
    if (/[\u0000-\u001f\u007f]/.test(item))
        return `"${key}" contains a control character (newline, tab...)`;
    const lone = /\p{Cs}/u.exec(item)?.[0];
    if (lone === undefined)
        return undefined;
    return `"${key}" holds a lone surrogate (\\u${lone.charCodeAt(0).toString(16)}), which is not valid Unicode`;
}
function refuseControlCharacters(value, origin) {
    if (!isObject(value))
        return;
    for (const key of ["id", "type"]) {
        const item = value[key];
        const problem = typeof item === "string" ? controlCharacterProblem(key, item) : undefined;
        if (problem !== undefined)
            throw new FlowEventInputError({ origin, problem });
    }
}
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
        fail(`"provider" is ${describeValue(provider)}; only GitHub upstream releases can be sent this way \u2014 send a full FlowEvent in client_payload.event for others`);
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

/***/ 81456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ fileInTheWay)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);


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

/***/ 19860:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ls: () => (/* binding */ GITHUB_CONTEXT_KEYS),
  my: () => (/* binding */ compileFlowConditions),
  b4: () => (/* binding */ compiledCondition),
  q3: () => (/* binding */ gitHubConditionContext),
  zz: () => (/* binding */ hasConditions),
  f6: () => (/* binding */ unwrapCondition)
});

// UNUSED EXPORTS: compileTriggerConditions, conditionCompileCount

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: ./.build/flows/toml-locator.js
var toml_locator = __nccwpck_require__(92797);
;// CONCATENATED MODULE: ./.build/flows/condition-position.js

const ESCAPE_LENGTH = { u: 6, U: 10 };
let last;
function scanned(text) {
    if (last?.text !== text)
        last = { text, locator: new toml_locator/* TomlLocator */.v(text), lines: text.split(/\r?\n/) };
    return last;
}
function conditionPosition(text, path, offset) {
    if (text === undefined)
        return undefined;
    const { locator, lines } = scanned(text);
    const key = locator.locate(path);
    if (!key)
        return undefined;
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
    let raw = line.slice(start + delimiter.length);
    let row = key.line;
    let column = start + delimiter.length + 1;
    let nextLine = key.line;
    const more = () => {
        if (delimiter.length !== 3 || nextLine >= lines.length)
            return false;
        raw += `\n${lines[nextLine++]}`;
        return true;
    };
    if (delimiter.length === 3 && raw === "" && nextLine < lines.length) {
        raw = lines[nextLine++];
        row += 1;
        column = 1;
    }
    let decoded = 0;
    let i = 0;
    while (decoded < offset && (i < raw.length || more())) {
        if (!literal && raw[i] === "\\") {
            if (i + 1 >= raw.length)
                more();
            const next = raw[i + 1] ?? "";
            if (delimiter.length === 3 && /[ \t\n]/.test(next)) {
                i += 1;
                while ((i < raw.length || more()) && /[ \t\n]/.test(raw[i] ?? ""))
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
const WRAPPER = "${{ }}";
const compiled = new WeakMap();
let compileCount = 0;
function conditionCompileCount() {
    return compileCount;
}
function hasConditions(flows) {
    return flows.some((flow) => flow.steps.some((step) => step.trigger?.if !== undefined));
}
function compiledCondition(trigger) {
    return compiled.get(trigger);
}
async function compileFlowConditions(flows) {
    return compileTriggerConditions(flows.map((flow) => ({
        manifestPath: flow.manifestPath,
        triggers: flow.steps.flatMap((step, index) => (step.trigger ? [{ index, trigger: step.trigger }] : [])),
    })));
}
async function compileTriggerConditions(manifests) {
    const pending = manifests.flatMap(({ manifestPath, triggers }) => triggers.flatMap(({ index, trigger }) => trigger.if !== undefined && !compiled.has(trigger) ? [{ flow: { manifestPath }, trigger, index }] : []));
    if (pending.length === 0)
        return [];
    const { compileCondition } = await Promise.all(/* import() */[__nccwpck_require__.e(2088), __nccwpck_require__.e(9356), __nccwpck_require__.e(2290)]).then(__nccwpck_require__.bind(__nccwpck_require__, 62290));
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
/* harmony export */   Pb: () => (/* binding */ relativeInMessage),
/* harmony export */   bI: () => (/* binding */ isTable),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports FlowManifestError, formatDiagnostic */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(76760);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(99416);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(75270);



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
function formatDiagnostic(diagnostic, options = {}) {
    let where = diagnostic.file;
    if (options.baseDir !== undefined) {
        where = relative(options.baseDir, diagnostic.file).split(sep).join("/") || diagnostic.file;
    }
    if (diagnostic.line !== undefined) {
        where += `:${diagnostic.line}`;
        if (diagnostic.column !== undefined)
            where += `:${diagnostic.column}`;
    }
    return `${where}: ${diagnostic.severity}: ${relativeInMessage(diagnostic.message, options.baseDir)}`;
}
function relativeInMessage(message, baseDir) {
    if (!baseDir || (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(baseDir) === baseDir)
        return message;
    const base = baseDir.endsWith(node_path__WEBPACK_IMPORTED_MODULE_0__.sep) ? baseDir : baseDir + node_path__WEBPACK_IMPORTED_MODULE_0__.sep;
    let at = message.indexOf(base);
    if (at < 0)
        return message;
    let shown = "";
    let from = 0;
    while (at >= 0) {
        const before = at === 0 ? " " : message[at - 1];
        const next = at + base.length;
        if (/[\s(]/.test(before ?? "") && next < message.length && !/\s/.test(message[next] ?? " ")) {
            shown += message.slice(from, at);
            from = next;
        }
        at = message.indexOf(base, next);
    }
    return shown + message.slice(from);
}
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
        return "a table";
    }
    return typeof value;
}
function isTable(value) {
    return (typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date));
}
function formatBytes(bytes) {
    if (bytes >= 1024 * 1024)
        return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
    if (bytes >= 1024)
        return `${Math.round(bytes / 1024)} KiB`;
    return `${bytes} bytes`;
}


/***/ }),

/***/ 45763:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nE: () => (/* binding */ discoverFlows),
  Bj: () => (/* binding */ loadDeferredFlows)
});

// UNUSED EXPORTS: DEFAULT_FLOW_ROOTS, DEFER_ABOVE, checkDiscoverFlowsOptions

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./.build/flows/condition.js + 1 modules
var condition = __nccwpck_require__(19860);
// EXTERNAL MODULE: ./.build/flows/hidden-name.js
var hidden_name = __nccwpck_require__(88612);
// EXTERNAL MODULE: ./.build/flows/match.js + 1 modules
var match = __nccwpck_require__(65066);
// EXTERNAL MODULE: ./.build/did-you-mean.js
var did_you_mean = __nccwpck_require__(31363);
;// CONCATENATED MODULE: ./.build/events/workflow-event-names.js
const WORKFLOW_EVENT_NAMES = [
    "branch_protection_rule", "check_run", "check_suite", "create", "delete", "deployment", "deployment_status",
    "discussion", "discussion_comment", "dynamic", "fork", "gollum", "image_version", "issue_comment", "issues", "label",
    "merge_group", "milestone", "page_build", "project", "project_card", "project_column", "public", "pull_request",
    "pull_request_review", "pull_request_review_comment", "pull_request_review_thread", "pull_request_target", "push",
    "registry_package", "package", "release", "repository_dispatch", "schedule", "status", "watch", "workflow_call",
    "workflow_dispatch", "workflow_job", "workflow_run",
];

;// CONCATENATED MODULE: ./.build/generated/github-event-actions.js
const GITHUB_EVENT_ACTIONS = {
    branch_protection_configuration: ["disabled", "enabled"],
    branch_protection_rule: ["created", "deleted", "edited"],
    check_run: ["completed", "created", "requested_action", "rerequested"],
    check_suite: ["completed", "requested", "rerequested"],
    code_scanning_alert: ["appeared_in_branch", "closed_by_user", "created", "fixed", "reopened", "reopened_by_user"],
    commit_comment: ["created"],
    create: [],
    custom_property: ["created", "deleted", "promote_to_enterprise", "updated"],
    custom_property_values: ["updated"],
    delete: [],
    dependabot_alert: ["auto_dismissed", "auto_reopened", "created", "dismissed", "fixed", "reintroduced", "reopened"],
    deploy_key: ["created", "deleted"],
    deployment: ["created"],
    deployment_protection_rule: ["requested"],
    deployment_review: ["approved", "rejected", "requested"],
    deployment_status: ["created"],
    discussion: ["answered", "category_changed", "closed", "created", "deleted", "edited", "labeled", "locked", "pinned", "reopened", "transferred", "unanswered", "unlabeled", "unlocked", "unpinned"],
    discussion_comment: ["created", "deleted", "edited"],
    fork: [],
    github_app_authorization: ["revoked"],
    gollum: [],
    installation: ["created", "deleted", "new_permissions_accepted", "suspend", "unsuspend"],
    installation_repositories: ["added", "removed"],
    installation_target: ["renamed"],
    issue_comment: ["created", "deleted", "edited"],
    issue_dependencies: ["blocked_by_added", "blocked_by_removed", "blocking_added", "blocking_removed"],
    issues: ["assigned", "closed", "deleted", "demilestoned", "edited", "labeled", "locked", "milestoned", "opened", "pinned", "reopened", "transferred", "typed", "unassigned", "unlabeled", "unlocked", "unpinned", "untyped"],
    label: ["created", "deleted", "edited"],
    marketplace_purchase: ["cancelled", "changed", "pending_change", "pending_change_cancelled", "purchased"],
    member: ["added", "edited", "removed"],
    membership: ["added", "removed"],
    merge_group: ["checks_requested", "destroyed"],
    meta: ["deleted"],
    milestone: ["closed", "created", "deleted", "edited", "opened"],
    org_block: ["blocked", "unblocked"],
    organization: ["deleted", "member_added", "member_invited", "member_removed", "renamed"],
    package: ["published", "updated"],
    page_build: [],
    personal_access_token_request: ["approved", "cancelled", "created", "denied"],
    ping: [],
    project: ["closed", "created", "deleted", "edited", "reopened"],
    project_card: ["converted", "created", "deleted", "edited", "moved"],
    project_column: ["created", "deleted", "edited", "moved"],
    projects_v2: ["closed", "created", "deleted", "edited", "reopened"],
    projects_v2_item: ["archived", "converted", "created", "deleted", "edited", "reordered", "restored"],
    projects_v2_status_update: ["created", "deleted", "edited"],
    public: [],
    pull_request: ["assigned", "auto_merge_disabled", "auto_merge_enabled", "closed", "converted_to_draft", "demilestoned", "dequeued", "edited", "enqueued", "labeled", "locked", "milestoned", "opened", "ready_for_review", "reopened", "review_request_removed", "review_requested", "synchronize", "unassigned", "unlabeled", "unlocked"],
    pull_request_review: ["dismissed", "edited", "submitted"],
    pull_request_review_comment: ["created", "deleted", "edited"],
    pull_request_review_thread: ["resolved", "unresolved"],
    push: [],
    registry_package: ["published", "updated"],
    release: ["created", "deleted", "edited", "prereleased", "published", "released", "unpublished"],
    repository: ["archived", "created", "deleted", "edited", "privatized", "publicized", "renamed", "transferred", "unarchived"],
    repository_advisory: ["published", "reported"],
    repository_dispatch: ["sample.collected"],
    repository_import: [],
    repository_ruleset: ["created", "deleted", "edited"],
    repository_vulnerability_alert: ["create", "dismiss", "reopen", "resolve"],
    secret_scanning_alert: ["assigned", "created", "publicly_leaked", "reopened", "resolved", "unassigned", "validated"],
    secret_scanning_alert_location: ["created"],
    secret_scanning_scan: ["completed"],
    security_advisory: ["published", "updated", "withdrawn"],
    security_and_analysis: [],
    sponsorship: ["cancelled", "created", "edited", "pending_cancellation", "pending_tier_change", "tier_changed"],
    star: ["created", "deleted"],
    status: [],
    sub_issues: ["parent_issue_added", "parent_issue_removed", "sub_issue_added", "sub_issue_removed"],
    team: ["added_to_repository", "created", "deleted", "edited", "removed_from_repository"],
    team_add: [],
    watch: ["started"],
    workflow_dispatch: [],
    workflow_job: ["completed", "in_progress", "queued", "waiting"],
    workflow_run: ["completed", "in_progress", "requested"],
};

// EXTERNAL MODULE: ./.build/flows/glob.js
var glob = __nccwpck_require__(42184);
;// CONCATENATED MODULE: ./.build/flows/trigger-type.js




function actionsOf(event) {
    if (event === "repository_dispatch")
        return "any";
    if (event === "pull_request_target")
        return GITHUB_EVENT_ACTIONS.pull_request;
    if (event === "schedule" || event === "workflow_call" || event === "dynamic")
        return [];
    return Object.hasOwn(GITHUB_EVENT_ACTIONS, event) ? GITHUB_EVENT_ACTIONS[event] : undefined;
}
function exampleAction(actions) {
    return ["published", "opened", "created", "completed", "submitted"].find((action) => actions.includes(action)) ?? actions[0];
}
const GLOB = /[*?[]/;
function actionMatches(pattern, action) {
    try {
        return (0,glob/* globMatches */.mw)(pattern, action);
    }
    catch {
        return pattern === action;
    }
}
const meantNames = new Map();
const MEANT_NAMES_KEPT = 1000;
function meantEventName(event) {
    const known = meantNames.get(event);
    if (known)
        return known;
    const normal = event.toLowerCase().replace(/-/g, "_");
    const sameName = WORKFLOW_EVENT_NAMES.includes(normal);
    const meant = sameName ? normal : (0,did_you_mean/* closest */.k)(event, WORKFLOW_EVENT_NAMES);
    const answer = meant === undefined ? {} : { meant, sameName };
    if (meantNames.size < MEANT_NAMES_KEPT)
        meantNames.set(event, answer);
    return answer;
}
function suggestedAction(event, action) {
    const actions = actionsOf(event);
    if (action === undefined)
        return Array.isArray(actions) && actions.length > 0 ? `.${exampleAction(actions)}` : "";
    if (actions === "any" || actions === undefined)
        return `.${action}`;
    if (actions.some((known) => actionMatches(action, known)))
        return `.${action}`;
    const meant = GLOB.test(action) ? undefined : (0,did_you_mean/* closest */.k)(action, actions);
    return meant === undefined ? undefined : `.${meant}`;
}
function githubTypeProblem(type, field) {
    const dot = type.indexOf(".");
    const event = dot < 0 ? type : type.slice(0, dot);
    const action = dot < 0 ? undefined : type.slice(dot + 1);
    if (event === "" || GLOB.test(event) || type.trim() !== type)
        return undefined;
    const shown = `${field} ${JSON.stringify(type)}`;
    if (!WORKFLOW_EVENT_NAMES.includes(event)) {
        const { meant, sameName } = meantEventName(event);
        if (meant === undefined)
            return undefined;
        const withAction = suggestedAction(meant, action) ?? (sameName && action !== undefined ? `.${action}` : undefined);
        if (withAction === undefined)
            return undefined;
        return (`${shown} matches no GitHub event: "${event}" is not a GitHub event name. Did you mean "${meant}${withAction}"? ` +
            "(A type of your own FlowEvents may be anything; then leave it.)");
    }
    const actions = actionsOf(event);
    if (actions === undefined || actions === "any")
        return undefined;
    if (action === undefined) {
        if (actions.length === 0)
            return undefined;
        return (`${shown} matches no GitHub event: ${event} events always carry an action, and their type is ${event}.<action>. ` +
            `Write "${event}.${exampleAction(actions)}" (or another of ${actions.join(", ")}), or "${event}.*" for every action.`);
    }
    if (actions.length === 0) {
        return `${shown} matches no GitHub event: ${event} events carry no action, and their type is "${event}". Write "${event}".`;
    }
    if (actions.includes(action) || actions.some((known) => actionMatches(action, known)))
        return undefined;
    const meant = GLOB.test(action)
        ? undefined
        : ((0,did_you_mean/* closest */.k)(action, actions) ?? (action.length >= 3 ? actions.find((known) => known.startsWith(action.toLowerCase())) : undefined));
    return (`${shown} matches no GitHub event: GitHub's ${event} events carry the actions ${actions.join(", ")}.` +
        `${meant ? ` Did you mean "${event}.${meant}"?` : ""} Write one of them, or "${event}.*" for every action.`);
}

;// CONCATENATED MODULE: ./.build/flows/deferred.js


const TABLE_HEADER = /^\s*\[/;
const NAME_LINE = /^\s*name\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
const TYPE_KEY = /^\s*type\s*=/;
const TYPE_LINE = /^\s*type\s*=\s*"([^"\\]*)"\s*(#.*)?$/;
const UNFOLLOWED_TYPE = /["']type["']\s*=|[{,]\s*type\s*=/;
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
    return deferred.types.some((type) => (0,match/* typeMatches */.y$)(type, eventType));
}
function hasDoubtfulType(deferred) {
    return deferred.types.some(isDoubtful);
}
const doubtfulTypes = new Map();
function isDoubtful(type) {
    let doubtful = doubtfulTypes.get(type);
    if (doubtful === undefined) {
        doubtful = type.trim() !== type || githubTypeProblem(type, "type") !== undefined;
        if (doubtfulTypes.size < 1000)
            doubtfulTypes.set(type, doubtful);
    }
    return doubtful;
}

// EXTERNAL MODULE: ./.build/node_modules/smol-toml/dist/index.js + 7 modules
var dist = __nccwpck_require__(37804);
// EXTERNAL MODULE: ./.build/library-arguments.js
var library_arguments = __nccwpck_require__(67724);
// EXTERNAL MODULE: ./.build/flows/file-problem.js
var file_problem = __nccwpck_require__(84186);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __nccwpck_require__(61557);
// EXTERNAL MODULE: ./.build/flows/diagnostics.js
var diagnostics = __nccwpck_require__(50156);
;// CONCATENATED MODULE: ./.build/flows/manifest-report.js
function fieldName(path) {
    return path
        .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
        .join("");
}
const MAX_MANIFEST_PROBLEMS = 5_000;
class ManifestReport {
    file;
    locator;
    problems = [];
    omitted = { errors: 0, warnings: 0 };
    errors = 0;
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
        return this.errors;
    }
    push(problem) {
        if (!this.room(problem.severity))
            return;
        this.problems.push(problem);
    }
    add(severity, path, message) {
        if (!this.room(severity))
            return;
        const position = this.locator.locate(path) ?? { line: 1, column: 1 };
        const problem = { severity, file: this.file, message };
        problem.line = position.line;
        problem.column = position.column;
        this.problems.push(problem);
    }
    room(severity) {
        if (severity === "error")
            this.errors++;
        if (this.problems.length < MAX_MANIFEST_PROBLEMS)
            return true;
        if (severity === "error")
            this.omitted.errors++;
        else
            this.omitted.warnings++;
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/flows/manifest-paths.js




const repositoryCache = new Map();
function forgetRepositories() {
    repositoryCache.clear();
}
function packageBounds(root) {
    const repository = repositoryOf((0,external_node_path_.dirname)(root)) ?? (0,external_node_path_.dirname)((0,external_node_path_.dirname)(root));
    return { root, realRoot: real(root) ?? root, repository, realRepository: real(repository) ?? repository };
}
function repositoryOf(dir) {
    const cached = repositoryCache.get(dir);
    if (cached !== undefined)
        return cached || undefined;
    const found = holdsGit(dir) ? dir : (0,external_node_path_.dirname)(dir) === dir ? undefined : repositoryOf((0,external_node_path_.dirname)(dir));
    repositoryCache.set(dir, found ?? "");
    return found;
}
function holdsGit(dir) {
    try {
        const info = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(dir, ".git"), { throwIfNoEntry: false });
        return info !== undefined && (info.isDirectory() || info.isFile());
    }
    catch {
        return false;
    }
}
function packageOutside(bounds) {
    if (isInside(bounds.realRoot, bounds.realRepository))
        return undefined;
    return (`the package folder ${bounds.root} is a symbolic link to ${bounds.realRoot}, outside the repository (${bounds.realRepository}). ` +
        "Copy the package into the repository instead of linking to it.");
}
function isInside(path, folder) {
    const rel = (0,external_node_path_.relative)(folder, path);
    return rel === "" || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== ".." && !(0,external_node_path_.isAbsolute)(rel));
}
function real(path) {
    try {
        return external_node_fs_.realpathSync.native(path);
    }
    catch {
        return undefined;
    }
}
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
    const link = kind === "missing" ? brokenLink(absolute) : undefined;
    if (link !== undefined) {
        report.error(path, `${field} "${value}" is ${link}; expected a ${expected}. Point the link at the ${expected}, or replace it with the ${expected}.`);
        return undefined;
    }
    if (kind === "missing") {
        report.error(path, `${field} "${value}" does not exist (looked for ${absolute}); expected a ${expected}. ` +
            (writtenFromRepository(value, root, bounds.repository, expected) ??
                nearMiss(report, value, absolute, String(path[path.length - 1])) ??
                `Create the ${expected} or fix the path (it is relative to the package folder).`));
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
function writtenFromRepository(value, root, repository, expected) {
    const prefix = (0,external_node_path_.relative)(repository, root).split(external_node_path_.sep).join("/");
    if (prefix === "" || prefix.startsWith("..") || (0,external_node_path_.isAbsolute)(prefix))
        return undefined;
    const written = value.replace(/^(\.\/)+/, "");
    if (!written.startsWith(`${prefix}/`))
        return undefined;
    const rest = written.slice(prefix.length + 1);
    if (rest === "" || kindOf((0,external_node_path_.resolve)(root, rest)) !== expected)
        return undefined;
    return `Paths in flow.toml are relative to the package folder (${prefix}), not to the repository: write "${rest}".`;
}
const PATH_EXAMPLES = { script: '"exec/step.ts"', schema: '"schemas/trigger.json"', cwd: '"../.." (the repository root)' };
const nearMissSearches = new WeakMap();
const NEAR_MISSES_PER_MANIFEST = 20;
function nearMiss(report, value, absolute, key) {
    if (value.includes("\\")) {
        const slashed = value.replace(/\\/g, "/");
        return `Write it with / as the separator: "${slashed}" (a \\ is part of the name on Linux and macOS).`;
    }
    const example = PATH_EXAMPLES[key] ?? PATH_EXAMPLES.script;
    if (/^[a-z][a-z0-9+.-]+:/i.test(value)) {
        return `It is read as a path in the package, not a URL: nothing is downloaded. Put the file in the package folder and write its path, e.g. ${example}.`;
    }
    if (value === "~" || value.startsWith("~/")) {
        return `~ is not the home folder here: the path is relative to the package folder. Write it from there, e.g. ${example}.`;
    }
    const searches = nearMissSearches.get(report) ?? { left: NEAR_MISSES_PER_MANIFEST, listings: new Map() };
    nearMissSearches.set(report, searches);
    if (searches.left <= 0)
        return undefined;
    searches.left -= 1;
    const folder = (0,external_node_path_.dirname)(absolute);
    if (!searches.listings.has(folder))
        searches.listings.set(folder, listing(folder));
    const names = searches.listings.get(folder);
    if (names === undefined)
        return undefined;
    const wanted = (0,external_node_path_.basename)(absolute);
    const written = (name) => `"${value.slice(0, value.length - wanted.length)}${name}"`;
    const found = names.find((name) => name !== wanted && name.toLowerCase() === wanted.toLowerCase());
    if (found === undefined) {
        const typo = (0,did_you_mean/* closest */.k)(wanted, names);
        if (typo === undefined || !value.endsWith(wanted))
            return undefined;
        return `There is ${typo} beside it: did you mean ${written(typo)}? Fix the path, or create the file.`;
    }
    const fix = value.endsWith(wanted) ? `Write ${written(found)}.` : "Match the name's case.";
    return `There is ${found} beside it: names are case-sensitive on Linux, where GitHub's runners run. ${fix}`;
}
function listing(folder) {
    try {
        return (0,external_node_fs_.readdirSync)(folder);
    }
    catch {
        return undefined;
    }
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
function brokenLink(path) {
    try {
        if (!(0,external_node_fs_.lstatSync)(path).isSymbolicLink())
            return undefined;
    }
    catch {
        return undefined;
    }
    let loop;
    try {
        (0,external_node_fs_.statSync)(path);
        return undefined;
    }
    catch (error) {
        loop = error.code === "ELOOP";
    }
    let to = "";
    try {
        to = (0,external_node_fs_.readlinkSync)(path);
    }
    catch {
    }
    return `a symbolic link${to === "" ? "" : ` to "${to}"`}, which ${loop ? "leads back to itself (a loop)" : "does not exist"}`;
}

;// CONCATENATED MODULE: ./.build/flows/manifest-file.js






const MAX_MANIFEST_BYTES = 512 * 1024;
function manifest_file_readManifestText(manifestPath) {
    let read;
    try {
        read = (0,fs_safe/* readRegularText */.Aj)(manifestPath, MAX_MANIFEST_BYTES, { followLinks: true });
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR" || code === "ELOOP")
            return { missing: true };
        const { problem, hint } = (0,file_problem/* fileProblem */.W)(manifestPath, code, "file");
        return { problem: `flow.toml ${problem}. ${hint}` };
    }
    if (read.kind === "missing")
        return { missing: true };
    if (read.kind === "refused" && read.reason.startsWith("is a symbolic link"))
        return { missing: true };
    if (read.kind === "refused") {
        const size = read.identity?.size ?? 0;
        return {
            problem: read.reason.startsWith("is larger")
                ? `flow.toml is ${(0,diagnostics/* formatBytes */.z3)(Math.max(size, MAX_MANIFEST_BYTES + 1))}; a flow.toml may be at most ${(0,diagnostics/* formatBytes */.z3)(MAX_MANIFEST_BYTES)}. ` +
                    "It names steps and triggers: keep data in the package's own files."
                : `flow.toml ${read.reason}. Replace it with the package's manifest, a plain TOML file.`,
        };
    }
    const outside = linkedOutside(manifestPath);
    return outside === undefined ? { text: read.text } : { problem: outside };
}
function linkedOutside(manifestPath) {
    let target;
    try {
        if (!(0,external_node_fs_.lstatSync)(manifestPath).isSymbolicLink())
            return undefined;
        target = external_node_fs_.realpathSync.native(manifestPath);
    }
    catch {
        return undefined;
    }
    const bounds = packageBounds((0,external_node_path_.dirname)(manifestPath));
    if (isInside(target, bounds.realRepository) || packageOutside(bounds) !== undefined)
        return undefined;
    return (`flow.toml is a symbolic link to ${target}, outside the repository (${bounds.realRepository}). ` +
        "Copy the manifest into the repository instead of linking to it.");
}

;// CONCATENATED MODULE: ./.build/generated/validators/flow.js

const validateFlow = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json", "title": "FlowManifest", "description": "flow.toml: the manifest of a flow package (a folder with flow.toml, schemas/ and exec/ scripts). Point editors at this schema with a first line `#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json` (Taplo / Even Better TOML).", "type": "object", "required": ["name", "version", "steps"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Schema for editors (ignored by flows-action)." }, "name": { "$ref": "#/definitions/name", "description": "The flow's name: unique among the packages of a repository (the first package found wins)." }, "version": { "type": "number", "description": "The flow's version, a finite number (e.g. 1). Shown in run views as flowVersion." }, "description": { "type": "string", "description": "One line about what the flow does." }, "config": { "type": "object", "description": "Free-form settings, passed to every step as flow.config.", "tsType": "Record<string, unknown>" }, "guidance": { "type": "object", "additionalProperties": false, "properties": { "skills": { "type": "array", "items": { "type": "string" }, "description": "Skills a Code Mode step should load." } } }, "steps": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/step" }, "description": "The steps, one [[steps]] section each." } }, "definitions": { "name": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$", "description": "A name: 1 to 200 characters, not only spaces, no control characters (no tabs, newlines or NUL)." }, "path": { "type": "string", "minLength": 1, "maxLength": 4096, "pattern": "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$", "description": "A relative path, resolved from the package folder." }, "step": { "type": "object", "required": ["name", "runner", "script"], "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/name", "description": "The step's name, unique within the flow." }, "runner": { "type": "string", "enum": ["bun", "code-mode"], "description": "bun: run `bun <script>`; code-mode: run through Codex (gated by CODEX_FLOWS_MODE=code-mode or CODEX_FLOWS_ENABLE_CODE_MODE)." }, "script": { "$ref": "#/definitions/path", "description": "The script, relative to the package folder; it must stay inside the package." }, "cwd": { "$ref": "#/definitions/path", "description": "Working directory, relative to the package folder (default: the package folder). It may go up to the repository root (e.g. \"../..\") but not outside the repository." }, "timeout_ms": { "type": "integer", "exclusiveMinimum": 0, "maximum": 2147483647, "description": "Timeout in milliseconds (default 300000, at most 2147483647: about 24.8 days, the longest timer Node and Bun keep); the step's whole process tree is stopped when it runs past it." }, "trigger": { "$ref": "#/definitions/trigger" } } }, "trigger": { "type": "object", "required": ["type"], "additionalProperties": false, "description": "Which FlowEvents the step reacts to. A step without trigger never matches an event.", "properties": { "type": { "$ref": "#/definitions/name", "description": "The FlowEvent type to match; `*` matches any run of characters (e.g. \"github.release.*\")." }, "schema": { "$ref": "#/definitions/path", "description": "A JSON Schema file for event.payload, relative to the package folder; it must stay inside the package." }, "if": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A condition in GitHub's expression language (as in a workflow's `if:`), checked after type and schema, e.g. \"startsWith(event.payload.tag, 'rust-v')\". `${{ }}` around it is optional." } } } } };
const schema12 = { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$", "description": "A name: 1 to 200 characters, not only spaces, no control characters (no tabs, newlines or NUL)." };
const pattern0 = new RegExp("^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$", "u");
const schema13 = { "type": "object", "required": ["name", "runner", "script"], "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/name", "description": "The step's name, unique within the flow." }, "runner": { "type": "string", "enum": ["bun", "code-mode"], "description": "bun: run `bun <script>`; code-mode: run through Codex (gated by CODEX_FLOWS_MODE=code-mode or CODEX_FLOWS_ENABLE_CODE_MODE)." }, "script": { "$ref": "#/definitions/path", "description": "The script, relative to the package folder; it must stay inside the package." }, "cwd": { "$ref": "#/definitions/path", "description": "Working directory, relative to the package folder (default: the package folder). It may go up to the repository root (e.g. \"../..\") but not outside the repository." }, "timeout_ms": { "type": "integer", "exclusiveMinimum": 0, "maximum": 2147483647, "description": "Timeout in milliseconds (default 300000, at most 2147483647: about 24.8 days, the longest timer Node and Bun keep); the step's whole process tree is stopped when it runs past it." }, "trigger": { "$ref": "#/definitions/trigger" } } };
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
                    const err4 = { instancePath: instancePath + "/type", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$" + "\"" };
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
                    const err6 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$" + "\"" };
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
                if (data4 > 2147483647 || isNaN(data4)) {
                    const err19 = { instancePath: instancePath + "/timeout_ms", schemaPath: "#/properties/timeout_ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 2147483647 }, message: "must be <= 2147483647" };
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
                if (vErrors === null) {
                    vErrors = validate12.errors;
                }
                else {
                    for (const calledError of validate12.errors) {
                        vErrors.push(calledError);
                    }
                }
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
    ;
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
                    const err7 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$" + "\"" };
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
                        if (vErrors === null) {
                            vErrors = validate11.errors;
                        }
                        else {
                            for (const calledError of validate11.errors) {
                                vErrors.push(calledError);
                            }
                        }
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

// EXTERNAL MODULE: ./.build/generated/flow-schema.js
var flow_schema = __nccwpck_require__(94044);
;// CONCATENATED MODULE: ./.build/flows/manifest-defaults.js
const DEFAULT_TIMEOUT_MS = 300_000;
const MAX_TIMEOUT_MS = 2_147_483_647;

;// CONCATENATED MODULE: ./.build/flows/manifest-messages.js





const definitions = flow_schema/* flowSchema */.q.definitions;
const NAME_MAX = definitions.name.maxLength;
const PATH_MAX = definitions.path.maxLength;
const CONDITION_MAX = definitions.trigger.properties.if.maxLength;
const NAME_LIMITS = { max: NAME_MAX, refused: /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/, what: "names" };
const PATH_LIMITS = { max: PATH_MAX, refused: /[\u0000-\u001f]/, what: "paths" };
const CONDITION_LIMITS = { max: CONDITION_MAX, what: "conditions" };
const KNOWN_KEYS = {
    "": Object.keys(flow_schema/* flowSchema */.q.properties).filter((key) => key !== "$schema"),
    guidance: Object.keys(flow_schema/* flowSchema */.q.properties.guidance.properties),
    "steps[]": Object.keys(definitions.step.properties),
    "steps[].trigger": Object.keys(definitions.trigger.properties),
};
const ADD_STEP = "Add a [[steps]] section with name, runner and script.";
const ADD_FIRST_STEP = 'Add a [[steps]] section at the end of flow.toml: a line [[steps]], then the lines name = "build", runner = "bun" and script = "exec/build.ts" (its path in the package).';
function genericPath(path) {
    return path.map((part, i) => (typeof part === "number" ? "[]" : i === 0 ? part : `.${part}`)).join("");
}
const PLACES = {
    "": "at the top of flow.toml, above the first [[steps]] section",
    guidance: "in the [guidance] section",
    "steps[]": "in a step's [[steps]] section, above its [steps.trigger]",
    "steps[].trigger": "in a step's [steps.trigger] section, right after its [[steps]] section",
};
const LOST = {
    trigger: "so no step gets this trigger",
    type: "so no trigger gets this type",
    schema: "so no trigger checks the payload against this schema",
    if: "so no trigger is limited by this condition",
};
const TYPO_LOST = {
    trigger: "Until it is fixed this step has no trigger, so no event runs it",
    schema: "Until it is fixed the trigger checks no schema, so every payload of its type matches",
    if: "Until it is fixed the trigger has no condition, so every event of its type matches",
    timeout_ms: `Until it is fixed the step gets the default timeout (${DEFAULT_TIMEOUT_MS} ms)`,
    cwd: "Until it is fixed the step runs in the package folder",
    config: "Until it is fixed the steps get no flow.config",
};
function unknownKeyMessage(tablePath, key, siblings = []) {
    const table = genericPath(tablePath);
    const where = tablePath.length === 0 ? "at the top level" : `in ${fieldName(tablePath)}`;
    const home = Object.keys(KNOWN_KEYS).find((other) => other !== table && KNOWN_KEYS[other]?.includes(key));
    if (home !== undefined && key !== "name") {
        const lost = LOST[key] ? `, ${LOST[key]}` : "";
        const fix = key === "trigger"
            ? "a trigger belongs to a step. Write it as [steps.trigger] right after that step's [[steps]] section."
            : `${key} belongs ${PLACES[home]}. Move it there.`;
        return `unknown key "${key}" ${where} is ignored${lost}: ${fix}`;
    }
    const known = KNOWN_KEYS[table] ?? [];
    const expected = known.length > 0 ? `; expected one of ${known.join(", ")}` : "";
    const typo = key.length <= 64 ? ((0,did_you_mean/* closest */.k)(key, known) ?? (key.length >= 4 ? known.find((name) => name.startsWith(key)) : undefined)) : undefined;
    const lost = typo !== undefined && !siblings.includes(typo) ? TYPO_LOST[typo] : undefined;
    const fix = typo === undefined
        ? "Remove it or fix its spelling."
        : lost
            ? `Did you mean "${typo}"? ${lost}: fix its spelling.`
            : `Did you mean "${typo}"? Fix its spelling or remove it.`;
    return `unknown key "${key}" ${where} is ignored${expected}. ${fix}`;
}
const NAME_RULE = `a non-empty string of at most ${NAME_MAX} characters, not only spaces, without control characters`;
const PATH_RULE = `a non-empty string of at most ${PATH_MAX} characters, not only spaces, with no character below U+0020 (tab, newline, NUL)`;
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
        wrong: runnerFix,
    },
    "steps[].script": {
        expected: PATH_RULE,
        missing: 'Add script = "exec/step.ts".',
        wrong: quoted('script = "exec/step.ts"', PATH_LIMITS),
    },
    "steps[].cwd": { expected: PATH_RULE, wrong: quoted('cwd = "."', PATH_LIMITS) },
    "steps[].timeout_ms": {
        expected: `a positive whole number of milliseconds, at most ${MAX_TIMEOUT_MS}`,
        wrong: (value) => typeof value === "number" && value > MAX_TIMEOUT_MS
            ?
                `A step's timer can run at most ${MAX_TIMEOUT_MS} ms (about 24.8 days, the longest timer Node and Bun keep). ` +
                    `Write a smaller value, or remove it to use the default (${DEFAULT_TIMEOUT_MS}).`
            : `${typeof value === "string" ? "Write it without quotes" : "Write e.g. timeout_ms = 600000"}, ` +
                `or remove it to use the default (${DEFAULT_TIMEOUT_MS}).`,
    },
    "steps[].trigger": {
        expected: "a table",
        wrong: (value) => typeof value === "string"
            ? `Write it as a [steps.trigger] section right after its [[steps]] section, holding type = ${JSON.stringify(value)}.`
            : Array.isArray(value)
                ? "A step has one trigger: write its header with single brackets, [steps.trigger], not [[steps.trigger]]."
                : "Write it as a [steps.trigger] section right after its [[steps]] section.",
    },
    "steps[].trigger.type": {
        expected: NAME_RULE,
        missing: 'Add type = "upstream.release".',
        wrong: (value) => (Array.isArray(value) ? severalTypesFix(value) : quoted('type = "upstream.release"', NAME_LIMITS)(value)),
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
function severalTypesFix(value) {
    const first = value.find((item) => typeof item === "string" && item.trim() !== "");
    const example = first !== undefined && first.length <= NAME_MAX ? JSON.stringify(first) : '"upstream.release"';
    return (`A trigger matches one type: write one in quotes, e.g. type = ${example}. For several events, ` +
        'use a wildcard that covers them ("pull_request.*") or give each type its own step (each [[steps]] section has one trigger).');
}
const RUNNERS = ["bun", "code-mode"];
const OTHER_RUNTIMES = /^(node|nodejs|deno|tsx|ts-node|typescript|ts|javascript|js|npm|npx|bunx|shell|sh|bash)$/i;
function runnerFix(value) {
    if (typeof value !== "string")
        return 'Write it in quotes, e.g. runner = "bun".';
    const written = value.trim();
    const meant = RUNNERS.find((runner) => runner === written.toLowerCase().replace(/[_ ]/g, "-")) ?? (0,did_you_mean/* closest */.k)(written, RUNNERS);
    if (meant !== undefined)
        return `Did you mean "${meant}"? Write runner = "${meant}".`;
    if (OTHER_RUNTIMES.test(written)) {
        return 'Steps run with Bun, which runs TypeScript and JavaScript written for Node: write runner = "bun".';
    }
    return "Change runner to one of those.";
}
function emptyStepMessage(index) {
    return (`steps[${index}] is an empty [[steps]] section; a step needs name, runner and script. ` +
        'Add them below the header (e.g. name = "build", runner = "bun", script = "exec/build.ts"), or remove the header.');
}
const EMPTY_MANIFEST = "flow.toml is empty; expected a flow's name, version and steps. " +
    'Write name = "my-flow" and version = 1 at the top, then a [[steps]] section with name, runner and script.';
function missingMessage(path, misspelt) {
    const rule = RULES[genericPath(path)];
    const field = fieldName(path);
    const key = String(path[path.length - 1]);
    const fix = (add) => misspelt ? `Rename "${misspelt.key}"${misspelt.line === undefined ? "" : ` (line ${misspelt.line})`} to ${key}.` : add;
    if (genericPath(path) === "steps")
        return `steps is missing; expected at least one [[steps]] section. ${fix(ADD_FIRST_STEP)}`;
    if (!rule)
        return `${field} is missing. ${fix("Add it.")}`;
    return `${field} is missing; expected ${rule.expected}. ${fix(rule.missing ?? "Add it.")}`;
}
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




const TOML_DATE = Symbol("TOML date");
function checkManifestSchema(report, document) {
    const failed = new Set();
    if (validateFlow(schemaView(document)))
        return failed;
    if (Object.keys(document).length === 0) {
        report.push({ severity: "error", file: report.file, line: 1, column: 1, message: EMPTY_MANIFEST });
        for (const key of ["name", "version", "steps"])
            failed.add(pathKey([key]));
        return failed;
    }
    const errors = validateFlow.errors ?? [];
    const emptySteps = new Set();
    if (Array.isArray(document.steps)) {
        document.steps.forEach((step, index) => {
            if (!(0,diagnostics/* isTable */.bI)(step) || Object.keys(step).length > 0)
                return;
            emptySteps.add(`/steps/${index}`);
            report.error(["steps", index], emptyStepMessage(index));
        });
    }
    const renames = new Map();
    for (const error of errors) {
        if (error.keyword !== "required" || emptySteps.has(error.instancePath))
            continue;
        const base = pathOf(error.instancePath);
        const missing = String(error.params.missingProperty);
        const table = valueAt(document, base);
        const misspelt = (0,diagnostics/* isTable */.bI)(table) ? Object.keys(table).find((name) => name !== missing && (0,did_you_mean/* closest */.k)(name, [missing]) === missing) : undefined;
        if (misspelt !== undefined)
            renames.set(pathKey([...base, missing]), misspelt);
    }
    const renamed = new Set([...renames].map(([path, misspelt]) => pathKey([...JSON.parse(path).slice(0, -1), misspelt])));
    const reported = new Set();
    for (const error of errors) {
        if (emptySteps.has(error.instancePath))
            continue;
        const base = pathOf(error.instancePath);
        if (error.keyword === "additionalProperties") {
            const key = String(error.params.additionalProperty);
            if (renamed.has(pathKey([...base, key])))
                continue;
            const table = valueAt(document, base);
            report.warn([...base, key], unknownKeyMessage(base, key, (0,diagnostics/* isTable */.bI)(table) ? Object.keys(table) : []));
            continue;
        }
        const path = error.keyword === "required" ? [...base, String(error.params.missingProperty)] : base;
        const key = JSON.stringify(path);
        if (reported.has(key))
            continue;
        reported.add(key);
        failed.add(key);
        if (error.keyword === "required") {
            const misspelt = renames.get(key);
            if (misspelt === undefined)
                report.error(path, missingMessage(path));
            else
                report.error([...base, misspelt], missingMessage(path, { key: misspelt, line: undefined }));
        }
        else
            report.error(path, wrongValueMessage(path, valueAt(document, path), error.keyword));
    }
    return failed;
}
function pathKey(path) {
    return JSON.stringify(path);
}
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
;// CONCATENATED MODULE: ./.build/flows/name-collisions.js
function foldName(name) {
    return name.normalize("NFKC").toUpperCase().toLowerCase().normalize("NFKC");
}
function howNamesDiffer(a, b) {
    const kinds = [];
    const normalA = a.normalize("NFKC");
    const normalB = b.normalize("NFKC");
    if (normalA !== a || normalB !== b) {
        if (a.normalize("NFC") === b.normalize("NFC")) {
            kinds.push("Unicode normalisation (one is written composed, NFC, the other decomposed, NFD: they look identical)");
        }
        else {
            const forms = [...new Set([...compatibilityForms(a), ...compatibilityForms(b)])].slice(0, 3);
            kinds.push(`Unicode form (${forms.length > 0 ? forms.join("; ") : "one is not in NFKC form"})`);
        }
    }
    if (normalA !== normalB)
        kinds.push("letter case");
    return `differ only in ${kinds.join(" and ")}`;
}
function compatibilityForms(name) {
    const forms = [];
    for (const char of name.normalize("NFC")) {
        const plain = char.normalize("NFKC");
        if (plain === char)
            continue;
        const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
        forms.push(`"${char}" (U+${code}) is a form of "${plain}"`);
    }
    return forms;
}
function placeText(place, shownPath) {
    return `${shownPath(place.file)}${place.line === undefined ? "" : `:${place.line}`}`;
}
function nameCollisions(places, options) {
    const firstByFold = new Map();
    const problems = [];
    for (const place of places) {
        const fold = foldName(place.name);
        const first = firstByFold.get(fold);
        if (first === undefined) {
            firstByFold.set(fold, place);
            continue;
        }
        if (first.name === place.name)
            continue;
        const problem = {
            severity: "warning",
            file: place.file,
            message: `${options.what} name ${JSON.stringify(place.name)} and ${options.what} name ${JSON.stringify(first.name)} ` +
                `(${placeText(first, options.shownPath)}) ${howNamesDiffer(place.name, first.name)}: ${options.consequence} ` +
                `Rename this ${options.what} (or the other) so the two differ in more than case and Unicode form; ` +
                "names of lower-case ASCII letters, digits and dashes avoid this.",
        };
        if (place.line !== undefined)
            problem.line = place.line;
        if (place.column !== undefined)
            problem.column = place.column;
        problems.push(problem);
    }
    return problems;
}

// EXTERNAL MODULE: ./.build/flows/schema-size.js
var schema_size = __nccwpck_require__(23215);
// EXTERNAL MODULE: ./.build/flows/utf8-check.js
var utf8_check = __nccwpck_require__(25148);
;// CONCATENATED MODULE: ./.build/flows/manifest-steps.js














function readSteps(context, value) {
    if (!Array.isArray(value))
        return undefined;
    const steps = [];
    const firstIndexByName = new Map();
    const firstIndexByFold = new Map();
    for (const [index, entry] of value.entries()) {
        if (!(0,diagnostics/* isTable */.bI)(entry))
            continue;
        const path = ["steps", index];
        const name = entry.name;
        if (typeof name === "string" && !context.failed.has(pathKey([...path, "name"]))) {
            hiddenNameWarning(context.report, [...path, "name"], name);
            const first = firstIndexByName.get(name);
            const fold = foldName(name);
            const firstFolded = firstIndexByFold.get(fold);
            if (first !== undefined) {
                context.report.error([...path, "name"], `${fieldName([...path, "name"])} "${name}" is already used by ${stepPlace(context.report, first)}; ` +
                    "step names must be unique within a flow. Rename one of them.");
            }
            else if (firstFolded !== undefined) {
                const other = value[firstFolded].name;
                const otherLine = context.report.line(["steps", firstFolded, "name"]);
                context.report.warn([...path, "name"], `${fieldName([...path, "name"])} ${JSON.stringify(name)} and ${fieldName(["steps", firstFolded, "name"])} ${JSON.stringify(other)}` +
                    `${otherLine === undefined ? "" : ` (line ${otherLine})`} ` +
                    `${howNamesDiffer(name, other)}: a reader of check runs, the job summary and PR comments cannot tell the two steps apart. ` +
                    "Both run. Rename one of them so the two differ in more than case and Unicode form.");
            }
            if (first === undefined)
                firstIndexByName.set(name, index);
            if (firstFolded === undefined)
                firstIndexByFold.set(fold, index);
        }
        const step = readStep(context, path, entry);
        if (step)
            steps.push(step);
    }
    return steps.length === value.length ? steps : undefined;
}
function hiddenNameWarning(report, path, name) {
    const hidden = (0,hidden_name/* hiddenInName */.jx)(name);
    if (hidden === undefined)
        return;
    const field = path.length === 1 ? "The flow's name" : fieldName(path);
    const rename = hidden.without !== undefined ? `Rename it ${JSON.stringify(hidden.without)}` : "Rename it with letters, digits, - and _";
    report.warn(path, `${field} "${hidden.escaped}" holds ${hidden.codePoints}, an invisible character ${hidden.does}. ` +
        `It ${path.length === 1 ? "loads and runs" : "runs"} as the older runtime ran it, and summaries, check runs and logs show the character escaped. ` +
        `${rename} (flows new refuses such names).`);
}
function stepPlace(report, index) {
    const line = report.line(["steps", index]);
    return `steps[${index}]${line === undefined ? "" : ` (line ${line})`}`;
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
    if (scriptPath !== undefined)
        unrunnableName(report, [...path, "script"], scriptPath);
    const cwd = usable("cwd");
    const cwdPath = table.cwd === undefined
        ? bounds.root
        : cwd === undefined
            ? undefined
            : readPackagePath({ report, path: [...path, "cwd"], value: cwd, root: bounds.root, bounds, expected: "directory", bound: "repository" });
    const read = (0,diagnostics/* isTable */.bI)(table.trigger) ? readTrigger(context, [...path, "trigger"], table.trigger) : undefined;
    if (read?.trigger)
        context.triggers?.push({ index: path[1], trigger: read.trigger });
    const trigger = read?.schemaOk ? read.trigger : undefined;
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
    Object.defineProperty(step, "line", { enumerable: true, configurable: true, get: () => report.line(path) });
    return step;
}
function unrunnableName(report, path, scriptPath) {
    const char = /[?\\]/.exec(scriptPath)?.[0];
    if (char === undefined)
        return;
    const reads = char === "?" ? "the start of a query" : "a path separator";
    report.warn(path, `${fieldName(path)} is at ${JSON.stringify(scriptPath)}, which Bun cannot run: it reads a ${char} in a path as ${reads}, ` +
        `so the step fails with "Module not found" though the file is there. Rename the file (or its folder) without ${char}.`);
}
function readTrigger(context, path, table) {
    const { report, bounds, failed } = context;
    const ok = (key) => typeof table[key] === "string" && !failed.has(pathKey([...path, key]));
    let schemaPath;
    let schemaOk = true;
    if (table.schema !== undefined) {
        if (ok("schema")) {
            const field = [...path, "schema"];
            schemaPath = readPackagePath({ report, path: field, value: table.schema, root: bounds.root, bounds, expected: "file", bound: "package" });
            if (schemaPath && !checkSchemaJson(report, schemaPath, field))
                schemaPath = undefined;
        }
        schemaOk = schemaPath !== undefined;
    }
    if (!ok("type") || (table.if !== undefined && !ok("if")))
        return { schemaOk: false };
    const trigger = { type: table.type };
    if (trigger.type.trim() !== trigger.type) {
        report.warn([...path, "type"], `${fieldName([...path, "type"])} ${JSON.stringify(trigger.type)} has spaces around it, so it matches only events whose type has the same spaces ` +
            `(GitHub's never do). Write ${JSON.stringify(trigger.type.trim())}.`);
    }
    hiddenTypeWarning(report, [...path, "type"], trigger.type);
    const notGitHub = githubTypeProblem(trigger.type, fieldName([...path, "type"]));
    if (notGitHub)
        report.warn([...path, "type"], notGitHub);
    if (schemaPath) {
        trigger.schema = table.schema;
        trigger.schemaPath = schemaPath;
    }
    if (typeof table.if === "string")
        trigger.if = table.if;
    return { trigger, schemaOk };
}
function hiddenTypeWarning(report, path, type) {
    const hidden = (0,hidden_name/* hiddenInName */.jx)(type);
    if (hidden === undefined)
        return;
    const without = (0,hidden_name/* withoutHidden */.P)(type).trim();
    report.warn(path, `${fieldName(path)} "${hidden.escaped}" holds ${hidden.codePoints}, which does not show where the type is printed as it is. ` +
        "Types are compared exactly, so it matches only events whose type holds the same character (GitHub's never do). " +
        (without === "" ? "Write the type with visible characters only." : `Write ${JSON.stringify(without)}.`));
}
const schemaChecks = new WeakMap();
function checkSchemaJson(report, schemaPath, field) {
    const checked = schemaChecks.get(report) ?? new Map();
    schemaChecks.set(report, checked);
    let ok = checked.get(schemaPath);
    if (ok === undefined) {
        ok = readSchemaJson(report, schemaPath, field);
        checked.set(schemaPath, ok);
    }
    return ok;
}
function readSchemaJson(report, schemaPath, field) {
    const from = `(referenced by ${fieldName(field)} in ${report.file})`;
    if (fileSize(schemaPath) > schema_size/* MAX_SCHEMA_BYTES */.Z)
        return true;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(schemaPath, "utf8");
    }
    catch (error) {
        const { problem, hint } = (0,file_problem/* fileProblem */.W)(schemaPath, error.code, "file");
        report.push({ severity: "error", file: schemaPath, message: `schema ${problem} ${from}. ${hint}` });
        return false;
    }
    const notUtf8 = (0,utf8_check/* invalidUtf8 */.tR)(schemaPath, text);
    if (notUtf8) {
        const { line, column } = notUtf8;
        report.push({ severity: "error", file: schemaPath, line, column, message: (0,utf8_check/* invalidUtf8Message */.kC)("schema", notUtf8, "JSON", ` ${from}`) });
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
        report.push(parsed.line === undefined ? problem : { ...problem, line: parsed.line, column: parsed.column });
        return false;
    }
    if (typeof parsed.value !== "boolean" && !(0,diagnostics/* isTable */.bI)(parsed.value)) {
        report.push({
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
function fileSize(path) {
    try {
        return (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        return 0;
    }
}

// EXTERNAL MODULE: ./.build/flows/toml-locator.js
var toml_locator = __nccwpck_require__(92797);
// EXTERNAL MODULE: ./.build/flows/toml-syntax.js
var toml_syntax = __nccwpck_require__(28064);
;// CONCATENATED MODULE: ./.build/flows/manifest.js











async function loadFlowManifest(manifestPath) {
    checkArgument(typeof manifestPath === "string" && manifestPath !== "", "loadFlowManifest", "manifestPath", "the path of a flow.toml, as a string", manifestPath);
    const file = resolve(manifestPath);
    const read = readManifestText(file);
    if ("text" in read)
        return parseFlowManifest(file, read.text);
    const message = "problem" in read ? read.problem : "flow.toml cannot be read (ENOENT). Check that the file exists and is readable.";
    return { problems: [{ severity: "error", file, message }] };
}
function parseFlowManifest(manifestPath, text) {
    const file = (0,external_node_path_.resolve)(manifestPath);
    const root = (0,external_node_path_.dirname)(file);
    const bounds = packageBounds(root);
    const outside = packageOutside(bounds);
    if (outside !== undefined)
        return { problems: [{ severity: "error", file, message: outside }] };
    const notUtf8 = (0,utf8_check/* invalidUtf8 */.tR)(file, text);
    if (notUtf8) {
        const { line, column } = notUtf8;
        return { problems: [{ severity: "error", file, line, column, message: (0,utf8_check/* invalidUtf8Message */.kC)("flow.toml", notUtf8, "TOML") }] };
    }
    text = text.replace(/^\uFEFF/, "");
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        return { problems: [(0,toml_syntax/* tomlSyntaxProblem */.nj)(file, text, error)] };
    }
    const locator = new toml_locator/* TomlLocator */.v(text);
    const report = new ManifestReport(file, locator);
    const failed = checkManifestSchema(report, document);
    if (typeof document.name === "string" && !failed.has(pathKey(["name"])))
        hiddenNameWarning(report, ["name"], document.name);
    const triggers = [];
    const steps = readSteps({ report, bounds, failed, triggers }, document.steps);
    const problems = [...inLineOrder(report.problems, file), ...omittedProblems(report)];
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
    return { flow, problems, namePosition: () => locator.locate(["name"]) };
}
function omittedProblems(report) {
    const { errors, warnings } = report.omitted;
    if (errors + warnings === 0)
        return [];
    const counted = [errors > 0 ? plural(errors, "error") : "", warnings > 0 ? plural(warnings, "warning") : ""].filter(Boolean).join(" and ");
    return [
        {
            severity: errors > 0 ? "error" : "warning",
            file: report.file,
            message: `${counted} more in this flow.toml ${errors + warnings === 1 ? "is" : "are"} not listed: a flow.toml lists at most ${MAX_MANIFEST_PROBLEMS} problems. ` +
                "Fix the ones above (often one mistake repeated, a section written many times) and check the package again.",
        },
    ];
}
function plural(count, noun) {
    return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}
function inLineOrder(problems, manifest) {
    const rank = (problem) => (problem.file === manifest ? 0 : 1e9) + (problem.line ?? 0);
    return [...problems].sort((a, b) => rank(a) - rank(b));
}

// EXTERNAL MODULE: ./.build/flows/roots.js
var roots = __nccwpck_require__(61);
;// CONCATENATED MODULE: ./.build/flows/discovery.js














const DEFER_ABOVE = 100;
function checkDiscoverFlowsOptions(functionName, options) {
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options), functionName, "options", "an options object like { repoRoot: process.cwd() }", options);
    (0,library_arguments/* checkArgument */.s$)(typeof options.repoRoot === "string" && options.repoRoot !== "", functionName, "options.repoRoot", "the repository folder, as a string", options.repoRoot);
    const roots = options.roots;
    (0,library_arguments/* checkArgument */.s$)(roots === undefined || (Array.isArray(roots) && roots.every((root) => typeof root === "string")), functionName, "options.roots", 'an array of folder paths (strings), e.g. ["flows"]', roots);
}
async function discoverFlows(options) {
    checkDiscoverFlowsOptions("discoverFlows", options);
    const problems = [];
    const folders = [];
    const missingRoots = [];
    const seenRoots = new Set();
    const repository = repositoryBounds(options.repoRoot);
    for (const root of options.roots ?? roots/* DEFAULT_FLOW_ROOTS */.B) {
        const absoluteRoot = (0,external_node_path_.resolve)(options.repoRoot, root);
        if (seenRoots.has(absoluteRoot))
            continue;
        seenRoots.add(absoluteRoot);
        const bounds = rootBounds(root, absoluteRoot, repository, problems);
        if (bounds === undefined)
            continue;
        const found = await packageFolders(absoluteRoot, bounds, problems);
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
    const loaded = [];
    const deferred = [];
    const lazy = options.eventType !== undefined && folders.length > (options.deferAbove ?? DEFER_ABOVE);
    folders.forEach((folder, order) => {
        const manifestPath = childPath(folder, "flow.toml");
        const text = readManifest(manifestPath);
        if (text === undefined) {
            if (options.checkLayout)
                problems.push(...notAPackage(folder));
            return;
        }
        const scan = !lazy || typeof text !== "string" ? undefined : scanManifest(text);
        if (scan && typeof text === "string" && !couldMatch(scan, options.eventType) && !hasDoubtfulType(scan) && !(0,hidden_name/* holdsHiddenCharacter */.eA)(text)) {
            deferred.push({ manifestPath, text, order, ...scan });
            return;
        }
        loaded.push({ order, result: typeof text === "string" ? parseFlowManifest(manifestPath, text) : unreadableManifest(manifestPath, text.problem) });
    });
    const discovery = { flows: [], problems, shadowed: [], ...(missingRoots.length > 0 ? { missingRoots } : {}), ...(options.eventType === undefined ? {} : { deferred }) };
    const loadedNames = new Set(loaded.map(({ result }) => result.flow?.name));
    const contenders = deferred.filter((item) => loadedNames.has(item.name));
    admit(discovery, [...loaded, ...takeDeferred(discovery, contenders)]);
    discovery.problems.push(...flowNameCollisions(discovery, options.repoRoot));
    if ((0,condition/* hasConditions */.zz)(discovery.flows))
        discovery.problems.push(...(await (0,condition/* compileFlowConditions */.my)(discovery.flows)));
    return discovery;
}
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
const NAME_POSITION = new WeakMap();
const CONFUSED_FLOWS = "a reader of check runs, the job summary and PR comments cannot tell the two flows apart, and tools or file systems " +
    "that ignore case (macOS, Windows) take them for one. Both are loaded and run.";
function flowNameCollisions(discovery, repoRoot) {
    const loaded = discovery.flows.map((flow) => ({ order: ORDER.get(flow) ?? 0, file: flow.manifestPath, name: flow.name, position: NAME_POSITION.get(flow) }));
    const loadedNames = new Set(discovery.flows.map((flow) => flow.name));
    const deferred = (discovery.deferred ?? [])
        .filter((item) => !loadedNames.has(item.name))
        .map((item) => ({ order: item.order, file: item.manifestPath, name: item.name, position: () => new toml_locator/* TomlLocator */.v(item.text).locate(["name"]) }));
    const all = [...loaded, ...deferred].sort((a, b) => a.order - b.order);
    const folds = new Map();
    for (const item of all) {
        const fold = foldName(item.name);
        folds.set(fold, (folds.get(fold) ?? 0) + 1);
    }
    const places = all
        .filter((item) => (folds.get(foldName(item.name)) ?? 0) > 1)
        .map((item) => ({ name: item.name, file: item.file, ...item.position?.() }));
    if (places.length === 0)
        return [];
    const shownPath = (file) => (0,external_node_path_.relative)(repoRoot, file).split(external_node_path_.sep).join("/") || file;
    return nameCollisions(places, { what: "flow", shownPath, consequence: CONFUSED_FLOWS });
}
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
                ...result.namePosition?.(),
                message: `flow "${flow.name}" is also defined by ${kept.manifestPath}, which was found first, ` +
                    `so ${flow.manifestPath} is ignored. Rename one of them or remove the stale copy.`,
            });
            continue;
        }
        keptByName.set(flow.name, flow);
        if (result.namePosition)
            NAME_POSITION.set(flow, result.namePosition);
        discovery.flows.push(flow);
    }
    discovery.flows.sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
function repositoryBounds(repoRoot) {
    const root = (0,external_node_path_.resolve)(repoRoot);
    return { root, realRoot: realPath(root) ?? root };
}
function realPath(path) {
    try {
        return external_node_fs_.realpathSync.native(path);
    }
    catch {
        return undefined;
    }
}
function rootBounds(root, absoluteRoot, repository, problems) {
    const realRoot = realPath(absoluteRoot);
    if (!isInside(absoluteRoot, repository.root))
        return realRoot === undefined ? [repository.realRoot] : [repository.realRoot, realRoot];
    if (realRoot === undefined || isInside(realRoot, repository.realRoot))
        return [repository.realRoot];
    problems.push({
        severity: "error",
        file: absoluteRoot,
        message: `flow root "${root}" is a symbolic link to ${realRoot}, outside the repository (${repository.realRoot}), so no flows were loaded from it. ` +
            "Move the flow packages into the repository instead of linking to them.",
    });
    return undefined;
}
async function packageFolders(root, bounds, problems) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(root, { withFileTypes: true });
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT")
            return undefined;
        const { problem, hint } = (0,file_problem/* fileProblem */.W)(root, code, "folder");
        problems.push({
            severity: "warning",
            file: root,
            message: `flow root ${problem}, so no flows were loaded from it. ${hint.replace(/\.$/, "")} (--flows-path, or the flows-path input).`,
        });
        return [];
    }
    const names = entries.filter((entry) => !entry.isFile() && !(entry.isSymbolicLink() && !linkedFolder(childPath(root, entry.name), bounds, problems)));
    return names.map((entry) => entry.name).sort().map((name) => childPath(root, name));
}
function linkedFolder(link, bounds, problems) {
    const target = realPath(link);
    if (target === undefined)
        return true;
    let folder;
    try {
        folder = (0,external_node_fs_.statSync)(target).isDirectory();
    }
    catch {
        return true;
    }
    if (!folder)
        return false;
    if (bounds.some((bound) => isInside(target, bound)))
        return true;
    problems.push({
        severity: "error",
        file: link,
        message: `the package folder ${link} is a symbolic link to ${target}, outside the repository (${bounds[0]}), so it is not loaded. ` +
            "Copy the package into the repository instead of linking to it.",
    });
    return false;
}
function childPath(folder, name) {
    return folder.endsWith(external_node_path_.sep) ? folder + name : folder + external_node_path_.sep + name;
}
function notAPackage(folder) {
    if ((0,external_node_path_.basename)(folder).startsWith("."))
        return [];
    const link = brokenLink(folder);
    if (link) {
        return [
            {
                severity: "warning",
                file: folder,
                message: `folder is ${link}, so it is not loaded as a flow package. Point the link at the package folder, or remove it.`,
            },
        ];
    }
    const unusable = unusableManifest(childPath(folder, "flow.toml"));
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
function unusableManifest(manifestPath) {
    const skipped = "so the folder is not loaded as a flow package";
    const link = brokenLink(manifestPath);
    if (link) {
        return { severity: "warning", file: manifestPath, message: `flow.toml is ${link}, ${skipped}. Point the link at the manifest, or replace it with the file.` };
    }
    let target;
    try {
        target = (0,external_node_fs_.statSync)(manifestPath, { throwIfNoEntry: false });
    }
    catch {
        return undefined;
    }
    if (!target?.isDirectory())
        return undefined;
    return {
        severity: "warning",
        file: manifestPath,
        message: `flow.toml is a folder, not a file, ${skipped}. Replace the folder with the manifest file.`,
    };
}
function readManifest(manifestPath) {
    const read = manifest_file_readManifestText(manifestPath);
    if ("missing" in read)
        return undefined;
    return "text" in read ? read.text : { problem: read.problem };
}
function unreadableManifest(manifestPath, message) {
    return {
        problems: [{ severity: "error", file: manifestPath, message }],
    };
}


/***/ }),

/***/ 84186:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ fileProblem)
/* harmony export */ });
/* harmony import */ var _disk_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(63122);
/* harmony import */ var _file_in_the_way_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(81456);


function fileProblem(path, code, kind) {
    switch (code) {
        case "ENOENT":
            return { problem: "does not exist", hint: "Check the path." };
        case "ENOTDIR": {
            const file = (0,_file_in_the_way_js__WEBPACK_IMPORTED_MODULE_1__/* .fileInTheWay */ .I)(path);
            return file === undefined || file === path
                ? { problem: "is a file, not a folder", hint: kind === "folder" ? "Give a folder." : "Check the path." }
                : { problem: `cannot be reached: ${file} is a file, not a folder`, hint: "Check the path." };
        }
        case "EISDIR":
            return { problem: "is a folder", hint: `Give the path of a ${kind}.` };
        case "ELOOP":
            return { problem: "is a symbolic link that leads back to itself (a loop of links)", hint: `Point the link at a real ${kind}, or give another path.` };
        case "EACCES":
        case "EPERM":
            return { problem: `cannot be read: ${(0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .diskProblem */ .N)(code)}`, hint: `Let this user read the ${kind}, or give another path.` };
        case "ENAMETOOLONG":
            return { problem: "is too long a path for the file system", hint: "Give a shorter one." };
        case "EIO":
            return { problem: `cannot be read: ${(0,_disk_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .diskProblem */ .N)(code)}`, hint: "Check the disk, or give another path." };
        default:
            return { problem: `cannot be read (${code ?? "unknown error"})`, hint: `Check that it is a readable ${kind}.` };
    }
}


/***/ }),

/***/ 42184:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mw: () => (/* binding */ globMatches),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/* unused harmony exports GLOB_MAX_LENGTH, isLiteralGlob */
const cache = new Map();
const CACHE_LIMIT = 1000;
const GLOB_MAX_LENGTH = 500;
function isLiteralGlob(pattern) {
    return !/[*?[\\]/.test(pattern);
}
function globToRegExp(glob) {
    return compile(glob).regex;
}
function compile(glob) {
    const cached = cache.get(glob);
    if (cached)
        return cached;
    if (glob.length > GLOB_MAX_LENGTH && !isLiteralGlob(glob)) {
        const length = glob.length.toLocaleString("en-US");
        throw new Error(`a glob with wildcards is at most ${GLOB_MAX_LENGTH} characters; this one has ${length}`);
    }
    const sources = [""];
    const lengths = [0];
    const add = (source) => {
        const last = sources.length - 1;
        sources[last] = `${sources[last] ?? ""}${source}`;
        lengths[last] = (lengths[last] ?? 0) + 1;
    };
    for (let i = 0; i < glob.length; i++) {
        const char = glob[i] ?? "";
        if (char === "*") {
            while (glob[i + 1] === "*")
                i++;
            sources.push("");
            lengths.push(0);
        }
        else if (char === "?") {
            add(".");
        }
        else if (char === "[") {
            const end = glob.indexOf("]", i + 2);
            if (end < 0)
                throw new Error(`"${glob}" has a "[" without a closing "]"; write \\[ for a literal bracket`);
            let body = glob.slice(i + 1, end);
            const negated = body.startsWith("!") || body.startsWith("^");
            if (negated)
                body = body.slice(1);
            add(`[${negated ? "^" : ""}${body.replace(/[\\\]]/g, "\\$&")}]`);
            i = end;
        }
        else if (char === "\\" && i + 1 < glob.length) {
            add(escapeRegExp(glob[i + 1] ?? ""));
            i++;
        }
        else {
            add(escapeRegExp(char));
        }
    }
    const compiled = {
        regex: new RegExp(`^${sources.join(".*")}$`, "s"),
        parts: sources.map((source, index) => new RegExp(source, index === 0 || index === sources.length - 1 ? "sy" : "sg")),
        lengths,
    };
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(glob, compiled);
    return compiled;
}
function globMatches(pattern, value) {
    if (isLiteralGlob(pattern))
        return pattern === value;
    const { regex, parts, lengths } = compile(pattern);
    if (parts.length === 1)
        return regex.test(value);
    const at = (index, from) => {
        const part = parts[index];
        part.lastIndex = from;
        return part.test(value);
    };
    const last = parts.length - 1;
    const end = value.length - lengths[last];
    if (end < lengths[0] || !at(0, 0) || !at(last, end))
        return false;
    let position = lengths[0];
    for (let index = 1; index < last; index++) {
        const part = parts[index];
        part.lastIndex = position;
        const found = part.exec(value);
        if (!found || found.index + lengths[index] > end)
            return false;
        position = found.index + lengths[index];
    }
    return true;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}


/***/ }),

/***/ 88612:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ withoutHidden),
/* harmony export */   eA: () => (/* binding */ holdsHiddenCharacter),
/* harmony export */   jx: () => (/* binding */ hiddenInName)
/* harmony export */ });
/* harmony import */ var _generated_flow_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(94044);
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3726);


const HIDDEN = new RegExp(`${_log_text_js__WEBPACK_IMPORTED_MODULE_1__/* .FLAG_TAG_SEQUENCE */ .K_}|[\\u00ad${_log_text_js__WEBPACK_IMPORTED_MODULE_1__/* .HIDDEN_CHARACTER_CLASS */ .eH}]|${_log_text_js__WEBPACK_IMPORTED_MODULE_1__/* .TAG_CHARACTER */ .Zf}`, "g");
const BIDI = new RegExp(`[${_log_text_js__WEBPACK_IMPORTED_MODULE_1__/* .BIDI_CONTROL_CLASS */ .uh}]`);
const NAME_PATTERN = new RegExp(_generated_flow_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .flowSchema */ .q.definitions.name.pattern, "u");
function hiddenInName(name) {
    const hidden = (name.match(HIDDEN) ?? []).filter(isHidden);
    if (hidden.length === 0)
        return undefined;
    const bidi = hidden.some((char) => BIDI.test(char));
    const without = withoutHidden(name);
    const found = {
        escaped: withEscapes(name),
        codePoints: [...new Set(hidden.map(codePoint))].join(", "),
        does: bidi ? "which changes the order the name is shown in (the text after it can read reversed)" : "which shows as nothing, so the name looks like one it is not",
    };
    if (without.trim() !== "" && NAME_PATTERN.test(without))
        found.without = without;
    return found;
}
function withoutHidden(text) {
    return text.replace(HIDDEN, (char) => (isHidden(char) ? "" : char));
}
function holdsHiddenCharacter(text) {
    return (text.match(HIDDEN) ?? []).some(isHidden);
}
function isHidden(match) {
    return match.length <= 2;
}
function codePoint(char) {
    return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function withEscapes(name) {
    return name.replace(HIDDEN, (char) => {
        if (!isHidden(char))
            return char;
        const code = char.codePointAt(0) ?? 0;
        return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
    });
}


/***/ }),

/***/ 65066:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  J6: () => (/* binding */ matchSteps),
  y$: () => (/* binding */ typeMatches)
});

// UNUSED EXPORTS: checkMatchArguments

// EXTERNAL MODULE: ./.build/flows/condition.js + 1 modules
var condition = __nccwpck_require__(19860);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __nccwpck_require__(75270);
;// CONCATENATED MODULE: ./.build/flows/condition-match.js


async function matchConditions(outcomes, event, options) {
    const pending = outcomes.flatMap((outcome, at) => "matched" in outcome && outcome.matched.step.trigger?.if !== undefined ? [{ ref: outcome.matched, at }] : []);
    if (pending.length === 0)
        return undefined;
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
            const hint = !options.github && report.values.some(({ path }) => /^github\b/i.test(path)) ? NO_GITHUB_CONTEXT : "";
            outcomes[at] = { mismatch: { ...ref, reason: "condition", message: `${conditionMessage(report)}${hint}`, condition: report } };
        }
    }
    return { conditions, ...(problems.length > 0 ? { problems } : {}) };
}
const NO_GITHUB_CONTEXT = "; github is empty here (only a job's own webhook event, `flows github` and `flows explain --event-name` fill it): read event.payload instead";
const EXPRESSION_SHOWN = 160;
function conditionMessage(report) {
    const values = report.values.map(({ path, value }) => `${path} = ${value}`).join(", ");
    const read = values === "" ? "" : `: ${values}`;
    const expression = (0,text_cut/* clipText */.gL)(report.expression.replace(/\s*\n\s*/g, " "), EXPRESSION_SHOWN);
    if (report.result === "error") {
        return `condition \`${expression}\` could not be evaluated (${report.error ?? "unknown error"})${read}`;
    }
    return `condition \`${expression}\` is ${report.result}${read}`;
}

// EXTERNAL MODULE: ./.build/flows/glob.js
var glob = __nccwpck_require__(42184);
// EXTERNAL MODULE: ./.build/flows/schema-check-limits.js
var schema_check_limits = __nccwpck_require__(36201);
// EXTERNAL MODULE: ./.build/library-arguments.js
var library_arguments = __nccwpck_require__(67724);
;// CONCATENATED MODULE: ./.build/flows/match.js




function typeMatches(pattern, type) {
    try {
        return (0,glob/* globMatches */.mw)(pattern, type);
    }
    catch {
        return pattern === type;
    }
}
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
function checkMatchArguments(functionName, flows, event) {
    const isFlows = Array.isArray(flows) && flows.every((flow) => (0,library_arguments/* isRecord */.u4)(flow) && Array.isArray(flow.steps));
    (0,library_arguments/* checkArgument */.s$)(isFlows, functionName, "flows", "an array of flow packages, e.g. (await discoverFlows({ repoRoot })).flows", flows);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(event) && typeof event.type === "string", functionName, "event", 'a FlowEvent like { id: "...", type: "..." }', event);
}
async function matchSteps(flows, event, options = {}) {
    checkMatchArguments("matchSteps", flows, event);
    (0,library_arguments/* checkArgument */.s$)((0,library_arguments/* isRecord */.u4)(options), "matchSteps", "options", "an options object, or left out", options);
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
    const stopped = [];
    const needsSchema = typeMatched.filter(({ ref }) => ref.step.trigger?.schemaPath !== undefined);
    if (needsSchema.length > 0) {
        const registry = options.schemas ?? (await __nccwpck_require__.e(/* import() */ 8344).then(__nccwpck_require__.bind(__nccwpck_require__, 28344))).sharedSchemaRegistry();
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
            if (!check.ok && check.stopped) {
                const { message, problem } = stoppedCheck(ref, shown ?? "its schema", check.stopped, check.message);
                outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
                stopped.push(problem);
            }
            else if (!check.ok) {
                const message = `payload does not match ${shown}: ${check.message}`;
                outcomes[at] = { mismatch: { ...ref, reason: "schema", message } };
            }
        }
    }
    const conditions = await matchConditions(outcomes, event, options);
    const result = { matched: [], mismatches: [] };
    if (conditions)
        Object.assign(result, conditions);
    if (stopped.length > 0)
        result.problems = [...stopped, ...(result.problems ?? [])];
    for (const outcome of outcomes) {
        if ("matched" in outcome)
            result.matched.push(outcome.matched);
        else
            result.mismatches.push(outcome.mismatch);
    }
    return result;
}
function stoppedCheck(ref, shown, over, said) {
    const message = over === "errors" ? `payload does not match ${shown}: ${said}` : `trigger check against ${shown} took too long: ${said}`;
    const [what, fix] = over === "errors"
        ? [
            `had too many errors (it stopped at ${schema_check_limits/* MAX_CHECK_ERRORS */.A.toLocaleString("en-US")})`,
            "A payload that fails every item of a large array fails it many times over: describe only the fields the trigger needs, and put alternatives (anyOf, oneOf) that may fail above such arrays, not in each item.",
        ]
        : [
            `took too long (it stopped after ${(schema_check_limits/* MAX_CHECK_MS */.h / 1000).toLocaleString("en-US")} s)`,
            "Keep the schema linear in the payload: no uniqueItems on arrays that can be large, fewer alternatives per item.",
        ];
    return {
        message,
        problem: {
            severity: "warning",
            file: ref.flow.manifestPath,
            ...(ref.step.line === undefined ? {} : { line: ref.step.line }),
            message: `step "${ref.step.name}" did not run for this event: its trigger check against ${shown} ${what}. ${fix}`,
        },
    };
}


/***/ }),

/***/ 61:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ DEFAULT_FLOW_ROOTS)
/* harmony export */ });
const DEFAULT_FLOW_ROOTS = [".codex/flows", "flows"];


/***/ }),

/***/ 36201:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ MAX_CHECK_ERRORS),
/* harmony export */   h: () => (/* binding */ MAX_CHECK_MS)
/* harmony export */ });
const MAX_CHECK_ERRORS = 1_000;
const MAX_CHECK_MS = 3_000;


/***/ }),

/***/ 23215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ MAX_SCHEMA_BYTES)
/* harmony export */ });
const MAX_SCHEMA_BYTES = 512 * 1024;


/***/ }),

/***/ 92797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ readKey),
/* harmony export */   v: () => (/* binding */ TomlLocator)
/* harmony export */ });
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
    constructor(text) {
        this.text = text;
    }
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

/***/ 28064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fB: () => (/* binding */ tomlErrorReason),
/* harmony export */   n4: () => (/* binding */ tomlSyntaxHint),
/* harmony export */   nj: () => (/* binding */ tomlSyntaxProblem)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(37804);
/* harmony import */ var _toml_locator_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(92797);


const GENERIC = "Fix the syntax at this position.";
function tomlSyntaxProblem(file, text, error) {
    if (!(error instanceof smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .TomlError */ .zx)) {
        return { severity: "error", file, message: `flow.toml is not valid TOML: ${String(error)}.` };
    }
    const reason = tomlErrorReason(error);
    const hint = tomlSyntaxHint(text, error);
    return {
        severity: "error",
        file,
        line: error.line,
        column: error.column,
        message: `flow.toml is not valid TOML: ${reason}. ${hint ?? GENERIC}`,
    };
}
function tomlErrorReason(error) {
    return (error.message.split("\n")[0] ?? "").replace(/^Invalid TOML document:\s*/, "");
}
function tomlSyntaxHint(text, error) {
    try {
        return syntaxHint(tomlErrorReason(error), text, text.split(/\r?\n/), error.line, error.column);
    }
    catch {
        return undefined;
    }
}
function syntaxHint(reason, text, lines, line, column) {
    const lineText = lines[line - 1] ?? "";
    const char = lineText[column - 1];
    const header = unbalancedHeaderHint(reason, lineText);
    if (header !== undefined)
        return header;
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
        return "Integers here must be within \u00b19007199254740991 (2^53 - 1); write a larger number as a string, in quotes.";
    }
    if (reason.startsWith("trying to redefine"))
        return redefinitionHint(lines, line);
    return undefined;
}
const HEADER_REASONS = [
    "expected end of table declaration",
    "expected end of table array declaration",
    "illegal character in key",
    "each key-value declaration must be followed by an end-of-line",
];
const FLOW_TABLES = new Set(["config", "guidance", "steps.trigger"]);
function unbalancedHeaderHint(reason, lineText) {
    if (!HEADER_REASONS.some((start) => reason.startsWith(start)))
        return undefined;
    const written = lineText.replace(/\s#.*$/, "").trim();
    if (!written.startsWith("["))
        return undefined;
    const name = written.replace(/^\[+/, "").replace(/\]+$/, "").trim();
    if (!/^[A-Za-z0-9_-]+(\s*\.\s*[A-Za-z0-9_-]+)*$/.test(name))
        return undefined;
    const array = name === "steps" || (written.startsWith("[[") && !FLOW_TABLES.has(name.replace(/\s/g, "")));
    const header = array ? `[[${name}]]` : `[${name}]`;
    const steps = name === "steps" ? " (each step is one [[steps]] section)" : "";
    return `A section header closes with as many brackets as it opens: write ${header}${steps}.`;
}
function quoteInsideString(lineText, column) {
    const assignment = /^(\s*)([^=]+?)\s*=\s*"/.exec(lineText);
    if (!assignment || lineText.startsWith('"""', assignment[0].length - 1))
        return undefined;
    let end = assignment[0].length;
    while (end < lineText.length && lineText[end] !== '"')
        end += lineText[end] === "\\" ? 2 : 1;
    if (end >= column - 1 || !lineText.slice(end + 1).includes('"'))
        return undefined;
    const key = (0,_toml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .readKey */ .Y)(assignment[2] ?? "")?.segments.join(".") ?? "";
    const condition = key === "if" ? ` In a condition, strings take single quotes: if = "github.ref == 'refs/heads/main'".` : "";
    return (`The "..." string ends at the " in column ${end + 1}, so the rest of the line is left over. ` +
        `Write a double quote inside it as \\", or quote the whole value with '...'.${condition}`);
}
function valueHint(lineText, column) {
    const rest = lineText.slice(column - 1).replace(/\s+#.*$/, "").trim();
    const key = (0,_toml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .readKey */ .Y)(lineText)?.segments.join(".") ?? "key";
    if (rest === "" || rest.startsWith("#"))
        return `The value of ${key} is missing: write one after =, or remove the line.`;
    if (/^(true|false)$/i.test(rest))
        return `Write ${rest.toLowerCase()} in lower case.`;
    if (/^[\p{L}_$]/u.test(rest))
        return `Put text in quotes: ${key} = ${JSON.stringify(rest)}.`;
    return undefined;
}
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
            `Write each [[${path}]] first and its [${path}.\u2026] sections after it.`);
    }
    if (header) {
        const { path } = header;
        const earlier = findLine(lines, line, (text) => headerOf(text)?.path === path);
        const next = path.startsWith("steps.") ? " (for another step, start it with [[steps]] first)" : "";
        return earlier === undefined
            ? `[${path}] is already defined above, by a key of that name, a dotted key or an inline table. Define each table once${next}.`
            : `[${path}] is already defined on line ${earlier}. Merge the two sections into one${next}.`;
    }
    const key = (0,_toml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .readKey */ .Y)(lineText);
    if (!key || lineText[key.length] !== "=")
        return undefined;
    const name = key.segments.join(".");
    const tableStart = findLine(lines, line, (text) => headerOf(text) !== undefined) ?? 0;
    const earlier = findLine(lines, line, (text) => (0,_toml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .readKey */ .Y)(text)?.segments.join(".") === name, tableStart);
    return earlier === undefined
        ? `${name} is already defined in this table (by a dotted key or an inline table). Set each key once.`
        : `${name} is already set on line ${earlier}; a key is set once per table. Remove one of them.`;
}
function headerOf(text) {
    const match = /^\s*(\[\[?)(.*?)\]/.exec(text);
    const path = match ? (0,_toml_locator_js__WEBPACK_IMPORTED_MODULE_1__/* .readKey */ .Y)(match[2] ?? "")?.segments.join(".") : undefined;
    return match && path !== undefined ? { array: match[1] === "[[", path } : undefined;
}
function findLine(lines, before, test, after = 0) {
    for (let index = before - 2; index >= after; index--) {
        if (test(lines[index] ?? ""))
            return index + 1;
    }
    return undefined;
}


/***/ }),

/***/ 25148:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   kC: () => (/* binding */ invalidUtf8Message),
/* harmony export */   tR: () => (/* binding */ invalidUtf8)
/* harmony export */ });
/* unused harmony export invalidUtf8Bytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);

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
    return invalidUtf8Bytes(bytes);
}
function invalidUtf8Bytes(bytes) {
    const offset = firstInvalidByte(bytes);
    if (offset < 0)
        return undefined;
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = countNewlines(bytes, lineStart) + 1;
    const before = bytes.subarray(lineStart, offset).toString("utf8").replace(/^\uFEFF/, "");
    return { line, column: before.length + 1, byte: bytes[offset] };
}
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
function firstInvalidByte(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const lead = bytes[i];
        if (lead < 0x80) {
            i++;
            continue;
        }
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

/***/ 61557:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aj: () => (/* binding */ readRegularText),
/* harmony export */   QS: () => (/* binding */ readOpenedFile),
/* harmony export */   Vi: () => (/* binding */ sameFile),
/* harmony export */   XF: () => (/* binding */ readRegularFile),
/* harmony export */   by: () => (/* binding */ isPidAlive),
/* harmony export */   f4: () => (/* binding */ writeAll),
/* harmony export */   h_: () => (/* binding */ fileKind),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically),
/* harmony export */   pD: () => (/* binding */ lstatIdentity),
/* harmony export */   sN: () => (/* binding */ fileSha256),
/* harmony export */   wZ: () => (/* binding */ makeFolders)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(75244);



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
const SLICE = 1 << 20;
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        const closing = fd;
        fd = undefined;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(closing);
        beforeRename?.();
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(temporary, file);
        syncFolder((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file));
        return { bytes, sha256: hash.hex() };
    }
    catch (error) {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(temporary);
        }
        catch {
        }
        throw error;
    }
}
function syncFolder(folder) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(folder, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_DIRECTORY ?? 0));
    }
    catch (error) {
        if (FOLDER_SYNC_UNSUPPORTED.has(error.code ?? ""))
            return;
        throw error;
    }
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
    }
    catch (error) {
        if (!FOLDER_SYNC_UNSUPPORTED.has(error.code ?? ""))
            throw error;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
const FOLDER_SYNC_UNSUPPORTED = new Set(["EINVAL", "EPERM", "EISDIR", "ENOTSUP", "EACCES"]);
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
function writeAll(fd, chunk) {
    for (let offset = 0; offset < chunk.byteLength;)
        offset += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, chunk, offset);
}
function isPidAlive(pid) {
    if (!Number.isInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === "EPERM";
    }
}
function readRegularFile(file, maxBytes, readOpened, options = {}) {
    const opened = openRegularFile(file, maxBytes, options);
    if ("kind" in opened)
        return opened;
    const { fd, identity } = opened;
    try {
        const value = readOpened?.(fd, identity.size);
        if (value !== undefined)
            return { kind: "readOpened", value, identity };
        const read = readOpenedFile(fd, Buffer.allocUnsafe(identity.size + 1), maxBytes, 0);
        if (read === undefined)
            return overBudget(maxBytes, identity);
        return { kind: "read", bytes: read.buffer.subarray(0, read.length), identity };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
const TEXT_SCRATCH = Buffer.allocUnsafe(16 * 1024);
function readRegularText(file, maxBytes, options = {}) {
    const opened = openRegularFile(file, maxBytes, options);
    if ("kind" in opened)
        return opened;
    const { fd, identity } = opened;
    try {
        const size = identity.size;
        const start = size < TEXT_SCRATCH.length && maxBytes >= TEXT_SCRATCH.length ? TEXT_SCRATCH : Buffer.allocUnsafe(size + 1);
        const read = readOpenedFile(fd, start, maxBytes, size);
        if (read === undefined)
            return overBudget(maxBytes, identity);
        return { kind: "text", text: read.buffer.toString("utf8", 0, read.length), identity };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function openRegularFile(file, maxBytes, options) {
    let fd;
    try {
        const noFollow = options.followLinks ? 0 : (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | noFollow | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0));
    }
    catch (error) {
        const code = error.code;
        if (code === "ENOENT")
            return { kind: "missing" };
        if (code === "ELOOP" || code === "EMLINK") {
            const link = lstatIdentity(file);
            if (link)
                return { kind: "refused", reason: "is a symbolic link, not a plain file", identity: link };
        }
        if (code === "ENXIO" || code === "EOPNOTSUPP") {
            const socket = unopenable(file, options.followLinks === true);
            if (socket)
                return socket;
        }
        throw error;
    }
    let keep = false;
    try {
        const info = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const identity = { dev: info.dev, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
        if (info.isDirectory()) {
            throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: "EISDIR", syscall: "read", path: file });
        }
        if (!info.isFile())
            return { kind: "refused", reason: `is ${fileKind(info)}, not a plain file`, identity };
        if (info.size > maxBytes)
            return overBudget(maxBytes, identity, info.size);
        keep = true;
        return { fd, identity };
    }
    finally {
        if (!keep)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
function overBudget(maxBytes, identity, size) {
    return { kind: "refused", reason: `is larger than ${describeBytes(maxBytes)}${size === undefined ? "" : ` (${size} bytes)`}`, identity };
}
function readOpenedFile(fd, buffer, maxBytes, size) {
    let length = 0;
    for (;;) {
        if (length === buffer.length) {
            if (length > maxBytes)
                return undefined;
            const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
            buffer.copy(bigger, 0, 0, length);
            buffer = bigger;
        }
        const asked = buffer.length - length;
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, asked, null);
        if (read === 0)
            break;
        length += read;
        if (size > 0 && length >= size && read < asked)
            break;
    }
    return length > maxBytes ? undefined : { buffer, length };
}
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
function unopenable(file, followLinks) {
    let info;
    try {
        info = followLinks ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file) : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(file);
    }
    catch {
        return undefined;
    }
    if (info.isFile() || info.isDirectory())
        return undefined;
    return { kind: "refused", reason: `is ${fileKind(info)}, not a plain file`, identity: { dev: info.dev, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs } };
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

/***/ 83963:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ flowEventSchema)
/* harmony export */ });
const flowEventSchema = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 2048, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3. At most 2,048 characters (UTF-16 units): the id names the event's stored record and goes into check runs, comments, commit messages and log lines. Ids flows-action derives from a payload are kept under it (src/events/id.ts)." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };


/***/ }),

/***/ 94044:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ flowSchema)
/* harmony export */ });
const flowSchema = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json", "title": "FlowManifest", "description": "flow.toml: the manifest of a flow package (a folder with flow.toml, schemas/ and exec/ scripts). Point editors at this schema with a first line `#:schema https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow.schema.json` (Taplo / Even Better TOML).", "type": "object", "required": ["name", "version", "steps"], "additionalProperties": false, "properties": { "$schema": { "type": "string", "description": "Schema for editors (ignored by flows-action)." }, "name": { "$ref": "#/definitions/name", "description": "The flow's name: unique among the packages of a repository (the first package found wins)." }, "version": { "type": "number", "description": "The flow's version, a finite number (e.g. 1). Shown in run views as flowVersion." }, "description": { "type": "string", "description": "One line about what the flow does." }, "config": { "type": "object", "description": "Free-form settings, passed to every step as flow.config.", "tsType": "Record<string, unknown>" }, "guidance": { "type": "object", "additionalProperties": false, "properties": { "skills": { "type": "array", "items": { "type": "string" }, "description": "Skills a Code Mode step should load." } } }, "steps": { "type": "array", "minItems": 1, "items": { "$ref": "#/definitions/step" }, "description": "The steps, one [[steps]] section each." } }, "definitions": { "name": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^\u0000-\u001f-\u009f\u2028\u2029]*[^\\s\u0000-\u001f-\u009f\u2028\u2029][^\u0000-\u001f-\u009f\u2028\u2029]*$", "description": "A name: 1 to 200 characters, not only spaces, no control characters (no tabs, newlines or NUL)." }, "path": { "type": "string", "minLength": 1, "maxLength": 4096, "pattern": "^[^\u0000-\u001f]*[^\\s\u0000-\u001f][^\u0000-\u001f]*$", "description": "A relative path, resolved from the package folder." }, "step": { "type": "object", "required": ["name", "runner", "script"], "additionalProperties": false, "properties": { "name": { "$ref": "#/definitions/name", "description": "The step's name, unique within the flow." }, "runner": { "type": "string", "enum": ["bun", "code-mode"], "description": "bun: run `bun <script>`; code-mode: run through Codex (gated by CODEX_FLOWS_MODE=code-mode or CODEX_FLOWS_ENABLE_CODE_MODE)." }, "script": { "$ref": "#/definitions/path", "description": "The script, relative to the package folder; it must stay inside the package." }, "cwd": { "$ref": "#/definitions/path", "description": "Working directory, relative to the package folder (default: the package folder). It may go up to the repository root (e.g. \"../..\") but not outside the repository." }, "timeout_ms": { "type": "integer", "exclusiveMinimum": 0, "maximum": 2147483647, "description": "Timeout in milliseconds (default 300000, at most 2147483647: about 24.8 days, the longest timer Node and Bun keep); the step's whole process tree is stopped when it runs past it." }, "trigger": { "$ref": "#/definitions/trigger" } } }, "trigger": { "type": "object", "required": ["type"], "additionalProperties": false, "description": "Which FlowEvents the step reacts to. A step without trigger never matches an event.", "properties": { "type": { "$ref": "#/definitions/name", "description": "The FlowEvent type to match; `*` matches any run of characters (e.g. \"github.release.*\")." }, "schema": { "$ref": "#/definitions/path", "description": "A JSON Schema file for event.payload, relative to the package folder; it must stay inside the package." }, "if": { "type": "string", "minLength": 1, "maxLength": 4096, "description": "A condition in GitHub's expression language (as in a workflow's `if:`), checked after type and schema, e.g. \"startsWith(event.payload.tag, 'rust-v')\". `${{ }}` around it is optional." } } } } };


/***/ }),

/***/ 62619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ debugClient)
/* harmony export */ });
function debugClient(client, debug) {
    client.hook.wrap("request", async (request, options) => {
        const what = `GitHub API ${options.method} ${String(options.url).replace(/\{([^}]+)\}/g, (_, name) => String(options[name] ?? `{${name}}`))}`;
        try {
            const response = await request(options);
            debug(`${what} \u2192 ${response.status}`);
            return response;
        }
        catch (error) {
            debug(`${what} \u2192 ${error.status ?? (error instanceof Error ? error.message : String(error))}`);
            throw error;
        }
    });
    return client;
}


/***/ }),

/***/ 75244:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N4: () => (/* binding */ randomUUID),
/* harmony export */   fg: () => (/* binding */ sha256Hex),
/* harmony export */   nw: () => (/* binding */ randomHex),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony export randomBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(98995);


let builtinRequire;
function requireBuiltin(id) {
    builtinRequire ??= (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url);
    return builtinRequire(id);
}
let crypto;
const BunCryptoHasher = globalThis.Bun?.CryptoHasher;
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
function randomHex(bytes) {
    return Array.from(randomBytes(bytes), (value) => value.toString(16).padStart(2, "0")).join("");
}
function randomUUID() {
    const bytes = randomBytes(16);
    const hex = Array.from(bytes, (value, index) => {
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
function parseJsonText(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const scan = scanJson(text);
        if (scan.ok)
            return { ok: false, message: error.message };
        const offset = Math.min(scan.offset, text.trimEnd().length);
        return { ok: false, message: scan.message, offset, ...lineColumnAt(text, offset) };
    }
}


/***/ }),

/***/ 67724:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ isStateStore),
/* harmony export */   OE: () => (/* binding */ STATE_STORE),
/* harmony export */   bc: () => (/* binding */ LibraryArgumentError),
/* harmony export */   s$: () => (/* binding */ checkArgument),
/* harmony export */   u4: () => (/* reexport safe */ _events_fields_js__WEBPACK_IMPORTED_MODULE_2__.Gv)
/* harmony export */ });
/* harmony import */ var _contract_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(20624);
/* harmony import */ var _events_fields_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(45785);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(99416);



class LibraryArgumentError extends _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    functionName;
    argument;
    name = "LibraryArgumentError";
    constructor(functionName, argument, message) {
        super(message);
        this.functionName = functionName;
        this.argument = argument;
    }
}
function checkArgument(ok, functionName, argument, expects, value) {
    if (!ok)
        throw new LibraryArgumentError(functionName, argument, `${functionName}: ${argument} must be ${expects}; got ${(0,_contract_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeGot */ .uv)(value)}.`);
}

function isStateStore(value) {
    return (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(value) && typeof value.loadEvent === "function" && typeof value.saveEvent === "function";
}
const STATE_STORE = "a StateStore (createStateStore, FileStateStore or MemoryStateStore)";


/***/ }),

/***/ 3726:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BP: () => (/* binding */ logLine),
/* harmony export */   K_: () => (/* binding */ FLAG_TAG_SEQUENCE),
/* harmony export */   Zf: () => (/* binding */ TAG_CHARACTER),
/* harmony export */   eH: () => (/* binding */ HIDDEN_CHARACTER_CLASS),
/* harmony export */   eR: () => (/* binding */ logOutputLine),
/* harmony export */   kc: () => (/* binding */ logText),
/* harmony export */   uh: () => (/* binding */ BIDI_CONTROL_CLASS),
/* harmony export */   wz: () => (/* binding */ showBidiControls)
/* harmony export */ });
const BIDI_CONTROL_CLASS = "\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069";
const INVISIBLE_FORMAT_CLASS = "\\u180e\\u200b\\u2060-\\u2064\\u206a-\\u206f\\ufeff\\ufff9-\\ufffb";
const HIDDEN_CHARACTER_CLASS = BIDI_CONTROL_CLASS + INVISIBLE_FORMAT_CLASS;
const TAG_CHARACTER = "\\udb40[\\udc00-\\udc7f]";
const FLAG_TAG_SEQUENCE = "\\ud83c\\udff4(?:\\udb40[\\udc20-\\udc7e])+\\udb40\\udc7f";
const HIDDEN_CHARACTERS = new RegExp(`${FLAG_TAG_SEQUENCE}|[${HIDDEN_CHARACTER_CLASS}]|${TAG_CHARACTER}`, "g");
function showBidiControls(text) {
    return text.replace(HIDDEN_CHARACTERS, (char) => char.length > 2 ? char : `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`);
}
function logOutputLine(line) {
    return line.replace(HIDDEN_CHARACTERS, escaped);
}
function escaped(char) {
    if (char.length > 2)
        return char;
    const code = char.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
const LOG_UNSAFE = new RegExp(`${FLAG_TAG_SEQUENCE}|[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${HIDDEN_CHARACTER_CLASS}]|${TAG_CHARACTER}`, "g");
function logText(text) {
    return text.replace(LOG_UNSAFE, (char) => {
        if (char === "\n")
            return "\\n";
        if (char === "\r")
            return "\\r";
        if (char === "\t")
            return "\\t";
        return escaped(char);
    });
}
function logLine(text) {
    return logText(text).replace(/^(\s*)::/, "$1\\u003a:");
}


/***/ }),

/***/ 21574:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __nccwpck_require__(61557);
// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __nccwpck_require__(85797);
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
async function loadGitHubEvent(env) {
    const eventName = requireVariable(env, "GITHUB_EVENT_NAME");
    const path = requireVariable(env, "GITHUB_EVENT_PATH");
    let read = readEventFile(path, env, () => LARGE);
    if (read === LARGE) {
        const streamed = await __nccwpck_require__.e(/* import() */ 4641).then(__nccwpck_require__.bind(__nccwpck_require__, 34641));
        read = readEventFile(path, env, (fd, size) => readStreamed(streamed, fd, size, env));
    }
    if (typeof read !== "string") {
        (0,budget/* checkPayloadShape */.i8)(read, `the GitHub event file ${path}`);
        return { eventName, payload: read };
    }
    const text = read.replace(/^\uFEFF/, "");
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
    (0,budget/* checkPayloadShape */.i8)(parsed.value, `the GitHub event file ${path}`);
    return { eventName, payload: parsed.value };
}
const LARGE = Symbol("an event file of the streaming reader's size");
function readEventFile(path, env, large) {
    try {
        const read = (0,fs_safe/* readRegularFile */.XF)(path, budget/* MAX_PAYLOAD_BYTES */.qY, (fd, size) => (size >= lazyEventBytes(env) ? large(fd, size) : undefined), { followLinks: true });
        if (read.kind === "missing")
            throw Object.assign(new Error("missing"), { code: "ENOENT" });
        if (read.kind === "refused") {
            if (read.identity !== undefined && read.identity.size > budget/* MAX_PAYLOAD_BYTES */.qY) {
                (0,budget/* checkPayloadSize */.Iu)(read.identity.size, `The GitHub event file ${path} (GITHUB_EVENT_PATH)`);
            }
            throw new Error(`it ${read.reason}; give the path of a JSON file`);
        }
        return read.kind === "readOpened" ? read.value : read.bytes.toString("utf8");
    }
    catch (error) {
        if (error instanceof errors/* PayloadBudgetError */.q$)
            throw error;
        const code = error.code;
        const reason = code === "ENOENT" ? "the file does not exist" : code === "EISDIR" ? "it is a folder; give the path of a JSON file" : describe(error);
        throw new errors/* GitHubEventError */.AT({
            message: `Cannot read the GitHub event file ${path} (GITHUB_EVENT_PATH): ${reason}.`,
            variable: "GITHUB_EVENT_PATH",
            path,
        });
    }
}
const LAZY_EVENT_BYTES = 1024 * 1024;
function lazyEventBytes(env) {
    const set = Number.parseInt(env.FLOWS_LAZY_EVENT_BYTES ?? "", 10);
    return Number.isSafeInteger(set) && set > 0 ? set : LAZY_EVENT_BYTES;
}
function readStreamed({ readJsonStreamed }, fd, size, env) {
    let streamed;
    try {
        streamed = readJsonStreamed(fd, {
            minBytes: lazyEventBytes(env),
            maxDepth: budget/* MAX_PAYLOAD_DEPTH */.GL,
            maxBytes: size,
            scratchDir: env.RUNNER_TEMP || undefined,
        });
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
// EXTERNAL MODULE: ./.build/library-arguments.js
var library_arguments = __nccwpck_require__(67724);
// EXTERNAL MODULE: ./.build/events/canonical.js
var canonical = __nccwpck_require__(24604);
;// CONCATENATED MODULE: ./.build/events/key-parts.js



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
function runDelivery(input) {
    return delivery(input, undefined);
}

;// CONCATENATED MODULE: ./.build/events/keys-automation.js



function dispatchKey(input) {
    return runDelivery(input);
}
function scheduleKey(input) {
    const cron = (0,fields/* stringAt */.bX)(input.payload, "schedule");
    return cron === undefined ? runDelivery(input) : `${(0,events_id/* idKey */.T4) `${cron}`}@${runDelivery(input)}`;
}
function attemptKey(kind, prefix) {
    return ({ payload }) => {
        const run = (0,fields/* objectAt */.lJ)(payload, kind);
        const id = (0,fields/* idAt */.jj)(run, "id");
        if (id === undefined)
            return undefined;
        return (0,events_id/* idKey */.T4) `${prefix}-${id}-attempt-${(0,fields/* numberAt */.tk)(run, "run_attempt") ?? 1}`;
    };
}
function checkSuiteKey(input) {
    const suite = (0,fields/* objectAt */.lJ)(input.payload, "check_suite");
    const id = (0,fields/* idAt */.jj)(suite, "id");
    if (id === undefined)
        return undefined;
    const key = (0,events_id/* idKey */.T4) `suite-${id}`;
    return input.action === "requested" ? key : `${key}@${delivery(input, suite)}`;
}
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
function mergeGroupKey({ payload }) {
    const group = (0,fields/* objectAt */.lJ)(payload, "merge_group");
    const ref = (0,fields/* stringAt */.bX)(group, "head_ref");
    const sha = (0,fields/* stringAt */.bX)(group, "head_sha");
    return ref === undefined || sha === undefined ? undefined : (0,events_id/* idKey */.T4) `${ref}@${sha}`;
}
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
const UNVERSIONED_ACTIONS = new Set(["pinned", "unpinned"]);
function threadDelivery(input, thread) {
    return UNVERSIONED_ACTIONS.has(input.action ?? "") ? runDelivery(input) : delivery(input, thread);
}
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
function reviewKey(input) {
    const base = pullRequestBase(input.payload);
    const review = (0,fields/* idAt */.jj)((0,fields/* objectAt */.lJ)(input.payload, "review"), "id");
    if (base === undefined || review === undefined)
        return undefined;
    const key = `${base}${(0,events_id/* idKey */.T4) `:review-${review}`}`;
    return input.action === "edited" ? `${key}@${runDelivery(input)}` : key;
}
function reviewCommentKey(input) {
    const base = pullRequestBase(input.payload);
    const comment = (0,fields/* objectAt */.lJ)(input.payload, "comment");
    const id = (0,fields/* idAt */.jj)(comment, "id");
    if (base === undefined || id === undefined)
        return undefined;
    const key = `${base}${(0,events_id/* idKey */.T4) `:comment-${id}`}`;
    return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}
function reviewThreadKey(input) {
    const base = pullRequestBase(input.payload);
    const thread = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(input.payload, "thread"), "node_id");
    if (base === undefined || thread === undefined)
        return undefined;
    return `${base}${(0,events_id/* idKey */.T4) `:thread-${thread}`}@${runDelivery(input)}`;
}
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
function commentKey(input) {
    const comment = (0,fields/* objectAt */.lJ)(input.payload, "comment");
    const id = (0,fields/* idAt */.jj)(comment, "id");
    if (id === undefined)
        return undefined;
    const key = (0,events_id/* idKey */.T4) `comment-${id}`;
    return input.action === "edited" ? `${key}@${delivery(input, comment)}` : key;
}

;// CONCATENATED MODULE: ./.build/events/keys.js






function naturalKey(input) {
    const family = Object.hasOwn(FAMILIES, input.eventName) ? FAMILIES[input.eventName] : undefined;
    return family?.(input) ?? genericKey(input);
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
        occurredAt: (0,fields/* timeAt */.lC)((0,fields/* objectAt */.lJ)(payload, "repository"), "pushed_at") ?? (0,fields/* timeAt */.lC)(headCommit, "timestamp"),
    };
}
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
        fork: headRepo === null || (baseRepo !== null && headRepo !== baseRepo),
        author: (0,fields/* loginAt */.nS)(pr, "user") ?? null,
        labels: (0,fields/* labelNames */.l3)(pr),
        url: (0,fields/* stringAt */.bX)(pr, "html_url") ?? null,
    };
}
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
function eventRepository(payload, context) {
    return (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(payload, "repository"), "full_name") ?? context.repository ?? null;
}
function compactPayload(input) {
    const { eventName, action, payload, context } = input;
    const builder = Object.hasOwn(PARTS, eventName) ? PARTS[eventName] : undefined;
    const part = builder?.(payload, context, eventName) ?? genericPart(eventName, payload);
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
function genericPart(eventName, payload) {
    const subject = (0,fields/* objectAt */.lJ)(payload, eventName);
    const occurredAt = (0,fields/* timeAt */.lC)(subject, "updated_at") ?? (0,fields/* timeAt */.lC)(subject, "created_at");
    return occurredAt === undefined ? { fields: {} } : { fields: {}, occurredAt };
}

;// CONCATENATED MODULE: ./.build/events/github.js








function flowEventFromGitHub(input) {
    const call = "flowEventFromGitHub";
    (0,library_arguments/* checkArgument */.s$)((0,fields/* isObject */.Gv)(input), call, "input", "an object like { eventName, payload, context: readGitHubRunContext(process.env) }", input);
    (0,library_arguments/* checkArgument */.s$)(typeof input.eventName === "string", call, "input.eventName", 'the GitHub event name (GITHUB_EVENT_NAME), e.g. "push"', input.eventName);
    (0,library_arguments/* checkArgument */.s$)((0,fields/* isObject */.Gv)(input.context), call, "input.context", "the run context, e.g. readGitHubRunContext(process.env)", input.context);
    (0,library_arguments/* checkArgument */.s$)(input.eventInput === undefined || typeof input.eventInput === "string", call, "input.eventInput", "FlowEvent JSON text, or left out", input.eventInput);
    (0,library_arguments/* checkArgument */.s$)(input.now === undefined || typeof input.now === "function", call, "input.now", "a function that returns a Date, or left out", input.now);
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
    (0,budget/* checkPayloadShape */.i8)(payload, `the GitHub event ${eventName}`);
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
        (0,budget/* checkPayloadShape */.i8)(carried.payload, `event ${JSON.stringify(carried.id)}`);
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
function gitHubAction(payload) {
    return (0,fields/* stringAt */.bX)(payload, "action");
}
function gitHubEventType(eventName, payload) {
    const action = (0,fields/* isObject */.Gv)(payload) ? gitHubAction(payload) : undefined;
    return action === undefined ? eventName : `${eventName}.${encodeControlCharacters(action)}`;
}
function encodeControlCharacters(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (char) => encodeURIComponent(char));
}
function idScope(payload, context) {
    const repo = eventRepository(payload, context);
    if (repo !== null)
        return repo;
    const owner = (0,fields/* loginAt */.nS)(payload, "organization") ?? (0,fields/* loginAt */.nS)((0,fields/* objectAt */.lJ)(payload, "installation"), "account") ?? (0,fields/* loginAt */.nS)(payload, "sender");
    return `${owner ?? "*"}/*`;
}

;// CONCATENATED MODULE: ./.build/events/index.js








// EXTERNAL MODULE: ./.build/describe-error.js
var describe_error = __nccwpck_require__(91090);
// EXTERNAL MODULE: ./.build/log-text.js
var log_text = __nccwpck_require__(3726);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var _build_redact = __nccwpck_require__(36375);
// EXTERNAL MODULE: ./.build/runners/environment.js
var environment = __nccwpck_require__(71111);
// EXTERNAL MODULE: ./.build/state/lazy-store.js
var lazy_store = __nccwpck_require__(30676);
;// CONCATENATED MODULE: ./.build/action/context.js
function readRunnerEnvironment(env, cwd = process.cwd()) {
    const serverUrl = env.GITHUB_SERVER_URL || "https://github.com";
    const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
    return {
        workspace: env.GITHUB_WORKSPACE || cwd,
        ...(repository ? { repository } : {}),
        ...(runId ? { runId } : {}),
        runAttempt: env.GITHUB_RUN_ATTEMPT || "1",
        serverUrl,
        ...(env.GITHUB_API_URL ? { apiUrl: env.GITHUB_API_URL } : {}),
        ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
        ...(env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}),
        ...(env.RUNNER_TEMP ? { temp: env.RUNNER_TEMP } : {}),
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
        ...(env.GITHUB_ACTION ? { step: env.GITHUB_ACTION } : {}),
        ...(env.GITHUB_WORKFLOW_REF || env.GITHUB_WORKFLOW ? { workflow: env.GITHUB_WORKFLOW_REF || env.GITHUB_WORKFLOW } : {}),
        insideWorkflowRun: Boolean(repository && runId && env.GITHUB_ACTIONS === "true"),
        ...(env.GITHUB_SERVER_URL && repository && runId ? { runUrl: `${env.GITHUB_SERVER_URL}/${repository}/actions/runs/${runId}` } : {}),
    };
}

;// CONCATENATED MODULE: ./.build/action/debug.js
function debugStore(store, debug) {
    return {
        get kind() {
            return store.kind;
        },
        get problems() {
            return store.problems;
        },
        get problemsLeftOut() {
            return store.problemsLeftOut;
        },
        async loadEvent(eventId) {
            const record = await store.loadEvent(eventId);
            debug(`state ${store.kind}: get ${eventId} \u2192 ${record ? `${record.runs.length} run(s), dispatched ${record.dispatchCount} time(s)` : "not stored"}`);
            return record;
        },
        async saveEvent(record, options) {
            await store.saveEvent(record, options);
            const runs = record.runs.map((run) => `${run.flowName}/${run.stepName} ${run.effectiveStatus}`).join(", ");
            debug(`state ${store.kind}: put ${record.event.id}${runs ? ` (${runs})` : " (event only)"}`);
        },
        async claimRuns(record, claim) {
            let taken = new Map();
            if (store.claimRuns)
                taken = await store.claimRuns(record, claim);
            else
                await store.saveEvent(record);
            const runs = record.runs.filter((run) => claim.starting.has(run.id)).map((run) => `${run.flowName}/${run.stepName}${taken.has(run.id) ? ` taken by another dispatch (${taken.get(run.id).effectiveStatus})` : ""}`);
            debug(`state ${store.kind}: claim ${record.event.id} (${runs.join(", ")})`);
            return taken;
        },
        async listEvents(query) {
            const records = await store.listEvents(query);
            debug(`state ${store.kind}: list${query?.type ? ` type=${query.type}` : ""} \u2192 ${records.length} event(s)`);
            return records;
        },
        async eachEvent(visit) {
            let count = 0;
            const { eachStoredEvent } = await __nccwpck_require__.e(/* import() */ 9176).then(__nccwpck_require__.bind(__nccwpck_require__, 89176));
            await eachStoredEvent(store, (record) => {
                count += 1;
                return visit(record);
            });
            debug(`state ${store.kind}: scan \u2192 ${count} event(s) read`);
        },
        async flush() {
            await store.flush();
            debug(`state ${store.kind}: flush`);
        },
        async close() {
            await store.close?.();
        },
    };
}

// EXTERNAL MODULE: ./.build/action/inputs.js + 2 modules
var action_inputs = __nccwpck_require__(46988);
// EXTERNAL MODULE: ./.build/engine/dispatch.js + 2 modules
var dispatch = __nccwpck_require__(53677);
// EXTERNAL MODULE: ./.build/action/log-groups.js + 1 modules
var log_groups = __nccwpck_require__(50724);
// EXTERNAL MODULE: ./.build/action/outcome.js
var action_outcome = __nccwpck_require__(68733);
// EXTERNAL MODULE: ./.build/action/reporter.js
var action_reporter = __nccwpck_require__(46504);
// EXTERNAL MODULE: ./.build/action/modes/common.js + 1 modules
var common = __nccwpck_require__(46189);
;// CONCATENATED MODULE: ./.build/action/modes/dispatch.js





const WATCH_EVENT_TYPES = new Set(["schedule", "workflow_dispatch"]);
async function dispatchMode(context) {
    const github = (0,common/* githubContext */.h4)(context);
    const handover = (0,action_reporter/* handoverAction */.qe)(github);
    if (handover === "publish") {
        const { publishHandedOver } = await __nccwpck_require__.e(/* import() */ 1562).then(__nccwpck_require__.bind(__nccwpck_require__, 81562));
        await publishHandedOver(github);
        return (0,action_outcome/* nothingRan */.e)(context.event);
    }
    const discovery = await (0,common/* discover */.k4)(context);
    const options = (0,common/* engineOptions */.ll)(context, discovery);
    const match = await (0,dispatch/* matchEvent */.Mi)(context.event, discovery, options);
    const reporter = handover === "none" ? new action_reporter/* ActionReporter */.Uy(github) : undefined;
    const observer = alongside((0,log_groups/* logGroups */.D)(context.io), reporter?.observer);
    let outcome;
    try {
        outcome = await (0,dispatch/* dispatch */.JD)(context.event, { ...options, match, observer });
        const watching = context.inputs.watch.trim() !== "";
        if (watching && !WATCH_EVENT_TYPES.has(context.event.type) && !context.inputs.replay) {
            context.io.warning(`watch is set, but this run's event is ${context.event.type}: upstream releases are polled only on schedule and workflow_dispatch runs, so none were polled. Add "on: schedule" to the workflow (see the README's "React to upstream releases"), or remove watch here.`);
        }
        else if (watching && context.inputs.event && !context.inputs.replay) {
            context.io.warning('watch is set, but so is event: the given event was dispatched instead of polling. Leave event empty to poll.');
        }
        if (WATCH_EVENT_TYPES.has(context.event.type) && !context.inputs.replay && !context.inputs.event) {
            const { io, inputs, store, bunPath, signal, stepEnv } = context;
            const { watchReleases } = await __nccwpck_require__.e(/* import() */ 3486).then(__nccwpck_require__.bind(__nccwpck_require__, 43486));
            const releases = await watchReleases({ io, env: stepEnv, inputs, repoRoot: context.runner.workspace, store, discovery, stepEnv, bunPath, observer, signal });
            outcome.children.push(...releases);
        }
    }
    finally {
        await reporter?.finish(outcome);
    }
    await (0,common/* publish */.mk)(context, outcome);
    if (handover === "upload")
        await (await __nccwpck_require__.e(/* import() */ 1562).then(__nccwpck_require__.bind(__nccwpck_require__, 81562))).uploadHandover(github, outcome);
    return outcome;
}
function alongside(first, second) {
    if (!second)
        return first;
    return {
        async onStepStart(run) {
            await first.onStepStart?.(run);
            await second.onStepStart?.(run);
        },
        onStepLine(run, stream, line) {
            first.onStepLine?.(run, stream, line);
            second.onStepLine?.(run, stream, line);
        },
        async onStepEnd(run) {
            await first.onStepEnd?.(run);
            await second.onStepEnd?.(run);
        },
    };
}

;// CONCATENATED MODULE: ./.build/action/replay-edit.js

function applyReplayOverrides(stored, text) {
    let overrides;
    try {
        overrides = JSON.parse(text);
    }
    catch (error) {
        throw new action_inputs/* ActionInputError */.VA(`Input "event" (overrides for the replay of ${stored.id}) is not valid JSON: ${error instanceof Error ? error.message : String(error)}. Write an object such as {"payload": {"tag": "v1.2.3"}}.`);
    }
    if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
        throw new action_inputs/* ActionInputError */.VA(`Input "event" next to "replay" must be a JSON object of overrides, such as {"payload": {"tag": "v1.2.3"}}.`);
    }
    const { payload, ...fields } = overrides;
    for (const key of ["id", "type"]) {
        if (fields[key] !== undefined && fields[key] !== stored[key]) {
            throw new action_inputs/* ActionInputError */.VA(`Input "event" changes the ${key} of the replayed event (${JSON.stringify(stored[key])} \u2192 ${JSON.stringify(fields[key])}); a replay keeps both. To run a different event, leave "replay" empty and pass the whole FlowEvent in "event".`);
        }
    }
    if (payload !== undefined && (typeof payload !== "object" || payload === null || Array.isArray(payload))) {
        throw new action_inputs/* ActionInputError */.VA(`Input "event": "payload" must be an object of the payload keys to change.`);
    }
    const merged = { ...(stored.payload ?? {}) };
    for (const [key, value] of Object.entries((payload ?? {}))) {
        if (value === null)
            delete merged[key];
        else
            merged[key] = value;
    }
    return { ...stored, ...fields, id: stored.id, type: stored.type, payload: merged };
}

// EXTERNAL MODULE: ./.build/action/state.js
var state = __nccwpck_require__(30048);
;// CONCATENATED MODULE: ./.build/action/run.js












const MODES = {
    dispatch: () => dispatchMode,
    plan: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8713), __nccwpck_require__.e(2016), __nccwpck_require__.e(3913), __nccwpck_require__.e(4223)]).then(__nccwpck_require__.bind(__nccwpck_require__, 34223))).planMode,
    "run-step": async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8713), __nccwpck_require__.e(3913), __nccwpck_require__.e(9750)]).then(__nccwpck_require__.bind(__nccwpck_require__, 75598))).runStepMode,
    report: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8713), __nccwpck_require__.e(2016), __nccwpck_require__.e(3913), __nccwpck_require__.e(3498)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83498))).reportMode,
    http: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(8713), __nccwpck_require__.e(2016), __nccwpck_require__.e(3913), __nccwpck_require__.e(4372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24372))).httpMode,
};
async function runAction({ io, env, signal, findBun, stateDirSetting, repositorySetting }) {
    const inputs = (0,action_inputs/* readInputs */.Ko)(io);
    _build_redact/* redactor */.$p.add(...environment/* INHERITED_TOKEN_VARIABLES */.dm.map((name) => env[name]));
    const runner = readRunnerEnvironment(env);
    const debug = io.isDebug() ? (message) => io.debug(message) : undefined;
    const store = openStore({ inputs, env, repoRoot: runner.workspace, ...(debug ? { debug } : {}), ...(stateDirSetting ? { dirSetting: stateDirSetting } : {}) });
    try {
        const stepEnv = { ...env };
        const bunPath = once(async () => (findBun ? findBun(stepEnv) : (await __nccwpck_require__.e(/* import() */ 3843).then(__nccwpck_require__.bind(__nccwpck_require__, 3843))).resolveBun({ inputs, io, env: stepEnv })));
        if (inputs.replay && inputs.mode === "http") {
            await io.setOutput("event-id", inputs.replay);
            const { httpReplayMode } = await Promise.all(/* import() */[__nccwpck_require__.e(8713), __nccwpck_require__.e(2016), __nccwpck_require__.e(3913), __nccwpck_require__.e(4372)]).then(__nccwpck_require__.bind(__nccwpck_require__, 24372));
            return await httpReplayMode({ io, inputs, runner, stepEnv, store, bunPath, debug, signal }, inputs.replay, repositorySetting);
        }
        const replayed = inputs.replay ? await storedEvent(store, inputs.replay) : undefined;
        const event = replayed ? (inputs.event ? applyReplayOverrides(replayed, inputs.event) : replayed) : await eventFromGitHub(env, inputs.event);
        io.info(`${inputs.replay ? `Replaying${inputs.event ? " (edited)" : ""}` : "Event"} ${(0,log_text/* logText */.kc)(event.type)} \u2192 ${(0,log_text/* logText */.kc)(event.id)}`);
        await io.setOutput("event-id", event.id);
        await io.setOutput("event-type", event.type);
        const mode = await MODES[inputs.mode]();
        let outcome;
        try {
            outcome = await mode({ io, inputs, runner, stepEnv, event, store, bunPath, debug, signal });
        }
        catch (error) {
            await (0,state/* flushActionStore */.g$)(store, io, runner.workspace).catch((flushError) => io.error((0,describe_error/* describeError */.U)(flushError)));
            throw error;
        }
        await (0,state/* flushActionStore */.g$)(store, io, runner.workspace);
        return outcome;
    }
    finally {
        await io.flushSummary?.().catch((error) => io.warning(`The flow steps' part of the job summary could not be checked for secrets: ${(0,describe_error/* describeError */.U)(error)}`));
        await store.close?.();
    }
}
function openStore(options) {
    const { inputs, debug } = options;
    const lazy = new lazy_store/* LazyStateStore */.V(inputs.state, () => {
        debug?.(`state ${inputs.state}: open`);
        return (0,state/* openActionStore */.Mb)(options);
    });
    return debug ? debugStore(lazy, debug) : lazy;
}
async function eventFromGitHub(env, eventInput) {
    const github = await loadGitHubEvent(env);
    return flowEventFromGitHub({ eventName: github.eventName, payload: github.payload, context: readGitHubRunContext(env), eventInput });
}
async function storedEvent(store, eventId) {
    if (store.kind === "none") {
        throw new action_inputs/* ActionInputError */.VA(`Input "replay" names event ${(0,action_inputs/* shownInput */.IY)(eventId)}, but state is "none", which keeps no events. Replay with the state the event was first run with (the same "state" input: artifact, branch or file).`);
    }
    const record = await store.loadEvent(eventId);
    if (!record) {
        throw new action_inputs/* ActionInputError */.VA(`Input "replay" names event ${(0,action_inputs/* shownInput */.IY)(eventId)}, which the ${store.kind} state store does not hold. Replay needs the state the event was first run with (same "state" input).`);
    }
    return record.event;
}
function once(make) {
    let value;
    return () => {
        value ??= make();
        return value;
    };
}

// EXTERNAL MODULE: ./.build/node_modules/@actions/core/lib/core.js + 7 modules
var core = __nccwpck_require__(30775);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./.build/hash.js
var hash = __nccwpck_require__(75244);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __nccwpck_require__(99416);
// EXTERNAL MODULE: ./.build/action/annotation-budget.js
var annotation_budget = __nccwpck_require__(89828);
// EXTERNAL MODULE: ./.build/report/markdown.js
var report_markdown = __nccwpck_require__(54348);
// EXTERNAL MODULE: ./.build/report/summary.js + 1 modules
var summary = __nccwpck_require__(55084);
;// CONCATENATED MODULE: ./.build/action/summary-budget.js



const NOTE_RESERVE_BYTES = 4 * 1024;
class StepSummaryBudget {
    limitBytes;
    #used = 0;
    constructor(limitBytes = summary/* JOB_SUMMARY_LIMIT_BYTES */.dh) {
        this.limitBytes = limitBytes;
    }
    fit(markdown, section) {
        const size = Buffer.byteLength(markdown, "utf8") + external_node_os_.EOL.length;
        const contentLeft = this.limitBytes - NOTE_RESERVE_BYTES - this.#used;
        if (size <= contentLeft)
            return this.#take(markdown);
        const left = this.limitBytes - this.#used - external_node_os_.EOL.length;
        const note = (cut) => `\n> [!WARNING]\n> ${cut} bytes of ${section} were left out here: GitHub drops a step's whole job summary past 1 MiB.`;
        const noteBytes = Buffer.byteLength(`\n${note(size)}`, "utf8");
        const cut = contentLeft - external_node_os_.EOL.length > 0
            ? (0,report_markdown/* cutMarkdownToBytes */.sG)(markdown, Math.min(left, contentLeft - external_node_os_.EOL.length + noteBytes), note)
            : note(size - external_node_os_.EOL.length).trimStart();
        return Buffer.byteLength(cut, "utf8") <= left ? this.#take(cut) : undefined;
    }
    contentRoom() {
        return Math.max(0, this.limitBytes - NOTE_RESERVE_BYTES - this.#used - external_node_os_.EOL.length);
    }
    stepTextRoom() {
        return {
            content: Math.max(0, this.limitBytes - NOTE_RESERVE_BYTES - this.#used),
            total: Math.max(0, this.limitBytes - this.#used),
        };
    }
    use(bytes) {
        this.#used += bytes;
    }
    #take(markdown) {
        this.#used += Buffer.byteLength(markdown, "utf8") + external_node_os_.EOL.length;
        return markdown;
    }
}

;// CONCATENATED MODULE: ./.build/action/summary-steps.js



const STEP_TEXT_LIMIT_BYTES = 256 * 1024;
const SECRET_READ_FACTOR = 4;
const CUT_LOOKS = 8;
const RACED_NOTE = "\n> [!WARNING]\n> A flow step's process was still writing to the job summary while the action took in what the steps wrote: text it wrote at the moment the action cut the file back to redact it may be missing here.\n\n";
const PAGE_BYTES = 4096;
const LINE_BREAK = 0x0a;
function landedSince(fd, from, to) {
    const bytes = Buffer.alloc(Math.min(to - from, 64 * 1024));
    const read = (0,external_node_fs_.readSync)(fd, bytes, 0, bytes.length, from);
    return bytes.subarray(0, read).some((byte) => byte !== 0);
}
class StepWrittenSummary {
    path;
    redactor;
    limitBytes;
    #known = 0;
    #stepBytes = 0;
    #beforeEnd;
    #raced = false;
    #racedSaid = false;
    constructor(path, redactor = _build_redact/* redactor */.$p, limitBytes = STEP_TEXT_LIMIT_BYTES, before = 0) {
        this.path = path;
        this.redactor = redactor;
        this.limitBytes = limitBytes;
        this.#beforeEnd = before;
    }
    async takeIn(room = { content: Number.POSITIVE_INFINITY, total: Number.POSITIVE_INFINITY }, section = "") {
        let fd;
        try {
            fd = (0,external_node_fs_.openSync)(this.path, section === "" ? external_node_fs_.constants.O_RDWR : external_node_fs_.constants.O_RDWR | external_node_fs_.constants.O_CREAT);
        }
        catch (error) {
            if (section === "")
                return 0;
            throw error;
        }
        try {
            return this.#takeInFrom(fd, room, section);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    #takeInFrom(fd, room, section) {
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile()) {
            const bytes = Buffer.from(section, "utf8");
            for (let at = 0; at < bytes.length;)
                at += (0,external_node_fs_.writeSync)(fd, bytes, at, bytes.length - at);
            return 0;
        }
        const size = info.size;
        if (size < this.#known)
            this.#known = size;
        const { text, end } = size > this.#known ? this.#readBack(fd, size, room) : { text: "", end: size };
        if ((0,external_node_fs_.fstatSync)(fd).size !== end)
            this.#raced = true;
        const note = this.#raced && !this.#racedSaid && Buffer.byteLength(text + RACED_NOTE, "utf8") <= room.total ? RACED_NOTE : "";
        const bytes = Buffer.from(text + note + section, "utf8");
        if (end === this.#known && bytes.length === 0)
            return 0;
        (0,external_node_fs_.ftruncateSync)(fd, this.#known + bytes.length);
        if (this.#known + bytes.length > end && landedSince(fd, end, this.#known + bytes.length))
            this.#raced = true;
        for (let at = 0; at < bytes.length;)
            at += (0,external_node_fs_.writeSync)(fd, bytes, at, bytes.length - at, this.#known + at);
        this.#beforeEnd = Math.min(this.#beforeEnd, this.#known);
        this.#known += bytes.length;
        if ((0,external_node_fs_.fstatSync)(fd).size > this.#known)
            this.#raced = true;
        this.#stepBytes += Buffer.byteLength(text, "utf8");
        if (note !== "")
            this.#racedSaid = true;
        return Buffer.byteLength(text + note, "utf8");
    }
    #readBack(fd, size, room) {
        let end = size;
        for (let look = 1;; look++) {
            const parts = this.#readOutside(fd, end, room);
            const last = parts.at(-1);
            if (end % PAGE_BYTES === 0 && last !== undefined && last.head.length === last.written && last.head.at(-1) !== LINE_BREAK) {
                const whole = last.head.lastIndexOf(LINE_BREAK) + 1;
                parts[parts.length - 1] = { ...last, head: last.head.subarray(0, whole), written: whole };
                this.#raced = true;
            }
            const text = this.#textOf(parts, room);
            const now = (0,external_node_fs_.fstatSync)(fd).size;
            if (now !== end)
                this.#raced = true;
            if (now <= end || look === CUT_LOOKS)
                return { text, end };
            end = now;
        }
    }
    #textOf(parts, room) {
        let taken = 0;
        return parts
            .map(({ head, written, writer }) => {
            if (written === 0)
                return "";
            const stepRoom = Math.max(0, Math.min(this.limitBytes - this.#stepBytes - taken, room.content - taken));
            const bounded = this.#bounded(head.subarray(0, stepRoom + 1 + SECRET_READ_FACTOR * this.redactor.longest), written, stepRoom, writer);
            const kept = Buffer.byteLength(bounded, "utf8") <= room.total - taken ? bounded : "";
            taken += Buffer.byteLength(kept, "utf8");
            return kept;
        })
            .join("");
    }
    #readOutside(fd, size, room) {
        const parts = [];
        let from = this.#known;
        for (const [end, writer] of [
            [Math.min(size, this.#beforeEnd), "before"],
            [size, "steps"],
        ]) {
            if (end <= from)
                continue;
            const written = end - from;
            const stepRoom = Math.max(0, Math.min(this.limitBytes - this.#stepBytes, room.content));
            const head = Buffer.alloc(Math.min(written, stepRoom + 1 + SECRET_READ_FACTOR * this.redactor.longest));
            parts.push({ head: head.subarray(0, (0,external_node_fs_.readSync)(fd, head, 0, head.length, from)), written, writer });
            from = end;
        }
        return parts;
    }
    #bounded(head, written, room, writer) {
        const raw = head.toString("utf8").replace(/\uFFFD$/, "");
        const unread = written - head.length;
        const note = (cut) => writer === "before"
            ? `\n> [!WARNING]\n> ${cut + unread} bytes that were already in the job summary before this step were left out here: that text and what the flow steps write may take ${this.limitBytes} bytes in all, the rest of GitHub's 1 MiB is the results'.`
            : `\n> [!WARNING]\n> ${cut + unread} bytes the flow steps wrote to the job summary were left out here: they may write ${this.limitBytes} bytes in all, the rest of GitHub's 1 MiB is the results'.`;
        const clean = (0,report_markdown/* withoutAlertDefinitions */.vc)((0,report_markdown/* showHiddenCharacters */.aI)(this.redactor.redact(raw)));
        const cleanBytes = Buffer.byteLength(clean, "utf8");
        const closed = unread === 0 ? `${clean}${(0,report_markdown/* closingTags */.VK)(clean)}` : undefined;
        const kept = closed !== undefined && Buffer.byteLength(closed, "utf8") <= room
            ? closed
            : room > 1024
                ?
                    (0,report_markdown/* cutMarkdownToBytes */.sG)(clean, Math.min(room, cleanBytes - 1), note)
                : note(cleanBytes).trimStart();
        return kept.endsWith("\n\n") ? kept : `${kept.replace(/\n?$/, "\n")}\n`;
    }
}

;// CONCATENATED MODULE: ./.build/action/runner.js










function runnerIO(options = {}) {
    const redactor = options.redactor ?? _build_redact/* redactor */.$p;
    const redact = (text) => redactor.redact(text);
    const shown = (text) => (0,log_text/* showBidiControls */.wz)(redact(text));
    const inert = new InertSection();
    const speak = (write) => {
        inert.end();
        return write();
    };
    const budget = new annotation_budget/* AnnotationBudget */.TL();
    const write = { error: core/* error */.z3, warning: core/* warning */.$e, notice: core/* notice */.lm };
    const annotate = (kind, message, properties) => {
        const slot = budget.take(kind);
        if (slot === "note")
            speak(() => write[kind]((0,annotation_budget/* overflowNote */.L6)(kind)));
        if (slot === "show")
            speak(() => write[kind](shown(message), annotation(properties, shown)));
        else {
            const text = redact(`${(0,annotation_budget/* logPrefix */.JY)(kind)} ${(0,annotation_budget/* placePrefix */.Oy)(properties)}${message}`);
            if (COMMAND_LIKE_LINE.test(text)) {
                inert.begin();
                core/* info */.pq(text);
            }
            else
                speak(() => core/* info */.pq(text));
        }
    };
    let summaries = Promise.resolve();
    let summaryFailed = false;
    const toLog = (text) => {
        inert.begin();
        core/* info */.pq(text);
    };
    const summaryBudget = new StepSummaryBudget();
    const summaryBefore = fileSize(process.env.GITHUB_STEP_SUMMARY);
    let stepText;
    const written = new Map();
    return {
        getInput: (name) => core/* getInput */.V4(name),
        getBooleanInput: (name) => core/* getBooleanInput */.Vt(name),
        getMultilineInput: (name) => core/* getMultilineInput */.q3(name),
        givenInputs: () => Object.keys(process.env)
            .filter((key) => key.startsWith("INPUT_"))
            .map((key) => key.slice("INPUT_".length)),
        setOutput(name, value) {
            const text = redact(value);
            if (written.get(name) === text)
                return;
            written.set(name, text);
            speak(() => {
                try {
                    core/* setOutput */.uH(name, text);
                }
                catch (error) {
                    throw new RunnerFileError("GITHUB_OUTPUT", `the output ${name}`, error);
                }
            });
        },
        setSecret(value) {
            if (!value)
                return;
            redactor.add(value);
            speak(() => core/* setSecret */.Pq(value));
        },
        isDebug: () => core/* isDebug */._o(),
        debug: (message) => speak(() => core/* debug */.Yz(redact(message))),
        info(message) {
            const text = redact(message);
            if (COMMAND_LIKE_LINE.test(text)) {
                inert.begin();
                core/* info */.pq(text);
                return;
            }
            speak(() => core/* info */.pq(text));
        },
        plain(text) {
            inert.begin();
            core/* info */.pq(redact(text));
        },
        notice: (message, properties) => annotate("notice", message, properties),
        warning: (message, properties) => annotate("warning", message, properties),
        error: (message, properties) => annotate("error", message, properties),
        annotationsLeft: (kind) => budget.left(kind),
        startGroup: (name) => speak(() => core/* startGroup */.Oh(redact(name))),
        endGroup: () => speak(() => core/* endGroup */.N4()),
        appendSummary(markdown, section = "a section of this summary") {
            const text = redact(markdown);
            if (!process.env.GITHUB_STEP_SUMMARY) {
                toLog(text);
                return Promise.resolve();
            }
            stepText ??= new StepWrittenSummary(process.env.GITHUB_STEP_SUMMARY, redactor, STEP_TEXT_LIMIT_BYTES, summaryBefore);
            const steps = stepText;
            const write = summaries.then(async () => {
                summaryBudget.use(await steps.takeIn(summaryBudget.stepTextRoom()).catch(() => 0));
                const fitting = summaryBudget.fit(text, section);
                if (fitting === undefined)
                    return;
                if (summaryFailed) {
                    toLog(fitting);
                    return;
                }
                try {
                    summaryBudget.use(await steps.takeIn(summaryBudget.stepTextRoom(), `${fitting}${external_node_os_.EOL}`));
                }
                catch (error) {
                    summaryFailed = true;
                    annotate("warning", `${new RunnerFileError("GITHUB_STEP_SUMMARY", "the job summary", error).message} Its sections follow in the log instead.`);
                    toLog(fitting);
                }
            });
            summaries = write.catch(() => undefined);
            return write.then(() => undefined);
        },
        summaryRoom() {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return Promise.resolve(undefined);
            stepText ??= new StepWrittenSummary(process.env.GITHUB_STEP_SUMMARY, redactor, STEP_TEXT_LIMIT_BYTES, summaryBefore);
            const steps = stepText;
            const room = summaries.then(async () => {
                summaryBudget.use(await steps.takeIn(summaryBudget.stepTextRoom()).catch(() => 0));
                return summaryFailed ? undefined : summaryBudget.contentRoom();
            });
            summaries = room.catch(() => undefined);
            return room;
        },
        flushSummary() {
            if (!process.env.GITHUB_STEP_SUMMARY)
                return Promise.resolve();
            stepText ??= new StepWrittenSummary(process.env.GITHUB_STEP_SUMMARY, redactor, STEP_TEXT_LIMIT_BYTES, summaryBefore);
            const steps = stepText;
            const write = summaries.then(async () => {
                summaryBudget.use(await steps.takeIn(summaryBudget.stepTextRoom()));
            });
            summaries = write.catch(() => undefined);
            return write;
        },
        setFailed: (message) => speak(() => core/* setFailed */.C1(shown((0,annotation_budget/* failureWithLogged */.fE)(message, budget.loggedErrors)))),
    };
}
const RUNNER_FILES = ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY"];
function runnerFileProblem(env) {
    const missing = RUNNER_FILES.filter((name) => env[name] && !(0,external_node_fs_.existsSync)(env[name]));
    if (missing.length === 0)
        return unwritableRunnerFile(env);
    const named = missing.map((name) => `${name} names ${env[name]}`).join(" and ");
    const one = missing.length === 1;
    return `${named}, which ${one ? "does" : "do"} not exist. On GitHub the runner creates ${one ? "it" : "them"} before each step; to run the action elsewhere, create ${one ? "the file" : "the files"} first (an empty file will do) or leave ${missing.join(" and ")} unset, and the outputs and summary go to the log.`;
}
function unwritableRunnerFile(env) {
    for (const name of RUNNER_FILES) {
        const path = env[name];
        if (!path)
            continue;
        const what = fileKind(path);
        if (what === undefined)
            continue;
        return `${name} names ${path}, which is ${what}: the action appends its ${name === "GITHUB_OUTPUT" ? "outputs" : "job summary"} to it. On GitHub the runner creates a plain file there before each step; to run the action elsewhere, name a plain file (an empty one will do) or leave ${name} unset, and the ${name === "GITHUB_OUTPUT" ? "outputs go" : "summary goes"} to the log.`;
    }
    return undefined;
}
function fileKind(path) {
    let info;
    try {
        info = (0,external_node_fs_.statSync)(path);
    }
    catch {
        return undefined;
    }
    if (info.isDirectory())
        return "a folder";
    if (!info.isFIFO())
        return undefined;
    try {
        (0,external_node_fs_.closeSync)((0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_NONBLOCK));
        return undefined;
    }
    catch {
        return "a FIFO (named pipe) that nothing reads";
    }
}
class RunnerFileError extends user_error/* UserError */.y {
    name = "RunnerFileError";
    constructor(variable, what, error) {
        const code = error?.code;
        const path = process.env[variable] ?? "";
        const reason = code === "ENOSPC" || code === "EDQUOT"
            ? `the disk it is on is full (${code}); free space on the runner (a self-hosted runner's work folder)`
            : code === "EACCES" || code === "EPERM" || code === "EROFS"
                ? `it may not be written (${code}); on GitHub the runner makes it writable, so a step before this one changed it`
                : `${error instanceof Error ? error.message : String(error)}`;
        super(`Could not write ${what} to ${variable} (${path}): ${reason}.` +
            (variable === "GITHUB_OUTPUT" ? " Later steps do not get this step's outputs; the job summary and the log have the results of any flow step that ran." : ""), { cause: error });
    }
}
const COMMAND_LIKE_LINE = /^[\s\u0085]*::|[\r\n][\t\v\f \u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u2028\u2029\u3000\ufeff]*::|##\[/;
class InertSection {
    #token;
    #closing;
    begin() {
        if (this.#token)
            return;
        this.#token = `flows-${(0,hash/* randomHex */.nw)(16)}`;
        core/* info */.pq(`::stop-commands::${this.#token}`);
        this.#closing = setImmediate(() => this.end());
        this.#closing.unref();
    }
    end() {
        if (!this.#token)
            return;
        clearImmediate(this.#closing);
        this.#closing = undefined;
        core/* info */.pq(`::${this.#token}::`);
        this.#token = undefined;
    }
}
function annotation(properties, shown) {
    if (!properties)
        return undefined;
    return {
        ...(properties.title ? { title: shown(properties.title) } : {}),
        ...(properties.file ? { file: shown(properties.file) } : {}),
        ...(properties.startLine !== undefined ? { startLine: properties.startLine } : {}),
        ...(properties.startColumn !== undefined ? { startColumn: properties.startColumn } : {}),
    };
}
function fileSize(path) {
    if (!path)
        return 0;
    try {
        return (0,external_node_fs_.statSync)(path).size;
    }
    catch {
        return 0;
    }
}

;// CONCATENATED MODULE: ./.build/main.js



async function run() {
    const io = runnerIO();
    const problem = runnerFileProblem(process.env);
    if (problem) {
        io.setFailed(problem);
        return;
    }
    const cancel = new AbortController();
    for (const signal of ["SIGINT", "SIGTERM"]) {
        process.once(signal, () => {
            io.warning(`Received ${signal}: stopping the running flow steps and reporting them as canceled.`);
            cancel.abort();
        });
    }
    try {
        await runAction({ io, env: process.env, signal: cancel.signal });
        if (cancel.signal.aborted)
            io.setFailed("The job was cancelled; running flow steps were stopped and recorded as canceled.");
    }
    catch (error) {
        io.setFailed((0,describe_error/* describeError */.U)(error));
    }
}


/***/ }),

/***/ 30775:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  Vt: () => (/* binding */ getBooleanInput),
  V4: () => (/* binding */ getInput),
  q3: () => (/* binding */ getMultilineInput),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, exportVariable, getIDToken, getState, group, platform, saveState, setCommandEcho, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./.build/action/stdout.js

let viaStream = process.platform === "win32";
const stdout = Object.getOwnPropertyDescriptor(process, "stdout");
if (!viaStream && stdout?.get && stdout.configurable) {
    const get = stdout.get;
    Object.defineProperty(process, "stdout", {
        ...stdout,
        get() {
            viaStream = true;
            Object.defineProperty(process, "stdout", stdout);
            return get.call(process);
        },
    });
}
else {
    viaStream = true;
}
function writeStdout(text) {
    if (viaStream)
        return process.stdout.write(text);
    const bytes = Buffer.from(text, "utf8");
    let written = 0;
    try {
        while (written < bytes.length) {
            const wrote = (0,external_node_fs_.writeSync)(1, bytes, written);
            if (wrote <= 0)
                throw new Error("stdout took no bytes");
            written += wrote;
        }
        return true;
    }
    catch {
        return process.stdout.write(bytes.subarray(written));
    }
}

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(70857);
;// CONCATENATED MODULE: ./.build/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./.build/node_modules/@actions/core/lib/command.js



/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    writeStdout(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: ./.build/hash.js
var hash = __nccwpck_require__(75244);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
;// CONCATENATED MODULE: ./.build/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${hash/* randomUUID */.N4()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(16928);
;// CONCATENATED MODULE: ./.build/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: ./.build/action/core-lazy-deps.js
var core_lazy_deps = __nccwpck_require__(2776);
;// CONCATENATED MODULE: ./.build/node_modules/@actions/core/node_modules/@actions/exec/index.js


;// CONCATENATED MODULE: ./.build/node_modules/@actions/core/lib/platform.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => __awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => __awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => __awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return __awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./.build/node_modules/@actions/core/lib/core.js

var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    writeStdout(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    writeStdout(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield (yield __nccwpck_require__.e(/* import() */ 5127).then(__nccwpck_require__.bind(__nccwpck_require__, 95127))).OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ }),

/***/ 37804:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  zx: () => (/* reexport */ TomlError),
  qg: () => (/* reexport */ parse)
});

// UNUSED EXPORTS: TomlDate, default

;// CONCATENATED MODULE: ./.build/node_modules/smol-toml/dist/error.js
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

;// CONCATENATED MODULE: ./.build/node_modules/smol-toml/dist/primitive.js
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

;// CONCATENATED MODULE: ./.build/node_modules/smol-toml/dist/date.js
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

;// CONCATENATED MODULE: ./.build/node_modules/smol-toml/dist/extract.js
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

;// CONCATENATED MODULE: ./.build/node_modules/smol-toml/dist/util.js
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

;// CONCATENATED MODULE: ./.build/node_modules/smol-toml/dist/struct.js
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

;// CONCATENATED MODULE: ./.build/node_modules/smol-toml/dist/parse.js
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

;// CONCATENATED MODULE: ./.build/node_modules/smol-toml/dist/index.js
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
/* harmony default export */ const dist = ({ parse: parse, TomlDate: TomlDate, TomlError: TomlError });


/***/ }),

/***/ 16158:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ quotedTextEnd)
/* harmony export */ });
const LINE_ENDS = "\n\r\u2028\u2029";
function quotedTextEnd(text, at) {
    let next = at;
    while (next < text.length) {
        const char = text.charAt(next);
        if (char === '"')
            return { closed: true, at: next };
        if (char !== "\\")
            next += 1;
        else if (next + 1 < text.length && !LINE_ENDS.includes(text.charAt(next + 1)))
            next += 2;
        else
            return { closed: false, at: next };
    }
    return { closed: false, at: next };
}


/***/ }),

/***/ 68880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ shownValue),
/* harmony export */   p: () => (/* binding */ redacted)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(36375);
/* harmony import */ var _text_cut_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(75270);


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
    part(keep, maxBytes) {
        const kept = keep === "head" ? this.head(maxBytes) : this.tail(maxBytes);
        return { text: kept.cut === 0 ? this : new Redacted(kept.text), cut: kept.cut };
    }
    #bytesCut(kept) {
        return { text: kept, cut: kept.length === this.text.length ? 0 : this.bytes - Buffer.byteLength(kept, "utf8") };
    }
}
function shownValue(value, chars = 80) {
    if (value === undefined)
        return "nothing";
    let text;
    try {
        text = JSON.stringify(value) ?? String(value);
    }
    catch {
        text = String(value);
    }
    return redacted(text).clip(chars, "...");
}


/***/ }),

/***/ 89125:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cn: () => (/* binding */ foldedEscapedForm),
/* harmony export */   N3: () => (/* binding */ mayHoldDeepEscapes),
/* harmony export */   gJ: () => (/* binding */ foldedEnd),
/* harmony export */   r3: () => (/* binding */ deepEscapeSpans),
/* harmony export */   rH: () => (/* binding */ shortenedRuns)
/* harmony export */ });
/* harmony import */ var _redact_spans_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(38545);

const DEEP_RUN = "\\\\\\\\";
const BACKSLASH = 92;
function foldedEscapedForm(form) {
    const json = JSON.stringify(form).slice(1, -1);
    return json === form ? undefined : json.replace(/\\+/g, "\\");
}
function mayHoldDeepEscapes(text) {
    return text.includes(DEEP_RUN);
}
function deepEscapeSpans(finder, text, until, byLine = false) {
    if (!mayHoldDeepEscapes(text))
        return [];
    const runAt = [];
    const takenOut = [];
    const parts = [];
    let taken = 0;
    let last = 0;
    for (let at = text.indexOf("\\\\"); at >= 0; at = text.indexOf("\\\\", last)) {
        let end = at + 2;
        while (text.charCodeAt(end) === BACKSLASH)
            end++;
        parts.push(text.slice(last, at + 1));
        runAt.push(at - taken);
        taken += end - at - 1;
        takenOut.push(taken);
        last = end;
    }
    parts.push(text.slice(last));
    const folded = parts.join("");
    const found = (0,_redact_spans_js__WEBPACK_IMPORTED_MODULE_0__/* .findSpans */ .df)(finder, folded, folded.length, { left: 2 * folded.length + _redact_spans_js__WEBPACK_IMPORTED_MODULE_0__/* .OVERLAP_BUDGET_CHARS */ .Qw }, byLine ? (0,_redact_spans_js__WEBPACK_IMPORTED_MODULE_0__/* .linesOf */ .Dx)(folded, undefined) : undefined);
    const spans = [];
    for (let i = 0; i < found.length; i += 2) {
        const start = found[i] + takenBefore(runAt, takenOut, found[i]);
        if (start >= until)
            break;
        spans.push(start, found[i + 1] + takenBefore(runAt, takenOut, found[i + 1]));
    }
    return spans;
}
function takenBefore(runAt, takenOut, at) {
    let low = 0;
    let high = runAt.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (runAt[middle] < at)
            low = middle + 1;
        else
            high = middle;
    }
    return low === 0 ? 0 : takenOut[low - 1];
}
function foldedEnd(text, from, chars) {
    let at = from;
    for (let left = chars; left > 0 && at < text.length; left--) {
        if (text.charCodeAt(at) === BACKSLASH)
            while (text.charCodeAt(at + 1) === BACKSLASH)
                at++;
        at++;
    }
    return at;
}
function shortenedRuns(text, keep) {
    return text.replace(new RegExp(`\\\\{${keep}}\\\\+`, "g"), "\\".repeat(keep));
}


/***/ }),

/***/ 38545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   De: () => (/* binding */ MIN_WRAPPED_RUN),
/* harmony export */   Dx: () => (/* binding */ linesOf),
/* harmony export */   Hj: () => (/* binding */ inAlphabet),
/* harmony export */   Qw: () => (/* binding */ OVERLAP_BUDGET_CHARS),
/* harmony export */   R1: () => (/* binding */ mayHoldWrappedText),
/* harmony export */   d4: () => (/* binding */ ESCAPED_WRAPPED_BREAKS),
/* harmony export */   df: () => (/* binding */ findSpans),
/* harmony export */   f1: () => (/* binding */ wholeRun),
/* harmony export */   fe: () => (/* binding */ wrappedSpans),
/* harmony export */   sG: () => (/* binding */ unionOfSpans)
/* harmony export */ });
/* unused harmony export wrappedSegments */
const OVERLAP_BUDGET_CHARS = 1 << 20;
function linesOf(text, crossing) {
    return {
        gap: 1,
        crossing,
        lineOf(at) {
            const end = text.indexOf("\n", at);
            return [text.lastIndexOf("\n", at - 1) + 1, end < 0 ? text.length : end];
        },
    };
}
function findSpans(finder, text, until, budget, lines) {
    const spans = [];
    let from = 0;
    let lineEnd = Number.NEGATIVE_INFINITY;
    for (;;) {
        const start = finder.find(text, from);
        if (start < 0)
            break;
        if (lines && start >= lineEnd + lines.gap) {
            const [lineStart, end] = lines.lineOf(start);
            lineEnd = end;
            budget.left = 2 * (end - lineStart) + OVERLAP_BUDGET_CHARS;
        }
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
        budget.left -= length;
        if (budget.left < 0) {
            if (!lines) {
                spans[spans.length - 1] = text.length;
                break;
            }
            spans[spans.length - 1] = Math.max(spans[spans.length - 1], lineEnd, crossingEnd(lines.crossing, text, start + 1, lineEnd));
            from = lineEnd + lines.gap;
            if (from >= text.length)
                break;
            continue;
        }
        from = start + 1;
    }
    return spans;
}
function crossingEnd(finder, text, from, lineEnd) {
    if (finder === undefined || lineEnd >= text.length || !finder.holds(text.slice(lineEnd - 1, lineEnd + 1)))
        return lineEnd;
    let at = Math.max(from, lineEnd - finder.longest + 1);
    let left = 2 * (lineEnd - at) + OVERLAP_BUDGET_CHARS;
    let end = lineEnd;
    while (at < lineEnd) {
        const start = finder.find(text, at);
        if (start < 0 || start >= lineEnd)
            break;
        end = Math.max(end, start + finder.matchLength);
        left -= finder.matchLength;
        if (left < 0)
            return Math.min(text.length, Math.max(end, lineEnd - 1 + finder.longest));
        at = start + 1;
    }
    return end;
}
const MIN_WRAPPED_RUN = 16;
const WRAPPED_ALPHABET = (() => {
    const table = new Uint8Array(128);
    for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_")
        table[char.charCodeAt(0)] = 1;
    return table;
})();
function inAlphabet(text, at) {
    const code = text.charCodeAt(at);
    return code < 128 && WRAPPED_ALPHABET[code] === 1;
}
function wrappedSegments(text) {
    const segments = [];
    let open;
    let lineStart = 0;
    const breaks = new LineBreaks(text);
    for (let newline = breaks.next(0); newline >= 0; newline = breaks.next(newline + 1)) {
        const escaped = text.charCodeAt(newline) === BACKSLASH;
        const breakStart = escaped
            ? newline - 2 >= lineStart && text.startsWith("\\r", newline - 2)
                ? newline - 2
                : newline
            : newline > lineStart && text.charCodeAt(newline - 1) === 13
                ? newline - 1
                : newline;
        const next = escaped ? newline + 2 : newline + 1;
        let joinable = next < text.length && inAlphabet(text, next) && breakStart - lineStart >= MIN_WRAPPED_RUN;
        for (let at = breakStart - MIN_WRAPPED_RUN; joinable && at < breakStart; at++)
            joinable = inAlphabet(text, at);
        if (joinable) {
            const goesOn = open !== undefined && open.breaks[open.breaks.length - 1] === lineStart && wholeRun(text, lineStart, breakStart);
            if (!goesOn) {
                if (open)
                    segments.push(closed(text, open));
                let start = breakStart - MIN_WRAPPED_RUN;
                while (start > lineStart && inAlphabet(text, start - 1))
                    start--;
                open = { start, end: 0, breaks: [] };
            }
            open.breaks.push(breakStart, next);
        }
        lineStart = next;
    }
    if (open)
        segments.push(closed(text, open));
    return segments;
}
const BACKSLASH = 92;
class LineBreaks {
    text;
    #newline;
    #escaped;
    constructor(text) {
        this.text = text;
        this.#newline = text.indexOf("\n");
        this.#escaped = text.indexOf("\\n");
    }
    next(from) {
        if (this.#newline >= 0 && this.#newline < from)
            this.#newline = this.text.indexOf("\n", from);
        if (this.#escaped >= 0 && this.#escaped < from)
            this.#escaped = this.text.indexOf("\\n", from);
        if (this.#newline < 0)
            return this.#escaped;
        if (this.#escaped < 0)
            return this.#newline;
        return Math.min(this.#newline, this.#escaped);
    }
}
const WRAPPED_BREAK = new RegExp(`(?:\\n|\\\\n)(?<=[A-Za-z0-9+/=_-]{${MIN_WRAPPED_RUN}}(?:\\r|\\\\r)?(?:\\n|\\\\n))[A-Za-z0-9+/=_-]`);
const ESCAPED_WRAPPED_BREAKS = new RegExp(`\\\\n(?<=[A-Za-z0-9+/=_-]{${MIN_WRAPPED_RUN}}(?:\\r|\\\\r)?\\\\n)[A-Za-z0-9+/=_-]`, "g");
function mayHoldWrappedText(text) {
    return WRAPPED_BREAK.test(text);
}
function wholeRun(text, from, to) {
    for (let at = from; at < to; at++)
        if (!inAlphabet(text, at))
            return false;
    return true;
}
function closed(text, segment) {
    let end = segment.breaks[segment.breaks.length - 1];
    while (end < text.length && inAlphabet(text, end))
        end++;
    segment.end = end;
    return segment;
}
function wrappedSpans(finder, text, until, byLine = false) {
    const segments = wrappedSegments(text);
    if (segments.length === 0)
        return [];
    const spans = [];
    const budget = { left: 2 * text.length + OVERLAP_BUDGET_CHARS };
    for (const { start, end, breaks } of segments) {
        if (start >= until)
            break;
        const starts = [start];
        const lengths = [];
        for (let i = 0; i < breaks.length; i += 2) {
            lengths.push(breaks[i] - starts[starts.length - 1]);
            starts.push(breaks[i + 1]);
        }
        lengths.push(end - starts[starts.length - 1]);
        const joined = starts.map((at, i) => text.slice(at, at + lengths[i])).join("");
        const found = findSpans(finder, joined, joined.length, budget, byLine ? joinedLines(lengths, finder) : undefined);
        let line = 0;
        let lineAt = 0;
        for (let i = 0; i < found.length; i += 2) {
            const from = found[i];
            const to = found[i + 1];
            while (lineAt + lengths[line] <= from)
                lineAt += lengths[line++];
            if (!byLine && budget.left < 0 && i === found.length - 2) {
                spans.push(starts[line] + from - lineAt, text.length);
                return spans;
            }
            for (let each = line, eachAt = lineAt; eachAt < to; eachAt += lengths[each++]) {
                const a = Math.max(from, eachAt);
                const b = Math.min(to, eachAt + lengths[each]);
                if (a < b && starts[each] + a - eachAt < until)
                    spans.push(starts[each] + a - eachAt, starts[each] + b - eachAt);
            }
        }
    }
    return spans;
}
function joinedLines(lengths, finder) {
    const ends = [];
    for (const length of lengths)
        ends.push((ends[ends.length - 1] ?? 0) + length);
    return {
        gap: 0,
        crossing: finder,
        lineOf(at) {
            let low = 0;
            let high = ends.length - 1;
            while (low < high) {
                const middle = (low + high) >> 1;
                if (ends[middle] > at)
                    high = middle;
                else
                    low = middle + 1;
            }
            return [low === 0 ? 0 : ends[low - 1], ends[low]];
        },
    };
}
function unionOfSpans(a, b) {
    const union = [];
    let i = 0;
    let j = 0;
    while (i < a.length || j < b.length) {
        const fromA = j >= b.length || (i < a.length && a[i] <= b[j]);
        const start = fromA ? a[i] : b[j];
        const end = fromA ? a[i + 1] : b[j + 1];
        if (fromA)
            i += 2;
        else
            j += 2;
        const last = union.length - 1;
        if (last > 0 && start < union[last]) {
            if (end > union[last])
                union[last] = end;
        }
        else {
            union.push(start, end);
        }
    }
    return union;
}


/***/ }),

/***/ 36375:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tM: () => (/* binding */ MAX_REDACT_DEPTH),
  vb: () => (/* binding */ MIN_SECRET_LENGTH),
  pO: () => (/* binding */ Redactor),
  pD: () => (/* binding */ parseRedactInput),
  $p: () => (/* binding */ redactor)
});

// UNUSED EXPORTS: MIN_NUMBER_SECRET_DIGITS, PLAIN_WORD, REDACTED, TOO_DEEP

// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __nccwpck_require__(85797);
;// CONCATENATED MODULE: ./.build/redact-automaton.js
const LISTED_CHILDREN = 8;
class AutomatonFinder {
    #unit;
    #child;
    #sibling;
    #fail;
    #depth;
    #longestForm;
    #children = new Map();
    #mapped;
    #begins = new Uint8Array(65_536);
    #forms;
    longest;
    matchLength = 0;
    constructor(forms) {
        this.#forms = forms;
        this.longest = forms.reduce((longest, form) => Math.max(longest, form.length), 0);
        const size = forms.reduce((sum, form) => sum + form.length, 1);
        this.#unit = new Uint16Array(size);
        this.#child = new Int32Array(size).fill(-1);
        this.#sibling = new Int32Array(size).fill(-1);
        this.#fail = new Int32Array(size);
        this.#depth = new Int32Array(size);
        this.#longestForm = new Int32Array(size);
        this.#mapped = new Uint8Array(size);
        const childCount = new Int32Array(size);
        let nodes = 1;
        for (const form of forms) {
            let node = 0;
            for (let at = 0; at < form.length; at++) {
                const unit = form.charCodeAt(at);
                let next = this.#next(node, unit);
                if (next < 0) {
                    next = nodes++;
                    this.#unit[next] = unit;
                    this.#depth[next] = at + 1;
                    this.#sibling[next] = this.#child[node];
                    this.#child[node] = next;
                    childCount[node] += 1;
                    if (this.#mapped[node] === 1)
                        this.#children.get(node)?.set(unit, next);
                    else if (childCount[node] > LISTED_CHILDREN) {
                        this.#children.set(node, this.#childMap(node));
                        this.#mapped[node] = 1;
                    }
                }
                node = next;
            }
            if (form.length > 0)
                this.#longestForm[node] = form.length;
        }
        for (let child = this.#child[0]; child >= 0; child = this.#sibling[child])
            this.#begins[this.#unit[child]] = 1;
        const queue = new Int32Array(nodes);
        let tail = 0;
        for (let child = this.#child[0]; child >= 0; child = this.#sibling[child])
            queue[tail++] = child;
        for (let head = 0; head < tail; head++) {
            const node = queue[head];
            if (this.#longestForm[node] === 0)
                this.#longestForm[node] = this.#longestForm[this.#fail[node]];
            for (let child = this.#child[node]; child >= 0; child = this.#sibling[child]) {
                this.#fail[child] = this.#step(this.#fail[node], this.#unit[child]);
                queue[tail++] = child;
            }
        }
    }
    find(text, from) {
        let state = 0;
        let best = -1;
        let length = 0;
        for (let at = from; at < text.length; at++) {
            if (state === 0) {
                while (at < text.length && this.#begins[text.charCodeAt(at)] === 0)
                    at++;
                if (at === text.length)
                    break;
            }
            state = this.#step(state, text.charCodeAt(at));
            if (best >= 0 && this.#depth[state] < at - best + 1)
                break;
            const found = this.#longestForm[state];
            if (found === 0)
                continue;
            const start = at - found + 1;
            if (best < 0 || start < best || (start === best && found > length)) {
                best = start;
                length = found;
            }
        }
        this.matchLength = length;
        return best;
    }
    #step(state, unit) {
        for (let node = state;; node = this.#fail[node]) {
            const next = this.#next(node, unit);
            if (next >= 0)
                return next;
            if (node === 0)
                return 0;
        }
    }
    holds(part) {
        return this.#forms.some((form) => form.includes(part));
    }
    #next(node, unit) {
        if (this.#mapped[node] === 1)
            return this.#children.get(node)?.get(unit) ?? -1;
        for (let child = this.#child[node]; child >= 0; child = this.#sibling[child])
            if (this.#unit[child] === unit)
                return child;
        return -1;
    }
    #childMap(node) {
        const map = new Map();
        for (let child = this.#child[node]; child >= 0; child = this.#sibling[child])
            map.set(this.#unit[child], child);
        return map;
    }
}

// EXTERNAL MODULE: ./.build/log-text.js
var log_text = __nccwpck_require__(3726);
// EXTERNAL MODULE: ./.build/terminal-text.js
var terminal_text = __nccwpck_require__(17930);
;// CONCATENATED MODULE: ./.build/redact-forms.js


const BASH_SPECIAL = /[ !"$&'()*,;<>?[\\\]^`{|}]/g;
const CONTROL = /[\u0000-\u001f\u007f]/;
const NON_ASCII = /[^\u0000-\u007f]/;
function shellQuotedForms(secret) {
    const forms = [];
    if (secret.includes("'"))
        forms.push(secret.replaceAll("'", `'\\''`), secret.replaceAll("'", `'"'"'`));
    if (!CONTROL.test(secret)) {
        let bash = secret.replace(BASH_SPECIAL, "\\$&");
        if (bash.startsWith("#") || bash.startsWith("~"))
            bash = `\\${bash}`;
        forms.push(bash);
    }
    forms.push(...shellQuoteForms(secret), ...ansiCQuotedForms(secret));
    return forms.filter((form) => form !== secret);
}
const SHELL_QUOTE_BARE = /([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}])/g;
const SHELL_QUOTE_BARE_TILDE = /([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g;
function shellQuoteForms(secret) {
    if (/["\s]/.test(secret) && !secret.includes("'"))
        return [secret.replace(/\\/g, "\\\\")];
    if (/["'\s]/.test(secret))
        return [secret.replace(/["\\$`!]/g, "\\$&")];
    const bare = secret.replace(SHELL_QUOTE_BARE, "$1\\$2");
    if (secret.includes("\\"))
        return [bare];
    return [bare, secret.replace(SHELL_QUOTE_BARE_TILDE, "$1\\$2")];
}
const ANSI_C_LETTERS = { "\x07": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v", "\x1b": "E" };
function ansiCQuotedForms(secret) {
    if (!CONTROL.test(secret) && !NON_ASCII.test(secret))
        return [];
    const octal = (byte) => `\\${byte.toString(8).padStart(3, "0")}`;
    const quote = (char) => {
        if (char === "'" || char === "\\")
            return `\\${char}`;
        const letter = ANSI_C_LETTERS[char];
        if (letter !== undefined)
            return `\\${letter}`;
        return CONTROL.test(char) ? octal(char.charCodeAt(0)) : char;
    };
    const utf8 = [...secret].map(quote).join("");
    const cLocale = [...secret].map((char) => (NON_ASCII.test(char) ? [...Buffer.from(char, "utf8")].map(octal).join("") : quote(char))).join("");
    return CONTROL.test(secret) ? [utf8, cLocale] : [cLocale];
}
function htmlEscapedForms(secret) {
    if (!/[&<>"']/.test(secret))
        return [];
    const text = secret.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
    const forms = [text];
    for (const [quot, apos] of [
        ["&quot;", "&#39;"],
        ["&quot;", "&#x27;"],
        ["&#34;", "&#39;"],
        ["&quot;", "&apos;"],
        ["&quot;", "'"],
    ]) {
        forms.push(text.replaceAll('"', quot).replaceAll("'", apos));
    }
    return [...new Set(forms)].filter((form) => form !== secret);
}
function pathQuotedForm(strict) {
    const form = strict.replace(/%2F/g, "/");
    return form === strict ? undefined : form;
}
const PYTHON_UNPRINTABLE = /(?! )[\p{C}\p{Zl}\p{Zp}\p{Zs}]/u;
const ASTRAL = /[\u{10000}-\u{10ffff}]/u;
function inspectedForms(secret) {
    const forms = [pythonRepr(secret), pythonBytesRepr(Buffer.from(secret, "utf8")), ...pythonAsciiForms(secret)];
    const ruby = rubyInspected(secret);
    if (ruby !== undefined)
        forms.push(ruby);
    if (CONTROL.test(secret) || ASTRAL.test(secret))
        forms.push(goQuoted(secret, false), goQuoted(secret, true));
    return forms.filter((form) => form !== secret);
}
function pythonAsciiForms(secret) {
    if (!NON_ASCII.test(secret))
        return [];
    const bytes = Buffer.from(secret, "utf8");
    let escaped = "";
    for (const byte of bytes)
        escaped += byte < 0x80 ? String.fromCharCode(byte) : String.fromCharCode(0xdc00 + byte);
    return [pythonRepr(secret, true), backslashReplaced(secret), pythonRepr(escaped, true), backslashReplaced(escaped)];
}
const RUBY_LETTERS = { "\n": "n", "\r": "r", "\t": "t", "\f": "f", "\v": "v", "\b": "b", "\x07": "a", "\x1b": "e" };
function rubyInspected(secret) {
    if (!CONTROL.test(secret) && !/#[{$@]/.test(secret))
        return undefined;
    let form = "";
    for (const char of secret) {
        if (char === '"' || char === "\\")
            form += `\\${char}`;
        else if (RUBY_LETTERS[char] !== undefined)
            form += `\\${RUBY_LETTERS[char]}`;
        else if (CONTROL.test(char) || (NON_ASCII.test(char) && PYTHON_UNPRINTABLE.test(char)))
            return undefined;
        else
            form += char;
    }
    return form.replace(/#(?=[{$@])/g, "\\#");
}
function goQuoted(secret, ascii) {
    let form = "";
    for (const char of secret) {
        const point = char.codePointAt(0) ?? 0;
        if (char === '"' || char === "\\")
            form += `\\${char}`;
        else if (GO_LETTERS[char] !== undefined)
            form += `\\${GO_LETTERS[char]}`;
        else if (point < 0x20 || point === 0x7f)
            form += `\\x${point.toString(16).padStart(2, "0")}`;
        else if (point < 0x80 || (!ascii && !PYTHON_UNPRINTABLE.test(char)))
            form += char;
        else if (point <= 0xffff)
            form += `\\u${point.toString(16).padStart(4, "0")}`;
        else
            form += `\\U${point.toString(16).padStart(8, "0")}`;
    }
    return form;
}
const GO_LETTERS = { "\x07": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v" };
function backslashReplaced(text) {
    let form = "";
    for (const char of text)
        form += (char.codePointAt(0) ?? 0) < 0x80 ? char : pythonEscape(char.codePointAt(0) ?? 0);
    return form;
}
function pythonEscape(point) {
    if (point <= 0xff)
        return `\\x${point.toString(16).padStart(2, "0")}`;
    if (point <= 0xffff)
        return `\\u${point.toString(16).padStart(4, "0")}`;
    return `\\U${point.toString(16).padStart(8, "0")}`;
}
const PYTHON_ESCAPES = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
function pythonQuote(text) {
    return text.includes("'") && !text.includes('"') ? '"' : "'";
}
function pythonRepr(secret, ascii = false) {
    const quote = pythonQuote(secret);
    let form = "";
    for (const char of secret) {
        const point = char.codePointAt(0) ?? 0;
        if (PYTHON_ESCAPES[char] !== undefined)
            form += PYTHON_ESCAPES[char];
        else if (char === quote)
            form += `\\${char}`;
        else if (point >= 0x20 && point !== 0x7f && (point < 0x80 || (!ascii && !PYTHON_UNPRINTABLE.test(char))))
            form += char;
        else
            form += pythonEscape(point);
    }
    return form;
}
function pythonBytesRepr(bytes) {
    const quote = pythonQuote(bytes.toString("latin1"));
    let form = "";
    for (const byte of bytes) {
        const char = String.fromCharCode(byte);
        if (PYTHON_ESCAPES[char] !== undefined)
            form += PYTHON_ESCAPES[char];
        else if (char === quote)
            form += `\\${char}`;
        else if (byte >= 0x20 && byte < 0x7f)
            form += char;
        else
            form += `\\x${byte.toString(16).padStart(2, "0")}`;
    }
    return form;
}
function displayedForms(secret) {
    return [...new Set([(0,terminal_text/* terminalText */.eR)(secret), (0,log_text/* logText */.kc)(secret), (0,log_text/* logOutputLine */.eR)(secret)])].filter((form) => form !== secret);
}
function runnerForms(secret) {
    return secret.includes("'") ? [secret.replaceAll("'", "''")] : [];
}

// EXTERNAL MODULE: ./.build/redact-nested.js
var redact_nested = __nccwpck_require__(89125);
// EXTERNAL MODULE: ./.build/redact-spans.js
var redact_spans = __nccwpck_require__(38545);
// EXTERNAL MODULE: ./.build/text-cut.js
var text_cut = __nccwpck_require__(75270);
;// CONCATENATED MODULE: ./.build/redact.js






const MIN_SECRET_LENGTH = 4;
const MAX_REDACT_DEPTH = budget/* MAX_PAYLOAD_DEPTH */.GL + 16;
const REDACTED = "***";
const MIN_NUMBER_SECRET_DIGITS = 8;
const TOO_DEEP = "[cut: nested too deeply]";
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]{0,31}:\/\/)[^/@\s'"<>]+@/gi;
const QUERY_CREDENTIALS = /([?&;](?:access_token|token|api[_-]?key|apikey|key|secret|client_secret|password|passwd|pwd|auth|sig|signature|code|x-(?:amz|goog)-(?:signature|credential|security-token))=)[^&#;\s'"<>]+/gi;
const GITHUB_TOKEN_SHAPE = /gh[pousr]_[A-Za-z0-9]{30}[A-Za-z0-9]*|github_pat_[A-Za-z0-9_]{30}[A-Za-z0-9_]*/g;
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^/@\s'"<>:]*:[^/@\s'"<>]+@/i;
const URL_QUERY_CREDENTIAL = new RegExp(`:\\/\\/[^\\s'"<>]*${QUERY_CREDENTIALS.source}`, "i");
const PATTERN_HINT = /:\/\/|[?&;][a-z_-]+=|gh[pousr]_|github_pat_/i;
class Redactor {
    #secrets = new Set();
    #finder;
    #breakForms;
    #deepForms;
    #longest = 0;
    #indexAbove;
    constructor(options = {}) {
        this.#indexAbove = options.indexAbove ?? INDEX_ABOVE;
    }
    add(...secrets) {
        let changed = false;
        for (const secret of secrets) {
            if (typeof secret !== "string")
                continue;
            const parts = new Set([secret, secret.trim(), ...secret.split(/\r?\n/).map((line) => line.trim())]);
            const trimmed = secret.trim();
            if (trimmed.length > 8 && trimmed.startsWith('"') && trimmed.endsWith('"'))
                parts.add(trimmed.slice(1, -1));
            parts.delete("");
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
        if (changed) {
            this.#finder = undefined;
            this.#breakForms = undefined;
            this.#deepForms = undefined;
        }
        return this;
    }
    get size() {
        return this.#secrets.size;
    }
    get longest() {
        return this.#longest;
    }
    *secretSpans(text, until = text.length) {
        const spans = this.#spans(text, until);
        for (let i = 0; i < spans.length; i += 2)
            yield [spans[i], spans[i + 1]];
    }
    #spans(text, until, byLine = false) {
        const finder = this.#compiled();
        if (!finder)
            return [];
        let spans = (0,redact_spans/* findSpans */.df)(finder, text, until, { left: 2 * text.length + redact_spans/* OVERLAP_BUDGET_CHARS */.Qw }, byLine ? (0,redact_spans/* linesOf */.Dx)(text, this.#breakFinder()) : undefined);
        const deep = this.#deepSpans(text, until, byLine);
        if (deep.length > 0)
            spans = (0,redact_spans/* unionOfSpans */.sG)(spans, deep);
        if (!(0,redact_spans/* mayHoldWrappedText */.R1)(text))
            return spans;
        const wrapped = (0,redact_spans/* wrappedSpans */.fe)(finder, text, until, byLine);
        return wrapped.length === 0 ? spans : (0,redact_spans/* unionOfSpans */.sG)(spans, wrapped);
    }
    #deepSpans(text, until, byLine = false) {
        if (!(0,redact_nested/* mayHoldDeepEscapes */.N3)(text))
            return [];
        if (this.#deepForms === undefined) {
            const folded = new Set();
            for (const form of this.#secrets) {
                const each = (0,redact_nested/* foldedEscapedForm */.Cn)(form);
                if (each !== undefined && each.length >= MIN_SECRET_LENGTH)
                    folded.add(each);
            }
            this.#deepForms = folded.size === 0 ? null : this.#finderOf([...folded]);
        }
        return this.#deepForms === null ? [] : (0,redact_nested/* deepEscapeSpans */.r3)(this.#deepForms, text, until, byLine);
    }
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
        return withoutPatterns(clean);
    }
    redactLines(lines, context = []) {
        const all = context.length > 0 ? [...context, ...lines] : lines;
        const text = all.join("\n");
        const spans = this.#compiled() ? this.#spans(text, text.length, true) : [];
        const clean = [];
        let next = 0;
        let start = 0;
        for (const [index, line] of all.entries()) {
            const end = start + line.length;
            let shown = "";
            let at = start;
            while (next < spans.length && spans[next] < end) {
                const from = Math.max(spans[next], at);
                const to = Math.min(spans[next + 1], end);
                if (from < to) {
                    shown += `${text.slice(at, from)}${REDACTED}`;
                    at = to;
                }
                if (spans[next + 1] > end)
                    break;
                next += 2;
            }
            if (index >= context.length)
                clean.push(withoutPatterns(shown + text.slice(at, end)));
            start = end + 1;
        }
        return clean;
    }
    redactEachLine(text) {
        const finder = this.#compiled();
        if (!finder)
            return withoutPatterns(text);
        const alone = linesWithEscapedWrappedBreaks(text);
        for (const start of this.#deepSpans(text, text.length).filter((_, i) => i % 2 === 0))
            alone.add(text.lastIndexOf("\n", start - 1) + 1);
        for (let from = 0; from < text.length;) {
            const start = finder.find(text, from);
            if (start < 0)
                break;
            const lineStart = text.lastIndexOf("\n", start - 1) + 1;
            alone.add(lineStart);
            const newline = text.indexOf("\n", start);
            from = newline < 0 ? text.length : newline + 1;
        }
        if (alone.size === 0)
            return withoutPatterns(text);
        const parts = [];
        let at = 0;
        for (const lineStart of [...alone].sort((a, b) => a - b)) {
            if (lineStart > at)
                parts.push(withoutPatterns(text.slice(at, lineStart)));
            const newline = text.indexOf("\n", lineStart);
            const lineEnd = newline < 0 ? text.length : newline;
            parts.push(this.redact(text.slice(lineStart, lineEnd)));
            at = lineEnd;
        }
        parts.push(withoutPatterns(text.slice(at)));
        return parts.join("");
    }
    holdsSecret(text) {
        if (this.#compiled() && this.#spans(text, text.length).length > 0)
            return true;
        if (!PATTERN_HINT.test(text))
            return false;
        return text.search(GITHUB_TOKEN_SHAPE) >= 0 || URL_PASSWORD.test(text) || URL_QUERY_CREDENTIAL.test(text);
    }
    redactValue(value, maxDepth = MAX_REDACT_DEPTH, shallow = false) {
        if (typeof value === "string")
            return this.redact(value);
        if (typeof value === "number")
            return this.#redactNumber(value);
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
                setOwn(holder, key, this.redact(current));
                continue;
            }
            if (typeof current === "number") {
                setOwn(holder, key, this.#redactNumber(current));
                continue;
            }
            if (typeof current !== "object" || current === null)
                continue;
            const seen = copies.get(current);
            if (seen !== undefined) {
                setOwn(holder, key, seen);
                continue;
            }
            if (depth >= maxDepth) {
                setOwn(holder, key, TOO_DEEP);
                continue;
            }
            if (shallow && depth > 0)
                continue;
            if (Array.isArray(current)) {
                const copy = current.slice();
                copies.set(current, copy);
                setOwn(holder, key, copy);
                for (let i = 0; i < copy.length; i++)
                    work.push({ holder: copy, key: i, depth: depth + 1 });
                continue;
            }
            if (!isPlainObject(current))
                continue;
            const copy = {};
            copies.set(current, copy);
            setOwn(holder, key, copy);
            for (const [name, field] of Object.entries(current)) {
                const cleanName = this.redact(name);
                setOwn(copy, cleanName, field);
                work.push({ holder: copy, key: cleanName, depth: depth + 1 });
            }
        }
        return root.value;
    }
    #redactNumber(value) {
        if (!Number.isSafeInteger(value) || Math.abs(value) < 10 ** (MIN_NUMBER_SECRET_DIGITS - 1))
            return value;
        return this.#secrets.has(String(value)) ? REDACTED : value;
    }
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
        this.#finder ??= this.#finderOf([...this.#secrets]);
        return this.#finder;
    }
    #breakFinder() {
        if (this.#breakForms === undefined) {
            const forms = [...this.#secrets].filter((form) => form.includes("\n"));
            this.#breakForms = forms.length === 0 ? null : this.#finderOf(forms);
        }
        return this.#breakForms ?? undefined;
    }
    #finderOf(forms) {
        const sorted = forms.sort((a, b) => b.length - a.length);
        const chars = sorted.reduce((sum, form) => sum + form.length, 0);
        const { forms: formsAbove, chars: charsAbove, formLength = Number.POSITIVE_INFINITY } = this.#indexAbove;
        const index = sorted.length > formsAbove || chars > charsAbove || (sorted[0]?.length ?? 0) > formLength;
        return !index ? new RegExpFinder(sorted) : chars > AUTOMATON_MAX_CHARS ? new PrefixIndexFinder(sorted) : new AutomatonFinder(sorted);
    }
}
class RegExpFinder {
    #pattern;
    #forms;
    longest;
    matchLength = 0;
    constructor(longestFirst) {
        this.#forms = longestFirst;
        this.longest = longestFirst[0]?.length ?? 0;
        this.#pattern = new RegExp(longestFirst.map(literal).join("|"), "g");
    }
    find(text, from) {
        this.#pattern.lastIndex = from;
        const match = this.#pattern.exec(text);
        if (match === null)
            return -1;
        this.matchLength = match[0].length;
        return match.index;
    }
    holds(part) {
        return this.#forms.some((form) => form.includes(part));
    }
}
const INDEX_ABOVE = { forms: 48, chars: 16 * 1024, formLength: 240 };
const AUTOMATON_MAX_CHARS = 1_000_000;
class PrefixIndexFinder {
    #filter = new Uint8Array(1 << 16);
    #byPrefix = new Map();
    #byLongPrefix = new Map();
    #forms;
    longest;
    matchLength = 0;
    constructor(longestFirst) {
        this.#forms = longestFirst;
        this.longest = longestFirst[0]?.length ?? 0;
        for (const form of longestFirst) {
            this.#filter[prefixHash(form, 0)] = 1;
            const prefix = form.slice(0, PREFIX);
            let bucket = this.#byPrefix.get(prefix);
            if (bucket === undefined) {
                bucket = { short: [], long: false };
                this.#byPrefix.set(prefix, bucket);
            }
            if (form.length < LONG_PREFIX) {
                bucket.short.push(form);
                continue;
            }
            bucket.long = true;
            const longPrefix = form.slice(0, LONG_PREFIX);
            const forms = this.#byLongPrefix.get(longPrefix);
            if (forms)
                forms.push(form);
            else
                this.#byLongPrefix.set(longPrefix, [form]);
        }
    }
    find(text, from) {
        const filter = this.#filter;
        for (let at = from, last = text.length - PREFIX; at <= last; at++) {
            if (filter[prefixHash(text, at)] === 0)
                continue;
            const bucket = this.#byPrefix.get(text.slice(at, at + PREFIX));
            if (bucket === undefined)
                continue;
            const long = bucket.long ? this.#byLongPrefix.get(text.slice(at, at + LONG_PREFIX)) : undefined;
            const length = (long !== undefined && firstAt(long, text, at)) || firstAt(bucket.short, text, at);
            if (length > 0) {
                this.matchLength = length;
                return at;
            }
        }
        return -1;
    }
    holds(part) {
        return this.#forms.some((form) => form.includes(part));
    }
}
function firstAt(forms, text, at) {
    for (const form of forms)
        if (text.startsWith(form, at))
            return form.length;
    return 0;
}
const PREFIX = 3;
const LONG_PREFIX = 12;
function prefixHash(text, at) {
    return (((text.charCodeAt(at) * 31 + text.charCodeAt(at + 1)) * 31 + text.charCodeAt(at + 2)) & 0xffff) >>> 0;
}
function linesWithEscapedWrappedBreaks(text) {
    const starts = new Set();
    if (!text.includes("\\n"))
        return starts;
    for (const hit of text.matchAll(redact_spans/* ESCAPED_WRAPPED_BREAKS */.d4))
        starts.add(text.lastIndexOf("\n", hit.index) + 1);
    return starts;
}
function withoutPatterns(text) {
    if (!PATTERN_HINT.test(text))
        return text;
    return text
        .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
        .replace(QUERY_CREDENTIALS, `$1${REDACTED}`)
        .replace(GITHUB_TOKEN_SHAPE, REDACTED);
}
const redactor = new Redactor();
function setOwn(holder, key, value) {
    if (key === "__proto__")
        Object.defineProperty(holder, key, { value, enumerable: true, writable: true, configurable: true });
    else
        holder[key] = value;
}
function parseRedactInput(value) {
    return value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
}
const redact_NON_ASCII = /[\u0080-\uffff]/g;
const HTML_SPECIAL = /[<>&\u2028\u2029]/g;
function unicodeEscape(char) {
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
const MAX_QUOTED_GROWTH = 7;
const MIN_ENCODED_LENGTH = 8;
const PLAIN_WORD = /^[A-Za-z0-9_-]*$/;
function encodings(secret) {
    const forms = [secret];
    const json = JSON.stringify(secret).slice(1, -1);
    if (json !== secret)
        forms.push(json, JSON.stringify(json).slice(1, -1));
    for (const escaped of [redact_NON_ASCII, HTML_SPECIAL]) {
        const form = json.replace(escaped, unicodeEscape);
        if (form !== json)
            forms.push(form, JSON.stringify(form).slice(1, -1));
    }
    const url = encodeURIComponent((0,text_cut/* wellFormedText */.Nw)(secret));
    if (url !== secret) {
        const strict = url.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
        const form = strict.replace(/%20/g, "+");
        for (const each of [url, strict, form])
            forms.push(each, each.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
        for (const each of [strict, form]) {
            const path = pathQuotedForm(each);
            if (path !== undefined)
                forms.push(path);
        }
    }
    const whatwg = new URLSearchParams([["", secret]]).toString().slice(1);
    if (whatwg !== secret)
        forms.push(whatwg, whatwg.replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()));
    const bytes = Buffer.from(secret, "utf8");
    const quotedForms = PLAIN_WORD.test(secret)
        ? []
        : [...shellQuotedForms(secret), ...htmlEscapedForms(secret), ...inspectedForms(secret), ...displayedForms(secret), ...runnerForms(secret)];
    for (const quoted of quotedForms) {
        const escaped = JSON.stringify(quoted).slice(1, -1);
        for (const form of [quoted, escaped])
            if (form.length <= MAX_QUOTED_GROWTH * bytes.length)
                forms.push(form);
    }
    const hex = bytes.toString("hex");
    const encoded = [hex, hex.toUpperCase()];
    for (let offset = 0; offset < 3; offset++) {
        const text = Buffer.concat([Buffer.alloc(offset), bytes]).toString("base64").replace(/=+$/, "");
        const start = [0, 2, 3][offset];
        const end = Math.floor((8 * (offset + bytes.length)) / 6);
        const form = text.slice(start, end);
        encoded.push(form, form.replace(/\+/g, "-").replace(/\//g, "_"));
    }
    for (const form of encoded)
        if (form.length >= MIN_ENCODED_LENGTH && !forms.includes(form))
            forms.push(form);
    return [...new Set(forms)];
}
function literal(text) {
    if (text.length <= LITERAL_RUN)
        return escapeRegExp(text);
    const runs = [];
    for (let at = 0; at < text.length; at += LITERAL_RUN)
        runs.push(escapeRegExp(text.slice(at, at + LITERAL_RUN)));
    return runs.join("(?:)");
}
const LITERAL_RUN = 8192;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function isPlainObject(value) {
    const prototype = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}


/***/ }),

/***/ 54348:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   VK: () => (/* binding */ closingTags),
/* harmony export */   aI: () => (/* binding */ showHiddenCharacters),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   mU: () => (/* binding */ withoutColours),
/* harmony export */   pU: () => (/* binding */ foldedHead),
/* harmony export */   sG: () => (/* binding */ cutMarkdownToBytes),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   vc: () => (/* binding */ withoutAlertDefinitions),
/* harmony export */   zP: () => (/* binding */ cutToBytes)
/* harmony export */ });
/* unused harmony export isFoldedSpace */
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3726);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(36375);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(68880);



const SHOWN_HIDDEN = new RegExp(`${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_TAG_SEQUENCE */ .K_}|[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u00ad${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .HIDDEN_CHARACTER_CLASS */ .eH}]|${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_CHARACTER */ .Zf}`, "g");
function showHiddenCharacters(text) {
    return text.replace(SHOWN_HIDDEN, (char) => char.length > 2 ? char : `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`);
}
const SGR = /\u001b\[[0-9;:]*m/g;
function withoutColours(text) {
    return text.replace(SGR, "");
}
const ZERO_WIDTH_SPACE = "\u200b";
function isFoldedSpace(unit) {
    return (unit === 0x20 ||
        unit === 0x09 ||
        unit === 0x0a ||
        unit === 0x0d ||
        unit === 0xa0 ||
        unit === 0x1680 ||
        (unit >= 0x2000 && unit <= 0x200a) ||
        unit === 0x2028 ||
        unit === 0x2029 ||
        unit === 0x202f ||
        unit === 0x205f ||
        unit === 0x3000);
}
function trimSpaces(text) {
    let end = text.length;
    while (end > 0 && isFoldedSpace(text.charCodeAt(end - 1)))
        end--;
    return trimLeadingSpaces(text.slice(0, end));
}
function trimLeadingSpaces(text) {
    const start = text.search(NOT_FOLDED_SPACE);
    return start === 0 ? text : start === -1 ? "" : text.slice(start);
}
const NOT_FOLDED_SPACE = /[\S\v\f\ufeff]/;
function foldedHead(text, maxChars, fold) {
    const enough = 2 * maxChars + SHOWN_MARGIN_UNITS;
    const trimmed = text.map(trimLeadingSpaces);
    for (let bytes = 4 * enough;; bytes *= 4) {
        const part = trimmed.part("head", bytes);
        if (part.cut === 0)
            return trimmed.map(fold);
        const folded = part.text.map(fold);
        if (folded.text.length > enough)
            return folded;
    }
}
const SHOWN_MARGIN_UNITS = 1024;
function inlineText(text, maxChars = 300) {
    const oneLine = foldedHead((0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .redacted */ .p)(text), maxChars, (clean) => trimSpaces(clean.replace(/\r\n|[\r\n\u2028\u2029]/g, " ")));
    const cut = oneLine.clip(maxChars);
    return breakReferences(showHiddenCharacters(cut).replace(/([\\`*_[\]#~])/g, "\\$1"))
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/\|/g, "&#124;")
        .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}
function codeBlock(raw, language = "") {
    const content = showHiddenCharacters(_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactor */ .$p.redact(withoutColours(raw)));
    const longestRun = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = "`".repeat(Math.max(3, longestRun + 1));
    return `${fence}${language}\n${content.replace(/\n$/, "")}\n${fence}`;
}
function inlineCode(text) {
    const oneLine = showHiddenCharacters(_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactor */ .$p.redact(text).replace(/\r\n|[\r\n\u2028\u2029]/g, " "));
    const longestRun = Math.max(0, ...[...oneLine.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = "`".repeat(longestRun + 1);
    const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
    return `${ticks}${pad}${oneLine.replace(/\|/g, "\\|")}${pad}${ticks}`;
}
const ISSUE_ADDRESS = "[^\\s/]+/[^\\s/]+/[^\\s/]+/(?:issues|pulls?|discussions)/\\d";
const ISSUE_URL = new RegExp(`\\b(https?:)(?=//${ISSUE_ADDRESS})`, "gi");
const ISSUE_WWW = new RegExp(`\\b(www)(?=\\.${ISSUE_ADDRESS})`, "gi");
function breakReferences(text) {
    return text
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\b(gh)-(?=\d)/gi, `$1-${ZERO_WIDTH_SPACE}`)
        .replace(ISSUE_URL, `$1${ZERO_WIDTH_SPACE}`)
        .replace(ISSUE_WWW, `$1${ZERO_WIDTH_SPACE}`);
}
function htmlText(text) {
    return breakReferences(showHiddenCharacters(_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactor */ .$p.redact(text)))
        .replace(/&/g, "&amp;")
        .replace(/</g, "&lt;")
        .replace(/>/g, "&gt;")
        .replace(/"/g, "&quot;")
        .replace(/@(?=[\w-])/g, `@${ZERO_WIDTH_SPACE}`);
}
const ALERT_DEFINITION = /^([ \t>\-+*\d.)]*)\[(?=[ \t\r\n>]*!(?:note|tip|important|warning|caution)[ \t\r\n>]*\]:)/gim;
function withoutAlertDefinitions(markdown) {
    return markdown.replace(ALERT_DEFINITION, (found, lead) => (isLineLead(lead) ? `${lead}\\[` : found));
}
function isLineLead(lead) {
    let at = 0;
    while (at < lead.length) {
        const char = lead.charAt(at);
        if (char === " " || char === "\t" || char === ">") {
            at += 1;
            continue;
        }
        const end = listMarkerEnd(lead, at);
        if (end < 0 || (lead.charAt(end) !== " " && lead.charAt(end) !== "\t"))
            return false;
        at = end + 1;
    }
    return true;
}
function listMarkerEnd(text, at) {
    const char = text.charAt(at);
    if (char === "-" || char === "+" || char === "*")
        return at + 1;
    let end = at;
    while (end - at < 10 && text.charAt(end) >= "0" && text.charAt(end) <= "9")
        end += 1;
    if (end === at || end - at > 9)
        return -1;
    return text.charAt(end) === "." || text.charAt(end) === ")" ? end + 1 : -1;
}
function cutToBytes(raw, maxBytes, note) {
    const clean = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .redacted */ .p)(raw);
    if (clean.bytes <= maxBytes)
        return clean.text;
    const reserve = Buffer.byteLength(note(clean.bytes), "utf8") + 16;
    const keep = clean.head(maxBytes - reserve);
    return `${keep.text}\n${note(keep.cut)}`;
}
function cutMarkdownToBytes(raw, maxBytes, note) {
    const text = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .redacted */ .p)(raw);
    const bytes = text.bytes;
    if (bytes <= maxBytes)
        return text.text;
    const attempt = (room) => {
        const keep = wholeLines(text, room);
        const closed = `${keep}${closingTags(keep)}`;
        const cut = `${closed}\n${note(bytes - Buffer.byteLength(keep, "utf8"))}`;
        return { cut, over: Buffer.byteLength(cut, "utf8") - maxBytes };
    };
    let room = maxBytes - Buffer.byteLength(`\n${note(bytes)}`, "utf8");
    for (let tries = 0; tries < CUT_TRIES; tries++) {
        const { cut, over } = attempt(room);
        if (over <= 0 || room <= 0)
            return cut;
        room -= over;
    }
    let low = 0;
    let high = room;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (attempt(mid).over <= 0)
            low = mid;
        else
            high = mid - 1;
    }
    return attempt(low).cut;
}
const CUT_TRIES = 4;
function wholeLines(redactedText, maxBytes) {
    const { text } = redactedText;
    const head = redactedText.head(maxBytes).text;
    if (head.length === text.length || text[head.length] === "\n")
        return head;
    const lineBreak = head.lastIndexOf("\n");
    return lineBreak >= 0 ? head.slice(0, lineBreak) : head;
}
function closingTags(markdown) {
    let fence;
    let raw;
    let special;
    let comment = false;
    let details = 0;
    const html = [];
    for (const line of markdown.split("\n")) {
        if (special !== undefined) {
            if (line.includes(special))
                special = undefined;
            continue;
        }
        if (raw !== undefined) {
            const scanned = scanComments(line, comment);
            comment = scanned.comment;
            if (raw === "pre")
                html.push(scanned.shown);
            if (RAW_BLOCK_END.test(line))
                raw = undefined;
            continue;
        }
        if (fence !== undefined) {
            const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line)?.[1];
            if (close && close[0] === fence[0] && close.length >= fence.length)
                fence = undefined;
            continue;
        }
        const open = comment ? undefined : /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
        if (open) {
            fence = open;
            continue;
        }
        const rawTag = comment ? undefined : RAW_BLOCK_START.exec(line)?.[1];
        if (rawTag) {
            const scanned = scanComments(line, comment);
            comment = scanned.comment;
            if (rawTag.toLowerCase() === "pre")
                html.push(scanned.shown);
            if (!RAW_BLOCK_END.test(line))
                raw = rawTag.toLowerCase();
            continue;
        }
        const block = comment ? undefined : specialBlock(line);
        if (block) {
            if (!line.slice(block.after).includes(block.end))
                special = block.end;
            continue;
        }
        const scanned = scanComments(line, comment);
        const shown = scanned.shown;
        comment = scanned.comment;
        details += (shown.match(/<details[\s>]/gi)?.length ?? 0) - (shown.match(/<\/details>/gi)?.length ?? 0);
        details = Math.max(0, details);
        html.push(shown);
    }
    const closers = openElements(html.join("\n"))
        .reverse()
        .map((name) => `</${name}>`)
        .join("");
    const inRaw = raw === undefined ? "" : `${comment ? "\n-->" : ""}\n</${raw}>\n`;
    const outside = raw === undefined && comment ? "\n-->" : "";
    return `${fence === undefined ? "" : `\n${fence}`}${inRaw}${special === undefined ? "" : `\n${special}\n`}${outside}${closers ? `\n\n${closers}` : ""}${"\n\n</details>".repeat(details)}`;
}
function scanComments(line, open) {
    let comment = open;
    let shown = "";
    let rest = line;
    for (;;) {
        if (comment) {
            const end = rest.indexOf("-->");
            if (end < 0)
                break;
            comment = false;
            rest = rest.slice(end + 3);
        }
        const start = rest.indexOf("<!--");
        if (start < 0) {
            shown += rest;
            break;
        }
        shown += rest.slice(0, start);
        comment = true;
        rest = rest.slice(start + 4);
    }
    return { shown, comment };
}
const WRAPPING_ELEMENTS = new Set(("a abbr address applet article aside audio b bdi bdo big blockquote button canvas center cite code dd del dfn dir div dl dt " +
    "em fieldset figure font footer form h1 h2 h3 h4 h5 h6 header i ins kbd label li main mark marquee menu nav nobr noscript " +
    "object ol q ruby s samp section select small span strike strong sub sup table template tt u ul var video").split(" "));
function openElements(html) {
    const elements = [];
    if (!html.includes("<"))
        return elements;
    for (const [, end, tag = ""] of html.matchAll(/<(\/?)([a-z][a-z0-9]*)(?=[\s/>])[^<>]*>/gi)) {
        const name = tag.toLowerCase();
        if (!WRAPPING_ELEMENTS.has(name))
            continue;
        if (!end) {
            elements.push(name);
            continue;
        }
        const at = elements.lastIndexOf(name);
        if (at >= 0)
            elements.length = at;
    }
    return elements;
}
function specialBlock(line) {
    const opening = /^ {0,3}(<\?|<!\[CDATA\[|<![A-Za-z])/.exec(line);
    const kind = opening?.[1];
    if (!opening || kind === undefined)
        return undefined;
    return { end: kind === "<?" ? "?>" : kind === "<![CDATA[" ? "]]>" : ">", after: opening[0].length };
}
const RAW_BLOCK_START = /^ {0,3}<(pre|script|style|textarea)(?=[\s>]|$)/i;
const RAW_BLOCK_END = /<\/(?:pre|script|style|textarea)>/i;


/***/ }),

/***/ 18657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ CHECKS_MODES),
/* harmony export */   Ln: () => (/* binding */ HANDOVER_MODES),
/* harmony export */   eL: () => (/* binding */ forkToken),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES),
/* harmony export */   qe: () => (/* binding */ handoverAction),
/* harmony export */   um: () => (/* binding */ MAX_HANDOVERS_PER_RUN)
/* harmony export */ });
/* harmony import */ var _events_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(45785);

const CHECKS_MODES = ["per-step", "per-event", "off"];
const COMMENT_MODES = ["on-pr", "always", "on-failure", "off"];
const HANDOVER_MODES = ["auto", "upload", "publish", "off"];
const MAX_HANDOVERS_PER_RUN = 10;
function handoverAction(mode, event) {
    if (mode === "upload" || mode === "publish")
        return mode;
    if (mode === "off")
        return "none";
    return forkToken(event) === "yes" ? "upload" : "none";
}
function forkToken(event) {
    const kind = event.type.split(".")[0] ?? "";
    if (kind !== "pull_request" && !kind.startsWith("pull_request_review"))
        return "no";
    const pull = kind === "pull_request" ? event.payload : (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(event.payload, "pullRequest");
    const fork = (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanAt */ .CR)(pull, "fork");
    return fork === undefined ? "unknown" : fork ? "yes" : "no";
}


/***/ }),

/***/ 58387:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   GZ: () => (/* binding */ RUNS_FILE_PROBLEM),
/* harmony export */   Sq: () => (/* binding */ problemsPlace),
/* harmony export */   Vv: () => (/* binding */ RUNS_FILE_TOO_LARGE),
/* harmony export */   ZX: () => (/* binding */ RUNS_FILE_CHILDREN_CUT),
/* harmony export */   gi: () => (/* binding */ RUNS_FILE_RUNS_REFUSED),
/* harmony export */   tY: () => (/* binding */ packageCheckProblems),
/* harmony export */   vE: () => (/* binding */ RUNS_FILE_CHILDREN_REFUSED)
/* harmony export */ });
/* harmony import */ var _engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(68927);

const RUNS_FILE_PROBLEM = "runs file skipped: ";
const RUNS_FILE_RUNS_REFUSED = "runs refused: ";
const RUNS_FILE_CHILDREN_CUT = "child events cut: ";
const RUNS_FILE_CHILDREN_REFUSED = "child events refused: ";
const RUNS_FILE_TOO_LARGE = "runs file too large: ";
const RUNS_FILE_PREFIXES = [RUNS_FILE_PROBLEM, RUNS_FILE_RUNS_REFUSED, RUNS_FILE_CHILDREN_CUT, RUNS_FILE_CHILDREN_REFUSED, RUNS_FILE_TOO_LARGE];
const PLACES = ["flow packages", "the state store", "the action's inputs", "the run-step jobs' results"];
function placeOf(problem) {
    if (problem.message.startsWith(_engine_dispatch_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .STATE_RECORD_PROBLEM */ .U2))
        return "the state store";
    if (RUNS_FILE_PREFIXES.some((prefix) => problem.message.startsWith(prefix)))
        return "the run-step jobs' results";
    const input = /^input "([^"]+)"$/.exec(problem.file)?.[1];
    return input !== undefined && input !== "flows-path" ? "the action's inputs" : "flow packages";
}
function problemsPlace(problems) {
    const places = PLACES.filter((place) => problems.some((problem) => placeOf(problem) === place));
    if (places.length === 0)
        return "in flow packages";
    return `in ${places.length > 1 ? `${places.slice(0, -1).join(", ")} and ${places.at(-1)}` : places[0]}`;
}
function packageCheckProblems(problems) {
    return problems.filter((problem) => placeOf(problem) === "flow packages");
}


/***/ }),

/***/ 70659:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ resultLayout),
/* harmony export */   sW: () => (/* binding */ shownRunResult)
/* harmony export */ });
/* unused harmony exports PRETTY_RESULT_CHARS, RESULT_HEAD_BYTES, resultJsonText */
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(68880);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(36375);


const PRETTY_RESULT_CHARS = 1024 * 1024;
const RESULT_HEAD_BYTES = 96 * 1024;
function resultJsonText(result, maxPrettyChars = PRETTY_RESULT_CHARS, compact = JSON.stringify(result) ?? "") {
    if (compact.length > maxPrettyChars || prettyMayExceed(result, maxPrettyChars))
        return { text: compact, indented: false };
    return { text: JSON.stringify(result, null, 2), indented: true };
}
const laidOut = new WeakMap();
function laidOutOf(result) {
    const known = laidOut.get(result);
    if (known && known.secrets === _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactor */ .$p.size)
        return known;
    const fresh = { secrets: _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactor */ .$p.size };
    laidOut.set(result, fresh);
    return fresh;
}
function resultLayout(result, compact) {
    const known = laidOutOf(result);
    if (!known.layout) {
        const { text, indented } = resultJsonText(result, PRETTY_RESULT_CHARS, compact);
        known.layout = { bytes: (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .redacted */ .p)(text).bytes, indented };
    }
    return known.layout;
}
function shownRunResult(run) {
    const result = run.resultPayload;
    if (!result)
        return undefined;
    const known = laidOutOf(result);
    known.shown ??= shownOf(result, run.wholeResult);
    return known.shown;
}
function shownOf(result, whole) {
    const text = whole && !whole.indented ? (JSON.stringify(result) ?? "") : resultJsonText(result).text;
    const kept = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_0__/* .redacted */ .p)(text).head(RESULT_HEAD_BYTES);
    const shownBytes = Buffer.byteLength(kept.text, "utf8");
    return { head: kept.text, restBytes: Math.max(kept.cut, (whole?.bytes ?? 0) - shownBytes) };
}
function prettyMayExceed(value, chars) {
    let left = chars;
    const stack = [{ item: value, depth: 0 }];
    while (stack.length > 0) {
        const { item, depth } = stack.pop();
        if (typeof item === "string")
            left -= item.length + 2;
        else if (typeof item !== "object" || item === null)
            left -= String(item).length;
        else {
            left -= 3 + 2 * depth;
            const member = 2 * (depth + 1) + 2;
            if (Array.isArray(item)) {
                for (let i = 0; i < item.length && left >= 0; i++) {
                    left -= member;
                    stack.push({ item: item[i], depth: depth + 1 });
                }
            }
            else {
                for (const key of Object.keys(item)) {
                    left -= member + key.length + 4;
                    if (left < 0)
                        return true;
                    stack.push({ item: item[key], depth: depth + 1 });
                }
            }
        }
        if (left < 0)
            return true;
    }
    return false;
}


/***/ }),

/***/ 7787:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rh: () => (/* binding */ statusLabel),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   xA: () => (/* binding */ runMessage)
/* harmony export */ });
/* harmony import */ var _contracts_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(40801);

const SYMBOLS = {
    completed: "\u2705",
    changed: "\u2705",
    skipped: "\u23ed\ufe0f",
    needs_intervention: "\u270b",
    blocked: "\u26d4",
    failed: "\u274c",
    queued: "\u23f3",
    running: "\u23f3",
    canceled: "\ud83d\udeab",
    interrupted: "\ud83d\udd0c",
};
function statusLabel(run) {
    const symbol = run.timedOut ? "\u23f1\ufe0f" : SYMBOLS[run.effectiveStatus];
    const word = run.timedOut ? "timed out" : run.effectiveStatus.replace("_", " ");
    const notes = [(0,_contracts_js__WEBPACK_IMPORTED_MODULE_0__/* .isRunningElsewhere */ .wR)(run) ? "in another dispatch" : run.alreadyHandled ? "already handled" : "", run.replay ? "replay" : ""].filter(Boolean);
    return `${symbol} ${word}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}
function formatDuration(ms) {
    if (ms === undefined)
        return "\u2013";
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}
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
/* harmony export */   OL: () => (/* binding */ errorBesideOutput),
/* harmony export */   wR: () => (/* binding */ readableStepText)
/* harmony export */ });
/* unused harmony export COMMAND_LINE */
const COMMAND_LINE = /^(\s*)::(?=[^\n\r\u2028\u2029]*$)([a-z][a-z-]*)(?: (.*?))?::(.*)$/;
const PROPERTY_START = /,(?=(?:file|line|col|endLine|endColumn|title)=)/;
function decode(value) {
    return value.replace(/%0D/gi, "\r").replace(/%0A/gi, "\n").replace(/%3A/gi, ":").replace(/%2C/gi, ",").replace(/%25/g, "%");
}
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
function errorBesideOutput(error, output) {
    const at = error.indexOf("\nLast lines of ");
    if (at < 0 || !output)
        return error;
    const tail = error.slice(error.indexOf("\n", at + 1) + 1).split("\n");
    const shown = new Set(output.split("\n"));
    return tail.every((line) => line.trim() === "" || shown.has(line)) ? `${error.slice(0, at)} (its output is below)` : error;
}


/***/ }),

/***/ 55084:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dh: () => (/* binding */ JOB_SUMMARY_LIMIT_BYTES),
  Ul: () => (/* binding */ allProblems),
  Bq: () => (/* binding */ flatten),
  x8: () => (/* binding */ renderProblems),
  I5: () => (/* binding */ runDetailsOpening),
  hw: () => (/* binding */ summaryLayout),
  HO: () => (/* binding */ summaryListsAll)
});

// UNUSED EXPORTS: checkRenderArguments, renderSummary

// EXTERNAL MODULE: ./.build/library-arguments.js
var library_arguments = __nccwpck_require__(67724);
// EXTERNAL MODULE: ./.build/flows/diagnostics.js
var diagnostics = __nccwpck_require__(50156);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __nccwpck_require__(68880);
// EXTERNAL MODULE: ./.build/report/markdown.js
var report_markdown = __nccwpck_require__(54348);
// EXTERNAL MODULE: ./.build/terminal-text.js
var terminal_text = __nccwpck_require__(17930);
;// CONCATENATED MODULE: ./.build/report/explain.js



const MARK = { passed: "\u2705", failed: "\u274c", "not checked": "\u2013", none: "" };
function renderExplain(event, steps, options = {}) {
    const matched = steps.filter((step) => step.matched).length;
    const lines = [
        `### Why each step matched ${(0,report_markdown/* inlineCode */.ti)(event.type)} or not`,
        "",
        `Event ${(0,report_markdown/* inlineCode */.ti)(event.id)} \u00b7 ${matched} of ${steps.length} step${steps.length === 1 ? "" : "s"} matched.`,
        "",
    ];
    if (steps.length === 0)
        return [...lines, "No flow packages were found."].join("\n");
    lines.push("| Flow | Step | Type | Schema | Condition | Matched | Why |", "| --- | --- | --- | --- | --- | --- | --- |");
    for (const step of steps) {
        const type = step.triggerType === undefined ? "no trigger" : `${MARK[step.type]} ${(0,report_markdown/* inlineCode */.ti)(step.triggerType)}`;
        const schema = step.schema === undefined ? "\u2013" : `${MARK[step.schemaVerdict]} ${(0,report_markdown/* inlineCode */.ti)(step.schema)}`;
        const condition = step.condition === undefined ? "\u2013" : `${MARK[step.conditionVerdict]} ${(0,report_markdown/* inlineCode */.ti)(cut(step.condition, 120))}`;
        lines.push(`| ${(0,report_markdown/* inlineText */.ln)(step.flow, 80)} | ${(0,report_markdown/* inlineText */.ln)(step.step, 80)} | ${type} | ${schema} | ${condition} | ${step.matched ? "yes" : "no"} | ${step.reason ? (0,report_markdown/* inlineText */.ln)(step.reason, 400) : ""} |`);
    }
    const read = steps.filter((step) => step.conditionReport && step.conditionReport.values.length > 0);
    if (read.length > 0) {
        lines.push("", "<details><summary>Values the conditions read</summary>", "");
        for (const step of read) {
            const report = step.conditionReport;
            if (!report)
                continue;
            const values = report.values.map(({ path, value }) => `${path} = ${value}`).join("\n");
            lines.push(`**${(0,report_markdown/* inlineText */.ln)(`${step.flow} / ${step.step}`, 160)}**: ${report.result}${report.error ? ` (${(0,report_markdown/* inlineText */.ln)(report.error, 300)})` : ""}`, "");
            lines.push((0,report_markdown/* codeBlock */.DV)(values), "");
        }
        lines.push("</details>");
    }
    if (options.baseDir !== undefined) {
        const manifests = [...new Set(steps.map((step) => relative(step.manifestPath, options.baseDir)))];
        lines.push("", `Manifests: ${manifests.map(report_markdown/* inlineCode */.ti).join(", ")}`);
    }
    return lines.join("\n");
}
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
    return lines.map(terminalText).join("\n");
}
function verdict(value) {
    return value === "passed" ? "ok  " : value === "failed" ? "FAIL" : value === "not checked" ? "--  " : "";
}
function cut(raw, max) {
    return (0,redact_cut/* redacted */.p)(raw).clip(max);
}
function relative(file, baseDir) {
    if (!baseDir || !file.startsWith(`${baseDir}/`))
        return file;
    return file.slice(baseDir.length + 1);
}

// EXTERNAL MODULE: ./.build/report/problem-places.js
var problem_places = __nccwpck_require__(58387);
// EXTERNAL MODULE: ./.build/report/result-json.js
var result_json = __nccwpck_require__(70659);
// EXTERNAL MODULE: ./.build/report/status.js
var report_status = __nccwpck_require__(7787);
// EXTERNAL MODULE: ./.build/report/step-text.js
var step_text = __nccwpck_require__(31447);
;// CONCATENATED MODULE: ./.build/report/summary.js









const JOB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const SUMMARY_BUDGET_BYTES = JOB_SUMMARY_LIMIT_BYTES - 24 * 1024;
const RESULT_DETAIL_BYTES = 8 * 1024;
const OUTPUT_DETAIL_BYTES = 16 * 1024;
function checkRenderArguments(functionName, outcome, options) {
    const isOutcome = isRecord(outcome) && Array.isArray(outcome.runs) && Array.isArray(outcome.children) && Array.isArray(outcome.problems);
    checkArgument(isOutcome, functionName, "outcome", "a DispatchOutcome (what dispatch returns)", outcome);
    checkArgument(isRecord(options), functionName, "options", "an options object, or left out", options);
}
const DETAILS_NOTE_RESERVE_BYTES = 16 * 1024;
const PROBLEMS_SHARE = 0.5;
function renderSummary(outcome, options = {}) {
    checkRenderArguments("renderSummary", outcome, options);
    return summaryLayout(outcome, options).markdown;
}
function summaryListsAll(outcome, options = {}) {
    const layout = summaryLayout(outcome, options);
    return layout.unlistedSteps === 0 && !layout.problemsCut && !layout.eventsCut;
}
function summaryLayout(outcome, options = {}) {
    const budget = Math.max(0, Math.min(SUMMARY_BUDGET_BYTES, options.maxBytes ?? SUMMARY_BUDGET_BYTES));
    const events = flatten(outcome).map((each) => ({ each, rows: each.runs.map(() => ""), details: each.runs.map(() => "") }));
    const fixed = events.reduce((sum, layout) => sum + byteLength(renderEvent(layout, options, { worstNotes: true })) + 2, 0);
    const order = events.flatMap(({ each }, e) => each.runs.map((run, r) => ({ e, r, run, row: tableRow(run), urgent: needsLook(run) })));
    const urgent = order.filter((at) => at.urgent);
    const others = order.filter((at) => !at.urgent);
    const rows = order.reduce((sum, { row }) => sum + byteLength(row) + 1, 0);
    const problemsRoom = Math.max(Math.floor(budget * PROBLEMS_SHARE), budget - fixed - rows - DETAILS_NOTE_RESERVE_BYTES);
    const problems = allProblems(outcome);
    let problemsCut = false;
    const problemsPart = problems.length > 0
        ? cutProblems(renderProblems(problems, options), problemsRoom, options, () => {
            problemsCut = true;
        })
        : "";
    const eventsBudget = Math.max(0, budget - byteLength(problemsPart) - (problemsPart ? 3 : 0));
    let room = eventsBudget - fixed - DETAILS_NOTE_RESERVE_BYTES;
    const addRows = (runs) => {
        for (const { e, r, row } of runs) {
            const size = byteLength(row) + 1;
            if (size > room)
                continue;
            room -= size;
            events[e].rows[r] = row;
        }
    };
    let triedOne = false;
    const addDetails = (runs, keep) => {
        for (const { e, r, run } of runs) {
            const layout = events[e];
            if (layout.rows[r] === "" || layout.details[r] !== "")
                continue;
            const bare = renderRunDetails(run, false);
            const least = byteLength(bare) + 1;
            const most = least + (run.resultPayload ? RESULT_SECTION_MAX_BYTES : 0);
            if (least > room - keep || (triedOne && most > room - keep))
                continue;
            const block = run.resultPayload ? renderRunDetails(run, true) : bare;
            const size = byteLength(block) + 1;
            if (size > room - keep) {
                triedOne = true;
                continue;
            }
            room -= size;
            layout.details[r] = block;
        }
    };
    addRows(urgent);
    addDetails(urgent, Math.ceil(room / 2));
    addRows(others);
    addDetails([...urgent, ...others], 0);
    const parts = [];
    for (const layout of events) {
        parts.push(renderEvent(layout, options));
        if (layout.each.explanation)
            parts.push(renderExplain(layout.each.event, layout.each.explanation, { baseDir: options.baseDir }));
    }
    let eventsCut = false;
    const eventsPart = (0,report_markdown/* cutMarkdownToBytes */.sG)(`${parts.join("\n\n")}\n`, eventsBudget, (cut) => {
        eventsCut = true;
        return (`\n> [!NOTE]\n> ${cut} bytes of this summary were cut to stay under GitHub's 1 MiB job summary limit.` +
            (options.runUrl ? ` The full output is in the [run log](${options.runUrl}).` : " The full output is in the run log."));
    });
    const markdown = problemsPart ? `${eventsPart.replace(/\n+$/, "")}\n\n${problemsPart}\n` : eventsPart;
    const unlistedSteps = events.reduce((sum, layout) => sum + layout.rows.filter((row) => row === "").length, 0);
    return { markdown, unlistedSteps, problemsCut, eventsCut };
}
function cutProblems(markdown, maxBytes, options, onCut) {
    return (0,report_markdown/* cutMarkdownToBytes */.sG)(markdown, maxBytes, (cut) => {
        onCut();
        return problemsCutNote(cut, options);
    });
}
function problemsCutNote(cut, options) {
    return (`\n> [!WARNING]\n> ${cut} bytes of the problems were cut to stay under GitHub's 1 MiB job summary limit; ` +
        `the annotations show the first of them, the ${options.runUrl ? `[job log](${options.runUrl})` : "job log"} has each of them on a line of its own, ` +
        `and \`flows validate\` lists a flow package's problems.`);
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
function byteLength(text) {
    return Buffer.byteLength(text, "utf8");
}
function needsLook(run) {
    return run.timedOut === true || run.needsAttention || !["completed", "changed", "skipped"].includes(run.effectiveStatus);
}
function tableRow(run) {
    return `| ${(0,report_markdown/* inlineText */.ln)(run.flowName, 80)} | ${(0,report_markdown/* inlineText */.ln)(run.stepName, 80)} | ${(0,report_status/* statusLabel */.Rh)(run)} | ${(0,report_markdown/* inlineText */.ln)((0,report_status/* runMessage */.xA)(run))} | ${(0,report_status/* formatDuration */.a3)(run.durationMs)} | ${run.attempts.length} |`;
}
function renderEvent(layout, options, { worstNotes = false } = {}) {
    const { each: outcome } = layout;
    const head = [
        `### Flows for ${(0,report_markdown/* inlineCode */.ti)(outcome.event.type)}`,
        "",
        `Event ${(0,report_markdown/* inlineCode */.ti)(outcome.eventId)} \u00b7 ${stepsRun(outcome)}${alreadyHandledNote(outcome)}`,
    ];
    if (outcome.runs.length === 0)
        return [...head, "", renderNothingMatched(outcome, options)].join("\n");
    const total = outcome.runs.length;
    const listed = worstNotes ? [] : layout.rows.filter(Boolean);
    const unlisted = total - listed.length;
    const withoutDetails = worstNotes ? total : layout.rows.filter((row, r) => row !== "" && layout.details[r] === "").length;
    const log = options.runUrl ? `[job log](${options.runUrl})` : "job log";
    const table = ["| Flow | Step | Status | Message | Duration | Attempt |", "| --- | --- | --- | --- | --- | --- |", ...listed];
    const rowsNote = unlisted > 0
        ? [
            "> [!NOTE]",
            `> ${unlisted} more step${unlisted === 1 ? "" : "s"} of these ${total} ${unlisted === 1 ? "is" : "are"} not listed in this table, to stay under GitHub's 1 MiB job summary limit ` +
                `(steps that need a look are listed first): see ${unlistedPlaces(options, log)}.`,
            "",
        ]
        : [];
    const detailsNote = withoutDetails > 0
        ? [
            "> [!NOTE]",
            `> The details of ${withoutDetails} of these ${total} steps (result and output tail) were left out to stay under GitHub's 1 MiB job summary limit ` +
                `(steps that need a look keep theirs first); each step's output is in the ${log}.`,
            "",
        ]
        : [];
    return [...head, "", ...table, "", ...rowsNote, ...layout.details.filter(Boolean), ...detailsNote, ...renderConditionMisses(outcome)].join("\n");
}
function unlistedPlaces(options, log) {
    const elsewhere = `the ${log} (for steps run in their own jobs, those jobs' logs and runs files)`;
    if (options.checkRuns === "per-step")
        return `their check runs, and ${elsewhere}`;
    if (options.checkRuns === "per-event")
        return `the event's check run, and ${elsewhere}`;
    return elsewhere;
}
function stepsRun(outcome) {
    const steps = `${outcome.matched} step${outcome.matched === 1 ? "" : "s"}`;
    return outcome.dryRun ? `${steps} would run \u00b7 dry run: nothing was run` : `${steps} run`;
}
function alreadyHandledNote(outcome) {
    const handled = outcome.runs.filter((run) => run.alreadyHandled).length;
    if (handled === 0)
        return outcome.status === "duplicate" ? " \u00b7 already handled: nothing new ran" : "";
    const steps = `already handled: ${handled} step${handled === 1 ? "" : "s"}`;
    return outcome.status === "duplicate" ? ` \u00b7 ${steps}, nothing new ran` : ` \u00b7 ${steps}`;
}
function renderConditionMisses(outcome) {
    const misses = outcome.mismatches.filter((miss) => miss.reason === "condition");
    if (misses.length === 0)
        return [];
    const rows = misses.map((miss) => `| ${(0,report_markdown/* inlineText */.ln)(miss.flow.name, 80)} | ${(0,report_markdown/* inlineText */.ln)(miss.step.name, 80)} | ${(0,report_markdown/* inlineText */.ln)(miss.message, 500)} |`);
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
        return `Nothing matched: the flow backend at ${(0,report_markdown/* inlineText */.ln)(options.backend, 200)} started no run for ${(0,report_markdown/* inlineCode */.ti)(outcome.event.type)}.`;
    }
    const errors = (0,problem_places/* packageCheckProblems */.tY)(allProblems(outcome)).filter((problem) => problem.severity === "error").length;
    if (outcome.mismatches.length === 0 && errors > 0) {
        return (`Nothing matched among the flow packages that could be loaded: ${errors} error${errors === 1 ? "" : "s"} (below) kept ` +
            `a package's steps from being considered for ${(0,report_markdown/* inlineCode */.ti)(outcome.event.type)}.`);
    }
    if (outcome.mismatches.length === 0) {
        return `Nothing matched: no flow step in this repository has a trigger for ${(0,report_markdown/* inlineCode */.ti)(outcome.event.type)} (\`[steps.trigger]\` \`type\` in \`flow.toml\`).`;
    }
    const rows = outcome.mismatches.map((miss) => `| ${(0,report_markdown/* inlineText */.ln)(miss.flow.name, 80)} | ${(0,report_markdown/* inlineText */.ln)(miss.step.name, 80)} | ${miss.step.trigger ? (0,report_markdown/* inlineCode */.ti)(miss.step.trigger.type) : "\u2013"} | ${(0,report_markdown/* inlineText */.ln)(miss.message, 500)} |`);
    return [
        "Nothing matched. Why each step did not run:",
        "",
        "| Flow | Step | Trigger | Why not |",
        "| --- | --- | --- | --- |",
        ...rows,
    ].join("\n");
}
function detailsName(name) {
    return (0,redact_cut/* redacted */.p)(name)
        .map((clean) => clean.replace(/\s+/g, " ").trim())
        .clip(200);
}
function runDetailsOpening(run) {
    return `<details><summary>${(0,report_markdown/* htmlText */.js)(`${detailsName(run.flowName)} / ${detailsName(run.stepName)}`)} \u2014 ${(0,report_status/* statusLabel */.Rh)(run)}</summary>`;
}
const RESULT_SECTION_MAX_BYTES = 10 * RESULT_DETAIL_BYTES + 64;
function renderRunDetails(run, withResult = true) {
    const lines = [runDetailsOpening(run), ""];
    lines.push(`Run ${(0,report_markdown/* inlineCode */.ti)(run.id)}, attempt ${run.attempts.length}.`, "");
    if (run.error)
        lines.push("**Error**", "", (0,report_markdown/* codeBlock */.DV)(summary_cut((0,step_text/* readableStepText */.wR)((0,step_text/* errorBesideOutput */.OL)(run.error, run.output)), RESULT_DETAIL_BYTES)), "");
    const result = withResult ? (0,result_json/* shownRunResult */.sW)(run) : undefined;
    if (result)
        lines.push("**Result**", "", (0,report_markdown/* codeBlock */.DV)(summary_cut(result.head, RESULT_DETAIL_BYTES, result.restBytes), "json"), "");
    if (run.output)
        lines.push("**Output (tail)**", "", (0,report_markdown/* codeBlock */.DV)(cutTail((0,step_text/* readableStepText */.wR)(run.output), OUTPUT_DETAIL_BYTES)), "");
    lines.push("</details>");
    return lines.join("\n");
}
function renderProblems(problems, options) {
    const rows = problems.map((problem) => {
        const where = [summary_relative(problem.file, options.baseDir), problem.line, problem.column].filter((x) => x !== undefined).join(":");
        return `| ${problem.severity === "error" ? "\u274c error" : "\u26a0\ufe0f warning"} | ${(0,report_markdown/* inlineCode */.ti)(where)} | ${(0,report_markdown/* inlineText */.ln)((0,diagnostics/* relativeInMessage */.Pb)(problem.message, options.baseDir), 1000)} |`;
    });
    return [`### Problems ${(0,problem_places/* problemsPlace */.Sq)(problems)} (${problems.length})`, "", "| Severity | Where | Problem |", "| --- | --- | --- |", ...rows].join("\n");
}
function summary_relative(file, baseDir) {
    if (!baseDir || !file.startsWith(`${baseDir}/`))
        return file;
    return file.slice(baseDir.length + 1);
}
function summary_cut(raw, maxBytes, more = 0) {
    const note = (n) => `\u2026 ${n + more} more bytes cut`;
    if (more === 0)
        return (0,report_markdown/* cutToBytes */.zP)(raw, maxBytes, note);
    const text = (0,redact_cut/* redacted */.p)(raw);
    const keep = text.head(maxBytes - byteLength(note(text.bytes)) - 16);
    return `${keep.text}\n${note(keep.cut)}`;
}
function cutTail(raw, maxBytes) {
    const text = (0,redact_cut/* redacted */.p)(raw);
    if (text.bytes <= maxBytes)
        return text.text;
    const tail = text.tail(maxBytes);
    return `\u2026 ${tail.cut} bytes cut \u2026\n${tail.text}`;
}


/***/ }),

/***/ 71111:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   aK: () => (/* binding */ stepEnvironment),
/* harmony export */   c0: () => (/* binding */ WITHHELD_HOST_PREFIXES),
/* harmony export */   dm: () => (/* binding */ INHERITED_TOKEN_VARIABLES),
/* harmony export */   p1: () => (/* binding */ WITHHELD_HOST_VARIABLES),
/* harmony export */   t7: () => (/* binding */ runEnvironment),
/* harmony export */   w$: () => (/* binding */ RUN_VARIABLES)
/* harmony export */ });
/* unused harmony exports JOB_ENVIRONMENT_FILES, WORKSPACE_BACKEND_VARIABLE */
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
const JOB_ENVIRONMENT_FILES = ["GITHUB_ENV", "GITHUB_PATH"];
const INHERITED_TOKEN_VARIABLES = ["GITHUB_TOKEN", "GH_TOKEN"];
const WITHHELD_HOST_PREFIXES = ["INPUT_"];
const RUN_VARIABLES = [
    "CODEX_FLOW_EVENT_ID",
    "CODEX_FLOW_RUN_ID",
    "CODEX_FLOW_ATTEMPT_ID",
    "CODEX_FLOW_REPLAY",
    "CODEX_FLOW_LAUNCHED_BY",
];
const WORKSPACE_BACKEND_VARIABLE = "CODEX_WORKSPACE_BACKEND_WS_URL";
function stepEnvironment(hostEnv, options = {}) {
    const withheld = new Set([...WITHHELD_HOST_VARIABLES, ...(options.exportEnv ? [] : JOB_ENVIRONMENT_FILES)]);
    const env = {};
    for (const [name, value] of Object.entries(hostEnv)) {
        if (value === undefined)
            continue;
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


/***/ }),

/***/ 30676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ LazyStateStore)
/* harmony export */ });
class LazyStateStore {
    kind;
    #open;
    #store;
    #opened;
    constructor(kind, open) {
        this.kind = kind;
        this.#open = open;
    }
    get problems() {
        return this.#opened?.problems ?? [];
    }
    get problemsLeftOut() {
        return this.#opened?.problemsLeftOut;
    }
    get isOpen() {
        return this.#store !== undefined;
    }
    async loadEvent(eventId) {
        return (await this.#real()).loadEvent(eventId);
    }
    async saveEvent(record, options) {
        return (await this.#real()).saveEvent(record, options);
    }
    async claimRuns(record, claim) {
        const store = await this.#real();
        if (store.claimRuns)
            return store.claimRuns(record, claim);
        await store.saveEvent(record);
        return new Map();
    }
    async listEvents(query) {
        return (await this.#real()).listEvents(query);
    }
    async eachEvent(visit) {
        const [store, { eachStoredEvent }] = await Promise.all([this.#real(), __nccwpck_require__.e(/* import() */ 9176).then(__nccwpck_require__.bind(__nccwpck_require__, 89176))]);
        return eachStoredEvent(store, visit);
    }
    async runIndex() {
        const store = await this.#real();
        return store.runIndex ? store.runIndex() : { unusable: "" };
    }
    async flush() {
        if (this.#store)
            await (await this.#store).flush();
    }
    async close() {
        if (this.#store)
            await (await this.#store).close?.();
    }
    #real() {
        this.#store ??= this.#open().then((store) => {
            this.#opened = store;
            return store;
        });
        return this.#store;
    }
}


/***/ }),

/***/ 19917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ MemoryStateStore)
/* harmony export */ });
/* harmony import */ var _read_only_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(71341);

class MemoryStateStore {
    kind = "memory";
    problems = [];
    problemsLeftOut = [];
    #records = new Map();
    #reader;
    constructor(options = {}) {
        this.#reader = (0,_read_only_js__WEBPACK_IMPORTED_MODULE_0__/* .readOnlyReader */ .W8)(options.readOnly);
    }
    get readOnly() {
        return this.#reader !== undefined;
    }
    async loadEvent(eventId) {
        const record = this.#records.get(eventId);
        return record ? copyRecord(record) : undefined;
    }
    async saveEvent(record, _options) {
        if (this.#reader !== undefined)
            return (0,_read_only_js__WEBPACK_IMPORTED_MODULE_0__/* .refusedWrite */ .yN)(`save event ${record.event.id}`, this.#reader);
        const stored = this.#records.get(record.event.id);
        const merged = stored ? (await __nccwpck_require__.e(/* import() */ 7795).then(__nccwpck_require__.bind(__nccwpck_require__, 77795))).mergeEventRecords(stored, record) : record;
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

class StateNotSavedError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y {
    name = "StateNotSavedError";
    eventIds;
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

/***/ 39094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mT: () => (/* binding */ ProblemLog),
/* harmony export */   uv: () => (/* binding */ leftOutLine)
/* harmony export */ });
/* unused harmony exports PROBLEMS_SHOWN_PER_KIND, PROBLEM_KINDS, problemKind, storeProblemCount */
/* harmony import */ var _quoted_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16158);

const PROBLEMS_SHOWN_PER_KIND = 20;
const PROBLEM_KINDS = 20;
class ProblemLog {
    problems = [];
    #seen = new Set();
    #kinds = new Map();
    #count = 0;
    report(problem) {
        const key = `${problem.path}\0${problem.message}`;
        if (this.#seen.has(key))
            return;
        this.#seen.add(key);
        this.#count += 1;
        let kind = problemKind(problem);
        if (!this.#kinds.has(kind) && this.#kinds.size >= PROBLEM_KINDS)
            kind = OTHER_KIND;
        let entry = this.#kinds.get(kind);
        if (!entry) {
            entry = { kind: kind === OTHER_KIND ? "problems of other kinds" : kind, first: problem, shown: 0, count: 0 };
            this.#kinds.set(kind, entry);
        }
        if (entry.shown < PROBLEMS_SHOWN_PER_KIND) {
            entry.shown += 1;
            this.problems.push(problem);
        }
        else
            entry.count += 1;
    }
    get count() {
        return this.#count;
    }
    get leftOut() {
        return [...this.#kinds.values()].filter((entry) => entry.count > 0).map((entry) => ({ ...entry }));
    }
}
const OTHER_KIND = "\0other";
function problemKind(problem) {
    return withoutQuotedText(problem.message.split(problem.path).join("<path>"))
        .replace(/(?<!\S)[^\s/:\\]*[/:\\]\S*/g, (word) => (word === "<path>" || /^[a-z]+:$/i.test(word) ? word : "\u2026"))
        .replace(/\d+/g, "N");
}
function withoutQuotedText(text) {
    let shown = "";
    let from = 0;
    for (let open = text.indexOf('"'); open >= 0;) {
        const end = (0,_quoted_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quotedTextEnd */ .f)(text, open + 1);
        if (end.closed) {
            shown += `${text.slice(from, open)}"\u2026"`;
            from = end.at + 1;
            open = text.indexOf('"', from);
        }
        else {
            open = text.indexOf('"', end.at + 1);
        }
    }
    return shown + text.slice(from);
}
function leftOutLine(leftOut) {
    const total = leftOut.shown + leftOut.count;
    return (`and ${leftOut.count} more like it (${total} in all of this kind; the first: ${leftOut.first.path}: ${leftOut.first.message}), ` +
        "not listed one by one: mend or remove those records where the store keeps them (each is skipped meanwhile).");
}
function storeProblemCount(store) {
    return store.problems.length + (store.problemsLeftOut ?? []).reduce((sum, kind) => sum + kind.count, 0);
}


/***/ }),

/***/ 71341:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W8: () => (/* binding */ readOnlyReader),
/* harmony export */   ZE: () => (/* binding */ recordDamage),
/* harmony export */   Zl: () => (/* binding */ damageProblem),
/* harmony export */   yN: () => (/* binding */ refusedWrite)
/* harmony export */ });
const ANY_READER = { command: "this read-only store" };
function readOnlyReader(setting) {
    if (setting === undefined || setting === false)
        return undefined;
    return setting === true ? ANY_READER : setting;
}
function recordDamage(file, reason, eventId, reader) {
    const setAside = reader.setAsideCommand === undefined ? "A dispatch or replay of its event" : `\`${reader.setAsideCommand(eventId)}\``;
    return {
        file,
        reason,
        left: `left as it is (${reader.command} only reads, and changes nothing)`,
        repair: `${setAside} sets it aside (its bytes kept as ${file}.corrupt-<time>), and the event then counts as not handled yet`,
    };
}
function damageProblem(damage) {
    return { path: damage.file, message: `${damage.reason}; ${damage.left}. ${damage.repair}` };
}
function refusedWrite(what, reader) {
    return Promise.reject(new Error(`${reader.command} only reads the state store, yet it was asked to ${what}`));
}


/***/ }),

/***/ 39709:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ RECORD_FORMAT_VERSION)
/* harmony export */ });
const RECORD_FORMAT_VERSION = 1;


/***/ }),

/***/ 17930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   eR: () => (/* binding */ terminalText)
/* harmony export */ });
/* unused harmony exports terminalLines, stepOutputText, terminalSafe */
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3726);

const CONTROL = new RegExp(`${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_TAG_SEQUENCE */ .K_}|[\\u0000-\\u0008\\u000a-\\u001f\\u007f-\\u009f\\u2028\\u2029${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .HIDDEN_CHARACTER_CLASS */ .eH}]|${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_CHARACTER */ .Zf}`, "g");
const CONTROL_BUT_NEWLINE = new RegExp(`${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .FLAG_TAG_SEQUENCE */ .K_}|[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .HIDDEN_CHARACTER_CLASS */ .eH}]|${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .TAG_CHARACTER */ .Zf}`, "g");
const SGR = /(\u001b\[[0-9;:]*m)/;
const UNSAFE = new RegExp(`\\u001b\\[[0-9;:]*m|[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f${_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .BIDI_CONTROL_CLASS */ .uh}]`, "g");
const RESET = "\u001b[0m";
function visible(char) {
    if (char === "\n")
        return "\\n";
    if (char === "\r")
        return "\\r";
    if (char.length > 2)
        return char;
    const code = char.codePointAt(0) ?? 0;
    return code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function terminalText(text) {
    return text.replace(CONTROL, visible);
}
function terminalLines(text) {
    return text.replace(CONTROL_BUT_NEWLINE, visible);
}
function stepOutputText(line, color) {
    if (!color)
        return terminalText(line);
    const parts = line.split(SGR);
    if (parts.length === 1)
        return terminalText(line);
    return `${parts.map((part, index) => (index % 2 === 1 ? part : terminalText(part))).join("")}${RESET}`;
}
function terminalSafe(text) {
    return text.replace(UNSAFE, (match) => (match.length > 1 ? match : visible(match)));
}


/***/ }),

/***/ 75270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dp: () => (/* binding */ cutCodePoints),
/* harmony export */   Nw: () => (/* binding */ wellFormedText),
/* harmony export */   gL: () => (/* binding */ clipText),
/* harmony export */   j9: () => (/* binding */ headOfBytes),
/* harmony export */   v7: () => (/* binding */ tailOfBytes)
/* harmony export */ });
/* unused harmony export codePointLength */
const GRAPHEME_WINDOW = 256;
const MAX_FLAG_RUN = 1024;
let segmenter;
function graphemes() {
    segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
    return segmenter;
}
function isHigh(unit) {
    return unit >= 0xd800 && unit <= 0xdbff;
}
function isLow(unit) {
    return unit >= 0xdc00 && unit <= 0xdfff;
}
function pairAt(text, at) {
    return isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1));
}
function flagHalfAt(text, at) {
    const low = text.charCodeAt(at + 1);
    return text.charCodeAt(at) === 0xd83c && low >= 0xdde6 && low <= 0xddff;
}
function codePointStart(text, at) {
    return at > 0 && pairAt(text, at - 1) ? at - 1 : at;
}
function graphemeAround(text, at, wantAfter) {
    if (at <= 0 || at >= text.length)
        return { before: at, after: at };
    const previous = text.charCodeAt(at - 1);
    const next = text.charCodeAt(at);
    if (previous < 0x80 && next < 0x80 && !(previous === 0x0d && next === 0x0a))
        return { before: at, after: at };
    let from = codePointStart(text, Math.max(0, at - GRAPHEME_WINDOW));
    if (from > 0 && flagHalfAt(text, from)) {
        let flags = 0;
        while (from >= 2 && flagHalfAt(text, from - 2) && flags < MAX_FLAG_RUN) {
            from -= 2;
            flags++;
        }
        if (from >= 2 && flagHalfAt(text, from - 2))
            return { before: at, after: at };
    }
    const to = Math.min(text.length, wantAfter ? at + GRAPHEME_WINDOW : at + 2);
    const segments = graphemes().segment(text.slice(from, to));
    const hit = segments.containing(at - from);
    if (hit === undefined || hit.index === at - from)
        return { before: at, after: at };
    const before = from + hit.index;
    const firstAfterStart = from + (segments.containing(0)?.segment.length ?? 0);
    if (from > 0 && (before === from || before === firstAfterStart))
        return { before: at, after: at };
    const end = before + hit.segment.length;
    return { before, after: end === to && to < text.length ? at : end };
}
function graphemeStart(text, at) {
    return graphemeAround(text, at, false).before;
}
function graphemeEnd(text, at) {
    return graphemeAround(text, at, true).after;
}
function codePointEnd(text, count, start = 0) {
    let i = start;
    for (let n = 0; n < count && i < text.length; n++)
        i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    return i;
}
function codePointLength(text, start = 0) {
    let count = 0;
    for (let i = start; i < text.length; count++)
        i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
    return count;
}
function cutCodePoints(text, max) {
    if (text.length <= max)
        return { kept: text, cut: 0 };
    const end = codePointEnd(text, Math.max(0, max));
    if (end >= text.length)
        return { kept: text, cut: 0 };
    const start = graphemeStart(text, end);
    return { kept: text.slice(0, start), cut: codePointLength(text, start) };
}
function clipText(text, max, marker = "\u2026") {
    if (text.length <= max || codePointEnd(text, max) >= text.length)
        return text;
    return `${text.slice(0, graphemeStart(text, codePointEnd(text, Math.max(0, max - codePointLength(marker)))))}${marker}`;
}
const utf8 = new TextEncoder();
function headOfBytes(text, maxBytes) {
    if (text.length * 3 <= maxBytes || Buffer.byteLength(text, "utf8") <= maxBytes)
        return text;
    const { read } = utf8.encodeInto(text, new Uint8Array(Math.max(0, maxBytes)));
    return text.slice(0, graphemeStart(text, read));
}
function tailOfBytes(text, maxBytes) {
    let start = text.length;
    let bytes = 0;
    while (start > 0) {
        const unit = text.charCodeAt(start - 1);
        const pair = isLow(unit) && start >= 2 && isHigh(text.charCodeAt(start - 2));
        const size = unit < 0x80 ? 1 : unit < 0x800 ? 2 : pair ? 4 : 3;
        if (bytes + size > maxBytes)
            break;
        bytes += size;
        start -= pair ? 2 : 1;
    }
    return start === 0 ? text : text.slice(graphemeEnd(text, start));
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function wellFormedText(text) {
    return text.replace(LONE_SURROGATE, "\ufffd");
}


/***/ }),

/***/ 95371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ basicCredentials),
/* harmony export */   Fn: () => (/* binding */ urlSecrets),
/* harmony export */   Zx: () => (/* binding */ urlWithoutSecrets),
/* harmony export */   qt: () => (/* binding */ urlPathSecrets)
/* harmony export */ });
/* unused harmony exports MIN_QUERY_SECRET_LENGTH, MIN_PATH_SECRET_LENGTH, MIN_PATH_SEGMENT_SECRET_LENGTH */
const MIN_QUERY_SECRET_LENGTH = 8;
function urlSecrets(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return [];
    }
    const secrets = new Set();
    const add = (value) => {
        if (value)
            secrets.add(value);
    };
    if (url.username || url.password) {
        add(url.password);
        add(decoded(url.password));
        add(url.password ? `${url.username}:${url.password}` : url.username);
        add(url.password ? `${decoded(url.username)}:${decoded(url.password)}` : decoded(url.username));
    }
    for (const part of url.search.slice(1).split("&")) {
        const raw = part.slice(part.indexOf("=") + 1);
        if (!part.includes("=") || raw.length < MIN_QUERY_SECRET_LENGTH)
            continue;
        add(raw);
    }
    for (const value of url.searchParams.values())
        if (value.length >= MIN_QUERY_SECRET_LENGTH)
            add(value);
    return [...secrets];
}
const MIN_PATH_SECRET_LENGTH = 8;
const MIN_PATH_SEGMENT_SECRET_LENGTH = 16;
function urlPathSecrets(text) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return [];
    }
    const path = url.pathname.replace(/\/+$/, "");
    if (path.length < MIN_PATH_SECRET_LENGTH)
        return [];
    const secrets = new Set([path, decoded(path)]);
    for (const segment of path.split("/")) {
        if (segment.length < MIN_PATH_SEGMENT_SECRET_LENGTH)
            continue;
        secrets.add(segment);
        secrets.add(decoded(segment));
    }
    return [...secrets];
}
function decoded(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
function urlWithoutSecrets(text, options = {}) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        return undefined;
    }
    const secretPath = options.path === true && urlPathSecrets(text).length > 0;
    const hidden = Boolean(url.username || url.password || url.search || url.hash || secretPath);
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    if (secretPath)
        url.pathname = "/***";
    return { url: url.toString(), hidden };
}
function basicCredentials(baseUrl) {
    try {
        const url = new URL(baseUrl);
        if (!url.username && !url.password)
            return undefined;
        return `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 99416:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ isUserError),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
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

/***/ 92145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   tZ: () => (/* binding */ BearerCredentialHandler)
/* harmony export */ });
/* unused harmony exports BasicCredentialHandler, PersonalAccessTokenCredentialHandler */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map

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
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
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
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(63291);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
