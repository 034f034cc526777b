// One poll of every watched repository: list releases (conditionally, paging only as far as
// needed), pick the new ones, and turn them into upstream.release FlowEvents, oldest first.
// Repositories are polled one after another; one that fails is reported and the rest go on.
// After the rate limit is used up (and the bounded wait is spent) the remaining repositories
// are reported without being asked, since every request would fail the same way.
import type { FlowEvent } from "../contracts.js";
import type { GitHubClient } from "../github/client.js";
import {
  GitHubReleasesError,
  listReleases,
  RateLimitBackoff,
  type RateLimitBackoffOptions,
} from "../github/releases.js";
import type { StateStore } from "../state/types.js";
import type { WatchConfig } from "./config.js";
import { loadWatchCursor, saveWatchCursor, type WatchCursor } from "./cursor.js";
import { type UpstreamReleasePayload, upstreamReleaseFlowEvent } from "./release-event.js";
import { cursorChanged, nextCursor, reachedKnownReleases, selectNewReleases } from "./select.js";

export type WatchReport = {
  repo: string;
  status: "ok" | "not-modified" | "error";
  newReleases: number;
  message?: string;
  /** Pages of releases fetched (0 for a 304). */
  pages?: number;
  /** Rate-limit seconds waited during this repository's requests. */
  waitedSeconds?: number;
};

export type PollUpstreamReleasesOptions = {
  client: GitHubClient;
  store: StateStore;
  watches: WatchConfig[];
  now?: () => Date;
  log?: (message: string) => void;
  /** List what is new without saving cursors. */
  dryRun?: boolean;
  /** Pages of 100 releases fetched per repository at most (default 10). */
  maxPages?: number;
  /** Waiting out rate limits: total budget and retries (default 60 s, 2 retries). */
  rateLimit?: Omit<RateLimitBackoffOptions, "log">;
};

export type UpstreamReleaseEvent = FlowEvent<UpstreamReleasePayload>;

export type PollUpstreamReleasesResult = {
  /** New releases of every repository, oldest publication first. */
  events: UpstreamReleaseEvent[];
  /** One per watched repository, in configuration order. */
  reports: WatchReport[];
};

/** A poll whose cursors are not saved yet: watchAndDispatch saves them after dispatching. */
export type PendingPoll = PollUpstreamReleasesResult & {
  /** Cursors to save, by repository (only those that changed). */
  cursors: Map<string, WatchCursor>;
  /** Which repository each event came from, by event id. */
  repoOf: Map<string, string>;
};

/** Poll every watched repository and save where each poll left off (unless dryRun). */
export async function pollUpstreamReleases(options: PollUpstreamReleasesOptions): Promise<PollUpstreamReleasesResult> {
  const pending = await collectUpstreamReleases(options);
  if (!options.dryRun) await savePendingCursors(options.store, pending, new Set(), options.now);
  return { events: pending.events, reports: pending.reports };
}

/** The poll without saving anything. */
export async function collectUpstreamReleases(options: PollUpstreamReleasesOptions): Promise<PendingPoll> {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? (() => {});
  const backoff = new RateLimitBackoff({ ...options.rateLimit, log });
  const pending: PendingPoll = { events: [], reports: [], cursors: new Map(), repoOf: new Map() };
  let exhausted: GitHubReleasesError | undefined;
  for (const watch of options.watches) {
    if (exhausted) {
      pending.reports.push({
        repo: watch.repo,
        status: "error",
        newReleases: 0,
        message: `not polled: ${exhausted.message}`,
      });
      continue;
    }
    const waitedBefore = backoff.waitedSeconds;
    try {
      const polled = await pollRepository({ ...options, watch, backoff, at: now() });
      pending.reports.push(withWait(polled.report, backoff.waitedSeconds - waitedBefore));
      for (const event of polled.events) pending.repoOf.set(event.id, watch.repo);
      pending.events.push(...polled.events);
      if (polled.cursor) pending.cursors.set(watch.repo, polled.cursor);
    } catch (error) {
      // GitHub's answers arrive as GitHubReleasesError; anything else is local (the store).
      const reason =
        error instanceof GitHubReleasesError
          ? error.message
          : `polling ${watch.repo} failed: ${error instanceof Error ? error.message : String(error)}`;
      if (error instanceof GitHubReleasesError && error.rateLimit) exhausted = error;
      const message = `${reason} (${watch.repo} is watched by ${watch.origin}.)`;
      log(message);
      pending.reports.push(
        withWait({ repo: watch.repo, status: "error", newReleases: 0, message }, backoff.waitedSeconds - waitedBefore),
      );
    }
  }
  // Stable sort: releases published at the same time keep configuration order.
  pending.events.sort((a, b) => Date.parse(a.payload.publishedAt) - Date.parse(b.payload.publishedAt));
  return pending;
}

function withWait(report: WatchReport, seconds: number): WatchReport {
  return seconds > 0 ? { ...report, waitedSeconds: seconds } : report;
}

type RepositoryPoll = { report: WatchReport; events: UpstreamReleaseEvent[]; cursor?: WatchCursor };

async function pollRepository(
  options: PollUpstreamReleasesOptions & { watch: WatchConfig; backoff: RateLimitBackoff; at: Date },
): Promise<RepositoryPoll> {
  const { watch, at: now } = options;
  const cursor = await loadWatchCursor(options.store, watch.repo);
  const listing = await listReleases({
    client: options.client,
    repo: watch.repo,
    ...(cursor?.etag ? { etag: cursor.etag } : {}),
    isEnough: (page) => reachedKnownReleases(page, watch, cursor),
    ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    backoff: options.backoff,
  });
  if (listing.status === "not-modified") {
    return { report: { repo: watch.repo, status: "not-modified", newReleases: 0, pages: 0 }, events: [] };
  }
  const fresh = selectNewReleases(listing.releases, watch, cursor);
  const events = fresh.map((release) => upstreamReleaseFlowEvent({ repo: watch.repo, release, now }));
  const next = nextCursor({ repo: watch.repo, previous: cursor, releases: listing.releases, etag: listing.etag, now });
  const notes: string[] = [];
  if (!cursor) notes.push(`first poll (since ${describeSince(watch)})`);
  if (listing.truncated) {
    notes.push(`stopped after ${listing.pages} pages; older releases were not looked at (raise maxPages to look further)`);
  }
  if (events.length > 0) notes.push(`new: ${events.map((event) => event.payload.tag).join(", ")}`);
  const report: WatchReport = {
    repo: watch.repo,
    status: "ok",
    newReleases: events.length,
    pages: listing.pages,
    ...(notes.length > 0 ? { message: notes.join("; ") } : {}),
  };
  options.log?.(`${watch.repo}: ${events.length} new release(s)${report.message ? ` — ${report.message}` : ""}.`);
  return { report, events, ...(cursorChanged(cursor, next) ? { cursor: next } : {}) };
}

function describeSince(watch: WatchConfig): string {
  return watch.since.kind === "date" ? watch.since.date : watch.since.kind;
}

/** Save the cursors of every repository except those in `skip` (whose events did not all get handled). */
export async function savePendingCursors(
  store: StateStore,
  pending: PendingPoll,
  skip: ReadonlySet<string>,
  now: (() => Date) | undefined,
): Promise<void> {
  const clock = now ?? (() => new Date());
  for (const [repo, cursor] of pending.cursors) {
    if (!skip.has(repo)) await saveWatchCursor({ store, cursor, now: clock() });
  }
}
