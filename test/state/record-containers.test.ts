import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import { StateFolderError } from "../../src/state/file-errors.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath, MAX_RECORD_BYTES, MAX_RECORD_CONTAINERS, recordContainerCap, serializeEventRecord } from "../../src/state/layout.js";
import { MAX_STATE_FILE_BYTES } from "../../src/state/artifact-read.js";
import { artifactWorld, REPOSITORY, runIds, stateZip } from "./artifact-helpers.js";
import { git, makeRecord, originWithCheckout, tempDir } from "./helpers.js";

// A stored record (or state file) of empty arrays builds to about 24 times its size: a 128 MiB
// record of `[],` took 5.6 GiB. Each store counts the objects and arrays of what it reads before
// parsing it, one per 32 bytes of its size cap (layout.ts, RECORD_BYTES_PER_CONTAINER), and
// handles one past that as any corrupt record. Here with small caps; the real sizes are in
// record-containers.stress.test.ts.

const MAX_BYTES = 64_000;
const CAP = recordContainerCap(MAX_BYTES); // 2,000

/** A valid record of `eventId` whose payload holds `arrays` empty arrays (and two containers more). */
function recordOfArrays(eventId: string, arrays: number, runId = "run_a"): ReturnType<typeof makeRecord> {
  const record = makeRecord(eventId, [runId]);
  record.event.payload = { arrays: Array.from({ length: arrays }, () => []) };
  return record;
}

async function writeRecordFile(dir: string, text: string, eventId: string): Promise<string> {
  const file = join(dir, ...eventRecordPath(eventId).split("/"));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
  return file;
}

describe("the container caps", () => {
  it("are one object or array per 32 bytes of the size caps", () => {
    expect(MAX_RECORD_CONTAINERS).toBe(MAX_RECORD_BYTES / 32);
    expect(MAX_RECORD_CONTAINERS).toBe(4_194_304);
    expect(recordContainerCap(MAX_STATE_FILE_BYTES)).toBe(16_777_216);
    expect(CAP).toBe(2_000);
  });
});

describe.each([
  { read: "whole", streamedRecordBytes: undefined },
  { read: "in streaming passes", streamedRecordBytes: 1_000 },
])("FileStateStore, a record read $read", ({ streamedRecordBytes }) => {
  const options = { maxRecordBytes: MAX_BYTES, ...(streamedRecordBytes ? { streamedRecordBytes } : {}) };

  it("reads a record of as many objects and arrays as its cap, and sets aside one of more unparsed, keeping its bytes", async () => {
    const dir = await tempDir();
    // Each run view, attempt and the event hold some: the payload's arrays fill the rest.
    const within = recordOfArrays("evt-within", CAP - 10);
    await writeRecordFile(dir, serializeEventRecord(within), "evt-within");
    const text = serializeEventRecord(recordOfArrays("evt-over", CAP));
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_BYTES);
    const file = await writeRecordFile(dir, text, "evt-over");

    const listing = new FileStateStore({ dir, ...options });
    expect((await listing.listEvents()).map((record) => record.event.id)).toEqual(["evt-within"]);
    const refused = `it holds more than ${CAP} objects and arrays, more than a record of flows-action holds, so it was not parsed`;
    expect(listing.problems).toEqual([{ path: file, message: refused }]);

    const store = new FileStateStore({ dir, ...options });
    expect((await store.loadEvent("evt-within"))?.runs.map((run) => run.id)).toEqual(["run_a"]);
    expect(await store.loadEvent("evt-over")).toBeUndefined();
    expect(store.problems).toEqual([{ path: file, message: expect.stringMatching(new RegExp(`^${refused}; moved aside to .*\\.corrupt-.*, and the event counts as not handled yet$`)) }]);
    const asides = (await readdir(dirname(file))).filter((name) => name.includes(".corrupt-"));
    expect(asides).toHaveLength(1);
    expect(await readFile(join(dirname(file), asides[0]!), "utf8")).toBe(text);

    // The event runs again: its new record is saved and read back.
    await store.saveEvent(makeRecord("evt-over", ["run_b"]));
    expect((await new FileStateStore({ dir, ...options }).loadEvent("evt-over"))?.runs.map((run) => run.id)).toEqual(["run_b"]);
  });
});

describe("BranchStateStore, a record blob of too many objects and arrays", () => {
  it("is set aside unparsed, its event counted as new, and its blob kept beside the next save", async () => {
    const { origin } = await originWithCheckout();
    const writer = new BranchStateStore({ remoteUrl: origin });
    await writer.saveEvent(makeRecord("good", ["run_a"]));
    await writer.saveEvent(recordOfArrays("arrays", CAP));
    await writer.flush();
    await writer.close();
    const path = eventRecordPath("arrays");
    const blob = git(origin, "rev-parse", `flows-state:${path}`);

    const reader = new BranchStateStore({ remoteUrl: origin, maxRecordBytes: MAX_BYTES });
    expect(await reader.loadEvent("arrays")).toBeUndefined();
    expect((await reader.listEvents()).map((record) => record.event.id)).toEqual(["good"]);
    expect(reader.problems).toEqual([
      {
        path: `flows-state:${path}`,
        message: `it holds more than ${CAP} objects and arrays, more than a record of flows-action holds, so it was not parsed; set aside (kept as ${path}.corrupt-<time> when its event is saved again), and the event counts as not handled yet`,
      },
    ]);
    await reader.saveEvent(makeRecord("arrays", ["run_b"]));
    await reader.flush();
    await reader.close();
    const files = git(origin, "ls-tree", "-r", "--name-only", "flows-state").split("\n");
    const aside = files.find((file) => file.startsWith(`${path}.corrupt-`));
    expect(aside && git(origin, "rev-parse", `flows-state:${aside}`)).toBe(blob);
  });
});

describe("ArtifactStateStore, a state file of too many objects and arrays", () => {
  it("is skipped unparsed and reported, and the other artifacts are read", async () => {
    const world = await artifactWorld();
    const writer = world.store(141);
    await writer.saveEvent(makeRecord("evt-good", ["run_a"]));
    await writer.flush();
    const maxStateFileBytes = 100_000;
    const cap = recordContainerCap(maxStateFileBytes);
    const arrays = stateZip("delta", [recordOfArrays("evt-arrays", cap)]);
    expect(arrays.byteLength).toBeLessThan(maxStateFileBytes);
    world.github.github.artifacts.add(REPOSITORY, { name: "flows-state-delta-142-1-arrays", zip: arrays, runId: 142 });

    const reader = world.store(143, { maxStateFileBytes });
    expect(runIds(await reader.loadEvent("evt-good"))).toEqual(["run_a"]);
    expect(await reader.loadEvent("evt-arrays")).toBeUndefined();
    expect(reader.problems).toEqual([
      {
        path: "flows-state-delta-142-1-arrays",
        message: `flows-state.json: it holds more than ${cap} objects and arrays, more than a state file of flows-action holds, so it was not parsed; artifact skipped`,
      },
    ]);
    world.assertNoViolations();
  });
});

/** `record` with its first run's result holding `arrays` empty arrays (the dense FLOW_RESULT of a step). */
function withResultArrays(record: ReturnType<typeof makeRecord>, arrays: number): ReturnType<typeof makeRecord> {
  const run = record.runs[0]!;
  run.resultPayload = { status: "completed", artifacts: { lists: Array.from({ length: arrays }, () => []) } };
  return record;
}

// A store never reports success for what it did not save: a record it could not read back (more
// objects and arrays than its reader takes) is refused when written, naming the event, as one
// over its size is, instead of being written and then set aside at every read.
describe("writing a record of more objects and arrays than the store reads back", () => {
  it("FileStateStore: the save fails naming the event and what to change, the stored record stays, and one within the cap is saved", async () => {
    const dir = await tempDir();
    const store = new FileStateStore({ dir, maxRecordBytes: MAX_BYTES });
    await store.saveEvent(makeRecord("evt-dense", ["run_a"]));
    const over = withResultArrays(makeRecord("evt-dense", ["run_b"]), CAP);
    expect(Buffer.byteLength(serializeEventRecord(over))).toBeLessThan(MAX_BYTES);
    const error = await store.saveEvent(over).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(StateFolderError);
    const file = join(dir, ...eventRecordPath("evt-dense").split("/"));
    expect((error as StateFolderError).message).toBe(
      `cannot save records to the state folder ${dir}: the record of event "evt-dense" (${file}) would hold more than 2,000 objects and arrays, ` +
        "more than a stored record may hold (one per 32 bytes of its size cap), so it would be refused when read back and was not written.",
    );
    expect((error as StateFolderError).hint).toContain("Have this event's steps return smaller results with fewer objects and arrays");
    const reader = new FileStateStore({ dir, maxRecordBytes: MAX_BYTES });
    expect(runIds(await reader.loadEvent("evt-dense"))).toEqual(["run_a"]);
    expect(reader.problems).toEqual([]);

    // The event's own objects and arrays count too (its text counted once, apart from the runs).
    const payloadOver = recordOfArrays("evt-payload", CAP);
    await expect(store.saveEvent(payloadOver)).rejects.toThrow('the record of event "evt-payload"');

    await store.saveEvent(withResultArrays(makeRecord("evt-dense", ["run_c"]), CAP - 60));
    expect(runIds(await new FileStateStore({ dir, maxRecordBytes: MAX_BYTES }).loadEvent("evt-dense"))).toEqual(["run_a", "run_c"]);
  });

  it("BranchStateStore: the flush saves the other events and names the one not saved and what to change", async () => {
    const { origin } = await originWithCheckout();
    const store = new BranchStateStore({ remoteUrl: origin, maxRecordBytes: MAX_BYTES });
    await store.saveEvent(makeRecord("good", ["run_a"]));
    await store.saveEvent(withResultArrays(makeRecord("dense", ["run_a"]), CAP));
    await store.saveEvent(recordOfArrays("dense-payload", CAP));
    const error = await store.flush().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as StateNotSavedError).eventIds).toEqual(["dense", "dense-payload"]);
    expect((error as StateNotSavedError).message).toContain(
      `dense: the record of event "dense" (${eventRecordPath("dense")}) would hold more than 2,000 objects and arrays, more than a stored record may hold (one per 32 bytes of its size cap), so it would be refused when read back and was not written. Have this event's steps return smaller results`,
    );
    await store.close();
    const reader = new BranchStateStore({ remoteUrl: origin, maxRecordBytes: MAX_BYTES });
    expect((await reader.listEvents()).map((record) => record.event.id)).toEqual(["good"]);
    expect(reader.problems).toEqual([]);
    await reader.close();
  });

  it("ArtifactStateStore: the flush uploads nothing and names the events not saved", async () => {
    const world = await artifactWorld();
    const maxStateFileBytes = 100_000;
    const cap = recordContainerCap(maxStateFileBytes);
    const store = world.store(151, { maxStateFileBytes });
    await store.saveEvent(withResultArrays(makeRecord("evt-dense", ["run_a"]), cap));
    const error = await store.flush().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(StateNotSavedError);
    expect((error as StateNotSavedError).eventIds).toEqual(["evt-dense"]);
    expect((error as StateNotSavedError).message).toMatch(
      /the state file of flows-state-delta-151-1-\w+, holding the record\(s\) of 1 event\(s\), would hold more than 3,125 objects and arrays, more than a state file may hold \(one per 32 bytes of its size cap\), so it would be refused when read back and was not written\. Have this event's steps/,
    );
    expect(store.stats.uploads).toBe(0);
    world.assertNoViolations();
  });
});
