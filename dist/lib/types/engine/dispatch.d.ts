import type { DispatchResult, FlowEvent } from "../contracts.js";
import type { DiscoveryResult, MatchResult } from "../flows/types.js";
import { type DispatchOptions, type DispatchOutcome } from "./dispatch-types.js";
export { DEFAULT_MAX_RUNS, type DispatchObserver, type DispatchOptions, type DispatchOutcome, type ResolvedOptions, type RunCapReport, } from "./dispatch-types.js";
/** discover → match → run → record, for one event and the events its runs ask for. */
export declare function dispatch(input: unknown, options: DispatchOptions): Promise<DispatchOutcome>;
/** Matching steps this dispatch did not run again because a settled run was stored. */
export declare function alreadyHandledCount(outcome: Pick<DispatchResult, "runs">): number;
/** Which steps of the discovered flows an event triggers, each decision told to `debug`. */
export declare function matchEvent(event: FlowEvent, discovery: DiscoveryResult, options?: Pick<DispatchOptions, "env" | "github" | "changedFiles" | "debug">): Promise<MatchResult>;
