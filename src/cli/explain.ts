import { resolve } from "node:path";
import type { FlowEvent } from "../contracts.js";
import { flowEventFromGitHub, PayloadBudgetError, readGitHubRunContext } from "../events/index.js";
import { withRunnerRefVariables } from "../events/runner-ref.js";
import { type ConditionGitHubContext, gitHubConditionContext } from "../flows/condition.js";
import { explainMatch } from "../flows/explain.js";
import { discoverFlows, matchSteps } from "../flows/index.js";
import { renderExplainText } from "../report/explain.js";
import { formatProblem } from "../report/text.js";
import { type CliContext, warnNoPackages } from "./commands.js";
import { CommandFailed } from "./failure.js";
import { readEventFile, readJsonFile, refuseFlowEventAsWebhook, STDIN } from "./json-file.js";
import { reachedStepWarnings } from "./flow-warnings.js";
import { InputFileError } from "./usage.js";
import { payloadOfDelivery } from "./webhook-delivery.js";
import { refuseWebhookOfAnotherEvent, warnMissingAction } from "./webhook-shape.js";

export type ExplainOptions = {
  eventPath: string;
  /** With a GitHub event name, the file is a webhook payload, mapped as the action maps it. */
  eventName?: string;
};

/**
 * `flows explain --event event.json`: for every step, whether it matches the event and exactly
 * why (type, schema errors, the condition with the values it read). Runs nothing.
 */
export async function explainCommand(ctx: CliContext, options: ExplainOptions): Promise<number> {
  const path = options.eventPath === STDIN ? STDIN : resolve(options.eventPath);
  const invocation = ctx.invocation ?? "flows";
  let event: FlowEvent;
  let github: ConditionGitHubContext | undefined;
  if (options.eventName) {
    const read = await readJsonFile(path, "The event payload", invocation, ctx.signal);
    // GitHub's record of a delivery (`gh api .../deliveries/ID`): its payload, once its event is the one named.
    const payload = payloadOfDelivery(read, path, options.eventName, "--event-name") ?? read;
    refuseFlowEventAsWebhook(payload, path, "--event with --event-name", invocation);
    refuseWebhookOfAnotherEvent(options.eventName, payload, path, "--event-name");
    warnMissingAction(ctx.err, options.eventName, payload, path);
    // GITHUB_REF and its kin as a runner would set them for this event, unless they are set.
    const env = { ...withRunnerRefVariables(ctx.env, options.eventName, payload), GITHUB_EVENT_NAME: options.eventName };
    try {
      event = flowEventFromGitHub({ eventName: options.eventName, payload, context: readGitHubRunContext(env) });
    } catch (error) {
      // The action's message names the event, not where it came from: the file goes with it here.
      if (error instanceof PayloadBudgetError) throw new InputFileError(error.message, { file: path === STDIN ? "<stdin>" : path });
      throw error;
    }
    github = gitHubConditionContext({ env, eventName: options.eventName, payload });
  } else {
    event = (await readEventFile(path, invocation, ctx.signal)).event;
  }
  stopIfAborted(ctx.signal);
  // Every package is loaded (none deferred), so every step is explained.
  const discovery = await discoverFlows({ repoRoot: ctx.repoRoot, roots: ctx.roots, checkLayout: true });
  warnNoPackages(ctx, discovery);
  const result = await matchSteps(discovery.flows, event, { env: ctx.env, ...(github ? { github } : {}) });
  stopIfAborted(ctx.signal);
  const steps = explainMatch(discovery.flows, result);
  // With the warnings validate gives about the steps of the event's type, as fire counts them.
  const loaded = [...discovery.problems, ...(result.problems ?? [])];
  const problems = [...loaded, ...(await reachedStepWarnings(discovery.flows, [event.type], ctx.repoRoot, loaded))];
  if (ctx.json) {
    ctx.out(`${JSON.stringify({ event: { id: event.id, type: event.type }, steps, problems }, null, 2)}\n`);
  } else {
    ctx.out(`${renderExplainText(event, steps, { baseDir: ctx.repoRoot })}\n`);
    for (const problem of problems) ctx.err(`${formatProblem(problem, { color: ctx.color, baseDir: ctx.repoRoot })}\n`);
  }
  return 0;
}

/** A signal that came once the event was read (src/cli/signals.ts): nothing more is explained. */
function stopIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CommandFailed("Stopped before the explanation was printed: nothing ran.");
}
