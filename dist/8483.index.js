export const id = 8483;
export const ids = [8483];
export const modules = {

/***/ 18483:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qZ: () => (/* reexport */ validateBackendDispatchResult),
  ke: () => (/* reexport */ validateBackendRun),
  mn: () => (/* reexport */ validateFlowResult),
  Ed: () => (/* reexport */ validateHandover),
  gl: () => (/* reexport */ validateWatchCursor)
});

// UNUSED EXPORTS: validateEventRecord, validateFlow, validateFlowDiagnostic, validateFlowEvent, validateFlowRunView, validateRunsFile

;// CONCATENATED MODULE: ./.build/generated/validators/backend-dispatch-result.js

const validateBackendDispatchResult = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-dispatch-result.schema.json", "title": "BackendDispatchAnswer", "description": "What an HTTP flow backend answers to POST /events (after unwrapping {result: ...} / {data: ...}). `status` is the answer and required. Read leniently: a missing eventId, runIds, matched or event is taken from the event sent and the runs returned, and an eventId, matched or idempotent of another type is ignored. `event` is checked as a FlowEvent and each run as a BackendRun when the answer is read.", "type": "object", "required": ["status"], "properties": { "status": { "type": "string", "enum": ["accepted", "duplicate"] }, "eventId": { "description": "Used when a non-empty string; else the event's id.", "tsType": "unknown" }, "runIds": { "type": ["array", "null"], "items": { "type": "string", "minLength": 1 } }, "matched": { "description": "Used when a whole number; else the number of run ids.", "tsType": "unknown" }, "idempotent": { "description": "Used when true or false; a duplicate is idempotent otherwise.", "tsType": "unknown" }, "event": { "description": "A FlowEvent (flow-event.schema.json), or the event sent when missing.", "tsType": "unknown" }, "runs": { "description": "A list of BackendRun (backend-run.schema.json) in any wrapper the run list reader takes.", "tsType": "unknown" } } };
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
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (typeof data2 === "string") {
                        if (data2.length < 1) {
                            const err4 = { instancePath: instancePath + "/runIds/" + i0, schemaPath: "#/properties/runIds/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                        const err5 = { instancePath: instancePath + "/runIds/" + i0, schemaPath: "#/properties/runIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}

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

// EXTERNAL MODULE: ./.build/generated/validators/event-record.js
var event_record = __webpack_require__(74582);
;// CONCATENATED MODULE: ./.build/generated/validators/flow-diagnostic.js

const validateFlowDiagnostic = (/* unused pure expression or super */ null && (validate29));
const schema60 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-diagnostic.schema.json", "title": "FlowDiagnostic", "description": "A problem found in a flow package or schema: where it is and what to change.", "type": "object", "required": ["severity", "file", "message"], "properties": { "severity": { "type": "string", "enum": ["error", "warning"] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "message": { "type": "string" } } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-diagnostic.schema.json" */ ;
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
                const err4 = { instancePath: instancePath + "/severity", schemaPath: "#/properties/severity/enum", keyword: "enum", params: { allowedValues: schema60.properties.severity.enum }, message: "must be equal to one of the allowed values" };
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
    validate29.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/generated/validators/flow-event.js
var flow_event = __webpack_require__(98305);
;// CONCATENATED MODULE: ./.build/generated/validators/flow-result.js

const validateFlowResult = flow_result_validate13;
const flow_result_schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } };
const flow_result_schema26 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
const flow_result_schema28 = { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } };
const flow_result_schema29 = { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } };
function flow_result_validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: flow_result_schema26.enum }, message: "must be equal to one of the allowed values" };
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
                                const err22 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/enum", keyword: "enum", params: { allowedValues: flow_result_schema29.properties.level.enum }, message: "must be equal to one of the allowed values" };
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
    flow_result_validate13.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.build/generated/validators/flow-run-view.js

const validateFlowRunView = (/* unused pure expression or super */ null && (validate12));
const schema22 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", "title": "FlowRunView", "description": "One executed (or deliberately not executed) step of one flow for one event.", "type": "object", "required": ["id", "eventId", "flowName", "flowVersion", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], "properties": { "id": { "type": "string" }, "eventId": { "type": "string" }, "flowName": { "type": "string" }, "flowVersion": { "type": "number" }, "stepName": { "type": "string" }, "runner": { "$ref": "#/definitions/FlowRunner" }, "processStatus": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "effectiveStatus": { "$ref": "#/definitions/EffectiveStatus" }, "needsAttention": { "type": "boolean" }, "attempts": { "type": "array", "items": { "$ref": "#/definitions/FlowRunAttempt" } }, "output": { "type": "string", "description": "Bounded tail of the step's stdout and stderr." }, "resultPayload": { "$ref": "flow-result.schema.json" }, "error": { "type": "string" }, "createdAt": { "type": "string" }, "updatedAt": { "type": "string" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "durationMs": { "type": "number" }, "timedOut": { "type": "boolean" }, "replay": { "type": "boolean" }, "alreadyHandled": { "type": "boolean", "description": "Set when this dispatch reused a stored successful run instead of running again." } }, "definitions": { "FlowRunner": { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] }, "ProcessStatus": { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, "EffectiveStatus": { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] }, "FlowRunAttempt": { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } }, "ReplayEdit": { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } }, "FlowDispatcher": { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string" }, "until": { "type": "string" } } } } };
const flow_run_view_schema23 = { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] };
const flow_run_view_schema24 = { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." };
const flow_run_view_schema26 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
const schema31 = { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] };
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        const err1 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: flow_run_view_schema26.enum }, message: "must be equal to one of the allowed values" };
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
            const err3 = { instancePath, schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: flow_run_view_schema24.enum }, message: "must be equal to one of the allowed values" };
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
    validate15.errors = vErrors;
    return errors === 0;
}
const schema34 = { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } };
const schema37 = { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string" }, "until": { "type": "string" } } };
const schema38 = { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } };
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                const err6 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: flow_run_view_schema24.enum }, message: "must be equal to one of the allowed values" };
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
                const err8 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: flow_run_view_schema26.enum }, message: "must be equal to one of the allowed values" };
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
    validate17.errors = vErrors;
    return errors === 0;
}
const flow_run_view_schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } };
const flow_run_view_schema28 = { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } };
const flow_run_view_schema29 = { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } };
function flow_run_view_validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: flow_run_view_schema26.enum }, message: "must be equal to one of the allowed values" };
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
                                const err22 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/enum", keyword: "enum", params: { allowedValues: flow_run_view_schema29.properties.level.enum }, message: "must be equal to one of the allowed values" };
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
    flow_run_view_validate13.errors = vErrors;
    return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                const err18 = { instancePath: instancePath + "/runner", schemaPath: "#/definitions/FlowRunner/enum", keyword: "enum", params: { allowedValues: flow_run_view_schema23.enum }, message: "must be equal to one of the allowed values" };
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
                const err20 = { instancePath: instancePath + "/processStatus", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: flow_run_view_schema24.enum }, message: "must be equal to one of the allowed values" };
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
                const err22 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: flow_run_view_schema26.enum }, message: "must be equal to one of the allowed values" };
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
            if (!(validate15(data.effectiveStatus, { instancePath: instancePath + "/effectiveStatus", parentData: data, parentDataProperty: "effectiveStatus", rootData }))) {
                vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
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
                    if (!(validate17(data10[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data10, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
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
            if (!(flow_run_view_validate13(data.resultPayload, { instancePath: instancePath + "/resultPayload", parentData: data, parentDataProperty: "resultPayload", rootData }))) {
                vErrors = vErrors === null ? flow_run_view_validate13.errors : vErrors.concat(flow_run_view_validate13.errors);
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
    validate12.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/generated/validators/flow.js
var flow = __webpack_require__(90616);
;// CONCATENATED MODULE: ./.build/generated/validators/handover.js

const validateHandover = validate35;
const schema70 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handover.schema.json", "title": "Handover", "description": "The fork handover: what a pull request's own (untrusted) job uploads for the trusted flows-report workflow to publish. Every field is bounded; names and ids are one clean line.", "type": "object", "required": ["version", "repository", "event", "headSha", "prNumbers", "runs"], "properties": { "version": { "const": 1 }, "repository": { "$ref": "#/definitions/name" }, "headSha": { "type": "string", "pattern": "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, "prNumbers": { "type": "array", "maxItems": 10, "uniqueItems": true, "items": { "type": "integer", "minimum": 1 } }, "event": { "allOf": [{ "$ref": "flow-event.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/eventId" }, "type": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z0-9_.:/-]+$" }, "source": { "$ref": "#/definitions/name" }, "receivedAt": { "$ref": "#/definitions/time" }, "occurredAt": { "$ref": "#/definitions/time" }, "payload": { "type": "object", "tsType": "Record<string, unknown>" } } }] }, "runs": { "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/run" } }, "problems": { "type": "array", "maxItems": 500, "items": { "allOf": [{ "$ref": "flow-diagnostic.schema.json" }, { "properties": { "file": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "message": { "type": "string", "maxLength": 8192, "pattern": "^[^\u0000]*$" } } }] } } }, "definitions": { "name": { "type": "string", "maxLength": 200, "pattern": "^[^\u0000-\u001f]*$" }, "eventId": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "time": { "type": "string", "maxLength": 64, "pattern": "^[^\u0000-\u001f]*$" }, "multiline": { "type": "string", "maxLength": 65536, "pattern": "^[^\u0000]*$" }, "attempt": { "allOf": [{ "$ref": "flow-run-view.schema.json#/definitions/FlowRunAttempt" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "number": { "type": "integer", "minimum": 1 }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/multiline" } } }] }, "run": { "allOf": [{ "$ref": "flow-run-view.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "eventId": { "$ref": "#/definitions/eventId" }, "flowName": { "$ref": "#/definitions/name" }, "stepName": { "$ref": "#/definitions/name" }, "attempts": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/attempt" } }, "output": { "$ref": "#/definitions/multiline" }, "error": { "$ref": "#/definitions/multiline" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "resultPayload": { "properties": { "message": { "$ref": "#/definitions/multiline" } } } } }] } } };
const schema71 = { "type": "string", "maxLength": 200, "pattern": "^[^\u0000-\u001f]*$" };
const schema27 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };
const schema73 = { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" };
const schema75 = { "type": "string", "maxLength": 64, "pattern": "^[^\u0000-\u001f]*$" };
const handover_schema60 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-diagnostic.schema.json", "title": "FlowDiagnostic", "description": "A problem found in a flow package or schema: where it is and what to change.", "type": "object", "required": ["severity", "file", "message"], "properties": { "severity": { "type": "string", "enum": ["error", "warning"] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "message": { "type": "string" } } };
const pattern8 = new RegExp("^[^\u0000-\u001f]*$", "u");
const pattern9 = new RegExp("^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9_.:/-]+$", "u");
const pattern22 = new RegExp("^[^\u0000]*$", "u");
const schema77 = { "allOf": [{ "$ref": "flow-run-view.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "eventId": { "$ref": "#/definitions/eventId" }, "flowName": { "$ref": "#/definitions/name" }, "stepName": { "$ref": "#/definitions/name" }, "attempts": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/attempt" } }, "output": { "$ref": "#/definitions/multiline" }, "error": { "$ref": "#/definitions/multiline" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "resultPayload": { "properties": { "message": { "$ref": "#/definitions/multiline" } } } } }] };
const schema91 = { "type": "string", "maxLength": 65536, "pattern": "^[^\u0000]*$" };
const handover_schema22 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", "title": "FlowRunView", "description": "One executed (or deliberately not executed) step of one flow for one event.", "type": "object", "required": ["id", "eventId", "flowName", "flowVersion", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], "properties": { "id": { "type": "string" }, "eventId": { "type": "string" }, "flowName": { "type": "string" }, "flowVersion": { "type": "number" }, "stepName": { "type": "string" }, "runner": { "$ref": "#/definitions/FlowRunner" }, "processStatus": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "effectiveStatus": { "$ref": "#/definitions/EffectiveStatus" }, "needsAttention": { "type": "boolean" }, "attempts": { "type": "array", "items": { "$ref": "#/definitions/FlowRunAttempt" } }, "output": { "type": "string", "description": "Bounded tail of the step's stdout and stderr." }, "resultPayload": { "$ref": "flow-result.schema.json" }, "error": { "type": "string" }, "createdAt": { "type": "string" }, "updatedAt": { "type": "string" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "durationMs": { "type": "number" }, "timedOut": { "type": "boolean" }, "replay": { "type": "boolean" }, "alreadyHandled": { "type": "boolean", "description": "Set when this dispatch reused a stored successful run instead of running again." } }, "definitions": { "FlowRunner": { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] }, "ProcessStatus": { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, "EffectiveStatus": { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] }, "FlowRunAttempt": { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } }, "ReplayEdit": { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } }, "FlowDispatcher": { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string" }, "until": { "type": "string" } } } } };
const handover_schema23 = { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] };
const handover_schema24 = { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." };
const handover_schema26 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
const handover_schema31 = { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] };
function handover_validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        const err1 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: handover_schema26.enum }, message: "must be equal to one of the allowed values" };
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
            const err3 = { instancePath, schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: handover_schema24.enum }, message: "must be equal to one of the allowed values" };
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
    handover_validate15.errors = vErrors;
    return errors === 0;
}
const handover_schema34 = { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } };
const handover_schema37 = { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string" }, "until": { "type": "string" } } };
const handover_schema38 = { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } };
function handover_validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                const err6 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: handover_schema24.enum }, message: "must be equal to one of the allowed values" };
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
                const err8 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: handover_schema26.enum }, message: "must be equal to one of the allowed values" };
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
    handover_validate17.errors = vErrors;
    return errors === 0;
}
const handover_schema25 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } };
const handover_schema28 = { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } };
const handover_schema29 = { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } };
function handover_validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                const err2 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: handover_schema26.enum }, message: "must be equal to one of the allowed values" };
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
                                const err22 = { instancePath: instancePath + "/annotations/" + i1 + "/level", schemaPath: "#/definitions/FlowAnnotation/properties/level/enum", keyword: "enum", params: { allowedValues: handover_schema29.properties.level.enum }, message: "must be equal to one of the allowed values" };
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
    handover_validate13.errors = vErrors;
    return errors === 0;
}
function handover_validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                const err18 = { instancePath: instancePath + "/runner", schemaPath: "#/definitions/FlowRunner/enum", keyword: "enum", params: { allowedValues: handover_schema23.enum }, message: "must be equal to one of the allowed values" };
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
                const err20 = { instancePath: instancePath + "/processStatus", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: handover_schema24.enum }, message: "must be equal to one of the allowed values" };
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
                const err22 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: handover_schema26.enum }, message: "must be equal to one of the allowed values" };
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
            if (!(handover_validate15(data.effectiveStatus, { instancePath: instancePath + "/effectiveStatus", parentData: data, parentDataProperty: "effectiveStatus", rootData }))) {
                vErrors = vErrors === null ? handover_validate15.errors : vErrors.concat(handover_validate15.errors);
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
                    if (!(handover_validate17(data10[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data10, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? handover_validate17.errors : vErrors.concat(handover_validate17.errors);
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
            if (!(handover_validate13(data.resultPayload, { instancePath: instancePath + "/resultPayload", parentData: data, parentDataProperty: "resultPayload", rootData }))) {
                vErrors = vErrors === null ? handover_validate13.errors : vErrors.concat(handover_validate13.errors);
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
    handover_validate12.errors = vErrors;
    return errors === 0;
}
const schema82 = { "allOf": [{ "$ref": "flow-run-view.schema.json#/definitions/FlowRunAttempt" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "number": { "type": "integer", "minimum": 1 }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/multiline" } } }] };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                const err6 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: handover_schema24.enum }, message: "must be equal to one of the allowed values" };
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
                const err8 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: handover_schema26.enum }, message: "must be equal to one of the allowed values" };
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
    validate39.errors = vErrors;
    return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(validate39(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id !== undefined) {
            let data0 = data.id;
            if (typeof data0 === "string") {
                if (data0.length > 200) {
                    const err0 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
                if (!pattern8.test(data0)) {
                    const err1 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.number !== undefined) {
            let data1 = data.number;
            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                const err3 = { instancePath: instancePath + "/number", schemaPath: "#/allOf/1/properties/number/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 < 1 || isNaN(data1)) {
                    const err4 = { instancePath: instancePath + "/number", schemaPath: "#/allOf/1/properties/number/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
        if (data.startedAt !== undefined) {
            let data2 = data.startedAt;
            if (typeof data2 === "string") {
                if (data2.length > 64) {
                    const err5 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (!pattern8.test(data2)) {
                    const err6 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                const err7 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            let data3 = data.completedAt;
            if (typeof data3 === "string") {
                if (data3.length > 64) {
                    const err8 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
                if (!pattern8.test(data3)) {
                    const err9 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                const err10 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
            let data4 = data.error;
            if (typeof data4 === "string") {
                if (data4.length > 65536) {
                    const err11 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/multiline/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                if (!pattern22.test(data4)) {
                    const err12 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/multiline/pattern", keyword: "pattern", params: { pattern: "^[^\u0000]*$" }, message: "must match pattern \"" + "^[^\u0000]*$" + "\"" };
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
                const err13 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/multiline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
    validate38.errors = vErrors;
    return errors === 0;
}
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (!(handover_validate12(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? handover_validate12.errors : vErrors.concat(handover_validate12.errors);
        errors = vErrors.length;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id !== undefined) {
            let data0 = data.id;
            if (typeof data0 === "string") {
                if (data0.length > 200) {
                    const err0 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
                if (!pattern8.test(data0)) {
                    const err1 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                const err2 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.eventId !== undefined) {
            let data1 = data.eventId;
            if (typeof data1 === "string") {
                if (data1.length > 1024) {
                    const err3 = { instancePath: instancePath + "/eventId", schemaPath: "#/definitions/eventId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                if (!pattern8.test(data1)) {
                    const err4 = { instancePath: instancePath + "/eventId", schemaPath: "#/definitions/eventId/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                const err5 = { instancePath: instancePath + "/eventId", schemaPath: "#/definitions/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.flowName !== undefined) {
            let data2 = data.flowName;
            if (typeof data2 === "string") {
                if (data2.length > 200) {
                    const err6 = { instancePath: instancePath + "/flowName", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (!pattern8.test(data2)) {
                    const err7 = { instancePath: instancePath + "/flowName", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                const err8 = { instancePath: instancePath + "/flowName", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.stepName !== undefined) {
            let data3 = data.stepName;
            if (typeof data3 === "string") {
                if (data3.length > 200) {
                    const err9 = { instancePath: instancePath + "/stepName", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                if (!pattern8.test(data3)) {
                    const err10 = { instancePath: instancePath + "/stepName", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            else {
                const err11 = { instancePath: instancePath + "/stepName", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.attempts !== undefined) {
            let data4 = data.attempts;
            if (Array.isArray(data4)) {
                if (data4.length > 50) {
                    const err12 = { instancePath: instancePath + "/attempts", schemaPath: "#/allOf/1/properties/attempts/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                const len0 = data4.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    if (!(validate38(data4[i0], { instancePath: instancePath + "/attempts/" + i0, parentData: data4, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/attempts", schemaPath: "#/allOf/1/properties/attempts/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.output !== undefined) {
            let data6 = data.output;
            if (typeof data6 === "string") {
                if (data6.length > 65536) {
                    const err14 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/multiline/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
                if (!pattern22.test(data6)) {
                    const err15 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/multiline/pattern", keyword: "pattern", params: { pattern: "^[^\u0000]*$" }, message: "must match pattern \"" + "^[^\u0000]*$" + "\"" };
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
                const err16 = { instancePath: instancePath + "/output", schemaPath: "#/definitions/multiline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.error !== undefined) {
            let data7 = data.error;
            if (typeof data7 === "string") {
                if (data7.length > 65536) {
                    const err17 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/multiline/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                if (!pattern22.test(data7)) {
                    const err18 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/multiline/pattern", keyword: "pattern", params: { pattern: "^[^\u0000]*$" }, message: "must match pattern \"" + "^[^\u0000]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/error", schemaPath: "#/definitions/multiline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
        if (data.createdAt !== undefined) {
            let data8 = data.createdAt;
            if (typeof data8 === "string") {
                if (data8.length > 64) {
                    const err20 = { instancePath: instancePath + "/createdAt", schemaPath: "#/definitions/time/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if (!pattern8.test(data8)) {
                    const err21 = { instancePath: instancePath + "/createdAt", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err21];
                    }
                    else {
                        vErrors.push(err21);
                    }
                    errors++;
                }
            }
            else {
                const err22 = { instancePath: instancePath + "/createdAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err22];
                }
                else {
                    vErrors.push(err22);
                }
                errors++;
            }
        }
        if (data.updatedAt !== undefined) {
            let data9 = data.updatedAt;
            if (typeof data9 === "string") {
                if (data9.length > 64) {
                    const err23 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/definitions/time/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
                if (!pattern8.test(data9)) {
                    const err24 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err24];
                    }
                    else {
                        vErrors.push(err24);
                    }
                    errors++;
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/updatedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.startedAt !== undefined) {
            let data10 = data.startedAt;
            if (typeof data10 === "string") {
                if (data10.length > 64) {
                    const err26 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
                if (!pattern8.test(data10)) {
                    const err27 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
            }
            else {
                const err28 = { instancePath: instancePath + "/startedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
        }
        if (data.completedAt !== undefined) {
            let data11 = data.completedAt;
            if (typeof data11 === "string") {
                if (data11.length > 64) {
                    const err29 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
                if (!pattern8.test(data11)) {
                    const err30 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                const err31 = { instancePath: instancePath + "/completedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err31];
                }
                else {
                    vErrors.push(err31);
                }
                errors++;
            }
        }
        if (data.resultPayload !== undefined) {
            let data12 = data.resultPayload;
            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                if (data12.message !== undefined) {
                    let data13 = data12.message;
                    if (typeof data13 === "string") {
                        if (data13.length > 65536) {
                            const err32 = { instancePath: instancePath + "/resultPayload/message", schemaPath: "#/definitions/multiline/maxLength", keyword: "maxLength", params: { limit: 65536 }, message: "must NOT have more than 65536 characters" };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                        if (!pattern22.test(data13)) {
                            const err33 = { instancePath: instancePath + "/resultPayload/message", schemaPath: "#/definitions/multiline/pattern", keyword: "pattern", params: { pattern: "^[^\u0000]*$" }, message: "must match pattern \"" + "^[^\u0000]*$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err34 = { instancePath: instancePath + "/resultPayload/message", schemaPath: "#/definitions/multiline/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
        }
    }
    validate36.errors = vErrors;
    return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handover.schema.json" */ ;
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
            let data1 = data.repository;
            if (typeof data1 === "string") {
                if (data1.length > 200) {
                    const err7 = { instancePath: instancePath + "/repository", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (!pattern8.test(data1)) {
                    const err8 = { instancePath: instancePath + "/repository", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                const err9 = { instancePath: instancePath + "/repository", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.headSha !== undefined) {
            let data2 = data.headSha;
            if (typeof data2 === "string") {
                if (!pattern9.test(data2)) {
                    const err10 = { instancePath: instancePath + "/headSha", schemaPath: "#/properties/headSha/pattern", keyword: "pattern", params: { pattern: "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, message: "must match pattern \"" + "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            else {
                const err11 = { instancePath: instancePath + "/headSha", schemaPath: "#/properties/headSha/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.prNumbers !== undefined) {
            let data3 = data.prNumbers;
            if (Array.isArray(data3)) {
                if (data3.length > 10) {
                    const err12 = { instancePath: instancePath + "/prNumbers", schemaPath: "#/properties/prNumbers/maxItems", keyword: "maxItems", params: { limit: 10 }, message: "must NOT have more than 10 items" };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
                const len0 = data3.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data4 = data3[i0];
                    if (!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))) {
                        const err13 = { instancePath: instancePath + "/prNumbers/" + i0, schemaPath: "#/properties/prNumbers/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                        if (vErrors === null) {
                            vErrors = [err13];
                        }
                        else {
                            vErrors.push(err13);
                        }
                        errors++;
                    }
                    if ((typeof data4 == "number") && (isFinite(data4))) {
                        if (data4 < 1 || isNaN(data4)) {
                            const err14 = { instancePath: instancePath + "/prNumbers/" + i0, schemaPath: "#/properties/prNumbers/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
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
                            const err15 = { instancePath: instancePath + "/prNumbers", schemaPath: "#/properties/prNumbers/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                            if (vErrors === null) {
                                vErrors = [err15];
                            }
                            else {
                                vErrors.push(err15);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/prNumbers", schemaPath: "#/properties/prNumbers/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.event !== undefined) {
            let data5 = data.event;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.id === undefined) {
                    const err17 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
                    if (vErrors === null) {
                        vErrors = [err17];
                    }
                    else {
                        vErrors.push(err17);
                    }
                    errors++;
                }
                if (data5.type === undefined) {
                    const err18 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property '" + "type" + "'" };
                    if (vErrors === null) {
                        vErrors = [err18];
                    }
                    else {
                        vErrors.push(err18);
                    }
                    errors++;
                }
                if (data5.receivedAt === undefined) {
                    const err19 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "receivedAt" }, message: "must have required property '" + "receivedAt" + "'" };
                    if (vErrors === null) {
                        vErrors = [err19];
                    }
                    else {
                        vErrors.push(err19);
                    }
                    errors++;
                }
                if (data5.payload === undefined) {
                    const err20 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/required", keyword: "required", params: { missingProperty: "payload" }, message: "must have required property '" + "payload" + "'" };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if (data5.id !== undefined) {
                    let data6 = data5.id;
                    if (typeof data6 === "string") {
                        if (data6.length < 1) {
                            const err21 = { instancePath: instancePath + "/event/id", schemaPath: "flow-event.schema.json/properties/id/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err22 = { instancePath: instancePath + "/event/id", schemaPath: "flow-event.schema.json/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data5.type !== undefined) {
                    let data7 = data5.type;
                    if (typeof data7 === "string") {
                        if (data7.length < 1) {
                            const err23 = { instancePath: instancePath + "/event/type", schemaPath: "flow-event.schema.json/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
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
                        const err24 = { instancePath: instancePath + "/event/type", schemaPath: "flow-event.schema.json/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                if (data5.source !== undefined) {
                    if (typeof data5.source !== "string") {
                        const err25 = { instancePath: instancePath + "/event/source", schemaPath: "flow-event.schema.json/properties/source/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err25];
                        }
                        else {
                            vErrors.push(err25);
                        }
                        errors++;
                    }
                }
                if (data5.occurredAt !== undefined) {
                    if (typeof data5.occurredAt !== "string") {
                        const err26 = { instancePath: instancePath + "/event/occurredAt", schemaPath: "flow-event.schema.json/properties/occurredAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data5.receivedAt !== undefined) {
                    if (typeof data5.receivedAt !== "string") {
                        const err27 = { instancePath: instancePath + "/event/receivedAt", schemaPath: "flow-event.schema.json/properties/receivedAt/type", keyword: "type", params: { type: "string" }, message: "must be string" };
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
                const err28 = { instancePath: instancePath + "/event", schemaPath: "flow-event.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err28];
                }
                else {
                    vErrors.push(err28);
                }
                errors++;
            }
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                if (data5.id !== undefined) {
                    let data11 = data5.id;
                    if (typeof data11 === "string") {
                        if (data11.length > 1024) {
                            const err29 = { instancePath: instancePath + "/event/id", schemaPath: "#/definitions/eventId/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                            if (vErrors === null) {
                                vErrors = [err29];
                            }
                            else {
                                vErrors.push(err29);
                            }
                            errors++;
                        }
                        if (!pattern8.test(data11)) {
                            const err30 = { instancePath: instancePath + "/event/id", schemaPath: "#/definitions/eventId/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                        const err31 = { instancePath: instancePath + "/event/id", schemaPath: "#/definitions/eventId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err31];
                        }
                        else {
                            vErrors.push(err31);
                        }
                        errors++;
                    }
                }
                if (data5.type !== undefined) {
                    let data12 = data5.type;
                    if (typeof data12 === "string") {
                        if (data12.length > 200) {
                            const err32 = { instancePath: instancePath + "/event/type", schemaPath: "#/properties/event/allOf/1/properties/type/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                        if (data12.length < 1) {
                            const err33 = { instancePath: instancePath + "/event/type", schemaPath: "#/properties/event/allOf/1/properties/type/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" };
                            if (vErrors === null) {
                                vErrors = [err33];
                            }
                            else {
                                vErrors.push(err33);
                            }
                            errors++;
                        }
                        if (!pattern11.test(data12)) {
                            const err34 = { instancePath: instancePath + "/event/type", schemaPath: "#/properties/event/allOf/1/properties/type/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_.:/-]+$" }, message: "must match pattern \"" + "^[A-Za-z0-9_.:/-]+$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err34];
                            }
                            else {
                                vErrors.push(err34);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err35 = { instancePath: instancePath + "/event/type", schemaPath: "#/properties/event/allOf/1/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err35];
                        }
                        else {
                            vErrors.push(err35);
                        }
                        errors++;
                    }
                }
                if (data5.source !== undefined) {
                    let data13 = data5.source;
                    if (typeof data13 === "string") {
                        if (data13.length > 200) {
                            const err36 = { instancePath: instancePath + "/event/source", schemaPath: "#/definitions/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" };
                            if (vErrors === null) {
                                vErrors = [err36];
                            }
                            else {
                                vErrors.push(err36);
                            }
                            errors++;
                        }
                        if (!pattern8.test(data13)) {
                            const err37 = { instancePath: instancePath + "/event/source", schemaPath: "#/definitions/name/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
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
                        const err38 = { instancePath: instancePath + "/event/source", schemaPath: "#/definitions/name/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
                if (data5.receivedAt !== undefined) {
                    let data14 = data5.receivedAt;
                    if (typeof data14 === "string") {
                        if (data14.length > 64) {
                            const err39 = { instancePath: instancePath + "/event/receivedAt", schemaPath: "#/definitions/time/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                            if (vErrors === null) {
                                vErrors = [err39];
                            }
                            else {
                                vErrors.push(err39);
                            }
                            errors++;
                        }
                        if (!pattern8.test(data14)) {
                            const err40 = { instancePath: instancePath + "/event/receivedAt", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err41 = { instancePath: instancePath + "/event/receivedAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err41];
                        }
                        else {
                            vErrors.push(err41);
                        }
                        errors++;
                    }
                }
                if (data5.occurredAt !== undefined) {
                    let data15 = data5.occurredAt;
                    if (typeof data15 === "string") {
                        if (data15.length > 64) {
                            const err42 = { instancePath: instancePath + "/event/occurredAt", schemaPath: "#/definitions/time/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters" };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                        if (!pattern8.test(data15)) {
                            const err43 = { instancePath: instancePath + "/event/occurredAt", schemaPath: "#/definitions/time/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err44 = { instancePath: instancePath + "/event/occurredAt", schemaPath: "#/definitions/time/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err44];
                        }
                        else {
                            vErrors.push(err44);
                        }
                        errors++;
                    }
                }
                if (data5.payload !== undefined) {
                    let data16 = data5.payload;
                    if (!(data16 && typeof data16 == "object" && !Array.isArray(data16))) {
                        const err45 = { instancePath: instancePath + "/event/payload", schemaPath: "#/properties/event/allOf/1/properties/payload/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err45];
                        }
                        else {
                            vErrors.push(err45);
                        }
                        errors++;
                    }
                }
            }
        }
        if (data.runs !== undefined) {
            let data17 = data.runs;
            if (Array.isArray(data17)) {
                if (data17.length > 500) {
                    const err46 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                    if (vErrors === null) {
                        vErrors = [err46];
                    }
                    else {
                        vErrors.push(err46);
                    }
                    errors++;
                }
                const len1 = data17.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    if (!(validate36(data17[i2], { instancePath: instancePath + "/runs/" + i2, parentData: data17, parentDataProperty: i2, rootData }))) {
                        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err47 = { instancePath: instancePath + "/runs", schemaPath: "#/properties/runs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
        }
        if (data.problems !== undefined) {
            let data19 = data.problems;
            if (Array.isArray(data19)) {
                if (data19.length > 500) {
                    const err48 = { instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/maxItems", keyword: "maxItems", params: { limit: 500 }, message: "must NOT have more than 500 items" };
                    if (vErrors === null) {
                        vErrors = [err48];
                    }
                    else {
                        vErrors.push(err48);
                    }
                    errors++;
                }
                const len2 = data19.length;
                for (let i3 = 0; i3 < len2; i3++) {
                    let data20 = data19[i3];
                    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                        if (data20.severity === undefined) {
                            const err49 = { instancePath: instancePath + "/problems/" + i3, schemaPath: "flow-diagnostic.schema.json/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                        if (data20.file === undefined) {
                            const err50 = { instancePath: instancePath + "/problems/" + i3, schemaPath: "flow-diagnostic.schema.json/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property '" + "file" + "'" };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                        if (data20.message === undefined) {
                            const err51 = { instancePath: instancePath + "/problems/" + i3, schemaPath: "flow-diagnostic.schema.json/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'" };
                            if (vErrors === null) {
                                vErrors = [err51];
                            }
                            else {
                                vErrors.push(err51);
                            }
                            errors++;
                        }
                        if (data20.severity !== undefined) {
                            let data21 = data20.severity;
                            if (typeof data21 !== "string") {
                                const err52 = { instancePath: instancePath + "/problems/" + i3 + "/severity", schemaPath: "flow-diagnostic.schema.json/properties/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err52];
                                }
                                else {
                                    vErrors.push(err52);
                                }
                                errors++;
                            }
                            if (!((data21 === "error") || (data21 === "warning"))) {
                                const err53 = { instancePath: instancePath + "/problems/" + i3 + "/severity", schemaPath: "flow-diagnostic.schema.json/properties/severity/enum", keyword: "enum", params: { allowedValues: handover_schema60.properties.severity.enum }, message: "must be equal to one of the allowed values" };
                                if (vErrors === null) {
                                    vErrors = [err53];
                                }
                                else {
                                    vErrors.push(err53);
                                }
                                errors++;
                            }
                        }
                        if (data20.file !== undefined) {
                            if (typeof data20.file !== "string") {
                                const err54 = { instancePath: instancePath + "/problems/" + i3 + "/file", schemaPath: "flow-diagnostic.schema.json/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        if (data20.line !== undefined) {
                            let data23 = data20.line;
                            if (!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))) {
                                const err55 = { instancePath: instancePath + "/problems/" + i3 + "/line", schemaPath: "flow-diagnostic.schema.json/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err55];
                                }
                                else {
                                    vErrors.push(err55);
                                }
                                errors++;
                            }
                            if ((typeof data23 == "number") && (isFinite(data23))) {
                                if (data23 < 1 || isNaN(data23)) {
                                    const err56 = { instancePath: instancePath + "/problems/" + i3 + "/line", schemaPath: "flow-diagnostic.schema.json/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                    if (vErrors === null) {
                                        vErrors = [err56];
                                    }
                                    else {
                                        vErrors.push(err56);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data20.column !== undefined) {
                            let data24 = data20.column;
                            if (!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))) {
                                const err57 = { instancePath: instancePath + "/problems/" + i3 + "/column", schemaPath: "flow-diagnostic.schema.json/properties/column/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                if (vErrors === null) {
                                    vErrors = [err57];
                                }
                                else {
                                    vErrors.push(err57);
                                }
                                errors++;
                            }
                            if ((typeof data24 == "number") && (isFinite(data24))) {
                                if (data24 < 1 || isNaN(data24)) {
                                    const err58 = { instancePath: instancePath + "/problems/" + i3 + "/column", schemaPath: "flow-diagnostic.schema.json/properties/column/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" };
                                    if (vErrors === null) {
                                        vErrors = [err58];
                                    }
                                    else {
                                        vErrors.push(err58);
                                    }
                                    errors++;
                                }
                            }
                        }
                        if (data20.message !== undefined) {
                            if (typeof data20.message !== "string") {
                                const err59 = { instancePath: instancePath + "/problems/" + i3 + "/message", schemaPath: "flow-diagnostic.schema.json/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err59];
                                }
                                else {
                                    vErrors.push(err59);
                                }
                                errors++;
                            }
                        }
                    }
                    else {
                        const err60 = { instancePath: instancePath + "/problems/" + i3, schemaPath: "flow-diagnostic.schema.json/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                    if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                        if (data20.file !== undefined) {
                            let data26 = data20.file;
                            if (typeof data26 === "string") {
                                if (data26.length > 1024) {
                                    const err61 = { instancePath: instancePath + "/problems/" + i3 + "/file", schemaPath: "#/properties/problems/items/allOf/1/properties/file/maxLength", keyword: "maxLength", params: { limit: 1024 }, message: "must NOT have more than 1024 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err61];
                                    }
                                    else {
                                        vErrors.push(err61);
                                    }
                                    errors++;
                                }
                                if (!pattern8.test(data26)) {
                                    const err62 = { instancePath: instancePath + "/problems/" + i3 + "/file", schemaPath: "#/properties/problems/items/allOf/1/properties/file/pattern", keyword: "pattern", params: { pattern: "^[^\u0000-\u001f]*$" }, message: "must match pattern \"" + "^[^\u0000-\u001f]*$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err63 = { instancePath: instancePath + "/problems/" + i3 + "/file", schemaPath: "#/properties/problems/items/allOf/1/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        if (data20.message !== undefined) {
                            let data27 = data20.message;
                            if (typeof data27 === "string") {
                                if (data27.length > 8192) {
                                    const err64 = { instancePath: instancePath + "/problems/" + i3 + "/message", schemaPath: "#/properties/problems/items/allOf/1/properties/message/maxLength", keyword: "maxLength", params: { limit: 8192 }, message: "must NOT have more than 8192 characters" };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                                if (!pattern22.test(data27)) {
                                    const err65 = { instancePath: instancePath + "/problems/" + i3 + "/message", schemaPath: "#/properties/problems/items/allOf/1/properties/message/pattern", keyword: "pattern", params: { pattern: "^[^\u0000]*$" }, message: "must match pattern \"" + "^[^\u0000]*$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err65];
                                    }
                                    else {
                                        vErrors.push(err65);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err66 = { instancePath: instancePath + "/problems/" + i3 + "/message", schemaPath: "#/properties/problems/items/allOf/1/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err66];
                                }
                                else {
                                    vErrors.push(err66);
                                }
                                errors++;
                            }
                        }
                    }
                }
            }
            else {
                const err67 = { instancePath: instancePath + "/problems", schemaPath: "#/properties/problems/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err68 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err68];
        }
        else {
            vErrors.push(err68);
        }
        errors++;
    }
    validate35.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/generated/validators/runs-file.js
var runs_file = __webpack_require__(14085);
;// CONCATENATED MODULE: ./.build/generated/validators/watch-cursor.js

const validateWatchCursor = validate45;
const schema102 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/watch-cursor.schema.json", "title": "WatchCursor", "description": "Where polling of one upstream repository's releases left off, kept in the state store.", "type": "object", "required": ["format", "repo", "seen", "polledAt"], "properties": { "format": { "type": "number", "description": "WATCH_CURSOR_FORMAT (1)." }, "repo": { "type": "string", "description": "owner/repo, as configured." }, "etag": { "type": "string", "description": "ETag of the first page of releases at the last poll that changed something." }, "deepEtag": { "type": "string", "description": "ETag of the second page, when the repository has one." }, "etagAt": { "type": "string", "description": "When `etag` was received." }, "tagsEtag": { "type": "string", "description": "ETag of the tag refs listing (updates=true)." }, "watermark": { "type": "string", "description": "The latest publishedAt seen; a release published before it is not new." }, "seen": { "type": "array", "description": "The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT.", "items": { "$ref": "#/definitions/SeenRelease" } }, "pending": { "type": "array", "description": "Releases waiting for min-age, oldest first.", "items": { "$ref": "#/definitions/HeldRelease" } }, "dispatched": { "type": "array", "description": "Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT.", "items": { "$ref": "#/definitions/DispatchedRelease" } }, "redeliver": { "type": "array", "items": { "type": "string" }, "description": "Tags to deliver again at the next poll (`flows forget` of a polled release)." }, "polledAt": { "type": "string", "description": "When this cursor was written." }, "checkedAt": { "type": "string", "description": "The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS." } }, "definitions": { "SeenRelease": { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } }, "HeldRelease": { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } }, "DispatchedRelease": { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } } } };
const schema103 = { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } };
const schema104 = { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } };
const schema105 = { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
                                const err32 = { instancePath: instancePath + "/pending/" + i1 + "/ageFrom", schemaPath: "#/definitions/HeldRelease/properties/ageFrom/enum", keyword: "enum", params: { allowedValues: schema104.properties.ageFrom.enum }, message: "must be equal to one of the allowed values" };
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
    validate45.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./.build/generated/validators.js













/***/ })

};
