import { effectiveStatusOf, type FlowEvent, type FlowRunView, needsAttentionFor } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { normalizeFlowEvent } from "../engine/event.js";
import { type BackendDispatchResult, normalizeDispatchResult, normalizeRunList } from "./dispatch-result.js";
import { displayUrl, FlowBackendError, notHttpUrlMessage } from "./errors.js";
import { AnswerTurns, type BackendConnection, NOT_SENT, pause, requestJson, SHARED_ANSWER_BYTES, seconds, shownPath, TOO_LARGE } from "./http.js";
import { redactor } from "../redact.js";
import { MAX_ANSWER_CONTAINERS } from "./answer-shape.js";
import { isTerminal, normalizeRunView } from "./normalize.js";
import { backendFetch } from "./proxy.js";
import { DEFAULT_CANCEL_BUDGET_MS, stopWaiting } from "./cancel.js";
import { ReopenedRuns } from "./reopened.js";
import { cut, inOrder, namedList, otherEventsRun, runLabel, unfinishedIds } from "./run-list.js";
import { basicCredentials, urlPathSecrets, urlSecrets } from "../url-secrets.js";

export type BackendDispatchOptions = {
  /** Base URL of the flow backend; `/events` and `/runs` are appended. */
  url: string;
  /** Sent as `authorization: Bearer <token>`. */
  token?: string;
  /** Sent as `x-api-key`. */
  apiKey?: string;
  /** Signs the body as `x-flow-signature-256: sha256=<hex HMAC-SHA256>`. */
  hmacSecret?: string;
  /** Total wait for the dispatch and every run to finish (default 10 minutes). */
  timeoutMs?: number;
  /** First wait between polls (default 2 s); it grows by half each poll, up to 15 s. */
  pollIntervalMs?: number;
  /** Retries after a 5xx or a dropped connection (default 3), starting at retryDelayMs (default 1 s). */
  retries?: number;
  retryDelayMs?: number;
  /** Longest single request (default 30 s). */
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  /**
   * When the wait runs past timeoutMs, cancel the unfinished runs on the backend (`POST
   * /runs/:id/cancel`), as when `signal` aborts it (default true).
   */
  cancelOnTimeout?: boolean;
  /** All cancel requests together, when the wait is aborted or runs out (default 3 s). */
  cancelBudgetMs?: number;
  /** Called with the runs whenever one of their statuses changes. */
  onProgress?: (runs: FlowRunView[]) => void;
  /** Told what is risky but allowed: a credential sent over plain http to another machine. */
  warn?: (message: string) => void;
  /**
   * Given each text of step output a run of the backend carries (`output`, the older backend's
   * `stdout` and `stderr`, the run's and its attempts' `error`), whole, as the answer is read:
   * before any of it is cut, logged or reported. The action reads the steps' `::add-mask::`
   * commands from it (src/action/step-masks.ts).
   */
  onStepOutput?: (text: string) => void;
};

export const DEFAULT_TIMEOUT_MS = 10 * 60_000;
/** The first wait between polls of `GET /runs`, growing by half each time up to MAX_POLL_INTERVAL_MS. */
export const DEFAULT_POLL_INTERVAL_MS = 2_000;
export const MAX_POLL_INTERVAL_MS = 15_000;
/** A last look at the runs may take this long past the deadline, so the timeout error is current. */
const LAST_LOOK_MS = 5_000;
/** The cancels of runs named after the job was canceled get at least this long. */
const MIN_CANCEL_BUDGET_MS = 1_000;

/**
 * Send an event to an HTTP flow backend (`POST /events`), then poll `GET /runs?eventId=` until
 * every run it started has finished, and describe the result as a local dispatch would, so
 * reports render both the same way. Failures throw FlowBackendError; a timeout carries the
 * runs as last seen.
 */
export async function dispatchToBackend(event: FlowEvent, options: BackendDispatchOptions): Promise<DispatchOutcome> {
  const connection = connectionFor(options);
  const deadline = performance.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const sent = normalizeFlowEvent(event);
  const abortedAt = abortTime(connection.signal);
  const resent = { afterPossibleDelivery: false };
  const raw = await requestJson(connection, {
    method: "POST",
    path: "/events",
    body: JSON.stringify(sent),
    deadline,
    answerAfterAbortMs: ANSWER_AFTER_ABORT_MS,
    resent,
  }).catch((error: unknown) => {
    throw unansweredOnTheWay(error, connection, sent.id);
  });
  const answered = readAnswer(() => normalizeDispatchResult(raw, sent, connection.stepOutput), connection, "POST /events");
  const other = answered.eventId !== sent.id ? answered.eventId : answered.event.id !== sent.id ? answered.event.id : undefined;
  if (other !== undefined) {
    // Its runs would be waited for, canceled and reported as this event's.
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered POST /events for another event, "${cut(other)}", than the one sent, "${cut(sent.id)}", so its runs are not this event's. Check the backend.`,
      { kind: "invalid-response", field: "eventId" },
    );
  }
  const foreign = otherEventsRun(answered.runs, sent.id);
  if (foreign !== undefined) {
    throw new FlowBackendError(`the flow backend at ${displayUrl(connection.url)} answered POST /events with ${foreign}, so it is not this event's run. Check the backend.`, {
      kind: "invalid-response",
      field: "eventId",
    });
  }
  // The event reported is the one sent: the backend's copy (a redelivery's stored one, or any
  // text it likes under the same id) must not change the type, pull request or commit reported.
  const result = resent.afterPossibleDelivery ? ownDelivery({ ...answered, event: sent }) : { ...answered, event: sent };
  const outcome = outcomeFrom(result);
  const wait: Wait = { connection, result, outcome, deadline, options };
  if (connection.signal?.aborted) throw await canceledOnTheWay(wait, abortedAt(), "POST /events");
  outcome.runs = await waitForRuns(wait);
  // A redelivery (or our own retried first attempt) is named newest first by the older runtime's backend.
  if (answered.status === "duplicate") oldestFirst(outcome);
  if (outcome.runIds.length === 0) outcome.runIds = outcome.runs.map((run) => run.id);
  return outcome;
}

/**
 * `duplicate`, answered to a `POST /events` sent again after an attempt whose answer was lost, is
 * most likely the backend telling us that the first attempt got through: the runs are this job's,
 * not an earlier delivery's. Taken as a redelivery, they would be reported as "already handled:
 * nothing new ran" and never canceled when the job is canceled or the wait runs out.
 */
function ownDelivery(result: BackendDispatchResult): BackendDispatchResult {
  if (result.status !== "duplicate") return result;
  const { idempotent: _idempotent, ...rest } = result;
  return { ...rest, status: "accepted", matched: result.matched > 0 ? result.matched : result.runIds.length };
}

/**
 * How long a `POST /events` (or replay) on its way when the job is canceled may still take to
 * answer: only its answer names the runs it started, which are then canceled in what is left of
 * the cancel budget. A runner sends SIGTERM about 7.5 s after SIGINT (src/backend/cancel.ts).
 */
export const ANSWER_AFTER_ABORT_MS = 1_500;

/** When `signal` aborted (epoch ms), asked later; undefined while it has not. */
export function abortTime(signal: AbortSignal | undefined): () => number | undefined {
  let at: number | undefined;
  if (signal?.aborted) at = performance.now();
  else signal?.addEventListener("abort", () => (at = performance.now()), { once: true });
  return () => at;
}

/**
 * The job was canceled while the event (or replay) was on its way, and the backend's answer came
 * in time: cancel the runs it names, as a canceled wait does, within what is left of the budget.
 */
export async function canceledOnTheWay(wait: Wait, abortedAt: number | undefined, what: string): Promise<FlowBackendError> {
  const budget = wait.options.cancelBudgetMs ?? DEFAULT_CANCEL_BUDGET_MS;
  const left = Math.max(MIN_CANCEL_BUDGET_MS, budget - (abortedAt === undefined ? 0 : performance.now() - abortedAt));
  const runs = inOrder(wait.result.runs, wait.result.runIds);
  const error = new FlowBackendError(
    `the dispatch to the flow backend was canceled during ${what}; the backend had received it (${wait.result.status}, ${wait.result.runIds.length || runs.length} run(s)).`,
    { kind: "aborted", runs, outcome: { ...wait.outcome, runs } },
  );
  return stopWaiting({ ...wait, options: { ...wait.options, cancelBudgetMs: left } }, runs, error, "job-canceled");
}

/**
 * The job was canceled while the event (or replay) was on its way, and no answer came in time:
 * say that the backend may have started runs, which nobody canceled, and where to look.
 */
export function unansweredOnTheWay(error: unknown, connection: BackendConnection, eventId: string): unknown {
  if (!(error instanceof FlowBackendError) || error.kind !== "aborted" || error.code === NOT_SENT) return error;
  const look = `look at GET /runs?eventId=${encodeURIComponent(eventId)} on ${displayUrl(connection.url)}`;
  const { status } = error;
  // A 2xx whose body was cut: the backend did receive it, and the runs it started are only in the rest.
  const said = receivedBy(status)
    ? `The backend received it (HTTP ${status}), but the rest of its answer, which names the runs it started, did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so they were not canceled: ${look}.`
    : `Its answer did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so if the backend received it, the runs it started were not canceled: ${look}.`;
  return new FlowBackendError(`${error.message} ${said}`, { kind: "aborted", ...(status !== undefined ? { status } : {}) });
}

/** Whether an answer's status says the backend received the request (a 2xx), though its body was cut. */
export function receivedBy(status: number | undefined): status is number {
  return status !== undefined && status >= 200 && status < 300;
}

/**
 * A redelivery reports the earlier runs in the order they were started, as the first delivery
 * did: the older runtime's backend names them newest first (its run list's order).
 */
function oldestFirst(outcome: DispatchOutcome): void {
  const started = (run: FlowRunView): number => {
    const ms = Date.parse(run.createdAt);
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  };
  outcome.runs = outcome.runs
    .map((run, index) => ({ run, index }))
    .sort((a, b) => started(a.run) - started(b.run) || a.index - b.index)
    .map((item) => item.run);
  const ids = outcome.runs.map((run) => run.id);
  const named = new Set(ids);
  const wanted = new Set(outcome.runIds);
  outcome.runIds = [...ids.filter((id) => wanted.has(id)), ...outcome.runIds.filter((id) => !named.has(id))];
}

export function connectionFor(options: BackendDispatchOptions): BackendConnection {
  let protocol = "";
  try {
    protocol = new URL(options.url).protocol;
  } catch {
    // Reported below.
  }
  if (protocol !== "http:" && protocol !== "https:") {
    throw new FlowBackendError(notHttpUrlMessage(options.url), { kind: "configuration" });
  }
  // Every secret of the connection joins the one redactor before the first request, so no
  // message, log line or report can carry it (src/redact.ts).
  const basic = basicCredentials(options.url);
  redactor.add(options.token, options.apiKey, options.hmacSecret, basic, ...urlSecrets(options.url), ...urlPathSecrets(options.url));
  const sent = [options.token ? "backend-token" : basic ? "the password in backend-url" : "", options.apiKey ? "backend-api-key" : ""].filter(Boolean);
  if (protocol === "http:" && sent.length > 0 && !isLoopback(new URL(options.url).hostname)) {
    // Not refused: a backend on a private network may speak http only. But it must be a choice.
    options.warn?.(
      `backend-url ${displayUrl(options.url)} is plain http: ${sent.join(" and ")} ${sent.length === 1 ? "travels" : "travel"} unencrypted, and anyone on the way can read and reuse ${sent.length === 1 ? "it" : "them"}. Use an https:// URL.`,
    );
  }
  return {
    url: options.url,
    token: options.token,
    apiKey: options.apiKey,
    hmacSecret: options.hmacSecret,
    fetch: options.fetch ?? backendFetch(options.url),
    signal: options.signal,
    retries: options.retries ?? 3,
    retryDelayMs: options.retryDelayMs ?? 1_000,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    ...(options.onStepOutput ? { stepOutput: options.onStepOutput } : {}),
  };
}

/** This machine: `localhost` (and `*.localhost`), 127.0.0.0/8, `[::1]`. */
function isLoopback(hostname: string): boolean {
  return /^(?:localhost|.+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i.test(hostname);
}

export function outcomeFrom(result: BackendDispatchResult): DispatchOutcome {
  const outcome: DispatchOutcome = {
    status: result.status,
    eventId: result.eventId,
    runIds: result.runIds,
    matched: result.matched,
    event: result.event,
    runs: [],
    mismatches: [],
    problems: [],
    shadowed: [],
    children: [],
    dryRun: false,
  };
  if (result.idempotent !== undefined) outcome.idempotent = result.idempotent;
  return outcome;
}

export type Wait = {
  connection: BackendConnection;
  result: BackendDispatchResult;
  outcome: DispatchOutcome;
  deadline: number;
  options: BackendDispatchOptions;
};

/**
 * Poll the runs of a dispatch (or replay) until each has finished or the deadline passes. When
 * the deadline passes or the signal aborts the wait, the unfinished runs are canceled on the
 * backend (src/backend/cancel.ts) before the error is thrown.
 */
export async function waitForRuns(wait: Wait): Promise<FlowRunView[]> {
  const { connection, result, outcome, deadline, options } = wait;
  const wanted = result.runIds;
  let runs = inOrder(result.runs, wanted);
  let seen = progressKey(runs);
  if (runs.length > 0) options.onProgress?.(runs);
  const firstInterval = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  let interval = firstInterval;
  const what = `GET /runs?eventId=${encodeURIComponent(result.eventId)}`;
  const expected = expectedRuns(result);
  // The last poll's failure, while the backend is away: named if the wait runs out before it is back.
  let away: FlowBackendError | undefined;
  // Finished runs the last poll took as last seen, without asking (a capped list left them out).
  // A backend may reopen a finished run (src/backend/reopened.ts): before the wait ends, each is
  // looked at once more.
  let carried: string[] = [];
  const reopened = new ReopenedRuns(options.warn);
  // Runs of other events the last poll listed (a backend ignoring the filter), for the timeout's message.
  let others = 0;
  // Set once the run list is too large to be worth reading on each poll (pollRuns): from then on
  // the unfinished runs are asked for by their ids.
  let byId = false;
  // Set when a pause was cut at the deadline: the poll after it was the last look, even when the
  // pause's timer woke a moment before performance.now() reached the deadline (a timer counts from
  // the event loop's last tick). Another pause and poll in what was left cost a second last look.
  let spent = false;
  for (;;) {
    const settled = unfinishedIds(runs, wanted).length === 0 && runs.length >= expected;
    if (settled && carried.length === 0) break;
    // All runs finished: one more look, at once, also at those the list leaves out.
    const confirming = settled && away === undefined;
    const remaining = deadline - performance.now();
    if ((remaining <= 0 || spent) && !confirming) {
      if (settled) break;
      throw await stopWaiting(wait, runs, timeoutError(runs, wanted, wait, { away, reopened, others }), "wait-timeout");
    }
    try {
      if (!confirming) {
        spent = interval >= remaining;
        await pause(Math.min(interval, remaining), connection.signal, what);
      }
      const polled = await pollRuns(connection, { eventId: result.eventId, wanted, seen: runs, again: settled, byId }, Math.max(deadline, performance.now() + LAST_LOOK_MS));
      reopened.compare(runs, polled.runs);
      runs = polled.runs;
      carried = polled.carried;
      others = polled.others ?? others;
      byId ||= polled.byId;
      away = undefined;
    } catch (error) {
      // A request of the poll not sent for want of time (http.ts's MIN_REQUEST_MS) is late too: the
      // poll's deadline is never before the wait's.
      const late = error instanceof FlowBackendError && error.kind === "timeout" && (performance.now() >= deadline || error.code === NOT_SENT);
      if (late && settled) break;
      if (late) throw await stopWaiting(wait, runs, timeoutError(runs, wanted, wait, { away, reopened, others }), "wait-timeout");
      if (passing(error)) {
        // A backend restarting (connection refused), overloaded (5xx) or slow for longer than one
        // request's retries still runs the runs: asking again is safe, until the wait runs out.
        away = error;
      } else {
        const stopped = error instanceof FlowBackendError && error.kind === "aborted";
        throw stopped ? await stopWaiting(wait, runs, withRuns(error, runs, outcome) as FlowBackendError, "job-canceled") : withRuns(error, runs, outcome, leftRunning(error, runs, wait));
      }
    }
    if (!confirming) interval = Math.min(interval * 1.5, Math.max(MAX_POLL_INTERVAL_MS, firstInterval));
    const key = progressKey(runs);
    if (key !== seen) options.onProgress?.(runs);
    seen = key;
  }
  return runs;
}

/** Runs fetched one by one at once, when the run list leaves them out (as the cancels, src/backend/cancel.ts). */
const FETCH_CONCURRENCY = 8;
/**
 * Unfinished runs asked for by their ids on each poll, at most, instead of the run list, once the
 * list is larger than SHARED_ANSWER_BYTES. A list holds the finished runs too, with their results
 * (a FLOW_RESULT may be 4 MiB): read on every poll, three finished runs of 4 MiB cost about half a
 * second of parsing a poll, and five were past the answer cap, which failed the wait. Asked for by
 * id, a finished run is read once, and once more in the last look.
 */
const MAX_RUNS_BY_ID = 100;

/**
 * The runs of this dispatch; ones a capped list leaves out are fetched one by one,
 * FETCH_CONCURRENCY at a time, but for those seen finished already, unless `again`: a finished run
 * should not change, and those taken as last seen are returned as `carried`, for a last look
 * (`again`) before the wait ends. No `limit` is asked for: a backend that bounds it (`le=500`)
 * would refuse the list of a large dispatch outright. Once a list of named runs is too large to be
 * read each poll (past SHARED_ANSWER_BYTES, while at most MAX_RUNS_BY_ID runs are unfinished, or
 * past the answer cap), the list is no longer asked for: the unfinished runs are, by id (`byId`). A run the backend no longer knows (HTTP
 * 404) after it reported it unfinished is reported failed on its own, and the others are still
 * waited for.
 */
async function pollRuns(
  connection: BackendConnection,
  dispatch: { eventId: string; wanted: string[]; seen: FlowRunView[]; again: boolean; byId: boolean },
  deadline: number,
): Promise<{ runs: FlowRunView[]; carried: string[]; others?: number; byId: boolean }> {
  const { eventId, wanted } = dispatch;
  const listing = await listRuns(connection, dispatch, deadline);
  if (listing === undefined) {
    const { runs, carried } = await fetchRuns(connection, dispatch, [], deadline);
    return { runs, carried, byId: true };
  }
  const { listed } = listing;
  if (wanted.length === 0) {
    // Not named, the runs are told by their event: a backend that ignores `?eventId=` lists every
    // event's runs, which were waited for, reported and canceled as this one's.
    const own = listed.filter((run) => run.eventId === eventId);
    return { runs: own, carried: [], others: listed.length - own.length, byId: false };
  }
  const polled = await fetchRuns(connection, dispatch, listed, deadline);
  return { ...polled, byId: listing.large && unfinishedIds(polled.runs, wanted).length <= MAX_RUNS_BY_ID };
}

/**
 * `GET /runs?eventId=`: the runs listed, and whether the list is large (past SHARED_ANSWER_BYTES);
 * undefined when the runs are named and the list is not read: asked for by id already (`byId`),
 * or too large to be read at all.
 */
async function listRuns(
  connection: BackendConnection,
  dispatch: { eventId: string; wanted: string[]; byId: boolean },
  deadline: number,
): Promise<{ listed: FlowRunView[]; large: boolean } | undefined> {
  const named = dispatch.wanted.length > 0;
  if (named && dispatch.byId) return undefined;
  const path = `/runs?eventId=${encodeURIComponent(dispatch.eventId)}`;
  const read = { chars: 0 };
  let raw: unknown;
  try {
    raw = await requestJson(connection, { method: "GET", path, deadline, read });
  } catch (error) {
    if (!(error instanceof FlowBackendError) || error.code !== TOO_LARGE) throw error;
    // The finished runs' results fill the list past the cap: the named runs are asked for one by one.
    if (named) return undefined;
    throw new FlowBackendError(
      `${error.message.replace(/; a flow backend's answers are small — check backend-url\.$/, "")} on GET ${shownPath(path)}: the runs of this event, with their results, do not fit in one answer, and the backend's answer to POST /events named none of them (runIds), so they cannot be asked for one by one (GET /runs/:id). Have the backend name the runs it starts in runIds.`,
      { kind: error.kind, ...(error.status === undefined ? {} : { status: error.status }), code: TOO_LARGE },
    );
  }
  const listed = readAnswer(() => normalizeRunList(raw, connection.stepOutput), connection, `GET ${path}`);
  return { listed, large: read.chars > SHARED_ANSWER_BYTES };
}

/**
 * The named runs: as `listed`, else fetched by id (GET /runs/:id), but for those seen finished
 * already, unless `again`.
 */
async function fetchRuns(
  connection: BackendConnection,
  dispatch: { eventId: string; wanted: string[]; seen: FlowRunView[]; again: boolean },
  listed: FlowRunView[],
  deadline: number,
): Promise<{ runs: FlowRunView[]; carried: string[]; others: number }> {
  const { eventId, wanted } = dispatch;
  // Named, a run is this event's only if it says so: a backend that ignores `?eventId=` may list
  // another event's run under the same id, which would be waited for, reported and canceled as
  // this event's. Such a run is asked for by its id (GET /runs/:id), and refused there too.
  const own = listed.filter((run) => run.eventId === eventId);
  const byId = new Map(own.map((run) => [run.id, run]));
  const elsewhere = new Map(listed.filter((run) => run.eventId !== eventId).map((run) => [run.id, run.eventId]));
  const seen = new Map(dispatch.seen.map((run) => [run.id, run]));
  const missing: string[] = [];
  const carried: string[] = [];
  for (const id of wanted) {
    if (byId.has(id)) continue;
    const before = seen.get(id);
    if (before && isTerminal(before) && !dispatch.again) {
      byId.set(id, before);
      carried.push(id);
    } else missing.push(id);
  }
  let next = 0;
  let failed = false;
  // The answers read at once share one budget: past its first MiB, one at a time (AnswerTurns).
  const turns = new AnswerTurns();
  const worker = async (): Promise<void> => {
    // After one failure (which ends this poll), no further request is started.
    for (let at = next++; at < missing.length && !failed; at = next++) {
      const id = missing[at] as string;
      try {
        byId.set(id, await fetchRun(connection, { id, eventId, listedAs: elsewhere.get(id) }, { before: seen.get(id), turns }, deadline));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(FETCH_CONCURRENCY, missing.length) }, worker));
  return { runs: inOrder([...byId.values()], wanted), carried, others: listed.length - own.length };
}

/** `GET /runs/:id`, for a run the list left out; `before` is how it was last seen, if it was. */
async function fetchRun(
  connection: BackendConnection,
  run: { id: string; eventId: string; listedAs: string | undefined },
  seen: { before: FlowRunView | undefined; turns: AnswerTurns },
  deadline: number,
): Promise<FlowRunView> {
  const { id, eventId, listedAs } = run;
  const { before, turns } = seen;
  const runPath = `/runs/${encodeURIComponent(id)}`;
  let fetched: unknown;
  try {
    fetched = await requestJson(connection, { method: "GET", path: runPath, deadline, turns });
  } catch (error) {
    // Answered 404, not a failure whose earlier attempt was a 404 (a broken answer retried, then timed out).
    if (!(error instanceof FlowBackendError) || error.kind !== "rejected" || error.status !== 404) throw error;
    // A finished run the backend has since let go of (the last look before the wait ends) is as last seen.
    if (before && isTerminal(before)) return before;
    if (before) return vanished(before, shownPath(runPath));
    const listed = listedAs === undefined ? "does not list it" : `lists it only as a run of another event, "${cut(listedAs)}",`;
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} named run "${cut(id)}" among the runs it started, but ${listed} and answers GET ${shownPath(runPath)} with HTTP 404: that run cannot be followed. Check the backend.`,
      { kind: "invalid-response", status: 404, field: "runIds", runId: id },
    );
  }
  const one = readAnswer(() => normalizeRunView(fetched, { left: MAX_ANSWER_CONTAINERS, stepOutput: connection.stepOutput }), connection, `GET ${shownPath(runPath)}`);
  if (one.id !== id) {
    // Taken as this run, it would never be seen to finish: the wait would poll until it ran out.
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered GET ${shownPath(runPath)} with another run, "${cut(one.id)}" (${cut(one.flowName)}/${cut(one.stepName)}), so run "${cut(id)}" cannot be followed. Check the backend.`,
      { kind: "invalid-response", field: "id", runId: id },
    );
  }
  if (one.eventId !== eventId) {
    // Taken as this event's, another event's run would be reported, and canceled, as this one's.
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} named run "${cut(id)}" among the runs it started for event "${cut(eventId)}", but answers GET ${shownPath(runPath)} with a run of another event, "${cut(one.eventId)}" (${cut(one.flowName)}/${cut(one.stepName)}): it is not this event's run, so it is neither waited for nor canceled. Check the backend.`,
      { kind: "invalid-response", field: "eventId", runId: id },
    );
  }
  return one;
}

/**
 * A run the backend reported, then forgot (HTTP 404): it cannot be followed further, and whether
 * it finished is unknown, so it is reported failed, saying so, rather than waited for until the
 * deadline or ending the wait for every other run.
 */
function vanished(run: FlowRunView, runPath: string): FlowRunView {
  const error = `The flow backend no longer knows this run: it was last reported ${run.processStatus}, then GET ${runPath} answered HTTP 404. What became of it is unknown: look at the backend's logs.`;
  const view: FlowRunView = { ...run, processStatus: "failed", updatedAt: new Date().toISOString(), error };
  delete view.resultStatus;
  view.effectiveStatus = effectiveStatusOf(view);
  view.needsAttention = needsAttentionFor(view.effectiveStatus);
  const last = view.attempts.at(-1);
  if (last) view.attempts = [...view.attempts.slice(0, -1), { ...last, status: "failed", error }];
  return view;
}

function progressKey(runs: FlowRunView[]): string {
  return runs.map((run) => `${run.id}:${run.processStatus}:${run.resultStatus ?? ""}`).join(",");
}

/**
 * Runs to wait for beyond those named: an accepted dispatch whose answer matched steps but named
 * none of their runs (neither `runIds` nor `runs`) started them all for this event, so its run
 * list shows them in time. Without this, the job reported "N steps run", no runs, and success,
 * while they ran. (A replay so answered is refused: its runs cannot be told from the event's
 * earlier ones, src/backend/replay.ts.)
 */
function expectedRuns(result: BackendDispatchResult): number {
  return result.status === "accepted" && result.runIds.length === 0 ? result.matched : 0;
}

/** A poll's failure that the next poll may not have: the backend away, overloaded or slow, not wrong. */
function passing(error: unknown): error is FlowBackendError {
  return error instanceof FlowBackendError && (error.kind === "unreachable" || error.kind === "server" || error.kind === "timeout");
}

function timeoutError(runs: FlowRunView[], wanted: string[], wait: Wait, seen: { away: FlowBackendError | undefined; reopened: ReopenedRuns; others: number }): FlowBackendError {
  const { away, reopened, others } = seen;
  const byId = new Map(runs.map((run) => [run.id, run]));
  const open = unfinishedIds(runs, wanted);
  const list = open.map((id) => {
    const run = byId.get(id);
    const again = reopened.finishedAs(id);
    const state = run ? `${run.processStatus}${again ? `, reopened by the backend after it had finished ${again}` : ""}` : "not reported yet";
    return `${runLabel(id, run)} (${state})`;
  });
  const waited = seconds(wait.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const noun = open.length === 1 ? "run still not finished" : "runs still not finished";
  const expected = expectedRuns(wait.result);
  const unfinished = open.length > 0 ? `${open.length} ${noun} after ${waited}: ${namedList(list)}` : "";
  const missing =
    runs.length < expected
      ? `the backend matched ${expected} step${expected === 1 ? "" : "s"} but named none of their runs, and ${expected - runs.length} of them never showed up in GET /runs?eventId= within ${waited}${others > 0 ? ` (it listed ${others} run${others === 1 ? "" : "s"} of other events there, which are not this event's: check that the backend filters GET /runs by eventId)` : ""}`
      : "";
  const lastLook = away ? ` The last look at the runs failed: ${away.message}` : "";
  const where = `the flow backend at ${displayUrl(wait.connection.url)}`;
  return new FlowBackendError(`${[missing, unfinished].filter(Boolean).join("; ")}; raise the timeout if they need longer, or see why on ${where}.${lastLook}`, {
    kind: "timeout",
    runs,
    outcome: { ...wait.outcome, runs },
  });
}

/**
 * A wait ended by an answer that asking again cannot mend (a redirect, refused credentials, an
 * answer that cannot be read, another event's run under one of this event's ids) is not canceled:
 * the cancels would go to the same backend whose answers could not be trusted, and a run of
 * another event could be canceled as this one's. Its runs not seen to finish are named instead,
 * with where to look, so none is left running unmentioned: the sentence that says so, to follow
 * the error's message (withRuns), or undefined when no run is left.
 */
function leftRunning(error: unknown, runs: FlowRunView[], wait: Wait): string | undefined {
  if (!(error instanceof FlowBackendError)) return undefined;
  const byId = new Map(runs.map((run) => [run.id, run]));
  const open = unfinishedIds(runs, wait.result.runIds).filter((id) => id !== error.runId);
  if (open.length === 0) return undefined;
  const where = `GET /runs?eventId=${encodeURIComponent(wait.result.eventId)}`;
  const named = namedList(open.map((id) => runLabel(id, byId.get(id))));
  return ` The wait stopped there, so ${open.length} run${open.length === 1 ? "" : "s"} of this event not seen to finish ${open.length === 1 ? "was" : "were"} not canceled and may still be running on the backend at ${displayUrl(wait.connection.url)} (look at ${where}; cancel with POST /runs/<id>/cancel): ${named}.`;
}

/**
 * Put the runs seen so far on a polling failure, so a report can still show them, and `more`
 * (leftRunning's sentence) after its message: one FlowBackendError built, so its message is
 * redacted and made one line once.
 */
function withRuns(error: unknown, runs: FlowRunView[], outcome: DispatchOutcome, more = ""): unknown {
  if (!(error instanceof FlowBackendError)) return error;
  const { kind, status, field } = error;
  return new FlowBackendError(`${error.message}${more}`, { kind, status, field, runs, outcome: { ...outcome, runs } });
}

/** Name the request whose answer did not make sense. */
export function readAnswer<T>(read: () => T, connection: BackendConnection, what: string): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof FlowBackendError)) throw error;
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered ${what} with something flows-action cannot read: ${error.message}`,
      { kind: error.kind, field: error.field },
    );
  }
}
