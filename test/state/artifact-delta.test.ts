import { describe, expect, it } from "vitest";
import { flushActionStore } from "../../src/action/state.js";
import { STATE_FILE_NAME } from "../../src/state/artifact-format.js";
import { recordContainerCap } from "../../src/state/layout.js";
import { StateNotSavedError } from "../../src/state/not-saved.js";
import type { EventRecord } from "../../src/state/types.js";
import { readZipEntry } from "../../src/zip-entry.js";
import { artifactWorld, runIds } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

// Small state files keep these fast; a reader with the same limit shows what was uploaded is readable.
const MAX_STATE_FILE_BYTES = 20_000;

/** A record whose event payload holds `chars` characters of text. */
function withPayloadText(record: EventRecord, chars: number): EventRecord {
  record.event.payload = { tag: "v1", body: "x".repeat(chars) };
  return record;
}

/** A record whose run's result holds `arrays` empty arrays: few bytes, many objects and arrays. */
function withResultArrays(record: EventRecord, arrays: number): EventRecord {
  record.runs[0]!.resultPayload = { status: "completed", artifacts: { lists: Array.from({ length: arrays }, () => []) } };
  return record;
}

type DeltaText = { kind: string; records: Array<{ event: { id: string } }> };

function deltaText(bytes: Uint8Array): { bytes: number; file: DeltaText } {
  const text = readZipEntry(bytes, STATE_FILE_NAME, { maxBytes: 1 << 30 });
  return { bytes: text.byteLength, file: JSON.parse(text.toString("utf8")) as DeltaText };
}

async function flushError(flush: Promise<void>): Promise<StateNotSavedError> {
  const error = await flush.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StateNotSavedError);
  return error as StateNotSavedError;
}

describe("ArtifactStateStore: a flush whose delta would be too big to read back", () => {
  it("saves the other events, names only the oversized ones as not saved, and a later flush saves again", async () => {
    const world = await artifactWorld();
    const store = world.store(901, { maxStateFileBytes: MAX_STATE_FILE_BYTES });
    await store.saveEvent(makeRecord("evt-before", ["run_a"]));
    await store.saveEvent(withPayloadText(makeRecord("evt-huge", ["run_a"]), MAX_STATE_FILE_BYTES));
    await store.saveEvent(withResultArrays(makeRecord("evt-dense", ["run_a"]), recordContainerCap(MAX_STATE_FILE_BYTES)));
    await store.saveEvent(makeRecord("evt-after", ["run_b"]));

    const error = await flushError(store.flush());
    expect(error.eventIds).toEqual(["evt-huge", "evt-dense"]);
    expect(error.message).toMatch(
      /evt-huge: the state file of flows-state-delta-901-1-\w+, holding the record\(s\) of 1 event\(s\), would be \d+ bytes, over the 20000 bytes a state file may be, so it would be refused when read back and was not written\./,
    );
    expect(error.message).toMatch(
      /evt-dense: the state file of flows-state-delta-901-1-\w+, holding the record\(s\) of 1 event\(s\), would hold more than 625 objects and arrays, more than a state file may hold/,
    );
    expect(error.message).toContain("Have this event's steps return smaller results");
    expect(error.message).toContain("The other 2 event record(s) of this flush were saved.");
    expect(world.results.uploads).toHaveLength(1);
    expect(deltaText(world.results.uploads[0]!.bytes).file.records.map((record) => record.event.id)).toEqual(["evt-before", "evt-after"]);

    // The oversized records left pending: the next flush saves a new event and names none.
    await store.saveEvent(makeRecord("evt-later", ["run_c"]));
    await store.flush();
    expect(world.results.uploads).toHaveLength(2);

    const reader = world.store(902, { maxStateFileBytes: MAX_STATE_FILE_BYTES });
    expect((await reader.listEvents()).map((record) => record.event.id).sort()).toEqual(["evt-after", "evt-before", "evt-later"]);
    expect(runIds(await reader.loadEvent("evt-after"))).toEqual(["run_b"]);
    expect(reader.problems).toEqual([]);
    world.assertNoViolations();
  });

  it("uploads records whose sum only is too big as several deltas within the limit, in the order saved", async () => {
    const world = await artifactWorld();
    const store = world.store(911, { maxStateFileBytes: MAX_STATE_FILE_BYTES });
    const ids = ["evt-1", "evt-2", "evt-3", "evt-4", "evt-5"];
    for (const id of ids) await store.saveEvent(withPayloadText(makeRecord(id, [`run_${id}`]), 6_000));
    await store.flush();
    const split = world.results.uploads.length;
    expect(split).toBeGreaterThan(1);
    expect(split).toBeLessThan(ids.length);
    // A record already stored merges with the one saved now, as it does from one delta.
    await store.saveEvent(makeRecord("evt-2", ["run_again"]));
    await store.flush();

    const deltas = world.results.uploads.map((upload) => deltaText(upload.bytes));
    expect(deltas).toHaveLength(split + 1);
    for (const delta of deltas) expect(delta.bytes).toBeLessThanOrEqual(MAX_STATE_FILE_BYTES);
    expect(deltas.flatMap((delta) => delta.file.records.map((record) => record.event.id))).toEqual([...ids, "evt-2"]);

    const reader = world.store(912, { maxStateFileBytes: MAX_STATE_FILE_BYTES });
    for (const id of ids) expect(runIds(await reader.loadEvent(id))).toEqual(id === "evt-2" ? ["run_again", `run_${id}`] : [`run_${id}`]);
    expect(reader.problems).toEqual([]);
    world.assertNoViolations();
  });

  it("drops a record too big on its own from pending, so that the next flush of the process saves its events", async () => {
    const world = await artifactWorld();
    const store = world.store(921, { maxStateFileBytes: MAX_STATE_FILE_BYTES });
    await store.saveEvent(makeRecord("evt-huge", ["run_a"]));
    await store.flush();
    await store.saveEvent(withPayloadText(makeRecord("evt-huge", ["run_b"]), MAX_STATE_FILE_BYTES));
    expect((await flushError(store.flush())).eventIds).toEqual(["evt-huge"]);
    expect(world.results.uploads).toHaveLength(1);

    await store.saveEvent(makeRecord("evt-next", ["run_c"]));
    await store.flush();
    expect(world.results.uploads).toHaveLength(2);
    expect(deltaText(world.results.uploads[1]!.bytes).file.records.map((record) => record.event.id)).toEqual(["evt-next"]);
    // What was stored before stays; the record not saved is gone, as the error said.
    expect(runIds(await store.loadEvent("evt-huge"))).toEqual(["run_a"]);
    world.assertNoViolations();
  });

  it("stops at a failed upload of a split batch, keeping that delta's records and the rest for the next flush", async () => {
    const world = await artifactWorld();
    const client = world.results.artifactClient({ runId: 931 });
    let uploads = 0;
    const store = world.store(931, {
      maxStateFileBytes: MAX_STATE_FILE_BYTES,
      artifactClient: {
        // The second delta's upload fails.
        uploadArtifact: (...args) => (++uploads === 2 ? Promise.reject(new Error("connection reset")) : client.uploadArtifact(...args)),
      },
    });
    const ids = ["evt-1", "evt-2", "evt-3", "evt-4", "evt-5"];
    for (const id of ids) await store.saveEvent(withPayloadText(makeRecord(id, [`run_${id}`]), 6_000));

    const error = await flushError(store.flush());
    const first = deltaText(world.results.uploads[0]!.bytes).file.records.map((record) => record.event.id);
    expect(first.length).toBeGreaterThan(0);
    expect(error.eventIds).toEqual(ids.slice(first.length));
    expect(error.message).toMatch(/The upload of flows-state-delta-931-1-\w+ failed: cannot upload the state artifact .*connection reset/);
    expect(error.message).toContain(`The other ${first.length} event record(s) of this flush were saved.`);
    expect(world.results.uploads).toHaveLength(1);

    await store.flush();
    const reader = world.store(932, { maxStateFileBytes: MAX_STATE_FILE_BYTES });
    for (const id of ids) expect(runIds(await reader.loadEvent(id))).toEqual([`run_${id}`]);
    expect(reader.problems).toEqual([]);
    world.assertNoViolations();
  });

  it("fails the action's flush and lists only the event not saved in the job summary", async () => {
    const world = await artifactWorld();
    const store = world.store(941, { maxStateFileBytes: MAX_STATE_FILE_BYTES });
    await store.saveEvent(makeRecord("evt-saved", ["run_a"]));
    await store.saveEvent(withPayloadText(makeRecord("evt-huge", ["run_a"]), MAX_STATE_FILE_BYTES));
    let summary = "";
    const io = {
      appendSummary: async (markdown: string) => {
        summary += markdown;
      },
      error: () => undefined,
      warning: () => undefined,
    };

    await expect(flushActionStore(store, io, process.cwd())).rejects.toThrow(/^1 event record\(s\) were NOT saved to the workflow artifacts of octo-org\/tool: evt-huge\./);
    expect(summary).toContain("State not saved");
    expect(summary).toContain("- `evt-huge`");
    expect(summary).not.toContain("evt-saved");
    expect(runIds(await world.store(942, { maxStateFileBytes: MAX_STATE_FILE_BYTES }).loadEvent("evt-saved"))).toEqual(["run_a"]);
    world.assertNoViolations();
  });
});
