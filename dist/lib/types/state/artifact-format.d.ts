import type { EventRecord } from "./types.js";
/**
 * What the artifact store keeps in a workflow artifact. Every artifact holds one file,
 * `flows-state.json`, with a list of event records:
 * - `flows-state-delta-<runId>-<runAttempt>-<unique>`: the records one flush wrote;
 * - `flows-state-snapshot-<runId>-<runAttempt>-<unique>`: all records known when it was written,
 *   plus which deltas it holds (see the invariant in artifact-read.ts).
 */
export declare const STATE_ARTIFACT_PREFIX = "flows-state-";
export declare const DELTA_PREFIX = "flows-state-delta-";
export declare const SNAPSHOT_PREFIX = "flows-state-snapshot-";
export declare const STATE_FILE_NAME = "flows-state.json";
export declare const STATE_FILE_FORMAT = "flows-state-artifact";
export declare const STATE_FILE_VERSION = 1;
export type StateArtifactKind = "delta" | "snapshot";
export type DeltaFile = {
    kind: "delta";
    records: EventRecord[];
};
export type SnapshotFile = {
    kind: "snapshot";
    /** Server time of the listing the snapshot was built from (ISO). */
    coversThrough: string;
    /** Deltas the snapshot holds that were created less than the listing lag before coversThrough. */
    includes: string[];
    records: EventRecord[];
};
export type StateFile = DeltaFile | SnapshotFile;
/**
 * A record of a state file that could not be read, by its index in `records`. `newerEventId`:
 * the record is in a newer format, written for this event (its event must not run again here).
 */
export type BadRecord = {
    index: number;
    reason: string;
    newerEventId?: string;
};
/** A state file a newer flows-action wrote: none of its records can be read here. */
export declare class NewerStateFileError extends Error {
    name: string;
}
export type WriterRun = {
    runId: number | string;
    runAttempt: number | string;
};
/** A new artifact name: unique within the run (GitHub requires that), valid for upload-artifact. */
export declare function stateArtifactName(kind: StateArtifactKind, run: WriterRun): string;
export declare function stateArtifactKind(name: string): StateArtifactKind | undefined;
export declare function serializeStateFile(file: StateFile, writer: WriterRun): string;
/**
 * Read a state file. Throws a sentence when the file as a whole is unusable; records that
 * are unusable on their own are returned in `bad` and left out, so one damaged record does
 * not hide the others.
 */
export declare function parseStateFile(text: string, expected: StateArtifactKind): {
    file: StateFile;
    bad: BadRecord[];
};
