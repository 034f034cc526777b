// A store opened read-only (`readOnly`) changes nothing where it keeps records: the read commands
// of the CLI (`flows show`, `events`, `runs`, --dry-run) open it so, and so may a library caller.
import { createHash } from "node:crypto";
import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { createStateStore, eventRecordPath, FileStateStore } from "../../src/state/index.js";
import { artifactWorld } from "./artifact-helpers.js";
import { makeRecord, tempDir } from "./helpers.js";

/** Every entry under `dir`, with its time and a hash of a file's bytes: what a read must leave as it was. */
async function snapshot(dir: string): Promise<string[]> {
  const seen: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const info = await stat(path);
      if (entry.isDirectory()) {
        seen.push(`${path}/ ${info.mtimeMs}`);
        await walk(path);
      } else {
        seen.push(`${path} ${info.mtimeMs} ${createHash("sha256").update(await readFile(path)).digest("hex")}`);
      }
    }
  };
  await walk(dir);
  return seen.sort();
}

async function withDamagedRecord(): Promise<{ dir: string; damaged: string }> {
  const dir = await tempDir("flows-read-only-");
  await new FileStateStore({ dir }).saveEvent(makeRecord("evt-good", ["a"]));
  const damaged = join(dir, ...eventRecordPath("evt-damaged").split("/"));
  await mkdir(dirname(damaged), { recursive: true });
  await writeFile(damaged, "{ not json");
  return { dir, damaged };
}

describe("a file store opened read-only", () => {
  it("reports a damaged record and leaves it as it is: nothing moved, locked or made", async () => {
    const { dir, damaged } = await withDamagedRecord();
    try {
      const before = await snapshot(dir);
      const store = new FileStateStore({ dir, readOnly: { command: "flows show", setAsideCommand: (id) => `flows replay ${id}` } });
      expect(store.readOnly).toBe(true);
      expect(await store.loadEvent("evt-damaged")).toBeUndefined();
      expect((await store.loadEvent("evt-good"))?.event.id).toBe("evt-good");
      expect(await store.loadEvent("evt-never-stored")).toBeUndefined();
      expect((await store.listEvents()).map((record) => record.event.id)).toEqual(["evt-good"]);
      expect(await snapshot(dir)).toEqual(before);
      const damage = store.damageOf("evt-damaged");
      expect(damage?.file).toBe(damaged);
      expect(damage?.left).toBe("left as it is (flows show only reads, and changes nothing)");
      expect(damage?.repair).toBe(`\`flows replay evt-damaged\` sets it aside (its bytes kept as ${damaged}.corrupt-<time>), and the event then counts as not handled yet`);
      expect(store.damageOf("evt-good")).toBeUndefined();
      expect(store.problems[0]).toEqual({ path: damaged, message: `${damage!.reason}; ${damage!.left}. ${damage!.repair}` });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("reads a folder this user may only read, damaged record and all", async () => {
    if (process.getuid?.() === 0) return; // root may write anywhere
    const { dir, damaged } = await withDamagedRecord();
    const shard = dirname(damaged);
    try {
      await chmod(shard, 0o555);
      const store = new FileStateStore({ dir, readOnly: true });
      expect(await store.loadEvent("evt-damaged")).toBeUndefined();
      // The library's words, with no reader named.
      expect(store.problems[0]?.message).toContain("left as it is (this read-only store only reads, and changes nothing). A dispatch or replay of its event sets it aside");
    } finally {
      await chmod(shard, 0o755);
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("refuses a save or a claim as a bug in its reader, writing nothing", async () => {
    const { dir } = await withDamagedRecord();
    try {
      const before = await snapshot(dir);
      const store = new FileStateStore({ dir, readOnly: { command: "flows runs" } });
      await expect(store.saveEvent(makeRecord("evt-new", ["a"]))).rejects.toThrow("flows runs only reads the state store, yet it was asked to save event evt-new");
      await expect(store.claimRuns(makeRecord("evt-good", ["b"]), { starting: new Set(["b"]), isTaken: () => false })).rejects.toThrow(
        "yet it was asked to claim the runs of event evt-good",
      );
      expect(await snapshot(dir)).toEqual(before);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("moves a damaged record aside when not read-only, as a dispatch needs", async () => {
    const { dir, damaged } = await withDamagedRecord();
    try {
      const store = new FileStateStore({ dir });
      expect(store.readOnly).toBe(false);
      expect(await store.loadEvent("evt-damaged")).toBeUndefined();
      expect(store.damageOf("evt-damaged")).toBeUndefined();
      expect((await readdir(dirname(damaged))).some((name) => name.includes(".corrupt-"))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("createStateStore({ readOnly })", () => {
  it("opens every kind read-only: a save is refused before anything is made, cloned or uploaded", async () => {
    const dir = await tempDir("flows-read-only-kinds-");
    try {
      const artifact = { token: "t", repository: "o/r", apiUrl: "http://127.0.0.1:9", runId: "1", runAttempt: "1" };
      const stores = [
        await createStateStore({ kind: "file", dir: join(dir, "state"), readOnly: true }),
        await createStateStore({ kind: "none", readOnly: true }),
        await createStateStore({ kind: "branch", remoteUrl: join(dir, "no-such-repo"), readOnly: true }),
        await createStateStore({ kind: "artifact", artifact, readOnly: true }),
      ];
      for (const store of stores) {
        expect(store.readOnly, store.kind).toBe(true);
        await expect(store.saveEvent(makeRecord("evt-1", ["a"])), store.kind).rejects.toThrow("only reads the state store, yet it was asked to save event evt-1");
        await store.flush();
        await store.close?.();
      }
      expect(await readdir(dir)).toEqual([]);
      const writes = await createStateStore({ kind: "none" });
      expect(writes.readOnly ?? false).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("an artifact store opened read-only", () => {
  it("uploads nothing when flushed after a read, though a snapshot is due", async () => {
    // Its flush wrote a snapshot of what it read once that was due (deltas piled up, or an hour
    // old): a `flows show --state artifact` in a workflow uploaded one, as only a saving run should.
    const world = await artifactWorld();
    const writer = world.store(901);
    await writer.saveEvent(makeRecord("evt-ro", ["a"]));
    await writer.flush();
    const uploads = world.results.uploads.length;
    const reader = world.store(902, { compactAfter: 0, readOnly: { command: "flows show" } });
    expect((await reader.loadEvent("evt-ro"))?.runs).toHaveLength(1);
    await reader.flush();
    expect(world.results.uploads.length).toBe(uploads);
    // Opened to write, the same read and flush write the snapshot.
    const saving = world.store(903, { compactAfter: 0 });
    await saving.loadEvent("evt-ro");
    await saving.flush();
    expect(world.results.uploads.map((upload) => upload.name).slice(uploads)).toEqual([expect.stringContaining("snapshot")]);
    world.assertNoViolations();
  });
});

