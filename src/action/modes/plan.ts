import type { DispatchOutcome } from "../../engine/dispatch.js";
import { RUN_CAP_PROBLEM } from "../../engine/dispatch-problems.js";
import { randomHex } from "../../hash.js";
import type { ActionContext } from "../context.js";
import { publishOutcome } from "../publish.js";
import { planMatrix } from "../scale-out.js";
import { discover, planSteps } from "./common.js";

/** plan: match, and output a matrix of flows for the run-step jobs (runs nothing). */
export async function planMode(context: ActionContext): Promise<DispatchOutcome> {
  const { io, runner } = context;
  const outcome = await planSteps(context, await discover(context));
  const planned = outcome.runs;
  const { matrix, batched } = planMatrix(planned);
  const jobs = matrix.include.length;
  // The cap of step runs per delivery (docs/hostile-input.md) applies to the workflow as a whole:
  // the steps over it get no job. The report job lists the same warning in its summary.
  const cap = outcome.problems.find((problem) => problem.message.startsWith(RUN_CAP_PROBLEM));
  if (cap) io.warning(cap.message);
  if (batched) io.warning(`${planned.length} steps matched, more than GitHub's 256 jobs per matrix allow for one job per flow: they run in ${jobs} batches.`);
  // Names this call's runs artifacts: a workflow that calls the reusable workflow twice gets two
  // plans, and the same artifact names from both would collide (upload-artifact refuses a name
  // twice in a run) or be downloaded by the other call's report job.
  io.setOutput("call-id", randomHex(4));
  io.setOutput("matrix", JSON.stringify(matrix));
  io.setOutput("has-steps", String(planned.length > 0));
  io.setOutput("event-id", outcome.eventId);
  io.setOutput("event-type", outcome.event.type);
  io.setOutput("matched", String(planned.length));
  if (planned.length === 0) {
    // Nothing matched, so no report job follows: this job is the one that fails for a flow
    // package that cannot be loaded (its steps were never considered), as a single job does.
    await publishOutcome(outcome, { io, runner, failOn: context.inputs.failOn });
  } else {
    await io.appendSummary(`Planned ${planned.length} step${planned.length === 1 ? "" : "s"} for \`${outcome.event.type}\` in ${jobs} job${jobs === 1 ? "" : "s"}.`, "the plan");
  }
  return outcome;
}
