import { expect } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { flowEvent, rawStep, writeFlow } from "../helpers/flow-packages.js";
import { tempDir } from "./helpers.js";

/** A repository_dispatch-like payload of about `megabytes` MB: a big string array. */
export function bigPayload(megabytes: number): Record<string, unknown> {
  const item = "x".repeat(95);
  // 100 characters an item, plus quotes and a comma: the JSON text stays just under `megabytes` MiB.
  const count = Math.floor((megabytes * 1024 * 1024) / 104);
  return { action: "bulk", client_payload: { items: Array.from({ length: count }, (_, i) => `${String(i).padStart(4, "0")}${item}`) } };
}

/**
 * Dispatch one event with a payload of `megabytes` MB to 8 steps (4 flows × 2 steps) through
 * `state: file`, check the stored record, and return the store (its work counters) and timing.
 */
export async function dispatchBigEvent(megabytes: number): Promise<{ store: FileStateStore; ms: number }> {
  const repo = await tempDir("flows-repo-");
  for (let flow = 0; flow < 4; flow++) {
    await writeFlow(repo, {
      name: `bulk-${flow}`,
      steps: [0, 1].map((step) => ({ name: `step-${step}`, trigger: "repository_dispatch", source: rawStep("changed") })),
    });
  }
  const dir = await tempDir();
  const store = new FileStateStore({ dir });
  const payload = bigPayload(megabytes);
  const started = Date.now();
  const outcome = await dispatch(flowEvent("repository_dispatch", "evt-bulk", payload), { repoRoot: repo, store, concurrency: 4 });
  const ms = Date.now() - started;

  expect(outcome.status).toBe("accepted");
  expect(outcome.runs.map((run) => run.effectiveStatus)).toEqual(Array(8).fill("changed"));
  const stored = await new FileStateStore({ dir }).loadEvent("evt-bulk");
  expect(stored!.runs).toHaveLength(8);
  for (const run of stored!.runs) expect(run.attempts.map((attempt) => attempt.status)).toEqual(["completed"]);
  expect(stored!.event.payload).toEqual(payload);
  return { store, ms };
}
