import type { FlowRunView } from "../contracts.js";
import type { CheckConclusion, CheckOutput } from "../github/checks.js";
import type { GitHubClient } from "../github/client.js";
import { type ApiFailure, apiFailure, isDenied } from "../github/errors.js";
import { pullRequest } from "../github/pulls.js";
import { failureAnswer } from "../github/permissions.js";
import { ANNOTATIONS_PER_REQUEST, type Annotations, annotatedOutput } from "./checks-annotations.js";
import { type CheckRunCalls, ChecksStopped } from "./checks-api.js";
import { cutMarkdownToBytes, inlineCode, inlineText } from "./markdown.js";
import { type NamedTarget, targetLabel } from "./result-targets.js";

/** What became of one pull request or commit a step named. */
export type TargetReport = {
  /** `flow/step`. */
  step: string;
  /** The check run's name (the step's own). */
  name: string;
  /** `pull request #12` or `commit 0123456789ab`. */
  target: string;
  /** The commit the check run went on (or would have). */
  headSha?: string;
  /** The check run's page, when written. */
  url?: string;
  /** Why it was not written; undefined when it was. */
  skipped?: string;
};

export type TargetWriterOptions = {
  client: GitHubClient;
  repository: string;
  /** The write queue (and its stop on refusal) the step check runs use. */
  calls: CheckRunCalls;
  /** The step's check run name there (with the event id) and its completion, as on the job's own commit. */
  nameOf: (run: FlowRunView) => string;
  completionOf: (run: FlowRunView) => { conclusion: CheckConclusion; output: CheckOutput; annotations?: Annotations; startedAt?: string } | undefined;
  /** The job's own commit, whose check runs are already written (per-step mode); skipped as a target. */
  ownSha?: string;
  detailsUrl?: string;
  now: () => string;
  /** A check run call that failed for good; `warning` is a sentence for the step's author. */
  onFailure: (what: string, error: unknown) => void;
  warning: (message: string) => void;
};

/**
 * Puts each named step's check run on the pull request's head or the commit it named: found by
 * name on that commit and updated, or created completed — one write per target, the first 50
 * annotations only (their lines are the checked-out commit's).
 */
export async function writeTargetCheckRuns(targets: readonly NamedTarget[], options: TargetWriterOptions): Promise<TargetReport[]> {
  const reports: TargetReport[] = [];
  const pulls = new Map<number, Promise<{ headSha?: string; skipped?: string }>>();
  // A refused lookup (the token lacks `pull-requests: read`) is said once, not once per pull request.
  const refused = { said: false };
  for (const { run, target } of targets) {
    const report: TargetReport = { step: `${run.flowName}/${run.stepName}`, name: options.nameOf(run), target: targetLabel(target) };
    reports.push(report);
    const completion = options.completionOf(run);
    if (!completion) {
      report.skipped = "the step has not ended";
      continue;
    }
    let sha: string | undefined;
    if (target.kind === "commit") sha = target.sha;
    else {
      const number = target.number;
      if (!pulls.has(number)) pulls.set(number, headOf(number, options, report.step, refused));
      const found = await pulls.get(number);
      sha = found?.headSha;
      if (found?.skipped) report.skipped = found.skipped;
    }
    if (!sha) {
      report.skipped ??= "its commit could not be found";
      continue;
    }
    report.headSha = sha;
    if (sha === options.ownSha) {
      report.skipped = "the step's check run is already on that commit";
      continue;
    }
    if (options.calls.stopped) {
      report.skipped = "check runs could not be written (see the warnings)";
      continue;
    }
    try {
      report.url = await writeOne(options, { name: report.name, sha, run, ...completion });
    } catch (error) {
      if (error instanceof ChecksStopped) {
        report.skipped = "check runs could not be written (see the warnings)";
        continue;
      }
      report.skipped = "writing it failed (see the warnings)";
      options.onFailure(`write check run "${report.name}" on ${report.target} (${sha.slice(0, 12)})`, error);
    }
  }
  return reports;
}

async function headOf(
  number: number,
  options: TargetWriterOptions,
  step: string,
  refused: { said: boolean },
): Promise<{ headSha?: string; skipped?: string }> {
  try {
    const pull = await pullRequest(options.client, { repository: options.repository, number });
    if (!pull) {
      options.warning(
        `flow step ${step} named pull request #${number}, which ${options.repository} does not have (or, in a private repository, the token lacks \`pull-requests: read\`); no check run was written for it.`,
      );
      return { skipped: "no such pull request" };
    }
    // A closed pull request's checks are no longer looked at; its head may be long gone.
    if (pull.state !== "open") return { skipped: `the pull request is ${pull.state}` };
    return { headSha: pull.headSha.toLowerCase() };
  } catch (error) {
    const failure = apiFailure(error);
    // One GitHub failed (a 5xx, no answer, a spent rate limit) is a failed write like the rest:
    // listed in the job summary's note and in their one annotation, not an annotation of its own.
    if (!isDenied(failure) && failure.kind !== "internal") {
      options.onFailure(`look up pull request #${number} for the check run of ${step}`, error);
      return { skipped: "the pull request could not be looked up" };
    }
    if (!isDenied(failure) || !refused.said) options.warning(lookupWarning(number, failure));
    if (isDenied(failure)) refused.said = true;
    return { skipped: "the pull request could not be looked up" };
  }
}

/** Looking up a pull request needs `pull-requests: read`, not the `checks: write` the check run needs. */
function lookupWarning(number: number, failure: ApiFailure): string {
  const advice = isDenied(failure)
    ? " The token needs `pull-requests: read` to find a pull request's head: add it under `permissions:` in the workflow."
    : failure.kind === "internal"
      ? " This is a bug in flows-action, not a problem of GitHub, the network or the token: please report it with this message."
      : "";
  return `A step's check run was not written on pull request #${number}: ${failureAnswer(failure)} to look it up.${advice}`;
}

async function writeOne(
  options: TargetWriterOptions,
  check: { name: string; sha: string; run: FlowRunView; conclusion: CheckConclusion; output: CheckOutput; annotations?: Annotations; startedAt?: string },
): Promise<string | undefined> {
  const { output } = annotatedOutput(check.output, check.annotations, ANNOTATIONS_PER_REQUEST);
  const fields = { conclusion: check.conclusion, completedAt: options.now(), ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}) };
  const existing = await options.calls.findOurs(check.name, check.sha);
  if (existing) {
    await options.calls.complete(existing.id, fields, output);
    return existing.htmlUrl;
  }
  const created = await options.calls.createCompleted(
    { ...fields, name: check.name, headSha: check.sha, externalId: check.run.id, ...(check.startedAt ? { startedAt: check.startedAt } : {}) },
    output,
  );
  return created.record.htmlUrl;
}

/** The job summary's account of where each extra check run went. */
export function targetsSummary(reports: readonly TargetReport[], problems: readonly string[]): string {
  if (reports.length === 0 && problems.length === 0) return "";
  const lines = ["### Check runs where the steps said", ""];
  if (reports.length > 0) {
    lines.push("| Step | Named | Check run |", "| --- | --- | --- |");
    for (const report of reports) {
      const where = report.skipped
        ? `not written: ${inlineText(report.skipped, 200)}`
        : `${report.url ? `[${inlineText(report.name, 120)}](${report.url})` : inlineText(report.name, 120)} on ${inlineCode(report.headSha?.slice(0, 12) ?? "")}`;
      lines.push(`| ${inlineText(report.step, 200)} | ${targetCell(report.target)} | ${where} |`);
    }
    lines.push("");
  }
  for (const problem of problems) lines.push(`- ${inlineText(problem, 600)}`);
  // Bounded, so that the results after it get the room they were sized for (REPORTER_NOTES_BYTES).
  return cutMarkdownToBytes(`${lines.join("\n")}\n`, TARGETS_NOTE_BYTES, (cut) => `\n> [!NOTE]\n> ${cut} bytes of this table were left out; the job log has a line for each check run.\n`);
}

/** The most the result targets' table takes of the job summary. */
export const TARGETS_NOTE_BYTES = 32 * 1024;

/** Our own label (targetLabel): `#12` stays a link to the pull request (inlineText breaks references). */
function targetCell(target: string): string {
  return /^(?:pull request #\d+|commit [0-9a-f]{7,64})$/.test(target) ? target.replace("#", "\\#") : inlineText(target, 60);
}
