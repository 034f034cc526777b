import { type WatchConfig, type WatchConfigProblem } from "./config-values.js";
export { type ParseWatchInputOptions, parseWatchInput } from "./config-input.js";
export { parseWatchToml } from "./config-toml.js";
export * from "./config-values.js";
export declare const DEFAULT_WATCH_CONFIG_FILE = ".github/flows.toml";
export type LoadWatchConfigOptions = {
    /** The checkout; the config file is looked up relative to it. */
    repoRoot: string;
    /** The action input `watch` (or the CLI's), one `owner/repo [options]` per line. */
    input?: string;
    /** Relative to repoRoot; default `.github/flows.toml`. A missing file is not an error. */
    configFile?: string;
    /** How messages name `input` (default `input "watch"`; the CLI's is `--watch`). */
    inputName?: string;
};
/** Every watched repository from the input and the config file, input entries first. */
export declare function loadWatchConfig(options: LoadWatchConfigOptions): Promise<WatchConfig[]>;
/** A repository listed twice (names compare case-insensitively, like GitHub's). */
export declare function duplicateProblems(watches: readonly WatchConfig[]): WatchConfigProblem[];
