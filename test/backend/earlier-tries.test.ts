import { afterAll, describe, it } from "vitest";
import { type BackendDispatchOptions, dispatchToBackend, replayOnBackend } from "../../src/backend/index.js";
import { MIN_REQUEST_MS, NOT_SENT, requestJson } from "../../src/backend/http.js";
import type { FlowEvent } from "../../src/contracts.js";
import { type FlowBackend, type FlowBackendOptions, startFlowBackend } from "../support/flow-backend.js";
import { failure } from "./failure.js";

// A request tried more than once fails with a message about all of its attempts: what ended it,
// and before that what the backend answered (a 429, a 503) or did not. The requests are counted,
// not timed.

const token = "backend-token-earlier-0123456789";
const SCRIPTS: FlowBackendOptions["scripts"] = {
  "t.ok": [{ flow: "notes", step: "draft", result: { status: "completed" }, afterMs: 60 }],
};

// Closed once the file is done, not after each test: the tests run side by side (each waits for
// a request's time limit), and an afterEach would close the backends of those still running.
const backends: FlowBackend[] = [];
afterAll(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
});

async function backend(behaviour: FlowBackendOptions["behaviour"] = {}): Promise<FlowBackend> {
  const started = await startFlowBackend({ token, scripts: SCRIPTS, behaviour });
  backends.push(started);
  return started;
}

function event(): FlowEvent {
  return { id: `test:t.ok:${Math.random().toString(36).slice(2)}`, type: "t.ok", receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };
}

function options(server: FlowBackend, more: Partial<BackendDispatchOptions> = {}): BackendDispatchOptions {
  return { url: server.url, token, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 10_000, ...more };
}

/** Never answers: only the request's time limit (or the signal) ends it. */
function hang(init: RequestInit | undefined): Promise<Response> {
  return new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
}

/** A fetch that answers the first `real` calls from the backend, and the others as `then` says. */
function thenFails(real: number, then: (init: RequestInit | undefined) => Promise<Response>): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  const wrapped: typeof fetch = (input, init) => (++calls <= real ? fetch(input, init) : then(init));
  return { fetch: wrapped, calls: () => calls };
}

function reset(): Promise<Response> {
  return Promise.reject(new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) }));
}

describe.concurrent("a request that failed after earlier attempts", () => {
  it("a 429 with a short Retry-After, then a retry that is not answered in time, names both, and keeps the 429's status", async ({ expect }) => {
    const server = await backend({ throttle: { status: 429, retryAfter: "0.1" } });
    const { fetch: wrapped, calls } = thenFails(1, hang);
    const error = await failure(dispatchToBackend(event(), options(server, { fetch: wrapped, retries: 1, requestTimeoutMs: 2_000 })));
    expect(calls()).toBe(2);
    expect(error.kind).toBe("timeout");
    expect(error.status).toBe(429);
    expect(error.message).toBe(
      `the flow backend at ${server.url} did not answer POST /events within 2 s. Before that, the flow backend answered HTTP 429, Retry-After: 0.1 (slow down) on POST /events (1 time(s)).`,
    );
  });

  it("a 503, then a dropped connection on the last try, names the 503 and keeps its status", async ({ expect }) => {
    const server = await backend({ throttle: { status: 503, retryAfter: "0.1" } });
    const { fetch: wrapped, calls } = thenFails(2, reset);
    const error = await failure(dispatchToBackend(event(), options(server, { fetch: wrapped, retries: 2 })));
    expect(calls()).toBe(3);
    expect(error).toMatchObject({ kind: "unreachable", code: "ECONNRESET", status: 503 });
    expect(error.message).toMatch(/closed the connection without answering POST \/events \(ECONNRESET\)\. Check the backend's logs; .*\. Before that, the flow backend answered HTTP 503, Retry-After: 0\.1 \(slow down\) on POST \/events \(2 time\(s\)\)\.$/);
  });

  it("a silence, then a 503 on the last try, names the silence", async ({ expect }) => {
    const server = await backend({ throttle: { status: 503 } });
    let calls = 0;
    const wrapped: typeof fetch = (input, init) => (++calls === 1 ? hang(init) : fetch(input, init));
    const error = await failure(dispatchToBackend(event(), options(server, { fetch: wrapped, retries: 1, requestTimeoutMs: 2_000 })));
    expect(calls).toBe(2);
    expect(error).toMatchObject({ kind: "server", status: 503 });
    expect(error.message).toBe(
      `the flow backend at ${server.url} failed POST /events with HTTP 503 1 time(s): slow down. Check the backend's logs; the event can be sent again safely (it is deduplicated by id). Before that, the flow backend did not answer POST /events within 2 s (1 time(s)).`,
    );
  });

  it("a silence, then a 429 whose Retry-After is past the deadline, names both attempts when the time runs out", async ({ expect }) => {
    const server = await backend({ throttle: { status: 429, retryAfter: "99999999" } });
    let calls = 0;
    const wrapped: typeof fetch = (input, init) => (++calls === 1 ? hang(init) : fetch(input, init));
    const error = await failure(dispatchToBackend(event(), options(server, { fetch: wrapped, retries: 3, requestTimeoutMs: 2_000, timeoutMs: 6_000 })));
    expect(calls).toBe(2);
    expect(error).toMatchObject({ kind: "timeout", status: 429 });
    expect(error.message).toBe(
      `the flow backend at ${server.url} did not answer POST /events within 2 s (1 time(s)), then answered HTTP 429, Retry-After: 99999999 (slow down) on POST /events (1 time(s)), and the time for POST /events ran out before it could be sent again. Check the backend's logs.`,
    );
  });

  it("a dropped connection, then a refusal (HTTP 404), names the dropped connection", async ({ expect }) => {
    const server = await backend();
    let calls = 0;
    const wrapped: typeof fetch = (input, init) => (++calls === 1 ? reset() : fetch(`${String(input)}/nowhere`, init));
    const error = await failure(dispatchToBackend(event(), options(server, { fetch: wrapped, retries: 1 })));
    expect(calls).toBe(2);
    expect(error).toMatchObject({ kind: "rejected", status: 404 });
    expect(error.message).toContain(" Before that, the flow backend dropped the connection (ECONNRESET) on POST /events (1 time(s)).");
  });
});

describe.concurrent("a 404 that was only an earlier attempt's answer", () => {
  it("is not read as the backend holding no such event: a replay whose 404 broke off, then timed out, says it timed out", async ({ expect }) => {
    const server = await backend();
    // GET /events/:id answers 404, but the answer breaks off mid-body (retried), and the retry is
    // not answered in time: the error keeps the 404 as the last status the backend gave.
    let calls = 0;
    const broken: typeof fetch = (_input, init) => {
      calls += 1;
      if (calls > 1) return hang(init);
      const body = new ReadableStream({
        start(controller) {
          controller.error(Object.assign(new TypeError("terminated"), { cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }) }));
        },
      });
      return Promise.resolve(new Response(body, { status: 404, headers: { "content-type": "application/json" } }));
    };
    const error = await failure(replayOnBackend("evt-broken-404", { url: server.url, token, retries: 1, retryDelayMs: 20, requestTimeoutMs: 500, timeoutMs: 5_000, fetch: broken }));
    expect(calls).toBe(2);
    expect(error.kind).toBe("timeout");
    expect(error.message).not.toContain("holds no event");
  });
});

describe.concurrent("a request with less than MIN_REQUEST_MS of its time left", () => {
  it("is not sent, and says so, instead of failing 'within 0 s'", async ({ expect }) => {
    const server = await backend();
    let calls = 0;
    const counting: typeof fetch = (_input, init) => {
      calls += 1;
      return hang(init);
    };
    const connection = { url: server.url, token, fetch: counting, retries: 2, retryDelayMs: 20, requestTimeoutMs: 5_000 };
    const error = await failure(requestJson(connection, { method: "GET", path: "/runs?eventId=x", deadline: performance.now() + MIN_REQUEST_MS / 4 }));
    expect(calls).toBe(0);
    expect(error).toMatchObject({ kind: "timeout", code: NOT_SENT });
    expect(error.message).toMatch(new RegExp(`^GET /runs\\?eventId=x was not sent to the flow backend at ${server.url.replace(/\./g, "\\.")}: its time ran out first \\(\\d+ ms were left, and a request is sent with at least ${MIN_REQUEST_MS} ms\\)\\.$`));
  });
});

describe.concurrent("a job canceled while the backend's answer is read", () => {
  /** Answers `path` from the backend with its status and the first bytes of its body, then never the rest; aborts the job then. */
  function cutAnswer(path: RegExp): { fetch: typeof fetch; signal: AbortSignal } {
    const controller = new AbortController();
    const wrapped: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method !== "POST" || !path.test(new URL(String(input)).pathname)) return response;
      const text = await response.text();
      const never = new Promise<never>((_, reject) => init.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
      let sent = false;
      const body = new ReadableStream<Uint8Array>({
        pull: async (stream) => {
          if (sent) return never;
          sent = true;
          stream.enqueue(new TextEncoder().encode(text.slice(0, 10)));
          controller.abort();
        },
      });
      return new Response(body, { status: response.status, headers: { "content-type": "application/json" } });
    };
    return { fetch: wrapped, signal: controller.signal };
  }

  it("says that the backend received the event (its answer began, HTTP 200), not that it may have", async ({ expect }) => {
    const server = await backend();
    const error = await failure(dispatchToBackend(event(), options(server, cutAnswer(/\/events$/))));
    expect(error).toMatchObject({ kind: "aborted", status: 200 });
    expect(error.message).toMatch(/^the dispatch to the flow backend was canceled during POST \/events, while its answer \(HTTP 200\) was read\. The backend received it \(HTTP 200\), but the rest of its answer, which names the runs it started, did not come within 1\.5 s, so they were not canceled: look at GET \/runs\?eventId=/);
    expect(server.requests.filter((request) => request.path === "/events")).toHaveLength(1);
  });

  it("says so for a replay too", async ({ expect }) => {
    const server = await backend();
    const sent = event();
    await dispatchToBackend(sent, options(server));
    const error = await failure(replayOnBackend(sent.id, options(server, cutAnswer(/\/replay$/))));
    expect(error).toMatchObject({ kind: "aborted", status: 200 });
    expect(error.message).toContain("while its answer (HTTP 200) was read. The backend received it (HTTP 200), but the rest of its answer, which names the replay's runs, did not come within 1.5 s");
  });
});
