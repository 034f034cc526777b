export const id = 5627;
export const ids = [5627];
export const modules = {

/***/ 55627:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ko: () => (/* binding */ childFiles),
  rV: () => (/* binding */ mergeRuns),
  T4: () => (/* binding */ planMatrix),
  WL: () => (/* binding */ readRunsDir),
  jm: () => (/* binding */ readStepSelection),
  uw: () => (/* binding */ writeRunsFile)
});

// UNUSED EXPORTS: MAX_MATRIX_JOBS

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
;// CONCATENATED MODULE: ./.build/generated/validators/runs-file.js

const validateRunsFile = validate43;
const schema100 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/runs-file.schema.json", "title": "RunsFile", "description": "What a run-step job of the reusable workflow hands to the report job: its runs and the events they chained to.", "type": "object", "required": ["version", "event", "runs", "children"], "properties": { "version": { "const": 1 }, "event": { "$ref": "flow-event.schema.json" }, "runs": { "type": "array", "items": { "$ref": "flow-run-view.schema.json" } }, "children": { "type": "array", "items": { "$ref": "#" } } } };
const schema27 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };
const schema22 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", "title": "FlowRunView", "description": "One executed (or deliberately not executed) step of one flow for one event.", "type": "object", "required": ["id", "eventId", "flowName", "flowVersion", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], "properties": { "id": { "type": "string" }, "eventId": { "type": "string" }, "flowName": { "type": "string" }, "flowVersion": { "type": "number" }, "stepName": { "type": "string" }, "runner": { "$ref": "#/definitions/FlowRunner" }, "processStatus": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "effectiveStatus": { "$ref": "#/definitions/EffectiveStatus" }, "needsAttention": { "type": "boolean" }, "attempts": { "type": "array", "items": { "$ref": "#/definitions/FlowRunAttempt" } }, "output": { "type": "string", "description": "Bounded tail of the step's stdout and stderr." }, "resultPayload": { "$ref": "flow-result.schema.json" }, "error": { "type": "string" }, "createdAt": { "type": "string" }, "updatedAt": { "type": "string" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "durationMs": { "type": "number" }, "timedOut": { "type": "boolean" }, "replay": { "type": "boolean" }, "alreadyHandled": { "type": "boolean", "description": "Set when this dispatch reused a stored successful run instead of running again." } }, "definitions": { "FlowRunner": { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] }, "ProcessStatus": { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, "EffectiveStatus": { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] }, "FlowRunAttempt": { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" } } }, "ReplayEdit": { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } }, "FlowDispatcher": { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string" }, "until": { "type": "string" } } } } };
const schema23 = { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] };
const schema24 = { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." };
const schema26 = { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] };
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
        const err1 = { instancePath, schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema26.enum }, message: "must be equal to one of the allowed values" };
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
            const err3 = { instancePath, schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
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
                const err6 = { instancePath: instancePath + "/status", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
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
                const err8 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema26.enum }, message: "must be equal to one of the allowed values" };
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
                const err18 = { instancePath: instancePath + "/runner", schemaPath: "#/definitions/FlowRunner/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values" };
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
                const err20 = { instancePath: instancePath + "/processStatus", schemaPath: "#/definitions/ProcessStatus/enum", keyword: "enum", params: { allowedValues: schema24.enum }, message: "must be equal to one of the allowed values" };
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
                const err22 = { instancePath: instancePath + "/resultStatus", schemaPath: "flow-result.schema.json#/definitions/FlowResultStatus/enum", keyword: "enum", params: { allowedValues: schema26.enum }, message: "must be equal to one of the allowed values" };
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
            if (!(validate13(data.resultPayload, { instancePath: instancePath + "/resultPayload", parentData: data, parentDataProperty: "resultPayload", rootData }))) {
                vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
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
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="https://raw.githubusercontent.com/peezy/flows-action/main/schemas/runs-file.schema.json" */ ;
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
                    if (!(validate12(data7[i0], { instancePath: instancePath + "/runs/" + i0, parentData: data7, parentDataProperty: i0, rootData }))) {
                        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
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
        if (data.children !== undefined) {
            let data9 = data.children;
            if (Array.isArray(data9)) {
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!(validate43(data9[i1], { instancePath: instancePath + "/children/" + i1, parentData: data9, parentDataProperty: i1, rootData }))) {
                        vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err18 = { instancePath: instancePath + "/children", schemaPath: "#/properties/children/type", keyword: "type", params: { type: "array" }, message: "must be array" };
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
        const err19 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err19];
        }
        else {
            vErrors.push(err19);
        }
        errors++;
    }
    validate43.errors = vErrors;
    return errors === 0;
}

// EXTERNAL MODULE: ./.build/state/record.js
var state_record = __webpack_require__(77795);
// EXTERNAL MODULE: ./.build/state/types.js
var types = __webpack_require__(39709);
// EXTERNAL MODULE: ./.build/action/inputs.js
var inputs = __webpack_require__(74664);
;// CONCATENATED MODULE: ./.build/action/scale-out.js







// GitHub runs at most 256 jobs per matrix:
// https://docs.github.com/en/actions/using-jobs/using-a-matrix-for-your-jobs
const MAX_MATRIX_JOBS = 256;
/**
 * One matrix job per flow that matched, holding that flow's steps in manifest order: the
 * engine runs a flow's steps one after another, and so does its job. Past 256 flows, flows
 * are dealt round-robin into 256 batches (each flow still whole and in order).
 */
function planMatrix(planned) {
    const flows = new Map();
    for (const { flowName, stepName } of planned) {
        flows.set(flowName, [...(flows.get(flowName) ?? []), { flow: flowName, step: stepName }]);
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
/** The `steps` input of a run-step job: the JSON a plan job put in its matrix entry. */
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
        parsed.every((item) => typeof item?.flow === "string" && typeof item?.step === "string");
    if (!valid) {
        throw new inputs/* ActionInputError */.VA(
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the text shows workflow syntax.
        'Input "steps" must be the JSON list a plan job wrote, like [{"flow":"bindings","step":"regenerate"}]; pass ${{ matrix.steps }}.');
    }
    return parsed;
}
async function writeRunsFile(path, outcome) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, `${JSON.stringify(toRunsFile(outcome))}\n`);
}
function toRunsFile(outcome) {
    return { version: 1, event: outcome.event, runs: outcome.runs, children: outcome.children.map(toRunsFile) };
}
/** Every runs file under a folder (download-artifact puts each artifact in its own folder). */
async function readRunsDir(dir) {
    const files = [];
    const problems = [];
    for (const path of await jsonFiles(dir)) {
        try {
            files.push(checkRunsFile(JSON.parse(await (0,promises_.readFile)(path, "utf8"))));
        }
        catch (error) {
            problems.push({ severity: "error", file: path, message: `runs file skipped: ${error.message}` });
        }
    }
    return { files, problems };
}
/**
 * Merge what the run-step jobs reported for one event, in the order the steps matched. A step
 * whose job reported nothing (cancelled, runner lost) still appears, as canceled, so no step
 * silently disappears from the report.
 */
function mergeRuns(event, files, order, now) {
    const record = files
        .filter((file) => file.event.id === event.id)
        .map((file) => ({ formatVersion: types/* RECORD_FORMAT_VERSION */.Z, event, runs: file.runs, firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 }))
        .reduce(state_record/* mergeEventRecords */.Zo, { formatVersion: types/* RECORD_FORMAT_VERSION */.Z, event, runs: [], firstDispatchedAt: now, updatedAt: now, dispatchCount: 1 });
    const byId = new Map(record.runs.map((run) => [run.id, run]));
    return order.map((id) => byId.get(id)).filter((run) => run !== undefined);
}
/** Child events dispatched by the run-step jobs, merged by event id. */
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
/** A runs file, checked against schemas/runs-file.schema.json (children included). */
function checkRunsFile(value) {
    return (0,contract_errors/* checkContract */.nb)(validateRunsFile, value, "runs-file.schema.json");
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


/***/ })

};
