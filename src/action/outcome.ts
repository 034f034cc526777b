import type { FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { ShadowedFlow, StepMismatch } from "../flows/types.js";

// The one place the action assembles a DispatchOutcome itself (the engine builds the ones it
// dispatches): for an event nothing ran for, for the report job's merged runs, and for the
// chained events the run-step jobs handed over.

export type OutcomeParts = {
  event: FlowEvent;
  runs: FlowRunView[];
  /** Defaults to the runs' ids. */
  runIds?: string[];
  mismatches?: StepMismatch[];
  problems?: FlowDiagnostic[];
  shadowed?: ShadowedFlow[];
  children?: DispatchOutcome[];
  dryRun?: boolean;
};

/** An outcome from runs: a duplicate when every run was handled before. */
export function assembleOutcome(parts: OutcomeParts): DispatchOutcome {
  const duplicate = parts.runs.length > 0 && parts.runs.every((run) => run.alreadyHandled);
  const runIds = parts.runIds ?? parts.runs.map((run) => run.id);
  return {
    status: duplicate ? "duplicate" : "accepted",
    eventId: parts.event.id,
    runIds,
    // As in the engine: the steps run, not those handled before (a duplicate: 0, idempotent true).
    matched: parts.runs.filter((run) => !run.alreadyHandled).length,
    ...(duplicate ? { idempotent: true } : {}),
    event: parts.event,
    runs: parts.runs,
    mismatches: parts.mismatches ?? [],
    problems: parts.problems ?? [],
    shadowed: parts.shadowed ?? [],
    children: parts.children ?? [],
    dryRun: parts.dryRun ?? false,
  };
}

/** An event this job ran nothing for (a handover publish job). */
export function nothingRan(event: FlowEvent): DispatchOutcome {
  return assembleOutcome({ event, runs: [] });
}
