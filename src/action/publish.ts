import type { EffectiveStatus, FlowDiagnostic, FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { allProblems, flatten, renderSummary } from "../report/summary.js";
import type { ActionIO } from "./io.js";
import { writeOutputs } from "./outputs.js";

// GitHub shows at most 10 error and 10 warning annotations per step; the summary lists all.
// https://docs.github.com/en/actions/using-workflows/workflow-commands-for-github-actions
const ANNOTATIONS_PER_KIND = 10;

export type PublishOptions = {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  repoRoot: string;
  failOn: Set<EffectiveStatus>;
};

/** What every mode ends with: annotations, the job summary, outputs, and fail-on. */
export async function publishOutcome(outcome: DispatchOutcome, options: PublishOptions): Promise<void> {
  const { io, env, repoRoot } = options;
  annotate(io, allProblems(outcome), repoRoot);
  await io.appendSummary(renderSummary(outcome, { runUrl: runUrl(env), baseDir: repoRoot }));
  await writeOutputs(io, outcome);
  const failing = failingRuns(outcome, options.failOn);
  if (failing.length > 0) {
    const names = failing.map((run) => `${run.flowName}/${run.stepName} (${run.effectiveStatus})`);
    io.setFailed(
      `${failing.length} flow step${failing.length === 1 ? "" : "s"} ended with a status listed in fail-on: ${names.join(", ")}`,
    );
  }
}

export function failingRuns(outcome: DispatchOutcome, failOn: Set<EffectiveStatus>): FlowRunView[] {
  return flatten(outcome)
    .flatMap((each) => each.runs)
    .filter((run) => failOn.has(run.effectiveStatus));
}

export function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env;
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined;
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
