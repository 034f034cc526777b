// `flows forget <event-id>`: make the store forget that an event's steps ran, so the event's
// next delivery runs them again. It works the same on every store (file, branch, artifact,
// memory) because it is an ordinary save: each run of the record gets one more attempt, marked
// canceled with the reason, and a canceled run is not settled, so the engine runs it again.
// Nothing is deleted: the record keeps its history (and which attempt was forgotten, by whom,
// when), and since the marked attempt starts after every attempt it saw, it stays the run's
// latest in every merge with a copy that did not see the forget (another job's, a stale state
// branch, the end of a step that was running).
//
// A step still running is not forgotten unless asked (`force`): marked canceled, it would read
// as not running, and a delivery before it ends would start it a second time beside it.
import type { FlowDispatcher, FlowRunAttempt, FlowRunView } from "../contracts.js";
import { checkArgument, isRecord, isStateStore, STATE_STORE } from "../library-arguments.js";
import { UserError } from "../user-error.js";
import { isLiveAttempt } from "./dispatcher.js";
import type { EventRecord, StateStore } from "./types.js";

export type ForgetEventOptions = {
  now?: Date;
  /** Who forgot it, for the record: `flows forget`, a workflow run ... */
  by?: string;
  /**
   * Forget runs with an attempt still running too. Without it such an event is refused
   * (EventStillRunningError). For a dispatcher known to be gone that the store cannot yet tell
   * is gone: on another host, before its lease (`until`) runs out.
   */
  force?: boolean;
};

export type ForgetResult = {
  /** The record as stored once the forget was saved (with what other writers saved meanwhile). */
  record: EventRecord;
  /** Every run of the event, as the forget marked it. */
  forgotten: FlowRunView[];
  /**
   * Forgotten runs with an attempt that was still running (with `force`, or started while the
   * forget was saved): a delivery before it ends runs the step a second time beside it.
   */
  stillRunning: RunningStep[];
  /** Forgotten runs that another delivery started again after the forget, as stored now. */
  startedAgain: FlowRunView[];
};

/** A run with an attempt that is running now, by a dispatcher that is not known to be gone. */
export type RunningStep = { run: FlowRunView; attempt: FlowRunAttempt };

/** `forgetEvent` of an event whose steps are running now, without `force`. */
export class EventStillRunningError extends UserError {
  override name = "EventStillRunningError";
  readonly eventId: string;
  readonly running: RunningStep[];

  constructor(eventId: string, running: RunningStep[]) {
    super(`Event ${eventId} is still running: ${running.map(describeRunningStep).join("; ")}. Forgetting it now would mark a running step canceled, and a delivery before it ends would start it a second time beside it.`, {
      hint: "Wait for it to end and forget it then; if its dispatcher is gone (another host, its lease not run out yet), pass `force: true`.",
    });
    this.eventId = eventId;
    this.running = running;
  }
}

/**
 * Mark every run of `eventId` as forgotten; undefined when the store does not hold the event.
 * Throws EventStillRunningError when a run has an attempt running now (its dispatcher alive, or
 * on another host with its lease not run out), unless `options.force`.
 */
export async function forgetEvent(store: StateStore, eventId: string, options: ForgetEventOptions = {}): Promise<ForgetResult | undefined> {
  checkArgument(isStateStore(store), "forgetEvent", "store", STATE_STORE, store);
  checkArgument(typeof eventId === "string" && eventId !== "", "forgetEvent", "eventId", "the id of a stored event, as a string", eventId);
  checkArgument(isRecord(options), "forgetEvent", "options", "an options object like { by: \"me\" }, or left out", options);
  const now = options.now;
  checkArgument(now === undefined || (now instanceof Date && !Number.isNaN(now.getTime())), "forgetEvent", "options.now", "a valid Date, or left out", now);
  checkArgument(options.force === undefined || typeof options.force === "boolean", "forgetEvent", "options.force", "true, false or left out", options.force);
  const stored = await store.loadEvent(eventId);
  if (!stored) return undefined;
  const running = runningSteps(stored.runs);
  if (running.length > 0 && options.force !== true) throw new EventStillRunningError(eventId, running);
  const at = (now ?? new Date()).toISOString();
  const reason = `forgotten by ${options.by ?? "flows forget"} at ${at}: the next delivery of this event runs the step again`;
  // The forget's attempt has no key of its own: a merge knows it by its id (`<run id>_<n>`, not
  // the engine's `_a<n>`), which a merge that renumbers keeps as its key (run-merge.ts), and the
  // watch ledger replaces it by saving the same id (watch/ledger.ts).
  const keys = new Map<string, string>();
  const forgotten = stored.runs.map((run): FlowRunView => {
    const number = run.attempts.length + 1;
    const id = `${run.id}_${number}`;
    keys.set(run.id, `id:${id}`);
    // After every attempt it saw, even one whose host's clock is ahead: a merge orders attempts by
    // start, and the forget must stay the latest when a running attempt's end is saved over it.
    const startedAt = after(at, ...run.attempts.map((attempt) => attempt.startedAt), run.updatedAt);
    const marked: FlowRunView = {
      ...run,
      processStatus: "canceled",
      effectiveStatus: "canceled",
      needsAttention: false,
      attempts: [...run.attempts, { id, number, status: "canceled", startedAt, completedAt: startedAt, error: reason }],
      error: reason,
      updatedAt: startedAt,
    };
    delete marked.resultStatus;
    delete marked.resultPayload;
    delete marked.alreadyHandled;
    return marked;
  });
  const record: EventRecord = { ...stored, runs: forgotten, updatedAt: after(at, stored.updatedAt, ...forgotten.map((run) => run.updatedAt)) };
  await store.saveEvent(record);
  // Read back: what another writer saved meanwhile (a step started between the read and the
  // save) is told, not lost.
  const saved = (await store.loadEvent(eventId)) ?? record;
  const stillRunning: RunningStep[] = [];
  const startedAgain: FlowRunView[] = [];
  for (const run of saved.runs) {
    const key = keys.get(run.id);
    const index = run.attempts.findIndex((attempt) => (attempt.key ?? `id:${attempt.id}`) === key);
    if (key === undefined || index === -1) continue;
    if (index < run.attempts.length - 1) startedAgain.push(run);
    const live = run.attempts.slice(0, index).findLast((attempt) => isLiveAttempt(attempt));
    if (live) stillRunning.push({ run, attempt: live });
  }
  return { record: saved, forgotten, stillRunning, startedAgain };
}

/** Runs with an attempt running now, by a dispatcher not known to be gone (dispatcher.ts). */
export function runningSteps(runs: readonly FlowRunView[], now = Date.now()): RunningStep[] {
  const running: RunningStep[] = [];
  for (const run of runs) {
    const attempt = run.attempts.findLast((candidate) => isLiveAttempt(candidate, now));
    if (attempt) running.push({ run, attempt });
  }
  return running;
}


/** `flow/step (attempt 2, running since <time>, pid 123 on host, until <time>)`. */
export function describeRunningStep({ run, attempt }: RunningStep): string {
  const parts = [`attempt ${attempt.number}`, `${attempt.status} since ${attempt.startedAt ?? run.startedAt ?? run.updatedAt}`];
  const owner: FlowDispatcher | undefined = attempt.dispatcher;
  if (owner) parts.push(`pid ${owner.pid} on ${owner.host}${owner.until ? `, lease until ${owner.until}` : ""}`);
  return `${run.flowName}/${run.stepName} (${parts.join(", ")})`;
}

/** `at`, or 1 ms after the latest of `times` when that is not earlier (another host's clock ahead). */
function after(at: string, ...times: Array<string | undefined>): string {
  const latest = Math.max(...times.map((time) => (time === undefined ? Number.NaN : Date.parse(time))).filter((ms) => !Number.isNaN(ms)));
  return Date.parse(at) > latest ? at : new Date(latest + 1).toISOString();
}

/**
 * Whether `attempt` is the mark a forget left on `run`: canceled, with the id `<run id>_<n>` (the
 * engine's are `<run id>_a<n>`), or that id kept as its key by a merge that renumbered it.
 */
export function isForgetAttempt(run: Pick<FlowRunView, "id">, attempt: FlowRunAttempt): boolean {
  const key = attempt.key ?? `id:${attempt.id}`;
  const prefix = `id:${run.id}_`;
  return attempt.status === "canceled" && key.startsWith(prefix) && /^[0-9]+$/.test(key.slice(prefix.length));
}

/** The attempts of `run` since it was last forgotten (all of them when it never was). */
export function attemptsSinceForget(run: Pick<FlowRunView, "id" | "attempts">): number {
  const last = run.attempts.findLastIndex((attempt) => isForgetAttempt(run, attempt));
  return run.attempts.length - (last + 1);
}
