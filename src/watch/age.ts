// The release-age gate (`min-age`): a release younger than min-age is held in the cursor and
// dispatched by the first poll at or after it becomes eligible.
//
// Its age counts from GitHub's published_at, or from the poll that first saw it when that is
// earlier (a published_at in the future, from clock skew) or when published_at is missing or
// unreadable. So a held release is always eligible at most min-age after it was first seen:
// nothing stays pending forever.
//
// `now` here is GitHub's time (the listing's Date header) when known, not the runner's clock:
// see pollRepository's releaseNow.
import type { UpstreamRelease } from "../github/releases.js";
import type { HeldRelease } from "./cursor.js";
import type { PublishedRelease } from "./select.js";

const time = (iso: string): number => Date.parse(iso);

/** When a held release may be dispatched (ISO). */
export function eligibleAt(held: HeldRelease, minAge: number): string {
  const from = Math.min(time(held.publishedAt), time(held.firstSeenAt));
  return new Date((Number.isNaN(from) ? time(held.firstSeenAt) : from) + minAge).toISOString();
}

export function isEligible(held: HeldRelease, minAge: number | undefined, now: Date): boolean {
  return !minAge || time(eligibleAt(held, minAge)) <= now.getTime();
}

/** A release as held: first seen now (or when the cursor first held it). */
export function holdRelease(release: PublishedRelease, now: Date, usableTimestamp: boolean): HeldRelease {
  return {
    id: release.id,
    tag: release.tagName,
    publishedAt: release.publishedAt,
    firstSeenAt: now.toISOString(),
    ageFrom: usableTimestamp && time(release.publishedAt) <= now.getTime() ? "published" : "first-seen",
    createdAt: release.createdAt,
  };
}

/**
 * Releases GitHub lists as published (not drafts) but without a usable published_at get the
 * time the cursor first recorded them, or `now`: they are dispatched (or held) like the others
 * instead of being skipped as drafts. Returns the ids that had no usable timestamp.
 */
export function fillMissingTimestamps(
  releases: UpstreamRelease[],
  known: (id: number) => string | undefined,
  now: Date,
): Set<number> {
  const missing = new Set<number>();
  for (const release of releases) {
    if (release.draft) continue;
    if (typeof release.publishedAt === "string" && !Number.isNaN(time(release.publishedAt))) continue;
    release.publishedAt = known(release.id) ?? now.toISOString();
    missing.add(release.id);
  }
  return missing;
}
