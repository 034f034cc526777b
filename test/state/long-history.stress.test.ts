// A file store with a long history: 20,000 records of about 16 KB (320 MB on disk). Listings
// read every record but must keep only what they show: `flows events --limit 5` held all of them
// (343 MB of RSS for 50,000 records of 8 KB), and so did `flows runs --needs-attention`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { eventsCommand, runsCommand, } from "../../src/cli/state-commands.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath, serializeEventRecord } from "../../src/state/layout.js";
import type { EventRecord } from "../../src/state/types.js";
import { makeRecord, makeRun, storeContext, tempDir } from "./helpers.js";

const RECORDS = 20_000;

function writeHistory(dir: string): void {
  for (let index = 0; index < RECORDS; index += 1) {
    const at = new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString();
    const id = `evt-${index}`;
    const runs = [0, 1].map((k) => ({ ...makeRun(id, `run_${index}_${k}`, { updatedAt: at }), needsAttention: index % 500 === 0 && k === 0, output: "a line of output\n".repeat(300) }));
    const record: EventRecord = makeRecord(id, [], { updatedAt: at, runs });
    record.event.payload = { tag: `v${index}`, body: "x".repeat(6000) };
    const file = join(dir, ...eventRecordPath(id).split("/"));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, serializeEventRecord(record));
  }
}

/** The most heap in use while `work` runs, above what was in use before (sampled between shards). */
async function peakHeapGrowth(work: () => Promise<unknown>): Promise<number> {
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  }, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return peak;
}


const lines = (ctx: { output: () => string }): string[] => ctx.output().split("\n").filter(Boolean);

describe("a file store with a long history", () => {
  it("is listed by flows events --limit and flows runs --needs-attention without holding it", async () => {
    const dir = await tempDir();
    writeHistory(dir);
    const MiB = 1024 * 1024;

    const eventsCtx = storeContext(new FileStateStore({ dir }));
    const eventsGrowth = await peakHeapGrowth(() => eventsCommand(eventsCtx, { limit: 5 }));
    expect(lines(eventsCtx).map((line) => line.split("  ")[2])).toEqual(["evt-19999", "evt-19998", "evt-19997", "evt-19996", "evt-19995"]);
    // The records are 320 MB of text; the listing keeps five.
    console.log(`heap growth: events ${Math.round(eventsGrowth / MiB)} MiB`);
    expect(eventsGrowth).toBeLessThan(120 * MiB);

    const runsCtx = storeContext(new FileStateStore({ dir }));
    const runsGrowth = await peakHeapGrowth(() => runsCommand(runsCtx, { needsAttention: true }));
    expect(lines(runsCtx)).toHaveLength(RECORDS / 500);
    console.log(`heap growth: runs ${Math.round(runsGrowth / MiB)} MiB`);
    expect(runsGrowth).toBeLessThan(120 * MiB);
  });
});
