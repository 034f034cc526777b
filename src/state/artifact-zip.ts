import * as zlib from "node:zlib";

// GitHub serves an artifact as the zip `@actions/artifact` uploaded. The store only needs one
// small file out of it, so this reads the central directory instead of adding an unzip
// dependency. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (sections 4.3.7-4.3.16)
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Far above any state file; stops a hostile archive from inflating without bound. */
const MAX_ENTRY_BYTES = 1 << 30;

type Entry = { name: string; method: number; compressedSize: number; size: number; crc: number; offset: number };

/**
 * The bytes of the file called `name` in a zip archive. Throws a sentence saying what is
 * wrong (not a zip, file missing, damaged data) so callers can report the artifact and skip it.
 */
export function readZipEntry(archive: Uint8Array, name: string): Buffer {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const entry = centralDirectory(bytes).find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`the archive has no file named ${name}`);
  if (entry.size > MAX_ENTRY_BYTES) throw new Error(`${name} is too large (${entry.size} bytes)`);
  if (entry.offset + 30 > bytes.length || bytes.readUInt32LE(entry.offset) !== LOCAL_FILE_HEADER) {
    throw new Error(`${name}: local file header missing (truncated archive?)`);
  }
  const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error(`${name}: data is truncated`);
  const content = inflate(data, entry);
  if (content.length !== entry.size) throw new Error(`${name}: expected ${entry.size} bytes, got ${content.length}`);
  if (typeof zlib.crc32 === "function" && zlib.crc32(content) >>> 0 !== entry.crc) {
    throw new Error(`${name}: CRC mismatch (damaged archive)`);
  }
  return content;
}

function inflate(data: Buffer, entry: Entry): Buffer {
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) throw new Error(`${entry.name} uses compression method ${entry.method}, not deflate`);
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1) });
  } catch (error) {
    throw new Error(`${entry.name} cannot be inflated (${error instanceof Error ? error.message : String(error)})`);
  }
}

function centralDirectory(bytes: Buffer): Entry[] {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) {
      throw new Error("the zip central directory is damaged");
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: Entry = {
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
    };
    if ([entry.compressedSize, entry.size, entry.offset].includes(0xffffffff)) {
      throw new Error("zip64 archives are not supported (state artifacts are far below 4 GiB)");
    }
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error("not a zip archive (no end of central directory record)");
}
