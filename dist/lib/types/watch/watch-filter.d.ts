import type { WatchConfig } from "./config.js";
/** The options of `watch` that decide what it hands over, as a `watch` line writes them ("" for none). */
export declare function watchFilterText(watch: WatchConfig): string;
/** watchFilterText's options, one each (a stored one is outside text: a pattern holding ` tags=` is split there too). */
export declare function watchFilterOptions(filter: string): string[];
/**
 * A filter as messages show it: "no filter" for none, cut to FILTER_SHOWN_CHARS (the saved one
 * comes from the state store, so it is outside text of any length).
 */
export declare function shownFilter(filter: string): string;
/**
 * Which releases a filter takes, as a watch's heading shows it beside min-age and updates (shown
 * on their own): its `tags=` patterns and `prereleases`, cut as shownFilter; "" when it takes
 * every release that is not a prerelease.
 */
export declare function shownTakenReleases(filter: string): string;
/**
 * The note of a poll whose watch has no cursor of its own yet while the unfiltered record holds
 * one saved by a watch with another filter (before cursors were kept per filter, each watch of a
 * repository kept its cursor there): that one is another watch's, or this watch's before its
 * filter changed, and this watch starts as a new one.
 */
export declare function foreignCursorNote(repo: string, saved: string, own: string): string;
