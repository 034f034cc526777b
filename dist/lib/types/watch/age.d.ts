import type { UpstreamRelease } from "../github/releases.js";
import type { HeldRelease } from "./cursor.js";
import type { PublishedRelease } from "./select.js";
/** GitHub's and the runner's clocks differ by more than this: the poll warns, naming both times. */
export declare const CLOCK_DISAGREEMENT_MS: number;
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
export declare function releaseClock(runner: Date, github: Date | undefined): ReleaseClock;
/** GitHub's time minus the runner's, when they differ by more than CLOCK_DISAGREEMENT_MS. */
export declare function clockDisagreement(clock: ReleaseClock): number | undefined;
/**
 * When a held release may be dispatched (ISO), told on the earlier of the two clocks (ReleaseClock's
 * `now`), GitHub's being `githubAheadMs` ahead of the runner's (0: one clock, or both agree): the
 * time by which it is min-age old on GitHub's clock, counted from published_at or its first
 * sighting on that clock, and on the runner's, counted from published_at or its first sighting
 * on the runner's. With one clock (or a cursor from before runnerFirstSeenAt), the two are one.
 */
export declare function eligibleAt(held: HeldRelease, minAge: number, githubAheadMs?: number): string;
export declare function isEligible(held: HeldRelease, minAge: number | undefined, clock: Pick<ReleaseClock, "now" | "githubAheadMs">): boolean;
/** A release as held: first seen now (or when the cursor first held it), on both clocks. */
export declare function holdRelease(release: PublishedRelease, clock: ReleaseClock, usableTimestamp: boolean): HeldRelease;
/**
 * Releases GitHub lists as published (not drafts) but without a usable published_at get the
 * time the cursor first recorded them, or `now` (a ReleaseClock's seenAt): they are dispatched (or held) like the others
 * instead of being skipped as drafts. Returns the ids that had no usable timestamp.
 */
export declare function fillMissingTimestamps(releases: UpstreamRelease[], known: (id: number) => string | undefined, now: Date): Set<number>;
