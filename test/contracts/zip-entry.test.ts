import { crc32, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { findZipEntry, readZipEntry, ZipReadError } from "../../src/zip-entry.js";

type EntrySpec = { name: string; content: Buffer; store?: boolean; declaredSize?: number; flags?: number; crc?: number };

/** A zip archive built byte by byte, so each header field can be forged. */
function zip(entries: EntrySpec[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = entry.store ? entry.content : deflateRawSync(entry.content);
    const name = Buffer.from(entry.name);
    const crc = entry.crc ?? crc32(entry.content) >>> 0;
    const size = entry.declaredSize ?? entry.content.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(entry.flags ?? 0, 6);
    local.writeUInt16LE(entry.store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.flags ?? 0, 8);
    central.writeUInt16LE(entry.store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const LIMITS = { maxBytes: 1024 * 1024 };
const text = (value: string) => Buffer.from(value);

describe("the zip reader", () => {
  it("reads a deflated and a stored file by name, and finds nothing for a missing name", () => {
    const archive = zip([
      { name: "a.json", content: text('{"a":1}') },
      { name: "b.txt", content: text("plain"), store: true },
    ]);
    expect(findZipEntry(archive, "a.json", LIMITS)?.toString()).toBe('{"a":1}');
    expect(readZipEntry(archive, "b.txt", LIMITS).toString()).toBe("plain");
    expect(findZipEntry(archive, "c", LIMITS)).toBeUndefined();
    expect(() => readZipEntry(archive, "c", LIMITS)).toThrow("the archive has no file named c");
  });

  const refused: Array<[string, () => unknown, RegExp]> = [
    ["not a zip", () => findZipEntry(text("hello, world, not a zip at all"), "a", LIMITS), /not a zip archive/],
    ["a declared size over the limit", () => findZipEntry(zip([{ name: "a", content: text("x"), declaredSize: 2 * 1024 * 1024 }]), "a", LIMITS), /at most 1048576 are accepted/],
    [
      "a bomb that declares a small size",
      () => findZipEntry(zip([{ name: "a", content: Buffer.alloc(2 * 1024 * 1024), declaredSize: 1000 }]), "a", LIMITS),
      /does not inflate within 1000 bytes, the size its header declares \(at most 1048576 are accepted\): a zip bomb/,
    ],
    [
      "a ratio deflate cannot reach",
      () => findZipEntry(zip([{ name: "a", content: text("tiny"), declaredSize: 500_000 }]), "a", LIMITS),
      /compression ratio deflate cannot reach/,
    ],
    ["a size that does not match", () => findZipEntry(zip([{ name: "a", content: text("four"), declaredSize: 5 }]), "a", LIMITS), /expected 5 bytes, got 4/],
    ["a damaged CRC", () => findZipEntry(zip([{ name: "a", content: text("data"), crc: 1 }]), "a", LIMITS), /CRC mismatch/],
    ["an encrypted entry", () => findZipEntry(zip([{ name: "a", content: text("data"), flags: 1 }]), "a", LIMITS), /is encrypted/],
    [
      "too many entries",
      () => findZipEntry(zip(Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, content: text("x") }))), "f1", { ...LIMITS, maxEntries: 20 }),
      /lists 30 files; at most 20 are accepted/,
    ],
    ["a truncated archive", () => findZipEntry(zip([{ name: "a", content: text("data") }]).subarray(20), "a", LIMITS), /truncated|damaged/],
  ];
  it.each(refused)("refuses %s with a sentence saying why", (_, read, message) => {
    expect(read).toThrow(ZipReadError);
    expect(read).toThrow(message);
  });

  it("never matches an entry whose name is absolute or climbs out with ..", () => {
    const archive = zip([
      { name: "../../etc/flows-state.json", content: text("evil") },
      { name: "/abs/x", content: text("evil") },
    ]);
    expect(findZipEntry(archive, "../../etc/flows-state.json", LIMITS)).toBeUndefined();
    expect(findZipEntry(archive, "/abs/x", LIMITS)).toBeUndefined();
  });
});
