import type { DispatchResult, FlowEvent } from "../contracts.js";
import type { DiscoveryResult, MatchResult } from "../flows/types.js";
import { type DeliveryBudget, type DispatchOptions, type DispatchOutcome } from "./dispatch-types.js";
export { DEFAULT_MAX_RUNS, type DispatchObserver, type DispatchOptions, type DispatchOutcome, type ResolvedOptions, type RunCapReport, } from "./dispatch-types.js";
/** discover → match → run → record, for one event and the events its runs ask for. */
export declare function dispatch(input: unknown, options: DispatchOptions): Promise<DispatchOutcome>;
/**
 * The one rule of a delivery's run cap, in match order: a step handled before costs no run; each
 * other step costs one while the budget lasts and is left out (counted, the first one named) once
 * it is spent. The reusable workflow's plan and report jobs both plan through it, the report with
 * the plan's handled-before steps (`handledBefore`), so both leave out the same steps.
 */
export declare function withinRunCap<T extends {
    ref: MatchResult["matched"][number];
}>(planned: readonly T[], budget: DeliveryBudget, costsNoRun: (item: T) => boolean): T[];
/** Matching steps this dispatch did not run again because a settled run was stored. */
export declare function alreadyHandledCount(outcome: Pick<DispatchResult, "runs">): number;
/** Which steps of the discovered flows an event triggers, each decision told to `debug`. */
export declare function matchEvent(event: FlowEvent, discovery: DiscoveryResult, options?: Pick<DispatchOptions, "env" | "github" | "changedFiles" | "debug">): Promise<MatchResult>;
