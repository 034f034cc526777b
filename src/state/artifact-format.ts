import { randomHex } from "../hash.js";
import { redactor } from "../redact.js";
import { NewerRecordFormatError } from "./record.js";
import { parseEventRecord } from "./record-parse.js";
import type { EventRecord } from "./types.js";

/**
 * What the artifact store keeps in a workflow artifact. Every artifact holds one file,
 * `flows-state.json`, with a list of event records:
 * - `flows-state-delta-<runId>-<runAttempt>-<unique>`: the records one flush wrote;
 * - `flows-state-snapshot-<runId>-<runAttempt>-<unique>`: all records known when it was written,
 *   plus which deltas it holds (see the invariant in artifact-read.ts).
 */
export const STATE_ARTIFACT_PREFIX = "flows-state-";
export const DELTA_PREFIX = `${STATE_ARTIFACT_PREFIX}delta-`;
export const SNAPSHOT_PREFIX = `${STATE_ARTIFACT_PREFIX}snapshot-`;
export const STATE_FILE_NAME = "flows-state.json";
export const STATE_FILE_FORMAT = "flows-state-artifact";
export const STATE_FILE_VERSION = 1;

export type StateArtifactKind = "delta" | "snapshot";

export type DeltaFile = { kind: "delta"; records: EventRecord[] };
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
export type BadRecord = { index: number; reason: string; newerEventId?: string };

/** A state file a newer flows-action wrote: none of its records can be read here. */
export class NewerStateFileError extends Error {
  override name = "NewerStateFileError";
}

export type WriterRun = { runId: number | string; runAttempt: number | string };

/** A new artifact name: unique within the run (GitHub requires that), valid for upload-artifact. */
export function stateArtifactName(kind: StateArtifactKind, run: WriterRun): string {
  const unique = `${Date.now().toString(36)}${randomHex(3)}`;
  return `${kind === "delta" ? DELTA_PREFIX : SNAPSHOT_PREFIX}${run.runId}-${run.runAttempt}-${unique}`;
}

export function stateArtifactKind(name: string): StateArtifactKind | undefined {
  if (name.startsWith(DELTA_PREFIX)) return "delta";
  if (name.startsWith(SNAPSHOT_PREFIX)) return "snapshot";
  return undefined;
}

export function serializeStateFile(file: StateFile, writer: WriterRun): string {
  // The write boundary of the artifact store: secrets are redacted here.
  return JSON.stringify(redactor.redactValue({ format: STATE_FILE_FORMAT, formatVersion: STATE_FILE_VERSION, writtenBy: writer, ...file }));
}

/**
 * Read a state file. Throws a sentence when the file as a whole is unusable; records that
 * are unusable on their own are returned in `bad` and left out, so one damaged record does
 * not hide the others.
 */
export function parseStateFile(text: string, expected: StateArtifactKind): { file: StateFile; bad: BadRecord[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${STATE_FILE_NAME} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const shape = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  if (shape.format !== STATE_FILE_FORMAT) throw new Error(`${STATE_FILE_NAME} is not a flows-action state file`);
  // Only a higher version is a newer writer's, which makes every event wait for an upgrade; a
  // file without a version number was damaged, and costs only itself.
  const version = shape.formatVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    const got =
      version === undefined ? "nothing" : typeof version === "string" ? JSON.stringify(version.slice(0, 40)) : typeof version === "object" && version !== null ? (Array.isArray(version) ? "an array" : "an object") : String(version);
    throw new Error(`formatVersion must be a whole number above 0 (got ${got})`);
  }
  if (version > STATE_FILE_VERSION) {
    throw new NewerStateFileError(
      `state file format ${String(shape.formatVersion)} is newer than this flows-action understands (${STATE_FILE_VERSION}); upgrade flows-action`,
    );
  }
  if (shape.kind !== expected) throw new Error(`holds a ${String(shape.kind)}, but its name says ${expected}`);
  if (!Array.isArray(shape.records)) throw new Error("records must be an array");
  const records: EventRecord[] = [];
  const bad: BadRecord[] = [];
  shape.records.forEach((candidate: unknown, index) => {
    try {
      records.push(parseEventRecord(candidate));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const id = (candidate as { event?: { id?: unknown } } | null)?.event?.id;
      bad.push({ index, reason, ...(error instanceof NewerRecordFormatError && typeof id === "string" ? { newerEventId: id } : {}) });
    }
  });
  if (expected === "delta") return { file: { kind: "delta", records }, bad };
  const { coversThrough, includes } = shape;
  if (typeof coversThrough !== "string" || Number.isNaN(Date.parse(coversThrough))) {
    throw new Error("coversThrough must be an ISO time");
  }
  if (!Array.isArray(includes) || !includes.every((name) => typeof name === "string")) {
    throw new Error("includes must be a list of artifact names");
  }
  return { file: { kind: "snapshot", coversThrough, includes, records }, bad };
}

