// A stored record (or state file) is input from outside: a pull request or an earlier step may
// have written it. One of nothing but empty arrays builds to about 24 times its size: read by the
// file store, a 128 MiB record of `[],` inside a run's result took 7 min 54 s and 5.6 GiB of RSS
// (Node 20, a 4 GiB heap). Each store now counts the objects and arrays before parsing (one per
// 32 bytes of its size cap, layout.ts) and sets such a record aside as a corrupt one. Each test
// reads one at the store's real size cap in a Node process of a capped heap, where parsing it
// runs out of memory.
import { execFile, execFileSync } from "node:child_process";
import { mkdir, open, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { eventRecordPath, MAX_RECORD_BYTES, MAX_RECORD_CONTAINERS, recordContainerCap } from "../../src/state/layout.js";
import { MAX_STATE_FILE_BYTES } from "../../src/state/artifact-read.js";
import { STATE_FILE_FORMAT, STATE_FILE_NAME } from "../../src/state/artifact-format.js";
import { artifactWorld, REPOSITORY, runIds } from "./artifact-helpers.js";
import { git, makeRecord, originWithCheckout, tempDir } from "./helpers.js";
import { zipArchive } from "../helpers/zip.js";

const MiB = 1024 * 1024;
const FILL = "[],";
const MARK = "@@arrays@@";

/** `text` with the string MARK replaced by `[[],[],…,[]]`, `bytes` long in all, given a MiB at a time. */
async function* filled(text: string, bytes: number): AsyncGenerator<Buffer> {
  const [head, tail] = text.split(JSON.stringify(MARK)) as [string, string];
  const chunk = Buffer.from(FILL.repeat(Math.floor(MiB / FILL.length)));
  yield Buffer.from(`${head}[`);
  let left = bytes - head.length - tail.length - 4;
  for (; left >= chunk.length; left -= chunk.length) yield chunk;
  yield Buffer.from(`${FILL.repeat(Math.floor(left / FILL.length))}[]]${tail}`);
}

/** A valid record of `eventId` whose run's result holds the arrays: a file store builds its runs whole. */
function arraysRecord(eventId: string): string {
  const record = makeRecord(eventId, ["run_arrays"]);
  record.runs[0]!.resultStatus = "completed";
  record.runs[0]!.resultPayload = { status: "completed", artifacts: { arrays: MARK } };
  return JSON.stringify(record);
}

async function writeFilled(path: string, text: string, bytes: number): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const file = await open(path, "w");
  try {
    for await (const chunk of filled(text, bytes)) await file.write(chunk);
  } finally {
    await file.close();
  }
}

type ChildOutput = { problems: string[]; loaded: boolean; listed: string[]; maxRssKiB: number };

/** Runs `lines` (a module importing what it needs) in Node with a heap of `heapMiB`; its last line of output, parsed. */
async function runCapped(dir: string, heapMiB: number, lines: string[]): Promise<ChildOutput & { ms: number }> {
  const script = join(dir, "read.mts");
  await writeFile(script, lines.join("\n"));
  const started = Date.now();
  const { stdout } = await promisify(execFile)(process.execPath, [`--max-old-space-size=${heapMiB}`, "--import", "tsx", script], {
    cwd: process.cwd(),
    maxBuffer: 16 * MiB,
    timeout: 180_000,
  });
  return { ...(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as ChildOutput), ms: Date.now() - started };
}

const source = (path: string): string => JSON.stringify(pathToFileURL(resolve(path)).href);
const report = "console.log(JSON.stringify({ problems: store.problems.map((problem) => problem.message), loaded: loaded !== undefined, listed: listed.map((record) => record.event.id), maxRssKiB: process.resourceUsage().maxRSS }));";
const HEAP_MIB = 512;
const CONTAINERS = `it holds more than ${MAX_RECORD_CONTAINERS} objects and arrays, more than a record of flows-action holds, so it was not parsed`;

describe("a stored record of empty arrays at the size cap", () => {
  it(`the file store sets aside a ${MAX_RECORD_BYTES / MiB} MiB record unparsed, in a heap of ${HEAP_MIB} MiB`, async () => {
    const dir = await tempDir();
    await new FileStateStore({ dir }).saveEvent(makeRecord("evt-good", ["run_a"]));
    await writeFilled(join(dir, ...eventRecordPath("evt-arrays").split("/")), arraysRecord("evt-arrays"), MAX_RECORD_BYTES - 64 * 1024);
    const result = await runCapped(dir, HEAP_MIB, [
      `import { FileStateStore } from ${source("src/state/file-store.ts")};`,
      `const store = new FileStateStore({ dir: ${JSON.stringify(dir)} });`,
      `const listed = await store.listEvents();`,
      `const loaded = await store.loadEvent("evt-arrays");`,
      report,
    ]);
    console.log(`file store, a ${MAX_RECORD_BYTES / MiB} MiB record of [],: ${result.ms} ms, peak RSS ${Math.round(result.maxRssKiB / 1024)} MiB`);
    expect(result.listed).toEqual(["evt-good"]);
    expect(result.loaded).toBe(false);
    expect(result.problems).toEqual([CONTAINERS, expect.stringMatching(new RegExp(`^${CONTAINERS}; moved aside to .*\\.corrupt-`))]);
    // Read a MiB at a time, and no further than the count.
    expect(result.maxRssKiB * 1024).toBeLessThan(200 * MiB);
  }, 300_000);

  it(`the branch store sets aside a ${MAX_RECORD_BYTES / MiB} MiB record blob unparsed, in a heap of ${HEAP_MIB} MiB`, async () => {
    const { origin } = await originWithCheckout();
    const writer = new BranchStateStore({ remoteUrl: origin });
    await writer.saveEvent(makeRecord("evt-good", ["run_a"]));
    await writer.flush();
    await writer.close();
    // The blob, committed to the state branch as a pull request's push could.
    const dir = await tempDir();
    const blobFile = join(dir, "blob.json");
    await writeFilled(blobFile, arraysRecord("evt-arrays"), MAX_RECORD_BYTES - 64 * 1024);
    const blob = git(origin, "hash-object", "-w", blobFile);
    const env = { ...process.env, GIT_INDEX_FILE: join(dir, "index") };
    const gitWith = (...args: string[]): string => execFileSyncText("git", args, origin, env);
    gitWith("read-tree", "flows-state");
    gitWith("update-index", "--add", "--cacheinfo", `100644,${blob},${eventRecordPath("evt-arrays")}`);
    const tree = gitWith("write-tree");
    const commit = gitWith("commit-tree", tree, "-p", "flows-state", "-m", "arrays");
    git(origin, "update-ref", "refs/heads/flows-state", commit);

    const result = await runCapped(dir, HEAP_MIB, [
      `import { BranchStateStore } from ${source("src/state/branch-store.ts")};`,
      `const store = new BranchStateStore({ remoteUrl: ${JSON.stringify(origin)} });`,
      `const loaded = await store.loadEvent("evt-arrays");`,
      `const listed = await store.listEvents();`,
      "await store.close();",
      report,
    ]);
    console.log(`branch store, a ${MAX_RECORD_BYTES / MiB} MiB record blob of [],: ${result.ms} ms, peak RSS ${Math.round(result.maxRssKiB / 1024)} MiB`);
    expect(result.loaded).toBe(false);
    expect(result.listed).toEqual(["evt-good"]);
    expect(result.problems).toEqual([expect.stringMatching(new RegExp(`^${CONTAINERS}; set aside`))]);
    // The blob read into one buffer of its size from git and counted there; no text is made of it.
    // Node 24: 280 MiB; 408–421 while its text was made before the count, 499 while git's pieces were
    // kept and joined too. The bound leaves 126 MiB for what else the process touches (CI once
    // measured 98 MiB of that in another memory test).
    expect(result.maxRssKiB * 1024).toBeLessThan(2 * MAX_RECORD_BYTES + 150 * MiB);
  }, 300_000);

  it("the file store reads a record at its container cap (4 million empty arrays in a run's result) in a heap of 448 MiB", async () => {
    // Parsed, 4 million empty arrays take about 300 MiB. The record's depth check kept one entry
    // (with its path) per value waiting to be walked, and its runs were parsed twice (built from
    // disk, written out, parsed again): 1.1 GiB of RSS, out of memory in this heap.
    const dir = await tempDir();
    const text = arraysRecord("evt-cap");
    const [head, tail] = text.split(JSON.stringify(MARK)) as [string, string];
    const arrays = MAX_RECORD_CONTAINERS - 100;
    await writeFilled(join(dir, ...eventRecordPath("evt-cap").split("/")), text, head.length + tail.length + 4 + FILL.length * (arrays - 1));
    const result = await runCapped(dir, 448, [
      `import { FileStateStore } from ${source("src/state/file-store.ts")};`,
      `const store = new FileStateStore({ dir: ${JSON.stringify(dir)} });`,
      `const loaded = await store.loadEvent("evt-cap");`,
      "const listed = [loaded];",
      `if (loaded.runs[0].resultPayload.artifacts.arrays.length !== ${arrays}) throw new Error("arrays lost");`,
      report,
    ]);
    console.log(`file store, a record of ${arrays} empty arrays: ${result.ms} ms, peak RSS ${Math.round(result.maxRssKiB / 1024)} MiB`);
    expect(result).toMatchObject({ loaded: true, problems: [], listed: ["evt-cap"] });
  }, 300_000);

  const STATE_BYTES = 500 * MiB;
  it(`the artifact store skips a ${STATE_BYTES / MiB} MiB state file unparsed, in a heap of ${HEAP_MIB} MiB`, async () => {
    const world = await artifactWorld();
    const writer = world.store(151);
    await writer.saveEvent(makeRecord("evt-good", ["run_a"]));
    await writer.flush();
    const file = JSON.stringify({ format: STATE_FILE_FORMAT, formatVersion: 1, kind: "delta", writtenBy: { runId: 152, runAttempt: 1 }, records: [JSON.parse(arraysRecord("evt-arrays"))] });
    world.github.github.artifacts.add(REPOSITORY, { name: "flows-state-delta-152-1-arrays", zip: await deflatedZip(STATE_FILE_NAME, filled(file, STATE_BYTES)), runId: 152 });
    const dir = await tempDir();
    const result = await runCapped(dir, HEAP_MIB, [
      `import { ArtifactStateStore } from ${source("src/state/artifact-store.ts")};`,
      `const store = new ArtifactStateStore({ token: "ghs_workflow_token", repository: ${JSON.stringify(REPOSITORY)}, apiUrl: ${JSON.stringify(world.github.url)}, runId: 153, runAttempt: 1 });`,
      `const loaded = await store.loadEvent("evt-arrays");`,
      `const listed = await store.listEvents();`,
      report,
    ]);
    const cap = recordContainerCap(MAX_STATE_FILE_BYTES);
    console.log(`artifact store, a ${STATE_BYTES / MiB} MiB state file of [],: ${result.ms} ms, peak RSS ${Math.round(result.maxRssKiB / 1024)} MiB`);
    expect(result.loaded).toBe(false);
    expect(result.listed).toEqual(["evt-good"]);
    expect(result.problems).toEqual([
      `flows-state.json: it holds more than ${cap} objects and arrays, more than a state file of flows-action holds, so it was not parsed; artifact skipped`,
    ]);
    // The unpacked bytes (held outside the heap) once, inflated into one buffer of their size, and
    // the process (596 MiB; 1,107 while zlib's pieces were joined); never decoded to a string, nor parsed.
    expect(result.maxRssKiB * 1024).toBeLessThan(STATE_BYTES + 250 * MiB);
    expect(runIds(await world.store(154).loadEvent("evt-good"))).toEqual(["run_a"]);
  }, 300_000);
});

function execFileSyncText(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  return execFileSync(command, args, { cwd, env, encoding: "utf8" }).trim();
}

/** A zip of one deflated entry made of `pieces`, compressed as they come (the text is never whole). */
async function deflatedZip(name: string, pieces: AsyncIterable<Buffer>): Promise<Uint8Array> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise((ok) => deflate.on("end", ok));
  let crc = 0;
  let size = 0;
  for await (const piece of pieces) {
    crc = zlib.crc32(piece, crc);
    size += piece.length;
    if (!deflate.write(piece)) await new Promise((ok) => deflate.once("drain", ok));
  }
  deflate.end();
  await done;
  return new Uint8Array(zipArchive([{ name, data: Buffer.concat(out), method: 8, size, crc: crc >>> 0 }]));
}
