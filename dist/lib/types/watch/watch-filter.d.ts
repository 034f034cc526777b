import type { WatchConfig } from "./config.js";
/** The options of `watch` that decide what it hands over, as a `watch` line writes them ("" for none). */
export declare function watchFilterText(watch: WatchConfig): string;
/**
 * A filter as messages show it: "no filter" for none, cut to FILTER_SHOWN_CHARS (the saved one
 * comes from the state store, so it is outside text of any length).
 */
export declare function shownFilter(filter: string): string;
/** The note of a poll whose filter is not the one the cursor was saved with. */
export declare function otherFilterNote(repo: string, saved: string, own: string): string;
