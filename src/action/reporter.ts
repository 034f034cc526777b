import type { FlowEvent } from "../contracts.js";
import type { DispatchObserver, DispatchOutcome } from "../engine/dispatch.js";
import type { GitHubClient } from "../github/client.js";
import { logText } from "../log-text.js";
import type { GitHubReporter } from "../report/github-reporter.js";
import { handoverAction as decideHandover } from "../report/modes.js";
import { allProblems, flatten } from "../report/summary.js";
import type { RunnerEnvironment } from "./context.js";
import { debugClient } from "../github/debug.js";
import { ActionInputError, type GitHubReportInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";

// Check runs and the sticky comment: the action's GitHub writes for a dispatch. The report
// modules and Octokit load only when something is to be published.

export type GitHubReportContext = {
  io: ActionIO;
  runner: RunnerEnvironment;
  token: string;
  event: FlowEvent;
  report: GitHubReportInputs;
  dryRun: boolean;
  debug?: (message: string) => void;
  /**
   * Where the reports go instead of where the event says: the commit for check runs (none: no
   * check runs) and the pull requests for the comment. An HTTP replay whose event names targets
   * its id does not (src/backend/replay-event.ts) sets them from GITHUB_SHA.
   */
  targets?: ReportTargets;
};

export type ReportTargets = { headSha?: string; pullRequests: number[] };

/**
 * What this job does about GitHub: report live, upload a handover, publish one, or nothing. A
 * pull request from a fork hands its results over (./handover.ts), docs/pull-requests.md.
 */
export function handoverAction(context: GitHubReportContext): "upload" | "publish" | "none" {
  if (!context.runner.insideWorkflowRun) return "none";
  return decideHandover(context.report.handover, context.event);
}

/**
 * The Octokit client for this job, its calls told to `debug`. `purpose` finishes "Input
 * github-token is empty, so ...": Octokit's own "Parameter token or opts.auth is required" came
 * out as a bug in flows-action, with its stack, for a secret that is not set.
 */
export async function actionClient(
  context: Pick<GitHubReportContext, "io" | "runner" | "token" | "debug">,
  purpose = "the GitHub API cannot be called",
): Promise<GitHubClient> {
  if (!context.token) {
    throw new ActionInputError(
      `Input "github-token" is empty, so ${purpose} (a secret that is not set, or not available to this workflow, is an empty string). Pass a token, or leave github-token out for its default, \${{ github.token }}.`,
    );
  }
  const { createGitHubClient } = await import("../github/client.js");
  const client = await createGitHubClient({ token: context.token, baseUrl: context.runner.apiUrl, log: (m) => context.io.info(m) });
  return context.debug ? debugClient(client, context.debug) : client;
}

/**
 * The GitHub reporter's lifecycle for one job: opened at most once — when the first step
 * starts (so check runs show steps live) or at finish when the outcome is worth reporting —
 * observed while steps run, and always finished: with the outcome, or without one after a
 * failure, which closes the check runs left open.
 */
export class ActionReporter {
  #reporter: Promise<GitHubReporter | undefined> | undefined;
  #finished = false;

  constructor(private readonly context: GitHubReportContext) {}

  /** Whether this job may write to GitHub at all. */
  get enabled(): boolean {
    const { report, runner, token } = this.context;
    return (report.checks !== "off" || report.comment !== "off") && Boolean(token) && runner.insideWorkflowRun;
  }

  /** Checks or the comment are wanted in a workflow run, but there is no token to write them with. */
  get #withoutToken(): boolean {
    const { report, runner, token } = this.context;
    return (report.checks !== "off" || report.comment !== "off") && !token && runner.insideWorkflowRun;
  }

  /** Live hooks for dispatch: the reporter opens when the first step starts. */
  get observer(): DispatchObserver | undefined {
    if (!this.enabled) return undefined;
    return {
      onStepStart: async (run) => (await this.#open())?.onStepStart?.(run),
      onStepLine: () => {},
      onStepEnd: async (run) => (await this.#reporter)?.onStepEnd?.(run),
    };
  }

  /**
   * Completes the check runs and writes the comment, when the outcome is worth it. Call it
   * always, also when the dispatch failed (no outcome): check runs left open are closed.
   * Later calls do nothing.
   */
  async finish(outcome: DispatchOutcome | undefined): Promise<void> {
    if (this.#finished) return;
    this.#finished = true;
    const worth = outcome !== undefined && worthReporting(outcome, this.context.report.comment);
    if (worth && this.#withoutToken) {
      // A secret that is not set (or not given to this workflow) reaches the input as "".
      this.context.io.warning(
        'Input "github-token" is empty, so no check run or pull-request comment was written (a secret that is not set, or not available to this workflow, is an empty string). Pass a token, or set checks: off and comment: off.',
      );
    }
    if (!this.#reporter && !(worth && this.enabled)) return;
    const reporter = await this.#open();
    if (!reporter) return;
    const report = await reporter.finish(outcome);
    // Each step's own check run, so the log leads to it.
    for (const link of report.checkRunLinks ?? []) this.context.io.info(logText(`${link.name.replace(/^flows: /, "")}: check run ${link.url}`));
    if (report.resultTargetsNote) await this.context.io.appendSummary(report.resultTargetsNote, "where the steps' check runs went");
    if (report.summaryNote) await this.context.io.appendSummary(report.summaryNote, "the note on what could not be written to GitHub");
  }

  #open(): Promise<GitHubReporter | undefined> {
    this.#reporter ??= this.enabled ? this.#create() : Promise.resolve(undefined);
    return this.#reporter;
  }

  async #create(): Promise<GitHubReporter> {
    const { io, runner, event, report, targets } = this.context;
    const [client, { createGitHubReporter }, parts] = await Promise.all([
      actionClient(this.context),
      import("../report/github-reporter.js"),
      import("../report/comment-parts.js"),
    ]);
    return createGitHubReporter({
      client,
      repository: runner.repository as string,
      event,
      ...(runner.sha ? { githubSha: runner.sha } : {}),
      checks: targets && targets.headSha === undefined ? "off" : report.checks,
      comment: report.comment,
      ...(targets ? { ...(targets.headSha !== undefined ? { headSha: targets.headSha } : {}), pullRequests: targets.pullRequests } : {}),
      commentKey: report.commentKey,
      // Other flows-action steps of this run with the same comment-key share the comment.
      ...(runner.runId ? { commentPart: parts.newCommentPart({ ...runner, runId: runner.runId }) } : {}),
      ...(runner.runUrl ? { runUrl: runner.runUrl } : {}),
      serverUrl: runner.serverUrl,
      io,
      repoRoot: runner.workspace,
      ...(report.botLogin ? { botLogin: report.botLogin } : {}),
      // What the job summary has room for decides whether notes may point to it alone.
      summaryRoom: () => io.summaryRoom?.() ?? Promise.resolve(undefined),
    });
  }
}

/** Something ran or is wrong, or the comment is wanted even for nothing. */
function worthReporting(outcome: DispatchOutcome, comment: GitHubReportInputs["comment"]): boolean {
  if (outcome.dryRun) return false;
  const ran = flatten(outcome).some((each) => each.runs.length > 0);
  return ran || allProblems(outcome).some((p) => p.severity === "error") || comment === "always";
}
