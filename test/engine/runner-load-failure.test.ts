import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { dispatch } from "../../src/engine/dispatch.js";
import { MemoryStateStore } from "../../src/state/memory-store.js";
import { flowEvent, rawStep, tempRepo, writeFlow } from "../helpers/flow-packages.js";

// The runner modules are loaded once a dispatch has a step to run (src/engine/run-one.ts). A copy
// of flows-action that cannot load them (a half-installed bundle) fails the dispatch, but did so
// after the step's start was saved: its record said "running" until a later dispatch found it.
vi.mock("../../src/runners/index.js", () => {
  throw new Error("Cannot find module './runners/index.js'");
});

let repo: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  repo = await tempRepo();
});
afterEach(async () => {
  await repo.cleanup();
});

describe("runner modules that cannot be loaded", () => {
  it("fail the dispatch without leaving its step recorded as running", async () => {
    await writeFlow(repo.dir, { name: "f", steps: [{ name: "s", trigger: "go", source: rawStep("completed") }] });
    const store = new MemoryStateStore();
    const error = await dispatch(flowEvent("go", "load-1"), { repoRoot: repo.dir, store }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    const runs = (await store.loadEvent("load-1"))?.runs ?? [];
    expect(runs.map((run) => [run.processStatus, run.error]), `the dispatch failed with: ${error instanceof Error ? error.stack : String(error)}`).toEqual([
      ["failed", expect.stringContaining("not started: flows-action could not load its step runner: ")],
    ]);
  });
});
