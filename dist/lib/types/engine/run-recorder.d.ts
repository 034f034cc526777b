import type { FlowRunView } from "../contracts.js";
import type { EventRecord, RunClaim, StateStore } from "../state/types.js";
/**
 * How long the end of a step may wait for other ends to share its write, while other steps of
 * the event still run and nothing waits on it. A dispatcher that dies in that window leaves the
 * step "running", so it reads as interrupted and runs again: the same as dying just before the
 * write.
 */
export declare const END_SAVE_WINDOW_MS = 25;
/**
 * Saves one event's runs as a dispatch starts and ends them, in as few store writes as the
 * guarantees allow:
 *
 * - `saveStart` is for a run about to start. Every start (and held end) asked for in the same
 *   turn of the event loop goes into one `saveEvent`, and each call resolves only once that
 *   write is done: steps that start together cost one write, and no step starts before its
 *   running record is stored.
 * - `saveEnd` is for a run that ended. When other steps of the event still run and nothing
 *   waits for this save ({@link END_SAVE_WINDOW_MS}), it is held for a moment so ends that come
 *   close together share a write; it is written at once when it is the last running step.
 *   Each call resolves once its run is stored and rejects when the store failed to save it.
 * - The first write carries the event record itself (dispatch count, first dispatch time).
 * - A write that fails on the state folder once a run has ended unsaved rejects with a
 *   StateNotSavedError naming the event: its steps ran, and nothing remembers it.
 * - A write that holds starts goes through the store's `claimRuns` where it has one (the branch
 *   store pushes it at once): a start another dispatcher took first (`isTaken`) is not stored,
 *   and its `saveStart` resolves with the stored view, so the step does not start here. A start
 *   that was stored is told to `onClaimed` with the stored copy of its run the claim was checked
 *   against (when there was one), before its `saveStart` resolves.
 */
export declare class RunRecorder {
    #private;
    /** Store writes this recorder asked for, for tests. */
    saves: number;
    constructor(store: StateStore, record: EventRecord, options?: {
        windowMs?: number;
        isTaken?: RunClaim["isTaken"];
        onClaimed?: (mine: FlowRunView, stored: FlowRunView) => void;
    });
    /**
     * Saves a run about to start, with the other starts of this turn; resolves once stored, with
     * undefined, or with the stored view of the run when another dispatcher took it first (it
     * must not start here, and has no end to save).
     */
    saveStart(view: FlowRunView): Promise<FlowRunView | undefined>;
    /**
     * Saves a run that ended. `urgent`: something waits for this save (a later step of its flow,
     * a step waiting for a free slot), so it is not held.
     */
    saveEnd(view: FlowRunView, options: {
        urgent: boolean;
    }): Promise<void>;
    /**
     * Saves the record with no runs (a dispatch whose steps were all handled before), said to the
     * store as a save that only counts a dispatch (SaveOptions.countOnly).
     */
    saveRecord(): Promise<void>;
}
