import type { FlowRunView } from "../contracts.js";
/** Ids of the runs not finished as last seen, including runs the backend named but never reported. */
export declare function unfinishedIds(runs: FlowRunView[], wanted: string[]): string[];
/** Runs in the order the dispatch result named them; with no names, as the backend sent them. */
export declare function inOrder(runs: FlowRunView[], wanted: string[]): FlowRunView[];
/** `<id> <flow>/<step>` (the id alone for a run never reported) for a message, each part redacted, then cut. */
export declare function runLabel(id: string, run: FlowRunView | undefined): string;
/**
 * A run id, flow or step name for a message or warning: redacted, then cut to NAME_CHARS, on one
 * line (a name holding `\n::error::` would start a workflow command where `flows` prints it).
 */
export declare function cut(text: string): string;
/** Items joined with commas, at most MAX_NAMED_RUNS of them, then how many more there are. */
export declare function namedList(items: string[]): string;
