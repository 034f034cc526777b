import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath, serializeEventRecord } from "../../src/state/layout.js";
import { addPending } from "../../src/state/record.js";
import type { EventRecord } from "../../src/state/types.js";
import { makeRecord, makeRun, tempDir } from "./helpers.js";

describe("FileStateStore writes", () => {
  it("merges saves of one event made while a write is under way into one write, losing none", async () => {
    const store = new FileStateStore({ dir: await tempDir() });
    const base = makeRecord("evt-1", []);
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.saveEvent({ ...base, runs: [makeRun("evt-1", `run_${i}`)] })));
    expect(store.counts.recordWrites).toBe(1);
    const stored = await new FileStateStore({ dir: store.dir }).loadEvent("evt-1");
    expect(stored!.runs.map((run) => run.id).sort()).toEqual(Array.from({ length: 8 }, (_, i) => `run_${i}`));
  });

  it("re-reads the record when another writer changed it, even in place with the same size", async () => {
    const dir = await tempDir();
    const mine = new FileStateStore({ dir });
    const other = new FileStateStore({ dir });
    const base = makeRecord("evt-1", []);
    await mine.saveEvent({ ...base, runs: [makeRun("evt-1", "run_a")] });
    await other.saveEvent({ ...base, runs: [makeRun("evt-1", "run_b")] });
    await mine.saveEvent({ ...base, runs: [makeRun("evt-1", "run_c")] });
    expect(mine.counts.recordReads).toBe(1);

    const file = join(dir, ...eventRecordPath("evt-1").split("/"));
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace('"flowName": "release-notes"', '"flowName": "release-nutes"'));
    await mine.saveEvent({ ...base, runs: [makeRun("evt-1", "run_d")] });
    expect(mine.counts.recordReads).toBe(2);
    const stored = await new FileStateStore({ dir }).loadEvent("evt-1");
    expect(stored!.runs.map((run) => run.id).sort()).toEqual(["run_a", "run_b", "run_c", "run_d"]);
    expect(stored!.runs.some((run) => run.flowName === "release-nutes")).toBe(true);
  });

  it("writes the same bytes as plain pretty JSON (format version 1, unchanged)", () => {
    const record = makeRecord("evt-1", ["run_a"]);
    record.event.payload = { list: [1, { deep: ["x", {}] }], empty: [], text: "line\nbreak" };
    expect(serializeEventRecord(record)).toBe(`${JSON.stringify(record, null, 2)}\n`);
  });

  it("branch and artifact stores copy a pending event's payload once, not once per save", () => {
    const pending = new Map<string, EventRecord>();
    const record = makeRecord("evt-1", []);
    addPending(pending, record);
    const kept = pending.get("evt-1")!.event;
    for (let i = 0; i < 3; i++) addPending(pending, { ...record, runs: [makeRun("evt-1", `run_${i}`)] });
    expect(pending.get("evt-1")!.event).toBe(kept);
    expect(pending.get("evt-1")!.runs).toHaveLength(3);
  });
});
