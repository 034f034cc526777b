// Drafts published late. GitHub lists drafts to a token with push access, sorted like every
// release by its commit's date (created_at), and publishing one keeps that place: a draft that
// sank below the pages polls watch (releases published on top of it meanwhile) is published
// without changing page 1, page 2 or the end of the listing, so no ETag a poll keeps tells of
// it. Each draft a poll listed is remembered (the newest DRAFTS_WATCHED) and asked for by id at
// every poll that does not list it: a free 304 while it stays a draft, its release once published.
import type { GitHubClient } from "../github/client.js";
import { checkRelease, type RateLimitBackoff, type UpstreamRelease } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import { DRAFTS_WATCHED, type WatchCursor, type WatchedDraft } from "./cursor.js";

export type WatchedDrafts = {
  /** Drafts watched before that are published now (not listed by this poll's pages). */
  published: UpstreamRelease[];
  /** What the next poll watches. */
  drafts: WatchedDraft[];
  /** Drafts listed but not watched: more than DRAFTS_WATCHED, the oldest by commit date. */
  unwatched: number;
};

export type CheckDraftsOptions = {
  client: GitHubClient;
  repo: string;
  cursor: WatchCursor | undefined;
  /** The releases this poll read (pages of the listing, and below). */
  read: readonly UpstreamRelease[];
  backoff: RateLimitBackoff;
  budget: RequestBudget;
};

/** The watched drafts this poll did not list, asked for by id; and the drafts to watch next. */
export async function checkDrafts(options: CheckDraftsOptions): Promise<WatchedDrafts> {
  const listed = new Map(options.read.map((release) => [release.id, release]));
  const before = new Map((options.cursor?.drafts ?? []).map((draft) => [draft.id, draft]));
  const watched = new Map<number, WatchedDraft>();
  const published: UpstreamRelease[] = [];
  for (const release of options.read) {
    if (!release.draft) continue;
    const etag = before.get(release.id)?.etag;
    watched.set(release.id, { id: release.id, createdAt: release.createdAt, ...(etag ? { etag } : {}) });
  }
  for (const draft of before.values()) {
    // Listed: a draft still (kept above), or published where this poll reads (a new release there).
    if (listed.has(draft.id)) continue;
    const answer = await checkRelease({ client: options.client, repo: options.repo, id: draft.id, ...(draft.etag ? { etag: draft.etag } : {}), backoff: options.backoff, budget: options.budget });
    if (answer.status === "not-modified") watched.set(draft.id, draft);
    else if (answer.status === "ok" && answer.release.draft) {
      watched.set(draft.id, { id: draft.id, createdAt: answer.release.createdAt, ...(answer.etag ? { etag: answer.etag } : {}) });
    } else if (answer.status === "ok") published.push(answer.release);
    // Gone (deleted): nothing to watch.
  }
  const all = [...watched.values()].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id);
  return { published, drafts: all.slice(0, DRAFTS_WATCHED), unwatched: Math.max(all.length - DRAFTS_WATCHED, 0) };
}
