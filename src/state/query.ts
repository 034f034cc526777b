import type { FlowRunView } from "../contracts.js";
import type { EventRecord, RunQuery } from "./types.js";

/** Event types flows-action keeps for its own bookkeeping (watch cursors); hidden from listings. */
export const INTERNAL_EVENT_TYPE_PREFIX = "flows-action.";

export function isInternalRecord(record: EventRecord): boolean {
  return record.event.type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}

/** Runs across records, newest first, filtered as `flows runs` asks. */
export function selectRuns(records: EventRecord[], query: RunQuery = {}): FlowRunView[] {
  const runs = records
    .filter((record) => !isInternalRecord(record))
    .filter((record) => !query.eventId || record.event.id === query.eventId)
    .flatMap((record) => record.runs)
    .filter((run) => !query.status || run.effectiveStatus === query.status)
    .filter((run) => !query.needsAttention || run.needsAttention)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return query.limit ? runs.slice(0, query.limit) : runs;
}

/** The record holding a run id (run ids are hashes, so this reads every record). */
export function findRun(records: EventRecord[], runId: string): { record: EventRecord; run: FlowRunView } | undefined {
  for (const record of records) {
    const run = record.runs.find((candidate) => candidate.id === runId);
    if (run) return { record, run };
  }
  return undefined;
}
