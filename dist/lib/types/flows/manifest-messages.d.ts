import type { TomlPath } from "./toml-locator.js";
export declare const NAME_MAX: 200;
/** The warning for a key the schema does not define; the old runtime ignored such keys. */
export declare function unknownKeyMessage(tablePath: TomlPath, key: string): string;
/** The sentence for a missing required key at `path`. */
export declare function missingMessage(path: TomlPath): string;
/** The sentence for a value the schema rejects at `path` (type, enum, length, pattern...). */
export declare function wrongValueMessage(path: TomlPath, value: unknown, keyword: string): string;
