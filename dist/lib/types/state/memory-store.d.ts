import { type ReadOnlySetting } from "./read-only.js";
import type { EventQuery, EventRecord, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";
/** Keeps records for the life of the process: `state: none` and tests. */
export declare class MemoryStateStore implements StateStore {
    #private;
    readonly kind = "memory";
    readonly problems: StoreProblem[];
    readonly problemsLeftOut: StoreProblemsLeftOut[];
    /** `readOnly`: saves are refused (read-only.ts). */
    constructor(options?: {
        readOnly?: ReadOnlySetting;
    });
    get readOnly(): boolean;
    loadEvent(eventId: string): Promise<EventRecord | undefined>;
    /** Saves are kept in memory: none fails, so what a save is (SaveOptions) changes nothing here. */
    saveEvent(record: EventRecord, _options?: SaveOptions): Promise<void>;
    listEvents(query?: EventQuery): Promise<EventRecord[]>;
    flush(): Promise<void>;
}
