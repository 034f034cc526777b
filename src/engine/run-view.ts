import {
  type EffectiveStatus,
  effectiveStatusOf,
  type FlowDispatcher,
  type FlowEvent,
  type FlowRunAttempt,
  type FlowRunView,
  needsAttentionFor,
} from "../contracts.js";
import type { FlowPackage, FlowStep } from "../flows/types.js";
import { isLiveAttempt, isOrphaned } from "../state/dispatcher.js";
import { SETTLED_STATUSES } from "../state/run-merge.js";
import type { StepOutcome } from "../runners/types.js";


/** A stored run is settled when its last attempt succeeded or is waiting on a human. */
export function isSettled(run: FlowRunView): boolean {
  return isSettledStatus(run.effectiveStatus);
}

export function isSettledStatus(status: EffectiveStatus): boolean {
  return SETTLED_STATUSES.has(status);
}

/**
 * The latest attempt of a stored run that another dispatcher is running now (alive on this
 * host, or within its lease on another): a delivery then must not start the step beside it.
 * Any attempt, not only the last: attempts are ordered by the start their dispatcher gave them
 * before its claim, and a claim the branch store pushed after retries can land after the start
 * of an attempt whose dispatcher died meanwhile; until its step ends (and its start is the
 * process's), that dead attempt sorts last.
 */
export function liveAttemptOf(run: FlowRunView, now?: number): FlowRunAttempt | undefined {
  return run.attempts.findLast((attempt) => isLiveAttempt(attempt, now));
}

/**
 * Whether a stored run, read as this dispatch's start was being claimed (state/types.ts,
 * RunClaim), is another dispatch's: it runs the step now, or (unless this is a replay) it has
 * settled it since this dispatch read the record. The rule a dispatch plans by, applied again
 * at the latest record. An attempt of `mine` in it is this claim's own, stored already.
 */
export function isTakenElsewhere(stored: FlowRunView, mine: FlowRunView, replay: boolean): boolean {
  const key = mine.attempts.at(-1)?.key;
  if (key !== undefined && stored.attempts.some((attempt) => attempt.key === key)) return false;
  return liveAttemptOf(stored) !== undefined || (!replay && isSettled(stored));
}

/**
 * Whether the stored copy of a run read as its start was claimed (`stored`) was left running by
 * a dispatcher that is gone, in an attempt the copy the dispatch planned by (`previous`) did not
 * hold: the step runs again as an interrupted one, which the plan did not see (and did not say).
 */
export function interruptedSince(stored: FlowRunView, previous: FlowRunView | undefined): boolean {
  const last = stored.attempts.at(-1);
  if (last === undefined || (last.status !== "interrupted" && !isOrphaned(last))) return false;
  return previous?.attempts.some((attempt) => sameAttempt(attempt, last)) !== true;
}

/** One attempt in two copies of a run: by its key, or (older records) its id and start. */
function sameAttempt(a: FlowRunAttempt, b: FlowRunAttempt): boolean {
  if (a.key !== undefined || b.key !== undefined) return a.key === b.key;
  return a.id === b.id && a.startedAt === b.startedAt;
}

/** The view of a step that is about to run (or, in a dry run, would run). */
export function startRunView(options: {
  runId: string;
  event: FlowEvent;
  flow: FlowPackage;
  step: FlowStep;
  previous?: FlowRunView;
  attemptId: string;
  replay: boolean;
  now: string;
  processStatus: "queued" | "running";
  /** Who runs the attempt, and its unique key (see state/dispatcher.ts). */
  dispatcher?: FlowDispatcher;
  key?: string;
}): FlowRunView {
  const { previous, now } = options;
  const attempts = previous ? [...previous.attempts] : [];
  const attempt: FlowRunAttempt = {
    id: options.attemptId,
    number: attempts.length + 1,
    status: options.processStatus,
    startedAt: now,
  };
  if (options.replay) attempt.replay = true;
  if (options.key) attempt.key = options.key;
  if (options.dispatcher) attempt.dispatcher = options.dispatcher;
  attempts.push(attempt);
  const view: FlowRunView = {
    id: options.runId,
    eventId: options.event.id,
    flowName: options.flow.name,
    flowVersion: options.flow.version,
    stepName: options.step.name,
    runner: options.step.runner,
    processStatus: options.processStatus,
    effectiveStatus: options.processStatus,
    needsAttention: false,
    attempts,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    startedAt: now,
  };
  if (options.replay) view.replay = true;
  return view;
}

/** Fold a finished attempt into its run view. */
export function finishRunView(view: FlowRunView, outcome: StepOutcome): FlowRunView {
  const attempts = [...view.attempts];
  const last = attempts.at(-1);
  if (last) {
    const finished: FlowRunAttempt = {
      ...last,
      status: outcome.processStatus,
      startedAt: outcome.startedAt,
      completedAt: outcome.completedAt,
    };
    if (outcome.result) finished.resultStatus = outcome.result.status;
    if (outcome.error) finished.error = outcome.error;
    if (outcome.timedOut) finished.timedOut = true;
    attempts[attempts.length - 1] = finished;
  }
  const done: FlowRunView = {
    ...view,
    processStatus: outcome.processStatus,
    attempts,
    output: outcome.output,
    startedAt: outcome.startedAt,
    completedAt: outcome.completedAt,
    updatedAt: outcome.completedAt,
    durationMs: outcome.durationMs,
  };
  delete done.resultStatus;
  delete done.resultPayload;
  delete done.error;
  delete done.timedOut;
  if (outcome.result) {
    done.resultStatus = outcome.result.status;
    done.resultPayload = outcome.result;
  }
  if (outcome.error) done.error = outcome.error;
  if (outcome.timedOut) done.timedOut = true;
  done.effectiveStatus = effectiveStatusOf(done);
  done.needsAttention = needsAttentionFor(done.effectiveStatus);
  return done;
}
