import { firstViolation } from "../contract-errors.js";
import type { DispatchResult, FlowEvent, FlowRunView } from "../contracts.js";
import { normalizeFlowEvent } from "../engine/event.js";
import { validateBackendDispatchResult } from "../generated/validators/backend-dispatch-result.js";
import { MAX_ANSWER_CONTAINERS } from "./answer-shape.js";
import { FlowBackendError } from "./errors.js";
import { describe, isObject, nameableInPath, normalizeRunView, UNNAMEABLE_ID, unwrapObject } from "./normalize.js";

/** Runs of one event the action waits for and reports (schemas/backend-dispatch-result.schema.json runIds maxItems). */
export const MAX_RUNS = 1000;

/** The contract's dispatch result: what `POST /events` answers. */
export type BackendDispatchResult = DispatchResult;

/**
 * Read a `POST /events` answer: `{status, eventId, runIds, matched, idempotent?, event, runs}`,
 * possibly inside `{data: ...}`. Missing `eventId`, `runIds`, `matched` and `event` are taken
 * from the event sent and the runs returned; `status` is required, it is the answer
 * (schemas/backend-dispatch-result.schema.json).
 */
export function normalizeDispatchResult(raw: unknown, sent: FlowEvent, stepOutput?: (text: string) => void): BackendDispatchResult {
  const fields = unwrapObject(raw, "result", "a dispatch result");
  if (!validateBackendDispatchResult(fields)) throw violation(fields);
  const status = fields.status;
  const event = readEvent(fields.event, sent);
  const runs = fields.runs === undefined || fields.runs === null ? [] : normalizeRunList(fields.runs, stepOutput);
  const eventId = typeof fields.eventId === "string" && fields.eventId !== "" ? fields.eventId : event.id;
  const runIds = readRunIds(fields.runIds, runs);
  const matched = typeof fields.matched === "number" && Number.isInteger(fields.matched) ? fields.matched : runIds.length;
  const result: BackendDispatchResult = { status, eventId, runIds, matched, event, runs };
  if (typeof fields.idempotent === "boolean") result.idempotent = fields.idempotent;
  else if (status === "duplicate") result.idempotent = true;
  return result;
}

/**
 * Read a list of runs: a bare array, `{runs: [...]}`, `{data: ...}`, `{run: ...}`; items may be
 * `{run: ...}`. `stepOutput` is given the step output each run carries (normalizeRunView).
 */
export function normalizeRunList(raw: unknown, stepOutput?: (text: string) => void): FlowRunView[] {
  let value = raw;
  for (let depth = 0; depth < 3 && isObject(value); depth++) {
    if (Array.isArray(value.runs)) value = value.runs;
    else if (value.data !== undefined) value = value.data;
    else if (isObject(value.run)) value = [value.run];
    else break;
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

function readEvent(value: unknown, sent: FlowEvent): FlowEvent {
  if (value === undefined || value === null) return sent;
  try {
    return normalizeFlowEvent(value);
  } catch (error) {
    throw invalid(`field "event" is not a FlowEvent: ${error instanceof Error ? error.message : String(error)}`, "event");
  }
}

function readRunIds(value: string[] | null | undefined, runs: FlowRunView[]): string[] {
  const odd = value?.find((id) => !nameableInPath(id));
  if (odd !== undefined) throw invalid(`field "runIds" holds ${describe(odd)}; expected ${UNNAMEABLE_ID}.`, "runIds");
  // Each run once: a run named twice would be reported, counted and canceled twice.
  return [...new Set(value ?? runs.map((run) => run.id))];
}

/** What schemas/backend-dispatch-result.schema.json found wrong, as the field to fix. */
function violation(fields: Record<string, unknown>): FlowBackendError {
  const { field } = firstViolation(validateBackendDispatchResult.errors, fields);
  if (Array.isArray(fields.runIds) && fields.runIds.length > MAX_RUNS) {
    return invalid(`field "runIds" lists ${fields.runIds.length} runs; at most ${MAX_RUNS} runs for one event are waited for and reported.`, "runIds");
  }
  if (field.startsWith("runIds")) {
    return invalid(`field "runIds" is ${describe(fields.runIds)}; expected an array of run ids.`, "runIds");
  }
  return invalid(`field "status" is ${describe(fields.status)}; expected "accepted" or "duplicate".`, "status");
}

function invalid(message: string, field: string): FlowBackendError {
  return new FlowBackendError(`dispatch result: ${message}`, { kind: "invalid-response", field });
}
