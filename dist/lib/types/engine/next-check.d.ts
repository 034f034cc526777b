import type { StepOutcome } from "../runners/types.js";
/**
 * A step's result whose `next` asks for an event that cannot be dispatched fails its step, naming
 * the item: a missing or non-string id or type already fails at parse (the FlowResult schema), so
 * an empty or blank one, or one with a control character, must too rather than only be told as a
 * problem of the dispatch while the step reads as done. Checked here, where the engine takes the
 * items, not by a stricter shared FlowEvent schema: that would set old stored records aside.
 */
export declare function checkNextEvents(outcome: StepOutcome, stepLabel: string, now: Date): StepOutcome;
