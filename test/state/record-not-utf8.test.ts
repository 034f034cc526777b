// A record file whose bytes are not UTF-8 (saved by an editor in Latin-1, damaged on disk) was
// decoded leniently: each bad byte read as U+FFFD, and the next save wrote the replaced text
// back, changing the record without a word. Each store now treats it as a record it cannot
// read, as it treats one that is not JSON: reported, kept aside with its bytes, never rewritten.
import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STATE_FILE_FORMAT, STATE_FILE_NAME } from "../../src/state/artifact-format.js";
import { BranchStateStore } from "../../src/state/branch-store.js";
import { FileStateStore } from "../../src/state/file-store.js";
import { decodeStoredText, eventRecordPath, serializeEventRecord, Utf8Check } from "../../src/state/layout.js";
import type { EventRecord } from "../../src/state/types.js";
import { artifactWorld, REPOSITORY, runIds, zipOf } from "./artifact-helpers.js";
import { git, makeRecord, originWithCheckout, tempDir } from "./helpers.js";

/** `record` as a store writes it, with its "café" in Latin-1: é as the one byte 0xE9. */
function latin1Bytes(record: EventRecord): Buffer {
  const utf8 = Buffer.from(serializeEventRecord(record), "utf8");
  const at = utf8.indexOf(Buffer.from("café", "utf8"));
  expect(at).toBeGreaterThan(0);
  return Buffer.concat([utf8.subarray(0, at + 3), Buffer.from([0xe9]), utf8.subarray(at + 5)]);
}

function cafeRecord(eventId: string, size = 0): EventRecord {
  const record = makeRecord(eventId, ["run_a"]);
  record.event.payload = { title: "café", items: Array.from({ length: size }, (_, i) => ({ id: i, name: `item ${i}` })) };
  return record;
}

async function writeRecordFile(dir: string, eventId: string, bytes: Uint8Array): Promise<string> {
  const file = join(dir, ...eventRecordPath(eventId).split("/"));
  await mkdir(join(file, ".."), { recursive: true });
  await writeFile(file, bytes);
  return file;
}

describe("a stored record that is not UTF-8", () => {
  it.each([
    ["a record read whole", 0, undefined],
    ["a big record read in pieces", 400, 8 * 1024],
  ])("the file store sets %s aside with its bytes, reports it, and records the event afresh", async (_, size, streamedRecordBytes) => {
    const dir = await tempDir();
    const bytes = latin1Bytes(cafeRecord("evt-latin1", size));
    const file = await writeRecordFile(dir, "evt-latin1", bytes);
    const store = new FileStateStore({ dir, ...(streamedRecordBytes ? { streamedRecordBytes } : {}) });

    // A listing reports it and leaves it where it is.
    expect(await store.listEvents()).toEqual([]);
    expect(store.problems).toEqual([{ path: file, message: expect.stringMatching(/^not UTF-8 text \(.*from byte 0 on/) }]);
    expect(await readFile(file)).toEqual(bytes);

    expect(await store.loadEvent("evt-latin1")).toBeUndefined();
    expect(store.problems[1]?.message).toMatch(/not UTF-8 text.*moved aside to .*\.corrupt-/);
    const aside = (await readdir(join(file, ".."))).filter((name) => name.includes(".corrupt-"));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(file, "..", aside[0] as string))).toEqual(bytes);

    await store.saveEvent(makeRecord("evt-latin1", ["run_b"]));
    expect(runIds(await new FileStateStore({ dir }).loadEvent("evt-latin1"))).toEqual(["run_b"]);
    expect(await readFile(join(file, "..", aside[0] as string))).toEqual(bytes);
  });

  it("says where the first bytes that are not UTF-8 are", async () => {
    const dir = await tempDir();
    // JSON may start with white space: the bad byte is past the first 64 KiB.
    const bytes = Buffer.concat([Buffer.from(" ".repeat(70_000)), latin1Bytes(cafeRecord("evt-far"))]);
    expect(bytes.indexOf(0xe9)).toBeGreaterThan(65536);
    await writeRecordFile(dir, "evt-far", bytes);
    const store = new FileStateStore({ dir });
    expect(await store.loadEvent("evt-far")).toBeUndefined();
    expect(store.problems[0]?.message).toMatch(/from byte 65536 on/);
  });

  it("the branch store reports it, and on the next save keeps its bytes aside and writes the record afresh", async () => {
    const { origin, checkout } = await originWithCheckout();
    const writer = new BranchStateStore({ remoteUrl: origin });
    await writer.saveEvent(makeRecord("good", ["run_a"]));
    await writer.flush();
    await writer.close();
    git(checkout, "fetch", "--quiet", "origin", "flows-state:flows-state");
    git(checkout, "switch", "--quiet", "flows-state");
    const path = eventRecordPath("evt-latin1");
    const bytes = latin1Bytes(cafeRecord("evt-latin1"));
    await writeRecordFile(checkout, "evt-latin1", bytes);
    git(checkout, "add", path);
    git(checkout, "commit", "--quiet", "-m", "saved in Latin-1");
    git(checkout, "push", "--quiet", "origin", "flows-state");

    const reader = new BranchStateStore({ remoteUrl: origin });
    expect((await reader.listEvents()).map((record) => record.event.id)).toEqual(["good"]);
    expect(reader.problems).toEqual([{ path: `flows-state:${path}`, message: expect.stringMatching(/^not UTF-8 text.*set aside/) }]);
    expect(await reader.loadEvent("evt-latin1")).toBeUndefined();
    await reader.saveEvent(makeRecord("evt-latin1", ["run_b"]));
    await reader.flush();
    await reader.close();

    const aside = git(origin, "ls-tree", "-r", "--name-only", "flows-state")
      .split("\n")
      .find((name) => name.startsWith(`${path}.corrupt-`));
    const blob = (name: string) => execFileSync("git", ["cat-file", "blob", `flows-state:${name}`], { cwd: origin });
    expect(blob(aside as string)).toEqual(bytes);
    expect(JSON.parse(blob(path).toString("utf8")).runs.map((run: { id: string }) => run.id)).toEqual(["run_b"]);
  });

  it("the artifact store reports an artifact that is not UTF-8 and reads the others", async () => {
    const world = await artifactWorld();
    const writer = world.store(301);
    await writer.saveEvent(makeRecord("evt-good", ["run_a"]));
    await writer.flush();
    const file = { format: STATE_FILE_FORMAT, formatVersion: 1, kind: "delta", writtenBy: { runId: 99, runAttempt: 1 }, records: [cafeRecord("evt-latin1")] };
    const utf8 = Buffer.from(JSON.stringify(file), "utf8");
    const at = utf8.indexOf(Buffer.from("café", "utf8"));
    const latin1 = Buffer.concat([utf8.subarray(0, at + 3), Buffer.from([0xe9]), utf8.subarray(at + 5)]);
    world.github.github.artifacts.add(REPOSITORY, { name: "flows-state-delta-99-1-latin1", zip: zipOf({ [STATE_FILE_NAME]: latin1 }), runId: 99 });

    const reader = world.store(302);
    expect(runIds(await reader.loadEvent("evt-good"))).toEqual(["run_a"]);
    expect(await reader.loadEvent("evt-latin1")).toBeUndefined();
    expect(reader.problems).toEqual([
      { path: "flows-state-delta-99-1-latin1", message: expect.stringMatching(/^not UTF-8 text.*artifact skipped$/) },
    ]);
    world.assertNoViolations();
  });
});

describe("the piece-by-piece UTF-8 check of a big record", () => {
  const text = `{"a":"é€😀 plain ascii ü ${"😀€é".repeat(5)}"}`;
  const bytes = Buffer.from(text, "utf8");
  const inPieces = (data: Uint8Array, size: number): void => {
    const check = new Utf8Check();
    const piece = Buffer.alloc(size);
    // One buffer read into again and again, as the file store reads a record.
    for (let at = 0; at < data.byteLength; at += size) {
      const n = Buffer.from(data).copy(piece, 0, at, Math.min(at + size, data.byteLength));
      check.add(piece.subarray(0, n));
    }
    check.end();
  };

  it("takes UTF-8 cut anywhere, whatever the piece size (characters of 2, 3 and 4 bytes across pieces)", () => {
    for (let size = 1; size <= 9; size += 1) expect(() => inPieces(bytes, size), `pieces of ${size}`).not.toThrow();
  });

  it("refuses what the strict decoder refuses, cut anywhere: a stray byte, an encoded surrogate, an overlong form, a character cut short at the end", () => {
    const bad = [
      Buffer.concat([bytes.subarray(0, 7), Buffer.from([0xff]), bytes.subarray(7)]),
      Buffer.concat([bytes.subarray(0, 7), Buffer.from([0xed, 0xa0, 0x80]), bytes.subarray(7)]),
      Buffer.concat([bytes.subarray(0, 7), Buffer.from([0xc0, 0x80]), bytes.subarray(7)]),
      Buffer.concat([bytes, Buffer.from([0xe2, 0x82])]),
    ];
    for (const data of bad) {
      expect(() => new TextDecoder("utf-8", { fatal: true }).decode(data)).toThrow();
      for (let size = 1; size <= 9; size += 1) expect(() => inPieces(data, size), `pieces of ${size}`).toThrow(/not UTF-8 text/);
    }
  });

  // A state artifact may unpack to 512 MiB (MAX_STATE_FILE_BYTES), 24 bytes more than the 2^29-24 characters a string holds on Node.
  it("says a UTF-8 text is too long for one string when it is, not that it is not UTF-8", () => {
    const text = Buffer.alloc(2 ** 29, 0x61);
    expect(() => decodeStoredText(text)).toThrow(/^536870912 bytes of text, too long to read as one string \(Cannot create a string longer than/);
  });
});
