import { mkdtempSync, rmSync } from "node:fs";
import { chmod, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { countDispatch } from "../../src/state/record.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import type { EventRecord, StateStore } from "../../src/state/types.js";
import { artifactWorld } from "./artifact-helpers.js";
import { copyOfOrigin, makeRecord, originForFile } from "./helpers.js";

// A redelivery whose steps were all handled runs nothing and saves only its dispatch count
// (src/engine/run-recorder.ts, saveRecord: the record with no runs). A store that cannot save it
// (a read-only state branch, an artifact upload refused) loses that count alone: a problem says
// so and why, and flush() resolves, since nothing ran and no run is lost. A record with runs, or
// of an event not stored before, still fails the flush.

/** What the engine saves for a redelivery found handled: the stored record's count, one more, and no run. */
async function countRedelivery(store: StateStore, eventId: string): Promise<void> {
  const stored = await store.loadEvent(eventId);
  expect(stored).toBeDefined();
  await store.saveEvent({ ...stored!, runs: [], updatedAt: new Date().toISOString(), ...countDispatch(stored) }, { countOnly: true });
}

function flushOutcome(store: StateStore): Promise<unknown> {
  return store.flush().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
}

const COUNT_LOST = /^event "evt-done" was delivered again and found already handled \(nothing ran\), but the redelivery count could NOT be saved: .+ The stored record is unchanged: it still counts 1 dispatch\(es\), this one not included; no run of it is lost\.$/;

/** Every push to `origin` refused from now on, as a branch the job may read but not write. */
async function readOnly(origin: string): Promise<void> {
  const hook = join(origin, "hooks", "pre-receive");
  await writeFile(hook, '#!/bin/sh\necho "remote: Permission to octo/tool.git denied to github-actions[bot]." >&2\nexit 1\n');
  await chmod(hook, 0o755);
}

// Built once for the file, each branch test on a copy: evt-done saved (one dispatch, run_a), then
// every push refused.
let root: string;
let readOnlyOrigin: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "flows-count-not-saved-"));
  readOnlyOrigin = originForFile(root);
  const writer = new BranchStateStore({ remoteUrl: readOnlyOrigin });
  await writer.saveEvent(makeRecord("evt-done", ["run_a"]));
  await writer.flush();
  await writer.close();
  await readOnly(readOnlyOrigin);
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("a redelivery's count a store cannot save", () => {
  it("branch: a read-only state branch costs the count alone, with a warning naming why; flush resolves", async () => {
    const origin = await copyOfOrigin(readOnlyOrigin);
    const store = new BranchStateStore({ remoteUrl: origin, pushBudgetMs: 0 });
    onTestFinished(() => store.close());

    await countRedelivery(store, "evt-done");
    const outcome = await flushOutcome(store);

    expect(outcome).toBeUndefined();
    expect(store.problems).toHaveLength(1);
    expect(store.problems[0]!.path).toMatch(/^flows-state:events\/.+\.json$/);
    expect(store.problems[0]!.message).toMatch(COUNT_LOST);
    expect(store.problems[0]!.message).toContain("Permission to octo/tool.git denied");
    // Not tried again by a later flush, nor said again.
    expect(await flushOutcome(store)).toBeUndefined();
    expect(store.problems).toHaveLength(1);
  }, 60_000);

  it("branch: a record with runs beside it is still not saved, and only it is named", async () => {
    const origin = await copyOfOrigin(readOnlyOrigin);
    const store = new BranchStateStore({ remoteUrl: origin, pushBudgetMs: 0 });
    onTestFinished(() => store.close());

    await countRedelivery(store, "evt-done");
    await store.saveEvent(makeRecord("evt-new", ["run_b"]));
    // A record with no run of an event not stored holds the event itself: not a count alone.
    await store.saveEvent({ ...makeRecord("evt-empty", []), runs: [] });
    const outcome = await flushOutcome(store);

    expect(outcome).toBeInstanceOf(StateNotSavedError);
    expect((outcome as StateNotSavedError).eventIds.sort()).toEqual(["evt-empty", "evt-new"]);
    expect(store.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(COUNT_LOST)]);
  }, 60_000);

  it("artifact: a refused upload costs the count alone, with a warning naming why; flush resolves", async () => {
    const world = await artifactWorld();
    const first = world.store(951);
    await first.saveEvent(makeRecord("evt-done", ["run_a"]));
    await first.flush();
    const store = world.store(952, {
      artifactClient: { uploadArtifact: () => Promise.reject(new Error("403 Resource not accessible by integration")) },
    });

    await countRedelivery(store, "evt-done");
    const outcome = await flushOutcome(store);

    expect(outcome).toBeUndefined();
    expect(store.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(COUNT_LOST)]);
    expect(store.problems[0]!.message).toContain("403 Resource not accessible by integration");
    world.assertNoViolations();
  });

  it("artifact: a record with runs beside it is still not saved, and only it is named", async () => {
    const world = await artifactWorld();
    const first = world.store(961);
    await first.saveEvent(makeRecord("evt-done", ["run_a"]));
    await first.flush();
    const store = world.store(962, {
      artifactClient: { uploadArtifact: () => Promise.reject(new Error("403 Resource not accessible by integration")) },
    });

    await countRedelivery(store, "evt-done");
    const fresh: EventRecord = makeRecord("evt-new", ["run_b"]);
    await store.saveEvent(fresh);
    const outcome = await flushOutcome(store);

    expect(outcome).toBeInstanceOf(StateNotSavedError);
    expect((outcome as StateNotSavedError).eventIds).toEqual(["evt-new"]);
    expect(store.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(COUNT_LOST)]);
  });
});
