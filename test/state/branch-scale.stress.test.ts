import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { runsCommand, showCommand } from "../../src/cli/state-commands.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { gitBlobOid, type IndexShard, indexEntry, indexShardPath, indexShardText, recordHash } from "../../src/state/branch-index.js";
import { eventRecordPath } from "../../src/state/layout.js";
import type { EventRecord } from "../../src/state/types.js";
import { PROBLEMS_SHOWN_PER_KIND, storeProblemCount } from "../../src/state/problems.js";
import { cpuTimedWithChildren } from "../helpers/stalls.js";
import { git, makeRecord, storeContext, tempDir } from "./helpers.js";

// A state branch whose tree holds 100,000 damaged records (a bad migration, a hostile push): a
// listing reports each once and goes on, in bounded time. The stores looked for each new problem
// in the list of those they had: 5·10⁹ comparisons, 7 minutes for this branch. A listing also
// read each record as `<tip>:<path>`, which costs git a walk down the tip's trees per record.
// The bounds are on CPU time, this process's and its git processes' (cpuTimedWithChildren): the
// wall clock of a listing went from about 30 s to 124 s on a machine busy with other work.

const COUNT = 100_000;

/**
 * A bare origin whose `flows-state` holds `count` records made by `text`, written by one
 * fast-import; with `indexed`, and the index shards flows-action writes with them (branch-index.ts).
 */
function branchOf(root: string, count: number, text: (index: number) => string, indexed = false): string {
  const origin = join(root, "origin.git");
  git(root, "init", "--bare", "--quiet", origin);
  git(origin, "config", "uploadpack.allowFilter", "true");
  const parts: string[] = [];
  const blobs = new Map<string, number>();
  for (let index = 0; index < count; index++) {
    const data = text(index);
    if (blobs.has(data)) continue;
    blobs.set(data, blobs.size + 1);
    parts.push(`blob\nmark :${blobs.size}\ndata ${Buffer.byteLength(data)}\n${data}\n`);
  }
  parts.push("commit refs/heads/flows-state\ncommitter t <t@example.com> 1700000000 +0000\ndata 7\nrecords\n");
  for (let index = 0; index < count; index++) parts.push(`M 100644 :${blobs.get(text(index))} ${eventRecordPath(`evt-${index}`)}\n`);
  if (indexed) {
    const shards = new Map<string, IndexShard>();
    for (let index = 0; index < count; index++) {
      const path = eventRecordPath(`evt-${index}`);
      const shard = shards.get(indexShardPath(path)) ?? new Map();
      shards.set(indexShardPath(path), shard);
      shard.set(recordHash(path), indexEntry(JSON.parse(text(index)) as EventRecord, gitBlobOid(text(index))));
    }
    for (const [path, shard] of shards) {
      const data = indexShardText(shard);
      parts.push(`M 100644 inline ${path}\ndata ${Buffer.byteLength(data)}\n${data}\n`);
    }
  }
  parts.push("\n");
  execFileSync("git", ["-C", origin, "fast-import", "--quiet"], { input: parts.join(""), maxBuffer: 1 << 30 });
  return origin;
}

/** The listing's event ids and its CPU milliseconds (`ms`, with git's) and wall milliseconds. */
async function listed(origin: string): Promise<{ ms: number; wallMs: number; store: BranchStateStore; ids: string[] }> {
  const store = new BranchStateStore({ remoteUrl: origin });
  onTestFinished(() => store.close());
  const { value: ids, cpuMs, wallMs } = await cpuTimedWithChildren(async () => (await store.listEvents()).map((record) => record.event.id));
  return { ms: cpuMs, wallMs, store, ids };
}

describe("a state branch of 100,000 records", () => {
  it("each damaged (cut short, its own bytes): listed in under 2 minutes, each reported once", async () => {
    const origin = branchOf(await tempDir("flows-state-scale-"), COUNT, (index) => `{"formatVersion": 1, "event": ${index}`);
    const { ms, wallMs, store, ids } = await listed(origin);
    console.log(`100,000 damaged records, each its own blob: listed in ${Math.round(wallMs)} ms, ${Math.round(ms)} ms of CPU`);
    expect(ids).toEqual([]);
    // The first 20 of the kind are listed, the rest counted (problems.ts): every one once, exactly.
    expect(storeProblemCount(store)).toBe(COUNT);
    expect(store.problems).toHaveLength(PROBLEMS_SHOWN_PER_KIND);
    expect(store.problemsLeftOut).toMatchObject([{ shown: PROBLEMS_SHOWN_PER_KIND, count: COUNT - PROBLEMS_SHOWN_PER_KIND }]);
    expect(new Set(store.problems.map((problem) => problem.path)).size).toBe(PROBLEMS_SHOWN_PER_KIND);
    expect(store.problems[0]!.message).toMatch(/not valid JSON/);
    // About 30 s here, 17 s of it git fetching the 100,000 blobs; it was over 7 minutes.
    expect(ms).toBeLessThan(120_000);
  });

  it("all damaged with the same bytes (one blob): listed in under 30 s", async () => {
    const origin = branchOf(await tempDir("flows-state-scale-"), COUNT, () => '{"formatVersion": 1, "event"');
    const { ms, wallMs, store } = await listed(origin);
    console.log(`100,000 damaged records sharing one blob: listed in ${Math.round(wallMs)} ms, ${Math.round(ms)} ms of CPU`);
    expect(storeProblemCount(store)).toBe(COUNT);
    // About 4 s: the blob is fetched and read once; it was over 7 minutes.
    expect(ms).toBeLessThan(30_000);
  });

  /** A command on a fresh store of `origin`, timed, with what it printed on each stream. */
  async function timed(origin: string, what: string, command: (ctx: ReturnType<typeof storeContext>) => Promise<number>) {
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    let err = "";
    const ctx = {
      ...storeContext(store),
      err: (text: string) => {
        err += text;
      },
    };
    const { value: code, cpuMs: ms, wallMs } = await cpuTimedWithChildren(() => command(ctx));
    expect(code).toBe(0);
    console.log(`${what} of 100,000 records: ${Math.round(wallMs)} ms, ${Math.round(ms)} ms of CPU, ${store.stats.fetches} fetches`);
    return { ms, out: ctx.output(), err, store };
  }

  /** Record `index`: its run updated at second `index`, so the newest runs are those of the last records. */
  const dated = (index: number) => JSON.stringify(makeRecord(`evt-${index}`, [`run_${index}`], { updatedAt: new Date(Date.UTC(2025, 0, 1) + index * 1000).toISOString() }));
  const newestRuns = Array.from({ length: 20 }, (_, index) => `run_${COUNT - 1 - index}`);
  const runIds = (out: string) => out.split("\n").filter(Boolean).map((line) => line.split("  ")[0]);

  it("valid records with the index: flows show <event-id> reads one record; flows runs --limit 20 and flows show <run-id> read the index and the records they show", async () => {
    const origin = branchOf(await tempDir("flows-state-scale-"), COUNT, dated, true);
    const event = await timed(origin, "flows show <event-id>", (ctx) => showCommand(ctx, "evt-77777"));
    expect(event.out).toContain("run_77777");
    expect(event.ms).toBeLessThan(5_000);
    const runs = await timed(origin, "flows runs --limit 20 (index)", (ctx) => runsCommand(ctx, { limit: 20 }));
    expect(runIds(runs.out)).toEqual(newestRuns);
    expect(runs.err).toBe("");
    const run = await timed(origin, "flows show <run-id> (index)", (ctx) => showCommand(ctx, "run_77777"));
    expect(run.out).toContain("event evt-77777");
    expect(run.err).toBe("");
    // Each read every record once: 43 s and 32 s here (138 s under a load average of 25). With the
    // index: the tip's listing, the 256 shards (about 12 MB) and the records shown: about 4 s each
    // (under a load average of 17; 18 s and 12 s under 25, where loading one event took 3 s).
    expect(runs.ms).toBeLessThan(30_000);
    expect(run.ms).toBeLessThan(30_000);
  });

  it("valid records written before the index: read each once, holding a few, and say why; the first write indexes its shard", async () => {
    const origin = branchOf(await tempDir("flows-state-scale-"), COUNT, dated);
    const runs = await timed(origin, "flows runs --limit 20 (no index)", (ctx) => runsCommand(ctx, { limit: 20 }));
    expect(runIds(runs.out)).toEqual(newestRuns);
    expect(runs.err).toMatch(/has no index yet/);
    const run = await timed(origin, "flows show <run-id> (no index)", (ctx) => showCommand(ctx, "run_77777"));
    expect(run.out).toContain("event evt-77777");
    // 35-50 s here (132 s and 48 s under a load average of 25). What bounds them is memory (Newest holds 40), not time.
    expect(runs.ms).toBeLessThan(120_000);
    expect(run.ms).toBeLessThan(120_000);
    // The first write by this version: its record's shard, and the others of that shard (about 400) read to fill it.
    const writer = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => writer.close());
    await writer.saveEvent(makeRecord("evt-new", ["run_new"]));
    const { cpuMs: ms, wallMs } = await cpuTimedWithChildren(() => writer.flush());
    console.log(`the first write to a branch of 100,000 records without an index: ${Math.round(wallMs)} ms, ${Math.round(ms)} ms of CPU`);
    // Not measured yet at this scale (the machine was too loaded to get this far): a bound, not a time.
    expect(ms).toBeLessThan(30_000);
  });

  it("valid records: listed whole, and one event loaded in under 5 s", async () => {
    const origin = branchOf(await tempDir("flows-state-scale-"), COUNT, (index) => JSON.stringify(makeRecord(`evt-${index}`, [`run_${index}`])));
    const { ms, wallMs, ids } = await listed(origin);
    console.log(`100,000 valid records: listed in ${Math.round(wallMs)} ms, ${Math.round(ms)} ms of CPU`);
    expect(ids).toHaveLength(COUNT);
    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    const { value: loaded, cpuMs: loadMs, wallMs: loadWallMs } = await cpuTimedWithChildren(() => store.loadEvent("evt-99999"));
    expect(loaded?.runs.map((run) => run.id)).toEqual(["run_99999"]);
    console.log(`one event of 100,000 loaded in ${Math.round(loadWallMs)} ms, ${Math.round(loadMs)} ms of CPU`);
    expect(loadMs).toBeLessThan(5_000);
  });
});

describe("a file store of 100,000 records", () => {
  it("flows runs --limit 20 and flows show <run-id> read each record from the disk (no index yet)", async () => {
    const dir = await tempDir("flows-file-scale-");
    for (let index = 0; index < COUNT; index++) {
      const file = join(dir, ...eventRecordPath(`evt-${index}`).split("/"));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(makeRecord(`evt-${index}`, [`run_${index}`], { updatedAt: new Date(Date.UTC(2025, 0, 1) + index * 1000).toISOString() })));
    }
    const timedFile = async (what: string, command: (ctx: ReturnType<typeof storeContext>) => Promise<number>) => {
      const ctx = storeContext(new FileStateStore({ dir }));
      const started = performance.now();
      expect(await command(ctx)).toBe(0);
      const ms = performance.now() - started;
      console.log(`${what} of a file store of 100,000 records: ${Math.round(ms)} ms`);
      return { ms, out: ctx.output() };
    };
    const runs = await timedFile("flows runs --limit 20", (ctx) => runsCommand(ctx, { limit: 20 }));
    expect(runs.out.split("\n").filter(Boolean)[0]).toMatch(/^run_99999 /);
    const run = await timedFile("flows show <run-id>", (ctx) => showCommand(ctx, "run_77777"));
    expect(run.out).toContain("event evt-77777");
    // Local files, no git: 11 s and 7 s on a 2-core machine under heavy load (load average 25), against
    // 138 s for the branch's scan there. The file store keeps no index yet; this bounds the time it takes.
    expect(runs.ms).toBeLessThan(60_000);
    expect(run.ms).toBeLessThan(60_000);
  });
});
