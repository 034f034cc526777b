import { existsSync, writeFileSync } from "node:fs";
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

/** A store whose disk fills up as soon as a record holds the step `full`; it then writes the file `filled`. */
class FillingStore extends MemoryStateStore {
  constructor(private readonly filled: string) {
    super();
  }

  override saveEvent(record: EventRecord): Promise<void> {
    if (record.runs.some((run) => run.stepName === "full")) {
      writeFileSync(this.filled, "");
      return Promise.reject(new Error("ENOSPC: no space left on device"));
    }
    return super.saveEvent(record);
  }
}

/**
 * A step still running when the store fills: it waits for the file `filled`, then 300 ms more (a
 * dispatch that did not wait for it has answered by then), writes `ended` if given and completes.
 * This replaces a 1.5 s sleep that the store had to fill within.
 */
function slowStep(filled: string, ended?: string): string {
  return [
    'import { existsSync, writeFileSync } from "node:fs";',
    "await Bun.stdin.text();",
    "const start = Date.now();",
    `while (!existsSync(${JSON.stringify(filled)}) && Date.now() - start < 10_000) await Bun.sleep(10);`,
    "await Bun.sleep(300);",
    ended ? `writeFileSync(${JSON.stringify(ended)}, "");` : "",
    `console.log('FLOW_RESULT {"status":"completed"}');`,
  ].join("\n");
}

describe("a dispatch that fails", () => {
  it("waits for the steps of other flows that are running, and starts no more", async () => {
    // It rejected at once, while the other flow's step ran on unreported for seconds.
    const marker = join(repo.dir, "slow-ended");
    const late = join(repo.dir, "late-started");
    const filled = join(repo.dir, "filled");
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
          source: slowStep(filled, marker),
        },
        { name: "later", trigger: "t", source: `await Bun.write(${JSON.stringify(late)}, "");\nconsole.log('FLOW_RESULT {"status":"completed"}');` },
      ],
    });
    const store = new FillingStore(filled);
    const error = await dispatch(flowEvent("t", "fill-1"), { repoRoot: repo.dir, store }).catch((caught: unknown) => caught);
    expect(String(error)).toContain("ENOSPC");
    expect(existsSync(marker)).toBe(true);
    const runs = (await store.loadEvent("fill-1"))?.runs.map((run) => [run.stepName, run.effectiveStatus]);
    expect(runs).toContainEqual(["slow", "completed"]);
    expect(existsSync(late)).toBe(false);
  });

  it("starts no step of the delivery's other next events either", async () => {
    const late = join(repo.dir, "late-started");
    const filled = join(repo.dir, "filled");
    const next = 'console.log("FLOW_RESULT " + JSON.stringify({ status: "completed", next: [{ id: "n-a", type: "a" }, { id: "n-b", type: "b" }] }));';
    await writeFlow(repo.dir, { name: "fan", steps: [{ name: "out", trigger: "t", source: next }] });
    await writeFlow(repo.dir, { name: "a", steps: [{ name: "full", trigger: "a", source: rawStep("completed", "full", 300) }] });
    await writeFlow(repo.dir, {
      name: "b",
      steps: [
        { name: "slow", trigger: "b", source: slowStep(filled) },
        { name: "later", trigger: "b", source: `await Bun.write(${JSON.stringify(late)}, "");\nconsole.log('FLOW_RESULT {"status":"completed"}');` },
      ],
    });
    const store = new FillingStore(filled);
    const error = await dispatch(flowEvent("t", "fill-2"), { repoRoot: repo.dir, store }).catch((caught: unknown) => caught);
    expect(String(error)).toContain("ENOSPC");
    expect((await store.loadEvent("n-b"))?.runs.map((run) => [run.stepName, run.effectiveStatus])).toEqual([["slow", "completed"]]);
    expect(existsSync(late)).toBe(false);
  });
});

