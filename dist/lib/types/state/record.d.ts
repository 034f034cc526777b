import { type FlowRunView } from "../contracts.js";
import { type EventRecord, type RunClaim } from "./types.js";
import { UserError } from "../user-error.js";
/**
 * Merge two records of the same event, as written by two writers. Nothing is dropped: runs
 * are keyed by id, and two copies of one run keep every attempt of both (see run-merge.ts).
 */
export declare function mergeEventRecords(stored: EventRecord, incoming: EventRecord): EventRecord;
/**
 * A record's fields this version does not know: a newer writer of the same format may add some
 * (record-check.ts allows them). They are kept as they are through reads and merges, so a save
 * by this version does not drop what a newer one wrote: it did, without a word.
 */
export declare function laterFields(record: object): Record<string, unknown>;
/**
 * Dispatch keys a record keeps: far more than the dispatches of one event that save at once
 * (a key is needed only until every copy of the record that lacks it has been merged).
 */
export declare const DISPATCH_KEYS_KEPT = 32;
/** A key for one dispatch of an event, unique among its dispatches. */
export declare function newDispatchKey(): string;
/**
 * `dispatchCount` and `dispatchKeys` of the record one more dispatch of an event saves, from the
 * record it read. Two dispatches that read the same record (two processes, two jobs) both count
 * 1 more; their keys let the merge count both.
 */
export declare function countDispatch(stored: EventRecord | undefined, key?: string): Pick<EventRecord, "dispatchCount" | "dispatchKeys">;
/**
 * A save that only counts a dispatch: said so by its caller (SaveOptions.countOnly), with no run
 * and no claim. The engine saves one for a redelivery whose steps were all handled before
 * (nothing runs); a store that cannot write it while the record is stored loses only that count,
 * so it reports a problem (countNotSavedMessage) instead of failing the command. Without a stored
 * record the save holds the event itself: its failure stands. A save with no runs that is not
 * said to be one (a library caller's) is not taken for one: its failure stands.
 */
export declare function countsOnly(save: {
    record: EventRecord;
    claim?: RunClaim | undefined;
    countOnly?: boolean | undefined;
}): boolean;
/** The pending records (addPending) that hold only counts of dispatches, kept by their store. */
export type CountOnlyRecords = WeakSet<EventRecord>;
/** The warning for a count-only save (countsOnly) of `eventId` that could not be stored beside its stored record, which counts `storedCount`. */
export declare function countNotSavedMessage(eventId: string, storedCount: number, reason: string): string;
/**
 * The starting runs of `record` that the record stored now (`current`) shows are another
 * dispatcher's (`claim.isTaken`), by run id, with their stored views: a claim leaves them out.
 */
export declare function takenRuns(current: EventRecord | undefined, record: EventRecord, claim: RunClaim): Map<string, FlowRunView>;
/** `record` without the runs in `taken` (a claim's starts another dispatcher holds). */
export declare function withoutRuns(record: EventRecord, taken: ReadonlyMap<string, unknown>): EventRecord;
/**
 * `record` with its starting runs started `now`, the moment their claim is written: a start's
 * time was taken before the claim, whose push may retry for minutes (branch store) or wait for a
 * lock (file store), and until the step ended its stored attempt told that earlier time, listed
 * out of order with the attempts and runs written meanwhile. Only a running or queued last
 * attempt of a run in `claim.starting` moves, and only forward; its key stays, so the step's end
 * merges over it as before.
 */
export declare function startedAtClaim(record: EventRecord, starting: ReadonlySet<string>, now: string): EventRecord;
/**
 * `record` with only its runs in `starting`, each last attempt that is running or queued (a
 * claim's start) ended as not started: failed at `now`, with `reason`. Merged over the claim's
 * copy (same attempt key, and a finished attempt wins), it tells a delivery that the step is free
 * to run at once, where the claim's copy said this dispatcher runs it.
 */
export declare function notStartedRuns(record: EventRecord, starting: ReadonlySet<string>, reason: string, now: string): EventRecord;
/**
 * Add a record to the pending ones, merged with any pending record of the same event. `countOnly`:
 * the save only counts a dispatch, so the pending record stays one of `countOnly.records` if it
 * was one, or is new; any other save makes a new pending record that is not one.
 */
export declare function addPending(pending: Map<string, EventRecord>, record: EventRecord, countOnly?: {
    records: CountOnlyRecords;
}): void;
/** One event's stored record with its pending record merged over it, as a copy. */
export declare function withPendingRecord(stored: EventRecord | undefined, pending: EventRecord | undefined): EventRecord | undefined;
/**
 * A copy of a record the caller may change, sharing its event: nothing changes an event once it
 * is built, and a large event's payload may hold arrays kept on disk (src/events/lazy-json.ts),
 * which structuredClone cannot copy.
 */
export declare function copyRecord(record: EventRecord): EventRecord;
/** Records by event id with pending (unsaved) records merged over them, for listings. */
export declare function withPending(stored: Map<string, EventRecord>, pending: Map<string, EventRecord>): EventRecord[];
/** A record written by a newer flows-action: not corrupt, so never set aside or overwritten. */
export declare class NewerRecordFormatError extends UserError {
    name: string;
}
