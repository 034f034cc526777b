import { join } from "node:path";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { handoverAction as decideHandover } from "../report/modes.js";
import { ActionInputError } from "./inputs.js";
import { actionClient, type GitHubReportContext } from "./reporter.js";

// A pull request from a fork gets a read-only token: its job hands the results over as an
// artifact, and a trusted `workflow_run` job publishes them (docs/pull-requests.md).

/** What this job does about GitHub: report live, upload a handover, publish one, or nothing. */
export function handoverAction(context: GitHubReportContext): "upload" | "publish" | "none" {
  if (!context.runner.insideWorkflowRun) return "none";
  return decideHandover(context.report.handover, context.event);
}

/** Fork pull request: hand the results to a trusted `workflow_run` job as an artifact. */
export async function uploadHandover(context: GitHubReportContext, outcome: DispatchOutcome): Promise<void> {
  if (context.dryRun) return;
  const { commitForEvent, handoverFromOutcome, pullRequestsInEvent, uploadHandover: upload, writeHandover } = await loadHandover();
  const { runner } = context;
  const headSha = commitForEvent(context.event, { sha: runner.sha }).sha;
  if (!headSha) {
    context.io.warning("The results were not handed over: this event names no commit to report them on.");
    return;
  }
  const dir = join(runner.temp || runner.workspace, "flows-report");
  const file = await writeHandover(
    dir,
    handoverFromOutcome(outcome, { repository: runner.repository as string, headSha, prNumbers: pullRequestsInEvent(outcome.event) }),
  );
  await upload({ file, rootDirectory: dir });
  context.io.info("This pull request comes from a fork, so its token cannot write checks or comments: the results were uploaded as the flows-report artifact for a workflow_run job to publish (see docs/pull-requests.md).");
}

/** `workflow_run` job: publish the handover of the run that triggered it. */
export async function publishHandedOver(context: GitHubReportContext): Promise<void> {
  const { triggeringRun, publishHandover } = await loadHandover();
  const run = triggeringRun(context.event);
  if (!run) throw new ActionInputError('handover "publish" needs a workflow_run event (the run whose results to publish).');
  const { runner, report } = context;
  const result = await publishHandover({
    client: await actionClient(context),
    repository: runner.repository as string,
    workflowRun: run,
    checks: report.checks,
    comment: report.comment,
    commentKey: report.commentKey,
    io: context.io,
    ...(runner.runUrl ? { runUrl: runner.runUrl } : {}),
    ...(report.botLogin ? { botLogin: report.botLogin } : {}),
  });
  const lines = [
    "### flows-action handover",
    "",
    result.published
      ? `Published the results of run ${run.id}: ${result.checkRuns} check run${result.checkRuns === 1 ? "" : "s"}${result.commentUrl ? `, [the comment](${result.commentUrl})` : ""}.`
      : `Nothing was published for run ${run.id}.${result.warnings.length ? ` ${result.warnings.join(" ")}` : ""}`,
  ];
  await context.io.appendSummary(`${lines.join("\n")}\n${result.summaryNote ?? ""}`, "the handover's report");
}

async function loadHandover() {
  const [handover, commit, pulls] = await Promise.all([
    import("../report/handover.js"),
    import("../report/checks-commit.js"),
    import("../report/comment-pulls.js"),
  ]);
  return { ...handover, commitForEvent: commit.commitForEvent, pullRequestsInEvent: pulls.pullRequestsInEvent };
}
