import type { FlowBackendError } from "../../backend/errors.js";
import type { DispatchOutcome } from "../../engine/dispatch.js";
import { logText } from "../../log-text.js";
import { inlineText } from "../../report/markdown.js";
import type { ActionContext } from "../context.js";
import { ActionInputError } from "../inputs.js";
import { publish } from "./common.js";
import { reportToGitHub } from "./report.js";

/** http: send the event to a flow backend, wait for its runs, and report them like local ones. */
export async function httpMode(context: ActionContext): Promise<DispatchOutcome> {
  const { backend } = context.inputs;
  if (!backend.url) throw new ActionInputError('mode "http" needs the input "backend-url" (the flow backend to send the event to).');
  const { dispatchToBackend, FlowBackendError, displayUrl } = await import("../../backend/index.js");
  const shown = displayUrl(backend.url);
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
