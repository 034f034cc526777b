import type { FlowDiagnostic } from "../../contracts.js";
import { type DispatchOutcome, dispatch } from "../../engine/dispatch.js";
import { runIdFor } from "../../engine/ids.js";
import type { ActionContext } from "../context.js";
import { ActionInputError } from "../inputs.js";
import { logGroups } from "../log-groups.js";
import { RUNS_FILE_TOO_LARGE } from "../../report/problem-places.js";
import { checkRunsFilePath, readStepSelection, type StepSelector, writeRunsFile } from "../scale-out.js";
import { discover, engineOptions, publish } from "./common.js";

/** run-step: run the steps of one matrix entry and write their runs for the report job. */
export async function runStepMode(context: ActionContext): Promise<DispatchOutcome> {
  const { runsFile, steps } = context.inputs;
  if (!runsFile) throw new ActionInputError('mode "run-step" needs the input "runs-file" (where this job writes its runs).');
  const only = readStepSelection(steps);
  await checkRunsFilePath(runsFile);
  const discovery = await discover(context);
  // The steps the plan counted as handled before cost no run of this job's cap either, should
  // this job run them (the dispatch that was running one has failed it since): the plan gave the
  // job's other steps their runs on that count, and the report job counts so too.
  const handledBefore = new Set(only.filter((step) => step.handledBefore === true).map((step) => runIdFor(context.event.id, step.flow, step.step)));
  const outcome = await dispatch(context.event, {
    ...engineOptions(context, discovery),
    only,
    ...(handledBefore.size > 0 ? { handledBefore } : {}),
    observer: logGroups(context.io),
  });
  outcome.problems.push(...unmatchedSteps(only, outcome));
  const tooLarge = await writeRunsFile(runsFile, outcome);
  if (tooLarge) {
    outcome.problems.push({
      severity: "error",
      file: runsFile,
      message: `${RUNS_FILE_TOO_LARGE}this job's runs file ${tooLarge}, so the report job will skip it and show this job's steps as canceled. Their results are in this job's log and summary. Make the steps' FLOW_RESULTs (their payloads and next events) smaller.`,
    });
  }
  // Check runs and the comment are the report job's: it publishes every step once.
  await publish(context, outcome);
  return outcome;
}

/**
 * The plan job gave this job steps that do not match here, so they did not run: an error each,
 * or the job would pass green having run nothing, and the report would only call them lost.
 * It happens when the jobs see the event differently (a condition on github.job or
 * github.run_attempt after "Re-run failed jobs", a changed() list that differed).
 */
function unmatchedSteps(only: StepSelector[], outcome: DispatchOutcome): FlowDiagnostic[] {
  const ran = new Set(outcome.runs.map((run) => JSON.stringify([run.flowName, run.stepName])));
  return only
    .filter(({ flow, step }) => !ran.has(JSON.stringify([flow, step])))
    .map(({ flow, step }) => {
      const miss = outcome.mismatches.find((each) => each.flow.name === flow && each.step.name === step);
      const why = miss
        ? `it does not match the event in this job (${miss.message}), so it did not run. The plan job matched it: a trigger condition that reads what differs between the jobs (github.job, github.run_attempt after a re-run) does this`
        : "no flow package here has that step, so it did not run. Pass the steps the plan job of this workflow run wrote (matrix.steps)";
      return { severity: "error", file: 'input "steps"', message: `"${flow}/${step}" is one of this job's steps, but ${why}.` };
    });
}
