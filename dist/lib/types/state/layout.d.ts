import type { FileRange } from "../fs-safe.js";
import type { EventQuery, EventRecord } from "./types.js";
import { UserError } from "../user-error.js";
/**
 * The on-disk layout shared by the file store and the state branch: one JSON file per event,
 * under `events/<first 2 hex of sha256(id)>/<sha256(id)>.json`. Hashing makes any event id a
 * safe file name, and the 256 shards keep directories small, so finding one event is one
 * file read however many events are stored.
 */
export declare const EVENTS_DIR = "events";
/**
 * A record file (or state-branch blob) larger than this is refused unread, as a corrupt one is.
 * Records hold the event (a payload of up to 25 MiB, hostile-input.md) pretty-printed, plus its
 * runs: 128 MiB leaves room for that, and keeps a tampered file (a 600 MB sparse file, a 700 MB
 * blob pushed to the state branch) from taking the process's memory.
 */
export declare const MAX_RECORD_BYTES: number;
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
export declare const RECORD_BYTES_PER_CONTAINER = 32;
/** The most objects and arrays a record may hold at MAX_RECORD_BYTES: 4,194,304. */
export declare const MAX_RECORD_CONTAINERS: number;
/** The most objects and arrays a record (or state file) within `maxBytes` may hold (RECORD_BYTES_PER_CONTAINER). */
export declare function recordContainerCap(maxBytes: number): number;
/** Why a stored text holding more than `maxContainers` objects and arrays is not parsed. */
export declare function tooManyContainers(maxContainers: number, what?: string): string;
/** A piece of a text about to be stored whose objects and arrays were counted before (an event's text, event-text.ts). */
export type CountedText = {
    bytes: number;
    containers(): number;
};
/** What makes a text about to be stored one its reader would refuse (writeLimitProblem). */
export type WriteLimitProblem = {
    over: "bytes";
    bytes: number;
} | {
    over: "containers";
};
/**
 * Whether a text about to be stored (a record, a state file), in pieces in the order written,
 * would be refused by its reader: over `maxBytes`, or holding more than `maxContainers` objects
 * and arrays (counted as the reader counts them, jsonShape). The one check of the three stores'
 * writes: a store never reports success for what it could not read back. Cheap for a normal
 * record: an object or array takes at least 2 characters (`[]`), so a text of fewer than twice
 * `maxContainers` characters (8 MiB for a record) is not scanned at all; a counted piece (the
 * event's text, counted once per event) is not scanned again; only the strings (the runs) are.
 */
export declare function writeLimitProblem(pieces: ReadonlyArray<string | CountedText>, limits: {
    maxBytes: number;
    maxContainers: number;
}): WriteLimitProblem | undefined;
/**
 * The sentence of a write refused by writeLimitProblem (`what`: `the record of event "x" (<path>)`;
 * `kind`: what the reader takes, "a stored record" or "a state file").
 */
export declare function writeLimitSentence(what: string, problem: WriteLimitProblem, limits: {
    maxBytes: number;
    maxContainers: number;
}, kind?: string): string;
/** What to change when a record would be too big to read back: the steps' results, or the payload. */
export declare const WRITE_LIMIT_HINT = "Have this event's steps return smaller results with fewer objects and arrays (a FLOW_RESULT's big lists as one JSON string, or in an artifact), or send the event with a smaller payload.";
/** Where the `flows` CLI keeps state for a checkout when no other place is given. */
export declare function defaultStateDir(repoDir: string): string;
/**
 * The hash that names an event's record. sha256 reads the id's UTF-8, in which every lone
 * surrogate becomes U+FFFD: ids that hold one (a `next` event or a library caller can make them)
 * hash as NUL + their JSON text instead, where each is escaped (`\ud800`), so "x\ud800" and
 * "x\ud801" get records of their own. Ids with a NUL take that form too, so that no other id's
 * text can equal it; every other id keeps the hash it always had.
 */
export declare function eventIdHash(eventId: string): string;
/** The record's path relative to the store root, always with `/` (it is also a git path). */
export declare function eventRecordPath(eventId: string): string;
export declare function isEventRecordFileName(name: string): boolean;
/**
 * Stable text for a record: pretty JSON so diffs on the state branch stay readable. Secrets are
 * redacted here, the one write boundary of the file and branch stores (the event id stays
 * exact: it names the file). The event (with its payload, up to 25 MB) is serialised apart and
 * spliced in, so a store that saves one event many times can pass `eventText` (see
 * EventTextCache) and pay for the payload once; the bytes are the same either way.
 */
export declare function serializeEventRecord(record: EventRecord, eventText?: string): string;
/**
 * A record's text in three parts, never joined by the file store: what comes before the event,
 * the event's text (its payload may be tens of megabytes: the file store passes a scratch file's
 * bytes, event-text.ts) and what comes after.
 */
export declare function eventRecordParts<T extends string | FileRange>(record: EventRecord, eventText: T): [string, T, string];
/**
 * Records (and state files) are written as UTF-8, so bytes that are not UTF-8 were changed
 * outside flows-action: an edit in another encoding, a damaged disk, a bad merge. Decoded the
 * lenient way, each such byte became U+FFFD, and the next save wrote the replaced text back:
 * data changed without a word. Decoded with this, they throw, and the stores treat the file as
 * any record they cannot read (reported, set aside with its bytes intact, never overwritten).
 * A byte order mark is kept (`ignoreBOM`), so it fails JSON.parse as it always did.
 */
export declare function decodeStoredText(bytes: Uint8Array): string;
/**
 * Checks that bytes read piece by piece (a record too big to hold as one string) are UTF-8,
 * throwing decodeStoredText's sentence, with where the piece starts, at the first that is not;
 * `end()` after the last (a character cut short at the end). Validated without decoding
 * (node:buffer's isUtf8, which Bun has too): a decoder's 1 MiB strings for 25 MB of record were
 * garbage enough to raise a redelivery's peak memory by 20–50 MiB (test/hostile/memory.stress).
 * A character cut by a piece's end is carried over to the next piece.
 */
export declare class Utf8Check {
    #private;
    add(chunk: Uint8Array): void;
    end(): void;
}
/**
 * Read the text of a record file stored at `relativePath`. Throws a sentence saying what is
 * wrong (the caller adds the path), never a raw SyntaxError.
 */
export declare function parseEventRecordText(text: string, relativePath: string, maxContainers?: number): EventRecord;
/** parseEventRecordText for a value already read (a big record read in streaming passes, file-store.ts). */
export declare function parseEventRecordValue(value: unknown, relativePath: string): EventRecord;
/** Apply a query the way every store does: filter by type, newest first, then limit. */
export declare function selectEvents(records: EventRecord[], query?: EventQuery): EventRecord[];
/** A stored record that cannot be read. Carries the file (or branch path) and the reason. */
export declare class StateRecordError extends UserError {
    readonly path: string;
    readonly reason: string;
    constructor(path: string, reason: string);
}
/**
 * Where a corrupt record's bytes are kept: `<path>.corrupt-<time>`, made unique within this
 * process too, so two set-asides in one millisecond neither overwrite each other nor read as
 * the same problem.
 */
export declare function corruptRecordPath(path: string): string;
