// @bun
import {
  UserError,
  redactor
} from "./main-f081c345.js";
import {
  fieldOfPointer,
  firstViolation
} from "./main-fbb7e2a8.js";
import {
  normalizeFlowEvent
} from "./main-705341a3.js";
import {
  validateBackendDispatchResult,
  validateBackendRun
} from "./main-845a148e.js";
import {
  PROCESS_STATUSES,
  effectiveStatusOf,
  needsAttentionFor
} from "./main-e531f9c3.js";

// src/backend/errors.ts
class FlowBackendError extends UserError {
  name = "FlowBackendError";
  kind;
  status;
  field;
  runs;
  outcome;
  constructor(message, details) {
    super(redactor.redact(message));
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
function redact(text, secrets) {
  let clean = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4)
      clean = clean.split(secret).join("***");
  }
  return clean;
}
function displayUrl(url) {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    parsed.search = "";
    parsed.hash = "";
    return parsed.toString().replace(/\/+$/, "");
  } catch {
    return "(invalid backend-url)";
  }
}

// src/backend/normalize.ts
function normalizeRunView(raw) {
  const fields = unwrapObject(raw, "run", "a run view");
  if (!validateBackendRun(fields))
    throw violation(fields, validateBackendRun.errors ?? []);
  const wire = fields;
  const id = wire.id || wire.runId;
  const where = `run "${id}"`;
  const resultPayload = wire.resultPayload ?? wire.result ?? undefined;
  const { processStatus, resultStatus } = statuses(wire, resultPayload ?? undefined);
  const effectiveStatus = effectiveStatusOf({ processStatus, resultStatus });
  const version = wire.flowVersion ?? wire.version;
  const view = {
    id,
    eventId: wire.eventId,
    flowName: wire.flowName || wire.flow,
    flowVersion: typeof version === "string" ? Number(version) : version,
    stepName: wire.stepName || wire.step,
    runner: wire.runner ?? "bun",
    processStatus,
    effectiveStatus,
    needsAttention: needsAttentionFor(effectiveStatus),
    attempts: (wire.attempts ?? []).map((attempt, index) => readAttempt(attempt, index, id, where)),
    createdAt: "",
    updatedAt: ""
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
    return { processStatus: status, ...resultStatus ? { resultStatus } : {} };
  return { processStatus: "completed", resultStatus: resultStatus ?? status };
}
function readAttempt(item, index, runId, where) {
  const field = `attempts[${index}]`;
  const number = typeof item.number === "number" && Number.isInteger(item.number) ? item.number : index + 1;
  const attempt = {
    id: typeof item.id === "string" && item.id !== "" ? item.id : `${runId}_a${number}`,
    number,
    status: item.status ?? item.processStatus
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
function violation(fields, errors) {
  const depth = (error) => error.instancePath.split("/").length + (error.keyword === "required" ? 1 : 0);
  const candidates = errors.filter((error) => !["anyOf", "allOf", "oneOf"].includes(error.keyword));
  const chosen = candidates.reduce((best, error) => !best || depth(error) > depth(best) ? error : best, undefined);
  const where = typeof fields.id === "string" && fields.id ? `run "${fields.id}"` : typeof fields.runId === "string" && fields.runId ? `run "${fields.runId}"` : "run";
  if (!chosen)
    return fieldError(where, "", fields, "a run view");
  const params = chosen.params;
  const path = fieldOfPointer(chosen.instancePath);
  const field = chosen.keyword === "required" ? [path, String(params.missingProperty)].filter(Boolean).join(".") : path;
  const value = valueAt(fields, field);
  const allowed = errors.filter((error) => error.instancePath === chosen.instancePath && error.keyword === "enum").flatMap((error) => error.params.allowedValues.map(String));
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
      return;
    value = value[part];
  }
  return value;
}
function unwrapObject(raw, key, what) {
  let value = raw;
  for (let depth = 0;depth < 3; depth++) {
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
      kind: "invalid-response"
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
function textOf(value) {
  if (value === undefined || value === null)
    return;
  return typeof value === "string" ? value : value.message;
}
function optionalTime(value, where, field) {
  if (value === undefined || value === null)
    return;
  if (typeof value === "number" && Number.isFinite(value))
    return new Date(value).toISOString();
  if (typeof value === "string" && !Number.isNaN(Date.parse(value)))
    return value;
  throw fieldError(where, field, value, "an ISO time");
}
function isProcessStatus(value) {
  return typeof value === "string" && PROCESS_STATUSES.includes(value);
}
function fieldError(where, field, value, expected) {
  const got = value === undefined ? "is missing" : `is ${describe(value)}`;
  return new FlowBackendError(`${where}: field "${field}" ${got}; expected ${expected}.`, {
    kind: "invalid-response",
    field
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

// src/backend/dispatch-result.ts
function normalizeDispatchResult(raw, sent) {
  const fields = unwrapObject(raw, "result", "a dispatch result");
  if (!validateBackendDispatchResult(fields))
    throw violation2(fields);
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
function normalizeRunList(raw) {
  let value = raw;
  for (let depth = 0;depth < 3 && isObject(value); depth++) {
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
    return normalizeFlowEvent(value);
  } catch (error) {
    throw invalid(`field "event" is not a FlowEvent: ${error instanceof Error ? error.message : String(error)}`, "event");
  }
}
function readRunIds(value, runs) {
  return value ?? runs.map((run) => run.id);
}
function violation2(fields) {
  const { field } = firstViolation(validateBackendDispatchResult.errors, fields);
  if (field.startsWith("runIds")) {
    return invalid(`field "runIds" is ${describe(fields.runIds)}; expected an array of run ids.`, "runIds");
  }
  return invalid(`field "status" is ${describe(fields.status)}; expected "accepted" or "duplicate".`, "status");
}
function invalid(message, field) {
  return new FlowBackendError(`dispatch result: ${message}`, { kind: "invalid-response", field });
}

// src/backend/http.ts
import { setTimeout as sleep } from "timers/promises";
var TRANSIENT_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "UND_ERR_SOCKET"]);
var MAX_RETRY_DELAY_MS = 15000;
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
      response = await connection.fetch(target, { method: request.method, headers, body: request.body, signal });
    } catch (error) {
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
      throw new FlowBackendError(`cannot reach the flow backend at ${displayUrl(connection.url)}: ${code} \u2014 check backend-url.`, { kind: "unreachable" });
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
    const hint = status === 404 ? " \u2014 check that backend-url is the flow backend's base URL" : "";
    throw new FlowBackendError(`the flow backend refused ${what} with HTTP ${status}${message ? `: ${message}` : ""}${hint}.`, { kind: "rejected", status });
  }
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
function basicCredentials(baseUrl) {
  try {
    const url = new URL(baseUrl);
    if (!url.username && !url.password)
      return;
    return `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  } catch {
    return;
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
async function signBody(secret, body) {
  let sign;
  try {
    ({ sign } = await import("./index-06b61494.js"));
  } catch {
    throw new FlowBackendError("backend-hmac-secret is set but @octokit/webhooks-methods, which signs the request, is not installed.", { kind: "configuration" });
  }
  return sign(secret, body);
}
function parseJson(text, response, connection, what) {
  try {
    return JSON.parse(text);
  } catch {
    const type = response.headers.get("content-type") ?? "no content-type";
    const start = redact(text.trim().slice(0, 120), secretsOf(connection)) || "(empty body)";
    throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with invalid JSON (HTTP ${response.status}, ${type}): ${start} \u2014 check that backend-url points at the flow backend's API, not a web page or proxy.`, { kind: "invalid-response", status: response.status });
  }
}
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
  } catch {}
  message = message.replace(/\s+/g, " ");
  if (message.length > 300)
    message = `${message.slice(0, 297)}...`;
  return redact(message, secretsOf(connection));
}
function secretsOf(connection) {
  return [connection.token, connection.apiKey, connection.hmacSecret];
}
function networkCode(error) {
  let current = error;
  for (let depth = 0;depth < 4 && isObject(current); depth++) {
    if (typeof current.code === "string" && current.code !== "")
      return current.code;
    const nested = Array.isArray(current.errors) ? current.errors[0] : undefined;
    current = current.cause ?? nested;
  }
  return redactor.redact(error instanceof Error ? error.message : String(error));
}
function backoff(connection, attempt) {
  return Math.min(connection.retryDelayMs * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}
function retryAfter(response) {
  const value = Number(response.headers.get("retry-after"));
  return Number.isFinite(value) && value > 0 ? Math.min(value * 1000, MAX_RETRY_DELAY_MS) : undefined;
}
async function pause(ms, signal, what) {
  try {
    await sleep(ms, undefined, signal ? { signal } : {});
  } catch {
    throw aborted(what);
  }
}
function aborted(what) {
  return new FlowBackendError(`the dispatch to the flow backend was canceled during ${what}.`, { kind: "aborted" });
}
function seconds(ms) {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

// src/backend/client.ts
var DEFAULT_TIMEOUT_MS = 10 * 60000;
var DEFAULT_POLL_INTERVAL_MS = 2000;
var MAX_POLL_INTERVAL_MS = 15000;
var LAST_LOOK_MS = 5000;
async function dispatchToBackend(event, options) {
  const connection = connectionFor(options);
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const sent = normalizeFlowEvent(event);
  const raw = await requestJson(connection, {
    method: "POST",
    path: "/events",
    body: JSON.stringify(sent),
    deadline
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
  } catch {}
  if (protocol !== "http:" && protocol !== "https:") {
    throw new FlowBackendError(`backend-url ${displayUrl(options.url)} is not an http(s) URL; set it to the flow backend's base URL, like https://flows.example.com/api.`, { kind: "configuration" });
  }
  const basic = basicCredentials(options.url);
  redactor.add(options.token, options.apiKey, options.hmacSecret, basic, basic?.split(":").slice(1).join(":"), ...queryValues(options.url));
  return {
    url: options.url,
    token: options.token,
    apiKey: options.apiKey,
    hmacSecret: options.hmacSecret,
    fetch: options.fetch ?? globalThis.fetch,
    signal: options.signal,
    retries: options.retries ?? 3,
    retryDelayMs: options.retryDelayMs ?? 1000,
    requestTimeoutMs: options.requestTimeoutMs ?? 30000
  };
}
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
    dryRun: false
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
    } catch (error) {
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
function withRuns(error, runs, outcome) {
  if (!(error instanceof FlowBackendError))
    return error;
  const { kind, status, field } = error;
  return new FlowBackendError(error.message, { kind, status, field, runs, outcome: { ...outcome, runs } });
}
function readAnswer(read, connection, what) {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof FlowBackendError))
      throw error;
    throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered ${what} with something flows-action cannot read: ${error.message}`, { kind: error.kind, field: error.field });
  }
}
export {
  dispatchToBackend
};
