/**
 * What a process learnt from a file, kept by the file's path and text (and whatever else the
 * answer depends on), for `flows daemon`, whose commands ask the same of unchanged files each
 * time: the schema registry's compiled files (./schemas.ts) and validate's never-matching check
 * (./validate.ts). A file over MAX_KEPT_FILE_CHARS is not kept (its text is the key), and a map
 * that holds MAX_KEPT_ENTRIES starts over, so what a daemon keeps stays within tens of MiB.
 */
/** A file is kept by its text only up to this size (most schemas are a few KiB). */
export declare const MAX_KEPT_FILE_CHARS: number;
export type KeptByText<T> = Map<string, T>;
/** What `kept` holds for this file's path and text (and `also`), if anything. */
export declare function keptFor<T>(kept: KeptByText<T> | undefined, path: string, text: string, also?: readonly string[]): T | undefined;
/** Keeps `value` for this file's path and text (and `also`), unless the file is too large to be kept by its text. */
export declare function keep<T>(kept: KeptByText<T> | undefined, path: string, text: string, value: T, also?: readonly string[]): void;
