import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import type { EventRecord } from "../../src/state/types.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// A dispatch that fails (its store could not save a step's start) fails only once the steps
// already running have ended: it never reports back while steps it started still run.

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

/** A store whose disk fills up as soon as a record holds the step `full`. */
class FillingStore extends MemoryStateStore {
  override saveEvent(record: EventRecord): Promise<void> {
    if (record.runs.some((run) => run.stepName === "full")) return Promise.reject(new Error("ENOSPC: no space left on device"));
    return super.saveEvent(record);
  }
}

describe("a dispatch that fails", () => {
  it("waits for the steps of other flows that are running, and starts no more", async () => {
    // It rejected at once, while the other flow's step ran on unreported for seconds.
    const marker = join(repo.dir, "slow-ended");
    const late = join(repo.dir, "late-started");
    await writeFlow(repo.dir, {
      name: "a",
      steps: [
        { name: "quick", trigger: "t", source: rawStep("completed") },
        { name: "full", trigger: "t", source: rawStep("completed") },
      ],
    });
    await writeFlow(repo.dir, {
      name: "b",
      steps: [
        {
          name: "slow",
          trigger: "t",
          source: `await Bun.sleep(1500);\nawait Bun.write(${JSON.stringify(marker)}, "");\nconsole.log('FLOW_RESULT {"status":"completed"}');`,
        },
        { name: "later", trigger: "t", source: `await Bun.write(${JSON.stringify(late)}, "");\nconsole.log('FLOW_RESULT {"status":"completed"}');` },
      ],
    });
    const store = new FillingStore();
    const error = await dispatch(flowEvent("t", "fill-1"), { repoRoot: repo.dir, store }).catch((caught: unknown) => caught);
    expect(String(error)).toContain("ENOSPC");
    expect(existsSync(marker)).toBe(true);
    const runs = (await store.loadEvent("fill-1"))?.runs.map((run) => [run.stepName, run.effectiveStatus]);
    expect(runs).toContainEqual(["slow", "completed"]);
    expect(existsSync(late)).toBe(false);
  });

  it("starts no step of the delivery's other next events either", async () => {
    const late = join(repo.dir, "late-started");
    const next = 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: "n-a", type: "a" }, { id: "n-b", type: "b" }] }));';
    await writeFlow(repo.dir, { name: "fan", steps: [{ name: "out", trigger: "t", source: next }] });
    await writeFlow(repo.dir, { name: "a", steps: [{ name: "full", trigger: "a", source: rawStep("completed", "full", 300) }] });
    await writeFlow(repo.dir, {
      name: "b",
      steps: [
        { name: "slow", trigger: "b", source: rawStep("completed", "slow", 1500) },
        { name: "later", trigger: "b", source: `await Bun.write(${JSON.stringify(late)}, "");\nconsole.log('FLOW_RESULT {"status":"completed"}');` },
      ],
    });
    const store = new FillingStore();
    const error = await dispatch(flowEvent("t", "fill-2"), { repoRoot: repo.dir, store }).catch((caught: unknown) => caught);
    expect(String(error)).toContain("ENOSPC");
    expect((await store.loadEvent("n-b"))?.runs.map((run) => [run.stepName, run.effectiveStatus])).toEqual([["slow", "completed"]]);
    expect(existsSync(late)).toBe(false);
  });
});

