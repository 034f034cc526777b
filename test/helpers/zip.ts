// The tests' one zip writer: archives as @actions/artifact makes them (local headers, a central
// directory), for state artifacts and handovers seeded on the fake GitHub, and hostile ones (a
// size declared smaller than the content, a bomb).
import { crc32, deflateRawSync } from "node:zlib";

/** One entry as it goes in the archive: `data` is stored (method 0) or deflated (8); `size` and `crc` are the content's. */
export type PackedEntry = { name: string; data: Uint8Array; method: 0 | 8; size: number; crc: number };

/** An entry of `content`, deflated unless `stored`; `declaredSize` puts another size in its headers. */
export function packEntry(name: string, content: string | Uint8Array, options: { stored?: boolean; declaredSize?: number } = {}): PackedEntry {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  const data = options.stored ? bytes : deflateRawSync(bytes, { level: 9 });
  return { name, data, method: options.stored ? 0 : 8, size: options.declaredSize ?? bytes.byteLength, crc: crc32(bytes) >>> 0 };
}

export function zipArchive(entries: PackedEntry[]): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(data.byteLength, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + data.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}
