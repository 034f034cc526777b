import type { FlowRunView } from "../contracts.js";
import { mergeRuns } from "./run-merge.js";
import { RECORD_FORMAT_VERSION, type EventRecord } from "./types.js";
import { UserError } from "../user-error.js";

/**
 * Merge two records of the same event, as written by two writers. Nothing is dropped: runs
 * are keyed by id, and two copies of one run keep every attempt of both (see run-merge.ts).
 */
export function mergeEventRecords(stored: EventRecord, incoming: EventRecord): EventRecord {
  const runs = new Map<string, FlowRunView>();
  for (const run of [...stored.runs, ...incoming.runs]) {
    const seen = runs.get(run.id);
    runs.set(run.id, seen ? mergeRuns(seen, run) : run);
  }
  return {
    formatVersion: RECORD_FORMAT_VERSION,
    event: stored.event,
    runs: [...runs.values()],
    firstDispatchedAt: earlier(stored.firstDispatchedAt, incoming.firstDispatchedAt),
    updatedAt: later(stored.updatedAt, incoming.updatedAt),
    dispatchCount: Math.max(stored.dispatchCount, incoming.dispatchCount),
  };
}

// ISO timestamps compare as strings, so Math.min/max do not apply.
function earlier(a: string, b: string): string {
  return a <= b ? a : b;
}

function later(a: string, b: string): string {
  return a >= b ? a : b;
}

// The branch and artifact stores keep saved records in memory until flush(); these merge them
// in and lay them over what the store read.

/** Add a record to the pending ones, merged with any pending record of the same event. */
export function addPending(pending: Map<string, EventRecord>, record: EventRecord): void {
  const current = pending.get(record.event.id);
  // The merge keeps the pending copy's event, so a later save clones only its runs: a 25 MB
  // payload is copied once per event, not once per step start and end.
  const copy = current ? { ...record, event: current.event, runs: structuredClone(record.runs) } : copyRecord(record);
  pending.set(record.event.id, current ? mergeEventRecords(current, copy) : copy);
}

/** One event's stored record with its pending record merged over it, as a copy. */
export function withPendingRecord(stored: EventRecord | undefined, pending: EventRecord | undefined): EventRecord | undefined {
  const record = stored && pending ? mergeEventRecords(stored, pending) : (stored ?? pending);
  return record ? copyRecord(record) : undefined;
}

/**
 * A copy of a record the caller may change, sharing its event: nothing changes an event once it
 * is built, and a large event's payload may hold arrays kept on disk (src/events/lazy-json.ts),
 * which structuredClone cannot copy.
 */
export function copyRecord(record: EventRecord): EventRecord {
  const copy = structuredClone({ ...record, event: null }) as unknown as EventRecord;
  copy.event = record.event;
  return copy;
}

/** Records by event id with pending (unsaved) records merged over them, for listings. */
export function withPending(stored: Map<string, EventRecord>, pending: Map<string, EventRecord>): EventRecord[] {
  const byId = new Map(stored);
  for (const [id, record] of pending) {
    const current = byId.get(id);
    byId.set(id, current ? mergeEventRecords(current, record) : record);
  }
  return [...byId.values()];
}

/** A record written by a newer flows-action: not corrupt, so never set aside or overwritten. */
export class NewerRecordFormatError extends UserError {
  override name = "NewerRecordFormatError";
}
