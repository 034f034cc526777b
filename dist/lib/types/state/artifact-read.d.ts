import { type StateFile } from "./artifact-format.js";
import type { ArtifactSource, ListedArtifact } from "./artifact-github.js";
import type { EventRecord, StoreProblem } from "./types.js";
/**
 * The largest state file (and artifact) read. A snapshot holds every record known, and its writer
 * builds its text as one string (serializeStateFile), which V8 caps at 2^29 − 24 UTF-16 units
 * (Node 20 to 24): past that JSON.stringify throws and no snapshot is written, so no writer makes
 * a longer text, and a reader, which decodes the file into one string too, could not read one.
 * Within 512 MiB, then, is every state file whose text is ASCII (JSON escapes control
 * characters; only non-ASCII text in payloads and results takes 2 to 4 bytes per unit): it was
 * 1 GiB, whose ASCII half no reader could decode, after holding those bytes. Stops a hostile
 * archive from inflating without bound, and an artifact bigger than that from being held in
 * memory at all. Its objects and arrays are counted before it is parsed: one per 32 bytes of this
 * cap (layout.ts, RECORD_BYTES_PER_CONTAINER), 16,777,216.
 */
export declare const MAX_STATE_FILE_BYTES: number;
/**
 * How long after its `created_at` an artifact may take to show in the REST listing (the upload
 * and finalize of one small zip take seconds; an hour leaves room for slow runners).
 */
export declare const LISTING_LAG_MS: number;
/** Everything one read produced. */
export type StateView = {
    records: Map<string, EventRecord>;
    snapshot: ListedArtifact | undefined;
    /** Deltas applied on top of the snapshot, oldest first. */
    applied: ListedArtifact[];
    /** Names of held deltas created after listedAt − LISTING_LAG_MS: the next snapshot's `includes`. */
    recentlyHeld: string[];
    /** Server time of the listing, ISO: the next snapshot's `coversThrough`. */
    listedAt: string;
    /** Events with a record in a newer format than this flows-action reads: where, and why. */
    newer: Map<string, {
        path: string;
        reason: string;
    }>;
    /**
     * Artifacts whose whole file is in a newer format: which events they hold is unknown, so no
     * event may run (it could run again), and no snapshot may be written (it would drop them).
     */
    newerFiles: Array<{
        path: string;
        reason: string;
    }>;
};
/** Parsed artifacts by id: artifacts never change, so each is downloaded once per process. */
export type ArtifactCache = Map<number, Promise<LoadedFile | NewerFile | undefined>>;
/** A parsed state file, and the events it holds records of in a newer format. */
type LoadedFile = StateFile & {
    newer: Array<{
        eventId: string;
        path: string;
        reason: string;
    }>;
};
/** A state file in a newer format as a whole. */
type NewerFile = {
    kind: "newer";
    path: string;
    reason: string;
};
export type ReadStateOptions = {
    source: ArtifactSource;
    cache: ArtifactCache;
    report: (problem: StoreProblem) => void;
    /** Downloads at once (default 8). */
    concurrency?: number;
    /** The largest artifact downloaded, and state file unpacked, in bytes (MAX_STATE_FILE_BYTES). */
    maxStateFileBytes?: number;
};
export declare function readState(options: ReadStateOptions): Promise<StateView>;
export {};
