// A save that only counts a dispatch (a redelivery found handled) is said so by its caller
// (SaveOptions.countOnly; the engine's RunRecorder.saveRecord): a store never takes a save with no
// runs for one. Only a save said so may be lost with a warning when the store refuses it; any
// other keeps its failure, so nothing a library caller saves is dropped on a guess.
import { mkdtempSync } from "node:fs";
import { chmod, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { countDispatch } from "../../src/state/record.js";
import { StateFolderError } from "../../src/state/file-errors.js";
import type { EventRecord } from "../../src/state/types.js";
import { buildOriginWithCheckout, copyOfOrigin, makeRecord, tempDir } from "./helpers.js";

const COUNT_LOST = /^event "evt-done" was delivered again and found already handled \(nothing ran\), but the redelivery count could NOT be saved: /;

/** The stored record of evt-done counted once more, with no run: what a redelivery found handled saves. */
function recount(stored: EventRecord): EventRecord {
  return { ...stored, runs: [], updatedAt: new Date().toISOString(), ...countDispatch(stored) };
}

let refusingOrigin: string;
let fixtureRoot: string;

// One origin with evt-done stored and its refusing hook, built once; each test gets a copy.
beforeAll(async () => {
  fixtureRoot = mkdtempSync(join(tmpdir(), "flows-count-only-"));
  const { origin } = buildOriginWithCheckout(fixtureRoot);
  const writer = new BranchStateStore({ remoteUrl: origin });
  await writer.saveEvent(makeRecord("evt-done", ["run_a"]));
  await writer.flush();
  await writer.close();
  const hook = join(origin, "hooks", "pre-receive");
  await writeFile(hook, '#!/bin/sh\necho "remote: Permission denied." >&2\nexit 1\n');
  await chmod(hook, 0o755);
  refusingOrigin = origin;
});
afterAll(() => rm(fixtureRoot, { recursive: true, force: true }));

/** A state branch with evt-done stored, that refuses every push from now on. */
async function refusingBranch(): Promise<BranchStateStore> {
  const store = new BranchStateStore({ remoteUrl: await copyOfOrigin(refusingOrigin), pushBudgetMs: 0 });
  onTestFinished(() => store.close());
  return store;
}

describe("a save with no runs the caller did not say counts only a dispatch", () => {
  it("branch: is not saved, and the flush fails naming it; said so, the count alone is lost with a warning", async () => {
    const unsaid = await refusingBranch();
    await unsaid.saveEvent(recount((await unsaid.loadEvent("evt-done"))!));
    const failed = await unsaid.flush().then(() => undefined, (thrown: unknown) => thrown);
    expect(failed).toBeInstanceOf(StateNotSavedError);
    expect((failed as StateNotSavedError).eventIds).toEqual(["evt-done"]);
    expect(unsaid.problems).toEqual([]);

    const said = await refusingBranch();
    await said.saveEvent(recount((await said.loadEvent("evt-done"))!), { countOnly: true });
    await said.flush();
    expect(said.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(COUNT_LOST)]);
  }, 60_000);

  it("branch: a count said so, then a save with runs of the same event, is no count alone", async () => {
    const store = await refusingBranch();
    const stored = (await store.loadEvent("evt-done"))!;
    await store.saveEvent(recount(stored), { countOnly: true });
    await store.saveEvent(makeRecord("evt-done", ["run_b"]));
    const failed = await store.flush().then(() => undefined, (thrown: unknown) => thrown);
    expect(failed).toBeInstanceOf(StateNotSavedError);
    expect(store.problems).toEqual([]);
  }, 60_000);

  it("file: a refused save is the caller's error unless it was said to count only a dispatch", async () => {
    const dir = await tempDir("flows-count-only-");
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await new FileStateStore({ dir }).saveEvent(makeRecord("evt-done", ["run_a"]));
    // The stored record is read within this limit; counted once more (a dispatch key added), it is over it: EFBIG.
    const limit = (await stat(join(dir, ...eventRecordPath("evt-done").split("/")))).size;

    const unsaid = new FileStateStore({ dir, maxRecordBytes: limit });
    const error = await unsaid.saveEvent(recount((await unsaid.loadEvent("evt-done"))!)).then(() => undefined, (thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(StateFolderError);
    expect(unsaid.problems).toEqual([]);

    const said = new FileStateStore({ dir, maxRecordBytes: limit });
    await said.saveEvent(recount((await said.loadEvent("evt-done"))!), { countOnly: true });
    expect(said.problems.map((problem) => problem.message)).toEqual([expect.stringMatching(COUNT_LOST)]);
  });
});
