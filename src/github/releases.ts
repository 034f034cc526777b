// Listing another repository's releases, cheaply and politely:
// - conditional requests: the first page is asked for with `If-None-Match: <etag>`; GitHub
//   answers 304 when nothing changed, and a 304 does not count against the rate limit
//   (https://docs.github.com/rest/using-the-rest-api/best-practices-for-using-the-rest-api#use-conditional-requests-if-appropriate);
// - pages of 100 (the maximum), newest first, followed through the `Link` header only until
//   the caller says it has reached releases it already knows;
// - rate limits (403/429 with `x-ratelimit-remaining: 0` or `retry-after`) are waited out
//   within a bounded budget, then reported as a typed error
//   (https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api);
// - every answer is read no further than PAGE_MAX_BYTES: a page of 100 releases over it (each
//   can hold 1,000 assets) is read again as ten pages of 10, and a page of 10 over it is no
//   answer of GitHub's; a release's notes are kept only as far as its event carries them.
import { type GitHubClient, OWN_RATE_LIMIT_WAIT } from "./client.js";
import { type ErrorShape, GitHubReleasesError, releasesError, statusOf } from "./release-errors.js";
import { RequestBudget } from "./request-budget.js";
import { lookup, RateLimitBackoff } from "./lookup.js";
import type { GitHubRelease } from "../generated/types.js";
import { validateGitHubRelease, validateGitHubReleasePage } from "../generated/validators/github-answers.js";
import { type AnswerOrigin, readAnswer, readAnswerList, unreadableAnswer } from "./answers.js";
import { responseTooLarge } from "./bounded-body.js";

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
  end?: { page: number; etag: string };
  /** Called with each page (newest first); true stops paging after this page. */
  isEnough: (page: UpstreamRelease[]) => boolean;
  /** Pages fetched at most (default 10, i.e. 1,000 releases). */
  maxPages?: number;
  backoff?: RateLimitBackoff;
  budget?: RequestBudget;
  /** The most of one answer read (default PAGE_MAX_BYTES). */
  maxPageBytes?: number;
};

export type ReleaseListing =
  | { status: "not-modified"; pages: 0; requests: number; githubTime?: Date }
  | {
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

const PER_PAGE = 100;
/** Releases per page when a page of PER_PAGE is too large to read (PER_PAGE is a multiple). */
const SMALL_PAGE = 10;
/**
 * The most of one answer of the releases listing read. GitHub's pages are far smaller (a release
 * of 100 assets is ~150 KB), but not bounded: 100 releases of 1,000 assets each are ~150 MB. A
 * page over it is read as pages of SMALL_PAGE, which fit unless a proxy or hostile server sent it.
 */
export const PAGE_MAX_BYTES = 32 * 1024 * 1024;
/** Characters (code points) of a release's notes kept: as many as its event carries. */
export const RELEASE_BODY_LIMIT = 4000;
/** Releases at the end of a page read again, after the next page, to find one a deletion moved across (PER_PAGE is a multiple). */
const BOUNDARY_CHECK = 10;
/** Pages read after any change, so the second page's ETag stays current for the next poll. */
const WATCHED_PAGES = 2;

type PageReader = {
  fetchPage: (page: number, etag: string | undefined, perPage?: number) => Promise<PageResponse | "not-modified">;
  requests: () => number;
  githubTime: () => Date | undefined;
};

/** Reads pages of the listing (conditionally, or as pages of SMALL_PAGE when one of PER_PAGE is too large), counting the requests. */
function pageReader(options: Pick<ListReleasesOptions, "client" | "repo" | "backoff" | "budget" | "maxPageBytes">): PageReader {
  const [owner = "", repo = ""] = options.repo.split("/");
  const backoff = options.backoff ?? new RateLimitBackoff();
  const budget = options.budget ?? new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
  const maxBytes = options.maxPageBytes ?? PAGE_MAX_BYTES;
  let requests = 0;
  let githubTime: Date | undefined;
  const fetchPage = async (page: number, etag: string | undefined, perPage = PER_PAGE): Promise<PageResponse | "not-modified"> => {
    requests++;
    const answer = await backoff.run(() => requestPage(options.client, { owner, repo, page, perPage, budget, maxBytes, ...(etag ? { etag } : {}) }));
    if (answer.date) githubTime = answer.date;
    if ("notModified" in answer) return "not-modified";
    if (!("tooLarge" in answer)) return answer;
    const where = { repo: options.repo, request: `GET /repos/${owner}/${repo}/releases?per_page=${perPage}&page=${page}`, status: answer.status };
    if (perPage !== PER_PAGE) throw unreadableAnswer(where, `an answer over ${maxBytes.toLocaleString("en-US")} bytes for ${perPage} releases`);
    // The same releases as pages of SMALL_PAGE; the big page's ETag is kept, so an unchanged
    // repository still answers the next poll's first request with a 304.
    const parts = PER_PAGE / SMALL_PAGE;
    const releases: UpstreamRelease[] = [];
    let hasNext = false;
    for (let part = 1; part <= parts; part++) {
      const piece = await fetchPage((page - 1) * parts + part, undefined, SMALL_PAGE);
      if (piece === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
      releases.push(...piece.releases);
      hasNext = piece.hasNext;
      if (!hasNext) break;
    }
    // Past its last small page, the big page has a next one exactly when the last small one did.
    return { releases, ...(answer.etag ? { etag: answer.etag } : {}), hasNext, ...(githubTime ? { date: githubTime } : {}) };
  };
  return { fetchPage, requests: () => requests, githubTime: () => githubTime };
}

/** GET /repos/{owner}/{repo}/releases, page by page, until `isEnough` or the last page. */
export async function listReleases(options: ListReleasesOptions): Promise<ReleaseListing> {
  const maxPages = Math.max(options.maxPages ?? 10, 1);
  const reader = pageReader(options);
  const { fetchPage } = reader;
  const notModified = (): ReleaseListing => ({ status: "not-modified", pages: 0, requests: reader.requests(), ...githubTimeOf(reader) });
  let first = await fetchPage(1, options.etag);
  let endSeen: ListingEnd | undefined;
  if (first === "not-modified") {
    // Without a second page, the end is asked only when it is page 2: the empty page after a full
    // first page, where a release that sorts last of all lands without changing page 1.
    const endPage = options.end && (options.deepEtag ? options.end.page > WATCHED_PAGES : options.end.page === WATCHED_PAGES) ? options.end : undefined;
    if (!options.deepEtag && !endPage) return notModified();
    const second = options.deepEtag ? await fetchPage(2, options.deepEtag) : "not-modified";
    if (second === "not-modified") {
      // Pages 1 and 2 as they were: a release published for an older commit still moves the end
      // of the listing (the page after it changes), another free 304 while it does not.
      if (!endPage) return notModified();
      const end = await fetchPage(endPage.page, endPage.etag);
      if (end === "not-modified") return notModified();
      // Still the last page, and not full: where the listing ends now, read already.
      if (!end.hasNext && end.releases.length > 0 && end.releases.length < PER_PAGE) {
        endSeen = { page: endPage.page, ...(end.etag ? { etag: end.etag } : {}), count: (endPage.page - 1) * PER_PAGE + end.releases.length, releases: end.releases };
      }
    }
    // Something changed below the first page: read from the top again, as on any change.
    first = await fetchPage(1, undefined);
    if (first === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
  }
  const releases: UpstreamRelease[] = [];
  const ids = new Set<number>();
  // A release published while the pages are read moves the last of one page to the top of the
  // next: listed twice (or twice on one page), it would be handed over twice.
  const add = (page: readonly UpstreamRelease[]): void => {
    for (const release of page) {
      if (ids.has(release.id)) continue;
      ids.add(release.id);
      releases.push(release);
    }
  };
  add(first.releases);
  const etag = first.etag;
  let deepEtag: string | undefined;
  let response: PageResponse = first;
  let enough = options.isEnough(first.releases);
  let page = 1;
  while (response.hasNext && page < maxPages && (!enough || page < WATCHED_PAGES)) {
    const collecting = !enough;
    page++;
    const boundary = releases.length;
    const next = await fetchPage(page, undefined);
    if (next === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
    response = next;
    if (page === 2) deepEtag = next.etag;
    add(next.releases);
    enough ||= options.isEnough(next.releases);
    // A release deleted above this page since the one before was read moved the first of this
    // page to the end of the one before: read by neither. While the pages are still needed, the
    // end of the page before is read again (10 releases; all 100 when those 10 are all unseen,
    // so more moved) and what it holds that was not listed yet is put in its place.
    if (collecting) {
      const late = await boundaryReleases(reader, page - 1, ids);
      const unseen = late.filter((release) => !ids.has(release.id));
      for (const release of unseen) ids.add(release.id);
      releases.splice(boundary, 0, ...unseen);
    }
  }
  const complete = !response.hasNext;
  return {
    status: "ok",
    ...githubTimeOf(reader),
    releases,
    ...(etag ? { etag } : {}),
    ...(deepEtag ? { deepEtag } : {}),
    pages: page,
    requests: reader.requests(),
    truncated: !complete && !enough,
    complete,
    ...(complete ? { end: { page, ...(response.etag ? { etag: response.etag } : {}), count: (page - 1) * PER_PAGE + response.releases.length, releases: response.releases } } : {}),
    ...(!complete && response.lastPage ? { lastPage: response.lastPage } : {}),
    ...(endSeen ? { endSeen } : {}),
  };
}

const githubTimeOf = (reader: PageReader): { githubTime?: Date } => {
  const time = reader.githubTime();
  return time ? { githubTime: time } : {};
};

/** The end of page `page` as it is now: its last BOUNDARY_CHECK releases, or the whole page when those are all unseen. */
async function boundaryReleases(reader: PageReader, page: number, ids: ReadonlySet<number>): Promise<UpstreamRelease[]> {
  const tail = await reader.fetchPage((page * PER_PAGE) / BOUNDARY_CHECK, undefined, BOUNDARY_CHECK);
  if (tail === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
  const head = tail.releases[0];
  if (head === undefined || ids.has(head.id)) return tail.releases;
  const whole = await reader.fetchPage(page, undefined);
  if (whole === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
  return whole.releases;
}

/**
 * The end of the listing: how many releases it holds, and the page the next release added at
 * its end would land on (the last page, or the empty one after it when the last is full).
 */
export type ListingEnd = { page: number; etag?: string; count: number; /** The last page's releases, when it was read. */ releases?: UpstreamRelease[] };

/** Requests readListingEnd makes at most (the listing grew or shrank by pages since `page` was its end). */
const END_STEPS = 6;

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
export async function readListingEnd(options: ReadListingEndOptions): Promise<{ status: "not-modified"; requests: number } | { status: "ok"; end?: ListingEnd; requests: number }> {
  const reader = pageReader(options);
  let page = Math.max(options.page, 1);
  let etag = options.etag;
  let empty: { page: number; etag?: string } | undefined;
  for (let step = 0; step < END_STEPS; step++) {
    const answer = await reader.fetchPage(page, etag);
    if (answer === "not-modified") return { status: "not-modified", requests: reader.requests() };
    etag = undefined;
    const ok = (end: ListingEnd) => ({ status: "ok" as const, end, requests: reader.requests() });
    if (answer.hasNext) {
      page = answer.lastPage !== undefined && answer.lastPage > page ? answer.lastPage : page + 1;
      continue;
    }
    const count = answer.releases.length;
    if (count === 0 && page > 1) {
      // Past the end: it shrank.
      empty = { page, ...(answer.etag ? { etag: answer.etag } : {}) };
      page -= 1;
      continue;
    }
    if (count < PER_PAGE) return ok({ page, ...(answer.etag ? { etag: answer.etag } : {}), count: (page - 1) * PER_PAGE + count, releases: answer.releases });
    // A full last page stays as it is when a release is added below it: the empty page after it is the one that changes.
    if (empty?.page === page + 1) return ok({ page: page + 1, ...(empty.etag ? { etag: empty.etag } : {}), count: page * PER_PAGE });
    page += 1;
  }
  return { status: "ok", requests: reader.requests() };
}

/** One page of 100 of the listing (GET /repos/{owner}/{repo}/releases?per_page=100&page=N), as it is now. */
export async function listReleasesPage(options: Pick<ListReleasesOptions, "client" | "repo" | "backoff" | "budget" | "maxPageBytes"> & { page: number }): Promise<UpstreamRelease[]> {
  const answer = await pageReader(options).fetchPage(Math.max(options.page, 1), undefined);
  if (answer === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
  return answer.releases;
}

export type ListReleasesBelowOptions = Pick<ListReleasesOptions, "client" | "repo" | "backoff" | "budget" | "maxPageBytes" | "isEnough"> & {
  /** The last release a poll read: the releases listed after it are wanted. */
  after: { id: number; createdAt: string };
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

/** Probes of pages around the guess for the release a poll stopped at. */
const FIND_STEPS = 4;

/**
 * The releases listed after `after`, read on from where a poll stopped: its page is found from
 * the guess by the commit dates the listing is sorted by (at most FIND_STEPS pages), then
 * the pages after it, until `isEnough`, the last page or `maxPages`.
 */
export async function listReleasesBelow(options: ListReleasesBelowOptions): Promise<ReleasesBelow> {
  const reader = pageReader(options);
  const after = Date.parse(options.after.createdAt);
  const createdAt = (release: UpstreamRelease): number => Date.parse(release.createdAt);
  let page = Math.max(options.page, 1);
  let read = 0;
  let found: { page: number; response: PageResponse; index: number } | undefined;
  for (let step = 0; step < FIND_STEPS; step++) {
    const answer = await reader.fetchPage(page, undefined);
    if (answer === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
    const index = answer.releases.findIndex((release) => release.id === options.after.id);
    const first = answer.releases[0];
    const last = answer.releases.at(-1);
    if (index >= 0) found = { page, response: answer, index };
    else if (first === undefined || createdAt(first) < after) {
      // Past it (or past the end): it is on an earlier page.
      if (page > 1) {
        page -= 1;
        continue;
      }
      found = { page, response: answer, index: -1 };
    } else if (last && createdAt(last) > after && answer.hasNext) {
      page += 1;
      continue;
    } else {
      // Deleted since: what sorts after its commit date.
      found = { page, response: answer, index: answer.releases.findIndex((release) => createdAt(release) <= after) - 1 };
      if (found.index === -2) found.index = answer.releases.length - 1;
    }
    break;
  }
  if (!found) return { releases: [], page, requests: reader.requests(), complete: false, enough: false, ...githubTimeOf(reader) };
  const ids = new Set<number>([options.after.id]);
  const releases: UpstreamRelease[] = [];
  const add = (items: readonly UpstreamRelease[]): void => {
    for (const release of items) {
      if (ids.has(release.id)) continue;
      ids.add(release.id);
      releases.push(release);
    }
  };
  // What was listed up to it was read before: known, not added.
  for (const release of found.response.releases.slice(0, found.index + 1)) ids.add(release.id);
  add(found.response.releases.slice(found.index + 1));
  page = found.page;
  // The page it was found on counts as read when it holds releases after it.
  read = releases.length > 0 ? 1 : 0;
  let response = found.response;
  let enough = releases.length > 0 && options.isEnough(releases);
  while (response.hasNext && read < options.maxPages && !enough) {
    page++;
    const boundary = releases.length;
    const next = await reader.fetchPage(page, undefined);
    read++;
    if (next === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
    response = next;
    add(next.releases);
    enough = options.isEnough(next.releases);
    const late = await boundaryReleases(reader, page - 1, ids);
    const unseen = late.filter((release) => !ids.has(release.id) && createdAt(release) <= after);
    for (const release of unseen) ids.add(release.id);
    releases.splice(boundary, 0, ...unseen);
  }
  return { releases, page, requests: reader.requests(), complete: !response.hasNext, enough, ...githubTimeOf(reader) };
}

export type ReleaseCheck = { status: "not-modified" } | { status: "gone" } | { status: "ok"; release: UpstreamRelease; etag?: string };

/**
 * One release as it is now, by id (GET /repos/{owner}/{repo}/releases/{release_id}), asked with
 * `If-None-Match: <etag>` when given: a 304 (free against the rate limit) while it is unchanged;
 * "gone" for a 404 (deleted, or no longer visible to the token).
 */
export function checkRelease(options: Pick<ListReleasesOptions, "client" | "repo" | "backoff" | "budget"> & { id: number; etag?: string }): Promise<ReleaseCheck> {
  const [owner = "", repo = ""] = options.repo.split("/");
  return lookup<ReleaseCheck>(options, {
    request: `GET /repos/${owner}/${repo}/releases/${options.id}`,
    send: () =>
      options.client.rest.repos.getRelease({
        owner,
        repo,
        release_id: options.id,
        ...(options.etag ? { headers: { "if-none-match": options.etag } } : {}),
        request: { maxResponseBytes: PAGE_MAX_BYTES, [OWN_RATE_LIMIT_WAIT]: true },
      }),
    read: (answer, origin) => ({ status: "ok", release: readRelease(answer.data, origin), ...(answer.headers.etag ? { etag: answer.headers.etag } : {}) }),
    notModified: () => ({ status: "not-modified" }),
    notFound: () => ({ status: "gone" }),
  });
}

type PageResponse = { releases: UpstreamRelease[]; etag?: string; hasNext: boolean; lastPage?: number; date?: Date };

/** The page a `Link` header names `rel="last"`. */
function lastPageOf(link: string | undefined): { lastPage?: number } {
  for (const part of (link ?? "").split(",")) {
    if (!/\brel="last"/.test(part)) continue;
    const page = Number(/[?&]page=(\d+)/.exec(part)?.[1]);
    if (Number.isSafeInteger(page) && page > 0) return { lastPage: page };
  }
  return {};
}

/** The time a `Date` header says, or undefined when there is none or it does not read as one. */
export function headerDate(headers: Record<string, unknown> | undefined): Date | undefined {
  const text = headers?.date;
  if (typeof text !== "string") return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** The fields watching needs, from GitHub's release object. */
export function toUpstreamRelease(release: GitHubRelease): UpstreamRelease {
  return {
    id: release.id,
    tagName: release.tag_name,
    name: release.name ?? null,
    ...keptBody(release.body ?? null),
    draft: release.draft,
    prerelease: release.prerelease,
    publishedAt: release.published_at ?? null,
    createdAt: release.created_at,
    htmlUrl: release.html_url,
    targetCommitish: release.target_commitish,
  };
}

/**
 * The notes as far as an event carries them (RELEASE_BODY_LIMIT characters), and how many were
 * left out: a listing of 1,000 releases of GitHub's 125,000 characters each holds 4 MB, not 125.
 * Copied out by join, so the kept text does not hold on to the whole (a slice would).
 */
function keptBody(body: string | null): { body: string | null; bodyOmitted?: number } {
  if (body === null || body.length <= RELEASE_BODY_LIMIT) return { body };
  const characters = Array.from(body);
  if (characters.length <= RELEASE_BODY_LIMIT) return { body };
  return { body: characters.slice(0, RELEASE_BODY_LIMIT).join(""), bodyOmitted: characters.length - RELEASE_BODY_LIMIT };
}

async function requestPage(
  client: GitHubClient,
  request: { owner: string; repo: string; page: number; perPage: number; etag?: string; budget: RequestBudget; maxBytes: number },
): Promise<PageResponse | { notModified: true; date?: Date } | { tooLarge: true; status: number; etag?: string; date?: Date }> {
  const { owner, repo, page, budget } = request;
  budget.spend();
  try {
    const response = await client.rest.repos.listReleases({
      owner,
      repo,
      per_page: request.perPage,
      // The first page is always asked for the same way, so its ETag stays comparable.
      ...(page > 1 ? { page } : {}),
      ...(request.etag ? { headers: { "if-none-match": request.etag } } : {}),
      // Rate limits are waited out by RateLimitBackoff alone, within the poll's budget (not by the client too).
      request: { maxResponseBytes: request.maxBytes, [OWN_RATE_LIMIT_WAIT]: true },
    });
    budget.observe(response.headers as Record<string, unknown>, response.status);
    const etag = response.headers.etag;
    const date = headerDate(response.headers as Record<string, unknown>);
    const where = { repo: `${owner}/${repo}`, request: `GET /repos/${owner}/${repo}/releases`, status: response.status };
    return {
      releases: readReleasePage(response.data, where),
      ...(etag ? { etag } : {}),
      hasNext: /\brel="next"/.test(response.headers.link ?? ""),
      ...lastPageOf(response.headers.link),
      ...(date ? { date } : {}),
    };
  } catch (error) {
    if (error instanceof GitHubReleasesError) throw error;
    const tooLarge = responseTooLarge(error);
    if (tooLarge) {
      budget.observe(tooLarge.headers, tooLarge.status);
      const date = headerDate(tooLarge.headers);
      return { tooLarge: true, status: tooLarge.status, ...(tooLarge.headers.etag ? { etag: tooLarge.headers.etag } : {}), ...(date ? { date } : {}) };
    }
    // Only a 304's headers: a refusal's `remaining: 0` is waited out by the backoff, then stale.
    if (statusOf(error) === 304) budget.observe((error as ErrorShape | null)?.response?.headers, 304);
    if (statusOf(error) === 304) {
      const date = headerDate((error as ErrorShape | null)?.response?.headers);
      return { notModified: true, ...(date ? { date } : {}) };
    }
    throw releasesError(`${owner}/${repo}`, error, new Date(), `GET /repos/${owner}/${repo}/releases`);
  }
}

/**
 * A release as GitHub's answer holds it, checked before use (schemas/github-answers.schema.json,
 * GitHubRelease): an answer that is not one is that repository's error, not a crash.
 */
export function readRelease(value: unknown, origin: AnswerOrigin): UpstreamRelease {
  return toUpstreamRelease(readAnswer(validateGitHubRelease, value, origin, { what: "releases", lead: "the release is" }));
}

/** A page of the listing, checked as a whole (GitHubReleasePage): the first release that is not one is named by its place. */
function readReleasePage(value: unknown, origin: AnswerOrigin): UpstreamRelease[] {
  return readAnswerList(validateGitHubReleasePage, value, origin, { what: "releases", item: "release" }).map(toUpstreamRelease);
}

export { type AnswerOrigin, describeValue, unreadableAnswer } from "./answers.js";
export { GitHubReleasesError, type RateLimitKind, releasesError, statusOf } from "./release-errors.js";
export { RateLimitBackoff, type RateLimitBackoffOptions } from "./lookup.js";
