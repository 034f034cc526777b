// What happened to releases already dispatched (deleted, promoted, re-tagged), for watches
// with updates=true, and what a deleted release held by min-age means. Reads beyond the
// listing are few: one release by id per release missing from it, and conditional listings of
// tag refs (free 304s while no tag moved): one per group of dispatched tags, or, for a group too
// large to list whole, one per narrower prefix it is split into (see listSplit).
import type { GitHubClient } from "../github/client.js";
import { getRelease, getTagRef, listTagRefs, type TagRef, tagCommit } from "../github/release-lookups.js";
import type { RateLimitBackoff, ReleaseListing, UpstreamRelease } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import type { FlowEvent } from "../contracts.js";
import { releaseDeletedEvent, releaseUpdatedEvent } from "./change-events.js";
import type { WatchConfig } from "./config.js";
import type { DispatchedRelease, TagListing, TagListingPart, WatchCursor } from "./cursor.js";

type OkListing = Extract<ReleaseListing, { status: "ok" }>;

/**
 * Whether a release GitHub did not list is really gone, rather than sorted below the pages
 * read: the listing is ordered by commit date, so it must have shown any release whose commit
 * is newer than the last one listed.
 */
export function shouldHaveBeenListed(createdAt: string, listing: OkListing): boolean {
  if (listing.complete) return true;
  const last = listing.releases.at(-1);
  return last !== undefined && Date.parse(createdAt) > Date.parse(last.createdAt);
}

/** `backoff`: the poll's, which waits out every rate-limit refusal of these reads within the poll's one budget, and counts it. */
export type Lookups = { client: GitHubClient; repo: string; budget: RequestBudget; backoff: RateLimitBackoff };

/** The release as GitHub has it now, or undefined when it is deleted or back to a draft. */
export async function currentRelease(lookups: Lookups, id: number): Promise<UpstreamRelease | undefined> {
  const release = await getRelease({ ...lookups, id });
  return release && !release.draft ? release : undefined;
}

export type ChangeOptions = Lookups & {
  watch: WatchConfig;
  cursor: WatchCursor | undefined;
  listing: ReleaseListing;
  /** Releases dispatched by this poll, newest first. */
  dispatchedNow: DispatchedRelease[];
  now: Date;
};

export type ChangeResult = {
  events: FlowEvent[];
  dispatched: DispatchedRelease[];
  /** The tag groups and their ETags, in the order the next poll asks them. */
  tagListings: TagListing[];
  /** Groups of tags not listed by this poll (over TAG_LISTINGS_PER_POLL): listed at the next polls. */
  tagGroupsLater: number;
  /** Narrower prefixes of groups too large to list whole not asked by this poll (over TAG_SPLIT_REQUESTS_PER_POLL): asked at the next polls. */
  tagPartsLater: number;
  /**
   * Prefixes whose listing this poll found too large to read though split TAG_SPLIT_MAX_DEPTH
   * times out of the group `within`, that were not before (reported once): their tags' moves are
   * not seen while they stay this large.
   */
  tooLarge: TooLargeListing[];
};

export async function detectChanges(options: ChangeOptions): Promise<ChangeResult> {
  const { listing, now } = options;
  const events: FlowEvent[] = [];
  const earlier: DispatchedRelease[] = [];
  const urlOf = (tag: string): string => `https://github.com/${options.repo}/releases/tag/${tag}`;
  for (const was of options.cursor?.dispatched ?? []) {
    let nowRelease: UpstreamRelease | undefined = listing.status === "ok" ? listing.releases.find((r) => r.id === was.id) : undefined;
    if (listing.status === "ok" && (nowRelease === undefined || nowRelease.draft) && shouldHaveBeenListed(was.createdAt, listing)) {
      nowRelease = await currentRelease(options, was.id);
      if (!nowRelease) {
        events.push(releaseDeletedEvent({ repo: options.repo, dispatched: was, now }));
        continue;
      }
    }
    let current = was;
    if (nowRelease && was.prerelease && !nowRelease.prerelease) {
      events.push(
        releaseUpdatedEvent({
          repo: options.repo,
          url: nowRelease.htmlUrl,
          dispatched: was,
          change: "prerelease",
          current: { ...(was.commit ? { commit: was.commit } : {}), prerelease: false },
          now,
        }),
      );
      current = { ...was, prerelease: false };
    }
    earlier.push(current);
  }
  const dispatched = [...options.dispatchedNow.map((item) => ({ ...item })), ...earlier];
  if (dispatched.length === 0) return { events, dispatched, tagListings: [], tagGroupsLater: 0, tagPartsLater: 0, tooLarge: [] };
  // matching-refs has no pages: it answers every tag with the prefix in one list. So the tags are
  // asked for in groups, each narrowed to what its tags share (`rust-v0.4` for rust-v0.41.0 and
  // rust-v0.42.0), never with an empty prefix (every tag of the repository), and at most
  // TAG_LISTINGS_PER_POLL groups per poll: the others are asked at the next polls, in turn.
  const stored = options.cursor?.tagListings ?? [];
  const storedAt = new Map(stored.map((listing, index) => [listing.prefix, index]));
  const groups = tagGroups(dispatched.map((item) => item.tag)).map((prefix) => ({
    prefix,
    members: dispatched.filter((item) => item.tag.startsWith(prefix)),
  }));
  // What earlier polls learnt of each prefix (its ETag; too large to read), whichever group it was
  // asked for: a group whose prefix changed (a new release joined it) still skips what is known too large.
  const known = new Map<string, TagListingPart>();
  for (const listing of stored) known.set(listing.prefix, { prefix: listing.prefix, ...(listing.etag ? { etag: listing.etag } : {}), ...(listing.tooLarge ? { tooLarge: true } : {}) });
  for (const part of stored.flatMap((listing) => listing.parts ?? [])) {
    // A tag asked by its own ref: its prefix is too large to list (the ETag is the ref's).
    if (part.exact) known.set(part.prefix, { ...known.get(part.prefix), prefix: part.prefix, tooLarge: true });
    else known.set(part.prefix, part);
  }
  const tooLargeBefore = new Set([...known.values()].filter((listing) => listing.tooLarge).map((listing) => listing.prefix));
  const unknown = (group: (typeof groups)[number]): boolean => group.members.some((item) => item.tagObject === undefined);
  // Groups with a tag never listed first, then those never asked, then the longest unasked.
  const rank = (group: (typeof groups)[number]): number => (unknown(group) ? -2 : (storedAt.get(group.prefix) ?? -1));
  const order = groups.sort((a, b) => rank(a) - rank(b));
  const asked = order.slice(0, TAG_LISTINGS_PER_POLL);
  const later = order.slice(TAG_LISTINGS_PER_POLL);
  const tagListings: TagListing[] = later.map((group) => stored.find((listing) => listing.prefix === group.prefix) ?? { prefix: group.prefix });
  const split: SplitState = { requests: 0, later: 0, tooLarge: [] };
  const read = async (members: DispatchedRelease[], refs: Map<string, TagRef>): Promise<void> => {
    for (const item of members) {
      const ref = refs.get(item.tag);
      if (!ref || ref.sha === item.tagObject) continue;
      const commit = await tagCommit({ ...options, ref });
      if (item.tagObject !== undefined && item.commit !== undefined && commit !== item.commit) {
        events.push(
          releaseUpdatedEvent({
            repo: options.repo,
            url: urlOf(item.tag),
            dispatched: item,
            change: "commit",
            current: { commit, prerelease: item.prerelease },
            now,
          }),
        );
      }
      item.tagObject = ref.sha;
      item.commit = commit;
    }
  };
  for (const group of asked) {
    if (!tooLargeBefore.has(group.prefix)) {
      const previous = known.get(group.prefix)?.etag;
      const etag = group.members.some((item) => item.tagObject === undefined) ? undefined : previous;
      const refs = await listTagRefs({ ...options, prefix: group.prefix, ...(etag ? { etag } : {}) });
      if (refs.status === "not-modified") {
        tagListings.push({ prefix: group.prefix, ...(etag ? { etag } : {}) });
        continue;
      }
      if (refs.status === "ok") {
        tagListings.push({ prefix: group.prefix, ...(refs.etag ? { etag: refs.etag } : {}) });
        await read(group.members, refs.tags);
        continue;
      }
      // Too large to read whole: listed by narrower prefixes below, now and at the next polls
      // (the whole is not asked again: each asking would read another TAG_REFS_MAX_BYTES).
      known.set(group.prefix, { prefix: group.prefix, ...(refs.etag ? { etag: refs.etag } : {}), tooLarge: true });
    }
    const parts = await listSplit({ ...options, group, known, tooLargeBefore, stored: stored.find((listing) => listing.prefix === group.prefix)?.parts ?? [], split, read });
    tagListings.push({ prefix: group.prefix, tooLarge: true, parts });
  }
  return { events, dispatched, tagListings, tagGroupsLater: later.length, tagPartsLater: split.later, tooLarge: split.tooLarge };
}

/** Groups of dispatched tags whose tags one poll lists (matching-refs requests), at most; the others at the next polls. */
export const TAG_LISTINGS_PER_POLL = 10;

/**
 * Requests for the narrower prefixes of groups too large to list whole, per poll, at most (on
 * top of TAG_LISTINGS_PER_POLL); the others at the next polls. One that is too large itself
 * reads TAG_REFS_MAX_BYTES before it is given up, so this also bounds what a poll downloads.
 */
export const TAG_SPLIT_REQUESTS_PER_POLL = 10;

/** How many times a group is split, at most, on the way to one of its tags (then that prefix is reported, not split). */
export const TAG_SPLIT_MAX_DEPTH = 6;

export type TooLargeListing = { prefix: string; maxBytes: number; within: string };

type SplitState = { requests: number; later: number; tooLarge: TooLargeListing[] };

type SplitOptions = Lookups & {
  group: { prefix: string; members: DispatchedRelease[] };
  /** What is known of each prefix (updated here: a part found too large is split further). */
  known: Map<string, TagListingPart>;
  /** The prefixes known too large before this poll (a new one is reported once). */
  tooLargeBefore: ReadonlySet<string>;
  /** The group's parts as stored, in the order polls ask them. */
  stored: readonly TagListingPart[];
  split: SplitState;
  read: (members: DispatchedRelease[], refs: Map<string, TagRef>) => Promise<void>;
};

/**
 * Lists a group too large to list whole by narrower prefixes, each the group's prefix followed
 * by what its dispatched tags share past the next character (`v1.` splits into `v1.4.0` and
 * `v1.5.0` for v1.4.0 and v1.5.0): only the tags dispatched need listing, not every tag of the
 * group. A part that is too large too is split again the same way, up to TAG_SPLIT_MAX_DEPTH
 * times; a dispatched tag that too many others start with (`v1.0.0` and its nightlies) is asked
 * by its own ref. At most TAG_SPLIT_REQUESTS_PER_POLL requests per poll. A part split the most
 * times and still too large is asked conditionally at each poll, and reported once. Returns the
 * parts to store, the ones not asked first (so the next poll asks them first).
 */
async function listSplit(options: SplitOptions): Promise<TagListingPart[]> {
  const { group, known, split } = options;
  const tooLarge = (prefix: string): boolean => known.get(prefix)?.tooLarge === true;
  const exactBefore = new Map(options.stored.filter((part) => part.exact).map((part) => [part.prefix, part]));
  // The narrower prefix below a too-large `prefix` that holds `tag`: what the group's tags past
  // it that share its next character share (whole characters: a tag is never cut in a surrogate pair).
  const child = (prefix: string, tag: string): string => {
    const next = String.fromCodePoint(tag.codePointAt(prefix.length) ?? 0);
    const sharing = group.members.map((item) => item.tag).filter((other) => other.startsWith(prefix + next));
    const common = commonPrefix(sharing);
    return common.length > prefix.length ? common : prefix + next;
  };
  // Each tag's part, past the prefixes known too large; the too-large ones on the way are kept too.
  const path = new Set<string>();
  type Job = { prefix: string; depth: number; exact: boolean; members: DispatchedRelease[] };
  const keyOf = (job: { prefix: string; exact?: boolean }): string => `${job.exact ? "=" : ""}${job.prefix}`;
  const place = (jobs: Map<string, Job>, item: DispatchedRelease, from: string, depth: number): void => {
    let prefix = from;
    let steps = depth;
    while (tooLarge(prefix) && prefix !== item.tag && steps < TAG_SPLIT_MAX_DEPTH) {
      path.add(prefix);
      prefix = child(prefix, item.tag);
      steps += 1;
    }
    const exact = tooLarge(prefix) && prefix === item.tag;
    const key = keyOf({ prefix, exact });
    const job = jobs.get(key) ?? { prefix, depth: steps, exact, members: [] };
    job.members.push(item);
    jobs.set(key, job);
  };
  const placed = new Map<string, Job>();
  for (const item of group.members) place(placed, item, group.prefix, 0);
  const storedAt = new Map(options.stored.map((part, index) => [keyOf({ prefix: part.prefix, exact: part.exact === true }), index]));
  // Parts with a tag never listed first, then those never asked, then the longest unasked.
  const rank = (job: Job): number =>
    (job.exact || !tooLarge(job.prefix)) && job.members.some((item) => item.tagObject === undefined) ? -2 : (storedAt.get(keyOf(job)) ?? -1);
  const queue = [...placed.values()].sort((a, b) => rank(a) - rank(b));
  const report = (job: Job, maxBytes: number): void => {
    if (options.tooLargeBefore.has(job.prefix)) return;
    split.tooLarge.push({ prefix: job.prefix, maxBytes, within: group.prefix });
  };
  const unasked: TagListingPart[] = [];
  const asked: TagListingPart[] = [];
  for (let job = queue.shift(); job; job = queue.shift()) {
    const before = job.exact ? exactBefore.get(job.prefix) : known.get(job.prefix);
    if (split.requests >= TAG_SPLIT_REQUESTS_PER_POLL) {
      split.later += 1;
      unasked.push(before ?? { prefix: job.prefix, ...(job.exact ? { tooLarge: true as const, exact: true as const } : {}) });
      continue;
    }
    const fresh = job.members.some((item) => item.tagObject === undefined);
    split.requests += 1;
    if (job.exact) {
      // A tag too many others start with: its own ref.
      const etag = fresh ? undefined : before?.etag;
      const got = await getTagRef({ ...options, tag: job.prefix, ...(etag ? { etag } : {}) });
      const now = got.status === "ok" ? got.etag : etag;
      asked.push({ prefix: job.prefix, ...(now ? { etag: now } : {}), tooLarge: true, exact: true });
      if (got.status === "ok") await options.read(job.members, new Map(got.ref ? [[job.prefix, got.ref]] : []));
      continue;
    }
    const etag = !before?.tooLarge && fresh ? undefined : before?.etag;
    const refs = await listTagRefs({ ...options, prefix: job.prefix, ...(etag ? { etag } : {}) });
    if (refs.status === "not-modified") {
      asked.push({ prefix: job.prefix, ...(etag ? { etag } : {}), ...(before?.tooLarge ? { tooLarge: true } : {}) });
      continue;
    }
    if (refs.status === "ok") {
      const part = { prefix: job.prefix, ...(refs.etag ? { etag: refs.etag } : {}) };
      known.set(job.prefix, part);
      asked.push(part);
      await options.read(job.members, refs.tags);
      continue;
    }
    const part: TagListingPart = { prefix: job.prefix, ...(refs.etag ? { etag: refs.etag } : {}), tooLarge: true };
    known.set(job.prefix, part);
    // Split again for its tags (these first, as their tags are unknown)...
    const deeper = new Map<string, Job>();
    const kept = job.members.filter((item) => item.tag !== job.prefix && job.depth >= TAG_SPLIT_MAX_DEPTH);
    for (const item of job.members) if (!kept.includes(item)) place(deeper, item, job.prefix, job.depth);
    queue.unshift(...deeper.values());
    // ...but those past the most splits: asked again at later polls, and said once.
    if (kept.length > 0) {
      asked.push(part);
      report(job, refs.maxBytes);
    }
  }
  // The too-large prefixes on the way to the parts, so the next poll starts below them.
  path.delete(group.prefix);
  const along = [...path].map((prefix) => known.get(prefix) ?? { prefix, tooLarge: true as const });
  const seen = new Set<string>();
  return [...unasked, ...asked, ...along].filter((part) => {
    const key = keyOf({ prefix: part.prefix, exact: part.exact === true });
    return !seen.has(key) && seen.add(key);
  });
}

/**
 * The prefixes the dispatched tags are listed by: tags are grouped by their text up to and
 * including the first digit (`rust-v0`, `cli-v2`, `v1`; a tag without digits is a group of its
 * own), and each group is asked for by what its tags share (`rust-v0.4`). So a prefix is never
 * empty: tags that share nothing (`v1.0.0`, `cli-v2.0.0`) are two requests, not every tag of
 * the repository in one answer.
 */
export function tagGroups(tags: readonly string[]): string[] {
  const families = new Map<string, string[]>();
  for (const tag of new Set(tags)) {
    const family = /^\D*\d/.exec(tag)?.[0] ?? tag;
    families.set(family, [...(families.get(family) ?? []), tag]);
  }
  return [...families.values()].map((members) => commonPrefix(members) || (members[0] ?? ""));
}

/** The text every tag starts with (`rust-v0.41.0`, `rust-v0.42.0` → `rust-v0.4`). */
export function commonPrefix(tags: readonly string[]): string {
  let common = tags[0] ?? "";
  for (const tag of tags) while (!tag.startsWith(common)) common = common.slice(0, -1);
  // Not half a character: a lone surrogate cannot be put in a URL.
  return /[\uD800-\uDBFF]$/.test(common) ? common.slice(0, -1) : common;
}
