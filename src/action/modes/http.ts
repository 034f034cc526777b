import type { DispatchOutcome } from "../../engine/dispatch.js";
import { logText } from "../../log-text.js";
import type { ActionContext } from "../context.js";
import { ActionInputError } from "../inputs.js";
import { publish } from "./common.js";
import { reportToGitHub } from "./report.js";

/** http: send the event to a flow backend, wait for its runs, and report them like local ones. */
export async function httpMode(context: ActionContext): Promise<DispatchOutcome> {
  const { backend } = context.inputs;
  if (!backend.url) throw new ActionInputError('mode "http" needs the input "backend-url" (the flow backend to send the event to).');
  const { dispatchToBackend } = await import("../../backend/index.js");
  const outcome = await dispatchToBackend(context.event, {
    url: backend.url,
    ...(backend.token ? { token: backend.token } : {}),
    ...(backend.apiKey ? { apiKey: backend.apiKey } : {}),
    ...(backend.hmacSecret ? { hmacSecret: backend.hmacSecret } : {}),
    ...(backend.timeoutMs ? { timeoutMs: backend.timeoutMs } : {}),
    onProgress: (runs) => context.io.info(logText(runs.map((run) => `${run.flowName}/${run.stepName}: ${run.effectiveStatus}`).join(", "))),
  });
  await reportToGitHub(context, outcome);
  await publish(context, outcome);
  return outcome;
}
