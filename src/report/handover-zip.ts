// Reads one file out of a zip archive in memory, refusing what a hostile archive could use:
// encryption, zip64, sizes over the caller's limit (a zip bomb stops at `maxBytes` while
// inflating), and anything that is not stored or deflated. Nothing is written to disk, so
// entry names cannot escape a folder. https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT
import { inflateRawSync } from "node:zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;

export class ZipReadError extends Error {
  override name = "ZipReadError";
}

/** The bytes of the entry called `name`, or undefined when the archive has none. */
export function readZipEntry(zip: Uint8Array, name: string, maxBytes: number): Uint8Array | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEnd(view);
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    need(view, offset, 46);
    if (view.getUint32(offset, true) !== CENTRAL_FILE_HEADER) throw new ZipReadError("the zip's central directory is damaged");
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const size = view.getUint32(offset + 24, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    need(view, offset + 46, nameLength);
    const entryName = Buffer.from(zip.subarray(offset + 46, offset + 46 + nameLength)).toString("utf8");
    offset += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (flags & 0x1) throw new ZipReadError(`${name} is encrypted`);
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw new ZipReadError(`${name} uses zip64, which is not accepted here`);
    if (size > maxBytes) throw new ZipReadError(`${name} is ${size} bytes unpacked; at most ${maxBytes} are accepted`);
    return entryData(zip, view, { localOffset, method, compressedSize, size, maxBytes, name });
  }
  return undefined;
}

function entryData(
  zip: Uint8Array,
  view: DataView,
  entry: { localOffset: number; method: number; compressedSize: number; size: number; maxBytes: number; name: string },
): Uint8Array {
  need(view, entry.localOffset, 30);
  if (view.getUint32(entry.localOffset, true) !== LOCAL_FILE_HEADER) throw new ZipReadError(`${entry.name}'s local header is damaged`);
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  need(view, start, entry.compressedSize);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.subarray(0, Math.min(data.length, entry.maxBytes));
  if (entry.method !== 8) throw new ZipReadError(`${entry.name} is packed with method ${entry.method}; only stored and deflated entries are read`);
  try {
    return inflateRawSync(data, { maxOutputLength: entry.maxBytes });
  } catch (error) {
    throw new ZipReadError(`${entry.name} does not inflate within ${entry.maxBytes} bytes: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function findEnd(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipReadError("this is not a zip archive (no end of central directory)");
}

function need(view: DataView, offset: number, length: number): void {
  if (offset < 0 || offset + length > view.byteLength) throw new ZipReadError("the zip archive is truncated");
}
