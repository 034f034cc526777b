import type { DispatchOutcome } from "../../engine/dispatch.js";
import { RUN_CAP_PROBLEM } from "../../engine/dispatch-problems.js";
import { randomHex } from "../../hash.js";
import { inlineCode } from "../../report/markdown.js";
import type { ActionContext } from "../context.js";
import { handOver, HANDLED_STEPS_LIMIT } from "../plan-handover.js";
import { openPlanState } from "../plan-state.js";
import { publishOutcome } from "../publish.js";
import { JOB_STEPS_LIMIT_BYTES, jobStepsOf, planMatrix } from "../scale-out.js";
import { discover, planSteps } from "./common.js";

/**
 * plan: match, and output a matrix of flows for the run-step jobs (runs nothing). Steps the
 * state store says were handled before get no job: their views go to the report job instead.
 */
export async function planMode(context: ActionContext): Promise<DispatchOutcome> {
  const { io, runner } = context;
  const discovery = await discover(context);
  const state = await openPlanState(context);
  let outcome: DispatchOutcome;
  try {
    outcome = await planSteps(context, discovery, { store: state.store });
  } finally {
    await state.close();
  }
  if (state.skipped) {
    io.warning(`The plan job could not read the ${context.inputs.state} state store (${state.skipped}), so every matching step gets a job, and each job checks whether its step was handled before.`);
  }
  const planned = outcome.runs;
  const handled = handOver(planned);
  const leftOut = new Set(handled.leftOut.map((run) => run.id));
  // A step running in another dispatch keeps its job, marked: handled before for its job's cap too.
  const { matrix, batched } = planMatrix(planned.filter((run) => !leftOut.has(run.id)).map((run) => ({ ...run, handledBefore: handled.listed.has(run.id) })));
  const jobs = matrix.include.length;
  // The cap of step runs per delivery (docs/hostile-input.md) applies to the workflow as a whole:
  // the steps over it get no job. The report job lists the same warning in its summary.
  const cap = outcome.problems.find((problem) => problem.message.startsWith(RUN_CAP_PROBLEM));
  if (cap) io.warning(cap.message);
  if (handled.unlisted > 0) {
    io.warning(
      `${handled.unlisted} more steps were handled before than the ${HANDLED_STEPS_LIMIT} the plan can list for the report job: they get jobs (each finds its step handled), and the report job counts them against the run cap, so it may list steps past the cap as not run although they ran.`,
    );
  }
  if (batched) io.warning(`${planned.length - leftOut.size} steps need a job, more than GitHub's 256 jobs per matrix allow for one job per flow: they run in ${jobs} batches.`);
  // Names this call's runs artifacts: a workflow that calls the reusable workflow twice gets two
  // plans, and the same artifact names from both would collide (upload-artifact refuses a name
  // twice in a run) or be downloaded by the other call's report job.
  io.setOutput("call-id", randomHex(4));
  io.setOutput("matrix", JSON.stringify(matrix));
  // The report job takes from each job's runs file only the runs of the steps given it here.
  const jobSteps = jobStepsOf(matrix, outcome.eventId);
  if (jobs > 0 && jobSteps === "") {
    io.warning(
      `The steps of the ${jobs} run-step jobs are too many to list for the report job in ${JOB_STEPS_LIMIT_BYTES} bytes (job-steps): it cannot check that each job reports only the steps it was given.`,
    );
  }
  io.setOutput("job-steps", jobSteps);
  io.setOutput("has-steps", String(planned.length > 0));
  // GitHub fails a matrix job whose matrix is empty: the run job runs only when this is "true".
  io.setOutput("has-jobs", String(jobs > 0));
  // Two outputs: the runner drops one it thinks holds a secret, which run views can; ids and
  // status words cannot, so the report job always knows which steps were handled before.
  io.setOutput("handled-runs", handled.runsJson);
  io.setOutput("handled-steps", handled.stepsJson);
  io.setOutput("event-id", outcome.eventId);
  io.setOutput("event-type", outcome.event.type);
  io.setOutput("matched", String(planned.length - leftOut.size));
  if (planned.length === 0) {
    // Nothing matched, so no report job follows: this job is the one that fails for a flow
    // package that cannot be loaded (its steps were never considered), as a single job does.
    await publishOutcome(outcome, { io, runner, failOn: context.inputs.failOn });
  } else {
    await io.appendSummary(planSummary(outcome.event.type, planned.length - leftOut.size, jobs, leftOut.size), "the plan");
  }
  return outcome;
}

function planSummary(eventType: string, steps: number, jobs: number, handled: number): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  const before = `${plural(handled, "step")} handled before ${handled === 1 ? "gets" : "get"} no job (already handled: ${handled}); the report job lists ${handled === 1 ? "it" : "them"}.`;
  // A repository_dispatch's event_type is any text its caller sends: inline code it cannot end.
  const type = inlineCode(eventType);
  if (steps === 0) return `Every step that matches ${type} was handled before: no run-step job starts. ${before}`;
  return `Planned ${plural(steps, "step")} for ${type} in ${plural(jobs, "job")}.${handled > 0 ? ` ${before}` : ""}`;
}
