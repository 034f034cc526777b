import { type WatchConfig } from "./config-values.js";
export type ParseWatchInputOptions = {
    /** How messages name the input (default `input "watch"`). */
    inputName?: string;
};
/** Parse the `watch` input; throws WatchConfigError naming every bad line. */
export declare function parseWatchInput(text: string, options?: ParseWatchInputOptions): WatchConfig[];
