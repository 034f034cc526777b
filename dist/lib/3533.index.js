export const id = 3533;
export const ids = [3533];
export const modules = {

/***/ 75587:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* reexport safe */ _shared_js__WEBPACK_IMPORTED_MODULE_0__.Ed)
/* harmony export */ });
/* harmony import */ var _shared_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38713);



/***/ }),

/***/ 55075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defaultArtifactUploader: () => (/* binding */ defaultArtifactUploader),
/* harmony export */   downloadArtifactZip: () => (/* binding */ downloadArtifactZip),
/* harmony export */   downloadRepositoryArtifact: () => (/* binding */ downloadRepositoryArtifact),
/* harmony export */   findRunArtifact: () => (/* binding */ findRunArtifact),
/* harmony export */   listRepositoryArtifacts: () => (/* binding */ listRepositoryArtifacts),
/* harmony export */   runArtifactFinder: () => (/* binding */ runArtifactFinder)
/* harmony export */ });
/* harmony import */ var _bounded_body_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90282);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(89758);
/* harmony import */ var _repository_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68890);



let sharedUploader;
function defaultArtifactUploader() {
    sharedUploader ??= Promise.all(/* import() */[__webpack_require__.e(6752), __webpack_require__.e(3251), __webpack_require__.e(4942), __webpack_require__.e(1351), __webpack_require__.e(3838), __webpack_require__.e(111)]).then(__webpack_require__.bind(__webpack_require__, 40111)).then(({ DefaultArtifactClient }) => new DefaultArtifactClient());
    return sharedUploader;
}
async function findRunArtifact(client, options) {
    const artifacts = await client.paginate(client.rest.actions.listWorkflowRunArtifacts, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository),
        run_id: options.runId,
        name: options.name,
        per_page: 100,
    });
    const found = newestNamed(artifacts, options.name);
    return found ? artifactRecord(found) : undefined;
}
const RUN_ARTIFACTS_PAGE = 100;
function runArtifactFinder(client, options) {
    let listing;
    const list = async () => {
        const { data } = await client.rest.actions.listWorkflowRunArtifacts({ ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository), run_id: options.runId, per_page: RUN_ARTIFACTS_PAGE });
        return data.total_count > data.artifacts.length ? undefined : data.artifacts.map(artifactRecord);
    };
    return async (name) => {
        listing ??= list();
        const artifacts = await listing.catch((error) => {
            listing = undefined;
            throw error;
        });
        if (!artifacts)
            return findRunArtifact(client, { ...options, name });
        return newestNamed(artifacts, name);
    };
}
function newestNamed(artifacts, name) {
    return artifacts.filter((artifact) => artifact.name === name).sort((a, b) => b.id - a.id)[0];
}
function artifactRecord(found) {
    return {
        id: found.id,
        name: found.name,
        sizeInBytes: found.size_in_bytes,
        expired: found.expired,
        ...(found.created_at ? { createdAt: found.created_at } : {}),
    };
}
async function downloadArtifactZip(client, options) {
    const response = await client.rest.actions.downloadArtifact({
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository),
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
async function* listRepositoryArtifacts(client, options) {
    const pages = client.paginate.iterator(client.rest.actions.listArtifactsForRepo, {
        ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository),
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
async function downloadRepositoryArtifact(client, options) {
    const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
    let location;
    try {
        const response = await client.rest.actions.downloadArtifact({
            ...(0,_repository_js__WEBPACK_IMPORTED_MODULE_2__/* .repositoryRef */ .Wb)(options.repository),
            artifact_id: options.artifactId,
            archive_format: "zip",
            request: { redirect: "manual", ...(options.signal ? { signal: options.signal } : {}) },
        });
        location = response.headers.location;
        const data = response.data;
        if (!location && data instanceof ArrayBuffer)
            return data.byteLength > maxBytes ? "too-large" : new Uint8Array(data);
    }
    catch (error) {
        const status = error.status;
        if (status === 410 || status === 404)
            return "gone";
        throw error;
    }
    if (!location)
        throw new Error("no redirect URL");
    const ms = (0,_client_js__WEBPACK_IMPORTED_MODULE_1__.clientSettings)(client).requestTimeoutMs;
    const limit = AbortSignal.timeout(ms);
    try {
        const signal = options.signal ? AbortSignal.any([options.signal, limit]) : limit;
        const response = await (options.fetchStorage ?? fetch)(location, { signal });
        if (!response.ok) {
            throw Object.assign(new Error(`blob storage answered ${response.status}`), { status: response.status });
        }
        return await (0,_bounded_body_js__WEBPACK_IMPORTED_MODULE_0__/* .readBounded */ .CB)(response, maxBytes);
    }
    catch (error) {
        if (!limit.aborted)
            throw error;
        throw new Error(`blob storage did not answer within ${ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`}`, { cause: error });
    }
}


/***/ }),

/***/ 43533:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HANDOVER_ARTIFACT: () => (/* binding */ HANDOVER_ARTIFACT),
  HANDOVER_FILE: () => (/* reexport */ HANDOVER_FILE),
  HANDOVER_MODES: () => (/* reexport */ modes/* HANDOVER_MODES */.Ln),
  HANDOVER_PER_STEP_RUNS: () => (/* binding */ HANDOVER_PER_STEP_RUNS),
  HANDOVER_RETENTION_DAYS: () => (/* binding */ HANDOVER_RETENTION_DAYS),
  HANDOVER_VERSION: () => (/* reexport */ HANDOVER_VERSION),
  HandoverError: () => (/* reexport */ HandoverError),
  MAX_HANDOVER_FILE_BYTES: () => (/* reexport */ MAX_HANDOVER_FILE_BYTES),
  MAX_HANDOVER_ZIP_BYTES: () => (/* binding */ MAX_HANDOVER_ZIP_BYTES),
  UNTRUSTED_NOTE: () => (/* binding */ UNTRUSTED_NOTE),
  downloadHandover: () => (/* binding */ downloadHandover),
  handoverAction: () => (/* reexport */ modes/* handoverAction */.qe),
  handoverFromOutcome: () => (/* binding */ handoverFromOutcome),
  parseHandover: () => (/* reexport */ parseHandover),
  publishHandover: () => (/* binding */ publishHandover),
  triggeringRun: () => (/* binding */ triggeringRun),
  uploadHandover: () => (/* binding */ uploadHandover),
  writeHandover: () => (/* reexport */ writeHandover)
});

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
// EXTERNAL MODULE: ./.build/report/github-reporter.js + 12 modules
var github_reporter = __webpack_require__(20247);
// EXTERNAL MODULE: ./.build/report/checks-annotations.js
var checks_annotations = __webpack_require__(99527);
// EXTERNAL MODULE: ./.build/contract-errors.js
var contract_errors = __webpack_require__(20624);
// EXTERNAL MODULE: ./.build/contracts.js
var contracts = __webpack_require__(40801);
// EXTERNAL MODULE: ./.build/generated/flow-schema.js
var flow_schema = __webpack_require__(94044);
// EXTERNAL MODULE: ./.build/generated/flow-event-schema.js
var flow_event_schema = __webpack_require__(83963);
;// CONCATENATED MODULE: ./.build/generated/schemas.js


const contractSchemas = {
    "backend-dispatch-result.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-dispatch-result.schema.json", "title": "BackendDispatchAnswer", "description": "What an HTTP flow backend answers to POST /events (after unwrapping {result: ...} / {data: ...}). `status` is the answer and required. Read leniently: a missing eventId, runIds, matched or event is taken from the event sent and the runs returned, and an eventId, matched or idempotent of another type is ignored. `event` is checked as a FlowEvent and each run as a BackendRun when the answer is read.", "type": "object", "required": ["status"], "properties": { "status": { "type": "string", "enum": ["accepted", "duplicate"] }, "eventId": { "description": "Used when a non-empty string; else the event's id.", "tsType": "unknown" }, "runIds": { "description": "At most 1,000 runs for one event: more is not a dispatch the action can wait for or report.", "type": ["array", "null"], "maxItems": 1000, "items": { "type": "string", "minLength": 1 } }, "matched": { "description": "Used when a whole number; else the number of run ids.", "tsType": "unknown" }, "idempotent": { "description": "Used when true or false; a duplicate is idempotent otherwise.", "tsType": "unknown" }, "event": { "description": "A FlowEvent (flow-event.schema.json), or the event sent when missing.", "tsType": "unknown" }, "runs": { "description": "A list of BackendRun (backend-run.schema.json) in any wrapper the run list reader takes.", "tsType": "unknown" } } },
    "backend-error.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-error.schema.json", "title": "BackendErrorAnswer", "description": "The explanation an HTTP flow backend gives with an answer that is not 2xx: {\"error\": \"...\"}, {\"error\": {\"message\": \"...\"}} or {\"message\": \"...\"}, in that order of precedence. Any other body (plain text, an HTML page, other JSON) is quoted as text. Quoted redacted, on one line, cut to 300 characters.", "type": "object", "anyOf": [{ "required": ["error"], "properties": { "error": { "type": "string" } } }, { "required": ["error"], "properties": { "error": { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } } } }, { "required": ["message"], "properties": { "message": { "type": "string" } } }] },
    "backend-run.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/backend-run.schema.json", "title": "BackendRun", "description": "A run as an HTTP flow backend answers it (after unwrapping {run: ...} / {data: ...}). Read leniently: runId for id, flow/step for flowName/stepName, status for processStatus (or a FlowResult status for a finished process), result for resultPayload, version for flowVersion (which may be left out), times as ISO strings or epoch milliseconds, errors as strings or {message}. effectiveStatus and needsAttention are always derived again. The older runtime's backend (codex-workspace-backend-local) sends no version, its FlowResult inside resultJson (the text {\"flow\",\"step\",\"result\"} its runner printed) and the runner's stdout and stderr.", "type": "object", "required": ["eventId"], "allOf": [{ "anyOf": [{ "required": ["id"], "properties": { "id": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["runId"], "properties": { "runId": { "$ref": "#/definitions/nonEmpty" } } }] }, { "anyOf": [{ "required": ["processStatus"] }, { "required": ["status"] }] }, { "anyOf": [{ "required": ["flowName"], "properties": { "flowName": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["flow"], "properties": { "flow": { "$ref": "#/definitions/nonEmpty" } } }] }, { "anyOf": [{ "required": ["stepName"], "properties": { "stepName": { "$ref": "#/definitions/nonEmpty" } } }, { "required": ["step"], "properties": { "step": { "$ref": "#/definitions/nonEmpty" } } }] }], "properties": { "id": { "type": "string" }, "runId": { "type": "string" }, "eventId": { "$ref": "#/definitions/nonEmpty" }, "flowName": { "type": "string" }, "flow": { "type": "string" }, "stepName": { "type": "string" }, "step": { "type": "string" }, "flowVersion": { "$ref": "#/definitions/version" }, "version": { "$ref": "#/definitions/version" }, "runner": { "anyOf": [{ "type": "null" }, { "$ref": "flow-run-view.schema.json#/definitions/FlowRunner" }] }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "status": { "$ref": "#/definitions/anyStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "effectiveStatus": { "anyOf": [{ "type": "null" }, { "$ref": "#/definitions/anyStatus" }] }, "needsAttention": { "type": "boolean" }, "resultPayload": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json" }] }, "result": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json" }] }, "resultJson": { "anyOf": [{ "type": "null" }, { "type": "string" }], "description": "The older runtime's backend: JSON text, {\"flow\", \"step\", \"result\": FlowResult} or a FlowResult." }, "attempts": { "anyOf": [{ "type": "null" }, { "type": "array", "items": { "$ref": "#/definitions/attempt" } }] }, "output": { "$ref": "#/definitions/text" }, "error": { "$ref": "#/definitions/text" }, "stdout": { "$ref": "#/definitions/text" }, "stderr": { "$ref": "#/definitions/text" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "durationMs": { "description": "Used when a number of milliseconds a Date can span (0 to 8.64e15); else worked out from startedAt and completedAt.", "tsType": "unknown" }, "timedOut": { "description": "The run is marked timed out only when this is true.", "tsType": "unknown" }, "replay": { "description": "The run is marked a replay only when this is true; when it is missing, the older runtime's backend (backend \"workspace-local\") marks a replay's runs by the `_replay` suffix of their ids.", "tsType": "unknown" }, "alreadyHandled": { "description": "The run is marked as handled by an earlier delivery only when this is true.", "tsType": "unknown" }, "backend": { "description": "\"workspace-local\" for the older runtime's backend; any other value is not read.", "tsType": "unknown" } }, "definitions": { "nonEmpty": { "type": "string", "minLength": 1 }, "version": { "anyOf": [{ "type": "number" }, { "type": "string", "pattern": "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$" }] }, "anyStatus": { "anyOf": [{ "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "time": { "anyOf": [{ "type": "null" }, { "type": "number" }, { "type": "string" }] }, "text": { "anyOf": [{ "type": "null" }, { "type": "string" }, { "type": "object", "required": ["message"], "properties": { "message": { "type": "string" } } }] }, "attempt": { "type": "object", "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "processStatus": { "$ref": "flow-run-view.schema.json#/definitions/ProcessStatus" }, "resultStatus": { "anyOf": [{ "type": "null" }, { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }] }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/text" }, "timedOut": { "description": "The attempt is marked timed out only when this is true.", "tsType": "unknown" }, "replay": { "description": "The attempt is marked a replay only when this is true.", "tsType": "unknown" } }, "anyOf": [{ "required": ["status"] }, { "required": ["processStatus"] }] } } },
    "cli-error.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/cli-error.schema.json", "title": "CliError", "description": "What `flows <command> --json` prints on standard output when the command stops before it has a result (a wrong command line, an unreadable or invalid event file, an id the store does not hold, a missing token), or when what it recorded could not be saved. The message is also on standard error.", "type": "object", "required": ["error"], "additionalProperties": false, "properties": { "error": { "type": "object", "required": ["kind", "message", "exitCode"], "additionalProperties": false, "properties": { "kind": { "description": "usage: the command line is wrong (exit 2); failed: a problem stopped the command (exit 1); bug: an error in flows-action itself (exit 1, its stack on standard error).", "type": "string", "enum": ["usage", "failed", "bug"] }, "message": { "description": "What went wrong and what to change, as standard error says it.", "type": "string" }, "exitCode": { "description": "The exit code the command ends with.", "type": "integer", "minimum": 1 }, "command": { "description": "The command that was run, when one was recognised.", "type": "string" }, "file": { "description": "The file the problem is in, when there is one.", "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "hint": { "description": "What to change, when the message alone does not say it.", "type": "string" }, "problems": { "description": "Problems in flow packages that go with the error (flows run naming a step that could not be loaded).", "type": "array", "items": { "$ref": "flow-diagnostic.schema.json" } }, "result": { "tsType": "unknown", "description": "The document the command would have printed, when it ran but the state store could not save what it recorded: those steps ran, and would run again on a redelivery of their event." } } } } },
    "cli-help.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/cli-help.schema.json", "title": "CliHelp", "description": "What `flows help --json` (or `flows --help --json`) prints on standard output: every command, as `flows help` lists them; `flows help <command> --json` (or `flows <command> --help --json`): that command alone. The same table the text help is written from (src/cli/command-table.ts).", "type": "object", "required": ["commands", "globalOptions"], "additionalProperties": false, "properties": { "commands": { "type": "array", "items": { "$ref": "#/definitions/CliHelpCommand" } }, "globalOptions": { "description": "Options every command takes (and --version).", "type": "array", "items": { "$ref": "#/definitions/CliHelpOption" } } }, "definitions": { "CliHelpCommand": { "title": "CliHelpCommand", "type": "object", "required": ["name", "usage", "summary", "options", "examples"], "additionalProperties": false, "properties": { "name": { "type": "string" }, "args": { "description": "Its positional arguments, as usage shows them (`<flow> <step>`).", "type": "string" }, "usage": { "description": "`flows <name> [args] [options]`.", "type": "string" }, "summary": { "type": "string" }, "details": { "description": "More it says in its --help.", "type": "string" }, "options": { "description": "The options it takes besides the global ones, with its own wording where it differs.", "type": "array", "items": { "$ref": "#/definitions/CliHelpOption" } }, "examples": { "type": "array", "items": { "type": "string" } } } }, "CliHelpOption": { "title": "CliHelpOption", "type": "object", "required": ["name", "flag", "takesValue", "description"], "additionalProperties": false, "properties": { "name": { "description": "Its long name, without the dashes.", "type": "string" }, "flag": { "description": "As help shows it: `-h, --help`, `--event FILE`.", "type": "string" }, "short": { "description": "Its one-letter form, without the dash.", "type": "string" }, "value": { "description": "Its value's name in help, for an option that takes one.", "type": "string" }, "takesValue": { "description": "Whether it takes a value (`--limit 5`) or stands alone (`--dry-run`).", "type": "boolean" }, "repeatable": { "description": "Given more than once, each value counts (`--input a=1 --input b=2`).", "type": "boolean" }, "description": { "type": "string" } } } } },
    "cli-version.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/cli-version.schema.json", "title": "CliVersion", "description": "What `flows --version --json` prints on standard output: which flows-action this is, and the runtime the command runs on (Bun when one is found, else Node).", "type": "object", "required": ["name", "version", "runtime"], "additionalProperties": false, "properties": { "name": { "description": "The package the `flows` command comes from.", "type": "string", "const": "flows-action" }, "version": { "description": "Its version, from its package.json; null when that file could not be found.", "type": ["string", "null"] }, "runtime": { "description": "What runs the command (steps always run on Bun).", "type": "object", "required": ["name", "version"], "additionalProperties": false, "properties": { "name": { "type": "string", "enum": ["bun", "node"] }, "version": { "description": "The runtime's version, without a leading v (1.2.3, 22.11.0).", "type": "string" } } } } },
    "daemon-request.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/daemon-request.schema.json", "title": "DaemonRequest", "description": "One line a client sends to `flows daemon` over its socket: a command to run (`flows fire` or `flows run`, from the launcher), a signal for the command running, or a question for the daemon itself (`flows daemon status`, `flows daemon stop`).", "oneOf": [{ "type": "object", "required": ["kind", "argv", "cwd", "env", "umask", "stdout", "stderr"], "additionalProperties": false, "properties": { "kind": { "const": "run" }, "argv": { "description": "The command line after `flows`, whose first word is the command: fire or run (the launcher sends no other; the daemon refuses any other).", "type": "array", "minItems": 1, "maxItems": 10000, "items": { "type": "string", "maxLength": 1048576 } }, "cwd": { "description": "The client's current folder: the command runs there.", "type": "string", "minLength": 1, "maxLength": 65536 }, "env": { "description": "The client's environment: the command and its steps see it, not the daemon's.", "type": "object", "maxProperties": 100000, "additionalProperties": { "type": "string" } }, "umask": { "description": "The client's umask: files the command writes get its permissions.", "type": "integer", "minimum": 0, "maximum": 511 }, "stdout": { "description": "Whether the client's standard output is a terminal.", "type": "boolean" }, "stderr": { "description": "Whether the client's standard error is a terminal.", "type": "boolean" } } }, { "type": "object", "required": ["kind", "signal"], "additionalProperties": false, "properties": { "kind": { "const": "signal" }, "signal": { "description": "A signal the client received, for the command it asked for.", "type": "string", "enum": ["SIGINT", "SIGTERM", "SIGHUP"] } } }, { "type": "object", "required": ["kind"], "additionalProperties": false, "properties": { "kind": { "description": "status: what the daemon is and has done; stop: end it.", "type": "string", "enum": ["status", "stop"] } } }] },
    "event-record.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/event-record.schema.json", "title": "StoredEventRecord", "description": "Everything a state store keeps about one event, as read from storage (any format version up to the current one; older records may lack the bookkeeping fields).", "type": "object", "required": ["formatVersion", "event", "runs"], "properties": { "formatVersion": { "type": "integer", "minimum": 1 }, "event": { "$ref": "flow-event.schema.json" }, "runs": { "type": "array", "items": { "$ref": "flow-run-view.schema.json" } }, "firstDispatchedAt": { "type": "string" }, "updatedAt": { "type": "string" }, "dispatchCount": { "type": "integer", "minimum": 0 }, "dispatchKeys": { "description": "Keys of the latest dispatches counted in dispatchCount (each dispatch draws one), so that merging two writers' records adds the dispatches only one of them counted.", "type": "array", "items": { "type": "string" } } } },
    "flow-diagnostic.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-diagnostic.schema.json", "title": "FlowDiagnostic", "description": "A problem found in a flow package or schema: where it is and what to change.", "type": "object", "required": ["severity", "file", "message"], "properties": { "severity": { "type": "string", "enum": ["error", "warning"] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "column": { "type": "integer", "minimum": 1 }, "message": { "type": "string" } } },
    "flow-event.schema.json": flow_event_schema/* flowEventSchema */.s,
    "flow-result.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-result.schema.json", "title": "FlowResult", "description": "What a step reports on its FLOW_RESULT {json} line (or returns, in module style). Other keys are kept.", "type": "object", "required": ["status"], "additionalProperties": true, "properties": { "status": { "$ref": "#/definitions/FlowResultStatus" }, "message": { "type": "string" }, "artifacts": { "type": "object", "tsType": "Record<string, unknown>" }, "next": { "type": "array", "description": "Events to dispatch after this run (id and type required).", "items": { "$ref": "flow-event.schema.json#/definitions/FlowEventInput" } }, "annotations": { "type": "array", "items": { "$ref": "#/definitions/FlowAnnotation" } } }, "definitions": { "FlowResultStatus": { "title": "FlowResultStatus", "type": "string", "enum": ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"] }, "FlowAnnotation": { "title": "FlowAnnotation", "description": "A file/line note a step may return; shown as an annotation on checks. (Extension.)", "type": "object", "required": ["path", "message"], "additionalProperties": false, "properties": { "path": { "type": "string" }, "line": { "type": "number" }, "endLine": { "type": "number" }, "column": { "type": "number" }, "level": { "type": "string", "enum": ["notice", "warning", "failure"] }, "message": { "type": "string" }, "title": { "type": "string" } } } } },
    "flow-run-view.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/flow-run-view.schema.json", "title": "FlowRunView", "description": "One executed (or deliberately not executed) step of one flow for one event.", "type": "object", "required": ["id", "eventId", "flowName", "stepName", "runner", "processStatus", "effectiveStatus", "needsAttention", "attempts", "createdAt", "updatedAt"], "properties": { "id": { "type": "string" }, "eventId": { "type": "string" }, "flowName": { "type": "string" }, "flowVersion": { "type": "number", "description": "The flow.toml version. Always there for runs of this action; left out for a flow backend's run when the backend does not say it (the older runtime's backend does not)." }, "stepName": { "type": "string" }, "runner": { "$ref": "#/definitions/FlowRunner" }, "processStatus": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "effectiveStatus": { "$ref": "#/definitions/EffectiveStatus" }, "needsAttention": { "type": "boolean" }, "attempts": { "type": "array", "items": { "$ref": "#/definitions/FlowRunAttempt" } }, "output": { "type": "string", "description": "Bounded tail of the step's stdout and stderr." }, "resultPayload": { "$ref": "flow-result.schema.json" }, "wholeResult": { "type": "object", "description": "Set when resultPayload keeps only part of a longer FLOW_RESULT (a flow backend's over 512 KiB, src/backend/kept-result.ts): the whole result's JSON as the reports lay it out (indented when that is at most 1 MiB, compact otherwise) and its size so in UTF-8 bytes. The reports lay the part out the same way and count the rest as cut.", "required": ["bytes", "indented"], "additionalProperties": false, "properties": { "bytes": { "type": "number", "minimum": 0 }, "indented": { "type": "boolean" } } }, "error": { "type": "string" }, "createdAt": { "type": "string" }, "updatedAt": { "type": "string" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "durationMs": { "type": "number" }, "timedOut": { "type": "boolean" }, "replay": { "type": "boolean" }, "alreadyHandled": { "type": "boolean", "description": "Set when this dispatch did not run the step because a stored run covers it: one that succeeded or waits on a human, or one that another dispatch is running now (its status queued or running)." } }, "definitions": { "FlowRunner": { "title": "FlowRunner", "type": "string", "enum": ["bun", "code-mode"] }, "ProcessStatus": { "title": "ProcessStatus", "type": "string", "enum": ["queued", "running", "completed", "failed", "canceled", "interrupted"], "description": "interrupted: the dispatcher died while the attempt ran (found by the next delivery)." }, "EffectiveStatus": { "title": "EffectiveStatus", "description": "resultStatus when there is one, else processStatus.", "anyOf": [{ "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, { "$ref": "#/definitions/ProcessStatus" }] }, "FlowRunAttempt": { "title": "FlowRunAttempt", "type": "object", "required": ["id", "number", "status"], "properties": { "id": { "type": "string" }, "number": { "type": "number" }, "status": { "$ref": "#/definitions/ProcessStatus" }, "resultStatus": { "$ref": "flow-result.schema.json#/definitions/FlowResultStatus" }, "startedAt": { "type": "string" }, "completedAt": { "type": "string" }, "error": { "type": "string" }, "timedOut": { "type": "boolean", "description": "The attempt ran past the step's timeout_ms." }, "replay": { "type": "boolean", "description": "The attempt was started by an explicit replay." }, "key": { "type": "string", "description": "Unique per attempt: how a merge of two writers' copies tells attempts apart." }, "dispatcher": { "$ref": "#/definitions/FlowDispatcher" }, "edit": { "$ref": "#/definitions/ReplayEdit" }, "named": { "enum": ["untriggered", "any"], "description": "The attempt ran though the event did not match the step, because it was named to run: `flows run <flow> <step>` of a step with no trigger (untriggered) or with --ignore-trigger (any), or a replay of such a run. A replay runs the step so again. Absent: started because the event matched it (and in records written before this field)." } } }, "ReplayEdit": { "title": "ReplayEdit", "description": "The replay ran an edited copy of the stored event (the action's replay input with event overrides): what changed, and the payload it ran with.", "type": "object", "required": ["changed", "payload"], "properties": { "changed": { "type": "array", "items": { "type": "string" }, "description": "Changed fields: payload.<key> for payload keys, else the event field (occurredAt ...)." }, "payload": { "description": "The payload the attempt ran with." } } }, "FlowDispatcher": { "title": "FlowDispatcher", "description": "The process that ran an attempt: host, pid and process start; after `until` the attempt cannot still be running.", "type": "object", "required": ["host", "pid", "startedAt"], "properties": { "host": { "type": "string" }, "pid": { "type": "number" }, "startedAt": { "type": "string", "description": "The process's start (wall clock). A step of the clock moves it: on the same host and boot, startTicks names the process instead." }, "startTicks": { "type": "number", "description": "Linux: the process's start in clock ticks since boot (/proc/<pid>/stat), which no step of the wall clock moves. Compared only on the same host and boot (bootId); left out by older writers and where /proc is not there." }, "bootId": { "type": "string", "description": "Linux: the boot the process ran in (/proc/sys/kernel/random/boot_id), so that start ticks of another boot are never compared." }, "until": { "type": "string" } } } } },
    "flow.schema.json": flow_schema/* flowSchema */.q,
    "github-answers.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/github-answers.schema.json", "title": "GitHubAnswers", "description": "GitHub's answers as the release watcher reads them (src/github/releases.ts, src/github/release-lookups.ts): only the fields it uses are required, and other fields are allowed, as GitHub adds fields. An answer that fails its definition is not GitHub's (a proxy's page, a broken mirror): that repository's error for that poll. Each definition has a validator of its own (DEFINITION_VALIDATORS in scripts/build-schemas.mjs).", "anyOf": [{ "$ref": "#/definitions/GitHubRelease" }, { "$ref": "#/definitions/GitHubReleasePage" }, { "$ref": "#/definitions/GitHubRef" }, { "$ref": "#/definitions/GitHubRefList" }, { "$ref": "#/definitions/GitHubTagObject" }, { "$ref": "#/definitions/GitHubRepository" }], "definitions": { "GitHubTime": { "title": "GitHubTime", "description": "A time as GitHub writes it (ISO 8601, 2025-01-01T00:00:00Z): the watcher compares releases by it, so a text Date.parse cannot read is refused.", "type": "string", "maxLength": 64, "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](\\.[0-9]{1,9})?(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$" }, "GitHubSha": { "title": "GitHubSha", "description": "A full git object id, as GitHub gives commits and tag objects (SHA-1, or SHA-256): it becomes part of event ids and request paths.", "type": "string", "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$" }, "GitHubRelease": { "title": "GitHubRelease", "description": "A release (GET /repos/{owner}/{repo}/releases/{id}, /releases/tags/{tag}, and each item of the listing). Names, notes and tags of any length are cut or refused later, one release at a time (src/watch/); html_url holds the tag, so it is as long as the tag.", "type": "object", "required": ["id", "tag_name", "draft", "prerelease", "created_at", "html_url", "target_commitish"], "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "tag_name": { "type": "string" }, "name": { "type": ["string", "null"] }, "body": { "type": ["string", "null"] }, "draft": { "type": "boolean" }, "prerelease": { "type": "boolean" }, "published_at": { "anyOf": [{ "$ref": "#/definitions/GitHubTime" }, { "type": "null" }] }, "created_at": { "$ref": "#/definitions/GitHubTime" }, "html_url": { "type": "string" }, "target_commitish": { "type": "string", "maxLength": 1024, "description": "A branch (at most 255 bytes, as any ref) or a commit SHA." } } }, "GitHubReleasePage": { "title": "GitHubReleasePage", "description": "One page of GET /repos/{owner}/{repo}/releases: per_page is at most 100.", "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/GitHubRelease" } }, "GitHubRef": { "title": "GitHubRef", "description": "A git ref (GET /repos/{owner}/{repo}/git/ref/tags/{tag}, and each item of matching-refs): its name and the object it points at, a commit (lightweight tag) or a tag object (annotated). GitHub refuses refs over 255 bytes.", "type": "object", "required": ["ref", "object"], "properties": { "ref": { "type": "string", "maxLength": 1024 }, "object": { "type": "object", "required": ["sha"], "properties": { "sha": { "$ref": "#/definitions/GitHubSha" }, "type": { "type": "string", "maxLength": 64, "description": "commit, tag (an annotated tag's object), tree or blob; anything but tag is taken as a commit." } } } } }, "GitHubRefList": { "title": "GitHubRefList", "description": "GET /repos/{owner}/{repo}/git/matching-refs/tags/{prefix}: every matching ref in one list (not paged; read no further than TAG_REFS_MAX_BYTES).", "type": "array", "items": { "$ref": "#/definitions/GitHubRef" } }, "GitHubTagObject": { "title": "GitHubTagObject", "description": "An annotated tag's object (GET /repos/{owner}/{repo}/git/tags/{sha}): the watcher reads only the commit it points at.", "type": "object", "required": ["object"], "properties": { "object": { "type": "object", "required": ["sha"], "properties": { "sha": { "$ref": "#/definitions/GitHubSha" } } } } }, "GitHubRepository": { "title": "GitHubRepository", "description": "GET /repos/{owner}/{repo} as far as watching reads it: its id, when it was created and its page, for when a listing holds none of the releases seen before. created_at and html_url go into a message, so both are short.", "type": "object", "required": ["id", "created_at", "html_url"], "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "created_at": { "$ref": "#/definitions/GitHubTime" }, "html_url": { "type": "string", "maxLength": 1024 } } } } },
    "handled-runs.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handled-runs.schema.json", "title": "HandledRuns", "description": "The reusable workflow's plan job → report job (the handled-runs output and input): the run views of steps the plan gave no job because they were handled before. At most 64 KiB of text, checked before parsing.", "type": "array", "maxItems": 2000, "items": { "$ref": "flow-run-view.schema.json" } },
    "handled-steps.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handled-steps.schema.json", "title": "HandledSteps", "description": "The reusable workflow's plan job → report job (the handled-steps output and input): every step the plan counted as handled before (no run under the delivery's run cap), by run id, with its effective status then. Ids and status words only, so the runner never drops it as holding a secret, as it may drop handled-runs.", "type": "object", "maxProperties": 2000, "propertyNames": { "type": "string", "pattern": "^run_[0-9a-f]{12}$" }, "additionalProperties": { "$ref": "flow-run-view.schema.json#/definitions/EffectiveStatus" } },
    "handover.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/handover.schema.json", "title": "Handover", "description": "The fork handover: what a pull request's own (untrusted) job uploads for the trusted flows-report workflow to publish. Every field is bounded; names and ids are one clean line.", "type": "object", "required": ["version", "repository", "event", "headSha", "prNumbers", "runs"], "properties": { "version": { "const": 1 }, "repository": { "$ref": "#/definitions/name" }, "headSha": { "type": "string", "pattern": "^([0-9a-fA-F]{40}|[0-9a-fA-F]{64})$" }, "prNumbers": { "type": "array", "maxItems": 10, "uniqueItems": true, "items": { "type": "integer", "minimum": 1 } }, "event": { "allOf": [{ "$ref": "flow-event.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/eventId" }, "type": { "type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[A-Za-z0-9_.:/-]+$" }, "source": { "$ref": "#/definitions/name" }, "receivedAt": { "$ref": "#/definitions/time" }, "occurredAt": { "$ref": "#/definitions/time" }, "payload": { "type": "object", "tsType": "Record<string, unknown>" } } }] }, "runs": { "type": "array", "maxItems": 500, "items": { "$ref": "#/definitions/run" } }, "problems": { "type": "array", "maxItems": 500, "items": { "allOf": [{ "$ref": "flow-diagnostic.schema.json" }, { "properties": { "file": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "message": { "type": "string", "maxLength": 8192, "pattern": "^[^\u0000]*$" } } }] } } }, "definitions": { "name": { "type": "string", "maxLength": 200, "pattern": "^[^\u0000-\u001f]*$" }, "eventId": { "type": "string", "maxLength": 1024, "pattern": "^[^\u0000-\u001f]*$" }, "time": { "type": "string", "maxLength": 64, "pattern": "^[^\u0000-\u001f]*$" }, "multiline": { "type": "string", "maxLength": 65536, "pattern": "^[^\u0000]*$" }, "attempt": { "allOf": [{ "$ref": "flow-run-view.schema.json#/definitions/FlowRunAttempt" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "number": { "type": "integer", "minimum": 1 }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "error": { "$ref": "#/definitions/multiline" } } }] }, "run": { "allOf": [{ "$ref": "flow-run-view.schema.json" }, { "properties": { "id": { "$ref": "#/definitions/name" }, "eventId": { "$ref": "#/definitions/eventId" }, "flowName": { "$ref": "#/definitions/name" }, "stepName": { "$ref": "#/definitions/name" }, "attempts": { "type": "array", "maxItems": 50, "items": { "$ref": "#/definitions/attempt" } }, "output": { "$ref": "#/definitions/multiline" }, "error": { "$ref": "#/definitions/multiline" }, "createdAt": { "$ref": "#/definitions/time" }, "updatedAt": { "$ref": "#/definitions/time" }, "startedAt": { "$ref": "#/definitions/time" }, "completedAt": { "$ref": "#/definitions/time" }, "resultPayload": { "properties": { "message": { "$ref": "#/definitions/multiline" } } } } }] } } },
    "job-steps.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/job-steps.schema.json", "title": "JobSteps", "description": "The reusable workflow's plan job → report job (the job-steps output and input): for each run-step job, by its matrix index (strategy.job-index), the run ids of the steps the plan gave it. The report job uses from a job's runs file only the runs of those steps. Ids only, so the runner never drops it as holding a secret.", "type": "array", "maxItems": 256, "items": { "type": "array", "items": { "type": "string", "pattern": "^run_[0-9a-f]{12}$" } } },
    "runs-file.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/runs-file.schema.json", "title": "RunsFile", "description": "What a run-step job of the reusable workflow hands to the report job: its runs and the events they chained to.", "type": "object", "required": ["version", "event", "runs", "children"], "properties": { "version": { "const": 1 }, "event": { "$ref": "flow-event.schema.json" }, "requestedBy": { "type": "string", "description": "A child event only: the id of the run, in the event just above, whose FlowResult.next asked for it. The report job uses a child event only when that run is one it kept from the same file; an older flows-action wrote none, and such child events are refused." }, "runs": { "type": "array", "items": { "$ref": "flow-run-view.schema.json" } }, "children": { "type": "array", "items": { "$ref": "#" } } } },
    "state-index-shard.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/state-index-shard.schema.json", "title": "StateIndexShard", "description": "One shard of the state branch's index (index/<2 hex>.json, src/state/branch-index.ts): what `flows runs` and `flows show` need of each record under events/<2 hex>/, keyed by the record's hash. Stored input anyone with push access can edit: a shard that fails this check covers nothing (its records are read whole), and an entry that fails StateIndexEntry, or whose key is not a record hash, is left out alone (its record is read whole). Every field is bounded.", "type": "object", "required": ["formatVersion", "records"], "additionalProperties": false, "properties": { "formatVersion": { "const": 1, "description": "INDEX_FORMAT_VERSION (1)." }, "records": { "type": "object", "description": "Record hash (the sha256 of its event id, the name of events/<2 hex>/<hash>.json) → its entry. At most 65,536 a shard: 16.7 million records over the 256 shards.", "maxProperties": 65536, "propertyNames": { "type": "string", "pattern": "^[0-9a-f]{64}$" }, "additionalProperties": { "$ref": "#/definitions/StateIndexEntry" } } }, "definitions": { "StateIndexEntry": { "title": "StateIndexEntry", "description": "One record's entry: the blob it describes, its event id, whether its event is internal, and its runs. It counts only while the record at the tip is that blob.", "type": "object", "required": ["oid", "event", "runs"], "additionalProperties": false, "properties": { "oid": { "type": "string", "description": "The git blob id of the record this entry describes (sha1, or sha256 in a sha256 repository).", "pattern": "^([0-9a-f]{40}|[0-9a-f]{64})$" }, "event": { "type": "string", "maxLength": 8192 }, "internal": { "const": true, "description": "The event's type starts with the internal prefix (src/state/query.ts)." }, "runs": { "type": "array", "maxItems": 10000, "items": { "description": "A run as the index holds it: [id, updatedAt, effectiveStatus, needsAttention (1 or 0)].", "type": "array", "minItems": 4, "maxItems": 4, "additionalItems": false, "items": [{ "type": "string", "maxLength": 1024 }, { "type": "string", "maxLength": 64 }, { "type": "string", "maxLength": 64 }, { "enum": [0, 1] }] } } } } } },
    "watch-cursor.schema.json": { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/peezy/flows-action/main/schemas/watch-cursor.schema.json", "title": "WatchCursor", "description": "Where polling of one upstream repository's releases left off for one watch filter, kept in the state store.", "type": "object", "required": ["format", "repo", "seen", "polledAt"], "properties": { "format": { "type": "number", "description": "WATCH_CURSOR_FORMAT (1)." }, "repo": { "type": "string", "description": "owner/repo, as configured." }, "etag": { "type": "string", "description": "ETag of the first page of releases at the last poll that changed something." }, "deepEtag": { "type": "string", "description": "ETag of the second page, when the repository has one." }, "end": { "$ref": "#/definitions/ListingEndMark" }, "backlog": { "$ref": "#/definitions/Backlog" }, "etagAt": { "type": "string", "description": "When `etag` was received." }, "tagsEtag": { "type": "string", "description": "ETag of the tag refs listing (updates=true), as older versions kept it: no longer used." }, "tagListings": { "type": "array", "description": "The prefixes the dispatched tags are listed by (updates=true), in the order polls ask them, with their ETags.", "items": { "$ref": "#/definitions/TagListing" } }, "watermark": { "type": "string", "description": "The latest publishedAt seen; a release published before it is not new." }, "seen": { "type": "array", "description": "The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT.", "items": { "$ref": "#/definitions/SeenRelease" } }, "pending": { "type": "array", "description": "Releases waiting for min-age, oldest first.", "items": { "$ref": "#/definitions/HeldRelease" } }, "dispatched": { "type": "array", "description": "Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT.", "items": { "$ref": "#/definitions/DispatchedRelease" } }, "drafts": { "type": "array", "maxItems": 10, "description": "Drafts listed by a poll, newest commit date first, at most DRAFTS_WATCHED (10): published, a draft keeps its place in the listing (by its commit's date), often below the pages polls watch, so each poll that does not list one asks for it by id (etag: that answer's, for a free 304). Not its tag or name: the state store may be readable by more people than the upstream's drafts.", "items": { "$ref": "#/definitions/WatchedDraft" } }, "redeliver": { "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/RedeliverTag" }, "description": "Tags to deliver again at the next poll (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_TAGS_KEPT (100): past it the oldest are dropped with a warning." }, "redeliverEvents": { "type": "array", "maxItems": 100, "items": { "$ref": "#/definitions/RedeliverEventId" }, "description": "Ids of upstream.release.updated / .deleted events to deliver again at the next poll, as the state store holds them (steps failed or canceled, or `flows forget`); oldest first, at most REDELIVER_EVENTS_KEPT (100): past it the oldest are dropped with a warning." }, "polledAt": { "type": "string", "description": "When this cursor was written." }, "checkedAt": { "type": "string", "description": "The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS." }, "githubClock": { "$ref": "#/definitions/GithubClock" }, "filter": { "type": "string", "description": "The filter of the watch this cursor belongs to (watchFilterText: its tags=, prereleases=, min-age= and updates=; \"\" for none). Each filter keeps its own cursor: record flows-action:watch-cursor:owner/repo for none, flows-action:watch-cursor:owner/repo:filter-<first 12 hex digits of the SHA-256 of its options, sorted> for another. Absent in older cursors (any watch of the repository takes one up, and saves its own)." } }, "definitions": { "RedeliverTag": { "title": "RedeliverTag", "description": "The tag of a release the next poll of this cursor's watch delivers again (an entry of `redeliver`); `flows forget` asks it of each cursor of the repository whose filter takes the tag.", "type": "string" }, "RedeliverEventId": { "title": "RedeliverEventId", "description": "The id of an upstream.release.updated / .deleted event the next poll of this cursor's watch delivers again, as the state store holds it (an entry of `redeliverEvents`); `flows forget` asks it of each cursor of the repository with updates=true whose filter takes its tag.", "type": "string" }, "ReleaseId": { "title": "ReleaseId", "description": "A release id, as the counts and pages of a cursor: a whole number a JavaScript number holds exactly (at most Number.MAX_SAFE_INTEGER); a larger one is no id GitHub gave.", "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "ListingEndMark": { "title": "ListingEndMark", "description": "The end of the listing at the last read: boundary is the last release that read listed, below how many were listed after it, of count in all; page and etag are the end page, asked after pages 1 and 2 answer 304, and first the id of the first release on it.", "type": "object", "required": ["boundary", "below", "count"], "additionalProperties": false, "properties": { "boundary": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "below": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "count": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "page": { "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "etag": { "type": "string" }, "first": { "type": "integer", "minimum": 0, "maximum": 9007199254740991, "description": "The id of the first release on the end page: listed further down there later, releases were added above it (also when as many were deleted)." } } }, "BacklogAfter": { "title": "BacklogAfter", "description": "The release a poll stopped reading at: the next poll reads on below it (looked for by id; createdAt only guides the search).", "type": "object", "required": ["id", "tag", "createdAt"], "additionalProperties": false, "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "tag": { "type": "string" }, "createdAt": { "type": "string" } } }, "BacklogTie": { "title": "BacklogTie", "description": "Releases published at `at` (the watermark, just before `from`) count as new too unless their id is in `seen` (those seen then): GitHub's times are whole seconds.", "type": "object", "required": ["at", "seen"], "additionalProperties": false, "properties": { "at": { "type": "string" }, "seen": { "type": "array", "items": { "$ref": "#/definitions/ReleaseId" } } } }, "BacklogPart": { "title": "BacklogPart", "description": "An older place to read on from once this one is done (a second burst arrived before the first was read).", "type": "object", "required": ["after", "page"], "additionalProperties": false, "properties": { "after": { "$ref": "#/definitions/BacklogAfter" }, "page": { "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "from": { "type": "string" }, "tie": { "$ref": "#/definitions/BacklogTie" }, "missing": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 } } }, "Backlog": { "title": "Backlog", "description": "Releases listed below where a poll stopped reading, not read yet: the next poll reads on after `after`; new when published at or after `from` (absent: any) and never seen or dispatched; `missing`: how many were added down there, when known.", "type": "object", "required": ["after", "page"], "additionalProperties": false, "properties": { "after": { "$ref": "#/definitions/BacklogAfter" }, "page": { "type": "integer", "minimum": 1, "maximum": 9007199254740991 }, "from": { "type": "string" }, "tie": { "$ref": "#/definitions/BacklogTie" }, "missing": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "older": { "$ref": "#/definitions/BacklogPart" } } }, "TagListing": { "title": "TagListing", "description": "A group of dispatched tags, listed by GET .../git/matching-refs/tags/<prefix>, with its ETag.", "type": "object", "required": ["prefix"], "additionalProperties": false, "properties": { "prefix": { "type": "string", "minLength": 1 }, "etag": { "type": "string" }, "tooLarge": { "const": true, "description": "Its answer was more than a poll reads (TAG_REFS_MAX_BYTES): its tags are listed by the narrower prefixes in `parts`, and the whole is not asked again. Older cursors have it without `parts`: the group is split at the next poll." }, "parts": { "type": "array", "description": "With tooLarge: the narrower prefixes the group's dispatched tags are listed by, in the order polls ask them, with their ETags.", "items": { "$ref": "#/definitions/TagListingPart" } } } }, "WatchedDraft": { "title": "WatchedDraft", "description": "A draft a poll listed: asked for by id (etag: that answer's, for a free 304). Not its tag or name.", "type": "object", "required": ["id", "createdAt"], "additionalProperties": false, "properties": { "id": { "type": "integer", "minimum": 0, "maximum": 9007199254740991 }, "createdAt": { "type": "string" }, "etag": { "type": "string" } } }, "GithubClock": { "title": "GithubClock", "description": "GitHub's time (an answer's Date header) and the runner's at the same moment, as a poll last saw them: what `flows watch --status` tells eligibility by. Rewritten only when their difference changed by a minute or more; absent when the last poll had no time from GitHub.", "type": "object", "required": ["github", "runner"], "additionalProperties": false, "properties": { "github": { "type": "string" }, "runner": { "type": "string" } } }, "TagListingPart": { "title": "TagListingPart", "description": "A narrower prefix a group too large to list whole is split into.", "type": "object", "required": ["prefix"], "additionalProperties": false, "properties": { "prefix": { "type": "string", "minLength": 1 }, "etag": { "type": "string" }, "tooLarge": { "const": true, "description": "This part too was more than a poll reads: split further; when it is a dispatched tag itself, that tag's own ref is asked instead (exact); when split TAG_SPLIT_MAX_DEPTH times, asked again conditionally, its tags' moves unseen meanwhile." }, "exact": { "const": true, "description": "With tooLarge: the prefix is a dispatched tag, listed by its own ref (GET .../git/ref/tags/<prefix>); etag is that answer's." } } }, "SeenRelease": { "title": "SeenRelease", "type": "object", "required": ["id", "tag", "publishedAt", "prerelease"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string" }, "prerelease": { "type": "boolean" } } }, "HeldRelease": { "title": "HeldRelease", "description": "A release held back by `min-age`.", "type": "object", "required": ["id", "tag", "publishedAt", "firstSeenAt", "ageFrom", "createdAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "publishedAt": { "type": "string", "description": "GitHub's published_at, or the first-seen time when it had none usable." }, "firstSeenAt": { "type": "string", "description": "The poll that first saw it, on GitHub's clock (its Date header) when known, else the runner's." }, "runnerFirstSeenAt": { "type": "string", "description": "The same poll on the runner's clock, when it differed from firstSeenAt (absent in older cursors)." }, "ageFrom": { "type": "string", "enum": ["published", "first-seen"], "description": "Where its age counts from." }, "createdAt": { "type": "string", "description": "Commit date (GitHub's list order), to tell \"deleted\" from \"beyond the pages read\"." } } }, "DispatchedRelease": { "title": "DispatchedRelease", "description": "A release this watch dispatched, as it was then.", "type": "object", "required": ["id", "tag", "eventId", "prerelease", "createdAt", "dispatchedAt"], "properties": { "id": { "type": "number" }, "tag": { "type": "string" }, "eventId": { "type": "string" }, "prerelease": { "type": "boolean" }, "createdAt": { "type": "string" }, "dispatchedAt": { "type": "string" }, "commit": { "type": "string", "description": "The commit the tag pointed at, when known." }, "tagObject": { "type": "string", "description": "What the tag ref pointed at (commit or tag object SHA), with updates=true." } } } } },
};

// EXTERNAL MODULE: ./.build/generated/validators/handover.js
var validators_handover = __webpack_require__(75587);
// EXTERNAL MODULE: ./.build/github/repository.js
var repository = __webpack_require__(68890);
// EXTERNAL MODULE: ./.build/report/checks-commit.js + 1 modules
var checks_commit = __webpack_require__(29050);
// EXTERNAL MODULE: ./.build/user-error.js
var user_error = __webpack_require__(99416);
;// CONCATENATED MODULE: ./.build/report/handover-validate.js







const HANDOVER_VERSION = 1;
const handoverSchema = contractSchemas["handover.schema.json"];
const limits = handoverSchema.definitions;
const HANDOVER_LIMITS = {
    runs: handoverSchema.properties.runs.maxItems,
    pullRequests: handoverSchema.properties.prNumbers.maxItems,
    problems: handoverSchema.properties.problems.maxItems,
    attempts: limits.run.allOf[1].properties.attempts.maxItems,
    name: limits.name.maxLength,
    eventId: limits.eventId.maxLength,
    problemFile: handoverSchema.properties.problems.items.allOf[1].properties.file.maxLength,
    problemMessage: handoverSchema.properties.problems.items.allOf[1].properties.message.maxLength,
    text: limits.multiline.maxLength,
    result: 256 * 1024,
    payload: 64 * 1024,
    time: limits.time.maxLength,
};
class HandoverError extends user_error.UserError {
    field;
    name = "HandoverError";
    constructor(message, field) {
        super(message);
        this.field = field;
    }
}
function parseHandover(value, expected) {
    if (!(0,validators_handover/* validateHandover */.E)(value)) {
        const { field, reason } = (0,contract_errors/* firstViolation */.sB)(validators_handover/* validateHandover */.E.errors, value);
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
const RUN_KEYS = ["output", "error", "startedAt", "completedAt", "timedOut", "replay", "alreadyHandled", "wholeResult"];
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/hash.js
var hash = __webpack_require__(75244);
// EXTERNAL MODULE: ./.build/redact.js + 2 modules
var redact = __webpack_require__(36375);
// EXTERNAL MODULE: ./.build/redact-cut.js
var redact_cut = __webpack_require__(68880);
// EXTERNAL MODULE: ./.build/report/markdown.js
var markdown = __webpack_require__(54348);
;// CONCATENATED MODULE: ./.build/report/handover-write.js







const HANDOVER_FILE = "flows-report.json";
const MAX_HANDOVER_FILE_BYTES = 16 * 1024 * 1024;
const WRITE_FILE_BYTES = MAX_HANDOVER_FILE_BYTES / 2;
const WRITE_OUTPUT_BYTES = 16 * 1024;
const WRITE_ATTEMPT_ERROR_BYTES = 4 * 1024;
const BRIEF_MESSAGE_CHARS = 4096;
async function writeHandover(dir, data) {
    const { github: _webhook, ...payload } = (data.event.payload ?? {});
    const trimmed = redact/* redactor */.$p.redactValue({
        ...data,
        event: { ...data.event, id: eventId(data.event.id), payload: JSON.stringify(payload).length > HANDOVER_LIMITS.payload ? {} : payload },
        prNumbers: data.prNumbers.slice(0, HANDOVER_LIMITS.pullRequests),
        runs: data.runs.slice(0, HANDOVER_LIMITS.runs).map(trimRun),
        ...(data.problems ? { problems: data.problems.slice(0, HANDOVER_LIMITS.problems).map(trimProblem) } : {}),
    });
    let text = JSON.stringify(trimmed);
    const bySize = trimmed.runs
        .map((run, index) => ({ index, size: run.resultPayload ? JSON.stringify(run.resultPayload).length : 0 }))
        .sort((a, b) => b.size - a.size);
    for (const { index } of bySize) {
        if (Buffer.byteLength(text, "utf8") <= WRITE_FILE_BYTES)
            break;
        const run = trimmed.runs[index];
        if (!run.resultPayload)
            continue;
        run.resultPayload = briefResult(run.resultPayload, "too large to hand over beside the other results");
        delete run.wholeResult;
        text = JSON.stringify(trimmed);
    }
    parseHandover(trimmed, { repository: data.repository, headSha: data.headSha });
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = (0,external_node_path_.join)(dir, HANDOVER_FILE);
    await (0,promises_.writeFile)(file, `${text}\n`);
    return file;
}
function trimRun(run) {
    const briefed = run.resultPayload !== undefined && JSON.stringify(run.resultPayload).length > HANDOVER_LIMITS.result;
    const { wholeResult, ...rest } = run;
    return {
        ...rest,
        ...(wholeResult && !briefed ? { wholeResult } : {}),
        eventId: eventId(run.eventId),
        attempts: run.attempts.slice(-HANDOVER_LIMITS.attempts).map(trimAttempt),
        ...(run.output ? { output: tail(run.output, WRITE_OUTPUT_BYTES) } : {}),
        ...(run.error ? { error: multiline((0,markdown/* cutToBytes */.zP)(run.error, WRITE_OUTPUT_BYTES, (n) => `… ${n} more bytes cut`)) } : {}),
        ...(run.resultPayload && briefed ? { resultPayload: briefResult(run.resultPayload, "too large to hand over") } : {}),
    };
}
function trimAttempt(attempt) {
    if (attempt.error === undefined)
        return attempt;
    return { ...attempt, error: multiline((0,markdown/* cutToBytes */.zP)(attempt.error, WRITE_ATTEMPT_ERROR_BYTES, (n) => `… ${n} more bytes cut`)) };
}
function trimProblem(problem) {
    const file = oneLine((0,redact_cut/* redacted */.p)(problem.file).chars(HANDOVER_LIMITS.problemFile).text);
    return { ...problem, file, message: multiline((0,redact_cut/* redacted */.p)(problem.message).chars(HANDOVER_LIMITS.problemMessage).text) };
}
function briefResult(result, why) {
    const message = (0,redact_cut/* redacted */.p)(String(result.message ?? "")).chars(BRIEF_MESSAGE_CHARS - 64).text;
    return { status: result.status, message: `${message} (FLOW_RESULT cut: ${why})` };
}
function eventId(id) {
    if (id.length <= HANDOVER_LIMITS.eventId)
        return id;
    return `${(0,redact_cut/* redacted */.p)(id).chars(HANDOVER_LIMITS.eventId - 40).text}…${(0,hash/* sha256Hex */.fg)(id).slice(0, 32)}`;
}
function multiline(text) {
    return text.replaceAll("\u0000", "\uFFFD");
}
function oneLine(text) {
    return text.replace(/[\u0000-\u001f\u007f]/g, "\uFFFD");
}
function tail(raw, maxBytes) {
    const text = (0,redact_cut/* redacted */.p)(raw).map(multiline);
    if (text.bytes <= maxBytes)
        return text.text;
    const kept = text.tail(maxBytes);
    return `… ${kept.cut} bytes cut …\n${kept.text}`;
}

// EXTERNAL MODULE: ./.build/zip-entry.js
var zip_entry = __webpack_require__(7444);
// EXTERNAL MODULE: ./.build/deadline.js
var deadline = __webpack_require__(50872);
// EXTERNAL MODULE: ./.build/report/summary.js
var summary = __webpack_require__(54681);
// EXTERNAL MODULE: ./.build/report/modes.js
var modes = __webpack_require__(18657);
;// CONCATENATED MODULE: ./.build/report/handover.js













const HANDOVER_RETENTION_DAYS = 7;


const HANDOVER_ARTIFACT = "flows-report";
const MAX_HANDOVER_ZIP_BYTES = 8 * 1024 * 1024;
const UNTRUSTED_NOTE = "ℹ️ Reported by the pull request's own workflow run, which cannot write here itself: these are the results it handed over, unchanged.";

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
async function uploadHandover(options) {
    const client = options.artifactClient ?? (await (0,artifacts.defaultArtifactUploader)());
    const name = options.name ?? HANDOVER_ARTIFACT;
    try {
        return await (0,deadline/* withinDeadline */.iP)((0,deadline/* transferTimeoutMs */.L$)(options.timeoutMs), () => client.uploadArtifact(name, [options.file], options.rootDirectory, { retentionDays: options.retentionDays ?? HANDOVER_RETENTION_DAYS }));
    }
    catch (error) {
        if (!(error instanceof deadline/* TransferTimeoutError */.H9))
            throw error;
        throw new user_error.UserError(`The results were not handed over: the upload of the ${name} artifact did not finish within ${(0,deadline/* describeDuration */.MB)(error.ms)} (GitHub's artifact service accepted it but did not answer). Re-run the job; nothing was published for this pull request.`);
    }
}
function triggeringRun(event) {
    if (!event.type.startsWith("workflow_run"))
        return undefined;
    const id = (0,fields/* numberAt */.tk)(event.payload, "id");
    const headSha = (0,fields/* stringAt */.bX)(event.payload, "headSha");
    const kind = (0,fields/* stringAt */.bX)(event.payload, "event");
    return id !== undefined && headSha ? { id, headSha, ...(kind ? { event: kind } : {}) } : undefined;
}
async function downloadHandover(client, options) {
    const name = options.name ?? HANDOVER_ARTIFACT;
    const artifact = options.findArtifact ? await options.findArtifact(name) : await (0,artifacts.findRunArtifact)(client, { repository: options.repository, runId: options.runId, name });
    if (!artifact)
        return undefined;
    if (artifact.expired)
        throw new HandoverError(`The ${name} artifact of run ${options.runId} has expired; re-run that workflow to publish its results.`);
    if (artifact.sizeInBytes > MAX_HANDOVER_ZIP_BYTES) {
        throw new HandoverError(`The ${name} artifact is ${artifact.sizeInBytes} bytes; at most ${MAX_HANDOVER_ZIP_BYTES} are downloaded.`);
    }
    const zip = await (0,artifacts.downloadArtifactZip)(client, { repository: options.repository, artifactId: artifact.id });
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
const HANDOVER_PER_STEP_RUNS = 3;
async function publishHandover(options) {
    const { client, repository, workflowRun, io } = options;
    const nothing = (warning) => {
        if (warning)
            io.warning(warning);
        return { published: false, checkRuns: 0, commentUrls: [], failedWrites: [], warnings: warning ? [warning] : [] };
    };
    let handover;
    try {
        const raw = await downloadHandover(client, {
            repository,
            runId: workflowRun.id,
            ...(options.artifactName ? { name: options.artifactName } : {}),
            ...(options.findArtifact ? { findArtifact: options.findArtifact } : {}),
        });
        if (raw === undefined) {
            if (!options.quietWhenMissing)
                io.info(`flows-action: run ${workflowRun.id} uploaded no ${options.artifactName ?? HANDOVER_ARTIFACT} artifact; nothing to publish.`);
            return { ...nothing(), missing: true };
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
        return nothing((0,permissions/* explainFailure */.SP)({ feature: "handover", what: `download the handover of run ${workflowRun.id}`, failure: (0,errors.apiFailure)(error) }));
    }
    const pullRequests = await verifiedPullRequests(options, handover);
    const outcome = {
        status: "accepted",
        eventId: handover.event.id,
        runIds: handover.runs.map((run) => run.id),
        matched: handover.runs.filter((run) => !run.alreadyHandled).length,
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
        maxAnnotations: checks_annotations/* ANNOTATIONS_PER_REQUEST */.jg,
        fork: "no",
        resultTargets: false,
    });
    return { ...(await reporter.finish(outcome)), published: true, handover };
}
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
            options.io.warning((0,permissions/* explainFailure */.SP)({ feature: "comment", what: `look up pull request #${number}`, failure: (0,errors.apiFailure)(error) }));
        }
    }
    return verified;
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
/* harmony export */   GQ: () => (/* binding */ endRecordOffset),
/* harmony export */   VR: () => (/* binding */ ZIP_TAIL_BYTES),
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   j2: () => (/* binding */ findZipEntry),
/* harmony export */   qV: () => (/* binding */ ZipReadError),
/* harmony export */   x3: () => (/* binding */ startsAsZip)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_ENTRIES */
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var _user_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99416);


const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;
const MAX_DEFLATE_RATIO = 1100;
const DEFAULT_MAX_ENTRIES = 10_000;
class ZipReadError extends _user_error_js__WEBPACK_IMPORTED_MODULE_1__.UserError {
    name = "ZipReadError";
}
function findZipEntry(archive, name, limits) {
    const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
    const entry = centralDirectory(bytes, limits.maxEntries ?? DEFAULT_MAX_ENTRIES).find((candidate) => candidate.name === name && safeName(candidate.name));
    return entry ? entryData(bytes, entry, limits.maxBytes) : undefined;
}
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
        return node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1), chunkSize: Math.max(entry.size + 1, node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_MIN_CHUNK) });
    }
    catch (error) {
        if (error.code === "ERR_BUFFER_TOO_LARGE") {
            throw new ZipReadError(`${entry.name} does not inflate within ${entry.size} bytes, the size its header declares (at most ${maxBytes} are accepted): a zip bomb, or a damaged archive`);
        }
        throw new ZipReadError(`${entry.name} does not inflate: ${error instanceof Error ? error.message : String(error)}`);
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
    const at = endRecordOffset(bytes);
    if (at < 0)
        throw new ZipReadError("not a zip archive (no end of central directory record)");
    return at;
}
const ZIP_TAIL_BYTES = 22 + MAX_COMMENT;
function endRecordOffset(bytes) {
    const lowest = Math.max(0, bytes.length - ZIP_TAIL_BYTES);
    for (let at = bytes.length - 22; at >= lowest; at--) {
        if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY)
            return at;
    }
    return -1;
}
function startsAsZip(head) {
    return head.length >= 4 && head.readUInt32LE(0) === LOCAL_FILE_HEADER;
}
function need(bytes, offset, length) {
    if (offset < 0 || offset + length > bytes.length)
        throw new ZipReadError("the zip archive is truncated");
}


/***/ })

};
