import type { FlowRunView } from "../contracts.js";
import type { EventQuery, EventRecord, RunClaim, RunIndex, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";
/**
 * A store opened on first use. Most events match no flow, and such a dispatch reads and
 * writes nothing, so it should not pay for cloning a state branch or listing artifacts.
 */
export declare class LazyStateStore implements StateStore {
    #private;
    readonly kind: string;
    constructor(kind: string, open: () => Promise<StateStore>);
    get problems(): StoreProblem[];
    get problemsLeftOut(): readonly StoreProblemsLeftOut[] | undefined;
    /** True once something needed the real store. */
    get isOpen(): boolean;
    loadEvent(eventId: string): Promise<EventRecord | undefined>;
    saveEvent(record: EventRecord, options?: SaveOptions): Promise<void>;
    claimRuns(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>>;
    listEvents(query?: EventQuery): Promise<EventRecord[]>;
    eachEvent(visit: (record: EventRecord) => unknown): Promise<void>;
    runIndex(): Promise<RunIndex | {
        unusable: string;
    }>;
    flush(): Promise<void>;
    close(): Promise<void>;
}
