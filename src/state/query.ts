import type { FlowRunView } from "../contracts.js";
import type { EventRecord, RunIndex, RunQuery, StateStore } from "./types.js";

/** Event types flows-action keeps for its own bookkeeping (watch cursors); hidden from listings. */
export const INTERNAL_EVENT_TYPE_PREFIX = "flows-action.";

export function isInternalRecord(record: EventRecord): boolean {
  return record.event.type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}

/**
 * Visit every stored record once: through the store's eachEvent, which holds a few records at a
 * time, or its listEvents for a store that holds them all anyway. `visit` returning false stops.
 */
export async function eachStoredEvent(store: StateStore, visit: (record: EventRecord) => unknown): Promise<void> {
  if (store.eachEvent) return store.eachEvent(visit);
  for (const record of await store.listEvents()) if (visit(record) === false) return;
}

/**
 * The `limit` newest of the items offered (all of them without a limit), newest first; items
 * with the same time keep the order they were offered in, as the stores' listings sort. Holds at
 * most twice the limit, however many are offered: a listing of 50,000 stored events that shows
 * ten keeps about twenty.
 */
export class Newest<T> {
  #items: T[] = [];
  readonly #limit: number | undefined;
  readonly #time: (item: T) => string;

  constructor(limit: number | undefined, time: (item: T) => string) {
    this.#limit = limit || undefined;
    this.#time = time;
  }

  /** How many items are held now (tests). */
  get held(): number {
    return this.#items.length;
  }

  offer(item: T): void {
    this.#items.push(item);
    if (this.#limit !== undefined && this.#items.length >= 2 * this.#limit) this.#trim();
  }

  items(): T[] {
    this.#trim();
    return this.#items;
  }

  #trim(): void {
    // Array.prototype.sort is stable: equal times stay in the order offered.
    const time = this.#time;
    this.#items.sort((a, b) => (time(a) < time(b) ? 1 : time(a) > time(b) ? -1 : 0));
    if (this.#limit !== undefined) this.#items.length = Math.min(this.#items.length, this.#limit);
  }
}

/** Says why a listing reads every record (StateStore.runIndex's `unusable`): once per listing. */
export type IndexNote = (sentence: string) => void;

/** The store's index, or undefined (said through `note` when the store says why) when the listing must read every record. */
async function usableIndex(store: StateStore, note: IndexNote | undefined): Promise<RunIndex | undefined> {
  if (!store.runIndex) return undefined;
  const index = await store.runIndex();
  if ("unusable" in index) {
    if (index.unusable) note?.(index.unusable);
    return undefined;
  }
  return index;
}

/**
 * Runs across the store (or the records given), newest first, filtered as `flows runs` asks; only
 * the runs shown are kept. With a limit, a store's index (StateStore.runIndex) picks the records
 * holding the newest runs, and only those are read (with the records it does not cover); each
 * is checked against what the index said of it, and any that differs means every record is read.
 */
export async function selectStoredRuns(from: StateStore | EventRecord[], query: RunQuery = {}, note?: IndexNote): Promise<FlowRunView[]> {
  if (!Array.isArray(from) && query.limit && !query.eventId) {
    const index = await usableIndex(from, note);
    if (index) {
      const newest = new Newest<{ eventId: string; updatedAt: string }>(query.limit, (run) => run.updatedAt);
      for (const summary of index.summaries) {
        if (summary.internal) continue;
        for (const run of summary.runs) {
          if (query.status && run.effectiveStatus !== query.status) continue;
          if (query.needsAttention && !run.needsAttention) continue;
          newest.offer({ eventId: summary.eventId, updatedAt: run.updatedAt });
        }
      }
      const loaded = await index.load([...new Set(newest.items().map((run) => run.eventId))]);
      if (loaded) return selectStoredRuns([...loaded, ...index.records], query);
      note?.("the state branch's index does not match its records (the store problem below says where), so every record was read.");
    }
  }
  const newest = new Newest<FlowRunView>(query.limit, (run) => run.updatedAt);
  const each = Array.isArray(from) ? async (visit: (record: EventRecord) => void) => from.forEach(visit) : (visit: (record: EventRecord) => void) => eachStoredEvent(from, visit);
  await each((record) => {
    if (isInternalRecord(record) || (query.eventId && record.event.id !== query.eventId)) return;
    for (const run of record.runs) {
      if (query.status && run.effectiveStatus !== query.status) continue;
      if (query.needsAttention && !run.needsAttention) continue;
      newest.offer(run);
    }
  });
  return newest.items();
}

/**
 * The record holding a run id (run ids are hashes, so this may read every record; it stops at the
 * one). In the same pass, `startingWith` gathers up to two stored ids (of events and runs) that a
 * cut-off `runId` begins, for a suggestion when none is found (two tell it is not one).
 */
export async function findStoredRun(
  store: StateStore,
  runId: string,
  startingWith?: Set<string>,
  note?: IndexNote,
): Promise<{ record: EventRecord; run: FlowRunView } | undefined> {
  const index = await usableIndex(store, note);
  if (index) {
    const holders = index.summaries.filter((summary) => summary.runs.some((run) => run.id === runId));
    const loaded = await index.load(holders.slice(0, 1).map((summary) => summary.eventId));
    if (loaded) {
      for (const record of [...loaded, ...index.records]) {
        const run = record.runs.find((candidate) => candidate.id === runId);
        if (run) return { record, run };
      }
      // Not in the index: an index that left a run out (edited, or damaged in a way its entries'
      // blob ids do not show) must not hide it, so "not stored" is only said once every record is read.
      note?.(`no run "${runId}" in the state branch's index, so every record is read to be sure.`);
    } else {
      note?.("the state branch's index does not match its records (the store problem below says where), so every record was read.");
    }
  }
  let found: { record: EventRecord; run: FlowRunView } | undefined;
  await eachStoredEvent(store, (record) => {
    const run = record.runs.find((candidate) => candidate.id === runId);
    if (run) found = { record, run };
    else if (startingWith && runId.length >= 4) {
      for (const id of [record.event.id, ...record.runs.map((candidate) => candidate.id)]) {
        if (startingWith.size >= 2) break;
        if (id.startsWith(runId)) startingWith.add(id);
      }
    }
    return run === undefined;
  });
  return found;
}
