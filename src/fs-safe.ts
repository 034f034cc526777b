import { closeSync, constants, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readSync, renameSync, type Stats, statSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { randomHex, sha256 } from "./hash.js";

// File and process facts the stores and the runners share.

/**
 * `mkdir -p`, one folder at a time. Node's own recursive mkdir (20 and 24) loops forever where
 * mkdir answers ENOENT for a folder it cannot make at all (under /proc); this throws that error.
 * An existing file in the way throws EEXIST, as the recursive mkdir does.
 */
export function makeFolders(path: string): void {
  try {
    mkdirSync(path);
    return;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST" && isFolder(path)) return;
    if (code !== "ENOENT" || dirname(path) === path) throw error;
  }
  makeFolders(dirname(path));
  try {
    mkdirSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST" || !isFolder(path)) throw error;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** What an atomic write put on disk: its size and the sha256 of its bytes. */
export type WrittenFile = { bytes: number; sha256: string };

/** Bytes `start` to `end` (exclusive) of the file at `path`. */
export type FileRange = { path: string; start: number; end: number };

/** One part of what writeFileAtomically writes: a text (as UTF-8), bytes, or another file's bytes. */
export type WritePart = string | Uint8Array | FileRange;

/** Strings are encoded and written this many UTF-16 units at a time: a 40 MB record is never one buffer. */
const SLICE = 1 << 20;

/**
 * Writes beside `file` and renames over it: a reader sees the old file or the new one, never part
 * of one. The temporary name, `<file>.<pid>-<hex>.tmp`, carries this process's pid, so a later
 * writer can tell the leftover of one that was killed mid-write (file-store.ts removes those).
 * `data` may come in parts (written one after another, never joined); strings are written as
 * UTF-8 in slices of about 1 MiB, and file ranges copied 1 MiB at a time, so no copy of a big
 * text is made whole. A file range shorter than stated (its file changed) throws. `beforeRename`
 * runs once the temporary file is complete; if it throws, the temporary is removed and `file` is
 * left.
 *
 * Durable as well as atomic: the temporary file is flushed to the disk (fsync) before the rename,
 * and the folder after it, so a power cut or a crashed host leaves the old file or the new one,
 * never an empty or half-written file under the name (ext4 and XFS may reorder a rename before
 * the data it names: https://lwn.net/Articles/322823/), and a save that returned stays saved.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array | ReadonlyArray<WritePart>, beforeRename?: () => void): WrittenFile {
  const temporary = `${file}.${process.pid}-${randomHex(4)}.tmp`;
  const hash = sha256();
  let bytes = 0;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, "w");
    for (const chunk of chunksOf(typeof data === "string" || data instanceof Uint8Array ? [data] : data)) {
      writeAll(fd, chunk);
      hash.update(chunk);
      bytes += chunk.byteLength;
    }
    fsyncSync(fd);
    // Not closed again if this fails: close releases the descriptor even when it reports an
    // error (EIO on NFS), and a second close would throw EBADF in place of that error.
    const closing = fd;
    fd = undefined;
    closeSync(closing);
    beforeRename?.();
    renameSync(temporary, file);
    syncFolder(dirname(file));
    return { bytes, sha256: hash.hex() };
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temporary);
    } catch {
      // Never written.
    }
    throw error;
  }
}

/**
 * Flushes a folder's entries (a rename just made in it) to the disk. Where a folder cannot be
 * opened or flushed (Windows: EISDIR or EPERM; some file systems: EINVAL), the rename is as
 * durable as that system makes it, and that is all that can be done.
 */
function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, constants.O_RDONLY | (constants.O_DIRECTORY ?? 0));
  } catch (error) {
    if (FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? "")) return;
    throw error;
  }
  try {
    fsyncSync(fd);
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? "")) throw error;
  } finally {
    closeSync(fd);
  }
}

const FOLDER_SYNC_UNSUPPORTED = new Set(["EINVAL", "EPERM", "EISDIR", "ENOTSUP", "EACCES"]);

/**
 * The sha256 of a file's bytes when it has `bytes` bytes (read in 1 MiB pieces), else undefined:
 * a file of another size, or none, is not the one that was written.
 */
export function fileSha256(file: string, bytes: number): string | undefined {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  try {
    if (fstatSync(fd).size !== bytes) return undefined;
    const hash = sha256();
    const buffer = Buffer.allocUnsafe(Math.min(SLICE, Math.max(bytes, 1)));
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
    }
    return hash.hex();
  } finally {
    closeSync(fd);
  }
}

/** The parts' bytes in pieces; a piece of a file range is only valid until the next is taken. */
function* chunksOf(parts: ReadonlyArray<WritePart>): Generator<Uint8Array> {
  for (const part of parts) {
    if (part instanceof Uint8Array) {
      yield part;
      continue;
    }
    if (typeof part !== "string") {
      yield* fileRangeChunks(part);
      continue;
    }
    for (let start = 0; start < part.length; ) {
      let end = Math.min(part.length, start + SLICE);
      // Never between the two halves of a surrogate pair: each slice must be valid UTF-16.
      const last = part.charCodeAt(end - 1);
      if (end < part.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
      yield Buffer.from(part.slice(start, end), "utf8");
      start = end;
    }
  }
}

function* fileRangeChunks(range: FileRange): Generator<Uint8Array> {
  const fd = openSync(range.path, "r");
  try {
    const buffer = Buffer.allocUnsafe(Math.min(SLICE, Math.max(range.end - range.start, 1)));
    for (let at = range.start; at < range.end; ) {
      const read = readSync(fd, buffer, 0, Math.min(buffer.length, range.end - at), at);
      if (read === 0) throw new Error(`${range.path} ended before byte ${range.end}: it was changed while it was copied`);
      yield buffer.subarray(0, read);
      at += read;
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes all of `chunk` at the file's position (writeSync may write less than asked). */
export function writeAll(fd: number, chunk: Uint8Array): void {
  for (let offset = 0; offset < chunk.byteLength; ) offset += writeSync(fd, chunk, offset);
}

/** Whether a process with this pid exists (one owned by another user counts). */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // alive, owned by someone else
  }
}

/** Which file a path held when it was read: a file written again (renamed over) or edited differs. */
export type FileIdentity = { dev: number; ino: number; size: number; mtimeMs: number };

/** What readRegularFile found. */
export type RegularFileRead<T = never> =
  | { kind: "missing" }
  | { kind: "read"; bytes: Buffer; identity: FileIdentity }
  | { kind: "readOpened"; value: T; identity: FileIdentity }
  | { kind: "refused"; reason: string; identity: FileIdentity | undefined };

/**
 * A file read whole, within `maxBytes`, if it is a plain file: `missing` when there is none,
 * `refused` (with the reason) for a symbolic link, FIFO, device or socket, or a file over the
 * budget. Opened without following a link at the last part and without blocking (O_NOFOLLOW,
 * O_NONBLOCK), so a FIFO cannot hang the process nor /dev/zero fill its memory; the reading
 * stops past `maxBytes` even if the file grows meanwhile. A folder throws EISDIR, as a read does.
 * `readOpened`, when given, reads the checked file first (from its descriptor, within the size
 * checked, with positional reads); when it returns undefined, the file is read whole.
 * `followLinks` reads a symbolic link's target instead of refusing the link (still refused when
 * the target is no plain file); ENOENT then also covers a link to nothing.
 */
export function readRegularFile<T = never>(
  file: string,
  maxBytes: number,
  readOpened?: (fd: number, size: number) => T | undefined,
  options: { followLinks?: boolean } = {},
): RegularFileRead<T> {
  const opened = openRegularFile(file, maxBytes, options);
  if ("kind" in opened) return opened;
  const { fd, identity } = opened;
  try {
    const value = readOpened?.(fd, identity.size);
    if (value !== undefined) return { kind: "readOpened", value, identity };
    const read = readOpenedFile(fd, Buffer.allocUnsafe(identity.size + 1), maxBytes, 0);
    if (read === undefined) return overBudget(maxBytes, identity);
    return { kind: "read", bytes: read.buffer.subarray(0, read.length), identity };
  } finally {
    closeSync(fd);
  }
}

/** What readRegularText found: readRegularFile's answer, with the bytes decoded as UTF-8. */
export type RegularTextRead = { kind: "missing" } | { kind: "text"; text: string; identity: FileIdentity } | { kind: "refused"; reason: string; identity: FileIdentity | undefined };

/** Small files are read into this buffer, kept between calls: discovery reads 1,000 manifests in a row. */
const TEXT_SCRATCH = Buffer.allocUnsafe(16 * 1024);

/**
 * readRegularFile for a text decoded as UTF-8 (invalid bytes become U+FFFD), with the same checks
 * and answers; a file that fits is read into a buffer kept between calls, so reading many small
 * files allocates no buffer per file (for 1,000 manifests, ~2 ms less than readRegularFile). Nor
 * does it read once more to find the end when a read has brought the size fstat gave and fewer
 * bytes than asked: both say the file ended there (a file whose size says nothing, 0 for /proc
 * files, is read until a read brings nothing).
 */
export function readRegularText(file: string, maxBytes: number, options: { followLinks?: boolean } = {}): RegularTextRead {
  const opened = openRegularFile(file, maxBytes, options);
  if ("kind" in opened) return opened;
  const { fd, identity } = opened;
  try {
    const size = identity.size;
    const start = size < TEXT_SCRATCH.length && maxBytes >= TEXT_SCRATCH.length ? TEXT_SCRATCH : Buffer.allocUnsafe(size + 1);
    const read = readOpenedFile(fd, start, maxBytes, size);
    if (read === undefined) return overBudget(maxBytes, identity);
    return { kind: "text", text: read.buffer.toString("utf8", 0, read.length), identity };
  } finally {
    closeSync(fd);
  }
}

/**
 * `file` opened for reading if it is a plain file within `maxBytes` (its descriptor and identity;
 * the caller closes it), else readRegularFile's answer: missing, or refused with the reason.
 */
function openRegularFile(file: string, maxBytes: number, options: { followLinks?: boolean }): { fd: number; identity: FileIdentity } | { kind: "missing" } | { kind: "refused"; reason: string; identity: FileIdentity | undefined } {
  let fd: number;
  try {
    const noFollow = options.followLinks ? 0 : (constants.O_NOFOLLOW ?? 0);
    fd = openSync(file, constants.O_RDONLY | noFollow | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { kind: "missing" };
    // O_NOFOLLOW on a symbolic link: ELOOP (Linux, macOS), EMLINK (FreeBSD).
    if (code === "ELOOP" || code === "EMLINK") {
      const link = lstatIdentity(file);
      if (link) return { kind: "refused", reason: "is a symbolic link, not a plain file", identity: link };
    }
    // A socket cannot be opened (ENXIO on Linux, EOPNOTSUPP on macOS): refused for what it is, as a FIFO is.
    if (code === "ENXIO" || code === "EOPNOTSUPP") {
      const socket = unopenable(file, options.followLinks === true);
      if (socket) return socket;
    }
    throw error;
  }
  let keep = false;
  try {
    const info = fstatSync(fd);
    const identity: FileIdentity = { dev: info.dev, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
    if (info.isDirectory()) {
      throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${file}'`), { code: "EISDIR", syscall: "read", path: file });
    }
    if (!info.isFile()) return { kind: "refused", reason: `is ${fileKind(info)}, not a plain file`, identity };
    if (info.size > maxBytes) return overBudget(maxBytes, identity, info.size);
    keep = true;
    return { fd, identity };
  } finally {
    if (!keep) closeSync(fd);
  }
}

function overBudget(maxBytes: number, identity: FileIdentity, size?: number): { kind: "refused"; reason: string; identity: FileIdentity } {
  return { kind: "refused", reason: `is larger than ${describeBytes(maxBytes)}${size === undefined ? "" : ` (${size} bytes)`}`, identity };
}

/**
 * Reads from the descriptor's position to the end into `buffer`, replaced by a bigger copy as
 * needed, never past maxBytes + 1 bytes: undefined when the file holds more than maxBytes. The
 * end is a read that brings nothing, or (when `size` is more than 0) one that brings fewer bytes
 * than asked once `size` bytes are in.
 */
export function readOpenedFile(fd: number, buffer: Buffer, maxBytes: number, size: number): { buffer: Buffer; length: number } | undefined {
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) return undefined;
      const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const asked = buffer.length - length;
    const read = readSync(fd, buffer, length, asked, null);
    if (read === 0) break;
    length += read;
    if (size > 0 && length >= size && read < asked) break;
  }
  return length > maxBytes ? undefined : { buffer, length };
}

/** What is at `file` now (not following a link), or undefined when nothing is. */
export function lstatIdentity(file: string): FileIdentity | undefined {
  try {
    const info = lstatSync(file);
    return { dev: info.dev, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export function sameFile(a: FileIdentity | undefined, b: FileIdentity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Refused, with what it is, for a file that is no plain file and cannot be opened (a socket). */
function unopenable(file: string, followLinks: boolean): { kind: "refused"; reason: string; identity: FileIdentity } | undefined {
  let info: Stats;
  try {
    info = followLinks ? statSync(file) : lstatSync(file);
  } catch {
    return undefined;
  }
  if (info.isFile() || info.isDirectory()) return undefined;
  return { kind: "refused", reason: `is ${fileKind(info)}, not a plain file`, identity: { dev: info.dev, ino: info.ino, size: info.size, mtimeMs: info.mtimeMs } };
}

/** "a FIFO (named pipe)", "a character device"...: what a path that is no plain file or folder is. */
export function fileKind(info: Stats): string {
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  if (info.isSocket()) return "a socket";
  return "an unknown kind of file";
}

function describeBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / 1024 / 1024} MiB` : `${bytes} bytes`;
}
