import type { FlowEvent } from "../contracts.js";
import { type ConditionReport } from "./condition.js";
import type { MatchStepsOptions } from "./match.js";
import type { MatchResult, StepMismatch, StepRef } from "./types.js";
export type MatchOutcome = {
    matched: StepRef;
} | {
    mismatch: StepMismatch;
};
/** Evaluates the conditions of the steps still matched in `outcomes`, turning false ones into mismatches. */
export declare function matchConditions(outcomes: MatchOutcome[], event: FlowEvent, options: MatchStepsOptions): Promise<Pick<MatchResult, "conditions" | "problems"> | undefined>;
/** `condition `x == 'y'` is false: event.payload.x = "z"`: the reason, with what it read. */
export declare function conditionMessage(report: ConditionReport): string;
