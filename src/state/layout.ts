import { isUtf8 } from "node:buffer";
import { randomHex, sha256Hex } from "../hash.js";
import { join } from "node:path";
import type { FileRange } from "../fs-safe.js";
import { jsonShape, JsonShapeScan } from "../json-shape.js";
import { redactor } from "../redact.js";
import { jsonMayExceed, PRETTY_UP_TO_CHARS, serializeEvent } from "./event-text.js";
import { parseEventRecord } from "./record-parse.js";
import type { EventQuery, EventRecord } from "./types.js";
import { UserError } from "../user-error.js";

/**
 * The on-disk layout shared by the file store and the state branch: one JSON file per event,
 * under `events/<first 2 hex of sha256(id)>/<sha256(id)>.json`. Hashing makes any event id a
 * safe file name, and the 256 shards keep directories small, so finding one event is one
 * file read however many events are stored.
 */
export const EVENTS_DIR = "events";

/**
 * A record file (or state-branch blob) larger than this is refused unread, as a corrupt one is.
 * Records hold the event (a payload of up to 25 MiB, hostile-input.md) pretty-printed, plus its
 * runs: 128 MiB leaves room for that, and keeps a tampered file (a 600 MB sparse file, a 700 MB
 * blob pushed to the state branch) from taking the process's memory.
 */
export const MAX_RECORD_BYTES = 128 * 1024 * 1024;

/**
 * Bytes of a record's (or state file's) size cap per object or array it may hold, counted in its
 * text before it is parsed (recordContainerCap). Each costs 50–100 bytes once built, so text of
 * nothing but `[],` builds to about 24 times its size: a 128 MiB record of it took 7 min 54 s and
 * 5.6 GiB of RSS to read (Node 20, a 4 GiB heap), and the report job's 64 MiB runs file 1.5 GiB.
 * What a real record holds, by what makes it up:
 * - its event: GitHub payloads hold about one per 100 bytes (a 25 MiB payload, about 260,000),
 *   and intake refuses one of more than 1,048,576 (events/budget.ts, MAX_PAYLOAD_CONTAINERS);
 * - its runs, one per matching step (a delivery starts at most DEFAULT_MAX_RUNS, 100): a run
 *   view about 10 of its own and 2 per attempt (the attempt and its dispatcher), so even 100
 *   steps of 50 attempts each hold 11,000;
 * - each run's result (at most MAX_FLOW_RESULT_BYTES, 4 MiB): a few hundred in a typical one, and
 *   one per 6 bytes in the densest (`[1,2],` pairs), which fits 700,000 into 4 MiB.
 * So a record at the 128 MiB cap holds about 1.3 million at the density of real data, and one per
 * 32 bytes (4 million at the cap: the runs file's density, action/runs-file-read.ts) leaves three
 * times that; only a record whose results pass 24 MiB of the densest JSON is refused (and not
 * written: writeLimitProblem). Built, 4
 * million empty arrays take about 300 MiB; the file store reads a record of them in a run's
 * result in 3.5 s at 0.6 GiB of RSS (record-containers.stress.test.ts), and refuses a 128 MiB
 * one of `[],` in half a second at 90 MiB.
 */
export const RECORD_BYTES_PER_CONTAINER = 32;

/** The most objects and arrays a record may hold at MAX_RECORD_BYTES: 4,194,304. */
export const MAX_RECORD_CONTAINERS = recordContainerCap(MAX_RECORD_BYTES);

/** The most objects and arrays a record (or state file) within `maxBytes` may hold (RECORD_BYTES_PER_CONTAINER). */
export function recordContainerCap(maxBytes: number): number {
  return Math.max(1, Math.floor(maxBytes / RECORD_BYTES_PER_CONTAINER));
}

/** Why a stored text holding more than `maxContainers` objects and arrays is not parsed. */
export function tooManyContainers(maxContainers: number, what = "a record"): string {
  return `it holds more than ${maxContainers} objects and arrays, more than ${what} of flows-action holds, so it was not parsed`;
}

/** A piece of a text about to be stored whose objects and arrays were counted before (an event's text, event-text.ts). */
export type CountedText = { bytes: number; containers(): number };

/** What makes a text about to be stored one its reader would refuse (writeLimitProblem). */
export type WriteLimitProblem = { over: "bytes"; bytes: number } | { over: "containers" };

/**
 * Whether a text about to be stored (a record, a state file), in pieces in the order written,
 * would be refused by its reader: over `maxBytes`, or holding more than `maxContainers` objects
 * and arrays (counted as the reader counts them, jsonShape). The one check of the three stores'
 * writes: a store never reports success for what it could not read back. Cheap for a normal
 * record: an object or array takes at least 2 characters (`[]`), so a text of fewer than twice
 * `maxContainers` characters (8 MiB for a record) is not scanned at all; a counted piece (the
 * event's text, counted once per event) is not scanned again; only the strings (the runs) are.
 */
export function writeLimitProblem(
  pieces: ReadonlyArray<string | CountedText>,
  limits: { maxBytes: number; maxContainers: number },
): WriteLimitProblem | undefined {
  let bytes = 0;
  let units = 0;
  for (const piece of pieces) {
    if (typeof piece === "string") {
      bytes += Buffer.byteLength(piece, "utf8");
      units += piece.length;
    } else {
      bytes += piece.bytes;
      units += piece.bytes;
    }
  }
  if (bytes > limits.maxBytes) return { over: "bytes", bytes };
  if (units / 2 <= limits.maxContainers) return undefined;
  let left = limits.maxContainers;
  let stringUnits = 0;
  for (const piece of pieces) {
    if (typeof piece === "string") stringUnits += piece.length;
    else left -= piece.containers();
  }
  if (left < 0) return { over: "containers" };
  if (stringUnits / 2 <= left) return undefined;
  // Each string piece starts and ends outside a JSON string (the counted ones are whole values between them).
  const scan = new JsonShapeScan({ maxDepth: Number.POSITIVE_INFINITY, maxContainers: left });
  for (const piece of pieces) if (typeof piece === "string" && !scan.add(piece)) return { over: "containers" };
  return undefined;
}

/**
 * The sentence of a write refused by writeLimitProblem (`what`: `the record of event "x" (<path>)`;
 * `kind`: what the reader takes, "a stored record" or "a state file").
 */
export function writeLimitSentence(what: string, problem: WriteLimitProblem, limits: { maxBytes: number; maxContainers: number }, kind = "a stored record"): string {
  const over =
    problem.over === "bytes"
      ? `would be ${mib(problem.bytes)}, over the ${mib(limits.maxBytes)} ${kind} may be`
      : `would hold more than ${limits.maxContainers.toLocaleString("en-US")} objects and arrays, more than ${kind} may hold (one per ${RECORD_BYTES_PER_CONTAINER} bytes of its size cap)`;
  return `${what} ${over}, so it would be refused when read back and was not written`;
}

/** What to change when a record would be too big to read back: the steps' results, or the payload. */
export const WRITE_LIMIT_HINT =
  "Have this event's steps return smaller results with fewer objects and arrays (a FLOW_RESULT's big lists as one JSON string, or in an artifact), or send the event with a smaller payload.";

function mib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MiB` : `${bytes} bytes`;
}

/** Where the `flows` CLI keeps state for a checkout when no other place is given. */
export function defaultStateDir(repoDir: string): string {
  return join(repoDir, ".codex", "flow-client");
}

/**
 * The hash that names an event's record. sha256 reads the id's UTF-8, in which every lone
 * surrogate becomes U+FFFD: ids that hold one (a `next` event or a library caller can make them)
 * hash as NUL + their JSON text instead, where each is escaped (`\ud800`), so "x\ud800" and
 * "x\ud801" get records of their own. Ids with a NUL take that form too, so that no other id's
 * text can equal it; every other id keeps the hash it always had.
 */
export function eventIdHash(eventId: string): string {
  return sha256Hex(/[\0\p{Cs}]/u.test(eventId) ? `\0${JSON.stringify(eventId)}` : eventId);
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
 * exact: it names the file). The event (with its payload, up to 25 MB) is serialised apart and
 * spliced in, so a store that saves one event many times can pass `eventText` (see
 * EventTextCache) and pay for the payload once; the bytes are the same either way.
 */
export function serializeEventRecord(record: EventRecord, eventText = serializeEvent(record.event)): string {
  const [before, , after] = eventRecordParts(record, eventText);
  return `${before}${eventText}${after}`;
}

/**
 * A record's text in three parts, never joined by the file store: what comes before the event,
 * the event's text (its payload may be tens of megabytes: the file store passes a scratch file's
 * bytes, event-text.ts) and what comes after.
 */
export function eventRecordParts<T extends string | FileRange>(record: EventRecord, eventText: T): [string, T, string] {
  // The marker holds the event's place (and key order) and never passes the redactor.
  const marker = `@@flows-event-${randomHex(8)}@@`;
  const { event: _event, ...rest } = record;
  const cleanRest: Record<string, unknown> = redactor.redactValue(rest);
  const laidOut: Record<string, unknown> = {};
  for (const key of Object.keys(record)) laidOut[key] = key === "event" ? marker : cleanRest[key];
  // Pretty unless the runs' results are big (event-text.ts, PRETTY_UP_TO_CHARS, says why).
  const text = jsonMayExceed(cleanRest, PRETTY_UP_TO_CHARS, true) ? JSON.stringify(laidOut) : JSON.stringify(laidOut, null, 2);
  const quoted = JSON.stringify(marker);
  const at = text.indexOf(quoted);
  return [text.slice(0, at), eventText, `${text.slice(at + quoted.length)}\n`];
}

/**
 * Records (and state files) are written as UTF-8, so bytes that are not UTF-8 were changed
 * outside flows-action: an edit in another encoding, a damaged disk, a bad merge. Decoded the
 * lenient way, each such byte became U+FFFD, and the next save wrote the replaced text back:
 * data changed without a word. Decoded with this, they throw, and the stores treat the file as
 * any record they cannot read (reported, set aside with its bytes intact, never overwritten).
 * A byte order mark is kept (`ignoreBOM`), so it fails JSON.parse as it always did.
 */
export function decodeStoredText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    // Again in pieces, to say where the bytes that are not UTF-8 are: this throws that sentence.
    const check = new Utf8Check();
    for (let at = 0; at < bytes.byteLength; at += UTF8_PIECE) check.add(bytes.subarray(at, at + UTF8_PIECE));
    check.end();
    // UTF-8 after all: the text is longer than one string may be (Node: 2^29-24 characters; a
    // hostile state artifact may unpack to 512 MiB, 24 bytes past it), which is not the bytes' fault.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${bytes.byteLength} bytes of text, too long to read as one string (${reason})`);
  }
}

const UTF8_PIECE = 64 * 1024;

/**
 * Checks that bytes read piece by piece (a record too big to hold as one string) are UTF-8,
 * throwing decodeStoredText's sentence, with where the piece starts, at the first that is not;
 * `end()` after the last (a character cut short at the end). Validated without decoding
 * (node:buffer's isUtf8, which Bun has too): a decoder's 1 MiB strings for 25 MB of record were
 * garbage enough to raise a redelivery's peak memory by 20–50 MiB (test/hostile/memory.stress).
 * A character cut by a piece's end is carried over to the next piece.
 */
export class Utf8Check {
  #carry: Uint8Array = new Uint8Array(0);
  #offset = 0;

  add(chunk: Uint8Array): void {
    const bytes = this.#carry.byteLength === 0 ? chunk : Buffer.concat([this.#carry, chunk]);
    const whole = completeCharacters(bytes);
    if (!isUtf8(bytes.subarray(0, whole))) throw new Error(notUtf8Reason(this.#offset));
    // Copied: the caller may read the next piece into the same buffer.
    this.#carry = Uint8Array.from(bytes.subarray(whole));
    this.#offset += whole;
  }

  end(): void {
    if (this.#carry.byteLength > 0) throw new Error(notUtf8Reason(this.#offset));
  }
}

/**
 * How many of `bytes` end on a character boundary: all but an incomplete last character (a
 * lead byte with fewer than its continuation bytes after it). Bytes that are not UTF-8 at all
 * are left in, for isUtf8 to refuse.
 */
function completeCharacters(bytes: Uint8Array): number {
  let lead = bytes.byteLength - 1;
  while (lead >= 0 && bytes.byteLength - lead <= 3 && ((bytes[lead] as number) & 0xc0) === 0x80) lead -= 1;
  if (lead < 0) return bytes.byteLength;
  const first = bytes[lead] as number;
  const length = first >= 0xf0 && first <= 0xf4 ? 4 : first >= 0xe0 && first < 0xf0 ? 3 : first >= 0xc2 && first < 0xe0 ? 2 : 1;
  return bytes.byteLength - lead < length ? lead : bytes.byteLength;
}

function notUtf8Reason(offset: number): string {
  return `not UTF-8 text (bytes that are no UTF-8 character from byte ${offset} on: written by something other than flows-action, or damaged)`;
}

/**
 * Read the text of a record file stored at `relativePath`. Throws a sentence saying what is
 * wrong (the caller adds the path), never a raw SyntaxError.
 */
export function parseEventRecordText(text: string, relativePath: string, maxContainers = MAX_RECORD_CONTAINERS): EventRecord {
  // Counted before JSON.parse builds them (RECORD_BYTES_PER_CONTAINER). Only the count: the
  // record's depth is checked on the value, where the message names the field. No cap: the
  // caller counted them already (the branch store, in the blob's bytes).
  if (Number.isFinite(maxContainers) && !jsonShape(text, { maxDepth: Number.POSITIVE_INFINITY, maxContainers }).ok) throw new Error(tooManyContainers(maxContainers));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`not valid JSON, maybe half-written (${reason})`);
  }
  return parseEventRecordValue(value, relativePath);
}

/** parseEventRecordText for a value already read (a big record read in streaming passes, file-store.ts). */
export function parseEventRecordValue(value: unknown, relativePath: string): EventRecord {
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

let setAsideCount = 0;

/**
 * Where a corrupt record's bytes are kept: `<path>.corrupt-<time>`, made unique within this
 * process too, so two set-asides in one millisecond neither overwrite each other nor read as
 * the same problem.
 */
export function corruptRecordPath(path: string): string {
  setAsideCount += 1;
  return `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}-${process.pid}-${setAsideCount}`;
}
