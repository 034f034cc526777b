import { type GitHubClient } from "./client.js";
import { RequestBudget } from "./request-budget.js";
import { RateLimitBackoff } from "./lookup.js";
import type { GitHubRelease } from "../generated/types.js";
import { type AnswerOrigin } from "./answers.js";
/** The fields of a GitHub release that watching needs. */
export type UpstreamRelease = {
    id: number;
    tagName: string;
    name: string | null;
    /** The notes, their first RELEASE_BODY_LIMIT characters (code points) when longer. */
    body: string | null;
    /** Characters of the notes past those `body` keeps, when it was cut. */
    bodyOmitted?: number;
    draft: boolean;
    prerelease: boolean;
    /** null for drafts. */
    publishedAt: string | null;
    /** GitHub's created_at: the date of the tagged commit, by which the listing is sorted. */
    createdAt: string;
    htmlUrl: string;
    /** The branch or commit SHA the release was created from (a SHA when a bot made it). */
    targetCommitish: string;
};
export type ListReleasesOptions = {
    client: GitHubClient;
    /** `owner/repo`. */
    repo: string;
    /** ETag of the first page from the previous poll: a 304 means nothing changed there. */
    etag?: string;
    /**
     * ETag of the second page from the previous poll. The listing is sorted by commit date, so a
     * release published today for an old commit lands below the first page and leaves its ETag
     * alone; when the first page answers 304, the second is asked too (another free 304).
     */
    deepEtag?: string;
    /**
     * The end of the listing at the previous poll (readListingEnd): asked conditionally when pages 1
     * and 2 answer 304, as a release published for an old commit lands deeper and moves only it.
     * Without `deepEtag`, only when it is page 2 (the empty page after a full first page).
     */
    end?: {
        page: number;
        etag: string;
    };
    /** Called with each page (newest first); true stops paging after this page. */
    isEnough: (page: UpstreamRelease[]) => boolean;
    /** Pages fetched at most (default 10, i.e. 1,000 releases). */
    maxPages?: number;
    backoff?: RateLimitBackoff;
    budget?: RequestBudget;
    /** The most of one answer read (default PAGE_MAX_BYTES). */
    maxPageBytes?: number;
};
export type ReleaseListing = {
    status: "not-modified";
    pages: 0;
    requests: number;
    githubTime?: Date;
} | {
    status: "ok";
    /**
     * GitHub's time (the `Date` header of the last answer read), when it sent one that reads
     * as a time: what a release's age is measured against, not the runner's clock.
     */
    githubTime?: Date;
    /** Newest first, as GitHub lists them (by creation date of the release's tag commit). */
    releases: UpstreamRelease[];
    /** ETag of the first page, for the next poll. */
    etag?: string;
    /** ETag of the second page (when there is one), for the next poll. */
    deepEtag?: string;
    pages: number;
    requests: number;
    /** maxPages was reached before isEnough said stop. */
    truncated: boolean;
    /** The last page was read: every release of the repository is in `releases`. */
    complete: boolean;
    /** With complete: the last page read, and how many releases the listing holds. */
    end?: ListingEnd;
    /** When not complete: the last page, as the last answer's Link header says. */
    lastPage?: number;
    /** The end page (options.end) was asked, had changed and is still the end: where the listing ends. */
    endSeen?: ListingEnd;
};
/**
 * The most of one answer of the releases listing read. GitHub's pages are far smaller (a release
 * of 100 assets is ~150 KB), but not bounded: 100 releases of 1,000 assets each are ~150 MB. A
 * page over it is read as pages of SMALL_PAGE, which fit unless a proxy or hostile server sent it.
 */
export declare const PAGE_MAX_BYTES: number;
/** Characters (code points) of a release's notes kept: as many as its event carries. */
export declare const RELEASE_BODY_LIMIT = 4000;
/** GET /repos/{owner}/{repo}/releases, page by page, until `isEnough` or the last page. */
export declare function listReleases(options: ListReleasesOptions): Promise<ReleaseListing>;
/**
 * The end of the listing: how many releases it holds, and the page the next release added at
 * its end would land on (the last page, or the empty one after it when the last is full).
 */
export type ListingEnd = {
    page: number;
    etag?: string;
    count: number; /** The last page's releases, when it was read. */
    releases?: UpstreamRelease[];
};
export type ReadListingEndOptions = Pick<ListReleasesOptions, "client" | "repo" | "backoff" | "budget" | "maxPageBytes"> & {
    /** The last page, as last seen (or as a Link header's `rel="last"` says). */
    page: number;
    /** That page's ETag, to ask it conditionally. */
    etag?: string;
};
/**
 * Where the listing ends now, from `page` on: the end page's ETag changes whenever a release is
 * added or deleted anywhere above it (every page below the change moves by one), so a poll that
 * keeps it knows, for one free 304, that nothing was added deeper than the pages it read; and
 * the count tells how many releases are below any one release read. `end` is absent when the
 * listing changed by pages faster than END_STEPS requests could follow.
 */
export declare function readListingEnd(options: ReadListingEndOptions): Promise<{
    status: "not-modified";
    requests: number;
} | {
    status: "ok";
    end?: ListingEnd;
    requests: number;
}>;
/** One page of 100 of the listing (GET /repos/{owner}/{repo}/releases?per_page=100&page=N), as it is now. */
export declare function listReleasesPage(options: Pick<ListReleasesOptions, "client" | "repo" | "backoff" | "budget" | "maxPageBytes"> & {
    page: number;
}): Promise<UpstreamRelease[]>;
export type ListReleasesBelowOptions = Pick<ListReleasesOptions, "client" | "repo" | "backoff" | "budget" | "maxPageBytes" | "isEnough"> & {
    /** The last release a poll read: the releases listed after it are wanted. */
    after: {
        id: number;
        createdAt: string;
    };
    /** The page it was on then (a guess: releases added or deleted above it since move it). */
    page: number;
    /** Pages read at most after it (the page it is on included when it holds some); looking for it takes FIND_STEPS more at most. */
    maxPages: number;
};
export type ReleasesBelow = {
    /** Listed after `after` (newest first), as far as read. */
    releases: UpstreamRelease[];
    /** The page the last of them is on. */
    page: number;
    requests: number;
    /** The last page was read. */
    complete: boolean;
    /** isEnough said stop. */
    enough: boolean;
    githubTime?: Date;
};
/**
 * The releases listed after `after`, read on from where a poll stopped: its page is found from
 * the guess by the commit dates the listing is sorted by (at most FIND_STEPS pages), then
 * the pages after it, until `isEnough`, the last page or `maxPages`.
 */
export declare function listReleasesBelow(options: ListReleasesBelowOptions): Promise<ReleasesBelow>;
export type ReleaseCheck = {
    status: "not-modified";
} | {
    status: "gone";
} | {
    status: "ok";
    release: UpstreamRelease;
    etag?: string;
};
/**
 * One release as it is now, by id (GET /repos/{owner}/{repo}/releases/{release_id}), asked with
 * `If-None-Match: <etag>` when given: a 304 (free against the rate limit) while it is unchanged;
 * "gone" for a 404 (deleted, or no longer visible to the token).
 */
export declare function checkRelease(options: Pick<ListReleasesOptions, "client" | "repo" | "backoff" | "budget"> & {
    id: number;
    etag?: string;
}): Promise<ReleaseCheck>;
/** The time a `Date` header says, or undefined when there is none or it does not read as one. */
export declare function headerDate(headers: Record<string, unknown> | undefined): Date | undefined;
/** The fields watching needs, from GitHub's release object. */
export declare function toUpstreamRelease(release: GitHubRelease): UpstreamRelease;
/**
 * A release as GitHub's answer holds it, checked before use (schemas/github-answers.schema.json,
 * GitHubRelease): an answer that is not one is that repository's error, not a crash.
 */
export declare function readRelease(value: unknown, origin: AnswerOrigin): UpstreamRelease;
export { type AnswerOrigin, describeValue, unreadableAnswer } from "./answers.js";
export { GitHubReleasesError, type RateLimitKind, releasesError, statusOf } from "./release-errors.js";
export { RateLimitBackoff, type RateLimitBackoffOptions } from "./lookup.js";
