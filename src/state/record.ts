import { effectiveStatusOf, type FlowRunView, needsAttentionFor } from "../contracts.js";
import { randomHex } from "../hash.js";
import { mergeRuns } from "./run-merge.js";
import { RECORD_FORMAT_VERSION, type EventRecord, type RunClaim } from "./types.js";
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
    ...laterFields(stored),
    ...laterFields(incoming),
    formatVersion: RECORD_FORMAT_VERSION,
    event: stored.event,
    runs: [...runs.values()],
    firstDispatchedAt: earlier(stored.firstDispatchedAt, incoming.firstDispatchedAt),
    updatedAt: later(stored.updatedAt, incoming.updatedAt),
    ...mergeDispatchCounts(stored, incoming),
  };
}

/** The fields of a record this version reads and writes; the others are a newer writer's (laterFields). */
const RECORD_FIELDS = new Set(["formatVersion", "event", "runs", "firstDispatchedAt", "updatedAt", "dispatchCount", "dispatchKeys"]);

/**
 * A record's fields this version does not know: a newer writer of the same format may add some
 * (record-check.ts allows them). They are kept as they are through reads and merges, so a save
 * by this version does not drop what a newer one wrote: it did, without a word.
 */
export function laterFields(record: object): Record<string, unknown> {
  const later: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!RECORD_FIELDS.has(key)) later[key] = value;
  return later;
}

/**
 * Dispatch keys a record keeps: far more than the dispatches of one event that save at once
 * (a key is needed only until every copy of the record that lacks it has been merged).
 */
export const DISPATCH_KEYS_KEPT = 32;

/** A key for one dispatch of an event, unique among its dispatches. */
export function newDispatchKey(): string {
  return randomHex(6);
}

/**
 * `dispatchCount` and `dispatchKeys` of the record one more dispatch of an event saves, from the
 * record it read. Two dispatches that read the same record (two processes, two jobs) both count
 * 1 more; their keys let the merge count both.
 */
export function countDispatch(stored: EventRecord | undefined, key = newDispatchKey()): Pick<EventRecord, "dispatchCount" | "dispatchKeys"> {
  return { dispatchCount: (stored?.dispatchCount ?? 0) + 1, dispatchKeys: [...(stored?.dispatchKeys ?? []), key].slice(-DISPATCH_KEYS_KEPT) };
}

/**
 * The count of a merge: each side's count plus the dispatches only the other side counted (its
 * keys this side lacks). The two agree unless a key was dropped (over DISPATCH_KEYS_KEPT), and
 * the larger is taken: a dispatch is never lost. The same dispatch saved twice (its start, then
 * its end) has the same key in both, so it counts once; records without keys (older writers)
 * keep the larger count, as before.
 */
function mergeDispatchCounts(a: EventRecord, b: EventRecord): Pick<EventRecord, "dispatchCount" | "dispatchKeys"> {
  const aKeys = a.dispatchKeys ?? [];
  const bKeys = b.dispatchKeys ?? [];
  if (aKeys.length === 0 && bKeys.length === 0) return { dispatchCount: Math.max(a.dispatchCount, b.dispatchCount) };
  const inA = new Set(aKeys);
  const inB = new Set(bKeys);
  const onlyB = bKeys.filter((key) => !inA.has(key));
  const onlyA = aKeys.filter((key) => !inB.has(key));
  return {
    dispatchCount: Math.max(a.dispatchCount + onlyB.length, b.dispatchCount + onlyA.length),
    dispatchKeys: [...aKeys, ...onlyB].slice(-DISPATCH_KEYS_KEPT),
  };
}

/**
 * A save that only counts a dispatch: said so by its caller (SaveOptions.countOnly), with no run
 * and no claim. The engine saves one for a redelivery whose steps were all handled before
 * (nothing runs); a store that cannot write it while the record is stored loses only that count,
 * so it reports a problem (countNotSavedMessage) instead of failing the command. Without a stored
 * record the save holds the event itself: its failure stands. A save with no runs that is not
 * said to be one (a library caller's) is not taken for one: its failure stands.
 */
export function countsOnly(save: { record: EventRecord; claim?: RunClaim | undefined; countOnly?: boolean | undefined }): boolean {
  return save.countOnly === true && save.record.runs.length === 0 && save.claim === undefined;
}

/** The pending records (addPending) that hold only counts of dispatches, kept by their store. */
export type CountOnlyRecords = WeakSet<EventRecord>;

/** The warning for a count-only save (countsOnly) of `eventId` that could not be stored beside its stored record, which counts `storedCount`. */
export function countNotSavedMessage(eventId: string, storedCount: number, reason: string): string {
  return (
    `event ${JSON.stringify(eventId.slice(0, 200))} was delivered again and found already handled (nothing ran), ` +
    `but the redelivery count could NOT be saved: ${reason.trim()} The stored record is unchanged: it still counts ${storedCount} dispatch(es), ` +
    "this one not included; no run of it is lost."
  );
}

/**
 * The starting runs of `record` that the record stored now (`current`) shows are another
 * dispatcher's (`claim.isTaken`), by run id, with their stored views: a claim leaves them out.
 */
export function takenRuns(current: EventRecord | undefined, record: EventRecord, claim: RunClaim): Map<string, FlowRunView> {
  const taken = new Map<string, FlowRunView>();
  if (current === undefined) return taken;
  const stored = new Map(current.runs.map((run) => [run.id, run]));
  for (const run of record.runs) {
    const copy = stored.get(run.id);
    if (copy !== undefined && claim.starting.has(run.id) && claim.isTaken(copy, run)) taken.set(run.id, copy);
  }
  return taken;
}

/** `record` without the runs in `taken` (a claim's starts another dispatcher holds). */
export function withoutRuns(record: EventRecord, taken: ReadonlyMap<string, unknown>): EventRecord {
  return taken.size === 0 ? record : { ...record, runs: record.runs.filter((run) => !taken.has(run.id)) };
}

/**
 * `record` with its starting runs started `now`, the moment their claim is written: a start's
 * time was taken before the claim, whose push may retry for minutes (branch store) or wait for a
 * lock (file store), and until the step ended its stored attempt told that earlier time, listed
 * out of order with the attempts and runs written meanwhile. Only a running or queued last
 * attempt of a run in `claim.starting` moves, and only forward; its key stays, so the step's end
 * merges over it as before.
 */
export function startedAtClaim(record: EventRecord, starting: ReadonlySet<string>, now: string): EventRecord {
  let moved = false;
  const runs = record.runs.map((run) => {
    const last = run.attempts.at(-1);
    if (!starting.has(run.id) || last === undefined || (last.status !== "running" && last.status !== "queued")) return run;
    const was = last.startedAt;
    if (was !== undefined && was >= now) return run;
    moved = true;
    const view: FlowRunView = { ...run, attempts: [...run.attempts.slice(0, -1), { ...last, startedAt: now }], updatedAt: later(run.updatedAt, now) };
    if (run.startedAt === was) view.startedAt = now;
    if (run.attempts.length === 1 && run.createdAt === was) view.createdAt = now;
    return view;
  });
  return moved ? { ...record, runs, updatedAt: later(record.updatedAt, now) } : record;
}

/**
 * `record` with only its runs in `starting`, each last attempt that is running or queued (a
 * claim's start) ended as not started: failed at `now`, with `reason`. Merged over the claim's
 * copy (same attempt key, and a finished attempt wins), it tells a delivery that the step is free
 * to run at once, where the claim's copy said this dispatcher runs it.
 */
export function notStartedRuns(record: EventRecord, starting: ReadonlySet<string>, reason: string, now: string): EventRecord {
  const runs: FlowRunView[] = [];
  for (const run of record.runs) {
    const last = run.attempts.at(-1);
    if (!starting.has(run.id) || last === undefined || (last.status !== "running" && last.status !== "queued")) continue;
    const completedAt = later(last.startedAt ?? now, now);
    const view: FlowRunView = {
      ...run,
      processStatus: "failed",
      attempts: [...run.attempts.slice(0, -1), { ...last, status: "failed", completedAt, error: reason }],
      completedAt,
      updatedAt: later(run.updatedAt, completedAt),
      error: reason,
    };
    delete view.resultStatus;
    delete view.resultPayload;
    delete view.timedOut;
    view.effectiveStatus = effectiveStatusOf(view);
    view.needsAttention = needsAttentionFor(view.effectiveStatus);
    runs.push(view);
  }
  return { ...record, runs, updatedAt: later(record.updatedAt, now) };
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

/**
 * Add a record to the pending ones, merged with any pending record of the same event. `countOnly`:
 * the save only counts a dispatch, so the pending record stays one of `countOnly.records` if it
 * was one, or is new; any other save makes a new pending record that is not one.
 */
export function addPending(pending: Map<string, EventRecord>, record: EventRecord, countOnly?: { records: CountOnlyRecords }): void {
  const current = pending.get(record.event.id);
  // The merge keeps the pending copy's event, so a later save clones only its runs: a 25 MB
  // payload is copied once per event, not once per step start and end.
  const copy = current ? { ...record, event: current.event, runs: structuredClone(record.runs) } : copyRecord(record);
  const next = current ? mergeEventRecords(current, copy) : copy;
  pending.set(record.event.id, next);
  if (countOnly !== undefined && (current === undefined || countOnly.records.has(current))) countOnly.records.add(next);
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
