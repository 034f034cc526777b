// src/fs-safe.ts: the atomic write the file store and the schema cache share, and the digest the
// file store compares with to tell that no one changed a record it wrote.
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileSha256, makeFolders, writeFileAtomically } from "../src/fs-safe.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "flows-fs-safe-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

describe("writeFileAtomically", () => {
  it("writes parts one after another, as UTF-8, and returns the size and sha256 of what is on disk", async () => {
    const file = join(dir, "record.json");
    // A big part whose 1 MiB slice boundary falls inside a surrogate pair, and multi-byte text.
    const big = `z${"😀".repeat(1_000_000)}`;
    const parts = ['{"event": ', big, Buffer.from(" ünïcode "), "}\n"];
    const written = writeFileAtomically(file, parts);
    const onDisk = await readFile(file);
    expect(onDisk.toString("utf8")).toBe(`{"event": ${big} ünïcode }\n`);
    expect(onDisk.toString("utf8")).not.toContain("\uFFFD");
    expect(written).toEqual({ bytes: onDisk.byteLength, sha256: sha(onDisk) });
    expect(await readdir(dir)).toEqual(["record.json"]);
  });

  it("takes one string or one buffer as before, and replaces the file whole", async () => {
    const file = join(dir, "f");
    writeFileAtomically(file, "first, longer text");
    writeFileAtomically(file, Buffer.from("second"));
    expect(await readFile(file, "utf8")).toBe("second");
  });

  it("leaves no temporary file behind when it cannot write", () => {
    expect(() => writeFileAtomically(join(dir, "missing-folder", "f"), "x")).toThrow(/ENOENT/);
  });
});

describe("fileSha256", () => {
  it("is the file's sha256 when it has the size given, and undefined when its size differs or it is gone", async () => {
    const file = join(dir, "f");
    const written = writeFileAtomically(file, ["x".repeat(3 << 20), "tail"]);
    expect(fileSha256(file, written.bytes)).toBe(written.sha256);
    expect(fileSha256(file, written.bytes + 1)).toBeUndefined();
    // Changed in place, same size: the digest differs.
    const bytes = await readFile(file);
    bytes[5] = "y".charCodeAt(0);
    await writeFile(file, bytes);
    expect(fileSha256(file, written.bytes)).not.toBe(written.sha256);
    await rm(file);
    expect(fileSha256(file, written.bytes)).toBeUndefined();
  });
});

describe("makeFolders", () => {
  it("makes every missing folder, accepts existing ones, and refuses a file in the way", async () => {
    const deep = join(dir, "a", "b", "c");
    makeFolders(deep);
    makeFolders(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await writeFile(join(dir, "file"), "");
    expect(() => makeFolders(join(dir, "file"))).toThrow(expect.objectContaining({ code: "EEXIST" }));
    expect(() => makeFolders(join(dir, "file", "sub"))).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
  });

  it("throws where no folder can be made at all (/proc), where Node's recursive mkdir never returns", () => {
    expect(() => makeFolders("/proc/flows-state/events")).toThrow(expect.objectContaining({ code: "ENOENT", syscall: "mkdir" }));
  });
});
