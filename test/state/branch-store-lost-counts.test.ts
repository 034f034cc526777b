import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { indexShardPath } from "../../src/state/branch-index.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { copyOfOrigin, git, makeRecord, makeRun, originForFile } from "./helpers.js";

// A state branch moved back while a job used it: the warning names the records gone that the job
// knows by their event id (it read or saved those events) though it never read their index shards,
// and counts as differing only the records the tip still holds differently after the job's save.

/** An event id whose record is under another index shard than `other`'s. */
function idInOtherShard(other: string, prefix: string): string {
  const shard = indexShardPath(eventRecordPath(other));
  for (let n = 0; ; n++) if (indexShardPath(eventRecordPath(`${prefix}-${n}`)) !== shard) return `${prefix}-${n}`;
}

async function saved(origin: string, ...records: Array<ReturnType<typeof makeRecord>>): Promise<string> {
  const writer = new BranchStateStore({ remoteUrl: origin });
  for (const record of records) await writer.saveEvent(record);
  await writer.flush();
  await writer.close();
  return git(origin, "rev-parse", "refs/heads/flows-state").trim();
}

function movedBackWarning(store: BranchStateStore): string {
  const found = store.problems.filter((problem) => problem.message.includes("was moved back or made anew"));
  expect(found).toHaveLength(1);
  return found[0]!.message;
}

// Built once for the file, each test on a copy: a state branch whose e0 record was saved with run_a
// (the commit `older`) and then again with run_b (the tip, e0 holding both runs).
let root: string;
let template: string;
let older: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "flows-lost-counts-"));
  template = originForFile(root);
  older = await saved(template, makeRecord("e0", ["run_a"]));
  await saved(template, makeRecord("e0", ["run_b"]));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the warning for a state branch moved back, as a job's save meets it", () => {
  it("names a record gone whose event this job read, though it never read its index shard", async () => {
    const origin = await copyOfOrigin(template);
    const e1 = idInOtherShard("e0", "e1");
    const store = new BranchStateStore({ remoteUrl: origin, reuseFetchMs: 0 });
    onTestFinished(() => store.close());
    expect(await store.loadEvent("e0")).toBeDefined();
    // The branch made anew from nothing: e0's record, and its index shard, are gone.
    const tree = git(origin, "hash-object", "-t", "tree", "-w", "/dev/null").trim();
    git(origin, "update-ref", "refs/heads/flows-state", git(origin, "-c", "user.name=x", "-c", "user.email=x@x", "commit-tree", tree, "-m", "anew").trim());

    await store.saveEvent(makeRecord(e1, ["run_b"]));
    await store.flush();

    const message = movedBackWarning(store);
    expect(message).toContain("1 event record(s) held then are gone from it, and 0 differ");
    expect(message).toContain('The records gone are those of events "e0".');
  }, 60_000);

  it("does not count as differing a record the job's save wrote again with every run it held then", async () => {
    const origin = await copyOfOrigin(template);
    const store = new BranchStateStore({ remoteUrl: origin, reuseFetchMs: 0 });
    onTestFinished(() => store.close());
    const read = (await store.loadEvent("e0"))!;
    expect(read.runs.map((run) => run.id).sort()).toEqual(["run_a", "run_b"]);
    git(origin, "update-ref", "refs/heads/flows-state", older);

    await store.saveEvent({ ...read, runs: [...read.runs, makeRun("e0", "run_c")] });
    await store.flush();

    expect(movedBackWarning(store)).toContain("0 event record(s) held then are gone from it, and 0 differ");
  }, 60_000);

  it("counts as differing a record the job's save wrote again without a run it held then", async () => {
    const origin = await copyOfOrigin(template);
    const store = new BranchStateStore({ remoteUrl: origin, reuseFetchMs: 0 });
    onTestFinished(() => store.close());
    expect(await store.loadEvent("e0")).toBeDefined();
    git(origin, "update-ref", "refs/heads/flows-state", older);

    await store.saveEvent(makeRecord("e0", ["run_c"]));
    await store.flush();

    expect(movedBackWarning(store)).toContain("0 event record(s) held then are gone from it, and 1 differ");
  }, 60_000);
});
