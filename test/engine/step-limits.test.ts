import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// Steps at the edges of what a manifest may say, run for real.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

describe("step limits", () => {
  it("runs a step whose timeout_ms is the largest the manifest allows", async () => {
    // 2^31-1 ms (about 24.8 days, the longest timer Node and Bun keep). When the schema allowed
    // 2^53-1, the lease written into the attempt (timeout + a minute) was past the last date a Date
    // can hold, and toISOString threw a RangeError that failed the dispatch.
    await writeFlow(repo.dir, { name: "patient", steps: [{ name: "s", trigger: "t", timeoutMs: 2_147_483_647, source: rawStep("completed") }] });
    const store = new MemoryStateStore();
    const outcome = await dispatch(flowEvent("t", "long-1"), { repoRoot: repo.dir, store });
    expect(outcome.problems).toEqual([]);
    expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(["completed"]);
    const until = (await store.loadEvent("long-1"))?.runs[0]?.attempts[0]?.dispatcher?.until;
    expect(Number.isFinite(Date.parse(until ?? ""))).toBe(true);
  });
});
