import type { FlowRunAttempt, FlowRunView } from "../contracts.js";
import { UserError } from "../user-error.js";
import type { EventRecord, StateStore } from "./types.js";
export type ForgetEventOptions = {
    now?: Date;
    /** Who forgot it, for the record: `flows forget`, a workflow run ... */
    by?: string;
    /**
     * Forget runs with an attempt still running too. Without it such an event is refused
     * (EventStillRunningError). For a dispatcher known to be gone that the store cannot yet tell
     * is gone: on another host, before its lease (`until`) runs out.
     */
    force?: boolean;
};
export type ForgetResult = {
    /** The record as stored once the forget was saved (with what other writers saved meanwhile). */
    record: EventRecord;
    /** Every run of the event, as the forget marked it. */
    forgotten: FlowRunView[];
    /**
     * Forgotten runs with an attempt that was still running (with `force`, or started while the
     * forget was saved): a delivery before it ends runs the step a second time beside it.
     */
    stillRunning: RunningStep[];
    /** Forgotten runs that another delivery started again after the forget, as stored now. */
    startedAgain: FlowRunView[];
};
/** A run with an attempt that is running now, by a dispatcher that is not known to be gone. */
export type RunningStep = {
    run: FlowRunView;
    attempt: FlowRunAttempt;
};
/** `forgetEvent` of an event whose steps are running now, without `force`. */
export declare class EventStillRunningError extends UserError {
    name: string;
    readonly eventId: string;
    readonly running: RunningStep[];
    constructor(eventId: string, running: RunningStep[]);
}
/**
 * Mark every run of `eventId` as forgotten; undefined when the store does not hold the event.
 * Throws EventStillRunningError when a run has an attempt running now (its dispatcher alive, or
 * on another host with its lease not run out), unless `options.force`.
 */
export declare function forgetEvent(store: StateStore, eventId: string, options?: ForgetEventOptions): Promise<ForgetResult | undefined>;
/** Runs with an attempt running now, by a dispatcher not known to be gone (dispatcher.ts). */
export declare function runningSteps(runs: readonly FlowRunView[], now?: number): RunningStep[];
/** `flow/step (attempt 2, running since <time>, pid 123 on host, until <time>)`. */
export declare function describeRunningStep({ run, attempt }: RunningStep): string;
/**
 * Whether `attempt` is the mark a forget left on `run`: canceled, with the id `<run id>_<n>` (the
 * engine's are `<run id>_a<n>`), or that id kept as its key by a merge that renumbered it.
 */
export declare function isForgetAttempt(run: Pick<FlowRunView, "id">, attempt: FlowRunAttempt): boolean;
/** The attempts of `run` since it was last forgotten (all of them when it never was). */
export declare function attemptsSinceForget(run: Pick<FlowRunView, "id" | "attempts">): number;
