import { createHmac } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { type BackendDispatchOptions, dispatchToBackend, } from "../../src/backend/index.js";
import { MAX_ANSWER_BYTES, MAX_ANSWER_DEPTH } from "../../src/backend/http.js";
import type { FlowEvent, FlowRunView } from "../../src/contracts.js";
import { type FlowBackend, type FlowBackendOptions, startFlowBackend } from "../support/flow-backend.js";
import { failure } from "./failure.js";
import { timedUnderLoad } from "../helpers/stalls.js";

const SCRIPTS: FlowBackendOptions["scripts"] = {
  "t.ok": [
    { flow: "bindings", step: "regenerate", result: { status: "changed", message: "bindings updated" }, afterMs: 120 },
    { flow: "notes", step: "draft", result: { status: "completed" }, afterMs: 60 },
  ],
  "t.blocked": [{ flow: "release", step: "publish", result: { status: "blocked", message: "waiting on npm" }, afterMs: 60 }],
};

// Closed once the file is done, not after each test: the tests of a describe.concurrent run side
// by side (they wait, mostly), and an afterEach would close the backends of those still running.
const backends: FlowBackend[] = [];
afterAll(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
});

async function backend(options: FlowBackendOptions = {}): Promise<FlowBackend> {
  const started = await startFlowBackend({ scripts: SCRIPTS, ...options });
  backends.push(started);
  return started;
}

function event(type: string, id = `test:${type}:${Math.random().toString(36).slice(2)}`): FlowEvent {
  return { id, type, receivedAt: "2025-01-02T03:04:05.000Z", payload: { repo: "openai/codex", tag: "v1" } };
}

/** Fast polling and retries, so the suite stays quick; each test overrides what it checks. */
function fast(server: FlowBackend, options: Partial<BackendDispatchOptions> = {}): BackendDispatchOptions {
  return { url: server.url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 5_000, ...options };
}

/**
 * A fetch for a backend whose scripted run reopens 60 s after the runs were made: the backend's
 * clock (Date.now; the wait's is performance.now) jumps there once an answer first shows the run
 * finished (its result holds `seen`), so the reopening comes after the wait saw it finished, on a
 * busy machine too. `during` restores the clock when the dispatch ends and checks the jump came.
 */
function reopenOnceSeenFinished(seen: string): { fetch: typeof fetch; during<T>(dispatch: Promise<T>): Promise<T> } {
  const real = Date.now.bind(Date);
  let ahead = 0;
  let sentAt = 0;
  return {
    fetch: async (input, init) => {
      const path = new URL(String(input)).pathname;
      if (path === "/events") sentAt = real();
      const response = await fetch(input, init);
      if (ahead === 0 && path.startsWith("/runs") && (await response.clone().text()).includes(seen)) ahead = 60_000 - (real() - sentAt);
      return response;
    },
    async during(dispatch) {
      const clock = vi.spyOn(Date, "now").mockImplementation(() => real() + ahead);
      try {
        return await dispatch;
      } finally {
        clock.mockRestore();
        expect(ahead).toBeGreaterThan(0);
      }
    },
  };
}

describe.concurrent("dispatchToBackend", () => {
  it("polls an accepted event until every run has finished and returns it like a local dispatch", async ({ expect }) => {
    // Runs queued for their first 0.8 s and 1 s: with the 40 ms and 20 ms of SCRIPTS' runs, a busy
    // machine answered POST /events after both had finished, and the event was never polled.
    const server = await backend({
      scripts: {
        "t.ok": [
          { flow: "bindings", step: "regenerate", result: { status: "changed", message: "bindings updated" }, afterMs: 3_000 },
          { flow: "notes", step: "draft", result: { status: "completed" }, afterMs: 2_400 },
        ],
      },
    });
    const progress: FlowRunView[][] = [];
    const outcome = await dispatchToBackend(event("t.ok"), fast(server, { onProgress: (runs) => progress.push(runs) }));

    expect(outcome).toMatchObject({ status: "accepted", matched: 2, mismatches: [], problems: [], shadowed: [], children: [], dryRun: false });
    expect(outcome.idempotent).toBeUndefined();
    expect(outcome.runs.map((run) => [run.flowName, run.processStatus, run.effectiveStatus, run.needsAttention])).toEqual([
      ["bindings", "completed", "changed", false],
      ["notes", "completed", "completed", false],
    ]);
    expect(outcome.runIds).toEqual(outcome.runs.map((run) => run.id));
    expect(outcome.runs[0]?.resultPayload).toEqual({ status: "changed", message: "bindings updated" });
    expect(outcome.runs[0]?.attempts).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === "GET" && r.path === "/runs").length).toBeGreaterThan(0);
    expect(progress.at(0)?.map((run) => run.processStatus)).toEqual(["queued", "queued"]);
    expect(progress.at(-1)?.map((run) => run.processStatus)).toEqual(["completed", "completed"]);
  });

  it("answers a redelivered event id as a duplicate with the stored runs and starts nothing new", async ({ expect }) => {
    const server = await backend();
    const delivered = event("t.ok");
    const first = await dispatchToBackend(delivered, fast(server));
    const second = await dispatchToBackend(delivered, fast(server));

    expect(second.status).toBe("duplicate");
    expect(second.idempotent).toBe(true);
    expect(second.runIds).toEqual(first.runIds);
    expect(second.runs.map((run) => run.effectiveStatus)).toEqual(["changed", "completed"]);
    expect(server.runCount()).toBe(2);
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(2);
  });

  it("marks a blocked run as needing attention", async ({ expect }) => {
    const server = await backend();
    const outcome = await dispatchToBackend(event("t.blocked"), fast(server));
    expect(outcome.runs).toHaveLength(1);
    expect(outcome.runs[0]).toMatchObject({ processStatus: "completed", resultStatus: "blocked", effectiveStatus: "blocked", needsAttention: true });
  });

  it("returns an accepted event that matched no flow without polling", async ({ expect }) => {
    const server = await backend();
    const outcome = await dispatchToBackend(event("t.unknown"), fast(server));
    expect(outcome).toMatchObject({ status: "accepted", matched: 0, runIds: [], runs: [] });
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /events"]);
  });

  it("retries a transient 500 on POST /events and dispatches the event once", async ({ expect }) => {
    const server = await backend({ behaviour: { failPost500Times: 2 } });
    const outcome = await dispatchToBackend(event("t.ok"), fast(server));
    expect(outcome.status).toBe("accepted");
    expect(server.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([500, 500, 200]);
    expect(server.runCount()).toBe(2);
  });

  it("fails with a clear error naming the status when the backend keeps answering 500", async ({ expect }) => {
    const server = await backend({ behaviour: { failPost500Times: 10 } });
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server, { retries: 2 })));
    expect(error.kind).toBe("server");
    expect(error.status).toBe(500);
    expect(error.message).toContain("failed POST /events with HTTP 500 3 time(s): simulated backend failure");
    expect(error.stack).toBeDefined();
    expect(server.requests).toHaveLength(3);
  });

  it("asks again when one request is not answered in time, while the wait has time left", async ({ expect }) => {
    const server = await backend();
    let hung = 0;
    // The first poll of the runs hangs, as behind a stalled proxy: only its time limit ends it.
    // The answer to POST /events names the runs' ids only: with the runs, it describes them as
    // they were when it was written, and on a busy machine (CI) that was after their 120 ms, all
    // finished, so the wait ended without a poll.
    const hangOnce: typeof fetch = async (input, init) => {
      if (String(input).endsWith("/events")) {
        const answer = await fetch(input, init);
        const body = (await answer.json()) as Record<string, unknown>;
        delete body.runs;
        return Response.json(body, { status: answer.status });
      }
      if (!String(input).includes("/runs?") || hung++ > 0) return fetch(input, init);
      return new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    };
    const outcome = await dispatchToBackend(event("t.ok"), fast(server, { fetch: hangOnce, requestTimeoutMs: 150 }));
    expect(hung).toBeGreaterThan(1);
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["changed", "completed"]);
  });

  it("says which request was not answered in time once the retries are spent", async ({ expect }) => {
    const server = await backend();
    const hang: typeof fetch = (_input, init) => new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)));
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server, { fetch: hang, requestTimeoutMs: 50, retries: 1 })));
    expect(error.kind).toBe("timeout");
    expect(error.message).toBe(`the flow backend at ${server.url} did not answer POST /events within 0.1 s, 2 time(s).`);
  });


  it("reports rejected credentials without ever printing the token", async ({ expect }) => {
    const token = "flows_tok_s3cr3t_value";
    const server = await backend({ token });
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server, { token: "flows_tok_wrong_value" })));
    expect(error.kind).toBe("credentials");
    expect(error.message).toContain(`the flow backend at ${server.url} rejected the credentials`);
    expect(error.message).toContain("check backend-token / backend-hmac-secret");
    expect(error.message).not.toContain("flows_tok");
    expect(server.runCount()).toBe(0);
  });

  it("says that no credentials were sent when every credential input is empty, as on a fork's pull request", async ({ expect }) => {
    const server = await backend({ token: "flows_tok_s3cr3t_value" });
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server, { token: "" })));
    expect(error.kind).toBe("credentials");
    expect(error.message).toContain(`the flow backend at ${server.url} asked for credentials (HTTP 401 on POST /events`);
    expect(error.message).toContain("and none were sent: backend-token, backend-api-key and backend-hmac-secret are all empty");
    expect(error.message).toContain("pull requests from forks and Dependabot get no secrets");
    expect(server.runCount()).toBe(0);
  });

  it("sends the bearer token and API key the backend asks for", async ({ expect }) => {
    const server = await backend({ token: "tok-123456", apiKey: "key-abcdef" });
    const outcome = await dispatchToBackend(event("t.ok"), fast(server, { token: "tok-123456", apiKey: "key-abcdef" }));
    expect(outcome.runs).toHaveLength(2);
    expect(server.requests.every((r) => r.status === 200)).toBe(true);
    expect(server.requests[0]?.headers.authorization).toBe("Bearer tok-123456");
    expect(server.requests[0]?.headers["x-api-key"]).toBe("key-abcdef");
  });

  it("signs the exact body with the shared secret and the backend verifies it", async ({ expect }) => {
    const secret = "hmac-shared-secret";
    const server = await backend({ hmacSecret: secret });
    const outcome = await dispatchToBackend(event("t.blocked"), fast(server, { hmacSecret: secret }));
    expect(outcome.status).toBe("accepted");
    const post = server.requests.find((r) => r.method === "POST");
    const expected = `sha256=${createHmac("sha256", secret).update(post?.body ?? "").digest("hex")}`;
    expect(post?.headers["x-flow-signature-256"]).toBe(expected);
    expect(post?.status).toBe(200);
  });

  it("is refused as bad credentials when signed with the wrong secret", async ({ expect }) => {
    const server = await backend({ hmacSecret: "the-right-secret" });
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server, { hmacSecret: "the-wrong-secret" })));
    expect(error.kind).toBe("credentials");
    expect(error.message).toContain("x-flow-signature-256 does not match the body");
    expect(error.message).not.toContain("the-wrong-secret");
    expect(server.runCount()).toBe(0);
  });

  it("normalises answers wrapped in {data: ...} with legacy run fields into run views", async ({ expect }) => {
    const server = await backend({ behaviour: { wrap: "data", runShape: "legacy" } });
    const outcome = await dispatchToBackend(event("t.blocked"), fast(server));
    expect(outcome.status).toBe("accepted");
    const run = outcome.runs[0];
    expect(run).toMatchObject({ processStatus: "completed", resultStatus: "blocked", effectiveStatus: "blocked", needsAttention: true, runner: "bun" });
    // No attempts in the legacy shape: the finished run's one attempt is made from its own fields.
    expect(run?.attempts).toEqual([{ id: run?.id, number: 1, status: "completed", resultStatus: "blocked" }]);
    expect(run?.resultPayload?.message).toBe("waiting on npm");
    expect(run?.createdAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it("fetches runs one by one when the backend's run list leaves some out", async ({ expect }) => {
    const server = await backend({ behaviour: { runsListLimit: 1 } });
    const outcome = await dispatchToBackend(event("t.ok"), fast(server));
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["changed", "completed"]);
    expect(server.requests.some((r) => r.method === "GET" && r.path.startsWith("/runs/run_"))).toBe(true);
  });


  it("reports the later outcome of a finished run the backend ran again unseen, and says that it changed", async ({ expect }) => {
    const server = await backend({
      behaviour: { runsListLimit: 1 },
      scripts: {
        "t.reopen": [
          { flow: "slow", step: "build", result: { status: "completed" }, afterMs: 500 },
          { flow: "quick", step: "check", result: { status: "completed" }, afterMs: 60, reopen: { atMs: 300, forMs: 40, result: { status: "blocked", message: "ran again" } } },
        ],
      },
    });
    const warnings: string[] = [];
    const outcome = await dispatchToBackend(event("t.reopen"), fast(server, { warn: (message) => warnings.push(message) }));
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["completed", "blocked"]);
    expect(outcome.runs[1]?.needsAttention).toBe(true);
    expect(warnings).toEqual([
      `the flow backend changed run ${outcome.runs[1]?.id} quick/check after reporting it finished: it was completed, it is now blocked (attempt 2). The later outcome is reported.`,
    ]);
  });
});

describe.concurrent("dispatchToBackend failures", () => {
  it("names ECONNREFUSED and backend-url when nothing listens", async ({ expect }) => {
    const server = await startFlowBackend();
    await server.close();
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server)));
    expect(error.kind).toBe("unreachable");
    expect(error.message).toBe(`cannot reach the flow backend at ${server.url}: ECONNREFUSED — check backend-url.`);
  });

  it("does not retry a refused connection, which is a configuration problem", async ({ expect }) => {
    const server = await startFlowBackend();
    await server.close();
    let calls = 0;
    const counting: typeof fetch = (input, init) => {
      calls += 1;
      return fetch(input, init);
    };
    await failure(dispatchToBackend(event("t.ok"), fast(server, { fetch: counting })));
    expect(calls).toBe(1);
  });

  it("retries POST /events after the connection drops, since the backend dedupes by event id", async ({ expect }) => {
    const server = await backend({ behaviour: { dropPostConnections: 2 } });
    const outcome = await dispatchToBackend(event("t.ok"), fast(server));
    expect(outcome.status).toBe("accepted");
    expect(server.requests.filter((r) => r.method === "POST")).toHaveLength(1);
    expect(server.runCount()).toBe(2);
  });

  it("reports its own event as accepted, not as a redelivery, when the backend answers the retry of a POST whose answer was lost with duplicate", async ({ expect }) => {
    const server = await backend();
    let lost = 0;
    // The backend takes the event and starts its runs, then the connection breaks before the answer arrives.
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (lost++ > 0 || !String(input).endsWith("/events")) return response;
      await response.text();
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    };
    const outcome = await dispatchToBackend(event("t.ok"), fast(server, { fetch: lossy }));
    expect(server.requests.filter((r) => r.method === "POST").map((r) => r.status)).toEqual([200, 200]);
    expect(outcome.status).toBe("accepted");
    expect(outcome.idempotent).toBeUndefined();
    expect(outcome.matched).toBe(2);
    expect(outcome.runs.map((run) => [run.flowName, run.effectiveStatus])).toEqual([
      ["bindings", "changed"],
      ["notes", "completed"],
    ]);
  });

  it("passes the backend's own message on for a 4xx", async ({ expect }) => {
    const server = await backend({ behaviour: { rejectEvents: { status: 422, message: "event type t.ok is not allowed here" } } });
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server)));
    expect(error).toMatchObject({ kind: "rejected", status: 422 });
    expect(error.message).toBe(`the flow backend at ${server.url} refused POST /events with HTTP 422: event type t.ok is not allowed here.`);
    expect(server.requests).toHaveLength(1);
  });

  it("explains invalid JSON as a backend-url that points at something else", async ({ expect }) => {
    const server = await backend({ behaviour: { htmlInsteadOfJson: true } });
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server)));
    expect(error.kind).toBe("invalid-response");
    expect(error.message).toContain("answered POST /events with invalid JSON (HTTP 200, text/html): <html>");
    expect(error.message).toContain("check that backend-url points at the flow backend's API");
  });

  it("does not follow a redirect, so the token, API key and signed event never reach the other address", async ({ expect }) => {
    const elsewhere = await backend();
    const token = "backend-token-0123456789";
    const apiKey = "api-key-SECRET-987654321";
    const server = await backend({ behaviour: { redirectTo: `${elsewhere.url}/moved` } });
    const error = await failure(
      dispatchToBackend(event("t.ok"), fast(server, { token, apiKey, hmacSecret: "hmac-secret-abcdef" })),
    );
    expect(error).toMatchObject({ kind: "rejected", status: 307 });
    expect(error.message).toBe(
      `the flow backend at ${server.url} answered POST /events with a redirect (HTTP 307) to ${elsewhere.url}/moved/events. Redirects are not followed, since they would send the credentials and the event elsewhere: set backend-url to the address the backend answers at.`,
    );
    expect(server.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("refuses an answer larger than the cap instead of reading it all into memory", async ({ expect }) => {
    const huge = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = "x".repeat(1 << 20);
      response.write('{"status":"accepted","pad":"');
      let written = 0;
      const more = (): void => {
        while (written < MAX_ANSWER_BYTES / chunk.length + 8) {
          written += 1;
          if (!response.write(chunk)) return void response.once("drain", more);
        }
        response.end('"}');
      };
      more();
    });
    await new Promise<void>((resolve) => huge.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(huge.address() as AddressInfo).port}`;
      const error = await failure(dispatchToBackend(event("t.ok"), { url, retryDelayMs: 20, timeoutMs: 10_000 }));
      expect(error).toMatchObject({ kind: "invalid-response", status: 200 });
      expect(error.message).toBe(
        `the answer of the flow backend at ${url} is larger than 16 MiB (HTTP 200); a flow backend's answers are small — check backend-url.`,
      );
    } finally {
      huge.closeAllConnections();
      await new Promise((resolve) => huge.close(resolve));
    }
  });

  it("refuses an answer nested deeper than any event or result, instead of overflowing the stack later", async ({ expect }) => {
    const deep = `${"[".repeat(100_000)}1${"]".repeat(100_000)}`;
    const run = { id: "r1", eventId: "e", flowName: "f", flowVersion: 1, stepName: "s", processStatus: "completed", createdAt: "2025-01-02T03:04:05Z" };
    const answers = [
      deep,
      `{"status":"accepted","runs":[${JSON.stringify(run).slice(0, -1)},"resultPayload":{"status":"completed","x":${deep}}}]}`,
    ];
    for (const answer of answers) {
      const hostile = createServer((_request, response) => {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(answer);
      });
      await new Promise<void>((resolve) => hostile.listen(0, "127.0.0.1", resolve));
      try {
        const url = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
        const error = await failure(dispatchToBackend(event("t.ok"), { url, retryDelayMs: 20, timeoutMs: 5_000 }));
        expect(error).toMatchObject({ kind: "invalid-response", status: 200 });
        expect(error.message).toBe(
          `the flow backend at ${url} answered POST /events with JSON nested more than ${MAX_ANSWER_DEPTH} levels deep (HTTP 200); a flow backend's answers hold events and results of at most 256 levels — check the backend.`,
        );
      } finally {
        hostile.closeAllConnections();
        await new Promise((resolve) => hostile.close(resolve));
      }
    }
  });

  it("refuses a run fetched by id that is another run, instead of polling for it until the wait runs out", async ({ expect }) => {
    const other = { id: "r2", eventId: "e", flowName: "f", flowVersion: 1, stepName: "s", processStatus: "completed", createdAt: "2025-01-02T03:04:05Z" };
    const { url, paths, close } = await scripted((method, path) => {
      if (method === "POST") return { status: "accepted", runIds: ["r1"], matched: 1 };
      if (path.startsWith("/runs?")) return { runs: [] };
      return { run: other };
    });
    try {
      // Stalls left out (test/helpers/stalls.ts): polling until the wait runs out is 3 s of waiting.
      const { value: error, ms } = await timedUnderLoad(() => failure(dispatchToBackend(event("t.ok"), { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 3_000 })));
      expect(ms).toBeLessThan(1_500);
      expect(error).toMatchObject({ kind: "invalid-response", field: "id" });
      expect(error.message).toBe(`the flow backend at ${url} answered GET /runs/r1 with another run, "r2" (f/s), so run "r1" cannot be followed. Check the backend.`);
      expect(paths.filter((path) => path === "/runs/r1")).toHaveLength(1);
    } finally {
      await close();
    }
  });

  it("reports a run the backend names twice once", async ({ expect }) => {
    const sent = event("t.ok", "e");
    const run = { id: "r1", eventId: "e", flowName: "f", flowVersion: 1, stepName: "s", processStatus: "completed", resultStatus: "failed", createdAt: "2025-01-02T03:04:05Z" };
    for (const answer of [
      { status: "accepted", runIds: ["r1", "r1"], runs: [run] },
      { status: "accepted", runs: [run, run] },
    ]) {
      const { url, close } = await scripted(() => answer);
      try {
        const outcome = await dispatchToBackend(sent, { url, pollIntervalMs: 20, timeoutMs: 2_000 });
        expect(outcome.runIds).toEqual(["r1"]);
        expect(outcome.runs.map((view) => view.id)).toEqual(["r1"]);
      } finally {
        await close();
      }
    }
  });

  it("redacts a secret in the backend's answer before quoting the start of it, so the cut leaves no part of the secret", async ({ expect }) => {
    const password = "basic-pass-0123456789abc";
    const answers = [
      new Raw(200, `${"x".repeat(110)}${password} is not JSON`),
      new Raw(400, JSON.stringify({ error: `${"y".repeat(290)}${password} refused` })),
      { status: `${"z".repeat(70)}${password}` },
    ];
    for (const answer of answers) {
      const { url, close } = await scripted(() => answer);
      try {
        const withPassword = url.replace("http://", `http://flows:${password}@`);
        const error = await failure(dispatchToBackend(event("t.ok"), { url: withPassword, retries: 0, timeoutMs: 2_000 }));
        expect(error.message).toContain("***");
        expect(error.message).not.toContain(password.slice(0, 5));
      } finally {
        await close();
      }
    }
  });

  it("waits out no retry delay past the deadline after a dropped connection", async ({ expect }) => {
    const reset: typeof fetch = () => Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } }));
    // Stalls left out (test/helpers/stalls.ts): the retry delay waited out would be 5 s of waiting.
    const { value: error, ms } = await timedUnderLoad(() => failure(dispatchToBackend(event("t.ok"), { url: "http://127.0.0.1:9", fetch: reset, retryDelayMs: 5_000, timeoutMs: 300 })));
    expect(ms).toBeLessThan(2_000);
    expect(error.kind).toBe("timeout");
  });

  it("refuses a backend-url that is not http(s) before sending anything", async ({ expect }) => {
    const error = await failure(dispatchToBackend(event("t.ok"), { url: "ftp://user:pw@flows.example" }));
    expect(error.kind).toBe("configuration");
    expect(error.message).not.toContain("pw");
  });

});

// Below, tests that run alone: they set the clock (performance.now, Date) every test of this
// process reads, or must see an answer within a deadline or abort of a few hundred ms, which tests
// running beside them made late.
describe("dispatchToBackend failures, alone (a deadline or abort of a few hundred ms)", () => {
  it("cancels the runs of its own event on a timeout also when the backend answered the retried POST with duplicate", async () => {
    const server = await backend({ behaviour: { neverFinish: true } });
    let lost = 0;
    const lossy: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (lost++ > 0 || !String(input).endsWith("/events")) return response;
      await response.text();
      throw new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) });
    };
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server, { fetch: lossy, timeoutMs: 400 })));
    expect(error.kind).toBe("timeout");
    expect(error.runs.map((run) => run.processStatus)).toEqual(["canceled", "canceled"]);
    expect(server.requests.filter((r) => r.path.endsWith("/cancel"))).toHaveLength(2);
  });

  it('refuses run ids "." and "..", and ids with a lone surrogate, which a URL path cannot name, before asking about or canceling them', async () => {
    for (const [id, answer] of [
      ["..", { status: "accepted", runIds: [".."], matched: 1 }],
      [".", { status: "accepted", runs: [{ id: ".", eventId: "e", flowName: "f", flowVersion: 1, stepName: "s", processStatus: "running", createdAt: "2025-01-02T03:04:05Z" }] }],
      // encodeURIComponent throws a URIError on half of a UTF-16 pair, which JSON's "\ud800" can carry.
      ["r\\ud800", { status: "accepted", runIds: ["r\ud800"], matched: 1 }],
      ["\\udc00r", { status: "accepted", runs: [{ id: "\udc00r", eventId: "e", flowName: "f", flowVersion: 1, stepName: "s", processStatus: "running", createdAt: "2025-01-02T03:04:05Z" }] }],
    ] as const) {
      const { url, paths, close } = await scripted((method) => (method === "POST" ? answer : { runs: [] }));
      try {
        const error = await failure(dispatchToBackend(event("t.ok"), { url, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 300 }));
        expect(error.kind).toBe("invalid-response");
        expect(error.message).toContain(`"${id}"`);
        expect(error.message).toContain('expected a run id other than "." and ".." and without a lone surrogate (half of a UTF-16 pair), which a URL path cannot name');
        expect(paths).toEqual(["/events"]);
      } finally {
        await close();
      }
    }
  });

  it("stops waiting when the caller aborts and keeps the runs seen so far", async () => {
    const server = await backend({ behaviour: { neverFinish: true } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server, { signal: controller.signal })));
    expect(error.kind).toBe("aborted");
    expect(error.runs).toHaveLength(2);
  });
});

describe("dispatchToBackend, alone (the clock set, or a deadline of 0.3 s)", () => {
  it("times out listing every unfinished run and keeps the partial runs on the error (left running when asked)", async () => {
    const server = await backend({ behaviour: { neverFinish: true } });
    const error = await failure(dispatchToBackend(event("t.ok"), fast(server, { timeoutMs: 300, cancelOnTimeout: false })));
    expect(error.kind).toBe("timeout");
    expect(error.message).toMatch(/^2 runs still not finished after 0\.3 s: run_[0-9a-f]{12} bindings\/regenerate \(running\), run_[0-9a-f]{12} notes\/draft \(running\)/);
    expect(error.runs.map((run) => run.processStatus)).toEqual(["running", "running"]);
    expect(error.outcome?.runs).toEqual(error.runs);
    expect(error.outcome?.status).toBe("accepted");
    expect(error.message).toContain("Left running (backend-cancel-on-timeout is false): the backend at");
    expect(server.requests.filter((request) => request.path.endsWith("/cancel"))).toEqual([]);
  });

  it("looks at the runs once after a pause cut at the deadline, when its timer wakes a moment before the deadline", async () => {
    const server = await backend({ behaviour: { neverFinish: true } });
    // A timer counts from the event loop's last tick, so under load it wakes a few ms before
    // performance.now() reaches the deadline. Here the clock is set 500 ms back during the pause;
    // the old code then paused again for what was left and looked a second time. A wait of 3 s:
    // time enough for POST /events on a busy machine, before the one look at the runs.
    const real = performance.now.bind(performance);
    let lag = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => real() - lag);
    const lagging: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (String(input).endsWith("/events")) {
        setTimeout(() => {
          lag = 500;
        }, 300);
      }
      return answer;
    };
    try {
      const error = await failure(dispatchToBackend(event("t.ok"), fast(server, { fetch: lagging, timeoutMs: 3_000, pollIntervalMs: 60_000, cancelOnTimeout: false })));
      expect(error.kind).toBe("timeout");
      expect(error.message).toMatch(/^2 runs still not finished after 3 s: /);
      expect(server.requests.filter((request) => request.method === "GET" && request.path === "/runs")).toHaveLength(1);
    } finally {
      clock.mockRestore();
    }
  });

  it("follows a finished run the capped list leaves out when the backend reopens it, and reports how it ends again, saying so", async () => {
    // The list names only the first run; the second finishes at once, is seen finished, then is
    // reopened (a second attempt) while the first still runs, and ends otherwise. The backend
    // reopens it once the wait has seen it finished, not at a time: reopened 300 ms after it was
    // made, a busy machine's first look at it came later, saw it running again, and no reopening
    // was seen. The backend's clock (Date.now; the wait's is performance.now) jumps to the
    // reopening when an answer first shows the run finished.
    const server = await backend({
      behaviour: { runsListLimit: 1 },
      scripts: {
        "t.reopen": [
          { flow: "slow", step: "build", result: { status: "completed" }, afterMs: 60_500 },
          { flow: "quick", step: "check", result: { status: "completed", message: "first look" }, afterMs: 60, reopen: { atMs: 60_000, forMs: 1_000, result: { status: "failed", message: "second look" } } },
        ],
      },
    });
    const warnings: string[] = [];
    const reopening = reopenOnceSeenFinished("first look");
    const outcome = await reopening.during(dispatchToBackend(event("t.reopen"), fast(server, { fetch: reopening.fetch, warn: (message) => warnings.push(message) })));
    const quick = outcome.runs[1];
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["completed", "failed"]);
    expect(quick?.resultPayload?.message).toBe("second look");
    expect(quick?.attempts.map((attempt) => [attempt.number, attempt.status])).toEqual([
      [1, "completed"],
      [2, "completed"],
    ]);
    expect(warnings).toEqual([
      `the flow backend reopened run ${quick?.id} quick/check after reporting it finished (completed): it is running again (attempt 2). It is waited for until it finishes again, and reported as it ends then.`,
    ]);
  });

  it("names a run the backend reopened after it had finished when the wait runs out before it finishes again", async () => {
    // Reopened once the wait has seen it finished (as above), not 300 ms in: a busy machine's
    // first look came later and saw it running, never finished.
    const server = await backend({
      behaviour: { runsListLimit: 1 },
      scripts: {
        "t.reopen": [
          { flow: "slow", step: "build", result: { status: "completed" }, afterMs: 60_500 },
          { flow: "quick", step: "check", result: { status: "completed", message: "first look" }, afterMs: 60, reopen: { atMs: 60_000 } },
        ],
      },
    });
    const reopening = reopenOnceSeenFinished("first look");
    const error = await reopening.during(failure(dispatchToBackend(event("t.reopen"), fast(server, { fetch: reopening.fetch, timeoutMs: 1_500, cancelOnTimeout: false }))));
    const id = error.runs?.[1]?.id;
    expect(error.message).toContain(`1 run still not finished after 1.5 s: ${id} quick/check (running, reopened by the backend after it had finished completed)`);
  });
});

/** An answer sent as it is, with its status. */
class Raw {
  constructor(
    readonly status: number,
    readonly text: string,
  ) {}
}

/** A backend answering every request with `answer(method, path with query)` as JSON (a Raw as it is); records the paths asked. */
async function scripted(answer: (method: string, path: string) => unknown): Promise<{ url: string; paths: string[]; close: () => Promise<void> }> {
  const paths: string[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      paths.push(request.url ?? "");
      const body = answer(request.method ?? "GET", request.url ?? "");
      if (body instanceof Raw) {
        response.writeHead(body.status, { "content-type": "text/plain" });
        response.end(body.text);
        return;
      }
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    paths,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
