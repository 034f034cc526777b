// Poll, then dispatch every new release in publication order through the one engine path,
// with the same store, then advance the cursors. Cursors move only after dispatching: if the
// job dies half-way, the next poll sees the releases again and the event ids (already in the
// store for those that ran) keep anything from running twice.
import { type DispatchOptions, type DispatchOutcome, dispatch } from "../engine/dispatch.js";
import { isSettled } from "../engine/run-view.js";
import { discoverFlows } from "../flows/discovery.js";
import { checkDispatchOptions } from "../engine/dispatch-options.js";
import { checkArgument, isRecord, isStateStore, STATE_STORE } from "../library-arguments.js";
import { type FlowEvent, isRunningElsewhere } from "../contracts.js";
import { logText } from "../log-text.js";
import { attemptsSinceForget } from "../state/forget.js";
import { RELEASE_DELETED_TYPE, RELEASE_UPDATED_TYPE } from "./change-events.js";
import {
  collectUpstreamReleases,
  type PollUpstreamReleasesOptions,
  type PollUpstreamReleasesResult,
  savePendingCursors,
} from "./poll.js";

/**
 * Attempts a polled release's step gets in all (and a step of its upstream.release.updated or
 * .deleted events): one that failed or was canceled is delivered again by the next poll (a re-run
 * of the failed job, or the next scheduled run), as a redelivered GitHub event would be, until it
 * has had this many since the event was first delivered or last forgotten (`flows forget`).
 */
export const RELEASE_ATTEMPTS = 3;

export type WatchAndDispatchOptions = PollUpstreamReleasesOptions & {
  /** How to run the flows; the store is the poll's store, and dryRun is the option below. */
  dispatchOptions: Omit<DispatchOptions, "store" | "dryRun">;
  /** List what would be dispatched (matched, not run) without recording runs or moving cursors. */
  dryRun?: boolean;
};

export type WatchAndDispatchResult = PollUpstreamReleasesResult & {
  /** One per event, in the order of `events` (an event whose dispatch threw has none). */
  outcomes: DispatchOutcome[];
  dryRun: boolean;
};

/** For callers from JavaScript: what watchAndDispatch cannot do without, checked before anything is asked of GitHub. */
function checkWatchAndDispatchOptions(options: unknown): void {
  const call = "watchAndDispatch";
  checkArgument(isRecord(options), call, "options", "an options object like { client, store, watches, dispatchOptions: { repoRoot } }", options);
  checkArgument(isRecord(options.client), call, "options.client", "a GitHub client (createGitHubClient)", options.client);
  checkArgument(isStateStore(options.store), call, "options.store", STATE_STORE, options.store);
  checkArgument(Array.isArray(options.watches), call, "options.watches", "an array of watches (loadWatchConfig(...).watches)", options.watches);
  checkArgument(isRecord(options.dispatchOptions), call, "options.dispatchOptions", "dispatch's options, like { repoRoot: process.cwd() }", options.dispatchOptions);
  checkDispatchOptions(options.dispatchOptions);
}

export async function watchAndDispatch(options: WatchAndDispatchOptions): Promise<WatchAndDispatchResult> {
  checkWatchAndDispatchOptions(options);
  const dryRun = options.dryRun === true;
  // One log line per message, whatever a tag or an error quotes (see collectUpstreamReleases).
  const log = (message: string): void => options.log?.(logText(message));
  const pending = await collectUpstreamReleases(options);
  const base = options.dispatchOptions;
  const discovery =
    pending.events.length === 0
      ? undefined
      : (base.discovery ?? (await discoverFlows({ repoRoot: base.repoRoot, roots: base.roots })));
  const outcomes: DispatchOutcome[] = [];
  // Repositories whose cursors stay where they were, so the next poll sees their releases again.
  const heldRepos = new Set<string>();
  // Releases and changes whose steps failed or were canceled, by repository: the next poll delivers them again.
  const redeliver = new Map<string, { tags: Set<string>; events: Set<string> }>();
  const note = (repo: string, message: string, status?: "error"): void => {
    const report = pending.reports.find((item) => item.repo === repo);
    if (!report) return;
    if (status) report.status = status;
    report.message = report.message ? `${report.message}; ${message}` : message;
  };
  for (const event of pending.events) {
    const repo = pending.repoOf.get(event.id) ?? "";
    // A failure leaves the rest of that repository for the next poll, in order.
    if (heldRepos.has(repo)) continue;
    // Stopped (Ctrl-C, a cancelled job): a release not dispatched yet is left for the next poll.
    // Dispatched now, its steps would be recorded as canceled without having started, and the
    // next poll, past it, would never run them.
    if (base.signal?.aborted) {
      heldRepos.add(repo);
      const message = `stopped before dispatching ${event.id}; the release will be polled again next time.`;
      log(message);
      note(repo, message);
      continue;
    }
    try {
      const outcome = await dispatch(event, {
        ...base,
        ...(discovery ? { discovery } : {}),
        ...(options.now && !base.now ? { now: options.now } : {}),
        store: options.store,
        dryRun,
      });
      outcomes.push(outcome);
      if (!dryRun) retryUnsettled(event, outcome, repo, redeliver, note);
    } catch (error) {
      heldRepos.add(repo);
      const reason = error instanceof Error ? error.message : String(error);
      const message = `dispatching ${event.id} failed: ${reason}; the release will be polled again next time.`;
      log(message);
      note(repo, message, "error");
    }
  }
  if (!dryRun) await savePendingCursors(options.store, pending, heldRepos, options.now, redeliver, log);
  return { events: pending.events, reports: pending.reports, requests: pending.requests, ...(pending.clocks ? { clocks: pending.clocks } : {}), outcomes, dryRun };
}

/**
 * A polled release whose steps did not all settle (failed, timed out, canceled) is put in the
 * cursor's `redeliver` list, so that the next poll delivers it again and the engine runs those
 * steps once more, as it does for a redelivered GitHub event: without it, the cursor has moved
 * past the release and a re-run of the failed job would run nothing. A change to a release
 * (upstream.release.updated / .deleted) goes in `redeliverEvents` by its id: the change itself
 * is not seen again. Up to RELEASE_ATTEMPTS attempts since the event was last forgotten.
 */
function retryUnsettled(
  event: FlowEvent,
  outcome: DispatchOutcome,
  repo: string,
  redeliver: Map<string, { tags: Set<string>; events: Set<string> }>,
  note: (repo: string, message: string) => void,
): void {
  const change = event.type === RELEASE_UPDATED_TYPE || event.type === RELEASE_DELETED_TYPE;
  if (event.type !== "upstream.release" && !change) return;
  const tag = (event.payload as { tag?: unknown }).tag;
  // A step another dispatch is running now is that dispatch's to finish (and, if it polled, to retry).
  const unsettled = outcome.runs.filter((run) => !isSettled(run) && !isRunningElsewhere(run));
  if (typeof tag !== "string" || unsettled.length === 0) return;
  const what = change ? `${tag} (${event.type.replace("upstream.release.", "")})` : tag;
  const steps = unsettled.map((run) => `${run.flowName}/${run.stepName} ${run.effectiveStatus}`).join(", ");
  // A forget makes the event new again: the attempts before it do not count.
  const attempts = Math.max(...unsettled.map(attemptsSinceForget));
  if (attempts < RELEASE_ATTEMPTS) {
    const again = redeliver.get(repo) ?? { tags: new Set<string>(), events: new Set<string>() };
    if (change) again.events.add(event.id);
    else again.tags.add(tag);
    redeliver.set(repo, again);
    note(repo, `${what}: ${steps}; the next poll runs ${unsettled.length === 1 ? "it" : "them"} again (attempt ${attempts + 1} of ${RELEASE_ATTEMPTS})`);
  } else {
    note(repo, `${what}: ${steps} ${attempts} times; it is not delivered again: replay ${event.id} to run it again`);
  }
}
