import { type FlowRunView } from "../contracts.js";
/** A run's status as people read it: symbol, word, and what made it so. */
export declare function statusLabel(run: FlowRunView): string;
export declare function formatDuration(ms: number | undefined): string;
/** The sentence that explains a run: FLOW_RESULT message, else the failure reason. */
export declare function runMessage(run: FlowRunView): string;
