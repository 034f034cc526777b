// The store as the read commands see it (`flows show`, `events`, `runs`, anything with
// --dry-run, `watch --status`): they never change it. The file store's loadEvent moves a
// damaged record aside (to `<file>.corrupt-<time>`) under a lock file, which is right when an
// event is about to run and wrong when someone only looks: a read would then change what the
// next dispatch and every other reader find, and fail on a folder this user may only read. So
// a damaged record is read first, here, and only reported; a record that reads well goes to the
// store's own loadEvent, with all its checks. Writes are a bug in a read command, refused.
import { join } from "node:path";
import type { FlowRunView } from "../contracts.js";
import { readRegularFile } from "../fs-safe.js";
import { decodeStoredText, eventRecordPath, MAX_RECORD_BYTES, parseEventRecordText } from "../state/layout.js";
import { NewerRecordFormatError } from "../state/record.js";
import type { EventQuery, EventRecord, RunClaim, RunIndex, StateStore, StoreProblem, StoreProblemsLeftOut } from "../state/types.js";
import { shellWord } from "../shell-word.js";

export type ReadOnlyOptions = {
  /** The command, as messages name it: `flows show`. */
  command: string;
  /** The command line that sets a damaged record aside, for one event id: `flows replay ID --state-dir x`. */
  repairCommand: (eventId: string) => string;
};

/** A record loadEvent left unread: its file, what is wrong with it, that it was left, and the command that sets it aside. */
export type RecordDamage = { file: string; reason: string; left: string; repair: string };

export class ReadOnlyStore implements StateStore {
  readonly #store: StateStore;
  readonly #options: ReadOnlyOptions;
  readonly #damaged: StoreProblem[] = [];
  /** Damaged records met by loadEvent, by event id. */
  readonly #damage = new Map<string, RecordDamage>();

  constructor(store: StateStore, options: ReadOnlyOptions) {
    this.#store = store;
    this.#options = options;
  }

  get kind(): string {
    return this.#store.kind;
  }

  /** The damaged records first: loadEvent meets them before any listing (problems are reported by position). */
  get problems(): StoreProblem[] {
    return [...this.#damaged, ...this.#store.problems];
  }

  /** Why the record of `eventId` was left unread, when loadEvent found it damaged. */
  damageOf(eventId: string): RecordDamage | undefined {
    return this.#damage.get(eventId);
  }

  get problemsLeftOut(): readonly StoreProblemsLeftOut[] | undefined {
    return this.#store.problemsLeftOut;
  }

  async loadEvent(eventId: string): Promise<EventRecord | undefined> {
    const dir = fileStoreDir(this.#store);
    if (dir !== undefined) {
      const damage = damagedRecord(join(dir, ...eventRecordPath(eventId).split("/")), eventRecordPath(eventId));
      if (damage !== undefined) {
        const full = { ...damage, left: `left as it is (${this.#options.command} only reads, and changes nothing)`, repair: `\`${this.#options.repairCommand(shellWord(eventId))}\` sets it aside (its bytes kept as ${damage.file}.corrupt-<time>), and the event then counts as not handled yet` };
        this.#damage.set(eventId, full);
        this.#damaged.push({ path: damage.file, message: `${damage.reason}; ${full.left}. ${full.repair}` });
        return undefined;
      }
    }
    return this.#store.loadEvent(eventId);
  }

  saveEvent(record: EventRecord): Promise<void> {
    return refused(`save event ${record.event.id}`, this.#options.command);
  }

  claimRuns(record: EventRecord, _claim: RunClaim): Promise<Map<string, FlowRunView>> {
    return refused(`claim the runs of event ${record.event.id}`, this.#options.command);
  }

  listEvents(query?: EventQuery): Promise<EventRecord[]> {
    return this.#store.listEvents(query);
  }

  get eachEvent(): StateStore["eachEvent"] {
    const each = this.#store.eachEvent;
    return each === undefined ? undefined : (visit) => each.call(this.#store, visit);
  }

  get runIndex(): StateStore["runIndex"] {
    const index = this.#store.runIndex;
    return index === undefined ? undefined : (): Promise<RunIndex | { unusable: string }> => index.call(this.#store);
  }

  /** Nothing was written, so nothing is pushed or uploaded. */
  async flush(): Promise<void> {}

  async close(): Promise<void> {
    await this.#store.close?.();
  }
}

/** The file store's folder, or undefined for the stores whose reads change nothing (branch, artifact, memory). */
function fileStoreDir(store: StateStore): string | undefined {
  const dir = (store as { dir?: unknown }).dir;
  return store.kind === "file" && typeof dir === "string" ? dir : undefined;
}

/**
 * Why the record file would be set aside by the file store's loadEvent (not a plain file, too
 * large, not UTF-8, not JSON, not a record), or undefined: missing, well-formed, or written by a
 * newer flows-action (which the store refuses without moving it).
 */
function damagedRecord(file: string, relativePath: string): { file: string; reason: string } | undefined {
  const read = readRegularFile(file, MAX_RECORD_BYTES);
  if (read.kind === "missing") return undefined;
  if (read.kind === "refused") return { file, reason: read.reason };
  if (read.kind !== "read") return undefined;
  try {
    parseEventRecordText(decodeStoredText(read.bytes), relativePath);
    return undefined;
  } catch (error) {
    if (error instanceof NewerRecordFormatError) return undefined;
    return { file, reason: error instanceof Error ? error.message : String(error) };
  }
}

function refused(what: string, command: string): Promise<never> {
  return Promise.reject(new Error(`${command} only reads the state store, yet it was asked to ${what}`));
}
