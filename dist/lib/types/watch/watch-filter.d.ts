import type { WatchConfig } from "./config.js";
/** The options of `watch` that decide what it hands over, as a `watch` line writes them ("" for none). */
export declare function watchFilterText(watch: WatchConfig): string;
/** The note of a poll whose filter is not the one the cursor was saved with. */
export declare function otherFilterNote(repo: string, saved: string, own: string): string;
