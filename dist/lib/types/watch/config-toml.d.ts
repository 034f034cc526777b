import { type WatchConfig } from "./config-values.js";
/** Parse the `[[watch]]` tables of a flows.toml text; `file` names it in messages. */
export declare function parseWatchToml(text: string, file: string): WatchConfig[];
