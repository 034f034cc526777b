import { type FlowRunView } from "../contracts.js";
import type { StateStore } from "../state/types.js";
import type { ActionContext } from "./context.js";
/** The longest the plan waits for the state store; past it every step gets a job. */
export declare const PLAN_STATE_TIMEOUT_MS = 60000;
/**
 * The run views the plan hands the report job for the steps it gives no job, in one job output
 * and one input (an environment variable of at most 128 KiB on Linux): well under both.
 */
export declare const HANDED_OVER_LIMIT_BYTES: number;
/** What the plan job read: a store to plan with, and why it read nothing, if it did not. */
export type PlanStateRead = {
    store?: StateStore;
    skipped?: string;
    close(): Promise<void>;
};
/**
 * The job's state store, read-only and bounded, or none: `state: none` keeps nothing, and a
 * replay runs every settled step again, so there is nothing to leave out.
 */
export declare function openPlanState(context: ActionContext, timeoutMs?: number): Promise<PlanStateRead>;
/**
 * The planned steps the plan gives no job: handled before and settled, as the engine decides
 * (a step running in another dispatch, or one that failed and would run again, keeps its job),
 * as many as fit HANDED_OVER_LIMIT_BYTES in the report job's input, in order. A view that does
 * not fit whole goes without its output tail; one that does not fit at all keeps its job.
 */
export declare function leftOutRuns(planned: readonly FlowRunView[]): {
    runs: FlowRunView[];
    json: string;
};
