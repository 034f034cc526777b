import { sign } from "@octokit/webhooks-methods";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type BackendReplayOptions, dispatchToBackend, replayOnBackend } from "../../src/backend/index.js";
import type { FlowEvent } from "../../src/contracts.js";
import { type FlowBackend, type FlowBackendOptions, startFlowBackend } from "../support/flow-backend.js";
import { failure } from "./failure.js";

// replayOnBackend: the backend replays an event it stores; the replay request is sent once,
// whatever happens to its answer, since a second one would run the event's steps again.

const backends: FlowBackend[] = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
});

const hmacSecret = "replay-hmac-secret";

async function backend(behaviour: FlowBackendOptions["behaviour"] = {}): Promise<FlowBackend> {
  const started = await startFlowBackend({
    hmacSecret,
    behaviour,
    scripts: { "t.ok": [{ flow: "bindings", step: "regenerate", result: { status: "changed", message: "regenerated" }, afterMs: 60 }] },
  });
  backends.push(started);
  return started;
}

const event: FlowEvent = { id: "test:t.ok:o/r:v1", type: "t.ok", receivedAt: "2025-01-02T03:04:05.000Z", payload: { tag: "v1" } };

function fast(server: FlowBackend, options: Partial<BackendReplayOptions> = {}): BackendReplayOptions {
  return { url: server.url, hmacSecret, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 5_000, ...options };
}

/** The backend holds the event and its first runs, finished. */
async function seeded(behaviour: FlowBackendOptions["behaviour"] = {}): Promise<FlowBackend> {
  const server = await backend(behaviour);
  await dispatchToBackend(event, fast(server));
  server.requests.length = 0;
  return server;
}

const replays = (server: FlowBackend) => server.requests.filter((request) => request.method === "POST" && request.path.endsWith("/replay"));

describe("replayOnBackend", () => {
  it("sends no replay once the callback's time ran out, when its timer wakes a moment before the deadline", async () => {
    const server = await seeded();
    // A timer counts from the event loop's last tick, so under load it wakes a few ms before
    // performance.now() reaches the deadline. Here the clock is set 50 ms back while the callback
    // waits for its signal; the old code then sent the replay with 50 ms to answer.
    const real = performance.now.bind(performance);
    let lag = 0;
    const clock = vi.spyOn(performance, "now").mockImplementation(() => real() - lag);
    // 3 s: time enough for the stored event's GET on a busy machine, which must answer first.
    const waitsItsTime: BackendReplayOptions["onEvent"] = async (_stored, { signal }) => {
      setTimeout(() => {
        lag = 50;
      }, 300);
      await new Promise((done) => signal.addEventListener("abort", done, { once: true }));
    };
    try {
      const error = await failure(replayOnBackend(event.id, fast(server, { timeoutMs: 3_000, onEvent: waitsItsTime })));
      expect(error.kind).toBe("timeout");
      expect(error.message).toBe(`the time for the replay ran out after the flow backend sent event "${event.id}", before it was replayed; the replay was not sent. Raise backend-timeout-minutes.`);
      expect(replays(server)).toHaveLength(0);
    } finally {
      clock.mockRestore();
    }
  });

  it("takes the stored event out of the older runtime's event record (raw), without the record's own fields", async () => {
    const server = await seeded({ older: "flow" });
    const told: FlowEvent[] = [];
    const outcome = await replayOnBackend(event.id, fast(server, { onEvent: (stored) => told.push(stored) }));
    expect(told).toEqual([event]);
    expect(outcome.event).toEqual(event);
    expect(outcome.runs.map((run) => [run.effectiveStatus, run.replay])).toEqual([["changed", true]]);
  });

  it("refuses an event record whose raw is another event, and replays nothing", async () => {
    const server = await seeded({ older: "flow" });
    const other = { ...event, id: "test:t.ok:o/r:v2", payload: { tag: "v2" } };
    // The record is filed under the event asked for, but its raw, what the backend replays, is another.
    const tampering: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (init?.method !== "GET" || !String(input).includes("/events/")) return answer;
      const body = (await answer.json()) as { event: Record<string, unknown> };
      return Response.json({ ...body, event: { ...body.event, raw: other } });
    };
    const told: FlowEvent[] = [];
    const error = await failure(replayOnBackend(event.id, fast(server, { fetch: tampering, onEvent: (stored) => told.push(stored) })));
    expect(error).toMatchObject({ kind: "invalid-response", field: "raw" });
    expect(error.message).toBe(
      `the flow backend at ${server.url} answered GET /events/${encodeURIComponent(event.id)} with something flows-action cannot read: the event record's "raw" is another event, "test:t.ok:o/r:v2", than the record's id "test:t.ok:o/r:v1"; nothing was replayed. Check the backend.`,
    );
    expect(told).toEqual([]);
    expect(replays(server)).toEqual([]);
  });

  it("replays an event that carries the webhook it came from as raw (GitHub's numeric id): that raw is no event record's", async () => {
    const server = await seeded();
    const withWebhook: typeof fetch = async (input, init) => {
      const answer = await fetch(input, init);
      if (init?.method !== "GET" || !String(input).includes("/events/")) return answer;
      const body = (await answer.json()) as { event: Record<string, unknown> };
      return Response.json({ ...body, event: { ...body.event, raw: { id: 123456, action: "published" } } });
    };
    const told: FlowEvent[] = [];
    const outcome = await replayOnBackend(event.id, fast(server, { fetch: withWebhook, onEvent: (stored) => told.push(stored) }));
    expect(told.map((stored) => stored.id)).toEqual([event.id]);
    expect(outcome.runs.length).toBeGreaterThan(0);
    expect(replays(server)).toHaveLength(1);
  });

  it("replays the stored event and waits for the replay's runs only, not the event's earlier ones", async () => {
    const server = await seeded();
    const told: FlowEvent[] = [];
    const outcome = await replayOnBackend(event.id, fast(server, { onEvent: (stored) => told.push(stored) }));
    expect(told.map((stored) => stored.payload)).toEqual([{ tag: "v1" }]);
    expect(outcome).toMatchObject({ status: "accepted", eventId: event.id, matched: 1 });
    expect(outcome.runs.map((run) => [run.id.endsWith("_replay"), run.processStatus, run.effectiveStatus])).toEqual([[true, "completed", "changed"]]);
    expect(server.runCount()).toBe(2);
    expect(server.requests[0]).toMatchObject({ method: "GET", path: `/events/${encodeURIComponent(event.id)}`, status: 200 });
    expect(replays(server)).toEqual([expect.objectContaining({ body: JSON.stringify({ eventId: event.id }), status: 200 })]);
  });

  it("signs the replay request like every other POST, so the backend can tell it from a stranger's", async () => {
    const server = await seeded();
    await replayOnBackend(event.id, fast(server));
    const [sent] = replays(server);
    expect(sent?.headers["x-flow-signature-256"]).toBe(await sign(hmacSecret, sent?.body ?? ""));
    expect(sent?.status).toBe(200);

    const stranger = await fetch(`${server.url}/events/${encodeURIComponent(event.id)}/replay`, { method: "POST" });
    expect(stranger.status).toBe(401);
    const forged = await fetch(`${server.url}/events/${encodeURIComponent(event.id)}/replay`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-flow-signature-256": await sign("not-the-secret", sent?.body ?? "") },
      body: sent?.body ?? "",
    });
    expect(forged.status).toBe(401);
    expect(server.runCount()).toBe(2);
  });

  it("names an event id the backend does not hold, and asks for no replay", async () => {
    const server = await backend();
    const error = await failure(replayOnBackend("test:t.ok:o/r:v9", fast(server)));
    expect(error.message).toContain('holds no event "test:t.ok:o/r:v9" (HTTP 404 on GET /events/test%3At.ok%3Ao%2Fr%3Av9)');
    expect(error.message).toContain("Check the replay input");
    expect(replays(server)).toEqual([]);
  });

  it.each([
    ["hang", { requestTimeoutMs: 300 }],
    ["drop", {}],
    ["500", {}],
  ] as const)("sends the replay once when its answer is lost (%s), and says it may have started", async (lost, options) => {
    const server = await seeded({ replayAnswer: lost });
    const error = await failure(replayOnBackend(event.id, fast(server, { retries: 3, ...options })));
    expect(replays(server)).toHaveLength(1);
    expect(server.runCount()).toBe(2);
    expect(error.message).toContain("The replay may or may not have started on the backend. It was not sent again");
    expect(error.message).toContain(`GET /runs?eventId=${encodeURIComponent(event.id)}`);
    expect(error.message).not.toContain("sent again safely");
  });

  it("says a replay the network refused before sending was not sent", async () => {
    const server = await seeded();
    const refusing: typeof fetch = (input, init) => {
      if (init?.method !== "POST") return fetch(input, init);
      return Promise.reject(Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } }));
    };
    const error = await failure(replayOnBackend(event.id, fast(server, { fetch: refusing })));
    expect(error.message).toMatch(/ECONNREFUSED — check backend-url\. The replay was not sent\.$/);
  });

  it("says a backend without the replay route does not offer replays, rather than that the event is unknown", async () => {
    const server = await seeded();
    const noRoute: typeof fetch = (input, init) =>
      init?.method === "POST" ? Promise.resolve(new Response(JSON.stringify({ error: "not found" }), { status: 404 })) : fetch(input, init);
    const error = await failure(replayOnBackend(event.id, fast(server, { fetch: noRoute })));
    expect(error.message).toContain(`holds event "${event.id}" but answered POST`);
    expect(error.message).toContain("does not seem to offer replays");
  });

  it("does not wait for another event's runs when the replay's answer names another event", async () => {
    const server = await seeded();
    const other: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method !== "POST") return response;
      const answer = (await response.json()) as Record<string, unknown>;
      return new Response(JSON.stringify({ ...answer, eventId: "test:t.ok:o/r:v0" }), { status: 200 });
    };
    const error = await failure(replayOnBackend(event.id, fast(server, { fetch: other })));
    expect(error.message).toContain('for another event, "test:t.ok:o/r:v0"');
    expect(server.requests.filter((request) => request.path === "/runs")).toEqual([]);
  });
});
