import { lstatSync, readdirSync, readSync, renameSync, unlinkSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import {
  type FileIdentity,
  fileSha256,
  isPidAlive,
  lstatIdentity,
  makeFolders,
  readRegularFile,
  sameFile,
  type WrittenFile,
  writeFileAtomically,
} from "../fs-safe.js";
import { readJsonStreamed } from "../events/event-file.js";
import { jsonParts, jsonPartsText } from "../events/lazy-json.js";
import { JsonShapeScan } from "../json-shape.js";
import {
  linkedFolderError,
  recordTooLargeError,
  recordTooManyContainersError,
  type StateFolder,
  StateFolderError,
  type StateFolderSetting,
  stateFolderError,
  unusableFolderLink,
} from "./file-errors.js";
import { errorCode, type FileLockOptions, withFileLock } from "./file-lock.js";
import { MAX_RECORD_DEPTH } from "./record-check.js";
import { EventTextCache } from "./event-text.js";
import {
  decodeStoredText,
  EVENTS_DIR,
  corruptRecordPath,
  eventRecordParts,
  eventRecordPath,
  isEventRecordFileName,
  MAX_RECORD_BYTES,
  parseEventRecordText,
  parseEventRecordValue,
  recordContainerCap,
  StateRecordError,
  selectEvents,
  tooManyContainers,
  Utf8Check,
  writeLimitProblem,
} from "./layout.js";
import { countNotSavedMessage, countsOnly, mergeEventRecords, NewerRecordFormatError, startedAtClaim, takenRuns, withoutRuns } from "./record.js";
import { ProblemLog } from "./problems.js";
import { damageProblem, type ReadOnlyReader, type ReadOnlySetting, type RecordDamage, readOnlyReader, recordDamage, refusedWrite } from "./read-only.js";
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
export const STREAMED_RECORD_BYTES = 1024 * 1024;

/** A record file as read: absent, a record, or bytes (or a file) that are not one, and why. */
type RecordRead =
  | { kind: "missing" }
  | { kind: "record"; record: EventRecord }
  | { kind: "bad"; reason: string; identity: FileIdentity | undefined };

/** One save of a write: a record, and the rule of its claim if it claims starts (`taken`: what it left out). */
type Save = { record: EventRecord; claim?: RunClaim; countOnly?: boolean; taken?: Map<string, FlowRunView> };

/** How many times a corrupt record that keeps changing under its lock is read again. */
const SET_ASIDE_TRIES = 5;

/**
 * Records in a folder, one JSON file per event (see layout.ts). Loading or saving an event
 * touches only that event's file, so the number of stored events does not slow a dispatch.
 * Saves are read-merge-write under a per-event lock and land by atomic rename, so several
 * processes may save at once, even the same event, and readers never see half a file.
 */
export class FileStateStore implements StateStore {
  readonly kind = "file";
  readonly #problems = new ProblemLog();
  readonly dir: string;
  readonly #folder: StateFolder;
  readonly #lock: FileLockOptions;
  readonly #maxRecordBytes: number;
  /** The most objects and arrays a record read may hold (recordContainerCap of #maxRecordBytes). */
  readonly #maxContainers: number;
  readonly #streamedRecordBytes: number;
  /** Set when the store was opened read-only: who reads. */
  readonly #reader: ReadOnlyReader | undefined;
  /** Damaged records a read-only loadEvent left as they are, by event id. */
  readonly #damage = new Map<string, RecordDamage>();
  /** The record this store wrote last, its size and sha256, and the file it is (to tell that no one changed it). */
  #lastWrite: { file: string; written: WrittenFile; identity: FileIdentity | undefined; record: EventRecord } | undefined;
  /** Saves waiting for the write under way of their event, by record path. */
  readonly #waiting = new Map<string, { saves: Save[]; written: Promise<void> }>();
  readonly #writing = new Map<string, Promise<void>>();
  readonly #eventTexts = new EventTextCache();
  /** `events` and shard folders found to be real folders, not symbolic links (#refuseLinkedFolders). */
  readonly #realFolders = new Set<string>();
  /** The folder was found not to be a link that loops or leads nowhere (#refuseUnusableLink). */
  #folderLinkChecked = false;
  /** Work done, for tests: records parsed from disk, records written, events serialised. */
  readonly counts = {
    recordReads: 0,
    recordWrites: 0,
    eventSerialisations: (): number => this.#eventTexts.serialisations,
  };

  constructor(options: FileStateStoreOptions) {
    this.dir = resolve(options.dir);
    this.#folder = { dir: this.dir, setting: options.setting };
    this.#lock = options.lock ?? {};
    this.#maxRecordBytes = options.maxRecordBytes ?? MAX_RECORD_BYTES;
    this.#maxContainers = recordContainerCap(this.#maxRecordBytes);
    this.#streamedRecordBytes = options.streamedRecordBytes ?? STREAMED_RECORD_BYTES;
    this.#reader = readOnlyReader(options.readOnly);
  }

  /** Opened only to read: nothing in the folder is made, moved, locked or written. */
  get readOnly(): boolean {
    return this.#reader !== undefined;
  }

  /** Why a read-only loadEvent left the record of `eventId` unread (it is damaged); undefined when it did not. */
  damageOf(eventId: string): RecordDamage | undefined {
    return this.#damage.get(eventId);
  }

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
  async loadEvent(eventId: string): Promise<EventRecord | undefined> {
    const relativePath = eventRecordPath(eventId);
    const file = this.#absolute(relativePath);
    try {
      this.#refuseUnusableLink("read");
      this.#refuseLinkedFolders(relativePath, "read");
      const found = this.#readFile(relativePath);
      if (found.kind === "record") return found.record;
      if (found.kind === "missing") return undefined;
      if (this.#reader !== undefined) return this.#leftDamaged(eventId, file, found.reason);
      makeFolders(dirname(file));
      return await withFileLock(`${file}.lock`, () => this.#readLocked(relativePath, found.reason), this.#lock);
    } catch (error) {
      throw stateFolderError(error, this.#folder, "read", file);
    }
  }

  /** A damaged record a read-only store leaves as it is: reported, and the event counts as not stored. */
  #leftDamaged(eventId: string, file: string, reason: string): undefined {
    const damage = recordDamage(file, reason, eventId, this.#reader!);
    if (!this.#damage.has(eventId)) this.#report(damageProblem(damage));
    this.#damage.set(eventId, damage);
    return undefined;
  }

  /**
   * Saves of one event that arrive while its previous write is under way are merged and written
   * together when it ends (each call resolves once its runs are on disk), so steps that start at
   * once cost one write, not one each.
   */
  async saveEvent(record: EventRecord, options: SaveOptions = {}): Promise<void> {
    await this.#save({ record, ...(options.countOnly === true ? { countOnly: true } : {}) });
  }

  /**
   * The starts are claimed in the save's own locked read-merge-write, so exactly: under the
   * record's lock, a starting run the record read there (with any save written before it in the
   * same write) shows another dispatcher holds (`claim.isTaken`) is left out and returned with
   * its stored view; the rest is written. Rejects as saveEvent does: nothing of it is stored.
   */
  async claimRuns(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>> {
    const save: Save = { record, claim };
    await this.#save(save);
    return save.taken ?? new Map();
  }

  /** Joins the write of its event that starts next (see saveEvent). */
  #save(save: Save): Promise<void> {
    if (this.#reader !== undefined) {
      return refusedWrite(save.claim ? `claim the runs of event ${save.record.event.id}` : `save event ${save.record.event.id}`, this.#reader);
    }
    const relativePath = eventRecordPath(save.record.event.id);
    const waiting = this.#waiting.get(relativePath);
    if (waiting) {
      waiting.saves.push(save);
      return waiting.written;
    }
    const batch: { saves: Save[]; written: Promise<void> } = { saves: [save], written: Promise.resolve() };
    const previous = this.#writing.get(relativePath) ?? Promise.resolve();
    batch.written = previous
      .catch(() => undefined)
      .then(() => {
        this.#waiting.delete(relativePath);
        return this.#write(relativePath, batch.saves);
      });
    this.#waiting.set(relativePath, batch);
    this.#writing.set(relativePath, batch.written);
    const forget = (): void => {
      if (this.#writing.get(relativePath) === batch.written) this.#writing.delete(relativePath);
    };
    batch.written.then(forget, forget);
    return batch.written;
  }

  /** A folder the file system will not let it write is a StateFolderError, as for reads. */
  async #write(relativePath: string, saves: Save[]): Promise<void> {
    const file = this.#absolute(relativePath);
    try {
      await this.#writeLocked(file, relativePath, saves);
    } catch (error) {
      const refused = stateFolderError(error, this.#folder, "save", file);
      // A redelivery found handled saves only its count: a folder that refuses it costs the count,
      // said as a warning, not the command (nothing ran, and nothing of the runs is lost).
      if (refused instanceof StateFolderError && saves.every((save) => countsOnly(save))) {
        const stored = this.#storedUnlocked(relativePath);
        if (stored !== undefined) {
          this.#report({ path: file, message: countNotSavedMessage(stored.event.id, stored.dispatchCount, `${refused.message}${refused.hint ? ` ${refused.hint}` : ""}`) });
          return;
        }
      }
      throw refused;
    }
  }

  /** The record as stored, read without its lock (no lock can be taken in a folder that refuses writes); undefined when there is none, or it is not readable. */
  #storedUnlocked(relativePath: string): EventRecord | undefined {
    try {
      const found = this.#readFile(relativePath);
      return found.kind === "record" ? found.record : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Read, merge and write under the record's lock. The file work is synchronous system calls:
   * for one small file they take microseconds, and each asynchronous call would cost a round
   * trip through the thread pool on the path to a step's start.
   */
  async #writeLocked(file: string, relativePath: string, saves: Save[]): Promise<void> {
    this.#refuseUnusableLink("save");
    this.#refuseLinkedFolders(relativePath, "save");
    makeFolders(dirname(file));
    await withFileLock(
      `${file}.lock`,
      (held) => {
        // Still the bytes this store wrote last: reuse that record instead of parsing and
        // validating the whole file (a payload of up to 25 MB) again. Comparing costs a read
        // (hashed in 1 MiB pieces, not held); any other writer's change, even in place, shows.
        // The file is first checked to be the one written (lstat): something else put there (a
        // FIFO) is never opened by the digest, which would block on it.
        const last = this.#lastWrite?.file === file ? this.#lastWrite : undefined;
        this.#lastWrite = undefined;
        const unchanged =
          last !== undefined &&
          sameFile(lstatIdentity(file), last.identity) &&
          fileSha256(file, last.written.bytes) === last.written.sha256;
        const stored = unchanged ? last.record : this.#readLocked(relativePath);
        const merged = mergeSaves(stored, saves);
        // Written in parts: the record's text is never one string, nor one buffer; a big event's
        // text is copied from the scratch file it was written to once (event-text.ts).
        const eventText = this.#eventTexts.textOf(merged.event);
        const parts = eventRecordParts(merged, eventText.text);
        // One that could not be read back is not saved: the store says so instead.
        const over = writeLimitProblem([parts[0], eventText, parts[2]], { maxBytes: this.#maxRecordBytes, maxContainers: this.#maxContainers });
        if (over?.over === "bytes") throw recordTooLargeError(this.#folder, file, over.bytes, this.#maxRecordBytes);
        if (over) throw recordTooManyContainersError(this.#folder, file, merged.event.id, this.#maxContainers);
        // Committed only while the lock is still ours: one broken meanwhile by another host (which
        // may have saved since) makes withFileLock read and merge again under a new lock.
        const written = writeFileAtomically(file, parts, held.assertHeld);
        // Leftovers of a killed writer (ours carry our pid).
        if (!unchanged) removeOrphanedTemporaries(file);
        this.counts.recordWrites += 1;
        const identity = lstatIdentity(file);
        this.#lastWrite = { file, written, identity, record: { ...merged, runs: structuredClone(merged.runs) } };
      },
      this.#lock,
    );
  }

  /** Scans every shard; unreadable files are added to `problems` and skipped. */
  async listEvents(query: EventQuery = {}): Promise<EventRecord[]> {
    try {
      return selectEvents(await this.#listAll(), query);
    } catch (error) {
      throw stateFolderError(error, this.#folder, "read");
    }
  }

  async #listAll(): Promise<EventRecord[]> {
    const records: EventRecord[] = [];
    await this.#scan((record) => {
      records.push(record);
    });
    return records;
  }

  /** One record file at a time, in the order listEvents reads them; unreadable ones as there. */
  async eachEvent(visit: (record: EventRecord) => unknown): Promise<void> {
    try {
      await this.#scan(visit);
    } catch (error) {
      throw stateFolderError(error, this.#folder, "read");
    }
  }

  async #scan(visit: (record: EventRecord) => unknown): Promise<void> {
    this.#refuseUnusableLink("read");
    this.#refuseLinkedFolders(`${EVENTS_DIR}/`, "read");
    for (const shard of await listNamesAsync(this.#absolute(EVENTS_DIR))) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      // A linked shard costs its own records, reported, not the listing.
      const linked = this.#linkedFolder(`${EVENTS_DIR}/${shard}/`);
      if (linked) {
        this.#report({ path: linked, message: "is a symbolic link; records are kept only in real folders inside the state folder, so its records were not read" });
        continue;
      }
      const names = (await listNamesAsync(this.#absolute(`${EVENTS_DIR}/${shard}`))).filter(isEventRecordFileName);
      for (const name of names) {
        const record = this.#readListed(`${EVENTS_DIR}/${shard}/${name}`);
        if (record && visit(record) === false) return;
      }
    }
  }

  /** Every save is already durable on disk. */
  async flush(): Promise<void> {}

  /**
   * The record file, read within MAX_RECORD_BYTES if it is a plain file, and parsed. A record
   * in a newer format throws StateRecordError (reported); anything else wrong is `bad`.
   */
  #readFile(relativePath: string): RecordRead {
    const file = this.#absolute(relativePath);
    const minBytes = this.#streamedRecordBytes;
    const maxContainers = this.#maxContainers;
    // Not valid JSON, too deep, or no big array: undefined, and the file is read whole (the
    // same value, or the same error). Not UTF-8, or more objects and arrays than a record holds:
    // the reason, and the file is not read further.
    const read = readRegularFile(file, this.#maxRecordBytes, (fd, size) => {
      if (size < minBytes) return undefined;
      const notUtf8 = storedTextProblem(fd, size, maxContainers);
      return notUtf8 ? { notUtf8 } : readJsonStreamed(fd, { minBytes, maxDepth: MAX_RECORD_DEPTH, maxBytes: size });
    });
    if (read.kind === "missing") return read;
    if (read.kind === "refused") return { kind: "bad", reason: read.reason, identity: read.identity };
    this.counts.recordReads += 1;
    try {
      let record: EventRecord;
      if (read.kind === "read") record = parseEventRecordText(decodeStoredText(read.bytes), relativePath, maxContainers);
      else if ("notUtf8" in read.value) throw new Error(read.value.notUtf8);
      else record = parseEventRecordValue(withPlainRuns(read.value.value), relativePath);
      return { kind: "record", record };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof NewerRecordFormatError) {
        this.#report({ path: file, message: reason });
        throw new StateRecordError(file, reason);
      }
      return { kind: "bad", reason, identity: read.identity };
    }
  }

  /**
   * Read under the record's lock (synchronous, like the write): a corrupt record is moved aside,
   * if the file is still the one read (same inode, size and time), else read again. `seen`: why
   * the file read before the lock was taken was corrupt, if it is gone by now.
   */
  #readLocked(relativePath: string, seen?: string): EventRecord | undefined {
    const file = this.#absolute(relativePath);
    for (let tries = 1; ; tries++) {
      const found = this.#readFile(relativePath);
      if (found.kind === "record") return found.record;
      if (found.kind === "missing") {
        // Set aside by another process between our read and the lock: it kept the bytes.
        if (seen) this.#report({ path: file, message: `${seen}; moved away by another process meanwhile, and the event counts as not handled yet` });
        return undefined;
      }
      if (sameFile(lstatIdentity(file), found.identity)) {
        const aside = corruptRecordPath(file);
        try {
          renameSync(file, aside);
          this.#report({ path: file, message: `${found.reason}; moved aside to ${aside}, and the event counts as not handled yet` });
          return undefined;
        } catch (error) {
          if (errorCode(error) !== "ENOENT") throw error;
        }
      }
      if (tries >= SET_ASIDE_TRIES) {
        this.#report({ path: file, message: found.reason });
        throw new StateRecordError(file, `${found.reason}, and it kept changing while it was read`);
      }
    }
  }

  /** Listing never throws for one bad file: it is reported (once) and skipped, never moved. */
  #readListed(relativePath: string): EventRecord | undefined {
    try {
      const found = this.#readFile(relativePath);
      if (found.kind === "bad") this.#report({ path: this.#absolute(relativePath), message: found.reason });
      return found.kind === "record" ? found.record : undefined;
    } catch (error) {
      if (!(error instanceof StateRecordError)) {
        const reason = error instanceof Error ? error.message : String(error);
        this.#report({ path: this.#absolute(relativePath), message: reason });
      }
      return undefined;
    }
  }

  /**
   * Throws a StateFolderError when the state folder is a symbolic link that loops, or leads into
   * a loop or to nothing (file-errors.ts, unusableFolderLink): a read would otherwise answer "no
   * records" from a folder that cannot be there, and a save name `<dir>/events` as the loop or the
   * link as a file in the way. Asked once per store while the folder is usable.
   */
  #refuseUnusableLink(doing: "read" | "save"): void {
    if (this.#folderLinkChecked) return;
    const refused = unusableFolderLink(this.#folder, doing);
    if (refused) throw refused;
    this.#folderLinkChecked = true;
  }

  /**
   * Throws a StateFolderError when a folder of `relativePath` under the store's root (`events`,
   * its shard) is a symbolic link (file-errors.ts, linkedFolderError, says why).
   */
  #refuseLinkedFolders(relativePath: string, doing: "read" | "save"): void {
    const linked = this.#linkedFolder(relativePath);
    if (linked) throw linkedFolderError(this.#folder, linked, doing);
  }

  /** The first folder of `relativePath` under the root that is a symbolic link; those found real are not looked at again. */
  #linkedFolder(relativePath: string): string | undefined {
    const parts = relativePath.split("/");
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join("/");
      if (this.#realFolders.has(folder)) continue;
      const path = this.#absolute(folder);
      try {
        const info = lstatSync(path);
        if (info.isSymbolicLink()) return path;
        if (info.isDirectory()) this.#realFolders.add(folder);
      } catch (error) {
        if (errorCode(error) === "ENOENT") return undefined;
        throw error;
      }
    }
    return undefined;
  }

  get problems(): StoreProblem[] {
    return this.#problems.problems;
  }

  get problemsLeftOut(): StoreProblemsLeftOut[] {
    return this.#problems.leftOut;
  }

  #report(problem: StoreProblem): void {
    this.#problems.report(problem);
  }

  #absolute(relativePath: string): string {
    return join(this.dir, ...relativePath.split("/"));
  }
}

/**
 * The record a write stores: its saves merged over the stored record in the order they came. A
 * claim is checked against the stored record with the saves before it (another dispatch of this
 * process may have claimed the same step there) and leaves out what another dispatcher holds.
 * Run again when the lock was lost, so a claim's `taken` is the one of the write that landed.
 */
function mergeSaves(stored: EventRecord | undefined, saves: readonly Save[]): EventRecord {
  let merged = stored;
  for (const save of saves) {
    let record = save.record;
    if (save.claim) {
      const taken = takenRuns(merged, record, save.claim);
      // Copies: the stored views are the record this store keeps for its next write.
      save.taken = new Map([...taken].map(([id, run]) => [id, structuredClone(run)]));
      // Started now, under the lock the claim is written with, not when it was asked for.
      record = startedAtClaim(withoutRuns(record, taken), save.claim.starting, new Date().toISOString());
    }
    merged = merged ? mergeEventRecords(merged, record) : record;
  }
  return merged!;
}

/**
 * Runs are merged and copied (structuredClone cannot copy an array kept on disk): only the
 * event, which nothing changes, keeps its big arrays on disk. Their text is taken with the
 * arrays kept on disk as their bytes (jsonParts), and parsed once: built, then written out and
 * parsed again, a run of 4 million empty arrays (its record's container cap) took twice the
 * memory, 0.8 GiB instead of 0.4.
 */
function withPlainRuns(value: unknown): unknown {
  const record = value as { runs?: unknown } | null;
  if (typeof record === "object" && record !== null && typeof record.runs === "object" && record.runs !== null) {
    record.runs = JSON.parse(jsonPartsText(jsonParts(record.runs)));
  }
  return value;
}

/**
 * Why the first `size` bytes of the open file are not UTF-8, or hold more than `maxContainers`
 * objects and arrays (read 1 MiB at a time, from byte 0), or undefined when neither. A big
 * record's strings are decoded piece by piece later, where a stray byte would become U+FFFD
 * unseen; its runs are built whole (withPlainRuns), and so is what its event holds outside its
 * big arrays, so their count is taken first (layout.ts, RECORD_BYTES_PER_CONTAINER).
 */
function storedTextProblem(fd: number, size: number, maxContainers: number): string | undefined {
  const check = new Utf8Check();
  const shape = new JsonShapeScan({ maxDepth: Number.POSITIVE_INFINITY, maxContainers });
  const buffer = Buffer.allocUnsafe(Math.min(size, 1 << 20));
  try {
    for (let at = 0; at < size; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, size - at), at);
      if (read === 0) break;
      check.add(buffer.subarray(0, read));
      if (!shape.add(buffer.subarray(0, read))) return tooManyContainers(maxContainers);
      at += read;
    }
    check.end();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

async function listNamesAsync(dir: string): Promise<string[]> {
  try {
    // Listing only (`flows runs`, not a dispatch): the module loads then (fs-async.ts says why).
    const { readdir } = await import("node:fs/promises");
    return (await readdir(dir)).sort();
  } catch (error) {
    if (errorCode(error) === "ENOENT") return [];
    throw error;
  }
}

/**
 * Temporary files of this record left by a process killed mid-write (`<file>.<pid>-<hex>.tmp`
 * whose pid is gone). Called under the record's lock, so no live writer of it is mid-write.
 */
function removeOrphanedTemporaries(file: string): void {
  const prefix = `${basename(file)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  for (const name of names) {
    const match = /^(\d+)-[0-9a-f]+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : "");
    if (!match || Number(match[1]) === process.pid || isPidAlive(Number(match[1]))) continue;
    try {
      unlinkSync(join(dirname(file), name));
    } catch {
      // Removed by another writer meanwhile.
    }
  }
}
