import type { FlowRunView } from "../contracts.js";
/** Ids of the runs not finished as last seen, including runs the backend named but never reported. */
export declare function unfinishedIds(runs: FlowRunView[], wanted: string[]): string[];
/** Runs in the order the dispatch result named them; with no names, as the backend sent them. */
export declare function inOrder(runs: FlowRunView[], wanted: string[]): FlowRunView[];
