import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { runsCommand, showCommand } from "../../src/cli/state-commands.js";
import { indexShardPath, parseIndexShard } from "../../src/state/branch-index.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { eventIdHash, eventRecordPath } from "../../src/state/layout.js";
import type { EventRecord } from "../../src/state/types.js";
import { buildOriginWithCheckout, copyOfOrigin, git, makeRecord, originWithCheckout, storeContext } from "./helpers.js";

// `flows runs --limit N` and `flows show <run-id>` on the state branch read its index
// (index/<2 hex>.json, src/state/branch-index.ts) and then only the records they show, where they
// read every record (100,000 records: 43 s and 32 s, test/state/branch-scale.stress.test.ts).

function storeOf(origin: string, options: { reuseFetchMs?: number } = {}): BranchStateStore {
  const store = new BranchStateStore({ remoteUrl: origin, retryBaseMs: 5, retryMaxMs: 20, ...options });
  onTestFinished(() => store.close());
  return store;
}

/** A CLI context on a fresh store of `origin`, with what it printed on each stream. */
function cli(origin: string) {
  const store = storeOf(origin);
  let err = "";
  const ctx = {
    ...storeContext(store),
    err: (text: string) => {
      err += text;
    },
  };
  return { ctx, store, stderr: () => err };
}

/** Record `i` of a branch: event evt-i, run run_i, updated at minute i. */
function record(index: number): EventRecord {
  return makeRecord(`evt-${index}`, [`run_${index}`], { updatedAt: new Date(Date.UTC(2025, 0, 1, 0, index)).toISOString() });
}

async function saved(origin: string, records: EventRecord[]): Promise<void> {
  const store = storeOf(origin);
  for (const one of records) await store.saveEvent(one);
  await store.flush();
}

/** The branch's files: path → blob id. */
function tree(origin: string): Map<string, string> {
  const listing = git(origin, "ls-tree", "-r", "flows-state");
  return new Map(listing.split("\n").filter(Boolean).map((line) => [line.split("\t")[1]!, line.split(" ")[2]!.split("\t")[0]!]));
}

/** Commit `files` (path → text) over the branch's tip, as someone with push access can. */
function pushOver(origin: string, files: Record<string, string>): void {
  const parts = ["commit refs/heads/flows-state\ncommitter t <t@example.com> 1700000000 +0000\ndata 4\nedit\nfrom refs/heads/flows-state^0\n"];
  for (const [path, text] of Object.entries(files)) parts.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  execFileSync("git", ["-C", origin, "fast-import", "--quiet"], { input: `${parts.join("")}\n` });
}

/** A branch as flows-action wrote it before the index: records only, in one commit. */
function oldBranch(origin: string, records: EventRecord[]): void {
  const parts = ["commit refs/heads/flows-state\ncommitter t <t@example.com> 1700000000 +0000\ndata 7\nrecords\n"];
  for (const one of records) {
    const text = JSON.stringify(one, null, 2);
    parts.push(`M 100644 inline ${eventRecordPath(one.event.id)}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
  }
  execFileSync("git", ["-C", origin, "fast-import", "--quiet"], { input: `${parts.join("")}\n` });
}

const records = Array.from({ length: 12 }, (_, index) => record(index));

let fixtureRoot: string;
let withRecords: string;

// `records` saved by one store on an origin, built once (a clone, a fetch, a push): the tests that
// start from it each get a copy.
beforeAll(async () => {
  fixtureRoot = mkdtempSync(join(tmpdir(), "flows-branch-index-"));
  withRecords = buildOriginWithCheckout(fixtureRoot).origin;
  const store = new BranchStateStore({ remoteUrl: withRecords, retryBaseMs: 5, retryMaxMs: 20 });
  try {
    for (const one of records) await store.saveEvent(one);
    await store.flush();
  } finally {
    await store.close();
  }
});
afterAll(() => rm(fixtureRoot, { recursive: true, force: true }));

describe("the state branch's index", () => {
  it("is written with the records, and flows runs --limit and flows show <run-id> read only the records they show", async () => {
    const origin = await copyOfOrigin(withRecords);
    const files = tree(origin);
    const shard = files.get(indexShardPath(eventRecordPath("evt-3")))!;
    expect(parseIndexShard(git(origin, "cat-file", "blob", shard)).get(eventIdHash("evt-3"))).toMatchObject({
      oid: files.get(eventRecordPath("evt-3")),
      event: "evt-3",
      runs: [["run_3", record(3).runs[0]!.updatedAt, "changed", 0]],
    });
    // The oldest record is damaged behind the index's back, its entry moved to the new blob (so
    // it still counts as covered): a listing that read every record would report it; these do not read it.
    const damaged = '{"formatVersion": 1, "event"';
    const oid = execFileSync("git", ["-C", origin, "hash-object", "--stdin"], { input: damaged }).toString().trim();
    const shardPath = indexShardPath(eventRecordPath("evt-0"));
    const shardText = git(origin, "cat-file", "blob", files.get(shardPath)!).replace(files.get(eventRecordPath("evt-0"))!, oid);
    pushOver(origin, { [eventRecordPath("evt-0")]: damaged, [shardPath]: `${shardText}\n` });

    const runs = cli(origin);
    expect(await runsCommand(runs.ctx, { limit: 3 })).toBe(0);
    expect(runs.ctx.output().split("\n").filter(Boolean).map((line) => line.split("  ")[0])).toEqual(["run_11", "run_10", "run_9"]);
    expect(runs.stderr()).toBe("");
    expect(runs.store.problems).toEqual([]);
    const show = cli(origin);
    expect(await showCommand(show.ctx, "run_5")).toBe(0);
    expect(show.ctx.output()).toContain("event evt-5");
    expect(show.stderr()).toBe("");
    expect(show.store.problems).toEqual([]);
    // A run the index does not hold is looked for in every record (an edited index must not hide
    // one), said first; here that read meets the damaged record, and a cut-off id gets its suggestion.
    const missing = cli(origin);
    await expect(showCommand(missing.ctx, "run_1")).resolves.toBe(0);
    await expect(showCommand(missing.ctx, "run_99")).rejects.toThrow(/No event or run "run_99"/);
    expect(missing.stderr()).toMatch(/^flows: note: no run "run_99" in the state branch's index, so every record is read to be sure\.\n/);
    expect(missing.store.problems).toEqual([expect.objectContaining({ path: `flows-state:${eventRecordPath("evt-0")}` })]);
    await expect(showCommand(cli(origin).ctx, "run_1x")).rejects.toThrow(/No event or run "run_1x"/);
    await expect(showCommand(cli(origin).ctx, "run_")).rejects.toThrow(/Several stored ids start with it/);
  });

  it("a branch written before the index: listed by reading every record, said once; the next write indexes its shard", async () => {
    const { origin } = await originWithCheckout();
    oldBranch(origin, records);
    const runs = cli(origin);
    expect(await runsCommand(runs.ctx, { limit: 2 })).toBe(0);
    expect(runs.ctx.output().split("\n").filter(Boolean).map((line) => line.split("  ")[0])).toEqual(["run_11", "run_10"]);
    expect(runs.stderr()).toMatch(/^flows: note: the state branch "flows-state" has no index yet \(its 12 records were written by an older flows-action\), so every record is read\. .*fills in/);
    expect(runs.stderr().split("\n").filter(Boolean)).toHaveLength(1);
    const show = cli(origin);
    expect(await showCommand(show.ctx, "run_4")).toBe(0);
    expect(show.ctx.output()).toContain("event evt-4");
    expect(show.stderr()).toMatch(/no index yet/);

    // One write: its record's shard, with the other records of that shard (backfilled).
    const newer = record(40);
    await saved(origin, [newer]);
    const files = tree(origin);
    const shardPath = indexShardPath(eventRecordPath(newer.event.id));
    const shard = parseIndexShard(git(origin, "cat-file", "blob", files.get(shardPath)!));
    const inShard = [...records, newer].filter((one) => indexShardPath(eventRecordPath(one.event.id)) === shardPath);
    expect([...shard.values()].map((entry) => entry.event).sort()).toEqual(inShard.map((one) => one.event.id).sort());
    for (const one of inShard) expect(shard.get(eventIdHash(one.event.id))!.oid).toBe(files.get(eventRecordPath(one.event.id)));
    // The rest are not covered yet: read whole (few enough), with no note; the answer is the same.
    const after = cli(origin);
    expect(await runsCommand(after.ctx, { limit: 2 })).toBe(0);
    expect(after.ctx.output().split("\n").filter(Boolean).map((line) => line.split("  ")[0])).toEqual(["run_40", "run_11"]);
    expect(after.stderr()).toBe("");
  });

  it("a damaged or lying index hides no record and shows no wrong one: checked against the records, reported, and read around", async () => {
    const origin = await copyOfOrigin(withRecords);
    const files = tree(origin);
    // A shard that is not JSON: its records are read whole, and it is reported.
    const brokenShard = indexShardPath(eventRecordPath("evt-11"));
    pushOver(origin, { [brokenShard]: "{ not json" });
    const runs = cli(origin);
    expect(await runsCommand(runs.ctx, { limit: 1 })).toBe(0);
    expect(runs.ctx.output()).toMatch(/^run_11 /);
    expect(runs.store.problems).toEqual([expect.objectContaining({ path: `flows-state:${brokenShard}`, message: expect.stringMatching(/index shard that cannot be read \(not valid JSON/) })]);

    // An entry that lies about its record (a run it does not hold, a newer time): the record
    // is checked once read, the lie reported, and every record read instead.
    const lyingShard = indexShardPath(eventRecordPath("evt-2"));
    const lying = git(origin, "cat-file", "blob", files.get(lyingShard)!).replace('"run_2",', '"run_2b",').replace(record(2).runs[0]!.updatedAt, "2030-01-01T00:00:00.000Z");
    pushOver(origin, { [lyingShard]: `${lying}\n` });
    const listed = cli(origin);
    expect(await runsCommand(listed.ctx, { limit: 1 })).toBe(0);
    expect(listed.ctx.output()).toMatch(/^run_11 /);
    expect(listed.stderr()).toMatch(/^flows: note: the state branch's index does not match its records/);
    expect(listed.store.problems).toContainEqual(expect.objectContaining({ path: `flows-state:${lyingShard}`, message: expect.stringMatching(/does not say what that record holds/) }));
    const shown = cli(origin);
    expect(await showCommand(shown.ctx, "run_2b").catch((error: unknown) => String(error))).toMatch(/No event or run "run_2b"/);
    expect(shown.store.problems).toContainEqual(expect.objectContaining({ message: expect.stringMatching(/does not say what that record holds/) }));
    const found = cli(origin);
    expect(await showCommand(found.ctx, "run_2")).toBe(0);
    expect(found.ctx.output()).toContain("event evt-2");

    // The next write to a damaged shard writes it anew, with the entry of the record as written.
    await saved(origin, [makeRecord("evt-11", ["run_11b"], { updatedAt: "2026-01-01T00:00:00.000Z" })]);
    const after = tree(origin);
    expect(parseIndexShard(git(origin, "cat-file", "blob", after.get(brokenShard)!)).get(eventIdHash("evt-11"))).toEqual({
      oid: after.get(eventRecordPath("evt-11")),
      event: "evt-11",
      runs: [
        ["run_11", record(11).runs[0]!.updatedAt, "changed", 0],
        ["run_11b", "2026-01-01T00:00:00.000Z", "changed", 0],
      ],
    });
  });

  it("keeps every writer's entries when writers race for the same shard", async () => {
    const { origin } = await originWithCheckout();
    // Two events whose records share a shard.
    const ids: string[] = [];
    for (let index = 0; ids.length < 2; index++) {
      const id = `race-${index}`;
      if (ids.length === 0 || eventIdHash(id).slice(0, 2) === eventIdHash(ids[0]!).slice(0, 2)) ids.push(id);
    }
    // Both open on the same (empty) tip; the second's push is rejected and rebuilt on the first's
    // commit. Each flush builds on the tip its store read last, unless that read is older than
    // reuseFetchMs (1 s by default): on a loaded machine the first's flush took longer than that,
    // the second fetched the first's commit before it pushed, and no push was rejected. With the
    // reads kept for 10 minutes the second builds on the empty tip it read, so its first push
    // always collides with the first's, as two writers that read the tip at the same moment do.
    const first = storeOf(origin, { reuseFetchMs: 10 * 60_000 });
    const second = storeOf(origin, { reuseFetchMs: 10 * 60_000 });
    await first.loadEvent("x");
    await second.loadEvent("x");
    await first.saveEvent(makeRecord(ids[0]!, ["run_a"]));
    await second.saveEvent(makeRecord(ids[1]!, ["run_b"]));
    await first.flush();
    await second.flush();
    expect(first.stats.rejectedPushes).toBe(0);
    // Rejected once, fetched and merged, then pushed: two pushes.
    expect(second.stats.rejectedPushes).toBe(1);
    expect(second.stats.pushes).toBe(2);
    const files = tree(origin);
    const shard = parseIndexShard(git(origin, "cat-file", "blob", files.get(indexShardPath(eventRecordPath(ids[0]!)))!));
    expect([...shard.values()].map((entry) => entry.event).sort()).toEqual([...ids].sort());
    const runs = cli(origin);
    expect(await runsCommand(runs.ctx, { limit: 5 })).toBe(0);
    expect(runs.ctx.output()).toMatch(/run_a/);
    expect(runs.ctx.output()).toMatch(/run_b/);
  });
});

describe("a hostile index shard (schemas/state-index-shard.schema.json)", () => {
  /** Text nested `depth` arrays deep: JSON.stringify of it overflows the stack. */
  const deep = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
  /** A shard's text with `extra` spliced in as its first top-level members. */
  const withTop = (text: string, extra: string) => text.replace(/^\{/, `{${extra},`);

  it("is refused whole, the field named, when the shard itself is wrong; its records are read whole", async () => {
    const origin = await copyOfOrigin(withRecords);
    const files = tree(origin);
    const shardPath = indexShardPath(eventRecordPath("evt-11"));
    const good = git(origin, "cat-file", "blob", files.get(shardPath)!);
    const manyKeys = Array.from({ length: 65_537 }, (_, index) => `"${index.toString(16).padStart(64, "0")}":0`).join(",");
    const hostile: Array<[string, string, RegExp]> = [
      ["a key of its own holding a deep object", withTop(good, `"extra":${deep(100_000)}`), /extra is not a known key/],
      ["a __proto__ key", withTop(good, '"__proto__":{"formatVersion":2}'), /__proto__ is not a known key/],
      ["more records than a shard holds", `{"formatVersion":1,"records":{${manyKeys}}}`, /records must NOT have more than 65536 properties/],
      ["a format version of the wrong type", good.replace('"formatVersion":1', '"formatVersion":"1"'), /formatVersion must be 1 \(got "1"\)/],
      ["records that are an array", '{"formatVersion":1,"records":[]}', /records must be a JSON object \(got an array\)/],
    ];
    for (const [what, text, said] of hostile) {
      pushOver(origin, { [shardPath]: `${text}\n` });
      const store = storeOf(origin);
      const index = await store.runIndex();
      if ("unusable" in index) throw new Error(`${what}: ${index.unusable}`);
      // Its record is read whole, and the listing is the same.
      expect(index.records.map((one) => one.event.id), what).toContain("evt-11");
      expect(store.problems, what).toEqual([
        { path: `flows-state:${shardPath}`, message: expect.stringMatching(/^an index shard that cannot be read \(not an index shard of format 1 \(schemas\/state-index-shard\.schema\.json\): /) },
      ]);
      expect(store.problems[0]!.message, what).toMatch(said);
      const runs = cli(origin);
      expect(await runsCommand(runs.ctx, { limit: 1 }), what).toBe(0);
      expect(runs.ctx.output(), what).toMatch(/^run_11 /);
    }
    // Five shards, each pushed and read by two fresh stores (a clone, two fetches, the CLI's
    // listing), one of 65,537 keys: 2.1 to 2.5 s of CPU, this process's and git's (the file's
    // other tests: 0.4 to 1.4 s), and 24 to 29 s of wall clock at load 9 to 12. It ran out of
    // vitest's 30 s default at load 15 to 27.
  }, 120_000);

  it("loses only its bad entries, which are read whole and written anew; a deep one does not fail the next write", async () => {
    const { origin } = await originWithCheckout();
    // Three events whose records share a shard: two get hostile entries, the third stays good.
    const ids: string[] = [];
    for (let index = 0; ids.length < 3; index++) {
      const id = `evt-h${index}`;
      if (ids.length === 0 || eventIdHash(id).slice(0, 2) === eventIdHash(ids[0]!).slice(0, 2)) ids.push(id);
    }
    const [deepOne, hugeOne, goodOne] = ids as [string, string, string];
    await saved(origin, ids.map((id) => makeRecord(id, [`run_${id}`])));
    const shardPath = indexShardPath(eventRecordPath(deepOne));
    const shardText = git(origin, "cat-file", "blob", tree(origin).get(shardPath)!);
    const entries = JSON.parse(shardText).records as Record<string, Record<string, unknown>>;
    // Keys of its own (one a deep object, one __proto__) on one entry; on the other, more runs
    // than a record holds, each a lie the records would catch only once shown.
    const junk = `"junk":${deep(100_000)},"__proto__":{"internal":true},`;
    const huge = { ...entries[eventIdHash(hugeOne)], runs: Array.from({ length: 10_001 }, (_, index) => [`run_fake${index}`, "2030-01-01T00:00:00.000Z", "failed", 1]) };
    const hostile = shardText
      .replace(`${JSON.stringify(eventIdHash(deepOne))}:{`, `${JSON.stringify(eventIdHash(deepOne))}:{${junk}`)
      .replace(`${JSON.stringify(eventIdHash(hugeOne))}:${JSON.stringify(entries[eventIdHash(hugeOne)])}`, `${JSON.stringify(eventIdHash(hugeOne))}:${JSON.stringify(huge)}`);
    expect(hostile).toContain('"junk"');
    expect(hostile).toContain("run_fake10000");
    pushOver(origin, { [shardPath]: `${hostile}\n` });

    expect([...parseIndexShard(hostile).keys()]).toEqual([eventIdHash(goodOne)]);
    const store = storeOf(origin);
    const index = await store.runIndex();
    if ("unusable" in index) throw new Error(index.unusable);
    expect(index.summaries.map((summary) => summary.eventId)).toEqual([goodOne]);
    expect(index.records.map((one) => one.event.id).sort()).toEqual([deepOne, hugeOne].sort());
    // As before the schema: an entry left out is not reported (its record is read whole instead).
    expect(store.problems).toEqual([]);
    const runs = cli(origin);
    expect(await runsCommand(runs.ctx, { limit: 5 })).toBe(0);
    expect(runs.ctx.output()).not.toMatch(/run_fake/);
    expect(runs.store.problems).toEqual([]);

    // The next write to the shard succeeds and writes the bad entries anew, without the junk.
    await saved(origin, [makeRecord(goodOne, [`run_${goodOne}`, "run_later"])]);
    const after = tree(origin);
    const rewritten = git(origin, "cat-file", "blob", after.get(shardPath)!);
    expect(rewritten).not.toMatch(/junk|__proto__|run_fake/);
    expect([...parseIndexShard(rewritten).keys()].sort()).toEqual(ids.map(eventIdHash).sort());
  });
});
