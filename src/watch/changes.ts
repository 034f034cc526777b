// What happened to releases already dispatched (deleted, promoted, re-tagged), for watches
// with updates=true, and what a deleted release held by min-age means. Reads beyond the
// listing are few: one release by id per release missing from it, and one conditional listing
// of tag refs per poll (a free 304 while no tag moved).
import type { GitHubClient } from "../github/client.js";
import { getRelease, listTagRefs, tagCommit } from "../github/release-lookups.js";
import type { ReleaseListing, UpstreamRelease } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import type { FlowEvent } from "../contracts.js";
import { releaseDeletedEvent, releaseUpdatedEvent } from "./change-events.js";
import type { WatchConfig } from "./config.js";
import type { DispatchedRelease, TagListing, WatchCursor } from "./cursor.js";

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

export type Lookups = { client: GitHubClient; repo: string; budget: RequestBudget };

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
  /** Groups whose listing this poll found too large to read, that were not before (reported once). */
  tooLarge: Array<{ prefix: string; maxBytes: number }>;
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
  if (dispatched.length === 0) return { events, dispatched, tagListings: [], tagGroupsLater: 0, tooLarge: [] };
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
  const tooLargeBefore = new Set(stored.filter((listing) => listing.tooLarge).map((listing) => listing.prefix));
  // A group too large to read keeps its place in turn, and is asked conditionally: its tags stay unknown.
  const unknown = (group: (typeof groups)[number]): boolean =>
    !tooLargeBefore.has(group.prefix) && group.members.some((item) => item.tagObject === undefined);
  const tooLarge: ChangeResult["tooLarge"] = [];
  // Groups with a tag never listed first, then those never asked, then the longest unasked.
  const rank = (group: (typeof groups)[number]): number => (unknown(group) ? -2 : (storedAt.get(group.prefix) ?? -1));
  const order = groups.sort((a, b) => rank(a) - rank(b));
  const asked = order.slice(0, TAG_LISTINGS_PER_POLL);
  const later = order.slice(TAG_LISTINGS_PER_POLL);
  const tagListings: TagListing[] = later.map((group) => stored.find((listing) => listing.prefix === group.prefix) ?? { prefix: group.prefix });
  for (const group of asked) {
    const previous = stored.find((listing) => listing.prefix === group.prefix)?.etag;
    const etag = unknown(group) ? undefined : previous;
    const refs = await listTagRefs({ ...options, prefix: group.prefix, ...(etag ? { etag } : {}) });
    if (refs.status === "not-modified") {
      tagListings.push({ prefix: group.prefix, ...(etag ? { etag } : {}), ...(tooLargeBefore.has(group.prefix) ? { tooLarge: true } : {}) });
      continue;
    }
    if (refs.status === "too-large") {
      // Not read: the moves of these tags are not seen while it stays this large. Said once.
      tagListings.push({ prefix: group.prefix, ...(refs.etag ? { etag: refs.etag } : {}), tooLarge: true });
      if (!tooLargeBefore.has(group.prefix)) tooLarge.push({ prefix: group.prefix, maxBytes: refs.maxBytes });
      continue;
    }
    tagListings.push({ prefix: group.prefix, ...(refs.etag ? { etag: refs.etag } : {}) });
    for (const item of group.members) {
      const ref = refs.tags.get(item.tag);
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
  }
  return { events, dispatched, tagListings, tagGroupsLater: later.length, tooLarge };
}

/** Groups of dispatched tags whose tags one poll lists (matching-refs requests), at most; the others at the next polls. */
export const TAG_LISTINGS_PER_POLL = 10;

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
