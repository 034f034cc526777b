import { type UpstreamRelease } from "../github/releases.js";
import type { Lookups } from "./changes.js";
import { type WatchCursor } from "./cursor.js";
/**
 * Throws (as that repository's error, so nothing of it is dispatched and its cursor stays) when
 * `listed`, a fresh listing, is another repository's than the one `cursor` was written from.
 * Costs nothing while the listing holds a release seen, dispatched or held before.
 */
export declare function checkSameRepository(lookups: Lookups, cursor: WatchCursor | undefined, listed: readonly UpstreamRelease[]): Promise<void>;
