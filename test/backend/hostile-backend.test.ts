import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type BackendDispatchOptions, dispatchToBackend } from "../../src/backend/index.js";
import type { FlowEvent, FlowRunView } from "../../src/contracts.js";
import { type FlowBackend, type FlowBackendOptions, startFlowBackend } from "../support/flow-backend.js";
import { cpuTimed, timedUnderLoad } from "../helpers/stalls.js";
import { failure } from "./failure.js";

// A flow backend is outside the action: whatever it answers (dripped, huge, throttled, or runs
// with values out of range) must cost bounded time and memory and end in a message that says
// what happened, without the token. The times bounded are time the process could run
// (timedUnderLoad, test/helpers/stalls.ts): what a defect costs here is waiting, which the stalls
// of a busy machine, left out, do not hide.

const token = "backend-token-hostile-0123456789";
const SCRIPTS: FlowBackendOptions["scripts"] = {
  "t.ok": [{ flow: "notes", step: "draft", result: { status: "completed", message: "drafted" }, afterMs: 60 }],
};

// Closed once the file is done, not after each test: the tests of a describe.concurrent run side
// by side (they wait, mostly), and an afterEach would close the backends of those still running.
const backends: FlowBackend[] = [];
afterAll(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
});

async function backend(behaviour: FlowBackendOptions["behaviour"]): Promise<FlowBackend> {
  const started = await startFlowBackend({ token, scripts: SCRIPTS, behaviour });
  backends.push(started);
  return started;
}

/**
 * A backend whose run stays queued for 20 s, for a wait that runs out with the run named
 * "(queued)", as the answer to POST /events describes it. With SCRIPTS' 60 ms run, a busy machine
 * wrote that answer after the run had finished (the wait then ended at once, with no failure).
 */
async function backendOfAQueuedRun(behaviour: FlowBackendOptions["behaviour"]): Promise<FlowBackend> {
  const started = await startFlowBackend({ token, scripts: { "t.ok": [{ flow: "notes", step: "draft", result: { status: "completed" }, afterMs: 60_000 }] }, behaviour });
  backends.push(started);
  return started;
}

function event(): FlowEvent {
  return { id: `test:t.ok:${Math.random().toString(36).slice(2)}`, type: "t.ok", receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };
}

function options(server: FlowBackend, more: Partial<BackendDispatchOptions> = {}): BackendDispatchOptions {
  return { url: server.url, token, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 5_000, ...more };
}

const timed = timedUnderLoad;

describe.concurrent("a flow backend that asks to be called back later", () => {
  // First, so that its wait (about 11 s) runs beside the others.
  it("a throttled run list past the deadline ends the wait with the runs canceled or named, and says what the backend answered", async ({ expect }) => {
    const server = await backendOfAQueuedRun({ throttle: { status: 429, retryAfter: "99999999", after: 1 } });
    // A cancel budget of 6 s: under a loaded suite the cancel's 429 came after 1 s, and the
    // message then had no answer to name; in CI's full run a 3 s budget was spent before the
    // cancel was sent ("did not answer … within 0 s"). A Retry-After obeyed would wait 3 years.
    const { value: error, ms } = await timed(failure(dispatchToBackend(event(), options(server, { timeoutMs: 1_000, cancelBudgetMs: 6_000 }))));
    // The wait, its last look (5 s at most) and the cancel budget, each spent whole here (about
    // 11 s on a quiet machine), with room for CI's load: an obeyed Retry-After would take years.
    expect(ms).toBeLessThan(30_000);
    expect(error.kind).toBe("timeout");
    expect(error.message).toMatch(/^1 run still not finished after 1 s: run_\w+ notes\/draft \(queued\)/);
    expect(error.message).toContain("answered HTTP 429, Retry-After: 99999999 (slow down) on POST /runs/");
    expect(error.message).not.toContain(token);
  }, 45_000);

  it("a Retry-After far past the wait's end costs no more than the wait, and the message names the 429, not a silence", async ({ expect }) => {
    const server = await backend({ throttle: { status: 429, retryAfter: "99999999" } });
    // A wait long enough for the first answer (the 429) to arrive under CI's full load: with
    // 1.5 s it once ran out before the backend had answered at all, and no status was known.
    const { value: error, ms } = await timed(failure(dispatchToBackend(event(), options(server, { timeoutMs: 5_000 }))));
    expect(ms).toBeLessThan(7_500);
    expect(error.kind).toBe("timeout");
    expect(error.status).toBe(429);
    expect(error.message).toBe(
      `the flow backend at ${server.url} answered HTTP 429, Retry-After: 99999999 (slow down) on POST /events (1 time(s)), and the time for POST /events ran out before it could be sent again. Check the backend's logs.`,
    );
  });

  it.for(["-5", "1e400", "Wed, 21 Oct 2015 07:28:00 GMT", "soon ::error::x"])("a Retry-After of %j (negative, out of range, past, not a time) falls back on the action's own backoff", async (retryAfter, { expect }) => {
    const server = await backend({ throttle: { status: 503, retryAfter } });
    const { value: error, ms } = await timed(failure(dispatchToBackend(event(), options(server, { retries: 3 }))));
    expect(ms).toBeLessThan(1_500);
    expect(error.kind).toBe("server");
    expect(error.message).toBe(
      `the flow backend at ${server.url} failed POST /events with HTTP 503 4 time(s): slow down. Check the backend's logs; the event can be sent again safely (it is deduplicated by id).`,
    );
  });

  it("the message of a request whose retries are spent repeats the Retry-After the backend asked for, and says the action waits less", async ({ expect }) => {
    const server = await backend({ throttle: { status: 503, retryAfter: "600" } });
    const error = await failure(dispatchToBackend(event(), options(server, { retries: 0 })));
    expect(error.kind).toBe("server");
    expect(error.status).toBe(503);
    expect(error.message).toBe(
      `the flow backend at ${server.url} failed POST /events with HTTP 503 1 time(s): slow down. It asked to be called again in 10 min (Retry-After: 600), longer than the 15 s the action waits before a retry. Check the backend's logs; the event can be sent again safely (it is deduplicated by id).`,
    );
  });

  it("a Retry-After given as an HTTP date is said as the wait it asks for, after the date itself", async ({ expect }) => {
    const date = new Date(Date.now() + 3 * 3_600_000).toUTCString();
    const server = await backend({ throttle: { status: 429, retryAfter: date } });
    const error = await failure(dispatchToBackend(event(), options(server, { retries: 0 })));
    expect(error.message).toContain(`failed POST /events with HTTP 429 1 time(s): slow down. It asked to be called again in 3 h (Retry-After: ${date}), longer than the 15 s`);
  });

  it("a Retry-After that carries the token is not quoted, in the last answer's message or in the earlier attempts'", async ({ expect }) => {
    // The backend's header is its text: one that echoes the credentials is as plain as a number.
    const server = await backend({ throttle: { status: 429, retryAfter: token, times: 1 } });
    let calls = 0;
    const thenHangs: typeof fetch = (input, init) =>
      ++calls === 1 ? fetch(input, init) : new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const error = await failure(dispatchToBackend(event(), options(server, { fetch: thenHangs, retries: 1, requestTimeoutMs: 1_000 })));
    expect(calls).toBe(2);
    expect(error.message).toContain("Before that, the flow backend answered HTTP 429 (slow down) on POST /events (1 time(s)).");
    expect(error.message).not.toContain(token);
  });

  it("a Retry-After given as an HTTP date is waited for", async ({ expect }) => {
    const server = await backend({ throttle: { status: 503, retryAfter: () => new Date(Date.now() + 2_500).toUTCString(), times: 1 } });
    const sent: number[] = [];
    const stamped: typeof fetch = (input, init) => {
      if (String(input).endsWith("/events")) sent.push(Date.now());
      return fetch(input, init);
    };
    const outcome = await dispatchToBackend(event(), options(server, { fetch: stamped }));
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["completed"]);
    expect(sent).toHaveLength(2);
    // The date has whole seconds: 2.5 s ahead is at least 1.5 s.
    expect((sent[1] ?? 0) - (sent[0] ?? 0)).toBeGreaterThanOrEqual(1_400);
  });
});

describe.concurrent("a flow backend that answers slowly or hugely", () => {
  it("an answer dripped a byte at a time is given up once the request's time is spent, retried once, and said so", async ({ expect }) => {
    const server = await backend({ drip: { everyMs: 50 } });
    // 1.5 s a request, not 0.4 s: on a busy machine this process (which is also the backend) may
    // not run for half a second, and a request aborted before the backend read it is not seen
    // there. The wait's own time (60 s) is past the drip's, about 25 s (508 bytes, 50 ms each),
    // so that a request whose answer had no time limit would cost that: two cost 3 s.
    const { value: error, ms } = await timed(failure(dispatchToBackend(event(), options(server, { requestTimeoutMs: 1_500, retries: 1, timeoutMs: 60_000 }))));
    expect(ms).toBeLessThan(4_500);
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe(`the flow backend at ${server.url} did not finish answering POST /events in time (HTTP 200), 2 time(s).`);
    expect(server.requests.filter((request) => request.path === "/events")).toHaveLength(2);
  });
});

describe.concurrent("run records with values out of range", () => {
  async function runWith(runFields: Record<string, unknown>): Promise<FlowRunView> {
    const server = await backend({ runFields });
    const outcome = await dispatchToBackend(event(), options(server));
    return outcome.runs[0] as FlowRunView;
  }

  it("keeps times as ISO strings it wrote, never the backend's text (which GitHub's check runs may refuse, or which may carry anything in parentheses)", async ({ expect }) => {
    const run = await runWith({ startedAt: "Wed, 01 Jan 2025 00:00:00 GMT", createdAt: "2025-01-01 (::error::injected [x](javascript:alert(1)))", completedAt: 1_735_689_601_000 });
    expect([run.createdAt, run.startedAt, run.completedAt]).toEqual(["2025-01-01T00:00:00.000Z", "2025-01-01T00:00:00.000Z", "2025-01-01T00:00:01.000Z"]);
  });

  it.for([-5_000, 1e300])("replaces a duration of %d ms by the one the run's times give", async (durationMs, { expect }) => {
    const run = await runWith({ durationMs });
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
    expect(run.durationMs).toBe(Date.parse(run.completedAt ?? "") - Date.parse(run.startedAt ?? ""));
  });

  it("numbers attempts the backend numbered below 1 or past any count by their place", async ({ expect }) => {
    const run = await runWith({ attempts: [{ status: "failed", number: -3 }, { status: "completed", number: 1e308 }, { status: "completed", number: 3 }] });
    expect(run.attempts.map((attempt) => attempt.number)).toEqual([1, 2, 3]);
  });

  it('refuses a flowVersion of "1e999", which the pattern of numbers takes but which is Infinity, naming the field', async ({ expect }) => {
    const server = await backend({ runFields: { flowVersion: "1e999" } });
    const error = await failure(dispatchToBackend(event(), options(server)));
    expect(error.kind).toBe("invalid-response");
    expect(error.message).toMatch(/field "flowVersion" is "1e999"; expected a finite number \(the flow\.toml version\)\.$/);
  });
});

describe.concurrent("a backend that goes away during the wait", () => {
  it("keeps polling through a restart (connection refused) while the wait has time, and reports the runs", async ({ expect }) => {
    const server = await backend(undefined);
    let refused = 0;
    // The backend's process restarts after taking the event: for a while, nothing listens.
    const restarting: typeof fetch = (input, init) => {
      if (String(input).includes("/runs") && refused++ < 6) {
        return Promise.reject(new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) }));
      }
      return fetch(input, init);
    };
    const outcome = await dispatchToBackend(event(), options(server, { fetch: restarting }));
    expect(refused).toBeGreaterThan(6);
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["completed"]);
  });

  it("keeps polling through 503s past the retries of one request, and names the last failure when the wait runs out", async ({ expect }) => {
    const server = await backendOfAQueuedRun({ throttle: { status: 503, after: 1 } });
    const { value: error, ms } = await timed(failure(dispatchToBackend(event(), options(server, { retries: 1, timeoutMs: 1_000, cancelOnTimeout: false }))));
    // The wait and its last look (5 s at most): it ends, whatever the 503s.
    expect(ms).toBeLessThan(7_000);
    expect(error.kind).toBe("timeout");
    expect(error.message).toMatch(/^1 run still not finished after 1 s: run_\w+ notes\/draft \(queued\); raise the timeout if they need longer, or see why on the flow backend at http:\/\/127\.0\.0\.1:\d+\. The last look at the runs failed: the flow backend at http:\/\/127\.0\.0\.1:\d+ failed GET \/runs\?eventId=\S+ with HTTP 503 2 time\(s\): slow down\. Check the backend's logs\. /);
    expect(server.requests.filter((request) => request.path === "/runs").length).toBeGreaterThan(2);
  });
});

describe.concurrent("runs that disappear from the backend", () => {
  it("a run listed, then unknown to the backend (404), is reported failed on its own, and the wait goes on for the others", async ({ expect }) => {
    const server = await startFlowBackend({
      token,
      scripts: {
        "t.gone": [
          { flow: "notes", step: "draft", result: { status: "completed" }, afterMs: 300 },
          { flow: "notes", step: "vanish", afterMs: 900, vanishAfterMs: 450 },
        ],
      },
    });
    backends.push(server);
    const { value: outcome, ms } = await timed(dispatchToBackend({ ...event(), type: "t.gone" }, options(server)));
    expect(ms).toBeLessThan(2_000);
    expect(outcome.runs.map((run) => [run.stepName, run.processStatus, run.effectiveStatus])).toEqual([
      ["draft", "completed", "completed"],
      ["vanish", "failed", "failed"],
    ]);
    const gone = outcome.runs[1] as FlowRunView;
    expect(gone.error).toMatch(/^The flow backend no longer knows this run: it was last reported (queued|running), then GET \/runs\/run_\w+ answered HTTP 404\. What became of it is unknown: look at the backend's logs\.$/);
    // Whichever it was last seen as (the poll's timing decides), no attempt is left going.
    expect(gone.attempts.map((attempt) => attempt.status).filter((status) => status !== "failed")).toEqual([]);
  });

  it("a run the dispatch result names but the backend never knows (404) fails the wait with a message that says so, not one about backend-url", async ({ expect }) => {
    const { url, close } = await scripted((method, path) => {
      if (method === "POST") return { status: 200, body: { status: "accepted", runIds: ["r1"], matched: 1 } };
      if (path.startsWith("/runs?")) return { status: 200, body: { runs: [] } };
      return { status: 404, body: { error: "not found" } };
    });
    try {
      const error = await failure(dispatchToBackend(event(), { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 3_000 }));
      expect(error).toMatchObject({ kind: "invalid-response", status: 404 });
      expect(error.message).toBe(`the flow backend at ${url} named run "r1" among the runs it started, but does not list it and answers GET /runs/r1 with HTTP 404: that run cannot be followed. Check the backend.`);
    } finally {
      await close();
    }
  });
});

describe.concurrent("a run id thousands of characters long", () => {
  it("is cut in the messages that name the request for it, as in those that name the run", async ({ expect }) => {
    const id = `r${"x".repeat(10_000)}`;
    const { url, close } = await scripted((method, path) => {
      if (method === "POST") return { status: 200, body: { status: "accepted", runIds: [id], matched: 1 } };
      if (path.startsWith("/runs?")) return { status: 200, body: { runs: [] } };
      return { status: 404, body: { error: "not found" } };
    });
    try {
      const error = await failure(dispatchToBackend(event(), { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 3_000 }));
      expect(error).toMatchObject({ kind: "invalid-response", status: 404 });
      expect(error.message).toMatch(/^the flow backend at \S+ named run "rx{78}…" among the runs it started, but does not list it and answers GET \/runs\/rx{292}… with HTTP 404/);
      expect(error.message.length).toBeLessThan(1_000);
    } finally {
      await close();
    }
  });
});

describe.concurrent("a dispatch result about another event", () => {
  it("is refused, and no other event's runs are waited for or reported as this one's", async ({ expect }) => {
    const paths: string[] = [];
    const other = { id: "other", type: "pull_request.opened", receivedAt: "2025-01-01T00:00:00Z", payload: { pull_request: { number: 999 } } };
    const { url, close } = await scripted((method, path) => {
      paths.push(`${method} ${path}`);
      if (method === "POST") return { status: 200, body: { status: "accepted", eventId: "other", runIds: ["r1"], matched: 1, event: other } };
      return { status: 200, body: { runs: [{ id: "r1", eventId: "other", flowName: "f", stepName: "s", processStatus: "completed", createdAt: 1 }] } };
    });
    try {
      const sent = event();
      const error = await failure(dispatchToBackend(sent, { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 3_000 }));
      expect(error).toMatchObject({ kind: "invalid-response", field: "eventId" });
      expect(error.message).toBe(
        `the flow backend at ${url} answered POST /events for another event, "other", than the one sent, "${sent.id}", so its runs are not this event's. Check the backend.`,
      );
      expect(paths).toEqual(["POST /events"]);
    } finally {
      await close();
    }
  });

  it("reports the event sent, not the one the backend echoes under the same id", async ({ expect }) => {
    const sent = event();
    const { url, close } = await scripted((method) => {
      if (method === "POST") return { status: 200, body: { status: "accepted", runIds: [], matched: 0, event: { ...sent, type: "::error::swapped", payload: { pull_request: { number: 999 } } } } };
      return { status: 200, body: { runs: [] } };
    });
    try {
      const outcome = await dispatchToBackend(sent, { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 3_000 });
      expect(outcome.event).toEqual(sent);
      expect(outcome.eventId).toBe(sent.id);
    } finally {
      await close();
    }
  });
});

// The runs of event "e", which is the one sent: runs of other events are not its own.
const runOfE = (id: string, processStatus: string) => ({ id, eventId: "e", flowName: "f", stepName: id, processStatus, createdAt: 1 });
const eventE = (): FlowEvent => ({ ...event(), id: "e" });

describe.concurrent("a dispatch result that names no runs", () => {
  it("with steps matched, waits for that many runs of the event to be listed and to finish, instead of reporting none", async ({ expect }) => {
    let polls = 0;
    const { url, close } = await scripted((method) => {
      if (method === "POST") return { status: 200, body: { status: "accepted", matched: 2 } };
      polls += 1;
      if (polls === 1) return { status: 200, body: { runs: [] } };
      if (polls === 2) return { status: 200, body: { runs: [runOfE("r1", "completed")] } };
      if (polls === 3) return { status: 200, body: { runs: [runOfE("r1", "completed"), runOfE("r2", "running")] } };
      return { status: 200, body: { runs: [runOfE("r1", "completed"), runOfE("r2", "completed")] } };
    });
    try {
      const outcome = await dispatchToBackend(eventE(), { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 3_000 });
      expect(outcome.runs.map((view) => [view.id, view.processStatus])).toEqual([
        ["r1", "completed"],
        ["r2", "completed"],
      ]);
      expect(outcome.runIds).toEqual(["r1", "r2"]);
      expect(outcome.matched).toBe(2);
    } finally {
      await close();
    }
  });

});

// Below, tests that run alone: they set the clock (performance.now, Date) every test of this
// process reads, count this process's CPU time and memory, time a computing-heavy wait, or must
// see an answer within a deadline of a few hundred ms, which tests running beside them made late.
describe("a dispatch result that names no runs, alone (a deadline of 0.4 s)", () => {
  it("says how many matched steps never showed up as runs when the wait runs out", async () => {
    const { url, close } = await scripted((method) => {
      if (method === "POST") return { status: 200, body: { status: "accepted", matched: 3 } };
      return { status: 200, body: { runs: [runOfE("r1", "completed")] } };
    });
    try {
      const error = await failure(dispatchToBackend(eventE(), { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 400 }));
      expect(error.kind).toBe("timeout");
      expect(error.message).toBe(
        `the backend matched 3 steps but named none of their runs, and 2 of them never showed up in GET /runs?eventId= within 0.4 s; raise the timeout if they need longer, or see why on the flow backend at ${url}.`,
      );
      expect(error.runs.map((view) => view.id)).toEqual(["r1"]);
    } finally {
      await close();
    }
  });
});

describe("a flow backend that answers slowly or hugely, alone (the clock set, CPU and memory counted)", () => {
  it.each([
    // Its limit is the time left when it was sent: on a busy machine, 0.9 s of the wait's 1 s.
    ["no answer at all", /did not answer POST \/events within (1|0\.\d) s\.$/],
    ["headers, then a body that never ends", /did not finish answering POST \/events in time \(HTTP 200\)\.$/],
  ])("a request whose time limit is the deadline, given %s, is not sent again when its timer wakes a moment early", async (what, said) => {
    const server = await backend({});
    // A timer counts from the event loop's last tick, so under load it wakes a few ms before
    // performance.now() reaches the deadline. Here the clock is set 50 ms back while the first
    // request waits; the old code then sent it again with 50 ms to answer, and said "within 0.05 s, 2 time(s)".
    const real = performance.now.bind(performance);
    let lag = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => real() - lag);
    let calls = 0;
    const stalling: typeof fetch = async (_input, init) => {
      calls += 1;
      setTimeout(() => {
        lag = 50;
      }, 300);
      const never = new Promise<never>((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
      if (what === "no answer at all") return never;
      const body = new ReadableStream<Uint8Array>({ pull: () => never });
      return new Response(body, { status: 200, headers: { "content-type": "application/json" } });
    };
    try {
      const error = await failure(dispatchToBackend(event(), options(server, { timeoutMs: 1_000, fetch: stalling })));
      expect(calls).toBe(1);
      expect(error.kind).toBe("timeout");
      expect(error.message.startsWith(`the flow backend at ${server.url} `)).toBe(true);
      expect(error.message).toMatch(said);
    } finally {
      clock.mockRestore();
    }
  });

  it("a gzip bomb (200 MiB of JSON in a few hundred KiB) is read no further than 16 MiB", async () => {
    const server = await backend({ gzip: { padBytes: 200 * 1024 * 1024 } });
    const before = process.memoryUsage().rss;
    // Its cost is computing (inflating, and the backend here compressing): CPU time, which a busy
    // machine does not stretch as it does the wall clock. The wait has time for all 200 MiB, so
    // that reading past 16 MiB costs CPU time, not a timeout.
    const { value: error, cpuMs } = await cpuTimed(() => failure(dispatchToBackend(event(), options(server, { timeoutMs: 60_000 }))));
    expect(cpuMs).toBeLessThan(3_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(150 * 1024 * 1024);
    expect(error.message).toBe(`the answer of the flow backend at ${server.url} is larger than 16 MiB (HTTP 200); a flow backend's answers are small — check backend-url.`);
  });
});

describe("a flow backend that asks to be called back later, alone (the clock set)", () => {
  it("a wait cut at the deadline whose timer wakes a moment early sends nothing more, and still names the 429", async () => {
    const server = await backend({ throttle: { status: 429, retryAfter: "99999999" } });
    // A timer counts from the event loop's last tick, so under load it wakes a few ms before
    // performance.now() reaches the deadline. Here the clock is set 50 ms back during the pause
    // after the 429; the old code then sent the request again with 50 ms to answer, and when it
    // did not (this fetch never answers twice), said only "did not answer … within 0.05 s".
    const real = performance.now.bind(performance);
    let lag = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => real() - lag);
    let calls = 0;
    const lagging: typeof fetch = async (input, init) => {
      if (++calls > 1) return new Promise<Response>((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
      const response = await fetch(input, init);
      // Once the pause has begun (its length counted on the true clock).
      setTimeout(() => {
        lag = 50;
      }, 300);
      return response;
    };
    try {
      const error = await failure(dispatchToBackend(event(), options(server, { timeoutMs: 1_000, fetch: lagging })));
      expect(calls).toBe(1);
      expect(error.kind).toBe("timeout");
      expect(error.status).toBe(429);
      expect(error.message).toContain("answered HTTP 429, Retry-After: 99999999 (slow down) on POST /events (1 time(s)), and the time for POST /events ran out");
    } finally {
      clock.mockRestore();
    }
  });

  it("keeps to its own time when the wall clock is stepped during a wait (NTP on a VM): a 60 s jump ends no wait", async () => {
    const server = await backend({ throttle: { status: 503, retryAfter: "1", times: 1 } });
    vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
    try {
      let calls = 0;
      const stepped: typeof fetch = (input, init) => {
        // After the first answer is read, the clock jumps a minute ahead, past the 5 s timeout.
        if (calls++ === 0) setTimeout(() => vi.setSystemTime(Date.now() + 60_000), 100);
        return fetch(input, init);
      };
      const outcome = await dispatchToBackend(event(), options(server, { fetch: stepped }));
      expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["completed"]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("run records with very long names", () => {
  it("a wait that runs out names at most 100 of 150 runs, each name cut, in its message and in the cancels'", { timeout: 60_000 }, async () => {
    const huge = "f".repeat(20_000);
    const runs = Array.from({ length: 150 }, (_, index) => ({ flow: huge, step: `s${index}`, afterMs: 60_000 }));
    const server = await startFlowBackend({ token, scripts: { "t.many": runs } });
    backends.push(server);
    // A cancel budget (default 3 s) a busy machine does not spend on 150 cancels of this size:
    // what is pinned here is the names, not the budget (test/backend/cancel.test.ts).
    const error = await failure(dispatchToBackend({ ...event(), type: "t.many" }, options(server, { timeoutMs: 2_000, cancelBudgetMs: 20_000 })));
    expect(error.kind).toBe("timeout");
    expect(error.runs.map((run) => run.processStatus)).toEqual(Array(150).fill("canceled"));
    expect(error.message).toMatch(/^150 runs still not finished after 2 s: run_\w+ f{79}…\/s0 \(\w+\), /);
    expect(error.message).toContain(` and 50 more (each run in the report says which); raise the timeout if they need longer, or see why on the flow backend at ${server.url}.`);
    expect(error.message).toContain(" and 50 more (each run in the report says which).");
    expect(error.message.length).toBeLessThan(2 * 100 * 120);
  });
});

describe("many runs, listed a few at a time", () => {
  it("fetches the runs a capped list leaves out 8 at a time, not one after another, and the finished ones no more", { timeout: 60_000 }, async () => {
    const runs = Array.from({ length: 300 }, (_, index) => ({ flow: "many", step: `s${index}`, result: { status: "completed" as const }, afterMs: 30 }));
    const server = await startFlowBackend({ token, scripts: { "t.many": runs }, behaviour: { runsListLimit: 10 } });
    backends.push(server);
    let inFlight = 0;
    let most = 0;
    // 30 ms a request, as to a backend across a network: one after another, 290 of them took 9 s a poll.
    const distant: typeof fetch = async (input, init) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        await new Promise((done) => setTimeout(done, 30));
        const answer = await fetch(input, init);
        if (!String(input).endsWith("/events")) return answer;
        // The answer to POST /events names the runs' ids only. With them, it describes the runs
        // as they were when it was written: queued, but on a busy machine that takes longer than
        // their 30 ms, all finished, and the wait ends with nothing fetched.
        const body = (await answer.json()) as Record<string, unknown>;
        delete body.runs;
        return Response.json(body, { status: answer.status });
      } finally {
        inFlight -= 1;
      }
    };
    const { value: outcome, ms } = await timed(dispatchToBackend({ ...event(), type: "t.many" }, options(server, { fetch: distant, timeoutMs: 15_000 })));
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(Array(300).fill("completed"));
    expect(most).toBe(8);
    // 1.3 to 1.5 s alone, 4.4 s (stalls left out) beside test/action: the fetches' own CPU time
    // grows on a busy machine, not only the stalls. One after another, the fetches wait 290 × 30 ms,
    // 8.7 s a poll, which a busy machine only lengthens.
    expect(ms).toBeLessThan(290 * 30 - 1_000);
    // Each run is fetched until it is seen finished, then no more: about 290 fetches a poll, not each poll.
    expect(server.requests.filter((request) => request.path.startsWith("/runs/")).length).toBeLessThan(2 * 290);
  });
});

describe("a run list that holds large results", () => {
  it("still sees a finished run the backend reopened after the list was no longer read: the last look asks for each run by id", { timeout: 60_000 }, async () => {
    const data = "r".repeat(2 * 1024 * 1024);
    // The backend reopens the run once the wait has seen it finished, not at a time: reopened
    // 1 s after it was made, a busy machine's first look came later (CI under load), saw it running
    // again, and nothing was reopened after it was seen finished. The backend's clock (Date.now;
    // the wait's is performance.now) jumps to the reopening when the wait first asks for a run by
    // id, which it does once the large list, holding the finished run's result, is no longer read.
    const server = await startFlowBackend({
      token,
      scripts: {
        "t.big": [
          { flow: "big", step: "reopened", result: { status: "completed", message: "first look", data }, afterMs: 30, reopen: { atMs: 60_000, forMs: 300, result: { status: "failed", message: "second look" } } },
          { flow: "big", step: "slow", result: { status: "completed", message: "slow" }, afterMs: 63_000 },
        ],
      },
    });
    backends.push(server);
    const real = Date.now.bind(Date);
    let ahead = 0;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => real() + ahead);
    let sentAt = 0;
    const reopening: typeof fetch = (input, init) => {
      const path = new URL(String(input)).pathname;
      if (path === "/events") sentAt = real();
      // At most 60 s since the runs were made, on the backend's clock: reopened within the moment
      // the backend took to make them, 3 s before the slow run ends.
      else if (ahead === 0 && path.startsWith("/runs/")) ahead = 60_000 - (real() - sentAt);
      return fetch(input, init);
    };
    const warnings: string[] = [];
    try {
      const outcome = await dispatchToBackend({ ...event(), type: "t.big" }, options(server, { timeoutMs: 20_000, fetch: reopening, warn: (message) => warnings.push(message) }));
      expect(ahead).toBeGreaterThan(0);
      expect(outcome.runs.map((run) => run.resultPayload?.message)).toEqual(["second look", "slow"]);
      expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["failed", "completed"]);
      expect(warnings).toHaveLength(1);
      // Reopened and finished again between two looks at it: its later outcome is the one reported, with a warning.
      expect(warnings[0]).toMatch(/^the flow backend changed run \S+ big\/reopened after reporting it finished: it was completed, it is now failed \(attempt 2\)\./);
    } finally {
      clock.mockRestore();
    }
  });
});

/** A backend that answers each request with whatever `answer` returns, as JSON. */
async function scripted(answer: (method: string, path: string) => { status: number; body: unknown }): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      const { status, body } = answer(request.method ?? "GET", request.url ?? "/");
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) };
}
