import type { DispatchObserver, DispatchOutcome } from "../engine/dispatch.js";
import type { DiscoveryResult } from "../flows/types.js";
import { cutMarkdownToBytes, inlineCode, inlineText } from "../report/markdown.js";
import type { StateStore } from "../state/types.js";
import { ActionInputError, type ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { shownTakenReleases } from "../watch/watch-filter.js";

/**
 * The upstream releases section's share of the step's 1 MiB job summary: it is written before
 * the flow results, and a long watch list (a row per repository, twice) must leave them room.
 */
const WATCH_SUMMARY_BYTES = 128 * 1024;

/**
 * A repository's note in the summary's table: long enough for a dozen releases' notes (each
 * failed one says which attempt comes next); the whole section is bounded by WATCH_SUMMARY_BYTES.
 */
const NOTE_CHARS = 2_000;

export type WatchReleasesOptions = {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  inputs: ActionInputs;
  repoRoot: string;
  store: StateStore;
  discovery: DiscoveryResult;
  stepEnv: NodeJS.ProcessEnv;
  bunPath: () => Promise<string>;
  observer: DispatchObserver;
  signal?: AbortSignal;
};

/** Warnings naming a failed repository, of the 10 GitHub shows per step. */
const FAILED_REPOSITORY_WARNINGS = 3;

/**
 * Poll the watched repositories (input `watch` and/or `[[watch]]` in .github/flows.toml) and
 * dispatch each new release as an `upstream.release` event. Returns one outcome per release;
 * a repository that fails is a warning, and the others are still handled.
 */
export async function watchReleases(options: WatchReleasesOptions): Promise<DispatchOutcome[]> {
  const { io, env, inputs } = options;
  const { loadWatchConfig, STATUS_ENTRIES_SHOWN, watchAndDispatch, WatchConfigError, watchStatus } = await import("../watch/index.js");
  let watches: Awaited<ReturnType<typeof loadWatchConfig>>;
  try {
    watches = await loadWatchConfig({ repoRoot: options.repoRoot, input: inputs.watch });
  } catch (error) {
    if (error instanceof WatchConfigError) {
      // A problem in .github/flows.toml is also annotated on that file; one in the `watch` input
      // has no file to show it on, and the job's failure already says it.
      for (const problem of error.problems) {
        if (!problem.file || problem.file.startsWith('input "')) continue;
        io.error(problem.message, { title: "flows-action watch", file: problem.file, startLine: problem.line, startColumn: problem.column });
      }
    }
    throw error;
  }
  if (watches.length === 0) return [];
  // Octokit's own "Parameter token or opts.auth is required" came out as a bug, with its stack.
  if (!inputs.githubToken) {
    throw new ActionInputError(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text shows workflow syntax.
      'Input "github-token" is empty, so no watched repository can be polled for releases (a secret that is not set, or not available to this workflow, is an empty string). Pass a token, or leave github-token out for its default, ${{ github.token }}.',
    );
  }
  const { createGitHubClient } = await import("../github/client.js");
  const client = await createGitHubClient({ token: inputs.githubToken, baseUrl: env.GITHUB_API_URL, log: (m) => io.info(m) });
  io.info(`Polling ${watches.length} watched repositor${watches.length === 1 ? "y" : "ies"} for new releases.`);
  const result = await watchAndDispatch({
    client,
    store: options.store,
    watches,
    dryRun: inputs.dryRun,
    ...(inputs.watchMaxRequests ? { budget: { maxRequests: inputs.watchMaxRequests } } : {}),
    log: (message) => io.info(message),
    dispatchOptions: {
      repoRoot: options.repoRoot,
      discovery: options.discovery,
      concurrency: inputs.concurrency,
      env: options.stepEnv,
      bunPath: options.bunPath,
      launchedBy: "flows-action:watch",
      observer: options.observer,
      signal: options.signal,
    },
  });
  // GitHub shows 10 warning annotations per step, and the results' problems come after these:
  // a few failed repositories are named, the rest counted (the table lists every one).
  const failed = result.reports.filter((report) => report.status === "error");
  for (const report of failed.slice(0, FAILED_REPOSITORY_WARNINGS)) io.warning(`Watching ${report.repo} failed: ${report.message ?? "unknown error"}`);
  if (failed.length > FAILED_REPOSITORY_WARNINGS) {
    io.warning(`Watching ${failed.length - FAILED_REPOSITORY_WARNINGS} more repositories failed (${failed.length} in all); the job summary's Upstream releases table says why for each.`);
  }
  // Said once per poll, as a warning: a wrong clock holds releases longer than min-age.
  if (result.clocks) io.warning(result.clocks.message);
  const rows = result.reports.map((report) => {
    return `| ${inlineCode(report.repo)} | ${report.status} | ${report.newReleases} | ${inlineText(report.message ?? "", NOTE_CHARS)} |`;
  });
  const { requests } = result;
  const cost = `${requests.requests} request(s) of ${requests.maxRequests} allowed, ${requests.notModified} answered 304 (free)${requests.rateRemaining === undefined ? "" : `; rate limit left: ${requests.rateRemaining}`}.`;
  // Counted only when there are any: a poll stopped by its own repository (GitHub unreachable) left none unpolled.
  const notPolled = (count: number): string => (count === 0 ? "" : ` ${count} ${count === 1 ? "repository was" : "repositories were"} not polled.`);
  const stopped = requests.stopped
    ? `Stopped early: ${inlineText(requests.stopped.reason.replace(/\.$/, ""), 300)}.${notPolled(requests.stopped.notPolled)} The next run starts with ${inlineCode(requests.stopped.nextRepo)}.`
    : "";
  if (requests.stopped) io.warning(`Watching stopped early: ${requests.stopped.reason.replace(/\.$/, "")}.${notPolled(requests.stopped.notPolled)} The next run starts with ${requests.stopped.nextRepo}.`);
  const status = await watchStatus({ store: options.store, watches });
  const section = [
    "### Upstream releases",
    "",
    "| Repository | Poll | New releases | Note |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    cost,
    ...(stopped ? ["", stopped] : []),
    ...(result.clocks ? ["", inlineText(result.clocks.message, 600)] : []),
    "",
    ...statusSection(status, STATUS_ENTRIES_SHOWN),
  ].join("\n");
  const note = (cut: number): string =>
    `\n> [!NOTE]\n> ${cut} bytes of the upstream releases tables were cut to leave the job summary room for the flow results; \`flows watch --status\` shows every repository.`;
  await io.appendSummary(cutMarkdownToBytes(section, WATCH_SUMMARY_BYTES, note), "the upstream releases tables");
  return result.outcomes;
}

/**
 * A repository's cell in the summary's watch status table (a row per watch, so per cursor): with the tags (and prereleases) its watch's filter
 * takes, cut (FILTER_CHARS) and escaped, as `flows watch --status` heads it; min-age and updates
 * are in the notes. Each filter keeps its own cursor, and another workflow may watch the same
 * repository with another.
 */
function repositoryCell(repo: string, filter: string | undefined): string {
  const taken = shownTakenReleases(filter ?? "");
  return taken !== "" ? `${inlineCode(repo)} ${inlineText(taken, FILTER_CHARS)}` : inlineCode(repo);
}

/** A filter in the summary's tables: the rest is in `flows watch --status`. */
const FILTER_CHARS = 120;

type WatchStatus = Awaited<ReturnType<typeof import("../watch/index.js").watchStatus>>;

/** What the watcher remembers, per repository: the `flows watch --status` table, with `most` pending releases of each. */
function statusSection(status: WatchStatus, most: number): string[] {
  const time = (iso: string | undefined): string => (iso ? iso.replace("T", " ").replace(/:\d{2}(?:\.\d+)?Z$/, "Z") : "—");
  const age = (seconds: number | undefined): string =>
    seconds === undefined ? "—" : seconds >= 3600 ? `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m` : `${Math.floor(seconds / 60)}m`;
  const rows = status.repositories.map((repo) => {
    // As in `flows watch --status`: an old or damaged cursor may hold hundreds; the rest are counted.
    const shown = repo.pending.slice(0, most).map((held) => `${inlineCode(held.tag)} eligible ${time(held.eligibleAt)}`);
    const more = repo.pending.length - shown.length;
    const pending = [...shown, ...(more > 0 ? [`and ${more} more (\`flows watch --status --json\` lists them all)`] : [])].join("<br>") || "none";
    const last = repo.lastDispatched ? `${inlineCode(repo.lastDispatched.tag)} ${time(repo.lastDispatched.at)}` : "none";
    if (repo.unreadable) return `| ${repositoryCell(repo.repo, repo.filter)} | unreadable: written by a newer flows-action | — | — | — |`;
    return `| ${repositoryCell(repo.repo, repo.filter)} | ${repo.polled ? time(repo.lastPoll) : "not yet"} | ${age(repo.etagAgeSeconds)} | ${pending} | ${last} |`;
  });
  return [
    "#### Watch status",
    "",
    "| Repository | Last poll | ETag age | Pending (eligible at, UTC) | Last dispatched |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
    "",
  ];
}
