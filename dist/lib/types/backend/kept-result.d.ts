import type { FlowResult, FlowRunView } from "../contracts.js";
/**
 * Results up to this long (JSON characters) are kept whole: the action's `results` output
 * (src/action/outputs.ts, 512 KiB) holds whole views that fit it, and a longer result never does.
 */
export declare const WHOLE_RESULT_CHARS: number;
/** Of a longer result, the start of its fields other than those below, in JSON characters: twice what a check run shows. */
export declare const KEPT_RESULT_CHARS: number;
/** A run view's result fields: keptResult's, and the whole result's layout when that is a part. */
export declare function keptResultFields(result: FlowResult): Pick<FlowRunView, "resultPayload" | "wholeResult">;
/** The result itself when it is at most WHOLE_RESULT_CHARS long, else what the reports read of it (the top of this file). */
export declare function keptResult(result: FlowResult): FlowResult;
