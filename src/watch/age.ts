// The release-age gate (`min-age`): a release younger than min-age is held in the cursor and
// dispatched by the first poll at or after it becomes eligible.
//
// Its age counts from GitHub's published_at, or from the poll that first saw it when that is
// earlier (a published_at in the future, from clock skew) or when published_at is missing or
// unreadable. So a held release is always eligible at most min-age after it was first seen:
// nothing stays pending forever.
//
// Whose clock: a release is old enough only when it is old enough on both clocks a poll has,
// GitHub's (the listing's Date header, the clock that wrote published_at) and the runner's
// (see ReleaseClock). Each age is counted on its own clock, from the sighting on that clock: a
// wrong clock, either one (a runner's days ahead, a proxy's Date header hours off), can then
// only hold a release longer, never deliver it early.
import type { UpstreamRelease } from "../github/releases.js";
import type { HeldRelease } from "./cursor.js";
import type { PublishedRelease } from "./select.js";

const time = (iso: string): number => Date.parse(iso);

/** GitHub's and the runner's clocks differ by more than this: the poll warns, naming both times. */
export const CLOCK_DISAGREEMENT_MS = 5 * 60_000;

/**
 * The two clocks of one poll: GitHub's time (the `Date` header of its last answer, when there is
 * one that reads as a time) and the runner's.
 */
export type ReleaseClock = {
  runner: Date;
  github?: Date;
  /** GitHub's time minus the runner's (0 without GitHub's). */
  githubAheadMs: number;
  /**
   * The earlier of the two, the time eligibility is told on: a release is eligible when its
   * eligibleAt (on the same clock: see eligibleAt) is at or before it.
   */
  now: Date;
  /** When a release is first seen: GitHub's time when known (the clock of published_at), else the runner's. */
  seenAt: Date;
};

export function releaseClock(runner: Date, github: Date | undefined): ReleaseClock {
  if (!github) return { runner, githubAheadMs: 0, now: runner, seenAt: runner };
  const ahead = github.getTime() - runner.getTime();
  return { runner, github, githubAheadMs: ahead, now: ahead <= 0 ? github : runner, seenAt: github };
}

/** GitHub's time minus the runner's, when they differ by more than CLOCK_DISAGREEMENT_MS. */
export function clockDisagreement(clock: ReleaseClock): number | undefined {
  if (!clock.github) return undefined;
  return Math.abs(clock.githubAheadMs) > CLOCK_DISAGREEMENT_MS ? clock.githubAheadMs : undefined;
}

/**
 * When a held release may be dispatched (ISO), told on the earlier of the two clocks (ReleaseClock's
 * `now`), GitHub's being `githubAheadMs` ahead of the runner's (0: one clock, or both agree): the
 * time by which it is min-age old on GitHub's clock, counted from published_at or its first
 * sighting on that clock, and on the runner's, counted from published_at or its first sighting
 * on the runner's. With one clock (or a cursor from before runnerFirstSeenAt), the two are one.
 */
export function eligibleAt(held: HeldRelease, minAge: number, githubAheadMs = 0): string {
  const published = time(held.publishedAt);
  const seen = time(held.firstSeenAt);
  const fromGithub = Number.isNaN(published) ? seen : Math.min(published, seen);
  const runnerSeen = held.runnerFirstSeenAt === undefined ? Number.NaN : time(held.runnerFirstSeenAt);
  const seenByRunner = Number.isNaN(runnerSeen) ? seen : runnerSeen;
  // Without a usable published_at (or one after the sighting), GitHub's time filled in is no time of the runner's.
  const fromRunner = held.ageFrom === "published" && !Number.isNaN(published) ? Math.min(published, seenByRunner) : seenByRunner;
  const onGithub = fromGithub + minAge - Math.max(githubAheadMs, 0);
  const onRunner = fromRunner + minAge + Math.min(githubAheadMs, 0);
  return new Date(Math.max(onGithub, onRunner)).toISOString();
}

export function isEligible(held: HeldRelease, minAge: number | undefined, clock: Pick<ReleaseClock, "now" | "githubAheadMs">): boolean {
  return !minAge || time(eligibleAt(held, minAge, clock.githubAheadMs)) <= clock.now.getTime();
}

/** A release as held: first seen now (or when the cursor first held it), on both clocks. */
export function holdRelease(release: PublishedRelease, clock: ReleaseClock, usableTimestamp: boolean): HeldRelease {
  const seenAt = clock.seenAt;
  const runnerSeenAt = clock.runner.toISOString();
  return {
    id: release.id,
    tag: release.tagName,
    publishedAt: release.publishedAt,
    firstSeenAt: seenAt.toISOString(),
    ...(runnerSeenAt !== seenAt.toISOString() ? { runnerFirstSeenAt: runnerSeenAt } : {}),
    ageFrom: usableTimestamp && time(release.publishedAt) <= seenAt.getTime() ? "published" : "first-seen",
    createdAt: release.createdAt,
  };
}

/**
 * Releases GitHub lists as published (not drafts) but without a usable published_at get the
 * time the cursor first recorded them, or `now` (a ReleaseClock's seenAt): they are dispatched (or held) like the others
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
