// Which releases a watch takes, as text kept in its cursor and keying it. A cursor marks every
// release it lists seen, whatever the filter: a second watch of the same repository with another
// filter sharing one cursor (another workflow, or a job with its own `watch` input) found the
// releases only it takes already seen and handed none of them over. So each filter keeps its own
// cursor (watchCursorEventId); two watches with the same filter share one, and take the same releases.
import { clipText } from "../text-cut.js";
import type { WatchConfig } from "./config.js";

/** The options of `watch` that decide what it hands over, as a `watch` line writes them ("" for none). */
export function watchFilterText(watch: WatchConfig): string {
  return [
    ...watch.tags.map((pattern) => `tags=${pattern.source}`),
    ...(watch.prereleases ? ["prereleases=true"] : []),
    ...(watch.minAge ? [`min-age=${minutes(watch.minAge)}`] : []),
    ...(watch.updates ? ["updates=true"] : []),
  ].join(" ");
}

/** watchFilterText's options, one each (a stored one is outside text: a pattern holding ` tags=` is split there too). */
export function watchFilterOptions(filter: string): string[] {
  return filter === "" ? [] : filter.split(/ (?=(?:tags|prereleases|min-age|updates)=)/);
}

function minutes(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  return `${ms / 1000}s`;
}

/**
 * A filter as messages show it: "no filter" for none, cut to FILTER_SHOWN_CHARS (the saved one
 * comes from the state store, so it is outside text of any length).
 */
export function shownFilter(filter: string): string {
  return filter === "" ? "no filter" : clipText(filter, FILTER_SHOWN_CHARS);
}

const FILTER_SHOWN_CHARS = 300;

/**
 * Which releases a filter takes, as a watch's heading shows it beside min-age and updates (shown
 * on their own): its `tags=` patterns and `prereleases`, cut as shownFilter; "" when it takes
 * every release that is not a prerelease.
 */
export function shownTakenReleases(filter: string): string {
  const taken = watchFilterOptions(filter).flatMap((option) => (option.startsWith("tags=") ? [option] : option === "prereleases=true" ? ["prereleases"] : []));
  return taken.length === 0 ? "" : shownFilter(taken.join(" "));
}

/**
 * The note of a poll whose watch has no cursor of its own yet while the unfiltered record holds
 * one saved by a watch with another filter (before cursors were kept per filter, each watch of a
 * repository kept its cursor there): that one is another watch's, or this watch's before its
 * filter changed, and this watch starts as a new one.
 */
export function foreignCursorNote(repo: string, saved: string, own: string): string {
  return (
    `this watch (${shownFilter(own)}) has no watch cursor of its own yet, so it polled as a new watch does; the stored cursor of ${repo} was saved by a watch with another filter (${shownFilter(saved)}), ` +
    `which keeps it: a watch of ${repo} in another workflow, or this one before its filter changed`
  );
}
