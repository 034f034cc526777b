export const id = 8314;
export const ids = [8314,1090,1578,2978];
export const modules = {

/***/ 22978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   debugStore: () => (/* binding */ debugStore)
/* harmony export */ });
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
            debug(`state ${store.kind}: get ${eventId} → ${record ? `${record.runs.length} run(s), dispatched ${record.dispatchCount} time(s)` : "not stored"}`);
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
            debug(`state ${store.kind}: list${query?.type ? ` type=${query.type}` : ""} → ${records.length} event(s)`);
            return records;
        },
        async eachEvent(visit) {
            let count = 0;
            const { eachStoredEvent } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89176));
            await eachStoredEvent(store, (record) => {
                count += 1;
                return visit(record);
            });
            debug(`state ${store.kind}: scan → ${count} event(s) read`);
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


/***/ }),

/***/ 39669:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
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
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/engine/pool.js
var pool = __webpack_require__(21655);
// EXTERNAL MODULE: ./.build/report/modes.js
var modes = __webpack_require__(18657);
// EXTERNAL MODULE: ./.build/action/state.js
var state = __webpack_require__(30048);
// EXTERNAL MODULE: ./.build/did-you-mean.js
var did_you_mean = __webpack_require__(31363);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
// EXTERNAL MODULE: ./.build/whole-number.js
var whole_number = __webpack_require__(56991);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __webpack_require__(68880);
// EXTERNAL MODULE: ./.build/url-secrets.js
var url_secrets = __webpack_require__(95371);
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











class ActionInputError extends user_error.UserError {
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
    const parsed = (0,whole_number/* wholeNumber */.r)(value);
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

/***/ 12008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ logGroups)
/* harmony export */ });
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3726);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36375);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68880);
/* harmony import */ var _step_masks_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61195);
/* harmony import */ var _wrapped_lines_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(21913);





const BUFFER_LIMIT_CHARS = 1024 * 1024;
const STATUS_MESSAGE_CHARS = 500;
function logGroups(io, redactor = _redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactor */ .$p) {
    let live;
    const masks = new _step_masks_js__WEBPACK_IMPORTED_MODULE_3__/* .StepMasks */ .k9(io, redactor);
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
        const buffered = { run, lines: [], chars: 0, dropped: 0, hold: new _wrapped_lines_js__WEBPACK_IMPORTED_MODULE_4__/* .StreamLineHolds */ .nu((line) => show(buffered, (0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .logOutputLine */ .eR)(line)), redactor) };
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
    return (0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .logText */ .kc)(`${run.flowName}/${run.stepName}`);
}
function statusLine(run) {
    const why = run.error ?? (typeof run.resultPayload?.message === "string" ? run.resultPayload.message : undefined);
    return (0,_log_text_js__WEBPACK_IMPORTED_MODULE_0__/* .logLine */ .BP)(`${title(run)}: ${run.effectiveStatus}${why ? ` — ${firstLine(why)}` : ""}`);
}
function firstLine(message) {
    const line = (0,_redact_cut_js__WEBPACK_IMPORTED_MODULE_2__/* .redacted */ .p)(message).map((text) => text.split("\n")[0] ?? "");
    const { text: kept, cut } = line.chars(STATUS_MESSAGE_CHARS);
    return cut === 0 ? line.text : `${kept}… (${cut} more characters: the job summary and the results output have the message)`;
}


/***/ }),

/***/ 46189:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k4: () => (/* binding */ discover),
  ll: () => (/* binding */ engineOptions),
  h4: () => (/* binding */ githubContext),
  Dv: () => (/* binding */ planSteps),
  mk: () => (/* binding */ common_publish)
});

// UNUSED EXPORTS: conditionGitHub, conditionOptions, emptyFlowRoots, missingFlowRoots

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/engine/dispatch.js + 2 modules
var dispatch = __webpack_require__(53677);
// EXTERNAL MODULE: ./.build/flows/condition.js + 1 modules
var condition = __webpack_require__(19860);
// EXTERNAL MODULE: ./.build/flows/discovery.js + 1 modules
var flows_discovery = __webpack_require__(81107);
// EXTERNAL MODULE: ./.build/action/reporter.js
var reporter = __webpack_require__(46504);
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
        __webpack_require__.e(/* import() */ 4152).then(__webpack_require__.bind(__webpack_require__, 94152)),
    ]);
    let listed;
    try {
        listed = await pullRequestFiles(client, { repository, number });
    }
    catch (error) {
        const { apiFailure } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 43781));
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

// EXTERNAL MODULE: ./.build/action/inputs.js + 1 modules
var inputs = __webpack_require__(39669);
// EXTERNAL MODULE: ./.build/action/publish.js + 1 modules
var publish = __webpack_require__(29685);
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kn: () => (/* binding */ writeOutputs)
/* harmony export */ });
/* unused harmony exports RESULTS_OUTPUT_LIMIT_BYTES, resultsJson, resultsOutput */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36375);
/* harmony import */ var _redact_cut_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68880);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54681);



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

/***/ 29685:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ publishOutcome),
  jN: () => (/* binding */ publishStoreProblems)
});

// UNUSED EXPORTS: PROBLEM_LOG_LINES, PROBLEM_LOG_PREFIX, annotateProblems, failingRuns, workspacePath

// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/engine/dispatch-problems.js
var dispatch_problems = __webpack_require__(37576);
// EXTERNAL MODULE: ./.build/log-text.js
var log_text = __webpack_require__(3726);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __webpack_require__(68880);
// EXTERNAL MODULE: ./.build/report/problem-places.js
var problem_places = __webpack_require__(58387);
// EXTERNAL MODULE: ./.build/report/summary.js
var report_summary = __webpack_require__(54681);
// EXTERNAL MODULE: ./.build/flows/diagnostics.js
var diagnostics = __webpack_require__(50156);
;// CONCATENATED MODULE: ./.build/action/annotation-budget.js
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

// EXTERNAL MODULE: ./.build/action/outputs.js
var outputs = __webpack_require__(59355);
;// CONCATENATED MODULE: ./.build/action/publish.js










async function publishOutcome(outcome, options) {
    const { io, runner } = options;
    const repoRoot = runner.workspace;
    logAlreadyHandled(io, outcome);
    const room = await io.summaryRoom?.();
    const summary = (0,report_summary/* summaryLayout */.hw)(outcome, {
        runUrl: runner.runUrl,
        baseDir: repoRoot,
        ...(options.backend ? { backend: options.backend } : {}),
        ...(options.checkRuns ? { checkRuns: options.checkRuns } : {}),
        ...(room !== undefined ? { maxBytes: room } : {}),
    });
    annotateProblems(io, (0,report_summary/* allProblems */.Ul)(outcome), repoRoot, { inSummary: !summary.problemsCut });
    await io.appendSummary(summary.markdown, "the flow results");
    await (0,outputs/* writeOutputs */.Kn)(io, outcome);
    const failing = failingRuns(outcome, options.failOn);
    if (failing.length > 0) {
        io.setFailed(`${failing.length} flow step${failing.length === 1 ? "" : "s"} ended with a status listed in fail-on: ${runNames(failing)}`);
    }
    else if (options.failOn.size > 0) {
        const message = problemErrorsMessage((0,report_summary/* allProblems */.Ul)(outcome).filter((problem) => problem.severity === "error"));
        if (message)
            io.setFailed(message);
    }
}
function problemErrorsMessage(errors) {
    const count = (place) => errors.filter((problem) => (0,problem_places/* placeOf */.$t)(problem) === place).length;
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
    const others = errors.filter((problem) => (0,problem_places/* placeOf */.$t)(problem) !== "flow packages" && (0,problem_places/* placeOf */.$t)(problem) !== "the run-step jobs' results");
    if (others.length > 0)
        sentences.push(`${plural(others.length, "error")} ${(0,problem_places/* problemsPlace */.Sq)(others)}; the annotations and the job summary say which.`);
    return sentences.length > 0 ? sentences.join(" ") : undefined;
}
function failingRuns(outcome, failOn) {
    return (0,report_summary/* flatten */.Bq)(outcome)
        .flatMap((each) => each.runs)
        .filter((run) => failOn.has(run.effectiveStatus));
}
const NAMED_RUNS = 20;
const NAME_CHARS = 80;
function runNames(runs) {
    const name = (text) => (0,redact_cut/* redacted */.p)(text).clip(NAME_CHARS, "…");
    const shown = runs.slice(0, NAMED_RUNS).map((run) => `${name(run.flowName)}/${name(run.stepName)} (${run.effectiveStatus})`);
    const more = runs.length - shown.length;
    return `${shown.join(", ")}${more > 0 ? ` and ${more} more (the job summary lists them as far as its 1 MiB goes, and counts those it leaves out)` : ""}`;
}
function logAlreadyHandled(io, outcome) {
    for (const each of (0,report_summary/* flatten */.Bq)(outcome)) {
        const handled = each.runs.filter((run) => run.alreadyHandled);
        if (handled.length === 0)
            continue;
        const all = handled.length === each.runs.length;
        const before = handled.filter((run) => !(0,contracts/* isRunningElsewhere */.wR)(run));
        const elsewhere = handled.filter(contracts/* isRunningElsewhere */.wR);
        const sentences = [
            before.length > 0 ? `${runNames(before)} ${before.length === 1 ? "was" : "were"} handled before and not run again.` : "",
            elsewhere.length > 0 ? `${runNames(elsewhere)} ${elsewhere.length === 1 ? "is" : "are"} running in another dispatch, which records how ${elsewhere.length === 1 ? "it ends" : "they end"}; not started beside ${elsewhere.length === 1 ? "it" : "them"}.` : "",
            before.length > 0 ? `The replay input set to ${each.eventId} runs ${before.length === 1 ? "it" : "them"} again.` : "",
        ].filter(Boolean);
        io.info((0,log_text/* logText */.kc)(`Event ${each.eventId} was already handled${all ? ", nothing ran" : ""}: ${sentences.join(" ")}`));
    }
}
const PROBLEM_LOG_PREFIX = "flows-action problem:";
const PROBLEM_LOG_LINES = 10_000;
async function publishStoreProblems(io, store, repoRoot) {
    const { problems } = (0,dispatch_problems.unreportedStoreProblems)(store);
    if (problems.length === 0)
        return;
    const table = `\n${(0,report_summary/* renderProblems */.x8)(problems, { baseDir: repoRoot })}\n`;
    const room = await io.summaryRoom?.();
    annotateProblems(io, problems, repoRoot, { inSummary: room === undefined || Buffer.byteLength(table, "utf8") <= room });
    await io.appendSummary(table, "the state store's problems");
}
function annotateProblems(io, problems, repoRoot, { inSummary = true } = {}) {
    const errors = problems.filter((problem) => problem.severity === "error").length;
    const warnings = problems.length - errors;
    const shown = {
        error: Math.min(errors, io.annotationsLeft?.("error") ?? ANNOTATIONS_PER_KIND),
        warning: Math.min(warnings, io.annotationsLeft?.("warning") ?? ANNOTATIONS_PER_KIND),
    };
    const room = io.annotationsLeft?.("warning") ?? ANNOTATIONS_PER_KIND;
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
        const text = (0,diagnostics/* relativeInMessage */.Pb)(problem.message, (0,external_node_path_.resolve)(repoRoot));
        const message = file === undefined && problem.file !== repoRoot ? `${problem.file}: ${text}` : text;
        if (!annotated) {
            logged++;
            io.info?.((0,log_text/* logText */.kc)(`${PROBLEM_LOG_PREFIX} ${problem.severity}: ${placePrefix(file === undefined ? undefined : { file, startLine: problem.line, startColumn: problem.column })}${message}`));
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
        io.warning(`${hidden} more problem${hidden === 1 ? "" : "s"} ${(0,problem_places/* problemsPlace */.Sq)(problems)} ${hidden === 1 ? "is" : "are"} not shown as annotations; ${where}`);
    }
}
function workspacePath(file, workspace) {
    const path = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), (0,external_node_path_.resolve)(workspace, file));
    if (path === "" || path === ".." || path.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(path))
        return undefined;
    return path.split(external_node_path_.sep).join("/");
}


/***/ }),

/***/ 46504:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uy: () => (/* binding */ ActionReporter),
/* harmony export */   _Y: () => (/* binding */ actionClient),
/* harmony export */   qe: () => (/* binding */ handoverAction)
/* harmony export */ });
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3726);
/* harmony import */ var _report_modes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18657);
/* harmony import */ var _report_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54681);
/* harmony import */ var _github_debug_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62619);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(39669);





function handoverAction(context) {
    if (!context.runner.insideWorkflowRun)
        return "none";
    return (0,_report_modes_js__WEBPACK_IMPORTED_MODULE_3__/* .handoverAction */ .qe)(context.report.handover, context.event);
}
async function actionClient(context, purpose = "the GitHub API cannot be called") {
    if (!context.token) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ActionInputError */ .VA(`Input "github-token" is empty, so ${purpose} (a secret that is not set, or not available to this workflow, is an empty string). Pass a token, or leave github-token out for its default, \${{ github.token }}.`);
    }
    const { createGitHubClient } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89758));
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
            __webpack_require__.e(/* import() */ 247).then(__webpack_require__.bind(__webpack_require__, 20247)),
            __webpack_require__.e(/* import() */ 2403).then(__webpack_require__.bind(__webpack_require__, 62403)),
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
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ openActionStore),
/* harmony export */   Yz: () => (/* binding */ readStateKind),
/* harmony export */   g$: () => (/* binding */ flushActionStore)
/* harmony export */ });
/* unused harmony exports STATE_KINDS, branchRemoteUrl */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(54348);
/* harmony import */ var _state_not_saved_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85779);
/* harmony import */ var _state_memory_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19917);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(39669);
/* harmony import */ var _publish_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(29685);
/* harmony import */ var _describe_error_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91090);







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
    const { createStateStore, defaultStateDir } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3974));
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
    const { createStateStore } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3974));
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
        await (0,_publish_js__WEBPACK_IMPORTED_MODULE_5__/* .publishStoreProblems */ .jN)(io, store, repoRoot).catch((error) => io.warning(`The state store's problems could not be added to the job summary: ${(0,_describe_error_js__WEBPACK_IMPORTED_MODULE_6__.describeError)(error)}`));
    }
}


/***/ }),

/***/ 61578:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GITHUB_EVENT_NAMES: () => (/* binding */ GITHUB_EVENT_NAMES),
/* harmony export */   checkGitHubEventName: () => (/* binding */ checkGitHubEventName)
/* harmony export */ });
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31363);
/* harmony import */ var _events_workflow_event_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(39777);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41488);



const WEBHOOK_ONLY_EVENT_NAMES = [
    "branch_protection_configuration", "cache_sync", "code_scanning_alert", "commit_comment", "content_reference",
    "custom_property", "custom_property_values", "dependabot_alert", "deploy_key", "deployment_protection_rule",
    "deployment_review", "enterprise", "github_app_authorization", "installation", "installation_repositories",
    "installation_target", "issue_dependencies", "marketplace_purchase", "member", "membership", "meta", "org_block",
    "organization", "personal_access_token_request", "ping", "projects_v2", "projects_v2_item",
    "projects_v2_status_update", "repository", "repository_advisory", "repository_import", "repository_ruleset",
    "repository_vulnerability_alert", "secret_scanning_alert", "secret_scanning_alert_location", "secret_scanning_scan",
    "security_advisory", "security_and_analysis", "sponsorship", "star", "sub_issues", "team", "team_add", "user",
];
const GITHUB_EVENT_NAMES = [..._events_workflow_event_names_js__WEBPACK_IMPORTED_MODULE_1__/* .WORKFLOW_EVENT_NAMES */ .M, ...WEBHOOK_ONLY_EVENT_NAMES];
function checkGitHubEventName(eventName, command) {
    if (GITHUB_EVENT_NAMES.includes(eventName))
        return;
    const suggestion = (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(eventName.replace(/-/g, "_"), GITHUB_EVENT_NAMES) ?? (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(eventName, GITHUB_EVENT_NAMES);
    throw new _usage_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`--event-name "${eventName}" is not a GitHub event name.${suggestion ? ` Did you mean "${suggestion}"?` : ""} ` +
        "Event names are the workflow trigger names: push, pull_request, release, issue_comment, ...", command);
}


/***/ }),

/***/ 48314:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GITHUB_EVENT_NAMES: () => (/* reexport */ event_names.GITHUB_EVENT_NAMES),
  actionInputNames: () => (/* binding */ actionInputNames),
  githubCommand: () => (/* binding */ githubCommand),
  githubFromCommandLine: () => (/* binding */ githubFromCommandLine)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/action/inputs.js + 1 modules
var action_inputs = __webpack_require__(39669);
// EXTERNAL MODULE: ./.build/events/index.js + 11 modules
var events = __webpack_require__(1360);
// EXTERNAL MODULE: ./.build/describe-error.js
var describe_error = __webpack_require__(91090);
// EXTERNAL MODULE: ./.build/log-text.js
var log_text = __webpack_require__(3726);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/runners/environment.js
var environment = __webpack_require__(71111);
// EXTERNAL MODULE: ./.build/state/lazy-store.js
var lazy_store = __webpack_require__(30676);
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

// EXTERNAL MODULE: ./.build/action/debug.js
var action_debug = __webpack_require__(22978);
// EXTERNAL MODULE: ./.build/engine/dispatch.js + 2 modules
var dispatch = __webpack_require__(53677);
// EXTERNAL MODULE: ./.build/action/log-groups.js
var log_groups = __webpack_require__(12008);
// EXTERNAL MODULE: ./.build/action/outcome.js
var action_outcome = __webpack_require__(68733);
// EXTERNAL MODULE: ./.build/action/reporter.js
var action_reporter = __webpack_require__(46504);
// EXTERNAL MODULE: ./.build/action/modes/common.js + 1 modules
var common = __webpack_require__(46189);
;// CONCATENATED MODULE: ./.build/action/modes/dispatch.js





const WATCH_EVENT_TYPES = new Set(["schedule", "workflow_dispatch"]);
async function dispatchMode(context) {
    const github = (0,common/* githubContext */.h4)(context);
    const handover = (0,action_reporter/* handoverAction */.qe)(github);
    if (handover === "publish") {
        const { publishHandedOver } = await __webpack_require__.e(/* import() */ 1562).then(__webpack_require__.bind(__webpack_require__, 81562));
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
            const { watchReleases } = await __webpack_require__.e(/* import() */ 3486).then(__webpack_require__.bind(__webpack_require__, 43486));
            const releases = await watchReleases({ io, env: stepEnv, inputs, repoRoot: context.runner.workspace, store, discovery, stepEnv, bunPath, observer, signal });
            outcome.children.push(...releases);
        }
    }
    finally {
        await reporter?.finish(outcome);
    }
    await (0,common/* publish */.mk)(context, outcome);
    if (handover === "upload")
        await (await __webpack_require__.e(/* import() */ 1562).then(__webpack_require__.bind(__webpack_require__, 81562))).uploadHandover(github, outcome);
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
            throw new action_inputs/* ActionInputError */.VA(`Input "event" changes the ${key} of the replayed event (${JSON.stringify(stored[key])} → ${JSON.stringify(fields[key])}); a replay keeps both. To run a different event, leave "replay" empty and pass the whole FlowEvent in "event".`);
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
var state = __webpack_require__(30048);
;// CONCATENATED MODULE: ./.build/action/run.js












const MODES = {
    dispatch: () => dispatchMode,
    plan: async () => (await Promise.all(/* import() */[__webpack_require__.e(8713), __webpack_require__.e(2321), __webpack_require__.e(4223)]).then(__webpack_require__.bind(__webpack_require__, 34223))).planMode,
    "run-step": async () => (await Promise.all(/* import() */[__webpack_require__.e(8713), __webpack_require__.e(2321), __webpack_require__.e(5598)]).then(__webpack_require__.bind(__webpack_require__, 75598))).runStepMode,
    report: async () => (await Promise.all(/* import() */[__webpack_require__.e(8713), __webpack_require__.e(2321), __webpack_require__.e(3498)]).then(__webpack_require__.bind(__webpack_require__, 83498))).reportMode,
    http: async () => (await Promise.all(/* import() */[__webpack_require__.e(8713), __webpack_require__.e(2321), __webpack_require__.e(4372)]).then(__webpack_require__.bind(__webpack_require__, 24372))).httpMode,
};
async function runAction({ io, env, signal, findBun, stateDirSetting, repositorySetting }) {
    const inputs = (0,action_inputs/* readInputs */.Ko)(io);
    redact/* redactor */.$p.add(...environment/* INHERITED_TOKEN_VARIABLES */.dm.map((name) => env[name]));
    const runner = readRunnerEnvironment(env);
    const debug = io.isDebug() ? (message) => io.debug(message) : undefined;
    const store = openStore({ inputs, env, repoRoot: runner.workspace, ...(debug ? { debug } : {}), ...(stateDirSetting ? { dirSetting: stateDirSetting } : {}) });
    try {
        const stepEnv = { ...env };
        const bunPath = once(async () => (findBun ? findBun(stepEnv) : (await __webpack_require__.e(/* import() */ 3843).then(__webpack_require__.bind(__webpack_require__, 3843))).resolveBun({ inputs, io, env: stepEnv })));
        if (inputs.replay && inputs.mode === "http") {
            await io.setOutput("event-id", inputs.replay);
            const { httpReplayMode } = await Promise.all(/* import() */[__webpack_require__.e(8713), __webpack_require__.e(2321), __webpack_require__.e(4372)]).then(__webpack_require__.bind(__webpack_require__, 24372));
            return await httpReplayMode({ io, inputs, runner, stepEnv, store, bunPath, debug, signal }, inputs.replay, repositorySetting);
        }
        const replayed = inputs.replay ? await storedEvent(store, inputs.replay) : undefined;
        const event = replayed ? (inputs.event ? applyReplayOverrides(replayed, inputs.event) : replayed) : await eventFromGitHub(env, inputs.event);
        io.info(`${inputs.replay ? `Replaying${inputs.event ? " (edited)" : ""}` : "Event"} ${(0,log_text/* logText */.kc)(event.type)} → ${(0,log_text/* logText */.kc)(event.id)}`);
        await io.setOutput("event-id", event.id);
        await io.setOutput("event-type", event.type);
        const mode = await MODES[inputs.mode]();
        let outcome;
        try {
            outcome = await mode({ io, inputs, runner, stepEnv, event, store, bunPath, debug, signal });
        }
        catch (error) {
            await (0,state/* flushActionStore */.g$)(store, io, runner.workspace).catch((flushError) => io.error((0,describe_error.describeError)(flushError)));
            throw error;
        }
        await (0,state/* flushActionStore */.g$)(store, io, runner.workspace);
        return outcome;
    }
    finally {
        await io.flushSummary?.().catch((error) => io.warning(`The flow steps' part of the job summary could not be checked for secrets: ${(0,describe_error.describeError)(error)}`));
        await store.close?.();
    }
}
function openStore(options) {
    const { inputs, debug } = options;
    const lazy = new lazy_store/* LazyStateStore */.V(inputs.state, () => {
        debug?.(`state ${inputs.state}: open`);
        return (0,state/* openActionStore */.Mb)(options);
    });
    return debug ? (0,action_debug.debugStore)(lazy, debug) : lazy;
}
async function eventFromGitHub(env, eventInput) {
    const github = await (0,events/* loadGitHubEvent */.Y6)(env);
    return (0,events/* flowEventFromGitHub */.Ir)({ eventName: github.eventName, payload: github.payload, context: (0,events/* readGitHubRunContext */.EW)(env), eventInput });
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

// EXTERNAL MODULE: ./.build/runners/find-bun.js
var find_bun = __webpack_require__(58595);
// EXTERNAL MODULE: ./.build/flows/discovery.js + 1 modules
var flows_discovery = __webpack_require__(81107);
// EXTERNAL MODULE: ./.build/cli/commands.js + 2 modules
var commands = __webpack_require__(75796);
// EXTERNAL MODULE: ./.build/cli/flow-warnings.js
var flow_warnings = __webpack_require__(57941);
// EXTERNAL MODULE: ./.build/report/summary.js
var summary = __webpack_require__(54681);
// EXTERNAL MODULE: ./.build/report/text.js
var report_text = __webpack_require__(18362);
// EXTERNAL MODULE: ./.build/cli/json-file.js
var json_file = __webpack_require__(92268);
// EXTERNAL MODULE: ./.build/fs-async.js
var fs_async = __webpack_require__(93602);
// EXTERNAL MODULE: ./.build/fs-safe.js
var fs_safe = __webpack_require__(61557);
// EXTERNAL MODULE: ./.build/events/budget.js
var budget = __webpack_require__(85797);
// EXTERNAL MODULE: ./.build/events/runner-ref.js
var runner_ref = __webpack_require__(36502);
// EXTERNAL MODULE: ./.build/scratch.js
var scratch = __webpack_require__(24848);
// EXTERNAL MODULE: ./.build/cli/event-names.js
var event_names = __webpack_require__(61578);
// EXTERNAL MODULE: ./.build/shell-word.js
var shell_word = __webpack_require__(83505);
// EXTERNAL MODULE: ./.build/cli/webhook-delivery.js
var webhook_delivery = __webpack_require__(70919);
// EXTERNAL MODULE: ./.build/cli/webhook-shape.js
var webhook_shape = __webpack_require__(2542);
// EXTERNAL MODULE: ./.build/cli/store.js
var store = __webpack_require__(58534);
// EXTERNAL MODULE: ./.build/terminal-text.js
var terminal_text = __webpack_require__(17930);
;// CONCATENATED MODULE: ./.build/cli/terminal-io.js


function terminalIO(options) {
    const out = options.stdout ?? ((text) => process.stdout.write(text));
    const err = options.stderr ?? ((text) => process.stderr.write(text));
    const paint = (code, text) => (options.color ? `\u001b[${code}m${text}\u001b[39m` : text);
    const where = (properties) => {
        if (!properties?.file)
            return "";
        return `${[properties.file, properties.startLine, properties.startColumn].filter((x) => x !== undefined).join(":")}: `;
    };
    const io = {
        outputs: new Map(),
        summaries: [],
        getInput: (name) => (options.inputs[name] ?? "").trim(),
        getBooleanInput(name) {
            const value = io.getInput(name);
            if (["true", "True", "TRUE"].includes(value))
                return true;
            if (["false", "False", "FALSE"].includes(value))
                return false;
            throw new TypeError(`Input "${name}" is "${value}"; expected true or false.`);
        },
        getMultilineInput: (name) => io
            .getInput(name)
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean),
        setOutput(name, value) {
            io.outputs.set(name, value);
        },
        setSecret(secret) {
            redact/* redactor */.$p.add(secret);
        },
        isDebug: () => options.debug === true,
        debug: (message) => {
            if (options.debug)
                err(`${paint(90, `debug: ${message}`)}\n`);
        },
        info: (message) => out(`${message}\n`),
        plain: (text) => out(`${text.split("\n").map((line) => (0,terminal_text/* stepOutputText */.jR)(line, options.color === true)).join("\n")}\n`),
        notice: (message, properties) => err(`${where(properties)}${paint(36, "notice")}: ${message}\n`),
        warning: (message, properties) => err(`${where(properties)}${paint(33, "warning")}: ${message}\n`),
        error: (message, properties) => err(`${where(properties)}${paint(31, "error")}: ${message}\n`),
        startGroup: (name) => out(`${paint(36, "▸")} ${name}\n`),
        endGroup: () => { },
        async appendSummary(markdown) {
            io.summaries.push(markdown);
        },
        setFailed(message) {
            io.failure = message;
            err(`${paint(31, "failed")}: ${message}\n`);
        },
    };
    return io;
}

// EXTERNAL MODULE: ./.build/cli/usage.js
var usage = __webpack_require__(41488);
;// CONCATENATED MODULE: ./.build/cli/github-command.js

























async function githubFromCommandLine(ctx, values) {
    const eventName = values["event-name"];
    if (!eventName)
        throw new usage/* UsageError */.eb("--event-name is required (push, pull_request, release, ...).", "github");
    (0,event_names.checkGitHubEventName)(eventName, "github");
    const eventPath = values["event-path"];
    if (!eventPath)
        throw new usage/* UsageError */.eb("--event-path is required: the webhook payload as JSON.", "github");
    const inputs = await githubInputs(values, ctx.env, ctx.invocation ?? "flows");
    const viaInput = (values.input ?? []).some((pair) => pair.startsWith("state-dir="));
    return githubCommand(ctx, {
        eventName,
        eventPath,
        repository: values.repository,
        inputs,
        ...(values.bun ? { bunPath: values.bun } : {}),
        ...(viaInput ? {} : { stateDirSetting: (0,store/* cliStateDirSetting */.Ps)(values["state-dir"] !== undefined) }),
    });
}
async function githubCommand(ctx, options) {
    const fromStdin = options.eventPath === json_file/* STDIN */.TF;
    const invocation = ctx.invocation ?? "flows";
    const read = fromStdin ? await payloadFromStdin(options.eventName, invocation, ctx.signal) : await payloadFromFile((0,external_node_path_.resolve)(options.eventPath), options.eventName, invocation);
    const shown = fromStdin ? json_file/* STDIN */.TF : read.eventPath;
    const inner = (0,webhook_delivery/* payloadOfDelivery */.ER)(read.payload, shown, options.eventName, "--event-name");
    const { eventPath, payload } = inner === undefined ? read : { eventPath: await scratchPayloadFile(JSON.stringify(inner)), payload: inner };
    if (inner !== undefined)
        ctx.debug?.(`${fromStdin ? "standard input" : shown} holds GitHub's record of a webhook delivery: its request.payload is the event payload`);
    (0,json_file/* refuseFlowEventAsWebhook */.CC)(payload, shown, "--event-path", invocation);
    (0,webhook_shape/* refuseWebhookOfAnotherEvent */.M4)(options.eventName, payload, shown, "--event-name");
    (0,webhook_shape/* warnMissingAction */.LL)(ctx.err, options.eventName, payload, shown);
    const io = terminalIO({ inputs: options.inputs, stdout: ctx.err, stderr: ctx.err, color: ctx.color, debug: ctx.debug !== undefined });
    const repository = repositoryOf(options, ctx.env, payload, invocation);
    const env = {
        ...(0,runner_ref/* withRunnerRefVariables */.t)(ctx.env, options.eventName, payload),
        GITHUB_EVENT_NAME: options.eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_WORKSPACE: ctx.repoRoot,
        GITHUB_REPOSITORY: repository.name,
        GITHUB_ACTOR: ctx.env.GITHUB_ACTOR ?? ctx.env.USER ?? "local",
        GITHUB_OUTPUT: undefined,
        GITHUB_STEP_SUMMARY: undefined,
    };
    const outcome = await runAction({
        io,
        env,
        signal: ctx.signal,
        findBun: async (stepEnv) => (0,find_bun.findBun)({ explicit: options.bunPath, env: stepEnv, caller: "cli" }).path,
        ...(options.stateDirSetting ? { stateDirSetting: options.stateDirSetting } : {}),
        repositorySetting: repository.setting,
    });
    if (ctx.json) {
        ctx.out(`${JSON.stringify({ outputs: Object.fromEntries(io.outputs), outcome: (0,commands.briefOutcome)(outcome) }, null, 2)}\n`);
    }
    else {
        ctx.out(`${io.summaries.join("\n")}\n`);
        ctx.out("Outputs:\n");
        for (const [name, value] of io.outputs)
            ctx.out(`  ${name} = ${name === "results" ? `${value.length} chars of JSON` : value}\n`);
    }
    const roots = (0,action_inputs/* readInputs */.Ko)(terminalIO({ inputs: options.inputs, stdout: () => undefined, stderr: () => undefined, color: false, debug: false })).flowsPath;
    const discovery = await (0,flows_discovery/* discoverFlows */.nE)({ repoRoot: ctx.repoRoot, roots, eventType: outcome.event.type, checkLayout: true });
    for (const warning of (0,flow_warnings/* layoutWarnings */.UQ)(discovery, (0,summary/* allProblems */.Ul)(outcome), ctx.repoRoot))
        ctx.err(`${(0,report_text.formatProblem)(warning, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
    await (0,flow_warnings/* reportFlowWarnings */.Ms)(ctx, discovery.flows, [outcome]);
    return io.failure ? 1 : 0;
}
function repositoryOf(options, env, payload, invocation) {
    if (options.repository)
        return { name: options.repository, setting: "--repository" };
    if (env.GITHUB_REPOSITORY)
        return { name: env.GITHUB_REPOSITORY, setting: "GITHUB_REPOSITORY" };
    const full = payload?.repository?.full_name;
    if (typeof full === "string" && full !== "")
        return { name: full, setting: "the payload's repository.full_name; --repository sets another" };
    const replay = options.inputs.replay;
    if (replay && options.inputs.mode === "http") {
        throw new usage/* UsageError */.eb(`--input replay=${(0,shell_word/* shellWord */.r)(replay)} with mode http replays an event the flow backend stores, which must be an event of the repository its check runs and comment go to, and no repository is known (no --repository, GITHUB_REPOSITORY, nor repository.full_name in the payload), so nothing was sent. Pass --repository owner/repo: \`${invocation} github ... --repository owner/repo\`.`, "github");
    }
    return { name: "local/repository", setting: "the stand-in for no --repository" };
}
async function payloadFromFile(path, eventName, invocation) {
    await checkEventFile(path, eventName);
    return { eventPath: path, payload: (await (0,json_file/* readJsonFile */.JE)(path, "The event payload", invocation)) };
}
async function payloadFromStdin(eventName, invocation, signal) {
    const what = "The event payload";
    let text;
    try {
        text = await (0,json_file/* readStdinText */.k0)(what, `cat payload.json | ${invocation} github --event-name ${eventName} --event-path -`, budget/* MAX_PAYLOAD_BYTES */.qY, signal);
    }
    catch (error) {
        if (error instanceof usage/* InputFileError */.TH)
            throw error;
        const code = error.code;
        if (code === "EFBIG") {
            throw new usage/* InputFileError */.TH(`${what} on standard input is larger than 25 MiB; payloads may be at most 25 MiB (GitHub's own cap on webhook payloads), so it was not dispatched and nothing was stored. Send a smaller payload.`);
        }
        throw new usage/* InputFileError */.TH((0,json_file/* standardInputProblem */.fs)(what, code));
    }
    const payload = (0,json_file/* parseJsonFileText */.ZN)(text, json_file/* STDIN */.TF, what);
    if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
        throw new usage/* InputFileError */.TH(`${what} on standard input holds ${Array.isArray(payload) ? "an array" : "a plain value"}; a webhook payload is a JSON object.`);
    }
    (0,budget/* checkPayloadShape */.i8)(payload, "the webhook piped in on standard input");
    return { eventPath: await scratchPayloadFile(text), payload: payload };
}
async function scratchPayloadFile(text) {
    const eventPath = (0,external_node_path_.join)((0,scratch/* makeScratchDir */.K)("flows-event-"), "event.json");
    await (0,promises_.writeFile)(eventPath, text, { mode: 0o600 });
    return eventPath;
}
async function checkEventFile(path, eventName) {
    const info = await (0,fs_async/* statPath */.qW)(path).catch(() => undefined);
    if (info === undefined || info.isDirectory())
        return;
    if (!info.isFile()) {
        throw new usage/* InputFileError */.TH(`The event payload file ${path} is ${(0,fs_safe/* fileKind */.h_)(info)}, not a plain file; give the path of a JSON file, ` +
            `or pipe it in (\`gh api … | flows github --event-name ${(0,shell_word/* shellWord */.r)(eventName)} --event-path -\`).`);
    }
    (0,budget/* checkPayloadSize */.Iu)(info.size, `The GitHub event file ${path} (GITHUB_EVENT_PATH)`);
}
async function githubInputs(values, env, invocation) {
    const known = await actionInputNames();
    const inputs = {};
    for (const pair of values.input ?? []) {
        const at = pair.indexOf("=");
        if (at <= 0)
            throw new usage/* UsageError */.eb(`--input takes name=value; got "${pair}".`, "github");
        const name = pair.slice(0, at);
        if (known && !known.includes(name)) {
            throw new usage/* UsageError */.eb(`--input ${name}: the action has no input "${name}".${(0,usage/* didYouMean */.au)(name, known)} Its inputs: ${known.join(", ")}.`, "github");
        }
        const value = pair.slice(at + 1);
        if (inputs[name] !== undefined && inputs[name] !== value) {
            throw new usage/* UsageError */.eb(`--input ${name} is given twice ("${inputs[name]}" and "${value}"); give it once.`, "github");
        }
        inputs[name] = value;
    }
    const fromFlag = (name, flag, value) => {
        if (value === undefined)
            return;
        if (inputs[name] !== undefined && inputs[name] !== value) {
            throw new usage/* UsageError */.eb(`--${flag} and --input ${name}= set the same input ("${value}" and "${inputs[name]}"); give one.`, "github");
        }
        inputs[name] = value;
    };
    fromFlag("flows-path", "flows-path", values["flows-path"]);
    fromFlag("dry-run", "dry-run", values["dry-run"] ? "true" : undefined);
    fromFlag("concurrency", "concurrency", values.concurrency);
    fromFlag("workspace-backend-url", "workspace-backend-url", values["workspace-backend-url"]);
    refuseEventFile(values.event, invocation);
    fromFlag("event", "event", values.event);
    const token = env.GITHUB_TOKEN || env.GH_TOKEN;
    if (token && inputs["github-token"] === undefined)
        inputs["github-token"] = token;
    fromFlag("state", "state", values.state);
    inputs.state ??= "file";
    fromFlag("state-dir", "state-dir", values["state-dir"] === undefined ? undefined : (0,external_node_path_.resolve)(values["state-dir"]));
    fromFlag("state-branch", "branch", values.branch);
    (0,store/* checkStateOptions */._D)({ "state-dir": values["state-dir"], branch: values.branch }, "github", inputs.state);
    try {
        (0,action_inputs/* readInputs */.Ko)(terminalIO({ inputs, stdout: () => undefined, stderr: () => undefined, color: false, debug: false }));
    }
    catch (error) {
        if (error instanceof action_inputs/* ActionInputError */.VA)
            throw new usage/* UsageError */.eb(`--input: ${error.message}`, "github");
        throw error;
    }
    return inputs;
}
function refuseEventFile(value, flows) {
    if (value === undefined || value.trimStart().startsWith("{") || !(0,external_node_fs_.existsSync)(value))
        return;
    const file = (0,shell_word/* shellWord */.r)(value);
    throw new usage/* UsageError */.eb(`--event ${file}: flows github takes the FlowEvent itself as JSON text (the action's \`event\` input), not a file's path. ` +
        `Give the file's text (--event "$(cat ${file})"), or dispatch the file with \`${flows} fire --event ${file}\`.`, "github");
}
async function actionInputNames() {
    const dir = (0,find_bun.flowsActionPackageDir)();
    if (!dir)
        return undefined;
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, "action.yml"), "utf8");
    }
    catch {
        return undefined;
    }
    const block = /^inputs:\n([\s\S]*?)(?=^\S)/m.exec(`${text}\n_`)?.[1] ?? "";
    return [...block.matchAll(/^ {2}([a-z0-9][a-z0-9-]*):/gm)].map((match) => match[1]);
}


/***/ }),

/***/ 91090:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   describeError: () => (/* binding */ describeError)
/* harmony export */ });
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99416);

function describeError(error) {
    if ((0,_user_error_js__WEBPACK_IMPORTED_MODULE_0__.isUserError)(error)) {
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

/***/ 36502:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ withRunnerRefVariables)
/* harmony export */ });
/* unused harmony export runnerRefVariables */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45785);

function runnerRefVariables(eventName, payload) {
    const vars = {};
    const pull = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "pull_request");
    const baseRef = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(pull, "base"), "ref");
    const headRef = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(pull, "head"), "ref");
    let ref;
    if (eventName === "push") {
        ref = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "ref");
        const after = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "after");
        if (after !== undefined)
            vars.GITHUB_SHA = after;
    }
    else if (eventName === "pull_request_target") {
        if (baseRef !== undefined)
            ref = `refs/heads/${baseRef}`;
    }
    else if (eventName.startsWith("pull_request")) {
        const number = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .idAt */ .jj)(payload, "number") ?? (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .idAt */ .jj)(pull, "number");
        if (number !== undefined)
            ref = `refs/pull/${number}/merge`;
    }
    else if (eventName === "release") {
        const tag = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "release"), "tag_name");
        if (tag !== undefined)
            ref = `refs/tags/${tag}`;
    }
    else if (eventName === "create") {
        const name = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "ref");
        const type = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "ref_type");
        if (name !== undefined && (type === "branch" || type === "tag"))
            ref = `refs/${type === "tag" ? "tags" : "heads"}/${name}`;
    }
    else if (eventName === "merge_group") {
        const group = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "merge_group");
        ref = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(group, "head_ref");
        const sha = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(group, "head_sha");
        if (sha !== undefined)
            vars.GITHUB_SHA = sha;
    }
    else if (eventName === "workflow_dispatch") {
        ref = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)(payload, "ref");
    }
    if (ref === undefined && eventName !== "push" && !eventName.startsWith("pull_request")) {
        const branch = (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .stringAt */ .bX)((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "repository"), "default_branch");
        if (branch !== undefined)
            ref = `refs/heads/${branch}`;
    }
    if (ref !== undefined && ref !== "") {
        vars.GITHUB_REF = ref;
        vars.GITHUB_REF_NAME = ref.replace(/^refs\/(heads|tags|pull)\//, "");
    }
    if (pull !== undefined && eventName.startsWith("pull_request")) {
        if (headRef !== undefined)
            vars.GITHUB_HEAD_REF = headRef;
        if (baseRef !== undefined)
            vars.GITHUB_BASE_REF = baseRef;
    }
    return vars;
}
function withRunnerRefVariables(env, eventName, payload) {
    const derived = runnerRefVariables(eventName, payload);
    const set = (name) => env[name] !== undefined && env[name] !== "";
    if (set("GITHUB_REF"))
        delete derived.GITHUB_REF_NAME;
    const missing = Object.entries(derived).filter(([name]) => !set(name));
    return missing.length === 0 ? env : { ...env, ...Object.fromEntries(missing) };
}


/***/ }),

/***/ 62619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ debugClient)
/* harmony export */ });
function debugClient(client, debug) {
    client.hook.wrap("request", async (request, options) => {
        const what = `GitHub API ${options.method} ${String(options.url).replace(/\{([^}]+)\}/g, (_, name) => String(options[name] ?? `{${name}}`))}`;
        try {
            const response = await request(options);
            debug(`${what} → ${response.status}`);
            return response;
        }
        catch (error) {
            debug(`${what} → ${error.status ?? (error instanceof Error ? error.message : String(error))}`);
            throw error;
        }
    });
    return client;
}


/***/ }),

/***/ 18657:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ CHECKS_MODES),
/* harmony export */   Ln: () => (/* binding */ HANDOVER_MODES),
/* harmony export */   eL: () => (/* binding */ forkToken),
/* harmony export */   p8: () => (/* binding */ COMMENT_MODES),
/* harmony export */   qe: () => (/* binding */ handoverAction),
/* harmony export */   um: () => (/* binding */ MAX_HANDOVERS_PER_RUN)
/* harmony export */ });
/* harmony import */ var _events_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45785);

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

/***/ 30676:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
        const [store, { eachStoredEvent }] = await Promise.all([this.#real(), Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 89176))]);
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

/***/ 95371:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
