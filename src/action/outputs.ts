import type { FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import { redactor } from "../redact.js";
import { redacted } from "../redact-cut.js";
import { flatten } from "../report/summary.js";
import type { ActionIO } from "./io.js";

// A job's outputs may total 1 MB (UTF-8 bytes); keep `results` well under it so other outputs fit.
// https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/passing-information-between-jobs
// Counted in bytes after redaction, as the runner stores it: counted in UTF-16 characters, a
// result of CJK text passed as 512 K characters and 1.5 MB, over the job's whole allowance.
export const RESULTS_OUTPUT_LIMIT_BYTES = 512 * 1024;
const BRIEF_MESSAGE_CHARS = 500;

export async function writeOutputs(io: ActionIO, outcome: DispatchOutcome): Promise<void> {
  const outcomes = flatten(outcome);
  const runs = outcomes.flatMap((each) => each.runs);
  await io.setOutput("event-id", outcome.eventId);
  await io.setOutput("event-type", outcome.event.type);
  // The steps this job ran: for the event, the events its steps chained (`next`) and, on a poll,
  // the new upstream releases, counted as `already-handled` and `results` count them.
  await io.setOutput("matched", String(outcomes.reduce((sum, each) => sum + each.matched, 0)));
  await io.setOutput("already-handled", String(runs.filter((run) => run.alreadyHandled).length));
  await io.setOutput("needs-attention", String(runs.some((run) => run.needsAttention)));
  const results = resultsOutput(runs);
  await io.setOutput("results", results.json);
  await io.setOutput("results-omitted", String(results.omitted));
  if (results.omitted > 0) {
    io.info(
      `flows-action: the results output holds ${runs.length - results.omitted} of the ${runs.length} runs, reduced to id/status/message: the other ${results.omitted} did not fit its ${RESULTS_OUTPUT_LIMIT_BYTES / 1024} KiB (results-omitted says how many; the job summary lists the runs as far as its 1 MiB goes, and counts those it leaves out).`,
    );
  }
}

export type ResultsOutput = {
  /** The `results` output: a JSON array of run views. */
  json: string;
  /** Runs left out of it, the last ones, because they did not fit (the `results-omitted` output). */
  omitted: number;
};

/**
 * Run views as JSON for later steps, redacted, at most RESULTS_OUTPUT_LIMIT_BYTES. Output tails
 * stay in the summary and the log; if the views are still too large, each is reduced to its
 * identity, status and message (redacted before it is cut, so the cut cannot leave the start of
 * a secret), as many as fit, in order; resultsOutput() says how many did not.
 */
export function resultsJson(runs: FlowRunView[]): string {
  return resultsOutput(runs).json;
}

/** resultsJson, and how many runs it left out. */
export function resultsOutput(runs: FlowRunView[]): ResultsOutput {
  const full = fullViews(runs);
  return full === undefined ? briefViews(runs) : { json: full, omitted: 0 };
}

/**
 * The whole views, or undefined once they pass the limit. Built one run at a time and given up
 * at the first that does not fit: a hundred runs of 4 MiB results were 400 MB of JSON, and a
 * redacted copy as large, before their size was looked at. Each part is redacted alone, and the
 * whole once more (at most the limit): a secret could straddle two parts.
 */
function fullViews(runs: FlowRunView[]): string | undefined {
  const parts: string[] = [];
  let bytes = 2;
  for (const { output: _output, ...view } of runs) {
    const part = redactor.redact(JSON.stringify(view));
    bytes += Buffer.byteLength(part, "utf8") + (parts.length > 0 ? 1 : 0);
    if (bytes > RESULTS_OUTPUT_LIMIT_BYTES) return undefined;
    parts.push(part);
  }
  return redactor.redact(`[${parts.join(",")}]`);
}

function briefViews(runs: FlowRunView[]): ResultsOutput {
  const brief: string[] = [];
  let bytes = 2;
  for (const run of runs) {
    const item = redactor.redact(JSON.stringify(briefView(run)));
    const size = Buffer.byteLength(item, "utf8") + (brief.length > 0 ? 1 : 0);
    if (bytes + size > RESULTS_OUTPUT_LIMIT_BYTES) break;
    brief.push(item);
    bytes += size;
  }
  return { json: redactor.redact(`[${brief.join(",")}]`), omitted: runs.length - brief.length };
}

function briefView(run: FlowRunView): Record<string, unknown> {
  const message = typeof run.resultPayload?.message === "string" ? redacted(run.resultPayload.message) : undefined;
  // Cut by code points: a cut inside a surrogate pair leaves half an emoji.
  return {
    id: run.id,
    eventId: run.eventId,
    flowName: run.flowName,
    stepName: run.stepName,
    processStatus: run.processStatus,
    resultStatus: run.resultStatus,
    effectiveStatus: run.effectiveStatus,
    needsAttention: run.needsAttention,
    message: message?.chars(BRIEF_MESSAGE_CHARS).text,
    truncated: true,
  };
}
