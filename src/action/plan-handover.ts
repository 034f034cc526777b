import { type EffectiveStatus, type FlowDiagnostic, type FlowEvent, type FlowRunView, isRunningElsewhere } from "../contracts.js";
import { checkContract } from "../contract-errors.js";
import { runIdFor } from "../engine/ids.js";
import { isSettled } from "../engine/run-view.js";
import { validateHandledRuns } from "../generated/validators/handled-runs.js";
import { validateHandledSteps } from "../generated/validators/handled-steps.js";
import { redactor } from "../redact.js";

// What the reusable workflow's plan job hands its report job about the steps handled before,
// in two job outputs (flows.yml). `handled-steps` holds run ids and status words only: the
// runner drops a job output it thinks holds a secret ("Skip output 'handled-runs' since it may
// contain secret"), which can befall `handled-runs` (run views, with step output and messages),
// never it. The report's run cap counts exactly the steps it lists as handled before, as the
// plan's did, so both leave out the same steps past the cap.

/**
 * The run views the plan hands the report job for the steps it gives no job, in one job output
 * and one input (an environment variable of at most 128 KiB on Linux): well under both.
 */
export const HANDED_OVER_LIMIT_BYTES = 64 * 1024;

/**
 * Most steps `handled-steps` lists (schemas/handled-steps.schema.json): at most 40 bytes each,
 * about 80 KB, under the 128 KiB of one input. A step handled before past it keeps its job.
 */
export const HANDLED_STEPS_LIMIT = 2000;
const HANDLED_STEPS_LIMIT_BYTES = HANDLED_STEPS_LIMIT * 48;

/** The plan's side: which steps get no job, and the two outputs that tell the report job. */
export type PlanHandover = {
  /** The steps given no job: handled before and settled, in order. */
  leftOut: FlowRunView[];
  /** `handled-runs`: as many of their views as fit HANDED_OVER_LIMIT_BYTES. */
  runsJson: string;
  /** `handled-steps`: every step counted as handled before (left out, or running elsewhere), by run id. */
  stepsJson: string;
  /** The run ids `handled-steps` lists. */
  listed: ReadonlySet<string>;
  /** Steps handled before past HANDLED_STEPS_LIMIT: they keep their jobs, and the report counts them against the cap. */
  unlisted: number;
};

/**
 * The plan's dry run marks the steps it counted as handled before (`alreadyHandled`: no run under
 * the cap). The settled ones get no job; one running in another dispatch keeps its job, whose
 * run-step job reports it. A view that does not fit whole in `handled-runs` goes without its
 * output tail, and one that does not fit at all is left to the report job to read from the store.
 */
export function handOver(planned: readonly FlowRunView[]): PlanHandover {
  const leftOut: FlowRunView[] = [];
  const steps: Record<string, EffectiveStatus> = {};
  const parts: string[] = [];
  let bytes = 2;
  let listed = 0;
  let unlisted = 0;
  for (const run of planned) {
    if (!run.alreadyHandled) continue;
    if (listed === HANDLED_STEPS_LIMIT) {
      unlisted += 1;
      continue;
    }
    listed += 1;
    steps[run.id] = run.effectiveStatus;
    if (!isSettled(run) || isRunningElsewhere(run)) continue;
    leftOut.push(run);
    const { output: _output, ...withoutOutput } = run;
    for (const view of run.output === undefined ? [run] : [run, withoutOutput]) {
      // Measured as the runner stores the output: redacted, in UTF-8 bytes.
      const part = redactor.redact(JSON.stringify(view));
      const size = Buffer.byteLength(part, "utf8") + (parts.length > 0 ? 1 : 0);
      if (bytes + size > HANDED_OVER_LIMIT_BYTES) continue;
      bytes += size;
      parts.push(part);
      break;
    }
  }
  return { leftOut, runsJson: `[${parts.join(",")}]`, stepsJson: JSON.stringify(steps), listed: new Set(Object.keys(steps)), unlisted };
}

/** The report's side: what the two inputs said, each checked, and what was wrong with them. */
export type ReceivedHandover = {
  /**
   * The run ids the plan counted as handled before: the report's run cap counts them so too.
   * `handled-steps` when it is usable, else the ids of the `handled-runs` views (a workflow
   * that passes only those).
   */
  handledBefore: Set<string>;
  /** The status `handled-steps` gave each, when it is usable. */
  statuses: Map<string, EffectiveStatus>;
  /** The plan's views, each checked as a run of this event handled before. */
  runs: FlowRunView[];
  /** Why `handled-runs` gave no views for the steps `handled-steps` lists, when it did not. */
  runsMissing?: string;
  /** A warning for each input that could not be used. */
  problems: FlowDiagnostic[];
};

/** What to pass instead, in workflow syntax. */
const PASS = (name: string): string => `Pass the plan job's output: ${name}: \${{ needs.plan.outputs.${name} }}.`;

/**
 * The report job's `handled-runs` and `handled-steps` inputs: text another job wrote, so each is
 * bounded before it is parsed, checked against its schema, and each view checked as a run of this
 * event handled before (its id the one this event gives its step). A value that fails costs a
 * warning, never the report: the steps it would have described are reported all the same.
 */
export function receiveHandover(inputs: { handledRuns: string; handledSteps: string }, event: FlowEvent): ReceivedHandover {
  const problems: FlowDiagnostic[] = [];
  const warn = (input: string, message: string): void => {
    problems.push({ severity: "warning", file: `input "${input}"`, message });
  };
  const runsText = inputs.handledRuns.trim();
  const runsRead = readJson(runsText, HANDED_OVER_LIMIT_BYTES, (value) => checkContract(validateHandledRuns, value, "handled-runs.schema.json"));
  if (runsRead.error) warn("handled-runs", `Input "handled-runs" ${runsRead.error}, so the plan's views of the steps handled before were not used: they are read from the state store instead. ${PASS("handled-runs")}`);
  const runs: FlowRunView[] = [];
  for (const run of runsRead.value ?? []) {
    const own = run.eventId === event.id && run.id === runIdFor(event.id, run.flowName, run.stepName);
    if (!own || run.alreadyHandled !== true || !isSettled(run)) {
      warn("handled-runs", `Input "handled-runs" holds ${run.flowName}/${run.stepName}, which is not a settled run of event ${event.id} handled before (it comes from another event or another workflow run): it was not used. ${PASS("handled-runs")}`);
    } else if (!runs.some((each) => each.id === run.id)) {
      runs.push(run);
    }
  }

  const stepsText = inputs.handledSteps.trim();
  const stepsRead = readJson(stepsText, HANDLED_STEPS_LIMIT_BYTES, (value) => checkContract(validateHandledSteps, value, "handled-steps.schema.json"));
  if (stepsRead.error) {
    warn("handled-steps", `Input "handled-steps" ${stepsRead.error}, so the report counts only the steps in handled-runs as handled before, and may count the others against the run cap and report them as not run. ${PASS("handled-steps")}`);
  }
  const statuses = new Map<string, EffectiveStatus>();
  for (const [id, status] of Object.entries(stepsRead.value ?? {})) if (status !== undefined) statuses.set(id, status);
  if (stepsRead.value === undefined) {
    return { handledBefore: new Set(runs.map((run) => run.id)), statuses, runs, problems };
  }
  const listed = runs.filter((run) => statuses.has(run.id));
  if (listed.length < runs.length) {
    const stray = runs.find((run) => !statuses.has(run.id)) as FlowRunView;
    warn("handled-runs", `Input "handled-runs" holds ${stray.flowName}/${stray.stepName}, which "handled-steps" does not list as handled before: the two inputs come from different plan jobs, and the views handled-steps does not list were not used. ${PASS("handled-runs")}`);
  }
  const runsMissing =
    runsRead.error !== undefined
      ? `input "handled-runs" ${runsRead.error}`
      : runsText === "" && statuses.size > 0
        ? 'input "handled-runs" is empty while "handled-steps" lists steps handled before: the runner drops a job output it thinks holds a secret (the plan job\'s log says "Skip output \'handled-runs\' since it may contain secret"), or the workflow does not pass it'
        : undefined;
  return { handledBefore: new Set(statuses.keys()), statuses, runs: listed, ...(runsMissing ? { runsMissing } : {}), problems };
}

/** Empty text is no value; too long, not JSON or not the contract is an error sentence. */
function readJson<T>(text: string, limitBytes: number, check: (value: unknown) => T): { value?: T; error?: string } {
  if (text === "") return {};
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > limitBytes) return { error: `is ${bytes} bytes, more than the ${limitBytes} a plan job writes` };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: "is not JSON" };
  }
  try {
    return { value: check(parsed) };
  } catch (error) {
    return { error: `is not what a plan job writes (${(error as Error).message})` };
  }
}
