import { type Stats } from "node:fs";
/**
 * `mkdir -p`, one folder at a time. Node's own recursive mkdir (20 and 24) loops forever where
 * mkdir answers ENOENT for a folder it cannot make at all (under /proc); this throws that error.
 * An existing file in the way throws EEXIST, as the recursive mkdir does.
 */
export declare function makeFolders(path: string): void;
/** What an atomic write put on disk: its size and the sha256 of its bytes. */
export type WrittenFile = {
    bytes: number;
    sha256: string;
};
/** Bytes `start` to `end` (exclusive) of the file at `path`. */
export type FileRange = {
    path: string;
    start: number;
    end: number;
};
/** One part of what writeFileAtomically writes: a text (as UTF-8), bytes, or another file's bytes. */
export type WritePart = string | Uint8Array | FileRange;
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
export declare function writeFileAtomically(file: string, data: string | Uint8Array | ReadonlyArray<WritePart>, beforeRename?: () => void): WrittenFile;
/**
 * The sha256 of a file's bytes when it has `bytes` bytes (read in 1 MiB pieces), else undefined:
 * a file of another size, or none, is not the one that was written.
 */
export declare function fileSha256(file: string, bytes: number): string | undefined;
/** Writes all of `chunk` at the file's position (writeSync may write less than asked). */
export declare function writeAll(fd: number, chunk: Uint8Array): void;
/** Whether a process with this pid exists (one owned by another user counts). */
export declare function isPidAlive(pid: number): boolean;
/** Which file a path held when it was read: a file written again (renamed over) or edited differs. */
export type FileIdentity = {
    dev: number;
    ino: number;
    size: number;
    mtimeMs: number;
};
/** What readRegularFile found. */
export type RegularFileRead<T = never> = {
    kind: "missing";
} | {
    kind: "read";
    bytes: Buffer;
    identity: FileIdentity;
} | {
    kind: "readOpened";
    value: T;
    identity: FileIdentity;
} | {
    kind: "refused";
    reason: string;
    identity: FileIdentity | undefined;
};
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
export declare function readRegularFile<T = never>(file: string, maxBytes: number, readOpened?: (fd: number, size: number) => T | undefined, options?: {
    followLinks?: boolean;
}): RegularFileRead<T>;
/** What readRegularText found: readRegularFile's answer, with the bytes decoded as UTF-8. */
export type RegularTextRead = {
    kind: "missing";
} | {
    kind: "text";
    text: string;
    identity: FileIdentity;
} | {
    kind: "refused";
    reason: string;
    identity: FileIdentity | undefined;
};
/**
 * readRegularFile for a text decoded as UTF-8 (invalid bytes become U+FFFD), with the same checks
 * and answers; a file that fits is read into a buffer kept between calls, so reading many small
 * files allocates no buffer per file (for 1,000 manifests, ~2 ms less than readRegularFile). Nor
 * does it read once more to find the end when a read has brought the size fstat gave and fewer
 * bytes than asked: both say the file ended there (a file whose size says nothing, 0 for /proc
 * files, is read until a read brings nothing).
 */
export declare function readRegularText(file: string, maxBytes: number, options?: {
    followLinks?: boolean;
}): RegularTextRead;
/**
 * Reads from the descriptor's position to the end into `buffer`, replaced by a bigger copy as
 * needed, never past maxBytes + 1 bytes: undefined when the file holds more than maxBytes. The
 * end is a read that brings nothing, or (when `size` is more than 0) one that brings fewer bytes
 * than asked once `size` bytes are in.
 */
export declare function readOpenedFile(fd: number, buffer: Buffer, maxBytes: number, size: number): {
    buffer: Buffer;
    length: number;
} | undefined;
/** What is at `file` now (not following a link), or undefined when nothing is. */
export declare function lstatIdentity(file: string): FileIdentity | undefined;
export declare function sameFile(a: FileIdentity | undefined, b: FileIdentity | undefined): boolean;
/** "a FIFO (named pipe)", "a character device"...: what a path that is no plain file or folder is. */
export declare function fileKind(info: Stats): string;
