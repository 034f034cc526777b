import { controlCharacterProblem } from "../events/pass-through.js";
import type { StepOutcome } from "../runners/types.js";
import { normalizeFlowEvent } from "./event.js";

/**
 * A step's result whose `next` asks for an event that cannot be dispatched fails its step, naming
 * the item: a missing or non-string id or type already fails at parse (the FlowResult schema), so
 * an empty or blank one, or one with a control character, must too rather than only be told as a
 * problem of the dispatch while the step reads as done. Checked here, where the engine takes the
 * items, not by a stricter shared FlowEvent schema: that would set old stored records aside.
 */
export function checkNextEvents(outcome: StepOutcome, stepLabel: string, now: Date): StepOutcome {
  const next = outcome.result?.next;
  if (!Array.isArray(next)) return outcome;
  for (const [index, item] of next.entries()) {
    const problem = nextItemProblem(item, now);
    if (problem === undefined) continue;
    const { result: _dropped, ...rest } = outcome;
    return {
      ...rest,
      processStatus: "failed",
      error:
        `step ${stepLabel} returned a FLOW_RESULT "next" item ${index} that cannot be dispatched: ${problem} ` +
        'Give every next event a non-empty, printable "id" and "type".',
    };
  }
  return outcome;
}

function nextItemProblem(item: unknown, now: Date): string | undefined {
  try {
    normalizeFlowEvent(item, now);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const event = item as { id: string; type: string };
  for (const key of ["id", "type"] as const) {
    if (event[key].trim() === "") return `its "${key}" ${JSON.stringify(event[key])} is blank.`;
    const problem = controlCharacterProblem(key, event[key]);
    if (problem !== undefined) return `its ${problem}.`;
  }
  return undefined;
}
