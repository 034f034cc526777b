import { type DispatchOutcome, dispatch } from "../../engine/dispatch.js";
import type { ActionContext } from "../context.js";
import { ActionInputError } from "../inputs.js";
import { logGroups } from "../log-groups.js";
import { checkRunsFilePath, readStepSelection, writeRunsFile } from "../scale-out.js";
import { discover, engineOptions, publish } from "./common.js";

/** run-step: run the steps of one matrix entry and write their runs for the report job. */
export async function runStepMode(context: ActionContext): Promise<DispatchOutcome> {
  const { runsFile, steps } = context.inputs;
  if (!runsFile) throw new ActionInputError('mode "run-step" needs the input "runs-file" (where this job writes its runs).');
  const only = readStepSelection(steps);
  await checkRunsFilePath(runsFile);
  const discovery = await discover(context);
  const outcome = await dispatch(context.event, { ...engineOptions(context, discovery), only, observer: logGroups(context.io) });
  await writeRunsFile(runsFile, outcome);
  // Check runs and the comment are the report job's: it publishes every step once.
  await publish(context, outcome);
  return outcome;
}
