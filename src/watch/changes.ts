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
import type { DispatchedRelease, WatchCursor } from "./cursor.js";

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

export type ChangeResult = { events: FlowEvent[]; dispatched: DispatchedRelease[]; tagsEtag?: string };

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
  if (dispatched.length === 0) return { events, dispatched };
  const unknown = dispatched.some((item) => item.tagObject === undefined);
  const etag = unknown ? undefined : options.cursor?.tagsEtag;
  // matching-refs has no pages: it answers every tag with the prefix in one list. Narrowed to
  // what the dispatched tags share (`rust-v0.4` for rust-v0.41.0 and rust-v0.42.0), not what
  // the pattern allows, so a repository with thousands of tags is not read whole on each poll.
  const refs = await listTagRefs({ ...options, prefix: commonPrefix(dispatched.map((item) => item.tag)), ...(etag ? { etag } : {}) });
  if (refs.status === "not-modified") return { events, dispatched, ...(etag ? { tagsEtag: etag } : {}) };
  for (const item of dispatched) {
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
  return { events, dispatched, ...(refs.etag ? { tagsEtag: refs.etag } : {}) };
}

/** The text every tag starts with (`rust-v0.41.0`, `rust-v0.42.0` → `rust-v0.4`). */
export function commonPrefix(tags: readonly string[]): string {
  let common = tags[0] ?? "";
  for (const tag of tags) while (!tag.startsWith(common)) common = common.slice(0, -1);
  // Not half a character: a lone surrogate cannot be put in a URL.
  return /[\uD800-\uDBFF]$/.test(common) ? common.slice(0, -1) : common;
}
