// Moved from hostile-backend.test.ts: a run list that holds five results of 4 MiB.
import { afterEach, describe, expect, it } from "vitest";
import { type BackendDispatchOptions, dispatchToBackend } from "../../src/backend/index.js";
import type { FlowEvent } from "../../src/contracts.js";
import { type FlowBackend, startFlowBackend } from "../support/flow-backend.js";

const token = "backend-token-hostile-0123456789";

const backends: FlowBackend[] = [];
afterEach(async () => {
  await Promise.all(backends.splice(0).map((backend) => backend.close()));
});

function event(): FlowEvent {
  return { id: `test:t.ok:${Math.random().toString(36).slice(2)}`, type: "t.ok", receivedAt: "2025-01-02T03:04:05.000Z", payload: {} };
}

function options(server: FlowBackend, more: Partial<BackendDispatchOptions> = {}): BackendDispatchOptions {
  return { url: server.url, token, pollIntervalMs: 20, retryDelayMs: 20, timeoutMs: 5_000, ...more };
}

describe("a run list that holds large results", () => {
  it("is no longer read each poll once it is large: the unfinished runs are asked for by id, and five results of 4 MiB, past the answer cap together, fail no wait", { timeout: 60_000 }, async () => {
    const data = "r".repeat(4 * 1024 * 1024 - 200);
    const quick = Array.from({ length: 5 }, (_, index) => ({ flow: "big", step: `s${index}`, result: { status: "completed" as const, message: `result ${index}`, data }, afterMs: 30 }));
    const runs = [...quick, { flow: "big", step: "slow", result: { status: "completed" as const, message: "slow" }, afterMs: 3_000 }];
    const server = await startFlowBackend({ token, scripts: { "t.big": runs } });
    backends.push(server);
    const outcome = await dispatchToBackend({ ...event(), type: "t.big" }, options(server, { timeoutMs: 20_000 }));
    expect(outcome.runs.map((run) => run.resultPayload?.message)).toEqual(["result 0", "result 1", "result 2", "result 3", "result 4", "slow"]);
    const lists = server.requests.filter((request) => request.path === "/runs").length;
    const slow = outcome.runs[5]?.id ?? "";
    const byId = server.requests.filter((request) => request.path === `/runs/${encodeURIComponent(slow)}`).length;
    // After the list grew large, each poll asked for the slow run alone (how many polls its 3 s
    // hold depends on the machine's load), and the list no more.
    expect(byId).toBeGreaterThanOrEqual(1);
    expect(lists).toBeLessThanOrEqual(3);
    // A finished run is read once by id, and once more in the last look.
    for (const run of outcome.runs.slice(0, 5)) {
      expect(server.requests.filter((request) => request.path === `/runs/${encodeURIComponent(run.id)}`).length).toBeLessThanOrEqual(2);
    }
  });
});
