// Which releases a watch takes, as text kept in its cursor. A cursor marks every release it lists
// seen, whatever the filter: a second watch of the same repository with another filter, sharing
// the state store (another workflow, or a job with its own `watch` input), found the releases
// only it takes already seen and handed none of them over, without a word. The cursor keeps the
// filter of the watch that saved it, and a poll with another says so.
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

/** The note of a poll whose filter is not the one the cursor was saved with. */
export function otherFilterNote(repo: string, saved: string, own: string): string {
  return (
    `the watch cursor of ${repo} was last saved by a watch with another filter (${shownFilter(saved)}; this one: ${shownFilter(own)}). ` +
    `If the configuration changed, nothing is to be done (this poll saves the new filter). If another workflow or job sharing this state store watches ${repo} too, ` +
    `the two share this one cursor and each misses the releases only the other's filter takes: watch ${repo} in one place, with every tag pattern in one entry`
  );
}
