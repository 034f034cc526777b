import type { FlowBackendError } from "../../backend/errors.js";
import type { DispatchOutcome } from "../../engine/dispatch.js";
import { logText } from "../../log-text.js";
import { inlineCode, inlineText } from "../../report/markdown.js";
import type { ActionContext } from "../context.js";
import { ActionInputError } from "../inputs.js";
import { nothingRan } from "../outcome.js";
import { writeOutputs } from "../outputs.js";
import { publish } from "./common.js";
import { reportToGitHub } from "./report.js";

/** http: send the event to a flow backend, wait for its runs, and report them like local ones. */
export async function httpMode(context: ActionContext): Promise<DispatchOutcome> {
  const { backend } = context.inputs;
  if (!backend.url) throw new ActionInputError('mode "http" needs the input "backend-url" (the flow backend to send the event to).');
  const { dispatchToBackend, FlowBackendError, displayUrl } = await import("../../backend/index.js");
  const shown = displayUrl(backend.url);
  if (context.inputs.dryRun) return dryRun(context, shown);
  let outcome: DispatchOutcome;
  try {
    outcome = await dispatchToBackend(context.event, {
      url: backend.url,
      ...(backend.token ? { token: backend.token } : {}),
      ...(backend.apiKey ? { apiKey: backend.apiKey } : {}),
      ...(backend.hmacSecret ? { hmacSecret: backend.hmacSecret } : {}),
      ...(backend.timeoutMs ? { timeoutMs: backend.timeoutMs } : {}),
      warn: (message) => context.io.warning(message),
      onProgress: (runs) => context.io.info(logText(runs.map((run) => `${run.flowName}/${run.stepName}: ${run.effectiveStatus}`).join(", "))),
    });
  } catch (error) {
    if (error instanceof FlowBackendError) await reportFailure(context, error, shown);
    throw error;
  }
  await reportToGitHub(context, outcome);
  await publish(context, outcome, shown);
  return outcome;
}

/**
 * The backend failed or timed out: the runs as last seen are still reported (summary, checks,
 * comment, outputs), and the summary says why the job failed. The error then fails the job.
 */
async function reportFailure(context: ActionContext, error: FlowBackendError, shown: string): Promise<void> {
  if (error.outcome) {
    await reportToGitHub(context, error.outcome);
    await publish(context, error.outcome, shown);
  }
  const seen = error.outcome ? " The runs above are as the backend last reported them." : "";
  await context.io.appendSummary(`\n> [!CAUTION]\n> **The flow backend dispatch failed:** ${inlineText(error.message, 2000)}${seen}\n`, "the flow backend's failure");
}

/**
 * dry-run: "run nothing, record nothing". A flow backend has no dry run: the event it is sent
 * starts its flows, so it is not sent at all, and the summary says so.
 */
async function dryRun(context: ActionContext, shown: string): Promise<DispatchOutcome> {
  const outcome: DispatchOutcome = { ...nothingRan(context.event), dryRun: true };
  const message = `Dry run: the event was not sent to the flow backend at ${shown}, which has no dry run (it would run its flows).`;
  context.io.info(logText(message));
  await context.io.appendSummary(`### Flows for ${inlineCode(context.event.type)}\n\n${inlineText(message, 1000)}\n`, "the dry run's note");
  await writeOutputs(context.io, outcome);
  return outcome;
}
