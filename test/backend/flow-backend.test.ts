import { afterEach, describe, expect, it } from "vitest";
import { dispatchToBackend, normalizeRunList, normalizeRunView } from "../../src/backend/index.js";
import type { FlowEvent } from "../../src/contracts.js";
import { validateBackendDispatchResult } from "../../src/generated/validators/backend-dispatch-result.js";
import { type FlowBackend, startFlowBackend } from "../support/flow-backend.js";

// The test backend stands in for teams' real flow backends, so its own surface is checked
// here against the contract: if it drifted, the client tests would prove nothing.

let server: FlowBackend | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(options: Parameters<typeof startFlowBackend>[0] = {}): Promise<FlowBackend> {
  server = await startFlowBackend({
    scripts: {
      "t.ok": [{ flow: "bindings", step: "regenerate", result: { status: "completed" }, afterMs: 30 }],
      "t.slow": [{ flow: "slow", step: "wait", afterMs: 60_000 }],
    },
    ...options,
  });
  return server;
}

function event(id: string, type = "t.ok"): FlowEvent {
  return { id, type, receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };
}

async function call(backend: FlowBackend, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${backend.url}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

describe("the test flow backend", () => {
  it("lists events newest first, filtered by type and cut to the limit", async () => {
    const backend = await start();
    for (const [id, type] of [["a", "t.ok"], ["b", "t.slow"], ["c", "t.ok"]] as const) {
      await call(backend, "POST", "/events", event(id, type));
    }
    const all = await call(backend, "GET", "/events?type=t.ok");
    expect((all.json as { events: FlowEvent[] }).events.map((e) => e.id)).toEqual(["c", "a"]);
    const one = await call(backend, "GET", "/events?limit=1");
    expect((one.json as { events: FlowEvent[] }).events.map((e) => e.id)).toEqual(["c"]);
  });

  it("answers GET /events/:id with the event and its runs, and 404 for an unknown id", async () => {
    const backend = await start();
    await call(backend, "POST", "/events", event("e:1"));
    const found = await call(backend, "GET", `/events/${encodeURIComponent("e:1")}`);
    expect(found.status).toBe(200);
    expect((found.json as { event: FlowEvent }).event.id).toBe("e:1");
    expect(normalizeRunList(found.json).map((run) => run.flowName)).toEqual(["bindings"]);
    expect((await call(backend, "GET", "/events/nope")).status).toBe(404);
  });

  it("replays an event with new _replay runs appended to the event's runs", async () => {
    const backend = await start();
    const first = await dispatchToBackend(event("r1"), { url: backend.url, pollIntervalMs: 20 });
    const replay = await call(backend, "POST", "/events/r1/replay");
    const replayIds = (replay.json as { runIds: string[] }).runIds;
    expect(replay.status).toBe(200);
    expect(replayIds).toHaveLength(1);
    expect(replayIds[0]).toMatch(/^run_[0-9a-f]{12}_replay$/);
    expect(replayIds[0]).not.toBe(`${first.runIds[0]}_replay`);
    const runs = normalizeRunList((await call(backend, "GET", "/runs?eventId=r1")).json);
    expect(runs.map((run) => run.id)).toEqual([...first.runIds, ...replayIds]);
    expect(runs[1]?.replay).toBe(true);
    expect(validateBackendDispatchResult(replay.json), JSON.stringify(validateBackendDispatchResult.errors)).toBe(true);
  });

  it("refuses a replay whose body carries changes (the contract's replay carries none) or names another event, and one of an unknown event", async () => {
    const backend = await start();
    await call(backend, "POST", "/events", event("r2"));
    expect(await call(backend, "POST", "/events/r2/replay", { eventId: "r2", payload: { tag: "v2" } })).toEqual({
      status: 400,
      json: { error: "the request carries no changes; unexpected field(s): payload" },
    });
    expect((await call(backend, "POST", "/events/r2/replay", { eventId: "r1" })).status).toBe(400);
    expect((await call(backend, "POST", "/events/nope/replay")).status).toBe(404);
    expect(backend.runCount()).toBe(1);
  });

  it("cancels an unfinished run and refuses to cancel a finished one", async () => {
    const backend = await start();
    await call(backend, "POST", "/events", event("s1", "t.slow"));
    await call(backend, "POST", "/events", event("o1"));
    const [slow] = normalizeRunList((await call(backend, "GET", "/runs?eventId=s1")).json);
    const canceled = await call(backend, "POST", `/runs/${slow?.id}/cancel`);
    expect(normalizeRunView(canceled.json).processStatus).toBe("canceled");

    await new Promise((resolve) => setTimeout(resolve, 60));
    const [done] = normalizeRunList((await call(backend, "GET", "/runs?eventId=o1")).json);
    expect(done?.processStatus).toBe("completed");
    expect((await call(backend, "POST", `/runs/${done?.id}/cancel`)).status).toBe(409);
  });

  it("filters runs by status and answers GET /runs/:id as {run}", async () => {
    const backend = await start();
    await call(backend, "POST", "/events", event("s2", "t.slow"));
    // A 60 s script stays queued for its first third.
    const queued = normalizeRunList((await call(backend, "GET", "/runs?status=queued")).json);
    const completed = normalizeRunList((await call(backend, "GET", "/runs?status=completed")).json);
    expect(queued.map((run) => run.eventId)).toEqual(["s2"]);
    expect(completed).toEqual([]);
    const one = await call(backend, "GET", `/runs/${queued[0]?.id}`);
    expect(Object.keys(one.json as object)).toEqual(["run"]);
  });

  it("refuses an unsigned POST when a shared secret is configured", async () => {
    const backend = await start({ hmacSecret: "shared-secret" });
    const answer = await call(backend, "POST", "/events", event("u1"));
    expect(answer).toEqual({ status: 401, json: { error: "missing x-flow-signature-256" } });
    expect(backend.runCount()).toBe(0);
  });

  it("refuses an unsigned replay or cancel, bodiless or not, when a shared secret is configured", async () => {
    const backend = await start({ hmacSecret: "shared-secret" });
    await dispatchToBackend(event("u2", "t.slow"), { url: backend.url, hmacSecret: "shared-secret", timeoutMs: 200, cancelOnTimeout: false }).catch(() => undefined);
    const [slow] = normalizeRunList((await call(backend, "GET", "/runs?eventId=u2")).json);
    for (const [path, body] of [["/events/u2/replay", undefined], ["/events/u2/replay", { eventId: "u2" }], [`/runs/${slow?.id}/cancel`, undefined], [`/runs/${slow?.id}/cancel`, { runId: slow?.id }]] as const) {
      expect(await call(backend, "POST", path, body), path).toEqual({ status: 401, json: { error: "missing x-flow-signature-256" } });
    }
    expect(backend.runCount()).toBe(1);
    expect(normalizeRunList((await call(backend, "GET", "/runs?eventId=u2")).json)[0]?.processStatus).not.toBe("canceled");
  });

  it("refuses a cancel whose body names another run", async () => {
    const backend = await start();
    await call(backend, "POST", "/events", event("s3", "t.slow"));
    const [slow] = normalizeRunList((await call(backend, "GET", "/runs?eventId=s3")).json);
    expect((await call(backend, "POST", `/runs/${slow?.id}/cancel`, { runId: "run_other" })).status).toBe(400);
    expect(normalizeRunList((await call(backend, "GET", "/runs?eventId=s3")).json)[0]?.processStatus).not.toBe("canceled");
  });
});
