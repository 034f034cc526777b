// The few extra reads watching needs beyond the releases listing, each one request:
// - one release by id, to confirm a held release still exists (and read it fresh) before it is
//   dispatched, or that a release missing from the listing was deleted;
// - one release by tag, to deliver again a release older than the pages a poll read;
// - the tags of a repository with their objects (conditional, so usually a free 304), to see a
//   tag moved to another commit: a moved tag leaves the release object unchanged; or one tag's
//   ref, when the tags its name starts are too many to list;
// - an annotated tag's object, for the commit it points at;
// - the repository itself, for when it was created: a listing that holds none of the releases
//   seen before may be another repository's that took the name.
import { responseTooLarge } from "./bounded-body.js";
import { type GitHubClient, OWN_RATE_LIMIT_WAIT } from "./client.js";
import { RequestBudget } from "./request-budget.js";
import { describeValue, GitHubReleasesError, RateLimitBackoff, readRelease, releasesError, statusOf, unreadableAnswer, type UpstreamRelease } from "./releases.js";

/** A full git object id, as GitHub gives commits and tag objects (SHA-1, or SHA-256). */
const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/**
 * `backoff`: what waits out a rate limit's refusal (the poll's, so that one budget bounds every
 * wait of a poll and its report counts each). Each request carries OWN_RATE_LIMIT_WAIT, for
 * which the client does not wait too: before, its throttling plugin waited these out (up to
 * 120 s, twice) outside the poll's budget and its `waitedSeconds`, while the listing did not.
 */
type Lookup = { client: GitHubClient; repo: string; budget?: RequestBudget; backoff?: RateLimitBackoff };

const unlimited = (): RequestBudget => new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });

/** `request` (one GitHub read, which spends from the budget itself) retried after each rate-limit refusal the backoff waits out. */
function limited<T>(options: Lookup, request: () => Promise<T>): Promise<T> {
  return (options.backoff ?? new RateLimitBackoff()).run(request);
}

/** The request options of a lookup: no more than `maxBytes` read, when given, and rate limits waited out by `limited` alone. */
const own = (maxBytes?: number) => ({ request: { ...(maxBytes !== undefined ? { maxResponseBytes: maxBytes } : {}), [OWN_RATE_LIMIT_WAIT]: true } });

function split(repo: string): { owner: string; repo: string } {
  const [owner = "", name = ""] = repo.split("/");
  return { owner, repo: name };
}

function responseHeaders(error: unknown): Record<string, unknown> | undefined {
  return (error as { response?: { headers?: Record<string, unknown> } } | null)?.response?.headers;
}

/** GET /repos/{owner}/{repo}/releases/{id}: the release, or undefined when it is gone (404). */
export async function getRelease(options: Lookup & { id: number }): Promise<UpstreamRelease | undefined> {
  const budget = options.budget ?? unlimited();
  return limited(options, async () => {
    budget.spend();
    try {
      const response = await options.client.rest.repos.getRelease({ ...split(options.repo), release_id: options.id, ...own() });
      budget.observe(response.headers as Record<string, unknown>, response.status);
      const request = `GET /repos/${options.repo}/releases/${options.id}`;
      return readRelease(response.data, { repo: options.repo, request, status: response.status });
    } catch (error) {
      if (error instanceof GitHubReleasesError) throw error;
      if (statusOf(error) === 304) budget.observe(responseHeaders(error), 304);
      if (statusOf(error) === 404) return undefined;
      throw lookupError(options.repo, error, `GET /repos/${options.repo}/releases/${options.id}`);
    }
  });
}

/**
 * GET /repos/{owner}/{repo}/releases/tags/{tag}: the published release of that tag, or undefined
 * when there is none (404; GitHub answers no draft by tag).
 */
export async function getReleaseByTag(options: Lookup & { tag: string }): Promise<UpstreamRelease | undefined> {
  const budget = options.budget ?? unlimited();
  return limited(options, async () => {
    budget.spend();
    const request = `GET /repos/${options.repo}/releases/tags/${encodeURIComponent(options.tag)}`;
    try {
      const response = await options.client.rest.repos.getReleaseByTag({ ...split(options.repo), tag: options.tag, ...own() });
      budget.observe(response.headers as Record<string, unknown>, response.status);
      return readRelease(response.data, { repo: options.repo, request, status: response.status });
    } catch (error) {
      if (error instanceof GitHubReleasesError) throw error;
      if (statusOf(error) === 304) budget.observe(responseHeaders(error), 304);
      if (statusOf(error) === 404) return undefined;
      throw lookupError(options.repo, error, request);
    }
  });
}

/** A tag and what its ref points at: a commit (lightweight tag) or a tag object (annotated). */
export type TagRef = { tag: string; type: "commit" | "tag"; sha: string };

export type TagRefListing =
  | { status: "not-modified" }
  | { status: "ok"; tags: Map<string, TagRef>; etag?: string }
  /** The answer ran past maxBytes: not read on, nor parsed. Its ETag, to ask again conditionally. */
  | { status: "too-large"; maxBytes: number; etag?: string };

/**
 * The most of a matching-refs answer read (about 13,000 tags of GitHub's ~300 bytes each): it is
 * not paged, so one prefix shared by a repository's many tags (nightlies, say) is one answer of
 * them all.
 */
export const TAG_REFS_MAX_BYTES = 4 * 1024 * 1024;

/**
 * GET /repos/{owner}/{repo}/git/matching-refs/tags/{prefix}: every tag starting with `prefix`,
 * conditionally (If-None-Match), so an unchanged set of tags costs no rate limit. An answer over
 * `maxBytes` (default TAG_REFS_MAX_BYTES) is "too-large", read no further than that.
 */
export async function listTagRefs(options: Lookup & { prefix: string; etag?: string; maxBytes?: number }): Promise<TagRefListing> {
  const budget = options.budget ?? unlimited();
  return limited(options, async () => {
    budget.spend();
    const request = `GET /repos/${options.repo}/git/matching-refs/tags/${options.prefix}`;
    const maxBytes = options.maxBytes ?? TAG_REFS_MAX_BYTES;
    try {
      const response = await options.client.rest.git.listMatchingRefs({
        ...split(options.repo),
        ref: options.prefix ? `tags/${options.prefix}` : "tags",
        ...(options.etag ? { headers: { "if-none-match": options.etag } } : {}),
        ...own(maxBytes),
      });
      budget.observe(response.headers as Record<string, unknown>, response.status);
      // Checked before use, as the releases are: the commits named here become event ids.
      const origin = { repo: options.repo, request, status: response.status };
      const data: unknown = response.data;
      if (!Array.isArray(data)) throw unreadableAnswer(origin, `got ${describeValue(data)} instead of a list`, "tags");
      const tags = new Map<string, TagRef>();
      for (const [index, ref] of data.entries()) {
        const { ref: name, object } = (ref ?? {}) as { ref?: unknown; object?: { type?: unknown; sha?: unknown } };
        if (typeof name !== "string" || typeof object?.sha !== "string" || !SHA.test(object.sha)) {
          throw unreadableAnswer(origin, `ref ${index} is ${describeValue(ref)}`, "tags");
        }
        if (!name.startsWith("refs/tags/")) continue;
        const tag = name.slice("refs/tags/".length);
        tags.set(tag, { tag, type: object.type === "tag" ? "tag" : "commit", sha: object.sha });
      }
      return { status: "ok", tags, ...(response.headers.etag ? { etag: response.headers.etag } : {}) };
    } catch (error) {
      if (error instanceof GitHubReleasesError) throw error;
      if (statusOf(error) === 304) budget.observe(responseHeaders(error), 304);
      if (statusOf(error) === 304) return { status: "not-modified" };
      const tooLarge = responseTooLarge(error);
      if (tooLarge) {
        budget.observe(tooLarge.headers, tooLarge.status);
        const etag = tooLarge.headers.etag;
        return { status: "too-large", maxBytes, ...(etag ? { etag } : {}) };
      }
      throw lookupError(options.repo, error, request);
    }
  });
}

export type TagRefLookup = { status: "not-modified" } | { status: "ok"; ref?: TagRef; etag?: string };

/** The most of one ref's answer read (GitHub's is ~300 bytes). */
const TAG_REF_MAX_BYTES = 64 * 1024;

/**
 * GET /repos/{owner}/{repo}/git/ref/tags/{tag}: that one tag's ref (no `ref` when there is none,
 * a 404), conditionally (If-None-Match): for a tag whose prefix so many other tags share that
 * their matching-refs list is too large to read.
 */
export async function getTagRef(options: Lookup & { tag: string; etag?: string }): Promise<TagRefLookup> {
  const budget = options.budget ?? unlimited();
  return limited(options, async () => {
    budget.spend();
    const request = `GET /repos/${options.repo}/git/ref/tags/${options.tag}`;
    try {
      const response = await options.client.rest.git.getRef({
        ...split(options.repo),
        ref: `tags/${options.tag}`,
        ...(options.etag ? { headers: { "if-none-match": options.etag } } : {}),
        ...own(TAG_REF_MAX_BYTES),
      });
      budget.observe(response.headers as Record<string, unknown>, response.status);
      const origin = { repo: options.repo, request, status: response.status };
      const { ref: name, object } = (response.data ?? {}) as { ref?: unknown; object?: { type?: unknown; sha?: unknown } };
      if (typeof name !== "string" || typeof object?.sha !== "string" || !SHA.test(object.sha)) {
        throw unreadableAnswer(origin, `got ${describeValue(response.data)}`, "tag ref");
      }
      const etag = response.headers.etag ? { etag: response.headers.etag } : {};
      // Only that tag: an answer naming another ref is not taken for it.
      if (name !== `refs/tags/${options.tag}`) return { status: "ok", ...etag };
      return { status: "ok", ref: { tag: options.tag, type: object.type === "tag" ? "tag" : "commit", sha: object.sha }, ...etag };
    } catch (error) {
      if (error instanceof GitHubReleasesError) throw error;
      if (statusOf(error) === 304) budget.observe(responseHeaders(error), 304);
      if (statusOf(error) === 304) return { status: "not-modified" };
      if (statusOf(error) === 404) return { status: "ok" };
      throw lookupError(options.repo, error, request);
    }
  });
}

/** The most of a repository's answer read (GitHub's is ~6 KB). */
const REPOSITORY_MAX_BYTES = 256 * 1024;

/** What watching needs of the repository a name answers for now. */
export type RepositoryFacts = { id: number; createdAt: string; htmlUrl: string };

/** GET /repos/{owner}/{repo}: its id, creation time and page (a 404 is that repository's error). */
export async function getRepositoryFacts(options: Lookup): Promise<RepositoryFacts> {
  const budget = options.budget ?? unlimited();
  return limited(options, async () => {
    budget.spend();
    const request = `GET /repos/${options.repo}`;
    try {
      const response = await options.client.rest.repos.get({ ...split(options.repo), ...own(REPOSITORY_MAX_BYTES) });
      budget.observe(response.headers as Record<string, unknown>, response.status);
      const data: unknown = response.data;
      const { id, created_at: createdAt, html_url: htmlUrl } = (data ?? {}) as { id?: unknown; created_at?: unknown; html_url?: unknown };
      // Short texts only: both go into a message.
      const text = (value: unknown, max: number): value is string => typeof value === "string" && value.length <= max;
      if (!Number.isSafeInteger(id) || !text(createdAt, 64) || Number.isNaN(Date.parse(createdAt)) || !text(htmlUrl, 1024)) {
        throw unreadableAnswer({ repo: options.repo, request, status: response.status }, `got ${describeValue(data)}`, "repository");
      }
      return { id: id as number, createdAt, htmlUrl };
    } catch (error) {
      if (error instanceof GitHubReleasesError) throw error;
      if (statusOf(error) === 304) budget.observe(responseHeaders(error), 304);
      const tooLarge = responseTooLarge(error);
      if (tooLarge) throw unreadableAnswer({ repo: options.repo, request, status: tooLarge.status }, `an answer over ${REPOSITORY_MAX_BYTES} bytes`, "repository");
      throw lookupError(options.repo, error, request);
    }
  });
}

/** The commit a tag ref names: itself for a lightweight tag, the tag object's target otherwise. */
export async function tagCommit(options: Lookup & { ref: TagRef }): Promise<string> {
  if (options.ref.type === "commit") return options.ref.sha;
  const budget = options.budget ?? unlimited();
  return limited(options, async () => {
    budget.spend();
    const request = `GET /repos/${options.repo}/git/tags/${options.ref.sha}`;
    try {
      const response = await options.client.rest.git.getTag({ ...split(options.repo), tag_sha: options.ref.sha, ...own() });
      budget.observe(response.headers as Record<string, unknown>, response.status);
      const sha: unknown = (response.data as { object?: { sha?: unknown } } | null)?.object?.sha;
      if (typeof sha !== "string" || !SHA.test(sha)) {
        throw unreadableAnswer({ repo: options.repo, request, status: response.status }, `its object is ${describeValue((response.data as { object?: unknown } | null)?.object)}`, "tag object");
      }
      return sha;
    } catch (error) {
      if (error instanceof GitHubReleasesError) throw error;
      if (statusOf(error) === 304) budget.observe(responseHeaders(error), 304);
      throw lookupError(options.repo, error, request);
    }
  });
}

function lookupError(repo: string, error: unknown, where: string): GitHubReleasesError {
  return releasesError(repo, error, new Date(), where);
}
