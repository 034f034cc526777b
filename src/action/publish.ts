import type { EffectiveStatus, FlowDiagnostic, FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { logText } from "../log-text.js";
import { allProblems, flatten, renderSummary } from "../report/summary.js";
import type { RunnerEnvironment } from "./context.js";
import type { ActionIO } from "./io.js";
import { writeOutputs } from "./outputs.js";

// GitHub shows at most 10 error and 10 warning annotations per step; the summary lists all.
// https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions
const ANNOTATIONS_PER_KIND = 10;

export type PublishOptions = {
  io: ActionIO;
  runner: RunnerEnvironment;
  failOn: Set<EffectiveStatus>;
  /** The flow backend that ran the steps (HTTP mode), as it may be shown. */
  backend?: string;
};

/** What every mode ends with: annotations, the job summary, outputs, and fail-on. */
export async function publishOutcome(outcome: DispatchOutcome, options: PublishOptions): Promise<void> {
  const { io, runner } = options;
  const repoRoot = runner.workspace;
  logAlreadyHandled(io, outcome);
  annotate(io, allProblems(outcome), repoRoot);
  await io.appendSummary(
    renderSummary(outcome, { runUrl: runner.runUrl, baseDir: repoRoot, ...(options.backend ? { backend: options.backend } : {}) }),
  );
  await writeOutputs(io, outcome);
  const failing = failingRuns(outcome, options.failOn);
  if (failing.length > 0) {
    const names = failing.map((run) => `${run.flowName}/${run.stepName} (${run.effectiveStatus})`);
    io.setFailed(
      `${failing.length} flow step${failing.length === 1 ? "" : "s"} ended with a status listed in fail-on: ${names.join(", ")}`,
    );
  } else if (options.failOn.size > 0) {
    // A broken package's steps were never considered: a green job would hide that the event
    // they were written for went unhandled. (`fail-on: none` keeps every job green.)
    const errors = packageErrors(outcome);
    if (errors > 0) io.setFailed(packageErrorsMessage(errors));
  }
}

/** Error-severity problems in flow packages (a manifest, script, schema or condition that cannot be used). */
function packageErrors(outcome: DispatchOutcome): number {
  return allProblems(outcome).filter((problem) => problem.severity === "error").length;
}

function packageErrorsMessage(errors: number): string {
  return (
    `${errors} error${errors === 1 ? "" : "s"} in flow packages: the steps of a package that cannot be loaded were not considered ` +
    "for this event. The annotations and the job summary say where; `flows validate` checks packages before a push."
  );
}

export function failingRuns(outcome: DispatchOutcome, failOn: Set<EffectiveStatus>): FlowRunView[] {
  return flatten(outcome)
    .flatMap((each) => each.runs)
    .filter((run) => failOn.has(run.effectiveStatus));
}

/** Says in the log, not only in the summary, which steps ran before and so did not run now. */
function logAlreadyHandled(io: ActionIO, outcome: DispatchOutcome): void {
  for (const each of flatten(outcome)) {
    const handled = each.runs.filter((run) => run.alreadyHandled);
    if (handled.length === 0) continue;
    const steps = handled.map((run) => `${run.flowName}/${run.stepName} (${run.effectiveStatus})`).join(", ");
    const all = handled.length === each.runs.length;
    io.info(
      logText(`Event ${each.eventId} was already handled${all ? ", nothing ran" : ""}: ${steps} ${handled.length === 1 ? "was" : "were"} handled before and not run again.`),
    );
  }
}

function annotate(io: ActionIO, problems: FlowDiagnostic[], repoRoot: string): void {
  const counts = { error: 0, warning: 0 };
  for (const problem of problems) {
    counts[problem.severity] += 1;
    const properties = {
      title: "flows-action",
      file: problem.file.startsWith(`${repoRoot}/`) ? problem.file.slice(repoRoot.length + 1) : problem.file,
      startLine: problem.line,
      startColumn: problem.column,
    };
    if (counts[problem.severity] > ANNOTATIONS_PER_KIND) continue;
    if (problem.severity === "error") io.error(problem.message, properties);
    else io.warning(problem.message, properties);
  }
  const hidden = Math.max(0, counts.error - ANNOTATIONS_PER_KIND) + Math.max(0, counts.warning - ANNOTATIONS_PER_KIND);
  if (hidden > 0) {
    io.warning(`${hidden} more problems in flow packages are not shown as annotations; the job summary lists all ${problems.length}.`);
  }
}
