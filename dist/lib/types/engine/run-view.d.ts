import { type EffectiveStatus, type FlowDispatcher, type FlowEvent, type FlowRunAttempt, type FlowRunView } from "../contracts.js";
import type { FlowPackage, FlowStep } from "../flows/types.js";
import type { StepOutcome } from "../runners/types.js";
/** A stored run is settled when its last attempt succeeded or is waiting on a human. */
export declare function isSettled(run: FlowRunView): boolean;
export declare function isSettledStatus(status: EffectiveStatus): boolean;
/**
 * The latest attempt of a stored run that another dispatcher is running now (alive on this
 * host, or within its lease on another): a delivery then must not start the step beside it.
 * Any attempt, not only the last: attempts are ordered by the start their dispatcher gave them
 * before its claim, and a claim the branch store pushed after retries can land after the start
 * of an attempt whose dispatcher died meanwhile; until its step ends (and its start is the
 * process's), that dead attempt sorts last.
 */
export declare function liveAttemptOf(run: FlowRunView, now?: number): FlowRunAttempt | undefined;
/**
 * Whether a stored run, read as this dispatch's start was being claimed (state/types.ts,
 * RunClaim), is another dispatch's: it runs the step now, or (unless this is a replay) it has
 * settled it since this dispatch read the record. The rule a dispatch plans by, applied again
 * at the latest record. An attempt of `mine` in it is this claim's own, stored already.
 */
export declare function isTakenElsewhere(stored: FlowRunView, mine: FlowRunView, replay: boolean): boolean;
/**
 * Whether the stored copy of a run read as its start was claimed (`stored`) was left running by
 * a dispatcher that is gone, in an attempt the copy the dispatch planned by (`previous`) did not
 * hold: the step runs again as an interrupted one, which the plan did not see (and did not say).
 */
export declare function interruptedSince(stored: FlowRunView, previous: FlowRunView | undefined): boolean;
/** The view of a step that is about to run (or, in a dry run, would run). */
export declare function startRunView(options: {
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
}): FlowRunView;
/** Fold a finished attempt into its run view. */
export declare function finishRunView(view: FlowRunView, outcome: StepOutcome): FlowRunView;
