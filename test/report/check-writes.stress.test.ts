import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FlowRunView } from "../../src/contracts.js";
import { createGitHubClient } from "../../src/github/client.js";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api/index.js";
import { ended, makeReporter, outcomeOf, prEvent } from "./github-fixtures.js";

// Writes per quick step and the time people wait for check runs, with plugin-throttling's real
// write spacing (1 s, as in production). The figures go to BENCHMARKS.md; the assertions count
// requests only. `liveAfterMs: 0` is the old behaviour: every step's check run created
// in_progress at its start, then completed.

let server: GitHubApiServer;
beforeEach(async () => {
  server = await startGitHubApiServer();
});
afterEach(async () => {
  server.assertNoViolations();
  await server.close();
});

const STEPS = 10;
const STEP_MS = 100;
const CONCURRENCY = 2;

async function tenQuickSteps(liveAfterMs?: number): Promise<{ writes: number; waitedMs: number; totalMs: number }> {
  const client = await createGitHubClient({ token: "ghs_bench", baseUrl: server.url, retries: 0 });
  const gh = makeReporter(client, { comment: "off" }, liveAfterMs === undefined ? { liveAfterMs: 3_000 } : { liveAfterMs });
  const steps: FlowRunView[] = Array.from({ length: STEPS }, (_, i) => ended("completed", { id: `run_quick_${i}`, flowName: `flow-${i}`, stepName: "check" }));
  const started = Date.now();
  const queue = [...steps];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let step = queue.shift(); step; step = queue.shift()) {
        gh.onStepStart?.({ ...step, processStatus: "running", effectiveStatus: "running" });
        await new Promise((resolve) => setTimeout(resolve, STEP_MS));
        gh.onStepEnd?.(step);
      }
    }),
  );
  const stepsDone = Date.now();
  await gh.finish(outcomeOf(prEvent(), steps));
  const done = Date.now();
  const writes = server.requests.filter((request) => request.method !== "GET").length;
  return { writes, waitedMs: done - stepsDone, totalMs: done - started };
}

describe("check run writes for 10 quick steps, with production write spacing", () => {
  it("one write per quick step now", async () => {
    const now = await tenQuickSteps();
    console.log(`lazy live check runs: ${now.writes} writes (${now.writes / STEPS} per step), waited ${now.waitedMs} ms after the steps, ${now.totalMs} ms in all`);
    expect(now.writes).toBe(STEPS);
  }, 120_000);

  it("two writes per quick step before (check run created in progress at each start)", async () => {
    const before = await tenQuickSteps(0);
    console.log(`eager live check runs: ${before.writes} writes (${before.writes / STEPS} per step), waited ${before.waitedMs} ms after the steps, ${before.totalMs} ms in all`);
    expect(before.writes).toBe(2 * STEPS);
  }, 120_000);
});
