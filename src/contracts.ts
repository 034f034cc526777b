// The flow contracts shared by every part of flows-action.
// Source of truth: shared/flow-contracts.md. Field names and meanings here must stay
// compatible with flow packages and run views written for the older Bun flow runtime.

import type * as Generated from "./generated/types.js";

// The shapes below are generated from schemas/*.schema.json (npm run build:schemas), so the
// TypeScript types and the compiled validators come from one source. Only the generic
// FlowEvent payload is added here.

/** An event that flows react to. `id` is the idempotency key. */
export type FlowEvent<T = unknown> = Omit<Generated.FlowEventShape, "payload"> & { payload: T };

export const FLOW_RESULT_STATUSES = [
  "skipped",
  "completed",
  "changed",
  "needs_intervention",
  "blocked",
  "failed",
] as const satisfies readonly Generated.FlowResultStatus[];
export type FlowResultStatus = Generated.FlowResultStatus;

/** A file/line note a step may return; shown as an annotation on checks. (Extension.) */
export type FlowAnnotation = Generated.FlowAnnotation;

/** What a step reports on its `FLOW_RESULT {json}` line (or returns, in module style). */
export type FlowResult = Generated.FlowResult;

/** `interrupted`: the dispatcher died while the attempt ran (found by the next delivery). (Extension.) */
export const PROCESS_STATUSES = ["queued", "running", "completed", "failed", "canceled", "interrupted"] as const satisfies readonly Generated.ProcessStatus[];
export type ProcessStatus = Generated.ProcessStatus;

/** resultStatus when there is one, else processStatus. */
export type EffectiveStatus = Generated.EffectiveStatus;

export type FlowRunAttempt = Generated.FlowRunAttempt;
/** An edit made to a stored event for one replay attempt. */
export type ReplayEdit = Generated.ReplayEdit;

/** Who ran an attempt (host, pid, process start), to tell a dead dispatcher's run from a live one. */
export type FlowDispatcher = Generated.FlowDispatcher;

/** One executed (or deliberately not executed) step of one flow for one event. */
export type FlowRunView = Generated.FlowRunView;

export type FlowRunner = Generated.FlowRunner;

export type DispatchStatus = "accepted" | "duplicate";

/** What a dispatch answers (the contract's shape, local or from a flow backend). */
export type DispatchResult = {
  status: DispatchStatus;
  eventId: string;
  runIds: string[];
  matched: number;
  idempotent?: boolean;
  event: FlowEvent;
  runs: FlowRunView[];
};

/** A problem found in a flow package or schema: where it is and what to change. */
export type FlowDiagnostic = Generated.FlowDiagnostic;

export function effectiveStatusOf(run: {
  processStatus: ProcessStatus;
  resultStatus?: FlowResultStatus;
}): EffectiveStatus {
  return run.resultStatus ?? run.processStatus;
}

/**
 * A run a dispatch did not start because another dispatch is running it now: reused from the
 * store (`alreadyHandled`) while queued or running. Its status is that dispatch's to settle.
 */
export function isRunningElsewhere(run: Pick<FlowRunView, "alreadyHandled" | "effectiveStatus">): boolean {
  return run.alreadyHandled === true && (run.effectiveStatus === "queued" || run.effectiveStatus === "running");
}

/**
 * An event about another repository (`upstream.release`, `.updated`, `.deleted`: what the
 * release watcher and a repository dispatch of a release deliver), never a commit's own event.
 */
export function isUpstreamEventType(type: string): boolean {
  return type.startsWith("upstream.");
}

export function needsAttentionFor(status: EffectiveStatus): boolean {
  return status === "blocked" || status === "needs_intervention";
}

export function isFlowResultStatus(value: unknown): value is FlowResultStatus {
  return typeof value === "string" && (FLOW_RESULT_STATUSES as readonly string[]).includes(value);
}
