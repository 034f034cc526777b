// @bun
import {
  mergeEventRecords
} from "./main-e531f9c3.js";

// src/state/memory-store.ts
class MemoryStateStore {
  kind = "memory";
  problems = [];
  #records = new Map;
  async loadEvent(eventId) {
    const record = this.#records.get(eventId);
    return record ? copyRecord(record) : undefined;
  }
  async saveEvent(record) {
    const stored = this.#records.get(record.event.id);
    const merged = stored ? mergeEventRecords(stored, record) : record;
    this.#records.set(record.event.id, copyRecord(merged));
  }
  async listEvents(query = {}) {
    const all = [...this.#records.values()].filter((record) => !query.type || record.event.type === query.type).sort((a, b) => a.updatedAt < b.updatedAt ? 1 : -1);
    return (query.limit ? all.slice(0, query.limit) : all).map(copyRecord);
  }
  async flush() {}
}
function copyRecord(record) {
  const copy = structuredClone({ ...record, event: null });
  copy.event = record.event;
  return copy;
}

export { MemoryStateStore };
