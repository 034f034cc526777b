import type { FlowEvent, FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { normalizeFlowEvent } from "../engine/event.js";
import {
  ANSWER_AFTER_ABORT_MS,
  abortTime,
  type BackendDispatchOptions,
  canceledOnTheWay,
  connectionFor,
  DEFAULT_TIMEOUT_MS,
  outcomeFrom,
  readAnswer,
  receivedBy,
  waitForRuns,
} from "./client.js";
import { normalizeDispatchResult } from "./dispatch-result.js";
import { displayUrl, FlowBackendError } from "./errors.js";
import { type BackendConnection, NOT_SENT, requestJson, seconds } from "./http.js";
import { describe, isObject, unwrapObject } from "./normalize.js";
import { replayedEventMismatch } from "./replay-event.js";
import { cut, otherEventsRun } from "./run-list.js";

export type BackendReplayOptions = BackendDispatchOptions & {
  /**
   * Told the stored event once the backend has sent it and it passed the checks here, before it
   * is replayed (a promise it returns is awaited, within the replay's time): a throw or a rejection
   * refuses it, and nothing is replayed. `signal` aborts when the job is canceled or the replay's
   * time runs out (`timeoutMs`), so what the callback waits on (GitHub's reads) ends with it.
   */
  onEvent?: (event: FlowEvent, within: { signal: AbortSignal }) => unknown;
  /**
   * The repository the replay's check runs and comment go to (GITHUB_REPOSITORY): a stored event
   * of another repository is not replayed.
   */
  repository?: string;
  /** What set `repository`, as the refusal names it (default GITHUB_REPOSITORY; `flows github`: its --repository). */
  repositorySetting?: string;
};

/**
 * Network errors raised before a request left this machine: the replay was not sent. Any other
 * failure (a reset, a timeout, an answer that cannot be read) may come after the backend
 * received it.
 */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

/**
 * Replay an event the flow backend stores: read it (`GET /events/:id`, which also tells an
 * unknown id from a backend without replays), ask the backend to run it again (`POST
 * /events/:id/replay`, sent once and never retried, since a second request replays again), then
 * wait for the replay's runs as a dispatch waits for its runs, within the same deadline.
 */
export async function replayOnBackend(eventId: string, options: BackendReplayOptions): Promise<DispatchOutcome> {
  if (eventId === "." || eventId === "..") {
    // A URL resolves these path segments (encoded or not): the request would reach another route.
    throw new FlowBackendError(`event id "${eventId}" cannot be named in a URL path, so it cannot be replayed on a flow backend.`, { kind: "configuration" });
  }
  const connection = connectionFor(options);
  const deadline = performance.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const id = encodeURIComponent(eventId);
  const event = await storedEvent(connection, eventId, deadline);
  const mismatch = replayedEventMismatch(event, eventId, options.repository, options.repositorySetting);
  if (mismatch !== undefined) {
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} sent event "${cut(eventId)}" for the replay, and ${mismatch}; nothing was replayed. Check the replay input (the id of an event of this repository, as the event-id output of the job that sent it gives it) and that backend-url is the backend that ran it.`,
      { kind: "invalid-response", field: "event" },
    );
  }
  const sent = performance.now();
  // The callback's time limit is the deadline: once it fired, the time is spent, even when its
  // timer woke a moment before performance.now() reached the deadline. The replay, sent then with
  // a millisecond to answer, may have started with its runs unknown.
  let spent = false;
  if (options.onEvent) {
    const timeout = AbortSignal.timeout(Math.max(1, Math.ceil(deadline - sent)));
    await options.onEvent(event, { signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout });
    spent = timeout.aborted;
  }
  const path = `/events/${id}/replay`;
  if (spent || performance.now() >= deadline) {
    // The backend's answer came in time, and the callback used the rest (it says so itself when
    // its waits end on the deadline's signal).
    const during = sent >= deadline ? `while the flow backend sent event "${eventId}"` : `after the flow backend sent event "${eventId}", before it was replayed`;
    throw new FlowBackendError(`the time for the replay ran out ${during}; the replay was not sent. Raise backend-timeout-minutes.`, {
      kind: "timeout",
    });
  }
  let raw: unknown;
  const abortedAt = abortTime(connection.signal);
  try {
    // The contract's replay carries no changes; the body names the event only so that the
    // request is signed (x-flow-signature-256) like every other POST, for that event alone.
    const body = JSON.stringify({ eventId });
    raw = await requestJson(connection, { method: "POST", path, body, deadline, once: true, answerAfterAbortMs: ANSWER_AFTER_ABORT_MS });
  } catch (error) {
    throw error instanceof FlowBackendError ? replayFailure(error, eventId, connection) : error;
  }
  const answered = readAnswer(() => normalizeDispatchResult(raw, event, connection.stepOutput), connection, `POST ${path}`);
  const other = answered.eventId !== eventId ? answered.eventId : answered.event.id !== eventId ? answered.event.id : undefined;
  if (other !== undefined) {
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered POST ${path} for another event, "${cut(other)}", so its runs are not the replay's. The replay may have started: look at GET /runs?eventId=${id}, and check the backend.`,
      { kind: "invalid-response", field: "eventId" },
    );
  }
  const foreign = otherEventsRun(answered.runs, eventId);
  if (foreign !== undefined) {
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered POST ${path} with ${foreign}, so it is not the replay's run. The replay may have started: look at GET /runs?eventId=${id}, and check the backend.`,
      { kind: "invalid-response", field: "eventId" },
    );
  }
  // The event reported is the stored one checked above: the answer's copy (any text under the
  // same id) must not change the type, pull request or commit the reports go to.
  const result = { ...answered, event };
  if (result.runIds.length === 0 && result.matched > 0) {
    // Without their ids, the replay's runs cannot be told from the event's earlier ones.
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered POST ${path} with ${result.matched} matched step(s) but no run ids (neither "runIds" nor "runs"), so the replay's runs cannot be waited for. The replay did start: look at its runs with GET /runs?eventId=${id}.`,
      { kind: "invalid-response", field: "runIds" },
    );
  }
  const outcome = outcomeFrom(result);
  const wait = { connection, result, outcome, deadline, options };
  if (connection.signal?.aborted) throw await canceledOnTheWay(wait, abortedAt(), `POST ${path}`);
  outcome.runs = (await waitForRuns(wait)).map(asReplay);
  if (outcome.runIds.length === 0) outcome.runIds = outcome.runs.map((run) => run.id);
  return outcome;
}

/**
 * The replay's runs are replays whether or not the backend says so (the older runtime's backend
 * only marks them by the `_replay` suffix of their ids), as a local replay's are.
 */
function asReplay(run: FlowRunView): FlowRunView {
  if (run.replay) return run;
  const attempts = run.attempts.map((attempt, index) => (index === run.attempts.length - 1 && attempt.replay !== true ? { ...attempt, replay: true } : attempt));
  return { ...run, replay: true, attempts };
}

/** The event as the backend stores it; an unknown id is named with where to find the right one. */
async function storedEvent(connection: BackendConnection, eventId: string, deadline: number): Promise<FlowEvent> {
  const path = `/events/${encodeURIComponent(eventId)}`;
  let raw: unknown;
  try {
    raw = await requestJson(connection, { method: "GET", path, deadline });
  } catch (error) {
    // Answered 404, not a failure whose earlier attempt was a 404 (a broken answer retried, then timed out).
    if (!(error instanceof FlowBackendError) || error.kind !== "rejected" || error.status !== 404) throw error;
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} holds no event "${eventId}" (HTTP 404 on GET ${path}), so nothing was replayed. Check the replay input: it must be the id of an event that backend received (the event-id output of the job that sent it, or GET /events?type=<type> on the backend), and backend-url the backend that ran it.`,
      { kind: "rejected", status: 404 },
    );
  }
  const event = readAnswer(() => readEvent(raw), connection, `GET ${path}`);
  if (event.id !== eventId) {
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered GET ${path} with another event, "${cut(event.id)}"; nothing was replayed. Check the backend.`,
      { kind: "invalid-response", field: "id" },
    );
  }
  return event;
}

/**
 * `GET /events/:id`: the event, bare or as `{event, runs}`, possibly inside `{data: ...}`. The
 * older runtime's backend sends its event record, the event as it was sent being its `raw`
 * (beside the record's own `createdAt`): that event is the one replayed, so it is the one read.
 */
function readEvent(raw: unknown): FlowEvent {
  const outer = unwrapObject(raw, "event", "an event");
  // Only a `raw` that is a FlowEvent counts (a string id and type): another backend's event may
  // carry the webhook it came from as `raw`, whose numeric `id` is GitHub's, not the event's.
  if (isObject(outer.raw) && typeof outer.raw.id === "string" && typeof outer.raw.type === "string" && outer.raw.id !== outer.id) {
    // The record's event is not the one it is filed under: which of the two the backend would
    // replay, and so which pull request or commit the report belongs to, cannot be told.
    throw new FlowBackendError(`the event record's "raw" is another event, ${describe(outer.raw.id)}, than the record's id ${describe(outer.id)}; nothing was replayed. Check the backend.`, {
      kind: "invalid-response",
      field: "raw",
    });
  }
  const fields = isObject(outer.raw) && outer.raw.id === outer.id ? outer.raw : outer;
  try {
    return normalizeFlowEvent(fields);
  } catch (error) {
    throw new FlowBackendError(`the event is not a FlowEvent: ${error instanceof Error ? error.message : String(error)}`, { kind: "invalid-response", field: "event" });
  }
}

/** A failed replay request, with whether it may have started: the user must not simply send it again. */
function replayFailure(error: FlowBackendError, eventId: string, connection: BackendConnection): FlowBackendError {
  const refused = error.kind === "credentials" || error.kind === "rejected" || error.kind === "configuration" || error.status === 429;
  const unsent = error.kind === "unreachable" && error.code !== undefined && NOT_SENT_CODES.has(error.code);
  let message: string;
  if (error.kind === "rejected" && error.status === 404) {
    message = `the flow backend at ${displayUrl(connection.url)} holds event "${eventId}" but answered POST /events/${encodeURIComponent(eventId)}/replay with HTTP 404: it does not seem to offer replays (the contract's POST /events/:id/replay). Nothing was replayed; check the backend's version.`;
  } else if (refused) {
    message = `${error.message} The backend refused the replay, so nothing was replayed.`;
  } else if (unsent || ((error.kind === "aborted" || error.kind === "timeout") && error.code === NOT_SENT)) {
    message = `${error.message} The replay was not sent.`;
  } else if (error.kind === "aborted") {
    const look = `look at GET /runs?eventId=${encodeURIComponent(eventId)} on ${displayUrl(connection.url)}`;
    message = receivedBy(error.status)
      ? `${error.message} The backend received it (HTTP ${error.status}), but the rest of its answer, which names the replay's runs, did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so they were not canceled: ${look}.`
      : `${error.message} Its answer did not come within ${seconds(ANSWER_AFTER_ABORT_MS)}, so if the backend received it, the replay's runs were not canceled: ${look}.`;
  } else {
    message = `${error.message} The replay may or may not have started on the backend. It was not sent again, since a second request would run the event's steps a second time: look at the event's runs (GET /runs?eventId=${encodeURIComponent(eventId)}) before replaying it again.`;
  }
  const { kind, status, field, code } = error;
  return new FlowBackendError(message, { kind, ...(status !== undefined ? { status } : {}), ...(field ? { field } : {}), ...(code ? { code } : {}) });
}
