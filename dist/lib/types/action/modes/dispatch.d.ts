import { type DispatchOutcome } from "../../engine/dispatch.js";
import type { ActionContext } from "../context.js";
/** dispatch: match the event and run every matching step in this job, reporting live. */
export declare function dispatchMode(context: ActionContext): Promise<DispatchOutcome>;
