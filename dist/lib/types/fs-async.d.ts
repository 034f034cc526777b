import { type Stats } from "node:fs";
/** The file's text as UTF-8. */
export declare function readTextFile(path: string): Promise<string>;
/** Thrown by readTextFileWithin past its bound; `code` is "EFBIG". */
export declare class FileTooLargeError extends Error {
    readonly maxBytes: number;
    readonly code = "EFBIG";
    constructor(maxBytes: number);
}
/**
 * The file's text as UTF-8, read no further than `maxBytes` (FileTooLargeError past it). For a
 * file the user names, which may be a pipe (`/dev/stdin`, `<(command)`, or the descriptor of
 * standard input): any kind is read, and /dev/zero or an endless pipe costs `maxBytes`, not the
 * machine's memory.
 */
export declare function readTextFileWithin(file: string | {
    fd: number;
}, maxBytes: number): Promise<string>;
/** As readTextFileWithin, the bytes themselves: for a pipe, whose bytes can be read only once. */
export declare function readFileWithin(file: string | {
    fd: number;
}, maxBytes: number): Promise<Buffer>;
/** What stat says about the path (links followed). */
export declare function statPath(path: string): Promise<Stats>;
/** Removes the file. */
export declare function removeFile(path: string): Promise<void>;
/** A node:fs callback call as a promise, for the calls above do not cover (`fsCall((done) => write(fd, bytes, done))`). */
export declare function fsCall<T>(start: (done: (error: NodeJS.ErrnoException | null, value?: T) => void) => void): Promise<T>;
