import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lazyCounts } from "../../src/events/lazy-json.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath } from "../../src/state/layout.js";
import { makeRecord, makeRun, tempDir } from "./helpers.js";

// A big stored record (a 25 MB payload: a record of about 50 MB) read back, as a redelivery does,
// keeps its event's big arrays on disk (src/state/file-store.ts, events/event-file.ts) and writes
// them back from there: the same record, the same bytes, never parsed whole.

const STREAMED = 8 * 1024;

function bigRecord(eventId: string) {
  const record = makeRecord(eventId, ["run_a", "run_b"]);
  const items = Array.from({ length: 400 }, (_, i) => ({ id: i, title: `item ${i} ünï "q"`, labels: [{ name: "bug" }], none: [] }));
  record.event.payload = { action: "big", client_payload: { items, more: items.slice(0, 200) }, sender: { login: "octocat" } };
  return record;
}

describe("the file store reading a big record", () => {
  it("keeps the event's big arrays on disk, gives the same record, and writes the same bytes back", async () => {
    const dir = await tempDir();
    const record = bigRecord("evt-big-read");
    await new FileStateStore({ dir }).saveEvent(record);
    const file = join(dir, ...eventRecordPath("evt-big-read").split("/"));
    const written = readFileSync(file, "utf8");

    const store = new FileStateStore({ dir, streamedRecordBytes: STREAMED });
    const before = lazyCounts();
    const loaded = await store.loadEvent("evt-big-read");
    expect(lazyCounts().created).toBeGreaterThan(before.created);
    // Saved again as a redelivery does: merged under the lock (the file read again) and written.
    await store.saveEvent({ ...record, dispatchCount: 2 });
    expect(lazyCounts().loads).toBe(before.loads);
    expect(readFileSync(file, "utf8")).toBe(written.replace('"dispatchCount": 1', '"dispatchCount": 2'));
    expect(loaded).toEqual(record);
  });

  it("reads a record whose runs are big into plain runs, which merge and save as any others", async () => {
    const dir = await tempDir();
    const runs = Array.from({ length: 40 }, (_, i) => makeRun("evt-many-runs", `run_${i}`));
    const record = { ...bigRecord("evt-many-runs"), runs };
    await new FileStateStore({ dir }).saveEvent(record);
    const store = new FileStateStore({ dir, streamedRecordBytes: STREAMED });
    expect(await store.loadEvent("evt-many-runs")).toEqual(record);
    await store.saveEvent({ ...record, runs: [makeRun("evt-many-runs", "run_new")] });
    await store.saveEvent({ ...record, runs: [makeRun("evt-many-runs", "run_newer")] });
    const stored = await new FileStateStore({ dir }).loadEvent("evt-many-runs");
    expect(stored!.runs.map((run) => run.id)).toEqual([...runs.map((run) => run.id), "run_new", "run_newer"]);
    expect(stored!.event).toEqual(record.event);
  });
});
