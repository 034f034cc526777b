import { type BranchStateStoreOptions, type BranchStoreStats } from "./branch-options.js";
import type { EventQuery, EventRecord, RunClaim, RunIndex, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";
import type { FlowRunView } from "../contracts.js";
export type { BranchStateStoreOptions, BranchStoreStats } from "./branch-options.js";
/**
 * Records on a dedicated branch (default `flows-state`) of the repository, one file per event
 * in the same layout as the file store. All git work happens in a private bare directory:
 * the user's checkout, index and HEAD are never touched. Reads use a depth-1 fetch of the
 * branch tip's commit and trees only (a partial clone, `--filter=blob:none`), then one fetch of
 * just the records a call needs; saves are kept in memory and `flush()` pushes them as one
 * commit, re-applying them onto the new tip when another writer pushed first, so history
 * stays linear. The start of steps is pushed at once instead (claimRuns), unless `claim` is false.
 */
export declare class BranchStateStore implements StateStore {
    #private;
    readonly kind = "branch";
    readonly branch: string;
    readonly stats: BranchStoreStats;
    constructor(options: BranchStateStoreOptions);
    /** Opened only to read: saves and claims are refused. */
    get readOnly(): boolean;
    /** The remote as it may be shown: credentials hidden. */
    get remote(): string;
    /** The private git directory, once the store has opened. */
    get workDir(): string | undefined;
    /**
     * The event's record: the tip's, with its pending record merged over it. Within the read limit
     * (readTimeoutMs); one that fails or runs out throws, never answers "not stored": a dispatch
     * that took a read it could not make for a new event would run its steps again.
     */
    loadEvent(eventId: string): Promise<EventRecord | undefined>;
    /** Kept in memory until flush(): one commit and one push for many events. */
    saveEvent(record: EventRecord, options?: SaveOptions): Promise<void>;
    /**
     * Push the record of steps about to start at once: a claim. The push succeeds only on the tip
     * the claim was checked against (git refuses a push that is not a fast-forward), so when another
     * writer pushed first the new tip is fetched and the claim checked again there: a starting run
     * another dispatcher holds (or settled) is left out and returned, the rest pushed. A push git
     * reports taken counts only once the remote's branch is seen to hold it (lookForPushed): else it
     * throws, and the steps do not start; a claim that may have landed all the same (its look
     * failed, or its push was stopped at its limit) leaves their start ended as not started for
     * the next flush (notStartedRuns), so no delivery waits on a dispatcher that never ran them. With `claim`
     * off, the record waits for flush() like any other save, and nothing is left out.
     */
    claimRuns(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>>;
    listEvents(query?: EventQuery): Promise<EventRecord[]>;
    /** The records at the tip, LIST_BATCH at a time, each with its pending record merged over it; then pending records of new events. */
    eachEvent(visit: (record: EventRecord) => unknown): Promise<void>;
    /**
     * What the branch's index (branch-index.ts) says of the records at the tip. A record counts as
     * covered only while its entry names the blob the tip holds for it; the rest (written by an
     * older flows-action, edited, under a damaged shard, or with a pending save) are read whole, up
     * to MAX_UNCOVERED of them: past that, or with no index at all, the caller reads every record.
     */
    runIndex(): Promise<RunIndex | {
        unusable: string;
    }>;
    /** Commit every pending record as one commit and push it; retried when the branch moved. */
    flush(): Promise<void>;
    /** Removes the temporary work directory. Pending records that were not flushed are lost. */
    close(): Promise<void>;
    get problems(): StoreProblem[];
    get problemsLeftOut(): StoreProblemsLeftOut[];
}
