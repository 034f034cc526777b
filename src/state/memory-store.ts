import { mergeEventRecords } from "./record.js";
import type { EventQuery, EventRecord, StateStore, StoreProblem } from "./types.js";

/** Keeps records for the life of the process: `state: none` and tests. */
export class MemoryStateStore implements StateStore {
  readonly kind = "memory";
  readonly problems: StoreProblem[] = [];
  readonly #records = new Map<string, EventRecord>();

  async loadEvent(eventId: string): Promise<EventRecord | undefined> {
    const record = this.#records.get(eventId);
    return record ? structuredClone(record) : undefined;
  }

  async saveEvent(record: EventRecord): Promise<void> {
    const stored = this.#records.get(record.event.id);
    const merged = stored ? mergeEventRecords(stored, record) : record;
    this.#records.set(record.event.id, structuredClone(merged));
  }

  async listEvents(query: EventQuery = {}): Promise<EventRecord[]> {
    const all = [...this.#records.values()]
      .filter((record) => !query.type || record.event.type === query.type)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    return structuredClone(query.limit ? all.slice(0, query.limit) : all);
  }

  async flush(): Promise<void> {}
}
