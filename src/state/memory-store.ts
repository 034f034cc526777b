import { type ReadOnlyReader, type ReadOnlySetting, readOnlyReader, refusedWrite } from "./read-only.js";
import type { EventQuery, EventRecord, SaveOptions, StateStore, StoreProblem, StoreProblemsLeftOut } from "./types.js";

/** Keeps records for the life of the process: `state: none` and tests. */
export class MemoryStateStore implements StateStore {
  readonly kind = "memory";
  readonly problems: StoreProblem[] = [];
  readonly problemsLeftOut: StoreProblemsLeftOut[] = [];
  readonly #records = new Map<string, EventRecord>();
  readonly #reader: ReadOnlyReader | undefined;

  /** `readOnly`: saves are refused (read-only.ts). */
  constructor(options: { readOnly?: ReadOnlySetting } = {}) {
    this.#reader = readOnlyReader(options.readOnly);
  }

  get readOnly(): boolean {
    return this.#reader !== undefined;
  }

  async loadEvent(eventId: string): Promise<EventRecord | undefined> {
    const record = this.#records.get(eventId);
    return record ? copyRecord(record) : undefined;
  }

  /** Saves are kept in memory: none fails, so what a save is (SaveOptions) changes nothing here. */
  async saveEvent(record: EventRecord, _options?: SaveOptions): Promise<void> {
    if (this.#reader !== undefined) return refusedWrite(`save event ${record.event.id}`, this.#reader);
    const stored = this.#records.get(record.event.id);
    // record.ts (merging, counting) loads on the first save that merges: a dispatch that matched
    // nothing saves nothing (the action's cold-start guard, BENCHMARKS.md).
    const merged = stored ? (await import("./record.js")).mergeEventRecords(stored, record) : record;
    this.#records.set(record.event.id, copyRecord(merged));
  }

  async listEvents(query: EventQuery = {}): Promise<EventRecord[]> {
    const all = [...this.#records.values()]
      .filter((record) => !query.type || record.event.type === query.type)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    return (query.limit ? all.slice(0, query.limit) : all).map(copyRecord);
  }

  async flush(): Promise<void> {}
}

/**
 * A copy the caller may change. The event is shared, not cloned: nothing changes an event once
 * it is built, and cloning a 25 MB payload on every step start and end cost seconds and
 * gigabytes (docs/hostile-input.md).
 */
function copyRecord(record: EventRecord): EventRecord {
  const copy = structuredClone({ ...record, event: null }) as unknown as EventRecord;
  copy.event = record.event;
  return copy;
}
