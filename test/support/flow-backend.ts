import { createHash } from "node:crypto";
import { createGzip } from "node:zlib";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { verify } from "@octokit/webhooks-methods";
import type { FlowEvent, FlowResult, ProcessStatus } from "../../src/contracts.js";

/** One run the backend starts for an event type, and how it ends. */
export type ScriptedRun = {
  flow: string;
  step: string;
  version?: number;
  /** The step's FLOW_RESULT; left out, the run ends with its process status only. */
  result?: FlowResult;
  /** How the process ends (default completed). */
  processStatus?: "completed" | "failed";
  error?: string;
  /** Queued for the first third of this, running until it has passed (default 100 ms). */
  afterMs?: number;
  /** The backend forgets the run this many ms after starting it: listed at first, then 404. */
  vanishAfterMs?: number;
  /**
   * The backend reopens the run after it finished: `atMs` after the run was created (past
   * `afterMs`), a second attempt runs for `forMs` (left out: it never ends), then ends with
   * `result` (left out: the first attempt's).
   */
  reopen?: { atMs: number; forMs?: number; result?: FlowResult };
  /** The step's output, sent once the run has finished: the contract's `output`, the older backend's `stdout` before its result. */
  output?: string;
};

export type FlowBackendBehaviour = {
  /** Answer the first N `POST /events` with 500 before looking at them. */
  failPost500Times?: number;
  /** Cut the connection of the first N `POST /events` without answering. */
  dropPostConnections?: number;
  /** Runs start and never finish (for timeouts). */
  neverFinish?: boolean;
  /** Refuse every event with this status and `{error: message}`. */
  rejectEvents?: { status: number; message: string };
  /** Answer everything with an HTML page, like a misrouted proxy. */
  htmlInsteadOfJson?: boolean;
  /** `legacy`: runs carry `status`/`result`, epoch-ms times, no derived fields, no attempts. */
  runShape?: "contract" | "legacy";
  /** `data`: every answer is wrapped as `{data: ...}`. */
  wrap?: "plain" | "data";
  /** `GET /runs` lists at most this many runs, whatever `limit` asks. */
  runsListLimit?: number;
  /** Answer every request with `307 Location: <redirectTo><path>`, like a moved service. */
  redirectTo?: string;
  /**
   * `POST /events/:id/replay` starts the replay's runs, then its answer is lost: `hang` never
   * answers, `drop` cuts the connection, `500` answers with a server error.
   */
  replayAnswer?: "hang" | "drop" | "500";
  /** The `event` a replay's answer carries, made from the stored one (a confused or hostile backend's copy). */
  replayAnswerEvent?: (event: FlowEvent) => unknown;
  /** Appended to every run id the backend makes (a backend whose ids are long). */
  runIdSuffix?: string;
  /**
   * `POST /events` and replays start their runs at once but answer this many ms later (a slow
   * network or a busy backend): a job canceled meanwhile has sent the event, runs and all.
   */
  answerPostsAfterMs?: number;
  /** Answer the first N `POST /runs/:id/cancel` with 500, cancelling nothing. */
  failCancel500Times?: number;
  /**
   * Each `POST /runs/:id/cancel` takes this many ms (a busy backend stopping a process): the run is
   * canceled, and the answer sent, only then, and only if the client is still waiting for it.
   */
  cancelAfterMs?: number;
  /**
   * Answer only the first N `POST /runs/:id/cancel`; hold each later one, cancelling nothing,
   * until its client gives up on it (recorded with status 0): a backend too slow for a cancel
   * budget, by count rather than by a race of timers that a busy machine can lose.
   */
  answerCancels?: number;
  /**
   * Answer `times` requests (default: all) after the first `after` with this status, a
   * `Retry-After` header when given (any text: seconds, a date, `-5`, `99999999`) and `{error}`,
   * handling nothing.
   */
  throttle?: { status: number; retryAfter?: string | (() => string); after?: number; times?: number };
  /** Send each answer's body `bytes` (default 1) at a time, one piece every `everyMs`. */
  drip?: { everyMs: number; bytes?: number };
  /** Send answers gzip-compressed (`content-encoding: gzip`), padded to `padBytes` of JSON before compression. */
  gzip?: { padBytes: number };
  /** Fields set on every run the backend answers with (contract shape): hostile text, values out of range. */
  runFields?: Record<string, unknown>;
  /** No `POST /runs/:id/cancel` route (404), as the older runtime's own backend. */
  noCancelRoute?: boolean;
  /**
   * Answer as the older runtime's flow backend (apps/workspace-backend of codex-flows) does:
   * `POST /events` and replays answer 202 with `{status, eventId, runIds, matched}` only (a
   * duplicate with `matched: 0` and the earlier runs' ids, newest first); runs are its records
   * (`status` queued/running/completed/failed, the FlowResult inside `resultJson` as its runner
   * printed it, `stdout`, `stderr`, `error: "flow runner exited with 1"`; no flowVersion, runner
   * or attempts); `GET /events/:id` sends its event record (the event in `raw`); `GET /runs` lists `{eventId, runs}` newest first; there is no cancel route:
   * `flow` answers unknown routes 404 `{error: "not found"}`, `workspace` (its workspace
   * server, which keeps other routes for WebSockets) 426 in plain text.
   */
  older?: "flow" | "workspace";
};

export type FlowBackendOptions = {
  token?: string;
  apiKey?: string;
  hmacSecret?: string;
  /** Runs to start per event type; other types match nothing. */
  scripts?: Record<string, ScriptedRun[]>;
  behaviour?: FlowBackendBehaviour;
};

/** A release that starts two runs on the backend: one that changed something, one blocked. */
export const RELEASE_RUNS: Record<string, ScriptedRun[]> = {
  "release.published": [
    { flow: "bindings", step: "regenerate", result: { status: "changed", message: "bindings regenerated" }, afterMs: 150 },
    { flow: "fork", step: "rebase", result: { status: "blocked", message: "conflict in lib.rs" }, afterMs: 250 },
  ],
};

export type RecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
};

export type FlowBackend = {
  url: string;
  close(): Promise<void>;
  /** Every request, in arrival order, with the status it was answered with (0: none was sent). */
  requests: RecordedRequest[];
  /** Runs started so far, over all events. */
  runCount(): number;
};

type StoredRun = { id: string; eventId: string; script: ScriptedRun; createdMs: number; canceledMs?: number; replay: boolean };
type Answer = { status: number; body: unknown; text?: boolean };

/**
 * A small HTTP flow backend on 127.0.0.1 speaking the contract's surface (see
 * shared/flow-contracts.md, "HTTP flow backend surface"): events are deduplicated by id and
 * runs move queued → running → finished with time, so clients have something real to poll.
 */
export async function startFlowBackend(options: FlowBackendOptions = {}): Promise<FlowBackend> {
  const state = { events: new Map<string, FlowEvent>(), runs: new Map<string, StoredRun>(), posts: 0, drops: 0, nonce: 0, cancels: 0, cancelsSeen: 0, served: 0 };
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    void serve(request, response).catch((error: unknown) => send(response, { status: 500, body: { error: String(error) } }));
  });

  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const method = request.method ?? "GET";
    if (method === "POST" && url.pathname === "/events" && state.drops++ < (options.behaviour?.dropPostConnections ?? 0)) {
      request.socket.destroy();
      return;
    }
    if (options.behaviour?.redirectTo) {
      requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: request.headers, body, status: 307 });
      response.writeHead(307, { location: `${options.behaviour.redirectTo}${request.url ?? "/"}` });
      response.end();
      return;
    }
    if (method === "POST" && url.pathname.endsWith("/cancel") && state.cancelsSeen++ >= (options.behaviour?.answerCancels ?? Number.POSITIVE_INFINITY)) {
      if (!request.socket.destroyed) await new Promise((done) => response.once("close", done));
      requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: request.headers, body, status: 0 });
      return;
    }
    const cancelAfter = options.behaviour?.cancelAfterMs;
    if (cancelAfter !== undefined && method === "POST" && url.pathname.endsWith("/cancel")) {
      await new Promise((done) => setTimeout(done, cancelAfter));
      if (request.socket.destroyed) {
        requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: request.headers, body, status: 0 });
        return;
      }
    }
    const throttle = options.behaviour?.throttle;
    const served = state.served++;
    if (throttle && served >= (throttle.after ?? 0) && served < (throttle.after ?? 0) + (throttle.times ?? Number.POSITIVE_INFINITY)) {
      requests.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: request.headers, body, status: throttle.status });
      const retryAfter = typeof throttle.retryAfter === "function" ? throttle.retryAfter() : throttle.retryAfter;
      response.writeHead(throttle.status, { "content-type": "application/json", ...(retryAfter !== undefined ? { "retry-after": retryAfter } : {}) });
      response.end(JSON.stringify({ error: "slow down" }));
      return;
    }
    const answer = (await authFailure(options, request, body)) ?? route(method, url, body);
    const lost = answer.status === 200 && url.pathname.endsWith("/replay") ? options.behaviour?.replayAnswer : undefined;
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body,
      status: lost === "500" ? 500 : lost ? 0 : answer.status,
    });
    if (lost === "drop") request.socket.destroy();
    if (lost === "500") send(response, { status: 500, body: { error: "simulated failure after the replay started" } });
    if (lost) return;
    const slow = options.behaviour?.answerPostsAfterMs;
    if (slow !== undefined && method === "POST" && (url.pathname === "/events" || url.pathname.endsWith("/replay"))) {
      await new Promise((done) => setTimeout(done, slow));
      if (request.socket.destroyed) return;
    }
    if (options.behaviour?.htmlInsteadOfJson) {
      response.writeHead(200, { "content-type": "text/html" });
      response.end("<html><body>Welcome to nginx!</body></html>");
      return;
    }
    const sent = options.behaviour?.wrap === "data" ? { ...answer, body: { data: answer.body } } : answer;
    const { drip, gzip } = options.behaviour ?? {};
    if (drip) return dripped(response, sent, drip);
    if (gzip) return gzipped(response, sent, gzip.padBytes);
    send(response, sent);
  }

  function route(method: string, url: URL, body: string): Answer {
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    const [collection, id, action] = parts;
    if (method === "POST" && collection === "events" && parts.length === 1) return postEvent(body);
    if (method === "GET" && collection === "events" && parts.length === 1) return listEvents(url);
    if (method === "GET" && collection === "events" && id && parts.length === 2) {
      const event = state.events.get(id);
      if (!event) return notFound(`event ${id}`);
      // The older runtime's backend sends its event record: the event's fields, the event as sent in `raw`, its own createdAt.
      const record = options.behaviour?.older ? { ...event, raw: event, createdAt: new Date().toISOString() } : event;
      return ok({ event: record, runs: runsOf(id).map(view) });
    }
    if (method === "POST" && collection === "events" && id && action === "replay" && parts.length === 3) return replay(id, body);
    if (method === "GET" && collection === "runs" && parts.length === 1) return listRuns(url);
    const run = id ? state.runs.get(id) : undefined;
    if (method === "GET" && collection === "runs" && parts.length === 2) return run ? ok({ run: view(run) }) : notFound(`run ${id}`);
    if (method === "POST" && collection === "runs" && action === "cancel" && !options.behaviour?.noCancelRoute && !options.behaviour?.older) {
      const refused = namesOnly(body, { runId: id });
      if (refused) return refused;
      if (state.cancels++ < (options.behaviour?.failCancel500Times ?? 0)) return { status: 500, body: { error: "simulated cancel failure" } };
      if (!run) return notFound(`run ${id}`);
      if (isFinished(run)) return { status: 409, body: { error: `run ${run.id} has already finished` } };
      run.canceledMs = Date.now();
      return ok({ run: view(run) });
    }
    if (options.behaviour?.older === "workspace") return { status: 426, body: "Codex workspace backend WebSocket server\n", text: true };
    if (options.behaviour?.older === "flow") return { status: 404, body: { error: "not found" } };
    return notFound(`route ${method} ${url.pathname}`);
  }

  function postEvent(body: string): Answer {
    const behaviour = options.behaviour ?? {};
    state.posts += 1;
    if (state.posts <= (behaviour.failPost500Times ?? 0)) {
      return { status: 500, body: { error: "simulated backend failure" } };
    }
    if (behaviour.rejectEvents) return { status: behaviour.rejectEvents.status, body: { error: behaviour.rejectEvents.message } };
    let event: FlowEvent;
    try {
      event = JSON.parse(body) as FlowEvent;
    } catch {
      return { status: 400, body: { error: "body is not JSON" } };
    }
    if (typeof event?.id !== "string" || typeof event.type !== "string") {
      return { status: 400, body: { error: "a FlowEvent needs string id and type" } };
    }
    const stored = state.events.get(event.id);
    if (stored) {
      const runs = runsOf(event.id);
      return accepted(dispatchResult("duplicate", stored, runs, { idempotent: true }));
    }
    state.events.set(event.id, event);
    return accepted(dispatchResult("accepted", event, startRuns(event, false)));
  }

  /**
   * The contract's replay takes the stored event as it is: its body, when there is one, names the
   * event and nothing else (no edit to ignore), so that it can be signed.
   */
  function replay(eventId: string, body: string): Answer {
    const refused = namesOnly(body, { eventId });
    if (refused) return refused;
    const event = state.events.get(eventId);
    if (!event) return notFound(`event ${eventId}`);
    const answer = dispatchResult("accepted", event, startRuns(event, true));
    const changed = options.behaviour?.replayAnswerEvent;
    return accepted(changed ? { ...answer, event: changed(event) } : answer);
  }

  /** The older runtime's backend answers a dispatch or replay with 202. */
  function accepted(body: unknown): Answer {
    return { status: options.behaviour?.older ? 202 : 200, body };
  }

  function startRuns(event: FlowEvent, isReplay: boolean): StoredRun[] {
    const nonce = isReplay ? `\0${++state.nonce}` : "";
    const now = Date.now();
    return (options.scripts?.[event.type] ?? []).map((script, index) => {
      const hash = createHash("sha256").update([event.id, script.flow, script.step].join("\0") + nonce);
      const id = `run_${hash.digest("hex").slice(0, 12)}${options.behaviour?.runIdSuffix ?? ""}${isReplay ? "_replay" : ""}`;
      // The older runtime's backend creates each run after spawning the previous one's process: their times differ.
      const createdMs = options.behaviour?.older ? now + index : now;
      const run: StoredRun = { id, eventId: event.id, script, createdMs, replay: isReplay };
      state.runs.set(id, run);
      if (script.vanishAfterMs !== undefined) setTimeout(() => state.runs.delete(id), script.vanishAfterMs).unref();
      return run;
    });
  }

  function listEvents(url: URL): Answer {
    const type = url.searchParams.get("type");
    const events = [...state.events.values()].reverse().filter((event) => !type || event.type === type);
    return ok({ events: events.slice(0, limitOf(url, events.length)) });
  }

  function listRuns(url: URL): Answer {
    const eventId = url.searchParams.get("eventId");
    const status = url.searchParams.get("status");
    const views = [...state.runs.values()]
      .filter((run) => !eventId || run.eventId === eventId)
      .map((run) => ({ run, status: statusOf(run) }))
      .filter((item) => !status || item.status.process === status || item.status.effective === status);
    const limit = Math.min(limitOf(url, views.length), options.behaviour?.runsListLimit ?? views.length);
    if (options.behaviour?.older) return ok({ ...(eventId ? { eventId } : {}), runs: views.reverse().slice(0, limit).map((item) => view(item.run)) });
    return ok({ runs: views.slice(0, limit).map((item) => view(item.run)) });
  }

  function runsOf(eventId: string): StoredRun[] {
    return [...state.runs.values()].filter((run) => run.eventId === eventId);
  }

  function dispatchResult(status: string, event: FlowEvent, runs: StoredRun[], extra: object = {}): object {
    if (options.behaviour?.older) {
      const ids = runs.map((run) => run.id);
      return status === "duplicate" ? { status, eventId: event.id, runIds: ids.reverse(), matched: 0 } : { status, eventId: event.id, runIds: ids, matched: ids.length };
    }
    const runIds = runs.map((run) => run.id);
    return { status, eventId: event.id, runIds, matched: runs.length, ...extra, event, runs: runs.map(view) };
  }

  function afterMs(run: StoredRun): number {
    return run.script.afterMs ?? 100;
  }

  function isFinished(run: StoredRun): boolean {
    return statusOf(run).finishedMs !== undefined;
  }

  function statusOf(run: StoredRun): { process: ProcessStatus; effective: string; finishedMs?: number; reopenedMs?: number } {
    const elapsed = Date.now() - run.createdMs;
    if (run.canceledMs !== undefined) return { process: "canceled", effective: "canceled", finishedMs: run.canceledMs };
    if (elapsed < afterMs(run) / 3) return { process: "queued", effective: "queued" };
    if (options.behaviour?.neverFinish || elapsed < afterMs(run)) return { process: "running", effective: "running" };
    const process = run.script.processStatus ?? "completed";
    const reopen = run.script.reopen;
    if (reopen && elapsed >= reopen.atMs) {
      const reopenedMs = run.createdMs + reopen.atMs;
      if (reopen.forMs === undefined || elapsed < reopen.atMs + reopen.forMs) return { process: "running", effective: "running", reopenedMs };
      return { process, effective: resultOf(run, true)?.status ?? process, finishedMs: reopenedMs + reopen.forMs, reopenedMs };
    }
    return { process, effective: run.script.result?.status ?? process, finishedMs: run.createdMs + afterMs(run) };
  }

  /** The result of the run's first attempt, or of the attempt the backend reopened it with. */
  function resultOf(run: StoredRun, reopened: boolean): FlowResult | undefined {
    return reopened ? (run.script.reopen?.result ?? run.script.result) : run.script.result;
  }

  function view(run: StoredRun): Record<string, unknown> {
    const status = statusOf(run);
    const iso = (ms: number): string => new Date(ms).toISOString();
    const startedMs = status.process === "queued" ? undefined : run.createdMs + afterMs(run) / 3;
    const result = status.finishedMs !== undefined && run.canceledMs === undefined ? resultOf(run, status.reopenedMs !== undefined) : undefined;
    const error = status.process === "failed" ? (run.script.error ?? "step failed") : undefined;
    const updatedMs = status.finishedMs ?? startedMs ?? run.createdMs;
    const base = { id: run.id, eventId: run.eventId, flowName: run.script.flow, flowVersion: run.script.version ?? 1, stepName: run.script.step };
    if (options.behaviour?.older) {
      const printed = result ? `${JSON.stringify({ flow: run.script.flow, step: run.script.step, result }, null, 2)}\n` : "";
      return {
        id: run.id,
        eventId: run.eventId,
        flowName: run.script.flow,
        stepName: run.script.step,
        status: status.process,
        backend: "workspace-local",
        executor: "direct",
        eventPath: `/data/events/${run.id}.json`,
        ...(result ? { resultJson: JSON.stringify({ flow: run.script.flow, step: run.script.step, result }) } : {}),
        ...(status.finishedMs !== undefined ? { stdout: `${run.script.output ?? ""}${printed}`, stderr: error ?? "" } : {}),
        ...(error ? { error: "flow runner exited with 1" } : {}),
        createdAt: iso(run.createdMs),
        ...(startedMs === undefined ? {} : { startedAt: iso(startedMs) }),
        ...(status.finishedMs === undefined ? {} : { completedAt: iso(status.finishedMs) }),
      };
    }
    if (options.behaviour?.runShape === "legacy") {
      return { ...base, status: status.process, result, error, createdAt: run.createdMs, updatedAt: updatedMs };
    }
    const attempt = {
      id: `${run.id}_a1`,
      number: 1,
      status: status.process,
      resultStatus: result?.status,
      startedAt: startedMs === undefined ? undefined : iso(startedMs),
      completedAt: status.finishedMs === undefined ? undefined : iso(status.finishedMs),
      error,
    };
    // A reopened run: its first attempt as it finished, then the second one.
    const attempts =
      status.reopenedMs === undefined
        ? [attempt]
        : [
            { ...attempt, status: run.script.processStatus ?? "completed", resultStatus: run.script.result?.status, completedAt: iso(run.createdMs + afterMs(run)) },
            { ...attempt, id: `${run.id}_a2`, number: 2, startedAt: iso(status.reopenedMs) },
          ];
    return {
      ...base,
      runner: "bun",
      processStatus: status.process,
      resultStatus: result?.status,
      effectiveStatus: result?.status ?? status.process,
      needsAttention: result?.status === "blocked" || result?.status === "needs_intervention",
      attempts: startedMs === undefined ? [] : attempts,
      resultPayload: result,
      error,
      ...(status.finishedMs !== undefined && run.script.output !== undefined ? { output: run.script.output } : {}),
      createdAt: iso(run.createdMs),
      updatedAt: iso(updatedMs),
      startedAt: attempt.startedAt,
      completedAt: attempts.at(-1)?.completedAt,
      ...(run.replay ? { replay: true } : {}),
      ...options.behaviour?.runFields,
    };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    runCount: () => state.runs.size,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Bearer token, API key and, with a shared secret, the HMAC signature of every POST (of its body,
 * empty or not): an unsigned replay or cancel is a stranger's.
 */
async function authFailure(options: FlowBackendOptions, request: IncomingMessage, body: string): Promise<Answer | undefined> {
  const denied = (error: string): Answer => ({ status: 401, body: { error } });
  if (options.token && request.headers.authorization !== `Bearer ${options.token}`) return denied("missing or wrong bearer token");
  if (options.apiKey && request.headers["x-api-key"] !== options.apiKey) return denied("missing or wrong x-api-key");
  if (options.hmacSecret && request.method === "POST") {
    const signature = request.headers["x-flow-signature-256"];
    if (typeof signature !== "string") return denied("missing x-flow-signature-256");
    if (!(await verify(options.hmacSecret, body, signature))) return denied("x-flow-signature-256 does not match the body");
  }
  return undefined;
}

/**
 * A replay's or cancel's body: empty, or JSON naming exactly the target of the path (so a signed
 * body cannot be sent to another event or run) and carrying nothing else but a `reason` or `eventId`.
 */
function namesOnly(body: string, target: Record<string, string | undefined>): Answer | undefined {
  if (body === "") return undefined;
  const refuse = (error: string): Answer => ({ status: 400, body: { error } });
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return refuse("body is not JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return refuse("body is not a JSON object");
  const fields = value as Record<string, unknown>;
  const [name, id] = Object.entries(target)[0] ?? ["", ""];
  if (fields[name] !== id) return refuse(`body names ${name} ${JSON.stringify(fields[name])}, not ${JSON.stringify(id)} of the path`);
  const allowed = new Set([name, "eventId", "reason"]);
  const extra = Object.keys(fields).filter((key) => !allowed.has(key));
  if (extra.length > 0) return refuse(`the request carries no changes; unexpected field(s): ${extra.join(", ")}`);
  return undefined;
}

function limitOf(url: URL, fallback: number): number {
  const limit = Number(url.searchParams.get("limit"));
  return Number.isInteger(limit) && limit > 0 ? limit : fallback;
}

function ok(body: unknown): Answer {
  return { status: 200, body };
}

function notFound(what: string): Answer {
  return { status: 404, body: { error: `no ${what}` } };
}

function send(response: ServerResponse, answer: Answer): void {
  if (answer.text) {
    response.writeHead(answer.status, { "content-type": "text/plain; charset=utf-8" });
    response.end(String(answer.body));
    return;
  }
  response.writeHead(answer.status, { "content-type": "application/json" });
  response.end(JSON.stringify(answer.body));
}

/** The answer a few bytes at a time, like a backend (or a proxy) that never quite finishes. */
function dripped(response: ServerResponse, answer: Answer, drip: { everyMs: number; bytes?: number }): void {
  const bytes = Buffer.from(answer.text ? String(answer.body) : JSON.stringify(answer.body));
  response.writeHead(answer.status, { "content-type": "application/json" });
  let at = 0;
  const timer = setInterval(() => {
    if (response.destroyed || at >= bytes.length) {
      clearInterval(timer);
      if (!response.destroyed) response.end();
      return;
    }
    response.write(bytes.subarray(at, at + (drip.bytes ?? 1)));
    at += drip.bytes ?? 1;
  }, drip.everyMs);
  response.on("close", () => clearInterval(timer));
}

/** The answer gzip-compressed, its JSON padded with spaces (which compress to almost nothing) to `padBytes`. */
function gzipped(response: ServerResponse, answer: Answer, padBytes: number): void {
  const json = JSON.stringify(answer.body);
  response.writeHead(answer.status, { "content-type": "application/json", "content-encoding": "gzip" });
  const zip = createGzip();
  zip.pipe(response);
  zip.write(json);
  const chunk = Buffer.alloc(1 << 20, " ");
  let left = Math.max(0, padBytes - json.length);
  const more = (): void => {
    while (left > 0 && !response.destroyed) {
      const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
      left -= piece.length;
      if (!zip.write(piece)) return void zip.once("drain", more);
    }
    zip.end();
  };
  more();
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}
