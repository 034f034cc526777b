// The one zip reader: it takes one named file out of an archive held in memory (a state
// artifact, the fork handover), and refuses what a damaged or hostile archive could use:
// - sizes: the entry's declared size must be within the caller's limit, and inflating stops at
//   the size the header declares (a zip bomb stops there); the inflated size and CRC must match it;
// - a compression ratio deflate cannot produce (over 1,032:1), a sign of forged headers;
// - more entries than `maxEntries` (a central directory of millions of entries);
// - encryption, zip64 and methods other than stored and deflated;
// - entry names that are absolute or climb with `..`: never matched. Nothing is written to
//   disk, so no name can escape a folder anyway.
// https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT (sections 4.3.7-4.3.16)
import * as zlib from "node:zlib";
import { UserError } from "./user-error.js";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;
/** Deflate's best case is about 1,032:1; a header claiming more was not written by deflate. */
const MAX_DEFLATE_RATIO = 1100;

export const DEFAULT_MAX_ENTRIES = 10_000;

/** The archive cannot be read; the message says why, for "… is not a usable archive: …". */
export class ZipReadError extends UserError {
  override name = "ZipReadError";
}

export type ZipLimits = {
  /** Largest unpacked size accepted for the entry, in bytes. */
  maxBytes: number;
  /** Most entries the central directory may list (default 10,000). */
  maxEntries?: number;
};

type Entry = { name: string; flags: number; method: number; compressedSize: number; size: number; crc: number; offset: number };

/** The bytes of the file called `name`, or undefined when the archive has none. */
export function findZipEntry(archive: Uint8Array, name: string, limits: ZipLimits): Buffer | undefined {
  const bytes = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const entry = centralDirectory(bytes, limits.maxEntries ?? DEFAULT_MAX_ENTRIES).find((candidate) => candidate.name === name && safeName(candidate.name));
  return entry ? entryData(bytes, entry, limits.maxBytes) : undefined;
}

/** findZipEntry, for callers to whom a missing file is an error. */
export function readZipEntry(archive: Uint8Array, name: string, limits: ZipLimits): Buffer {
  const content = findZipEntry(archive, name, limits);
  if (!content) throw new ZipReadError(`the archive has no file named ${name}`);
  return content;
}

function safeName(name: string): boolean {
  return !name.startsWith("/") && !/^[A-Za-z]:/.test(name) && !name.split(/[/\\]/).includes("..") && !name.includes("\u0000");
}

function entryData(bytes: Buffer, entry: Entry, maxBytes: number): Buffer {
  const { name } = entry;
  if (entry.flags & 0x1) throw new ZipReadError(`${name} is encrypted`);
  if (entry.size > maxBytes) throw new ZipReadError(`${name} is ${entry.size} bytes unpacked; at most ${maxBytes} are accepted`);
  if (entry.method === DEFLATED && entry.size > Math.max(entry.compressedSize, 1) * MAX_DEFLATE_RATIO) {
    throw new ZipReadError(`${name} claims a compression ratio deflate cannot reach (${entry.size} bytes from ${entry.compressedSize}); the archive is damaged or forged`);
  }
  need(bytes, entry.offset, 30);
  if (bytes.readUInt32LE(entry.offset) !== LOCAL_FILE_HEADER) throw new ZipReadError(`${name}'s local header is damaged (truncated archive?)`);
  const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
  need(bytes, start, entry.compressedSize);
  const data = bytes.subarray(start, start + entry.compressedSize);
  const content = inflate(data, entry, maxBytes);
  if (content.length !== entry.size) throw new ZipReadError(`${name}: expected ${entry.size} bytes, got ${content.length}`);
  if (typeof zlib.crc32 === "function" && zlib.crc32(content) >>> 0 !== entry.crc) {
    throw new ZipReadError(`${name}: CRC mismatch (damaged archive)`);
  }
  return content;
}

function inflate(data: Buffer, entry: Entry, maxBytes: number): Buffer {
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) {
    throw new ZipReadError(`${entry.name} is packed with method ${entry.method}; only stored and deflated entries are read`);
  }
  // Stopped at the size the header declares (already checked against maxBytes): a bomb that
  // declares a small size was inflated up to maxBytes (512 MiB for a state artifact) before the
  // sizes were compared. Inflated into one buffer of that size and a byte (`chunkSize`): in
  // pieces of the default 16 KiB, joined at the end, a 500 MiB entry was held twice (1.1 GiB of
  // RSS); zlib hands back its one filled buffer as it is. The byte more lets a bomb's first byte
  // past the size show (maxOutputLength) without a second buffer of that size.
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(entry.size, 1), chunkSize: Math.max(entry.size + 1, zlib.constants.Z_MIN_CHUNK) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new ZipReadError(`${entry.name} does not inflate within ${entry.size} bytes, the size its header declares (at most ${maxBytes} are accepted): a zip bomb, or a damaged archive`);
    }
    throw new ZipReadError(`${entry.name} does not inflate: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function centralDirectory(bytes: Buffer, maxEntries: number): Entry[] {
  const end = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  if (count > maxEntries) throw new ZipReadError(`the archive lists ${count} files; at most ${maxEntries} are accepted`);
  let at = bytes.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    need(bytes, at, 46);
    if (bytes.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) throw new ZipReadError("the zip's central directory is damaged");
    const nameLength = bytes.readUInt16LE(at + 28);
    need(bytes, at + 46, nameLength);
    const entry: Entry = {
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString("utf8", at + 46, at + 46 + nameLength),
    };
    if ([entry.compressedSize, entry.size, entry.offset].includes(0xffffffff)) {
      throw new ZipReadError(`${entry.name} uses zip64, which is not accepted here`);
    }
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const at = endRecordOffset(bytes);
  if (at < 0) throw new ZipReadError("not a zip archive (no end of central directory record)");
  return at;
}

/** A zip's end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end: it is within this many last bytes. */
export const ZIP_TAIL_BYTES = 22 + MAX_COMMENT;

/**
 * Where the end record (which lists the files) starts in `bytes`, an archive or its last
 * ZIP_TAIL_BYTES at least; -1 when there is none (not a zip, or one cut short).
 */
export function endRecordOffset(bytes: Buffer): number {
  const lowest = Math.max(0, bytes.length - ZIP_TAIL_BYTES);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

/** Whether `head` starts as a zip archive does, with a local file header ("PK\x03\x04"). */
export function startsAsZip(head: Buffer): boolean {
  return head.length >= 4 && head.readUInt32LE(0) === LOCAL_FILE_HEADER;
}

function need(bytes: Buffer, offset: number, length: number): void {
  if (offset < 0 || offset + length > bytes.length) throw new ZipReadError("the zip archive is truncated");
}
