import { type DispatchOutcome } from "../../engine/dispatch.js";
import type { ActionContext } from "../context.js";
/** run-step: run the steps of one matrix entry and write their runs for the report job. */
export declare function runStepMode(context: ActionContext): Promise<DispatchOutcome>;
