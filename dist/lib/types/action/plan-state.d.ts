import type { FlowRunView } from "../contracts.js";
import type { StateStore } from "../state/types.js";
import type { ActionContext } from "./context.js";
/** The longest the plan waits for the state store; past it every step gets a job. */
export declare const PLAN_STATE_TIMEOUT_MS = 60000;
/** What the plan job read: a store to plan with, and why it read nothing, if it did not. */
export type PlanStateRead = {
    store?: StateStore;
    skipped?: string;
    close(): Promise<void>;
};
/**
 * The job's state store, read-only and bounded, or none: `state: none` keeps nothing, and a
 * replay runs every settled step again, so there is nothing to leave out. The store is opened
 * read-only (read-only.ts), on the first read: it makes, moves, locks and writes nothing where it
 * keeps records (a damaged record is left for the run-step jobs to set aside and report), and
 * refuses a save. The plan's dispatch is a dry run, and the store is never flushed.
 */
export declare function openPlanState(context: ActionContext, timeoutMs?: number, reader?: string): Promise<PlanStateRead>;
/**
 * The report job's read of the same store, for steps the plan left out as handled before whose
 * views it did not pass (`handled-runs` dropped by the runner, unusable, or too long for them):
 * read-only and bounded as the plan's read, and never failing the report. Each view found is
 * marked handled before, as the plan's dry run marked it.
 */
export declare function readHandledRuns(context: ActionContext, eventId: string, ids: ReadonlySet<string>, timeoutMs?: number): Promise<{
    runs: FlowRunView[];
    skipped?: string;
}>;
