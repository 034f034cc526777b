import { setTimeout as sleep } from "node:timers/promises";
import { displayUrl, FlowBackendError, redact } from "./errors.js";
import { isObject } from "./normalize.js";
import type { BackendErrorAnswer } from "../generated/types.js";
import { validateBackendError } from "../generated/validators/backend-error.js";
import { MAX_PAYLOAD_DEPTH } from "../events/budget.js";
import { jsonShape } from "../json-shape.js";
import { MAX_ANSWER_CONTAINERS } from "./answer-shape.js";
import { logText } from "../log-text.js";
import { redactor } from "../redact.js";
import { redacted } from "../redact-cut.js";
import { basicCredentials, urlWithoutSecrets } from "../url-secrets.js";

/** Where the backend is and how to prove who we are. */
export type BackendConnection = {
  url: string;
  token?: string;
  apiKey?: string;
  hmacSecret?: string;
  fetch: typeof fetch;
  signal?: AbortSignal;
  /** Retries after a 5xx or a dropped connection, and the first backoff delay (doubles). */
  retries: number;
  retryDelayMs: number;
  /** Longest single request; the overall deadline may cut it shorter. */
  requestTimeoutMs: number;
  /** Given the step output each run of an answer carries, as it is read (BackendDispatchOptions.onStepOutput). */
  stepOutput?: (text: string) => void;
};

export type BackendRequest = {
  method: "GET" | "POST";
  /** Path below the backend URL, with its query string: `/runs?eventId=...`. */
  path: string;
  body?: string;
  /**
   * performance.now() after which no request is started or waited for. Deadlines in backend/
   * are on the monotonic clock, not the wall clock: a runner's clock stepped by NTP during a
   * wait (seconds, on a VM) ended it early, or held it past its time.
   */
  deadline: number;
  /** Never sent twice, whatever happens: a second `POST /events/:id/replay` replays again. */
  once?: boolean;
  /** Largest answer read (default MAX_ANSWER_BYTES): a cancel's answer is one run, and several are read at once. */
  maxAnswerBytes?: number;
  /**
   * Shared by requests whose answers are read at once (the runs fetched one by one): past its
   * first SHARED_ANSWER_BYTES, one answer at a time is read and parsed (AnswerTurns).
   */
  turns?: AnswerTurns;
  /**
   * When the connection's signal aborts while this request is on its way, its answer is still
   * awaited this long (no attempt is started after the abort): a `POST /events` or replay that
   * reached the backend may have started runs, which only the answer names, so that they can be
   * canceled. The answer is returned; the caller sees the signal aborted.
   */
  answerAfterAbortMs?: number;
  /**
   * Set when the request was sent again after an attempt that may have reached the backend (its
   * answer lost to a timeout, a dropped connection, a broken or 5xx answer): a `POST /events`
   * answered `duplicate` then may be the backend's answer to our own first attempt.
   */
  resent?: { afterPossibleDelivery: boolean };
  /** Told the length of the answer read, in characters (the run list's, which decides how the next poll asks: client.ts). */
  read?: { chars: number };
};

/** The `code` of an aborted request that was never sent. */
export const NOT_SENT = "not-sent";
/** The `code` of an answer refused for its size (larger than BackendRequest.maxAnswerBytes). */
export const TOO_LARGE = "too-large";
/** Network failures that a second try can fix; refused and unknown hosts are configuration. */
const TRANSIENT_CODES = new Set(["ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "UND_ERR_SOCKET"]);
const MAX_RETRY_DELAY_MS = 15_000;
/**
 * Largest answer read. Not lower: a dispatch answer echoes the event (GitHub's go up to 25 MB)
 * and a run list may hold 1,000 runs whose results reach 4 MiB each when run locally, so the
 * contracts give no smaller bound. Text costs a few times its size once read and parsed (16 MB of
 * strings raised the peak RSS by about 80 MB); what could cost far more, nesting and many small
 * objects, is measured in the text before it is parsed (MAX_ANSWER_DEPTH, MAX_ANSWER_CONTAINERS).
 */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/**
 * Deepest nesting read: an event payload or a result may nest MAX_PAYLOAD_DEPTH levels, and the
 * answer wraps them in a few more (`{data: {runs: [{run: {resultPayload: ...}}]}}`). Deeper
 * answers would overflow the recursive walks (JSON.stringify, the report) that follow.
 */
export const MAX_ANSWER_DEPTH = MAX_PAYLOAD_DEPTH + 8;

/** Bytes of an answer read before it must wait for its turn, when answers share turns (AnswerTurns). */
export const SHARED_ANSWER_BYTES = 1024 * 1024;

/**
 * The one byte budget of answers read at once: each may read its first SHARED_ANSWER_BYTES at
 * any time; past them, it waits for the one turn to read the rest and parse it. So eight runs
 * fetched at once, each answered with 14 MiB, cost one large answer's memory at a time, not
 * eight (the wait's peak RSS went from 524 MB to about 160 MB), and a reader waiting holds at
 * most SHARED_ANSWER_BYTES. The turn is held by one request's attempt, whose time is bounded by
 * its own timeout, so no wait for a turn is longer than the requests before it.
 */
export class AnswerTurns {
  #last: Promise<void> = Promise.resolve();

  /** Resolves with the function that hands the turn on, once the requests before have handed it on. */
  take(): Promise<() => void> {
    let release = (): void => undefined;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const before = this.#last;
    this.#last = before.then(() => mine);
    return before.then(() => release);
  }
}

/**
 * One JSON request to the backend, turned into a FlowBackendError users can act on when it
 * fails. 5xx answers, dropped connections and requests not answered within requestTimeoutMs
 * are retried (with backoff, but for the last, which waited already) when they are safe to
 * repeat: GETs, and `POST /events`, which the backend dedupes by event id (a retried POST of an
 * event that did get through answers `duplicate`). A request marked `once` is sent one time.
 */
export async function requestJson(connection: BackendConnection, request: BackendRequest): Promise<unknown> {
  const turn: Turn = {};
  const tries: Tried[] = [];
  try {
    return await attempts(connection, request, { turn, tries });
  } catch (error) {
    throw withEarlierTries(error, tries);
  } finally {
    turn.release?.();
  }
}

/** The shared turn (BackendRequest.turns) a request holds once its answer is past its share. */
type Turn = { release?: () => void };

/** What one attempt got, as a message says it ("answered HTTP 429 (slow down) on POST /events"), and its answer's status. */
type Tried = { text: string; status?: number };

/**
 * Less than this left of a request's time, it is not sent, and the time counts as spent. How long
 * a backend needs is unknowable; this is the floor under which a request's failure says nothing
 * about the backend, only about this machine: before any answer, a new connection costs a TCP
 * handshake, a TLS one over https, and the request's own round trip (tens of ms to a backend in
 * another region), and a loaded runner's event loop stalls for tens of ms (its timers wake that
 * early or late). Messages show times in tenths of a second, so such a request failed "within 0 s".
 * The same floor holds for every request sent with what is left of a deadline: attempts and
 * retries here, the cancels and their last looks (cancel.ts), the wait's polls (client.ts).
 */
export const MIN_REQUEST_MS = 100;

async function attempts(connection: BackendConnection, request: BackendRequest, state: { turn: Turn; tries: Tried[] }): Promise<unknown> {
  const { turn, tries } = state;
  const target = backendEndpoint(connection.url, request.path);
  const what = `${request.method} ${shownPath(request.path)}`;
  const at = `the flow backend at ${displayUrl(connection.url)}`;
  const headers = await requestHeaders(connection, request.body);
  // Aborted with the connection's signal, or that long after it (answerAfterAbortMs).
  const stop = connection.signal && request.answerAfterAbortMs !== undefined ? abortedLater(connection.signal, request.answerAfterAbortMs) : connection.signal;
  let spent = false;
  for (let attempt = 1; ; attempt++) {
    // An attempt that failed after its answer took the turn hands it on before the next.
    turn.release?.();
    delete turn.release;
    if (connection.signal?.aborted) throw attempt === 1 ? notSent(what) : aborted(what);
    const remaining = request.deadline - performance.now();
    // A pause cut at the deadline spent the time, even when its timer woke a moment early (a
    // timer counts from the event loop's last tick, not from now): an attempt sent with what is
    // left, a millisecond, timed out and its message lost the answer the wait was for.
    if (remaining < MIN_REQUEST_MS || spent) {
      if (tries.length === 0) {
        throw new FlowBackendError(
          `${what} was not sent to ${at}: its time ran out first (${Math.max(0, Math.floor(remaining))} ms were left, and a request is sent with at least ${MIN_REQUEST_MS} ms).`,
          { kind: "timeout", code: NOT_SENT },
        );
      }
      const status = lastStatus(tries);
      const told = tellTries(tries.splice(0));
      throw new FlowBackendError(`${at} ${told}, and the time for ${what} ran out before it could be sent again. Check the backend's logs.`, {
        kind: "timeout",
        ...(status !== undefined ? { status } : {}),
      });
    }
    const limit = Math.min(remaining, connection.requestTimeoutMs);
    const timeout = AbortSignal.timeout(Math.ceil(limit));
    // This attempt's time limit is the deadline: when it fires, the time is spent, even when its
    // timer woke a moment before performance.now() reached the deadline. A retry with what is
    // left (a millisecond) could not be answered, and its message said "within 0 s".
    const cutAtDeadline = remaining <= connection.requestTimeoutMs;
    const signal = stop ? AbortSignal.any([stop, timeout]) : timeout;
    const retryLeft = !request.once && attempt <= connection.retries;
    const timeForAnother = (): boolean => retryLeft && !cutAtDeadline && request.deadline - performance.now() >= MIN_REQUEST_MS;
    let response: Response;
    try {
      // Never follow a redirect: it would carry the token, API key and signed event to wherever
      // the Location header points (fetch keeps custom headers across origins).
      response = await connection.fetch(target, {
        method: request.method,
        headers,
        body: request.body,
        signal,
        redirect: "manual",
      });
    } catch (error) {
      if (connection.signal?.aborted) throw aborted(what);
      if (timeout.aborted) {
        const got = { text: `did not answer ${what} within ${seconds(limit)}` };
        // One stalled request (a busy backend, a proxy) is no reason to give up a wait that has
        // time left: every request sent is safe to repeat, as for a dropped connection.
        if (timeForAnother()) {
          tries.push(got);
          mayHaveArrived(request);
          continue;
        }
        const times = sameAsLast(tries, got);
        throw new FlowBackendError(`${at} ${got.text}${times > 1 ? `, ${times} time(s)` : ""}.`, { kind: "timeout" });
      }
      const code = networkCode(error);
      const got = { text: `dropped the connection (${code}) on ${what}` };
      if (retryLeft && TRANSIENT_CODES.has(code)) {
        tries.push(got);
        mayHaveArrived(request);
        spent = await pauseWithin(backoff(connection, attempt), request.deadline, connection.signal, what);
        continue;
      }
      if (TRANSIENT_CODES.has(code)) {
        // The backend was reached: it took the connection, then closed it without an answer.
        throw new FlowBackendError(dropped(connection.url, what, code, sameAsLast(tries, got)), { kind: "unreachable", code });
      }
      throw new FlowBackendError(unreachable(connection.url, code), { kind: "unreachable", code });
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      // Not a redirect: an answer to a conditional request, and ours are never conditional.
      throw new FlowBackendError(
        `${at} answered ${what} with HTTP 304 (Not Modified), which answers only a request that names a copy it already has, and flows-action's never do (no If-None-Match or If-Modified-Since): a cache or proxy in front of the backend answers for it — check it, and backend-url.`,
        { kind: "invalid-response", status: 304 },
      );
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get("location");
      const to = location ? ` to ${redirectTarget(location, target)}` : "";
      throw new FlowBackendError(
        `${at} answered ${what} with a redirect (HTTP ${response.status})${to}. Redirects are not followed, since they would send the credentials and the event elsewhere: set backend-url to the address the backend answers at.`,
        { kind: "rejected", status: response.status },
      );
    }
    const status = response.status;
    let text: string;
    try {
      text = await readAnswer(response, { limit: request.maxAnswerBytes ?? MAX_ANSWER_BYTES, what }, connection, request.turns && { turns: request.turns, held: turn });
    } catch (error) {
      if (error instanceof FlowBackendError) throw error;
      if (connection.signal?.aborted) throw aborted(what, status);
      if (timeout.aborted) {
        const got = { text: `did not finish answering ${what} in time (HTTP ${status})`, status };
        if (timeForAnother()) {
          tries.push(got);
          mayHaveArrived(request);
          continue;
        }
        const times = sameAsLast(tries, got);
        throw new FlowBackendError(`${at} ${got.text}${times > 1 ? `, ${times} time(s)` : ""}.`, { kind: "timeout", status });
      }
      const code = networkCode(error);
      const got = { text: `broke the connection while answering ${what} (HTTP ${status}, ${code})`, status };
      if (retryLeft) {
        tries.push(got);
        mayHaveArrived(request);
        spent = await pauseWithin(backoff(connection, attempt), request.deadline, connection.signal, what);
        continue;
      }
      const times = sameAsLast(tries, got);
      throw new FlowBackendError(`the connection to ${at} broke while it answered ${what} (HTTP ${status}): ${code}${times > 1 ? `, ${times} time(s)` : ""}.`, {
        kind: "unreachable",
        status,
      });
    }
    if (request.read) request.read.chars = text.length;
    if (response.ok) return parseJson(text, response, connection, what);

    const message = backendMessage(text, connection);
    if (status === 401 || status === 403) {
      const answered = `HTTP ${status} on ${what}${message ? `: ${message}` : ""}`;
      throw new FlowBackendError(
        sentCredentials(connection)
          ? `${at} rejected the credentials (${answered}): check backend-token / backend-hmac-secret.`
          : `${at} asked for credentials (${answered}), and none were sent: backend-token, backend-api-key and backend-hmac-secret are all empty. ` +
              "A secret that is not set, or not available to this workflow, is an empty string (pull requests from forks and Dependabot get no secrets): set the secret, or run this job where it is available.",
        { kind: "credentials", status },
      );
    }
    if (status >= 500 || status === 429) {
      const asked = askedRetry(response, connection);
      const got = { text: `answered HTTP ${status}${asked.shown ? `, Retry-After: ${asked.shown}` : ""}${message ? ` (${message})` : ""} on ${what}`, status };
      if (retryLeft) {
        tries.push(got);
        // A 429 turned the request away; a 5xx may come after the backend acted on it.
        if (status !== 429) mayHaveArrived(request);
        const wait = asked.ms === undefined ? backoff(connection, attempt) : Math.min(asked.ms, MAX_RETRY_DELAY_MS);
        spent = await pauseWithin(wait, request.deadline, connection.signal, what);
        continue;
      }
      throw new FlowBackendError(
        `${at} failed ${what} with HTTP ${status} ${sameAsLast(tries, got)} time(s)${message ? `: ${message}` : ""}.${askedAgain(asked)} Check the backend's logs${request.path === "/events" ? "; the event can be sent again safely (it is deduplicated by id)" : ""}.`,
        { kind: "server", status },
      );
    }
    const hint = status === 404 ? " — check that backend-url is the flow backend's base URL" : "";
    throw new FlowBackendError(`${at} refused ${what} with HTTP ${status}${message ? `: ${message}` : ""}${hint}.`, { kind: "rejected", status });
  }
}

/**
 * How many attempts got what this last one got: it, and the tries just before it that got the
 * same, which are taken off `tries` (the final message counts them; withEarlierTries tells the rest).
 */
function sameAsLast(tries: Tried[], got: Tried): number {
  let same = 1;
  while (tries.length > 0 && tries[tries.length - 1]?.text === got.text) {
    tries.pop();
    same += 1;
  }
  return same;
}

/** "answered HTTP 503 on POST /events (2 time(s)), then did not answer POST /events within 5 s (1 time(s))". */
function tellTries(tries: Tried[]): string {
  const runs: Array<{ text: string; times: number }> = [];
  for (const tried of tries) {
    const run = runs[runs.length - 1];
    if (run?.text === tried.text) run.times += 1;
    else runs.push({ text: tried.text, times: 1 });
  }
  return runs.map((run) => `${run.text} (${run.times} time(s))`).join(", then ");
}

function lastStatus(tries: Tried[]): number | undefined {
  return tries.findLast((tried) => tried.status !== undefined)?.status;
}

/**
 * A request's failure after earlier attempts says what they got, whatever ended it (a 429 and
 * then a silence was told as the silence alone), and keeps the status of the last answer when
 * its own failure had none.
 */
function withEarlierTries(error: unknown, tries: Tried[]): unknown {
  if (!(error instanceof FlowBackendError) || tries.length === 0) return error;
  const status = error.status ?? lastStatus(tries);
  const { kind, field, code } = error;
  return new FlowBackendError(`${error.message} Before that, the flow backend ${tellTries(tries)}.`, {
    kind,
    ...(status !== undefined ? { status } : {}),
    ...(field ? { field } : {}),
    ...(code ? { code } : {}),
  });
}

function mayHaveArrived(request: BackendRequest): void {
  if (request.resent) request.resent.afterPossibleDelivery = true;
}

/** Certificates that no authority this job trusts signed (Node's codes, from OpenSSL's X509_V_ERR_*). */
const UNTRUSTED_CERTIFICATE_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_UNTRUSTED",
]);

/**
 * Why the backend cannot be reached, with what to change: "check backend-url" says nothing to
 * someone whose backend's certificate the runner does not trust. NODE_EXTRA_CA_CERTS is read by
 * the Node process the action runs in: https://nodejs.org/api/cli.html#node_extra_ca_certsfile
 */
function unreachable(url: string, code: string): string {
  const at = `the flow backend at ${displayUrl(url)}`;
  if (UNTRUSTED_CERTIFICATE_CODES.has(code)) {
    return `${at} presents a TLS certificate this job does not trust (${code}). If your own certificate authority signed it, give the job that authority's certificate: set NODE_EXTRA_CA_CERTS to the path of its PEM file in the step's env.`;
  }
  if (code === "CERT_HAS_EXPIRED" || code === "CERT_NOT_YET_VALID") {
    return `${at} presents a TLS certificate that is out of its validity dates (${code}): renew it on the backend (or check this machine's clock).`;
  }
  if (code === "ERR_TLS_CERT_ALTNAME_INVALID") {
    return `the TLS certificate of ${at} is for another host name (${code}): set backend-url to a host name the certificate names.`;
  }
  if (code === "ERR_SSL_WRONG_VERSION_NUMBER") {
    return `${at} does not speak TLS (${code}): backend-url says https://, but the server at that address answers plain http — check backend-url's scheme and port.`;
  }
  if (code.startsWith("HPE_") || code === "HTTPParserError" || code === "UND_ERR_HEADERS_OVERFLOW") {
    // llhttp's parse errors: the server reached answered, but not in HTTP a client can read.
    return `${at} answered with something that is not a readable HTTP answer (${code}): check that backend-url's host and port are the flow backend's, not another service's.`;
  }
  if (!/^[A-Z][A-Z0-9_]*$/.test(code)) {
    // No system error's code: the backend (or what stands in front of it) was reached, and its
    // answer refused (undici's reason: too many content codings...), or the request never left.
    return `the request to ${at} failed: ${code} — check the backend, or what stands in front of it, and backend-url.`;
  }
  return `cannot reach ${at}: ${code} — check backend-url.`;
}

/**
 * The backend took the connection and closed it without answering, on every try: not a host or
 * port to check, but the backend (or what stands in front of it). A TLS server does this to a
 * request in plain http, so an http:// backend-url is told of https://.
 */
function dropped(url: string, what: string, code: string, attempts: number): string {
  const plain = url.trim().toLowerCase().startsWith("http:");
  const times = attempts > 1 ? `, ${attempts} time(s)` : "";
  return `the flow backend at ${displayUrl(url)} closed the connection without answering ${what} (${code}${times}). Check the backend's logs${plain ? "; if it serves https (a TLS server closes a plain http request so), set backend-url to its https:// address" : ""}.`;
}

/** The answer's text, read no further than `limit` bytes. */
async function readAnswer(
  response: Response,
  read: { limit: number; what: string },
  connection: BackendConnection,
  shared?: { turns: AnswerTurns; held: Turn },
): Promise<string> {
  const { limit } = read;
  const declared = Number(response.headers.get("content-length"));
  if (declared > limit) tooLarge(response, limit, connection);
  if (!response.body) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > limit) tooLarge(response, limit, connection);
    chunks.push(chunk);
    // Past its share, the rest is read (and parsed, by the caller) in its turn.
    if (shared && !shared.held.release && size > SHARED_ANSWER_BYTES) shared.held.release = await shared.turns.take();
  }
  const bytes = Buffer.concat(chunks);
  // An error's text is only quoted: bytes that are not UTF-8 are shown as U+FFFD.
  if (!response.ok) return new TextDecoder().decode(bytes);
  try {
    // As fetch's response.json() reads it: a UTF-8 byte order mark (which .NET and PowerShell
    // servers write) is dropped, not taken for the start of invalid JSON.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // JSON is UTF-8 (https://www.rfc-editor.org/rfc/rfc8259#section-8.1). Read with U+FFFD for
    // the bytes that are not, a run id is no longer the backend's: the wait reported run "r�1"
    // as finished, and a cancel or replay would name a run the backend never had.
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered ${read.what} with bytes that are not UTF-8 (HTTP ${response.status}, at byte ${(firstInvalidByte(bytes) + 1).toLocaleString("en-US")} of ${bytes.length.toLocaleString("en-US")}): JSON is UTF-8, and a run id or text read with those bytes replaced would not be the backend's — check the backend's encoding of its answers.`,
      { kind: "invalid-response", status: response.status },
    );
  }
}

/** Where the first byte that is not UTF-8 is: a decoder replaces it, so the text no longer encodes back to the same bytes there. */
function firstInvalidByte(bytes: Buffer): number {
  const again = Buffer.from(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
  let at = 0;
  while (at < bytes.length && bytes[at] === again[at]) at += 1;
  return at;
}

function redirectTarget(location: string, from: string): string {
  try {
    // The redirect's own path is shown (where it points is the news); a secret path of
    // backend-url in it is masked by the redactor, which holds it (urlPathSecrets).
    const shown = urlWithoutSecrets(new URL(location, from).toString())?.url.replace(/\/+$/, "");
    return shown === undefined ? "an invalid address" : redacted(shown).clip(HEADER_CHARS, "…");
  } catch {
    return "an invalid address";
  }
}

function tooLarge(response: Response, limit: number, connection: BackendConnection): never {
  void response.body?.cancel().catch(() => undefined);
  throw new FlowBackendError(
    `the answer of the flow backend at ${displayUrl(connection.url)} is larger than ${limit / 1024 / 1024} MiB (HTTP ${response.status}); a flow backend's answers are small — check backend-url.`,
    { kind: "invalid-response", status: response.status, code: TOO_LARGE },
  );
}

/**
 * `<backend-url>` + `/events` or `/runs?eventId=`: the path joined to the URL's path, before its
 * query string (whose parameters are kept, then the request's added); without user:password,
 * which fetch refuses and which go in the authorization header instead (basicCredentials).
 */
export function backendEndpoint(baseUrl: string, path: string): string {
  const url = new URL(baseUrl);
  const [pathname = "", query = ""] = path.split("?", 2);
  url.username = "";
  url.password = "";
  url.hash = "";
  url.pathname = `${url.pathname.replace(/\/+$/, "")}${pathname}`;
  for (const [name, value] of new URLSearchParams(query)) url.searchParams.append(name, value);
  return url.toString();
}

async function requestHeaders(connection: BackendConnection, body: string | undefined): Promise<Record<string, string>> {
  const headers: Record<string, string> = { accept: "application/json", "user-agent": "flows-action" };
  const basic = basicCredentials(connection.url);
  if (connection.token) headers.authorization = `Bearer ${connection.token}`;
  else if (basic) headers.authorization = `Basic ${Buffer.from(basic).toString("base64")}`;
  if (connection.apiKey) headers["x-api-key"] = connection.apiKey;
  if (body !== undefined) {
    headers["content-type"] = "application/json";
    if (connection.hmacSecret) headers["x-flow-signature-256"] = await signBody(connection.hmacSecret, body);
  }
  return headers;
}

/**
 * `sha256=<hex HMAC-SHA256 of the exact body>`: GitHub's webhook signature scheme, so we sign
 * with @octokit/webhooks' own implementation, loaded only when a secret is configured.
 */
async function signBody(secret: string, body: string): Promise<string> {
  let sign: (secret: string, payload: string) => Promise<string>;
  try {
    ({ sign } = await import("@octokit/webhooks-methods"));
  } catch {
    throw new FlowBackendError(
      "backend-hmac-secret is set but @octokit/webhooks-methods, which signs the request, is not installed.",
      { kind: "configuration" },
    );
  }
  return sign(secret, body);
}

function parseJson(text: string, response: Response, connection: BackendConnection, what: string): unknown {
  // Measured before it is parsed: JSON.parse would build any nesting and any number of objects.
  const shape = jsonShape(text, { maxDepth: MAX_ANSWER_DEPTH, maxContainers: MAX_ANSWER_CONTAINERS });
  if (!shape.ok && shape.exceeded === "depth") tooDeep(connection, what, response);
  if (!shape.ok) {
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered ${what} with more than ${MAX_ANSWER_CONTAINERS.toLocaleString("en-US")} JSON objects and arrays (HTTP ${response.status}); a flow backend's answers hold at most 1,000 runs and their results, far fewer — check the backend.`,
      { kind: "invalid-response", status: response.status },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    // The header is the backend's text too, as long as its headers may be (16 KiB): cut.
    const type = redacted(response.headers.get("content-type") ?? "no content-type").clip(HEADER_CHARS, "…");
    // Redacted whole before the cut: a cut through a secret leaves a part no later redaction matches.
    const start = redacted(redact(text.trim(), secretsOf(connection))).chars(120).text || "(empty body)";
    throw new FlowBackendError(
      `the flow backend at ${displayUrl(connection.url)} answered ${what} with invalid JSON (HTTP ${response.status}, ${type}): ${start} — check that backend-url points at the flow backend's API, not a web page or proxy.`,
      { kind: "invalid-response", status: response.status },
    );
  }
  // No walk of the parsed value: the text's nesting was measured exactly above.
  return value;
}

function tooDeep(connection: BackendConnection, what: string, response: Response): never {
  throw new FlowBackendError(
    `the flow backend at ${displayUrl(connection.url)} answered ${what} with JSON nested more than ${MAX_ANSWER_DEPTH} levels deep (HTTP ${response.status}); a flow backend's answers hold events and results of at most ${MAX_PAYLOAD_DEPTH} levels — check the backend.`,
    { kind: "invalid-response", status: response.status },
  );
}

/** The backend's own explanation (schemas/backend-error.schema.json), or its answer's plain text. */
function backendMessage(text: string, connection: BackendConnection): string {
  let message = text.trim();
  try {
    // An error's body is parsed under the same limits as an answer's; past them it is plain text.
    if (!jsonShape(text, { maxDepth: MAX_ANSWER_DEPTH, maxContainers: MAX_ANSWER_CONTAINERS }).ok) throw new Error("not read");
    const body = JSON.parse(text) as unknown;
    if (validateBackendError(body)) message = explanation(body);
  } catch {
    // Not JSON: the text itself is the message.
  }
  return redacted(redact(message, secretsOf(connection)))
    .map((text) => text.replace(/\s+/g, " "))
    .clip(300, "...");
}

/** Of the forms schemas/backend-error.schema.json takes, the first a body holds: `{error}`, `{error: {message}}`, `{message}`. */
function explanation(body: BackendErrorAnswer): string {
  if ("error" in body && typeof body.error === "string") return body.error;
  if ("error" in body && isObject(body.error) && typeof body.error.message === "string") return body.error.message;
  return (body as { message: string }).message;
}

function secretsOf(connection: BackendConnection): Array<string | undefined> {
  return [connection.token, connection.apiKey, connection.hmacSecret];
}

/**
 * undici hides the system error under `cause` (sometimes an AggregateError of attempts). An error
 * with no code anywhere is told by the innermost reason, not fetch's own "fetch failed": undici
 * refuses an answer of more than 5 content codings so, with the reason only in its cause.
 */
function networkCode(error: unknown): string {
  let current: unknown = error;
  let innermost: unknown = error;
  for (let depth = 0; depth < 4 && isObject(current); depth++) {
    if (typeof current.code === "string" && current.code !== "") return current.code;
    // Node 24's fetch leaves an HTTP parse error's code undefined (Node 20's says HPE_…): its name tells it.
    if (current.name === "HTTPParserError") return "HTTPParserError";
    innermost = current;
    const nested = Array.isArray(current.errors) ? current.errors[0] : undefined;
    current = current.cause ?? nested;
  }
  const reason = isObject(innermost) && typeof innermost.message === "string" ? innermost.message : String(innermost);
  return logText(redacted(redactor.redact(reason)).clip(REASON_CHARS, "…"));
}

/** Characters of a network failure's reason in a message. */
const REASON_CHARS = 300;

function backoff(connection: BackendConnection, attempt: number): number {
  return Math.min(connection.retryDelayMs * 2 ** (attempt - 1), MAX_RETRY_DELAY_MS);
}

/**
 * What `Retry-After` (seconds, or an HTTP date) asks for: `ms`, when it names a time to come
 * (a negative, past or unreadable value asks for nothing, and our own backoff is used), which a
 * retry honours within the same cap as our own backoff and never past the request's deadline
 * (the caller cuts it); and `shown`, the header as a message may quote it: the backend's text,
 * so redacted, and only when it is short and plainly a number or a date.
 * https://www.rfc-editor.org/rfc/rfc9110#field.retry-after
 */
function askedRetry(response: Response, connection: BackendConnection): { ms?: number; shown?: string } {
  const header = response.headers.get("retry-after");
  if (header === null) return {};
  const text = header.trim();
  const ms = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) * 1000 : Date.parse(text) - Date.now();
  // Redacted before it is looked at: a header that echoes the token is as plain as a number.
  const value = redacted(redact(header, secretsOf(connection))).text;
  const shown = value.length <= RETRY_AFTER_CHARS && /^[\w ,:+.-]*$/.test(value) ? value : undefined;
  return { ...(Number.isFinite(ms) && ms > 0 ? { ms } : {}), ...(shown !== undefined ? { shown } : {}) };
}

/** Characters of a Retry-After header quoted in a message: an HTTP date has 29. */
const RETRY_AFTER_CHARS = 40;

/**
 * The last answer's Retry-After, in the message of a request whose retries are spent: a backend
 * that asked to be called again in 10 minutes was waited for at most MAX_RETRY_DELAY_MS, and the
 * user can only tell so from the message.
 */
function askedAgain(asked: { ms?: number; shown?: string }): string {
  if (asked.ms === undefined) return "";
  const header = asked.shown ? ` (Retry-After: ${asked.shown})` : "";
  const capped = asked.ms > MAX_RETRY_DELAY_MS ? `, longer than the ${seconds(MAX_RETRY_DELAY_MS)} the action waits before a retry` : "";
  return ` It asked to be called again in ${duration(asked.ms)}${header}${capped}.`;
}

/** A wait the backend asked for, in the unit a person reads it in: "0.5 s", "10 min", "3 h", "1157 days". */
function duration(ms: number): string {
  if (ms < 120_000) return seconds(ms);
  if (ms < 2 * 3_600_000) return `${Math.round(ms / 60_000)} min`;
  if (ms < 2 * 86_400_000) return `${Math.round(ms / 3_600_000)} h`;
  return `${Math.round(ms / 86_400_000).toLocaleString("en-US")} days`;
}

/** Characters of a header's value (a content type, a redirect's address) in a message: the backend's text, up to 16 KiB. */
const HEADER_CHARS = 200;

/** Characters of a request's path in a message: a run id in it is the backend's text, which may be megabytes long. */
const PATH_CHARS = 300;

/** A request's path as a message shows it: redacted, then cut to PATH_CHARS. */
export function shownPath(path: string): string {
  return redacted(path).clip(PATH_CHARS, "…");
}

/** Pauses `ms`, or until `deadline` if that is sooner; true when the pause was cut at the deadline. */
async function pauseWithin(ms: number, deadline: number, signal: AbortSignal | undefined, what: string): Promise<boolean> {
  const left = Math.max(0, deadline - performance.now());
  await pause(Math.min(ms, left), signal, what);
  return ms >= left;
}

export async function pause(ms: number, signal: AbortSignal | undefined, what: string): Promise<void> {
  try {
    // Whole milliseconds, rounded up: a timer rounds down, and would wake just before a deadline.
    await sleep(Math.ceil(ms), undefined, signal ? { signal } : {});
  } catch {
    throw aborted(what);
  }
}

/** A signal that aborts `ms` after `signal` does. */
function abortedLater(signal: AbortSignal, ms: number): AbortSignal {
  const later = new AbortController();
  const start = (): void => {
    setTimeout(() => later.abort(signal.reason), ms).unref();
  };
  if (signal.aborted) start();
  else signal.addEventListener("abort", start, { once: true });
  return later.signal;
}

/** Canceled before the request was sent at all. */
function notSent(what: string): FlowBackendError {
  return new FlowBackendError(`the dispatch to the flow backend was canceled before ${what} was sent.`, { kind: "aborted", code: NOT_SENT });
}

/** `status`: the backend had begun to answer (the answer's body was cut), which a 2xx says it received the request. */
function aborted(what: string, status?: number): FlowBackendError {
  const reading = status === undefined ? "" : `, while its answer (HTTP ${status}) was read`;
  return new FlowBackendError(`the dispatch to the flow backend was canceled during ${what}${reading}.`, { kind: "aborted", ...(status !== undefined ? { status } : {}) });
}

export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** Whether a request carries any credential: a token, an API key, a signature or the URL's user-info. */
function sentCredentials(connection: BackendConnection): boolean {
  if (connection.token || connection.apiKey || connection.hmacSecret) return true;
  try {
    const url = new URL(connection.url);
    return url.username !== "" || url.password !== "";
  } catch {
    return false;
  }
}
