// Which listed releases are new, and the cursor after a poll. Pure: releases in, choices out.
//
// GitHub lists releases newest first by the date of the release's *commit*, not by publication
// (a release cut from an older commit, or a draft published late, sorts below newer ones), and
// `/releases/latest` has the same problem. So nothing here trusts list positions: a release is
// new when its id has not been seen and it was published at or after the watermark (the latest
// publication date seen before), and events are ordered by publishedAt.
import type { UpstreamRelease } from "../github/releases.js";
import type { WatchConfig } from "./config.js";
import { type BacklogTie, SEEN_RELEASES_KEPT, type SeenRelease, WATCH_CURSOR_FORMAT, type WatchCursor } from "./cursor.js";
import { shortTag } from "./tag-name.js";
import { matchesTag } from "./tag-pattern.js";

/** A published (non-draft) release, with its publication time. */
export type PublishedRelease = UpstreamRelease & { publishedAt: string };

export function isPublished(release: UpstreamRelease): release is PublishedRelease {
  return !release.draft && typeof release.publishedAt === "string" && release.publishedAt !== "";
}

/** Drafts never; prereleases only when asked for; tags by pattern. */
export function matchesWatch(release: UpstreamRelease, watch: WatchConfig): release is PublishedRelease {
  if (!isPublished(release)) return false;
  if (release.prerelease && !watch.prereleases) return false;
  return matchesTag(watch.tags, release.tagName);
}

const time = (iso: string): number => Date.parse(iso);

/** Oldest publication first; ties by release id (GitHub ids increase with creation). */
export function byPublication(a: PublishedRelease, b: PublishedRelease): number {
  return time(a.publishedAt) - time(b.publishedAt) || a.id - b.id;
}

/**
 * Paging stops after a page that reaches known ground: with a cursor, a release seen before or
 * published before the watermark; on a first poll, what `since` asks for.
 */
export function reachedKnownReleases(
  page: readonly UpstreamRelease[],
  watch: WatchConfig,
  cursor: WatchCursor | undefined,
): boolean {
  const published = page.filter(isPublished);
  if (cursor) {
    const seen = new Set(cursor.seen.map((release) => release.id));
    const watermark = cursor.watermark ? time(cursor.watermark) : undefined;
    return published.some(
      (release) => seen.has(release.id) || (watermark !== undefined && time(release.publishedAt) < watermark),
    );
  }
  switch (watch.since.kind) {
    case "latest":
      return published.some((release) => matchesWatch(release, watch));
    case "date": {
      const since = time(watch.since.date);
      return published.some((release) => time(release.publishedAt) < since);
    }
    case "all":
      return false;
  }
}

/** The releases to dispatch from what a poll listed, oldest first. */
export function selectNewReleases(
  releases: readonly UpstreamRelease[],
  watch: WatchConfig,
  cursor: WatchCursor | undefined,
): PublishedRelease[] {
  const matching = releases.filter((release) => matchesWatch(release, watch)).sort(byPublication);
  if (cursor) return matching.filter((release) => isNewSince(release, watch, cursor));
  switch (watch.since.kind) {
    case "latest":
      return matching.slice(-1);
    case "date": {
      const since = time(watch.since.date);
      return matching.filter((release) => time(release.publishedAt) >= since);
    }
    case "all":
      return matching;
  }
}

function isNewSince(release: PublishedRelease, watch: WatchConfig, cursor: WatchCursor): boolean {
  // Dispatched before (the last 100 are remembered): whatever happened to it since (made a
  // prerelease and back, renamed away and back), it is not new. Changes are `updates=true`'s.
  if (cursor.dispatched?.some((dispatched) => dispatched.id === release.id)) return false;
  const prior = cursor.seen.find((seen) => seen.id === release.id);
  if (prior) {
    // A prerelease promoted to a release since it was seen (and filtered out) is news, and so
    // is a release whose tag was renamed from one the watch filters out (a mistyped tag fixed
    // after publication): nothing ran for it. A rename from one matching tag to another is
    // the release already dispatched.
    const promoted = prior.prerelease && !release.prerelease && !watch.prereleases;
    const retagged = prior.tag !== shortTag(release.tagName) && !matchesTag(watch.tags, prior.tag);
    return promoted || retagged;
  }
  if (cursor.watermark === undefined) return true;
  // Not seen, and published shortly before the watermark: GitHub showed it only after a release
  // published a little later (two published together; the listing reads from replicas). A
  // recovered cursor (no release seen) has no such slack: it may not re-list what `since` left out.
  const slack = cursor.seen.length > 0 ? LATE_LISTING_MS : 0;
  return time(release.publishedAt) >= time(cursor.watermark) - slack;
}

/**
 * How long before the watermark an unseen release still counts as new: a release that became
 * visible in the listing after one published up to this much later. Releases older than the
 * newest seen are known by id, so the slack re-lists nothing already seen.
 */
export const LATE_LISTING_MS = 10 * 60_000;

export type NextCursorOptions = {
  repo: string;
  previous: WatchCursor | undefined;
  releases: readonly UpstreamRelease[];
  etag: string | undefined;
  now: Date;
  /** The clock releases' publication times are compared with (the earlier of GitHub's and the runner's: see ReleaseClock); default `now`. */
  releaseNow?: Date;
};

/** The cursor after a poll: every published release listed is now seen, whatever the filter. */
export function nextCursor(options: NextCursorOptions): WatchCursor {
  const byId = new Map<number, SeenRelease>();
  for (const seen of options.previous?.seen ?? []) byId.set(seen.id, seen);
  for (const release of options.releases.filter(isPublished)) {
    byId.set(release.id, {
      id: release.id,
      tag: shortTag(release.tagName),
      publishedAt: release.publishedAt,
      prerelease: release.prerelease,
    });
  }
  const seen = [...byId.values()]
    .sort((a, b) => time(b.publishedAt) - time(a.publishedAt) || b.id - a.id)
    .slice(0, SEEN_RELEASES_KEPT);
  const newest = seen[0]?.publishedAt;
  const latest = [options.previous?.watermark, newest]
    .filter((value): value is string => value !== undefined)
    .sort((a, b) => time(b) - time(a))[0];
  // Never past the poll's own time: one published_at in the future (a GitHub Enterprise Server
  // whose clock ran ahead) would otherwise make every release published after it look old, and
  // none would ever be dispatched again. Releases seen already are known by id, not by time.
  const cap = options.releaseNow ?? options.now;
  const watermark = latest !== undefined && time(latest) > cap.getTime() ? cap.toISOString() : latest;
  return {
    format: WATCH_CURSOR_FORMAT,
    repo: options.repo,
    ...(options.etag ? { etag: options.etag } : {}),
    ...(watermark ? { watermark } : {}),
    seen,
    polledAt: options.now.toISOString(),
  };
}

/** Whether saving `next` would change what is stored (an unchanged cursor is not rewritten). */
export function cursorChanged(previous: WatchCursor | undefined, next: WatchCursor): boolean {
  if (!previous) return true;
  // Everything but the save time; `seen` by id, tag and prerelease flag.
  const key = ({ polledAt: _polledAt, seen, ...rest }: WatchCursor): string =>
    JSON.stringify([
      rest.etag,
      rest.deepEtag,
      rest.tagListings ?? [],
      rest.etagAt,
      rest.watermark,
      rest.checkedAt,
      rest.githubClock,
      rest.pending ?? [],
      rest.dispatched ?? [],
      // Delivered again by this poll: the next must not deliver them once more.
      rest.redeliver ?? [],
      rest.redeliverEvents ?? [],
      rest.end,
      rest.backlog,
      rest.drafts ?? [],
      seen.map((item) => [item.id, item.tag, item.prerelease]),
    ]);
  return key(previous) !== key(next);
}

/** Where newness starts for releases read below where a poll stopped (see BacklogPart). */
export type BelowSince = { from?: string; tie?: BacklogTie };

/**
 * A release listed below where an earlier poll stopped reading (see WatchCursor.backlog): new when
 * published at or after `from` (absent: any time), or at `tie.at` and not among those seen then,
 * and neither seen nor dispatched before.
 */
export function isNewBelow(release: UpstreamRelease, cursor: WatchCursor | undefined, since: BelowSince | undefined): release is PublishedRelease {
  if (!isPublished(release)) return false;
  if (cursor?.dispatched?.some((dispatched) => dispatched.id === release.id)) return false;
  if (cursor?.seen.some((seen) => seen.id === release.id)) return false;
  if (since?.from === undefined || time(release.publishedAt) >= time(since.from)) return true;
  const tie = since.tie;
  return tie !== undefined && time(release.publishedAt) === time(tie.at) && !tie.seen.includes(release.id);
}

/** Where a poll's newness starts for releases it did not read: the watermark, or what `since` asks for. */
export function newSince(watch: WatchConfig, cursor: WatchCursor | undefined): BelowSince | undefined {
  // After the watermark, without the late-listing slack: releases published up to it were seen
  // then, and the cursor remembers only the newest SEEN_RELEASES_KEPT of them by id (by the time
  // the releases below are read, newer ones have pushed them out). Those published at the
  // watermark itself are told by the ids seen then: GitHub's times are whole seconds, and one
  // published in the same second may not have been listed yet.
  if (cursor) {
    const watermark = cursor.watermark;
    if (watermark === undefined) return {};
    const seen = cursor.seen.filter((release) => time(release.publishedAt) === time(watermark)).map((release) => release.id);
    return { from: new Date(time(watermark) + 1).toISOString(), tie: { at: watermark, seen } };
  }
  switch (watch.since.kind) {
    case "date":
      return { from: new Date(time(watch.since.date)).toISOString() };
    case "all":
      return {};
    case "latest":
      // Only the newest matching release, which the first pages read hold, or none is there.
      return undefined;
  }
}
