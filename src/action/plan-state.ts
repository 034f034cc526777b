import type { FlowRunView } from "../contracts.js";
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
 * replay runs every settled step again, so there is nothing to leave out.
 */
export async function openPlanState(context: ActionContext, timeoutMs = PLAN_STATE_TIMEOUT_MS): Promise<PlanStateRead> {
  const { inputs } = context;
  if (inputs.state === "none" || inputs.replay !== undefined) return { close: async () => undefined };
  let opened: StateStore | undefined;
  let closed = false;
  const reader: PlanStateRead = {
    close: async () => {
      closed = true;
      await opened?.close?.().catch(() => undefined);
    },
  };
  const open = async (): Promise<StateStore> => {
    opened = await openActionStore({ inputs, env: context.stepEnv, repoRoot: context.runner.workspace, ...(context.debug ? { debug: context.debug } : {}) });
    // Opened only after the plan gave up waiting and closed: released now (a state branch's git directory).
    if (closed) await opened.close?.().catch(() => undefined);
    return opened;
  };
  reader.store = readOnlyStore(inputs.state, open, timeoutMs, (why) => {
    reader.skipped ??= why;
  });
  return reader;
}

/**
 * A store whose loadEvent answers "not stored" instead of failing or waiting past `timeoutMs`
 * (telling `failed` why), and which refuses every write: the plan's dispatch is a dry run, and
 * the store is never flushed (an artifact store's flush may write a snapshot).
 */
function readOnlyStore(kind: string, open: () => Promise<StateStore>, timeoutMs: number, failed: (why: string) => void): StateStore {
  let store: Promise<StateStore> | undefined;
  return {
    kind,
    // A record the store skipped as damaged is the run-step jobs' to report: they read it too.
    problems: [],
    async loadEvent(eventId: string): Promise<EventRecord | undefined> {
      store ??= open();
      const opening = store;
      try {
        return await withinDeadline(timeoutMs, () => opening.then((opened) => opened.loadEvent(eventId)));
      } catch (error) {
        // Past the limit the read is abandoned: the action's entry does not wait for it to end.
        const late = error instanceof TransferTimeoutError ? `the ${kind} state store did not answer within ${timeoutMs / 1000} s` : undefined;
        failed(late ?? (error instanceof Error ? error.message : String(error)));
        return undefined;
      }
    },
    saveEvent: () => Promise.reject(new Error("the plan job reads the state store only")),
    listEvents: () => Promise.reject(new Error("the plan job reads one event's record only")),
    flush: async () => undefined,
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
  const state = await openPlanState(context, timeoutMs);
  try {
    const record = await state.store?.loadEvent(eventId);
    const runs = (record?.runs ?? []).filter((run) => ids.has(run.id)).map((run) => ({ ...run, alreadyHandled: true }));
    if (state.skipped) return { runs, skipped: `the ${context.inputs.state} state store could not be read: ${state.skipped}` };
    return record === undefined ? { runs, skipped: `the ${context.inputs.state} state store holds no record of event ${eventId}` } : { runs };
  } finally {
    await state.close();
  }
}
