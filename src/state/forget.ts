// `flows forget <event-id>`: make the store forget that an event's steps ran, so the event's
// next delivery runs them again. It works the same on every store (file, branch, artifact,
// memory) because it is an ordinary save: each run of the record gets one more attempt, marked
// canceled with the reason, and a canceled run is not settled, so the engine runs it again.
// Nothing is deleted: the record keeps its history (and which attempt was forgotten, by whom,
// when), and since the marked run has more attempts, it wins every merge with a copy that did
// not see the forget (another job's, a stale state branch).
import type { FlowRunView } from "../contracts.js";
import type { EventRecord, StateStore } from "./types.js";
import { checkArgument, isRecord, isStateStore, STATE_STORE } from "../library-arguments.js";

export type ForgetEventOptions = {
  now?: Date;
  /** Who forgot it, for the record: `flows forget`, a workflow run ... */
  by?: string;
};

export type ForgetResult = { record: EventRecord; forgotten: FlowRunView[] };

/** Mark every run of `eventId` as forgotten; undefined when the store does not hold the event. */
export async function forgetEvent(store: StateStore, eventId: string, options: ForgetEventOptions = {}): Promise<ForgetResult | undefined> {
  checkArgument(isStateStore(store), "forgetEvent", "store", STATE_STORE, store);
  checkArgument(typeof eventId === "string" && eventId !== "", "forgetEvent", "eventId", "the id of a stored event, as a string", eventId);
  checkArgument(isRecord(options), "forgetEvent", "options", "an options object like { by: \"me\" }, or left out", options);
  const now = options.now;
  checkArgument(now === undefined || (now instanceof Date && !Number.isNaN(now.getTime())), "forgetEvent", "options.now", "a valid Date, or left out", now);
  const stored = await store.loadEvent(eventId);
  if (!stored) return undefined;
  const at = (options.now ?? new Date()).toISOString();
  const reason = `forgotten by ${options.by ?? "flows forget"} at ${at}: the next delivery of this event runs the step again`;
  const forgotten = stored.runs.map((run): FlowRunView => {
    const number = run.attempts.length + 1;
    const marked: FlowRunView = {
      ...run,
      processStatus: "canceled",
      effectiveStatus: "canceled",
      needsAttention: false,
      attempts: [...run.attempts, { id: `${run.id}_${number}`, number, status: "canceled", startedAt: at, completedAt: at, error: reason }],
      error: reason,
      updatedAt: at > run.updatedAt ? at : new Date(Date.parse(run.updatedAt) + 1).toISOString(),
    };
    delete marked.resultStatus;
    delete marked.resultPayload;
    delete marked.alreadyHandled;
    return marked;
  });
  // ISO times sort as strings: the later of the two.
  const updatedAt = [at, stored.updatedAt].sort()[1] ?? at;
  const record: EventRecord = { ...stored, runs: forgotten, updatedAt };
  await store.saveEvent(record);
  return { record, forgotten };
}
