import type { DispatchOutcome } from "../../engine/dispatch.js";
import type { ActionContext } from "../context.js";
/**
 * plan: match, and output a matrix of flows for the run-step jobs (runs nothing). Steps the
 * state store says were handled before get no job: their views go to the report job instead.
 */
export declare function planMode(context: ActionContext): Promise<DispatchOutcome>;
