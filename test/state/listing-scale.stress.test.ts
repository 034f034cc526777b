import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { eventsCommand, runsCommand, showCommand, } from "../../src/cli/state-commands.js";
import { debugStore } from "../../src/action/debug.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath, selectEvents, serializeEventRecord } from "../../src/state/layout.js";
import { LazyStateStore } from "../../src/state/lazy-store.js";
import { Newest } from "../../src/state/query.js";
import type { EventRecord, } from "../../src/state/types.js";
import { recoverWatchCursor } from "../../src/watch/cursor.js";
import { git, makeRecord, makeRun, storeContext, tempDir } from "./helpers.js";

// Listings of a long history (`flows events --limit`, `flows runs`, `flows show <run-id>`) read
// every record, one at a time, and keep only what they show: they held every record at once
// (343 MB for 50,000 records of 8 KB from a file store; 2.6 GB from a state branch).

/** `count` records, two runs each, some with the same time; every tenth run needs attention. */
function records(count: number): EventRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const at = new Date(Date.UTC(2026, 0, 1) + Math.floor(index / 3) * 1000).toISOString();
    const id = `evt-${index}`;
    const runs = [0, 1].map((k) => ({ ...makeRun(id, `run_${index}_${k}`, { updatedAt: at }), needsAttention: (index + k) % 10 === 0 }));
    return makeRecord(id, [], { updatedAt: at, runs, type: index % 2 ? "push" : "upstream.release" });
  });
}

/** Writes the records in the stores' layout under `root` (a file store's folder, a checkout). */
function writeRecords(root: string, all: EventRecord[]): void {
  for (const record of all) {
    const file = join(root, ...eventRecordPath(record.event.id).split("/"));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, serializeEventRecord(record));
  }
}

/** The store, refusing listEvents: a listing through it would hold every record. */
function withoutWholeListing(store: FileStateStore): FileStateStore {
  store.listEvents = () => Promise.reject(new Error("listEvents reads and holds every record"));
  return store;
}

describe("listings of a long history", () => {
  it("Newest keeps the newest items in listing order, holding at most twice the limit", () => {
    const times = Array.from({ length: 1000 }, (_, index) => `t${String((index * 7919) % 97).padStart(3, "0")}`);
    const newest = new Newest<{ at: string; index: number }>(5, (item) => item.at);
    let most = 0;
    times.forEach((at, index) => {
      newest.offer({ at, index });
      most = Math.max(most, newest.held);
    });
    const expected = times
      .map((at, index) => ({ at, index }))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
      .slice(0, 5);
    expect(newest.items()).toEqual(expected);
    expect(most).toBeLessThanOrEqual(10);
  });

  it("flows events --limit and flows runs show what a whole listing would, without holding it", async () => {
    const dir = await tempDir();
    const all = records(90);
    writeRecords(dir, all);
    const listed = selectEvents(await new FileStateStore({ dir }).listEvents());

    const events = storeContext(withoutWholeListing(new FileStateStore({ dir })));
    expect(await eventsCommand(events, { limit: 4 })).toBe(0);
    expect(events.output().split("\n").filter(Boolean).map((line) => line.split("  ")[2])).toEqual(listed.slice(0, 4).map((r) => r.event.id));

    const typed = storeContext(withoutWholeListing(new FileStateStore({ dir })));
    await eventsCommand(typed, { type: "push", limit: 3 });
    const pushes = listed.filter((record) => record.event.type === "push").slice(0, 3);
    expect(typed.output().split("\n").filter(Boolean).map((line) => line.split("  ")[2])).toEqual(pushes.map((r) => r.event.id));

    const runs = storeContext(withoutWholeListing(new FileStateStore({ dir })));
    await runsCommand(runs, { needsAttention: true, limit: 5 });
    const attention = listed
      .flatMap((record) => record.runs)
      .filter((run) => run.needsAttention)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
      .slice(0, 5);
    expect(runs.output().split("\n").filter(Boolean).map((line) => line.split("  ")[0])).toEqual(attention.map((run) => run.id));
  });

  it("flows show <run-id> stops reading at the record that holds the run", async () => {
    const dir = await tempDir();
    const all = records(120);
    writeRecords(dir, all);
    // The record read first (shards and files are read in name order) holds the run.
    const first = [...all].sort((a, b) => (eventRecordPath(a.event.id) < eventRecordPath(b.event.id) ? -1 : 1))[0]!;
    const store = new FileStateStore({ dir });
    const ctx = storeContext(store);
    expect(await showCommand(ctx, first.runs[1]!.id)).toBe(0);
    expect(ctx.output()).toContain(`run ${first.runs[1]!.id}`);
    expect(store.counts.recordReads).toBe(1);
  });

  it("a state branch is listed a batch of records at a time, and a scan that stops reads no further batch", async () => {
    const root = await tempDir("flows-state-git-");
    const origin = join(root, "origin.git");
    const stage = join(root, "stage");
    git(root, "init", "--bare", "--quiet", origin);
    git(root, "init", "--quiet", stage);
    const all = records(1_100);
    writeRecords(stage, all);
    git(stage, "checkout", "--quiet", "-b", "flows-state");
    git(stage, "add", ".");
    git(stage, "commit", "--quiet", "-m", "records");
    git(stage, "push", "--quiet", origin, "flows-state");

    // git on PATH through a wrapper that logs each command, to count the blob reads.
    const bin = join(root, "bin");
    const log = join(root, "git.log");
    mkdirSync(bin);
    const realGit = execFileSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).trim();
    writeFileSync(join(bin, "git"), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${realGit}' "$@"\n`);
    chmodSync(join(bin, "git"), 0o755);
    const path = process.env.PATH;
    process.env.PATH = `${bin}:${path}`;
    onTestFinished(() => {
      process.env.PATH = path;
    });
    const blobReads = (): number => readFileSync(log, "utf8").split("\n").filter((line) => / cat-file --batch$/.test(line)).length;

    const store = new BranchStateStore({ remoteUrl: origin });
    onTestFinished(() => store.close());
    const ids: string[] = [];
    await store.eachEvent((record) => {
      ids.push(record.event.id);
    });
    expect(ids.sort()).toEqual(all.map((record) => record.event.id).sort());
    expect(blobReads()).toBe(3); // 500 + 500 + 100

    let visited = 0;
    await store.eachEvent(() => {
      visited += 1;
      return false;
    });
    expect(visited).toBe(1);
    expect(blobReads()).toBe(4);

    const ctx = storeContext(store);
    await eventsCommand(ctx, { limit: 2 });
    const listed = selectEvents(all);
    expect(ctx.output().split("\n").filter(Boolean).map((line) => line.split("  ")[2])).toEqual(listed.slice(0, 2).map((r) => r.event.id));
  });

  it("the watcher recovers a lost cursor from the release events one at a time, through the action's lazy and debug stores too", async () => {
    const dir = await tempDir();
    const releases = Array.from({ length: 40 }, (_, index) => {
      const record = makeRecord(`release-${index}`, [], { type: "upstream.release" });
      record.event.payload = { repo: "openai/codex", tag: `rust-v0.${index}.0`, publishedAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString() };
      return record;
    });
    writeRecords(dir, [...releases, ...records(30)]);
    const lines: string[] = [];
    const store = debugStore(new LazyStateStore("file", async () => withoutWholeListing(new FileStateStore({ dir }))), (line) => lines.push(line));
    const recovered = await recoverWatchCursor(store, "openai/codex");
    expect(recovered?.cursor.watermark).toBe(new Date(Date.UTC(2026, 0, 40)).toISOString());
    expect(recovered?.note).toContain("the latest of 40 release events of openai/codex in the state store (rust-v0.39.0");
    expect(lines).toEqual(["state file: scan → 70 event(s) read"]);
  });
});
