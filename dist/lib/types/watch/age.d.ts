import type { UpstreamRelease } from "../github/releases.js";
import type { HeldRelease } from "./cursor.js";
import type { PublishedRelease } from "./select.js";
/** When a held release may be dispatched (ISO). */
export declare function eligibleAt(held: HeldRelease, minAge: number): string;
export declare function isEligible(held: HeldRelease, minAge: number | undefined, now: Date): boolean;
/** A release as held: first seen now (or when the cursor first held it). */
export declare function holdRelease(release: PublishedRelease, now: Date, usableTimestamp: boolean): HeldRelease;
/**
 * Releases GitHub lists as published (not drafts) but without a usable published_at get the
 * time the cursor first recorded them, or `now`: they are dispatched (or held) like the others
 * instead of being skipped as drafts. Returns the ids that had no usable timestamp.
 */
export declare function fillMissingTimestamps(releases: UpstreamRelease[], known: (id: number) => string | undefined, now: Date): Set<number>;
