import { UserError } from "./user-error.js";
export declare const DEFAULT_MAX_ENTRIES = 10000;
/** The archive cannot be read; the message says why, for "… is not a usable archive: …". */
export declare class ZipReadError extends UserError {
    name: string;
}
export type ZipLimits = {
    /** Largest unpacked size accepted for the entry, in bytes. */
    maxBytes: number;
    /** Most entries the central directory may list (default 10,000). */
    maxEntries?: number;
};
/** The bytes of the file called `name`, or undefined when the archive has none. */
export declare function findZipEntry(archive: Uint8Array, name: string, limits: ZipLimits): Buffer | undefined;
/** findZipEntry, for callers to whom a missing file is an error. */
export declare function readZipEntry(archive: Uint8Array, name: string, limits: ZipLimits): Buffer;
/** A zip's end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end: it is within this many last bytes. */
export declare const ZIP_TAIL_BYTES: number;
/**
 * Where the end record (which lists the files) starts in `bytes`, an archive or its last
 * ZIP_TAIL_BYTES at least; -1 when there is none (not a zip, or one cut short).
 */
export declare function endRecordOffset(bytes: Buffer): number;
/** Whether `head` starts as a zip archive does, with a local file header ("PK\x03\x04"). */
export declare function startsAsZip(head: Buffer): boolean;
