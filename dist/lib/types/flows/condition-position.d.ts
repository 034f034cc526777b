import { type TomlPath, type TomlPosition } from "./toml-locator.js";
/** The line and column (1-based) of character `offset` of the string at `path`; else the key's. */
export declare function conditionPosition(text: string | undefined, path: TomlPath, offset: number): TomlPosition | undefined;
