import type { FlowRunView } from "../contracts.js";
/** Ids of the runs not finished as last seen, including runs the backend named but never reported. */
export declare function unfinishedIds(runs: FlowRunView[], wanted: string[]): string[];
/** Runs in the order the dispatch result named them; with no names, as the backend sent them. */
export declare function inOrder(runs: FlowRunView[], wanted: string[]): FlowRunView[];
/**
 * Why a dispatch (or replay) answer's runs are not all the event's: the first run of another
 * event among them, as a message's clause, or undefined. Taken as the event's, it would be
 * waited for, reported and canceled as this event's (a finished one is never asked about again).
 */
export declare function otherEventsRun(runs: FlowRunView[], eventId: string): string | undefined;
/** `<id> <flow>/<step>` (the id alone for a run never reported) for a message, each part redacted, then cut. */
export declare function runLabel(id: string, run: FlowRunView | undefined): string;
/**
 * A run id, flow or step name for a message or warning: redacted, then cut to NAME_CHARS, on one
 * line (a name holding `\n::error::` would start a workflow command where `flows` prints it).
 */
export declare function cut(text: string): string;
/** Items joined with commas, at most MAX_NAMED_RUNS of them, then how many more there are. */
export declare function namedList(items: string[]): string;
