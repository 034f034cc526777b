// The report job reads up to 256 runs files, each holding the whole event (its payload up to
// 25 MB). It kept every file's copy: 20 files of a 5 MB payload held 100 MB, 256 of 25 MB would
// hold 6.4 GB. Each copy is now dropped once its event id is checked, for the report's own.
// The report's reading runs in a Node process whose heap is capped below what every copy takes:
// holding them, it runs out of memory.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
    // Every copy held is FILES × PAYLOAD (100 MiB) of heap alone.
    expect(result.maxRssKiB * 1024).toBeLessThan(FILES * PAYLOAD + 100 * MiB);
  }, 120_000);
});
