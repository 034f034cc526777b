export const id = 6053;
export const ids = [6053,4152,9050,7469];
export const modules = {

/***/ 56053:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FlowBackendError: () => (/* reexport */ FlowBackendError),
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
// EXTERNAL MODULE: ./.build/engine/event.js + 1 modules
var engine_event = __webpack_require__(28906);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
;// CONCATENATED MODULE: ./.build/generated/validators/backend-dispatch-result.js

const validateBackendDispatchResult = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-dispatch-result.schema.json", "title": "BackendDispatchAnswer", "description": "What an HTTP flow backend answers to POST /events (after unwrapping {result: ...} / {data: ...}). `status` is the answer and required. Read leniently: a missing eventId, runIds, matched or event is taken from the event sent and the runs returned, and an eventId, matched or idempotent of another type is ignored. `event` is checked as a FlowEvent and each run as a BackendRun when the answer is read.", "type": "object", "required": ["status"], "properties": { "status": { "type": "string", "enum": ["accepted", "duplicate"] }, "eventId": { "description": "Used when a non-empty string; else the event's id.", "tsType": "unknown" }, "runIds": { "description": "At most 1,000 runs for one event: more is not a dispatch the action can wait for or report.", "type": ["array", "null"], "maxItems": 1000, "items": { "type": "string", "minLength": 1 } }, "matched": { "description": "Used when a whole number; else the number of run ids.", "tsType": "unknown" }, "idempotent": { "description": "Used when true or false; a duplicate is idempotent otherwise.", "tsType": "unknown" }, "event": { "description": "A FlowEvent (flow-event.schema.json), or the event sent when missing.", "tsType": "unknown" }, "runs": { "description": "A list of BackendRun (backend-run.schema.json) in any wrapper the run list reader takes.", "tsType": "unknown" } } };
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-dispatch-result.schema.json" */ ;
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

;// CONCATENATED MODULE: ./.build/backend/answer-shape.js
// What one answer of a flow backend may hold, measured in its text before JSON.parse builds it
// (src/json-shape.ts, jsonShape, says why and how).
/**
 * Most objects and arrays one answer may hold, counted in its text before it is parsed: each costs
 * 50–100 bytes once built, so an answer of 16 MiB of `{},` (5 million objects) took 700 MB. A run
 * list holds at most 1,000 runs (dispatch-result.ts), each run view about 10 objects and arrays of
 * its own: this leaves about 500 per run for its result payload (or an echoed event). At the cap,
 * 500,000 empty objects (1.5 MB of text) raised the peak RSS of the process by about 85 MB. The older runtime's `resultJson` texts inside an answer share
 * one more such budget (normalize.ts).
 */
const MAX_ANSWER_CONTAINERS = 500_000;

// EXTERNAL MODULE: ./.build/redact.js
var redact = __webpack_require__(7437);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
// EXTERNAL MODULE: ./.build/url-secrets.js
var url_secrets = __webpack_require__(95371);
;// CONCATENATED MODULE: ./.build/backend/errors.js



/**
 * A failure talking to an HTTP flow backend, worded for the person who configured it. The
 * name is not a built-in error's, so entry points print the message alone, without a stack.
 */
class FlowBackendError extends user_error.UserError {
    name = "FlowBackendError";
    kind;
    status;
    field;
    code;
    runs;
    outcome;
    constructor(message, details) {
        // Whatever the message quotes (a URL, the backend's answer, a network error), no secret.
        super(redact/* redactor */.$p.redact(message));
        this.kind = details.kind;
        if (details.status !== undefined)
            this.status = details.status;
        if (details.field !== undefined)
            this.field = details.field;
        if (details.code !== undefined)
            this.code = details.code;
        this.runs = details.runs ?? [];
        if (details.outcome)
            this.outcome = details.outcome;
    }
}
/** Replace every secret in a text the backend or the network handed us before it reaches a log. */
function errors_redact(text, secrets) {
    let clean = text;
    for (const secret of secrets) {
        if (secret && secret.length >= 4)
            clean = clean.split(secret).join("***");
    }
    return clean;
}
/** The backend URL as it may be shown: without user:password and query (which may hold keys). */
function displayUrl(url) {
    return (0,url_secrets/* urlWithoutSecrets */.Zx)(url)?.url.replace(/\/+$/, "") ?? "(invalid backend-url)";
}

// EXTERNAL MODULE: ./.build/generated/validators/shared.js
var shared = __webpack_require__(38713);
;// CONCATENATED MODULE: ./.build/generated/validators/backend-run.js
// Generated by scripts/build-schemas.mjs from schemas/backend-run.schema.json. Do not edit.
// Compiled with the contracts it refers to or is referred to by: shared.ts.


// EXTERNAL MODULE: ./.build/generated/validators/flow-result.js
var flow_result = __webpack_require__(6264);
// EXTERNAL MODULE: ./.build/events/budget.js
var events_budget = __webpack_require__(85797);
// EXTERNAL MODULE: ./.build/json-shape.js
var json_shape = __webpack_require__(1414);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __webpack_require__(68880);
;// CONCATENATED MODULE: ./.build/backend/normalize.js









/**
 * Read one run as an HTTP flow backend sends it, leniently: the object may be wrapped in
 * `{run: ...}` or `{data: ...}`; `status` may stand for `processStatus` (or, when it is a
 * FlowResult status, for the result of a finished process) and `result` for `resultPayload`;
 * `effectiveStatus` and `needsAttention` are always derived by the contract's rules, so a
 * backend that leaves them out (or gets them wrong) reads the same as the local engine.
 * What is accepted is schemas/backend-run.schema.json; anything else fails with the name of
 * the field to fix.
 */
function normalizeRunView(raw, budget = { left: MAX_ANSWER_CONTAINERS }) {
    const fields = unwrapObject(raw, "run", "a run view");
    if (!(0,shared/* validateBackendRun */.ke)(fields))
        throw violation(fields, shared/* validateBackendRun */.ke.errors ?? []);
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
        // The older runtime's backend does not record the flow's version: left out, not made up.
        ...(version === undefined ? {} : { flowVersion: finiteVersion(version, where, wire.flowVersion === undefined ? "version" : "flowVersion") }),
        stepName: (wire.stepName || wire.step),
        // Backends written for Bun-only flows leave the runner out; Bun is the only default runner.
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
        view.resultPayload = resultPayload;
    for (const key of ["output", "error"]) {
        const text = textOf(wire[key]);
        if (text !== undefined)
            view[key] = text;
    }
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
    const duration = fields.durationMs;
    // A duration no clock can measure (negative, or longer than a Date can span) is the backend's
    // mistake: the one worked out from the run's times, if any, is shown instead.
    if (typeof duration === "number" && duration >= 0 && duration <= MAX_TIME_MS)
        view.durationMs = duration;
    else if (view.startedAt && view.completedAt) {
        const ms = Date.parse(view.completedAt) - Date.parse(view.startedAt);
        if (Number.isFinite(ms) && ms >= 0)
            view.durationMs = ms;
    }
    for (const key of ["timedOut", "replay", "alreadyHandled"]) {
        if (fields[key] === true)
            view[key] = true;
    }
    // The older runtime's backend (its records say `backend: "workspace-local"`) marks a replay's
    // runs only by the `_replay` suffix of their ids, and runs them as replays by that rule.
    if (fields.replay === undefined && fields.backend === "workspace-local" && id.endsWith("_replay"))
        view.replay = true;
    if ((wire.attempts === undefined || wire.attempts === null) && view.processStatus !== "queued")
        view.attempts = [onlyAttempt(view)];
    return view;
}
/** The texts of a run that hold what its step printed: its output, the older backend's stdout and stderr, its errors. */
function stepTexts(wire) {
    const texts = [wire.output, wire.stdout, wire.stderr, wire.error, ...(wire.attempts ?? []).map((attempt) => attempt.error)].map(textOf);
    return texts.filter((text) => text !== undefined && text !== "");
}
/**
 * The older runtime's backend keeps the FlowResult inside `resultJson`: the text its runner
 * printed, `{"flow", "step", "result": FlowResult}`. Text that is not JSON, or holds no FlowResult,
 * fails the read with the field named, as a bad `resultPayload` does.
 */
function olderResult(text, where, budget) {
    if (text === undefined || text === null || text.trim() === "")
        return undefined;
    // Text inside the answer escapes the answer's own limits: it is measured before it is parsed
    // too (src/json-shape.ts), the runs of one answer sharing one budget of objects and
    // arrays. A result nested deeper than a step's may be would overflow the recursive walks that
    // follow (redaction, JSON.stringify).
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
/** Bytes of the older backend's stdout and stderr kept in a view (the step's own output is bounded the same way). */
const OLDER_OUTPUT_BYTES = 8_000;
/**
 * The older runtime's backend sends its runner's `stdout` and `stderr` instead of `output`, and
 * for a failed run only `flow runner exited with <code>` as `error`: the reason (the step's
 * stderr, or its missing FLOW_RESULT) is in `stderr`, so it is added to the error.
 */
function olderTexts(view, wire, printed) {
    // Its stdout is the runner's `{flow, step, result}` when the step gave a result (what
    // resultJson holds, `printed`): the result already shown, so not repeated as output.
    const stdout = repeatsResult(textOf(wire.stdout), printed) ? undefined : textOf(wire.stdout)?.trim();
    const stderr = textOf(wire.stderr)?.trim();
    if (view.output === undefined && (stdout || stderr)) {
        view.output = (0,redact_cut/* redacted */.p)([stdout, stderr].filter(Boolean).join("\n")).tail(OLDER_OUTPUT_BYTES).text;
    }
    if (view.processStatus === "failed" && stderr && !view.error?.includes(stderr)) {
        // The reason first: a report shows an error's first line, and "flow runner exited with 1" says none.
        view.error = [(0,redact_cut/* redacted */.p)(stderr).tail(OLDER_OUTPUT_BYTES).text, view.error].filter(Boolean).join("\n");
    }
}
function repeatsResult(stdout, printed) {
    if (!stdout || printed === undefined)
        return false;
    // Parsed only to be compared, under the same limits as the answer (src/json-shape.ts).
    if (!(0,json_shape/* jsonShape */.S)(stdout, { maxDepth: events_budget/* MAX_PAYLOAD_DEPTH */.GL + 1, maxContainers: MAX_ANSWER_CONTAINERS }).ok)
        return false;
    try {
        return JSON.stringify(JSON.parse(stdout)) === JSON.stringify(printed);
    }
    catch {
        return false;
    }
}
/**
 * A backend that keeps no attempts (the older runtime's, or a `status`-only one) still ran a
 * started run once: its one attempt is made from the run's own fields, so that the run is not
 * reported as never attempted. Its id is the run's, as the older runtime's backend passes the
 * run id as CODEX_FLOW_ATTEMPT_ID.
 */
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
    // Some backends report one `status`: a FlowResult status there means the process finished.
    return { processStatus: "completed", resultStatus: resultStatus ?? status };
}
function readAttempt(item, index, runId, where) {
    const field = `attempts[${index}]`;
    const number = typeof item.number === "number" && Number.isSafeInteger(item.number) && item.number >= 1 ? item.number : index + 1;
    const attempt = {
        id: typeof item.id === "string" && item.id !== "" ? item.id : `${runId}_a${number}`,
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
        attempt.error = error;
    if (item.timedOut === true)
        attempt.timedOut = true;
    if (item.replay === true)
        attempt.replay = true;
    return attempt;
}
/**
 * The schema's most specific complaint as a FlowBackendError: the deepest field (a nested
 * `resultPayload.status` over "resultPayload is not null"), with every value allowed there.
 */
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
/** Take the object out of `{data: ...}` and `{<key>: ...}` wrappers; fail on anything else. */
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
/**
 * A URL resolves the path segments `.` and `..` (encoded or not): `POST /runs/../cancel` would
 * go to `POST /cancel`. Half of a UTF-16 pair (JSON's `"\ud800"`) has no UTF-8 form, and
 * encodeURIComponent throws a URIError on it. A run so named cannot be asked about or canceled.
 */
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
/** Error texts may come as strings or as `{message}` objects (the schema allows no other). */
function textOf(value) {
    if (value === undefined || value === null)
        return undefined;
    return typeof value === "string" ? value : value.message;
}
/** The farthest a Date reaches from the epoch, in ms (ECMAScript's time value range). */
const MAX_TIME_MS = 8.64e15;
/**
 * Times may come as ISO strings, other date strings or epoch milliseconds; the views hold ISO
 * strings, written here, never the backend's text: Date.parse takes `Wed, 01 Jan 2025 00:00:00
 * GMT` (which GitHub's check runs refuse as started_at) and ignores text in parentheses
 * (`2025-01-01 (anything at all)`), which would otherwise reach reports as the run's time.
 */
function optionalTime(value, where, field) {
    if (value === undefined || value === null)
        return undefined;
    const ms = typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : Number.NaN;
    // Within the ±8.64e15 ms a Date can hold: toISOString throws a RangeError past them.
    if (Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS)
        return new Date(ms).toISOString();
    throw fieldError(where, field, value, "an ISO time");
}
/** A flow.toml version is a finite number: `"1e999"` passes the schema's pattern but is Infinity. */
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
/** A value of the backend's answer, short, for a message (src/redact-cut.ts). */
const describe = redact_cut/* shownValue */.J;

;// CONCATENATED MODULE: ./.build/backend/dispatch-result.js






/** Runs of one event the action waits for and reports (schemas/backend-dispatch-result.schema.json runIds maxItems). */
const MAX_RUNS = 1000;
/**
 * Read a `POST /events` answer: `{status, eventId, runIds, matched, idempotent?, event, runs}`,
 * possibly inside `{data: ...}`. Missing `eventId`, `runIds`, `matched` and `event` are taken
 * from the event sent and the runs returned; `status` is required, it is the answer
 * (schemas/backend-dispatch-result.schema.json).
 */
function normalizeDispatchResult(raw, sent, stepOutput) {
    const fields = unwrapObject(raw, "result", "a dispatch result");
    if (!validateBackendDispatchResult(fields))
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
/**
 * Read a list of runs: a bare array, `{runs: [...]}`, `{data: ...}`, `{run: ...}`; items may be
 * `{run: ...}`. `stepOutput` is given the step output each run carries (normalizeRunView).
 */
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
    // The runs' resultJson texts share one budget of objects and arrays, as the answer had one.
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
    // Each run once: a run named twice would be reported, counted and canceled twice.
    return [...new Set(value ?? runs.map((run) => run.id))];
}
/** What schemas/backend-dispatch-result.schema.json found wrong, as the field to fix. */
function dispatch_result_violation(fields) {
    const { field } = (0,contract_errors/* firstViolation */.sB)(validateBackendDispatchResult.errors, fields);
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
;// CONCATENATED MODULE: ./.build/backend/http.js









/** The `code` of an aborted request that was never sent. */
const NOT_SENT = "not-sent";
/** Network failures that a second try can fix; refused and unknown hosts are configuration. */
const TRANSIENT_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "UND_ERR_SOCKET"]);
const MAX_RETRY_DELAY_MS = 15_000;
/**
 * Largest answer read. Not lower: a dispatch answer echoes the event (GitHub's go up to 25 MB)
 * and a run list may hold 1,000 runs whose results reach 4 MiB each when run locally, so the
 * contracts give no smaller bound. Text costs a few times its size once read and parsed (16 MB of
 * strings raised the peak RSS by about 80 MB); what could cost far more, nesting and many small
 * objects, is measured in the text before it is parsed (MAX_ANSWER_DEPTH, MAX_ANSWER_CONTAINERS).
 */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/**
 * Deepest nesting read: an event payload or a result may nest MAX_PAYLOAD_DEPTH levels, and the
 * answer wraps them in a few more (`{data: {runs: [{run: {resultPayload: ...}}]}}`). Deeper
 * answers would overflow the recursive walks (JSON.stringify, the report) that follow.
 */
const MAX_ANSWER_DEPTH = events_budget/* MAX_PAYLOAD_DEPTH */.GL + 8;
/**
 * One JSON request to the backend, turned into a FlowBackendError users can act on when it
 * fails. 5xx answers, dropped connections and requests not answered within requestTimeoutMs
 * are retried (with backoff, but for the last, which waited already) when they are safe to
 * repeat: GETs, and `POST /events`, which the backend dedupes by event id (a retried POST of an
 * event that did get through answers `duplicate`). A request marked `once` is sent one time.
 */
async function requestJson(connection, request) {
    const target = backendEndpoint(connection.url, request.path);
    const what = `${request.method} ${shownPath(request.path)}`;
    const headers = await requestHeaders(connection, request.body);
    // Aborted with the connection's signal, or that long after it (answerAfterAbortMs).
    const stop = connection.signal && request.answerAfterAbortMs !== undefined ? abortedLater(connection.signal, request.answerAfterAbortMs) : connection.signal;
    // What the last attempt got, for the message when the time runs out before the next one.
    let last;
    for (let attempt = 1;; attempt++) {
        if (connection.signal?.aborted)
            throw attempt === 1 ? notSent(what) : aborted(what);
        const remaining = request.deadline - performance.now();
        if (remaining <= 0) {
            if (!last)
                throw new FlowBackendError(`the flow backend did not answer ${what} in time.`, { kind: "timeout" });
            throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} ${last.text} on ${what} (${attempt - 1} time(s)), and the time for ${what} ran out before it could be sent again. Check the backend's logs.`, { kind: "timeout", ...(last.status !== undefined ? { status: last.status } : {}) });
        }
        const timeout = AbortSignal.timeout(Math.ceil(Math.min(remaining, connection.requestTimeoutMs)));
        const signal = stop ? AbortSignal.any([stop, timeout]) : timeout;
        const retryLeft = !request.once && attempt <= connection.retries;
        let response;
        try {
            // Never follow a redirect: it would carry the token, API key and signed event to wherever
            // the Location header points (fetch keeps custom headers across origins).
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
                // One stalled request (a busy backend, a proxy) is no reason to give up a wait that has
                // time left: every request sent is safe to repeat, as for a dropped connection.
                if (retryLeft && request.deadline > performance.now()) {
                    mayHaveArrived(request);
                    continue;
                }
                const times = attempt > 1 ? `, ${attempt} time(s)` : "";
                throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} did not answer ${what} within ${seconds(Math.min(remaining, connection.requestTimeoutMs))}${times}.`, { kind: "timeout" });
            }
            const code = networkCode(error);
            if (retryLeft && TRANSIENT_CODES.has(code)) {
                last = { text: `dropped the connection (${code})` };
                mayHaveArrived(request);
                await pause(Math.min(backoff(connection, attempt), Math.max(0, request.deadline - performance.now())), connection.signal, what);
                continue;
            }
            throw new FlowBackendError(unreachable(connection.url, code), { kind: "unreachable", code });
        }
        if (response.status >= 300 && response.status < 400) {
            await response.body?.cancel().catch(() => undefined);
            const location = response.headers.get("location");
            const to = location ? ` to ${redirectTarget(location, target)}` : "";
            throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with a redirect (HTTP ${response.status})${to}. Redirects are not followed, since they would send the credentials and the event elsewhere: set backend-url to the address the backend answers at.`, { kind: "rejected", status: response.status });
        }
        let text;
        try {
            text = await readAnswer(response, request.maxAnswerBytes ?? MAX_ANSWER_BYTES);
        }
        catch (error) {
            if (error instanceof FlowBackendError)
                throw error;
            if (connection.signal?.aborted)
                throw aborted(what);
            if (timeout.aborted) {
                if (retryLeft && request.deadline > performance.now()) {
                    mayHaveArrived(request);
                    continue;
                }
                throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} did not finish answering ${what} in time.`, {
                    kind: "timeout",
                });
            }
            if (retryLeft) {
                last = { text: `broke the connection while answering (HTTP ${response.status}, ${networkCode(error)})`, status: response.status };
                mayHaveArrived(request);
                await pause(Math.min(backoff(connection, attempt), Math.max(0, request.deadline - performance.now())), connection.signal, what);
                continue;
            }
            throw new FlowBackendError(`the connection to the flow backend at ${displayUrl(connection.url)} broke while it answered ${what}: ${networkCode(error)}.`, { kind: "unreachable", status: response.status });
        }
        if (response.ok)
            return parseJson(text, response, connection, what);
        const message = backendMessage(text, connection);
        const status = response.status;
        if (status === 401 || status === 403) {
            const answered = `HTTP ${status} on ${what}${message ? `: ${message}` : ""}`;
            throw new FlowBackendError(sentCredentials(connection)
                ? `the backend rejected the credentials (${answered}): check backend-token / backend-hmac-secret.`
                : `the backend asked for credentials (${answered}), and none were sent: backend-token, backend-api-key and backend-hmac-secret are all empty. ` +
                    "A secret that is not set, or not available to this workflow, is an empty string (pull requests from forks and Dependabot get no secrets): set the secret, or run this job where it is available.", { kind: "credentials", status });
        }
        if (status >= 500 || status === 429) {
            if (retryLeft) {
                const asked = response.headers.get("retry-after");
                // The header is the backend's text: shown short, and only when it is a plain number or date.
                const shown = asked !== null && asked.length <= 40 && /^[\w ,:+.-]*$/.test(asked) ? `, Retry-After: ${asked}` : "";
                last = { text: `answered HTTP ${status}${shown}${message ? ` (${message})` : ""}`, status };
                // A 429 turned the request away; a 5xx may come after the backend acted on it.
                if (status !== 429)
                    mayHaveArrived(request);
                const wait = retryAfter(response) ?? backoff(connection, attempt);
                await pause(Math.min(wait, Math.max(0, request.deadline - performance.now())), connection.signal, what);
                continue;
            }
            throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} failed ${what} with HTTP ${status} ${attempt} time(s)${message ? `: ${message}` : ""}. Check the backend's logs${request.path === "/events" ? "; the event can be sent again safely (it is deduplicated by id)" : ""}.`, { kind: "server", status });
        }
        const hint = status === 404 ? " — check that backend-url is the flow backend's base URL" : "";
        throw new FlowBackendError(`the flow backend refused ${what} with HTTP ${status}${message ? `: ${message}` : ""}${hint}.`, { kind: "rejected", status });
    }
}
function mayHaveArrived(request) {
    if (request.resent)
        request.resent.afterPossibleDelivery = true;
}
/** Certificates that no authority this job trusts signed (Node's codes, from OpenSSL's X509_V_ERR_*). */
const UNTRUSTED_CERTIFICATE_CODES = new Set([
    "DEPTH_ZERO_SELF_SIGNED_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "UNABLE_TO_GET_ISSUER_CERT",
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    "CERT_UNTRUSTED",
]);
/**
 * Why the backend cannot be reached, with what to change: "check backend-url" says nothing to
 * someone whose backend's certificate the runner does not trust. NODE_EXTRA_CA_CERTS is read by
 * the Node process the action runs in: https://nodejs.org/api/cli.html#node_extra_ca_certsfile
 */
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
    return `cannot reach ${at}: ${code} — check backend-url.`;
}
/** The answer's text, read no further than `limit` bytes. */
async function readAnswer(response, limit) {
    const declared = Number(response.headers.get("content-length"));
    if (declared > limit)
        tooLarge(response, limit);
    if (!response.body)
        return "";
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > limit)
            tooLarge(response, limit);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString("utf8");
}
function redirectTarget(location, from) {
    try {
        return displayUrl(new URL(location, from).toString());
    }
    catch {
        return "an invalid address";
    }
}
function tooLarge(response, limit) {
    void response.body?.cancel().catch(() => undefined);
    throw new FlowBackendError(`the flow backend's answer is larger than ${limit / 1024 / 1024} MiB (HTTP ${response.status}); a flow backend's answers are small — check backend-url.`, { kind: "invalid-response", status: response.status });
}
/**
 * `<backend-url>` + `/events` or `/runs?eventId=`: the path joined to the URL's path, before its
 * query string (whose parameters are kept, then the request's added); without user:password,
 * which fetch refuses and which go in the authorization header instead (basicCredentials).
 */
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
/**
 * `sha256=<hex HMAC-SHA256 of the exact body>`: GitHub's webhook signature scheme, so we sign
 * with @octokit/webhooks' own implementation, loaded only when a secret is configured.
 */
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
    // Measured before it is parsed: JSON.parse would build any nesting and any number of objects.
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
        const type = response.headers.get("content-type") ?? "no content-type";
        // Redacted whole before the cut: a cut through a secret leaves a part no later redaction matches.
        const start = (0,redact_cut/* redacted */.p)(errors_redact(text.trim(), secretsOf(connection))).chars(120).text || "(empty body)";
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with invalid JSON (HTTP ${response.status}, ${type}): ${start} — check that backend-url points at the flow backend's API, not a web page or proxy.`, { kind: "invalid-response", status: response.status });
    }
    // No walk of the parsed value: the text's nesting was measured exactly above.
    return value;
}
function tooDeep(connection, what, response) {
    throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with JSON nested more than ${MAX_ANSWER_DEPTH} levels deep (HTTP ${response.status}); a flow backend's answers hold events and results of at most ${events_budget/* MAX_PAYLOAD_DEPTH */.GL} levels — check the backend.`, { kind: "invalid-response", status: response.status });
}
/** The backend's own explanation: `{error}`, `{message}`, `{error: {message}}` or plain text. */
function backendMessage(text, connection) {
    let message = text.trim();
    try {
        // An error's body is parsed under the same limits as an answer's; past them it is plain text.
        if (!(0,json_shape/* jsonShape */.S)(text, { maxDepth: MAX_ANSWER_DEPTH, maxContainers: MAX_ANSWER_CONTAINERS }).ok)
            throw new Error("not read");
        const body = JSON.parse(text);
        if (isObject(body)) {
            const error = body.error;
            if (typeof error === "string")
                message = error;
            else if (isObject(error) && typeof error.message === "string")
                message = error.message;
            else if (typeof body.message === "string")
                message = body.message;
        }
    }
    catch {
        // Not JSON: the text itself is the message.
    }
    return (0,redact_cut/* redacted */.p)(errors_redact(message, secretsOf(connection)))
        .map((text) => text.replace(/\s+/g, " "))
        .clip(300, "...");
}
function secretsOf(connection) {
    return [connection.token, connection.apiKey, connection.hmacSecret];
}
/** undici hides the system error under `cause` (sometimes an AggregateError of attempts). */
function networkCode(error) {
    let current = error;
    for (let depth = 0; depth < 4 && isObject(current); depth++) {
        if (typeof current.code === "string" && current.code !== "")
            return current.code;
        const nested = Array.isArray(current.errors) ? current.errors[0] : undefined;
        current = current.cause ?? nested;
    }
    return redact/* redactor */.$p.redact(error instanceof Error ? error.message : String(error));
}
function backoff(connection, attempt) {
    return Math.min(connection.retryDelayMs * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}
/**
 * Honour `Retry-After` (seconds, or an HTTP date), within the same cap as our own backoff and
 * never past the request's deadline (the caller cuts it); a negative, past or unreadable value
 * means our own backoff. https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
function retryAfter(response) {
    const text = response.headers.get("retry-after")?.trim() ?? "";
    if (text === "")
        return undefined;
    const ms = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text) - Date.now();
    return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_RETRY_DELAY_MS) : undefined;
}
/** Characters of a request's path in a message: a run id in it is the backend's text, which may be megabytes long. */
const PATH_CHARS = 300;
/** A request's path as a message shows it: redacted, then cut to PATH_CHARS. */
function shownPath(path) {
    return (0,redact_cut/* redacted */.p)(path).clip(PATH_CHARS, "…");
}
async function pause(ms, signal, what) {
    try {
        // Whole milliseconds, rounded up: a timer rounds down, and would wake just before a deadline.
        await (0,promises_.setTimeout)(Math.ceil(ms), undefined, signal ? { signal } : {});
    }
    catch {
        throw aborted(what);
    }
}
/** A signal that aborts `ms` after `signal` does. */
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
/** Canceled before the request was sent at all. */
function notSent(what) {
    return new FlowBackendError(`the dispatch to the flow backend was canceled before ${what} was sent.`, { kind: "aborted", code: NOT_SENT });
}
function aborted(what) {
    return new FlowBackendError(`the dispatch to the flow backend was canceled during ${what}.`, { kind: "aborted" });
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
/** Whether a request carries any credential: a token, an API key, a signature or the URL's user-info. */
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


/**
 * The proxy variables the runner and the Actions toolkit read (lower case first, as
 * @actions/http-client does).
 * https://docs.github.com/en/actions/hosting-your-own-runners/managing-self-hosted-runners/using-a-proxy-server-with-self-hosted-runners
 */
const PROXY_VARIABLES = ["https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"];
/**
 * fetch for the flow backend at `url`, through the job's proxy when one applies to it (no_proxy
 * honoured), as @actions/github sends the job's GitHub requests: on a self-hosted runner that
 * reaches the network only through a proxy, the backend's requests went straight out and failed
 * while the GitHub ones got through. Without a proxy variable set, nothing more is loaded (the
 * toolkit's HTTP client loads undici on import).
 */
function backendFetch(url, env = process.env) {
    const proxies = PROXY_VARIABLES.map((name) => env[name]).filter((value) => Boolean(value));
    if (proxies.length === 0)
        return globalThis.fetch;
    // A proxy's URL may carry its user and password (http://user:pw@proxy:3128).
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


// The runs a dispatch (or replay) waits for: named by the dispatch result's runIds, or, when
// the backend named none, the runs it lists. Shared by the wait (client.ts) and the cancels
// (cancel.ts), so both count the same runs as unfinished.
/** The ids of the runs waited for: `wanted`, or the listed runs' when the backend named none. */
function waitedIds(runs, wanted) {
    return wanted.length > 0 ? wanted : runs.map((run) => run.id);
}
/** Ids of the runs not finished as last seen, including runs the backend named but never reported. */
function unfinishedIds(runs, wanted) {
    const byId = new Map(runs.map((run) => [run.id, run]));
    return waitedIds(runs, wanted).filter((id) => {
        const run = byId.get(id);
        return run === undefined || !isTerminal(run);
    });
}
/** Runs in the order the dispatch result named them; with no names, as the backend sent them. */
function inOrder(runs, wanted) {
    if (wanted.length === 0)
        return runs;
    const byId = new Map(runs.map((run) => [run.id, run]));
    return wanted.map((id) => byId.get(id)).filter((run) => run !== undefined);
}
/** Characters of a run id, flow or step name in a message: the backend's text, which may be megabytes long. */
const NAME_CHARS = 80;
/** Runs named in one message: a dispatch may have 1,000; each run's own view says what became of it. */
const MAX_NAMED_RUNS = 100;
/** `<id> <flow>/<step>` (the id alone for a run never reported) for a message, each part redacted, then cut. */
function runLabel(id, run) {
    return run ? `${cut(id)} ${cut(run.flowName)}/${cut(run.stepName)}` : cut(id);
}
/** A run id, flow or step name for a message: redacted, then cut to NAME_CHARS. */
function cut(text) {
    return (0,redact_cut/* redacted */.p)(text).clip(NAME_CHARS, "…");
}
/** Items joined with commas, at most MAX_NAMED_RUNS of them, then how many more there are. */
function namedList(items) {
    const shown = items.slice(0, MAX_NAMED_RUNS).join(", ");
    return items.length > MAX_NAMED_RUNS ? `${shown} and ${items.length - MAX_NAMED_RUNS} more (each run in the report says which)` : shown;
}

;// CONCATENATED MODULE: ./.build/backend/cancel.js






/**
 * All cancel requests together get this long. Cancelling a workflow sends SIGINT, then SIGTERM
 * about 7.5 s later and SIGKILL soon after; the runs still have to be reported (summary, check
 * runs) in what is left, and a runner may send SIGTERM first.
 * https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/canceling-a-workflow
 */
const DEFAULT_CANCEL_BUDGET_MS = 3_000;
/** Cancel requests in flight at once: a dispatch may have up to 1,000 runs. */
const CANCEL_CONCURRENCY = 8;
/** Largest answer to a cancel (or its last look) read: one run, and eight are read at once. */
const MAX_CANCEL_ANSWER_BYTES = 1024 * 1024;
/**
 * Answers of a backend without `POST /runs/:id/cancel`: 404 from the older runtime's flow
 * backend, 426 from its workspace backend (which takes the routes it does not know for
 * WebSocket requests), 405 or 501 from others. 404 may also mean the run is gone.
 */
const NO_ROUTE_STATUSES = new Set([404, 405, 426, 501]);
/**
 * The action stopped waiting (the job was canceled, or the wait ran out): cancel this dispatch's
 * unfinished runs on the backend, so nothing keeps changing things with no one reporting it, and
 * return the error that ends the wait, its runs and message saying what became of each.
 * A duplicate dispatch's runs were started by an earlier delivery (whose job may still wait for
 * them), so they are left alone; so are all runs after a timeout with cancelOnTimeout false.
 */
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
/**
 * `POST /runs/:id/cancel` once per run, all within budgetMs. A cancel is idempotent, so a 5xx or
 * dropped connection is retried, a little, inside the same budget. The wait's abort signal is
 * not used: it is what fired.
 */
async function cancelRuns(connection, request) {
    const deadline = performance.now() + request.budgetMs;
    const quick = { ...connection, signal: undefined, retries: 2, retryDelayMs: 200, requestTimeoutMs: request.budgetMs };
    // In the dispatch's order, not the order the answers came in.
    const cancels = new Array(request.ids.length);
    let next = 0;
    const worker = async () => {
        for (let at = next++; at < request.ids.length; at = next++) {
            const id = request.ids[at];
            cancels[at] = performance.now() < deadline ? await cancelOne(quick, id, request.eventId, request.reason, deadline) : { id, result: "failed", notSent: true, detail: `Not sent: the ${seconds(request.budgetMs)} cancel budget was spent.` };
        }
    };
    await Promise.all(Array.from({ length: Math.min(CANCEL_CONCURRENCY, request.ids.length) }, worker));
    return cancels;
}
async function cancelOne(connection, id, eventId, reason, deadline) {
    const path = `/runs/${encodeURIComponent(id)}/cancel`;
    // A body, so that the request is signed (x-flow-signature-256) like every other POST, and the
    // signature names the run it cancels.
    const body = JSON.stringify({ runId: id, eventId, reason });
    let raw;
    try {
        raw = await requestJson(connection, { method: "POST", path, body, deadline, maxAnswerBytes: MAX_CANCEL_ANSWER_BYTES });
    }
    catch (error) {
        if (!(error instanceof FlowBackendError))
            return { id, result: "failed", detail: String(error) };
        // 409: finished before the cancel came; 404: gone, never known, or a backend without the
        // route (the older runtime's own backend has no POST /runs/:id/cancel). The run's own
        // status tells which: one still going was not stopped.
        if (error.kind === "rejected" && error.status !== undefined && (error.status === 409 || NO_ROUTE_STATUSES.has(error.status))) {
            const run = await lastLook(connection, id, eventId, deadline);
            if (run && !isTerminal(run)) {
                const noRoute = error.status !== 409;
                const refused = noRoute ? `does not offer POST /runs/:id/cancel (HTTP ${error.status})` : "refused the cancel (HTTP 409)";
                return { id, result: "failed", run, detail: `The backend ${refused} while the run is still ${run.processStatus}.`, ...(noRoute ? { noRoute } : {}) };
            }
            return { id, result: "finished", detail: `HTTP ${error.status}`, ...(run ? { run } : {}) };
        }
        return { id, result: "failed", detail: error.message };
    }
    let run;
    try {
        const read = normalizeRunView(raw, { left: MAX_ANSWER_CONTAINERS, stepOutput: connection.stepOutput });
        // Another run, or this id under another event, says nothing about the run canceled.
        if (read.id === id && read.eventId === eventId)
            run = read;
    }
    catch {
        // Some backends answer a cancel with nothing useful ({} or {ok: true}): the 2xx is the answer.
    }
    if (run && isTerminal(run) && run.processStatus !== "canceled")
        return { id, result: "finished", run, detail: `HTTP 200, ${run.processStatus}` };
    return { id, result: "canceled", ...(run ? { run } : {}) };
}
/** How a run the backend would not cancel ended (`GET /runs/:id`), if that can be read in the time left. */
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
/** The runs as reported: canceled ones say so, ones whose cancel failed keep their last status and say they may still run. */
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
        // Where to look comes before the names, so that a cut of a long list keeps it.
        sentences.push(`Not canceled, and may still be running on the backend at ${displayUrl(where.connection.url)} (${failed.length}; look at GET /runs?eventId=${encodeURIComponent(where.eventId)}): ${names(failed)}.`);
        const refused = failed.filter((cancel) => !cancel.notSent);
        if (refused.length > 0)
            sentences.push(`The cancel failed for ${refused.length === failed.length ? (failed.length === 1 ? "it" : "all of them") : refused.length}: ${refused[0]?.detail ?? ""}`);
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


// A run's finished state should be final (shared/flow-contracts.md, run views), but a backend may
// reopen a finished run: a retry policy starts a new attempt, an operator re-runs it. The wait
// then follows it until it finishes again (src/backend/client.ts), and says so: reported with the
// outcome first seen, the job would show a result the backend has since replaced.
/** Runs named in warnings; past it, one more warning says that more were changed. */
const MAX_NAMED = 20;
/** Runs the backend changed after reporting them finished, as the wait saw them. */
class ReopenedRuns {
    #warn;
    /** Run id → the effective status it had finished with, for runs reopened and not finished since. */
    #open = new Map();
    #warned = 0;
    constructor(warn) {
        this.#warn = warn;
    }
    /** Compare one poll's runs with the previous one's: warn of each finished run that is running again or ended otherwise. */
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
    /** The status a run had finished with, while it is reopened (running again); undefined for any other run. */
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
/** Another outcome, or another attempt, than the one the run had finished with. */
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
/** A last look at the runs may take this long past the deadline, so the timeout error is current. */
const LAST_LOOK_MS = 5_000;
/** The cancels of runs named after the job was canceled get at least this long. */
const MIN_CANCEL_BUDGET_MS = 1_000;
/**
 * Send an event to an HTTP flow backend (`POST /events`), then poll `GET /runs?eventId=` until
 * every run it started has finished, and describe the result as a local dispatch would, so
 * reports render both the same way. Failures throw FlowBackendError; a timeout carries the
 * runs as last seen.
 */
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
        // Its runs would be waited for, canceled and reported as this event's.
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered POST /events for another event, "${cut(other)}", than the one sent, "${cut(sent.id)}", so its runs are not this event's. Check the backend.`, { kind: "invalid-response", field: "eventId" });
    }
    // The event reported is the one sent: the backend's copy (a redelivery's stored one, or any
    // text it likes under the same id) must not change the type, pull request or commit reported.
    const result = resent.afterPossibleDelivery ? ownDelivery({ ...answered, event: sent }) : { ...answered, event: sent };
    const outcome = outcomeFrom(result);
    const wait = { connection, result, outcome, deadline, options };
    if (connection.signal?.aborted)
        throw await canceledOnTheWay(wait, abortedAt(), "POST /events");
    outcome.runs = await waitForRuns(wait);
    // A redelivery (or our own retried first attempt) is named newest first by the older runtime's backend.
    if (answered.status === "duplicate")
        oldestFirst(outcome);
    if (outcome.runIds.length === 0)
        outcome.runIds = outcome.runs.map((run) => run.id);
    return outcome;
}
/**
 * `duplicate`, answered to a `POST /events` sent again after an attempt whose answer was lost, is
 * most likely the backend telling us that the first attempt got through: the runs are this job's,
 * not an earlier delivery's. Taken as a redelivery, they would be reported as "already handled:
 * nothing new ran" and never canceled when the job is canceled or the wait runs out.
 */
function ownDelivery(result) {
    if (result.status !== "duplicate")
        return result;
    const { idempotent: _idempotent, ...rest } = result;
    return { ...rest, status: "accepted", matched: result.matched > 0 ? result.matched : result.runIds.length };
}
/**
 * How long a `POST /events` (or replay) on its way when the job is canceled may still take to
 * answer: only its answer names the runs it started, which are then canceled in what is left of
 * the cancel budget. A runner sends SIGTERM about 7.5 s after SIGINT (src/backend/cancel.ts).
 */
const ANSWER_AFTER_ABORT_MS = 1_500;
/** When `signal` aborted (epoch ms), asked later; undefined while it has not. */
function abortTime(signal) {
    let at;
    if (signal?.aborted)
        at = performance.now();
    else
        signal?.addEventListener("abort", () => (at = performance.now()), { once: true });
    return () => at;
}
/**
 * The job was canceled while the event (or replay) was on its way, and the backend's answer came
 * in time: cancel the runs it names, as a canceled wait does, within what is left of the budget.
 */
async function canceledOnTheWay(wait, abortedAt, what) {
    const budget = wait.options.cancelBudgetMs ?? DEFAULT_CANCEL_BUDGET_MS;
    const left = Math.max(MIN_CANCEL_BUDGET_MS, budget - (abortedAt === undefined ? 0 : performance.now() - abortedAt));
    const runs = inOrder(wait.result.runs, wait.result.runIds);
    const error = new FlowBackendError(`the dispatch to the flow backend was canceled during ${what}; the backend had received it (${wait.result.status}, ${wait.result.runIds.length || runs.length} run(s)).`, { kind: "aborted", runs, outcome: { ...wait.outcome, runs } });
    return stopWaiting({ ...wait, options: { ...wait.options, cancelBudgetMs: left } }, runs, error, "job-canceled");
}
/**
 * The job was canceled while the event (or replay) was on its way, and no answer came in time:
 * say that the backend may have started runs, which nobody canceled, and where to look.
 */
function unansweredOnTheWay(error, connection, eventId) {
    if (!(error instanceof FlowBackendError) || error.kind !== "aborted" || error.code === NOT_SENT)
        return error;
    return new FlowBackendError(`${error.message} Its answer did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so if the backend received it, the runs it started were not canceled: look at GET /runs?eventId=${encodeURIComponent(eventId)} on ${displayUrl(connection.url)}.`, { kind: "aborted" });
}
/**
 * A redelivery reports the earlier runs in the order they were started, as the first delivery
 * did: the older runtime's backend names them newest first (its run list's order).
 */
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
        // Reported below.
    }
    if (protocol !== "http:" && protocol !== "https:") {
        throw new FlowBackendError(`backend-url ${displayUrl(options.url)} is not an http(s) URL; set it to the flow backend's base URL, like https://flows.example.com/api.`, { kind: "configuration" });
    }
    // Every secret of the connection joins the one redactor before the first request, so no
    // message, log line or report can carry it (src/redact.ts).
    const basic = (0,url_secrets/* basicCredentials */.BG)(options.url);
    redact/* redactor */.$p.add(options.token, options.apiKey, options.hmacSecret, basic, ...(0,url_secrets/* urlSecrets */.Fn)(options.url));
    const sent = [options.token ? "backend-token" : basic ? "the password in backend-url" : "", options.apiKey ? "backend-api-key" : ""].filter(Boolean);
    if (protocol === "http:" && sent.length > 0 && !isLoopback(new URL(options.url).hostname)) {
        // Not refused: a backend on a private network may speak http only. But it must be a choice.
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
/** This machine: `localhost` (and `*.localhost`), 127.0.0.0/8, `[::1]`. */
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
/**
 * Poll the runs of a dispatch (or replay) until each has finished or the deadline passes. When
 * the deadline passes or the signal aborts the wait, the unfinished runs are canceled on the
 * backend (src/backend/cancel.ts) before the error is thrown.
 */
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
    // The last poll's failure, while the backend is away: named if the wait runs out before it is back.
    let away;
    // Finished runs the last poll took as last seen, without asking (a capped list left them out).
    // A backend may reopen a finished run (src/backend/reopened.ts): before the wait ends, each is
    // looked at once more.
    let carried = [];
    const reopened = new ReopenedRuns(options.warn);
    for (;;) {
        const settled = unfinishedIds(runs, wanted).length === 0 && runs.length >= expected;
        if (settled && carried.length === 0)
            break;
        // All runs finished: one more look, at once, also at those the list leaves out.
        const confirming = settled && away === undefined;
        const remaining = deadline - performance.now();
        if (remaining <= 0 && !confirming) {
            if (settled)
                break;
            throw await stopWaiting(wait, runs, timeoutError(runs, wanted, wait, { away, reopened }), "wait-timeout");
        }
        try {
            if (!confirming)
                await pause(Math.min(interval, remaining), connection.signal, what);
            const polled = await pollRuns(connection, { eventId: result.eventId, wanted, seen: runs, again: settled }, Math.max(deadline, performance.now() + LAST_LOOK_MS));
            reopened.compare(runs, polled.runs);
            runs = polled.runs;
            carried = polled.carried;
            away = undefined;
        }
        catch (error) {
            const late = error instanceof FlowBackendError && error.kind === "timeout" && performance.now() >= deadline;
            if (late && settled)
                break;
            if (late)
                throw await stopWaiting(wait, runs, timeoutError(runs, wanted, wait, { away, reopened }), "wait-timeout");
            if (passing(error)) {
                // A backend restarting (connection refused), overloaded (5xx) or slow for longer than one
                // request's retries still runs the runs: asking again is safe, until the wait runs out.
                away = error;
            }
            else {
                const stopped = error instanceof FlowBackendError && error.kind === "aborted";
                throw stopped ? await stopWaiting(wait, runs, withRuns(error, runs, outcome), "job-canceled") : withRuns(error, runs, outcome);
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
/** Runs fetched one by one at once, when the run list leaves them out (as the cancels, src/backend/cancel.ts). */
const FETCH_CONCURRENCY = 8;
/**
 * The runs of this dispatch; ones a capped list leaves out are fetched one by one,
 * FETCH_CONCURRENCY at a time, but for those seen finished already, unless `again`: a finished run
 * should not change, and those taken as last seen are returned as `carried`, for a last look
 * (`again`) before the wait ends. No `limit` is asked for: a backend that bounds it (`le=500`)
 * would refuse the list of a large dispatch outright. A run the backend no longer knows (HTTP
 * 404) after it reported it unfinished is reported failed on its own, and the others are still
 * waited for.
 */
async function pollRuns(connection, dispatch, deadline) {
    const { eventId, wanted } = dispatch;
    const path = `/runs?eventId=${encodeURIComponent(eventId)}`;
    const raw = await requestJson(connection, { method: "GET", path, deadline });
    const listed = client_readAnswer(() => normalizeRunList(raw, connection.stepOutput), connection, `GET ${path}`);
    if (wanted.length === 0)
        return { runs: listed, carried: [] };
    const byId = new Map(listed.map((run) => [run.id, run]));
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
    const worker = async () => {
        // After one failure (which ends this poll), no further request is started.
        for (let at = next++; at < missing.length && !failed; at = next++) {
            const id = missing[at];
            try {
                byId.set(id, await fetchRun(connection, id, seen.get(id), deadline));
            }
            catch (error) {
                failed = true;
                throw error;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, missing.length) }, worker));
    return { runs: inOrder([...byId.values()], wanted), carried };
}
/** `GET /runs/:id`, for a run the list left out; `before` is how it was last seen, if it was. */
async function fetchRun(connection, id, before, deadline) {
    const runPath = `/runs/${encodeURIComponent(id)}`;
    let fetched;
    try {
        fetched = await requestJson(connection, { method: "GET", path: runPath, deadline });
    }
    catch (error) {
        if (!(error instanceof FlowBackendError) || error.status !== 404)
            throw error;
        // A finished run the backend has since let go of (the last look before the wait ends) is as last seen.
        if (before && isTerminal(before))
            return before;
        if (before)
            return vanished(before, shownPath(runPath));
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} named run "${cut(id)}" among the runs it started, but does not list it and answers GET ${shownPath(runPath)} with HTTP 404: that run cannot be followed. Check the backend.`, { kind: "invalid-response", status: 404, field: "runIds" });
    }
    const one = client_readAnswer(() => normalizeRunView(fetched, { left: MAX_ANSWER_CONTAINERS, stepOutput: connection.stepOutput }), connection, `GET ${shownPath(runPath)}`);
    if (one.id !== id) {
        // Taken as this run, it would never be seen to finish: the wait would poll until it ran out.
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered GET ${shownPath(runPath)} with another run, "${cut(one.id)}" (${cut(one.flowName)}/${cut(one.stepName)}), so run "${cut(id)}" cannot be followed. Check the backend.`, { kind: "invalid-response", field: "id" });
    }
    return one;
}
/**
 * A run the backend reported, then forgot (HTTP 404): it cannot be followed further, and whether
 * it finished is unknown, so it is reported failed, saying so, rather than waited for until the
 * deadline or ending the wait for every other run.
 */
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
/**
 * Runs to wait for beyond those named: an accepted dispatch whose answer matched steps but named
 * none of their runs (neither `runIds` nor `runs`) started them all for this event, so its run
 * list shows them in time. Without this, the job reported "N steps run", no runs, and success,
 * while they ran. (A replay so answered is refused: its runs cannot be told from the event's
 * earlier ones, src/backend/replay.ts.)
 */
function expectedRuns(result) {
    return result.status === "accepted" && result.runIds.length === 0 ? result.matched : 0;
}
/** A poll's failure that the next poll may not have: the backend away, overloaded or slow, not wrong. */
function passing(error) {
    return error instanceof FlowBackendError && (error.kind === "unreachable" || error.kind === "server" || error.kind === "timeout");
}
function timeoutError(runs, wanted, wait, seen) {
    const { away, reopened } = seen;
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
        ? `the backend matched ${expected} step${expected === 1 ? "" : "s"} but named none of their runs, and ${expected - runs.length} of them never showed up in GET /runs?eventId= within ${waited}`
        : "";
    const lastLook = away ? ` The last look at the runs failed: ${away.message}` : "";
    return new FlowBackendError(`${[missing, unfinished].filter(Boolean).join("; ")}; raise the timeout if they need longer.${lastLook}`, {
        kind: "timeout",
        runs,
        outcome: { ...wait.outcome, runs },
    });
}
/** Put the runs seen so far on a polling failure, so a report can still show them. */
function withRuns(error, runs, outcome) {
    if (!(error instanceof FlowBackendError))
        return error;
    const { kind, status, field } = error;
    return new FlowBackendError(error.message, { kind, status, field, runs, outcome: { ...outcome, runs } });
}
/** Name the request whose answer did not make sense. */
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





// A replay's reports (check runs, the pull-request comment) go where the stored event says: its
// type, its pull request numbers, its head commit. The backend sends that event, so before it is
// replayed it must be the event the user named: of the job's repository, and, where the id this
// action gives a GitHub event names its type, pull request, commit or release tag (pull requests,
// reviews, pushes, merge queue groups, create, status, releases), with those in its payload.
/** `github:<type>:<owner>/<repo>:<key>` (src/events/id.ts): type and repository hold no `:`. */
const GITHUB_ID = /^github:([^:]+):([^:]+):(.*)$/s;
/** Keys of pull_request, pull_request_target and review events: `pr-<number>@<head sha>...`. */
const PULL_KEY = /^pr-([0-9]+)@([0-9a-f]{40}|[0-9a-f]{64})(?![0-9a-f])/;
/**
 * What makes the stored event another one than `eventId` names, as a sentence saying what
 * differs; undefined when nothing does. `repository` is GITHUB_REPOSITORY, where the reports go.
 */
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
/**
 * The repositories the event says it belongs to: a GitHub event's id scope, its payload's `repo`
 * and its webhook's `repository.full_name`. An upstream release's `repo` is the watched
 * repository, not this one. Another event's payload counts only when it names what the reports
 * follow (a pull request or a commit): a custom event's `repo` may mean anything.
 */
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
/**
 * Kinds whose report targets (the commit for check runs, the pull requests for the comment) all
 * come from what their id names, checked by keyMismatch: pull requests and reviews (`pr-<n>@<head>`),
 * pushes, merge queue groups and create (their commit), status (`<sha>:status-<id>`), releases (the tag).
 */
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
/**
 * The report targets the stored event's payload names that its id does not, as text (`head
 * commit <sha> and pull request #3`); undefined when it names none (or only ones the id names,
 * which replayedEventMismatch has checked). Those are the backend's word alone: a workflow_run's
 * head and pull requests, an issue comment's pull request, a deployment's commit, anything a
 * custom event's payload says. Call it on an event replayedEventMismatch passed.
 */
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
/**
 * The object of the job's repository the id names, whose report targets GitHub can tell
 * (src/events/keys-automation.ts, keys-collaboration.ts): a workflow run's or job's id, a check
 * suite's or check run's, an issue comment's, a deployment's (also a deployment status's). None
 * for a key made without it (a payload that lacked the id falls back to the run) or another kind.
 * Call it on an event replayedEventMismatch passed (its type and repository are the id's).
 */
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
/** Each kind's key, its object's id first (at most 15 digits: a safe integer). */
const OBJECT_KEYS = {
    workflow_run: ["workflow-run", /^run-([0-9]{1,15})-attempt-[0-9]+$/],
    workflow_job: ["workflow-job", /^job-([0-9]{1,15})-attempt-[0-9]+$/],
    check_suite: ["check-suite", /^suite-([0-9]{1,15})(?:@|$)/],
    check_run: ["check-run", /^check-([0-9]{1,15})(?:[:@]|$)/],
    issue_comment: ["issue-comment", /^comment-([0-9]{1,15})(?:@|$)/],
    deployment: ["deployment", /^deployment-([0-9]{1,15})$/],
    deployment_status: ["deployment", /^deployment-([0-9]{1,15}):status-[0-9]+$/],
};
/**
 * How the stored event's report targets differ from GitHub's for the object its id names.
 * `forged`: what GitHub never changes for that object (a run's, job's, suite's or check run's
 * head commit, a deployment's commit, an issue comment's issue and whether it is a pull
 * request), which an honest backend's copy cannot disagree with. `changed`: what GitHub
 * works out anew (the open pull requests of a run's or suite's head), which may have moved since.
 */
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
/** The pull request, commit and tag the id's key names against the payload's (the fields the reports go by). */
function keyMismatch(event, key) {
    const kind = (0,checks_commit.eventKind)(event);
    const sha = (0,checks_commit.commitForEvent)(event).sha;
    if (kind === "pull_request" || kind === "pull_request_target" || kind.startsWith("pull_request_review")) {
        const pull = kind.startsWith("pull_request_review") ? (0,fields/* objectAt */.lJ)(event.payload, "pullRequest") : event.payload;
        const number = (0,fields/* numberAt */.tk)(pull, "number");
        const match = PULL_KEY.exec(key);
        if (!match) {
            // The id was made from a payload without them (src/events/keys.ts falls back): so must this one be.
            return number !== undefined || sha !== undefined ? `its payload names ${pullText(number, sha)}, which the id (key ${shown(key)}) does not` : undefined;
        }
        if (number !== Number(match[1]))
            return `its payload names pull request ${number === undefined ? "none" : `#${number}`}, but the id names #${match[1]}`;
        if (sha !== match[2])
            return `its payload names head commit ${sha ?? "none"}, but the id names ${match[2]}`;
        return undefined;
    }
    if (kind === "push" || kind === "merge_group" || kind === "create") {
        // push: `<ref>@<after>` (a deletion: `<ref>@<before>..<after>`); merge_group: `<head ref>@<head sha>`;
        // create: `<ref type>:<ref>@<GITHUB_SHA>`, the compact payload's `sha`.
        const named = /@(?:[0-9a-f]+\.\.)?([0-9a-f]{40}|[0-9a-f]{64})$/.exec(key)?.[1];
        const field = kind === "push" ? "after" : kind === "create" ? "sha" : "headSha";
        // A deletion's `after` is all zeros (no commit): its id names the commit before it.
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
        // `<sha>:status-<id>`: the commit whose status it is, where its check runs go.
        const named = /^([0-9a-f]{40}|[0-9a-f]{64}):status-/.exec(key)?.[1];
        if (sha !== undefined && sha !== named) {
            return named === undefined ? `its payload names commit ${sha} (payload.sha), which the id (key ${shown(key)}) does not` : `its payload names commit ${sha} (payload.sha), but the id names ${named}`;
        }
    }
    if (kind === "release" && event.source === "github") {
        // `<tag>` or `<tag>@...`: the tag whose commit gets the check runs (`@` is encoded inside a tag).
        const tag = (0,fields/* stringAt */.bX)(event.payload, "tag");
        const named = key.split("@")[0] ?? "";
        if (tag !== undefined && (0,events_id/* encodeIdPart */.h3)(tag) !== named) {
            return `its payload names tag ${shown(tag)} (payload.tag), but the id names ${shown(decodedPart(named))}`;
        }
    }
    return undefined;
}
/**
 * A merge queue group's pull request is the one its head ref names
 * (`gh-readonly-queue/<base>/pr-<number>-<sha>`, src/events/payloads-code.ts), and the id names
 * that ref: the payload's `pullRequest`, which gets the comment, must be that one.
 */
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
/** An id part as its text (src/events/id.ts encodes it); as it is when it does not decode. */
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








/**
 * Network errors raised before a request left this machine: the replay was not sent. Any other
 * failure (a reset, a timeout, an answer that cannot be read) may come after the backend
 * received it.
 */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);
/**
 * Replay an event the flow backend stores: read it (`GET /events/:id`, which also tells an
 * unknown id from a backend without replays), ask the backend to run it again (`POST
 * /events/:id/replay`, sent once and never retried, since a second request replays again), then
 * wait for the replay's runs as a dispatch waits for its runs, within the same deadline.
 */
async function replayOnBackend(eventId, options) {
    if (eventId === "." || eventId === "..") {
        // A URL resolves these path segments (encoded or not): the request would reach another route.
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
    await options.onEvent?.(event);
    const path = `/events/${id}/replay`;
    if (performance.now() >= deadline) {
        throw new FlowBackendError(`the time for the replay ran out while the flow backend sent event "${eventId}"; the replay was not sent. Raise backend-timeout-minutes.`, {
            kind: "timeout",
        });
    }
    let raw;
    const abortedAt = abortTime(connection.signal);
    try {
        // The contract's replay carries no changes; the body names the event only so that the
        // request is signed (x-flow-signature-256) like every other POST, for that event alone.
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
    // The event reported is the stored one checked above: the answer's copy (any text under the
    // same id) must not change the type, pull request or commit the reports go to.
    const result = { ...answered, event };
    if (result.runIds.length === 0 && result.matched > 0) {
        // Without their ids, the replay's runs cannot be told from the event's earlier ones.
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
/**
 * The replay's runs are replays whether or not the backend says so (the older runtime's backend
 * only marks them by the `_replay` suffix of their ids), as a local replay's are.
 */
function asReplay(run) {
    if (run.replay)
        return run;
    const attempts = run.attempts.map((attempt, index) => (index === run.attempts.length - 1 && attempt.replay !== true ? { ...attempt, replay: true } : attempt));
    return { ...run, replay: true, attempts };
}
/** The event as the backend stores it; an unknown id is named with where to find the right one. */
async function storedEvent(connection, eventId, deadline) {
    const path = `/events/${encodeURIComponent(eventId)}`;
    let raw;
    try {
        raw = await requestJson(connection, { method: "GET", path, deadline });
    }
    catch (error) {
        if (!(error instanceof FlowBackendError) || error.status !== 404)
            throw error;
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} holds no event "${eventId}" (HTTP 404 on GET ${path}), so nothing was replayed. Check the replay input: it must be the id of an event that backend received (the event-id output of the job that sent it, or GET /events?type=<type> on the backend), and backend-url the backend that ran it.`, { kind: "rejected", status: 404 });
    }
    const event = client_readAnswer(() => replay_readEvent(raw), connection, `GET ${path}`);
    if (event.id !== eventId) {
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered GET ${path} with another event, "${cut(event.id)}"; nothing was replayed. Check the backend.`, { kind: "invalid-response", field: "id" });
    }
    return event;
}
/**
 * `GET /events/:id`: the event, bare or as `{event, runs}`, possibly inside `{data: ...}`. The
 * older runtime's backend sends its event record, the event as it was sent being its `raw`
 * (beside the record's own `createdAt`): that event is the one replayed, so it is the one read.
 */
function replay_readEvent(raw) {
    const outer = unwrapObject(raw, "event", "an event");
    // Only a `raw` that is a FlowEvent counts (a string id and type): another backend's event may
    // carry the webhook it came from as `raw`, whose numeric `id` is GitHub's, not the event's.
    if (isObject(outer.raw) && typeof outer.raw.id === "string" && typeof outer.raw.type === "string" && outer.raw.id !== outer.id) {
        // The record's event is not the one it is filed under: which of the two the backend would
        // replay, and so which pull request or commit the report belongs to, cannot be told.
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
/** A failed replay request, with whether it may have started: the user must not simply send it again. */
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
    else if (unsent || (error.kind === "aborted" && error.code === NOT_SENT)) {
        message = `${error.message} The replay was not sent.`;
    }
    else if (error.kind === "aborted") {
        message = `${error.message} Its answer did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so if the backend received it, the replay's runs were not canceled: look at GET /runs?eventId=${encodeURIComponent(eventId)} on ${displayUrl(connection.url)}.`;
    }
    else {
        message = `${error.message} The replay may or may not have started on the backend. It was not sent again, since a second request would run the event's steps a second time: look at the event's runs (GET /runs?eventId=${encodeURIComponent(eventId)}) before replaying it again.`;
    }
    const { kind, status, field, code } = error;
    return new FlowBackendError(message, { kind, ...(status !== undefined ? { status } : {}), ...(field ? { field } : {}), ...(code ? { code } : {}) });
}

;// CONCATENATED MODULE: ./.build/backend/index.js








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


/**
 * Pull requests whose head is (or which merged) this commit, per
 * https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit.
 * GitHub leaves out pull requests from forks here; use pullRequest() to check one by number.
 */
async function pullRequestsForCommit(client, options) {
    const pulls = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository),
        commit_sha: options.sha,
        per_page: 100,
    });
    return pulls.map(record);
}
/** One pull request by number; undefined when the repository has no such pull request. */
async function pullRequest(client, options) {
    try {
        const { data } = await client.rest.pulls.get({ ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_1__/* .repositoryRef */ .Wb)(options.repository), pull_number: options.number });
        return record(data);
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .apiFailure */ .tF)(error).kind === "not-found")
            return undefined;
        throw error;
    }
}
/**
 * GitHub lists at most 3,000 files of a pull request
 * (https://docs.github.com/rest/pulls/pulls#list-pull-requests-files).
 */
const PULL_REQUEST_FILES_LIMIT = 3000;
/** The files a pull request touches, 100 a page, up to GitHub's cap. */
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
/** Splits `owner/repo` (GITHUB_REPOSITORY), refusing anything that is not exactly that. */
function repositoryRef(repository) {
    const [owner = "", repo = "", extra] = repository.split("/");
    if (!NAME.test(owner) || !NAME.test(repo) || extra !== undefined) {
        throw new RepositoryNameError(`"${repository}" is not a repository name; expected "owner/repo" (as in GITHUB_REPOSITORY).`);
    }
    return { owner, repo };
}
/** GitHub compares repository names without case. */
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


// A tag object may point at another tag object; real repositories rarely nest more than once.
const MAX_TAG_DEPTH = 5;
/**
 * The commit a tag names: the ref `tags/<tag>`, peeled through annotated tag objects.
 * Undefined when the repository has no such tag.
 */
async function tagCommitSha(client, options) {
    const repo = (0,repository/* repositoryRef */.Wb)(options.repository);
    let object;
    try {
        const { data } = await client.rest.git.getRef({ ...repo, ref: `tags/${options.tag}` });
        object = data.object;
    }
    catch (error) {
        if ((0,errors/* apiFailure */.tF)(error).kind === "not-found")
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
/** The event's head SHA field for each GitHub event (compact payloads, docs/events.md). */
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
/** `pull_request.synchronize` → `pull_request`. */
function eventKind(event) {
    return event.type.split(".")[0] ?? event.type;
}
/**
 * The commit an event is about: push → `after`; pull requests and reviews → the head SHA;
 * workflow_run, check_suite, merge_group... → their `headSha`; a release of this repository →
 * its tag (GITHUB_SHA as the fallback); anything else → GITHUB_SHA (`context.sha`). Pure: a
 * tag or a PR comment is left for resolveEventCommit to look up.
 */
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
/** The SHA of an EventCommit, looking up a release tag or a commented PR's head when needed. */
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

/** Comment on at most this many pull requests for one event (a commit can be in many). */
const MAX_PULL_REQUESTS = 10;
/**
 * Pull requests an event is about, from its compact payload (docs/events.md): pull_request*,
 * reviews, comments on a PR, merge queue groups, and workflow_run / check_suite / check_run
 * `pullRequests` (GitHub leaves fork PRs out of those). Push events name none: use
 * pullRequestsForCommit.
 */
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
/** Positive whole numbers, deduplicated, at most MAX_PULL_REQUESTS. */
function pullRequestNumbers(values) {
    const valid = values.filter((value) => typeof value === "number" && Number.isSafeInteger(value) && value > 0);
    return [...new Set(valid)].slice(0, MAX_PULL_REQUESTS);
}


/***/ })

};
