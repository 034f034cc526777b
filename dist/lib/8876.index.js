export const id = 8876;
export const ids = [8876];
export const modules = {

/***/ 8876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FlowBackendError: () => (/* reexport */ FlowBackendError),
  dispatchToBackend: () => (/* reexport */ dispatchToBackend),
  displayUrl: () => (/* reexport */ displayUrl)
});

// UNUSED EXPORTS: normalizeDispatchResult, normalizeRunList, normalizeRunView

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

// EXTERNAL MODULE: ./.build/redact.js
var redact = __webpack_require__(7437);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
;// CONCATENATED MODULE: ./.build/backend/errors.js


/**
 * A failure talking to an HTTP flow backend, worded for the person who configured it. The
 * name is not a built-in error's, so entry points print the message alone, without a stack.
 */
class FlowBackendError extends user_error/* UserError */.y {
    name = "FlowBackendError";
    kind;
    status;
    field;
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
    try {
        const parsed = new URL(url);
        parsed.username = "";
        parsed.password = "";
        parsed.search = "";
        parsed.hash = "";
        return parsed.toString().replace(/\/+$/, "");
    }
    catch {
        return "(invalid backend-url)";
    }
}

// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
;// CONCATENATED MODULE: ./.build/generated/validators/backend-run.js

const validateBackendRun = validate11;
const schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-run.schema.json", "title": "BackendRun", "description": "A run as an HTTP flow backend answers it (after unwrapping {run: ...} / {data: ...}). Read leniently: runId for id, flow/step for flowName/stepName, status for processStatus (or a FlowResult status for a finished process), result for resultPayload, version for flowVersion, times as ISO strings or epoch milliseconds, errors as strings or {message}. effectiveStatus and needsAttention are always derived again.", "type": "object", "allOf": [{ "anyOf": [{ "required": ["id"], "properties": { "id": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["runId"], "properties": { "runId": { "$ref": "#/definitions/nonEmpty" } } }] }, { "required": ["eventId"] }, { "anyOf": [{ "required": ["processStatus"] }, { "required": ["status"] }] }, { "anyOf": [{ "required": ["flowName"], "properties": { "flowName": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["flow"], "properties": { "flow": { "$ref": "#/definitions/nonEmpty" } } }] }, { "anyOf": [{ "required": ["stepName"], "properties": { "stepName": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["step"], "properties": { "step": { "$ref": "#/definitions/nonEmpty" } } }] }, { "anyOf": [{ "required": ["flowVersion"] }, { "required": ["version"] }] }], "properties": { "id": { "type": "string" }, "runId": { "type": "string" }, "eventId": { "$ref": "#/definitions/nonEmpty" }, "flowName": { "type": "string" }, "flow": { "type": "string" }, "stepName": { "type": "string" }, "step": { "type": "string" }, "flowVersion": { "$ref": "#/definitions/version" }, "version": { "$ref": "#/definitions/version" }, "runner": { "anyOf": [{ "type": "null" }, { "$ref": "flow-run-view.schema.json#/definitions/FlowRunner" }] }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "status": { "$ref": "#/definitions/anyStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "effectiveStatus": { "anyOf": [{ "type": "null" }, { "$ref": "#/definitions/anyStatus" }] }, "needsAttention": { "type": "boolean" }, "resultPayload": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json" }] }, "result": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json" }] }, "attempts": { "anyOf": [{ "type": "null" }, { "type": "array", "items": { "$ref": "#/definitions/attempt" } }] }, "output": { "$ref": "#/definitions/text" }, "error": { "$ref": "#/definitions/text" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" } }, "definitions": { "nonEmpty": { "type": "string", "minLength": 1 }, "version": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }] }, "anyStatus": { "anyOf": [{ "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "time": { "anyOf": [{ "type": "null" }, { "type": "number" }, { "type": "string" }] }, "text": { "anyOf": [{ "type": "null" }, { "type": "string" }, { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } }] }, "attempt": { "type": "object", "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/text" } }, "anyOf": [{ "required": ["status"] }, { "required": ["processStatus"] }] } } };
const schema13 = { "type": "string", "minLength": 1 };
const schema20 = { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }] };
const schema23 = { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] };
const schema24 = { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." };
const schema26 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
const schema51 = { "anyOf": [{ "type": "null" }, { "type": "string" }, { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } }] };
const schema49 = { "anyOf": [{ "type": "null" }, { "type": "number" }, { "type": "string" }] };
const pattern0 = new RegExp("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$", "u");
const schema41 = { "anyOf": [{ "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "flow-run-view.schema.json#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((data === "queued") || (data === "running")) || (data === "completed")) || (data === "failed")) || (data === "canceled")) || (data === "interrupted"))) {
        const err1 = { instancePath, schemaPath: "flow-run-view.schema.json#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
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
            const err2 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (!((((((data === "skipped") || (data === "completed")) || (data === "changed")) || (data === "needs_intervention")) || (data === "blocked")) || (data === "failed"))) {
            const err3 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema26.enum }, message: "must be equal to one of the allowed values" };
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
    validate20.errors = vErrors;
    return errors === 0;
}
const schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } };
const schema28 = { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } };
const schema29 = { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema26.enum }, message: "must be equal to one of the allowed values" };
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
                                const err22 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/enum", keyword: "enum", params: { allowedValues: schema29.properties.level.enum }, message: "must be equal to one of the allowed values" };
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
    validate13.errors = vErrors;
    return errors === 0;
}
const schema45 = { "type": "object", "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/text" } }, "anyOf": [{ "required": ["status"] }, { "required": ["processStatus"] }] };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid0 = false;
    const _errs2 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.status === undefined) {
            const err0 = { instancePath, schemaPath: "#/anyOf/0/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs3 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.processStatus === undefined) {
                const err1 = { instancePath, schemaPath: "#/anyOf/1/required", keyword: "required", params: { missingProperty: "processStatus" }, message: "must have required property '" + "processStatus" + "'" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
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
    if (data && typeof data == "object" && !Array.isArray(data)) {
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
                const err5 = { instancePath: instancePath + "/status", schemaPath: "flow-run-view.schema.json#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if (!((((((data2 === "queued") || (data2 === "running")) || (data2 === "completed")) || (data2 === "failed")) || (data2 === "canceled")) || (data2 === "interrupted"))) {
                const err6 = { instancePath: instancePath + "/status", schemaPath: "flow-run-view.schema.json#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.processStatus !== undefined) {
            let data3 = data.processStatus;
            if (typeof data3 !== "string") {
                const err7 = { instancePath: instancePath + "/processStatus", schemaPath: "flow-run-view.schema.json#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!((((((data3 === "queued") || (data3 === "running")) || (data3 === "completed")) || (data3 === "failed")) || (data3 === "canceled")) || (data3 === "interrupted"))) {
                const err8 = { instancePath: instancePath + "/processStatus", schemaPath: "flow-run-view.schema.json#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.resultStatus !== undefined) {
            let data4 = data.resultStatus;
            const _errs15 = errors;
            let valid4 = false;
            const _errs16 = errors;
            if (data4 !== null) {
                const err9 = { instancePath: instancePath + "/resultStatus", schemaPath: "#/properties/resultStatus/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
            var _valid1 = _errs16 === errors;
            valid4 = valid4 || _valid1;
            if (!valid4) {
                const _errs18 = errors;
                if (typeof data4 !== "string") {
                    const err10 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                if (!((((((data4 === "skipped") || (data4 === "completed")) || (data4 === "changed")) || (data4 === "needs_intervention")) || (data4 === "blocked")) || (data4 === "failed"))) {
                    const err11 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema26.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                var _valid1 = _errs18 === errors;
                valid4 = valid4 || _valid1;
            }
            if (!valid4) {
                const err12 = { instancePath: instancePath + "/resultStatus", schemaPath: "#/properties/resultStatus/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
            else {
                errors = _errs15;
                if (vErrors !== null) {
                    if (_errs15) {
                        vErrors.length = _errs15;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.startedAt !== undefined) {
            let data5 = data.startedAt;
            const _errs23 = errors;
            let valid7 = false;
            const _errs24 = errors;
            if (data5 !== null) {
                const err13 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            var _valid2 = _errs24 === errors;
            valid7 = valid7 || _valid2;
            if (!valid7) {
                const _errs26 = errors;
                if (!((typeof data5 == "number") && (isFinite(data5)))) {
                    const err14 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                var _valid2 = _errs26 === errors;
                valid7 = valid7 || _valid2;
                if (!valid7) {
                    const _errs28 = errors;
                    if (typeof data5 !== "string") {
                        const err15 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    var _valid2 = _errs28 === errors;
                    valid7 = valid7 || _valid2;
                }
            }
            if (!valid7) {
                const err16 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
            else {
                errors = _errs23;
                if (vErrors !== null) {
                    if (_errs23) {
                        vErrors.length = _errs23;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.completedAt !== undefined) {
            let data6 = data.completedAt;
            const _errs32 = errors;
            let valid9 = false;
            const _errs33 = errors;
            if (data6 !== null) {
                const err17 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
            var _valid3 = _errs33 === errors;
            valid9 = valid9 || _valid3;
            if (!valid9) {
                const _errs35 = errors;
                if (!((typeof data6 == "number") && (isFinite(data6)))) {
                    const err18 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                var _valid3 = _errs35 === errors;
                valid9 = valid9 || _valid3;
                if (!valid9) {
                    const _errs37 = errors;
                    if (typeof data6 !== "string") {
                        const err19 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                    var _valid3 = _errs37 === errors;
                    valid9 = valid9 || _valid3;
                }
            }
            if (!valid9) {
                const err20 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            else {
                errors = _errs32;
                if (vErrors !== null) {
                    if (_errs32) {
                        vErrors.length = _errs32;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.error !== undefined) {
            let data7 = data.error;
            const _errs41 = errors;
            let valid11 = false;
            const _errs42 = errors;
            if (data7 !== null) {
                const err21 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            var _valid4 = _errs42 === errors;
            valid11 = valid11 || _valid4;
            if (!valid11) {
                const _errs44 = errors;
                if (typeof data7 !== "string") {
                    const err22 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err22];
                    }
                    else {
                        vErrors.push(err22);
                    }
                    errors++;
                }
                var _valid4 = _errs44 === errors;
                valid11 = valid11 || _valid4;
                if (!valid11) {
                    const _errs46 = errors;
                    if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                        if (data7.message === undefined) {
                            const err23 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf/2/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                        if (data7.message !== undefined) {
                            if (typeof data7.message !== "string") {
                                const err24 = { instancePath: instancePath + "/error/message", schemaPath: "#/definitions/text/anyOf/2/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                        const err25 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                    var _valid4 = _errs46 === errors;
                    valid11 = valid11 || _valid4;
                }
            }
            if (!valid11) {
                const err26 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            else {
                errors = _errs41;
                if (vErrors !== null) {
                    if (_errs41) {
                        vErrors.length = _errs41;
                    }
                    else {
                        vErrors = null;
                    }
                }
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
    validate25.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-run.schema.json" */ ;
    let vErrors = null;
    let errors = 0;
    const _errs2 = errors;
    let valid1 = false;
    const _errs3 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/allOf/0/anyOf/0/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (typeof data0 === "string") {
                if (data0.length < 1) {
                    const err1 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    var _valid0 = _errs3 === errors;
    valid1 = valid1 || _valid0;
    if (!valid1) {
        const _errs7 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.runId === undefined) {
                const err3 = { instancePath, schemaPath: "#/allOf/0/anyOf/1/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property '" + "runId" + "'" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (data.runId !== undefined) {
                let data1 = data.runId;
                if (typeof data1 === "string") {
                    if (data1.length < 1) {
                        const err4 = { instancePath: instancePath + "/runId", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                    const err5 = { instancePath: instancePath + "/runId", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        var _valid0 = _errs7 === errors;
        valid1 = valid1 || _valid0;
    }
    if (!valid1) {
        const err6 = { instancePath, schemaPath: "#/allOf/0/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    else {
        errors = _errs2;
        if (vErrors !== null) {
            if (_errs2) {
                vErrors.length = _errs2;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.eventId === undefined) {
            const err7 = { instancePath, schemaPath: "#/allOf/1/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property '" + "eventId" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    const _errs13 = errors;
    let valid6 = false;
    const _errs14 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.processStatus === undefined) {
            const err8 = { instancePath, schemaPath: "#/allOf/2/anyOf/0/required", keyword: "required", params: { missingProperty: "processStatus" }, message: "must have required property '" + "processStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
    }
    var _valid1 = _errs14 === errors;
    valid6 = valid6 || _valid1;
    if (!valid6) {
        const _errs15 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.status === undefined) {
                const err9 = { instancePath, schemaPath: "#/allOf/2/anyOf/1/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        var _valid1 = _errs15 === errors;
        valid6 = valid6 || _valid1;
    }
    if (!valid6) {
        const err10 = { instancePath, schemaPath: "#/allOf/2/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err10];
        }
        else {
            vErrors.push(err10);
        }
        errors++;
    }
    else {
        errors = _errs13;
        if (vErrors !== null) {
            if (_errs13) {
                vErrors.length = _errs13;
            }
            else {
                vErrors = null;
            }
        }
    }
    const _errs17 = errors;
    let valid7 = false;
    const _errs18 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.flowName === undefined) {
            const err11 = { instancePath, schemaPath: "#/allOf/3/anyOf/0/required", keyword: "required", params: { missingProperty: "flowName" }, message: "must have required property '" + "flowName" + "'" };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
        if (data.flowName !== undefined) {
            let data2 = data.flowName;
            if (typeof data2 === "string") {
                if (data2.length < 1) {
                    const err12 = { instancePath: instancePath + "/flowName", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                const err13 = { instancePath: instancePath + "/flowName", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    var _valid2 = _errs18 === errors;
    valid7 = valid7 || _valid2;
    if (!valid7) {
        const _errs22 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.flow === undefined) {
                const err14 = { instancePath, schemaPath: "#/allOf/3/anyOf/1/required", keyword: "required", params: { missingProperty: "flow" }, message: "must have required property '" + "flow" + "'" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
            if (data.flow !== undefined) {
                let data3 = data.flow;
                if (typeof data3 === "string") {
                    if (data3.length < 1) {
                        const err15 = { instancePath: instancePath + "/flow", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
                else {
                    const err16 = { instancePath: instancePath + "/flow", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
        var _valid2 = _errs22 === errors;
        valid7 = valid7 || _valid2;
    }
    if (!valid7) {
        const err17 = { instancePath, schemaPath: "#/allOf/3/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err17];
        }
        else {
            vErrors.push(err17);
        }
        errors++;
    }
    else {
        errors = _errs17;
        if (vErrors !== null) {
            if (_errs17) {
                vErrors.length = _errs17;
            }
            else {
                vErrors = null;
            }
        }
    }
    const _errs27 = errors;
    let valid12 = false;
    const _errs28 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.stepName === undefined) {
            const err18 = { instancePath, schemaPath: "#/allOf/4/anyOf/0/required", keyword: "required", params: { missingProperty: "stepName" }, message: "must have required property '" + "stepName" + "'" };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
        if (data.stepName !== undefined) {
            let data4 = data.stepName;
            if (typeof data4 === "string") {
                if (data4.length < 1) {
                    const err19 = { instancePath: instancePath + "/stepName", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
            }
            else {
                const err20 = { instancePath: instancePath + "/stepName", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    var _valid3 = _errs28 === errors;
    valid12 = valid12 || _valid3;
    if (!valid12) {
        const _errs32 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.step === undefined) {
                const err21 = { instancePath, schemaPath: "#/allOf/4/anyOf/1/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property '" + "step" + "'" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            if (data.step !== undefined) {
                let data5 = data.step;
                if (typeof data5 === "string") {
                    if (data5.length < 1) {
                        const err22 = { instancePath: instancePath + "/step", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                else {
                    const err23 = { instancePath: instancePath + "/step", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        var _valid3 = _errs32 === errors;
        valid12 = valid12 || _valid3;
    }
    if (!valid12) {
        const err24 = { instancePath, schemaPath: "#/allOf/4/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err24];
        }
        else {
            vErrors.push(err24);
        }
        errors++;
    }
    else {
        errors = _errs27;
        if (vErrors !== null) {
            if (_errs27) {
                vErrors.length = _errs27;
            }
            else {
                vErrors = null;
            }
        }
    }
    const _errs37 = errors;
    let valid17 = false;
    const _errs38 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.flowVersion === undefined) {
            const err25 = { instancePath, schemaPath: "#/allOf/5/anyOf/0/required", keyword: "required", params: { missingProperty: "flowVersion" }, message: "must have required property '" + "flowVersion" + "'" };
            if (vErrors === null) {
                vErrors = [err25];
            }
            else {
                vErrors.push(err25);
            }
            errors++;
        }
    }
    var _valid4 = _errs38 === errors;
    valid17 = valid17 || _valid4;
    if (!valid17) {
        const _errs39 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.version === undefined) {
                const err26 = { instancePath, schemaPath: "#/allOf/5/anyOf/1/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
        }
        var _valid4 = _errs39 === errors;
        valid17 = valid17 || _valid4;
    }
    if (!valid17) {
        const err27 = { instancePath, schemaPath: "#/allOf/5/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err27];
        }
        else {
            vErrors.push(err27);
        }
        errors++;
    }
    else {
        errors = _errs37;
        if (vErrors !== null) {
            if (_errs37) {
                vErrors.length = _errs37;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err28 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.runId !== undefined) {
            if (typeof data.runId !== "string") {
                const err29 = { instancePath: instancePath + "/runId", schemaPath: "#/properties/runId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.eventId !== undefined) {
            let data8 = data.eventId;
            if (typeof data8 === "string") {
                if (data8.length < 1) {
                    const err30 = { instancePath: instancePath + "/eventId", schemaPath: "#/definitions/nonEmpty/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                    if (vErrors === null) {
                        vErrors = [err30];
                    }
                    else {
                        vErrors.push(err30);
                    }
                    errors++;
                }
            }
            else {
                const err31 = { instancePath: instancePath + "/eventId", schemaPath: "#/definitions/nonEmpty/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.flowName !== undefined) {
            if (typeof data.flowName !== "string") {
                const err32 = { instancePath: instancePath + "/flowName", schemaPath: "#/properties/flowName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
        }
        if (data.flow !== undefined) {
            if (typeof data.flow !== "string") {
                const err33 = { instancePath: instancePath + "/flow", schemaPath: "#/properties/flow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
        }
        if (data.stepName !== undefined) {
            if (typeof data.stepName !== "string") {
                const err34 = { instancePath: instancePath + "/stepName", schemaPath: "#/properties/stepName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err34];
                }
                else {
                    vErrors.push(err34);
                }
                errors++;
            }
        }
        if (data.step !== undefined) {
            if (typeof data.step !== "string") {
                const err35 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
        }
        if (data.flowVersion !== undefined) {
            let data13 = data.flowVersion;
            const _errs57 = errors;
            let valid21 = false;
            const _errs58 = errors;
            if (!((typeof data13 == "number") && (isFinite(data13)))) {
                const err36 = { instancePath: instancePath + "/flowVersion", schemaPath: "#/definitions/version/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err36];
                }
                else {
                    vErrors.push(err36);
                }
                errors++;
            }
            var _valid5 = _errs58 === errors;
            valid21 = valid21 || _valid5;
            if (!valid21) {
                const _errs60 = errors;
                if (typeof data13 === "string") {
                    if (!pattern0.test(data13)) {
                        const err37 = { instancePath: instancePath + "/flowVersion", schemaPath: "#/definitions/version/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }, message: "must match pattern \"" + "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err37];
                        }
                        else {
                            vErrors.push(err37);
                        }
                        errors++;
                    }
                }
                else {
                    const err38 = { instancePath: instancePath + "/flowVersion", schemaPath: "#/definitions/version/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
                var _valid5 = _errs60 === errors;
                valid21 = valid21 || _valid5;
            }
            if (!valid21) {
                const err39 = { instancePath: instancePath + "/flowVersion", schemaPath: "#/definitions/version/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err39];
                }
                else {
                    vErrors.push(err39);
                }
                errors++;
            }
            else {
                errors = _errs57;
                if (vErrors !== null) {
                    if (_errs57) {
                        vErrors.length = _errs57;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.version !== undefined) {
            let data14 = data.version;
            const _errs64 = errors;
            let valid23 = false;
            const _errs65 = errors;
            if (!((typeof data14 == "number") && (isFinite(data14)))) {
                const err40 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/version/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err40];
                }
                else {
                    vErrors.push(err40);
                }
                errors++;
            }
            var _valid6 = _errs65 === errors;
            valid23 = valid23 || _valid6;
            if (!valid23) {
                const _errs67 = errors;
                if (typeof data14 === "string") {
                    if (!pattern0.test(data14)) {
                        const err41 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/version/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }, message: "must match pattern \"" + "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" + "\"" };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
                else {
                    const err42 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/version/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err42];
                    }
                    else {
                        vErrors.push(err42);
                    }
                    errors++;
                }
                var _valid6 = _errs67 === errors;
                valid23 = valid23 || _valid6;
            }
            if (!valid23) {
                const err43 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/version/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err43];
                }
                else {
                    vErrors.push(err43);
                }
                errors++;
            }
            else {
                errors = _errs64;
                if (vErrors !== null) {
                    if (_errs64) {
                        vErrors.length = _errs64;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.runner !== undefined) {
            let data15 = data.runner;
            const _errs70 = errors;
            let valid24 = false;
            const _errs71 = errors;
            if (data15 !== null) {
                const err44 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err44];
                }
                else {
                    vErrors.push(err44);
                }
                errors++;
            }
            var _valid7 = _errs71 === errors;
            valid24 = valid24 || _valid7;
            if (!valid24) {
                const _errs73 = errors;
                if (typeof data15 !== "string") {
                    const err45 = { instancePath: instancePath + "/runner", schemaPath: "flow-run-view.schema.json#/definitions/FlowRunner/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err45];
                    }
                    else {
                        vErrors.push(err45);
                    }
                    errors++;
                }
                if (!((data15 === "bun") || (data15 === "code-mode"))) {
                    const err46 = { instancePath: instancePath + "/runner", schemaPath: "flow-run-view.schema.json#/definitions/FlowRunner/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
                var _valid7 = _errs73 === errors;
                valid24 = valid24 || _valid7;
            }
            if (!valid24) {
                const err47 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
            else {
                errors = _errs70;
                if (vErrors !== null) {
                    if (_errs70) {
                        vErrors.length = _errs70;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.processStatus !== undefined) {
            let data16 = data.processStatus;
            if (typeof data16 !== "string") {
                const err48 = { instancePath: instancePath + "/processStatus", schemaPath: "flow-run-view.schema.json#/definitions/ProcessStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err48];
                }
                else {
                    vErrors.push(err48);
                }
                errors++;
            }
            if (!((((((data16 === "queued") || (data16 === "running")) || (data16 === "completed")) || (data16 === "failed")) || (data16 === "canceled")) || (data16 === "interrupted"))) {
                const err49 = { instancePath: instancePath + "/processStatus", schemaPath: "flow-run-view.schema.json#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err49];
                }
                else {
                    vErrors.push(err49);
                }
                errors++;
            }
        }
        if (data.status !== undefined) {
            if (!(validate20(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }))) {
                vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                errors = vErrors.length;
            }
        }
        if (data.resultStatus !== undefined) {
            let data18 = data.resultStatus;
            const _errs81 = errors;
            let valid27 = false;
            const _errs82 = errors;
            if (data18 !== null) {
                const err50 = { instancePath: instancePath + "/resultStatus", schemaPath: "#/properties/resultStatus/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err50];
                }
                else {
                    vErrors.push(err50);
                }
                errors++;
            }
            var _valid8 = _errs82 === errors;
            valid27 = valid27 || _valid8;
            if (!valid27) {
                const _errs84 = errors;
                if (typeof data18 !== "string") {
                    const err51 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err51];
                    }
                    else {
                        vErrors.push(err51);
                    }
                    errors++;
                }
                if (!((((((data18 === "skipped") || (data18 === "completed")) || (data18 === "changed")) || (data18 === "needs_intervention")) || (data18 === "blocked")) || (data18 === "failed"))) {
                    const err52 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema26.enum }, message: "must be equal to one of the allowed values" };
                    if (vErrors === null) {
                        vErrors = [err52];
                    }
                    else {
                        vErrors.push(err52);
                    }
                    errors++;
                }
                var _valid8 = _errs84 === errors;
                valid27 = valid27 || _valid8;
            }
            if (!valid27) {
                const err53 = { instancePath: instancePath + "/resultStatus", schemaPath: "#/properties/resultStatus/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err53];
                }
                else {
                    vErrors.push(err53);
                }
                errors++;
            }
            else {
                errors = _errs81;
                if (vErrors !== null) {
                    if (_errs81) {
                        vErrors.length = _errs81;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.effectiveStatus !== undefined) {
            let data19 = data.effectiveStatus;
            const _errs88 = errors;
            let valid29 = false;
            const _errs89 = errors;
            if (data19 !== null) {
                const err54 = { instancePath: instancePath + "/effectiveStatus", schemaPath: "#/properties/effectiveStatus/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err54];
                }
                else {
                    vErrors.push(err54);
                }
                errors++;
            }
            var _valid9 = _errs89 === errors;
            valid29 = valid29 || _valid9;
            if (!valid29) {
                const _errs91 = errors;
                if (!(validate20(data19, { instancePath: instancePath + "/effectiveStatus", parentData: data, parentDataProperty: "effectiveStatus", rootData }))) {
                    vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
                    errors = vErrors.length;
                }
                var _valid9 = _errs91 === errors;
                valid29 = valid29 || _valid9;
            }
            if (!valid29) {
                const err55 = { instancePath: instancePath + "/effectiveStatus", schemaPath: "#/properties/effectiveStatus/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err55];
                }
                else {
                    vErrors.push(err55);
                }
                errors++;
            }
            else {
                errors = _errs88;
                if (vErrors !== null) {
                    if (_errs88) {
                        vErrors.length = _errs88;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.needsAttention !== undefined) {
            if (typeof data.needsAttention !== "boolean") {
                const err56 = { instancePath: instancePath + "/needsAttention", schemaPath: "#/properties/needsAttention/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err56];
                }
                else {
                    vErrors.push(err56);
                }
                errors++;
            }
        }
        if (data.resultPayload !== undefined) {
            let data21 = data.resultPayload;
            const _errs95 = errors;
            let valid30 = false;
            const _errs96 = errors;
            if (data21 !== null) {
                const err57 = { instancePath: instancePath + "/resultPayload", schemaPath: "#/properties/resultPayload/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err57];
                }
                else {
                    vErrors.push(err57);
                }
                errors++;
            }
            var _valid10 = _errs96 === errors;
            valid30 = valid30 || _valid10;
            if (!valid30) {
                const _errs98 = errors;
                if (!(validate13(data21, { instancePath: instancePath + "/resultPayload", parentData: data, parentDataProperty: "resultPayload", rootData }))) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                }
                var _valid10 = _errs98 === errors;
                valid30 = valid30 || _valid10;
            }
            if (!valid30) {
                const err58 = { instancePath: instancePath + "/resultPayload", schemaPath: "#/properties/resultPayload/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err58];
                }
                else {
                    vErrors.push(err58);
                }
                errors++;
            }
            else {
                errors = _errs95;
                if (vErrors !== null) {
                    if (_errs95) {
                        vErrors.length = _errs95;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.result !== undefined) {
            let data22 = data.result;
            const _errs100 = errors;
            let valid31 = false;
            const _errs101 = errors;
            if (data22 !== null) {
                const err59 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err59];
                }
                else {
                    vErrors.push(err59);
                }
                errors++;
            }
            var _valid11 = _errs101 === errors;
            valid31 = valid31 || _valid11;
            if (!valid31) {
                const _errs103 = errors;
                if (!(validate13(data22, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData }))) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                }
                var _valid11 = _errs103 === errors;
                valid31 = valid31 || _valid11;
            }
            if (!valid31) {
                const err60 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err60];
                }
                else {
                    vErrors.push(err60);
                }
                errors++;
            }
            else {
                errors = _errs100;
                if (vErrors !== null) {
                    if (_errs100) {
                        vErrors.length = _errs100;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.attempts !== undefined) {
            let data23 = data.attempts;
            const _errs105 = errors;
            let valid32 = false;
            const _errs106 = errors;
            if (data23 !== null) {
                const err61 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err61];
                }
                else {
                    vErrors.push(err61);
                }
                errors++;
            }
            var _valid12 = _errs106 === errors;
            valid32 = valid32 || _valid12;
            if (!valid32) {
                const _errs108 = errors;
                if (Array.isArray(data23)) {
                    const len0 = data23.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        if (!(validate25(data23[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data23, parentDataProperty: i0, rootData }))) {
                            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err62 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err62];
                    }
                    else {
                        vErrors.push(err62);
                    }
                    errors++;
                }
                var _valid12 = _errs108 === errors;
                valid32 = valid32 || _valid12;
            }
            if (!valid32) {
                const err63 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err63];
                }
                else {
                    vErrors.push(err63);
                }
                errors++;
            }
            else {
                errors = _errs105;
                if (vErrors !== null) {
                    if (_errs105) {
                        vErrors.length = _errs105;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.output !== undefined) {
            let data25 = data.output;
            const _errs113 = errors;
            let valid36 = false;
            const _errs114 = errors;
            if (data25 !== null) {
                const err64 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/text/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err64];
                }
                else {
                    vErrors.push(err64);
                }
                errors++;
            }
            var _valid13 = _errs114 === errors;
            valid36 = valid36 || _valid13;
            if (!valid36) {
                const _errs116 = errors;
                if (typeof data25 !== "string") {
                    const err65 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/text/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
                var _valid13 = _errs116 === errors;
                valid36 = valid36 || _valid13;
                if (!valid36) {
                    const _errs118 = errors;
                    if (data25 && typeof data25 == "object" && !Array.isArray(data25)) {
                        if (data25.message === undefined) {
                            const err66 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/text/anyOf/2/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                            if (vErrors === null) {
                                vErrors = [err66];
                            }
                            else {
                                vErrors.push(err66);
                            }
                            errors++;
                        }
                        if (data25.message !== undefined) {
                            if (typeof data25.message !== "string") {
                                const err67 = { instancePath: instancePath + "/output/message", schemaPath: "#/definitions/text/anyOf/2/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err67];
                                }
                                else {
                                    vErrors.push(err67);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err68 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/text/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err68];
                        }
                        else {
                            vErrors.push(err68);
                        }
                        errors++;
                    }
                    var _valid13 = _errs118 === errors;
                    valid36 = valid36 || _valid13;
                }
            }
            if (!valid36) {
                const err69 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/text/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err69];
                }
                else {
                    vErrors.push(err69);
                }
                errors++;
            }
            else {
                errors = _errs113;
                if (vErrors !== null) {
                    if (_errs113) {
                        vErrors.length = _errs113;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.error !== undefined) {
            let data27 = data.error;
            const _errs124 = errors;
            let valid39 = false;
            const _errs125 = errors;
            if (data27 !== null) {
                const err70 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err70];
                }
                else {
                    vErrors.push(err70);
                }
                errors++;
            }
            var _valid14 = _errs125 === errors;
            valid39 = valid39 || _valid14;
            if (!valid39) {
                const _errs127 = errors;
                if (typeof data27 !== "string") {
                    const err71 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err71];
                    }
                    else {
                        vErrors.push(err71);
                    }
                    errors++;
                }
                var _valid14 = _errs127 === errors;
                valid39 = valid39 || _valid14;
                if (!valid39) {
                    const _errs129 = errors;
                    if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                        if (data27.message === undefined) {
                            const err72 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf/2/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                            if (vErrors === null) {
                                vErrors = [err72];
                            }
                            else {
                                vErrors.push(err72);
                            }
                            errors++;
                        }
                        if (data27.message !== undefined) {
                            if (typeof data27.message !== "string") {
                                const err73 = { instancePath: instancePath + "/error/message", schemaPath: "#/definitions/text/anyOf/2/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err73];
                                }
                                else {
                                    vErrors.push(err73);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err74 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err74];
                        }
                        else {
                            vErrors.push(err74);
                        }
                        errors++;
                    }
                    var _valid14 = _errs129 === errors;
                    valid39 = valid39 || _valid14;
                }
            }
            if (!valid39) {
                const err75 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/text/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err75];
                }
                else {
                    vErrors.push(err75);
                }
                errors++;
            }
            else {
                errors = _errs124;
                if (vErrors !== null) {
                    if (_errs124) {
                        vErrors.length = _errs124;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.createdAt !== undefined) {
            let data29 = data.createdAt;
            const _errs135 = errors;
            let valid42 = false;
            const _errs136 = errors;
            if (data29 !== null) {
                const err76 = { instancePath: instancePath + "/createdAt", schemaPath: "#/definitions/time/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err76];
                }
                else {
                    vErrors.push(err76);
                }
                errors++;
            }
            var _valid15 = _errs136 === errors;
            valid42 = valid42 || _valid15;
            if (!valid42) {
                const _errs138 = errors;
                if (!((typeof data29 == "number") && (isFinite(data29)))) {
                    const err77 = { instancePath: instancePath + "/createdAt", schemaPath: "#/definitions/time/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err77];
                    }
                    else {
                        vErrors.push(err77);
                    }
                    errors++;
                }
                var _valid15 = _errs138 === errors;
                valid42 = valid42 || _valid15;
                if (!valid42) {
                    const _errs140 = errors;
                    if (typeof data29 !== "string") {
                        const err78 = { instancePath: instancePath + "/createdAt", schemaPath: "#/definitions/time/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err78];
                        }
                        else {
                            vErrors.push(err78);
                        }
                        errors++;
                    }
                    var _valid15 = _errs140 === errors;
                    valid42 = valid42 || _valid15;
                }
            }
            if (!valid42) {
                const err79 = { instancePath: instancePath + "/createdAt", schemaPath: "#/definitions/time/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err79];
                }
                else {
                    vErrors.push(err79);
                }
                errors++;
            }
            else {
                errors = _errs135;
                if (vErrors !== null) {
                    if (_errs135) {
                        vErrors.length = _errs135;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.updatedAt !== undefined) {
            let data30 = data.updatedAt;
            const _errs144 = errors;
            let valid44 = false;
            const _errs145 = errors;
            if (data30 !== null) {
                const err80 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/definitions/time/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err80];
                }
                else {
                    vErrors.push(err80);
                }
                errors++;
            }
            var _valid16 = _errs145 === errors;
            valid44 = valid44 || _valid16;
            if (!valid44) {
                const _errs147 = errors;
                if (!((typeof data30 == "number") && (isFinite(data30)))) {
                    const err81 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/definitions/time/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err81];
                    }
                    else {
                        vErrors.push(err81);
                    }
                    errors++;
                }
                var _valid16 = _errs147 === errors;
                valid44 = valid44 || _valid16;
                if (!valid44) {
                    const _errs149 = errors;
                    if (typeof data30 !== "string") {
                        const err82 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/definitions/time/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err82];
                        }
                        else {
                            vErrors.push(err82);
                        }
                        errors++;
                    }
                    var _valid16 = _errs149 === errors;
                    valid44 = valid44 || _valid16;
                }
            }
            if (!valid44) {
                const err83 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/definitions/time/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err83];
                }
                else {
                    vErrors.push(err83);
                }
                errors++;
            }
            else {
                errors = _errs144;
                if (vErrors !== null) {
                    if (_errs144) {
                        vErrors.length = _errs144;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.startedAt !== undefined) {
            let data31 = data.startedAt;
            const _errs153 = errors;
            let valid46 = false;
            const _errs154 = errors;
            if (data31 !== null) {
                const err84 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err84];
                }
                else {
                    vErrors.push(err84);
                }
                errors++;
            }
            var _valid17 = _errs154 === errors;
            valid46 = valid46 || _valid17;
            if (!valid46) {
                const _errs156 = errors;
                if (!((typeof data31 == "number") && (isFinite(data31)))) {
                    const err85 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err85];
                    }
                    else {
                        vErrors.push(err85);
                    }
                    errors++;
                }
                var _valid17 = _errs156 === errors;
                valid46 = valid46 || _valid17;
                if (!valid46) {
                    const _errs158 = errors;
                    if (typeof data31 !== "string") {
                        const err86 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err86];
                        }
                        else {
                            vErrors.push(err86);
                        }
                        errors++;
                    }
                    var _valid17 = _errs158 === errors;
                    valid46 = valid46 || _valid17;
                }
            }
            if (!valid46) {
                const err87 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err87];
                }
                else {
                    vErrors.push(err87);
                }
                errors++;
            }
            else {
                errors = _errs153;
                if (vErrors !== null) {
                    if (_errs153) {
                        vErrors.length = _errs153;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.completedAt !== undefined) {
            let data32 = data.completedAt;
            const _errs162 = errors;
            let valid48 = false;
            const _errs163 = errors;
            if (data32 !== null) {
                const err88 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err88];
                }
                else {
                    vErrors.push(err88);
                }
                errors++;
            }
            var _valid18 = _errs163 === errors;
            valid48 = valid48 || _valid18;
            if (!valid48) {
                const _errs165 = errors;
                if (!((typeof data32 == "number") && (isFinite(data32)))) {
                    const err89 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                    if (vErrors === null) {
                        vErrors = [err89];
                    }
                    else {
                        vErrors.push(err89);
                    }
                    errors++;
                }
                var _valid18 = _errs165 === errors;
                valid48 = valid48 || _valid18;
                if (!valid48) {
                    const _errs167 = errors;
                    if (typeof data32 !== "string") {
                        const err90 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err90];
                        }
                        else {
                            vErrors.push(err90);
                        }
                        errors++;
                    }
                    var _valid18 = _errs167 === errors;
                    valid48 = valid48 || _valid18;
                }
            }
            if (!valid48) {
                const err91 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err91];
                }
                else {
                    vErrors.push(err91);
                }
                errors++;
            }
            else {
                errors = _errs162;
                if (vErrors !== null) {
                    if (_errs162) {
                        vErrors.length = _errs162;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
    }
    else {
        const err92 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err92];
        }
        else {
            vErrors.push(err92);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}

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
function normalizeRunView(raw) {
    const fields = unwrapObject(raw, "run", "a run view");
    if (!validateBackendRun(fields))
        throw violation(fields, validateBackendRun.errors ?? []);
    const wire = fields;
    const id = (wire.id || wire.runId);
    const where = `run "${id}"`;
    const resultPayload = wire.resultPayload ?? wire.result ?? undefined;
    const { processStatus, resultStatus } = statuses(wire, resultPayload ?? undefined);
    const effectiveStatus = (0,contracts/* effectiveStatusOf */.Z2)({ processStatus, resultStatus });
    const version = wire.flowVersion ?? wire.version;
    const view = {
        id,
        eventId: wire.eventId,
        flowName: (wire.flowName || wire.flow),
        flowVersion: typeof version === "string" ? Number(version) : version,
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
    if (typeof duration === "number" && Number.isFinite(duration))
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
    return view;
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
    const number = typeof item.number === "number" && Number.isInteger(item.number) ? item.number : index + 1;
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
/** Times may come as ISO strings or epoch milliseconds; the views hold ISO strings. */
function optionalTime(value, where, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === "number" && Number.isFinite(value))
        return new Date(value).toISOString();
    if (typeof value === "string" && !Number.isNaN(Date.parse(value)))
        return value;
    throw fieldError(where, field, value, "an ISO time");
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
function describe(value) {
    if (value === undefined)
        return "nothing";
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

;// CONCATENATED MODULE: ./.build/backend/dispatch-result.js





/** Runs of one event the action waits for and reports (schemas/backend-dispatch-result.schema.json runIds maxItems). */
const MAX_RUNS = 1000;
/**
 * Read a `POST /events` answer: `{status, eventId, runIds, matched, idempotent?, event, runs}`,
 * possibly inside `{data: ...}`. Missing `eventId`, `runIds`, `matched` and `event` are taken
 * from the event sent and the runs returned; `status` is required, it is the answer
 * (schemas/backend-dispatch-result.schema.json).
 */
function normalizeDispatchResult(raw, sent) {
    const fields = unwrapObject(raw, "result", "a dispatch result");
    if (!validateBackendDispatchResult(fields))
        throw dispatch_result_violation(fields);
    const status = fields.status;
    const event = readEvent(fields.event, sent);
    const runs = fields.runs === undefined || fields.runs === null ? [] : normalizeRunList(fields.runs);
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
/** Read a list of runs: a bare array, `{runs: [...]}`, `{data: ...}`, `{run: ...}`; items may be `{run: ...}`. */
function normalizeRunList(raw) {
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
    return value.map((item) => normalizeRunView(item));
}
function readEvent(value, sent) {
    if (value === undefined || value === null)
        return sent;
    try {
        return (0,engine_event/* normalizeFlowEvent */.k)(value);
    }
    catch (error) {
        throw invalid(`field "event" is not a FlowEvent: ${error instanceof Error ? error.message : String(error)}`, "event");
    }
}
function readRunIds(value, runs) {
    return value ?? runs.map((run) => run.id);
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




/** Network failures that a second try can fix; refused and unknown hosts are configuration. */
const TRANSIENT_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "UND_ERR_SOCKET"]);
const MAX_RETRY_DELAY_MS = 15_000;
/** Largest answer read: a run list of thousands of runs is well under this; more is not a backend. */
const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/**
 * One JSON request to the backend, turned into a FlowBackendError users can act on when it
 * fails. 5xx answers and dropped connections are retried with backoff; callers only send
 * requests that are safe to repeat (GETs, and `POST /events`, which the backend dedupes by
 * event id — a retried POST of an event that did get through answers `duplicate`).
 */
async function requestJson(connection, request) {
    const target = backendEndpoint(connection.url, request.path);
    const what = `${request.method} ${request.path}`;
    const headers = await requestHeaders(connection, request.body);
    for (let attempt = 1;; attempt++) {
        const remaining = request.deadline - Date.now();
        if (remaining <= 0)
            throw new FlowBackendError(`the flow backend did not answer ${what} in time.`, { kind: "timeout" });
        const timeout = AbortSignal.timeout(Math.min(remaining, connection.requestTimeoutMs));
        const signal = connection.signal ? AbortSignal.any([connection.signal, timeout]) : timeout;
        const retryLeft = attempt <= connection.retries;
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
                throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} did not answer ${what} within ${seconds(Math.min(remaining, connection.requestTimeoutMs))}.`, { kind: "timeout" });
            }
            const code = networkCode(error);
            if (retryLeft && TRANSIENT_CODES.has(code)) {
                await pause(backoff(connection, attempt), connection.signal, what);
                continue;
            }
            throw new FlowBackendError(`cannot reach the flow backend at ${displayUrl(connection.url)}: ${code} — check backend-url.`, { kind: "unreachable" });
        }
        if (response.status >= 300 && response.status < 400) {
            await response.body?.cancel().catch(() => undefined);
            const location = response.headers.get("location");
            const to = location ? ` to ${redirectTarget(location, target)}` : "";
            throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with a redirect (HTTP ${response.status})${to}. Redirects are not followed, since they would send the credentials and the event elsewhere: set backend-url to the address the backend answers at.`, { kind: "rejected", status: response.status });
        }
        let text;
        try {
            text = await readAnswer(response);
        }
        catch (error) {
            if (error instanceof FlowBackendError)
                throw error;
            if (connection.signal?.aborted)
                throw aborted(what);
            if (timeout.aborted) {
                throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} did not finish answering ${what} in time.`, {
                    kind: "timeout",
                });
            }
            if (retryLeft) {
                await pause(backoff(connection, attempt), connection.signal, what);
                continue;
            }
            throw new FlowBackendError(`the connection to the flow backend at ${displayUrl(connection.url)} broke while it answered ${what}: ${networkCode(error)}.`, { kind: "unreachable", status: response.status });
        }
        if (response.ok)
            return parseJson(text, response, connection, what);
        const message = backendMessage(text, connection);
        const status = response.status;
        if (status === 401 || status === 403) {
            throw new FlowBackendError(`the backend rejected the credentials (HTTP ${status} on ${what}${message ? `: ${message}` : ""}): check backend-token / backend-hmac-secret.`, { kind: "credentials", status });
        }
        if (status >= 500 || status === 429) {
            if (retryLeft) {
                const wait = retryAfter(response) ?? backoff(connection, attempt);
                await pause(Math.min(wait, Math.max(0, request.deadline - Date.now())), connection.signal, what);
                continue;
            }
            throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} failed ${what} with HTTP ${status} ${attempt} time(s)${message ? `: ${message}` : ""}. Check the backend's logs; the event can be sent again safely (it is deduplicated by id).`, { kind: "server", status });
        }
        const hint = status === 404 ? " — check that backend-url is the flow backend's base URL" : "";
        throw new FlowBackendError(`the flow backend refused ${what} with HTTP ${status}${message ? `: ${message}` : ""}${hint}.`, { kind: "rejected", status });
    }
}
/** The answer's text, read no further than MAX_ANSWER_BYTES. */
async function readAnswer(response) {
    const declared = Number(response.headers.get("content-length"));
    if (declared > MAX_ANSWER_BYTES)
        tooLarge(response);
    if (!response.body)
        return "";
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body) {
        size += chunk.byteLength;
        if (size > MAX_ANSWER_BYTES)
            tooLarge(response);
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
function tooLarge(response) {
    void response.body?.cancel().catch(() => undefined);
    throw new FlowBackendError(`the flow backend's answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB (HTTP ${response.status}); a flow backend's answers are small — check backend-url.`, { kind: "invalid-response", status: response.status });
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
/** `user:password` of a backend-url, decoded, for `authorization: Basic` (undefined: none). */
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
async function requestHeaders(connection, body) {
    const headers = { accept: "application/json", "user-agent": "flows-action" };
    const basic = basicCredentials(connection.url);
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
    try {
        return JSON.parse(text);
    }
    catch {
        const type = response.headers.get("content-type") ?? "no content-type";
        const start = errors_redact(text.trim().slice(0, 120), secretsOf(connection)) || "(empty body)";
        throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with invalid JSON (HTTP ${response.status}, ${type}): ${start} — check that backend-url points at the flow backend's API, not a web page or proxy.`, { kind: "invalid-response", status: response.status });
    }
}
/** The backend's own explanation: `{error}`, `{message}`, `{error: {message}}` or plain text. */
function backendMessage(text, connection) {
    let message = text.trim();
    try {
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
    message = message.replace(/\s+/g, " ");
    if (message.length > 300)
        message = `${message.slice(0, 297)}...`;
    return errors_redact(message, secretsOf(connection));
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
/** Honour a `Retry-After: <seconds>` answer, within the same cap as our own backoff. */
function retryAfter(response) {
    const value = Number(response.headers.get("retry-after"));
    return Number.isFinite(value) && value > 0 ? Math.min(value * 1000, MAX_RETRY_DELAY_MS) : undefined;
}
async function pause(ms, signal, what) {
    try {
        await (0,promises_.setTimeout)(ms, undefined, signal ? { signal } : {});
    }
    catch {
        throw aborted(what);
    }
}
function aborted(what) {
    return new FlowBackendError(`the dispatch to the flow backend was canceled during ${what}.`, { kind: "aborted" });
}
function seconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}

;// CONCATENATED MODULE: ./.build/backend/client.js






const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const DEFAULT_POLL_INTERVAL_MS = 2_000;
const MAX_POLL_INTERVAL_MS = 15_000;
/** A last look at the runs may take this long past the deadline, so the timeout error is current. */
const LAST_LOOK_MS = 5_000;
/**
 * Send an event to an HTTP flow backend (`POST /events`), then poll `GET /runs?eventId=` until
 * every run it started has finished, and describe the result as a local dispatch would, so
 * reports render both the same way. Failures throw FlowBackendError; a timeout carries the
 * runs as last seen.
 */
async function dispatchToBackend(event, options) {
    const connection = connectionFor(options);
    const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const sent = (0,engine_event/* normalizeFlowEvent */.k)(event);
    const raw = await requestJson(connection, {
        method: "POST",
        path: "/events",
        body: JSON.stringify(sent),
        deadline,
    });
    const result = client_readAnswer(() => normalizeDispatchResult(raw, sent), connection, "POST /events");
    const outcome = outcomeFrom(result);
    outcome.runs = await waitForRuns({ connection, result, outcome, deadline, options });
    if (outcome.runIds.length === 0)
        outcome.runIds = outcome.runs.map((run) => run.id);
    return outcome;
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
    const basic = basicCredentials(options.url);
    redact/* redactor */.$p.add(options.token, options.apiKey, options.hmacSecret, basic, basic?.split(":").slice(1).join(":"), ...queryValues(options.url));
    return {
        url: options.url,
        token: options.token,
        apiKey: options.apiKey,
        hmacSecret: options.hmacSecret,
        fetch: options.fetch ?? globalThis.fetch,
        signal: options.signal,
        retries: options.retries ?? 3,
        retryDelayMs: options.retryDelayMs ?? 1_000,
        requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    };
}
/** Long values of a backend-url's query string: they may be keys (`?token=`), so never shown. */
function queryValues(url) {
    return [...new URL(url).searchParams.values()].filter((value) => value.length >= 8);
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
    while (!finished(runs, wanted)) {
        const remaining = deadline - Date.now();
        if (remaining <= 0)
            throw timeoutError(runs, wanted, wait);
        try {
            await pause(Math.min(interval, remaining), connection.signal, what);
            runs = await pollRuns(connection, result.eventId, wanted, Math.max(deadline, Date.now() + LAST_LOOK_MS));
        }
        catch (error) {
            const late = error instanceof FlowBackendError && error.kind === "timeout" && Date.now() >= deadline;
            throw late ? timeoutError(runs, wanted, wait) : withRuns(error, runs, outcome);
        }
        interval = Math.min(interval * 1.5, Math.max(MAX_POLL_INTERVAL_MS, firstInterval));
        const key = progressKey(runs);
        if (key !== seen)
            options.onProgress?.(runs);
        seen = key;
    }
    return runs;
}
/** The runs of this dispatch; ones a limited list left out are fetched one by one. */
async function pollRuns(connection, eventId, wanted, deadline) {
    const path = `/runs?eventId=${encodeURIComponent(eventId)}`;
    const raw = await requestJson(connection, { method: "GET", path, deadline });
    const listed = client_readAnswer(() => normalizeRunList(raw), connection, `GET ${path}`);
    if (wanted.length === 0)
        return listed;
    const byId = new Map(listed.map((run) => [run.id, run]));
    for (const id of wanted) {
        if (byId.has(id))
            continue;
        const runPath = `/runs/${encodeURIComponent(id)}`;
        const one = await requestJson(connection, { method: "GET", path: runPath, deadline });
        byId.set(id, client_readAnswer(() => normalizeRunView(one), connection, `GET ${runPath}`));
    }
    return inOrder([...byId.values()], wanted);
}
function finished(runs, wanted) {
    if (wanted.length === 0)
        return runs.every(isTerminal);
    const byId = new Map(runs.map((run) => [run.id, run]));
    return wanted.every((id) => {
        const run = byId.get(id);
        return run !== undefined && isTerminal(run);
    });
}
/** Runs in the order the dispatch result named them; with no names, as the backend sent them. */
function inOrder(runs, wanted) {
    if (wanted.length === 0)
        return runs;
    const byId = new Map(runs.map((run) => [run.id, run]));
    return wanted.map((id) => byId.get(id)).filter((run) => run !== undefined);
}
function progressKey(runs) {
    return runs.map((run) => `${run.id}:${run.processStatus}:${run.resultStatus ?? ""}`).join(",");
}
function timeoutError(runs, wanted, wait) {
    const byId = new Map(runs.map((run) => [run.id, run]));
    const ids = wanted.length > 0 ? wanted : runs.map((run) => run.id);
    const open = ids.filter((id) => {
        const run = byId.get(id);
        return run === undefined || !isTerminal(run);
    });
    const list = open.map((id) => {
        const run = byId.get(id);
        return run ? `${id} ${run.flowName}/${run.stepName} (${run.processStatus})` : `${id} (not reported yet)`;
    });
    const waited = seconds(wait.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const noun = open.length === 1 ? "run still not finished" : "runs still not finished";
    return new FlowBackendError(`${open.length} ${noun} after ${waited}: ${list.join(", ")}. The backend at ${displayUrl(wait.connection.url)} may still finish them; raise the timeout or look them up with GET /runs?eventId=${encodeURIComponent(wait.result.eventId)}.`, { kind: "timeout", runs, outcome: { ...wait.outcome, runs } });
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

;// CONCATENATED MODULE: ./.build/backend/index.js






/***/ })

};
