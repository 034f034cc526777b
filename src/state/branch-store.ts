import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { batchFiles, DEFAULT_STATE_AUTHOR, fastImportStream, STATE_README_PATH, type StateFile, stateCommitMessage } from "./branch-commit.js";
import {
  classifyPush,
  pushCheckedOut,
  pushContended,
  pushDenied,
  pushFailed,
  pushNotChecked,
  pushNotLanded,
  pushProtected,
  pushRefused,
  remoteStillHung,
  StateBranchError,
  workDirFailed,
} from "./branch-errors.js";
import {
  type BranchStateStoreOptions,
  type BranchStoreStats,
  checkBranchName,
  claimsStarts,
  flushTimeoutMs,
  OTHER_FAILURE_RETRIES,
  pushBudgetMs,
  readTimeoutMs,
  retryWait,
} from "./branch-options.js";
import { currentFlushDeadline, type RecordEntry, type RemoteHealth, StateRepo, withFlushDeadline } from "./branch-repo.js";
import { entryMatches, gitBlobOid, type IndexEntry, type IndexShard, indexEntry, indexShardPath, indexShardText, parseIndexShard, recordHash } from "./branch-index.js";
import { authEnvironment, type Redact, redactorFor, remoteOfCheckout, secretsOf, splitCredentials, type StoredBlob } from "./git.js";
import { StateNotSavedError } from "./not-saved.js";
import { readOnlyReader, refusedWrite } from "./read-only.js";
import { ProblemLog } from "./problems.js";
import { eventRecordPath, MAX_RECORD_BYTES, parseEventRecordText, recordContainerCap, StateRecordError, selectEvents, tooManyContainers } from "./layout.js";
import { addPending, type CountOnlyRecords, copyRecord, countNotSavedMessage, countsOnly, mergeEventRecords, NewerRecordFormatError, notStartedRuns, startedAtClaim, takenRuns, withoutRuns, withPendingRecord } from "./record.js";
import type { EventQuery, EventRecord, RunClaim, RunIndex, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";
import type { FlowRunView } from "../contracts.js";
import { UserError } from "../user-error.js";

export type { BranchStateStoreOptions, BranchStoreStats } from "./branch-options.js";

/** Records read from the branch at once when listing (a few MB of git output). */
const LIST_BATCH = 500;
const PENDING_REF = "refs/flows/pending";

/**
 * Records on a dedicated branch (default `flows-state`) of the repository, one file per event
 * in the same layout as the file store. All git work happens in a private bare directory:
 * the user's checkout, index and HEAD are never touched. Reads use a depth-1 fetch of the
 * branch tip's commit and trees only (a partial clone, `--filter=blob:none`), then one fetch of
 * just the records a call needs; saves are kept in memory and `flush()` pushes them as one
 * commit, re-applying them onto the new tip when another writer pushed first, so history
 * stays linear. The start of steps is pushed at once instead (claimRuns), unless `claim` is false.
 */
export class BranchStateStore implements StateStore {
  readonly kind = "branch";
  readonly #problems = new ProblemLog();
  readonly branch: string;
  readonly stats: BranchStoreStats = { fetches: 0, pushes: 0, rejectedPushes: 0 };
  readonly #options: BranchStateStoreOptions;
  readonly #pending = new Map<string, EventRecord>();
  /** Pending records that only count dispatches (SaveOptions.countOnly): #countsLost may lose them with a warning. */
  readonly #countOnly: CountOnlyRecords = new WeakSet();
  /** The dispatch count of each record loadEvent found at the tip: a pending save that only counts a dispatch of one of them may be lost with a warning (#countsLost). */
  readonly #storedCounts = new Map<string, number>();
  /** The events this store read or saved: a warning for a branch that lost records names those of them (StateRepo#namesOfGone). */
  readonly #knownIds = new Set<string>();
  #opened: Promise<void> | undefined;
  #flushing: Promise<void> = Promise.resolve();
  #url = "";
  #redact: Redact = (text) => text;
  #workDir = "";
  /** The private git directory, once open. */
  #repo: StateRepo | undefined;
  /** Whether the remote hangs (a git command to it stopped at its limit, none answered since). */
  readonly #health: RemoteHealth = {};

  constructor(options: BranchStateStoreOptions) {
    if (!options.repoDir && !options.remoteUrl) {
      throw new UserError("BranchStateStore needs repoDir (a checkout) or remoteUrl (a path or URL)");
    }
    this.#options = options;
    this.branch = options.branch ?? "flows-state";
    checkBranchName(this.branch);
    pushBudgetMs(options); // a FLOWS_STATE_PUSH_BUDGET_SECONDS that is no duration fails here, not at the first flush
    flushTimeoutMs(options); // and a FLOWS_STATE_FLUSH_TIMEOUT_SECONDS
    readTimeoutMs(options); // and a FLOWS_STATE_READ_TIMEOUT_SECONDS
    claimsStarts(options); // and so does a FLOWS_STATE_CLAIM that is no yes or no
    if (options.remoteUrl) this.#redact = redactorFor(options.remoteUrl, options.token ? [options.token] : []);
  }

  /** Opened only to read: saves and claims are refused. */
  get readOnly(): boolean {
    return readOnlyReader(this.#options.readOnly) !== undefined;
  }

  /** The remote as it may be shown: credentials hidden. */
  get remote(): string {
    return this.#redact(this.#url || this.#options.remoteUrl || this.#options.repoDir || "");
  }

  /** The private git directory, once the store has opened. */
  get workDir(): string | undefined {
    return this.#workDir || undefined;
  }

  /**
   * The event's record: the tip's, with its pending record merged over it. Within the read limit
   * (readTimeoutMs); one that fails or runs out throws, never answers "not stored": a dispatch
   * that took a read it could not make for a new event would run its steps again.
   */
  loadEvent(eventId: string): Promise<EventRecord | undefined> {
    return this.#withinReadLimit(async () => {
      await this.#open();
      const path = eventRecordPath(eventId);
      this.#knownIds.add(eventId);
      const stored = (await this.#readTip([path])).get(path);
      if (stored !== undefined) this.#storedCounts.set(eventId, stored.dispatchCount);
      return withPendingRecord(stored, this.#pending.get(eventId));
    });
  }

  /** Kept in memory until flush(): one commit and one push for many events. */
  async saveEvent(record: EventRecord, options: SaveOptions = {}): Promise<void> {
    const reader = readOnlyReader(this.#options.readOnly);
    if (reader !== undefined) return refusedWrite(`save event ${record.event.id}`, reader);
    this.#knownIds.add(record.event.id);
    addPending(this.#pending, record, options.countOnly === true ? { records: this.#countOnly } : undefined);
  }

  /**
   * Push the record of steps about to start at once: a claim. The push succeeds only on the tip
   * the claim was checked against (git refuses a push that is not a fast-forward), so when another
   * writer pushed first the new tip is fetched and the claim checked again there: a starting run
   * another dispatcher holds (or settled) is left out and returned, the rest pushed. A push git
   * reports taken counts only once the remote's branch is seen to hold it (lookForPushed): else it
   * throws, and the steps do not start; a claim that may have landed all the same (its look
   * failed, or its push was stopped at its limit) leaves their start ended as not started for
   * the next flush (notStartedRuns), so no delivery waits on a dispatcher that never ran them. With `claim`
   * off, the record waits for flush() like any other save, and nothing is left out.
   */
  claimRuns(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>> {
    const reader = readOnlyReader(this.#options.readOnly);
    if (reader !== undefined) return refusedWrite(`claim the runs of event ${record.event.id}`, reader);
    this.#knownIds.add(record.event.id);
    if (!claimsStarts(this.#options)) {
      addPending(this.#pending, record);
      return Promise.resolve(new Map());
    }
    // One push at a time: claims and flushes share the private work directory and its refs.
    const next = this.#flushing.catch(() => undefined).then(() => this.#withinFlushLimit(() => this.#claim(record, claim)));
    this.#flushing = next.then(
      () => undefined,
      () => undefined, // the caller is told; the next push goes ahead
    );
    return next;
  }

  async #claim(record: EventRecord, claim: RunClaim): Promise<Map<string, FlowRunView>> {
    const id = record.event.id;
    const path = eventRecordPath(id);
    let taken = new Map<string, FlowRunView>();
    let mine = record;
    /** The pending record of the event the pushed commit holds (undefined: none, or no push). */
    let pendingPushed: EventRecord | undefined;
    let pushed = false;
    /** Whether a push of the claim may have landed though the claim failed (see mayHaveLanded). */
    let mayHaveLanded = false;
    try {
      // The remote hung at an earlier command and has answered none since: each claim would wait
      // its whole limit again (20 steps: 40 minutes), so they fail at once, until a git command
      // to it (a read, a flush) gets an answer, or for as long as a save may take
      // (flushTimeoutMs) after it was stopped: then one claim tries the remote again, so a
      // process that keeps its store (and may have nothing to flush) is not cut off for good.
      const hung = this.#health.hung;
      if (hung !== undefined && Date.now() - hung.atMs < flushTimeoutMs(this.#options)) {
        throw remoteStillHung({ branch: this.branch, remote: this.remote }, hung);
      }
      await this.#open();
      await this.#pushBatch(async () => {
        const stored = (await this.#readTip([path])).get(path);
        const pending = this.#pending.get(id);
        taken = takenRuns(withPendingRecord(stored, pending), record, claim);
        // Started now, as the claim is pushed: not when it was first tried (retries take minutes).
        mine = startedAtClaim(withoutRuns(record, taken), claim.starting, new Date().toISOString());
        // Nothing left to claim: what remains (the dispatch's count, ends) waits for flush().
        pushed = mine.runs.some((run) => claim.starting.has(run.id));
        if (!pushed) return undefined;
        pendingPushed = pending;
        return new Map([[id, pending ? mergeEventRecords(pending, mine) : mine]]);
      }, { claim: true, mayHaveLanded: () => { mayHaveLanded = true; } });
    } catch (error) {
      // Its starts did not happen; ends that shared the write go with the next flush, which
      // reports them if they cannot be saved either.
      const ends = record.runs.filter((run) => !claim.starting.has(run.id));
      if (ends.length > 0) addPending(this.#pending, { ...record, runs: ends });
      const failed = this.#claimFailed(record, claim, error);
      // A push ran, so the claim may be stored (its landing could not be checked, or git was
      // stopped after sending it): its steps would read as running under this dispatcher, free
      // to run again only once it is gone. The next flush says they were not started.
      if (mayHaveLanded && pushed) {
        const reason = `not started: ${failed instanceof Error ? failed.message : String(failed)}`;
        addPending(this.#pending, notStartedRuns(mine, claim.starting, reason, new Date().toISOString()));
      }
      throw failed;
    }
    // Every start was taken by another dispatcher: what is left is this dispatch's count alone.
    if (!pushed) addPending(this.#pending, mine, mine.runs.length === 0 ? { records: this.#countOnly } : undefined);
    // The event's pending record went with the claim: it leaves the queue unless saved to meanwhile.
    else if (pendingPushed !== undefined && this.#pending.get(id) === pendingPushed) this.#pending.delete(id);
    return taken;
  }

  /** A claim's push failed: the steps did not start, and the error says what to change. */
  #claimFailed(record: EventRecord, claim: RunClaim, error: unknown): unknown {
    if (!(error instanceof StateBranchError)) return error;
    const steps = record.runs.filter((run) => claim.starting.has(run.id)).map((run) => `${run.flowName}/${run.stepName}`);
    return new StateBranchError(
      error.kind,
      `The start of ${steps.join(", ")} for event "${record.event.id}" could not be saved, so ${steps.length === 1 ? "it was" : "they were"} not started ` +
        `(the branch store pushes the start of steps before they run, so that two jobs never both run one): ${error.message}`,
    );
  }

  async listEvents(query: EventQuery = {}): Promise<EventRecord[]> {
    const records: EventRecord[] = [];
    await this.#scan((record) => {
      records.push(record);
    });
    return selectEvents(records, query);
  }

  /** The records at the tip, LIST_BATCH at a time, each with its pending record merged over it; then pending records of new events. */
  async eachEvent(visit: (record: EventRecord) => unknown): Promise<void> {
    await this.#scan(visit);
  }

  #scan(visit: (record: EventRecord) => unknown): Promise<void> {
    return this.#withinReadLimit(() => this.#scanRecords(visit));
  }

  async #scanRecords(visit: (record: EventRecord) => unknown): Promise<void> {
    await this.#open();
    const seen = new Set<string>();
    // Every record is read: their blobs in one fetch, not one per batch.
    const entries = await this.#repo!.fetchAllRecords();
    // A batch of blobs at a time: one read of every blob held the whole branch in memory
    // several times over (git's output, its text, the parsed records: 2.6 GB for 400 MB of records).
    for (let start = 0; start < entries.length; start += LIST_BATCH) {
      const batch = entries.slice(start, start + LIST_BATCH);
      const blobs = await this.#repo!.readRecordBlobs(batch);
      for (const stored of this.#parsed(batch.map((entry) => entry.path), blobs).values()) {
        if (this.#pending.size > 0) seen.add(stored.event.id);
        if (visit(withPendingRecord(stored, this.#pending.get(stored.event.id))!) === false) return;
      }
    }
    for (const [id, pending] of this.#pending) {
      if (!seen.has(id) && visit(copyRecord(pending)) === false) return;
    }
  }

  /**
   * What the branch's index (branch-index.ts) says of the records at the tip. A record counts as
   * covered only while its entry names the blob the tip holds for it; the rest (written by an
   * older flows-action, edited, under a damaged shard, or with a pending save) are read whole, up
   * to MAX_UNCOVERED of them: past that, or with no index at all, the caller reads every record.
   */
  runIndex(): Promise<RunIndex | { unusable: string }> {
    return this.#withinReadLimit(() => this.#runIndex());
  }

  async #runIndex(): Promise<RunIndex | { unusable: string }> {
    await this.#open();
    const repo = this.#repo!;
    const records = await repo.listRecords();
    const shardFiles = await repo.listIndexShards();
    if (records.length > 0 && shardFiles.length === 0) {
      return {
        unusable:
          `the state branch "${this.branch}" has no index yet (its ${records.length} records were written by an older flows-action), so every record is read. ` +
          "Each write by this version adds the records it touches and the others of their index shards, so the index fills in as flows-action runs.",
      };
    }
    const shards = new Map<string, IndexShard>();
    const read = await repo.readListed(shardFiles);
    for (const { path } of shardFiles) {
      const blob = read.get(path);
      try {
        if (blob === undefined) throw new Error("its blob could not be read");
        if (blob.notText !== undefined) throw new Error(blob.notText);
        if (blob.overContainers !== undefined) throw new Error(tooManyContainers(blob.overContainers, "an index shard"));
        if (blob.text === undefined) throw new Error(`it is ${blob.size} bytes, over the ${this.#maxRecordBytes()} bytes it may be`);
        shards.set(path, parseIndexShard(blob.text));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        this.#report({ path: `${this.branch}:${path}`, message: `an index shard that cannot be read (${reason}); its records were read whole instead, and the next write to one of them writes it anew` });
      }
    }
    const covered = new Map<string, { entry: IndexEntry; file: RecordEntry }>();
    const uncovered: RecordEntry[] = [];
    for (const file of records) {
      const entry = shards.get(indexShardPath(file.path))?.get(recordHash(file.path));
      if (entry !== undefined && entry.oid === file.oid && !this.#pending.has(entry.event)) covered.set(entry.event, { entry, file });
      else uncovered.push(file);
    }
    if (uncovered.length > MAX_UNCOVERED) {
      return {
        unusable:
          `${uncovered.length} of the ${records.length} records of the state branch "${this.branch}" are not in its index yet (written by an older flows-action, or their index shard is damaged), so every record is read. ` +
          "Each write by this version adds the records it touches and the others of their index shards, so the index fills in as flows-action runs.",
      };
    }
    const whole: EventRecord[] = [];
    const seen = new Set<string>();
    for (let start = 0; start < uncovered.length; start += LIST_BATCH) {
      const batch = uncovered.slice(start, start + LIST_BATCH);
      for (const stored of this.#parsed(batch.map((entry) => entry.path), await repo.readListed(batch)).values()) {
        seen.add(stored.event.id);
        whole.push(withPendingRecord(stored, this.#pending.get(stored.event.id))!);
      }
    }
    for (const [id, pending] of this.#pending) if (!seen.has(id) && !covered.has(id)) whole.push(copyRecord(pending));
    return {
      summaries: [...covered.values()].map(({ entry }) => ({
        eventId: entry.event,
        internal: entry.internal === true,
        runs: entry.runs.map(([id, updatedAt, effectiveStatus, needsAttention]) => ({ id, updatedAt, effectiveStatus, needsAttention: needsAttention === 1 })),
      })),
      records: whole,
      load: (eventIds) => this.#withinReadLimit(async () => {
        const files = eventIds.map((id) => covered.get(id)).filter((found) => found !== undefined);
        const parsed = this.#parsed(files.map(({ file }) => file.path), await repo.readListed(files.map(({ file }) => file)));
        const loaded: EventRecord[] = [];
        for (const { entry, file } of files) {
          const record = parsed.get(file.path);
          if (record === undefined || !entryMatches(entry, record)) {
            this.#report({
              path: `${this.branch}:${indexShardPath(file.path)}`,
              message: `its entry for ${file.path} does not say what that record holds (the index was edited or damaged), so every record was read instead`,
            });
            return undefined;
          }
          loaded.push(record);
        }
        return loaded;
      }),
    };
  }

  /** Commit every pending record as one commit and push it; retried when the branch moved. */
  flush(): Promise<void> {
    // One flush at a time: they share the private work directory and its refs.
    const next = this.#flushing.catch(() => undefined).then(() => this.#withinFlushLimit(() => this.#flushPending()));
    this.#flushing = next;
    return next;
  }

  /**
   * Run a flush or a claim within the flush's time limit (flushTimeoutMs), from when it starts
   * (not while it waits for the one before): every git command it runs gets what is left, so a
   * remote that hangs costs one limit, not one per retry and per record pushed alone.
   */
  #withinFlushLimit<T>(work: () => Promise<T>): Promise<T> {
    const limitMs = flushTimeoutMs(this.#options);
    return withFlushDeadline({ at: Date.now() + limitMs, limitMs }, work);
  }

  /**
   * Run a read outside any flush or claim (loadEvent, a listing) within the read limit
   * (readTimeoutMs), so a remote that answers each git command just in time, or hangs, cannot
   * hold a listing's many fetches for long; a read inside a flush keeps the flush's limit.
   */
  #withinReadLimit<T>(work: () => Promise<T>): Promise<T> {
    if (currentFlushDeadline() !== undefined) return work();
    const limitMs = readTimeoutMs(this.#options);
    return withFlushDeadline({ at: Date.now() + limitMs, limitMs, of: "read" }, work);
  }

  async #flushPending(): Promise<void> {
    if (this.#pending.size === 0) return;
    const batch = new Map(this.#pending);
    const where = `the state branch "${this.branch}" of ${this.remote}`;
    try {
      await this.#open();
      await this.#pushBatch(async () => batch);
    } catch (error) {
      if (refusedForGood(error) && batch.size > 1) {
        // The remote refused the commit (a hook, a file over GitHub's 100 MB), or a record is
        // over the write limits: maybe for one record only. Push each event on its own, so only
        // the refused ones stay unsaved.
        await this.#pushEachAlone(batch, where);
        return;
      }
      const reason = this.#redact(error instanceof Error ? error.message : String(error));
      // A batch of one refused was refused alone: reported here, it leaves pending (refusedForGood).
      if (refusedForGood(error)) this.#settled(batch);
      const unsaved = this.#countsLost([...batch.keys()], batch, reason);
      if (unsaved.length > 0) throw new StateNotSavedError({ eventIds: unsaved, where, reason, cause: error });
      return;
    }
    this.#settled(batch);
  }

  /**
   * Push every record of `batch` in a commit of its own; throw naming those that were not saved.
   * One refused alone leaves pending once reported (refusedForGood): kept, it would make every
   * later flush of this process push the whole batch, be refused, push each record alone and
   * report it again. One that failed otherwise (network, a race lost past the budget) stays
   * pending for the next flush.
   */
  async #pushEachAlone(batch: Map<string, EventRecord>, where: string): Promise<void> {
    const failed: Array<{ id: string; reason: string; error: unknown }> = [];
    let refused = 0;
    for (const [id, record] of batch) {
      try {
        await this.#pushBatch(async () => new Map([[id, record]]));
        this.#settled(new Map([[id, record]]));
      } catch (error) {
        failed.push({ id, reason: this.#redact(error instanceof Error ? error.message : String(error)), error });
        if (refusedForGood(error)) {
          refused++;
          this.#settled(new Map([[id, record]]));
        }
      }
    }
    if (failed.length === 0) return;
    const unsaved = new Set(this.#countsLost(failed.map((failure) => failure.id), batch, (id) => failed.find((failure) => failure.id === id)!.reason));
    if (unsaved.size === 0) return;
    const saved = batch.size - failed.length;
    const kept = failed.length - refused;
    const reasons = [...new Set(failed.map((failure) => failure.reason))].map(
      (reason) => `${failed.filter((failure) => failure.reason === reason).map((failure) => failure.id).join(", ")}: ${reason}`,
    );
    const counts = `${saved} saved, ${refused} refused${kept > 0 ? `, ${kept} not pushed (kept for the next flush)` : ""}`;
    if (saved > 0) reasons.push(`The other ${saved} event record(s) of this flush were saved.`);
    throw new StateNotSavedError({
      eventIds: failed.map((failure) => failure.id).filter((id) => unsaved.has(id)),
      where,
      reason: `The push of all ${batch.size} records was refused, so each was pushed on its own: ${counts}. ${reasons.join(" ")}`,
      cause: failed[0]!.error,
    });
  }

  /**
   * Of the events `ids` of `batch` that were not pushed, those whose pending record only counts a
   * dispatch (a redelivery found handled: countsOnly) of a record loadEvent found at the tip lose
   * that count alone: each is reported as a problem with `reason`, and leaves pending. The others
   * are returned: their records are not saved.
   */
  #countsLost(ids: string[], batch: Map<string, EventRecord>, reason: string | ((id: string) => string)): string[] {
    const unsaved: string[] = [];
    for (const id of ids) {
      const record = batch.get(id)!;
      const storedCount = this.#storedCounts.get(id);
      if (storedCount === undefined || !countsOnly({ record, countOnly: this.#countOnly.has(record) })) {
        unsaved.push(id);
        continue;
      }
      const why = typeof reason === "string" ? reason : reason(id);
      this.#report({ path: `${this.branch}:${eventRecordPath(id)}`, message: countNotSavedMessage(id, storedCount, `the push to the state branch "${this.branch}" of ${this.remote} failed: ${why}`) });
      this.#settled(new Map([[id, record]]));
    }
    return unsaved;
  }

  /** Keep records saved while a flush ran; they go with the next one. */
  #settled(batch: Map<string, EventRecord>): void {
    for (const [id, record] of batch) if (this.#pending.get(id) === record) this.#pending.delete(id);
  }

  /**
   * Commit the batch on the tip and push; when another writer moved the branch first, fetch,
   * merge and push again after a jittered, growing wait, for as long as the budget allows.
   * `batchOnTip` gives the records to push once the tip is fetched (a claim checks it there);
   * undefined: nothing to push.
   */
  async #pushBatch(batchOnTip: () => Promise<Map<string, EventRecord> | undefined>, options: { claim?: boolean; mayHaveLanded?: () => void } = {}): Promise<void> {
    try {
      await this.#pushBatchOnTip(batchOnTip, options);
    } finally {
      // A branch that lost records is said once this push is over: what it wrote again is not gone.
      await this.#repo?.sayLost();
    }
  }

  async #pushBatchOnTip(batchOnTip: () => Promise<Map<string, EventRecord> | undefined>, options: { claim?: boolean; mayHaveLanded?: () => void }): Promise<void> {
    const where = { branch: this.branch, remote: this.remote };
    const budgetMs = pushBudgetMs(this.#options);
    const started = Date.now();
    let otherFailures = 0;
    for (let attempt = 1; ; attempt++) {
      const repo = this.#repo!;
      // Fetching the tip and the records' blobs, and building the commit: one that fails as a
      // network blip or a killed git does (not a refusal) is tried again, as a push is.
      let events = 0;
      const prepared = await this.#prepareCommit(async () => {
        const batch = await batchOnTip();
        events = batch?.size ?? 0;
        return batch;
      }).then(
        (commit) => ({ commit }),
        (error: unknown) => ({ error }),
      );
      if ("error" in prepared) {
        const { error } = prepared;
        const blip = error instanceof StateBranchError && error.kind === "git";
        const wait = retryWait(this.#options, attempt);
        if (!blip || ++otherFailures > OTHER_FAILURE_RETRIES || Date.now() - started + wait > budgetMs || pastFlushLimit(wait)) throw error;
        repo.fetchedAt = 0;
        await sleep(wait);
        continue;
      }
      const commit = prepared.commit;
      if (!commit) return;
      const push = await repo.git(["push", "--porcelain", this.#url, `${commit}:refs/heads/${this.branch}`]).catch((error: unknown) => {
        // Stopped at its limit, git may have sent the commit and the remote taken it.
        options.mayHaveLanded?.();
        throw error;
      });
      this.stats.pushes++;
      if (push.code === 0) {
        // Checked to have landed (lookForPushed says why), a claim's push too: a step whose start
        // the remote took and undid ran with its start stored nowhere, free for another job to
        // claim and run again. One `ls-remote` more per claim. Looked at again after a second
        // before it counts: a remote served by replicas may answer the first look from one the
        // push has not reached yet. A look that fails says nothing to a flush (git did report the
        // push taken), but a claim's steps do not start on it: they would run without a stored start.
        let seen = await repo.lookForPushed(commit);
        // A look stopped at its limit is not tried again: it would wait as long again.
        if (("held" in seen && !seen.held) || (options.claim && "unknown" in seen && seen.kind === "git")) {
          await sleep(LANDED_RECHECK_MS);
          seen = await repo.lookForPushed(commit);
        }
        if ("held" in seen && !seen.held) {
          repo.fetchedAt = 0;
          throw pushNotLanded(where, commit, seen.tip);
        }
        if ("unknown" in seen && options.claim) {
          options.mayHaveLanded?.();
          repo.fetchedAt = 0;
          throw pushNotChecked(where, commit, seen);
        }
        repo.tip = commit;
        return;
      }
      const output = this.#redact(`${push.stdout.toString("utf8")}\n${push.stderr}`);
      const outcome = classifyPush(output);
      if (outcome === "permission") throw pushDenied(where, output);
      if (outcome === "protected") throw pushProtected(where, output);
      if (outcome === "checked-out") throw pushCheckedOut(where);
      if (outcome === "refused") throw pushRefused(where, output);
      if (outcome === "other" && ++otherFailures > OTHER_FAILURE_RETRIES) throw pushFailed(where, output);
      this.stats.rejectedPushes++;
      repo.fetchedAt = 0; // the branch moved: the next attempt must fetch
      const wait = retryWait(this.#options, attempt);
      const spent = Date.now() - started;
      if (spent + wait > budgetMs || pastFlushLimit(wait)) {
        throw outcome === "other" ? pushFailed(where, output) : pushContended(where, attempt, Math.round(spent / 1000), events);
      }
      await sleep(wait);
    }
  }

  /** Removes the temporary work directory. Pending records that were not flushed are lost. */
  async close(): Promise<void> {
    const opened = this.#opened;
    this.#opened = undefined;
    await opened?.catch(() => undefined);
    if (this.#workDir && !this.#options.workDir) await rm(this.#workDir, { recursive: true, force: true });
    this.#workDir = "";
  }

  #open(): Promise<void> {
    // A failed open (network, auth) is retried by the next call instead of sticking.
    this.#opened ??= this.#initialize().catch((error: unknown) => {
      this.#opened = undefined;
      throw error;
    });
    return this.#opened;
  }

  async #initialize(): Promise<void> {
    const remoteUrl =
      this.#options.remoteUrl ??
      (await remoteOfCheckout({ repoDir: this.#options.repoDir!, remote: this.#options.remote ?? "origin" }));
    const { url, credentials: inUrl } = splitCredentials(remoteUrl);
    const credentials = this.#options.token ? `x-access-token:${this.#options.token}` : inUrl;
    this.#url = url;
    this.#redact = redactorFor(remoteUrl, secretsOf(credentials));
    if (this.#options.workDir) {
      this.#workDir = resolve(this.#options.workDir);
      await mkdir(this.#workDir, { recursive: true }).catch((error: unknown) => {
        throw workDirFailed(this.#workDir, "the store's workDir option", error);
      });
    } else if (!this.#workDir) {
      const parent = tmpdir();
      this.#workDir = await mkdtemp(join(parent, "flows-state-")).catch((error: unknown) => {
        throw workDirFailed(parent, "the temporary folder (TMPDIR)", error);
      });
    }
    this.#repo = await StateRepo.open({
      workDir: this.#workDir,
      workDirChosenBy: this.#options.workDir ? "chosen by the store's workDir option" : "in the temporary folder (TMPDIR)",
      url,
      branch: this.branch,
      authEnv: authEnvironment(credentials),
      redact: this.#redact,
      shown: () => this.remote,
      maxRecordBytes: this.#maxRecordBytes(),
      stats: this.stats,
      report: (problem) => this.#report(problem),
      knownEventIds: () => this.#knownIds,
      health: this.#health,
      ...(this.#options.gitTimeoutMs === undefined ? {} : { gitTimeoutMs: this.#options.gitTimeoutMs }),
    });
  }

  /** Fetch the tip unless the last fetch is recent, and build the commit of the batch on it. */
  async #prepareCommit(batchOnTip: () => Promise<Map<string, EventRecord> | undefined>): Promise<string | undefined> {
    const repo = this.#repo!;
    if (Date.now() - repo.fetchedAt > (this.#options.reuseFetchMs ?? 1_000)) await repo.fetchTip();
    const batch = await batchOnTip();
    return batch === undefined ? undefined : this.#commitOnTip(batch);
  }

  /** Build the commit that applies `batch` to the current tip; undefined when nothing changes. */
  async #commitOnTip(batch: Map<string, EventRecord>): Promise<string | undefined> {
    const paths = new Map([...batch.keys()].map((id) => [id, eventRecordPath(id)]));
    const repo = this.#repo!;
    // The index's shards of these records come in the same read (branch-index.ts).
    const shards = [...new Set([...paths.values()].map(indexShardPath))];
    const blobs = repo.tip ? await repo.readTipBlobs([...paths.values(), STATE_README_PATH, ...shards]) : new Map<string, StoredBlob>();
    const written = new Map<string, IndexEntry>();
    const oidLength = repo.tip?.length ?? 40;
    const files = batchFiles({
      batch: [...batch].map(([id, record]) => ({ record, path: paths.get(id)! })),
      stored: (path) => blobs.get(path),
      parse: (blob, path) => {
        const stored = this.#parseOrSetAside(blob, path);
        return stored === SET_ASIDE ? undefined : stored;
      },
      branch: this.branch,
      limits: { maxBytes: this.#maxRecordBytes(), maxContainers: recordContainerCap(this.#maxRecordBytes()) },
      storedAs: (path, record, text) => written.set(path, indexEntry(record, gitBlobOid(text, oidLength))),
    });
    if (files.length === 0) return undefined;
    files.push(...(await this.#indexFiles(shards, blobs, written)));
    const stream = fastImportStream({
      ref: PENDING_REF,
      ...(repo.tip ? { parent: repo.tip } : {}),
      author: this.#options.author ?? DEFAULT_STATE_AUTHOR,
      message: stateCommitMessage([...batch.keys()]),
      files,
    });
    const imported = await repo.git(["fast-import", "--quiet", "--force"], stream);
    if (imported.code !== 0) {
      const said = this.#redact(imported.stderr.trim());
      throw new StateBranchError("git", `git fast-import failed: ${said}${repo.diskSaid(said)}`);
    }
    const commit = await repo.git(["rev-parse", "--verify", PENDING_REF]);
    return commit.stdout.toString("utf8").trim();
  }

  /**
   * The index shards of a commit (branch-index.ts): each as at the tip, with the entries of the
   * records written and, while it lacks them, of up to BACKFILL_RECORDS other records of its
   * shard (so a branch written by older versions gets an index as it is written to). Fails the
   * write only when its read is stopped at the time limit (the remote hangs, and the push would
   * hang as well): a damaged shard is written anew, and a backfill that cannot read is skipped
   * (what is not indexed is read whole).
   */
  async #indexFiles(shards: string[], blobs: Map<string, StoredBlob>, written: Map<string, IndexEntry>): Promise<StateFile[]> {
    const repo = this.#repo!;
    const files: StateFile[] = [];
    let backfill = BACKFILL_RECORDS;
    for (const shardPath of shards) {
      const blob = blobs.get(shardPath);
      let shard: IndexShard = new Map();
      try {
        if (blob?.text !== undefined) shard = parseIndexShard(blob.text);
      } catch {
        // Damaged or foreign: written anew. Its records' entries come back by backfill.
      }
      for (const [path, entry] of written) if (indexShardPath(path) === shardPath) shard.set(recordHash(path), entry);
      if (backfill > 0 && repo.tip) {
        try {
          const folder = shardPath.replace(/^index\/(..)\.json$/, "events/$1");
          // Records this commit writes are not read: their entries are the new blobs', set above.
          const missing = (await repo.listRecords(folder))
            .filter((entry) => !written.has(entry.path) && shard.get(recordHash(entry.path))?.oid !== entry.oid)
            .slice(0, backfill);
          backfill -= missing.length;
          const read = await repo.readListed(missing, BACKFILL_MAX_BYTES);
          for (const entry of missing) {
            const text = read.get(entry.path)?.text;
            if (text === undefined) continue;
            try {
              shard.set(recordHash(entry.path), indexEntry(parseEventRecordText(text, entry.path, Number.POSITIVE_INFINITY), entry.oid));
            } catch {
              // Not a record this version reads: left out of the index, so readers read it whole (and report it).
            }
          }
        } catch (error) {
          // A fetch stopped at its limit is the remote hanging (git() marked it so): said as what
          // ran out, not swallowed for the next command to find the save's time gone.
          if (error instanceof StateBranchError && error.kind === "timeout") throw error;
          // A fetch that failed: the backfill waits for another write.
        }
      }
      const text = indexShardText(shard);
      if (text !== blob?.text) files.push({ path: shardPath, text });
    }
    return files;
  }

  /** Records at the tip; a corrupt one is reported and left out (the event counts as new). */
  async #readTip(paths: string[]): Promise<Map<string, EventRecord>> {
    return this.#parsed(paths, await this.#repo!.readTipBlobs(paths));
  }

  /** The records of `paths` in `blobs`; a corrupt one is reported and left out. */
  #parsed(paths: string[], blobs: Map<string, StoredBlob>): Map<string, EventRecord> {
    const records = new Map<string, EventRecord>();
    paths.forEach((path) => {
      const blob = blobs.get(path);
      if (blob === undefined) return;
      const record = this.#parseOrSetAside(blob, path);
      if (record !== SET_ASIDE) records.set(path, record);
    });
    return records;
  }

  /**
   * Parse a record read from the branch. One that cannot be read is reported with its path and
   * field; the next push of its event moves its bytes to `<path>.corrupt-<time>` and writes the
   * new record. A record in a newer format is refused (StateRecordError): upgrading is the fix.
   * A blob over the size limit is set aside unread, and one holding more objects and arrays
   * than a record of its size cap does (layout.ts, recordContainerCap) unparsed.
   */
  #parseOrSetAside(blob: StoredBlob, path: string): EventRecord | typeof SET_ASIDE {
    try {
      if (blob.notAFile) throw new Error(`it is a ${blob.notAFile} on the state branch, not a record file`);
      if (blob.notText !== undefined) throw new Error(blob.notText);
      if (blob.overContainers !== undefined) throw new Error(tooManyContainers(blob.overContainers));
      if (blob.text === undefined) {
        throw new Error(`it is ${blob.size} bytes, over the ${this.#maxRecordBytes()} bytes a record may be, so it was not read`);
      }
      // Its objects and arrays were counted as it was read (readBlobs' maxContainers).
      return parseEventRecordText(blob.text, path, Number.POSITIVE_INFINITY);
    } catch (error) {
      const where = `${this.branch}:${path}`;
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof NewerRecordFormatError) {
        this.#report({ path: where, message: reason });
        throw new StateRecordError(where, reason);
      }
      this.#report({ path: where, message: `${reason}; set aside (kept as ${path}.corrupt-<time> when its event is saved again), and the event counts as not handled yet` });
      return SET_ASIDE;
    }
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

  #maxRecordBytes(): number {
    return this.#options.maxRecordBytes ?? MAX_RECORD_BYTES;
  }
}

const SET_ASIDE = Symbol("set aside");

/** Whether waiting `waitMs` more would end past the limit of the flush running here. */
function pastFlushLimit(waitMs: number): boolean {
  const deadline = currentFlushDeadline();
  return deadline !== undefined && Date.now() + waitMs >= deadline.at;
}

/**
 * Records of an index shard a commit reads to fill the shard in, when a branch written by an
 * older flows-action has no entries for them (a few hundred per shard at 100,000 records): one
 * fetch of their blobs, well under a second, once per shard.
 */
const BACKFILL_RECORDS = 400;
/**
 * Records an index listing reads whole (not covered by the index) before it gives up on the
 * index and reads every record: at most a second or two of reading.
 */
const MAX_UNCOVERED = 2_000;
/** How long a flush waits before it looks again at a push that did not seem to land. */
const LANDED_RECHECK_MS = 1_000;
/** Records over this are not read for the backfill (they are read whole by listings instead). */
const BACKFILL_MAX_BYTES = 128 * 1024;

/**
 * Whether a push failed for what it holds, so that pushing it again would fail again: a
 * StateBranchError of kind "refused", which the store makes in two places only. pushRefused:
 * git's output says the remote's hook looked at the commit and said no ("pre-receive hook
 * declined", GitHub's GH001), classifyPush having ruled out a moved branch first (those are
 * retried). And batchFiles: the record is over the write limits, so it was not pushed at all.
 * A network failure or a killed git is kind "git", a race lost past the budget "contention":
 * those records stay pending. Permission, branch protection and a checked-out branch refuse
 * every push whatever it holds, so they are no record's fault and stay pending too.
 */
function refusedForGood(error: unknown): boolean {
  return error instanceof StateBranchError && error.kind === "refused";
}
