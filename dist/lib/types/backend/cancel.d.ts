import type { FlowRunView } from "../contracts.js";
import type { Wait } from "./client.js";
import { FlowBackendError } from "./errors.js";
/** Why the action stopped waiting for the backend's runs; sent to the backend in the cancel request. */
export type CancelReason = "job-canceled" | "wait-timeout";
/**
 * All cancel requests together get this long. Cancelling a workflow sends SIGINT, then SIGTERM
 * about 7.5 s later and SIGKILL soon after; the runs still have to be reported (summary, check
 * runs) in what is left, and a runner may send SIGTERM first.
 * https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/canceling-a-workflow
 */
export declare const DEFAULT_CANCEL_BUDGET_MS = 3000;
/**
 * The action stopped waiting (the job was canceled, or the wait ran out): cancel this dispatch's
 * unfinished runs on the backend, so nothing keeps changing things with no one reporting it, and
 * return the error that ends the wait, its runs and message saying what became of each.
 * A duplicate dispatch's runs were started by an earlier delivery (whose job may still wait for
 * them), so they are left alone; so are all runs after a timeout with cancelOnTimeout false.
 */
export declare function stopWaiting(wait: Wait, runs: FlowRunView[], error: FlowBackendError, reason: CancelReason): Promise<FlowBackendError>;
