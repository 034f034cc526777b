// Moved from record-containers.test.ts: writing a record at the real size cap (16 MiB), whose
// event text passes 1 MiB and is kept in a scratch file.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath, recordContainerCap } from "../../src/state/layout.js";
import { runIds } from "./artifact-helpers.js";
import { makeRecord, tempDir } from "./helpers.js";

/** A valid record of `eventId` whose payload holds `arrays` empty arrays (and two containers more). */
function recordOfArrays(eventId: string, arrays: number, runId = "run_a"): ReturnType<typeof makeRecord> {
  const record = makeRecord(eventId, [runId]);
  record.event.payload = { arrays: Array.from({ length: arrays }, () => []) };
  return record;
}

function withResultArrays(record: ReturnType<typeof makeRecord>, arrays: number): ReturnType<typeof makeRecord> {
  const run = record.runs[0]!;
  run.resultPayload = { status: "completed", artifacts: { lists: Array.from({ length: arrays }, () => []) } };
  return record;
}

describe("writing a record of more objects and arrays than the store reads back", () => {
  it("FileStateStore: an event text over 1 MiB (kept in a scratch file) is counted, and so is one read back with its arrays on disk", async () => {
    const dir = await tempDir();
    const maxRecordBytes = 16 * 1024 * 1024;
    const cap = recordContainerCap(maxRecordBytes); // 524,288: 1.5 MiB of `[],`
    const store = new FileStateStore({ dir, maxRecordBytes });
    await expect(store.saveEvent(recordOfArrays("evt-spilled", cap))).rejects.toThrow(
      `the record of event "evt-spilled" (${join(dir, ...eventRecordPath("evt-spilled").split("/"))}) would hold more than 524,288 objects and arrays`,
    );
    await store.saveEvent(recordOfArrays("evt-spilled", cap - 100));
    expect(runIds(await new FileStateStore({ dir, maxRecordBytes }).loadEvent("evt-spilled"))).toEqual(["run_a"]);

    // Read back by another store, its array of arrays kept on disk (counted when read): the next
    // save would pass the cap with a result's arrays.
    const next = new FileStateStore({ dir, maxRecordBytes });
    await expect(next.saveEvent(withResultArrays(makeRecord("evt-spilled", ["run_b"]), 200))).rejects.toThrow('the record of event "evt-spilled"');
    await next.saveEvent(withResultArrays(makeRecord("evt-spilled", ["run_b"]), 20));
    expect(runIds(await new FileStateStore({ dir, maxRecordBytes }).loadEvent("evt-spilled"))).toEqual(["run_a", "run_b"]);
  });
});
