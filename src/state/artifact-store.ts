import { serializeStateFile, stateArtifactName, type WriterRun } from "./artifact-format.js";
import {
  type ArtifactReadStats,
  type ArtifactSource,
  gitHubArtifactSource,
  type ListedArtifact,
} from "./artifact-github.js";
import { type ArtifactCache, MAX_STATE_FILE_BYTES, readState, type StateView } from "./artifact-read.js";
import { type ArtifactUploader, uploadStateFile } from "./artifact-upload.js";
import { transferTimeoutMs } from "../deadline.js";
import { planDeltas, type StateFileLimits } from "./artifact-delta.js";
import { recordContainerCap, StateRecordError, selectEvents, WRITE_LIMIT_HINT, writeLimitProblem, writeLimitSentence } from "./layout.js";
import { addPending, type CountOnlyRecords, copyRecord, countNotSavedMessage, countsOnly, mergeEventRecords, withPending, withPendingRecord } from "./record.js";
import { StateNotSavedError } from "./not-saved.js";
import { ProblemLog } from "./problems.js";
import { type ReadOnlySetting, readOnlyReader, refusedWrite } from "./read-only.js";
import type { EventQuery, EventRecord, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";
import { UserError } from "../user-error.js";

export type ArtifactStateStoreOptions = {
  /** Open it only to read (read-only.ts): saves are refused, so nothing is ever uploaded. */
  readOnly?: ReadOnlySetting;
  /** Token for the REST API, normally the job's GITHUB_TOKEN; reading needs `actions: read`. */
  token: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** REST API root (GITHUB_API_URL), e.g. https://api.github.com. */
  apiUrl: string;
  /** This workflow run (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT); part of every artifact name. */
  runId: number | string;
  runAttempt: number | string;
  /** Days GitHub keeps each state artifact; default: the repository's setting (90 days on public repositories). */
  retentionDays?: number;
  /** Write a snapshot once more than this many deltas sit on top of the newest one (default 20; 0: every flush). */
  compactAfter?: number;
  /** Uploads artifacts; default `@actions/artifact`'s DefaultArtifactClient (ACTIONS_RUNTIME_TOKEN). */
  artifactClient?: ArtifactUploader;
  /** Fetches the signed URLs artifact downloads redirect to; default: global fetch. */
  fetch?: typeof fetch;
  /** Where a failed snapshot upload is reported; it loses nothing, as the delta is already uploaded. */
  log?: (message: string) => void;
  /** Told about every API call, upload and download (`core.debug` in the action). */
  debug?: (message: string) => void;
  /** The largest state artifact downloaded and unpacked, in bytes (MAX_STATE_FILE_BYTES; tests shorten it). */
  maxStateFileBytes?: number;
  /**
   * The longest one upload, download or listing page may take, in ms (default 5 minutes, or
   * FLOWS_ARTIFACT_TIMEOUT_SECONDS). Past it, it fails as a failed one would: an upload's
   * records are not saved (flush throws StateNotSavedError), a read fails and changes nothing.
   */
  transferTimeoutMs?: number;
};

/** What the store did, for logs and benchmarks. */
export type ArtifactStoreStats = ArtifactReadStats & {
  /** Full reads: one when the store opens, one more per snapshot written. */
  reads: number;
  uploads: number;
  uploadedBytes: number;
  snapshots: number;
};

const DEFAULT_COMPACT_AFTER = 20;
/** What was read is rewritten by a saving run once it is this old (see #compactionDue). */
const REFRESH_AFTER_MS = 60 * 60_000;

/**
 * Records kept as workflow artifacts, read back from earlier runs through the REST API.
 * Artifacts are immutable and expire, so each flush uploads a delta (the records it saved) and
 * now and then a snapshot (everything known); a reader takes the newest snapshot plus the
 * deltas it does not hold (see the invariant in artifact-read.ts). The store reads once, when
 * first asked, and answers every later load from memory.
 */
export class ArtifactStateStore implements StateStore {
  readonly kind = "artifact";
  readonly #problems = new ProblemLog();
  readonly stats: ArtifactStoreStats = {
    reads: 0,
    listRequests: 0,
    downloads: 0,
    downloadedBytes: 0,
    uploads: 0,
    uploadedBytes: 0,
    snapshots: 0,
  };
  readonly #options: ArtifactStateStoreOptions;
  readonly #run: WriterRun;
  readonly #source: ArtifactSource;
  readonly #cache: ArtifactCache = new Map();
  readonly #pending = new Map<string, EventRecord>();
  /** Pending records that only count dispatches (SaveOptions.countOnly): an upload refused may lose them with a warning. */
  readonly #countOnly: CountOnlyRecords = new WeakSet();
  #view: Promise<StateView> | undefined;
  #flushing: Promise<void> = Promise.resolve();
  /** Deltas on top of the newest snapshot when last read, and the artifacts whose retention matters. */
  #baseline: { deltas: number; aging: ListedArtifact[] } = { deltas: 0, aging: [] };
  /** Deltas this store uploaded since it read or wrote a snapshot. */
  #ownDeltas: string[] = [];

  constructor(options: ArtifactStateStoreOptions) {
    if (!/^[^/\s]+\/[^/\s]+$/.test(options.repository)) {
      throw new UserError(
        `artifact state needs repository as "owner/repo" (GITHUB_REPOSITORY), got "${options.repository}"`,
      );
    }
    if (!options.token) throw new UserError("artifact state needs a token with `actions: read` (the job's GITHUB_TOKEN)");
    if (!String(options.runId) || !String(options.runAttempt)) {
      throw new UserError("artifact state needs runId and runAttempt (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)");
    }
    this.#options = options;
    this.#run = { runId: options.runId, runAttempt: options.runAttempt };
    this.#source = gitHubArtifactSource({
      token: options.token,
      repository: options.repository,
      apiUrl: options.apiUrl,
      stats: this.stats,
      timeoutMs: transferTimeoutMs(options.transferTimeoutMs),
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(options.debug ? { debug: options.debug } : {}),
    });
  }

  /** Opened only to read: saves are refused. */
  get readOnly(): boolean {
    return readOnlyReader(this.#options.readOnly) !== undefined;
  }

  async loadEvent(eventId: string): Promise<EventRecord | undefined> {
    const view = await this.#open();
    // Running the event again could repeat work a newer flows-action recorded: refuse it, as the
    // file and branch stores refuse a newer record.
    const newer = view.newer.get(eventId) ?? view.newerFiles[0];
    if (newer) throw new StateRecordError(newer.path, newer.reason);
    const stored = view.records.get(eventId);
    return withPendingRecord(stored, this.#pending.get(eventId));
  }

  /** Kept in memory until flush(): one delta artifact for many events. */
  async saveEvent(record: EventRecord, options: SaveOptions = {}): Promise<void> {
    const reader = readOnlyReader(this.#options.readOnly);
    if (reader !== undefined) return refusedWrite(`save event ${record.event.id}`, reader);
    addPending(this.#pending, record, options.countOnly === true ? { records: this.#countOnly } : undefined);
  }

  async listEvents(query: EventQuery = {}): Promise<EventRecord[]> {
    const byId = new Map((await this.#open()).records);
    return selectEvents(withPending(byId, this.#pending), query).map(copyRecord);
  }

  /** Upload the saved records as one delta; write a snapshot when deltas piled up or what was read ages. */
  flush(): Promise<void> {
    const next = this.#flushing.catch(() => undefined).then(() => this.#flushPending());
    this.#flushing = next;
    return next;
  }

  async #flushPending(): Promise<void> {
    if (this.#pending.size === 0 && !this.#view) return; // nothing read, nothing written
    // Opened only to read (a CLI listing, the plan job): no snapshot of what it read either.
    if (this.readOnly) return;
    const view = await this.#open();
    const notSaved = this.#pending.size > 0 ? await this.#saveBatch(view, new Map(this.#pending)) : undefined;
    // A failed upload is likely to fail the snapshot's too, after as long a wait.
    if (notSaved?.uploadFailed) throw notSaved.error;
    if (this.#compactionDue()) {
      try {
        await this.#writeSnapshot(view);
      } catch (error) {
        this.#options.log?.(
          `flows state: could not write a snapshot (${error instanceof Error ? error.message : String(error)}); ` +
            "nothing is lost, a later run writes it.",
        );
      }
    }
    if (notSaved) throw notSaved.error;
  }

  /**
   * Upload the batch as the deltas planDeltas makes of it (one, unless that would be too big to
   * read back). A record too big on its own is dropped: kept, it would fail every later flush.
   * Uploads stop at the first that fails; its records and the rest stay pending for the next
   * flush. Returns the error naming the events not saved.
   */
  async #saveBatch(view: StateView, batch: Map<string, EventRecord>): Promise<{ error: StateNotSavedError; uploadFailed: boolean } | undefined> {
    const plan = planDeltas([...batch.values()], this.#run, this.#limits());
    const unsaved = new Set<string>();
    const reasons: string[] = [];
    for (const { record, problem } of plan.refused) {
      const id = record.event.id;
      const what = `the state file of ${stateArtifactName("delta", this.#run)}, holding the record(s) of 1 event(s),`;
      reasons.push(`${id}: ${writeLimitSentence(what, problem, this.#limits(), "a state file")}.`);
      unsaved.add(id);
      this.#settle(view, [record], false);
    }
    if (unsaved.size > 0) reasons.push(WRITE_LIMIT_HINT);
    let saved = 0;
    let uploadError: unknown;
    for (const { records, text: planned } of plan.deltas) {
      if (uploadError === undefined) {
        const name = stateArtifactName("delta", this.#run);
        const text = planned ?? serializeStateFile({ kind: "delta", records }, this.#run);
        // A delta of a split batch was measured, not made: its text is checked as every write is.
        const what = `the state file of ${name}, holding the record(s) of ${records.length} event(s),`;
        const unreadable = planned === undefined ? this.#unreadable(what, text) : undefined;
        if (unreadable) {
          reasons.push(`${unreadable}. ${WRITE_LIMIT_HINT}`);
          this.#settle(view, records, false);
        } else {
          uploadError = await this.#upload(name, text).then(
            () => undefined,
            (error: unknown) => error ?? new Error("upload failed"),
          );
          if (uploadError === undefined) {
            this.#ownDeltas.push(name);
            this.#settle(view, records, true);
            saved += records.length;
            continue;
          }
          reasons.push(`The upload of ${name} failed: ${uploadError instanceof Error ? uploadError.message : String(uploadError)}`);
        }
      }
      for (const record of records) unsaved.add(record.event.id);
    }
    // A redelivery found handled saved only its count (countsOnly) of a record stored in the view:
    // that count alone is lost, said as a problem; the command does not fail for it.
    for (const id of unsaved) {
      const record = batch.get(id)!;
      const stored = view.records.get(id);
      if (stored === undefined || !countsOnly({ record, countOnly: this.#countOnly.has(record) })) continue;
      this.#report({ path: `${this.#options.repository}:${id}`, message: countNotSavedMessage(id, stored.dispatchCount, reasons.join(" ")) });
      this.#settle(view, [record], false);
      unsaved.delete(id);
    }
    if (unsaved.size === 0) return undefined;
    if (saved > 0) reasons.push(`The other ${saved} event record(s) of this flush were saved.`);
    const error = new StateNotSavedError({
      eventIds: [...batch.keys()].filter((id) => unsaved.has(id)),
      where: `the workflow artifacts of ${this.#options.repository}`,
      reason: reasons.join(" "),
      ...(uploadError === undefined ? {} : { cause: uploadError }),
    });
    return { error, uploadFailed: uploadError !== undefined };
  }

  /** Records done with: `uploaded` ones join the view. Records saved while this flush ran stay pending; they go with the next one. */
  #settle(view: StateView, records: EventRecord[], uploaded: boolean): void {
    for (const record of records) {
      const id = record.event.id;
      if (uploaded) {
        const stored = view.records.get(id);
        view.records.set(id, stored ? mergeEventRecords(stored, record) : record);
      }
      if (this.#pending.get(id) === record) this.#pending.delete(id);
    }
  }

  #compactionDue(): boolean {
    const deltas = this.#baseline.deltas + this.#ownDeltas.length;
    if (deltas > (this.#options.compactAfter ?? DEFAULT_COMPACT_AFTER)) return true;
    // Anything read expires sooner than a snapshot written now, and the next run may come up to
    // a whole retention period later (GitHub keeps each artifact that long from its creation):
    // a saving run rewrites what it read once it is over an hour old. Then state outlives
    // retention as long as a run saves at least once per retention period (less that hour),
    // however the runs are spaced, while a burst of runs still just adds deltas.
    const now = Date.now();
    return this.#baseline.aging.some((artifact) => artifact.createdAt < now - REFRESH_AFTER_MS);
  }

  /** Read afresh (other runs may have written since), then upload everything as one snapshot. */
  async #writeSnapshot(current: StateView): Promise<void> {
    const fresh = await this.#read();
    // A snapshot holds only the records this version can read: one written now would drop the
    // newer ones while claiming the deltas that hold them.
    if (fresh.newer.size > 0) {
      throw new Error(`${fresh.newer.size} event record(s) are in a newer format; upgrade flows-action`);
    }
    if (fresh.newerFiles.length > 0) {
      throw new Error(`${fresh.newerFiles.length} state artifact(s) are in a newer format; upgrade flows-action`);
    }
    // The current view adds this store's own deltas, which the listing may not show yet.
    for (const record of current.records.values()) {
      const stored = fresh.records.get(record.event.id);
      fresh.records.set(record.event.id, stored ? mergeEventRecords(stored, record) : record);
    }
    const includes = [...new Set([...fresh.recentlyHeld, ...this.#ownDeltas])];
    const name = stateArtifactName("snapshot", this.#run);
    const file = {
      kind: "snapshot" as const,
      coversThrough: fresh.listedAt,
      includes,
      records: [...fresh.records.values()],
    };
    const text = serializeStateFile(file, this.#run);
    // Not uploaded: a reader would skip it, and the deltas it would hold still hold their records.
    const unreadable = this.#unreadable(`the state file of ${name}`, text);
    if (unreadable) throw new Error(unreadable);
    await this.#upload(name, text);
    this.stats.snapshots++;
    this.#view = Promise.resolve(fresh);
    this.#baseline = { deltas: 0, aging: [] };
    this.#ownDeltas = [];
  }

  /** Why a reader would skip a state file of `text` (layout.ts, writeLimitProblem), or undefined. */
  #unreadable(what: string, text: string): string | undefined {
    const over = writeLimitProblem([text], this.#limits());
    return over && writeLimitSentence(what, over, this.#limits(), "a state file");
  }

  /** What a reader of this store's state files takes (readState, maxStateFileBytes). */
  #limits(): StateFileLimits {
    const maxBytes = this.#options.maxStateFileBytes ?? MAX_STATE_FILE_BYTES;
    return { maxBytes, maxContainers: recordContainerCap(maxBytes) };
  }

  async #upload(name: string, text: string): Promise<void> {
    const bytes = await uploadStateFile({
      uploader: this.#options.artifactClient,
      name,
      text,
      timeoutMs: transferTimeoutMs(this.#options.transferTimeoutMs),
      ...(this.#options.retentionDays ? { retentionDays: this.#options.retentionDays } : {}),
    });
    this.stats.uploads++;
    this.stats.uploadedBytes += bytes;
    this.#options.debug?.(`artifact upload ${name}: ${text.length} characters of records, ${bytes} bytes zipped`);
  }

  #open(): Promise<StateView> {
    // A failed read (network, permission) is retried by the next call instead of sticking.
    this.#view ??= this.#read().then(
      (view) => {
        this.#baseline = {
          deltas: view.applied.length,
          aging: [...(view.snapshot ? [view.snapshot] : []), ...view.applied],
        };
        return view;
      },
      (error: unknown) => {
        this.#view = undefined;
        throw error;
      },
    );
    return this.#view;
  }

  #read(): Promise<StateView> {
    this.stats.reads++;
    return readState({
      source: this.#source,
      cache: this.#cache,
      report: (problem) => this.#report(problem),
      ...(this.#options.maxStateFileBytes ? { maxStateFileBytes: this.#options.maxStateFileBytes } : {}),
    });
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
}
