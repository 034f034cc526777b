// Where polling left off, per watched repository, kept in the state store as the record of an
// internal event `flows-action:watch-cursor:owner/repo` (see ledger.ts for why a record).
// Inspection commands hide these records by their type prefix, INTERNAL_EVENT_TYPE_PREFIX.
import { validateWatchCursor } from "../generated/validators/watch-cursor.js";
import { eachStoredEvent, INTERNAL_EVENT_TYPE_PREFIX } from "../state/query.js";
import type { StateStore } from "../state/types.js";
import { UserError } from "../user-error.js";
import { loadInternalValue, saveInternalValue } from "./ledger.js";

export { INTERNAL_EVENT_TYPE_PREFIX };
export const WATCH_CURSOR_EVENT_TYPE = `${INTERNAL_EVENT_TYPE_PREFIX}watch-cursor`;
const CURSOR_RUN_ID = "watch-cursor";
export const WATCH_CURSOR_FORMAT = 1;

/** Releases remembered per repository; older ones are recognised by `watermark`. */
export const SEEN_RELEASES_KEPT = 200;
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

/** The warning for changes dropped from the list to deliver again (keepNewestRedeliverEvents). */
export function droppedRedeliveriesNote(dropped: readonly string[]): string {
  return `not delivered again (more than ${REDELIVER_EVENTS_KEPT} changes were waiting to be delivered again; the oldest ${dropped.length} dropped, replay them to run them): ${dropped.join(", ")}`;
}

/** The warning for releases dropped from the list to deliver again (keepNewestRedeliverTags), by tag. */
export function droppedReleaseRedeliveriesNote(dropped: readonly string[]): string {
  return `not delivered again (more than ${REDELIVER_TAGS_KEPT} releases were waiting to be delivered again; the oldest ${dropped.length} dropped, replay their upstream.release events to run them): ${dropped.join(", ")}`;
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

export function watchCursorEventId(repo: string): string {
  return `flows-action:watch-cursor:${repo.toLowerCase()}`;
}

const cursorKey = (repo: string) => ({ eventId: watchCursorEventId(repo), type: WATCH_CURSOR_EVENT_TYPE, runId: CURSOR_RUN_ID });

/**
 * The stored cursor, or undefined (never polled, or unreadable: see recoverWatchCursor). A
 * cursor of a newer format is refused: this version cannot tell where that one left off.
 */
export async function loadWatchCursor(store: StateStore, repo: string): Promise<WatchCursor | undefined> {
  const value = await loadInternalValue(store, cursorKey(repo), "cursor");
  const format = typeof value === "object" && value !== null ? (value as { format?: unknown }).format : undefined;
  if (typeof format === "number" && format > WATCH_CURSOR_FORMAT) {
    throw new WatchCursorError(
      `the watch cursor of ${repo} in the ${store.kind} state store was written by a newer flows-action (cursor format ${format}; this version reads format ${WATCH_CURSOR_FORMAT}). Run the newer flows-action: this one cannot tell which releases it already handled.`,
    );
  }
  const cursor = parseCursor(value);
  // The record's key names the repository. Content naming another (copied from another record,
  // or damaged) is not this repository's: its releases seen and dispatched are another's, so a
  // poll reported each of them deleted here (updates=true) and took the other's releases seen
  // for this one's. It is unreadable, as a damaged cursor is: the poll goes on from the store's
  // release events (recoverWatchCursor), and its save cannot overwrite the other's cursor.
  if (!cursor || cursor.repo.toLowerCase() !== repo.toLowerCase()) return undefined;
  // No more than a cursor ever holds: a record listing more (damaged, hostile) would cost a
  // request per entry (dispatched releases are confirmed by id) and grow every save.
  return {
    ...cursor,
    seen: cursor.seen.slice(0, SEEN_RELEASES_KEPT),
    ...(cursor.dispatched ? { dispatched: cursor.dispatched.slice(0, DISPATCHED_RELEASES_KEPT) } : {}),
    ...(cursor.drafts ? { drafts: cursor.drafts.slice(0, DRAFTS_WATCHED) } : {}),
  };
}

/** A stored cursor this version cannot use. */
export class WatchCursorError extends UserError {
  override name = "WatchCursorError";
}

export type RecoveredCursor = { cursor: WatchCursor; note: string };

/**
 * No usable cursor, but the store holds release events of `repo` (its cursor record was lost or
 * damaged, or upstream delivered them by repository_dispatch): poll on from the latest of them,
 * instead of a first poll that would skip every release published since. The release at that
 * point is listed again and its event is recognised as handled, so nothing runs twice.
 */
export async function recoverWatchCursor(store: StateStore, repo: string): Promise<RecoveredCursor | undefined> {
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
    count += 1;
    if (!latest || time > latest.time) latest = { tag, publishedAt: new Date(time).toISOString(), time };
  });
  if (!latest) return undefined;
  const cursor: WatchCursor = { format: WATCH_CURSOR_FORMAT, repo, watermark: latest.publishedAt, seen: [], polledAt: "" };
  const note =
    `no readable watch cursor, so polling went on from the latest of ${count} release event${count === 1 ? "" : "s"} ` +
    `of ${repo} in the state store (${latest.tag}, published ${latest.publishedAt}) instead of starting over`;
  return { cursor, note };
}

export type SaveWatchCursorOptions = { store: StateStore; cursor: WatchCursor; now: Date };

export async function saveWatchCursor(options: SaveWatchCursorOptions): Promise<void> {
  const { cursor } = options;
  await saveInternalValue({
    store: options.store,
    ...cursorKey(cursor.repo),
    field: "cursor",
    // polledAt is the save's own (strictly later) time, stamped below.
    value: cursor,
    message: `watch cursor of ${cursor.repo}`,
    payload: { repo: cursor.repo },
    now: options.now,
    stamp: "polledAt",
  });
}

/**
 * A cursor that satisfies schemas/watch-cursor.schema.json is used as it is; one that does not
 * (written by an older version, or damaged) is salvaged field by field below. Either way its
 * times must be times (see withUsableTimes).
 */
function parseCursor(value: unknown): WatchCursor | undefined {
  const cursor = validateWatchCursor(value) ? value : salvageCursor(value);
  const usable = cursor && withUsableTimes(cursor);
  return usable && withUsableBacklog(withWatermarkSeen(usable));
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
function withUsableTimes(cursor: WatchCursor): WatchCursor | undefined {
  const seen = cursor.seen.filter((release) => isTime(release.publishedAt));
  const heldTimesUsable = (cursor.pending ?? []).every((held) => isTime(held.publishedAt) && isTime(held.firstSeenAt) && runnerSeenUsable(held));
  if (seen.length === cursor.seen.length && (cursor.watermark === undefined || isTime(cursor.watermark)) && heldTimesUsable) return cursor;
  const newest = seen.map((release) => release.publishedAt).sort((a, b) => Date.parse(b) - Date.parse(a))[0];
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

function salvageCursor(value: unknown): WatchCursor | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const cursor = value as Partial<WatchCursor>;
  if (cursor.format !== WATCH_CURSOR_FORMAT || typeof cursor.repo !== "string" || !Array.isArray(cursor.seen)) {
    return undefined;
  }
  const seen = cursor.seen.filter(
    (item): item is SeenRelease =>
      typeof item === "object" &&
      item !== null &&
      typeof item.id === "number" &&
      typeof item.tag === "string" &&
      typeof item.publishedAt === "string" &&
      typeof item.prerelease === "boolean",
  );
  return {
    format: WATCH_CURSOR_FORMAT,
    repo: cursor.repo,
    ...(typeof cursor.etag === "string" ? { etag: cursor.etag } : {}),
    ...(typeof cursor.watermark === "string" ? { watermark: cursor.watermark } : {}),
    seen,
    polledAt: typeof cursor.polledAt === "string" ? cursor.polledAt : "",
    ...parseCursorExtras(cursor),
  };
}

/** The fields added for min-age, updates and status; absent in older cursors. */
function parseCursorExtras(cursor: Partial<WatchCursor>): Partial<WatchCursor> {
  const strings = ["deepEtag", "etagAt", "tagsEtag", "checkedAt"] as const;
  const extras: Partial<WatchCursor> = {};
  for (const key of strings) if (typeof cursor[key] === "string") extras[key] = cursor[key];
  const isObject = (item: unknown): item is Record<string, unknown> => typeof item === "object" && item !== null;
  if (Array.isArray(cursor.pending)) {
    extras.pending = cursor.pending.filter(
      (item): item is HeldRelease =>
        isObject(item) && typeof item.id === "number" && typeof item.tag === "string" && typeof item.firstSeenAt === "string" && typeof item.publishedAt === "string",
    );
  }
  if (Array.isArray(cursor.tagListings)) {
    const isListing = (item: unknown): item is TagListingPart =>
      isObject(item) &&
      typeof item.prefix === "string" &&
      item.prefix !== "" &&
      (item.etag === undefined || typeof item.etag === "string") &&
      (item.tooLarge === undefined || item.tooLarge === true);
    extras.tagListings = cursor.tagListings.filter(isListing).map((item) => {
      const { prefix, etag, tooLarge } = item;
      const parts = (item as TagListing).parts;
      return {
        prefix,
        ...(etag !== undefined ? { etag } : {}),
        ...(tooLarge ? { tooLarge } : {}),
        // A damaged list of parts is dropped: the group is split again (its whole is not asked).
        ...(tooLarge && Array.isArray(parts) ? { parts: parts.filter(isListing).map(({ prefix, etag, tooLarge, exact }) => ({ prefix, ...(etag !== undefined ? { etag } : {}), ...(tooLarge ? { tooLarge } : {}), ...(tooLarge && exact === true ? { exact } : {}) })) } : {}),
      };
    });
  }
  const count = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
  const end = cursor.end as unknown;
  if (isObject(end) && count(end.boundary) && count(end.below) && count(end.count)) {
    extras.end = {
      boundary: end.boundary,
      below: end.below,
      count: end.count,
      ...(count(end.page) && end.page > 0 && typeof end.etag === "string" ? { page: end.page, etag: end.etag, ...(count(end.first) ? { first: end.first } : {}) } : {}),
    };
  }
  const isTie = (tie: unknown): tie is BacklogTie => isObject(tie) && typeof tie.at === "string" && isTime(tie.at) && Array.isArray(tie.seen);
  const backlogPart = (backlog: unknown): BacklogPart | undefined => {
    const after = isObject(backlog) ? (backlog.after as unknown) : undefined;
    // Its createdAt need not be a time, as in a cursor valid by the schema: the release is looked
    // for by id, and the time only guides the search; dropped, the releases left below were lost.
    if (!isObject(backlog) || !isObject(after) || !count(after.id) || typeof after.tag !== "string" || typeof after.createdAt !== "string" || !count(backlog.page)) return undefined;
    return {
      after: { id: after.id, tag: after.tag, createdAt: after.createdAt },
      page: Math.max(backlog.page, 1),
      // One that is not a time is replaced by withUsableBacklog, not dropped: without it every release below is new.
      ...(typeof backlog.from === "string" ? { from: backlog.from } : backlog.from !== undefined ? { from: "" } : {}),
      ...(isTie(backlog.tie) ? { tie: { at: backlog.tie.at, seen: backlog.tie.seen.filter(count) } } : {}),
      ...(count(backlog.missing) ? { missing: backlog.missing } : {}),
    };
  };
  const backlog = backlogPart(cursor.backlog);
  if (backlog) {
    const older = backlogPart((cursor.backlog as { older?: unknown }).older);
    extras.backlog = { ...backlog, ...(older ? { older } : {}) };
  }
  const clock = cursor.githubClock as unknown;
  if (isObject(clock) && typeof clock.github === "string" && typeof clock.runner === "string") extras.githubClock = { github: clock.github, runner: clock.runner };
  if (Array.isArray(cursor.redeliver)) extras.redeliver = cursor.redeliver.filter((tag): tag is string => typeof tag === "string");
  if (Array.isArray(cursor.redeliverEvents)) extras.redeliverEvents = cursor.redeliverEvents.filter((id): id is string => typeof id === "string");
  if (Array.isArray(cursor.drafts)) {
    extras.drafts = cursor.drafts
      .filter((item): item is WatchedDraft => isObject(item) && count(item.id) && typeof item.createdAt === "string")
      .map(({ id, createdAt, etag }) => ({ id, createdAt, ...(typeof etag === "string" ? { etag } : {}) }));
  }
  if (Array.isArray(cursor.dispatched)) {
    extras.dispatched = cursor.dispatched.filter(
      (item): item is DispatchedRelease =>
        isObject(item) && typeof item.id === "number" && typeof item.tag === "string" && typeof item.eventId === "string",
    );
  }
  return extras;
}
