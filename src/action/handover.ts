import { join } from "node:path";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { inlineText } from "../report/markdown.js";
import { MAX_HANDOVERS_PER_RUN } from "../report/modes.js";
import { shownValue } from "../redact-cut.js";
import { UserError } from "../user-error.js";
import { ActionInputError } from "./inputs.js";
import { actionClient, type GitHubReportContext } from "./reporter.js";

// A pull request from a fork gets a read-only token: its job hands the results over as an
// artifact, and a trusted `workflow_run` job publishes them (docs/pull-requests.md). Which of
// the two a job does, if either, is handoverAction's (./reporter.ts); this module is imported
// only by a job that does one, off the start of the others (the cold-start guard, BENCHMARKS.md).

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
  const name = await uploadUnderFreeName((candidate) => upload({ file, rootDirectory: dir, name: candidate }), handoverArtifactNames());
  context.io.info(`This pull request comes from a fork, so its token cannot write checks or comments: the results were uploaded as the ${name} artifact for a workflow_run job to publish (see docs/pull-requests.md).`);
}

/**
 * Artifact names are unique in a workflow run, and a second flows-action in the run (another
 * step of the job, another job, a second call of the reusable workflow) was refused flows-report
 * with a 409 that failed its job: each takes the first free name of handoverArtifactNames(),
 * all of which the publisher reads.
 */
async function uploadUnderFreeName(upload: (name: string) => Promise<unknown>, names: readonly string[]): Promise<string> {
  for (const [i, name] of names.entries()) {
    try {
      await upload(name);
      return name;
    } catch (error) {
      const taken = /\(409\)|already exists/i.test((error as Error)?.message ?? "");
      if (!taken) throw uploadFailed(name, error);
      if (i === names.length - 1) {
        throw new UserError(
          `The results were not handed over: this workflow run already has the artifacts ${names.join(", ")}, one per flows-action that handed results over, and a workflow_run job publishes no more. Run fewer flows-action steps or jobs per workflow on fork pull requests (several flows-path roots fit in one).`,
        );
      }
    }
  }
  throw new Error("no artifact name to try");
}

/**
 * An upload the artifact service refused, or one this process cannot make: @actions/artifact's
 * own error ("Unable to get the ACTIONS_RUNTIME_TOKEN env variable", a 403 or 500 from the results
 * service) came out as a bug in flows-action, with its stack. Said as what it is, and the fix.
 */
function uploadFailed(name: string, error: unknown): unknown {
  if (error instanceof UserError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  const noRuntime = /ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(detail);
  return new UserError(
    `The results were not handed over: the upload of the ${name} artifact failed: ${shownValue(detail, 500)}. ` +
      (noRuntime
        ? "Artifacts are uploaded with the ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL a GitHub Actions runner gives a JavaScript action: outside a runner (@github/local-action, `flows github`), set handover: off."
        : "Re-run the job; nothing was published for this pull request.") +
      " The results are in this job's summary.",
  );
}

/** `workflow_run` job: publish the handover of the run that triggered it. */
export async function publishHandedOver(context: GitHubReportContext): Promise<void> {
  const { triggeringRun, publishHandover, runArtifactFinder } = await loadHandover();
  const run = triggeringRun(context.event);
  if (!run) throw new ActionInputError('handover "publish" needs a workflow_run event (the run whose results to publish).');
  const { runner, report } = context;
  const client = await actionClient(context, "the handover of the run that triggered this one cannot be published");
  // Every handover of the run, in the order they were uploaded: a name is taken only when the
  // one before it is, so the first one missing ends the search. One listing of the run's
  // artifacts answers for every name.
  const findArtifact = runArtifactFinder(client, { repository: runner.repository as string, runId: run.id });
  const published: Awaited<ReturnType<typeof publishHandover>>[] = [];
  for (const [i, artifactName] of handoverArtifactNames().entries()) {
    const result = await publishHandover({
      client,
      repository: runner.repository as string,
      workflowRun: run,
      checks: report.checks,
      comment: report.comment,
      // Each handover its own sticky comment: the second would otherwise replace the first.
      commentKey: i === 0 ? report.commentKey : `${report.commentKey}-${i + 1}`,
      io: context.io,
      artifactName,
      findArtifact,
      quietWhenMissing: i > 0,
      ...(runner.runUrl ? { runUrl: runner.runUrl } : {}),
      ...(report.botLogin ? { botLogin: report.botLogin } : {}),
    });
    if (result.missing && i > 0) break;
    published.push(result);
    if (result.missing) break;
  }
  const lines = ["### flows-action handover", ""];
  for (const [i, result] of published.entries()) {
    const which = published.length > 1 ? ` (${handoverArtifactNames()[i]})` : "";
    lines.push(
      result.published
        ? `Published the results of run ${run.id}${which}: ${result.checkRuns} check run${result.checkRuns === 1 ? "" : "s"}${result.commentUrl ? `, [the comment](${result.commentUrl})` : ""}.`
        : // The warnings quote the fork's file (a refused handover's repository, a step's name): text, not markdown.
          `Nothing was published for run ${run.id}${which}.${result.warnings.length ? ` ${result.warnings.map((warning) => inlineText(warning, 2_000)).join(" ")}` : ""}`,
    );
  }
  const notes = published.map((result) => result.summaryNote ?? "").join("");
  await context.io.appendSummary(`${lines.join("\n")}\n${notes}`, "the handover's report");
}

function handoverArtifactNames(): string[] {
  return Array.from({ length: MAX_HANDOVERS_PER_RUN }, (_, i) => (i === 0 ? "flows-report" : `flows-report-${i + 1}`));
}

async function loadHandover() {
  const [handover, commit, pulls, artifacts] = await Promise.all([
    import("../report/handover.js"),
    import("../report/checks-commit.js"),
    import("../report/comment-pulls.js"),
    import("../github/artifacts.js"),
  ]);
  return { ...handover, commitForEvent: commit.commitForEvent, pullRequestsInEvent: pulls.pullRequestsInEvent, runArtifactFinder: artifacts.runArtifactFinder };
}
