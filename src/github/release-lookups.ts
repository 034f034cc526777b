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
import type { GitHubRef } from "../generated/types.js";
import { validateGitHubRef, validateGitHubRefList, validateGitHubRepository, validateGitHubTagObject } from "../generated/validators/github-answers.js";
import { readAnswer, readAnswerList, unreadableAnswer } from "./answers.js";
import { OWN_RATE_LIMIT_WAIT } from "./client.js";
import { type Answer, type Lookup, lookup } from "./lookup.js";
import { readRelease, type UpstreamRelease } from "./releases.js";

/** The request options of a lookup: no more than `maxBytes` read, when given, and rate limits waited out by `lookup` alone. */
const own = (maxBytes?: number) => ({ request: { ...(maxBytes !== undefined ? { maxResponseBytes: maxBytes } : {}), [OWN_RATE_LIMIT_WAIT]: true } });

/** If-None-Match, when there is an ETag to ask with. */
const conditional = (etag: string | undefined) => (etag ? { headers: { "if-none-match": etag } } : {});

const etagOf = (answer: Answer): { etag?: string } => (answer.headers.etag ? { etag: answer.headers.etag } : {});

function split(repo: string): { owner: string; repo: string } {
  const [owner = "", name = ""] = repo.split("/");
  return { owner, repo: name };
}

/** GET /repos/{owner}/{repo}/releases/{id}: the release, or undefined when it is gone (404). */
export function getRelease(options: Lookup & { id: number }): Promise<UpstreamRelease | undefined> {
  return lookup<UpstreamRelease | undefined>(options, {
    request: `GET /repos/${options.repo}/releases/${options.id}`,
    send: () => options.client.rest.repos.getRelease({ ...split(options.repo), release_id: options.id, ...own() }),
    read: (answer, origin) => readRelease(answer.data, origin),
    notFound: () => undefined,
  });
}

/**
 * GET /repos/{owner}/{repo}/releases/tags/{tag}: the published release of that tag, or undefined
 * when there is none (404; GitHub answers no draft by tag).
 */
export function getReleaseByTag(options: Lookup & { tag: string }): Promise<UpstreamRelease | undefined> {
  return lookup<UpstreamRelease | undefined>(options, {
    request: `GET /repos/${options.repo}/releases/tags/${encodeURIComponent(options.tag)}`,
    send: () => options.client.rest.repos.getReleaseByTag({ ...split(options.repo), tag: options.tag, ...own() }),
    read: (answer, origin) => readRelease(answer.data, origin),
    notFound: () => undefined,
  });
}

/** A tag and what its ref points at: a commit (lightweight tag) or a tag object (annotated). */
export type TagRef = { tag: string; type: "commit" | "tag"; sha: string };

const tagRef = (tag: string, ref: GitHubRef): TagRef => ({ tag, type: ref.object.type === "tag" ? "tag" : "commit", sha: ref.object.sha });

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
export function listTagRefs(options: Lookup & { prefix: string; etag?: string; maxBytes?: number }): Promise<TagRefListing> {
  const maxBytes = options.maxBytes ?? TAG_REFS_MAX_BYTES;
  return lookup<TagRefListing>(options, {
    request: `GET /repos/${options.repo}/git/matching-refs/tags/${options.prefix}`,
    send: () =>
      options.client.rest.git.listMatchingRefs({ ...split(options.repo), ref: options.prefix ? `tags/${options.prefix}` : "tags", ...conditional(options.etag), ...own(maxBytes) }),
    read: (answer, origin) => {
      // Checked before use, as the releases are: the commits named here become event ids.
      const tags = new Map<string, TagRef>();
      for (const ref of readAnswerList(validateGitHubRefList, answer.data, origin, { what: "tags", item: "ref" })) {
        if (!ref.ref.startsWith("refs/tags/")) continue;
        const tag = ref.ref.slice("refs/tags/".length);
        tags.set(tag, tagRef(tag, ref));
      }
      return { status: "ok", tags, ...etagOf(answer) };
    },
    notModified: () => ({ status: "not-modified" }),
    tooLarge: (tooLarge) => ({ status: "too-large", maxBytes, ...(tooLarge.headers.etag ? { etag: tooLarge.headers.etag } : {}) }),
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
export function getTagRef(options: Lookup & { tag: string; etag?: string }): Promise<TagRefLookup> {
  return lookup<TagRefLookup>(options, {
    request: `GET /repos/${options.repo}/git/ref/tags/${options.tag}`,
    send: () => options.client.rest.git.getRef({ ...split(options.repo), ref: `tags/${options.tag}`, ...conditional(options.etag), ...own(TAG_REF_MAX_BYTES) }),
    read: (answer, origin) => {
      const ref = readAnswer(validateGitHubRef, answer.data, origin, { what: "tag ref", lead: "got" });
      // Only that tag: an answer naming another ref is not taken for it.
      if (ref.ref !== `refs/tags/${options.tag}`) return { status: "ok", ...etagOf(answer) };
      return { status: "ok", ref: tagRef(options.tag, ref), ...etagOf(answer) };
    },
    notModified: () => ({ status: "not-modified" }),
    notFound: () => ({ status: "ok" }),
  });
}

/** The most of a repository's answer read (GitHub's is ~6 KB). */
const REPOSITORY_MAX_BYTES = 256 * 1024;

/** What watching needs of the repository a name answers for now. */
export type RepositoryFacts = { id: number; createdAt: string; htmlUrl: string };

/** GET /repos/{owner}/{repo}: its id, creation time and page (a 404 is that repository's error). */
export function getRepositoryFacts(options: Lookup): Promise<RepositoryFacts> {
  return lookup<RepositoryFacts>(options, {
    request: `GET /repos/${options.repo}`,
    send: () => options.client.rest.repos.get({ ...split(options.repo), ...own(REPOSITORY_MAX_BYTES) }),
    read: (answer, origin) => {
      // Short texts only (the schema bounds them): both go into a message.
      const repository = readAnswer(validateGitHubRepository, answer.data, origin, { what: "repository", lead: "got" });
      return { id: repository.id, createdAt: repository.created_at, htmlUrl: repository.html_url };
    },
    tooLarge: (_, origin) => {
      throw unreadableAnswer(origin, `an answer over ${REPOSITORY_MAX_BYTES} bytes`, "repository");
    },
  });
}

/** The commit a tag ref names: itself for a lightweight tag, the tag object's target otherwise. */
export async function tagCommit(options: Lookup & { ref: TagRef }): Promise<string> {
  if (options.ref.type === "commit") return options.ref.sha;
  return lookup(options, {
    request: `GET /repos/${options.repo}/git/tags/${options.ref.sha}`,
    send: () => options.client.rest.git.getTag({ ...split(options.repo), tag_sha: options.ref.sha, ...own() }),
    read: (answer, origin) => readAnswer(validateGitHubTagObject, answer.data, origin, { what: "tag object", lead: "got" }).object.sha,
  });
}
