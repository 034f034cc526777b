// A handover file comes from the pull request's own job: whoever opened the pull request
// controls what it says. Every field is checked for type and size, counts are capped, derived
// fields (effectiveStatus, needsAttention) are recomputed, unknown keys are dropped, and the
// repository and commit must be the ones the trusted workflow_run event names.
import {
  effectiveStatusOf,
  FLOW_RESULT_STATUSES,
  type FlowDiagnostic,
  type FlowEvent,
  type FlowResult,
  type FlowRunAttempt,
  type FlowRunView,
  needsAttentionFor,
  PROCESS_STATUSES,
} from "../contracts.js";
import { isObject } from "../events/fields.js";
import { sameRepository } from "../github/repository.js";
import { eventKind, validSha } from "./checks-commit.js";
import { pullRequestNumbers } from "./comment-pulls.js";

export const HANDOVER_VERSION = 1;

export type Handover = {
  version: typeof HANDOVER_VERSION;
  repository: string;
  event: FlowEvent;
  headSha: string;
  prNumbers: number[];
  runs: FlowRunView[];
  problems?: FlowDiagnostic[];
};

export const HANDOVER_LIMITS = {
  runs: 500,
  pullRequests: 10,
  problems: 500,
  attempts: 50,
  /** flow, step and file names, ids of runs and attempts */
  name: 200,
  eventId: 1024,
  /** output tail, error */
  text: 64 * 1024,
  /** FLOW_RESULT serialized */
  result: 256 * 1024,
  /** event payload serialized */
  payload: 64 * 1024,
  time: 64,
} as const;

export class HandoverError extends Error {
  override name = "HandoverError";
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export type HandoverExpectations = {
  /** GITHUB_REPOSITORY of the publishing workflow. */
  repository: string;
  /** workflow_run.head_sha from the trusted event. */
  headSha: string;
  /** workflow_run.event (e.g. `pull_request`): the handover's event must be of this kind. */
  eventKind?: string;
};

/** The handover, checked; throws HandoverError naming the first field that is wrong. */
export function parseHandover(value: unknown, expected: HandoverExpectations): Handover {
  const root = object(value, "the file");
  if (root.version !== HANDOVER_VERSION) fail("version", `must be ${HANDOVER_VERSION} (got ${describe(root.version)})`);
  const repository = text(root.repository, "repository", HANDOVER_LIMITS.name);
  if (!sameRepository(repository, expected.repository)) {
    fail("repository", `is "${clip(repository)}", but this workflow runs in ${expected.repository}; a handover is only published to its own repository`);
  }
  const headSha = text(root.headSha, "headSha", 64).toLowerCase();
  if (!validSha(headSha)) fail("headSha", "must be a 40- or 64-character hex commit SHA");
  if (headSha !== expected.headSha.toLowerCase()) {
    fail("headSha", `is ${headSha}, but the workflow run that uploaded it was for ${expected.headSha}`);
  }
  const prs = list(root.prNumbers, "prNumbers", HANDOVER_LIMITS.pullRequests);
  const prNumbers = pullRequestNumbers(prs);
  if (prNumbers.length !== prs.length) fail("prNumbers", "must hold distinct positive whole numbers");
  const event = flowEvent(root.event);
  if (expected.eventKind && eventKind(event) !== expected.eventKind) {
    fail("event.type", `is "${clip(event.type)}", but the uploading workflow ran for a ${expected.eventKind} event`);
  }
  const runs = list(root.runs, "runs", HANDOVER_LIMITS.runs).map((item, i) => runView(item, `runs[${i}]`));
  const ids = new Set<string>();
  for (const [i, run] of runs.entries()) {
    if (ids.has(run.id)) fail(`runs[${i}].id`, `repeats "${clip(run.id)}"`);
    ids.add(run.id);
  }
  const handover: Handover = { version: HANDOVER_VERSION, repository, event, headSha, prNumbers, runs };
  if (root.problems !== undefined) {
    handover.problems = list(root.problems, "problems", HANDOVER_LIMITS.problems).map((item, i) => problem(item, `problems[${i}]`));
  }
  return handover;
}

function flowEvent(value: unknown): FlowEvent {
  const raw = object(value, "event");
  const type = text(raw.type, "event.type", HANDOVER_LIMITS.name);
  if (!/^[A-Za-z0-9_.:/-]+$/.test(type)) fail("event.type", "may only hold letters, digits and _ . : / -");
  const payload = object(raw.payload ?? {}, "event.payload");
  if (JSON.stringify(payload).length > HANDOVER_LIMITS.payload) fail("event.payload", `is over ${HANDOVER_LIMITS.payload} bytes`);
  const event: FlowEvent = {
    id: text(raw.id, "event.id", HANDOVER_LIMITS.eventId),
    type,
    receivedAt: text(raw.receivedAt, "event.receivedAt", HANDOVER_LIMITS.time),
    payload,
  };
  const source = optionalText(raw.source, "event.source", HANDOVER_LIMITS.name);
  if (source !== undefined) event.source = source;
  const occurredAt = optionalText(raw.occurredAt, "event.occurredAt", HANDOVER_LIMITS.time);
  if (occurredAt !== undefined) event.occurredAt = occurredAt;
  return event;
}

function runView(value: unknown, at: string): FlowRunView {
  const raw = object(value, at);
  const processStatus = oneOf(raw.processStatus, `${at}.processStatus`, PROCESS_STATUSES);
  const resultStatus = raw.resultStatus === undefined ? undefined : oneOf(raw.resultStatus, `${at}.resultStatus`, FLOW_RESULT_STATUSES);
  const effectiveStatus = effectiveStatusOf({ processStatus, ...(resultStatus ? { resultStatus } : {}) });
  const attempts = list(raw.attempts, `${at}.attempts`, HANDOVER_LIMITS.attempts).map((item, i) => attempt(item, `${at}.attempts[${i}]`));
  const view: FlowRunView = {
    id: text(raw.id, `${at}.id`, HANDOVER_LIMITS.name),
    eventId: text(raw.eventId, `${at}.eventId`, HANDOVER_LIMITS.eventId),
    flowName: text(raw.flowName, `${at}.flowName`, HANDOVER_LIMITS.name),
    flowVersion: finite(raw.flowVersion, `${at}.flowVersion`),
    stepName: text(raw.stepName, `${at}.stepName`, HANDOVER_LIMITS.name),
    runner: oneOf(raw.runner, `${at}.runner`, ["bun", "code-mode"] as const),
    processStatus,
    effectiveStatus,
    needsAttention: needsAttentionFor(effectiveStatus),
    attempts,
    createdAt: text(raw.createdAt, `${at}.createdAt`, HANDOVER_LIMITS.time),
    updatedAt: text(raw.updatedAt, `${at}.updatedAt`, HANDOVER_LIMITS.time),
  };
  if (resultStatus) view.resultStatus = resultStatus;
  const optional = {
    output: optionalText(raw.output, `${at}.output`, HANDOVER_LIMITS.text, true),
    error: optionalText(raw.error, `${at}.error`, HANDOVER_LIMITS.text, true),
    startedAt: optionalText(raw.startedAt, `${at}.startedAt`, HANDOVER_LIMITS.time),
    completedAt: optionalText(raw.completedAt, `${at}.completedAt`, HANDOVER_LIMITS.time),
  };
  for (const [key, item] of Object.entries(optional)) if (item !== undefined) Object.assign(view, { [key]: item });
  if (raw.durationMs !== undefined) view.durationMs = Math.max(0, finite(raw.durationMs, `${at}.durationMs`));
  for (const flag of ["timedOut", "replay", "alreadyHandled"] as const) {
    if (raw[flag] !== undefined) view[flag] = bool(raw[flag], `${at}.${flag}`);
  }
  if (raw.resultPayload !== undefined) view.resultPayload = flowResult(raw.resultPayload, `${at}.resultPayload`);
  return view;
}

function attempt(value: unknown, at: string): FlowRunAttempt {
  const raw = object(value, at);
  const number = finite(raw.number, `${at}.number`);
  if (!Number.isSafeInteger(number) || number < 1) fail(`${at}.number`, "must be a whole number from 1");
  const item: FlowRunAttempt = {
    id: text(raw.id, `${at}.id`, HANDOVER_LIMITS.name),
    number,
    status: oneOf(raw.status, `${at}.status`, PROCESS_STATUSES),
  };
  if (raw.resultStatus !== undefined) item.resultStatus = oneOf(raw.resultStatus, `${at}.resultStatus`, FLOW_RESULT_STATUSES);
  const startedAt = optionalText(raw.startedAt, `${at}.startedAt`, HANDOVER_LIMITS.time);
  if (startedAt !== undefined) item.startedAt = startedAt;
  const completedAt = optionalText(raw.completedAt, `${at}.completedAt`, HANDOVER_LIMITS.time);
  if (completedAt !== undefined) item.completedAt = completedAt;
  const error = optionalText(raw.error, `${at}.error`, HANDOVER_LIMITS.text, true);
  if (error !== undefined) item.error = error;
  for (const flag of ["timedOut", "replay"] as const) if (raw[flag] !== undefined) item[flag] = bool(raw[flag], `${at}.${flag}`);
  return item;
}

// The result is shown (escaped) in check runs; its annotations are checked one by one later.
function flowResult(value: unknown, at: string): FlowResult {
  const raw = object(value, at);
  oneOf(raw.status, `${at}.status`, FLOW_RESULT_STATUSES);
  if (JSON.stringify(raw).length > HANDOVER_LIMITS.result) fail(at, `is over ${HANDOVER_LIMITS.result} bytes`);
  if (raw.message !== undefined) text(raw.message, `${at}.message`, HANDOVER_LIMITS.text, true);
  return raw as FlowResult;
}

function problem(value: unknown, at: string): FlowDiagnostic {
  const raw = object(value, at);
  const item: FlowDiagnostic = {
    severity: oneOf(raw.severity, `${at}.severity`, ["error", "warning"] as const),
    file: text(raw.file, `${at}.file`, 1024),
    message: text(raw.message, `${at}.message`, 8 * 1024, true),
  };
  for (const key of ["line", "column"] as const) {
    if (raw[key] === undefined) continue;
    const n = finite(raw[key], `${at}.${key}`);
    if (!Number.isSafeInteger(n) || n < 1) fail(`${at}.${key}`, "must be a whole number from 1");
    item[key] = n;
  }
  return item;
}

function fail(field: string, problem: string): never {
  throw new HandoverError(
    `The flows-report handover was refused: ${field} ${problem}. It was written by the pull request's own job, which is untrusted, so nothing was published.`,
    field,
  );
}

function object(value: unknown, at: string): Record<string, unknown> {
  if (!isObject(value)) fail(at, `must be a JSON object (got ${describe(value)})`);
  return value;
}

function list(value: unknown, at: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(at, `must be an array (got ${describe(value)})`);
  if (value.length > max) fail(at, `has ${value.length} items; at most ${max} are accepted`);
  return value;
}

function text(value: unknown, at: string, max: number, multiline = false): string {
  if (typeof value !== "string") fail(at, `must be a string (got ${describe(value)})`);
  if (value.length > max) fail(at, `is ${value.length} characters long; at most ${max} are accepted`);
  // Output tails keep their escape sequences (colours): they are only ever shown inside code
  // blocks. Names and ids, which end up in titles and messages, must be one clean line.
  const control = multiline ? /\u0000/ : /[\u0000-\u001f\u007f]/;
  if (control.test(value)) fail(at, "holds control characters");
  return value;
}

function optionalText(value: unknown, at: string, max: number, multiline = false): string | undefined {
  return value === undefined ? undefined : text(value, at, max, multiline);
}

function finite(value: unknown, at: string): number {
  if (typeof value !== "number" || !Number.isFinite(value)) fail(at, `must be a number (got ${describe(value)})`);
  return value;
}

function bool(value: unknown, at: string): boolean {
  if (typeof value !== "boolean") fail(at, `must be true or false (got ${describe(value)})`);
  return value;
}

function oneOf<T extends string>(value: unknown, at: string, allowed: readonly T[]): T {
  if (typeof value !== "string" || !allowed.includes(value as T)) fail(at, `must be one of ${allowed.join(", ")} (got ${describe(value)})`);
  return value as T;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return `"${clip(value)}"`;
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/** Untrusted text quoted in a message: short, one line. */
function clip(value: string): string {
  const line = value.replace(/[\u0000-\u001f\u007f]/g, " ");
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
