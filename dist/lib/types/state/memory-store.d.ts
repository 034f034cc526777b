import type { EventQuery, EventRecord, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";
/** Keeps records for the life of the process: `state: none` and tests. */
export declare class MemoryStateStore implements StateStore {
    #private;
    readonly kind = "memory";
    readonly problems: StoreProblem[];
    readonly problemsLeftOut: StoreProblemsLeftOut[];
    loadEvent(eventId: string): Promise<EventRecord | undefined>;
    saveEvent(record: EventRecord): Promise<void>;
    listEvents(query?: EventQuery): Promise<EventRecord[]>;
    flush(): Promise<void>;
}
