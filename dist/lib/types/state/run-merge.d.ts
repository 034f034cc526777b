import type { FlowRunAttempt, FlowRunView } from "../contracts.js";
/**
 * Merge two writers' copies of one run without dropping an attempt. Attempts are told apart by
 * their key (unique per attempt; older records: their id): two writers that ran the same step
 * at once both keep their attempt, renumbered in start order. For one attempt seen twice, the
 * copy further along wins (finished over running over queued). The run's own fields come from
 * the copy that holds the latest attempt in its furthest state.
 */
export declare function mergeRuns(a: FlowRunView, b: FlowRunView): FlowRunView;
/** Effective statuses after which a redelivered event does not run the step again (run-view.ts: isSettled). */
export declare const SETTLED_STATUSES: ReadonlySet<string>;
/**
 * Of `earlier` (attempts that started before `later`), the last that settled the step
 * (SETTLED_STATUSES, ended) after `later` started: the two ran at once, and the settled one's
 * outcome is the step's whatever became of `later` (failed, timed out, still running, or its
 * dispatcher gone: dispatcher.ts, markInterrupted). Undefined when none did, or `later` has no
 * start time to compare.
 */
export declare function settledBeside(earlier: readonly FlowRunAttempt[], later: FlowRunAttempt): FlowRunAttempt | undefined;
