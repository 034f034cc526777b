// A handover file comes from the pull request's own job: whoever opened the pull request
// controls what it says. Its shape, sizes and counts are the contract in
// schemas/handover.schema.json (checked by the compiled validator); this file adds what a
// schema cannot say: the repository and commit must be the ones the trusted workflow_run event
// names, run ids are distinct, serialized sizes are bounded, derived fields (effectiveStatus,
// needsAttention) are recomputed and unknown keys are dropped.
import { describeGot, firstViolation } from "../contract-errors.js";
import {
  effectiveStatusOf,
  type FlowDiagnostic,
  type FlowEvent,
  type FlowResult,
  type FlowRunAttempt,
  type FlowRunView,
  needsAttentionFor,
} from "../contracts.js";
import { contractSchemas } from "../generated/schemas.js";
import type { Handover as HandoverShape } from "../generated/types.js";
import { validateHandover } from "../generated/validators/handover.js";
import { sameRepository } from "../github/repository.js";
import { eventKind, validSha } from "./checks-commit.js";
import { UserError } from "../user-error.js";

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

const handoverSchema = contractSchemas["handover.schema.json"];
const limits = handoverSchema.definitions;

/** The limits a handover is held to: those of schemas/handover.schema.json, plus serialized sizes. */
export const HANDOVER_LIMITS = {
  runs: handoverSchema.properties.runs.maxItems,
  pullRequests: handoverSchema.properties.prNumbers.maxItems,
  problems: handoverSchema.properties.problems.maxItems,
  attempts: limits.run.allOf[1].properties.attempts.maxItems,
  /** flow, step and file names, ids of runs and attempts */
  name: limits.name.maxLength,
  eventId: limits.eventId.maxLength,
  problemFile: handoverSchema.properties.problems.items.allOf[1].properties.file.maxLength,
  problemMessage: handoverSchema.properties.problems.items.allOf[1].properties.message.maxLength,
  /** output tail, error */
  text: limits.multiline.maxLength,
  /** FLOW_RESULT serialized (no schema keyword bounds a serialized size) */
  result: 256 * 1024,
  /** event payload serialized */
  payload: 64 * 1024,
  time: limits.time.maxLength,
} as const;

export class HandoverError extends UserError {
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
  if (!validateHandover(value)) {
    const { field, reason } = firstViolation(validateHandover.errors, value);
    if (field.startsWith("prNumbers")) fail("prNumbers", "must hold distinct positive whole numbers");
    if (field === "headSha") fail("headSha", "must be a 40- or 64-character hex commit SHA");
    fail(field || "the file", reason.slice((field || "the value").length + 1));
  }
  const root = value as HandoverShape;
  if (!sameRepository(root.repository, expected.repository)) {
    fail("repository", `is ${describeGot(root.repository)}, but this workflow runs in ${expected.repository}; a handover is only published to its own repository`);
  }
  const headSha = root.headSha.toLowerCase();
  if (!validSha(headSha)) fail("headSha", "must be a 40- or 64-character hex commit SHA");
  if (headSha !== expected.headSha.toLowerCase()) {
    fail("headSha", `is ${headSha}, but the workflow run that uploaded it was for ${expected.headSha}`);
  }
  const event = flowEvent(root.event);
  if (expected.eventKind && eventKind(event) !== expected.eventKind) {
    fail("event.type", `is ${describeGot(event.type)}, but the uploading workflow ran for a ${expected.eventKind} event`);
  }
  const runs = root.runs.map((run, i) => runView(run, `runs[${i}]`));
  const ids = new Set<string>();
  // One run per step and event: a repeat would share the first one's check run and be lost.
  const steps = new Map<string, number>();
  for (const [i, run] of runs.entries()) {
    if (ids.has(run.id)) fail(`runs[${i}].id`, `repeats ${describeGot(run.id)}`);
    ids.add(run.id);
    const step = JSON.stringify([run.eventId, run.flowName, run.stepName]);
    const first = steps.get(step);
    if (first !== undefined) {
      fail(`runs[${i}]`, `repeats step ${describeGot(`${run.flowName}/${run.stepName}`)} of event ${describeGot(run.eventId)} (runs[${first}]); a step runs once per event`);
    }
    steps.set(step, i);
  }
  const handover: Handover = { version: HANDOVER_VERSION, repository: root.repository, event, headSha, prNumbers: root.prNumbers, runs };
  if (root.problems !== undefined) handover.problems = root.problems.map(problem);
  return handover;
}

function flowEvent(raw: HandoverShape["event"]): FlowEvent {
  if (JSON.stringify(raw.payload).length > HANDOVER_LIMITS.payload) fail("event.payload", `is over ${HANDOVER_LIMITS.payload} bytes`);
  const event: FlowEvent = { id: raw.id, type: raw.type, receivedAt: raw.receivedAt, payload: raw.payload };
  if (raw.source !== undefined) event.source = raw.source;
  if (raw.occurredAt !== undefined) event.occurredAt = raw.occurredAt;
  return event;
}

// wholeResult: the size of a result a flow backend's run view keeps part of (src/backend/kept-result.ts), so
// the report job counts what is cut from the whole, as the dispatching job did.
const RUN_KEYS = ["output", "error", "startedAt", "completedAt", "timedOut", "replay", "alreadyHandled", "wholeResult"] as const;
const ATTEMPT_KEYS = ["resultStatus", "startedAt", "completedAt", "error", "timedOut", "replay"] as const;

function runView(raw: FlowRunView, at: string): FlowRunView {
  const { processStatus, resultStatus } = raw;
  const effectiveStatus = effectiveStatusOf({ processStatus, ...(resultStatus ? { resultStatus } : {}) });
  const view: FlowRunView = {
    id: raw.id,
    eventId: raw.eventId,
    flowName: raw.flowName,
    flowVersion: raw.flowVersion,
    stepName: raw.stepName,
    runner: raw.runner,
    processStatus,
    effectiveStatus,
    needsAttention: needsAttentionFor(effectiveStatus),
    attempts: raw.attempts.map(attempt),
    createdAt: raw.createdAt,
    updatedAt: raw.updatedAt,
  };
  if (resultStatus) view.resultStatus = resultStatus;
  for (const key of RUN_KEYS) if (raw[key] !== undefined) Object.assign(view, { [key]: raw[key] });
  if (raw.durationMs !== undefined) view.durationMs = Math.max(0, raw.durationMs);
  if (raw.resultPayload !== undefined) view.resultPayload = flowResult(raw.resultPayload, `${at}.resultPayload`);
  return view;
}

function attempt(raw: FlowRunAttempt): FlowRunAttempt {
  const item: FlowRunAttempt = { id: raw.id, number: raw.number, status: raw.status };
  for (const key of ATTEMPT_KEYS) if (raw[key] !== undefined) Object.assign(item, { [key]: raw[key] });
  return item;
}

// The result is shown (escaped) in check runs; its annotations are checked one by one later.
function flowResult(raw: FlowResult, at: string): FlowResult {
  if (JSON.stringify(raw).length > HANDOVER_LIMITS.result) fail(at, `is over ${HANDOVER_LIMITS.result} bytes`);
  return raw;
}

function problem(raw: FlowDiagnostic): FlowDiagnostic {
  const item: FlowDiagnostic = { severity: raw.severity, file: raw.file, message: raw.message };
  if (raw.line !== undefined) item.line = raw.line;
  if (raw.column !== undefined) item.column = raw.column;
  return item;
}

function fail(field: string, problem: string): never {
  throw new HandoverError(
    `The flows-report handover was refused: ${field} ${problem}. It was written by the pull request's own job, which is untrusted, so nothing was published.`,
    field,
  );
}
