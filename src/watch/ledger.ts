// flows-action's own bookkeeping in the state store (watch cursors, the polling rotation).
//
// Why event records: the StateStore has no key-value API, only event records, and every store
// (file, branch, artifact, memory) already knows how to keep, merge and push those. So each
// piece of bookkeeping is the record of an internal event (type prefix
// INTERNAL_EVENT_TYPE_PREFIX, hidden by inspection commands) whose single run (fixed id,
// always one attempt) carries the value in `resultPayload`. Each save stamps a strictly later
// `updatedAt`, so when two writers meet, `mergeEventRecords` keeps the newest value (it
// prefers the run with more attempts, then the later updatedAt; the attempt count never
// changes here).
import type { FlowRunView } from "../contracts.js";
import { countDispatch } from "../state/record.js";
import { RECORD_FORMAT_VERSION, type EventRecord, type StateStore } from "../state/types.js";

export type InternalRecordKey = {
  /** The internal event's id, e.g. `flows-action:watch-cursor:openai/codex`. */
  eventId: string;
  /** Its type, starting with INTERNAL_EVENT_TYPE_PREFIX. */
  type: string;
  /** The one run's id (and step name). */
  runId: string;
};

/** The stored value under `field` of the record's run, or undefined. */
export async function loadInternalValue(store: StateStore, key: InternalRecordKey, field: string): Promise<unknown> {
  return internalValueOf(await store.loadEvent(key.eventId), key, field);
}

/** The value under `field` of a record already read (loadInternalValue without reading it). */
export function internalValueOf(record: EventRecord | undefined, key: InternalRecordKey, field: string): unknown {
  const run = record?.runs.find((candidate) => candidate.id === key.runId);
  // A run `flows forget` marked (canceled, no result) holds nothing.
  return run?.resultPayload?.[field];
}

export type SaveInternalValueOptions = InternalRecordKey & {
  store: StateStore;
  field: string;
  value: Record<string, unknown>;
  message: string;
  /** Event payload, for `flows show`. */
  payload: Record<string, unknown>;
  now: Date;
  /** A field of `value` to set to the time of the save. */
  stamp?: string;
  /**
   * The record as the caller just read it (`{ record: undefined }`: there was none), so the
   * save does not read it again; absent, the save reads it.
   */
  stored?: { record: EventRecord | undefined };
};

/** Save `value`; returns the time stamped on it (strictly later than the stored one). */
export async function saveInternalValue(options: SaveInternalValueOptions): Promise<string> {
  const { store, eventId, runId } = options;
  const stored = options.stored ? options.stored.record : await store.loadEvent(eventId);
  const previous = stored?.runs.find((run) => run.id === runId);
  // Strictly later than what is stored: equal timestamps would keep the stored value.
  const floor = previous ? Date.parse(previous.updatedAt) + 1 : 0;
  const at = new Date(Math.max(options.now.getTime(), floor)).toISOString();
  // After `flows forget` (which adds an attempt) the count must not shrink, or a merge would
  // prefer the forgotten run: keep the count, replace the last attempt.
  const count = Math.max(previous?.attempts.length ?? 1, 1);
  const earlier = (previous?.attempts ?? []).slice(0, count - 1);
  const run: FlowRunView = {
    id: runId,
    eventId,
    flowName: "flows-action",
    flowVersion: 1,
    stepName: runId,
    runner: "bun",
    processStatus: "completed",
    resultStatus: "completed",
    effectiveStatus: "completed",
    needsAttention: false,
    attempts: [...earlier, { id: `${runId}_${count}`, number: count, status: "completed", startedAt: at, completedAt: at }],
    resultPayload: { status: "completed", message: options.message, [options.field]: { ...options.value, ...(options.stamp ? { [options.stamp]: at } : {}) } },
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
  };
  const record: EventRecord = {
    formatVersion: RECORD_FORMAT_VERSION,
    event: {
      id: eventId,
      type: options.type,
      source: "flows-action",
      receivedAt: stored?.event.receivedAt ?? at,
      payload: options.payload,
    },
    runs: [run],
    firstDispatchedAt: stored?.firstDispatchedAt ?? at,
    updatedAt: at,
    ...countDispatch(stored),
  };
  await store.saveEvent(record);
  return at;
}
