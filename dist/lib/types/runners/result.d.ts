import { type FlowResult } from "../contracts.js";
export declare const FLOW_RESULT_MARKER = "FLOW_RESULT ";
/** A parsed FlowResult, or the exact reason there is none. */
export type FlowResultParse = {
    result: FlowResult;
} | {
    error: string;
};
/** The largest FLOW_RESULT JSON read; the same as the longest line a step may print in one piece. */
export declare const MAX_FLOW_RESULT_BYTES: number;
/**
 * Reads the FlowResult a step printed. Compatible rule: scan stdout lines from the last to the
 * first and take the first line containing `FLOW_RESULT `; the JSON after it must be a
 * FlowResult (schemas/flow-result.schema.json: an object with a valid `status`, and `next`,
 * `annotations` in their shapes when present). Accepts all stdout lines, all of stdout as one string, or just the
 * last FLOW_RESULT line.
 */
export declare function parseFlowResult(stdout: string | readonly string[] | undefined): FlowResultParse;
/**
 * Reads the FlowResult a module-style step's default export returned (the JSON the wrapper wrote).
 * A problem is told as what the function returned, not as a line the step printed: it printed none.
 */
export declare function parseReturnedResult(json: string, scriptLabel: string): FlowResultParse;
/** How a problem names the result: a printed line by its marker, a returned value as "the result". */
type ResultNames = {
    whole: string;
    part: string;
};
/** The reason for a FlowResult of `bytes` bytes, over MAX_FLOW_RESULT_BYTES. */
export declare function resultTooLarge(bytes: number): FlowResultParse;
/**
 * Why a value is not a FlowResult (schemas/flow-result.schema.json), or undefined when it is
 * one. Keys the contract does not name are kept.
 */
export declare function flowResultProblem(value: unknown, names?: ResultNames): string | undefined;
export {};
