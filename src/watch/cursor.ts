// Where polling left off, per watched repository and filter, kept in the state store as the record
// of an internal event `flows-action:watch-cursor:owner/repo[:filter-<hash>]` (see ledger.ts for why a record).
// Inspection commands hide these records by their type prefix, INTERNAL_EVENT_TYPE_PREFIX.
import type { CompiledValidator } from "../generated/validators.js";
import {
  validateBacklogAfter,
  validateBacklogPart,
  validateBacklogTie,
  validateDispatchedRelease,
  validateGithubClock,
  validateHeldRelease,
  validateListingEndMark,
  validateRedeliverEventId,
  validateRedeliverTag,
  validateReleaseId,
  validateSeenRelease,
  validateTagListing,
  validateTagListingPart,
  validateWatchCursor,
  validateWatchedDraft,
} from "../generated/validators/watch-cursor.js";
import { createHash } from "node:crypto";
import { eachStoredEvent, INTERNAL_EVENT_TYPE_PREFIX } from "../state/query.js";
import type { EventRecord, StateStore } from "../state/types.js";
import { UserError } from "../user-error.js";
import { internalValueOf, saveInternalValue } from "./ledger.js";
import { watchFilterOptions } from "./watch-filter.js";

export { INTERNAL_EVENT_TYPE_PREFIX };
export const WATCH_CURSOR_EVENT_TYPE = `${INTERNAL_EVENT_TYPE_PREFIX}watch-cursor`;
const CURSOR_RUN_ID = "watch-cursor";
export const WATCH_CURSOR_FORMAT = 1;

/** Releases remembered per repository; older ones are recognised by `watermark`. */
export const SEEN_RELEASES_KEPT = 200;
/**
 * Releases held by min-age (`pending`) remembered per repository: as many as one poll reads
 * (MAX_PAGES pages of 100). A repository that publishes faster than its min-age lets them go
 * grew the list without end; past it, the releases that would become eligible last are dropped
 * and never dispatched, each named in the poll's report (`dropped`).
 */
export const HELD_RELEASES_KEPT = 1000;
/** Dispatched releases remembered per repository (for updates, deletions and status). */
export const DISPATCHED_RELEASES_KEPT = 100;
/**
 * Changes to deliver again (`redeliverEvents`) remembered per repository: a flow that keeps
 * failing on a repository whose releases keep changing, or many `flows forget`s, grew the list
 * (and the store reads of every poll) without end. Past it the oldest are dropped, with a warning
 * that names them (keepNewestRedeliverEvents).
 */
export const REDELIVER_EVENTS_KEPT = 100;

/**
 * Releases to deliver again (`redeliver`, their tags) remembered per repository: 500 `flows
 * forget`s of polled releases left 500 tags there, read at every poll. Past it the oldest are
 * dropped, with a warning that names them (keepNewestRedeliverTags).
 */
export const REDELIVER_TAGS_KEPT = 100;

/** `ids` (oldest first, as they were asked for) as far as a cursor keeps them: the newest REDELIVER_EVENTS_KEPT, and the ids dropped. */
export function keepNewestRedeliverEvents(ids: readonly string[]): { kept: string[]; dropped: string[] } {
  return keepNewest(ids, REDELIVER_EVENTS_KEPT);
}

/** `tags` (oldest first, as they were asked for) as far as a cursor keeps them: the newest REDELIVER_TAGS_KEPT, and the tags dropped. */
export function keepNewestRedeliverTags(tags: readonly string[]): { kept: string[]; dropped: string[] } {
  return keepNewest(tags, REDELIVER_TAGS_KEPT);
}

function keepNewest(items: readonly string[], most: number): { kept: string[]; dropped: string[] } {
  const cut = Math.max(items.length - most, 0);
  return { kept: items.slice(cut), dropped: items.slice(0, cut) };
}

/** Drafts watched per repository (the newest by commit date), each asked by id at every poll that does not list it: a free 304 while it stays a draft. */
export const DRAFTS_WATCHED = 10;

/**
 * A draft a poll listed (GitHub lists drafts to a token with push access). Published, it keeps
 * its place in the listing (by its commit's date), often below the pages polls watch, and moves
 * nothing there: it is asked for by id instead (`etag`: that answer's, for a free 304). Its tag
 * and name are not kept: the state store may be readable by more people than the upstream's drafts.
 */
export type WatchedDraft = { id: number; createdAt: string; etag?: string };

/**
 * Dropped entries a warning names: a cursor from before the lists were capped, or a damaged one,
 * may hold thousands (20,000 tags made a warning line of 250 KB, printed twice); the rest are counted.
 */
export const DROPPED_NAMED = 200;

function namedDropped(dropped: readonly string[]): string {
  const more = dropped.length - DROPPED_NAMED;
  return `${dropped.slice(0, DROPPED_NAMED).join(", ")}${more > 0 ? `, and ${more} more not named here` : ""}`;
}

/** The warning for changes dropped from the list to deliver again (keepNewestRedeliverEvents). */
export function droppedRedeliveriesNote(dropped: readonly string[]): string {
  return `not delivered again (more than ${REDELIVER_EVENTS_KEPT} changes were waiting to be delivered again; the oldest ${dropped.length} dropped, replay them to run them): ${namedDropped(dropped)}`;
}

/** The warning for releases dropped from the list to deliver again (keepNewestRedeliverTags), by tag. */
export function droppedReleaseRedeliveriesNote(dropped: readonly string[]): string {
  return `not delivered again (more than ${REDELIVER_TAGS_KEPT} releases were waiting to be delivered again; the oldest ${dropped.length} dropped, replay their upstream.release events to run them): ${namedDropped(dropped)}`;
}

export type SeenRelease = { id: number; tag: string; publishedAt: string; prerelease: boolean };

/** A release held back by `min-age`. */
export type HeldRelease = {
  id: number;
  tag: string;
  /** GitHub's published_at, or the first-seen time when it had none usable. */
  publishedAt: string;
  /** The poll that first saw it, on GitHub's clock (its Date header) when known, else the runner's. */
  firstSeenAt: string;
  /** The same poll on the runner's clock, when it differed from firstSeenAt (absent in older cursors). */
  runnerFirstSeenAt?: string;
  /** Where its age counts from: GitHub's published_at, or (none usable) the first sighting. */
  ageFrom: "published" | "first-seen";
  /** Commit date (GitHub's list order), to tell "deleted" from "beyond the pages read". */
  createdAt: string;
};

/**
 * One group of dispatched tags, listed by `GET .../git/matching-refs/tags/<prefix>`; `tooLarge`
 * when its answer was more than a poll reads (TAG_REFS_MAX_BYTES): then its tags are listed by
 * the narrower prefixes in `parts` instead, and the whole is not asked again. (Older cursors
 * have `tooLarge` without `parts`: such a group is split at the next poll.)
 */
export type TagListing = { prefix: string; etag?: string; tooLarge?: true; parts?: TagListingPart[] };

/**
 * A narrower prefix a group too large to list whole is split into: `tooLarge` when it too was
 * more than a poll reads (it is split further, or, when it cannot be, asked again conditionally);
 * `exact` when it is a dispatched tag listed by its own ref instead (`etag` is that answer's).
 */
export type TagListingPart = { prefix: string; etag?: string; tooLarge?: true; exact?: true };

/** A release this watch dispatched, as it was then. */
export type DispatchedRelease = {
  id: number;
  tag: string;
  eventId: string;
  prerelease: boolean;
  createdAt: string;
  dispatchedAt: string;
  /** The commit the tag pointed at, when known (a SHA target_commitish, or the tag's ref). */
  commit?: string;
  /** What the tag ref pointed at (commit or tag object SHA), with updates=true. */
  tagObject?: string;
};

export type WatchCursor = {
  format: number;
  /** `owner/repo`, as configured. */
  repo: string;
  /** ETag of the first page of releases at the last poll that changed something. */
  etag?: string;
  /** ETag of the second page, when the repository has one. */
  deepEtag?: string;
  /** When `etag` was received. */
  etagAt?: string;
  /** ETag of the tag refs listing (updates=true), as older versions kept it: no longer used. */
  tagsEtag?: string;
  /** The prefixes the dispatched tags are listed by (updates=true), in the order polls ask them, with their ETags. */
  tagListings?: TagListing[];
  /**
   * The end of the listing at the last read (a release published for an old commit lands deep in
   * it): `boundary` is the last release that read listed, `below` how many were listed after it,
   * of `count` in all; `page` and `etag` are the end page, asked after pages 1 and 2 answer 304
   * (absent when those two hold every release).
   */
  end?: ListingEndMark;
  /**
   * Releases listed below where a poll stopped reading (it read the most one poll reads), not yet
   * read: the next poll reads on after `after`. They count as new when published at or after
   * `from` (absent: any), never seen or dispatched. `missing`: how many releases were added down
   * there (when known); reading stops once as many were found.
   */
  backlog?: Backlog;
  /** The latest publishedAt seen; a release published before it is not new. */
  watermark?: string;
  /** The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT. */
  seen: SeenRelease[];
  /** Releases waiting for min-age, oldest first. */
  pending?: HeldRelease[];
  /** Releases dispatched, newest first, at most DISPATCHED_RELEASES_KEPT. */
  dispatched?: DispatchedRelease[];
  /** Drafts listed by a poll, newest commit date first, at most DRAFTS_WATCHED: each poll that does not list one asks for it by id. */
  drafts?: WatchedDraft[];
  /** Tags to deliver again at the next poll (steps failed or canceled, or `flows forget`). Oldest first, at most REDELIVER_TAGS_KEPT. */
  redeliver?: string[];
  /**
   * Ids of upstream.release.updated / .deleted events to deliver again at the next poll, as the
   * state store holds them (steps failed or canceled, or `flows forget`): the change itself is
   * not seen again, as the cursor has moved past it. Oldest first, at most REDELIVER_EVENTS_KEPT.
   */
  redeliverEvents?: string[];
  /** When this cursor was written. */
  polledAt: string;
  /** The last poll, refreshed on unchanged polls at most every CHECKED_AT_REFRESH_MS. */
  checkedAt?: string;
  /**
   * GitHub's time and the runner's at the same moment, as a poll last saw them (absent when it
   * had no time from GitHub, and in older cursors): `flows watch --status` tells eligibility by
   * them as polls do. Rewritten only when their difference changed by GITHUB_CLOCK_KEPT_MS.
   */
  githubClock?: GithubClock;
  /**
   * The filter of the watch this cursor belongs to (watchFilterText), which names its record
   * (watchCursorEventId): releases of every filter are marked seen, so a watch of the same
   * repository with another filter (another workflow or job sharing the store) keeps a cursor of
   * its own. Absent in older cursors: any watch of the repository takes one up.
   */
  filter?: string;
};

export type GithubClock = { github: string; runner: string };

/** `first`: the id of the first release on the end page (`page`), to tell releases added above it when as many were deleted. */
export type ListingEndMark = { boundary: number; below: number; count: number; page?: number; etag?: string; first?: number };

/**
 * Releases published at `at` (the watermark a backlog's `from` is just after) count as new too,
 * unless their id is in `seen` (seen by the poll before): GitHub's times are whole seconds, so a
 * release published in the same second as the watermark is told apart by its id.
 */
export type BacklogTie = { at: string; seen: number[] };

export type BacklogPart = { after: { id: number; tag: string; createdAt: string }; page: number; from?: string; tie?: BacklogTie; missing?: number };

/** Where to read on; `older`: an older place, read on from once this one is done (a second burst arrived before the first was read). */
export type Backlog = BacklogPart & { older?: BacklogPart };

/** A stored githubClock is kept while the clocks' difference stays within this of it. */
export const GITHUB_CLOCK_KEPT_MS = 60_000;

/** GitHub's time minus the runner's in a stored githubClock (0 without a usable one). */
export function githubAheadMs(clock: GithubClock | undefined): number {
  const ahead = clock ? Date.parse(clock.github) - Date.parse(clock.runner) : 0;
  return Number.isFinite(ahead) ? ahead : 0;
}

export function isInternalEventType(type: string): boolean {
  return type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}

/**
 * The record of the cursor of the watch of `repo` whose filter is `filter` (watchFilterText):
 * `flows-action:watch-cursor:owner/repo` for a watch with no filter, as every cursor was named
 * before cursors were kept per filter (so those keep working with no migration), and
 * `flows-action:watch-cursor:owner/repo:filter-<12 hex>` for another (watchFilterKey). Two
 * watches of one repository with different filters (two workflows sharing the state store) each
 * keep their own place: one cursor marked every release it listed seen, so the releases only the
 * other's filter took were never dispatched.
 */
export function watchCursorEventId(repo: string, filter = ""): string {
  const base = `flows-action:watch-cursor:${repo.toLowerCase()}`;
  return filter === "" ? base : `${base}:filter-${watchFilterKey(filter)}`;
}

/**
 * A filter's part of its cursor's record id: the first 12 hex digits of the SHA-256 of its
 * options in sorted order (the same options in another order, `tags=a tags=b` and `tags=b
 * tags=a`, take the same releases and keep one cursor). A repository name holds no `:`, so no
 * other repository's cursor id can look like one of these.
 */
export function watchFilterKey(filter: string): string {
  return createHash("sha256").update(watchFilterOptions(filter).sort().join("\n")).digest("hex").slice(0, FILTER_KEY_CHARS);
}

const FILTER_KEY_CHARS = 12;

const cursorKey = (repo: string, filter = "") => ({ eventId: watchCursorEventId(repo, filter), type: WATCH_CURSOR_EVENT_TYPE, runId: CURSOR_RUN_ID });

/**
 * The stored cursor of the watch of `repo` whose filter is `filter` (watchFilterText), or
 * undefined (never polled, or unreadable: see recoverWatchCursor). A cursor of a newer format is
 * refused: this version cannot tell where that one left off. Without `filter` (callers of older
 * versions): the repository's cursor, that of its watch with no filter, else the only one
 * stored (found by reading every record: undefined when there are several).
 */
export async function loadWatchCursor(store: StateStore, repo: string, filter?: string): Promise<WatchCursor | undefined> {
  if (filter !== undefined) return (await readWatchCursor(store, repo, filter)).cursor;
  const unfiltered = (await readWatchCursorRecord(store, repo)).read.cursor;
  if (unfiltered) return unfiltered;
  const stored = (await listWatchCursors(store, repo)).filter((item) => item.cursor !== undefined);
  return stored.length === 1 ? stored[0]?.cursor : undefined;
}

/**
 * The stored cursor as loadWatchCursor gives it, and whether reading it changed it (salvaged, or
 * cut to what a cursor keeps): then `leftOut` counts what was left out, and a poll saves the
 * cursor even when nothing upstream changed, so the next run does not read (and salvage) it again.
 */
export type ReadWatchCursor = {
  cursor: WatchCursor | undefined;
  changed: boolean;
  leftOut?: string;
  /**
   * `leftOut` as a dry run says it: a dry run saves nothing, so every dry run reads (and
   * salvages) the same stored cursor and says so again until a poll that is not a dry run saves
   * it. Worded as a standing state, not as news, since no run can remember having said it.
   */
  leftOutDryRun?: string;
  /**
   * The cursor under the unfiltered record, `flows-action:watch-cursor:owner/repo`, when it was
   * saved by a watch with another filter (before cursors were kept per filter, every watch kept
   * its cursor there): not this watch's, so not read as it. A watch with no filter, whose record
   * that is, moves it to its own filter's record before saving over it (savePendingCursors).
   */
  foreign?: { filter: string; cursor: WatchCursor };
};

export async function readWatchCursor(store: StateStore, repo: string, filter?: string): Promise<ReadWatchCursor> {
  return (await readWatchCursorRecord(store, repo, filter)).read;
}

/** The record a cursor is stored in, as read once: to read the cursor from, and to save the next over (saveWatchCursor's `stored`). */
export type StoredCursorRecord = { record: EventRecord | undefined };

/**
 * readWatchCursor, with the record it read: a save after it (saveWatchCursor's `stored`) need
 * not read it again. With `filter`, the cursor of the watch with that filter: its own record;
 * without one there, the unfiltered record's cursor when it was saved with the same filter, or
 * with none (written before cursors kept their filter: each watch takes it up, and from then on
 * keeps its own place). Without `filter`: the unfiltered record, whatever filter saved it.
 */
export async function readWatchCursorRecord(store: StateStore, repo: string, filter?: string): Promise<{ read: ReadWatchCursor; stored: StoredCursorRecord }> {
  const readRecord = (record: EventRecord | undefined, key: ReturnType<typeof cursorKey>): ReadWatchCursor =>
    parseStoredCursor(store, repo, internalValueOf(record, key, "cursor"), key.eventId);
  const own = filter === undefined || filter === "" ? undefined : cursorKey(repo, filter);
  const ownRecord = own ? await store.loadEvent(own.eventId) : undefined;
  // A record of its own, even forgotten (`flows forget` of it: recovered from the store's events), is this watch's.
  if (own && ownRecord) return { read: readRecord(ownRecord, own), stored: { record: ownRecord } };
  const base = cursorKey(repo);
  const baseRecord = await store.loadEvent(base.eventId);
  const read = readRecord(baseRecord, base);
  // The record the next save replaces: this watch's own.
  const stored = { record: own ? ownRecord : baseRecord };
  const saved = read.cursor?.filter;
  if (filter === undefined || !read.cursor || saved === undefined || saved === filter) {
    // Taken up from the unfiltered record by a watch with a filter: saved under its own, also when GitHub answers 304.
    return { read: own && read.cursor ? { ...read, changed: true } : read, stored };
  }
  return { read: { cursor: undefined, changed: false, foreign: { filter: saved, cursor: read.cursor } }, stored };
}

/** A stored cursor record: its id, and the cursor (undefined when forgotten or unreadable; `unreadable` says why when it is refused). */
export type StoredWatchCursor = { eventId: string; repo: string; filter?: string; cursor?: WatchCursor; unreadable?: string };

/**
 * Every cursor record stored for `repo` (every repository's without it), read one record at a
 * time: `flows forget` and redelivery, which must find the cursors of every watch of a
 * repository, including those of watches configured elsewhere (another workflow). Polls never
 * call it: it reads the whole store.
 */
export async function listWatchCursors(store: StateStore, repo?: string): Promise<StoredWatchCursor[]> {
  const base = repo === undefined ? undefined : watchCursorEventId(repo);
  const found: StoredWatchCursor[] = [];
  await eachStoredEvent(store, (record) => {
    const { id, type } = record.event;
    if (type !== WATCH_CURSOR_EVENT_TYPE) return;
    if (base !== undefined && id !== base && !id.startsWith(`${base}:filter-`)) return;
    const stored = storedWatchCursor(store, record, repo);
    if (stored) found.push(stored);
  });
  return found.sort(byEventId);
}

const byEventId = (a: { eventId: string }, b: { eventId: string }): number => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);

/**
 * The cursor records stored but not among `leftOut` (the watches configured now): `flows watch
 * --status` shows them, as `flows forget` can act on them. A store may keep thousands (watches
 * removed over the years): `first` of them by id, read once the listing is done, and how many
 * there are in all; no more than `first` records are held at a time.
 */
export async function otherWatchCursors(store: StateStore, options: { leftOut: ReadonlySet<string>; first: number }): Promise<{ total: number; cursors: StoredWatchCursor[] }> {
  let kept: EventRecord[] = [];
  let total = 0;
  await eachStoredEvent(store, (record) => {
    const { id, type } = record.event;
    if (type !== WATCH_CURSOR_EVENT_TYPE || options.leftOut.has(id)) return;
    // Forgotten (its run canceled): nothing remembered, nothing to show.
    if (internalValueOf(record, { eventId: id, type, runId: CURSOR_RUN_ID }, "cursor") === undefined) return;
    total += 1;
    kept.push(record);
    if (kept.length >= 2 * options.first) kept = firstByEventId(kept, options.first);
  });
  const cursors = firstByEventId(kept, options.first).flatMap((record) => storedWatchCursor(store, record) ?? []);
  return { total, cursors };
}

function firstByEventId(records: EventRecord[], first: number): EventRecord[] {
  return records.sort((a, b) => byEventId({ eventId: a.event.id }, { eventId: b.event.id })).slice(0, first);
}

/** A cursor record as listed: the repository its payload names (else its id), and its cursor or why it is unreadable. */
function storedWatchCursor(store: StateStore, record: EventRecord, repo?: string): StoredWatchCursor | undefined {
  const { id, type } = record.event;
  const value = internalValueOf(record, { eventId: id, type, runId: CURSOR_RUN_ID }, "cursor");
  if (value === undefined) return undefined;
  const named = (record.event.payload as { repo?: unknown } | undefined)?.repo;
  const stored = typeof named === "string" ? named : (repo ?? id.replace(/^flows-action:watch-cursor:/, "").replace(/:filter-[0-9a-f]+$/, ""));
  try {
    const cursor = parseStoredCursor(store, stored, value, id).cursor;
    return { eventId: id, repo: stored, ...(cursor?.filter !== undefined ? { filter: cursor.filter } : {}), ...(cursor ? { cursor } : {}) };
  } catch (error) {
    if (!(error instanceof WatchCursorError)) throw error;
    return { eventId: id, repo: stored, unreadable: error.message };
  }
}

function parseStoredCursor(store: StateStore, repo: string, value: unknown, eventId: string): ReadWatchCursor {
  const format = typeof value === "object" && value !== null ? (value as { format?: unknown }).format : undefined;
  if (typeof format === "number" && format > WATCH_CURSOR_FORMAT) {
    throw new WatchCursorError(
      `the watch cursor of ${repo} in the ${store.kind} state store was written by a newer flows-action (cursor format ${format}; this version reads format ${WATCH_CURSOR_FORMAT}). Run the newer flows-action: this one cannot tell which releases it already handled.`,
    );
  }
  const left = new LeftOut();
  const cursor = parseCursor(value, left);
  // The record's key names the repository. Content naming another (copied from another record,
  // or damaged) is not this repository's: its releases seen and dispatched are another's, so a
  // poll reported each of them deleted here (updates=true) and took the other's releases seen
  // for this one's. It is unreadable, as a damaged cursor is: the poll goes on from the store's
  // release events (recoverWatchCursor), and its save cannot overwrite the other's cursor.
  if (!cursor || cursor.repo.toLowerCase() !== repo.toLowerCase()) return { cursor: undefined, changed: false };
  // No more than a cursor ever holds: a record listing more (damaged, hostile) would cost a
  // request per entry (dispatched releases are confirmed by id) and grow every save.
  const kept: WatchCursor = {
    ...cursor,
    seen: left.keep("releases seen", cursor.seen, SEEN_RELEASES_KEPT),
    ...(cursor.dispatched ? { dispatched: left.keep("dispatched releases", cursor.dispatched, DISPATCHED_RELEASES_KEPT) } : {}),
    ...(cursor.drafts ? { drafts: left.keep("drafts watched", cursor.drafts, DRAFTS_WATCHED) } : {}),
  };
  // A backlog's tie lists releases seen at the watermark, out of `seen`: no more than it keeps.
  const tie = (part: BacklogPart): BacklogPart => (part.tie ? { ...part, tie: { ...part.tie, seen: left.keep("ids of a backlog's tie", part.tie.seen, SEEN_RELEASES_KEPT) } } : part);
  if (kept.backlog) kept.backlog = { ...tie(kept.backlog), ...(kept.backlog.older ? { older: tie(kept.backlog.older) } : {}) };
  const changed = left.count > 0 || left.repaired;
  if (!changed) return { cursor: kept, changed: false };
  const where = `record ${eventId} in the ${store.kind} state store`;
  return {
    cursor: kept,
    changed: true,
    ...(left.count > 0
      ? {
          leftOut: `the watch cursor of ${repo} (${where}) was damaged or held more than a cursor keeps: left out ${left.describe()}; the rest is kept and saved again`,
          leftOutDryRun: `the watch cursor of ${repo} (${where}) is damaged or holds more than a cursor keeps: the next poll that is not a dry run leaves out ${left.describe()} and saves the rest; dry runs save nothing, so each says this again until then`,
        }
      : {}),
  };
}

/** What reading a cursor left out of it, counted by what it was (a warning counts each kind once). */
class LeftOut {
  readonly #counts = new Map<string, number>();
  /** Changed without leaving anything out (a time repaired, a default filled in). */
  repaired = false;

  add(what: string, count = 1): void {
    if (count > 0) this.#counts.set(what, (this.#counts.get(what) ?? 0) + count);
  }

  /** `items` as far as `most`, the rest counted. */
  keep<T>(what: string, items: T[], most: number): T[] {
    if (items.length <= most) return items;
    this.add(what, items.length - most);
    return items.slice(0, most);
  }

  get count(): number {
    return [...this.#counts.values()].reduce((sum, count) => sum + count, 0);
  }

  describe(): string {
    return [...this.#counts].map(([what, count]) => `${count.toLocaleString("en-US")} ${what}`).join(", ");
  }
}

/** A stored cursor this version cannot use. */
export class WatchCursorError extends UserError {
  override name = "WatchCursorError";
}

export type RecoveredCursor = { cursor: WatchCursor; note: string };

/**
 * Which stored release events a watch's cursor is recovered from: those its filter takes (`tag`
 * and `prerelease` as the event's payload has them). Absent: every release event of the repository.
 */
export type RecoveryFilter = (release: { tag: string; prerelease: boolean }) => boolean;

/**
 * No usable cursor, but the store holds release events of `repo` (its cursor record was lost or
 * damaged, or upstream delivered them by repository_dispatch): poll on from the latest of them,
 * instead of a first poll that would skip every release published since. The release at that
 * point is listed again and its event is recognised as handled, so nothing runs twice. Only the
 * events `takes` (the watch's filter): another watch's releases of the same repository, under
 * another filter, say nothing of where this one left off (a watch added beside it, or whose
 * filter changed, starts from the last release it would have taken, or as a first poll).
 */
export async function recoverWatchCursor(store: StateStore, repo: string, takes?: RecoveryFilter): Promise<RecoveredCursor | undefined> {
  const wanted = repo.toLowerCase();
  let latest: { tag: string; publishedAt: string; time: number } | undefined;
  let count = 0;
  // One record at a time: a store of years of events is never held whole.
  await eachStoredEvent(store, (record) => {
    if (record.event.type !== "upstream.release") return;
    const payload = record.event.payload as Record<string, unknown> | undefined;
    if (typeof payload?.repo !== "string" || payload.repo.toLowerCase() !== wanted) return;
    const { tag, publishedAt } = payload;
    const time = typeof publishedAt === "string" ? Date.parse(publishedAt) : Number.NaN;
    if (typeof tag !== "string" || !Number.isFinite(time)) return;
    if (takes && !takes({ tag, prerelease: payload.prerelease === true })) return;
    count += 1;
    if (!latest || time > latest.time) latest = { tag, publishedAt: new Date(time).toISOString(), time };
  });
  if (!latest) return undefined;
  const cursor: WatchCursor = { format: WATCH_CURSOR_FORMAT, repo, watermark: latest.publishedAt, seen: [], polledAt: "" };
  const note =
    `no readable watch cursor, so polling went on from the latest of ${count} release event${count === 1 ? "" : "s"} ` +
    `of ${repo}${takes ? " this watch's filter takes" : ""} in the state store (${latest.tag}, published ${latest.publishedAt}) instead of starting over`;
  return { cursor, note };
}

/** `stored`: the cursor's record as just read (readWatchCursorRecord), so the save does not read it again. */
export type SaveWatchCursorOptions = { store: StateStore; cursor: WatchCursor; now: Date; stored?: StoredCursorRecord };

export async function saveWatchCursor(options: SaveWatchCursorOptions): Promise<void> {
  const { cursor } = options;
  await saveInternalValue({
    store: options.store,
    // Under its filter's record: the one the watch that saved it reads.
    ...cursorKey(cursor.repo, cursor.filter ?? ""),
    field: "cursor",
    // polledAt is the save's own (strictly later) time, stamped below.
    value: cursor,
    message: `watch cursor of ${cursor.repo}`,
    payload: { repo: cursor.repo },
    now: options.now,
    stamp: "polledAt",
    ...(options.stored ? { stored: options.stored } : {}),
  });
}

/**
 * A cursor another watch saved under the unfiltered record (ReadWatchCursor.foreign), moved to
 * its own filter's record before the watch with no filter saves over it: unless that one holds a
 * cursor already (its watch polled since, and keeps its own place).
 */
export async function moveForeignCursor(store: StateStore, cursor: WatchCursor, now: Date): Promise<void> {
  const key = cursorKey(cursor.repo, cursor.filter ?? "");
  if (key.eventId === watchCursorEventId(cursor.repo)) return;
  // Any record there, even forgotten, is that watch's own: a forgotten one stays forgotten.
  if (await store.loadEvent(key.eventId)) return;
  await saveWatchCursor({ store, cursor, now, stored: { record: undefined } });
}

/**
 * A cursor that satisfies schemas/watch-cursor.schema.json is used as it is; one that does not
 * (written by an older version, or damaged) is salvaged field by field below. Either way its
 * times must be times (see withUsableTimes).
 */
function parseCursor(value: unknown, left: LeftOut): WatchCursor | undefined {
  const valid = validateWatchCursor(value);
  const cursor = valid ? value : salvageCursor(value, left);
  if (!valid) left.repaired = true;
  const usable = cursor && withUsableTimes(cursor, left);
  const result = usable && withUsableBacklog(withWatermarkSeen(usable));
  if (result !== cursor) left.repaired = true;
  return result;
}

/**
 * A backlog's `from` that is not a time (damaged) made no release below it new, so the releases
 * a poll had left unread were never dispatched; dropped on salvage, it made every one new, so a
 * poll dispatched releases years old. It is taken from the tie (the watermark when the backlog
 * was left, what `from` is just after), or else from the watermark now: later than it was, so
 * releases left below may be missed, but none published before the watch saw is dispatched.
 */
function withUsableBacklog(cursor: WatchCursor): WatchCursor {
  const backlog = cursor.backlog;
  if (!backlog) return cursor;
  const usable = (part: BacklogPart): BacklogPart | undefined => {
    if (part.from === undefined || isTime(part.from)) return part;
    const at = part.tie && isTime(part.tie.at) ? part.tie.at : cursor.watermark;
    if (at === undefined) return undefined;
    return { ...part, from: new Date(Date.parse(at) + 1).toISOString() };
  };
  const { older, ...newer } = backlog;
  const part = usable(newer);
  const olderPart = older && usable(older);
  if (part === newer && olderPart === older) return cursor;
  const { backlog: _damaged, ...rest } = cursor;
  if (!part) return olderPart ? { ...rest, backlog: olderPart } : rest;
  return { ...rest, backlog: { ...part, ...(olderPart ? { older: olderPart } : {}) } };
}

/**
 * A poll's watermark is the newest release it has seen, or the poll's time when that release's
 * time was ahead (nextCursor): never later than the newest release in `seen`, which keeps every
 * release it has read. A later one (a damaged or hand-edited cursor, a date in 2099) would make
 * every release published until then look old, and each would be marked seen, never dispatched,
 * without a word: it is taken from the newest seen release instead.
 */
function withWatermarkSeen(cursor: WatchCursor): WatchCursor {
  if (cursor.watermark === undefined || cursor.seen.length === 0) return cursor;
  const newest = cursor.seen.reduce((a, b) => (Date.parse(b.publishedAt) > Date.parse(a.publishedAt) ? b : a));
  if (Date.parse(cursor.watermark) <= Date.parse(newest.publishedAt)) return cursor;
  return { ...cursor, watermark: newest.publishedAt };
}

const isTime = (text: string): boolean => !Number.isNaN(Date.parse(text));

const runnerSeenUsable = (held: HeldRelease): boolean =>
  held.runnerFirstSeenAt === undefined || (typeof held.runnerFirstSeenAt === "string" && isTime(held.runnerFirstSeenAt));

/**
 * A watermark that is not a time would make every release look older than it, so none would
 * ever be new again: it is taken from the newest seen release instead (what it was when
 * written). Without a usable time at all, the cursor is unusable, and the poll goes on from the
 * store's release events (recoverWatchCursor) rather than dispatching every release it lists.
 */
function withUsableTimes(cursor: WatchCursor, left: LeftOut): WatchCursor | undefined {
  const seen = cursor.seen.filter((release) => isTime(release.publishedAt));
  left.add("releases seen (not a time)", cursor.seen.length - seen.length);
  const heldTimesUsable = (cursor.pending ?? []).every((held) => isTime(held.publishedAt) && isTime(held.firstSeenAt) && runnerSeenUsable(held));
  if (seen.length === cursor.seen.length && (cursor.watermark === undefined || isTime(cursor.watermark)) && heldTimesUsable) return cursor;
  // One pass, not a sort: a damaged cursor may list millions (only SEEN_RELEASES_KEPT are kept after).
  const newest = seen.reduce<string | undefined>((found, release) => (found === undefined || Date.parse(release.publishedAt) > Date.parse(found) ? release.publishedAt : found), undefined);
  const watermark = cursor.watermark !== undefined && isTime(cursor.watermark) ? cursor.watermark : newest;
  if (watermark === undefined) return undefined;
  // A held release is in `seen`: dropped here, it would never be dispatched. Its age counts from
  // the first usable time instead (at the latest, the last save), so it is still held, then sent.
  const fallback = [cursor.checkedAt, cursor.polledAt].find((time): time is string => time !== undefined && isTime(time)) ?? watermark;
  const pending = cursor.pending?.map((stored) => {
    // Without a usable runner's sighting, the runner's age counts from firstSeenAt, as in older cursors.
    const { runnerFirstSeenAt: _unusable, ...without } = stored;
    const held = runnerSeenUsable(stored) ? stored : without;
    if (isTime(held.publishedAt) && isTime(held.firstSeenAt)) return held;
    const firstSeenAt = isTime(held.firstSeenAt) ? held.firstSeenAt : fallback;
    return { ...held, publishedAt: isTime(held.publishedAt) ? held.publishedAt : firstSeenAt, firstSeenAt, ageFrom: "first-seen" as const };
  });
  return { ...cursor, seen, watermark, ...(pending ? { pending } : {}) };
}

/**
 * A cursor that fails its schema, written by an older version or damaged, part by part: each
 * part is checked by its own compiled validator (the schema's definitions, DEFINITION_VALIDATORS
 * in scripts/build-schemas.mjs) and kept when it passes, as far as it passes (salvagePart); an
 * entry of a list that fails is left out. Without its format, its repository or a list of
 * releases seen, nothing of it can be used.
 */
function salvageCursor(value: unknown, left: LeftOut): WatchCursor | undefined {
  if (!isRecord(value) || value.format !== WATCH_CURSOR_FORMAT || !Array.isArray(value.seen)) return undefined;
  const top = salvagePart(validateWatchCursor, withPartsSalvaged(value, left), {
    known: ["format", "repo", "etag", "deepEtag", "etagAt", "tagsEtag", "watermark", "seen", "polledAt", "checkedAt", "pending", "dispatched", "drafts", "tagListings", "end", "backlog", "githubClock", "filter"],
    droppable: ["etag", "deepEtag", "etagAt", "tagsEtag", "watermark", "checkedAt", "filter"],
    defaults: { polledAt: "" },
  });
  if (!top) return undefined;
  // Kept whole, as a poll keeps them: past REDELIVER_*_KEPT the poll drops the oldest, naming them.
  // So each entry is checked by its own validator, not the list by the cursor's (its maxItems).
  const tags = salvageList("release tags to deliver again", value.redeliver, validateRedeliverTag, left);
  const events = salvageList("changes to deliver again", value.redeliverEvents, validateRedeliverEventId, left);
  // Whole fields left out: unknown ones, and those that failed and could be dropped or were damaged past salvage.
  // A list to deliver again that is no list is such a field too (it was left out without a word).
  const added = { ...(tags ? { redeliver: tags } : {}), ...(events ? { redeliverEvents: events } : {}) };
  for (const key of Object.keys(value)) if (!(key in top) && !(key in added) && value[key] !== undefined) left.add(`field ${JSON.stringify(key)}`);
  return { ...(top as WatchCursor), ...added };
}

/** The entries of a stored list that `validate` accepts (undefined when it is no list); the others counted as left out. */
function salvageList<T>(what: string, items: unknown, validate: CompiledValidator<T>, left: LeftOut): T[] | undefined {
  if (!Array.isArray(items)) return undefined;
  const kept = items.filter((item): item is T => validate(item));
  left.add(what, items.length - kept.length);
  return kept;
}

/**
 * The cursor with each of its parts salvaged on its own (a damaged one left out, the rest kept),
 * so that what the cursor's own validator is left to judge is its top-level fields. Without the
 * lists to deliver again: salvageCursor adds them back after it, since a list past its maxItems
 * is not damaged, only longer than a poll leaves it.
 */
function withPartsSalvaged(cursor: Record<string, unknown>, left: LeftOut): Record<string, unknown> {
  const { redeliver: _tags, redeliverEvents: _events, ...rest } = cursor;
  // Each entry that fails is left out, and counted (the poll's note says how many of each list).
  const list = <T>(what: string, items: unknown, salvage: (item: unknown) => T | undefined): T[] | undefined => {
    if (!Array.isArray(items)) return undefined;
    const kept = items.flatMap((item) => salvage(item) ?? []);
    left.add(what, items.length - kept.length);
    return kept;
  };
  const parts: Record<string, unknown> = {
    seen: list("releases seen", cursor.seen, (item) => salvagePart(validateSeenRelease, item)),
    pending: list("releases held by min-age", cursor.pending, salvageHeld),
    dispatched: list("dispatched releases", cursor.dispatched, (item) => salvagePart(validateDispatchedRelease, item, { droppable: ["commit", "tagObject"] })),
    // DRAFTS_WATCHED of them are kept on load (loadWatchCursor), as from a cursor that passes.
    drafts: list("drafts watched", cursor.drafts, (item) => salvagePart(validateWatchedDraft, item, { known: ["id", "createdAt", "etag"], droppable: ["etag"] })),
    tagListings: list("tag listings", cursor.tagListings, salvageListing),
    end: salvageEnd(cursor.end),
    backlog: salvageBacklog(cursor.backlog, left),
    githubClock: salvagePart(validateGithubClock, cursor.githubClock, { known: ["github", "runner"] }),
  };
  for (const [key, part] of Object.entries(parts)) {
    if (part === undefined) delete rest[key];
    else rest[key] = part;
  }
  return rest;
}

type SalvageRules<T> = {
  /** The fields the schema knows: others are left out (absent: kept, as the schema allows them). */
  known?: ReadonlyArray<keyof T & string>;
  /** Optional fields left out when they fail. */
  droppable?: ReadonlyArray<keyof T & string>;
  /** Fields set to this value when they fail or are missing. */
  defaults?: Partial<T>;
};

/**
 * `value` if `validate` accepts it; else as much of it as it accepts: without the fields the
 * schema does not know, and without (or, with `defaults`, replaced) the fields that fail. Each
 * field is tried by the part's own validator, never by hand. Undefined when a required field
 * fails: the part is damaged.
 */
function salvagePart<T>(validate: CompiledValidator<T>, value: unknown, rules: SalvageRules<T> = {}): T | undefined {
  const { known, droppable = [], defaults = {} } = rules;
  if (!known && validate(value)) return value;
  if (!isRecord(value)) return undefined;
  const fields = known ? Object.fromEntries(Object.entries(value).filter(([key]) => (known as readonly string[]).includes(key))) : value;
  if (validate(fields)) return fields;
  const optional = [...droppable, ...Object.keys(defaults)];
  const base: Record<string, unknown> = { ...Object.fromEntries(Object.entries(fields).filter(([key]) => !optional.includes(key))), ...defaults };
  if (!validate(base)) return undefined;
  // One field at a time, each over what is already kept: a field is kept when the part with it still passes.
  let kept: T = base;
  for (const key of optional) {
    if (!(key in fields)) continue;
    const tried = { ...kept, [key]: fields[key] };
    if (validate(tried)) kept = tried;
  }
  return kept;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A held release is in `seen`: dropped, it would never be dispatched. So one whose `ageFrom` is
 * damaged counts its age from its first sighting (the later, so it is never sent early), and one
 * whose commit date is damaged has none usable (`""`: never taken for deleted below the pages
 * read). Its times are made usable by withUsableTimes.
 */
function salvageHeld(item: unknown): HeldRelease | undefined {
  return salvagePart(validateHeldRelease, item, { droppable: ["runnerFirstSeenAt"], defaults: { ageFrom: "first-seen", createdAt: "" } }) as HeldRelease | undefined;
}

/**
 * A damaged list of parts is dropped: the group is split again (its whole is not asked). Parts
 * (and `exact`) belong to a group too large to list whole only.
 */
function salvageListing(item: unknown): TagListing | undefined {
  const group = salvagePart(validateTagListing, item, { known: ["prefix", "etag", "tooLarge"] });
  const stored = isRecord(item) && Array.isArray(item.parts) ? item.parts : undefined;
  if (!group?.tooLarge || !stored) return group;
  const parts = stored.flatMap((part) => {
    const salvaged = salvagePart(validateTagListingPart, part, { known: ["prefix", "etag", "tooLarge", "exact"], droppable: ["exact"] });
    if (!salvaged) return [];
    const { exact, ...rest } = salvaged;
    return [{ ...rest, ...(rest.tooLarge && exact ? { exact } : {}) }];
  });
  return { ...group, parts };
}

/** The end page is kept with its ETag only (and `first`, the id of its first release, with both). */
function salvageEnd(value: unknown): ListingEndMark | undefined {
  const end = salvagePart(validateListingEndMark, value, { known: ["boundary", "below", "count", "page", "etag", "first"], droppable: ["page", "etag", "first"] });
  if (!end) return undefined;
  const { page, etag, first, ...counts } = end;
  return page !== undefined && etag !== undefined ? { ...counts, page, etag, ...(first !== undefined ? { first } : {}) } : counts;
}

/** The backlog, and its older place when that is still good; without a usable newer place, none. */
function salvageBacklog(value: unknown, left: LeftOut): Backlog | undefined {
  const backlog = salvageBacklogPart(value, left);
  if (!backlog || !isRecord(value)) return undefined;
  const older = salvageBacklogPart(value.older, left);
  if (value.older !== undefined && !older) left.add("older backlog places");
  return { ...backlog, ...(older ? { older } : {}) };
}

/**
 * Its `after.createdAt` need not be a time, as in a cursor valid by the schema: the release is
 * looked for by id, and the time only guides the search; dropped, the releases left below were
 * lost. A `from` that is not a time is replaced by withUsableBacklog, not dropped: without it
 * every release below is new (so one of another type is kept as "", no time). A page 0 is page 1.
 */
function salvageBacklogPart(value: unknown, left: LeftOut): BacklogPart | undefined {
  if (!isRecord(value)) return undefined;
  const after = salvagePart(validateBacklogAfter, value.after, { known: ["id", "tag", "createdAt"] });
  const page = value.page === 0 ? 1 : value.page;
  const part = salvagePart(
    validateBacklogPart,
    { ...value, after, page },
    { known: ["after", "page", "from", "tie", "missing"], droppable: ["tie", "missing"], ...(value.from !== undefined ? { defaults: { from: "" } } : {}) },
  );
  if (!part) return undefined;
  const tie = salvageTie(value.tie, left);
  const { tie: _checked, ...rest } = part;
  return { ...rest, ...(tie ? { tie } : {}) };
}

/** A tie whose `at` is no time is left out; its ids, as far as they are ids. */
function salvageTie(value: unknown, left: LeftOut): BacklogTie | undefined {
  if (!isRecord(value) || !Array.isArray(value.seen)) return undefined;
  const seen = value.seen.filter((id): id is number => validateReleaseId(id));
  left.add("ids of a backlog's tie", value.seen.length - seen.length);
  const tie = salvagePart(validateBacklogTie, { at: value.at, seen }, { known: ["at", "seen"] });
  return tie && isTime(tie.at) ? tie : undefined;
}
