import { join } from "node:path";
import type { FlowDiagnostic, FlowEvent } from "../contracts.js";
import type { DispatchObserver, DispatchOutcome } from "../engine/dispatch.js";
import type { GitHubReporter } from "../report/github-reporter.js";
import {
  CHECKS_MODES,
  type ChecksMode,
  COMMENT_MODES,
  type CommentMode,
  HANDOVER_MODES,
  handoverAction as decideHandover,
  type HandoverMode,
} from "../report/modes.js";
import { ActionInputError } from "./inputs.js";
import type { ActionIO } from "./io.js";
import { runUrl } from "./publish.js";

// Checks, the sticky comment and the fork-PR handover: the action's only GitHub writes. The
// report modules and Octokit are imported only when something is to be published.

export type GitHubReportInputs = {
  checks: ChecksMode;
  comment: CommentMode;
  commentKey: string;
  handover: HandoverMode;
  botLogin: string;
};

export function readGitHubReportInputs(io: Pick<ActionIO, "getInput">): GitHubReportInputs {
  return {
    checks: oneOf(io.getInput("checks") || "per-step", CHECKS_MODES, "checks"),
    comment: oneOf(io.getInput("comment") || "on-pr", COMMENT_MODES, "comment"),
    commentKey: io.getInput("comment-key") || "default",
    handover: oneOf(io.getInput("handover") || "auto", HANDOVER_MODES, "handover"),
    botLogin: io.getInput("bot-login"),
  };
}

export type GitHubReportContext = {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  token: string;
  repoRoot: string;
  event: FlowEvent;
  report: GitHubReportInputs;
  dryRun: boolean;
};

/** What this job does about GitHub: report live, upload a handover, publish one, or nothing. */
export function handoverAction(context: GitHubReportContext): "upload" | "publish" | "none" {
  if (!insideWorkflowRun(context.env)) return "none";
  return decideHandover(context.report.handover, context.event);
}

/**
 * A reporter for check runs and the comment, or undefined when there is nothing to do: both
 * off, no token, or not inside a workflow run (`flows github` never writes to GitHub).
 */
export async function openGitHubReporter(context: GitHubReportContext, problems: FlowDiagnostic[]): Promise<GitHubReporter | undefined> {
  const { report, env } = context;
  if ((report.checks === "off" && report.comment === "off") || !context.token || !insideWorkflowRun(env)) return undefined;
  const [{ createGitHubClient }, { createGitHubReporter }] = await Promise.all([
    import("../github/client.js"),
    import("../report/github-reporter.js"),
  ]);
  const client = await createGitHubClient({ token: context.token, baseUrl: env.GITHUB_API_URL, log: (m) => context.io.info(m) });
  return createGitHubReporter({
    client,
    repository: env.GITHUB_REPOSITORY as string,
    event: context.event,
    ...(env.GITHUB_SHA ? { githubSha: env.GITHUB_SHA } : {}),
    checks: report.checks,
    comment: report.comment,
    commentKey: report.commentKey,
    ...(runUrl(env) ? { runUrl: runUrl(env) } : {}),
    io: context.io,
    problems,
    repoRoot: context.repoRoot,
    ...(report.botLogin ? { botLogin: report.botLogin } : {}),
  });
}

/** Completes the reporter's work and puts any fallback note in the job summary. */
export async function finishGitHubReport(reporter: GitHubReporter | undefined, outcome: DispatchOutcome | undefined, io: ActionIO): Promise<void> {
  if (!reporter) return;
  const report = await reporter.finish(outcome);
  if (report.summaryNote) await io.appendSummary(report.summaryNote);
}

/** Fork pull request: hand the results to a trusted `workflow_run` job as an artifact. */
export async function uploadHandover(context: GitHubReportContext, outcome: DispatchOutcome): Promise<void> {
  if (context.dryRun) return;
  const { commitForEvent, handoverFromOutcome, pullRequestsInEvent, uploadHandover: upload, writeHandover } = await loadHandover();
  const headSha = commitForEvent(context.event, { sha: context.env.GITHUB_SHA }).sha;
  if (!headSha) {
    context.io.warning("The results were not handed over: this event names no commit to report them on.");
    return;
  }
  const dir = join(context.env.RUNNER_TEMP || context.repoRoot, "flows-report");
  const file = await writeHandover(
    dir,
    handoverFromOutcome(outcome, { repository: context.env.GITHUB_REPOSITORY as string, headSha, prNumbers: pullRequestsInEvent(outcome.event) }),
  );
  await upload({ file, rootDirectory: dir });
  context.io.info("This pull request comes from a fork, so its token cannot write checks or comments: the results were uploaded as the flows-report artifact for a workflow_run job to publish (see docs/pull-requests.md).");
}

/** `workflow_run` job: publish the handover of the run that triggered it. */
export async function publishHandedOver(context: GitHubReportContext): Promise<void> {
  const { triggeringRun, publishHandover } = await loadHandover();
  const run = triggeringRun(context.event);
  if (!run) throw new ActionInputError('handover "publish" needs a workflow_run event (the run whose results to publish).');
  const { createGitHubClient } = await import("../github/client.js");
  const client = await createGitHubClient({ token: context.token, baseUrl: context.env.GITHUB_API_URL, log: (m) => context.io.info(m) });
  const result = await publishHandover({
    client,
    repository: context.env.GITHUB_REPOSITORY as string,
    workflowRun: run,
    checks: context.report.checks,
    comment: context.report.comment,
    commentKey: context.report.commentKey,
    io: context.io,
    ...(runUrl(context.env) ? { runUrl: runUrl(context.env) } : {}),
    ...(context.report.botLogin ? { botLogin: context.report.botLogin } : {}),
  });
  const lines = [
    "### flows-action handover",
    "",
    result.published
      ? `Published the results of run ${run.id}: ${result.checkRuns} check run${result.checkRuns === 1 ? "" : "s"}${result.commentUrl ? `, [the comment](${result.commentUrl})` : ""}.`
      : `Nothing was published for run ${run.id}.${result.warnings.length ? ` ${result.warnings.join(" ")}` : ""}`,
  ];
  await context.io.appendSummary(`${lines.join("\n")}\n${result.summaryNote ?? ""}`);
}

/** The reporter's live hooks beside another observer's. */
export function alongside(first: DispatchObserver, second: DispatchObserver | undefined): DispatchObserver {
  if (!second) return first;
  return {
    async onStepStart(run) {
      await first.onStepStart?.(run);
      await second.onStepStart?.(run);
    },
    onStepLine(run, stream, line) {
      first.onStepLine?.(run, stream, line);
      second.onStepLine?.(run, stream, line);
    },
    async onStepEnd(run) {
      await first.onStepEnd?.(run);
      await second.onStepEnd?.(run);
    },
  };
}

async function loadHandover() {
  const [handover, commit, pulls] = await Promise.all([
    import("../report/handover.js"),
    import("../report/checks-commit.js"),
    import("../report/comment-pulls.js"),
  ]);
  return { ...handover, commitForEvent: commit.commitForEvent, pullRequestsInEvent: pulls.pullRequestsInEvent };
}

function insideWorkflowRun(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID && env.GITHUB_ACTIONS === "true");
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ActionInputError(`Input "${name}" is "${value}"; expected one of: ${allowed.join(", ")}.`);
}
