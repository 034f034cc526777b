import type { FlowResult, FlowRunView } from "../contracts.js";
/**
 * Results up to this long (JSON characters) are kept whole: the action's `results` output
 * (src/action/outputs.ts, 512 KiB) holds whole views that fit it, and a longer result never does.
 */
export declare const WHOLE_RESULT_CHARS: number;
/** Of a longer result, the start of its fields other than those below, in JSON characters: twice what a check run shows. */
export declare const KEPT_RESULT_CHARS: number;
/**
 * A run view's result fields: the result itself when its JSON is at most WHOLE_RESULT_CHARS
 * long; else what the reports read of it (the top of this file) and the whole result's layout.
 * Its compact JSON, laid out once, tells both: whether it is longer, and (when it is) its layout
 * and size, which the reports take from that same text. (A walk that measured it first, building
 * a copy of up to 512 KiB, learned only the first.)
 */
export declare function keptResultFields(result: FlowResult): Pick<FlowRunView, "resultPayload" | "wholeResult">;
/** The result itself when it is at most WHOLE_RESULT_CHARS long, else what the reports read of it (the top of this file). */
export declare function keptResult(result: FlowResult): FlowResult;
