export type TomlPosition = {
    line: number;
    column: number;
};
/** A path into the parsed document: table keys and array-of-tables indexes. */
export type TomlPath = ReadonlyArray<string | number>;
/** Splits `a."b.c".d` into its segments; undefined when the text is not a key. */
export declare function readKey(text: string): {
    segments: string[];
    length: number;
} | undefined;
export declare class TomlLocator {
    private readonly text;
    private readonly root;
    private scanned;
    constructor(text: string);
    /** Where `path` is written, else the nearest enclosing key or table header, else undefined. */
    locate(path: TomlPath): TomlPosition | undefined;
    /** The `[table]` or `[[array]]` header line for exactly this path. */
    header(path: TomlPath): TomlPosition | undefined;
    private ensureScanned;
    private scan;
}
