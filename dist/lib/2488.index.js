export const id = 2488;
export const ids = [2488,4152,9050,7469];
export const modules = {

/***/ 2488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FlowBackendError: () => (/* reexport */ FlowBackendError),
  NOT_SENT: () => (/* reexport */ NOT_SENT),
  dispatchToBackend: () => (/* reexport */ dispatchToBackend),
  displayUrl: () => (/* reexport */ displayUrl),
  objectNamedById: () => (/* reexport */ objectNamedById),
  replayOnBackend: () => (/* reexport */ replayOnBackend),
  reportTargetsBeyondId: () => (/* reexport */ reportTargetsBeyondId),
  targetsDisagreement: () => (/* reexport */ targetsDisagreement)
});

// UNUSED EXPORTS: normalizeDispatchResult, normalizeRunList, normalizeRunView

// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/engine/event.js
var engine_event = __webpack_require__(66185);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
// EXTERNAL MODULE: ./.build/generated/validators/backend-dispatch-result.js
var backend_dispatch_result = __webpack_require__(33451);
;// CONCATENATED MODULE: ./.build/backend/answer-shape.js
const MAX_ANSWER_CONTAINERS = 500_000;

// EXTERNAL MODULE: ./.build/log-text.js
var log_text = __webpack_require__(3726);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
// EXTERNAL MODULE: ./.build/url-secrets.js
var url_secrets = __webpack_require__(95371);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __webpack_require__(68880);
;// CONCATENATED MODULE: ./.build/backend/errors.js





class FlowBackendError extends user_error.UserError {
    name = "FlowBackendError";
    kind;
    status;
    field;
    code;
    runId;
    runs;
    outcome;
    constructor(message, details) {
        super((0,log_text/* logText */.kc)(redact/* redactor */.$p.redact(message)));
        this.kind = details.kind;
        if (details.status !== undefined)
            this.status = details.status;
        if (details.field !== undefined)
            this.field = details.field;
        if (details.code !== undefined)
            this.code = details.code;
        if (details.runId !== undefined)
            this.runId = details.runId;
        this.runs = details.runs ?? [];
        if (details.outcome)
            this.outcome = details.outcome;
    }
}
function errors_redact(text, secrets) {
    let clean = text;
    for (const secret of secrets) {
        if (secret && secret.length >= 4)
            clean = clean.split(secret).join("***");
    }
    return clean;
}
function displayUrl(url) {
    return (0,url_secrets/* urlWithoutSecrets */.Zx)(url, { path: true })?.url.replace(/\/+$/, "") ?? "(invalid backend-url)";
}
const SHOWN_URL_CHARS = 200;
function notHttpUrlMessage(url) {
    const value = url.trim();
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value)?.[1];
    const guess = scheme === undefined ? (0,url_secrets/* urlWithoutSecrets */.Zx)(`https://${value}`, { path: true }) : undefined;
    const parsed = scheme === undefined ? guess : (0,url_secrets/* urlWithoutSecrets */.Zx)(value, { path: true });
    const parsedText = parsed?.url.replace(/\/+$/, "");
    const asGiven = scheme === undefined ? parsedText?.replace(/^https:\/\//, "") : parsedText;
    const shown = value === "" ? "(empty)" : (0,redact_cut/* redacted */.p)(asGiven ?? value).clip(SHOWN_URL_CHARS, "…");
    const why = scheme !== undefined
        ? `its scheme is ${scheme}:, and the flow backend is reached over http(s)`
        : "it has no http:// or https:// in front";
    const hint = guess !== undefined && new URL(guess.url).hostname !== ""
        ? `: did you mean ${(0,redact_cut/* redacted */.p)(guess.url.replace(/\/+$/, "")).clip(SHOWN_URL_CHARS, "…")}? Set backend-url to the flow backend's base URL with its scheme`
        : "; set it to the flow backend's base URL, like https://flows.example.com/api";
    return `backend-url "${shown}" is not an http(s) URL (${why})${hint}.`;
}

// EXTERNAL MODULE: ./.build/generated/validators/backend-run.js
var backend_run = __webpack_require__(41590);
// EXTERNAL MODULE: ./.build/generated/validators/flow-result.js
var flow_result = __webpack_require__(6264);
// EXTERNAL MODULE: ./.build/events/budget.js
var events_budget = __webpack_require__(85797);
// EXTERNAL MODULE: ./.build/json-shape.js
var json_shape = __webpack_require__(1414);
// EXTERNAL MODULE: ./.build/report/result-json.js
var result_json = __webpack_require__(70659);
;// CONCATENATED MODULE: ./.build/backend/kept-result.js


const WHOLE_RESULT_CHARS = 512 * 1024;
const KEPT_RESULT_CHARS = 128 * 1024;
const KEPT_MESSAGE_CHARS = 16 * 1024;
const KEPT_ANNOTATIONS = 1_000;
const ANNOTATION_CHARS = 16 * 1024;
const ANNOTATIONS_CHARS = 1024 * 1024;
const ARTIFACTS_CHARS = 64 * 1024;
function keptResultFields(result) {
    const wholeResult = longLayout(result);
    return wholeResult ? { resultPayload: partOf(result), wholeResult } : { resultPayload: result };
}
function keptResult(result) {
    return keptResultFields(result).resultPayload;
}
function longLayout(result) {
    const compact = JSON.stringify(result) ?? "";
    return compact.length > WHOLE_RESULT_CHARS ? (0,result_json/* resultLayout */.A_)(result, compact) : undefined;
}
function partOf(result) {
    const rest = { left: KEPT_RESULT_CHARS };
    const kept = {};
    for (const [key, value] of Object.entries(result)) {
        if (key === "status")
            field(kept, key, value);
        else if (key === "message" && typeof value === "string")
            field(kept, key, prefixOf(value, { left: KEPT_MESSAGE_CHARS }));
        else if (key === "annotations" && Array.isArray(value))
            field(kept, key, annotationsOf(value));
        else if (key === "artifacts")
            field(kept, key, prefixOf(value, { left: ARTIFACTS_CHARS }));
        else if (rest.left > 0)
            field(kept, key, prefixOf(value, rest));
    }
    return kept;
}
function annotationsOf(items) {
    const all = { left: ANNOTATIONS_CHARS };
    const kept = [];
    for (const item of items.slice(0, KEPT_ANNOTATIONS)) {
        if (all.left <= 0)
            break;
        const one = prefixOf(item, { left: ANNOTATION_CHARS });
        all.left -= JSON.stringify(one).length + 1;
        kept.push(one);
    }
    return kept;
}
function prefixOf(value, budget) {
    if (typeof value === "string") {
        if (value.length + 2 <= budget.left) {
            budget.left -= value.length + 2;
            return value;
        }
        const text = (0,redact_cut/* redacted */.p)(value).chars(Math.max(0, budget.left - 2)).text;
        budget.left = 0;
        return JSON.parse(JSON.stringify(text));
    }
    if (value === null || typeof value !== "object") {
        budget.left -= String(value).length;
        return value;
    }
    budget.left -= 2;
    if (Array.isArray(value)) {
        const items = [];
        for (const item of value) {
            if (budget.left <= 0)
                break;
            items.push(prefixOf(item, budget));
            budget.left -= 1;
        }
        return items;
    }
    const fields = {};
    for (const [key, item] of Object.entries(value)) {
        if (budget.left <= 0)
            break;
        budget.left -= key.length + 4;
        field(fields, key, prefixOf(item, budget));
    }
    return fields;
}
function field(fields, key, value) {
    Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./.build/backend/normalize.js










function normalizeRunView(raw, budget = { left: MAX_ANSWER_CONTAINERS }) {
    const fields = unwrapObject(raw, "run", "a run view");
    if (!(0,backend_run/* validateBackendRun */.k)(fields))
        throw violation(fields, backend_run/* validateBackendRun */.k.errors ?? []);
    const wire = fields;
    const { stepOutput } = budget;
    if (stepOutput)
        for (const text of stepTexts(wire))
            stepOutput(text);
    const id = (wire.id || wire.runId);
    const where = `run "${id}"`;
    if (!nameableInPath(id))
        throw fieldError(where, wire.id ? "id" : "runId", id, UNNAMEABLE_ID);
    const older = wire.resultPayload ?? wire.result ? undefined : olderResult(wire.resultJson, where, budget);
    const resultPayload = wire.resultPayload ?? wire.result ?? older?.result;
    const { processStatus, resultStatus } = statuses(wire, resultPayload ?? undefined);
    const effectiveStatus = (0,contracts/* effectiveStatusOf */.Z2)({ processStatus, resultStatus });
    const version = wire.flowVersion ?? wire.version;
    const view = {
        id,
        eventId: wire.eventId,
        flowName: (wire.flowName || wire.flow),
        ...(version === undefined ? {} : { flowVersion: finiteVersion(version, where, wire.flowVersion === undefined ? "version" : "flowVersion") }),
        stepName: (wire.stepName || wire.step),
        runner: wire.runner ?? "bun",
        processStatus,
        effectiveStatus,
        needsAttention: (0,contracts/* needsAttentionFor */.XM)(effectiveStatus),
        attempts: (wire.attempts ?? []).map((attempt, index) => readAttempt(attempt, index, id, where)),
        createdAt: "",
        updatedAt: "",
    };
    if (resultStatus)
        view.resultStatus = resultStatus;
    if (resultPayload)
        Object.assign(view, keptResultFields(resultPayload));
    const output = textOf(wire.output);
    if (output !== undefined)
        view.output = outputTail(output);
    const error = textOf(wire.error);
    if (error !== undefined)
        view.error = errorHead(error);
    olderTexts(view, wire, older?.printed);
    for (const key of ["startedAt", "completedAt"]) {
        const time = optionalTime(wire[key], where, key);
        if (time !== undefined)
            view[key] = time;
    }
    const createdAt = optionalTime(wire.createdAt, where, "createdAt");
    const updatedAt = optionalTime(wire.updatedAt, where, "updatedAt");
    const first = createdAt ?? view.startedAt ?? updatedAt ?? view.completedAt;
    if (first === undefined) {
        throw fieldError(where, "createdAt", undefined, "an ISO time (or at least one of updatedAt, startedAt)");
    }
    view.createdAt = first;
    view.updatedAt = updatedAt ?? view.completedAt ?? view.startedAt ?? first;
    const duration = wire.durationMs;
    if (typeof duration === "number" && duration >= 0 && duration <= MAX_TIME_MS)
        view.durationMs = duration;
    else if (view.startedAt && view.completedAt) {
        const ms = Date.parse(view.completedAt) - Date.parse(view.startedAt);
        if (Number.isFinite(ms) && ms >= 0)
            view.durationMs = ms;
    }
    for (const key of ["timedOut", "replay", "alreadyHandled"]) {
        if (wire[key] === true)
            view[key] = true;
    }
    if (wire.replay === undefined && wire.backend === "workspace-local" && id.endsWith("_replay"))
        view.replay = true;
    if ((wire.attempts === undefined || wire.attempts === null) && view.processStatus !== "queued")
        view.attempts = [onlyAttempt(view)];
    return view;
}
function stepTexts(wire) {
    const texts = [wire.output, wire.stdout, wire.stderr, wire.error, ...(wire.attempts ?? []).map((attempt) => attempt.error)].map(textOf);
    return texts.filter((text) => text !== undefined && text !== "");
}
function olderResult(text, where, budget) {
    if (text === undefined || text === null || text.trim() === "")
        return undefined;
    const shape = (0,json_shape/* jsonShape */.S)(text, { maxDepth: events_budget/* MAX_PAYLOAD_DEPTH */.GL + 1, maxContainers: budget.left });
    if (!shape.ok && shape.exceeded === "depth") {
        throw fieldError(where, "resultJson", text, `JSON nested at most ${events_budget/* MAX_PAYLOAD_DEPTH */.GL} levels deep, as a step's FlowResult is`);
    }
    if (!shape.ok) {
        throw fieldError(where, "resultJson", text, `JSON whose objects and arrays, with those of the answer's other resultJson texts, number at most ${MAX_ANSWER_CONTAINERS.toLocaleString("en-US")}`);
    }
    budget.left -= shape.containers;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        throw fieldError(where, "resultJson", text, "JSON text of a FlowResult (or of {flow, step, result})");
    }
    const result = isObject(value) && isObject(value.result) ? value.result : value;
    if (!(0,flow_result/* validateFlowResult */.m)(result)) {
        throw fieldError(where, "resultJson", text, `a FlowResult whose status is ${oneOf(contracts/* FLOW_RESULT_STATUSES */.WL)} (alone or as {flow, step, result})`);
    }
    return { result, printed: value };
}
const KEPT_OUTPUT_BYTES = 64 * 1024;
const KEPT_ERROR_BYTES = 16 * 1024;
function outputTail(text) {
    const kept = (0,redact_cut/* redacted */.p)(text).tail(KEPT_OUTPUT_BYTES);
    return kept.cut > 0 ? ownCopy(`… ${kept.cut} bytes cut …\n${kept.text}`) : kept.text;
}
function errorHead(text) {
    const kept = (0,redact_cut/* redacted */.p)(text).head(KEPT_ERROR_BYTES);
    return kept.cut > 0 ? ownCopy(`${kept.text}\n… ${kept.cut} more bytes cut`) : kept.text;
}
function ownCopy(text) {
    return JSON.parse(JSON.stringify(text));
}
const OLDER_OUTPUT_BYTES = 8_000;
function olderTexts(view, wire, printed) {
    const stdout = repeatsResult(textOf(wire.stdout), printed) ? undefined : textOf(wire.stdout)?.trim();
    const stderr = textOf(wire.stderr)?.trim();
    if (view.output === undefined && (stdout || stderr)) {
        view.output = (0,redact_cut/* redacted */.p)([stdout, stderr].filter(Boolean).join("\n")).tail(OLDER_OUTPUT_BYTES).text;
    }
    if (view.processStatus === "failed" && stderr && !view.error?.includes(stderr)) {
        view.error = [(0,redact_cut/* redacted */.p)(stderr).tail(OLDER_OUTPUT_BYTES).text, view.error].filter(Boolean).join("\n");
    }
}
function repeatsResult(stdout, printed) {
    if (!stdout || printed === undefined)
        return false;
    if (!(0,json_shape/* jsonShape */.S)(stdout, { maxDepth: events_budget/* MAX_PAYLOAD_DEPTH */.GL + 1, maxContainers: MAX_ANSWER_CONTAINERS }).ok)
        return false;
    try {
        return JSON.stringify(JSON.parse(stdout)) === JSON.stringify(printed);
    }
    catch {
        return false;
    }
}
function onlyAttempt(view) {
    const attempt = { id: view.id, number: 1, status: view.processStatus };
    if (view.resultStatus)
        attempt.resultStatus = view.resultStatus;
    if (view.startedAt)
        attempt.startedAt = view.startedAt;
    if (view.completedAt)
        attempt.completedAt = view.completedAt;
    if (view.error !== undefined)
        attempt.error = view.error;
    if (view.replay)
        attempt.replay = true;
    return attempt;
}
function statuses(wire, resultPayload) {
    const resultStatus = wire.resultStatus ?? resultPayload?.status;
    const status = wire.processStatus ?? wire.status;
    if (isProcessStatus(status))
        return { processStatus: status, ...(resultStatus ? { resultStatus } : {}) };
    return { processStatus: "completed", resultStatus: resultStatus ?? status };
}
function readAttempt(item, index, runId, where) {
    const field = `attempts[${index}]`;
    const number = item.number !== undefined && Number.isSafeInteger(item.number) && item.number >= 1 ? item.number : index + 1;
    const attempt = {
        id: item.id ? item.id : `${runId}_a${number}`,
        number,
        status: (item.status ?? item.processStatus),
    };
    if (item.resultStatus)
        attempt.resultStatus = item.resultStatus;
    for (const key of ["startedAt", "completedAt"]) {
        const time = optionalTime(item[key], where, `${field}.${key}`);
        if (time !== undefined)
            attempt[key] = time;
    }
    const error = textOf(item.error);
    if (error !== undefined)
        attempt.error = errorHead(error);
    if (item.timedOut === true)
        attempt.timedOut = true;
    if (item.replay === true)
        attempt.replay = true;
    return attempt;
}
function violation(fields, errors) {
    const depth = (error) => error.instancePath.split("/").length + (error.keyword === "required" ? 1 : 0);
    const candidates = errors.filter((error) => !["anyOf", "allOf", "oneOf"].includes(error.keyword));
    const chosen = candidates.reduce((best, error) => (!best || depth(error) > depth(best) ? error : best), undefined);
    const where = typeof fields.id === "string" && fields.id ? `run "${fields.id}"` : typeof fields.runId === "string" && fields.runId ? `run "${fields.runId}"` : "run";
    if (!chosen)
        return fieldError(where, "", fields, "a run view");
    const params = chosen.params;
    const path = (0,contract_errors/* fieldOfPointer */.FB)(chosen.instancePath);
    const field = chosen.keyword === "required" ? [path, String(params.missingProperty)].filter(Boolean).join(".") : path;
    const value = valueAt(fields, field);
    const allowed = errors
        .filter((error) => error.instancePath === chosen.instancePath && error.keyword === "enum")
        .flatMap((error) => error.params.allowedValues.map(String));
    let expected;
    if (allowed.length > 0)
        expected = oneOf([...new Set(allowed)]);
    else if (chosen.keyword === "type")
        expected = `a ${String(params.type).replace(/,/g, " or ")}`;
    else if (chosen.keyword === "required" || chosen.keyword === "minLength")
        expected = field === "flowVersion" ? "a number (the flow.toml version)" : "a non-empty string";
    else
        expected = chosen.message ?? "a valid value";
    return fieldError(where, field, value, expected);
}
function valueAt(fields, field) {
    let value = fields;
    for (const part of field.split(/\.|\[|\]/).filter(Boolean)) {
        if (value === null || typeof value !== "object")
            return undefined;
        value = value[part];
    }
    return value;
}
function unwrapObject(raw, key, what) {
    let value = raw;
    for (let depth = 0; depth < 3; depth++) {
        if (!isObject(value))
            break;
        if (isObject(value.data) && Object.keys(value).length <= 2)
            value = value.data;
        else if (isObject(value[key]) && !("id" in value))
            value = value[key];
        else
            break;
    }
    if (!isObject(value)) {
        throw new FlowBackendError(`expected ${what} (a JSON object), got ${describe(value)}.`, {
            kind: "invalid-response",
        });
    }
    return value;
}
function nameableInPath(id) {
    return id !== "." && id !== ".." && !LONE_SURROGATE.test(id);
}
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNNAMEABLE_ID = 'a run id other than "." and ".." and without a lone surrogate (half of a UTF-16 pair), which a URL path cannot name (GET /runs/:id, POST /runs/:id/cancel)';
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isTerminal(run) {
    return run.processStatus === "completed" || run.processStatus === "failed" || run.processStatus === "canceled";
}
function textOf(value) {
    if (value === undefined || value === null)
        return undefined;
    return typeof value === "string" ? value : value.message;
}
const MAX_TIME_MS = 8.64e15;
function optionalTime(value, where, field) {
    if (value === undefined || value === null)
        return undefined;
    const ms = typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : Number.NaN;
    if (Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS)
        return new Date(ms).toISOString();
    throw fieldError(where, field, value, "an ISO time");
}
function finiteVersion(version, where, field) {
    const number = typeof version === "string" ? Number(version) : version;
    if (!Number.isFinite(number))
        throw fieldError(where, field, version, "a finite number (the flow.toml version)");
    return number;
}
function isProcessStatus(value) {
    return typeof value === "string" && contracts/* PROCESS_STATUSES */.Ne.includes(value);
}
function fieldError(where, field, value, expected) {
    const got = value === undefined ? "is missing" : `is ${describe(value)}`;
    return new FlowBackendError(`${where}: field "${field}" ${got}; expected ${expected}.`, {
        kind: "invalid-response",
        field,
    });
}
function oneOf(values) {
    return `one of ${values.join(", ")}`;
}
const describe = redact_cut/* shownValue */.J;

;// CONCATENATED MODULE: ./.build/backend/dispatch-result.js






const MAX_RUNS = 1000;
function normalizeDispatchResult(raw, sent, stepOutput) {
    const fields = unwrapObject(raw, "result", "a dispatch result");
    if (!(0,backend_dispatch_result/* validateBackendDispatchResult */.q)(fields))
        throw dispatch_result_violation(fields);
    const status = fields.status;
    const event = readEvent(fields.event, sent);
    const runs = fields.runs === undefined || fields.runs === null ? [] : normalizeRunList(fields.runs, stepOutput);
    const eventId = typeof fields.eventId === "string" && fields.eventId !== "" ? fields.eventId : event.id;
    const runIds = readRunIds(fields.runIds, runs);
    const matched = typeof fields.matched === "number" && Number.isInteger(fields.matched) ? fields.matched : runIds.length;
    const result = { status, eventId, runIds, matched, event, runs };
    if (typeof fields.idempotent === "boolean")
        result.idempotent = fields.idempotent;
    else if (status === "duplicate")
        result.idempotent = true;
    return result;
}
function normalizeRunList(raw, stepOutput) {
    let value = raw;
    for (let depth = 0; depth < 3 && isObject(value); depth++) {
        if (Array.isArray(value.runs))
            value = value.runs;
        else if (value.data !== undefined)
            value = value.data;
        else if (isObject(value.run))
            value = [value.run];
        else
            break;
    }
    if (!Array.isArray(value)) {
        throw invalid(`expected a list of runs ({"runs": [...]}), got ${describe(value)}.`, "runs");
    }
    if (value.length > MAX_RUNS) {
        throw invalid(`the run list has ${value.length} runs; at most ${MAX_RUNS} runs for one event are waited for and reported.`, "runs");
    }
    const budget = { left: MAX_ANSWER_CONTAINERS, ...(stepOutput ? { stepOutput } : {}) };
    return value.map((item) => normalizeRunView(item, budget));
}
function readEvent(value, sent) {
    if (value === undefined || value === null)
        return sent;
    try {
        return (0,engine_event/* normalizeFlowEvent */.kN)(value);
    }
    catch (error) {
        throw invalid(`field "event" is not a FlowEvent: ${error instanceof Error ? error.message : String(error)}`, "event");
    }
}
function readRunIds(value, runs) {
    const odd = value?.find((id) => !nameableInPath(id));
    if (odd !== undefined)
        throw invalid(`field "runIds" holds ${describe(odd)}; expected ${UNNAMEABLE_ID}.`, "runIds");
    return [...new Set(value ?? runs.map((run) => run.id))];
}
function dispatch_result_violation(fields) {
    const { field } = (0,contract_errors/* firstViolation */.sB)(backend_dispatch_result/* validateBackendDispatchResult */.q.errors, fields);
    if (Array.isArray(fields.runIds) && fields.runIds.length > MAX_RUNS) {
        return invalid(`field "runIds" lists ${fields.runIds.length} runs; at most ${MAX_RUNS} runs for one event are waited for and reported.`, "runIds");
    }
    if (field.startsWith("runIds")) {
        return invalid(`field "runIds" is ${describe(fields.runIds)}; expected an array of run ids.`, "runIds");
    }
    return invalid(`field "status" is ${describe(fields.status)}; expected "accepted" or "duplicate".`, "status");
}
function invalid(message, field) {
    return new FlowBackendError(`dispatch result: ${message}`, { kind: "invalid-response", field });
}

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./.build/generated/validators/backend-error.js
var backend_error = __webpack_require__(46801);
;// CONCATENATED MODULE: ./.build/backend/http.js











const NOT_SENT = "not-sent";
const TOO_LARGE = "too-large";
const TRANSIENT_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "UND_ERR_SOCKET"]);
const MAX_RETRY_DELAY_MS = 15_000;
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
const MAX_ANSWER_DEPTH = events_budget/* MAX_PAYLOAD_DEPTH */.GL + 8;
const SHARED_ANSWER_BYTES = 1024 * 1024;
class AnswerTurns {
    #last = Promise.resolve();
    take() {
        let release = () => undefined;
        const mine = new Promise((resolve) => {
            release = resolve;
        });
        const before = this.#last;
        this.#last = before.then(() => mine);
        return before.then(() => release);
    }
}
async function requestJson(connection, request) {
    const turn = {};
    const tries = [];
    try {
        return await attempts(connection, request, { turn, tries });
    }
    catch (error) {
        throw withEarlierTries(error, tries);
    }
    finally {
        turn.release?.();
    }
}
const MIN_REQUEST_MS = 100;
async function attempts(connection, request, state) {
    const { turn, tries } = state;
    const target = backendEndpoint(connection.url, request.path);
    const what = `${request.method} ${shownPath(request.path)}`;
    const at = `the flow backend at ${displayUrl(connection.url)}`;
    const headers = await requestHeaders(connection, request.body);
    const stop = connection.signal && request.answerAfterAbortMs !== undefined ? abortedLater(connection.signal, request.answerAfterAbortMs) : connection.signal;
    let spent = false;
    for (let attempt = 1;; attempt++) {
        turn.release?.();
        delete turn.release;
        if (connection.signal?.aborted)
            throw attempt === 1 ? notSent(what) : aborted(what);
        const remaining = request.deadline - performance.now();
        if (remaining < MIN_REQUEST_MS || spent) {
            if (tries.length === 0) {
                throw new FlowBackendError(`${what} was not sent to ${at}: its time ran out first (${Math.max(0, Math.floor(remaining))} ms were left, and a request is sent with at least ${MIN_REQUEST_MS} ms).`, { kind: "timeout", code: NOT_SENT });
            }
            const status = lastStatus(tries);
            const told = tellTries(tries.splice(0));
            throw new FlowBackendError(`${at} ${told}, and the time for ${what} ran out before it could be sent again. Check the backend's logs.`, {
                kind: "timeout",
                ...(status !== undefined ? { status } : {}),
            });
        }
        const limit = Math.min(remaining, connection.requestTimeoutMs);
        const timeout = AbortSignal.timeout(Math.ceil(limit));
        const cutAtDeadline = remaining <= connection.requestTimeoutMs;
        const signal = stop ? AbortSignal.any([stop, timeout]) : timeout;
        const retryLeft = !request.once && attempt <= connection.retries;
        const timeForAnother = () => retryLeft && !cutAtDeadline && request.deadline - performance.now() >= MIN_REQUEST_MS;
        let response;
        try {
            response = await connection.fetch(target, {
                method: request.method,
                headers,
                body: request.body,
                signal,
                redirect: "manual",
            });
        }
        catch (error) {
            if (connection.signal?.aborted)
                throw aborted(what);
            if (timeout.aborted) {
                const got = { text: `did not answer ${what} within ${seconds(limit)}` };
                if (timeForAnother()) {
                    tries.push(got);
                    mayHaveArrived(request);
                    continue;
                }
                const times = sameAsLast(tries, got);
                throw new FlowBackendError(`${at} ${got.text}${times > 1 ? `, ${times} time(s)` : ""}.`, { kind: "timeout" });
            }
            const code = networkCode(error);
            const got = { text: `dropped the connection (${code}) on ${what}` };
            if (retryLeft && TRANSIENT_CODES.has(code)) {
                tries.push(got);
                mayHaveArrived(request);
                spent = await pauseWithin(backoff(connection, attempt), request.deadline, connection.signal, what);
                continue;
            }
            if (TRANSIENT_CODES.has(code)) {
                throw new FlowBackendError(dropped(connection.url, what, code, sameAsLast(tries, got)), { kind: "unreachable", code });
            }
            throw new FlowBackendError(unreachable(connection.url, code), { kind: "unreachable", code });
        }
        if (response.status === 304) {
            await response.body?.cancel().catch(() => undefined);
            throw new FlowBackendError(`${at} answered ${what} with HTTP 304 (Not Modified), which answers only a request that names a copy it already has, and flows-action's never do (no If-None-Match or If-Modified-Since): a cache or proxy in front of the backend answers for it — check it, and backend-url.`, { kind: "invalid-response", status: 304 });
        }
        if (response.status >= 300 && response.status < 400) {
            await response.body?.cancel().catch(() => undefined);
            const location = response.headers.get("location");
            const to = location ? ` to ${redirectTarget(location, target)}` : "";
            throw new FlowBackendError(`${at} answered ${what} with a redirect (HTTP ${response.status})${to}. Redirects are not followed, since they would send the credentials and the event elsewhere: set backend-url to the address the backend answers at.`, { kind: "rejected", status: response.status });
        }
        const status = response.status;
        let text;
        try {
            text = await readAnswer(response, { limit: request.maxAnswerBytes ?? MAX_ANSWER_BYTES, what }, connection, request.turns && { turns: request.turns, held: turn });
        }
        catch (error) {
            if (error instanceof FlowBackendError)
                throw error;
            if (connection.signal?.aborted)
                throw aborted(what, status);
            if (timeout.aborted) {
                const got = { text: `did not finish answering ${what} in time (HTTP ${status})`, status };
                if (timeForAnother()) {
                    tries.push(got);
                    mayHaveArrived(request);
                    continue;
                }
                const times = sameAsLast(tries, got);
                throw new FlowBackendError(`${at} ${got.text}${times > 1 ? `, ${times} time(s)` : ""}.`, { kind: "timeout", status });
            }
            const code = networkCode(error);
            const got = { text: `broke the connection while answering ${what} (HTTP ${status}, ${code})`, status };
            if (retryLeft) {
                tries.push(got);
                mayHaveArrived(request);
                spent = await pauseWithin(backoff(connection, attempt), request.deadline, connection.signal, what);
                continue;
            }
            const times = sameAsLast(tries, got);
            throw new FlowBackendError(`the connection to ${at} broke while it answered ${what} (HTTP ${status}): ${code}${times > 1 ? `, ${times} time(s)` : ""}.`, {
                kind: "unreachable",
                status,
            });
        }
        if (request.read)
            request.read.chars = text.length;
        if (response.ok)
            return parseJson(text, response, connection, what);
        const message = backendMessage(text, connection);
        if (status === 401 || status === 403) {
            const answered = `HTTP ${status} on ${what}${message ? `: ${message}` : ""}`;
            throw new FlowBackendError(sentCredentials(connection)
                ? `${at} rejected the credentials (${answered}): check backend-token / backend-hmac-secret.`
                : `${at} asked for credentials (${answered}), and none were sent: backend-token, backend-api-key and backend-hmac-secret are all empty. ` +
                    "A secret that is not set, or not available to this workflow, is an empty string (pull requests from forks and Dependabot get no secrets): set the secret, or run this job where it is available.", { kind: "credentials", status });
        }
        if (status >= 500 || status === 429) {
            const asked = askedRetry(response, connection);
            const got = { text: `answered HTTP ${status}${asked.shown ? `, Retry-After: ${asked.shown}` : ""}${message ? ` (${message})` : ""} on ${what}`, status };
            if (retryLeft) {
                tries.push(got);
                if (status !== 429)
                    mayHaveArrived(request);
                const wait = asked.ms === undefined ? backoff(connection, attempt) : Math.min(asked.ms, MAX_RETRY_DELAY_MS);
                spent = await pauseWithin(wait, request.deadline, connection.signal, what);
                continue;
            }
            throw new FlowBackendError(`${at} failed ${what} with HTTP ${status} ${sameAsLast(tries, got)} time(s)${message ? `: ${message}` : ""}.${askedAgain(asked)} Check the backend's logs${request.path === "/events" ? "; the event can be sent again safely (it is deduplicated by id)" : ""}.`, { kind: "server", status });
        }
        const hint = status === 404 ? " — check that backend-url is the flow backend's base URL" : "";
        throw new FlowBackendError(`${at} refused ${what} with HTTP ${status}${message ? `: ${message}` : ""}${hint}.`, { kind: "rejected", status });
    }
}
function sameAsLast(tries, got) {
    let same = 1;
    while (tries.length > 0 && tries[tries.length - 1]?.text === got.text) {
        tries.pop();
        same += 1;
    }
    return same;
}
function tellTries(tries) {
    const runs = [];
    for (const tried of tries) {
        const run = runs[runs.length - 1];
        if (run?.text === tried.text)
            run.times += 1;
        else
            runs.push({ text: tried.text, times: 1 });
    }
    return runs.map((run) => `${run.text} (${run.times} time(s))`).join(", then ");
}
function lastStatus(tries) {
    return tries.findLast((tried) => tried.status !== undefined)?.status;
}
function withEarlierTries(error, tries) {
    if (!(error instanceof FlowBackendError) || tries.length === 0)
        return error;
    const status = error.status ?? lastStatus(tries);
    const { kind, field, code } = error;
    return new FlowBackendError(`${error.message} Before that, the flow backend ${tellTries(tries)}.`, {
        kind,
        ...(status !== undefined ? { status } : {}),
        ...(field ? { field } : {}),
        ...(code ? { code } : {}),
    });
}
function mayHaveArrived(request) {
    if (request.resent)
        request.resent.afterPossibleDelivery = true;
}
const UNTRUSTED_CERTIFICATE_CODES = new Set([
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "CERT_UNTRUSTED",
]);
function unreachable(url, code) {
    const at = `the flow backend at ${displayUrl(url)}`;
    if (UNTRUSTED_CERTIFICATE_CODES.has(code)) {
        return `${at} presents a TLS certificate this job does not trust (${code}). If your own certificate authority signed it, give the job that authority's certificate: set NODE_EXTRA_CA_CERTS to the path of its PEM file in the step's env.`;
    }
    if (code === "CERT_HAS_EXPIRED" || code === "CERT_NOT_YET_VALID") {
        return `${at} presents a TLS certificate that is out of its validity dates (${code}): renew it on the backend (or check this machine's clock).`;
    }
    if (code === "ERR_TLS_CERT_ALTNAME_INVALID") {
        return `the TLS certificate of ${at} is for another host name (${code}): set backend-url to a host name the certificate names.`;
    }
    if (code === "ERR_SSL_WRONG_VERSION_NUMBER") {
        return `${at} does not speak TLS (${code}): backend-url says https://, but the server at that address answers plain http — check backend-url's scheme and port.`;
    }
    if (code.startsWith("HPE_") || code === "HTTPParserError" || code === "UND_ERR_HEADERS_OVERFLOW") {
        return `${at} answered with something that is not a readable HTTP answer (${code}): check that backend-url's host and port are the flow backend's, not another service's.`;
    }
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) {
        return `the request to ${at} failed: ${code} — check the backend, or what stands in front of it, and backend-url.`;
    }
    return `cannot reach ${at}: ${code} — check backend-url.`;
}
function dropped(url, what, code, attempts) {
    const plain = url.trim().toLowerCase().startsWith("http:");
    const times = attempts > 1 ? `, ${attempts} time(s)` : "";
    return `the flow backend at ${displayUrl(url)} closed the connection without answering ${what} (${code}${times}). Check the backend's logs${plain ? "; if it serves https (a TLS server closes a plain http request so), set backend-url to its https:// address" : ""}.`;
}
async function readAnswer(response, read, connection, shared) {
    const { limit } = read;
    const declared = Number(response.headers.get("content-length"));
    if (declared > limit)
        tooLarge(response, limit, connection);
    if (!response.body)
        return "";
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > limit)
            tooLarge(response, limit, connection);
        chunks.push(chunk);
        if (shared && !shared.held.release && size > SHARED_ANSWER_BYTES)
            shared.held.release = await shared.turns.take();
    }
    const bytes = Buffer.concat(chunks);
    if (!response.ok)
        return new TextDecoder().decode(bytes);
    try {
        return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
    catch {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${read.what} with bytes that are not UTF-8 (HTTP ${response.status}, at byte ${(firstInvalidByte(bytes) + 1).toLocaleString("en-US")} of ${bytes.length.toLocaleString("en-US")}): JSON is UTF-8, and a run id or text read with those bytes replaced would not be the backend's — check the backend's encoding of its answers.`, { kind: "invalid-response", status: response.status });
    }
}
function firstInvalidByte(bytes) {
    const again = Buffer.from(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
    let at = 0;
    while (at < bytes.length && bytes[at] === again[at])
        at += 1;
    return at;
}
function redirectTarget(location, from) {
    try {
        const shown = (0,url_secrets/* urlWithoutSecrets */.Zx)(new URL(location, from).toString())?.url.replace(/\/+$/, "");
        return shown === undefined ? "an invalid address" : (0,redact_cut/* redacted */.p)(shown).clip(HEADER_CHARS, "…");
    }
    catch {
        return "an invalid address";
    }
}
function tooLarge(response, limit, connection) {
    void response.body?.cancel().catch(() => undefined);
    throw new FlowBackendError(`the answer of the flow backend at ${displayUrl(connection.url)} is larger than ${limit / 1024 / 1024} MiB (HTTP ${response.status}); a flow backend's answers are small — check backend-url.`, { kind: "invalid-response", status: response.status, code: TOO_LARGE });
}
function backendEndpoint(baseUrl, path) {
    const url = new URL(baseUrl);
    const [pathname = "", query = ""] = path.split("?", 2);
    url.username = "";
    url.password = "";
    url.hash = "";
    url.pathname = `${url.pathname.replace(/\/+$/, "")}${pathname}`;
    for (const [name, value] of new URLSearchParams(query))
        url.searchParams.append(name, value);
    return url.toString();
}
async function requestHeaders(connection, body) {
    const headers = { accept: "application/json", "user-agent": "flows-action" };
    const basic = (0,url_secrets/* basicCredentials */.BG)(connection.url);
    if (connection.token)
        headers.authorization = `Bearer ${connection.token}`;
    else if (basic)
        headers.authorization = `Basic ${Buffer.from(basic).toString("base64")}`;
    if (connection.apiKey)
        headers["x-api-key"] = connection.apiKey;
    if (body !== undefined) {
        headers["content-type"] = "application/json";
        if (connection.hmacSecret)
            headers["x-flow-signature-256"] = await signBody(connection.hmacSecret, body);
    }
    return headers;
}
async function signBody(secret, body) {
    let sign;
    try {
        ({ sign } = await __webpack_require__.e(/* import() */ 1054).then(__webpack_require__.bind(__webpack_require__, 51054)));
    }
    catch {
        throw new FlowBackendError("backend-hmac-secret is set but @octokit/webhooks-methods, which signs the request, is not installed.", { kind: "configuration" });
    }
    return sign(secret, body);
}
function parseJson(text, response, connection, what) {
    const shape = (0,json_shape/* jsonShape */.S)(text, { maxDepth: MAX_ANSWER_DEPTH, maxContainers: MAX_ANSWER_CONTAINERS });
    if (!shape.ok && shape.exceeded === "depth")
        tooDeep(connection, what, response);
    if (!shape.ok) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with more than ${MAX_ANSWER_CONTAINERS.toLocaleString("en-US")} JSON objects and arrays (HTTP ${response.status}); a flow backend's answers hold at most 1,000 runs and their results, far fewer — check the backend.`, { kind: "invalid-response", status: response.status });
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        const type = (0,redact_cut/* redacted */.p)(response.headers.get("content-type") ?? "no content-type").clip(HEADER_CHARS, "…");
        const start = (0,redact_cut/* redacted */.p)(errors_redact(text.trim(), secretsOf(connection))).chars(120).text || "(empty body)";
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with invalid JSON (HTTP ${response.status}, ${type}): ${start} — check that backend-url points at the flow backend's API, not a web page or proxy.`, { kind: "invalid-response", status: response.status });
    }
    return value;
}
function tooDeep(connection, what, response) {
    throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with JSON nested more than ${MAX_ANSWER_DEPTH} levels deep (HTTP ${response.status}); a flow backend's answers hold events and results of at most ${events_budget/* MAX_PAYLOAD_DEPTH */.GL} levels — check the backend.`, { kind: "invalid-response", status: response.status });
}
function backendMessage(text, connection) {
    let message = text.trim();
    try {
        if (!(0,json_shape/* jsonShape */.S)(text, { maxDepth: MAX_ANSWER_DEPTH, maxContainers: MAX_ANSWER_CONTAINERS }).ok)
            throw new Error("not read");
        const body = JSON.parse(text);
        if ((0,backend_error/* validateBackendError */.n)(body))
            message = explanation(body);
    }
    catch {
    }
    return (0,redact_cut/* redacted */.p)(errors_redact(message, secretsOf(connection)))
        .map((text) => text.replace(/\s+/g, " "))
        .clip(300, "...");
}
function explanation(body) {
    if ("error" in body && typeof body.error === "string")
        return body.error;
    if ("error" in body && isObject(body.error) && typeof body.error.message === "string")
        return body.error.message;
    return body.message;
}
function secretsOf(connection) {
    return [connection.token, connection.apiKey, connection.hmacSecret];
}
function networkCode(error) {
    let current = error;
    let innermost = error;
    for (let depth = 0; depth < 4 && isObject(current); depth++) {
        if (typeof current.code === "string" && current.code !== "")
            return current.code;
        if (current.name === "HTTPParserError")
            return "HTTPParserError";
        innermost = current;
        const nested = Array.isArray(current.errors) ? current.errors[0] : undefined;
        current = current.cause ?? nested;
    }
    const reason = isObject(innermost) && typeof innermost.message === "string" ? innermost.message : String(innermost);
    return (0,log_text/* logText */.kc)((0,redact_cut/* redacted */.p)(redact/* redactor */.$p.redact(reason)).clip(REASON_CHARS, "…"));
}
const REASON_CHARS = 300;
function backoff(connection, attempt) {
    return Math.min(connection.retryDelayMs * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}
function askedRetry(response, connection) {
    const header = response.headers.get("retry-after");
    if (header === null)
        return {};
    const text = header.trim();
    const ms = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text) - Date.now();
    const value = (0,redact_cut/* redacted */.p)(errors_redact(header, secretsOf(connection))).text;
    const shown = value.length <= RETRY_AFTER_CHARS && /^[\w ,:+.-]*$/.test(value) ? value : undefined;
    return { ...(Number.isFinite(ms) && ms > 0 ? { ms } : {}), ...(shown !== undefined ? { shown } : {}) };
}
const RETRY_AFTER_CHARS = 40;
function askedAgain(asked) {
    if (asked.ms === undefined)
        return "";
    const header = asked.shown ? ` (Retry-After: ${asked.shown})` : "";
    const capped = asked.ms > MAX_RETRY_DELAY_MS ? `, longer than the ${seconds(MAX_RETRY_DELAY_MS)} the action waits before a retry` : "";
    return ` It asked to be called again in ${duration(asked.ms)}${header}${capped}.`;
}
function duration(ms) {
    if (ms < 120_000)
        return seconds(ms);
    if (ms < 2 * 3_600_000)
        return `${Math.round(ms / 60_000)} min`;
    if (ms < 2 * 86_400_000)
        return `${Math.round(ms / 3_600_000)} h`;
    return `${Math.round(ms / 86_400_000).toLocaleString("en-US")} days`;
}
const HEADER_CHARS = 200;
const PATH_CHARS = 300;
function shownPath(path) {
    return (0,redact_cut/* redacted */.p)(path).clip(PATH_CHARS, "…");
}
async function pauseWithin(ms, deadline, signal, what) {
    const left = Math.max(0, deadline - performance.now());
    await pause(Math.min(ms, left), signal, what);
    return ms >= left;
}
async function pause(ms, signal, what) {
    try {
        await (0,promises_.setTimeout)(Math.ceil(ms), undefined, signal ? { signal } : {});
    }
    catch {
        throw aborted(what);
    }
}
function abortedLater(signal, ms) {
    const later = new AbortController();
    const start = () => {
        setTimeout(() => later.abort(signal.reason), ms).unref();
    };
    if (signal.aborted)
        start();
    else
        signal.addEventListener("abort", start, { once: true });
    return later.signal;
}
function notSent(what) {
    return new FlowBackendError(`the dispatch to the flow backend was canceled before ${what} was sent.`, { kind: "aborted", code: NOT_SENT });
}
function aborted(what, status) {
    const reading = status === undefined ? "" : `, while its answer (HTTP ${status}) was read`;
    return new FlowBackendError(`the dispatch to the flow backend was canceled during ${what}${reading}.`, { kind: "aborted", ...(status !== undefined ? { status } : {}) });
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
function sentCredentials(connection) {
    if (connection.token || connection.apiKey || connection.hmacSecret)
        return true;
    try {
        const url = new URL(connection.url);
        return url.username !== "" || url.password !== "";
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./.build/backend/proxy.js


const PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
function backendFetch(url, env = process.env) {
    const proxies = PROXY_VARIABLES.map((name) => env[name]).filter((value) => Boolean(value));
    if (proxies.length === 0)
        return globalThis.fetch;
    for (const proxy of proxies)
        redact/* redactor */.$p.add(...(0,url_secrets/* urlSecrets */.Fn)(proxy));
    let chosen;
    return async (input, init) => {
        chosen ??= throughProxy(url);
        return (await chosen)(input, init);
    };
}
async function throughProxy(url) {
    const [{ HttpClient }, undici] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(4942)]).then(__webpack_require__.bind(__webpack_require__, 44942)), __webpack_require__.e(/* import() */ 6752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19))]);
    const dispatcher = new HttpClient("flows-action").getAgentDispatcher(url);
    if (!dispatcher)
        return globalThis.fetch;
    return (input, init) => undici.fetch(input, { ...init, dispatcher });
}

;// CONCATENATED MODULE: ./.build/backend/run-list.js



function waitedIds(runs, wanted) {
    return wanted.length > 0 ? wanted : runs.map((run) => run.id);
}
function unfinishedIds(runs, wanted) {
    const byId = new Map(runs.map((run) => [run.id, run]));
    return waitedIds(runs, wanted).filter((id) => {
        const run = byId.get(id);
        return run === undefined || !isTerminal(run);
    });
}
function inOrder(runs, wanted) {
    if (wanted.length === 0)
        return runs;
    const byId = new Map(runs.map((run) => [run.id, run]));
    return wanted.map((id) => byId.get(id)).filter((run) => run !== undefined);
}
function otherEventsRun(runs, eventId) {
    const other = runs.find((run) => run.eventId !== eventId);
    return other && `run ${runLabel(other.id, other)} of another event, "${cut(other.eventId)}", among the runs of event "${cut(eventId)}"`;
}
const NAME_CHARS = 80;
const MAX_NAMED_RUNS = 100;
function runLabel(id, run) {
    return run ? `${cut(id)} ${cut(run.flowName)}/${cut(run.stepName)}` : cut(id);
}
function cut(text) {
    return (0,log_text/* logText */.kc)((0,redact_cut/* redacted */.p)(text).clip(NAME_CHARS, "…"));
}
function namedList(items) {
    const shown = items.slice(0, MAX_NAMED_RUNS).join(", ");
    return items.length > MAX_NAMED_RUNS ? `${shown} and ${items.length - MAX_NAMED_RUNS} more (each run in the report says which)` : shown;
}

;// CONCATENATED MODULE: ./.build/backend/cancel.js






const DEFAULT_CANCEL_BUDGET_MS = 3_000;
const CANCEL_CONCURRENCY = 8;
const MAX_CANCEL_ANSWER_BYTES = 1024 * 1024;
const NO_ROUTE_STATUSES = new Set([404, 405, 426, 501]);
async function stopWaiting(wait, runs, error, reason) {
    const { result, options } = wait;
    const open = unfinishedIds(runs, result.runIds);
    if (open.length === 0)
        return error;
    const lookUp = `the backend at ${displayUrl(wait.connection.url)} may still finish ${open.length === 1 ? "it" : "them"}: look at GET /runs?eventId=${encodeURIComponent(result.eventId)}.`;
    if (result.status === "duplicate") {
        const what = open.length === 1 ? "that run is one" : "those runs are";
        return withNote(error, runs, wait, `Not canceled on the backend, since ${what} of an earlier delivery of this event, whose job may still wait for ${open.length === 1 ? "it" : "them"}; ${lookUp}`);
    }
    if (reason === "wait-timeout" && options.cancelOnTimeout === false) {
        return withNote(error, runs, wait, `Left running (backend-cancel-on-timeout is false): ${lookUp}`);
    }
    const budgetMs = options.cancelBudgetMs ?? DEFAULT_CANCEL_BUDGET_MS;
    const cancels = await cancelRuns(wait.connection, { eventId: result.eventId, ids: open, reason, budgetMs });
    const updated = applyCancels(runs, result.runIds, cancels, reason);
    return withNote(error, updated, wait, describeCancels(cancels, runs, { connection: wait.connection, eventId: result.eventId, budgetMs }));
}
async function cancelRuns(connection, request) {
    const deadline = performance.now() + request.budgetMs;
    const quick = { ...connection, signal: undefined, retries: 2, retryDelayMs: 200, requestTimeoutMs: request.budgetMs };
    const cancels = new Array(request.ids.length);
    let next = 0;
    let spent = false;
    const worker = async () => {
        for (let at = next++; at < request.ids.length; at = next++) {
            const id = request.ids[at];
            if (spent || deadline - performance.now() < MIN_REQUEST_MS) {
                cancels[at] = cancel_notSent(id, request.budgetMs);
                continue;
            }
            const cancel = await cancelOne(quick, id, request.eventId, request.reason, deadline);
            spent ||= cancel.timedOut === true || cancel.notSent === true;
            delete cancel.timedOut;
            cancels[at] = cancel.notSent ? cancel_notSent(id, request.budgetMs) : cancel;
        }
    };
    await Promise.all(Array.from({ length: Math.min(CANCEL_CONCURRENCY, request.ids.length) }, worker));
    return cancels;
}
function cancel_notSent(id, budgetMs) {
    return { id, result: "failed", notSent: true, detail: `Not sent: the ${seconds(budgetMs)} cancel budget was spent.` };
}
async function cancelOne(connection, id, eventId, reason, deadline) {
    const path = `/runs/${encodeURIComponent(id)}/cancel`;
    const body = JSON.stringify({ runId: id, eventId, reason });
    let raw;
    try {
        raw = await requestJson(connection, { method: "POST", path, body, deadline, maxAnswerBytes: MAX_CANCEL_ANSWER_BYTES });
    }
    catch (error) {
        if (!(error instanceof FlowBackendError))
            return { id, result: "failed", detail: String(error) };
        if (error.kind === "rejected" && error.status !== undefined && (error.status === 409 || NO_ROUTE_STATUSES.has(error.status))) {
            const run = await lastLook(connection, id, eventId, deadline);
            if (run && !isTerminal(run)) {
                const noRoute = error.status !== 409;
                const refused = noRoute ? `does not offer POST /runs/:id/cancel (HTTP ${error.status})` : "refused the cancel (HTTP 409)";
                return { id, result: "failed", run, detail: `The backend ${refused} while the run is still ${run.processStatus}.`, ...(noRoute ? { noRoute } : {}) };
            }
            return { id, result: "finished", detail: `HTTP ${error.status}`, ...(run ? { run } : {}) };
        }
        if (error.code === NOT_SENT)
            return { id, result: "failed", notSent: true };
        return { id, result: "failed", detail: error.message, ...(error.kind === "timeout" ? { timedOut: true } : {}) };
    }
    let run;
    try {
        const read = normalizeRunView(raw, { left: MAX_ANSWER_CONTAINERS, stepOutput: connection.stepOutput });
        if (read.id === id && read.eventId === eventId)
            run = read;
    }
    catch {
    }
    if (run && isTerminal(run) && run.processStatus !== "canceled")
        return { id, result: "finished", run, detail: `HTTP 200, ${run.processStatus}` };
    return { id, result: "canceled", ...(run ? { run } : {}) };
}
async function lastLook(connection, id, eventId, deadline) {
    try {
        const answer = await requestJson({ ...connection, retries: 0 }, { method: "GET", path: `/runs/${encodeURIComponent(id)}`, deadline, maxAnswerBytes: MAX_CANCEL_ANSWER_BYTES });
        const run = normalizeRunView(answer, { left: MAX_ANSWER_CONTAINERS, stepOutput: connection.stepOutput });
        return run.id === id && run.eventId === eventId ? run : undefined;
    }
    catch {
        return undefined;
    }
}
function applyCancels(runs, wanted, cancels, reason) {
    const byId = new Map(runs.map((run) => [run.id, run]));
    const why = reason === "job-canceled" ? "the job was canceled" : "the wait ran past backend-timeout-minutes";
    for (const cancel of cancels) {
        const seen = cancel.run ?? byId.get(cancel.id);
        if (!seen)
            continue;
        if (cancel.result === "canceled") {
            const view = { ...seen, processStatus: "canceled", updatedAt: new Date().toISOString() };
            delete view.resultStatus;
            view.effectiveStatus = (0,contracts/* effectiveStatusOf */.Z2)(view);
            view.needsAttention = (0,contracts/* needsAttentionFor */.XM)(view.effectiveStatus);
            view.error = `Canceled on the flow backend by flows-action: ${why}.${seen.error ? `\n${seen.error}` : ""}`;
            byId.set(cancel.id, view);
        }
        else if (cancel.result === "failed") {
            const how = cancel.notSent ? "no cancel request could be sent to the flow backend in time" : "the cancel request to the flow backend failed";
            byId.set(cancel.id, { ...seen, error: `Not canceled: ${why}, but ${how}, so this run may still be running there. ${cancel.detail ?? ""}`.trim() });
        }
        else if (cancel.run) {
            byId.set(cancel.id, cancel.run);
        }
    }
    return inOrder([...byId.values()], wanted);
}
function describeCancels(cancels, runs, where) {
    const byId = new Map(runs.map((run) => [run.id, run]));
    const name = (id) => runLabel(id, byId.get(id));
    const names = (list, describe = (cancel) => name(cancel.id)) => namedList(list.map(describe));
    const of = (result) => cancels.filter((cancel) => cancel.result === result);
    const sentences = [];
    const canceled = of("canceled");
    if (canceled.length > 0)
        sentences.push(`Canceled on the backend (POST /runs/:id/cancel): ${names(canceled)}.`);
    const finished = of("finished");
    if (finished.length > 0)
        sentences.push(`Already finished, so not canceled: ${names(finished, (cancel) => `${name(cancel.id)} (${cancel.detail})`)}.`);
    const failed = of("failed");
    if (failed.length > 0) {
        const them = failed.length === 1 ? "it" : "them";
        sentences.push(`Not canceled, and may still be running on the backend at ${displayUrl(where.connection.url)} (${failed.length}; look at GET /runs?eventId=${encodeURIComponent(where.eventId)}): ${names(failed)}.`);
        const refused = failed.filter((cancel) => !cancel.notSent);
        const reasons = new Set(refused.map((cancel) => cancel.detail)).size;
        const own = reasons > 1 ? ` (the first run's reason; ${reasons} differ, and each run in the report says its own)` : "";
        if (refused.length > 0)
            sentences.push(`The cancel failed for ${refused.length === failed.length ? (failed.length === 1 ? "it" : "all of them") : refused.length}: ${refused[0]?.detail ?? ""}${own}`);
        const notSent = failed.length - refused.length;
        if (notSent > 0)
            sentences.push(`${notSent === failed.length ? (notSent === 1 ? "It was" : "They were") : `${notSent} were`} not sent: the ${seconds(where.budgetMs)} cancel budget was spent.`);
        sentences.push(failed.every((cancel) => cancel.noRoute)
            ? `That backend cannot cancel runs (the older runtime's has no cancel route): stop ${failed.length === 1 ? "its process" : "their processes"} on the backend's host, or let ${them} finish.`
            : `Cancel ${them} there (POST /runs/<id>/cancel).`);
    }
    return sentences.join(" ");
}
function withNote(error, runs, wait, note) {
    const { kind, status, field, code } = error;
    const outcome = { ...(error.outcome ?? wait.outcome), runs };
    return new FlowBackendError(`${error.message} ${note}`, {
        kind,
        ...(status !== undefined ? { status } : {}),
        ...(field ? { field } : {}),
        ...(code ? { code } : {}),
        runs,
        outcome,
    });
}

;// CONCATENATED MODULE: ./.build/backend/reopened.js


const MAX_NAMED = 20;
class ReopenedRuns {
    #warn;
    #open = new Map();
    #warned = 0;
    constructor(warn) {
        this.#warn = warn;
    }
    compare(before, after) {
        const earlier = new Map(before.map((run) => [run.id, run]));
        for (const run of after) {
            const was = earlier.get(run.id);
            if (isTerminal(run))
                this.#open.delete(run.id);
            if (!was || !isTerminal(was))
                continue;
            if (!isTerminal(run)) {
                this.#open.set(run.id, was.effectiveStatus);
                this.#say(`the flow backend reopened run ${runLabel(run.id, run)} after reporting it finished (${was.effectiveStatus}): it is ${run.processStatus} again${attemptOf(run)}. It is waited for until it finishes again, and reported as it ends then.`);
            }
            else if (changed(was, run)) {
                this.#say(`the flow backend changed run ${runLabel(run.id, run)} after reporting it finished: it was ${was.effectiveStatus}, it is now ${run.effectiveStatus}${attemptOf(run)}. The later outcome is reported.`);
            }
        }
    }
    finishedAs(id) {
        return this.#open.get(id);
    }
    #say(message) {
        this.#warned += 1;
        if (this.#warned <= MAX_NAMED)
            this.#warn?.(message);
        else if (this.#warned === MAX_NAMED + 1) {
            this.#warn?.(`the flow backend changed more than ${MAX_NAMED} runs after reporting them finished; the rest are not named here, and each is reported as it ended last.`);
        }
    }
}
function changed(was, run) {
    return was.processStatus !== run.processStatus || was.resultStatus !== run.resultStatus || was.attempts.length !== run.attempts.length;
}
function attemptOf(run) {
    const last = run.attempts.at(-1);
    return last && last.number > 1 ? ` (attempt ${last.number})` : "";
}

;// CONCATENATED MODULE: ./.build/backend/client.js













const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_POLL_INTERVAL_MS = 2_000;
const MAX_POLL_INTERVAL_MS = 15_000;
const LAST_LOOK_MS = 5_000;
const MIN_CANCEL_BUDGET_MS = 1_000;
async function dispatchToBackend(event, options) {
    const connection = connectionFor(options);
    const deadline = performance.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const sent = (0,engine_event/* normalizeFlowEvent */.kN)(event);
    const abortedAt = abortTime(connection.signal);
    const resent = { afterPossibleDelivery: false };
    const raw = await requestJson(connection, {
        method: "POST",
        path: "/events",
        body: JSON.stringify(sent),
        deadline,
        answerAfterAbortMs: ANSWER_AFTER_ABORT_MS,
        resent,
    }).catch((error) => {
        throw unansweredOnTheWay(error, connection, sent.id);
    });
    const answered = client_readAnswer(() => normalizeDispatchResult(raw, sent, connection.stepOutput), connection, "POST /events");
    const other = answered.eventId !== sent.id ? answered.eventId : answered.event.id !== sent.id ? answered.event.id : undefined;
    if (other !== undefined) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered POST /events for another event, "${cut(other)}", than the one sent, "${cut(sent.id)}", so its runs are not this event's. Check the backend.`, { kind: "invalid-response", field: "eventId" });
    }
    const foreign = otherEventsRun(answered.runs, sent.id);
    if (foreign !== undefined) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered POST /events with ${foreign}, so it is not this event's run. Check the backend.`, {
            kind: "invalid-response",
            field: "eventId",
        });
    }
    const result = resent.afterPossibleDelivery ? ownDelivery({ ...answered, event: sent }) : { ...answered, event: sent };
    const outcome = outcomeFrom(result);
    const wait = { connection, result, outcome, deadline, options };
    if (connection.signal?.aborted)
        throw await canceledOnTheWay(wait, abortedAt(), "POST /events");
    outcome.runs = await waitForRuns(wait);
    if (answered.status === "duplicate")
        oldestFirst(outcome);
    if (outcome.runIds.length === 0)
        outcome.runIds = outcome.runs.map((run) => run.id);
    return outcome;
}
function ownDelivery(result) {
    if (result.status !== "duplicate")
        return result;
    const { idempotent: _idempotent, ...rest } = result;
    return { ...rest, status: "accepted", matched: result.matched > 0 ? result.matched : result.runIds.length };
}
const ANSWER_AFTER_ABORT_MS = 1_500;
function abortTime(signal) {
    let at;
    if (signal?.aborted)
        at = performance.now();
    else
        signal?.addEventListener("abort", () => (at = performance.now()), { once: true });
    return () => at;
}
async function canceledOnTheWay(wait, abortedAt, what) {
    const budget = wait.options.cancelBudgetMs ?? DEFAULT_CANCEL_BUDGET_MS;
    const left = Math.max(MIN_CANCEL_BUDGET_MS, budget - (abortedAt === undefined ? 0 : performance.now() - abortedAt));
    const runs = inOrder(wait.result.runs, wait.result.runIds);
    const error = new FlowBackendError(`the dispatch to the flow backend was canceled during ${what}; the backend had received it (${wait.result.status}, ${wait.result.runIds.length || runs.length} run(s)).`, { kind: "aborted", runs, outcome: { ...wait.outcome, runs } });
    return stopWaiting({ ...wait, options: { ...wait.options, cancelBudgetMs: left } }, runs, error, "job-canceled");
}
function unansweredOnTheWay(error, connection, eventId) {
    if (!(error instanceof FlowBackendError) || error.kind !== "aborted" || error.code === NOT_SENT)
        return error;
    const look = `look at GET /runs?eventId=${encodeURIComponent(eventId)} on ${displayUrl(connection.url)}`;
    const { status } = error;
    const said = receivedBy(status)
        ? `The backend received it (HTTP ${status}), but the rest of its answer, which names the runs it started, did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so they were not canceled: ${look}.`
        : `Its answer did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so if the backend received it, the runs it started were not canceled: ${look}.`;
    return new FlowBackendError(`${error.message} ${said}`, { kind: "aborted", ...(status !== undefined ? { status } : {}) });
}
function receivedBy(status) {
    return status !== undefined && status >= 200 && status < 300;
}
function oldestFirst(outcome) {
    const started = (run) => {
        const ms = Date.parse(run.createdAt);
        return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
    };
    outcome.runs = outcome.runs
        .map((run, index) => ({ run, index }))
        .sort((a, b) => started(a.run) - started(b.run) || a.index - b.index)
        .map((item) => item.run);
    const ids = outcome.runs.map((run) => run.id);
    const named = new Set(ids);
    const wanted = new Set(outcome.runIds);
    outcome.runIds = [...ids.filter((id) => wanted.has(id)), ...outcome.runIds.filter((id) => !named.has(id))];
}
function connectionFor(options) {
    let protocol = "";
    try {
        protocol = new URL(options.url).protocol;
    }
    catch {
    }
    if (protocol !== "http:" && protocol !== "https:") {
        throw new FlowBackendError(notHttpUrlMessage(options.url), { kind: "configuration" });
    }
    const basic = (0,url_secrets/* basicCredentials */.BG)(options.url);
    redact/* redactor */.$p.add(options.token, options.apiKey, options.hmacSecret, basic, ...(0,url_secrets/* urlSecrets */.Fn)(options.url), ...(0,url_secrets/* urlPathSecrets */.qt)(options.url));
    const sent = [options.token ? "backend-token" : basic ? "the password in backend-url" : "", options.apiKey ? "backend-api-key" : ""].filter(Boolean);
    if (protocol === "http:" && sent.length > 0 && !isLoopback(new URL(options.url).hostname)) {
        options.warn?.(`backend-url ${displayUrl(options.url)} is plain http: ${sent.join(" and ")} ${sent.length === 1 ? "travels" : "travel"} unencrypted, and anyone on the way can read and reuse ${sent.length === 1 ? "it" : "them"}. Use an https:// URL.`);
    }
    return {
        url: options.url,
        token: options.token,
        apiKey: options.apiKey,
        hmacSecret: options.hmacSecret,
        fetch: options.fetch ?? backendFetch(options.url),
        signal: options.signal,
        retries: options.retries ?? 3,
        retryDelayMs: options.retryDelayMs ?? 1_000,
        requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
        ...(options.onStepOutput ? { stepOutput: options.onStepOutput } : {}),
    };
}
function isLoopback(hostname) {
    return /^(?:localhost|.+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(hostname);
}
function outcomeFrom(result) {
    const outcome = {
        status: result.status,
        eventId: result.eventId,
        runIds: result.runIds,
        matched: result.matched,
        event: result.event,
        runs: [],
        mismatches: [],
        problems: [],
        shadowed: [],
        children: [],
        dryRun: false,
    };
    if (result.idempotent !== undefined)
        outcome.idempotent = result.idempotent;
    return outcome;
}
async function waitForRuns(wait) {
    const { connection, result, outcome, deadline, options } = wait;
    const wanted = result.runIds;
    let runs = inOrder(result.runs, wanted);
    let seen = progressKey(runs);
    if (runs.length > 0)
        options.onProgress?.(runs);
    const firstInterval = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    let interval = firstInterval;
    const what = `GET /runs?eventId=${encodeURIComponent(result.eventId)}`;
    const expected = expectedRuns(result);
    let away;
    let carried = [];
    const reopened = new ReopenedRuns(options.warn);
    let others = 0;
    let byId = false;
    let spent = false;
    for (;;) {
        const settled = unfinishedIds(runs, wanted).length === 0 && runs.length >= expected;
        if (settled && carried.length === 0)
            break;
        const confirming = settled && away === undefined;
        const remaining = deadline - performance.now();
        if ((remaining <= 0 || spent) && !confirming) {
            if (settled)
                break;
            throw await stopWaiting(wait, runs, timeoutError(runs, wanted, wait, { away, reopened, others }), "wait-timeout");
        }
        try {
            if (!confirming) {
                spent = interval >= remaining;
                await pause(Math.min(interval, remaining), connection.signal, what);
            }
            const polled = await pollRuns(connection, { eventId: result.eventId, wanted, seen: runs, again: settled, byId }, Math.max(deadline, performance.now() + LAST_LOOK_MS));
            reopened.compare(runs, polled.runs);
            runs = polled.runs;
            carried = polled.carried;
            others = polled.others ?? others;
            byId ||= polled.byId;
            away = undefined;
        }
        catch (error) {
            const late = error instanceof FlowBackendError && error.kind === "timeout" && (performance.now() >= deadline || error.code === NOT_SENT);
            if (late && settled)
                break;
            if (late)
                throw await stopWaiting(wait, runs, timeoutError(runs, wanted, wait, { away, reopened, others }), "wait-timeout");
            if (passing(error)) {
                away = error;
            }
            else {
                const stopped = error instanceof FlowBackendError && error.kind === "aborted";
                throw stopped ? await stopWaiting(wait, runs, withRuns(error, runs, outcome), "job-canceled") : withRuns(error, runs, outcome, leftRunning(error, runs, wait));
            }
        }
        if (!confirming)
            interval = Math.min(interval * 1.5, Math.max(MAX_POLL_INTERVAL_MS, firstInterval));
        const key = progressKey(runs);
        if (key !== seen)
            options.onProgress?.(runs);
        seen = key;
    }
    return runs;
}
const FETCH_CONCURRENCY = 8;
const MAX_RUNS_BY_ID = 100;
async function pollRuns(connection, dispatch, deadline) {
    const { eventId, wanted } = dispatch;
    const listing = await listRuns(connection, dispatch, deadline);
    if (listing === undefined) {
        const { runs, carried } = await fetchRuns(connection, dispatch, [], deadline);
        return { runs, carried, byId: true };
    }
    const { listed } = listing;
    if (wanted.length === 0) {
        const own = listed.filter((run) => run.eventId === eventId);
        return { runs: own, carried: [], others: listed.length - own.length, byId: false };
    }
    const polled = await fetchRuns(connection, dispatch, listed, deadline);
    return { ...polled, byId: listing.large && unfinishedIds(polled.runs, wanted).length <= MAX_RUNS_BY_ID };
}
async function listRuns(connection, dispatch, deadline) {
    const named = dispatch.wanted.length > 0;
    if (named && dispatch.byId)
        return undefined;
    const path = `/runs?eventId=${encodeURIComponent(dispatch.eventId)}`;
    const read = { chars: 0 };
    let raw;
    try {
        raw = await requestJson(connection, { method: "GET", path, deadline, read });
    }
    catch (error) {
        if (!(error instanceof FlowBackendError) || error.code !== TOO_LARGE)
            throw error;
        if (named)
            return undefined;
        throw new FlowBackendError(`${error.message.replace(/; a flow backend's answers are small — check backend-url\.$/, "")} on GET ${shownPath(path)}: the runs of this event, with their results, do not fit in one answer, and the backend's answer to POST /events named none of them (runIds), so they cannot be asked for one by one (GET /runs/:id). Have the backend name the runs it starts in runIds.`, { kind: error.kind, ...(error.status === undefined ? {} : { status: error.status }), code: TOO_LARGE });
    }
    const listed = client_readAnswer(() => normalizeRunList(raw, connection.stepOutput), connection, `GET ${path}`);
    return { listed, large: read.chars > SHARED_ANSWER_BYTES };
}
async function fetchRuns(connection, dispatch, listed, deadline) {
    const { eventId, wanted } = dispatch;
    const own = listed.filter((run) => run.eventId === eventId);
    const byId = new Map(own.map((run) => [run.id, run]));
    const elsewhere = new Map(listed.filter((run) => run.eventId !== eventId).map((run) => [run.id, run.eventId]));
    const seen = new Map(dispatch.seen.map((run) => [run.id, run]));
    const missing = [];
    const carried = [];
    for (const id of wanted) {
        if (byId.has(id))
            continue;
        const before = seen.get(id);
        if (before && isTerminal(before) && !dispatch.again) {
            byId.set(id, before);
            carried.push(id);
        }
        else
            missing.push(id);
    }
    let next = 0;
    let failed = false;
    const turns = new AnswerTurns();
    const worker = async () => {
        for (let at = next++; at < missing.length && !failed; at = next++) {
            const id = missing[at];
            try {
                byId.set(id, await fetchRun(connection, { id, eventId, listedAs: elsewhere.get(id) }, { before: seen.get(id), turns }, deadline));
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, missing.length) }, worker));
    return { runs: inOrder([...byId.values()], wanted), carried, others: listed.length - own.length };
}
async function fetchRun(connection, run, seen, deadline) {
    const { id, eventId, listedAs } = run;
    const { before, turns } = seen;
    const runPath = `/runs/${encodeURIComponent(id)}`;
    let fetched;
    try {
        fetched = await requestJson(connection, { method: "GET", path: runPath, deadline, turns });
    }
    catch (error) {
        if (!(error instanceof FlowBackendError) || error.kind !== "rejected" || error.status !== 404)
            throw error;
        if (before && isTerminal(before))
            return before;
        if (before)
            return vanished(before, shownPath(runPath));
        const listed = listedAs === undefined ? "does not list it" : `lists it only as a run of another event, "${cut(listedAs)}",`;
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} named run "${cut(id)}" among the runs it started, but ${listed} and answers GET ${shownPath(runPath)} with HTTP 404: that run cannot be followed. Check the backend.`, { kind: "invalid-response", status: 404, field: "runIds", runId: id });
    }
    const one = client_readAnswer(() => normalizeRunView(fetched, { left: MAX_ANSWER_CONTAINERS, stepOutput: connection.stepOutput }), connection, `GET ${shownPath(runPath)}`);
    if (one.id !== id) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered GET ${shownPath(runPath)} with another run, "${cut(one.id)}" (${cut(one.flowName)}/${cut(one.stepName)}), so run "${cut(id)}" cannot be followed. Check the backend.`, { kind: "invalid-response", field: "id", runId: id });
    }
    if (one.eventId !== eventId) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} named run "${cut(id)}" among the runs it started for event "${cut(eventId)}", but answers GET ${shownPath(runPath)} with a run of another event, "${cut(one.eventId)}" (${cut(one.flowName)}/${cut(one.stepName)}): it is not this event's run, so it is neither waited for nor canceled. Check the backend.`, { kind: "invalid-response", field: "eventId", runId: id });
    }
    return one;
}
function vanished(run, runPath) {
    const error = `The flow backend no longer knows this run: it was last reported ${run.processStatus}, then GET ${runPath} answered HTTP 404. What became of it is unknown: look at the backend's logs.`;
    const view = { ...run, processStatus: "failed", updatedAt: new Date().toISOString(), error };
    delete view.resultStatus;
    view.effectiveStatus = (0,contracts/* effectiveStatusOf */.Z2)(view);
    view.needsAttention = (0,contracts/* needsAttentionFor */.XM)(view.effectiveStatus);
    const last = view.attempts.at(-1);
    if (last)
        view.attempts = [...view.attempts.slice(0, -1), { ...last, status: "failed", error }];
    return view;
}
function progressKey(runs) {
    return runs.map((run) => `${run.id}:${run.processStatus}:${run.resultStatus ?? ""}`).join(",");
}
function expectedRuns(result) {
    return result.status === "accepted" && result.runIds.length === 0 ? result.matched : 0;
}
function passing(error) {
    return error instanceof FlowBackendError && (error.kind === "unreachable" || error.kind === "server" || error.kind === "timeout");
}
function timeoutError(runs, wanted, wait, seen) {
    const { away, reopened, others } = seen;
    const byId = new Map(runs.map((run) => [run.id, run]));
    const open = unfinishedIds(runs, wanted);
    const list = open.map((id) => {
        const run = byId.get(id);
        const again = reopened.finishedAs(id);
        const state = run ? `${run.processStatus}${again ? `, reopened by the backend after it had finished ${again}` : ""}` : "not reported yet";
        return `${runLabel(id, run)} (${state})`;
    });
    const waited = seconds(wait.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const noun = open.length === 1 ? "run still not finished" : "runs still not finished";
    const expected = expectedRuns(wait.result);
    const unfinished = open.length > 0 ? `${open.length} ${noun} after ${waited}: ${namedList(list)}` : "";
    const missing = runs.length < expected
        ? `the backend matched ${expected} step${expected === 1 ? "" : "s"} but named none of their runs, and ${expected - runs.length} of them never showed up in GET /runs?eventId= within ${waited}${others > 0 ? ` (it listed ${others} run${others === 1 ? "" : "s"} of other events there, which are not this event's: check that the backend filters GET /runs by eventId)` : ""}`
        : "";
    const lastLook = away ? ` The last look at the runs failed: ${away.message}` : "";
    const where = `the flow backend at ${displayUrl(wait.connection.url)}`;
    return new FlowBackendError(`${[missing, unfinished].filter(Boolean).join("; ")}; raise the timeout if they need longer, or see why on ${where}.${lastLook}`, {
        kind: "timeout",
        runs,
        outcome: { ...wait.outcome, runs },
    });
}
function leftRunning(error, runs, wait) {
    if (!(error instanceof FlowBackendError))
        return undefined;
    const byId = new Map(runs.map((run) => [run.id, run]));
    const open = unfinishedIds(runs, wait.result.runIds).filter((id) => id !== error.runId);
    if (open.length === 0)
        return undefined;
    const where = `GET /runs?eventId=${encodeURIComponent(wait.result.eventId)}`;
    const named = namedList(open.map((id) => runLabel(id, byId.get(id))));
    return ` The wait stopped there, so ${open.length} run${open.length === 1 ? "" : "s"} of this event not seen to finish ${open.length === 1 ? "was" : "were"} not canceled and may still be running on the backend at ${displayUrl(wait.connection.url)} (look at ${where}; cancel with POST /runs/<id>/cancel): ${named}.`;
}
function withRuns(error, runs, outcome, more = "") {
    if (!(error instanceof FlowBackendError))
        return error;
    const { kind, status, field } = error;
    return new FlowBackendError(`${error.message}${more}`, { kind, status, field, runs, outcome: { ...outcome, runs } });
}
function client_readAnswer(read, connection, what) {
    try {
        return read();
    }
    catch (error) {
        if (!(error instanceof FlowBackendError))
            throw error;
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with something flows-action cannot read: ${error.message}`, { kind: error.kind, field: error.field });
    }
}

// EXTERNAL MODULE: ./.build/events/fields.js
var fields = __webpack_require__(45785);
// EXTERNAL MODULE: ./.build/events/id.js
var events_id = __webpack_require__(22853);
// EXTERNAL MODULE: ./.build/report/checks-commit.js + 1 modules
var checks_commit = __webpack_require__(29050);
// EXTERNAL MODULE: ./.build/report/comment-pulls.js
var comment_pulls = __webpack_require__(27469);
;// CONCATENATED MODULE: ./.build/backend/replay-event.js





const GITHUB_ID = /^github:([^:]+):([^:]+):(.*)$/s;
const PULL_KEY = /^pr-([0-9]+)@([0-9a-f]{40}|[0-9a-f]{64})(?![0-9a-f])/;
function replayedEventMismatch(event, eventId, repository, repositorySetting = "GITHUB_REPOSITORY") {
    const id = GITHUB_ID.exec(eventId);
    const upstream = (0,checks_commit.eventKind)(event) === "upstream";
    if (id && id[1] !== (0,events_id/* encodeIdPart */.h3)(event.type)) {
        return `its type is ${shown(event.type)}, but the id names type ${shown(id[1] ?? "")}`;
    }
    if (repository) {
        const expected = repository.toLowerCase();
        for (const { repo, where } of repositoriesNamed(event, id, upstream)) {
            if (repo.toLowerCase() !== expected) {
                return `it is an event of repository ${shown(repo)} (${where}), but this job runs in ${shown(repository)} (${repositorySetting}), whose pull requests and commits would get its check runs and comment`;
            }
        }
    }
    if (id && !upstream)
        return keyMismatch(event, id[3] ?? "");
    return undefined;
}
function repositoriesNamed(event, id, upstream) {
    if (upstream)
        return [];
    const named = [];
    if (id)
        named.push({ repo: id[2] ?? "", where: "its id" });
    if (!id && !steersReports(event))
        return named;
    const repo = (0,fields/* stringAt */.bX)(event.payload, "repo");
    if (repo !== undefined)
        named.push({ repo, where: "payload.repo" });
    const full = (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)((0,fields/* objectAt */.lJ)(event.payload, "github"), "repository"), "full_name");
    if (full !== undefined)
        named.push({ repo: full, where: "payload.github.repository.full_name" });
    return named;
}
const TARGETS_IN_ID = new Set([
    "push",
    "pull_request",
    "pull_request_target",
    "pull_request_review",
    "pull_request_review_comment",
    "pull_request_review_thread",
    "merge_group",
    "create",
    "status",
    "release",
]);
function reportTargetsBeyondId(event, eventId) {
    if (GITHUB_ID.test(eventId) && TARGETS_IN_ID.has((0,checks_commit.eventKind)(event)))
        return undefined;
    const commit = (0,checks_commit.commitForEvent)(event);
    const pulls = (0,comment_pulls.pullRequestsInEvent)(event);
    const named = [
        commit.sha ? `commit ${commit.sha} (${commit.from})` : "",
        commit.tag !== undefined ? `tag ${shown(commit.tag)}` : "",
        pulls.length > 0 ? `pull request${pulls.length === 1 ? "" : "s"} ${pulls.map((number) => `#${number}`).join(", ")}` : "",
    ].filter(Boolean);
    return named.length > 0 ? named.join(" and ") : undefined;
}
function objectNamedById(event, eventId) {
    const id = GITHUB_ID.exec(eventId);
    if (!id)
        return undefined;
    const key = id[3] ?? "";
    const pattern = OBJECT_KEYS[(0,checks_commit.eventKind)(event)];
    const number = pattern?.[1].exec(key)?.[1];
    if (!pattern || number === undefined)
        return undefined;
    return { kind: pattern[0], id: Number(number) };
}
const OBJECT_KEYS = {
    workflow_run: ["workflow-run", /^run-([0-9]{1,15})-attempt-[0-9]+$/],
    workflow_job: ["workflow-job", /^job-([0-9]{1,15})-attempt-[0-9]+$/],
    check_suite: ["check-suite", /^suite-([0-9]{1,15})(?:@|$)/],
    check_run: ["check-run", /^check-([0-9]{1,15})(?:[:@]|$)/],
    issue_comment: ["issue-comment", /^comment-([0-9]{1,15})(?:@|$)/],
    deployment: ["deployment", /^deployment-([0-9]{1,15})$/],
    deployment_status: ["deployment", /^deployment-([0-9]{1,15}):status-[0-9]+$/],
};
function targetsDisagreement(event, github) {
    const forged = [];
    const changed = [];
    const kind = (0,checks_commit.eventKind)(event);
    if (github.issue) {
        const issue = (0,fields/* objectAt */.lJ)(event.payload, "issue");
        const number = (0,fields/* numberAt */.tk)(issue, "number");
        const isPullRequest = (0,fields/* booleanAt */.CR)(issue, "isPullRequest");
        if (number !== undefined && number !== github.issue.number)
            forged.push(`its payload names issue #${number} (payload.issue.number), but GitHub's ${github.subject} is on #${github.issue.number}`);
        if (isPullRequest !== undefined && isPullRequest !== github.issue.isPullRequest) {
            forged.push(`its payload says #${number ?? github.issue.number} is ${isPullRequest ? "" : "not "}a pull request (payload.issue.isPullRequest), but GitHub says it is ${github.issue.isPullRequest ? "" : "not "}one`);
        }
        return { forged, changed };
    }
    const sha = (0,checks_commit.commitForEvent)(event).sha;
    if (sha !== undefined && github.headSha !== undefined && sha !== github.headSha.toLowerCase()) {
        forged.push(`its payload names commit ${sha} (${kind === "deployment_status" ? "payload.deployment.sha" : kind === "deployment" ? "payload.sha" : "payload.headSha"}), but GitHub's ${github.subject} has ${github.headSha}`);
    }
    const pulls = (0,comment_pulls.pullRequestsInEvent)(event);
    const listed = github.pullRequests;
    if (pulls.some((number) => !listed.includes(number)) || ((kind === "workflow_run" || kind === "check_suite" || kind === "check_run") && listed.some((number) => !pulls.includes(number)))) {
        changed.push(`payload names ${pullList(pulls)}, but GitHub's ${github.subject} now lists ${pullList(listed)}`);
    }
    return { forged, changed };
}
function pullList(numbers) {
    if (numbers.length === 0)
        return "no pull request";
    return `pull request${numbers.length === 1 ? "" : "s"} ${numbers.map((number) => `#${number}`).join(", ")}`;
}
function steersReports(event) {
    const commit = (0,checks_commit.commitForEvent)(event);
    return (0,comment_pulls.pullRequestsInEvent)(event).length > 0 || commit.sha !== undefined || commit.tag !== undefined || commit.pullRequest !== undefined;
}
function keyMismatch(event, key) {
    const kind = (0,checks_commit.eventKind)(event);
    const sha = (0,checks_commit.commitForEvent)(event).sha;
    if (kind === "pull_request" || kind === "pull_request_target" || kind.startsWith("pull_request_review")) {
        const pull = kind.startsWith("pull_request_review") ? (0,fields/* objectAt */.lJ)(event.payload, "pullRequest") : event.payload;
        const number = (0,fields/* numberAt */.tk)(pull, "number");
        const match = PULL_KEY.exec(key);
        if (!match) {
            return number !== undefined || sha !== undefined ? `its payload names ${pullText(number, sha)}, which the id (key ${shown(key)}) does not` : undefined;
        }
        if (number !== Number(match[1]))
            return `its payload names pull request ${number === undefined ? "none" : `#${number}`}, but the id names #${match[1]}`;
        if (sha !== match[2])
            return `its payload names head commit ${sha ?? "none"}, but the id names ${match[2]}`;
        return undefined;
    }
    if (kind === "push" || kind === "merge_group" || kind === "create") {
        const named = /@(?:[0-9a-f]+\.\.)?([0-9a-f]{40}|[0-9a-f]{64})$/.exec(key)?.[1];
        const field = kind === "push" ? "after" : kind === "create" ? "sha" : "headSha";
        const payloadSha = (0,fields/* stringAt */.bX)(event.payload, field)?.toLowerCase();
        if (named !== undefined && payloadSha !== undefined && !/^0+$/.test(payloadSha) && payloadSha !== named) {
            return `its payload names commit ${shown(payloadSha)} (payload.${field}), but the id names ${named}`;
        }
        if (named === undefined && sha !== undefined)
            return `its payload names commit ${sha} (payload.${field}), which the id (key ${shown(key)}) does not`;
        if (kind === "merge_group")
            return mergeGroupPullMismatch(event, key);
    }
    if (kind === "status") {
        const named = /^([0-9a-f]{40}|[0-9a-f]{64}):status-/.exec(key)?.[1];
        if (sha !== undefined && sha !== named) {
            return named === undefined ? `its payload names commit ${sha} (payload.sha), which the id (key ${shown(key)}) does not` : `its payload names commit ${sha} (payload.sha), but the id names ${named}`;
        }
    }
    if (kind === "release" && event.source === "github") {
        const tag = (0,fields/* stringAt */.bX)(event.payload, "tag");
        const named = key.split("@")[0] ?? "";
        if (tag !== undefined && (0,events_id/* encodeIdPart */.h3)(tag) !== named) {
            return `its payload names tag ${shown(tag)} (payload.tag), but the id names ${shown(decodedPart(named))}`;
        }
    }
    return undefined;
}
function mergeGroupPullMismatch(event, key) {
    const ref = key.slice(0, key.lastIndexOf("@"));
    const named = /\/pr-(\d+)-[0-9a-f]+$/.exec(ref)?.[1];
    const number = (0,fields/* numberAt */.tk)(event.payload, "pullRequest");
    if (number === undefined || String(number) === named)
        return undefined;
    return named === undefined
        ? `its payload names pull request #${number} (payload.pullRequest), which the id's head ref ${shown(decodedPart(ref))} does not`
        : `its payload names pull request #${number} (payload.pullRequest), but the id's head ref names #${named}`;
}
function decodedPart(part) {
    try {
        return decodeURIComponent(part);
    }
    catch {
        return part;
    }
}
function pullText(number, sha) {
    return [number !== undefined ? `pull request #${number}` : "", sha ? `head commit ${sha}` : ""].filter(Boolean).join(" and ");
}
function shown(text) {
    return (0,redact_cut/* shownValue */.J)(text, 120);
}

;// CONCATENATED MODULE: ./.build/backend/replay.js








const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);
async function replayOnBackend(eventId, options) {
    if (eventId === "." || eventId === "..") {
        throw new FlowBackendError(`event id "${eventId}" cannot be named in a URL path, so it cannot be replayed on a flow backend.`, { kind: "configuration" });
    }
    const connection = connectionFor(options);
    const deadline = performance.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const id = encodeURIComponent(eventId);
    const event = await storedEvent(connection, eventId, deadline);
    const mismatch = replayedEventMismatch(event, eventId, options.repository, options.repositorySetting);
    if (mismatch !== undefined) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} sent event "${cut(eventId)}" for the replay, and ${mismatch}; nothing was replayed. Check the replay input (the id of an event of this repository, as the event-id output of the job that sent it gives it) and that backend-url is the backend that ran it.`, { kind: "invalid-response", field: "event" });
    }
    const sent = performance.now();
    let spent = false;
    if (options.onEvent) {
        const timeout = AbortSignal.timeout(Math.max(1, Math.ceil(deadline - sent)));
        await options.onEvent(event, { signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout });
        spent = timeout.aborted;
    }
    const path = `/events/${id}/replay`;
    if (spent || performance.now() >= deadline) {
        const during = sent >= deadline ? `while the flow backend sent event "${eventId}"` : `after the flow backend sent event "${eventId}", before it was replayed`;
        throw new FlowBackendError(`the time for the replay ran out ${during}; the replay was not sent. Raise backend-timeout-minutes.`, {
            kind: "timeout",
        });
    }
    let raw;
    const abortedAt = abortTime(connection.signal);
    try {
        const body = JSON.stringify({ eventId });
        raw = await requestJson(connection, { method: "POST", path, body, deadline, once: true, answerAfterAbortMs: ANSWER_AFTER_ABORT_MS });
    }
    catch (error) {
        throw error instanceof FlowBackendError ? replayFailure(error, eventId, connection) : error;
    }
    const answered = client_readAnswer(() => normalizeDispatchResult(raw, event, connection.stepOutput), connection, `POST ${path}`);
    const other = answered.eventId !== eventId ? answered.eventId : answered.event.id !== eventId ? answered.event.id : undefined;
    if (other !== undefined) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered POST ${path} for another event, "${cut(other)}", so its runs are not the replay's. The replay may have started: look at GET /runs?eventId=${id}, and check the backend.`, { kind: "invalid-response", field: "eventId" });
    }
    const foreign = otherEventsRun(answered.runs, eventId);
    if (foreign !== undefined) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered POST ${path} with ${foreign}, so it is not the replay's run. The replay may have started: look at GET /runs?eventId=${id}, and check the backend.`, { kind: "invalid-response", field: "eventId" });
    }
    const result = { ...answered, event };
    if (result.runIds.length === 0 && result.matched > 0) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered POST ${path} with ${result.matched} matched step(s) but no run ids (neither "runIds" nor "runs"), so the replay's runs cannot be waited for. The replay did start: look at its runs with GET /runs?eventId=${id}.`, { kind: "invalid-response", field: "runIds" });
    }
    const outcome = outcomeFrom(result);
    const wait = { connection, result, outcome, deadline, options };
    if (connection.signal?.aborted)
        throw await canceledOnTheWay(wait, abortedAt(), `POST ${path}`);
    outcome.runs = (await waitForRuns(wait)).map(asReplay);
    if (outcome.runIds.length === 0)
        outcome.runIds = outcome.runs.map((run) => run.id);
    return outcome;
}
function asReplay(run) {
    if (run.replay)
        return run;
    const attempts = run.attempts.map((attempt, index) => (index === run.attempts.length - 1 && attempt.replay !== true ? { ...attempt, replay: true } : attempt));
    return { ...run, replay: true, attempts };
}
async function storedEvent(connection, eventId, deadline) {
    const path = `/events/${encodeURIComponent(eventId)}`;
    let raw;
    try {
        raw = await requestJson(connection, { method: "GET", path, deadline });
    }
    catch (error) {
        if (!(error instanceof FlowBackendError) || error.kind !== "rejected" || error.status !== 404)
            throw error;
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} holds no event "${eventId}" (HTTP 404 on GET ${path}), so nothing was replayed. Check the replay input: it must be the id of an event that backend received (the event-id output of the job that sent it, or GET /events?type=<type> on the backend), and backend-url the backend that ran it.`, { kind: "rejected", status: 404 });
    }
    const event = client_readAnswer(() => replay_readEvent(raw), connection, `GET ${path}`);
    if (event.id !== eventId) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered GET ${path} with another event, "${cut(event.id)}"; nothing was replayed. Check the backend.`, { kind: "invalid-response", field: "id" });
    }
    return event;
}
function replay_readEvent(raw) {
    const outer = unwrapObject(raw, "event", "an event");
    if (isObject(outer.raw) && typeof outer.raw.id === "string" && typeof outer.raw.type === "string" && outer.raw.id !== outer.id) {
        throw new FlowBackendError(`the event record's "raw" is another event, ${describe(outer.raw.id)}, than the record's id ${describe(outer.id)}; nothing was replayed. Check the backend.`, {
            kind: "invalid-response",
            field: "raw",
        });
    }
    const fields = isObject(outer.raw) && outer.raw.id === outer.id ? outer.raw : outer;
    try {
        return (0,engine_event/* normalizeFlowEvent */.kN)(fields);
    }
    catch (error) {
        throw new FlowBackendError(`the event is not a FlowEvent: ${error instanceof Error ? error.message : String(error)}`, { kind: "invalid-response", field: "event" });
    }
}
function replayFailure(error, eventId, connection) {
    const refused = error.kind === "credentials" || error.kind === "rejected" || error.kind === "configuration" || error.status === 429;
    const unsent = error.kind === "unreachable" && error.code !== undefined && NOT_SENT_CODES.has(error.code);
    let message;
    if (error.kind === "rejected" && error.status === 404) {
        message = `the flow backend at ${displayUrl(connection.url)} holds event "${eventId}" but answered POST /events/${encodeURIComponent(eventId)}/replay with HTTP 404: it does not seem to offer replays (the contract's POST /events/:id/replay). Nothing was replayed; check the backend's version.`;
    }
    else if (refused) {
        message = `${error.message} The backend refused the replay, so nothing was replayed.`;
    }
    else if (unsent || ((error.kind === "aborted" || error.kind === "timeout") && error.code === NOT_SENT)) {
        message = `${error.message} The replay was not sent.`;
    }
    else if (error.kind === "aborted") {
        const look = `look at GET /runs?eventId=${encodeURIComponent(eventId)} on ${displayUrl(connection.url)}`;
        message = receivedBy(error.status)
            ? `${error.message} The backend received it (HTTP ${error.status}), but the rest of its answer, which names the replay's runs, did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so they were not canceled: ${look}.`
            : `${error.message} Its answer did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so if the backend received it, the replay's runs were not canceled: ${look}.`;
    }
    else {
        message = `${error.message} The replay may or may not have started on the backend. It was not sent again, since a second request would run the event's steps a second time: look at the event's runs (GET /runs?eventId=${encodeURIComponent(eventId)}) before replaying it again.`;
    }
    const { kind, status, field, code } = error;
    return new FlowBackendError(message, { kind, ...(status !== undefined ? { status } : {}), ...(field ? { field } : {}), ...(code ? { code } : {}) });
}

;// CONCATENATED MODULE: ./.build/backend/index.js









/***/ }),

/***/ 33451:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ validateBackendDispatchResult)
/* harmony export */ });

const validateBackendDispatchResult = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-dispatch-result.schema.json", "title": "BackendDispatchAnswer", "description": "What an HTTP flow backend answers to POST /events (after unwrapping {result: ...} / {data: ...}). `status` is the answer and required. Read leniently: a missing eventId, runIds, matched or event is taken from the event sent and the runs returned, and an eventId, matched or idempotent of another type is ignored. `event` is checked as a FlowEvent and each run as a BackendRun when the answer is read.", "type": "object", "required": ["status"], "properties": { "status": { "type": "string", "enum": ["accepted", "duplicate"] }, "eventId": { "description": "Used when a non-empty string; else the event's id.", "tsType": "unknown" }, "runIds": { "description": "At most 1,000 runs for one event: more is not a dispatch the action can wait for or report.", "type": ["array", "null"], "maxItems": 1000, "items": { "type": "string", "minLength": 1 } }, "matched": { "description": "Used when a whole number; else the number of run ids.", "tsType": "unknown" }, "idempotent": { "description": "Used when true or false; a duplicate is idempotent otherwise.", "tsType": "unknown" }, "event": { "description": "A FlowEvent (flow-event.schema.json), or the event sent when missing.", "tsType": "unknown" }, "runs": { "description": "A list of BackendRun (backend-run.schema.json) in any wrapper the run list reader takes.", "tsType": "unknown" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
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
                const err1 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (!((data0 === "accepted") || (data0 === "duplicate"))) {
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema11.properties.status.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.runIds !== undefined) {
            let data1 = data.runIds;
            if ((!(Array.isArray(data1))) && (data1 !== null)) {
                const err3 = { instancePath: instancePath + "/runIds", schemaPath: "#/properties/runIds/type", keyword: "type", params: { type: schema11.properties.runIds.type }, message: "must be array,null" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (Array.isArray(data1)) {
                if (data1.length > 1000) {
                    const err4 = { instancePath: instancePath + "/runIds", schemaPath: "#/properties/runIds/maxItems", keyword: "maxItems", params: { limit: 1000 }, message: "must NOT have more than 1000 items" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (typeof data2 === "string") {
                        if (data2.length < 1) {
                            const err5 = { instancePath: instancePath + "/runIds/" + i0, schemaPath: "#/properties/runIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                        const err6 = { instancePath: instancePath + "/runIds/" + i0, schemaPath: "#/properties/runIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
            }
        }
    }
    else {
        const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}


/***/ }),

/***/ 46801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ validateBackendError)
/* harmony export */ });

const validateBackendError = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-error.schema.json", "title": "BackendErrorAnswer", "description": "The explanation an HTTP flow backend gives with an answer that is not 2xx: {\"error\": \"...\"}, {\"error\": {\"message\": \"...\"}} or {\"message\": \"...\"}, in that order of precedence. Any other body (plain text, an HTML page, other JSON) is quoted as text. Quoted redacted, on one line, cut to 300 characters.", "type": "object", "anyOf": [{ "required": ["error"], "properties": { "error": { "type": "string" } } }, { "required": ["error"], "properties": { "error": { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } } } }, { "required": ["message"], "properties": { "message": { "type": "string" } } }] };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (!(data && typeof data == "object" && !Array.isArray(data))) {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.error === undefined) {
            const err1 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err2 = { instancePath: instancePath + "/error", schemaPath: "#/anyOf/0/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs5 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.error === undefined) {
                const err3 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (data.error !== undefined) {
                let data1 = data.error;
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                    if (data1.message === undefined) {
                        const err4 = { instancePath: instancePath + "/error", schemaPath: "#/anyOf/1/properties/error/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                    if (data1.message !== undefined) {
                        if (typeof data1.message !== "string") {
                            const err5 = { instancePath: instancePath + "/error/message", schemaPath: "#/anyOf/1/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err6 = { instancePath: instancePath + "/error", schemaPath: "#/anyOf/1/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
        }
        var _valid0 = _errs5 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
            const _errs10 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.message === undefined) {
                    const err7 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (data.message !== undefined) {
                    if (typeof data.message !== "string") {
                        const err8 = { instancePath: instancePath + "/message", schemaPath: "#/anyOf/2/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
            }
            var _valid0 = _errs10 === errors;
            valid0 = valid0 || _valid0;
        }
    }
    if (!valid0) {
        const err9 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    else {
        errors = _errs1;
        if (vErrors !== null) {
            if (_errs1) {
                vErrors.length = _errs1;
            }
            else {
                vErrors = null;
            }
        }
    }
    validate10.errors = vErrors;
    return errors === 0;
}


/***/ }),

/***/ 41590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.ke)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ }),

/***/ 94152:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PULL_REQUEST_FILES_LIMIT: () => (/* binding */ PULL_REQUEST_FILES_LIMIT),
/* harmony export */   pullRequest: () => (/* binding */ pullRequest),
/* harmony export */   pullRequestFiles: () => (/* binding */ pullRequestFiles),
/* harmony export */   pullRequestsForCommit: () => (/* binding */ pullRequestsForCommit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43781);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68890);


async function pullRequestsForCommit(client, options) {
    const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository),
        commit_sha: options.sha,
        per_page: 100,
    });
    return pulls.map(record);
}
async function pullRequest(client, options) {
    try {
        const { data } = await client.rest.pulls.get({ ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository), pull_number: options.number });
        return record(data);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__.apiFailure)(error).kind === "not-found")
            return undefined;
        throw error;
    }
}
const PULL_REQUEST_FILES_LIMIT = 3000;
async function pullRequestFiles(client, options) {
    const names = new Set();
    let listed = 0;
    const pages = client.paginate.iterator(client.rest.pulls.listFiles, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository),
        pull_number: options.number,
        per_page: 100,
    });
    for await (const { data } of pages) {
        for (const file of data) {
            names.add(file.filename);
            if (file.previous_filename)
                names.add(file.previous_filename);
        }
        listed += data.length;
        if (listed >= PULL_REQUEST_FILES_LIMIT)
            break;
    }
    return { files: [...names], complete: listed < PULL_REQUEST_FILES_LIMIT };
}
function record(data) {
    return {
        number: data.number,
        state: data.state,
        headSha: data.head.sha,
        ...(data.head.repo ? { headRepository: data.head.repo.full_name } : {}),
        ...(data.base.repo ? { baseRepository: data.base.repo.full_name } : {}),
    };
}


/***/ }),

/***/ 68890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   Wb: () => (/* binding */ repositoryRef)
/* harmony export */ });
/* unused harmony export RepositoryNameError */
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99416);

const NAME = /^[A-Za-z0-9_.-]+$/;
class RepositoryNameError extends _user_error_js__WEBPACK_IMPORTED_MODULE_0__.UserError {
    name = "RepositoryNameError";
}
function repositoryRef(repository) {
    const [owner = "", repo = "", extra] = repository.split("/");
    if (!NAME.test(owner) || !NAME.test(repo) || extra !== undefined) {
        throw new RepositoryNameError(`"${repository}" is not a repository name; expected "owner/repo" (as in GITHUB_REPOSITORY).`);
    }
    return { owner, repo };
}
function sameRepository(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}


/***/ }),

/***/ 29050:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commitForEvent: () => (/* binding */ commitForEvent),
  eventKind: () => (/* binding */ eventKind),
  resolveEventCommit: () => (/* binding */ resolveEventCommit),
  validSha: () => (/* binding */ validSha)
});

// EXTERNAL MODULE: ./.build/events/fields.js
var fields = __webpack_require__(45785);
// EXTERNAL MODULE: ./.build/github/errors.js
var errors = __webpack_require__(43781);
// EXTERNAL MODULE: ./.build/github/repository.js
var repository = __webpack_require__(68890);
;// CONCATENATED MODULE: ./.build/github/commits.js


const MAX_TAG_DEPTH = 5;
async function tagCommitSha(client, options) {
    const repo = (0,repository/* repositoryRef */.Wb)(options.repository);
    let object;
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${options.tag}` });
        object = data.object;
    }
    catch (error) {
        if ((0,errors.apiFailure)(error).kind === "not-found")
            return undefined;
        throw error;
    }
    for (let depth = 0; object.type === "tag" && depth < MAX_TAG_DEPTH; depth++) {
        const { data } = await client.rest.git.getTag({ ...repo, tag_sha: object.sha });
        object = data.object;
    }
    return object.type === "commit" ? object.sha : undefined;
}

// EXTERNAL MODULE: ./.build/github/pulls.js
var pulls = __webpack_require__(94152);
// EXTERNAL MODULE: ./.build/report/comment-pulls.js
var comment_pulls = __webpack_require__(27469);
;// CONCATENATED MODULE: ./.build/report/checks-commit.js




const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const NO_COMMIT = /^0+$/;
const SHA_FIELDS = {
    push: (p) => (0,fields/* stringAt */.bX)(p, "after"),
    pull_request: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    pull_request_target: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    pull_request_review: (p) => (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(p, "pullRequest"), "headSha"),
    pull_request_review_comment: (p) => (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(p, "pullRequest"), "headSha"),
    pull_request_review_thread: (p) => (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(p, "pullRequest"), "headSha"),
    merge_group: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    workflow_run: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    workflow_job: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    check_suite: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    check_run: (p) => (0,fields/* stringAt */.bX)(p, "headSha"),
    status: (p) => (0,fields/* stringAt */.bX)(p, "sha"),
    deployment: (p) => (0,fields/* stringAt */.bX)(p, "sha"),
    deployment_status: (p) => (0,fields/* stringAt */.bX)((0,fields/* objectAt */.lJ)(p, "deployment"), "sha"),
    create: (p) => (0,fields/* stringAt */.bX)(p, "sha"),
};
function eventKind(event) {
    return event.type.split(".")[0] ?? event.type;
}
function commitForEvent(event, context = {}) {
    const kind = eventKind(event);
    const fallback = validSha(context.sha) ? { sha: context.sha.toLowerCase(), from: "GITHUB_SHA" } : { from: "none" };
    const read = SHA_FIELDS[kind];
    const sha = read?.(event.payload)?.toLowerCase();
    if (validSha(sha) && !NO_COMMIT.test(sha))
        return { sha, from: `${kind}.${kind === "push" ? "after" : "head"}` };
    if (kind === "release" && event.source === "github") {
        const tag = (0,fields/* stringAt */.bX)(event.payload, "tag");
        const repo = (0,fields/* stringAt */.bX)(event.payload, "repo");
        const ours = !context.repository || !repo || repo.toLowerCase() === context.repository.toLowerCase();
        if (tag && ours)
            return { ...fallback, tag, from: `release tag ${tag}` };
    }
    if (kind === "issue_comment") {
        const [number] = (0,comment_pulls.pullRequestsInEvent)(event);
        if (number !== undefined)
            return { ...fallback, pullRequest: number, from: `pull request #${number}` };
    }
    return fallback;
}
async function resolveEventCommit(client, options) {
    const { commit, repository } = options;
    if (commit.tag) {
        const sha = await tagCommitSha(client, { repository, tag: commit.tag });
        if (validSha(sha))
            return sha;
    }
    if (commit.pullRequest !== undefined) {
        const pull = await (0,pulls.pullRequest)(client, { repository, number: commit.pullRequest });
        if (validSha(pull?.headSha))
            return pull.headSha;
    }
    return commit.sha;
}
function validSha(value) {
    return typeof value === "string" && SHA.test(value.toLowerCase());
}


/***/ }),

/***/ 27469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_PULL_REQUESTS: () => (/* binding */ MAX_PULL_REQUESTS),
/* harmony export */   pullRequestNumbers: () => (/* binding */ pullRequestNumbers),
/* harmony export */   pullRequestsInEvent: () => (/* binding */ pullRequestsInEvent)
/* harmony export */ });
/* harmony import */ var _events_fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45785);

const MAX_PULL_REQUESTS = 10;
function pullRequestsInEvent(event) {
    const payload = event.payload;
    const kind = event.type.split(".")[0] ?? "";
    const numbers = [];
    if (kind === "pull_request" || kind === "pull_request_target")
        numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)(payload, "number"));
    if (kind.startsWith("pull_request_review"))
        numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "pullRequest"), "number"));
    if (kind === "merge_group")
        numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)(payload, "pullRequest"));
    if (kind === "issue_comment") {
        const issue = (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .objectAt */ .lJ)(payload, "issue");
        if ((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .booleanAt */ .CR)(issue, "isPullRequest") === true)
            numbers.push((0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .numberAt */ .tk)(issue, "number"));
    }
    if (kind === "workflow_run" || kind === "check_suite" || kind === "check_run") {
        const listed = (0,_events_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(payload) ? payload.pullRequests : undefined;
        if (Array.isArray(listed))
            numbers.push(...listed);
    }
    return pullRequestNumbers(numbers);
}
function pullRequestNumbers(values) {
    const valid = values.filter((value) => typeof value === "number" && Number.isSafeInteger(value) && value > 0);
    return [...new Set(valid)].slice(0, MAX_PULL_REQUESTS);
}


/***/ })

};
