import type { FlowRunView } from "../contracts.js";
import type { EventRecord, RunQuery, StateStore } from "./types.js";
/** Event types flows-action keeps for its own bookkeeping (watch cursors); hidden from listings. */
export declare const INTERNAL_EVENT_TYPE_PREFIX = "flows-action.";
export declare function isInternalRecord(record: EventRecord): boolean;
/**
 * Visit every stored record once: through the store's eachEvent, which holds a few records at a
 * time, or its listEvents for a store that holds them all anyway. `visit` returning false stops.
 */
export declare function eachStoredEvent(store: StateStore, visit: (record: EventRecord) => unknown): Promise<void>;
/**
 * The `limit` newest of the items offered (all of them without a limit), newest first; items
 * with the same time keep the order they were offered in, as the stores' listings sort. Holds at
 * most twice the limit, however many are offered: a listing of 50,000 stored events that shows
 * ten keeps about twenty.
 */
export declare class Newest<T> {
    #private;
    constructor(limit: number | undefined, time: (item: T) => string);
    /** How many items are held now (tests). */
    get held(): number;
    offer(item: T): void;
    items(): T[];
}
/** Says why a listing reads every record (StateStore.runIndex's `unusable`): once per listing. */
export type IndexNote = (sentence: string) => void;
/**
 * Runs across the store (or the records given), newest first, filtered as `flows runs` asks; only
 * the runs shown are kept. With a limit, a store's index (StateStore.runIndex) picks the records
 * holding the newest runs, and only those are read (with the records it does not cover); each
 * is checked against what the index said of it, and any that differs means every record is read.
 */
export declare function selectStoredRuns(from: StateStore | EventRecord[], query?: RunQuery, note?: IndexNote): Promise<FlowRunView[]>;
/**
 * The record holding a run id (run ids are hashes, so this may read every record; it stops at the
 * one). In the same pass, `startingWith` gathers up to two stored ids (of events and runs) that a
 * cut-off `runId` begins, for a suggestion when none is found (two tell it is not one).
 */
export declare function findStoredRun(store: StateStore, runId: string, startingWith?: Set<string>, note?: IndexNote): Promise<{
    record: EventRecord;
    run: FlowRunView;
} | undefined>;
