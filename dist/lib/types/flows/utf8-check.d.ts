export type InvalidUtf8 = {
    line: number;
    column: number;
    byte: number;
};
/** Where the file at `path` (read as `text`) stops being UTF-8, or undefined when it is UTF-8. */
export declare function invalidUtf8(path: string, text: string): InvalidUtf8 | undefined;
/** Where `bytes` stop being UTF-8, or undefined when they are UTF-8 (for bytes read once: a pipe, standard input). */
export declare function invalidUtf8Bytes(bytes: Buffer): InvalidUtf8 | undefined;
/** The sentence for a file that is not UTF-8, with the offending byte; `context` goes before the last period. */
export declare function invalidUtf8Message(what: string, found: InvalidUtf8, format: "TOML" | "JSON", context?: string): string;
