// One poll of one watched repository: list its releases (conditionally), pick the new ones,
// hold the young ones (min-age), release the held ones that came of age, and, with
// updates=true, report what changed about releases dispatched before.
import type { FlowEvent } from "../contracts.js";
import type { GitHubClient } from "../github/client.js";
import { getReleaseByTag } from "../github/release-lookups.js";
import { listReleases, type RateLimitBackoff, type UpstreamRelease } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import type { StateStore } from "../state/types.js";
import { eligibleAt, fillMissingTimestamps, holdRelease, isEligible, type ReleaseClock, releaseClock } from "./age.js";
import { RELEASE_DELETED_TYPE, RELEASE_UPDATED_TYPE } from "./change-events.js";
import { currentRelease, detectChanges, shouldHaveBeenListed, TAG_LISTINGS_PER_POLL, TAG_SPLIT_MAX_DEPTH, TAG_SPLIT_REQUESTS_PER_POLL } from "./changes.js";
import type { WatchConfig } from "./config.js";
import { DISPATCHED_RELEASES_KEPT, DRAFTS_WATCHED, type DispatchedRelease, droppedRedeliveriesNote, droppedReleaseRedeliveriesNote, keepNewestRedeliverEvents, keepNewestRedeliverTags, GITHUB_CLOCK_KEPT_MS, type GithubClock, githubAheadMs, HELD_RELEASES_KEPT, type HeldRelease, type WatchCursor } from "./cursor.js";
import { upstreamReleaseFlowEvent } from "./release-event.js";
import { readBelow } from "./below.js";
import { checkDrafts } from "./drafts.js";
import { checkSameRepository } from "./same-repository.js";
import { shortTag, tagNameProblem } from "./tag-name.js";
import { byPublication, cursorChanged, matchesWatch, nextCursor, type PublishedRelease, reachedKnownReleases, selectNewReleases } from "./select.js";

/**
 * Releases to deliver again that one poll asks GitHub for by tag (one request each), at most: the
 * cursor's list holds up to REDELIVER_TAGS_KEPT, and the first repository of a poll is not held to the
 * request budget. The others wait for the next polls.
 */
export const REDELIVER_LOOKUPS_PER_POLL = 10;

/** Held releases one poll reads by id (one request each) before dispatching or dropping them, at most; the others stay held. */
export const HELD_LOOKUPS_PER_POLL = 20;

/** Pages of the listing one poll reads at most (1,000 releases), by default. */
export const MAX_PAGES = 10;

/** An unchanged poll rewrites the cursor (to record when it looked) at most this often. */
export const CHECKED_AT_REFRESH_MS = 6 * 3_600_000;

export type HeldReport = { tag: string; eligibleAt: string; ageFrom: HeldRelease["ageFrom"] };
export type DroppedReport = { tag: string; reason: string };

export type WatchReport = {
  repo: string;
  status: "ok" | "not-modified" | "error" | "not-polled";
  newReleases: number;
  message?: string;
  /** Pages of releases fetched (0 for a 304). */
  pages?: number;
  /** Requests made for this repository (listing, lookups). */
  requests?: number;
  /** Rate-limit seconds waited during this repository's requests. */
  waitedSeconds?: number;
  /** Releases held by min-age, with the time each becomes eligible. */
  held?: HeldReport[];
  /** Held releases dropped (deleted, unpublished or no longer matching while pending). */
  dropped?: DroppedReport[];
  /** New releases not dispatched because their tag is none git can hold (reported once). */
  refused?: DroppedReport[];
  /** upstream.release.updated / .deleted events of this poll. */
  changes?: number;
  /** Events delivered again (their steps did not settle, or they were forgotten): not in newReleases or changes. */
  again?: number;
  /**
   * @deprecated Never set: each filter keeps its own cursor now (watchCursorEventId), so a poll
   * never reads a cursor another filter saved.
   */
  otherFilter?: { saved: string; own: string };
};

export type RepositoryPoll = {
  report: WatchReport;
  events: FlowEvent[];
  cursor?: WatchCursor;
  /** The clocks releases' ages were measured on (GitHub's, when its answer said its time). */
  clock: ReleaseClock;
};

export type PollRepositoryOptions = {
  client: GitHubClient;
  watch: WatchConfig;
  cursor: WatchCursor | undefined;
  backoff: RateLimitBackoff;
  budget: RequestBudget;
  now: Date;
  maxPages?: number;
  log?: (message: string) => void;
  /** Where the changes to deliver again (`cursor.redeliverEvents`) are read from. */
  store?: Pick<StateStore, "loadEvent">;
};

export async function pollRepository(options: PollRepositoryOptions): Promise<RepositoryPoll> {
  const { watch, cursor, now, budget } = options;
  // Every read of a poll waits out rate limits by its backoff alone, within its one budget (see Lookups).
  const lookups = { client: options.client, repo: watch.repo, budget, backoff: options.backoff };
  const before = budget.used;
  // A cursor of an older version (or a damaged one) may list more than a cursor keeps now.
  const tagsAgain = keepNewestRedeliverTags([...new Set(cursor?.redeliver ?? [])]);
  const redeliver = tagsAgain.kept;
  // A release to deliver again needs the listing itself, not a 304.
  const conditional = redeliver.length === 0;
  const maxPages = Math.max(options.maxPages ?? MAX_PAGES, 1);
  const top = await listReleases({
    client: options.client,
    repo: watch.repo,
    ...(conditional && cursor?.etag ? { etag: cursor.etag } : {}),
    ...(conditional && cursor?.deepEtag ? { deepEtag: cursor.deepEtag } : {}),
    ...(conditional && cursor?.end?.page && cursor.end.etag ? { end: { page: cursor.end.page, etag: cursor.end.etag } } : {}),
    isEnough: (page) => reachedKnownReleases(page, watch, cursor),
    maxPages,
    backoff: options.backoff,
    budget,
  });
  // Releases below the pages read: added there (a release for an old commit), or more than one poll reads.
  const below = await readBelow({ client: options.client, watch, cursor, listing: top, backoff: options.backoff, budget, maxPages });
  const listing = below.listing;
  const listed: UpstreamRelease[] | undefined = listing.status === "ok" ? listing.releases : undefined;
  // Another repository that took the name (the one watched deleted or renamed): none of it is dispatched.
  if (listed) await checkSameRepository(lookups, cursor, listed);
  // A release's age is measured on both clocks: GitHub's (the listing's Date header), which also
  // wrote its published_at, and the runner's; it is old enough only when it is on both. A runner
  // whose clock runs days ahead, or a proxy's Date header hours ahead, then only holds releases
  // longer: neither can dispatch one early. Without a readable Date header, the runner's clock
  // alone. The cursor's own bookkeeping (polledAt, checkedAt, etagAt, dispatchedAt) stays on the
  // runner's clock, and is only compared with it.
  const clock = releaseClock(now, listing.githubTime);
  // Maps by id, built once: each poll's work is linear in what it reads (a cursor holding
  // thousands of held releases, against a listing of a thousand, once cost a scan of one per entry of the other).
  const seenTimes = new Map((cursor?.seen ?? []).map((seen) => [seen.id, seen.publishedAt]));
  const heldTimes = new Map((cursor?.pending ?? []).map((held) => [held.id, held.publishedAt]));
  const known = (id: number): string | undefined => seenTimes.get(id) ?? heldTimes.get(id);
  // A release without a usable published_at counts from when it was first seen, on the later clock.
  const untimed = listed ? fillMissingTimestamps(listed, known, clock.seenAt) : new Set<number>();
  // Drafts a poll listed before and this one did not: published since, they sort where no page a poll watches shows it.
  const drafts = await checkDrafts({ client: options.client, repo: watch.repo, cursor, read: [...(listed ?? []), ...below.below], backoff: options.backoff, budget });
  const fresh = listed ? selectNewReleases(listed, watch, cursor) : [];
  const freshIds = new Set(fresh.map((release) => release.id));
  const addFresh = (release: PublishedRelease): boolean => {
    if (freshIds.has(release.id)) return false;
    freshIds.add(release.id);
    fresh.push(release);
    return true;
  };
  for (const release of below.fresh) addFresh(release);
  const publishedDrafts = cursor ? selectNewReleases(drafts.published, watch, cursor) : [];
  for (const release of publishedDrafts) addFresh(release);
  const listedById = new Map((listed ?? []).map((release) => [release.id, release]));
  const listedByTag = new Map<string, UpstreamRelease>();
  for (const release of listed ?? []) if (!release.draft && !listedByTag.has(release.tagName)) listedByTag.set(release.tagName, release);
  fresh.sort(byPublication);
  const notFound: string[] = [];
  // Releases here only because they are delivered again: not new.
  const againIds = new Set<number>();
  const later: string[] = [];
  let lookedUp = 0;
  for (const tag of new Set(redeliver)) {
    // No release has it (and `..` would change the request's path): nothing to ask GitHub.
    if (tagNameProblem(tag)) {
      notFound.push(tag);
      continue;
    }
    // Older than the pages this poll read (a release forgotten long after): asked for by its tag.
    const inListing = listedByTag.get(tag);
    if (!inListing && lookedUp >= REDELIVER_LOOKUPS_PER_POLL) {
      later.push(tag);
      continue;
    }
    if (!inListing) lookedUp += 1;
    const release = inListing ?? (await getReleaseByTag({ ...lookups, tag }));
    if (release && matchesWatch(release, watch)) {
      if (addFresh(release)) againIds.add(release.id);
    } else notFound.push(tag);
  }

  const held: HeldRelease[] = [];
  const dropped: DroppedReport[] = [];
  const ready: PublishedRelease[] = [];
  const refused: DroppedReport[] = [];
  for (const release of fresh) {
    const problem = tagNameProblem(release.tagName);
    if (problem) {
      refused.push({ tag: shortTag(release.tagName), reason: `not a tag git can hold: ${problem}` });
      continue;
    }
    const hold = holdRelease(release, clock, !untimed.has(release.id));
    if (isEligible(hold, watch.minAge, clock)) ready.push(release);
    else held.push(hold);
  }
  let heldLookups = 0;
  for (const hold of cursor?.pending ?? []) {
    if (freshIds.has(hold.id)) continue;
    const listedNow = listedById.get(hold.id);
    const eligible = isEligible(hold, watch.minAge, clock);
    const missing = listing.status === "ok" && (!listedNow || listedNow.draft) && shouldHaveBeenListed(hold.createdAt, listing);
    let release = listedNow && !listedNow.draft ? withTime(listedNow, hold) : undefined;
    if (!eligible && !missing) {
      if (release && !matchesWatch(release, watch)) dropped.push({ tag: hold.tag, reason: mismatch(release) });
      else held.push(hold);
      continue;
    }
    // Eligible (or missing from the listing): ask GitHub what it has now before dispatching.
    if (!release) {
      if (heldLookups >= HELD_LOOKUPS_PER_POLL) {
        held.push(hold);
        continue;
      }
      heldLookups += 1;
      const current = await currentRelease(lookups, hold.id);
      release = current ? withTime(current, hold) : undefined;
    }
    if (!release) dropped.push({ tag: hold.tag, reason: "deleted (or unpublished) while pending" });
    else if (!matchesWatch(release, watch)) dropped.push({ tag: hold.tag, reason: mismatch(release) });
    else if (tagNameProblem(release.tagName)) dropped.push({ tag: hold.tag, reason: `retagged as none git can hold: ${tagNameProblem(release.tagName)}` });
    else if (eligible) ready.push(release);
    else held.push(hold);
  }
  ready.sort(byPublication);
  const byEligibility = held
    .map((hold) => ({ hold, at: Date.parse(eligibleAt(hold, watch.minAge ?? 0, clock.githubAheadMs)) }))
    .sort((a, b) => a.at - b.at)
    .map((item) => item.hold);
  // A cursor holds HELD_RELEASES_KEPT at most: past it, those eligible last are dropped, each named in the report.
  const pending = byEligibility.slice(0, HELD_RELEASES_KEPT);
  for (const hold of byEligibility.slice(HELD_RELEASES_KEPT)) {
    dropped.push({ tag: hold.tag, reason: `more than ${HELD_RELEASES_KEPT.toLocaleString("en-US")} releases held by min-age, the most a cursor keeps: not dispatched` });
  }
  // A cursor of an older version (or a damaged one) may list more than a cursor keeps now.
  const eventsAgain = keepNewestRedeliverEvents([...new Set(cursor?.redeliverEvents ?? [])]);
  const changesAgain = await storedChanges(options.store, eventsAgain.kept, watch.repo);

  const releaseEvents = ready.map((release) => upstreamReleaseFlowEvent({ repo: watch.repo, release, now }));
  // A release delivered again (its steps failed, or `flows forget`) keeps its one entry, which
  // knows the commit its tag pointed at: a second would report one tag move twice.
  const dispatchedBefore = new Set((cursor?.dispatched ?? []).map((item) => item.id));
  const dispatchedNow: DispatchedRelease[] = ready
    .map((release, index) => ({
      id: release.id,
      tag: release.tagName,
      eventId: releaseEvents[index]?.id ?? "",
      prerelease: release.prerelease,
      createdAt: release.createdAt,
      dispatchedAt: now.toISOString(),
      ...(/^[0-9a-f]{40}$/.test(release.targetCommitish) ? { commit: release.targetCommitish } : {}),
    }))
    .filter((item) => !dispatchedBefore.has(item.id))
    .reverse();
  const changes = watch.updates
    ? await detectChanges({ ...lookups, watch, cursor, listing, dispatchedNow, now })
    : { events: [], dispatched: [...dispatchedNow, ...(cursor?.dispatched ?? [])], tagListings: [], tagGroupsLater: 0, tagPartsLater: 0, tooLarge: [] };

  // Releases read below where an earlier poll stopped are seen now too (a 304 on top does not keep them unseen).
  const read = [...(listing.status === "ok" ? listing.releases : []), ...below.below, ...drafts.published];
  const moved = (etag: string | undefined) => nextCursor({ repo: watch.repo, previous: cursor, releases: read, etag, now, releaseNow: clock.now });
  const base: WatchCursor =
    listing.status === "ok"
      ? {
          ...moved(listing.etag),
          ...(listing.deepEtag ? { deepEtag: listing.deepEtag } : {}),
          ...(listing.etag ? { etagAt: listing.etag === cursor?.etag ? (cursor.etagAt ?? now.toISOString()) : now.toISOString() } : {}),
          checkedAt: now.toISOString(),
        }
      : {
          ...(cursor as WatchCursor),
          ...(read.length > 0 ? pick(moved(cursor?.etag)) : {}),
          ...(checkedLongAgo(cursor, now) ? { checkedAt: now.toISOString() } : {}),
        };
  delete base.end;
  delete base.backlog;
  if (below.end) base.end = below.end;
  if (below.backlog) base.backlog = below.backlog;
  const next: WatchCursor = {
    ...base,
    pending,
    dispatched: changes.dispatched.slice(0, DISPATCHED_RELEASES_KEPT),
  };
  const githubClock = seenClocks(cursor?.githubClock, clock);
  if (githubClock) next.githubClock = githubClock;
  else delete next.githubClock;
  delete next.tagsEtag;
  delete next.tagListings;
  delete next.redeliver;
  delete next.redeliverEvents;
  delete next.drafts;
  if (drafts.drafts.length > 0) next.drafts = drafts.drafts;
  if (later.length > 0) next.redeliver = later;
  if (changes.tagListings.length > 0) next.tagListings = changes.tagListings;

  // A change seen again by this poll (its cursor was lost) is the stored one: delivered once.
  const detected = new Set(changes.events.map((event) => event.id));
  const changedAgain = changesAgain.events.filter((event) => !detected.has(event.id));
  const events = [...releaseEvents, ...changes.events, ...changedAgain];
  const again = new Set([...ready.flatMap((release, index) => (againIds.has(release.id) ? [releaseEvents[index]?.id ?? ""] : [])), ...changedAgain.map((event) => event.id)]);
  const report = describe({ watch, cursor, listing, events, again, held: pending, dropped, refused, clock, requests: budget.used - before });
  // Pages 1 and 2 and the end unchanged, but releases read below where an earlier poll stopped: a read.
  if (below.below.length > 0 || drafts.published.length > 0) report.status = "ok";
  if (drafts.published.length > 0) {
    const note = `published since a poll listed ${drafts.published.length === 1 ? "it as a draft" : "them as drafts"} (asked for by id: GitHub lists ${drafts.published.length === 1 ? "it" : "them"} by commit date, below the pages watched): ${drafts.published.map((release) => shortTag(release.tagName)).join(", ")}`;
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  if (drafts.unwatched > 0) {
    const note = `${drafts.unwatched} draft${drafts.unwatched === 1 ? "" : "s"} listed not watched (${DRAFTS_WATCHED} are, the newest by commit date): published, ${drafts.unwatched === 1 ? "it is" : "one is"} missed if GitHub lists it below the pages polls read`;
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  for (const note of below.notes) report.message = report.message ? `${report.message}; ${note}` : note;
  if (notFound.length > 0) {
    const note = `not delivered again (no such release now, or no longer matching the watch): ${notFound.join(", ")}`;
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  if (later.length > 0) {
    const note = `${later.length} more to deliver again at the next poll${later.length > REDELIVER_LOOKUPS_PER_POLL ? "s" : ""} (${REDELIVER_LOOKUPS_PER_POLL} looked up per poll)`;
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  if (changes.tagGroupsLater > 0) {
    const note = `tags of ${changes.tagGroupsLater} more group${changes.tagGroupsLater === 1 ? "" : "s"} of dispatched releases checked for moves at the next polls (${TAG_LISTINGS_PER_POLL} groups listed per poll)`;
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  if (changes.tagPartsLater > 0) {
    const note = `tags of ${changes.tagPartsLater} more narrower prefix${changes.tagPartsLater === 1 ? "" : "es"} of tag groups too large to list whole checked for moves at the next polls (${TAG_SPLIT_REQUESTS_PER_POLL} listed per poll)`;
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  for (const group of changes.tooLarge) {
    const request = `GET /repos/${watch.repo}/git/matching-refs/tags/${group.prefix}`;
    const note =
      `tags starting with ${JSON.stringify(group.prefix)} not checked for moves: GitHub's list of them (${request}, which has no pages) is over ${formatBytes(group.maxBytes)}, more than a poll reads, even split ${TAG_SPLIT_MAX_DEPTH} times out of the tags starting with ${JSON.stringify(group.within)} (the most a group is split). ` +
      `Releases are still dispatched, and deletions and prerelease changes still seen; the list is asked again at later polls (free while unchanged) and read once it is smaller. ` +
      `To stop asking, set updates=false for ${watch.repo} (${watch.origin})`;
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  if (tagsAgain.dropped.length > 0) {
    const note = droppedReleaseRedeliveriesNote(tagsAgain.dropped);
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  if (eventsAgain.dropped.length > 0) {
    const note = droppedRedeliveriesNote(eventsAgain.dropped);
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  if (changesAgain.missing.length > 0) {
    const note = `not delivered again (no longer in the state store): ${changesAgain.missing.join(", ")}`;
    report.message = report.message ? `${report.message}; ${note}` : note;
  }
  options.log?.(`${watch.repo}: ${report.newReleases} new release(s)${report.message ? ` — ${report.message}` : ""}.`);
  return { report, events, clock, ...(cursorChanged(cursor, next) ? { cursor: next } : {}) };
}

/**
 * The upstream.release.updated / .deleted events of `repo` to deliver again, as the store holds
 * them (the change is not seen again: the cursor has moved past it); `missing` are ids it lacks.
 */
async function storedChanges(
  store: Pick<StateStore, "loadEvent"> | undefined,
  ids: readonly string[],
  repo: string,
): Promise<{ events: FlowEvent[]; missing: string[] }> {
  const events: FlowEvent[] = [];
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const event = (await store?.loadEvent(id))?.event;
    const payload = event?.payload as { repo?: unknown } | undefined;
    const ours = typeof payload?.repo === "string" && payload.repo.toLowerCase() === repo.toLowerCase();
    if (event && (event.type === RELEASE_UPDATED_TYPE || event.type === RELEASE_DELETED_TYPE) && ours) events.push(event);
    else missing.push(id);
  }
  return { events, missing };
}

/**
 * The two clocks as this poll saw them, for `flows watch --status`: the stored pair while their
 * difference has not changed by GITHUB_CLOCK_KEPT_MS (an unchanged poll does not rewrite the
 * cursor for it), none when GitHub's answer had no time.
 */
function seenClocks(stored: GithubClock | undefined, clock: ReleaseClock): GithubClock | undefined {
  if (!clock.github) return undefined;
  if (stored && Math.abs(githubAheadMs(stored) - clock.githubAheadMs) < GITHUB_CLOCK_KEPT_MS) return stored;
  return { github: clock.github.toISOString(), runner: clock.runner.toISOString() };
}

/** What a read adds to a cursor that was otherwise unchanged. */
function pick(cursor: WatchCursor): Pick<WatchCursor, "seen" | "watermark"> {
  return { seen: cursor.seen, ...(cursor.watermark ? { watermark: cursor.watermark } : {}) };
}

function withTime(release: UpstreamRelease, hold: HeldRelease): PublishedRelease {
  return { ...release, publishedAt: release.publishedAt ?? hold.publishedAt };
}

function mismatch(release: UpstreamRelease): string {
  return release.prerelease ? "became a prerelease while pending" : "no longer matches the watch";
}

/** `4 MiB`. */
function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes.toLocaleString("en-US")} bytes`;
}

/** Tags listed in a note at most: a first poll with `since=all` can take hundreds. */
const NOTE_ITEMS = 20;

/** `a, b, c`, or the first NOTE_ITEMS and `and N more` (the report's fields list every one). */
function some(items: readonly string[]): string {
  if (items.length <= NOTE_ITEMS) return items.join(", ");
  return `${items.slice(0, NOTE_ITEMS).join(", ")} and ${items.length - NOTE_ITEMS} more`;
}

function checkedLongAgo(cursor: WatchCursor | undefined, now: Date): boolean {
  const checked = Date.parse(cursor?.checkedAt ?? cursor?.polledAt ?? "");
  return Number.isNaN(checked) || now.getTime() - checked >= CHECKED_AT_REFRESH_MS;
}

function describe(options: {
  watch: WatchConfig;
  cursor: WatchCursor | undefined;
  listing: Awaited<ReturnType<typeof listReleases>>;
  events: FlowEvent[];
  /** Ids of the events delivered again. */
  again: ReadonlySet<string>;
  held: HeldRelease[];
  dropped: DroppedReport[];
  refused: DroppedReport[];
  clock: ReleaseClock;
  requests: number;
}): WatchReport {
  const { watch, listing, held, dropped, refused } = options;
  const notes: string[] = [];
  if (!options.cursor) notes.push(`first poll (since ${watch.since.kind === "date" ? watch.since.date : watch.since.kind})`);
  if (listing.status === "ok" && listing.truncated) {
    // Only library callers can raise maxPages: the note names no setting the action or CLI lacks.
    const pages = listing.pages === 1 ? "1 page" : `${listing.pages} pages`;
    notes.push(`stopped after ${pages} (the newest ${(listing.pages * 100).toLocaleString("en-US")} releases, the most one poll reads); older releases were not looked at`);
  }
  // `v1.2.0` for a release, `v1.2.0 (deleted)` for a change to one.
  const label = (event: FlowEvent): string => {
    const tag = String((event.payload as { tag?: unknown }).tag);
    return event.type === "upstream.release" ? tag : `${tag} (${event.type.replace("upstream.release.", "")})`;
  };
  const again = options.events.filter((event) => options.again.has(event.id));
  const releases = options.events.filter((event) => event.type === "upstream.release" && !options.again.has(event.id));
  const changed = options.events.filter((event) => event.type !== "upstream.release" && !options.again.has(event.id));
  if (releases.length > 0) notes.push(`new: ${some(releases.map(label))}`);
  if (changed.length > 0) notes.push(`changed: ${some(changed.map(label))}`);
  if (again.length > 0) notes.push(`again: ${some(again.map(label))}`);
  const heldReports = held.map((item) => ({ tag: item.tag, eligibleAt: eligibleAt(item, watch.minAge ?? 0, options.clock.githubAheadMs), ageFrom: item.ageFrom }));
  if (heldReports.length > 0) notes.push(`pending: ${some(heldReports.map((item) => `${item.tag} until ${item.eligibleAt}`))}`);
  if (dropped.length > 0) notes.push(`dropped: ${some(dropped.map((item) => `${item.tag} (${item.reason})`))}`);
  // Quoted: such a tag is not text to read as it stands (a line break shows as \n).
  if (refused.length > 0) notes.push(`refused: ${some(refused.map((item) => `${JSON.stringify(item.tag)} (${item.reason})`))}`);
  return {
    repo: watch.repo,
    status: listing.status === "ok" ? "ok" : "not-modified",
    newReleases: releases.length,
    pages: listing.pages,
    requests: options.requests,
    ...(notes.length > 0 ? { message: notes.join("; ") } : {}),
    ...(heldReports.length > 0 ? { held: heldReports } : {}),
    ...(dropped.length > 0 ? { dropped } : {}),
    ...(refused.length > 0 ? { refused } : {}),
    ...(changed.length > 0 ? { changes: changed.length } : {}),
    ...(again.length > 0 ? { again: again.length } : {}),
  };
}
