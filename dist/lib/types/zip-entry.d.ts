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
