// Releases below the pages a poll reads. GitHub sorts the listing by the tagged commit's date, so
// a release published now for an old commit (a backport) lands deep in it, below the two pages a
// poll watches; and more new releases than one poll reads (10 pages) leave the rest below.
//
// - The end of the listing: every page below an added (or deleted) release moves by one, so the
//   end page changes. Its ETag is kept, and asked after pages 1 and 2 answer 304 (one more free
//   304 per quiet poll, for repositories of more than two pages). How many releases are listed
//   after the last one of the first page read is kept too: when the next read finds more after
//   that same release than before, releases were added down there, and the poll reads the listing as far
//   as one poll reads (10 pages) instead of stopping at known releases.
// - A backlog: what a poll could not read (more new releases than it reads, or the added ones
//   deeper than 10 pages) is not marked seen. The cursor keeps the last release read, and the
//   next polls read on below it until they reach releases published before the poll that left it
//   (or found as many as were added), the end, or 10 pages each.
import type { GitHubClient } from "../github/client.js";
import { type ListingEnd, listReleases, listReleasesBelow, listReleasesPage, type RateLimitBackoff, type ReleaseListing, readListingEnd, type UpstreamRelease } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import type { WatchConfig } from "./config.js";
import type { Backlog, BacklogPart, ListingEndMark, WatchCursor } from "./cursor.js";
import { isNewBelow, isPublished, matchesWatch, newSince, type PublishedRelease } from "./select.js";
import { shortTag } from "./tag-name.js";

/** Releases per page of the listing, as listReleases reads it. */
const PER_PAGE = 100;
/** Pages whose ETags a poll keeps anyway (see listReleases): a listing of no more needs no end page. */
const WATCHED_PAGES = 2;

export type BelowOptions = {
  client: GitHubClient;
  watch: WatchConfig;
  cursor: WatchCursor | undefined;
  listing: ReleaseListing;
  backoff: RateLimitBackoff;
  budget: RequestBudget;
  maxPages: number;
};

export type BelowRead = {
  /** The listing, or the deeper read of it when releases were added below the pages read. */
  listing: ReleaseListing;
  /** Releases read below where an earlier poll stopped (the backlog). */
  below: UpstreamRelease[];
  /** Of those, the new ones the watch matches. */
  fresh: PublishedRelease[];
  /** For the next cursor (undefined: none). */
  end: ListingEndMark | undefined;
  backlog: Backlog | undefined;
  notes: string[];
};

export async function readBelow(options: BelowOptions): Promise<BelowRead> {
  const { cursor, watch } = options;
  const lookups = { client: options.client, repo: watch.repo, backoff: options.backoff, budget: options.budget };
  let listing = options.listing;
  const notes: string[] = [];
  let backlog = cursor?.backlog;
  let end = cursor?.end;
  if (listing.status === "ok") {
    const since = newSince(watch, cursor);
    let endNow = await listingEnd(options, listing);
    const prev = cursor?.end;
    let added: number | undefined;
    let deep = false;
    if (cursor && prev && !listing.complete) {
      const position = endNow === undefined ? undefined : await anchorPosition(options, listing.releases, endNow, prev);
      if (endNow === undefined || position === undefined) deep = true;
      else {
        added = endNow.count - position - prev.below;
        deep = added > 0;
        // As many deleted as added leave the count as it was; the end page, when it was read,
        // still tells of some: a release published since on it, or its first release pushed
        // down by releases added above it.
        if (!deep && endNow.releases && addedAtEnd(endNow, prev, position, (release) => isNewBelow(release, cursor, since))) {
          deep = true;
          added = undefined;
        }
      }
    }
    let left: UpstreamRelease | undefined;
    if (deep && prev) {
      const read = await listReleases({ ...lookups, repo: watch.repo, isEnough: () => false, maxPages: options.maxPages });
      if (read.status === "ok") {
        listing = read;
        if (read.complete) endNow = read.end;
        const index = read.releases.findIndex((release) => release.id === prev.boundary);
        const found = index < 0 ? undefined : read.releases.slice(index + 1).filter((release) => isNewBelow(release, cursor, since)).length;
        const what = added === undefined ? "the listing changed below the pages watched" : `${added} release${added === 1 ? "" : "s"} added below the pages watched (GitHub lists releases by their commit's date)`;
        notes.push(`${what}: read ${read.pages} page${read.pages === 1 ? "" : "s"}`);
        if (!read.complete && (found === undefined || added === undefined || found < added)) {
          left = read.releases.at(-1);
          if (left && since) {
            const missing = found !== undefined && added !== undefined ? { missing: added - found } : {};
            backlog = mergeBacklog(backlog, { after: mark(left), page: read.pages, ...since, ...missing });
          }
        }
      }
    } else if (listing.truncated && since) {
      left = listing.releases.at(-1);
      if (left) backlog = mergeBacklog(backlog, { after: mark(left), page: listing.pages, ...since });
    }
    // The last release of the first page: the next read (two pages at least) still lists it
    // after up to 100 new releases on top.
    const anchor = Math.min(listing.releases.length, PER_PAGE);
    if (endNow) {
      end = {
        boundary: listing.releases[anchor - 1]?.id ?? 0,
        below: Math.max(endNow.count - anchor, 0),
        count: endNow.count,
        ...(keepsEndPage(endNow) && endNow.etag ? { page: endNow.page, etag: endNow.etag } : {}),
      };
      // The end page's first release: read now, or as it was when the end page did not change.
      const first = endNow.releases ? endNow.releases[0]?.id : prev?.page === endNow.page && prev.etag === endNow.etag ? prev.first : undefined;
      if (end.page !== undefined && first !== undefined) end.first = first;
    }
    if (left && backlog?.after.id === left.id) {
      notes.push(`the next poll reads on below ${backlog.after.tag} (the releases below it are not marked seen)`);
      return { listing, below: [], fresh: [], end, backlog, notes };
    }
  }
  if (!backlog) return { listing, below: [], fresh: [], end, backlog, notes };

  // Read on where an earlier poll stopped. Not past the end of the listing: a page there answers
  // empty and the stop is looked for a page further up per request, so a page number no poll
  // wrote (a damaged cursor's 9007199254740991) cost 4 requests and a note every poll, for ever.
  const lastPage = end ? Math.max(Math.ceil(end.count / PER_PAGE), 1) : undefined;
  const from = backlog.from;
  const since = { ...(from !== undefined ? { from } : {}), ...(backlog.tie ? { tie: backlog.tie } : {}) };
  const missing = backlog.missing;
  let found = 0;
  const read = await listReleasesBelow({
    ...lookups,
    repo: watch.repo,
    after: backlog.after,
    page: lastPage === undefined ? backlog.page : Math.min(backlog.page, lastPage),
    maxPages: options.maxPages,
    isEnough: (page) => {
      found += page.filter((release) => isNewBelow(release, cursor, since)).length;
      if (missing !== undefined) return found >= missing;
      return from !== undefined && page.some((release) => isPublished(release) && Date.parse(release.publishedAt) < Date.parse(from));
    },
  });
  const fresh = read.releases.filter((release): release is PublishedRelease => matchesWatch(release, watch) && isNewBelow(release, cursor, since));
  const after = backlog.after.tag;
  const lastRead = read.releases.at(-1);
  if (read.complete || read.enough) {
    const next = backlog.older;
    notes.push(
      `read on below ${after}, where an earlier poll stopped: ${read.releases.length} release${read.releases.length === 1 ? "" : "s"} there, all read now${next ? `; the next poll reads on below ${next.after.tag}, where one before stopped` : ""}`,
    );
    backlog = next;
  } else if (!lastRead) {
    // Releases added or deleted above it moved it further than the pages looked at: the next poll looks on from there.
    notes.push(`could not find where an earlier poll stopped reading (below ${after}) yet; the next poll looks on from page ${read.page}`);
    backlog = { ...backlog, page: read.page };
  } else {
    notes.push(`read on below ${after}, where an earlier poll stopped: ${read.releases.length} releases; the next poll reads on below ${shortTag(lastRead.tagName)}`);
    backlog = {
      after: mark(lastRead),
      page: read.page,
      ...since,
      ...(missing !== undefined ? { missing: Math.max(missing - found, 1) } : {}),
      ...(backlog.older ? { older: backlog.older } : {}),
    };
  }
  return { listing, below: read.releases, fresh, end, backlog, notes };
}

/**
 * The end of the listing now: from the read itself when it reached the end (and the end page is
 * not full: one added below a full page would leave it as it is, so the empty page after it is
 * the end then), else one request (a free 304 while the end is where it was) or a few when it
 * moved by pages.
 */
async function listingEnd(options: BelowOptions, listing: Extract<ReleaseListing, { status: "ok" }>): Promise<ListingEnd | undefined> {
  if (listing.complete && listing.end && (listing.end.count === 0 || listing.end.count % PER_PAGE !== 0)) return listing.end;
  if (listing.endSeen) return listing.endSeen;
  const stored = options.cursor?.end;
  // A complete listing here ends on a full page: the end is the empty page after it.
  const start = listing.complete ? (listing.end?.page ?? listing.pages) + 1 : (stored?.page ?? listing.lastPage ?? listing.pages + 1);
  const etag = stored?.page === start ? stored.etag : undefined;
  const answer = await readListingEnd({ client: options.client, repo: options.watch.repo, backoff: options.backoff, budget: options.budget, page: start, ...(etag ? { etag } : {}) });
  if (answer.status === "not-modified") return stored ? { page: start, ...(etag ? { etag } : {}), count: stored.count } : undefined;
  return answer.end;
}

/**
 * Where the last poll's anchor release is listed now (1-based), or undefined when it is not where
 * it would be: in the pages read, or else (more than a page of new releases on top) on the page
 * it is on if nothing was added or deleted below it (the end page, read already, or one request).
 */
async function anchorPosition(options: BelowOptions, read: readonly UpstreamRelease[], end: ListingEnd, prev: ListingEndMark): Promise<number | undefined> {
  const index = read.findIndex((release) => release.id === prev.boundary);
  if (index >= 0) return index + 1;
  const expected = end.count - prev.below;
  if (expected <= read.length) return undefined;
  const page = Math.ceil(expected / PER_PAGE);
  const releases =
    page === end.page && end.releases
      ? end.releases
      : await listReleasesPage({ client: options.client, repo: options.watch.repo, backoff: options.backoff, budget: options.budget, page });
  const at = releases.findIndex((release) => release.id === prev.boundary);
  return at < 0 ? undefined : (page - 1) * PER_PAGE + at + 1;
}

/**
 * Whether the end page, read now, shows releases added below the anchor since `prev` (at
 * `position` now) though the count did not grow: one on it that is new (published since the last
 * poll), or, on the same page, its first release then pushed further down than the anchor was
 * (releases added between the anchor and the end page, as many deleted on it).
 */
function addedAtEnd(end: ListingEnd, prev: ListingEndMark, position: number, isNew: (release: UpstreamRelease) => boolean): boolean {
  const releases = end.releases ?? [];
  if (releases.some(isNew)) return true;
  if (prev.first === undefined || prev.page !== end.page) return false;
  const pushed = releases.findIndex((release) => release.id === prev.first);
  return pushed > 0 && pushed > position - (prev.count - prev.below);
}

/**
 * Whether the end page is asked on quiet polls: below the pages watched, or the empty page after
 * a full last page (pages 1 and 2 stay as they are when a release is added below a full page 2).
 */
function keepsEndPage(end: ListingEnd): boolean {
  return end.page > WATCHED_PAGES || (end.count > 0 && end.count === (end.page - 1) * PER_PAGE);
}

function mark(release: UpstreamRelease): Backlog["after"] {
  return { id: release.id, tag: shortTag(release.tagName), createdAt: release.createdAt };
}

/**
 * A new place to read on from, above an older one: read on from the new one (down to what the
 * poll before saw), then from the older one. A third is folded into the older: read on from there,
 * counting as new what either would (what was handed over in between is listed again, and its
 * event is found handled).
 */
function mergeBacklog(older: Backlog | undefined, next: BacklogPart): Backlog {
  if (!older) return next;
  const { older: oldest, ...first } = older;
  if (!oldest) return { ...next, older: first };
  const from = first.from === undefined || oldest.from === undefined ? undefined : Date.parse(first.from) < Date.parse(oldest.from) ? first.from : oldest.from;
  // The tie of the one whose `from` is kept (the other's is after it, new anyway); of both when
  // they start alike, new when either would count it new: seen by both.
  const ties = from === undefined ? [] : [first, oldest].filter((part) => part.from === from).flatMap((part) => (part.tie ? [part.tie] : []));
  const tie = ties.length === 0 ? undefined : ties.reduce((a, b) => ({ at: a.at, seen: a.seen.filter((id) => b.seen.includes(id)) }));
  const { missing: _missing, from: _from, tie: _tie, ...rest } = first;
  return { ...next, older: { ...rest, ...(from !== undefined ? { from } : {}), ...(tie ? { tie } : {}) } };
}
