export const id = 579;
export const ids = [579];
export const modules = {

/***/ 55075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EU: () => (/* binding */ downloadArtifactZip),
/* harmony export */   Jx: () => (/* binding */ downloadRepositoryArtifact),
/* harmony export */   Yd: () => (/* binding */ listRepositoryArtifacts),
/* harmony export */   h8: () => (/* binding */ findRunArtifact)
/* harmony export */ });
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68890);

/** The newest artifact with this name in a workflow run, if any. */
async function findRunArtifact(client, options) {
    const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryRef */ .Wb)(options.repository),
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
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryRef */ .Wb)(options.repository),
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
/**
 * Every artifact of the repository, one page per request, newest first.
 * The listing has no prefix filter (`name` is an exact match), so callers filter.
 * https://docs.github.com/rest/actions/artifacts#list-artifacts-for-a-repository
 */
async function* listRepositoryArtifacts(client, options) {
    const pages = client.paginate.iterator(client.rest.actions.listArtifactsForRepo, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryRef */ .Wb)(options.repository),
        per_page: options.perPage ?? 100,
    });
    for await (const page of pages) {
        yield { artifacts: page.data.map(repositoryArtifact), date: page.headers.date };
    }
}
function repositoryArtifact(artifact) {
    const run = artifact.workflow_run;
    return {
        id: artifact.id,
        name: artifact.name,
        sizeInBytes: artifact.size_in_bytes,
        expired: artifact.expired,
        createdAt: artifact.created_at ?? null,
        expiresAt: artifact.expires_at ?? null,
        ...(run
            ? {
                workflowRun: {
                    ...(run.repository_id !== undefined ? { repositoryId: run.repository_id } : {}),
                    ...(run.head_repository_id !== undefined ? { headRepositoryId: run.head_repository_id } : {}),
                },
            }
            : {}),
    };
}
/**
 * An artifact's zip, or "gone" when GitHub no longer has it (expired or deleted: 404/410).
 * GitHub answers with a 302 to a short-lived signed URL; that URL is fetched with `fetchStorage`
 * and without the token, which must not travel to blob storage. Failures keep their `status`.
 */
async function downloadRepositoryArtifact(client, options) {
    let location;
    try {
        const response = await client.rest.actions.downloadArtifact({
            ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryRef */ .Wb)(options.repository),
            artifact_id: options.artifactId,
            archive_format: "zip",
            request: { redirect: "manual" },
        });
        location = response.headers.location;
        const data = response.data;
        if (!location && data instanceof ArrayBuffer)
            return new Uint8Array(data);
    }
    catch (error) {
        const status = error.status;
        if (status === 410 || status === 404)
            return "gone";
        throw error;
    }
    if (!location)
        throw new Error("no redirect URL");
    const response = await (options.fetchStorage ?? fetch)(location);
    if (!response.ok) {
        throw Object.assign(new Error(`blob storage answered ${response.status}`), { status: response.status });
    }
    return new Uint8Array(await response.arrayBuffer());
}


/***/ }),

/***/ 55579:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HANDOVER_ARTIFACT: () => (/* binding */ HANDOVER_ARTIFACT),
  HANDOVER_FILE: () => (/* binding */ HANDOVER_FILE),
  HANDOVER_MODES: () => (/* reexport */ modes/* HANDOVER_MODES */.Ln),
  HANDOVER_PER_STEP_RUNS: () => (/* binding */ HANDOVER_PER_STEP_RUNS),
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
// EXTERNAL MODULE: ./.build/github/artifacts.js
var artifacts = __webpack_require__(55075);
// EXTERNAL MODULE: ./.build/github/errors.js
var errors = __webpack_require__(43781);
// EXTERNAL MODULE: ./.build/github/permissions.js
var permissions = __webpack_require__(85020);
// EXTERNAL MODULE: ./.build/github/pulls.js
var pulls = __webpack_require__(94152);
// EXTERNAL MODULE: ./.build/redact.js
var redact = __webpack_require__(7437);
// EXTERNAL MODULE: ./.build/report/github-reporter.js + 8 modules
var github_reporter = __webpack_require__(21784);
// EXTERNAL MODULE: ./.build/report/checks-annotations.js
var checks_annotations = __webpack_require__(99527);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/generated/schemas.js
var schemas = __webpack_require__(37200);
;// CONCATENATED MODULE: ./.build/generated/validators/handover.js

const validateHandover = validate35;
const schema70 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handover.schema.json", "title": "Handover", "description": "The fork handover: what a pull request's own (untrusted) job uploads for the trusted flows-report workflow to publish. Every field is bounded; names and ids are one clean line.", "type": "object", "required": ["version", "repository", "event", "headSha", "prNumbers", "runs"], "properties": { "version": { "const": 1 }, "repository": { "$ref": "#/definitions/name" }, "headSha": { "type": "string", "pattern": "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, "prNumbers": { "type": "array", "maxItems": 10, "uniqueItems": true, "items": { "type": "integer", "minimum": 1 } }, "event": { "allOf": [{ "$ref": "flow-event.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/eventId" }, "type": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z0-9_.:/-]+$" }, "source": { "$ref": "#/definitions/name" }, "receivedAt": { "$ref": "#/definitions/time" }, "occurredAt": { "$ref": "#/definitions/time" }, "payload": { "type": "object", "tsType": "Record<string, unknown>" } } }] }, "runs": { "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/run" } }, "problems": { "type": "array", "maxItems": 500, "items": { "allOf": [{ "$ref": "flow-diagnostic.schema.json" }, { "properties": { "file": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "message": { "type": "string", "maxLength": 8192, "pattern": "^[^\u0000]*$" } } }] } } }, "definitions": { "name": { "type": "string", "maxLength": 200, "pattern": "^[^\u0000-\u001f]*$" }, "eventId": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "time": { "type": "string", "maxLength": 64, "pattern": "^[^\u0000-\u001f]*$" }, "multiline": { "type": "string", "maxLength": 65536, "pattern": "^[^\u0000]*$" }, "attempt": { "allOf": [{ "$ref": "flow-run-view.schema.json#/definitions/FlowRunAttempt" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "number": { "type": "integer", "minimum": 1 }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/multiline" } } }] }, "run": { "allOf": [{ "$ref": "flow-run-view.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "eventId": { "$ref": "#/definitions/eventId" }, "flowName": { "$ref": "#/definitions/name" }, "stepName": { "$ref": "#/definitions/name" }, "attempts": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/attempt" } }, "output": { "$ref": "#/definitions/multiline" }, "error": { "$ref": "#/definitions/multiline" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "resultPayload": { "properties": { "message": { "$ref": "#/definitions/multiline" } } } } }] } } };
const schema71 = { "type": "string", "maxLength": 200, "pattern": "^[^\u0000-\u001f]*$" };
const schema27 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-event.schema.json", "title": "FlowEventShape", "description": "An event that flows react to, as stored and passed between jobs (receivedAt and payload filled in). `id` is the caller-owned idempotency key.", "type": "object", "required": ["id", "type", "receivedAt", "payload"], "properties": { "id": { "type": "string", "minLength": 1, "description": "Idempotency key, e.g. patch:upstream.release:openai/codex:rust-v1.2.3." }, "type": { "type": "string", "minLength": 1, "description": "Matched against trigger.type." }, "source": { "type": "string", "description": "Product or subsystem that emitted it." }, "occurredAt": { "type": "string", "description": "ISO time of the domain event." }, "receivedAt": { "type": "string", "description": "ISO time the flow system accepted it." }, "payload": { "description": "Validated by each step's trigger schema.", "tsType": "unknown" } }, "definitions": { "FlowEventInput": { "title": "FlowEventInput", "description": "A FlowEvent as a caller or a step's `next` may write it: only id and type are required (receivedAt is filled with now, payload with {}).", "type": "object", "required": ["id", "type"], "properties": { "id": { "type": "string" }, "type": { "type": "string" }, "source": { "type": "string" }, "occurredAt": { "type": "string" }, "receivedAt": { "type": "string" }, "payload": { "tsType": "unknown" } } } } };
const schema73 = { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" };
const schema75 = { "type": "string", "maxLength": 64, "pattern": "^[^\u0000-\u001f]*$" };
const schema60 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-diagnostic.schema.json", "title": "FlowDiagnostic", "description": "A problem found in a flow package or schema: where it is and what to change.", "type": "object", "required": ["severity", "file", "message"], "properties": { "severity": { "type": "string", "enum": ["error", "warning"] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "message": { "type": "string" } } };
const pattern8 = new RegExp("^[^\u0000-\u001f]*$", "u");
const pattern9 = new RegExp("^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$", "u");
const pattern11 = new RegExp("^[A-Za-z0-9_.:/-]+$", "u");
const pattern22 = new RegExp("^[^\u0000]*$", "u");
const schema77 = { "allOf": [{ "$ref": "flow-run-view.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "eventId": { "$ref": "#/definitions/eventId" }, "flowName": { "$ref": "#/definitions/name" }, "stepName": { "$ref": "#/definitions/name" }, "attempts": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/attempt" } }, "output": { "$ref": "#/definitions/multiline" }, "error": { "$ref": "#/definitions/multiline" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "resultPayload": { "properties": { "message": { "$ref": "#/definitions/multiline" } } } } }] };
const schema91 = { "type": "string", "maxLength": 65536, "pattern": "^[^\u0000]*$" };
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
    if (!(validate12(data, { instancePath, parentData, parentDataProperty, rootData }))) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
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
                                const err53 = { instancePath: instancePath + "/problems/" + i3 + "/severity", schemaPath: "flow-diagnostic.schema.json/properties/severity/enum", keyword: "enum", params: { allowedValues: schema60.properties.severity.enum }, message: "must be equal to one of the allowed values" };
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

// EXTERNAL MODULE: ./.build/github/repository.js
var repository = __webpack_require__(68890);
// EXTERNAL MODULE: ./.build/report/checks-commit.js + 1 modules
var checks_commit = __webpack_require__(29050);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
;// CONCATENATED MODULE: ./.build/report/handover-validate.js
// A handover file comes from the pull request's own job: whoever opened the pull request
// controls what it says. Its shape, sizes and counts are the contract in
// schemas/handover.schema.json (checked by the compiled validator); this file adds what a
// schema cannot say: the repository and commit must be the ones the trusted workflow_run event
// names, run ids are distinct, serialized sizes are bounded, derived fields (effectiveStatus,
// needsAttention) are recomputed and unknown keys are dropped.







const HANDOVER_VERSION = 1;
const handoverSchema = schemas/* contractSchemas */.v["handover.schema.json"];
const limits = handoverSchema.definitions;
/** The limits a handover is held to: those of schemas/handover.schema.json, plus serialized sizes. */
const HANDOVER_LIMITS = {
    runs: handoverSchema.properties.runs.maxItems,
    pullRequests: handoverSchema.properties.prNumbers.maxItems,
    problems: handoverSchema.properties.problems.maxItems,
    attempts: limits.run.allOf[1].properties.attempts.maxItems,
    /** flow, step and file names, ids of runs and attempts */
    name: limits.name.maxLength,
    eventId: limits.eventId.maxLength,
    /** output tail, error */
    text: limits.multiline.maxLength,
    /** FLOW_RESULT serialized (no schema keyword bounds a serialized size) */
    result: 256 * 1024,
    /** event payload serialized */
    payload: 64 * 1024,
    time: limits.time.maxLength,
};
class HandoverError extends user_error/* UserError */.y {
    field;
    name = "HandoverError";
    constructor(message, field) {
        super(message);
        this.field = field;
    }
}
/** The handover, checked; throws HandoverError naming the first field that is wrong. */
function parseHandover(value, expected) {
    if (!validateHandover(value)) {
        const { field, reason } = (0,contract_errors/* firstViolation */.sB)(validateHandover.errors, value);
        if (field.startsWith("prNumbers"))
            fail("prNumbers", "must hold distinct positive whole numbers");
        if (field === "headSha")
            fail("headSha", "must be a 40- or 64-character hex commit SHA");
        fail(field || "the file", reason.slice((field || "the value").length + 1));
    }
    const root = value;
    if (!(0,repository/* sameRepository */.RB)(root.repository, expected.repository)) {
        fail("repository", `is ${(0,contract_errors/* describeGot */.uv)(root.repository)}, but this workflow runs in ${expected.repository}; a handover is only published to its own repository`);
    }
    const headSha = root.headSha.toLowerCase();
    if (!(0,checks_commit.validSha)(headSha))
        fail("headSha", "must be a 40- or 64-character hex commit SHA");
    if (headSha !== expected.headSha.toLowerCase()) {
        fail("headSha", `is ${headSha}, but the workflow run that uploaded it was for ${expected.headSha}`);
    }
    const event = flowEvent(root.event);
    if (expected.eventKind && (0,checks_commit.eventKind)(event) !== expected.eventKind) {
        fail("event.type", `is ${(0,contract_errors/* describeGot */.uv)(event.type)}, but the uploading workflow ran for a ${expected.eventKind} event`);
    }
    const runs = root.runs.map((run, i) => runView(run, `runs[${i}]`));
    const ids = new Set();
    // One run per step and event: a repeat would share the first one's check run and be lost.
    const steps = new Map();
    for (const [i, run] of runs.entries()) {
        if (ids.has(run.id))
            fail(`runs[${i}].id`, `repeats ${(0,contract_errors/* describeGot */.uv)(run.id)}`);
        ids.add(run.id);
        const step = JSON.stringify([run.eventId, run.flowName, run.stepName]);
        const first = steps.get(step);
        if (first !== undefined) {
            fail(`runs[${i}]`, `repeats step ${(0,contract_errors/* describeGot */.uv)(`${run.flowName}/${run.stepName}`)} of event ${(0,contract_errors/* describeGot */.uv)(run.eventId)} (runs[${first}]); a step runs once per event`);
        }
        steps.set(step, i);
    }
    const handover = { version: HANDOVER_VERSION, repository: root.repository, event, headSha, prNumbers: root.prNumbers, runs };
    if (root.problems !== undefined)
        handover.problems = root.problems.map(problem);
    return handover;
}
function flowEvent(raw) {
    if (JSON.stringify(raw.payload).length > HANDOVER_LIMITS.payload)
        fail("event.payload", `is over ${HANDOVER_LIMITS.payload} bytes`);
    const event = { id: raw.id, type: raw.type, receivedAt: raw.receivedAt, payload: raw.payload };
    if (raw.source !== undefined)
        event.source = raw.source;
    if (raw.occurredAt !== undefined)
        event.occurredAt = raw.occurredAt;
    return event;
}
const RUN_KEYS = ["output", "error", "startedAt", "completedAt", "timedOut", "replay", "alreadyHandled"];
const ATTEMPT_KEYS = ["resultStatus", "startedAt", "completedAt", "error", "timedOut", "replay"];
function runView(raw, at) {
    const { processStatus, resultStatus } = raw;
    const effectiveStatus = (0,contracts/* effectiveStatusOf */.Z2)({ processStatus, ...(resultStatus ? { resultStatus } : {}) });
    const view = {
        id: raw.id,
        eventId: raw.eventId,
        flowName: raw.flowName,
        flowVersion: raw.flowVersion,
        stepName: raw.stepName,
        runner: raw.runner,
        processStatus,
        effectiveStatus,
        needsAttention: (0,contracts/* needsAttentionFor */.XM)(effectiveStatus),
        attempts: raw.attempts.map(attempt),
        createdAt: raw.createdAt,
        updatedAt: raw.updatedAt,
    };
    if (resultStatus)
        view.resultStatus = resultStatus;
    for (const key of RUN_KEYS)
        if (raw[key] !== undefined)
            Object.assign(view, { [key]: raw[key] });
    if (raw.durationMs !== undefined)
        view.durationMs = Math.max(0, raw.durationMs);
    if (raw.resultPayload !== undefined)
        view.resultPayload = flowResult(raw.resultPayload, `${at}.resultPayload`);
    return view;
}
function attempt(raw) {
    const item = { id: raw.id, number: raw.number, status: raw.status };
    for (const key of ATTEMPT_KEYS)
        if (raw[key] !== undefined)
            Object.assign(item, { [key]: raw[key] });
    return item;
}
// The result is shown (escaped) in check runs; its annotations are checked one by one later.
function flowResult(raw, at) {
    if (JSON.stringify(raw).length > HANDOVER_LIMITS.result)
        fail(at, `is over ${HANDOVER_LIMITS.result} bytes`);
    return raw;
}
function problem(raw) {
    const item = { severity: raw.severity, file: raw.file, message: raw.message };
    if (raw.line !== undefined)
        item.line = raw.line;
    if (raw.column !== undefined)
        item.column = raw.column;
    return item;
}
function fail(field, problem) {
    throw new HandoverError(`The flows-report handover was refused: ${field} ${problem}. It was written by the pull request's own job, which is untrusted, so nothing was published.`, field);
}

// EXTERNAL MODULE: ./.build/zip-entry.js
var zip_entry = __webpack_require__(7444);
// EXTERNAL MODULE: ./.build/report/markdown.js
var markdown = __webpack_require__(54348);
// EXTERNAL MODULE: ./.build/report/summary.js + 1 modules
var summary = __webpack_require__(55084);
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
    // Redacted before it is checked: the file leaves the job as an artifact anyone can download.
    const trimmed = redact/* redactor */.$p.redactValue({
        ...data,
        event: { ...data.event, payload: JSON.stringify(payload).length > HANDOVER_LIMITS.payload ? {} : payload },
        prNumbers: data.prNumbers.slice(0, HANDOVER_LIMITS.pullRequests),
        runs: data.runs.slice(0, HANDOVER_LIMITS.runs).map((run) => ({
            ...run,
            attempts: run.attempts.slice(-HANDOVER_LIMITS.attempts),
            ...(run.output ? { output: tail(run.output, WRITE_OUTPUT_BYTES) } : {}),
            ...(run.error ? { error: (0,markdown/* cutToBytes */.zP)(run.error, WRITE_OUTPUT_BYTES, (n) => `… ${n} more bytes cut`) } : {}),
            ...(run.resultPayload && JSON.stringify(run.resultPayload).length > HANDOVER_LIMITS.result
                ? { resultPayload: { status: run.resultPayload.status, message: `${redact/* redactor */.$p.redact(String(run.resultPayload.message ?? "")).slice(0, 4096)} (FLOW_RESULT cut: too large to hand over)` } }
                : {}),
        })),
        ...(data.problems ? { problems: data.problems.slice(0, HANDOVER_LIMITS.problems) } : {}),
    });
    parseHandover(trimmed, { repository: data.repository, headSha: data.headSha });
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, HANDOVER_FILE);
    await (0,promises_.writeFile)(file, `${JSON.stringify(trimmed)}\n`);
    return file;
}
/** Uploads the handover file as the artifact `flows-report` of this workflow run. */
async function uploadHandover(options) {
    const client = options.artifactClient ?? new (await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(955), __webpack_require__.e(251), __webpack_require__.e(942), __webpack_require__.e(351), __webpack_require__.e(838), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 40111))).DefaultArtifactClient();
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
    const artifact = await (0,artifacts/* findRunArtifact */.h8)(client, { repository: options.repository, runId: options.runId, name });
    if (!artifact)
        return undefined;
    if (artifact.expired)
        throw new HandoverError(`The ${name} artifact of run ${options.runId} has expired; re-run that workflow to publish its results.`);
    if (artifact.sizeInBytes > MAX_HANDOVER_ZIP_BYTES) {
        throw new HandoverError(`The ${name} artifact is ${artifact.sizeInBytes} bytes; at most ${MAX_HANDOVER_ZIP_BYTES} are downloaded.`);
    }
    const zip = await (0,artifacts/* downloadArtifactZip */.EU)(client, { repository: options.repository, artifactId: artifact.id });
    if (zip.byteLength > MAX_HANDOVER_ZIP_BYTES)
        throw new HandoverError(`The ${name} archive is over ${MAX_HANDOVER_ZIP_BYTES} bytes.`);
    let bytes;
    try {
        bytes = (0,zip_entry/* findZipEntry */.j2)(zip, HANDOVER_FILE, { maxBytes: MAX_HANDOVER_FILE_BYTES });
    }
    catch (error) {
        if (error instanceof zip_entry/* ZipReadError */.qV)
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
/**
 * A handover is published within a fixed request budget, whoever opened the pull request and
 * however many runs it carries (docs/pull-requests.md): with more runs than this, one check run
 * for the event stands for all of them instead of one per step.
 */
const HANDOVER_PER_STEP_RUNS = 3;
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
        checks: options.checks === "per-step" && handover.runs.length > HANDOVER_PER_STEP_RUNS ? "per-event" : options.checks,
        comment: options.comment,
        io,
        pullRequests,
        note: UNTRUSTED_NOTE,
        ...pick(options, ["runUrl", "summaryUrl", "commentKey", "botLogin"]),
        // One request of annotations: the first 50; the check's summary says how many were cut.
        maxAnnotations: checks_annotations/* ANNOTATIONS_PER_REQUEST */.jg,
    });
    return { ...(await reporter.finish(outcome)), published: true, handover };
}
// The file names pull requests; only those whose head really is this commit (per the API)
// get the comment, so a handover cannot post on somebody else's pull request.
async function verifiedPullRequests(options, handover) {
    const verified = [];
    for (const number of handover.prNumbers) {
        try {
            const pull = await (0,pulls.pullRequest)(options.client, { repository: options.repository, number });
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
/** The end of a text; redacted whole first, so the cut cannot leave the end of a secret. */
function tail(raw, maxBytes) {
    const text = redact/* redactor */.$p.redact(raw);
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


/***/ }),

/***/ 7444:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   j2: () => (/* binding */ findZipEntry),
/* harmony export */   qV: () => (/* binding */ ZipReadError)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_ENTRIES */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);
// The one zip reader: it takes one named file out of an archive held in memory (a state
// artifact, the fork handover), and refuses what a damaged or hostile archive could use:
// - sizes: the entry's declared size must be within the caller's limit, and inflating stops at
//   that limit (a zip bomb stops there too); the inflated size and CRC must match the header;
// - a compression ratio deflate cannot produce (over 1,032:1), a sign of forged headers;
// - more entries than `maxEntries` (a central directory of millions of entries);
// - encryption, zip64 and methods other than stored and deflated;
// - entry names that are absolute or climb with `..`: never matched. Nothing is written to
//   disk, so no name can escape a folder anyway.
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (sections 4.3.7-4.3.16)


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;
/** Deflate's best case is about 1,032:1; a header claiming more was not written by deflate. */
const MAX_DEFLATE_RATIO = 1100;
const DEFAULT_MAX_ENTRIES = 10_000;
/** The archive cannot be read; the message says why, for "… is not a usable archive: …". */
class ZipReadError extends _user_error_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .y {
    name = "ZipReadError";
}
/** The bytes of the file called `name`, or undefined when the archive has none. */
function findZipEntry(archive, name, limits) {
    const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    const entry = centralDirectory(bytes, limits.maxEntries ?? DEFAULT_MAX_ENTRIES).find((candidate) => candidate.name === name && safeName(candidate.name));
    return entry ? entryData(bytes, entry, limits.maxBytes) : undefined;
}
/** findZipEntry, for callers to whom a missing file is an error. */
function readZipEntry(archive, name, limits) {
    const content = findZipEntry(archive, name, limits);
    if (!content)
        throw new ZipReadError(`the archive has no file named ${name}`);
    return content;
}
function safeName(name) {
    return !name.startsWith("/") && !/^[A-Za-z]:/.test(name) && !name.split(/[/\\]/).includes("..") && !name.includes("\u0000");
}
function entryData(bytes, entry, maxBytes) {
    const { name } = entry;
    if (entry.flags & 0x1)
        throw new ZipReadError(`${name} is encrypted`);
    if (entry.size > maxBytes)
        throw new ZipReadError(`${name} is ${entry.size} bytes unpacked; at most ${maxBytes} are accepted`);
    if (entry.method === DEFLATED && entry.size > Math.max(entry.compressedSize, 1) * MAX_DEFLATE_RATIO) {
        throw new ZipReadError(`${name} claims a compression ratio deflate cannot reach (${entry.size} bytes from ${entry.compressedSize}); the archive is damaged or forged`);
    }
    need(bytes, entry.offset, 30);
    if (bytes.readUInt32LE(entry.offset) !== LOCAL_FILE_HEADER)
        throw new ZipReadError(`${name}'s local header is damaged (truncated archive?)`);
    const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
    need(bytes, start, entry.compressedSize);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const content = inflate(data, entry, maxBytes);
    if (content.length !== entry.size)
        throw new ZipReadError(`${name}: expected ${entry.size} bytes, got ${content.length}`);
    if (typeof node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32 === "function" && node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32(content) >>> 0 !== entry.crc) {
        throw new ZipReadError(`${name}: CRC mismatch (damaged archive)`);
    }
    return content;
}
function inflate(data, entry, maxBytes) {
    if (entry.method === STORED)
        return data;
    if (entry.method !== DEFLATED) {
        throw new ZipReadError(`${entry.name} is packed with method ${entry.method}; only stored and deflated entries are read`);
    }
    try {
        return node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync(data, { maxOutputLength: Math.max(maxBytes, 1) });
    }
    catch (error) {
        throw new ZipReadError(`${entry.name} does not inflate within ${maxBytes} bytes: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function centralDirectory(bytes, maxEntries) {
    const end = findEndOfCentralDirectory(bytes);
    const count = bytes.readUInt16LE(end + 10);
    if (count > maxEntries)
        throw new ZipReadError(`the archive lists ${count} files; at most ${maxEntries} are accepted`);
    let at = bytes.readUInt32LE(end + 16);
    const entries = [];
    for (let index = 0; index < count; index++) {
        need(bytes, at, 46);
        if (bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY)
            throw new ZipReadError("the zip's central directory is damaged");
        const nameLength = bytes.readUInt16LE(at + 28);
        need(bytes, at + 46, nameLength);
        const entry = {
            flags: bytes.readUInt16LE(at + 8),
            method: bytes.readUInt16LE(at + 10),
            crc: bytes.readUInt32LE(at + 16),
            compressedSize: bytes.readUInt32LE(at + 20),
            size: bytes.readUInt32LE(at + 24),
            offset: bytes.readUInt32LE(at + 42),
            name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
        };
        if ([entry.compressedSize, entry.size, entry.offset].includes(0xffffffff)) {
            throw new ZipReadError(`${entry.name} uses zip64, which is not accepted here`);
        }
        entries.push(entry);
        at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    }
    return entries;
}
function findEndOfCentralDirectory(bytes) {
    // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
    const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
    for (let at = bytes.length - 22; at >= lowest; at--) {
        if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    throw new ZipReadError("not a zip archive (no end of central directory record)");
}
function need(bytes, offset, length) {
    if (offset < 0 || offset + length > bytes.length)
        throw new ZipReadError("the zip archive is truncated");
}


/***/ })

};
