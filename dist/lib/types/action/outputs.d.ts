import type { FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { ActionIO } from "./io.js";
export declare const RESULTS_OUTPUT_LIMIT_BYTES: number;
export declare function writeOutputs(io: ActionIO, outcome: DispatchOutcome): Promise<void>;
export type ResultsOutput = {
    /** The `results` output: a JSON array of run views. */
    json: string;
    /** Runs left out of it, the last ones, because they did not fit (the `results-omitted` output). */
    omitted: number;
};
/**
 * Run views as JSON for later steps, redacted, at most RESULTS_OUTPUT_LIMIT_BYTES. Output tails
 * stay in the summary and the log; if the views are still too large, each is reduced to its
 * identity, status and message (redacted before it is cut, so the cut cannot leave the start of
 * a secret), as many as fit, in order; resultsOutput() says how many did not.
 */
export declare function resultsJson(runs: FlowRunView[]): string;
/** resultsJson, and how many runs it left out. */
export declare function resultsOutput(runs: FlowRunView[]): ResultsOutput;
