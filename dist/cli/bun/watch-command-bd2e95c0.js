// @bun
import {
  renderText
} from "./main-705341a3.js";
import"./main-845a148e.js";
import"./main-fbb7e2a8.js";
import"./main-e531f9c3.js";
import"./main-8c27923c.js";
import {
  briefOutcome2
} from "./main-86eff04f.js";
import"./main-73c2a2c4.js";

// src/cli/watch-command.ts
async function watchCommand(ctx, options) {
  if (options.status)
    return watchStatusCommand(ctx, options);
  if (!options.once) {
    ctx.err(`flows watch polls once and exits: pass --once (schedule it with cron or a workflow for more), or --status to see what it remembers.
`);
    return 2;
  }
  const maxRequests = options.maxRequests === undefined ? undefined : Number(options.maxRequests);
  if (maxRequests !== undefined && !(Number.isInteger(maxRequests) && maxRequests > 0)) {
    ctx.err(`--max-requests must be a whole number of at least 1; got "${options.maxRequests}".
`);
    return 2;
  }
  const token = ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN;
  if (!token) {
    ctx.err(`flows watch needs a GitHub token to list releases: set GITHUB_TOKEN (or GH_TOKEN), e.g. GITHUB_TOKEN=$(gh auth token).
`);
    return 1;
  }
  const [{ loadWatchConfig, watchAndDispatch }, { createGitHubClient }] = await Promise.all([
    import("./index-aee671bc.js"),
    import("./client-b3f8dc81.js")
  ]);
  const watches = await loadWatchConfig({ repoRoot: ctx.repoRoot, input: options.watch, configFile: options.config });
  if (watches.length === 0) {
    ctx.err(`Nothing to watch: pass --watch "owner/repo" or add [[watch]] tables to .github/flows.toml.
`);
    return 1;
  }
  const client = await createGitHubClient({ token, baseUrl: ctx.env.GITHUB_API_URL, retries: 1, log: (m) => ctx.err(`${m}
`) });
  const { store } = await ctx.openStore();
  const result = await watchAndDispatch({
    client,
    store,
    watches,
    dryRun: options.dryRun,
    ...maxRequests ? { budget: { maxRequests } } : {},
    log: (message) => ctx.err(`${message}
`),
    dispatchOptions: {
      repoRoot: ctx.repoRoot,
      roots: ctx.roots,
      concurrency: options.concurrency,
      env: ctx.env,
      launchedBy: "flows-cli:watch"
    }
  });
  const allFailed = result.reports.every((report) => report.status === "error" || report.status === "not-polled");
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ dryRun: result.dryRun, reports: result.reports, requests: result.requests, events: result.events, outcomes: result.outcomes.map(briefOutcome2) }, null, 2)}
`);
  } else {
    for (const report of result.reports) {
      ctx.out(`${report.repo}: ${report.status}, ${report.newReleases} new${report.message ? ` \u2014 ${report.message}` : ""}
`);
    }
    const { requests } = result;
    ctx.out(`${requests.requests} request(s) of ${requests.maxRequests} allowed, ${requests.notModified} answered 304${requests.rateRemaining === undefined ? "" : `; rate limit left: ${requests.rateRemaining}`}.
`);
    if (requests.stopped)
      ctx.out(`Stopped early (${requests.stopped.reason}): ${requests.stopped.notPolled} repositories not polled; the next poll starts with ${requests.stopped.nextRepo}.
`);
    if (result.dryRun)
      for (const event of result.events)
        ctx.out(`would dispatch ${event.id}
`);
    for (const outcome of result.outcomes)
      ctx.out(`${renderText(outcome, { color: ctx.color, baseDir: ctx.repoRoot })}
`);
  }
  if (allFailed) {
    ctx.err(`No watched repository could be polled (${result.reports.length} failed); see the reasons above.
`);
    return 1;
  }
  const failed = result.outcomes.some((outcome) => outcome.runs.some((run) => run.effectiveStatus === "failed"));
  return failed ? 1 : 0;
}
async function watchStatusCommand(ctx, options) {
  const { loadWatchConfig, watchStatus, renderWatchStatusText } = await import("./index-aee671bc.js");
  const watches = await loadWatchConfig({ repoRoot: ctx.repoRoot, input: options.watch, configFile: options.config });
  if (watches.length === 0) {
    ctx.err(`Nothing is watched: pass --watch "owner/repo" or add [[watch]] tables to .github/flows.toml.
`);
    return 1;
  }
  const { store } = await ctx.openStore();
  const status = await watchStatus({ store, watches });
  ctx.out(ctx.json ? `${JSON.stringify(status, null, 2)}
` : renderWatchStatusText(status));
  return 0;
}
export {
  watchCommand
};
