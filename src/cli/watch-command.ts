import { renderText } from "../report/text.js";
import { type CliContext, briefOutcome } from "./commands.js";

export type WatchCommandOptions = {
  once: boolean;
  dryRun: boolean;
  /** Watch lines as the action's `watch` input takes them. */
  watch?: string;
  /** A TOML file with [[watch]] tables (default .github/flows.toml). */
  config?: string;
  concurrency?: number;
};

/**
 * `flows watch --once`: poll the watched repositories once, with a token from GITHUB_TOKEN or
 * GH_TOKEN, and dispatch new releases (or, with --dry-run, list what would be dispatched).
 */
export async function watchCommand(ctx: CliContext, options: WatchCommandOptions): Promise<number> {
  if (!options.once) {
    ctx.err("flows watch polls once and exits: pass --once (schedule it with cron or a workflow for more).\n");
    return 2;
  }
  const token = ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN;
  if (!token) {
    ctx.err("flows watch needs a GitHub token to list releases: set GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token).\n");
    return 1;
  }
  const [{ loadWatchConfig, watchAndDispatch }, { createGitHubClient }] = await Promise.all([
    import("../watch/index.js"),
    import("../github/client.js"),
  ]);
  const watches = await loadWatchConfig({ repoRoot: ctx.repoRoot, input: options.watch, configFile: options.config });
  if (watches.length === 0) {
    ctx.err("Nothing to watch: pass --watch \"owner/repo\" or add [[watch]] tables to .github/flows.toml.\n");
    return 1;
  }
  const client = await createGitHubClient({ token, baseUrl: ctx.env.GITHUB_API_URL, log: (m) => ctx.err(`${m}\n`) });
  const { store } = await ctx.openStore();
  const result = await watchAndDispatch({
    client,
    store,
    watches,
    dryRun: options.dryRun,
    log: (message) => ctx.err(`${message}\n`),
    dispatchOptions: {
      repoRoot: ctx.repoRoot,
      roots: ctx.roots,
      concurrency: options.concurrency,
      env: ctx.env,
      launchedBy: "flows-cli:watch",
    },
  });
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ dryRun: result.dryRun, reports: result.reports, events: result.events, outcomes: result.outcomes.map(briefOutcome) }, null, 2)}\n`);
  } else {
    for (const report of result.reports) {
      ctx.out(`${report.repo}: ${report.status}, ${report.newReleases} new${report.message ? ` — ${report.message}` : ""}\n`);
    }
    if (result.dryRun) for (const event of result.events) ctx.out(`would dispatch ${event.id}\n`);
    for (const outcome of result.outcomes) ctx.out(`${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
  }
  const failed = result.outcomes.some((outcome) => outcome.runs.some((run) => run.effectiveStatus === "failed"));
  return failed ? 1 : 0;
}
