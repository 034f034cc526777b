import type { FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { redactor } from "../redact.js";
import { flatten } from "../report/summary.js";
import type { ActionIO } from "./io.js";

// A job's outputs may total 1 MB; keep `results` well under it so other outputs fit.
// https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/passing-information-between-jobs
export const RESULTS_OUTPUT_LIMIT_CHARS = 512 * 1024;

export async function writeOutputs(io: ActionIO, outcome: DispatchOutcome): Promise<void> {
  const runs = flatten(outcome).flatMap((each) => each.runs);
  await io.setOutput("event-id", outcome.eventId);
  await io.setOutput("event-type", outcome.event.type);
  await io.setOutput("matched", String(outcome.matched));
  await io.setOutput("already-handled", String(runs.filter((run) => run.alreadyHandled).length));
  await io.setOutput("needs-attention", String(runs.some((run) => run.needsAttention)));
  await io.setOutput("results", resultsJson(runs));
}

/**
 * Run views as JSON for later steps. Output tails stay in the summary and the log; if the
 * views are still too large, each is reduced to its identity, status and message (redacted
 * before it is cut, so the cut cannot leave the start of a secret).
 */
export function resultsJson(runs: FlowRunView[]): string {
  const views = runs.map(({ output: _output, ...view }) => view);
  const full = JSON.stringify(views);
  if (full.length <= RESULTS_OUTPUT_LIMIT_CHARS) return full;
  const brief = runs.map((run) => ({
    id: run.id,
    eventId: run.eventId,
    flowName: run.flowName,
    stepName: run.stepName,
    processStatus: run.processStatus,
    resultStatus: run.resultStatus,
    effectiveStatus: run.effectiveStatus,
    needsAttention: run.needsAttention,
    message: typeof run.resultPayload?.message === "string" ? redactor.redact(run.resultPayload.message).slice(0, 500) : undefined,
    truncated: true,
  }));
  return JSON.stringify(brief);
}
