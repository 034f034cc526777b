import { type EventRecord, type StateStore } from "../state/types.js";
export type InternalRecordKey = {
    /** The internal event's id, e.g. `flows-action:watch-cursor:openai/codex`. */
    eventId: string;
    /** Its type, starting with INTERNAL_EVENT_TYPE_PREFIX. */
    type: string;
    /** The one run's id (and step name). */
    runId: string;
};
/** The stored value under `field` of the record's run, or undefined. */
export declare function loadInternalValue(store: StateStore, key: InternalRecordKey, field: string): Promise<unknown>;
/** The value under `field` of a record already read (loadInternalValue without reading it). */
export declare function internalValueOf(record: EventRecord | undefined, key: InternalRecordKey, field: string): unknown;
export type SaveInternalValueOptions = InternalRecordKey & {
    store: StateStore;
    field: string;
    value: Record<string, unknown>;
    message: string;
    /** Event payload, for `flows show`. */
    payload: Record<string, unknown>;
    now: Date;
    /** A field of `value` to set to the time of the save. */
    stamp?: string;
    /**
     * The record as the caller just read it (`{ record: undefined }`: there was none), so the
     * save does not read it again; absent, the save reads it.
     */
    stored?: {
        record: EventRecord | undefined;
    };
};
/** Save `value`; returns the time stamped on it (strictly later than the stored one). */
export declare function saveInternalValue(options: SaveInternalValueOptions): Promise<string>;
