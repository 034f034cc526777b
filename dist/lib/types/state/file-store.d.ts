import { type StateFolderSetting } from "./file-errors.js";
import { type FileLockOptions } from "./file-lock.js";
import { MAX_RECORD_BYTES } from "./layout.js";
import { type ReadOnlySetting, type RecordDamage } from "./read-only.js";
import type { EventQuery, EventRecord, RunClaim, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";
import type { FlowRunView } from "../contracts.js";
export type FileStateStoreOptions = {
    /** Root folder; the CLI uses `defaultStateDir(repo)` = `<repo>/.codex/flow-client`. */
    dir: string;
    /** The setting that chose `dir` (the action's input, the CLI's option): errors name it. */
    setting?: StateFolderSetting;
    /** Per-event lock timings (tests shorten them). */
    lock?: FileLockOptions;
    /**
     * The largest record read or written, in bytes (MAX_RECORD_BYTES; tests shorten it). A record
     * read may hold one object or array per 32 bytes of it (layout.ts, RECORD_BYTES_PER_CONTAINER).
     */
    maxRecordBytes?: number;
    /** Records from this size on are read keeping their big arrays on disk (STREAMED_RECORD_BYTES; tests lower it). */
    streamedRecordBytes?: number;
    /**
     * Open it only to read (read-only.ts): loading a damaged record reports it (`damageOf`) and
     * leaves it as it is (no lock file, no folder made, nothing moved), and a save is refused. A
     * reader names itself and the command that sets a damaged record aside; true: a reader unnamed.
     */
    readOnly?: ReadOnlySetting;
};
/** A record file larger than this is refused unread (layout.ts says why 128 MiB). */
export { MAX_RECORD_BYTES };
/**
 * A record file of this size or more is read in streaming passes (events/event-file.ts, as a big
 * event file is): each array of its event of this size or more stays on disk, and is written
 * back from there, so a 25 MB payload read back (a redelivery) is not held parsed in memory.
 */
export declare const STREAMED_RECORD_BYTES: number;
/**
 * Records in a folder, one JSON file per event (see layout.ts). Loading or saving an event
 * touches only that event's file, so the number of stored events does not slow a dispatch.
 * Saves are read-merge-write under a per-event lock and land by atomic rename, so several
 * processes may save at once, even the same event, and readers never see half a file.
 */
export declare class FileStateStore implements StateStore {
    #private;
    readonly kind = "file";
    readonly dir: string;
    /** Work done, for tests: records parsed from disk, records written, events serialised. */
    readonly counts: {
        recordReads: number;
        recordWrites: number;
        eventSerialisations: () => number;
    };
    constructor(options: FileStateStoreOptions);
    /** Opened only to read: nothing in the folder is made, moved, locked or written. */
    get readOnly(): boolean;
    /** Why a read-only loadEvent left the record of `eventId` unread (it is damaged); undefined when it did not. */
    damageOf(eventId: string): RecordDamage | undefined;
    /**
     * A corrupt record (half-written, not JSON, wrong shape; a symbolic link, FIFO or device; over
     * MAX_RECORD_BYTES, or holding more objects and arrays than MAX_RECORD_CONTAINERS) is moved aside to `<file>.corrupt-<time>`, reported in `problems`, and the
     * event counts as new: a run never stops on it and its bytes are kept. It is moved under the
     * record's lock, and only while the file is still the one that failed: another process may have
     * set it aside and saved a valid record meanwhile. A record in a newer format is refused
     * (StateRecordError): upgrading flows-action is the fix, and running the event again would
     * repeat work. A folder the file system will not let it use is a StateFolderError
     * (file-errors.ts), on every path. Read-only, a corrupt record is reported and left (`damageOf`).
     */
    loadEvent(eventId: string): Promise<EventRecord | undefined>;
    /**
     * Saves of one event that arrive while its previous write is under way are merged and written
     * together when it ends (each call resolves once its runs are on disk), so steps that start at
     * once cost one write, not one each.
     */
    saveEvent(record: EventRecord, options?: SaveOptions): Promise<void>;
    /**
     * The starts are claimed in the save's own locked read-merge-write, so exactly: under the
     * record's lock, a starting run the record read there (with any save written before it in the
     * same write) shows another dispatcher holds (`claim.isTaken`) is left out and returned with
     * its stored view; the rest is written. Rejects as saveEvent does: nothing of it is stored.
     */
    claimRuns(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>>;
    /** Scans every shard; unreadable files are added to `problems` and skipped. */
    listEvents(query?: EventQuery): Promise<EventRecord[]>;
    /** One record file at a time, in the order listEvents reads them; unreadable ones as there. */
    eachEvent(visit: (record: EventRecord) => unknown): Promise<void>;
    /** Every save is already durable on disk. */
    flush(): Promise<void>;
    get problems(): StoreProblem[];
    get problemsLeftOut(): StoreProblemsLeftOut[];
}
