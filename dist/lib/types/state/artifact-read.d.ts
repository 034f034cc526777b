import { type StateFile } from "./artifact-format.js";
import type { ArtifactSource, ListedArtifact } from "./artifact-github.js";
import type { EventRecord, StoreProblem } from "./types.js";
/**
 * Far above any state file; stops a hostile archive from inflating without bound, and an
 * artifact (or a download) bigger than that from being held in memory at all.
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
