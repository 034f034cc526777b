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
import type { GitHubClient } from "./client.js";
import { type ErrorShape, GitHubReleasesError, releasesError, statusOf } from "./release-errors.js";
import { RequestBudget } from "./request-budget.js";
import { clipText } from "../text-cut.js";
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

export type RateLimitBackoffOptions = {
  /** Longest total wait for rate limits in one poll, in seconds (default 60). */
  maxWaitSeconds?: number;
  /** Retries of one request after a rate limit (default 2). */
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (message: string) => void;
};

/**
 * Waits out rate limits, within one budget shared by every request of a poll, so a poll of
 * many repositories cannot stall a job for long. Beyond the budget the error is rethrown.
 */
export class RateLimitBackoff {
  waitedSeconds = 0;
  readonly #maxWait: number;
  readonly #maxRetries: number;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #log: (message: string) => void;

  constructor(options: RateLimitBackoffOptions = {}) {
    this.#maxWait = options.maxWaitSeconds ?? 60;
    this.#maxRetries = options.maxRetries ?? 2;
    this.#sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.#log = options.log ?? (() => {});
  }

  async run<T>(request: () => Promise<T>): Promise<T> {
    for (let retry = 0; ; retry++) {
      try {
        return await request();
      } catch (error) {
        const limit = error instanceof GitHubReleasesError ? error.rateLimit : undefined;
        if (!limit || retry >= this.#maxRetries) throw error;
        const seconds = Math.max(1, limit.retryAfterSeconds);
        if (this.waitedSeconds + seconds > this.#maxWait) throw error;
        this.#log(`${(error as Error).message} Waiting ${seconds} s before retrying.`);
        this.waitedSeconds += seconds;
        await this.#sleep(seconds * 1000);
      }
    }
  }
}

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

/** GET /repos/{owner}/{repo}/releases, page by page, until `isEnough` or the last page. */
export async function listReleases(options: ListReleasesOptions): Promise<ReleaseListing> {
  const [owner = "", repo = ""] = options.repo.split("/");
  const backoff = options.backoff ?? new RateLimitBackoff();
  const budget = options.budget ?? new RequestBudget({ maxRequests: Number.POSITIVE_INFINITY });
  const maxPages = Math.max(options.maxPages ?? 10, 1);
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
    return { releases, ...(answer.etag ? { etag: answer.etag } : {}), hasNext, ...(githubTime ? { date: githubTime } : {}) };
  };
  const notModified = (): ReleaseListing => ({ status: "not-modified", pages: 0, requests, ...(githubTime ? { githubTime } : {}) });
  let first = await fetchPage(1, options.etag);
  if (first === "not-modified") {
    if (!options.deepEtag) return notModified();
    const second = await fetchPage(2, options.deepEtag);
    if (second === "not-modified") return notModified();
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
  /** The end of page `page` as it is now: its last BOUNDARY_CHECK releases, or the whole page when those are all unseen. */
  const boundaryReleases = async (page: number): Promise<UpstreamRelease[]> => {
    const tail = await fetchPage((page * PER_PAGE) / BOUNDARY_CHECK, undefined, BOUNDARY_CHECK);
    if (tail === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
    const head = tail.releases[0];
    if (head === undefined || ids.has(head.id)) return tail.releases;
    const whole = await fetchPage(page, undefined);
    if (whole === "not-modified") throw new Error("GitHub answered 304 to a request without If-None-Match");
    return whole.releases;
  };
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
      const late = await boundaryReleases(page - 1);
      const unseen = late.filter((release) => !ids.has(release.id));
      for (const release of unseen) ids.add(release.id);
      releases.splice(boundary, 0, ...unseen);
    }
  }
  const complete = !response.hasNext;
  return {
    status: "ok",
    ...(githubTime ? { githubTime } : {}),
    releases,
    ...(etag ? { etag } : {}),
    ...(deepEtag ? { deepEtag } : {}),
    pages: page,
    requests,
    truncated: !complete && !enough,
    complete,
  };
}

type PageResponse = { releases: UpstreamRelease[]; etag?: string; hasNext: boolean; date?: Date };

/** The time a `Date` header says, or undefined when there is none or it does not read as one. */
export function headerDate(headers: Record<string, unknown> | undefined): Date | undefined {
  const text = headers?.date;
  if (typeof text !== "string") return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** The fields watching needs, from GitHub's release object. */
export function toUpstreamRelease(release: {
  id: number;
  tag_name: string;
  name: string | null;
  body?: string | null;
  draft: boolean;
  prerelease: boolean;
  published_at: string | null;
  created_at: string;
  html_url: string;
  target_commitish: string;
}): UpstreamRelease {
  return {
    id: release.id,
    tagName: release.tag_name,
    name: release.name,
    ...keptBody(release.body ?? null),
    draft: release.draft,
    prerelease: release.prerelease,
    publishedAt: release.published_at,
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
      request: { maxResponseBytes: request.maxBytes },
    });
    budget.observe(response.headers as Record<string, unknown>, response.status);
    const etag = response.headers.etag;
    const date = headerDate(response.headers as Record<string, unknown>);
    const where = { repo: `${owner}/${repo}`, request: `GET /repos/${owner}/${repo}/releases`, status: response.status };
    if (!Array.isArray(response.data)) throw unreadableAnswer(where, `got ${describeValue(response.data)} instead of a list`);
    return {
      releases: response.data.map((release: unknown, index: number) => readRelease(release, where, `release ${index}`)),
      ...(etag ? { etag } : {}),
      hasNext: /\brel="next"/.test(response.headers.link ?? ""),
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

/** Where an answer came from, for the error that says it was not what GitHub sends. */
export type AnswerOrigin = { repo: string; request: string; status: number };

/**
 * A release as GitHub's answer holds it, checked before use: an answer that is not one (a proxy's
 * page, a broken mirror) is that repository's error, not a crash or "GitHub is unreachable".
 */
export function readRelease(value: unknown, origin: AnswerOrigin, what = "the release"): UpstreamRelease {
  const release = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const text = (key: string) => typeof release[key] === "string";
  const textOrNull = (key: string) => release[key] === null || release[key] === undefined || text(key);
  const fine =
    typeof value === "object" &&
    value !== null &&
    Number.isSafeInteger(release.id) &&
    ["tag_name", "created_at", "html_url", "target_commitish"].every(text) &&
    ["name", "body", "published_at"].every(textOrNull) &&
    typeof release.draft === "boolean" &&
    typeof release.prerelease === "boolean";
  if (!fine) throw unreadableAnswer(origin, `${what} is ${describeValue(value)}`);
  return toUpstreamRelease(release as Parameters<typeof toUpstreamRelease>[0]);
}

export function unreadableAnswer(origin: AnswerOrigin, detail: string, what = "releases"): GitHubReleasesError {
  return new GitHubReleasesError({
    repo: origin.repo,
    status: origin.status,
    message: `GitHub answered ${origin.request} (${origin.status}) with something that is not GitHub's ${what}: ${detail}. Check GITHUB_API_URL and any proxy in between; it will be tried again on the next poll.`,
  });
}

export function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return clipText(text, 80, "...");
}

export { GitHubReleasesError, type RateLimitKind, releasesError, statusOf } from "./release-errors.js";
