import { sha256Hex } from "../hash.js";
import { join } from "node:path";
import { redactor } from "../redact.js";
import { parseEventRecord } from "./record.js";
import type { EventQuery, EventRecord } from "./types.js";
import { UserError } from "../user-error.js";

/**
 * The on-disk layout shared by the file store and the state branch: one JSON file per event,
 * under `events/<first 2 hex of sha256(id)>/<sha256(id)>.json`. Hashing makes any event id a
 * safe file name, and the 256 shards keep directories small, so finding one event is one
 * file read however many events are stored.
 */
export const EVENTS_DIR = "events";

/** Where the `flows` CLI keeps state for a checkout when no other place is given. */
export function defaultStateDir(repoDir: string): string {
  return join(repoDir, ".codex", "flow-client");
}

export function eventIdHash(eventId: string): string {
  return sha256Hex(eventId);
}

/** The record's path relative to the store root, always with `/` (it is also a git path). */
export function eventRecordPath(eventId: string): string {
  const hash = eventIdHash(eventId);
  return `${EVENTS_DIR}/${hash.slice(0, 2)}/${hash}.json`;
}

export function isEventRecordFileName(name: string): boolean {
  return /^[0-9a-f]{64}\.json$/.test(name);
}

/**
 * Stable text for a record: pretty JSON so diffs on the state branch stay readable. Secrets are
 * redacted here, the one write boundary of the file and branch stores (the event id stays
 * exact: it names the file).
 */
export function serializeEventRecord(record: EventRecord): string {
  const clean = redactor.redactValue(record);
  return `${JSON.stringify({ ...clean, event: { ...clean.event, id: record.event.id } }, null, 2)}\n`;
}

/**
 * Read the text of a record file stored at `relativePath`. Throws a sentence saying what is
 * wrong (the caller adds the path), never a raw SyntaxError.
 */
export function parseEventRecordText(text: string, relativePath: string): EventRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not valid JSON, maybe half-written (${reason})`);
  }
  const record = parseEventRecord(value);
  const expected = eventRecordPath(record.event.id);
  if (relativePath !== expected) {
    throw new Error(`holds event "${record.event.id}", whose record belongs at ${expected}`);
  }
  return record;
}

/** Apply a query the way every store does: filter by type, newest first, then limit. */
export function selectEvents(records: EventRecord[], query: EventQuery = {}): EventRecord[] {
  const selected = records
    .filter((record) => !query.type || record.event.type === query.type)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return query.limit ? selected.slice(0, query.limit) : selected;
}

/** A stored record that cannot be read. Carries the file (or branch path) and the reason. */
export class StateRecordError extends UserError {
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string) {
    super(
      `cannot read the stored record ${path}: ${reason}. flows-action will not overwrite it; ` +
        "fix or move that file, then run again.",
    );
    this.name = "StateRecordError";
    this.path = path;
    this.reason = reason;
  }
}
