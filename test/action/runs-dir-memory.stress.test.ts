// The report job reads up to 256 runs files, each holding the whole event (its payload up to
// 25 MB). It kept every file's copy: 20 files of a 5 MB payload held 100 MB, 256 of 25 MB would
// hold 6.4 GB. Each copy is now dropped once its event id is checked, for the report's own.
// The report's reading runs in a Node process whose heap is capped below what every copy takes:
// holding them, it runs out of memory.
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_RUNS_FILE_BYTES } from "../../src/action/runs-file-read.js";
import { bigPushEvent, writeRunsFiles } from "../helpers/runs-files.js";

const MiB = 1024 * 1024;
const FILES = 20;
const PAYLOAD = 5 * MiB;
const HEAP_CAP_MIB = 64;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-runs-memory-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the report job reading many runs files of a large event", () => {
  it(`reads ${FILES} runs files of a ${PAYLOAD / MiB} MiB payload in a heap of ${HEAP_CAP_MIB} MiB, holding one file's copy at a time`, async () => {
    const event = bigPushEvent(PAYLOAD);
    const ids = await writeRunsFiles(join(dir, "runs"), event, FILES);
    const source = (path: string) => JSON.stringify(pathToFileURL(resolve(path)).href);
    const script = join(dir, "report.mts");
    await writeFile(
      script,
      [
        `import { mergeRuns, readRunsDir } from ${source("src/action/scale-out.ts")};`,
        `import { bigPushEvent } from ${source("test/helpers/runs-files.ts")};`,
        `const event = bigPushEvent(${PAYLOAD});`,
        `const collected = await readRunsDir(${JSON.stringify(join(dir, "runs"))}, { event });`,
        `const runs = mergeRuns(event, collected.files, ${JSON.stringify(ids)}, new Date().toISOString());`,
        "console.log(JSON.stringify({ problems: collected.problems.length, runs: runs.length, maxRssKiB: process.resourceUsage().maxRSS }));",
      ].join("\n"),
    );
    const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${HEAP_CAP_MIB}`, "--import", "tsx", script], {
      cwd: process.cwd(),
      maxBuffer: 16 * MiB,
    });
    const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { problems: number; runs: number; maxRssKiB: number };
    console.log(`runs files: ${FILES} × ${PAYLOAD / MiB} MiB payload in a ${HEAP_CAP_MIB} MiB heap; peak RSS ${Math.round(result.maxRssKiB / 1024)} MiB`);
    expect(result).toMatchObject({ problems: 0, runs: FILES });
    // Every copy held is FILES × PAYLOAD (100 MiB) of heap alone, past the heap's cap. Measured 153
    // MiB on Node 24; the margin is for what else the process touches (CI once measured 98 MiB of
    // that in another memory test).
    expect(result.maxRssKiB * 1024).toBeLessThan(FILES * PAYLOAD + 200 * MiB);
  }, 120_000);
});

/**
 * A runs file as a forged job may write it: its own event, valid JSON, whose payload is `fill`
 * repeated to `bytes` in all, written a MiB at a time.
 */
async function forgedRunsFile(path: string, eventId: string, bytes: number, fill: string): Promise<void> {
  await mkdir(join(path, ".."), { recursive: true });
  const head = `{"version":1,"event":{"id":${JSON.stringify(eventId)},"type":"push","receivedAt":"2026-11-26T00:00:00Z","payload":[`;
  const tail = '"end"]},"runs":[],"children":[]}\n';
  const chunk = fill.repeat(Math.floor(MiB / fill.length));
  const file = await open(path, "w");
  try {
    await file.write(head);
    let left = bytes - head.length - tail.length;
    for (; left >= chunk.length; left -= chunk.length) await file.write(chunk);
    await file.write(`${" ".repeat(left)}${tail}`);
  } finally {
    await file.close();
  }
}

describe("the report job reading a forged runs file", () => {
  // Read whole and parsed (the cap was 256 MiB), a 256 MiB string took 0.9 GiB at the peak and
  // 64 MiB of `[],` 1.5 GiB; 256 MiB of `[],` passed 4.5 GiB in 9 minutes, unfinished.
  it(`refuses one past ${MAX_RUNS_FILE_BYTES / MiB} MiB unread and one of empty arrays unparsed, in a heap of ${HEAP_CAP_MIB * 3} MiB, and reads the others`, async () => {
    const event = bigPushEvent(1024);
    const ids = await writeRunsFiles(join(dir, "runs"), event, 1);
    await forgedRunsFile(join(dir, "runs", "flows-runs-1-2", "runs.json"), event.id, 256 * MiB, '"xxxxxxxxxxxxxxxxxxxxxxxxxxxxx",');
    await forgedRunsFile(join(dir, "runs", "flows-runs-1-3", "runs.json"), event.id, MAX_RUNS_FILE_BYTES, "[],");
    const source = (path: string) => JSON.stringify(pathToFileURL(resolve(path)).href);
    const script = join(dir, "report.mts");
    await writeFile(
      script,
      [
        `import { readRunsDir } from ${source("src/action/scale-out.ts")};`,
        `import { bigPushEvent } from ${source("test/helpers/runs-files.ts")};`,
        `const collected = await readRunsDir(${JSON.stringify(join(dir, "runs"))}, { event: bigPushEvent(1024) });`,
        "console.log(JSON.stringify({ problems: collected.problems.map((problem) => problem.message), runs: collected.files.flatMap((file) => file.runs.map((run) => run.id)), maxRssKiB: process.resourceUsage().maxRSS }));",
      ].join("\n"),
    );
    const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${HEAP_CAP_MIB * 3}`, "--import", "tsx", script], { cwd: process.cwd(), maxBuffer: 16 * MiB });
    const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { problems: string[]; runs: string[]; maxRssKiB: number };
    console.log(`forged runs files of 256 MiB and ${MAX_RUNS_FILE_BYTES / MiB} MiB of [],: peak RSS ${Math.round(result.maxRssKiB / 1024)} MiB`);
    expect(result.runs).toEqual(ids);
    expect(result.problems).toEqual([
      expect.stringMatching(/^runs file skipped: it is 268435456 bytes, more than the \d+ a run-step job writes; it was not read\. It came in artifact flows-runs-1-2, from run-step job 2/),
      expect.stringMatching(/^runs file skipped: it holds more than \d+ objects and arrays, more than a run-step job writes; it was not parsed\. It came in artifact flows-runs-1-3, from run-step job 3/),
    ]);
    // The arrays file's bytes and text (64 MiB each), and the process itself: 213 MiB on Node 24
    // (1,514 MiB while the file was parsed); the margin as above.
    expect(result.maxRssKiB * 1024).toBeLessThan(2 * MAX_RUNS_FILE_BYTES + 250 * MiB);
  }, 120_000);
});
