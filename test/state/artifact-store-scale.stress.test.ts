import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { STATE_FILE_NAME } from "../../src/state/artifact-format.js";
import type { EventRecord } from "../../src/state/types.js";
import { readZipEntry } from "../../src/zip-entry.js";

const ZIP_LIMITS = { maxBytes: 1 << 30 };
import { artifactWorld, runIds } from "./artifact-helpers.js";
import { makeRecord } from "./helpers.js";

const EVENTS = 10_000;

/** A record with its own times and a payload that compresses like real text (not all alike). */
function realisticRecord(eventId: string, runId: string, index: number): EventRecord {
  const at = new Date(Date.UTC(2025, 0, 1) + index * 61_000).toISOString();
  const record = makeRecord(eventId, [runId], { updatedAt: at });
  return {
    ...record,
    event: { ...record.event, payload: { tag: `v1.${index}.0`, notes: randomBytes(150).toString("base64") } },
  };
}

describe("ArtifactStateStore at scale", () => {
  it("opens over 10,000 events from the newest snapshot and recent deltas only, and loads one id from memory after", async () => {
    const world = await artifactWorld();
    const writer = world.store(901, { compactAfter: 0 });
    await writer.loadEvent("evt-0");
    for (let index = 0; index < EVENTS; index++)
      await writer.saveEvent(realisticRecord(`evt-${index}`, `run_${index}`, index));
    const flushStarted = performance.now();
    await writer.flush(); // one delta with 10,000 records, then a snapshot holding them
    const flushMs = performance.now() - flushStarted;
    for (const runId of [902, 903, 904]) {
      const store = world.store(runId);
      for (let index = 0; index < 10; index++)
        await store.saveEvent(makeRecord(`evt-${runId}-${index}`, [`run_${runId}`]));
      await store.flush();
    }
    const historyBytes = world.results.uploads.reduce((sum, upload) => sum + upload.bytes.byteLength, 0);
    const snapshot = world.results.uploads.find((upload) => upload.name.includes("-snapshot-"));
    const snapshotJson = readZipEntry(snapshot?.bytes ?? new Uint8Array(), STATE_FILE_NAME, ZIP_LIMITS).byteLength;

    const reader = world.store(999);
    const started = performance.now();
    const record = await reader.loadEvent("evt-4242");
    const openMs = performance.now() - started;
    const again = performance.now();
    const second = await reader.loadEvent("evt-903-7");
    const loadMs = performance.now() - again;

    expect(runIds(record)).toEqual(["run_4242"]);
    expect(runIds(second)).toEqual(["run_903"]);
    expect(reader.stats).toMatchObject({ listRequests: 1, downloads: 4 }); // the snapshot and three deltas
    expect(reader.stats.downloadedBytes).toBeLessThan(historyBytes * 0.6);
    expect(openMs).toBeLessThan(5_000);
    expect(loadMs).toBeLessThan(50);
    console.log(
      `artifact store, ${EVENTS} events: open + load one id ${openMs.toFixed(0)} ms, next id ${loadMs.toFixed(2)} ms, ` +
        `first flush (delta + snapshot) ${flushMs.toFixed(0)} ms; ` +
        `downloaded ${reader.stats.downloads} artifacts, ${reader.stats.downloadedBytes} bytes of ${historyBytes} uploaded in all ` +
        `(snapshot: ${snapshot?.bytes.byteLength} bytes zipped, ${snapshotJson} bytes of JSON)`,
    );
    world.assertNoViolations();
  }, 30_000);
});
