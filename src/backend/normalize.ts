import type { ErrorObject } from "ajv";
import { fieldOfPointer } from "../contract-errors.js";
import {
  effectiveStatusOf,
  FLOW_RESULT_STATUSES,
  type FlowResult,
  type FlowResultStatus,
  type FlowRunAttempt,
  type FlowRunView,
  needsAttentionFor,
  PROCESS_STATUSES,
  type ProcessStatus,
} from "../contracts.js";
import type { Attempt, BackendRun } from "../generated/types.js";
import { validateBackendRun } from "../generated/validators/backend-run.js";
import { validateFlowResult } from "../generated/validators/flow-result.js";
import { FlowBackendError } from "./errors.js";
import { MAX_PAYLOAD_DEPTH } from "../events/budget.js";
import { jsonShape } from "../json-shape.js";
import { type ContainerBudget, MAX_ANSWER_CONTAINERS } from "./answer-shape.js";
import { redacted, shownValue } from "../redact-cut.js";
import { keptResultFields } from "./kept-result.js";

type Fields = Record<string, unknown>;

/**
 * Read one run as an HTTP flow backend sends it, leniently: the object may be wrapped in
 * `{run: ...}` or `{data: ...}`; `status` may stand for `processStatus` (or, when it is a
 * FlowResult status, for the result of a finished process) and `result` for `resultPayload`;
 * `effectiveStatus` and `needsAttention` are always derived by the contract's rules, so a
 * backend that leaves them out (or gets them wrong) reads the same as the local engine.
 * What is accepted is schemas/backend-run.schema.json; anything else fails with the name of
 * the field to fix.
 */
export function normalizeRunView(raw: unknown, budget: RunReading = { left: MAX_ANSWER_CONTAINERS }): FlowRunView {
  const fields = unwrapObject(raw, "run", "a run view");
  if (!validateBackendRun(fields)) throw violation(fields, validateBackendRun.errors ?? []);
  const wire: WireRun = fields;
  const { stepOutput } = budget;
  if (stepOutput) for (const text of stepTexts(wire)) stepOutput(text);
  const id = (wire.id || wire.runId) as string;
  const where = `run "${id}"`;
  if (!nameableInPath(id)) throw fieldError(where, wire.id ? "id" : "runId", id, UNNAMEABLE_ID);
  const older = wire.resultPayload ?? wire.result ? undefined : olderResult(wire.resultJson, where, budget);
  const resultPayload = wire.resultPayload ?? wire.result ?? older?.result;
  const { processStatus, resultStatus } = statuses(wire, resultPayload ?? undefined);
  const effectiveStatus = effectiveStatusOf({ processStatus, resultStatus });
  const version = wire.flowVersion ?? wire.version;
  const view: FlowRunView = {
    id,
    eventId: wire.eventId,
    flowName: (wire.flowName || wire.flow) as string,
    // The older runtime's backend does not record the flow's version: left out, not made up.
    ...(version === undefined ? {} : { flowVersion: finiteVersion(version, where, wire.flowVersion === undefined ? "version" : "flowVersion") }),
    stepName: (wire.stepName || wire.step) as string,
    // Backends written for Bun-only flows leave the runner out; Bun is the only default runner.
    runner: wire.runner ?? "bun",
    processStatus,
    effectiveStatus,
    needsAttention: needsAttentionFor(effectiveStatus),
    attempts: (wire.attempts ?? []).map((attempt, index) => readAttempt(attempt, index, id, where)),
    createdAt: "",
    updatedAt: "",
  };
  if (resultStatus) view.resultStatus = resultStatus;
  // Of a long result, what the reports read (kept-result.ts): a wait holds every run's.
  if (resultPayload) Object.assign(view, keptResultFields(resultPayload));
  const output = textOf(wire.output);
  if (output !== undefined) view.output = outputTail(output);
  const error = textOf(wire.error);
  if (error !== undefined) view.error = errorHead(error);
  olderTexts(view, wire, older?.printed);
  for (const key of ["startedAt", "completedAt"] as const) {
    const time = optionalTime(wire[key], where, key);
    if (time !== undefined) view[key] = time;
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
  // A duration no clock can measure (negative, or longer than a Date can span) is the backend's
  // mistake: the one worked out from the run's times, if any, is shown instead.
  if (typeof duration === "number" && duration >= 0 && duration <= MAX_TIME_MS) view.durationMs = duration;
  else if (view.startedAt && view.completedAt) {
    const ms = Date.parse(view.completedAt) - Date.parse(view.startedAt);
    if (Number.isFinite(ms) && ms >= 0) view.durationMs = ms;
  }
  for (const key of ["timedOut", "replay", "alreadyHandled"] as const) {
    if (wire[key] === true) view[key] = true;
  }
  // The older runtime's backend (its records say `backend: "workspace-local"`) marks a replay's
  // runs only by the `_replay` suffix of their ids, and runs them as replays by that rule.
  if (wire.replay === undefined && wire.backend === "workspace-local" && id.endsWith("_replay")) view.replay = true;
  if ((wire.attempts === undefined || wire.attempts === null) && view.processStatus !== "queued") view.attempts = [onlyAttempt(view)];
  return view;
}

/**
 * How the runs of one answer are read: their `resultJson` texts share one budget of objects and
 * arrays (src/json-shape.ts), and `stepOutput`, when given, is handed each text of
 * step output a run carries, whole, before any of it is cut or shown (the action reads
 * `::add-mask::` commands from it: src/action/step-masks.ts).
 */
export type RunReading = ContainerBudget & { stepOutput?: (text: string) => void };

/** The texts of a run that hold what its step printed: its output, the older backend's stdout and stderr, its errors. */
function stepTexts(wire: WireRun): string[] {
  const texts = [wire.output, wire.stdout, wire.stderr, wire.error, ...(wire.attempts ?? []).map((attempt) => attempt.error)].map(textOf);
  return texts.filter((text): text is string => text !== undefined && text !== "");
}

/**
 * The older runtime's backend keeps the FlowResult inside `resultJson`: the text its runner
 * printed, `{"flow", "step", "result": FlowResult}`. Text that is not JSON, or holds no FlowResult,
 * fails the read with the field named, as a bad `resultPayload` does.
 */
function olderResult(text: string | null | undefined, where: string, budget: ContainerBudget): { result: FlowResult; printed: unknown } | undefined {
  if (text === undefined || text === null || text.trim() === "") return undefined;
  // Text inside the answer escapes the answer's own limits: it is measured before it is parsed
  // too (src/json-shape.ts), the runs of one answer sharing one budget of objects and
  // arrays. A result nested deeper than a step's may be would overflow the recursive walks that
  // follow (redaction, JSON.stringify).
  const shape = jsonShape(text, { maxDepth: MAX_PAYLOAD_DEPTH + 1, maxContainers: budget.left });
  if (!shape.ok && shape.exceeded === "depth") {
    throw fieldError(where, "resultJson", text, `JSON nested at most ${MAX_PAYLOAD_DEPTH} levels deep, as a step's FlowResult is`);
  }
  if (!shape.ok) {
    throw fieldError(where, "resultJson", text, `JSON whose objects and arrays, with those of the answer's other resultJson texts, number at most ${MAX_ANSWER_CONTAINERS.toLocaleString("en-US")}`);
  }
  budget.left -= shape.containers;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw fieldError(where, "resultJson", text, "JSON text of a FlowResult (or of {flow, step, result})");
  }
  const result = isObject(value) && isObject(value.result) ? value.result : value;
  if (!validateFlowResult(result)) {
    throw fieldError(where, "resultJson", text, `a FlowResult whose status is ${oneOf(FLOW_RESULT_STATUSES)} (alone or as {flow, step, result})`);
  }
  return { result, printed: value };
}

/**
 * Bytes of a run's `output` kept in its view: its tail, as much as the local runner keeps of a
 * step's output (src/runners/bun.ts, DEFAULT_TAIL_BYTES), more than any report shows of it. The
 * backend may send megabytes per run, and a wait holds up to 1,000 runs, each polled again and
 * again: kept whole, 16 runs of 14 MiB held 224 MB, and the wait's peak RSS reached 524 MB.
 * Step masks are read from the whole text first (RunReading.stepOutput).
 */
export const KEPT_OUTPUT_BYTES = 64 * 1024;
/** Bytes of a run's (or an attempt's) `error` kept in its view: its start, as much as any report shows (src/report/handover-write.ts). */
export const KEPT_ERROR_BYTES = 16 * 1024;

/** The tail of a run's output, redacted whole before the cut, with how much was cut on top (as the local runner writes it). */
function outputTail(text: string): string {
  const kept = redacted(text).tail(KEPT_OUTPUT_BYTES);
  return kept.cut > 0 ? ownCopy(`… ${kept.cut} bytes cut …\n${kept.text}`) : kept.text;
}

/** The start of an error, redacted whole before the cut, with how much was cut after it. */
function errorHead(text: string): string {
  const kept = redacted(text).head(KEPT_ERROR_BYTES);
  return kept.cut > 0 ? ownCopy(`${kept.text}\n… ${kept.cut} more bytes cut`) : kept.text;
}

/**
 * The text in a string of its own: V8 keeps a cut (slice) of a long string as a view into it,
 * which holds the whole text in memory for as long as the cut is kept.
 */
function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** Bytes of the older backend's stdout and stderr kept in a view (the step's own output is bounded the same way). */
const OLDER_OUTPUT_BYTES = 8_000;

/**
 * The older runtime's backend sends its runner's `stdout` and `stderr` instead of `output`, and
 * for a failed run only `flow runner exited with <code>` as `error`: the reason (the step's
 * stderr, or its missing FLOW_RESULT) is in `stderr`, so it is added to the error.
 */
function olderTexts(view: FlowRunView, wire: WireRun, printed: unknown): void {
  // Its stdout is the runner's `{flow, step, result}` when the step gave a result (what
  // resultJson holds, `printed`): the result already shown, so not repeated as output.
  const stdout = repeatsResult(textOf(wire.stdout), printed) ? undefined : textOf(wire.stdout)?.trim();
  const stderr = textOf(wire.stderr)?.trim();
  if (view.output === undefined && (stdout || stderr)) {
    view.output = redacted([stdout, stderr].filter(Boolean).join("\n")).tail(OLDER_OUTPUT_BYTES).text;
  }
  if (view.processStatus === "failed" && stderr && !view.error?.includes(stderr)) {
    // The reason first: a report shows an error's first line, and "flow runner exited with 1" says none.
    view.error = [redacted(stderr).tail(OLDER_OUTPUT_BYTES).text, view.error].filter(Boolean).join("\n");
  }
}

function repeatsResult(stdout: string | undefined, printed: unknown): boolean {
  if (!stdout || printed === undefined) return false;
  // Parsed only to be compared, under the same limits as the answer (src/json-shape.ts).
  if (!jsonShape(stdout, { maxDepth: MAX_PAYLOAD_DEPTH + 1, maxContainers: MAX_ANSWER_CONTAINERS }).ok) return false;
  try {
    return JSON.stringify(JSON.parse(stdout)) === JSON.stringify(printed);
  } catch {
    return false;
  }
}

/**
 * A backend that keeps no attempts (the older runtime's, or a `status`-only one) still ran a
 * started run once: its one attempt is made from the run's own fields, so that the run is not
 * reported as never attempted. Its id is the run's, as the older runtime's backend passes the
 * run id as CODEX_FLOW_ATTEMPT_ID.
 */
function onlyAttempt(view: FlowRunView): FlowRunAttempt {
  const attempt: FlowRunAttempt = { id: view.id, number: 1, status: view.processStatus };
  if (view.resultStatus) attempt.resultStatus = view.resultStatus;
  if (view.startedAt) attempt.startedAt = view.startedAt;
  if (view.completedAt) attempt.completedAt = view.completedAt;
  if (view.error !== undefined) attempt.error = view.error;
  if (view.replay) attempt.replay = true;
  return attempt;
}

/** The fields of schemas/backend-run.schema.json, once validated: the types generated from it (src/generated/types.ts). */
type WireRun = BackendRun;
type WireAttempt = Attempt;
type WireText = WireRun["output"];

function statuses(wire: WireRun, resultPayload: FlowResult | undefined): { processStatus: ProcessStatus; resultStatus?: FlowResultStatus } {
  const resultStatus = wire.resultStatus ?? resultPayload?.status;
  const status = wire.processStatus ?? (wire.status as ProcessStatus | FlowResultStatus);
  if (isProcessStatus(status)) return { processStatus: status, ...(resultStatus ? { resultStatus } : {}) };
  // Some backends report one `status`: a FlowResult status there means the process finished.
  return { processStatus: "completed", resultStatus: resultStatus ?? status };
}

function readAttempt(item: WireAttempt, index: number, runId: string, where: string): FlowRunAttempt {
  const field = `attempts[${index}]`;
  const number = item.number !== undefined && Number.isSafeInteger(item.number) && item.number >= 1 ? item.number : index + 1;
  const attempt: FlowRunAttempt = {
    id: item.id ? item.id : `${runId}_a${number}`,
    number,
    status: (item.status ?? item.processStatus) as ProcessStatus,
  };
  if (item.resultStatus) attempt.resultStatus = item.resultStatus;
  for (const key of ["startedAt", "completedAt"] as const) {
    const time = optionalTime(item[key], where, `${field}.${key}`);
    if (time !== undefined) attempt[key] = time;
  }
  const error = textOf(item.error);
  if (error !== undefined) attempt.error = errorHead(error);
  if (item.timedOut === true) attempt.timedOut = true;
  if (item.replay === true) attempt.replay = true;
  return attempt;
}

/**
 * The schema's most specific complaint as a FlowBackendError: the deepest field (a nested
 * `resultPayload.status` over "resultPayload is not null"), with every value allowed there.
 */
function violation(fields: Fields, errors: readonly ErrorObject[]): FlowBackendError {
  const depth = (error: ErrorObject) => error.instancePath.split("/").length + (error.keyword === "required" ? 1 : 0);
  const candidates = errors.filter((error) => !["anyOf", "allOf", "oneOf"].includes(error.keyword));
  const chosen = candidates.reduce<ErrorObject | undefined>((best, error) => (!best || depth(error) > depth(best) ? error : best), undefined);
  const where = typeof fields.id === "string" && fields.id ? `run "${fields.id}"` : typeof fields.runId === "string" && fields.runId ? `run "${fields.runId}"` : "run";
  if (!chosen) return fieldError(where, "", fields, "a run view");
  const params = chosen.params as Record<string, unknown>;
  const path = fieldOfPointer(chosen.instancePath);
  const field = chosen.keyword === "required" ? [path, String(params.missingProperty)].filter(Boolean).join(".") : path;
  const value = valueAt(fields, field);
  const allowed = errors
    .filter((error) => error.instancePath === chosen.instancePath && error.keyword === "enum")
    .flatMap((error) => (error.params as { allowedValues: unknown[] }).allowedValues.map(String));
  let expected: string;
  if (allowed.length > 0) expected = oneOf([...new Set(allowed)]);
  else if (chosen.keyword === "type") expected = `a ${String(params.type).replace(/,/g, " or ")}`;
  else if (chosen.keyword === "required" || chosen.keyword === "minLength") expected = field === "flowVersion" ? "a number (the flow.toml version)" : "a non-empty string";
  else expected = chosen.message ?? "a valid value";
  return fieldError(where, field, value, expected);
}

function valueAt(fields: Fields, field: string): unknown {
  let value: unknown = fields;
  for (const part of field.split(/\.|\[|\]/).filter(Boolean)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Take the object out of `{data: ...}` and `{<key>: ...}` wrappers; fail on anything else. */
export function unwrapObject(raw: unknown, key: string, what: string): Fields {
  let value = raw;
  for (let depth = 0; depth < 3; depth++) {
    if (!isObject(value)) break;
    if (isObject(value.data) && Object.keys(value).length <= 2) value = value.data;
    else if (isObject(value[key]) && !("id" in value)) value = value[key];
    else break;
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
export function nameableInPath(id: string): boolean {
  return id !== "." && id !== ".." && !LONE_SURROGATE.test(id);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const UNNAMEABLE_ID =
  'a run id other than "." and ".." and without a lone surrogate (half of a UTF-16 pair), which a URL path cannot name (GET /runs/:id, POST /runs/:id/cancel)';

export function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isTerminal(run: FlowRunView): boolean {
  return run.processStatus === "completed" || run.processStatus === "failed" || run.processStatus === "canceled";
}

/** Error texts may come as strings or as `{message}` objects (the schema allows no other). */
function textOf(value: WireText | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
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
function optionalTime(value: unknown, where: string, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const ms = typeof value === "number" ? value : typeof value === "string" ? Date.parse(value) : Number.NaN;
  // Within the ±8.64e15 ms a Date can hold: toISOString throws a RangeError past them.
  if (Number.isFinite(ms) && Math.abs(ms) <= MAX_TIME_MS) return new Date(ms).toISOString();
  throw fieldError(where, field, value, "an ISO time");
}

/** A flow.toml version is a finite number: `"1e999"` passes the schema's pattern but is Infinity. */
function finiteVersion(version: number | string, where: string, field: string): number {
  const number = typeof version === "string" ? Number(version) : version;
  if (!Number.isFinite(number)) throw fieldError(where, field, version, "a finite number (the flow.toml version)");
  return number;
}

function isProcessStatus(value: unknown): value is ProcessStatus {
  return typeof value === "string" && (PROCESS_STATUSES as readonly string[]).includes(value);
}

function fieldError(where: string, field: string, value: unknown, expected: string): FlowBackendError {
  const got = value === undefined ? "is missing" : `is ${describe(value)}`;
  return new FlowBackendError(`${where}: field "${field}" ${got}; expected ${expected}.`, {
    kind: "invalid-response",
    field,
  });
}

function oneOf(values: readonly string[]): string {
  return `one of ${values.join(", ")}`;
}

/** A value of the backend's answer, short, for a message (src/redact-cut.ts). */
export const describe = shownValue;
