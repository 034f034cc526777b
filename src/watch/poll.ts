// One poll of every watched repository: each repository in turn (see poll-repository.ts), in
// a rotating order, within a request budget. A repository that fails is reported and the rest
// go on. When the budget is spent, the rate limit runs low or GitHub refuses for it, or GitHub
// cannot be reached at all, the poll stops and the repositories it did not reach are polled
// first by the next poll (rotation.ts).
import type { FlowEvent } from "../contracts.js";
import type { GitHubClient } from "../github/client.js";
import { logText } from "../log-text.js";
import { GitHubReleasesError, RateLimitBackoff, type RateLimitBackoffOptions } from "../github/releases.js";
import { RequestBudget, RequestBudgetExhausted, type RequestBudgetOptions } from "../github/request-budget.js";
import type { StateStore } from "../state/types.js";
import type { WatchConfig } from "./config.js";
import { clockDisagreement, type ReleaseClock } from "./age.js";
import { droppedRedeliveriesNote, droppedReleaseRedeliveriesNote, keepNewestRedeliverEvents, keepNewestRedeliverTags, moveForeignCursor, readWatchCursor, readWatchCursorRecord, recoverWatchCursor, saveWatchCursor, type WatchCursor } from "./cursor.js";
import { pollRepository, type WatchReport } from "./poll-repository.js";
import type { UpstreamReleasePayload } from "./release-event.js";
import { loadWatchRotation, rotate, saveWatchRotation, type WatchRotation } from "./rotation.js";
import { formatAge } from "./status.js";
import { foreignCursorNote, watchFilterText } from "./watch-filter.js";
import { matchesTag } from "./tag-pattern.js";

export type { DroppedReport, HeldReport, WatchReport } from "./poll-repository.js";

/**
 * Repositories in a row whose requests GitHub answered with a 5xx (each after the client's own
 * retries) that stop a poll: GitHub, or a proxy in between, is failing, and each further
 * repository would cost the same retries and waits for the same answer.
 */
export const SERVER_ERRORS_IN_A_ROW = 3;

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
  /** Requests per poll (default 300) and rate limit kept for the rest of the job (default 100). */
  budget?: RequestBudgetOptions;
};

export type UpstreamReleaseEvent = FlowEvent<UpstreamReleasePayload>;

/** What one poll cost, and whether it stopped before every repository was asked. */
export type WatchRequestReport = {
  requests: number;
  /** Of which answered 304 (free against the rate limit). */
  notModified: number;
  maxRequests: number;
  /** GitHub's x-ratelimit-remaining after the last request. */
  rateRemaining?: number;
  stopped?: { reason: string; notPolled: number; nextRepo: string };
};

export type PollUpstreamReleasesResult = {
  /** New releases (and, with updates=true, changes) of every repository, oldest first. */
  events: FlowEvent[];
  /** One per watched repository, in configuration order. */
  reports: WatchReport[];
  requests: WatchRequestReport;
  /** GitHub's clock and the runner's differed by more than 5 minutes (the first repository where they did). */
  clocks?: ClockDisagreement;
};

/** GitHub's time (an answer's Date header) and the runner's, when they disagree. */
export type ClockDisagreement = {
  repo: string;
  github: string;
  runner: string;
  /** GitHub's time minus the runner's (negative: GitHub's is behind). */
  githubAheadSeconds: number;
  /** The warning the poll logged, once. */
  message: string;
};

/** A poll whose cursors are not saved yet: watchAndDispatch saves them after dispatching. */
export type PendingPoll = PollUpstreamReleasesResult & {
  /** Cursors to save, by repository (only those that changed). */
  cursors: Map<string, WatchCursor>;
  /** The filter (watchFilterText) of each repository's watch polled: which of its cursors it reads and saves (absent: the cursor's own `filter`). */
  filters?: Map<string, string>;
  /** The place each poll started from, when reading salvaged it or recovered it from the store: saved instead when its dispatch fails. */
  startedFrom?: Map<string, WatchCursor>;
  /** Which repository each event came from, by event id. */
  repoOf: Map<string, string>;
  /** What this poll delivered again, by repository (the lists of the cursor it started from). */
  redelivered?: Map<string, Redeliveries>;
  /** Where the next poll starts, when that changed. */
  rotation?: WatchRotation;
};

/** Poll every watched repository and save where each poll left off (unless dryRun). */
export async function pollUpstreamReleases(options: PollUpstreamReleasesOptions): Promise<PollUpstreamReleasesResult> {
  const pending = await collectUpstreamReleases(options);
  if (!options.dryRun) await savePendingCursors(options.store, pending, new Set(), options.now, new Map(), (message) => options.log?.(logText(message)));
  return { events: pending.events, reports: pending.reports, requests: pending.requests, ...(pending.clocks ? { clocks: pending.clocks } : {}) };
}

/** The poll without saving anything. */
export async function collectUpstreamReleases(options: PollUpstreamReleasesOptions): Promise<PendingPoll> {
  const now = options.now ?? (() => new Date());
  // Each message is one log line, and quotes tags and GitHub's error texts: escaped, so none can
  // start a line of its own (a workflow command, in a job log).
  const log = (message: string): void => options.log?.(logText(message));
  const backoff = new RateLimitBackoff({ ...options.rateLimit, log });
  const budget = new RequestBudget(options.budget);
  const rotation = await loadWatchRotation(options.store);
  const byRepo = new Map<string, WatchReport>();
  const pending: PendingPoll = {
    events: [],
    reports: [],
    cursors: new Map(),
    filters: new Map(),
    startedFrom: new Map(),
    repoOf: new Map(),
    requests: { requests: 0, notModified: 0, maxRequests: budget.max },
  };
  let stop: { reason: string; at: string } | undefined;
  let notPolled = 0;
  // The repositories just polled that GitHub answered with a 5xx, and the statuses.
  let failing: { repo: string; status: number }[] = [];
  for (const watch of rotate(options.watches, rotation.next)) {
    if (stop) {
      notPolled++;
      // Not "polled first next time": the next poll starts with the repository the poll stopped at.
      byRepo.set(watch.repo, { repo: watch.repo, status: "not-polled", newReleases: 0, message: `not polled (the poll stopped at ${stop.at}, where the next one starts): ${stop.reason}` });
      continue;
    }
    const waitedBefore = backoff.waitedSeconds;
    const usedBefore = budget.used;
    try {
      // This watch's own cursor: two watches of one repository with different filters (two
      // workflows sharing the store) each keep their place (watchCursorEventId).
      const filter = watchFilterText(watch);
      const read = await readWatchCursor(options.store, watch.repo, filter);
      const stored = read.cursor;
      // Said once, by the poll that reads it: its save leaves the cursor as read now. A dry run
      // saves nothing, so each dry run reads the same damage: it says so as a standing state.
      const leftOut = options.dryRun ? read.leftOutDryRun : read.leftOut;
      if (leftOut) log(`${watch.repo}: ${leftOut}.`);
      const recovered = stored ? undefined : await recoverWatchCursor(options.store, watch.repo, filter === "" ? undefined : (release) => takesRelease(watch, release));
      if (recovered) log(`${watch.repo}: ${recovered.note}.`);
      const cursor = stored ?? recovered?.cursor;
      const foreign = read.foreign ? foreignCursorNote(watch.repo, read.foreign.filter, filter) : undefined;
      if (foreign) log(`${watch.repo}: ${foreign}.`);
      const poll = () => pollRepository({ ...options, watch, cursor, backoff, budget, now: now(), log });
      const polled = usedBefore === 0 ? await budget.exempt(poll) : await poll();
      if (recovered) polled.report.message = polled.report.message ? `${recovered.note}; ${polled.report.message}` : recovered.note;
      if (leftOut) polled.report.message = polled.report.message ? `${leftOut}; ${polled.report.message}` : leftOut;
      if (foreign) polled.report.message = polled.report.message ? `${foreign}; ${polled.report.message}` : foreign;
      byRepo.set(watch.repo, withWait(polled.report, backoff.waitedSeconds - waitedBefore));
      for (const event of polled.events) pending.repoOf.set(event.id, watch.repo);
      pending.events.push(...polled.events);
      pending.filters?.set(watch.repo, filter);
      // Salvaged or cut on reading (or taken up from the unfiltered record), it is saved even when GitHub answers 304: else every run pays for reading (and salvaging) it again.
      const next = polled.cursor ?? (read.changed ? stored : undefined);
      if (next) pending.cursors.set(watch.repo, { ...next, filter });
      // What a repository whose dispatch fails saves instead (savePendingCursors): the place the
      // poll started from, as read, so the next poll does not salvage or recover it again and say
      // so as news. Its releases are listed again by the next poll, as the place did not move.
      const startedFrom = read.changed ? stored : recovered?.cursor;
      if (startedFrom) pending.startedFrom?.set(watch.repo, { ...startedFrom, filter });
      failing = [];
      if (!pending.clocks) {
        const clocks = disagreement(watch.repo, polled.clock);
        if (clocks) {
          pending.clocks = clocks;
          log(clocks.message);
        }
      }
      if (cursor?.redeliver || cursor?.redeliverEvents) {
        pending.redelivered ??= new Map();
        pending.redelivered.set(watch.repo, { tags: new Set(cursor.redeliver), events: new Set(cursor.redeliverEvents) });
      }
    } catch (error) {
      const requests = budget.used - usedBefore;
      if (error instanceof RequestBudgetExhausted) {
        stop = { reason: error.message, at: watch.repo };
        notPolled++;
        byRepo.set(watch.repo, { repo: watch.repo, status: "not-polled", newReleases: 0, requests, message: `not polled: ${error.message}; it is polled first next time` });
        log(`Stopping this poll: ${error.message}. ${watch.repo} and the repositories after it are polled first next time.`);
        continue;
      }
      // GitHub's answers arrive as GitHubReleasesError; anything else is local (the store).
      const reason =
        error instanceof GitHubReleasesError
          ? error.message
          : `polling ${watch.repo} failed: ${error instanceof Error ? error.message : String(error)}`;
      if (error instanceof GitHubReleasesError && (error.rateLimit || error.unreachable)) stop = { reason: error.message, at: watch.repo };
      const status = error instanceof GitHubReleasesError ? error.status : undefined;
      failing = status !== undefined && status >= 500 ? [...failing, { repo: watch.repo, status }] : [];
      if (!stop && failing.length >= SERVER_ERRORS_IN_A_ROW) {
        const statuses = [...new Set(failing.map((item) => item.status))].join(", ");
        stop = {
          reason: `GitHub answered ${statuses} for ${failing.length} repositories in a row (${failing.map((item) => item.repo).join(", ")}): GitHub, or a proxy in between, is failing`,
          at: watch.repo,
        };
        log(`Stopping this poll: ${stop.reason}. ${watch.repo} and the repositories after it are polled first next time.`);
      }
      const message = `${reason} (${watch.repo} is watched by ${watch.origin}.)`;
      log(message);
      byRepo.set(watch.repo, withWait({ repo: watch.repo, status: "error", newReleases: 0, requests, message }, backoff.waitedSeconds - waitedBefore));
    }
  }
  pending.events = withoutRenamedTwins(pending, options.watches, byRepo, log);
  pending.reports = options.watches.map((watch) => byRepo.get(watch.repo) as WatchReport);
  // Stable sort: events of the same time keep configuration order.
  pending.events.sort((a, b) => Date.parse(a.occurredAt ?? a.receivedAt ?? "") - Date.parse(b.occurredAt ?? b.receivedAt ?? ""));
  pending.requests = {
    requests: budget.used,
    notModified: budget.notModified,
    maxRequests: budget.max,
    ...(budget.rateRemaining !== undefined ? { rateRemaining: budget.rateRemaining } : {}),
    ...(stop ? { stopped: { reason: stop.reason, notPolled, nextRepo: stop.at } } : {}),
  };
  const next = stop?.at.toLowerCase();
  if (next !== rotation.next) pending.rotation = next ? { next, reason: stop?.reason ?? "" } : {};
  return pending;
}

/**
 * GitHub's clock and the runner's, when they differ by more than CLOCK_DISAGREEMENT_MS: said once
 * per poll (the first repository where they do), naming both times. Releases are held until they
 * are old enough on both clocks, so either clock being wrong only holds them longer.
 */
function disagreement(repo: string, clock: ReleaseClock): ClockDisagreement | undefined {
  const ahead = clockDisagreement(clock);
  if (ahead === undefined || !clock.github) return undefined;
  const github = clock.github.toISOString();
  const runner = clock.runner.toISOString();
  const gap = formatAge(Math.abs(ahead) / 1000);
  const message =
    `GitHub's time and this runner's clock disagree by ${gap}: GitHub's answer for ${repo} was dated ${github}, the runner's clock said ${runner}. ` +
    `min-age counts a release old enough only when it is on both clocks, so releases may be held up to ${gap} longer than min-age until they agree. ` +
    `Check the runner's clock (NTP), or a proxy between it and GitHub that sets its own Date header.`;
  return { repo, github, runner, githubAheadSeconds: Math.round(ahead / 1000), message };
}

/** `https://github.com/OpenAI/Codex/releases/tag/x` → `OpenAI/Codex`. */
function repoOfReleaseUrl(url: unknown): string | undefined {
  return typeof url === "string" ? /^https?:\/\/[^/]+\/([^/]+\/[^/]+)\/releases\//.exec(url)?.[1] : undefined;
}

/**
 * A repository renamed or transferred answers under its old name too (GitHub redirects), and
 * its releases name the new one. Watched under both names, each release would be handed over
 * twice, under two ids: the entry with the old name hands over none, and says to remove it. A
 * repository watched only under its old name is noted as renamed; its ids keep that name.
 */
function withoutRenamedTwins(
  pending: PendingPoll,
  watches: readonly WatchConfig[],
  byRepo: Map<string, WatchReport>,
  log: (message: string) => void,
): FlowEvent[] {
  const watched = new Map(watches.map((watch) => [watch.repo.toLowerCase(), watch]));
  const twins = new Map<string, { twin: WatchConfig; now: string; tags: string[] }>();
  const renamed = new Map<string, string>();
  const kept = pending.events.filter((event) => {
    const from = pending.repoOf.get(event.id);
    const payload = event.payload as { url?: unknown; tag?: unknown } | undefined;
    const now = event.type === "upstream.release" ? repoOfReleaseUrl(payload?.url) : undefined;
    if (!from || !now || now.toLowerCase() === from.toLowerCase()) return true;
    const twin = watched.get(now.toLowerCase());
    if (!twin) {
      renamed.set(from, now);
      return true;
    }
    const entry = twins.get(from) ?? { twin, now, tags: [] };
    entry.tags.push(String(payload?.tag));
    twins.set(from, entry);
    const report = byRepo.get(from);
    if (report && report.newReleases > 0) report.newReleases -= 1;
    else if (report?.again) report.again -= 1;
    return false;
  });
  const note = (repo: string, text: string): void => {
    const report = byRepo.get(repo);
    if (report) report.message = report.message ? `${report.message}; ${text}` : text;
    log(`${repo}: ${text}.`);
  };
  for (const [from, { twin, now, tags }] of twins) {
    note(from, `not dispatched: ${tags.join(", ")} — GitHub names ${from} ${JSON.stringify(now)} now (renamed or transferred), which is watched too (${twin.origin}); remove ${from} from the configuration`);
  }
  for (const [from, now] of renamed) {
    note(from, `GitHub names ${from} ${JSON.stringify(now)} now (renamed or transferred); its event ids keep the name configured`);
  }
  return kept;
}

/** Whether `watch` takes a release stored as an event (its tag and prerelease flag, as matchesWatch tells a listed one). */
function takesRelease(watch: WatchConfig, release: { tag: string; prerelease: boolean }): boolean {
  return (watch.prereleases || !release.prerelease) && matchesTag(watch.tags, release.tag);
}

function withWait(report: WatchReport, seconds: number): WatchReport {
  return seconds > 0 ? { ...report, waitedSeconds: seconds } : report;
}

/** What the next poll of one repository delivers again: release tags, and change event ids. */
export type Redeliveries = { tags: ReadonlySet<string>; events: ReadonlySet<string> };

/**
 * Save the cursors of every repository except those in `skip` (whose events did not all get
 * handled), with `redeliver` (releases and changes whose steps did not settle) for the next poll
 * to deliver again.
 */
export async function savePendingCursors(
  store: StateStore,
  pending: PendingPoll,
  skip: ReadonlySet<string>,
  now: (() => Date) | undefined,
  redeliver: ReadonlyMap<string, Redeliveries> = new Map(),
  log?: (message: string) => void,
): Promise<void> {
  const clock = now ?? (() => new Date());
  const repos = new Set([...pending.cursors.keys(), ...redeliver.keys(), ...(pending.startedFrom?.keys() ?? [])]);
  for (const repo of repos) {
    const held = skip.has(repo);
    // Its events not all handled: the place it started from stays, saved only when reading changed it (see startedFrom).
    if (held && !pending.startedFrom?.has(repo)) continue;
    const filter = pending.filters?.get(repo) ?? pending.cursors.get(repo)?.filter ?? "";
    // Read once: for the lists asked for meanwhile, and as the record the save replaces.
    const { read, stored: record } = await readWatchCursorRecord(store, repo, filter);
    const stored = read.cursor;
    // The unfiltered record holds another filter's cursor (saved before cursors were kept per
    // filter): moved to that filter's own record before this watch's is saved over it, unless that
    // watch keeps its own already. Its watch reads it there and goes on from where it left off.
    if (read.foreign && filter === "") await moveForeignCursor(store, read.foreign.cursor, clock());
    const cursor = held ? pending.startedFrom?.get(repo) : (pending.cursors.get(repo) ?? stored);
    if (!cursor) continue;
    const again = held ? undefined : redeliver.get(repo);
    // Asked for while this poll ran (`flows forget` beside it): the poll did not deliver them.
    const delivered = pending.redelivered?.get(repo);
    const askedMeanwhile = {
      tags: (stored?.redeliver ?? []).filter((tag) => !delivered?.tags.has(tag)),
      events: (stored?.redeliverEvents ?? []).filter((id) => !delivered?.events.has(id)),
    };
    const { kept: tags, dropped: droppedTags } = keepNewestRedeliverTags([...new Set([...(cursor.redeliver ?? []), ...askedMeanwhile.tags, ...(again?.tags ?? [])])]);
    const { kept: events, dropped } = keepNewestRedeliverEvents([...new Set([...(cursor.redeliverEvents ?? []), ...askedMeanwhile.events, ...(again?.events ?? [])])]);
    const notes = [...(droppedTags.length > 0 ? [droppedReleaseRedeliveriesNote(droppedTags)] : []), ...(dropped.length > 0 ? [droppedRedeliveriesNote(dropped)] : [])];
    for (const note of notes) {
      const report = pending.reports.find((item) => item.repo === repo);
      if (report) report.message = report.message ? `${report.message}; ${note}` : note;
      log?.(`${repo}: ${note}.`);
    }
    const next: WatchCursor = { ...cursor, ...(tags.length > 0 ? { redeliver: tags } : {}), ...(events.length > 0 ? { redeliverEvents: events } : {}) };
    await saveWatchCursor({ store, cursor: next, now: clock(), stored: record });
  }
  if (pending.rotation) await saveWatchRotation(store, pending.rotation, clock());
}
