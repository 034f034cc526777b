import { type Lookup } from "./lookup.js";
import { type UpstreamRelease } from "./releases.js";
/** GET /repos/{owner}/{repo}/releases/{id}: the release, or undefined when it is gone (404). */
export declare function getRelease(options: Lookup & {
    id: number;
}): Promise<UpstreamRelease | undefined>;
/**
 * GET /repos/{owner}/{repo}/releases/tags/{tag}: the published release of that tag, or undefined
 * when there is none (404; GitHub answers no draft by tag).
 */
export declare function getReleaseByTag(options: Lookup & {
    tag: string;
}): Promise<UpstreamRelease | undefined>;
/** A tag and what its ref points at: a commit (lightweight tag) or a tag object (annotated). */
export type TagRef = {
    tag: string;
    type: "commit" | "tag";
    sha: string;
};
export type TagRefListing = {
    status: "not-modified";
} | {
    status: "ok";
    tags: Map<string, TagRef>;
    etag?: string;
}
/** The answer ran past maxBytes: not read on, nor parsed. Its ETag, to ask again conditionally. */
 | {
    status: "too-large";
    maxBytes: number;
    etag?: string;
};
/**
 * The most of a matching-refs answer read (about 13,000 tags of GitHub's ~300 bytes each): it is
 * not paged, so one prefix shared by a repository's many tags (nightlies, say) is one answer of
 * them all.
 */
export declare const TAG_REFS_MAX_BYTES: number;
/**
 * GET /repos/{owner}/{repo}/git/matching-refs/tags/{prefix}: every tag starting with `prefix`,
 * conditionally (If-None-Match), so an unchanged set of tags costs no rate limit. An answer over
 * `maxBytes` (default TAG_REFS_MAX_BYTES) is "too-large", read no further than that.
 */
export declare function listTagRefs(options: Lookup & {
    prefix: string;
    etag?: string;
    maxBytes?: number;
}): Promise<TagRefListing>;
export type TagRefLookup = {
    status: "not-modified";
} | {
    status: "ok";
    ref?: TagRef;
    etag?: string;
};
/**
 * GET /repos/{owner}/{repo}/git/ref/tags/{tag}: that one tag's ref (no `ref` when there is none,
 * a 404), conditionally (If-None-Match): for a tag whose prefix so many other tags share that
 * their matching-refs list is too large to read.
 */
export declare function getTagRef(options: Lookup & {
    tag: string;
    etag?: string;
}): Promise<TagRefLookup>;
/** What watching needs of the repository a name answers for now. */
export type RepositoryFacts = {
    id: number;
    createdAt: string;
    htmlUrl: string;
};
/** GET /repos/{owner}/{repo}: its id, creation time and page (a 404 is that repository's error). */
export declare function getRepositoryFacts(options: Lookup): Promise<RepositoryFacts>;
/** The commit a tag ref names: itself for a lightweight tag, the tag object's target otherwise. */
export declare function tagCommit(options: Lookup & {
    ref: TagRef;
}): Promise<string>;
