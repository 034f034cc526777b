// The report job kept every runs file's child events (the events a job's steps led to with
// FlowResult.next) at once: 20 files of 10,000 children each (147 MB of JSON) peaked at 479 MiB
// of RSS, and ran out of a 160 MiB heap. Each file's children are now cut to the caps
// (CHILD_LIMITS) as soon as it is read, every cut said: 154 MiB, and it fits the heap. The light
// cases are in runs-dir-children.test.ts.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CHILD_LIMITS } from "../../src/action/scale-out.js";
import { bigPushEvent, writeRunsFilesWithChildren } from "../helpers/runs-files.js";

const MiB = 1024 * 1024;
const FILES = 20;
const CHILDREN = 10_000;
const HEAP_CAP_MIB = 160;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-runs-children-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the report job reading runs files of many child events", () => {
  it(`reads ${FILES} runs files of ${CHILDREN} child events each in a heap of ${HEAP_CAP_MIB} MiB, keeping the capped number and saying what it dropped`, async () => {
    const event = bigPushEvent(1024);
    await writeRunsFilesWithChildren(join(dir, "runs"), event, { count: FILES, children: CHILDREN, childPayloadBytes: 200 });
    const source = (path: string) => JSON.stringify(pathToFileURL(resolve(path)).href);
    const script = join(dir, "report.mts");
    await writeFile(
      script,
      [
        `import { childFiles, readRunsDir } from ${source("src/action/scale-out.ts")};`,
        `import { bigPushEvent } from ${source("test/helpers/runs-files.ts")};`,
        "const event = bigPushEvent(1024);",
        `const collected = await readRunsDir(${JSON.stringify(join(dir, "runs"))}, { event });`,
        "const count = (list) => list.reduce((n, child) => n + 1 + count(child.children), 0);",
        "const cut = collected.problems.filter((problem) => problem.message.startsWith('child events cut: ')).length;",
        "console.log(JSON.stringify({ files: collected.files.length, children: count(childFiles(collected.files)), cut, problems: collected.problems.length, maxRssKiB: process.resourceUsage().maxRSS }));",
      ].join("\n"),
    );
    const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${HEAP_CAP_MIB}`, "--import", "tsx", script], {
      cwd: process.cwd(),
      maxBuffer: 16 * MiB,
    });
    const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { files: number; children: number; cut: number; problems: number; maxRssKiB: number };
    console.log(`runs files: ${FILES} × ${CHILDREN} child events in a ${HEAP_CAP_MIB} MiB heap; peak RSS ${Math.round(result.maxRssKiB / 1024)} MiB`);
    // Each file's first 100, until the report's 2,000; every file's cut said.
    expect(result).toMatchObject({ files: FILES, children: Math.min(FILES * CHILD_LIMITS.fileCount, CHILD_LIMITS.reportCount), cut: FILES, problems: FILES });
  }, 300_000);
});
