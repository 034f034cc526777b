// src/fs-safe.ts: the atomic write the file store and the schema cache share, and the digest the
// file store compares with to tell that no one changed a record it wrote.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileSha256, makeFolders, readRegularFile, readRegularText, writeFileAtomically } from "../src/fs-safe.js";

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

describe("readRegularText", () => {
  it("reads each file whole through its reused buffer: a short file after a long one, one past the buffer, a /proc file", async () => {
    const long = join(dir, "long.toml");
    const short = join(dir, "short.toml");
    // Past the 16 KiB buffer, with a multi-byte character across its end.
    const big = `${"a".repeat(16 * 1024 - 1)}ü${"é".repeat(10_000)}`;
    await writeFile(long, big);
    await writeFile(short, 'name = "x"\n');
    expect(readRegularText(long, 512 * 1024)).toMatchObject({ kind: "text", text: big });
    await writeFile(long, `${"b".repeat(1000)}\n`);
    expect(readRegularText(long, 512 * 1024)).toMatchObject({ kind: "text", text: `${"b".repeat(1000)}\n` });
    expect(readRegularText(short, 512 * 1024)).toMatchObject({ kind: "text", text: 'name = "x"\n' });
    expect(readRegularText(join(dir, "none"), 512 * 1024)).toEqual({ kind: "missing" });
    // fstat says 0 bytes: read to the end all the same.
    if (process.platform === "linux") expect(readRegularText("/proc/self/status", 512 * 1024)).toMatchObject({ kind: "text", text: expect.stringContaining("Pid:") });
  });

  it("refuses what readRegularFile refuses, with the same reasons: a link, a FIFO, a file over the budget, /dev/zero", async () => {
    const file = join(dir, "flow.toml");
    await writeFile(file, "x".repeat(40_000));
    const link = join(dir, "link.toml");
    await symlink(file, link);
    const fifo = join(dir, "fifo.toml");
    execFileSync("mkfifo", [fifo]);
    const zero = join(dir, "zero.toml");
    await symlink("/dev/zero", zero);
    const cases: Array<[string, number, { followLinks?: boolean }]> = [
      [link, 512 * 1024, {}],
      [fifo, 512 * 1024, {}],
      [file, 30_000, {}],
      [zero, 512 * 1024, { followLinks: true }],
    ];
    for (const [path, maxBytes, options] of cases) {
      const text = readRegularText(path, maxBytes, options);
      expect(text.kind).toBe("refused");
      expect(text).toEqual(readRegularFile(path, maxBytes, undefined, options));
    }
    expect(readRegularText(link, 512 * 1024, { followLinks: true })).toMatchObject({ kind: "text", text: "x".repeat(40_000) });
  });
});
