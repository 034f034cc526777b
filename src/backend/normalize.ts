import {
  effectiveStatusOf,
  FLOW_RESULT_STATUSES,
  type FlowResult,
  type FlowResultStatus,
  type FlowRunAttempt,
  type FlowRunner,
  type FlowRunView,
  isFlowResultStatus,
  needsAttentionFor,
  PROCESS_STATUSES,
  type ProcessStatus,
} from "../contracts.js";
import { FlowBackendError } from "./errors.js";

type Fields = Record<string, unknown>;

const RUNNERS: readonly FlowRunner[] = ["bun", "code-mode"];

/**
 * Read one run as an HTTP flow backend sends it, leniently: the object may be wrapped in
 * `{run: ...}` or `{data: ...}`; `status` may stand for `processStatus` (or, when it is a
 * FlowResult status, for the result of a finished process) and `result` for `resultPayload`;
 * `effectiveStatus` and `needsAttention` are always derived by the contract's rules, so a
 * backend that leaves them out (or gets them wrong) reads the same as the local engine.
 * Anything that is not a run fails with the name of the field to fix.
 */
export function normalizeRunView(raw: unknown): FlowRunView {
  const fields = unwrapObject(raw, "run", "a run view");
  const id = requiredString(fields, ["id", "runId"], "run");
  const where = `run "${id}"`;
  const resultPayload = readResultPayload(fields, where);
  const { processStatus, resultStatus } = readStatuses(fields, resultPayload, where);
  const effectiveStatus = effectiveStatusOf({ processStatus, resultStatus });
  checkOptionalEffective(fields, where);
  if (fields.needsAttention !== undefined && typeof fields.needsAttention !== "boolean") {
    throw fieldError(where, "needsAttention", fields.needsAttention, "true or false");
  }

  const view: FlowRunView = {
    id,
    eventId: requiredString(fields, ["eventId"], where),
    flowName: requiredString(fields, ["flowName", "flow"], where),
    flowVersion: readVersion(fields, where),
    stepName: requiredString(fields, ["stepName", "step"], where),
    runner: readRunner(fields, where),
    processStatus,
    effectiveStatus,
    needsAttention: needsAttentionFor(effectiveStatus),
    attempts: readAttempts(fields.attempts, id, where),
    createdAt: "",
    updatedAt: "",
  };
  if (resultStatus) view.resultStatus = resultStatus;
  if (resultPayload) view.resultPayload = resultPayload;
  for (const key of ["output", "error"] as const) {
    const text = optionalText(fields[key], where, key);
    if (text !== undefined) view[key] = text;
  }
  for (const key of ["startedAt", "completedAt"] as const) {
    const time = optionalTime(fields[key], where, key);
    if (time !== undefined) view[key] = time;
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
  if (typeof duration === "number" && Number.isFinite(duration)) view.durationMs = duration;
  else if (view.startedAt && view.completedAt) {
    const ms = Date.parse(view.completedAt) - Date.parse(view.startedAt);
    if (Number.isFinite(ms) && ms >= 0) view.durationMs = ms;
  }
  for (const key of ["timedOut", "replay", "alreadyHandled"] as const) {
    if (fields[key] === true) view[key] = true;
  }
  return view;
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

export function isObject(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isTerminal(run: FlowRunView): boolean {
  return run.processStatus === "completed" || run.processStatus === "failed" || run.processStatus === "canceled";
}

function readStatuses(
  fields: Fields,
  resultPayload: FlowResult | undefined,
  where: string,
): { processStatus: ProcessStatus; resultStatus?: FlowResultStatus } {
  let resultStatus: FlowResultStatus | undefined;
  if (fields.resultStatus !== undefined && fields.resultStatus !== null) {
    if (!isFlowResultStatus(fields.resultStatus)) {
      throw fieldError(where, "resultStatus", fields.resultStatus, oneOf(FLOW_RESULT_STATUSES));
    }
    resultStatus = fields.resultStatus;
  }
  resultStatus ??= resultPayload?.status;

  const field = fields.processStatus !== undefined ? "processStatus" : "status";
  const value = fields[field];
  if (isProcessStatus(value)) return { processStatus: value, ...(resultStatus ? { resultStatus } : {}) };
  // Some backends report one `status`: a FlowResult status there means the process finished.
  if (field === "status" && isFlowResultStatus(value)) {
    return { processStatus: "completed", resultStatus: resultStatus ?? value };
  }
  throw fieldError(where, field === "status" && value === undefined ? "processStatus" : field, value, oneOf(PROCESS_STATUSES));
}

function checkOptionalEffective(fields: Fields, where: string): void {
  const value = fields.effectiveStatus;
  if (value === undefined || value === null) return;
  if (!isProcessStatus(value) && !isFlowResultStatus(value)) {
    throw fieldError(where, "effectiveStatus", value, oneOf([...FLOW_RESULT_STATUSES, ...PROCESS_STATUSES]));
  }
}

function readResultPayload(fields: Fields, where: string): FlowResult | undefined {
  const field = fields.resultPayload !== undefined ? "resultPayload" : "result";
  const value = fields[field];
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) throw fieldError(where, field, value, "a FlowResult object");
  if (!isFlowResultStatus(value.status)) {
    throw fieldError(where, `${field}.status`, value.status, oneOf(FLOW_RESULT_STATUSES));
  }
  return value as FlowResult;
}

function readAttempts(value: unknown, runId: string, where: string): FlowRunAttempt[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw fieldError(where, "attempts", value, "an array of attempts");
  return value.map((item: unknown, index) => {
    const field = `attempts[${index}]`;
    if (!isObject(item)) throw fieldError(where, field, item, "an attempt object");
    const statusField = item.status !== undefined ? "status" : "processStatus";
    const status = item[statusField];
    if (!isProcessStatus(status)) throw fieldError(where, `${field}.${statusField}`, status, oneOf(PROCESS_STATUSES));
    const number = typeof item.number === "number" && Number.isInteger(item.number) ? item.number : index + 1;
    const attempt: FlowRunAttempt = {
      id: typeof item.id === "string" && item.id !== "" ? item.id : `${runId}_a${number}`,
      number,
      status,
    };
    if (item.resultStatus !== undefined && item.resultStatus !== null) {
      if (!isFlowResultStatus(item.resultStatus)) {
        throw fieldError(where, `${field}.resultStatus`, item.resultStatus, oneOf(FLOW_RESULT_STATUSES));
      }
      attempt.resultStatus = item.resultStatus;
    }
    for (const key of ["startedAt", "completedAt"] as const) {
      const time = optionalTime(item[key], where, `${field}.${key}`);
      if (time !== undefined) attempt[key] = time;
    }
    const error = optionalText(item.error, where, `${field}.error`);
    if (error !== undefined) attempt.error = error;
    if (item.timedOut === true) attempt.timedOut = true;
    if (item.replay === true) attempt.replay = true;
    return attempt;
  });
}

function readVersion(fields: Fields, where: string): number {
  const field = fields.flowVersion !== undefined ? "flowVersion" : "version";
  const value = fields[field];
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number)) {
    throw fieldError(where, "flowVersion", value, "a number (the flow.toml version)");
  }
  return number;
}

function readRunner(fields: Fields, where: string): FlowRunner {
  // Backends written for Bun-only flows leave the runner out; Bun is the only default runner.
  if (fields.runner === undefined || fields.runner === null) return "bun";
  if (RUNNERS.includes(fields.runner as FlowRunner)) return fields.runner as FlowRunner;
  throw fieldError(where, "runner", fields.runner, oneOf(RUNNERS));
}

function requiredString(fields: Fields, names: string[], where: string): string {
  for (const name of names) {
    const value = fields[name];
    if (typeof value === "string" && value !== "") return value;
  }
  const name = names[0]!;
  throw fieldError(where, name, fields[name], "a non-empty string");
}

/** Error texts may come as strings or as `{message}` objects. */
function optionalText(value: unknown, where: string, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (isObject(value) && typeof value.message === "string") return value.message;
  throw fieldError(where, field, value, "a string");
}

/** Times may come as ISO strings or epoch milliseconds; the views hold ISO strings. */
function optionalTime(value: unknown, where: string, field: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return new Date(value).toISOString();
  if (typeof value === "string" && !Number.isNaN(Date.parse(value))) return value;
  throw fieldError(where, field, value, "an ISO time");
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

export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
