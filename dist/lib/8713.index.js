export const id = 8713;
export const ids = [8713];
export const modules = {

/***/ 38713:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ validateHandover),
/* harmony export */   U6: () => (/* binding */ validateHandledSteps),
/* harmony export */   ke: () => (/* binding */ validateBackendRun),
/* harmony export */   rP: () => (/* binding */ validateHandledRuns),
/* harmony export */   t1: () => (/* binding */ validateRunsFile)
/* harmony export */ });
/* unused harmony exports validateCliError, validateFlowDiagnostic, validateFlowRunView */

const validateBackendRun = validate21;
const schema6 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-run.schema.json", "title": "BackendRun", "description": "A run as an HTTP flow backend answers it (after unwrapping {run: ...} / {data: ...}). Read leniently: runId for id, flow/step for flowName/stepName, status for processStatus (or a FlowResult status for a finished process), result for resultPayload, version for flowVersion (which may be left out), times as ISO strings or epoch milliseconds, errors as strings or {message}. effectiveStatus and needsAttention are always derived again. The older runtime's backend (codex-workspace-backend-local) sends no version, its FlowResult inside resultJson (the text {\"flow\",\"step\",\"result\"} its runner printed) and the runner's stdout and stderr.", "type": "object", "required": ["eventId"], "allOf": [{ "anyOf": [{ "required": ["id"], "properties": { "id": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["runId"], "properties": { "runId": { "$ref": "#/definitions/nonEmpty" } } }] }, { "anyOf": [{ "required": ["processStatus"] }, { "required": ["status"] }] }, { "anyOf": [{ "required": ["flowName"], "properties": { "flowName": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["flow"], "properties": { "flow": { "$ref": "#/definitions/nonEmpty" } } }] }, { "anyOf": [{ "required": ["stepName"], "properties": { "stepName": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["step"], "properties": { "step": { "$ref": "#/definitions/nonEmpty" } } }] }], "properties": { "id": { "type": "string" }, "runId": { "type": "string" }, "eventId": { "$ref": "#/definitions/nonEmpty" }, "flowName": { "type": "string" }, "flow": { "type": "string" }, "stepName": { "type": "string" }, "step": { "type": "string" }, "flowVersion": { "$ref": "#/definitions/version" }, "version": { "$ref": "#/definitions/version" }, "runner": { "anyOf": [{ "type": "null" }, { "$ref": "flow-run-view.schema.json#/definitions/FlowRunner" }] }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "status": { "$ref": "#/definitions/anyStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "effectiveStatus": { "anyOf": [{ "type": "null" }, { "$ref": "#/definitions/anyStatus" }] }, "needsAttention": { "type": "boolean" }, "resultPayload": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json" }] }, "result": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json" }] }, "resultJson": { "anyOf": [{ "type": "null" }, { "type": "string" }], "description": "The older runtime's backend: JSON text, {\"flow\", \"step\", \"result\": FlowResult} or a FlowResult." }, "attempts": { "anyOf": [{ "type": "null" }, { "type": "array", "items": { "$ref": "#/definitions/attempt" } }] }, "output": { "$ref": "#/definitions/text" }, "error": { "$ref": "#/definitions/text" }, "stdout": { "$ref": "#/definitions/text" }, "stderr": { "$ref": "#/definitions/text" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "durationMs": { "description": "Used when a number of milliseconds a Date can span (0 to 8.64e15); else worked out from startedAt and completedAt.", "tsType": "unknown" }, "timedOut": { "description": "The run is marked timed out only when this is true.", "tsType": "unknown" }, "replay": { "description": "The run is marked a replay only when this is true; when it is missing, the older runtime's backend (backend \"workspace-local\") marks a replay's runs by the `_replay` suffix of their ids.", "tsType": "unknown" }, "alreadyHandled": { "description": "The run is marked as handled by an earlier delivery only when this is true.", "tsType": "unknown" }, "backend": { "description": "\"workspace-local\" for the older runtime's backend; any other value is not read.", "tsType": "unknown" } }, "definitions": { "nonEmpty": { "type": "string", "minLength": 1 }, "version": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }] }, "anyStatus": { "anyOf": [{ "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "time": { "anyOf": [{ "type": "null" }, { "type": "number" }, { "type": "string" }] }, "text": { "anyOf": [{ "type": "null" }, { "type": "string" }, { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } }] }, "attempt": { "type": "object", "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/text" }, "timedOut": { "description": "The attempt is marked timed out only when this is true.", "tsType": "unknown" }, "replay": { "description": "The attempt is marked a replay only when this is true.", "tsType": "unknown" } }, "anyOf": [{ "required": ["status"] }, { "required": ["processStatus"] }] } } };
const schema7 = { "type": "string", "minLength": 1 };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (data.length < 1) {
            const err0 = { instancePath, schemaPath: "#/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate22.errors = vErrors;
    return errors === 0;
}
const schema8 = { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }] };
const pattern0 = new RegExp("^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$", "u");
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (!((typeof data == "number") && (isFinite(data)))) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "number" }, message: "must be number" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs3 = errors;
        if (typeof data === "string") {
            if (!pattern0.test(data)) {
                const err1 = { instancePath, schemaPath: "#/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }, message: "must match pattern \"" + "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" + "\"" };
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
            const err2 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
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
    validate30.errors = vErrors;
    return errors === 0;
}
const schema10 = { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((data === "bun") || (data === "code-mode"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema10.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate61.errors = vErrors;
    return errors === 0;
}
const schema11 = { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." };
function validate63(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((data === "queued") || (data === "running")) || (data === "completed")) || (data === "failed")) || (data === "canceled")) || (data === "interrupted"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema11.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate63.errors = vErrors;
    return errors === 0;
}
const schema24 = { "anyOf": [{ "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] };
const schema13 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
function validate67(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((data === "skipped") || (data === "completed")) || (data === "changed")) || (data === "needs_intervention")) || (data === "blocked")) || (data === "failed"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate67.errors = vErrors;
    return errors === 0;
}
function validate65(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (!(validate63(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        if (vErrors === null) {
            vErrors = validate63.errors;
        }
        else {
            for (const calledError of validate63.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs2 = errors;
        if (!(validate67(data, { instancePath, parentData, parentDataProperty, rootData }))) {
            if (vErrors === null) {
                vErrors = validate67.errors;
            }
            else {
                for (const calledError of validate67.errors) {
                    vErrors.push(calledError);
                }
            }
            errors = vErrors.length;
        }
        var _valid0 = _errs2 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
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
    validate65.errors = vErrors;
    return errors === 0;
}
const schema12 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((data === "skipped") || (data === "completed")) || (data === "changed")) || (data === "needs_intervention")) || (data === "blocked")) || (data === "failed"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate39.errors = vErrors;
    return errors === 0;
}
const schema15 = { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err2 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.type !== undefined) {
            if (typeof data.type !== "string") {
                const err3 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.source !== undefined) {
            if (typeof data.source !== "string") {
                const err4 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.occurredAt !== undefined) {
            if (typeof data.occurredAt !== "string") {
                const err5 = { instancePath: instancePath + "/occurredAt", schemaPath: "#/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.receivedAt !== undefined) {
            if (typeof data.receivedAt !== "string") {
                const err6 = { instancePath: instancePath + "/receivedAt", schemaPath: "#/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    validate42.errors = vErrors;
    return errors === 0;
}
const schema16 = { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.path === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property '" + "path" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.message === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((((key0 === "path") || (key0 === "line")) || (key0 === "endLine")) || (key0 === "column")) || (key0 === "level")) || (key0 === "message")) || (key0 === "title"))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.path !== undefined) {
            if (typeof data.path !== "string") {
                const err3 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.line !== undefined) {
            let data1 = data.line;
            if (!((typeof data1 == "number") && (isFinite(data1)))) {
                const err4 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.endLine !== undefined) {
            let data2 = data.endLine;
            if (!((typeof data2 == "number") && (isFinite(data2)))) {
                const err5 = { instancePath: instancePath + "/endLine", schemaPath: "#/properties/endLine/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.column !== undefined) {
            let data3 = data.column;
            if (!((typeof data3 == "number") && (isFinite(data3)))) {
                const err6 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.level !== undefined) {
            let data4 = data.level;
            if (typeof data4 !== "string") {
                const err7 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!(((data4 === "notice") || (data4 === "warning")) || (data4 === "failure"))) {
                const err8 = { instancePath: instancePath + "/level", schemaPath: "#/properties/level/enum", keyword: "enum", params: { allowedValues: schema16.properties.level.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.message !== undefined) {
            if (typeof data.message !== "string") {
                const err9 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.title !== undefined) {
            if (typeof data.title !== "string") {
                const err10 = { instancePath: instancePath + "/title", schemaPath: "#/properties/title/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    validate44.errors = vErrors;
    return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
            if (!(validate39(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate39.errors;
                }
                else {
                    for (const calledError of validate39.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.message !== undefined) {
            if (typeof data.message !== "string") {
                const err1 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.artifacts !== undefined) {
            let data2 = data.artifacts;
            if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
                const err2 = { instancePath: instancePath + "/artifacts", schemaPath: "#/properties/artifacts/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.next !== undefined) {
            let data3 = data.next;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate42(data3[i0], { instancePath: instancePath + "/next/" + i0, parentData: data3, parentDataProperty: i0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate42.errors;
                        }
                        else {
                            for (const calledError of validate42.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err3 = { instancePath: instancePath + "/next", schemaPath: "#/properties/next/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.annotations !== undefined) {
            let data5 = data.annotations;
            if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!(validate44(data5[i1], { instancePath: instancePath + "/annotations/" + i1, parentData: data5, parentDataProperty: i1, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate44.errors;
                        }
                        else {
                            for (const calledError of validate44.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/annotations", schemaPath: "#/properties/annotations/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
    else {
        const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    validate38.errors = vErrors;
    return errors === 0;
}
const schema26 = { "type": "object", "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/text" }, "timedOut": { "description": "The attempt is marked timed out only when this is true.", "tsType": "unknown" }, "replay": { "description": "The attempt is marked a replay only when this is true.", "tsType": "unknown" } }, "anyOf": [{ "required": ["status"] }, { "required": ["processStatus"] }] };
const schema27 = { "anyOf": [{ "type": "null" }, { "type": "number" }, { "type": "string" }] };
function validate78(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (data !== null) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs3 = errors;
        if (!((typeof data == "number") && (isFinite(data)))) {
            const err1 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "number" }, message: "must be number" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
            const _errs5 = errors;
            if (typeof data !== "string") {
                const err2 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            var _valid0 = _errs5 === errors;
            valid0 = valid0 || _valid0;
        }
    }
    if (!valid0) {
        const err3 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
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
    validate78.errors = vErrors;
    return errors === 0;
}
const schema28 = { "anyOf": [{ "type": "null" }, { "type": "string" }, { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } }] };
function validate81(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (data !== null) {
        const err0 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs3 = errors;
        if (typeof data !== "string") {
            const err1 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        var _valid0 = _errs3 === errors;
        valid0 = valid0 || _valid0;
        if (!valid0) {
            const _errs5 = errors;
            if (data && typeof data == "object" && !Array.isArray(data)) {
                if (data.message === undefined) {
                    const err2 = { instancePath, schemaPath: "#/anyOf/2/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (data.message !== undefined) {
                    if (typeof data.message !== "string") {
                        const err3 = { instancePath: instancePath + "/message", schemaPath: "#/anyOf/2/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err4 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
            var _valid0 = _errs5 === errors;
            valid0 = valid0 || _valid0;
        }
    }
    if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
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
    validate81.errors = vErrors;
    return errors === 0;
}
function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
            if (!(validate63(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate63.errors;
                }
                else {
                    for (const calledError of validate63.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.processStatus !== undefined) {
            if (!(validate63(data.processStatus, { instancePath: instancePath + "/processStatus", parentData: data, parentDataProperty: "processStatus", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate63.errors;
                }
                else {
                    for (const calledError of validate63.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.resultStatus !== undefined) {
            let data4 = data.resultStatus;
            const _errs11 = errors;
            let valid2 = false;
            const _errs12 = errors;
            if (data4 !== null) {
                const err5 = { instancePath: instancePath + "/resultStatus", schemaPath: "#/properties/resultStatus/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            var _valid1 = _errs12 === errors;
            valid2 = valid2 || _valid1;
            if (!valid2) {
                const _errs14 = errors;
                if (!(validate67(data4, { instancePath: instancePath + "/resultStatus", parentData: data, parentDataProperty: "resultStatus", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate67.errors;
                    }
                    else {
                        for (const calledError of validate67.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                var _valid1 = _errs14 === errors;
                valid2 = valid2 || _valid1;
            }
            if (!valid2) {
                const err6 = { instancePath: instancePath + "/resultStatus", schemaPath: "#/properties/resultStatus/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            else {
                errors = _errs11;
                if (vErrors !== null) {
                    if (_errs11) {
                        vErrors.length = _errs11;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.startedAt !== undefined) {
            if (!(validate78(data.startedAt, { instancePath: instancePath + "/startedAt", parentData: data, parentDataProperty: "startedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate78.errors;
                }
                else {
                    for (const calledError of validate78.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.completedAt !== undefined) {
            if (!(validate78(data.completedAt, { instancePath: instancePath + "/completedAt", parentData: data, parentDataProperty: "completedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate78.errors;
                }
                else {
                    for (const calledError of validate78.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.error !== undefined) {
            if (!(validate81(data.error, { instancePath: instancePath + "/error", parentData: data, parentDataProperty: "error", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate81.errors;
                }
                else {
                    for (const calledError of validate81.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
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
    validate74.errors = vErrors;
    return errors === 0;
}
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
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
            if (!(validate22(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate22.errors;
                }
                else {
                    for (const calledError of validate22.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    var _valid0 = _errs3 === errors;
    valid1 = valid1 || _valid0;
    if (!valid1) {
        const _errs5 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.runId === undefined) {
                const err1 = { instancePath, schemaPath: "#/allOf/0/anyOf/1/required", keyword: "required", params: { missingProperty: "runId" }, message: "must have required property '" + "runId" + "'" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (data.runId !== undefined) {
                if (!(validate22(data.runId, { instancePath: instancePath + "/runId", parentData: data, parentDataProperty: "runId", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate22.errors;
                    }
                    else {
                        for (const calledError of validate22.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
            }
        }
        var _valid0 = _errs5 === errors;
        valid1 = valid1 || _valid0;
    }
    if (!valid1) {
        const err2 = { instancePath, schemaPath: "#/allOf/0/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
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
    const _errs8 = errors;
    let valid4 = false;
    const _errs9 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.processStatus === undefined) {
            const err3 = { instancePath, schemaPath: "#/allOf/1/anyOf/0/required", keyword: "required", params: { missingProperty: "processStatus" }, message: "must have required property '" + "processStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
    }
    var _valid1 = _errs9 === errors;
    valid4 = valid4 || _valid1;
    if (!valid4) {
        const _errs10 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.status === undefined) {
                const err4 = { instancePath, schemaPath: "#/allOf/1/anyOf/1/required", keyword: "required", params: { missingProperty: "status" }, message: "must have required property '" + "status" + "'" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        var _valid1 = _errs10 === errors;
        valid4 = valid4 || _valid1;
    }
    if (!valid4) {
        const err5 = { instancePath, schemaPath: "#/allOf/1/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    else {
        errors = _errs8;
        if (vErrors !== null) {
            if (_errs8) {
                vErrors.length = _errs8;
            }
            else {
                vErrors = null;
            }
        }
    }
    const _errs12 = errors;
    let valid5 = false;
    const _errs13 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.flowName === undefined) {
            const err6 = { instancePath, schemaPath: "#/allOf/2/anyOf/0/required", keyword: "required", params: { missingProperty: "flowName" }, message: "must have required property '" + "flowName" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.flowName !== undefined) {
            if (!(validate22(data.flowName, { instancePath: instancePath + "/flowName", parentData: data, parentDataProperty: "flowName", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate22.errors;
                }
                else {
                    for (const calledError of validate22.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    var _valid2 = _errs13 === errors;
    valid5 = valid5 || _valid2;
    if (!valid5) {
        const _errs15 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.flow === undefined) {
                const err7 = { instancePath, schemaPath: "#/allOf/2/anyOf/1/required", keyword: "required", params: { missingProperty: "flow" }, message: "must have required property '" + "flow" + "'" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (data.flow !== undefined) {
                if (!(validate22(data.flow, { instancePath: instancePath + "/flow", parentData: data, parentDataProperty: "flow", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate22.errors;
                    }
                    else {
                        for (const calledError of validate22.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
            }
        }
        var _valid2 = _errs15 === errors;
        valid5 = valid5 || _valid2;
    }
    if (!valid5) {
        const err8 = { instancePath, schemaPath: "#/allOf/2/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    else {
        errors = _errs12;
        if (vErrors !== null) {
            if (_errs12) {
                vErrors.length = _errs12;
            }
            else {
                vErrors = null;
            }
        }
    }
    const _errs18 = errors;
    let valid8 = false;
    const _errs19 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.stepName === undefined) {
            const err9 = { instancePath, schemaPath: "#/allOf/3/anyOf/0/required", keyword: "required", params: { missingProperty: "stepName" }, message: "must have required property '" + "stepName" + "'" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.stepName !== undefined) {
            if (!(validate22(data.stepName, { instancePath: instancePath + "/stepName", parentData: data, parentDataProperty: "stepName", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate22.errors;
                }
                else {
                    for (const calledError of validate22.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    var _valid3 = _errs19 === errors;
    valid8 = valid8 || _valid3;
    if (!valid8) {
        const _errs21 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.step === undefined) {
                const err10 = { instancePath, schemaPath: "#/allOf/3/anyOf/1/required", keyword: "required", params: { missingProperty: "step" }, message: "must have required property '" + "step" + "'" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
            if (data.step !== undefined) {
                if (!(validate22(data.step, { instancePath: instancePath + "/step", parentData: data, parentDataProperty: "step", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate22.errors;
                    }
                    else {
                        for (const calledError of validate22.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
            }
        }
        var _valid3 = _errs21 === errors;
        valid8 = valid8 || _valid3;
    }
    if (!valid8) {
        const err11 = { instancePath, schemaPath: "#/allOf/3/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err11];
        }
        else {
            vErrors.push(err11);
        }
        errors++;
    }
    else {
        errors = _errs18;
        if (vErrors !== null) {
            if (_errs18) {
                vErrors.length = _errs18;
            }
            else {
                vErrors = null;
            }
        }
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.eventId === undefined) {
            const err12 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "eventId" }, message: "must have required property '" + "eventId" + "'" };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err13 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.runId !== undefined) {
            if (typeof data.runId !== "string") {
                const err14 = { instancePath: instancePath + "/runId", schemaPath: "#/properties/runId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.eventId !== undefined) {
            if (!(validate22(data.eventId, { instancePath: instancePath + "/eventId", parentData: data, parentDataProperty: "eventId", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate22.errors;
                }
                else {
                    for (const calledError of validate22.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.flowName !== undefined) {
            if (typeof data.flowName !== "string") {
                const err15 = { instancePath: instancePath + "/flowName", schemaPath: "#/properties/flowName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.flow !== undefined) {
            if (typeof data.flow !== "string") {
                const err16 = { instancePath: instancePath + "/flow", schemaPath: "#/properties/flow/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.stepName !== undefined) {
            if (typeof data.stepName !== "string") {
                const err17 = { instancePath: instancePath + "/stepName", schemaPath: "#/properties/stepName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.step !== undefined) {
            if (typeof data.step !== "string") {
                const err18 = { instancePath: instancePath + "/step", schemaPath: "#/properties/step/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.flowVersion !== undefined) {
            if (!(validate30(data.flowVersion, { instancePath: instancePath + "/flowVersion", parentData: data, parentDataProperty: "flowVersion", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate30.errors;
                }
                else {
                    for (const calledError of validate30.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.version !== undefined) {
            if (!(validate30(data.version, { instancePath: instancePath + "/version", parentData: data, parentDataProperty: "version", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate30.errors;
                }
                else {
                    for (const calledError of validate30.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.runner !== undefined) {
            let data15 = data.runner;
            const _errs39 = errors;
            let valid12 = false;
            const _errs40 = errors;
            if (data15 !== null) {
                const err19 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
            var _valid4 = _errs40 === errors;
            valid12 = valid12 || _valid4;
            if (!valid12) {
                const _errs42 = errors;
                if (!(validate61(data15, { instancePath: instancePath + "/runner", parentData: data, parentDataProperty: "runner", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate61.errors;
                    }
                    else {
                        for (const calledError of validate61.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                var _valid4 = _errs42 === errors;
                valid12 = valid12 || _valid4;
            }
            if (!valid12) {
                const err20 = { instancePath: instancePath + "/runner", schemaPath: "#/properties/runner/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
            else {
                errors = _errs39;
                if (vErrors !== null) {
                    if (_errs39) {
                        vErrors.length = _errs39;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.processStatus !== undefined) {
            if (!(validate63(data.processStatus, { instancePath: instancePath + "/processStatus", parentData: data, parentDataProperty: "processStatus", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate63.errors;
                }
                else {
                    for (const calledError of validate63.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.status !== undefined) {
            if (!(validate65(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate65.errors;
                }
                else {
                    for (const calledError of validate65.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.resultStatus !== undefined) {
            let data18 = data.resultStatus;
            const _errs46 = errors;
            let valid13 = false;
            const _errs47 = errors;
            if (data18 !== null) {
                const err21 = { instancePath: instancePath + "/resultStatus", schemaPath: "#/properties/resultStatus/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err21];
                }
                else {
                    vErrors.push(err21);
                }
                errors++;
            }
            var _valid5 = _errs47 === errors;
            valid13 = valid13 || _valid5;
            if (!valid13) {
                const _errs49 = errors;
                if (!(validate67(data18, { instancePath: instancePath + "/resultStatus", parentData: data, parentDataProperty: "resultStatus", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate67.errors;
                    }
                    else {
                        for (const calledError of validate67.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                var _valid5 = _errs49 === errors;
                valid13 = valid13 || _valid5;
            }
            if (!valid13) {
                const err22 = { instancePath: instancePath + "/resultStatus", schemaPath: "#/properties/resultStatus/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
            else {
                errors = _errs46;
                if (vErrors !== null) {
                    if (_errs46) {
                        vErrors.length = _errs46;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.effectiveStatus !== undefined) {
            let data19 = data.effectiveStatus;
            const _errs51 = errors;
            let valid14 = false;
            const _errs52 = errors;
            if (data19 !== null) {
                const err23 = { instancePath: instancePath + "/effectiveStatus", schemaPath: "#/properties/effectiveStatus/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err23];
                }
                else {
                    vErrors.push(err23);
                }
                errors++;
            }
            var _valid6 = _errs52 === errors;
            valid14 = valid14 || _valid6;
            if (!valid14) {
                const _errs54 = errors;
                if (!(validate65(data19, { instancePath: instancePath + "/effectiveStatus", parentData: data, parentDataProperty: "effectiveStatus", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate65.errors;
                    }
                    else {
                        for (const calledError of validate65.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                var _valid6 = _errs54 === errors;
                valid14 = valid14 || _valid6;
            }
            if (!valid14) {
                const err24 = { instancePath: instancePath + "/effectiveStatus", schemaPath: "#/properties/effectiveStatus/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err24];
                }
                else {
                    vErrors.push(err24);
                }
                errors++;
            }
            else {
                errors = _errs51;
                if (vErrors !== null) {
                    if (_errs51) {
                        vErrors.length = _errs51;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.needsAttention !== undefined) {
            if (typeof data.needsAttention !== "boolean") {
                const err25 = { instancePath: instancePath + "/needsAttention", schemaPath: "#/properties/needsAttention/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
            let data21 = data.resultPayload;
            const _errs58 = errors;
            let valid15 = false;
            const _errs59 = errors;
            if (data21 !== null) {
                const err26 = { instancePath: instancePath + "/resultPayload", schemaPath: "#/properties/resultPayload/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err26];
                }
                else {
                    vErrors.push(err26);
                }
                errors++;
            }
            var _valid7 = _errs59 === errors;
            valid15 = valid15 || _valid7;
            if (!valid15) {
                const _errs61 = errors;
                if (!(validate38(data21, { instancePath: instancePath + "/resultPayload", parentData: data, parentDataProperty: "resultPayload", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate38.errors;
                    }
                    else {
                        for (const calledError of validate38.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                var _valid7 = _errs61 === errors;
                valid15 = valid15 || _valid7;
            }
            if (!valid15) {
                const err27 = { instancePath: instancePath + "/resultPayload", schemaPath: "#/properties/resultPayload/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
            else {
                errors = _errs58;
                if (vErrors !== null) {
                    if (_errs58) {
                        vErrors.length = _errs58;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.result !== undefined) {
            let data22 = data.result;
            const _errs63 = errors;
            let valid16 = false;
            const _errs64 = errors;
            if (data22 !== null) {
                const err28 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            var _valid8 = _errs64 === errors;
            valid16 = valid16 || _valid8;
            if (!valid16) {
                const _errs66 = errors;
                if (!(validate38(data22, { instancePath: instancePath + "/result", parentData: data, parentDataProperty: "result", rootData }))) {
                    if (vErrors === null) {
                        vErrors = validate38.errors;
                    }
                    else {
                        for (const calledError of validate38.errors) {
                            vErrors.push(calledError);
                        }
                    }
                    errors = vErrors.length;
                }
                var _valid8 = _errs66 === errors;
                valid16 = valid16 || _valid8;
            }
            if (!valid16) {
                const err29 = { instancePath: instancePath + "/result", schemaPath: "#/properties/result/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
            else {
                errors = _errs63;
                if (vErrors !== null) {
                    if (_errs63) {
                        vErrors.length = _errs63;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.resultJson !== undefined) {
            let data23 = data.resultJson;
            const _errs68 = errors;
            let valid17 = false;
            const _errs69 = errors;
            if (data23 !== null) {
                const err30 = { instancePath: instancePath + "/resultJson", schemaPath: "#/properties/resultJson/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
            var _valid9 = _errs69 === errors;
            valid17 = valid17 || _valid9;
            if (!valid17) {
                const _errs71 = errors;
                if (typeof data23 !== "string") {
                    const err31 = { instancePath: instancePath + "/resultJson", schemaPath: "#/properties/resultJson/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                    if (vErrors === null) {
                        vErrors = [err31];
                    }
                    else {
                        vErrors.push(err31);
                    }
                    errors++;
                }
                var _valid9 = _errs71 === errors;
                valid17 = valid17 || _valid9;
            }
            if (!valid17) {
                const err32 = { instancePath: instancePath + "/resultJson", schemaPath: "#/properties/resultJson/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err32];
                }
                else {
                    vErrors.push(err32);
                }
                errors++;
            }
            else {
                errors = _errs68;
                if (vErrors !== null) {
                    if (_errs68) {
                        vErrors.length = _errs68;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.attempts !== undefined) {
            let data24 = data.attempts;
            const _errs74 = errors;
            let valid18 = false;
            const _errs75 = errors;
            if (data24 !== null) {
                const err33 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                if (vErrors === null) {
                    vErrors = [err33];
                }
                else {
                    vErrors.push(err33);
                }
                errors++;
            }
            var _valid10 = _errs75 === errors;
            valid18 = valid18 || _valid10;
            if (!valid18) {
                const _errs77 = errors;
                if (Array.isArray(data24)) {
                    const len0 = data24.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        if (!(validate74(data24[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data24, parentDataProperty: i0, rootData }))) {
                            if (vErrors === null) {
                                vErrors = validate74.errors;
                            }
                            else {
                                for (const calledError of validate74.errors) {
                                    vErrors.push(calledError);
                                }
                            }
                            errors = vErrors.length;
                        }
                    }
                }
                else {
                    const err34 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
                var _valid10 = _errs77 === errors;
                valid18 = valid18 || _valid10;
            }
            if (!valid18) {
                const err35 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                if (vErrors === null) {
                    vErrors = [err35];
                }
                else {
                    vErrors.push(err35);
                }
                errors++;
            }
            else {
                errors = _errs74;
                if (vErrors !== null) {
                    if (_errs74) {
                        vErrors.length = _errs74;
                    }
                    else {
                        vErrors = null;
                    }
                }
            }
        }
        if (data.output !== undefined) {
            if (!(validate81(data.output, { instancePath: instancePath + "/output", parentData: data, parentDataProperty: "output", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate81.errors;
                }
                else {
                    for (const calledError of validate81.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.error !== undefined) {
            if (!(validate81(data.error, { instancePath: instancePath + "/error", parentData: data, parentDataProperty: "error", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate81.errors;
                }
                else {
                    for (const calledError of validate81.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.stdout !== undefined) {
            if (!(validate81(data.stdout, { instancePath: instancePath + "/stdout", parentData: data, parentDataProperty: "stdout", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate81.errors;
                }
                else {
                    for (const calledError of validate81.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.stderr !== undefined) {
            if (!(validate81(data.stderr, { instancePath: instancePath + "/stderr", parentData: data, parentDataProperty: "stderr", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate81.errors;
                }
                else {
                    for (const calledError of validate81.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.createdAt !== undefined) {
            if (!(validate78(data.createdAt, { instancePath: instancePath + "/createdAt", parentData: data, parentDataProperty: "createdAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate78.errors;
                }
                else {
                    for (const calledError of validate78.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.updatedAt !== undefined) {
            if (!(validate78(data.updatedAt, { instancePath: instancePath + "/updatedAt", parentData: data, parentDataProperty: "updatedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate78.errors;
                }
                else {
                    for (const calledError of validate78.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.startedAt !== undefined) {
            if (!(validate78(data.startedAt, { instancePath: instancePath + "/startedAt", parentData: data, parentDataProperty: "startedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate78.errors;
                }
                else {
                    for (const calledError of validate78.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.completedAt !== undefined) {
            if (!(validate78(data.completedAt, { instancePath: instancePath + "/completedAt", parentData: data, parentDataProperty: "completedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate78.errors;
                }
                else {
                    for (const calledError of validate78.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    else {
        const err36 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err36];
        }
        else {
            vErrors.push(err36);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}
const validateCliError = (/* unused pure expression or super */ null && (validate92));
const schema29 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/cli-error.schema.json", "title": "CliError", "description": "What `flows <command> --json` prints on standard output when the command stops before it has a result (a wrong command line, an unreadable or invalid event file, an id the store does not hold, a missing token), or when what it recorded could not be saved. The message is also on standard error.", "type": "object", "required": ["error"], "additionalProperties": false, "properties": { "error": { "type": "object", "required": ["kind", "message", "exitCode"], "additionalProperties": false, "properties": { "kind": { "description": "usage: the command line is wrong (exit 2); failed: a problem stopped the command (exit 1); bug: an error in flows-action itself (exit 1, its stack on standard error).", "type": "string", "enum": ["usage", "failed", "bug"] }, "message": { "description": "What went wrong and what to change, as standard error says it.", "type": "string" }, "exitCode": { "description": "The exit code the command ends with.", "type": "integer", "minimum": 1 }, "command": { "description": "The command that was run, when one was recognised.", "type": "string" }, "file": { "description": "The file the problem is in, when there is one.", "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "hint": { "description": "What to change, when the message alone does not say it.", "type": "string" }, "problems": { "description": "Problems in flow packages that go with the error (flows run naming a step that could not be loaded).", "type": "array", "items": { "$ref": "flow-diagnostic.schema.json" } }, "result": { "tsType": "unknown", "description": "The document the command would have printed, when it ran but the state store could not save what it recorded: those steps ran, and would run again on a redelivery of their event." } } } } };
const func2 = Object.prototype.hasOwnProperty;
const schema30 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-diagnostic.schema.json", "title": "FlowDiagnostic", "description": "A problem found in a flow package or schema: where it is and what to change.", "type": "object", "required": ["severity", "file", "message"], "properties": { "severity": { "type": "string", "enum": ["error", "warning"] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "message": { "type": "string" } } };
function validate93(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.severity === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.file === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property '" + "file" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.message === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.severity !== undefined) {
            let data0 = data.severity;
            if (typeof data0 !== "string") {
                const err3 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if (!((data0 === "error") || (data0 === "warning"))) {
                const err4 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema30.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.file !== undefined) {
            if (typeof data.file !== "string") {
                const err5 = { instancePath: instancePath + "/file", schemaPath: "#/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.line !== undefined) {
            let data2 = data.line;
            if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                const err6 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
            if ((typeof data2 == "number") && (isFinite(data2))) {
                if (data2 < 1 || isNaN(data2)) {
                    const err7 = { instancePath: instancePath + "/line", schemaPath: "#/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
        }
        if (data.column !== undefined) {
            let data3 = data.column;
            if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                const err8 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
            if ((typeof data3 == "number") && (isFinite(data3))) {
                if (data3 < 1 || isNaN(data3)) {
                    const err9 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
        if (data.message !== undefined) {
            if (typeof data.message !== "string") {
                const err10 = { instancePath: instancePath + "/message", schemaPath: "#/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    validate93.errors = vErrors;
    return errors === 0;
}
function validate92(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.error === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "error" }, message: "must have required property '" + "error" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(key0 === "error")) {
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
        if (data.error !== undefined) {
            let data0 = data.error;
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                if (data0.kind === undefined) {
                    const err2 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property '" + "kind" + "'" };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (data0.message === undefined) {
                    const err3 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                if (data0.exitCode === undefined) {
                    const err4 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/required", keyword: "required", params: { missingProperty: "exitCode" }, message: "must have required property '" + "exitCode" + "'" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
                for (const key1 in data0) {
                    if (!(func2.call(schema29.properties.error.properties, key1))) {
                        const err5 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                }
                if (data0.kind !== undefined) {
                    let data1 = data0.kind;
                    if (typeof data1 !== "string") {
                        const err6 = { instancePath: instancePath + "/error/kind", schemaPath: "#/properties/error/properties/kind/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    if (!(((data1 === "usage") || (data1 === "failed")) || (data1 === "bug"))) {
                        const err7 = { instancePath: instancePath + "/error/kind", schemaPath: "#/properties/error/properties/kind/enum", keyword: "enum", params: { allowedValues: schema29.properties.error.properties.kind.enum }, message: "must be equal to one of the allowed values" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                if (data0.message !== undefined) {
                    if (typeof data0.message !== "string") {
                        const err8 = { instancePath: instancePath + "/error/message", schemaPath: "#/properties/error/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
                if (data0.exitCode !== undefined) {
                    let data3 = data0.exitCode;
                    if (!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))) {
                        const err9 = { instancePath: instancePath + "/error/exitCode", schemaPath: "#/properties/error/properties/exitCode/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                    if ((typeof data3 == "number") && (isFinite(data3))) {
                        if (data3 < 1 || isNaN(data3)) {
                            const err10 = { instancePath: instancePath + "/error/exitCode", schemaPath: "#/properties/error/properties/exitCode/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
                if (data0.command !== undefined) {
                    if (typeof data0.command !== "string") {
                        const err11 = { instancePath: instancePath + "/error/command", schemaPath: "#/properties/error/properties/command/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err11];
                        }
                        else {
                            vErrors.push(err11);
                        }
                        errors++;
                    }
                }
                if (data0.file !== undefined) {
                    if (typeof data0.file !== "string") {
                        const err12 = { instancePath: instancePath + "/error/file", schemaPath: "#/properties/error/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
                if (data0.line !== undefined) {
                    let data6 = data0.line;
                    if (!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))) {
                        const err13 = { instancePath: instancePath + "/error/line", schemaPath: "#/properties/error/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if ((typeof data6 == "number") && (isFinite(data6))) {
                        if (data6 < 1 || isNaN(data6)) {
                            const err14 = { instancePath: instancePath + "/error/line", schemaPath: "#/properties/error/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
                if (data0.column !== undefined) {
                    let data7 = data0.column;
                    if (!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))) {
                        const err15 = { instancePath: instancePath + "/error/column", schemaPath: "#/properties/error/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                    if ((typeof data7 == "number") && (isFinite(data7))) {
                        if (data7 < 1 || isNaN(data7)) {
                            const err16 = { instancePath: instancePath + "/error/column", schemaPath: "#/properties/error/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
                if (data0.hint !== undefined) {
                    if (typeof data0.hint !== "string") {
                        const err17 = { instancePath: instancePath + "/error/hint", schemaPath: "#/properties/error/properties/hint/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data0.problems !== undefined) {
                    let data9 = data0.problems;
                    if (Array.isArray(data9)) {
                        const len0 = data9.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            if (!(validate93(data9[i0], { instancePath: instancePath + "/error/problems/" + i0, parentData: data9, parentDataProperty: i0, rootData }))) {
                                if (vErrors === null) {
                                    vErrors = validate93.errors;
                                }
                                else {
                                    for (const calledError of validate93.errors) {
                                        vErrors.push(calledError);
                                    }
                                }
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        const err18 = { instancePath: instancePath + "/error/problems", schemaPath: "#/properties/error/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
                const err19 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
        const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err20];
        }
        else {
            vErrors.push(err20);
        }
        errors++;
    }
    validate92.errors = vErrors;
    return errors === 0;
}
const validateFlowDiagnostic = (/* unused pure expression or super */ null && (validate93));
const validateFlowRunView = (/* unused pure expression or super */ null && (validate33));
const schema9 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", "title": "FlowRunView", "description": "One executed (or deliberately not executed) step of one flow for one event.", "type": "object", "required": ["id", "eventId", "flowName", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], "properties": { "id": { "type": "string" }, "eventId": { "type": "string" }, "flowName": { "type": "string" }, "flowVersion": { "type": "number", "description": "The flow.toml version. Always there for runs of this action; left out for a flow backend's run when the backend does not say it (the older runtime's backend does not)." }, "stepName": { "type": "string" }, "runner": { "$ref": "#/definitions/FlowRunner" }, "processStatus": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "effectiveStatus": { "$ref": "#/definitions/EffectiveStatus" }, "needsAttention": { "type": "boolean" }, "attempts": { "type": "array", "items": { "$ref": "#/definitions/FlowRunAttempt" } }, "output": { "type": "string", "description": "Bounded tail of the step's stdout and stderr." }, "resultPayload": { "$ref": "flow-result.schema.json" }, "wholeResult": { "type": "object", "description": "Set when resultPayload keeps only part of a longer FLOW_RESULT (a flow backend's over 512 KiB, src/backend/kept-result.ts): the whole result's JSON as the reports lay it out (indented when that is at most 1 MiB, compact otherwise) and its size so in UTF-8 bytes. The reports lay the part out the same way and count the rest as cut.", "required": ["bytes", "indented"], "additionalProperties": false, "properties": { "bytes": { "type": "number", "minimum": 0 }, "indented": { "type": "boolean" } } }, "error": { "type": "string" }, "createdAt": { "type": "string" }, "updatedAt": { "type": "string" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "durationMs": { "type": "number" }, "timedOut": { "type": "boolean" }, "replay": { "type": "boolean" }, "alreadyHandled": { "type": "boolean", "description": "Set when this dispatch did not run the step because a stored run covers it: one that succeeded or waits on a human, or one that another dispatch is running now (its status queued or running)." } }, "definitions": { "FlowRunner": { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] }, "ProcessStatus": { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, "EffectiveStatus": { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] }, "FlowRunAttempt": { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" }, "named": { "enum": ["untriggered", "any"], "description": "The attempt ran though the event did not match the step, because it was named to run: `flows run <flow> <step>` of a step with no trigger (untriggered) or with --ignore-trigger (any), or a replay of such a run. A replay runs the step so again. Absent: started because the event matched it (and in records written before this field)." } } }, "ReplayEdit": { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } }, "FlowDispatcher": { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string", "description": "The process's start (wall clock). A step of the clock moves it: on the same host and boot, startTicks names the process instead." }, "startTicks": { "type": "number", "description": "Linux: the process's start in clock ticks since boot (/proc/<pid>/stat), which no step of the wall clock moves. Compared only on the same host and boot (bootId); left out by older writers and where /proc is not there." }, "bootId": { "type": "string", "description": "Linux: the boot the process ran in (/proc/sys/kernel/random/boot_id), so that start ticks of another boot are never compared." }, "until": { "type": "string" } } } } };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((data === "bun") || (data === "code-mode"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema10.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate34.errors = vErrors;
    return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((data === "queued") || (data === "running")) || (data === "completed")) || (data === "failed")) || (data === "canceled")) || (data === "interrupted"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema11.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate36.errors = vErrors;
    return errors === 0;
}
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data !== "string") {
        const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (!((((((data === "skipped") || (data === "completed")) || (data === "changed")) || (data === "needs_intervention")) || (data === "blocked")) || (data === "failed"))) {
        const err1 = { instancePath, schemaPath: "#/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate46.errors = vErrors;
    return errors === 0;
}
const schema18 = { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (!(validate46(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        if (vErrors === null) {
            vErrors = validate46.errors;
        }
        else {
            for (const calledError of validate46.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs2 = errors;
        if (!(validate36(data, { instancePath, parentData, parentDataProperty, rootData }))) {
            if (vErrors === null) {
                vErrors = validate36.errors;
            }
            else {
                for (const calledError of validate36.errors) {
                    vErrors.push(calledError);
                }
            }
            errors = vErrors.length;
        }
        var _valid0 = _errs2 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
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
    validate48.errors = vErrors;
    return errors === 0;
}
const schema19 = { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" }, "named": { "enum": ["untriggered", "any"], "description": "The attempt ran though the event did not match the step, because it was named to run: `flows run <flow> <step>` of a step with no trigger (untriggered) or with --ignore-trigger (any), or a replay of such a run. A replay runs the step so again. Absent: started because the event matched it (and in records written before this field)." } } };
const schema20 = { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string", "description": "The process's start (wall clock). A step of the clock moves it: on the same host and boot, startTicks names the process instead." }, "startTicks": { "type": "number", "description": "Linux: the process's start in clock ticks since boot (/proc/<pid>/stat), which no step of the wall clock moves. Compared only on the same host and boot (bootId); left out by older writers and where /proc is not there." }, "bootId": { "type": "string", "description": "Linux: the boot the process ran in (/proc/sys/kernel/random/boot_id), so that start ticks of another boot are never compared." }, "until": { "type": "string" } } };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.host === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "host" }, message: "must have required property '" + "host" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.pid === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pid" }, message: "must have required property '" + "pid" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.startedAt === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "startedAt" }, message: "must have required property '" + "startedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.host !== undefined) {
            if (typeof data.host !== "string") {
                const err3 = { instancePath: instancePath + "/host", schemaPath: "#/properties/host/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.pid !== undefined) {
            let data1 = data.pid;
            if (!((typeof data1 == "number") && (isFinite(data1)))) {
                const err4 = { instancePath: instancePath + "/pid", schemaPath: "#/properties/pid/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            if (typeof data.startedAt !== "string") {
                const err5 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.startTicks !== undefined) {
            let data3 = data.startTicks;
            if (!((typeof data3 == "number") && (isFinite(data3)))) {
                const err6 = { instancePath: instancePath + "/startTicks", schemaPath: "#/properties/startTicks/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.bootId !== undefined) {
            if (typeof data.bootId !== "string") {
                const err7 = { instancePath: instancePath + "/bootId", schemaPath: "#/properties/bootId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.until !== undefined) {
            if (typeof data.until !== "string") {
                const err8 = { instancePath: instancePath + "/until", schemaPath: "#/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    validate55.errors = vErrors;
    return errors === 0;
}
const schema21 = { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } };
function validate57(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.changed === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "changed" }, message: "must have required property '" + "changed" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.payload === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property '" + "payload" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.changed !== undefined) {
            let data0 = data.changed;
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (typeof data0[i0] !== "string") {
                        const err2 = { instancePath: instancePath + "/changed/" + i0, schemaPath: "#/properties/changed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err3 = { instancePath: instancePath + "/changed", schemaPath: "#/properties/changed/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    validate57.errors = vErrors;
    return errors === 0;
}
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
            if (!(validate36(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate36.errors;
                }
                else {
                    for (const calledError of validate36.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.resultStatus !== undefined) {
            if (!(validate46(data.resultStatus, { instancePath: instancePath + "/resultStatus", parentData: data, parentDataProperty: "resultStatus", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate46.errors;
                }
                else {
                    for (const calledError of validate46.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.startedAt !== undefined) {
            if (typeof data.startedAt !== "string") {
                const err5 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            if (typeof data.completedAt !== "string") {
                const err6 = { instancePath: instancePath + "/completedAt", schemaPath: "#/properties/completedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err7 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.timedOut !== undefined) {
            if (typeof data.timedOut !== "boolean") {
                const err8 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.replay !== undefined) {
            if (typeof data.replay !== "boolean") {
                const err9 = { instancePath: instancePath + "/replay", schemaPath: "#/properties/replay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.key !== undefined) {
            if (typeof data.key !== "string") {
                const err10 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.dispatcher !== undefined) {
            if (!(validate55(data.dispatcher, { instancePath: instancePath + "/dispatcher", parentData: data, parentDataProperty: "dispatcher", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate55.errors;
                }
                else {
                    for (const calledError of validate55.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.edit !== undefined) {
            if (!(validate57(data.edit, { instancePath: instancePath + "/edit", parentData: data, parentDataProperty: "edit", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate57.errors;
                }
                else {
                    for (const calledError of validate57.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.named !== undefined) {
            let data12 = data.named;
            if (!((data12 === "untriggered") || (data12 === "any"))) {
                const err11 = { instancePath: instancePath + "/named", schemaPath: "#/properties/named/enum", keyword: "enum", params: { allowedValues: schema19.properties.named.enum }, message: "must be equal to one of the allowed values" };
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
    validate52.errors = vErrors;
    return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        if (data.stepName === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "stepName" }, message: "must have required property '" + "stepName" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.runner === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runner" }, message: "must have required property '" + "runner" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.processStatus === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "processStatus" }, message: "must have required property '" + "processStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.effectiveStatus === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "effectiveStatus" }, message: "must have required property '" + "effectiveStatus" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        if (data.needsAttention === undefined) {
            const err7 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "needsAttention" }, message: "must have required property '" + "needsAttention" + "'" };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
        if (data.attempts === undefined) {
            const err8 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "attempts" }, message: "must have required property '" + "attempts" + "'" };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (data.createdAt === undefined) {
            const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "createdAt" }, message: "must have required property '" + "createdAt" + "'" };
            if (vErrors === null) {
                vErrors = [err9];
            }
            else {
                vErrors.push(err9);
            }
            errors++;
        }
        if (data.updatedAt === undefined) {
            const err10 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "updatedAt" }, message: "must have required property '" + "updatedAt" + "'" };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
        if (data.id !== undefined) {
            if (typeof data.id !== "string") {
                const err11 = { instancePath: instancePath + "/id", schemaPath: "#/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.eventId !== undefined) {
            if (typeof data.eventId !== "string") {
                const err12 = { instancePath: instancePath + "/eventId", schemaPath: "#/properties/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.flowName !== undefined) {
            if (typeof data.flowName !== "string") {
                const err13 = { instancePath: instancePath + "/flowName", schemaPath: "#/properties/flowName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.flowVersion !== undefined) {
            let data3 = data.flowVersion;
            if (!((typeof data3 == "number") && (isFinite(data3)))) {
                const err14 = { instancePath: instancePath + "/flowVersion", schemaPath: "#/properties/flowVersion/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.stepName !== undefined) {
            if (typeof data.stepName !== "string") {
                const err15 = { instancePath: instancePath + "/stepName", schemaPath: "#/properties/stepName/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.runner !== undefined) {
            if (!(validate34(data.runner, { instancePath: instancePath + "/runner", parentData: data, parentDataProperty: "runner", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate34.errors;
                }
                else {
                    for (const calledError of validate34.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.processStatus !== undefined) {
            if (!(validate36(data.processStatus, { instancePath: instancePath + "/processStatus", parentData: data, parentDataProperty: "processStatus", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate36.errors;
                }
                else {
                    for (const calledError of validate36.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.resultStatus !== undefined) {
            if (!(validate46(data.resultStatus, { instancePath: instancePath + "/resultStatus", parentData: data, parentDataProperty: "resultStatus", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate46.errors;
                }
                else {
                    for (const calledError of validate46.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.effectiveStatus !== undefined) {
            if (!(validate48(data.effectiveStatus, { instancePath: instancePath + "/effectiveStatus", parentData: data, parentDataProperty: "effectiveStatus", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate48.errors;
                }
                else {
                    for (const calledError of validate48.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.needsAttention !== undefined) {
            if (typeof data.needsAttention !== "boolean") {
                const err16 = { instancePath: instancePath + "/needsAttention", schemaPath: "#/properties/needsAttention/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.attempts !== undefined) {
            let data10 = data.attempts;
            if (Array.isArray(data10)) {
                const len0 = data10.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate52(data10[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data10, parentDataProperty: i0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate52.errors;
                        }
                        else {
                            for (const calledError of validate52.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/attempts", schemaPath: "#/properties/attempts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
        if (data.output !== undefined) {
            if (typeof data.output !== "string") {
                const err18 = { instancePath: instancePath + "/output", schemaPath: "#/properties/output/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err18];
                }
                else {
                    vErrors.push(err18);
                }
                errors++;
            }
        }
        if (data.resultPayload !== undefined) {
            if (!(validate38(data.resultPayload, { instancePath: instancePath + "/resultPayload", parentData: data, parentDataProperty: "resultPayload", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate38.errors;
                }
                else {
                    for (const calledError of validate38.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.wholeResult !== undefined) {
            let data14 = data.wholeResult;
            if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.bytes === undefined) {
                    const err19 = { instancePath: instancePath + "/wholeResult", schemaPath: "#/properties/wholeResult/required", keyword: "required", params: { missingProperty: "bytes" }, message: "must have required property '" + "bytes" + "'" };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                if (data14.indented === undefined) {
                    const err20 = { instancePath: instancePath + "/wholeResult", schemaPath: "#/properties/wholeResult/required", keyword: "required", params: { missingProperty: "indented" }, message: "must have required property '" + "indented" + "'" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                for (const key0 in data14) {
                    if (!((key0 === "bytes") || (key0 === "indented"))) {
                        const err21 = { instancePath: instancePath + "/wholeResult", schemaPath: "#/properties/wholeResult/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                if (data14.bytes !== undefined) {
                    let data15 = data14.bytes;
                    if ((typeof data15 == "number") && (isFinite(data15))) {
                        if (data15 < 0 || isNaN(data15)) {
                            const err22 = { instancePath: instancePath + "/wholeResult/bytes", schemaPath: "#/properties/wholeResult/properties/bytes/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
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
                        const err23 = { instancePath: instancePath + "/wholeResult/bytes", schemaPath: "#/properties/wholeResult/properties/bytes/type", keyword: "type", params: { type: "number" }, message: "must be number" };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data14.indented !== undefined) {
                    if (typeof data14.indented !== "boolean") {
                        const err24 = { instancePath: instancePath + "/wholeResult/indented", schemaPath: "#/properties/wholeResult/properties/indented/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
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
                const err25 = { instancePath: instancePath + "/wholeResult", schemaPath: "#/properties/wholeResult/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
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
            let data22 = data.durationMs;
            if (!((typeof data22 == "number") && (isFinite(data22)))) {
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
    validate33.errors = vErrors;
    return errors === 0;
}
const validateHandledRuns = validate95;
const schema31 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handled-runs.schema.json", "title": "HandledRuns", "description": "The reusable workflow's plan job → report job (the handled-runs output and input): the run views of steps the plan gave no job because they were handled before. At most 64 KiB of text, checked before parsing.", "type": "array", "maxItems": 2000, "items": { "$ref": "flow-run-view.schema.json" } };
function validate95(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        if (data.length > 2000) {
            const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 2000 }, message: "must NOT have more than 2000 items" };
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
            if (!(validate33(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData }))) {
                if (vErrors === null) {
                    vErrors = validate33.errors;
                }
                else {
                    for (const calledError of validate33.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate95.errors = vErrors;
    return errors === 0;
}
const validateHandledSteps = validate97;
const schema32 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handled-steps.schema.json", "title": "HandledSteps", "description": "The reusable workflow's plan job → report job (the handled-steps output and input): every step the plan counted as handled before (no run under the delivery's run cap), by run id, with its effective status then. Ids and status words only, so the runner never drops it as holding a secret, as it may drop handled-runs.", "type": "object", "maxProperties": 2000, "propertyNames": { "type": "string", "pattern": "^run_[0-9a-f]{12}$" }, "additionalProperties": { "$ref": "flow-run-view.schema.json#/definitions/EffectiveStatus" } };
const pattern1 = new RegExp("^run_[0-9a-f]{12}$", "u");
function validate98(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = false;
    const _errs1 = errors;
    if (!(validate46(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        if (vErrors === null) {
            vErrors = validate46.errors;
        }
        else {
            for (const calledError of validate46.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    var _valid0 = _errs1 === errors;
    valid0 = valid0 || _valid0;
    if (!valid0) {
        const _errs2 = errors;
        if (!(validate36(data, { instancePath, parentData, parentDataProperty, rootData }))) {
            if (vErrors === null) {
                vErrors = validate36.errors;
            }
            else {
                for (const calledError of validate36.errors) {
                    vErrors.push(calledError);
                }
            }
            errors = vErrors.length;
        }
        var _valid0 = _errs2 === errors;
        valid0 = valid0 || _valid0;
    }
    if (!valid0) {
        const err0 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
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
    validate98.errors = vErrors;
    return errors === 0;
}
function validate97(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (Object.keys(data).length > 2000) {
            const err0 = { instancePath, schemaPath: "#/maxProperties", keyword: "maxProperties", params: { limit: 2000 }, message: "must NOT have more than 2000 properties" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        for (const key0 in data) {
            const _errs1 = errors;
            if (typeof key0 === "string") {
                if (!pattern1.test(key0)) {
                    const err1 = { instancePath, schemaPath: "#/propertyNames/pattern", keyword: "pattern", params: { pattern: "^run_[0-9a-f]{12}$" }, message: "must match pattern \"" + "^run_[0-9a-f]{12}$" + "\"", propertyName: key0 };
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
                const err2 = { instancePath, schemaPath: "#/propertyNames/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
            var valid0 = _errs1 === errors;
            if (!valid0) {
                const err3 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        for (const key1 in data) {
            if (!(validate98(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData }))) {
                if (vErrors === null) {
                    vErrors = validate98.errors;
                }
                else {
                    for (const calledError of validate98.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    else {
        const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    validate97.errors = vErrors;
    return errors === 0;
}
const validateHandover = validate102;
const schema34 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handover.schema.json", "title": "Handover", "description": "The fork handover: what a pull request's own (untrusted) job uploads for the trusted flows-report workflow to publish. Every field is bounded; names and ids are one clean line.", "type": "object", "required": ["version", "repository", "event", "headSha", "prNumbers", "runs"], "properties": { "version": { "const": 1 }, "repository": { "$ref": "#/definitions/name" }, "headSha": { "type": "string", "pattern": "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, "prNumbers": { "type": "array", "maxItems": 10, "uniqueItems": true, "items": { "type": "integer", "minimum": 1 } }, "event": { "allOf": [{ "$ref": "flow-event.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/eventId" }, "type": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z0-9_.:/-]+$" }, "source": { "$ref": "#/definitions/name" }, "receivedAt": { "$ref": "#/definitions/time" }, "occurredAt": { "$ref": "#/definitions/time" }, "payload": { "type": "object", "tsType": "Record<string, unknown>" } } }] }, "runs": { "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/run" } }, "problems": { "type": "array", "maxItems": 500, "items": { "allOf": [{ "$ref": "flow-diagnostic.schema.json" }, { "properties": { "file": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "message": { "type": "string", "maxLength": 8192, "pattern": "^[^\u0000]*$" } } }] } } }, "definitions": { "name": { "type": "string", "maxLength": 200, "pattern": "^[^\u0000-\u001f]*$" }, "eventId": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "time": { "type": "string", "maxLength": 64, "pattern": "^[^\u0000-\u001f]*$" }, "multiline": { "type": "string", "maxLength": 65536, "pattern": "^[^\u0000]*$" }, "attempt": { "allOf": [{ "$ref": "flow-run-view.schema.json#/definitions/FlowRunAttempt" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "number": { "type": "integer", "minimum": 1 }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/multiline" } } }] }, "run": { "allOf": [{ "$ref": "flow-run-view.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "eventId": { "$ref": "#/definitions/eventId" }, "flowName": { "$ref": "#/definitions/name" }, "stepName": { "$ref": "#/definitions/name" }, "attempts": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/attempt" } }, "output": { "$ref": "#/definitions/multiline" }, "error": { "$ref": "#/definitions/multiline" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "resultPayload": { "properties": { "message": { "$ref": "#/definitions/multiline" } } } } }] } } };
const schema35 = { "type": "string", "maxLength": 200, "pattern": "^[^\u0000-\u001f]*$" };
const pattern2 = new RegExp("^[^\u0000-\u001f]*$", "u");
function validate103(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (data.length > 200) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (!pattern2.test(data)) {
            const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate103.errors = vErrors;
    return errors === 0;
}
const schema14 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "maxLength": 2048, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3. At most 2,048 characters (UTF-16 units): the id names the event's stored record and goes into check runs, comments, commit messages and log lines. Ids flows-action derives from a payload are kept under it (src/events/id.ts)." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    validate41.errors = vErrors;
    return errors === 0;
}
const schema36 = { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" };
function validate106(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (data.length > 1024) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (!pattern2.test(data)) {
            const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate106.errors = vErrors;
    return errors === 0;
}
const schema37 = { "type": "string", "maxLength": 64, "pattern": "^[^\u0000-\u001f]*$" };
function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (data.length > 64) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (!pattern2.test(data)) {
            const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate109.errors = vErrors;
    return errors === 0;
}
const schema38 = { "allOf": [{ "$ref": "flow-run-view.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "eventId": { "$ref": "#/definitions/eventId" }, "flowName": { "$ref": "#/definitions/name" }, "stepName": { "$ref": "#/definitions/name" }, "attempts": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/attempt" } }, "output": { "$ref": "#/definitions/multiline" }, "error": { "$ref": "#/definitions/multiline" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "resultPayload": { "properties": { "message": { "$ref": "#/definitions/multiline" } } } } }] };
const schema39 = { "allOf": [{ "$ref": "flow-run-view.schema.json#/definitions/FlowRunAttempt" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "number": { "type": "integer", "minimum": 1 }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/multiline" } } }] };
function validate119(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
            if (!(validate36(data.status, { instancePath: instancePath + "/status", parentData: data, parentDataProperty: "status", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate36.errors;
                }
                else {
                    for (const calledError of validate36.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.resultStatus !== undefined) {
            if (!(validate46(data.resultStatus, { instancePath: instancePath + "/resultStatus", parentData: data, parentDataProperty: "resultStatus", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate46.errors;
                }
                else {
                    for (const calledError of validate46.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.startedAt !== undefined) {
            if (typeof data.startedAt !== "string") {
                const err5 = { instancePath: instancePath + "/startedAt", schemaPath: "#/properties/startedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            if (typeof data.completedAt !== "string") {
                const err6 = { instancePath: instancePath + "/completedAt", schemaPath: "#/properties/completedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.error !== undefined) {
            if (typeof data.error !== "string") {
                const err7 = { instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.timedOut !== undefined) {
            if (typeof data.timedOut !== "boolean") {
                const err8 = { instancePath: instancePath + "/timedOut", schemaPath: "#/properties/timedOut/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.replay !== undefined) {
            if (typeof data.replay !== "boolean") {
                const err9 = { instancePath: instancePath + "/replay", schemaPath: "#/properties/replay/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.key !== undefined) {
            if (typeof data.key !== "string") {
                const err10 = { instancePath: instancePath + "/key", schemaPath: "#/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.dispatcher !== undefined) {
            if (!(validate55(data.dispatcher, { instancePath: instancePath + "/dispatcher", parentData: data, parentDataProperty: "dispatcher", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate55.errors;
                }
                else {
                    for (const calledError of validate55.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.edit !== undefined) {
            if (!(validate57(data.edit, { instancePath: instancePath + "/edit", parentData: data, parentDataProperty: "edit", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate57.errors;
                }
                else {
                    for (const calledError of validate57.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.named !== undefined) {
            let data12 = data.named;
            if (!((data12 === "untriggered") || (data12 === "any"))) {
                const err11 = { instancePath: instancePath + "/named", schemaPath: "#/properties/named/enum", keyword: "enum", params: { allowedValues: schema19.properties.named.enum }, message: "must be equal to one of the allowed values" };
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
    validate119.errors = vErrors;
    return errors === 0;
}
const schema41 = { "type": "string", "maxLength": 65536, "pattern": "^[^\u0000]*$" };
const pattern7 = new RegExp("^[^\u0000]*$", "u");
function validate128(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (typeof data === "string") {
        if (data.length > 65536) {
            const err0 = { instancePath, schemaPath: "#/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (!pattern7.test(data)) {
            const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^[^\u0000]*$" }, message: "must match pattern \"" + "^[^\u0000]*$" + "\"" };
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
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate128.errors = vErrors;
    return errors === 0;
}
function validate118(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(validate119(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        if (vErrors === null) {
            vErrors = validate119.errors;
        }
        else {
            for (const calledError of validate119.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id !== undefined) {
            if (!(validate103(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate103.errors;
                }
                else {
                    for (const calledError of validate103.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.number !== undefined) {
            let data1 = data.number;
            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                const err0 = { instancePath: instancePath + "/number", schemaPath: "#/allOf/1/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 < 1 || isNaN(data1)) {
                    const err1 = { instancePath: instancePath + "/number", schemaPath: "#/allOf/1/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                    if (vErrors === null) {
                        vErrors = [err1];
                    }
                    else {
                        vErrors.push(err1);
                    }
                    errors++;
                }
            }
        }
        if (data.startedAt !== undefined) {
            if (!(validate109(data.startedAt, { instancePath: instancePath + "/startedAt", parentData: data, parentDataProperty: "startedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate109.errors;
                }
                else {
                    for (const calledError of validate109.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.completedAt !== undefined) {
            if (!(validate109(data.completedAt, { instancePath: instancePath + "/completedAt", parentData: data, parentDataProperty: "completedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate109.errors;
                }
                else {
                    for (const calledError of validate109.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.error !== undefined) {
            if (!(validate128(data.error, { instancePath: instancePath + "/error", parentData: data, parentDataProperty: "error", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate128.errors;
                }
                else {
                    for (const calledError of validate128.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
    }
    validate118.errors = vErrors;
    return errors === 0;
}
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(validate33(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        if (vErrors === null) {
            vErrors = validate33.errors;
        }
        else {
            for (const calledError of validate33.errors) {
                vErrors.push(calledError);
            }
        }
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id !== undefined) {
            if (!(validate103(data.id, { instancePath: instancePath + "/id", parentData: data, parentDataProperty: "id", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate103.errors;
                }
                else {
                    for (const calledError of validate103.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.eventId !== undefined) {
            if (!(validate106(data.eventId, { instancePath: instancePath + "/eventId", parentData: data, parentDataProperty: "eventId", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate106.errors;
                }
                else {
                    for (const calledError of validate106.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.flowName !== undefined) {
            if (!(validate103(data.flowName, { instancePath: instancePath + "/flowName", parentData: data, parentDataProperty: "flowName", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate103.errors;
                }
                else {
                    for (const calledError of validate103.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.stepName !== undefined) {
            if (!(validate103(data.stepName, { instancePath: instancePath + "/stepName", parentData: data, parentDataProperty: "stepName", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate103.errors;
                }
                else {
                    for (const calledError of validate103.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.attempts !== undefined) {
            let data4 = data.attempts;
            if (Array.isArray(data4)) {
                if (data4.length > 50) {
                    const err0 = { instancePath: instancePath + "/attempts", schemaPath: "#/allOf/1/properties/attempts/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate118(data4[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data4, parentDataProperty: i0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate118.errors;
                        }
                        else {
                            for (const calledError of validate118.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err1 = { instancePath: instancePath + "/attempts", schemaPath: "#/allOf/1/properties/attempts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.output !== undefined) {
            if (!(validate128(data.output, { instancePath: instancePath + "/output", parentData: data, parentDataProperty: "output", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate128.errors;
                }
                else {
                    for (const calledError of validate128.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.error !== undefined) {
            if (!(validate128(data.error, { instancePath: instancePath + "/error", parentData: data, parentDataProperty: "error", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate128.errors;
                }
                else {
                    for (const calledError of validate128.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.createdAt !== undefined) {
            if (!(validate109(data.createdAt, { instancePath: instancePath + "/createdAt", parentData: data, parentDataProperty: "createdAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate109.errors;
                }
                else {
                    for (const calledError of validate109.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.updatedAt !== undefined) {
            if (!(validate109(data.updatedAt, { instancePath: instancePath + "/updatedAt", parentData: data, parentDataProperty: "updatedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate109.errors;
                }
                else {
                    for (const calledError of validate109.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.startedAt !== undefined) {
            if (!(validate109(data.startedAt, { instancePath: instancePath + "/startedAt", parentData: data, parentDataProperty: "startedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate109.errors;
                }
                else {
                    for (const calledError of validate109.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.completedAt !== undefined) {
            if (!(validate109(data.completedAt, { instancePath: instancePath + "/completedAt", parentData: data, parentDataProperty: "completedAt", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate109.errors;
                }
                else {
                    for (const calledError of validate109.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.resultPayload !== undefined) {
            let data12 = data.resultPayload;
            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.message !== undefined) {
                    if (!(validate128(data12.message, { instancePath: instancePath + "/resultPayload/message", parentData: data12, parentDataProperty: "message", rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate128.errors;
                        }
                        else {
                            for (const calledError of validate128.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
        }
    }
    validate112.errors = vErrors;
    return errors === 0;
}
const pattern3 = new RegExp("^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$", "u");
const pattern5 = new RegExp("^[A-Za-z0-9_.:/-]+$", "u");
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.repository === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "repository" }, message: "must have required property '" + "repository" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.event === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "event" }, message: "must have required property '" + "event" + "'" };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.headSha === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "headSha" }, message: "must have required property '" + "headSha" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.prNumbers === undefined) {
            const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "prNumbers" }, message: "must have required property '" + "prNumbers" + "'" };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (data.runs === undefined) {
            const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "runs" }, message: "must have required property '" + "runs" + "'" };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data.version !== undefined) {
            if (1 !== data.version) {
                const err6 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.repository !== undefined) {
            if (!(validate103(data.repository, { instancePath: instancePath + "/repository", parentData: data, parentDataProperty: "repository", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate103.errors;
                }
                else {
                    for (const calledError of validate103.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.headSha !== undefined) {
            let data2 = data.headSha;
            if (typeof data2 === "string") {
                if (!pattern3.test(data2)) {
                    const err7 = { instancePath: instancePath + "/headSha", schemaPath: "#/properties/headSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, message: "must match pattern \"" + "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" + "\"" };
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
                const err8 = { instancePath: instancePath + "/headSha", schemaPath: "#/properties/headSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.prNumbers !== undefined) {
            let data3 = data.prNumbers;
            if (Array.isArray(data3)) {
                if (data3.length > 10) {
                    const err9 = { instancePath: instancePath + "/prNumbers", schemaPath: "#/properties/prNumbers/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                        const err10 = { instancePath: instancePath + "/prNumbers/" + i0, schemaPath: "#/properties/prNumbers/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err10];
                        }
                        else {
                            vErrors.push(err10);
                        }
                        errors++;
                    }
                    if ((typeof data4 == "number") && (isFinite(data4))) {
                        if (data4 < 1 || isNaN(data4)) {
                            const err11 = { instancePath: instancePath + "/prNumbers/" + i0, schemaPath: "#/properties/prNumbers/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
                let i1 = data3.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data3[i1];
                        if (!(((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0))) && (isFinite(item0)))) {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err12 = { instancePath: instancePath + "/prNumbers", schemaPath: "#/properties/prNumbers/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/prNumbers", schemaPath: "#/properties/prNumbers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.event !== undefined) {
            let data5 = data.event;
            if (!(validate41(data5, { instancePath: instancePath + "/event", parentData: data, parentDataProperty: "event", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate41.errors;
                }
                else {
                    for (const calledError of validate41.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.id !== undefined) {
                    if (!(validate106(data5.id, { instancePath: instancePath + "/event/id", parentData: data5, parentDataProperty: "id", rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate106.errors;
                        }
                        else {
                            for (const calledError of validate106.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
                if (data5.type !== undefined) {
                    let data7 = data5.type;
                    if (typeof data7 === "string") {
                        if (data7.length > 200) {
                            const err14 = { instancePath: instancePath + "/event/type", schemaPath: "#/properties/event/allOf/1/properties/type/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                        if (data7.length < 1) {
                            const err15 = { instancePath: instancePath + "/event/type", schemaPath: "#/properties/event/allOf/1/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                        }
                        if (!pattern5.test(data7)) {
                            const err16 = { instancePath: instancePath + "/event/type", schemaPath: "#/properties/event/allOf/1/properties/type/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:/-]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.:/-]+$" + "\"" };
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
                        const err17 = { instancePath: instancePath + "/event/type", schemaPath: "#/properties/event/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data5.source !== undefined) {
                    if (!(validate103(data5.source, { instancePath: instancePath + "/event/source", parentData: data5, parentDataProperty: "source", rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate103.errors;
                        }
                        else {
                            for (const calledError of validate103.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
                if (data5.receivedAt !== undefined) {
                    if (!(validate109(data5.receivedAt, { instancePath: instancePath + "/event/receivedAt", parentData: data5, parentDataProperty: "receivedAt", rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate109.errors;
                        }
                        else {
                            for (const calledError of validate109.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
                if (data5.occurredAt !== undefined) {
                    if (!(validate109(data5.occurredAt, { instancePath: instancePath + "/event/occurredAt", parentData: data5, parentDataProperty: "occurredAt", rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate109.errors;
                        }
                        else {
                            for (const calledError of validate109.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
                if (data5.payload !== undefined) {
                    let data11 = data5.payload;
                    if (!(data11 && typeof data11 == "object" && !Array.isArray(data11))) {
                        const err18 = { instancePath: instancePath + "/event/payload", schemaPath: "#/properties/event/allOf/1/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object" };
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
        }
        if (data.runs !== undefined) {
            let data12 = data.runs;
            if (Array.isArray(data12)) {
                if (data12.length > 500) {
                    const err19 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                const len1 = data12.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    if (!(validate112(data12[i2], { instancePath: instancePath + "/runs/" + i2, parentData: data12, parentDataProperty: i2, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate112.errors;
                        }
                        else {
                            for (const calledError of validate112.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err20 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err20];
                }
                else {
                    vErrors.push(err20);
                }
                errors++;
            }
        }
        if (data.problems !== undefined) {
            let data14 = data.problems;
            if (Array.isArray(data14)) {
                if (data14.length > 500) {
                    const err21 = { instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
                const len2 = data14.length;
                for (let i3 = 0; i3 < len2; i3++) {
                    let data15 = data14[i3];
                    if (!(validate93(data15, { instancePath: instancePath + "/problems/" + i3, parentData: data14, parentDataProperty: i3, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate93.errors;
                        }
                        else {
                            for (const calledError of validate93.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                    if (data15 && typeof data15 == "object" && !Array.isArray(data15)) {
                        if (data15.file !== undefined) {
                            let data16 = data15.file;
                            if (typeof data16 === "string") {
                                if (data16.length > 1024) {
                                    const err22 = { instancePath: instancePath + "/problems/" + i3 + "/file", schemaPath: "#/properties/problems/items/allOf/1/properties/file/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err22];
                                    }
                                    else {
                                        vErrors.push(err22);
                                    }
                                    errors++;
                                }
                                if (!pattern2.test(data16)) {
                                    const err23 = { instancePath: instancePath + "/problems/" + i3 + "/file", schemaPath: "#/properties/problems/items/allOf/1/properties/file/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err23];
                                    }
                                    else {
                                        vErrors.push(err23);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err24 = { instancePath: instancePath + "/problems/" + i3 + "/file", schemaPath: "#/properties/problems/items/allOf/1/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err24];
                                }
                                else {
                                    vErrors.push(err24);
                                }
                                errors++;
                            }
                        }
                        if (data15.message !== undefined) {
                            let data17 = data15.message;
                            if (typeof data17 === "string") {
                                if (data17.length > 8192) {
                                    const err25 = { instancePath: instancePath + "/problems/" + i3 + "/message", schemaPath: "#/properties/problems/items/allOf/1/properties/message/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err25];
                                    }
                                    else {
                                        vErrors.push(err25);
                                    }
                                    errors++;
                                }
                                if (!pattern7.test(data17)) {
                                    const err26 = { instancePath: instancePath + "/problems/" + i3 + "/message", schemaPath: "#/properties/problems/items/allOf/1/properties/message/pattern", keyword: "pattern", params: { pattern: "^[^\u0000]*$" }, message: "must match pattern \"" + "^[^\u0000]*$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err26];
                                    }
                                    else {
                                        vErrors.push(err26);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err27 = { instancePath: instancePath + "/problems/" + i3 + "/message", schemaPath: "#/properties/problems/items/allOf/1/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                }
            }
            else {
                const err28 = { instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
    }
    else {
        const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err29];
        }
        else {
            vErrors.push(err29);
        }
        errors++;
    }
    validate102.errors = vErrors;
    return errors === 0;
}
const validateRunsFile = validate140;
const schema42 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/runs-file.schema.json", "title": "RunsFile", "description": "What a run-step job of the reusable workflow hands to the report job: its runs and the events they chained to.", "type": "object", "required": ["version", "event", "runs", "children"], "properties": { "version": { "const": 1 }, "event": { "$ref": "flow-event.schema.json" }, "requestedBy": { "type": "string", "description": "A child event only: the id of the run, in the event just above, whose FlowResult.next asked for it. The report job uses a child event only when that run is one it kept from the same file; an older flows-action wrote none, and such child events are refused." }, "runs": { "type": "array", "items": { "$ref": "flow-run-view.schema.json" } }, "children": { "type": "array", "items": { "$ref": "#" } } } };
function validate140(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.version === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property '" + "version" + "'" };
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
        if (data.children === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "children" }, message: "must have required property '" + "children" + "'" };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data.version !== undefined) {
            if (1 !== data.version) {
                const err4 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.event !== undefined) {
            if (!(validate41(data.event, { instancePath: instancePath + "/event", parentData: data, parentDataProperty: "event", rootData }))) {
                if (vErrors === null) {
                    vErrors = validate41.errors;
                }
                else {
                    for (const calledError of validate41.errors) {
                        vErrors.push(calledError);
                    }
                }
                errors = vErrors.length;
            }
        }
        if (data.requestedBy !== undefined) {
            if (typeof data.requestedBy !== "string") {
                const err5 = { instancePath: instancePath + "/requestedBy", schemaPath: "#/properties/requestedBy/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.runs !== undefined) {
            let data3 = data.runs;
            if (Array.isArray(data3)) {
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate33(data3[i0], { instancePath: instancePath + "/runs/" + i0, parentData: data3, parentDataProperty: i0, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate33.errors;
                        }
                        else {
                            for (const calledError of validate33.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.children !== undefined) {
            let data5 = data.children;
            if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!(validate140(data5[i1], { instancePath: instancePath + "/children/" + i1, parentData: data5, parentDataProperty: i1, rootData }))) {
                        if (vErrors === null) {
                            vErrors = validate140.errors;
                        }
                        else {
                            for (const calledError of validate140.errors) {
                                vErrors.push(calledError);
                            }
                        }
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/children", schemaPath: "#/properties/children/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
    }
    else {
        const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    validate140.errors = vErrors;
    return errors === 0;
}


/***/ })

};
