export const id = 46;
export const ids = [46];
export const modules = {

/***/ 7046:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dispatchToBackend: () => (/* reexport */ dispatchToBackend)
});

// UNUSED EXPORTS: FlowBackendError, normalizeDispatchResult, normalizeRunList, normalizeRunView

// EXTERNAL MODULE: ./.build/engine/event.js
var engine_event = __webpack_require__(66185);
;// CONCATENATED MODULE: ./.build/backend/errors.js
/**
 * A failure talking to an HTTP flow backend, worded for the person who configured it. The
 * name is not a built-in error's, so entry points print the message alone, without a stack.
 */
class FlowBackendError extends Error {
    name = "FlowBackendError";
    kind;
    status;
    field;
    runs;
    outcome;
    constructor(message, details) {
        super(message);
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
function redact(text, secrets) {
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
;// CONCATENATED MODULE: ./.build/backend/normalize.js


const RUNNERS = ["bun", "code-mode"];
/**
 * Read one run as an HTTP flow backend sends it, leniently: the object may be wrapped in
 * `{run: ...}` or `{data: ...}`; `status` may stand for `processStatus` (or, when it is a
 * FlowResult status, for the result of a finished process) and `result` for `resultPayload`;
 * `effectiveStatus` and `needsAttention` are always derived by the contract's rules, so a
 * backend that leaves them out (or gets them wrong) reads the same as the local engine.
 * Anything that is not a run fails with the name of the field to fix.
 */
function normalizeRunView(raw) {
    const fields = unwrapObject(raw, "run", "a run view");
    const id = requiredString(fields, ["id", "runId"], "run");
    const where = `run "${id}"`;
    const resultPayload = readResultPayload(fields, where);
    const { processStatus, resultStatus } = readStatuses(fields, resultPayload, where);
    const effectiveStatus = (0,contracts/* effectiveStatusOf */.Z2)({ processStatus, resultStatus });
    checkOptionalEffective(fields, where);
    if (fields.needsAttention !== undefined && typeof fields.needsAttention !== "boolean") {
        throw fieldError(where, "needsAttention", fields.needsAttention, "true or false");
    }
    const view = {
        id,
        eventId: requiredString(fields, ["eventId"], where),
        flowName: requiredString(fields, ["flowName", "flow"], where),
        flowVersion: readVersion(fields, where),
        stepName: requiredString(fields, ["stepName", "step"], where),
        runner: readRunner(fields, where),
        processStatus,
        effectiveStatus,
        needsAttention: (0,contracts/* needsAttentionFor */.XM)(effectiveStatus),
        attempts: readAttempts(fields.attempts, id, where),
        createdAt: "",
        updatedAt: "",
    };
    if (resultStatus)
        view.resultStatus = resultStatus;
    if (resultPayload)
        view.resultPayload = resultPayload;
    for (const key of ["output", "error"]) {
        const text = optionalText(fields[key], where, key);
        if (text !== undefined)
            view[key] = text;
    }
    for (const key of ["startedAt", "completedAt"]) {
        const time = optionalTime(fields[key], where, key);
        if (time !== undefined)
            view[key] = time;
    }
    const createdAt = optionalTime(fields.createdAt, where, "createdAt");
    const updatedAt = optionalTime(fields.updatedAt, where, "updatedAt");
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
function readStatuses(fields, resultPayload, where) {
    let resultStatus;
    if (fields.resultStatus !== undefined && fields.resultStatus !== null) {
        if (!(0,contracts/* isFlowResultStatus */.YC)(fields.resultStatus)) {
            throw fieldError(where, "resultStatus", fields.resultStatus, oneOf(contracts/* FLOW_RESULT_STATUSES */.WL));
        }
        resultStatus = fields.resultStatus;
    }
    resultStatus ??= resultPayload?.status;
    const field = fields.processStatus !== undefined ? "processStatus" : "status";
    const value = fields[field];
    if (isProcessStatus(value))
        return { processStatus: value, ...(resultStatus ? { resultStatus } : {}) };
    // Some backends report one `status`: a FlowResult status there means the process finished.
    if (field === "status" && (0,contracts/* isFlowResultStatus */.YC)(value)) {
        return { processStatus: "completed", resultStatus: resultStatus ?? value };
    }
    throw fieldError(where, field === "status" && value === undefined ? "processStatus" : field, value, oneOf(contracts/* PROCESS_STATUSES */.Ne));
}
function checkOptionalEffective(fields, where) {
    const value = fields.effectiveStatus;
    if (value === undefined || value === null)
        return;
    if (!isProcessStatus(value) && !(0,contracts/* isFlowResultStatus */.YC)(value)) {
        throw fieldError(where, "effectiveStatus", value, oneOf([...contracts/* FLOW_RESULT_STATUSES */.WL, ...contracts/* PROCESS_STATUSES */.Ne]));
    }
}
function readResultPayload(fields, where) {
    const field = fields.resultPayload !== undefined ? "resultPayload" : "result";
    const value = fields[field];
    if (value === undefined || value === null)
        return undefined;
    if (!isObject(value))
        throw fieldError(where, field, value, "a FlowResult object");
    if (!(0,contracts/* isFlowResultStatus */.YC)(value.status)) {
        throw fieldError(where, `${field}.status`, value.status, oneOf(contracts/* FLOW_RESULT_STATUSES */.WL));
    }
    return value;
}
function readAttempts(value, runId, where) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw fieldError(where, "attempts", value, "an array of attempts");
    return value.map((item, index) => {
        const field = `attempts[${index}]`;
        if (!isObject(item))
            throw fieldError(where, field, item, "an attempt object");
        const statusField = item.status !== undefined ? "status" : "processStatus";
        const status = item[statusField];
        if (!isProcessStatus(status))
            throw fieldError(where, `${field}.${statusField}`, status, oneOf(contracts/* PROCESS_STATUSES */.Ne));
        const number = typeof item.number === "number" && Number.isInteger(item.number) ? item.number : index + 1;
        const attempt = {
            id: typeof item.id === "string" && item.id !== "" ? item.id : `${runId}_a${number}`,
            number,
            status,
        };
        if (item.resultStatus !== undefined && item.resultStatus !== null) {
            if (!(0,contracts/* isFlowResultStatus */.YC)(item.resultStatus)) {
                throw fieldError(where, `${field}.resultStatus`, item.resultStatus, oneOf(contracts/* FLOW_RESULT_STATUSES */.WL));
            }
            attempt.resultStatus = item.resultStatus;
        }
        for (const key of ["startedAt", "completedAt"]) {
            const time = optionalTime(item[key], where, `${field}.${key}`);
            if (time !== undefined)
                attempt[key] = time;
        }
        const error = optionalText(item.error, where, `${field}.error`);
        if (error !== undefined)
            attempt.error = error;
        if (item.timedOut === true)
            attempt.timedOut = true;
        if (item.replay === true)
            attempt.replay = true;
        return attempt;
    });
}
function readVersion(fields, where) {
    const field = fields.flowVersion !== undefined ? "flowVersion" : "version";
    const value = fields[field];
    const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    if (typeof number !== "number" || !Number.isFinite(number)) {
        throw fieldError(where, "flowVersion", value, "a number (the flow.toml version)");
    }
    return number;
}
function readRunner(fields, where) {
    // Backends written for Bun-only flows leave the runner out; Bun is the only default runner.
    if (fields.runner === undefined || fields.runner === null)
        return "bun";
    if (RUNNERS.includes(fields.runner))
        return fields.runner;
    throw fieldError(where, "runner", fields.runner, oneOf(RUNNERS));
}
function requiredString(fields, names, where) {
    for (const name of names) {
        const value = fields[name];
        if (typeof value === "string" && value !== "")
            return value;
    }
    const name = names[0];
    throw fieldError(where, name, fields[name], "a non-empty string");
}
/** Error texts may come as strings or as `{message}` objects. */
function optionalText(value, where, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === "string")
        return value;
    if (isObject(value) && typeof value.message === "string")
        return value.message;
    throw fieldError(where, field, value, "a string");
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



/**
 * Read a `POST /events` answer: `{status, eventId, runIds, matched, idempotent?, event, runs}`,
 * possibly inside `{data: ...}`. Missing `eventId`, `runIds`, `matched` and `event` are taken
 * from the event sent and the runs returned; `status` is required, it is the answer.
 */
function normalizeDispatchResult(raw, sent) {
    const fields = unwrapObject(raw, "result", "a dispatch result");
    const status = fields.status;
    if (status !== "accepted" && status !== "duplicate") {
        throw invalid(`field "status" is ${describe(status)}; expected "accepted" or "duplicate".`, "status");
    }
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
    if (value === undefined || value === null)
        return runs.map((run) => run.id);
    if (Array.isArray(value) && value.every((id) => typeof id === "string" && id !== ""))
        return value;
    throw invalid(`field "runIds" is ${describe(value)}; expected an array of run ids.`, "runIds");
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
/**
 * One JSON request to the backend, turned into a FlowBackendError users can act on when it
 * fails. 5xx answers and dropped connections are retried with backoff; callers only send
 * requests that are safe to repeat (GETs, and `POST /events`, which the backend dedupes by
 * event id — a retried POST of an event that did get through answers `duplicate`).
 */
async function requestJson(connection, request) {
    const target = `${connection.url.replace(/\/+$/, "")}${request.path}`;
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
            response = await connection.fetch(target, { method: request.method, headers, body: request.body, signal });
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
        const text = await response.text().catch(() => "");
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
async function requestHeaders(connection, body) {
    const headers = { accept: "application/json", "user-agent": "flows-action" };
    if (connection.token)
        headers.authorization = `Bearer ${connection.token}`;
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
        ({ sign } = await __webpack_require__.e(/* import() */ 54).then(__webpack_require__.bind(__webpack_require__, 51054)));
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
        const start = redact(text.trim().slice(0, 120), secretsOf(connection)) || "(empty body)";
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
    return redact(message, secretsOf(connection));
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
    return error instanceof Error ? error.message : String(error);
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
    const result = readAnswer(() => normalizeDispatchResult(raw, sent), connection, "POST /events");
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
    const listed = readAnswer(() => normalizeRunList(raw), connection, `GET ${path}`);
    if (wanted.length === 0)
        return listed;
    const byId = new Map(listed.map((run) => [run.id, run]));
    for (const id of wanted) {
        if (byId.has(id))
            continue;
        const runPath = `/runs/${encodeURIComponent(id)}`;
        const one = await requestJson(connection, { method: "GET", path: runPath, deadline });
        byId.set(id, readAnswer(() => normalizeRunView(one), connection, `GET ${runPath}`));
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
function readAnswer(read, connection, what) {
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
