import type { FlowRunView } from "../contracts.js";
import { effectiveStatusOf, needsAttentionFor } from "../contracts.js";
import type { Wait } from "./client.js";
import { displayUrl, FlowBackendError } from "./errors.js";
import { type BackendConnection, MIN_REQUEST_MS, NOT_SENT, requestJson, seconds } from "./http.js";
import { MAX_ANSWER_CONTAINERS } from "./answer-shape.js";
import { isTerminal, normalizeRunView } from "./normalize.js";
import { inOrder, namedList, runLabel, unfinishedIds } from "./run-list.js";

/** Why the action stopped waiting for the backend's runs; sent to the backend in the cancel request. */
export type CancelReason = "job-canceled" | "wait-timeout";

/**
 * All cancel requests together get this long. Cancelling a workflow sends SIGINT, then SIGTERM
 * about 7.5 s later and SIGKILL soon after; the runs still have to be reported (summary, check
 * runs) in what is left, and a runner may send SIGTERM first.
 * https://docs.github.com/en/actions/managing-workflow-runs-and-deployments/managing-workflow-runs/canceling-a-workflow
 */
export const DEFAULT_CANCEL_BUDGET_MS = 3_000;
/** Cancel requests in flight at once: a dispatch may have up to 1,000 runs. */
const CANCEL_CONCURRENCY = 8;
/** Largest answer to a cancel (or its last look) read: one run, and eight are read at once. */
const MAX_CANCEL_ANSWER_BYTES = 1024 * 1024;

type RunCancel = {
  id: string;
  /** canceled: the backend accepted it; finished: the run had ended (404/409); failed: it may still run. */
  result: "canceled" | "finished" | "failed";
  /** The run as the cancel answer describes it, when it could be read. */
  run?: FlowRunView;
  /** Why it failed, or the status that said the run had finished. */
  detail?: string;
  /** The backend has no cancel route (HTTP 404, 405, 426 or 501 for a run still going). */
  noRoute?: boolean;
  /** Never sent: the budget was spent before its turn came. */
  notSent?: boolean;
  /** It ran out of time, which its request's time limit (the budget's end) says is spent. */
  timedOut?: boolean;
};

/**
 * Answers of a backend without `POST /runs/:id/cancel`: 404 from the older runtime's flow
 * backend, 426 from its workspace backend (which takes the routes it does not know for
 * WebSocket requests), 405 or 501 from others. 404 may also mean the run is gone.
 */
const NO_ROUTE_STATUSES = new Set([404, 405, 426, 501]);

/**
 * The action stopped waiting (the job was canceled, or the wait ran out): cancel this dispatch's
 * unfinished runs on the backend, so nothing keeps changing things with no one reporting it, and
 * return the error that ends the wait, its runs and message saying what became of each.
 * A duplicate dispatch's runs were started by an earlier delivery (whose job may still wait for
 * them), so they are left alone; so are all runs after a timeout with cancelOnTimeout false.
 */
export async function stopWaiting(wait: Wait, runs: FlowRunView[], error: FlowBackendError, reason: CancelReason): Promise<FlowBackendError> {
  const { result, options } = wait;
  const open = unfinishedIds(runs, result.runIds);
  if (open.length === 0) return error;
  const lookUp = `the backend at ${displayUrl(wait.connection.url)} may still finish ${open.length === 1 ? "it" : "them"}: look at GET /runs?eventId=${encodeURIComponent(result.eventId)}.`;
  if (result.status === "duplicate") {
    const what = open.length === 1 ? "that run is one" : "those runs are";
    return withNote(error, runs, wait, `Not canceled on the backend, since ${what} of an earlier delivery of this event, whose job may still wait for ${open.length === 1 ? "it" : "them"}; ${lookUp}`);
  }
  if (reason === "wait-timeout" && options.cancelOnTimeout === false) {
    return withNote(error, runs, wait, `Left running (backend-cancel-on-timeout is false): ${lookUp}`);
  }
  const budgetMs = options.cancelBudgetMs ?? DEFAULT_CANCEL_BUDGET_MS;
  const cancels = await cancelRuns(wait.connection, { eventId: result.eventId, ids: open, reason, budgetMs });
  const updated = applyCancels(runs, result.runIds, cancels, reason);
  return withNote(error, updated, wait, describeCancels(cancels, runs, { connection: wait.connection, eventId: result.eventId, budgetMs }));
}

/**
 * `POST /runs/:id/cancel` once per run, all within budgetMs. A cancel is idempotent, so a 5xx or
 * dropped connection is retried, a little, inside the same budget. The wait's abort signal is
 * not used: it is what fired.
 */
async function cancelRuns(connection: BackendConnection, request: { eventId: string; ids: string[]; reason: CancelReason; budgetMs: number }): Promise<RunCancel[]> {
  const deadline = performance.now() + request.budgetMs;
  const quick: BackendConnection = { ...connection, signal: undefined, retries: 2, retryDelayMs: 200, requestTimeoutMs: request.budgetMs };
  // In the dispatch's order, not the order the answers came in.
  const cancels: RunCancel[] = new Array(request.ids.length);
  let next = 0;
  // A cancel's time limit is the budget's end (requestTimeoutMs above): once one timed out, the
  // budget is spent, even when its timer woke a moment before performance.now() reached the end.
  // A cancel sent then with a millisecond left failed ("did not answer … within 0 s") instead of
  // being named as not sent. So is one with less than MIN_REQUEST_MS left (http.ts): a worker
  // that starts late (signing the request under load) does not send a cancel that cannot be answered.
  let spent = false;
  const worker = async (): Promise<void> => {
    for (let at = next++; at < request.ids.length; at = next++) {
      const id = request.ids[at] as string;
      if (spent || deadline - performance.now() < MIN_REQUEST_MS) {
        cancels[at] = notSent(id, request.budgetMs);
        continue;
      }
      const cancel = await cancelOne(quick, id, request.eventId, request.reason, deadline);
      spent ||= cancel.timedOut === true || cancel.notSent === true;
      delete cancel.timedOut;
      cancels[at] = cancel.notSent ? notSent(id, request.budgetMs) : cancel;
    }
  };
  await Promise.all(Array.from({ length: Math.min(CANCEL_CONCURRENCY, request.ids.length) }, worker));
  return cancels;
}

function notSent(id: string, budgetMs: number): RunCancel {
  return { id, result: "failed", notSent: true, detail: `Not sent: the ${seconds(budgetMs)} cancel budget was spent.` };
}

async function cancelOne(connection: BackendConnection, id: string, eventId: string, reason: CancelReason, deadline: number): Promise<RunCancel> {
  const path = `/runs/${encodeURIComponent(id)}/cancel`;
  // A body, so that the request is signed (x-flow-signature-256) like every other POST, and the
  // signature names the run it cancels.
  const body = JSON.stringify({ runId: id, eventId, reason });
  let raw: unknown;
  try {
    raw = await requestJson(connection, { method: "POST", path, body, deadline, maxAnswerBytes: MAX_CANCEL_ANSWER_BYTES });
  } catch (error) {
    if (!(error instanceof FlowBackendError)) return { id, result: "failed", detail: String(error) };
    // 409: finished before the cancel came; 404: gone, never known, or a backend without the
    // route (the older runtime's own backend has no POST /runs/:id/cancel). The run's own
    // status tells which: one still going was not stopped.
    if (error.kind === "rejected" && error.status !== undefined && (error.status === 409 || NO_ROUTE_STATUSES.has(error.status))) {
      const run = await lastLook(connection, id, eventId, deadline);
      if (run && !isTerminal(run)) {
        const noRoute = error.status !== 409;
        const refused = noRoute ? `does not offer POST /runs/:id/cancel (HTTP ${error.status})` : "refused the cancel (HTTP 409)";
        return { id, result: "failed", run, detail: `The backend ${refused} while the run is still ${run.processStatus}.`, ...(noRoute ? { noRoute } : {}) };
      }
      return { id, result: "finished", detail: `HTTP ${error.status}`, ...(run ? { run } : {}) };
    }
    // Its time was spent before it went out (http.ts's MIN_REQUEST_MS): not sent, not failed.
    if (error.code === NOT_SENT) return { id, result: "failed", notSent: true };
    return { id, result: "failed", detail: error.message, ...(error.kind === "timeout" ? { timedOut: true } : {}) };
  }
  let run: FlowRunView | undefined;
  try {
    const read = normalizeRunView(raw, { left: MAX_ANSWER_CONTAINERS, stepOutput: connection.stepOutput });
    // Another run, or this id under another event, says nothing about the run canceled.
    if (read.id === id && read.eventId === eventId) run = read;
  } catch {
    // Some backends answer a cancel with nothing useful ({} or {ok: true}): the 2xx is the answer.
  }
  if (run && isTerminal(run) && run.processStatus !== "canceled") return { id, result: "finished", run, detail: `HTTP 200, ${run.processStatus}` };
  return { id, result: "canceled", ...(run ? { run } : {}) };
}

/** How a run the backend would not cancel ended (`GET /runs/:id`), if that can be read in the time left. */
async function lastLook(connection: BackendConnection, id: string, eventId: string, deadline: number): Promise<FlowRunView | undefined> {
  try {
    const answer = await requestJson({ ...connection, retries: 0 }, { method: "GET", path: `/runs/${encodeURIComponent(id)}`, deadline, maxAnswerBytes: MAX_CANCEL_ANSWER_BYTES });
    const run = normalizeRunView(answer, { left: MAX_ANSWER_CONTAINERS, stepOutput: connection.stepOutput });
    return run.id === id && run.eventId === eventId ? run : undefined;
  } catch {
    return undefined;
  }
}

/** The runs as reported: canceled ones say so, ones whose cancel failed keep their last status and say they may still run. */
function applyCancels(runs: FlowRunView[], wanted: string[], cancels: RunCancel[], reason: CancelReason): FlowRunView[] {
  const byId = new Map(runs.map((run) => [run.id, run]));
  const why = reason === "job-canceled" ? "the job was canceled" : "the wait ran past backend-timeout-minutes";
  for (const cancel of cancels) {
    const seen = cancel.run ?? byId.get(cancel.id);
    if (!seen) continue;
    if (cancel.result === "canceled") {
      const view: FlowRunView = { ...seen, processStatus: "canceled", updatedAt: new Date().toISOString() };
      delete view.resultStatus;
      view.effectiveStatus = effectiveStatusOf(view);
      view.needsAttention = needsAttentionFor(view.effectiveStatus);
      view.error = `Canceled on the flow backend by flows-action: ${why}.${seen.error ? `\n${seen.error}` : ""}`;
      byId.set(cancel.id, view);
    } else if (cancel.result === "failed") {
      const how = cancel.notSent ? "no cancel request could be sent to the flow backend in time" : "the cancel request to the flow backend failed";
      byId.set(cancel.id, { ...seen, error: `Not canceled: ${why}, but ${how}, so this run may still be running there. ${cancel.detail ?? ""}`.trim() });
    } else if (cancel.run) {
      byId.set(cancel.id, cancel.run);
    }
  }
  return inOrder([...byId.values()], wanted);
}

function describeCancels(cancels: RunCancel[], runs: FlowRunView[], where: { connection: BackendConnection; eventId: string; budgetMs: number }): string {
  const byId = new Map(runs.map((run) => [run.id, run]));
  const name = (id: string): string => runLabel(id, byId.get(id));
  const names = (list: RunCancel[], describe: (cancel: RunCancel) => string = (cancel) => name(cancel.id)): string => namedList(list.map(describe));
  const of = (result: RunCancel["result"]): RunCancel[] => cancels.filter((cancel) => cancel.result === result);
  const sentences: string[] = [];
  const canceled = of("canceled");
  if (canceled.length > 0) sentences.push(`Canceled on the backend (POST /runs/:id/cancel): ${names(canceled)}.`);
  const finished = of("finished");
  if (finished.length > 0) sentences.push(`Already finished, so not canceled: ${names(finished, (cancel) => `${name(cancel.id)} (${cancel.detail})`)}.`);
  const failed = of("failed");
  if (failed.length > 0) {
    const them = failed.length === 1 ? "it" : "them";
    // Where to look comes before the names, so that a cut of a long list keeps it.
    sentences.push(
      `Not canceled, and may still be running on the backend at ${displayUrl(where.connection.url)} (${failed.length}; look at GET /runs?eventId=${encodeURIComponent(where.eventId)}): ${names(failed)}.`,
    );
    const refused = failed.filter((cancel) => !cancel.notSent);
    // One reason is shown; when they differ (one run's 500, another's silence), each run's own is in its view.
    const reasons = new Set(refused.map((cancel) => cancel.detail)).size;
    const own = reasons > 1 ? ` (the first run's reason; ${reasons} differ, and each run in the report says its own)` : "";
    if (refused.length > 0) sentences.push(`The cancel failed for ${refused.length === failed.length ? (failed.length === 1 ? "it" : "all of them") : refused.length}: ${refused[0]?.detail ?? ""}${own}`);
    const notSent = failed.length - refused.length;
    if (notSent > 0) sentences.push(`${notSent === failed.length ? (notSent === 1 ? "It was" : "They were") : `${notSent} were`} not sent: the ${seconds(where.budgetMs)} cancel budget was spent.`);
    sentences.push(
      failed.every((cancel) => cancel.noRoute)
        ? `That backend cannot cancel runs (the older runtime's has no cancel route): stop ${failed.length === 1 ? "its process" : "their processes"} on the backend's host, or let ${them} finish.`
        : `Cancel ${them} there (POST /runs/<id>/cancel).`,
    );
  }
  return sentences.join(" ");
}

function withNote(error: FlowBackendError, runs: FlowRunView[], wait: Wait, note: string): FlowBackendError {
  const { kind, status, field, code } = error;
  const outcome = { ...(error.outcome ?? wait.outcome), runs };
  return new FlowBackendError(`${error.message} ${note}`, {
    kind,
    ...(status !== undefined ? { status } : {}),
    ...(field ? { field } : {}),
    ...(code ? { code } : {}),
    runs,
    outcome,
  });
}
