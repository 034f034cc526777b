import type { DispatchOptions } from "../../engine/dispatch.js";
import { type ConditionGitHubContext, gitHubConditionContext } from "../../flows/condition.js";
import { discoverFlows } from "../../flows/index.js";
import type { DiscoveryResult } from "../../flows/types.js";
import { pullRequestFilesSource } from "../changed-files.js";
import type { ActionContext } from "../context.js";
import { publishOutcome } from "../publish.js";
import type { GitHubReportContext } from "../reporter.js";
import type { DispatchOutcome } from "../../engine/dispatch.js";

/** The flow packages under the `flows-path` roots, parsed for this event's type. */
export function discover(context: ActionContext): Promise<DiscoveryResult> {
  return discoverFlows({ repoRoot: context.runner.workspace, roots: context.inputs.flowsPath, eventType: context.event.type });
}

/** How the engine runs steps in this job. */
export function engineOptions(context: ActionContext, discovery: DiscoveryResult): DispatchOptions {
  const { inputs, runner } = context;
  return {
    repoRoot: runner.workspace,
    discovery,
    store: context.store,
    replay: inputs.replay !== undefined,
    concurrency: inputs.concurrency,
    dryRun: inputs.dryRun,
    env: context.stepEnv,
    exportEnv: inputs.exportEnv,
    workspaceBackendUrl: inputs.workspaceBackendUrl || undefined,
    bunPath: context.bunPath,
    launchedBy: runner.actor ? `github-actions:${runner.actor}` : "github-actions",
    signal: context.signal,
    debug: context.debug,
    ...conditionOptions(context),
    // With debug logging the job summary also explains why each step matched or not.
    explain: context.debug !== undefined,
  };
}

/** What trigger conditions read besides the event: the `github` context and, for changed(), a pull request's files. */
export function conditionOptions(context: ActionContext): Pick<DispatchOptions, "github" | "changedFiles"> {
  const changedFiles = pullRequestFilesSource(context);
  return { github: conditionGitHub(context), ...(changedFiles ? { changedFiles } : {}) };
}

/** The `github` context of trigger conditions: the job's GITHUB_* variables and webhook payload. */
export function conditionGitHub(context: ActionContext): ConditionGitHubContext {
  const webhook = (context.event.payload as { github?: unknown } | null)?.github;
  return gitHubConditionContext({ env: context.stepEnv, payload: webhook });
}

export function githubContext(context: ActionContext): GitHubReportContext {
  return {
    io: context.io,
    runner: context.runner,
    token: context.inputs.githubToken,
    event: context.event,
    report: context.inputs.report,
    dryRun: context.inputs.dryRun,
    debug: context.debug,
  };
}

/** Annotations, the job summary, outputs and fail-on. */
export function publish(context: ActionContext, outcome: DispatchOutcome, backend?: string): Promise<void> {
  return publishOutcome(outcome, { io: context.io, runner: context.runner, failOn: context.inputs.failOn, ...(backend ? { backend } : {}) });
}
