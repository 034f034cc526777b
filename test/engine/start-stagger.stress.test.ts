import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { flowEvent, tempRepo, writeFlow } from "../helpers/flow-packages.js";

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

// Each step returns when its process started (performance.timeOrigin, epoch ms).
const RAW = 'await Bun.stdin.text();\nconsole.log("FLOW_RESULT " + JSON.stringify({ status: "completed", startedAt: performance.timeOrigin }));';
const MODULE = 'export default async () => ({ status: "completed", startedAt: performance.timeOrigin });';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

describe("steps that start together start together (#16)", () => {
  it("4 seed-style steps: started within a few ms of each other, in about 2 record writes", async () => {
    for (const [index, source] of [RAW, MODULE, RAW, MODULE].entries()) {
      await writeFlow(repo.dir, { name: `flow-${index + 1}`, steps: [{ name: "step", trigger: "tick", source }] });
    }
    const spreads: number[] = [];
    const writes: number[] = [];
    for (let n = 0; n < 9; n++) {
      const store = new FileStateStore({ dir: join(repo.dir, ".state") });
      const before = store.counts.recordWrites;
      const outcome = await dispatch(flowEvent("tick", `evt-${n}`), { repoRoot: repo.dir, store });
      const starts = outcome.runs.map((run) => Number(run.resultPayload?.startedAt));
      expect(starts.every(Number.isFinite)).toBe(true);
      spreads.push(Math.max(...starts) - Math.min(...starts));
      writes.push(store.counts.recordWrites - before);
    }
    console.log(`4 steps: spread of process starts ${spreads.map((ms) => ms.toFixed(1)).join(", ")} ms (median ${median(spreads).toFixed(1)}); record writes ${writes.join(", ")}`);
    // One write before the steps start; the ends share one or two more.
    expect(median(writes)).toBeLessThanOrEqual(3);
    // Four processes spawned one after another by one thread, nothing in between but the spawn
    // itself; on 2 loaded cores each spawn can wait for a CPU (quiet: under 10 ms).
    expect(median(spreads)).toBeLessThan(60);
  });
});
