import type { TomlPath } from "./toml-locator.js";
export declare const NAME_MAX: 200;
/**
 * The warning for a key the schema does not define; the old runtime ignored such keys.
 * `siblings` are the keys written in the same table (to say what a misspelling costs).
 */
export declare function unknownKeyMessage(tablePath: TomlPath, key: string, siblings?: readonly string[]): string;
/** The error for an empty `[[steps]]` section: one sentence for the section, not one per missing key. */
export declare function emptyStepMessage(index: number): string;
/** The error for a flow.toml with nothing in it (or only comments). */
export declare const EMPTY_MANIFEST: string;
/**
 * The sentence for a missing required key at `path`; `misspelt` is a key of the same table
 * that is close to it (`scirpt`), whose rename is the fix.
 */
export declare function missingMessage(path: TomlPath, misspelt?: {
    key: string;
    line: number | undefined;
}): string;
/** The sentence for a value the schema rejects at `path` (type, enum, length, pattern...). */
export declare function wrongValueMessage(path: TomlPath, value: unknown, keyword: string): string;
