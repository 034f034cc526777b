import type { DispatchResult, FlowEvent, FlowRunView } from "../contracts.js";
/** Runs of one event the action waits for and reports (schemas/backend-dispatch-result.schema.json runIds maxItems). */
export declare const MAX_RUNS = 1000;
/** The contract's dispatch result: what `POST /events` answers. */
export type BackendDispatchResult = DispatchResult;
/**
 * Read a `POST /events` answer: `{status, eventId, runIds, matched, idempotent?, event, runs}`,
 * possibly inside `{data: ...}`. Missing `eventId`, `runIds`, `matched` and `event` are taken
 * from the event sent and the runs returned; `status` is required, it is the answer
 * (schemas/backend-dispatch-result.schema.json).
 */
export declare function normalizeDispatchResult(raw: unknown, sent: FlowEvent, stepOutput?: (text: string) => void): BackendDispatchResult;
/**
 * Read a list of runs: a bare array, `{runs: [...]}`, `{data: ...}`, `{run: ...}`; items may be
 * `{run: ...}`. `stepOutput` is given the step output each run carries (normalizeRunView).
 */
export declare function normalizeRunList(raw: unknown, stepOutput?: (text: string) => void): FlowRunView[];
