import { mkdir, readdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { StateLockError, withFileLock } from "../../src/state/file-lock.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventIdHash, eventRecordPath, StateRecordError, serializeEventRecord } from "../../src/state/layout.js";
import { makeRecord, makeRun, tempDir } from "./helpers.js";

describe("FileStateStore", () => {
  it("loads back exactly the record it saved, from events/<xx>/<sha256>.json", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir });
    const record = makeRecord("patch:upstream.release:openai/codex:rust-v1.2.3", ["run_a", "run_b"]);

    await store.saveEvent(record);

    expect(await store.loadEvent(record.event.id)).toEqual(record);
    const hash = eventIdHash(record.event.id);
    const file = join(dir, "events", hash.slice(0, 2), `${hash}.json`);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual(record);
    expect(await store.loadEvent("never-dispatched")).toBeUndefined();
  });

  it("keeps the runs of two writers that save the same event", async () => {
    const dir = await tempDir();
    const first = new FileStateStore({ dir });
    const second = new FileStateStore({ dir });
    await first.saveEvent(makeRecord("evt-1", ["run_first"]));
    await second.saveEvent(makeRecord("evt-1", ["run_second"]));

    const stored = await new FileStateStore({ dir }).loadEvent("evt-1");
    expect(stored?.runs.map((run) => run.id).sort()).toEqual(["run_first", "run_second"]);
  });

  it("keeps the later update of a run that two writers both saved", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir });
    const newer = makeRun("evt-1", "run_a", { updatedAt: "2025-02-01T00:00:00.000Z", attempts: 2 });
    await store.saveEvent(makeRecord("evt-1", [], { runs: [newer] }));
    await store.saveEvent(makeRecord("evt-1", ["run_a"]));

    const stored = await store.loadEvent("evt-1");
    expect(stored?.runs).toEqual([newer]);
  });

  it("lists events newest first, filtered by type and limited, ignoring temp and lock files", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir });
    await store.saveEvent(makeRecord("old", ["r1"], { updatedAt: "2025-01-01T00:00:00.000Z" }));
    await store.saveEvent(makeRecord("new", ["r2"], { updatedAt: "2025-03-01T00:00:00.000Z" }));
    await store.saveEvent(makeRecord("push", ["r3"], { type: "push", updatedAt: "2025-02-01T00:00:00.000Z" }));
    const shard = join(dir, eventRecordPath("old"), "..");
    await writeFile(join(shard, "x.json.123-abcd.tmp"), "{ half");
    await writeFile(join(dir, `${eventRecordPath("old")}.lock`), "1 now");

    expect((await store.listEvents()).map((record) => record.event.id)).toEqual(["new", "push", "old"]);
    expect((await store.listEvents({ type: "upstream.release" })).map((r) => r.event.id)).toEqual(["new", "old"]);
    expect((await store.listEvents({ limit: 1 })).map((record) => record.event.id)).toEqual(["new"]);
    expect(store.problems).toEqual([]);
  });

  it("reports corrupt, wrongly shaped, newer-format and misplaced files with their path, keeps them, and lists the rest", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir });
    await store.saveEvent(makeRecord("good", ["r1"]));
    const bad = {
      half: '{"formatVersion": 1, "event": {"id": "half"',
      shape: JSON.stringify({ ...makeRecord("shape", []), runs: "none" }),
      newer: JSON.stringify({ ...makeRecord("newer", ["r1"]), formatVersion: 99 }),
      misplaced: serializeEventRecord(makeRecord("somewhere-else", ["r1"])),
    };
    const files: Record<string, string> = {};
    for (const [id, text] of Object.entries(bad)) {
      files[id] = join(dir, eventRecordPath(id));
      await mkdir(join(files[id], ".."), { recursive: true });
      await writeFile(files[id], text);
    }

    const listed = await store.listEvents();

    expect(listed.map((record) => record.event.id)).toEqual(["good"]);
    const reasons = Object.fromEntries(store.problems.map((problem) => [problem.path, problem.message]));
    expect(reasons[files.half!]).toMatch(/not valid JSON, maybe half-written/);
    expect(reasons[files.shape!]).toMatch(/runs must be an array \(got "none"\)/);
    expect(reasons[files.newer!]).toMatch(/format 99 is newer .* upgrade flows-action/);
    expect(reasons[files.misplaced!]).toMatch(/holds event "somewhere-else"/);
    expect(store.problems).toHaveLength(4);
    for (const [id, text] of Object.entries(bad)) expect(await readFile(files[id]!, "utf8")).toBe(text);
  });

  it("refuses to load or overwrite an unreadable record, naming the file", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir });
    const file = join(dir, eventRecordPath("newer"));
    const text = JSON.stringify({ ...makeRecord("newer", ["r1"]), formatVersion: 99 });
    await mkdir(join(file, ".."), { recursive: true });
    await writeFile(file, text);

    await expect(store.loadEvent("newer")).rejects.toThrow(StateRecordError);
    await expect(store.saveEvent(makeRecord("newer", ["r2"]))).rejects.toThrow(file);
    expect(await readFile(file, "utf8")).toBe(text);
  });

  it("sets a half-written record aside, reports it, and lets the event be recorded again", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir });
    const file = join(dir, eventRecordPath("torn"));
    await mkdir(join(file, ".."), { recursive: true });
    await writeFile(file, '{"formatVersion":1,"event":{"id":"to');

    expect(await store.loadEvent("torn")).toBeUndefined();
    expect(store.problems[0]?.path).toBe(file);
    expect(store.problems[0]?.message).toMatch(/not valid JSON, maybe half-written.*moved aside to .*\.corrupt-/);
    const aside = (await readdir(join(file, ".."))).filter((name) => name.includes(".corrupt-"));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(file, "..", aside[0] as string), "utf8")).toBe('{"formatVersion":1,"event":{"id":"to');
    await store.saveEvent(makeRecord("torn", ["r1"]));
    expect((await store.loadEvent("torn"))?.runs.map((run) => run.id)).toEqual(["r1"]);
  });

  it("reads only the asked event's file, however many broken files sit beside it", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir });
    await store.saveEvent(makeRecord("wanted", ["r1"]));
    for (let index = 0; index < 200; index++) {
      const file = join(dir, eventRecordPath(`junk-${index}`));
      await mkdir(join(file, ".."), { recursive: true });
      await writeFile(file, "not json");
    }

    await store.saveEvent(makeRecord("wanted", ["r2"]));
    expect((await store.loadEvent("wanted"))?.runs).toHaveLength(2);
    expect(store.problems).toEqual([]);
  });
});

describe("withFileLock", () => {
  it("breaks a lock left by a crashed process once it is stale", async () => {
    const dir = await tempDir();
    const lock = join(dir, "event.json.lock");
    await writeFile(lock, "4242 long ago");
    const past = new Date(Date.now() - 60_000);
    await utimes(lock, past, past);

    expect(await withFileLock(lock, async () => "ran", { staleMs: 30_000 })).toBe("ran");
    await expect(stat(lock)).rejects.toThrow(/ENOENT/);
  });

  it("waits for a live lock and names the lock file when it gives up", async () => {
    const dir = await tempDir();
    const lock = join(dir, "event.json.lock");
    await writeFile(lock, "4242 now");

    const attempt = withFileLock(lock, async () => "ran", { staleMs: 30_000, timeoutMs: 200 });
    await expect(attempt).rejects.toThrow(StateLockError);
    await expect(attempt).rejects.toThrow(lock);
  });
});
