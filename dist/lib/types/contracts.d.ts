import type * as Generated from "./generated/types.js";
/** An event that flows react to. `id` is the idempotency key. */
export type FlowEvent<T = unknown> = Omit<Generated.FlowEventShape, "payload"> & {
    payload: T;
};
export declare const FLOW_RESULT_STATUSES: readonly ["skipped", "completed", "changed", "needs_intervention", "blocked", "failed"];
export type FlowResultStatus = Generated.FlowResultStatus;
/** A file/line note a step may return; shown as an annotation on checks. (Extension.) */
export type FlowAnnotation = Generated.FlowAnnotation;
/** What a step reports on its `FLOW_RESULT {json}` line (or returns, in module style). */
export type FlowResult = Generated.FlowResult;
/** `interrupted`: the dispatcher died while the attempt ran (found by the next delivery). (Extension.) */
export declare const PROCESS_STATUSES: readonly ["queued", "running", "completed", "failed", "canceled", "interrupted"];
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
export declare function effectiveStatusOf(run: {
    processStatus: ProcessStatus;
    resultStatus?: FlowResultStatus;
}): EffectiveStatus;
/**
 * A run a dispatch did not start because another dispatch is running it now: reused from the
 * store (`alreadyHandled`) while queued or running. Its status is that dispatch's to settle.
 */
export declare function isRunningElsewhere(run: Pick<FlowRunView, "alreadyHandled" | "effectiveStatus">): boolean;
/**
 * An event about another repository (`upstream.release`, `.updated`, `.deleted`: what the
 * release watcher and a repository dispatch of a release deliver), never a commit's own event.
 */
export declare function isUpstreamEventType(type: string): boolean;
export declare function needsAttentionFor(status: EffectiveStatus): boolean;
export declare function isFlowResultStatus(value: unknown): value is FlowResultStatus;
