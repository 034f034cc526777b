import type { FlowRunView } from "../contracts.js";
import { StateFolderError } from "../state/file-errors.js";
import { StateNotSavedError } from "../state/not-saved.js";
import { mergeRuns } from "../state/run-merge.js";
import type { EventRecord, RunClaim, StateStore } from "../state/types.js";

/**
 * How long the end of a step may wait for other ends to share its write, while other steps of
 * the event still run and nothing waits on it. A dispatcher that dies in that window leaves the
 * step "running", so it reads as interrupted and runs again: the same as dying just before the
 * write.
 */
export const END_SAVE_WINDOW_MS = 25;

/** One save's caller; `startOf`: the run whose start it waits for (told the stored view when that start was taken). */
type Waiter = { resolve: (taken?: FlowRunView) => void; reject: (error: unknown) => void; startOf?: string };

/**
 * Saves one event's runs as a dispatch starts and ends them, in as few store writes as the
 * guarantees allow:
 *
 * - `saveStart` is for a run about to start. Every start (and held end) asked for in the same
 *   turn of the event loop goes into one `saveEvent`, and each call resolves only once that
 *   write is done: steps that start together cost one write, and no step starts before its
 *   running record is stored.
 * - `saveEnd` is for a run that ended. When other steps of the event still run and nothing
 *   waits for this save ({@link END_SAVE_WINDOW_MS}), it is held for a moment so ends that come
 *   close together share a write; it is written at once when it is the last running step.
 *   Each call resolves once its run is stored and rejects when the store failed to save it.
 * - The first write carries the event record itself (dispatch count, first dispatch time).
 * - A write that fails on the state folder once a run has ended unsaved rejects with a
 *   StateNotSavedError naming the event: its steps ran, and nothing remembers it.
 * - A write that holds starts goes through the store's `claimRuns` where it has one (the branch
 *   store pushes it at once): a start another dispatcher took first (`isTaken`) is not stored,
 *   and its `saveStart` resolves with the stored view, so the step does not start here. A start
 *   that was stored is told to `onClaimed` with the stored copy of its run the claim was checked
 *   against (when there was one), before its `saveStart` resolves.
 */
export class RunRecorder {
  readonly #store: StateStore;
  readonly #record: EventRecord;
  readonly #windowMs: number;
  readonly #isTaken: RunClaim["isTaken"];
  readonly #onClaimed: ((mine: FlowRunView, stored: FlowRunView) => void) | undefined;
  #pending: FlowRunView[] = [];
  #waiters: Waiter[] = [];
  #soon: ReturnType<typeof setImmediate> | undefined;
  #held: ReturnType<typeof setTimeout> | undefined;
  #running = 0;
  /** The pending write holds an ended run; an ended run's write failed. */
  #pendingEnds = false;
  #endsUnsaved = false;
  /** Store writes this recorder asked for, for tests. */
  saves = 0;

  constructor(
    store: StateStore,
    record: EventRecord,
    options: { windowMs?: number; isTaken?: RunClaim["isTaken"]; onClaimed?: (mine: FlowRunView, stored: FlowRunView) => void } = {},
  ) {
    this.#store = store;
    this.#record = record;
    this.#windowMs = options.windowMs ?? END_SAVE_WINDOW_MS;
    this.#isTaken = options.isTaken ?? (() => false);
    this.#onClaimed = options.onClaimed;
  }

  /**
   * Saves a run about to start, with the other starts of this turn; resolves once stored, with
   * undefined, or with the stored view of the run when another dispatcher took it first (it
   * must not start here, and has no end to save).
   */
  saveStart(view: FlowRunView): Promise<FlowRunView | undefined> {
    this.#running += 1;
    const saved = this.#add(view, view.id);
    this.#soon ??= setImmediate(() => this.#flush());
    return saved;
  }

  /**
   * Saves a run that ended. `urgent`: something waits for this save (a later step of its flow,
   * a step waiting for a free slot), so it is not held.
   */
  saveEnd(view: FlowRunView, options: { urgent: boolean }): Promise<void> {
    this.#running = Math.max(0, this.#running - 1);
    this.#pendingEnds = true;
    const saved = this.#add(view).then(() => undefined);
    if (options.urgent || this.#running === 0) this.#soon ??= setImmediate(() => this.#flush());
    else this.#held ??= setTimeout(() => this.#flush(), this.#windowMs);
    return saved;
  }

  /**
   * Saves the record with no runs (a dispatch whose steps were all handled before), said to the
   * store as a save that only counts a dispatch (SaveOptions.countOnly).
   */
  saveRecord(): Promise<void> {
    this.saves += 1;
    return this.#store.saveEvent({ ...this.#record, runs: [] }, { countOnly: true });
  }

  #add(view: FlowRunView, startOf?: string): Promise<FlowRunView | undefined> {
    this.#pending.push(view);
    return new Promise<FlowRunView | undefined>((resolve, reject) => this.#waiters.push({ resolve, reject, ...(startOf ? { startOf } : {}) }));
  }

  #flush(): void {
    if (this.#soon !== undefined) clearImmediate(this.#soon);
    if (this.#held !== undefined) clearTimeout(this.#held);
    this.#soon = undefined;
    this.#held = undefined;
    // One entry per run: a start and an end of one run in one write keep both attempts' states.
    const byId = new Map<string, FlowRunView>();
    for (const view of this.#pending) {
      const seen = byId.get(view.id);
      byId.set(view.id, seen ? mergeRuns(seen, view) : view);
    }
    const runs = [...byId.values()];
    const waiters = this.#waiters;
    const ends = this.#pendingEnds;
    this.#pending = [];
    this.#waiters = [];
    this.#pendingEnds = false;
    if (runs.length === 0) return;
    // ISO times sort as strings: the latest of the record's and the runs'.
    const updatedAt = [this.#record.updatedAt, ...runs.map((run) => run.updatedAt)].sort().at(-1) ?? this.#record.updatedAt;
    this.saves += 1;
    const record = { ...this.#record, runs, updatedAt };
    const starting = new Set(waiters.flatMap((waiter) => (waiter.startOf === undefined ? [] : [waiter.startOf])));
    // The stored copy each start was last checked against: the check its claim was stored on.
    const checked = new Map<string, { stored: FlowRunView; mine: FlowRunView }>();
    const isTaken: RunClaim["isTaken"] = (stored, mine) => {
      checked.set(mine.id, { stored, mine });
      return this.#isTaken(stored, mine);
    };
    let saved: Promise<Map<string, FlowRunView>>;
    try {
      const store = this.#store;
      saved =
        starting.size > 0 && store.claimRuns
          ? store.claimRuns(record, { starting, isTaken })
          : store.saveEvent(record).then(() => new Map<string, FlowRunView>());
    } catch (error) {
      saved = Promise.reject(error);
    }
    saved.then(
      (taken) => {
        // A start taken elsewhere never runs here: no end of it will come.
        this.#running = Math.max(0, this.#running - taken.size);
        for (const [id, { stored, mine }] of checked) if (!taken.has(id)) this.#onClaimed?.(mine, stored);
        for (const waiter of waiters) waiter.resolve(waiter.startOf === undefined ? undefined : taken.get(waiter.startOf));
      },
      (error: unknown) => {
        if (ends) this.#endsUnsaved = true;
        const reason = this.#endsUnsaved ? ranButNotSaved(error, this.#record.event.id) : error;
        for (const waiter of waiters) waiter.reject(reason);
      },
    );
  }
}

/** A state folder that failed a write after steps ran: said as records not saved (not-saved.ts). */
function ranButNotSaved(error: unknown, eventId: string): unknown {
  if (!(error instanceof StateFolderError)) return error;
  const problem = `${error.problem.charAt(0).toUpperCase()}${error.problem.slice(1)}.`;
  return new StateNotSavedError({ eventIds: [eventId], where: error.where, reason: `${problem} ${error.hint ?? ""}`, cause: error });
}
