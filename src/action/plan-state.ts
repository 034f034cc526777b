import type { FlowRunView } from "../contracts.js";
import { LazyStateStore } from "../state/lazy-store.js";
import type { EventRecord, StateStore } from "../state/types.js";
import type { ActionContext } from "./context.js";
import { openActionStore } from "./state.js";
import { TransferTimeoutError, withinDeadline } from "../deadline.js";

// The plan job reads the state store so that a redelivered event (a re-run, a second delivery)
// does not start a runner per step only for each to find its step handled. It reads what a
// run-step job reads first (one listing of the artifacts and the downloads it asks for, or one
// depth-1 fetch of the state branch), writes nothing, and never fails the plan: whatever it
// cannot read or is unsure of gets a job, whose run-step job checks it as it always did.

/** The longest the plan waits for the state store; past it every step gets a job. */
export const PLAN_STATE_TIMEOUT_MS = 60_000;

/** What the plan job read: a store to plan with, and why it read nothing, if it did not. */
export type PlanStateRead = { store?: StateStore; skipped?: string; close(): Promise<void> };

/**
 * The job's state store, read-only and bounded, or none: `state: none` keeps nothing, and a
 * replay runs every settled step again, so there is nothing to leave out. The store is opened
 * read-only (read-only.ts), on the first read: it makes, moves, locks and writes nothing where it
 * keeps records (a damaged record is left for the run-step jobs to set aside and report), and
 * refuses a save. The plan's dispatch is a dry run, and the store is never flushed.
 */
export async function openPlanState(context: ActionContext, timeoutMs = PLAN_STATE_TIMEOUT_MS, reader = "the plan job"): Promise<PlanStateRead> {
  const { inputs } = context;
  if (inputs.state === "none" || inputs.replay !== undefined) return { close: async () => undefined };
  let closed = false;
  const store = new LazyStateStore(inputs.state, async () => {
    const opened = await openActionStore({
      inputs,
      env: context.stepEnv,
      repoRoot: context.runner.workspace,
      readOnly: { command: reader },
      ...(context.debug ? { debug: context.debug } : {}),
    });
    // Opened only after the plan gave up waiting and closed: released now (a state branch's git directory).
    if (closed) await opened.close?.().catch(() => undefined);
    return opened;
  });
  const read: PlanStateRead = {
    close: async () => {
      closed = true;
      await store.close().catch(() => undefined);
    },
  };
  read.store = withinReadDeadline(store, timeoutMs, (why) => {
    read.skipped ??= why;
  });
  return read;
}

/**
 * `store`, whose loadEvent answers "not stored" instead of failing or waiting past `timeoutMs`
 * (telling `failed` why): whatever the plan cannot read gets a job, which reads it again.
 */
function withinReadDeadline(store: LazyStateStore, timeoutMs: number, failed: (why: string) => void): StateStore {
  return {
    kind: store.kind,
    readOnly: true,
    // A record the store skipped as damaged is the run-step jobs' to report: they read it too.
    problems: [],
    async loadEvent(eventId: string): Promise<EventRecord | undefined> {
      try {
        return await withinDeadline(timeoutMs, () => store.loadEvent(eventId));
      } catch (error) {
        // Past the limit the read is abandoned: the action's entry does not wait for it to end.
        const late = error instanceof TransferTimeoutError ? `the ${store.kind} state store did not answer within ${timeoutMs / 1000} s` : undefined;
        failed(late ?? (error instanceof Error ? error.message : String(error)));
        return undefined;
      }
    },
    // Refused by the store, opened read-only: a save here is a bug in the plan.
    saveEvent: (record, options) => store.saveEvent(record, options),
    claimRuns: (record, claim) => store.claimRuns(record, claim),
    listEvents: (query) => store.listEvents(query),
    flush: () => store.flush(),
    close: () => store.close(),
  };
}

/**
 * The report job's read of the same store, for steps the plan left out as handled before whose
 * views it did not pass (`handled-runs` dropped by the runner, unusable, or too long for them):
 * read-only and bounded as the plan's read, and never failing the report. Each view found is
 * marked handled before, as the plan's dry run marked it.
 */
export async function readHandledRuns(context: ActionContext, eventId: string, ids: ReadonlySet<string>, timeoutMs = PLAN_STATE_TIMEOUT_MS): Promise<{ runs: FlowRunView[]; skipped?: string }> {
  if (ids.size === 0) return { runs: [] };
  if (context.inputs.state === "none") return { runs: [], skipped: "state: none keeps no record to read them from" };
  const state = await openPlanState(context, timeoutMs, "the report job");
  try {
    const record = await state.store?.loadEvent(eventId);
    const runs = (record?.runs ?? []).filter((run) => ids.has(run.id)).map((run) => ({ ...run, alreadyHandled: true }));
    if (state.skipped) return { runs, skipped: `the ${context.inputs.state} state store could not be read: ${state.skipped}` };
    return record === undefined ? { runs, skipped: `the ${context.inputs.state} state store holds no record of event ${eventId}` } : { runs };
  } finally {
    await state.close();
  }
}
