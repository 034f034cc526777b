import type { FlowEvent, FlowRunView } from "../contracts.js";
import type { RecordDamage } from "./read-only.js";
export type { ReadOnlyReader, ReadOnlySetting, RecordDamage } from "./read-only.js";
/** Current version of the stored record format; readers accept every older version. */
export declare const RECORD_FORMAT_VERSION = 1;
/** Everything stored about one event: the event and the latest view of each of its runs. */
export type EventRecord = {
    formatVersion: number;
    event: FlowEvent;
    /** One entry per run id; a new attempt updates the entry and appends to `attempts`. */
    runs: FlowRunView[];
    firstDispatchedAt: string;
    updatedAt: string;
    /** How many times this event was dispatched (including duplicates and replays). */
    dispatchCount: number;
    /**
     * Keys of the latest dispatches counted in `dispatchCount` (at most DISPATCH_KEYS_KEPT, oldest
     * first): two dispatches that read the same stored count each count themselves, and merging
     * their records adds what only one of them counted (record.ts). Older records have none.
     */
    dispatchKeys?: string[];
};
export type EventQuery = {
    type?: string;
    limit?: number;
};
export type RunQuery = {
    eventId?: string;
    status?: string;
    needsAttention?: boolean;
    limit?: number;
};
/** Where run records live. Implementations: memory, file, branch, artifact. */
export interface StateStore {
    readonly kind: string;
    /** Read one event's record without loading the others. */
    loadEvent(eventId: string): Promise<EventRecord | undefined>;
    /**
     * Store a record. Runs are merged by id with what is already stored (a concurrent
     * writer's runs are kept); for the same run id the later `updatedAt` wins.
     */
    saveEvent(record: EventRecord, options?: SaveOptions): Promise<void>;
    listEvents(query?: EventQuery): Promise<EventRecord[]>;
    /**
     * Store the starts of the runs in `claim.starting` at once, each only where no other
     * dispatcher took it first: the store checks the claim against the record as stored at the
     * moment of its write, leaves out every starting run `claim.isTaken` says is another
     * dispatcher's, returning the stored views of those by run id, and stores the others, which
     * may start. The file store reads and writes under the record's lock, so its check is exact;
     * the branch store's push fails when another writer moved the branch first, and it reads the
     * record again and checks there. A store without it (artifact: an upload cannot be made
     * conditional) saves starts with saveEvent, and its concurrent dispatches can both start a
     * step. Rejects, as saveEvent does, when the start cannot be stored: no step may start then.
     */
    claimRuns?(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>>;
    /**
     * Visit every stored record once (in no promised order), holding only a few at a time:
     * listings of a long history (`flows events --limit`, `flows runs`, `flows show <run-id>`) then
     * keep only what they show, where listEvents would hold every record at once. `visit`
     * returning false stops the scan. A store that holds every record in memory anyway may omit
     * it (eachStoredEvent in query.ts falls back to listEvents).
     */
    eachEvent?(visit: (record: EventRecord) => unknown): Promise<void>;
    /**
     * What the store's index says of its records, for listings that show a few of many (`flows runs
     * --limit`, `flows show <run-id>`): `{ unusable }` with a sentence saying why (no index yet, too
     * much of it missing; empty when the store keeps none) when the caller must read every record instead.
     * Stores without an index may omit it.
     */
    runIndex?(): Promise<RunIndex | {
        unusable: string;
    }>;
    /**
     * True when the store was opened only to read (read-only.ts): nothing where it keeps records is
     * made, moved, locked or written, and saveEvent and claimRuns reject (a bug in the reader).
     */
    readonly readOnly?: boolean;
    /**
     * Why a read-only loadEvent left the record of `eventId` unread (it is damaged, and a store that
     * writes would set it aside); undefined when it did not. Stores that never set a record aside on
     * read may omit it.
     */
    damageOf?(eventId: string): RecordDamage | undefined;
    /** Make writes durable (push, upload). Safe to call more than once. */
    flush(): Promise<void>;
    /** Release what the store holds (the branch store's temporary git directory). Call after flush(). */
    close?(): Promise<void>;
    /**
     * Problems met while reading (corrupt files...), reported and skipped: the first few of each
     * kind (problems.ts, PROBLEMS_SHOWN_PER_KIND); the rest are counted in `problemsLeftOut`.
     */
    readonly problems: StoreProblem[];
    /** Kinds of problems past those listed in `problems`, with exact counts. Absent: none left out. */
    readonly problemsLeftOut?: readonly StoreProblemsLeftOut[];
}
/** What a save is, said by its caller so that a store never infers it from the record. */
export type SaveOptions = {
    /**
     * The save only counts a dispatch (a redelivery whose steps were all handled: nothing ran), and
     * holds no run. A store that cannot write it while a record of the event is stored may lose that
     * count alone, reported as a problem (record.ts, countNotSavedMessage), instead of failing.
     */
    countOnly?: boolean;
};
export type StoreProblem = {
    path: string;
    message: string;
};
/** Problems of one kind not listed one by one: `shown` of them are in `problems`, `count` more are not. */
export type StoreProblemsLeftOut = {
    kind: string;
    first: StoreProblem;
    shown: number;
    count: number;
};
/** Runs about to start, and the dispatch's rule for a stored copy it must leave alone. */
export type RunClaim = {
    /** Run ids of `record.runs` whose last attempt is about to start. */
    starting: ReadonlySet<string>;
    /**
     * True when `stored` (the stored copy of `mine`) shows the step running elsewhere, or settled.
     * Called for each starting run that has a stored copy, again each time the store checks the
     * claim anew (a lost push, a lost lock): the last call for a run is the check it was stored on.
     */
    isTaken(stored: FlowRunView, mine: FlowRunView): boolean;
};
/** A run as an index sums it up. */
export type IndexedRunSummary = {
    id: string;
    updatedAt: string;
    effectiveStatus: string;
    needsAttention: boolean;
};
/** A record as an index sums it up. */
export type IndexedRecordSummary = {
    eventId: string;
    internal: boolean;
    runs: IndexedRunSummary[];
};
/** What a store's index says of its records (StateStore.runIndex). */
export type RunIndex = {
    /** The records the index covers, summed up (each summary belongs to the record stored now). */
    summaries: IndexedRecordSummary[];
    /** The records it does not cover, read whole (written by an older version, not saved yet...). */
    records: EventRecord[];
    /**
     * The covered records of these events, read. Undefined when one does not hold what its summary
     * said (the index was edited, or is damaged): then it is reported, and the caller reads every record.
     */
    load(eventIds: string[]): Promise<EventRecord[] | undefined>;
};
