import { resolve } from "node:path";
import { renderText } from "../report/text.js";
import { terminalText } from "../terminal-text.js";
import { type CliContext, briefOutcome, suggestedCommandLine } from "./commands.js";
import { CommandFailed } from "./failure.js";
import { reportFlowWarnings } from "./flow-warnings.js";
import { discoverFlows } from "../flows/discovery.js";
import { UsageError } from "./usage.js";
import { countOption } from "./command-table.js";

export type WatchCommandOptions = {
  once: boolean;
  dryRun: boolean;
  /** `--status`: what the watcher remembers per repository; asks GitHub nothing. */
  status?: boolean;
  /** Watch lines as the action's `watch` input takes them. */
  watch?: string;
  /** A TOML file with [[watch]] tables (default .github/flows.toml). */
  config?: string;
  concurrency?: number;
  /** --bun: the bun executable for steps. */
  bunPath?: string;
  /** --workspace-backend-url: runtime.workspaceBackendUrl for steps. */
  workspaceBackendUrl?: string;
  /** `--max-requests`: requests one poll may make (default 300). */
  maxRequests?: string;
};

/**
 * `flows watch --once`: poll the watched repositories once, with a token from GITHUB_TOKEN or
 * GH_TOKEN, and dispatch new releases (or, with --dry-run, list what would be dispatched).
 * `flows watch --status`: per repository, the last poll, the ETag's age, pending releases and
 * the last dispatched tag.
 *
 * Exit codes: 0 polled (some repositories may have failed: each is reported); 1 a step failed,
 * or every repository failed (GitHub unreachable, bad token...); 2 usage.
 */
export async function watchCommand(ctx: CliContext, options: WatchCommandOptions): Promise<number> {
  if (options.status) return watchStatusCommand(ctx, options);
  if (!options.once) {
    throw new UsageError("flows watch polls once and exits: pass --once (schedule it with cron or a workflow for more), or --status to see what it remembers.", "watch");
  }
  const maxRequests = options.maxRequests === undefined ? undefined : countOption(options.maxRequests, "--max-requests", "watch");
  const [{ loadWatchConfig, watchAndDispatch }, { createGitHubClient }] = await Promise.all([
    import("../watch/index.js"),
    import("../github/client.js"),
  ]);
  // The configuration first: its mistakes need no token to be found, and are said in one go.
  const watches = await loadWatchConfig({ repoRoot: ctx.repoRoot, input: options.watch, inputName: "--watch", configFile: configFile(options) });
  if (watches.length === 0) {
    throw new CommandFailed('Nothing to watch: pass --watch "owner/repo" or add [[watch]] tables to .github/flows.toml.');
  }
  const token = ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN;
  if (!token) {
    throw new CommandFailed("flows watch needs a GitHub token to list releases: set GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token).");
  }
  // One retry (about a second) for 5xx and network errors: someone is waiting at the terminal,
  // and the next run polls again anyway.
  const client = await createGitHubClient({ token, baseUrl: ctx.env.GITHUB_API_URL, retries: 1, log: (m) => ctx.err(`${m}\n`) });
  const { store } = await ctx.openStore();
  const result = await watchAndDispatch({
    client,
    store,
    watches,
    dryRun: options.dryRun,
    ...(maxRequests ? { budget: { maxRequests } } : {}),
    log: (message) => ctx.err(`${message}\n`),
    dispatchOptions: {
      repoRoot: ctx.repoRoot,
      roots: ctx.roots,
      concurrency: options.concurrency,
      env: ctx.env,
      launchedBy: "flows-cli:watch",
      commandLine: suggestedCommandLine(ctx),
      ...(options.bunPath ? { bunPath: options.bunPath } : {}),
      ...(options.workspaceBackendUrl ? { workspaceBackendUrl: options.workspaceBackendUrl } : {}),
      signal: ctx.signal,
    },
  });
  const allFailed = result.reports.every((report) => report.status === "error" || report.status === "not-polled");
  if (ctx.json) {
    ctx.out(
      `${JSON.stringify({ dryRun: result.dryRun, reports: result.reports, requests: result.requests, ...(result.clocks ? { clocks: result.clocks } : {}), events: result.events, outcomes: result.outcomes.map(briefOutcome) }, null, 2)}\n`,
    );
  } else {
    for (const report of result.reports) {
      ctx.out(`${report.repo}: ${report.status}, ${report.newReleases} new${report.message ? ` — ${terminalText(report.message)}` : ""}\n`);
    }
    const { requests } = result;
    ctx.out(
      `${requests.requests} request(s) of ${requests.maxRequests} allowed, ${requests.notModified} answered 304${requests.rateRemaining === undefined ? "" : `; rate limit left: ${requests.rateRemaining}`}.\n`,
    );
    if (requests.stopped) {
      // The repository that stopped it said why on its own line; the others count only when there are any.
      const { notPolled, nextRepo } = requests.stopped;
      const others = notPolled === 0 ? "" : `, ${notPolled} ${notPolled === 1 ? "repository" : "repositories"} not polled`;
      ctx.out(`Stopped early${others}; the next poll starts with ${nextRepo}.\n`);
    }
    if (result.dryRun) for (const event of result.events) ctx.out(`would dispatch ${terminalText(event.id)}\n`);
    for (const outcome of result.outcomes) ctx.out(`${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
  }
  if (result.outcomes.length > 0) {
    // As fire says them: validate's warnings about the steps the dispatched releases reached.
    const discovery = await discoverFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots });
    await reportFlowWarnings(ctx, discovery.flows, result.outcomes, "these events reached");
  }
  if (allFailed) {
    ctx.err(`No watched repository could be polled (${result.reports.length} failed); see the reasons above.\n`);
    return 1;
  }
  const failed = result.outcomes.some((outcome) => outcome.runs.some((run) => run.effectiveStatus === "failed"));
  return failed ? 1 : 0;
}

async function watchStatusCommand(ctx: CliContext, options: WatchCommandOptions): Promise<number> {
  const { loadWatchConfig, watchStatus, renderWatchStatusText } = await import("../watch/index.js");
  const watches = await loadWatchConfig({ repoRoot: ctx.repoRoot, input: options.watch, inputName: "--watch", configFile: configFile(options) });
  const { store } = await ctx.openStore();
  // Cursors of watches removed or renamed, or other workflows' filters, too: `flows forget` acts on them.
  const status = await watchStatus({ store, watches, others: true });
  if (watches.length === 0 && !status.notConfigured) {
    throw new CommandFailed('Nothing is watched: pass --watch "owner/repo" or add [[watch]] tables to .github/flows.toml.');
  }
  // The forget the hint suggests reads the same store: with the options typed that chose it.
  const forgetCommand = (cursor: string): string => suggestedCommandLine(ctx)(`forget ${cursor}`);
  ctx.out(ctx.json ? `${JSON.stringify(status, null, 2)}\n` : renderWatchStatusText(status, { forgetCommand }));
  return 0;
}

/** --config from the current folder, as --event and --state-dir are (the default is the repository's). */
function configFile(options: WatchCommandOptions): string | undefined {
  return options.config === undefined ? undefined : resolve(options.config);
}
