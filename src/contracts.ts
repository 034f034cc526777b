// The flow contracts shared by every part of flows-action.
// Source of truth: shared/flow-contracts.md. Field names and meanings here must stay
// compatible with flow packages and run views written for the older Bun flow runtime.

/** An event that flows react to. `id` is the idempotency key. */
export type FlowEvent<T = unknown> = {
  id: string;
  type: string;
  source?: string;
  occurredAt?: string;
  receivedAt: string;
  payload: T;
};

export const FLOW_RESULT_STATUSES = [
  "skipped",
  "completed",
  "changed",
  "needs_intervention",
  "blocked",
  "failed",
] as const;
export type FlowResultStatus = (typeof FLOW_RESULT_STATUSES)[number];

/** A file/line note a step may return; shown as an annotation on checks. (Extension.) */
export type FlowAnnotation = {
  path: string;
  line?: number;
  endLine?: number;
  column?: number;
  level?: "notice" | "warning" | "failure";
  message: string;
  title?: string;
};

/** What a step reports on its `FLOW_RESULT {json}` line (or returns, in module style). */
export type FlowResult = {
  status: FlowResultStatus;
  message?: string;
  artifacts?: Record<string, unknown>;
  next?: FlowEvent[];
  annotations?: FlowAnnotation[];
  [key: string]: unknown;
};

export const PROCESS_STATUSES = ["queued", "running", "completed", "failed", "canceled"] as const;
export type ProcessStatus = (typeof PROCESS_STATUSES)[number];

/** resultStatus when there is one, else processStatus. */
export type EffectiveStatus = FlowResultStatus | ProcessStatus;

export type FlowRunAttempt = {
  id: string;
  number: number;
  status: ProcessStatus;
  resultStatus?: FlowResultStatus;
  startedAt?: string;
  completedAt?: string;
  error?: string;
  /** The attempt was stopped because it ran past the step's timeout_ms. (Extension.) */
  timedOut?: boolean;
  /** The attempt was started by an explicit replay. (Extension.) */
  replay?: boolean;
};

/** One executed (or deliberately not executed) step of one flow for one event. */
export type FlowRunView = {
  id: string;
  eventId: string;
  flowName: string;
  flowVersion: number;
  stepName: string;
  runner: FlowRunner;
  processStatus: ProcessStatus;
  resultStatus?: FlowResultStatus;
  effectiveStatus: EffectiveStatus;
  needsAttention: boolean;
  attempts: FlowRunAttempt[];
  /** Bounded tail of the step's stdout and stderr. */
  output?: string;
  resultPayload?: FlowResult;
  error?: string;
  createdAt: string;
  updatedAt: string;
  startedAt?: string;
  completedAt?: string;
  durationMs?: number;
  timedOut?: boolean;
  replay?: boolean;
  /** Set when this dispatch reused a stored successful run instead of running again. */
  alreadyHandled?: boolean;
};

export type FlowRunner = "bun" | "code-mode";

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
export type FlowDiagnostic = {
  severity: "error" | "warning";
  file: string;
  line?: number;
  column?: number;
  message: string;
};

export function effectiveStatusOf(run: {
  processStatus: ProcessStatus;
  resultStatus?: FlowResultStatus;
}): EffectiveStatus {
  return run.resultStatus ?? run.processStatus;
}

export function needsAttentionFor(status: EffectiveStatus): boolean {
  return status === "blocked" || status === "needs_intervention";
}

export function isFlowResultStatus(value: unknown): value is FlowResultStatus {
  return typeof value === "string" && (FLOW_RESULT_STATUSES as readonly string[]).includes(value);
}
