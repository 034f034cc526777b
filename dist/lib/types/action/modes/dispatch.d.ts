import { type DispatchOutcome } from "../../engine/dispatch.js";
import type { ActionContext } from "../context.js";
/**
 * Events on which the action polls watched repositories for new releases. The poller
 * (../watch.ts), like the handover (../handover.ts), is imported by the jobs that use it: a
 * push's start does not load it (the cold-start guard, BENCHMARKS.md).
 */
export declare const WATCH_EVENT_TYPES: Set<string>;
/** dispatch: match the event and run every matching step in this job, reporting live. */
export declare function dispatchMode(context: ActionContext): Promise<DispatchOutcome>;
