import type { FlowDiagnostic } from "../contracts.js";
/** Prefix of the problems with a run-step job's runs file that the report job could not use. */
export declare const RUNS_FILE_PROBLEM = "runs file skipped: ";
/** Prefix of the problems with runs a runs file holds for steps its job was not given. */
export declare const RUNS_FILE_RUNS_REFUSED = "runs refused: ";
/** Prefix of the problems with a runs file's child events past the report job's caps. */
export declare const RUNS_FILE_CHILDREN_CUT = "child events cut: ";
/** Prefix of the problems with a runs file's child events that name no run of its job that asked for them. */
export declare const RUNS_FILE_CHILDREN_REFUSED = "child events refused: ";
/** Prefix of the problem a run-step job reports when the runs file it wrote is more than the report job reads. */
export declare const RUNS_FILE_TOO_LARGE = "runs file too large: ";
declare const PLACES: readonly ["flow packages", "the state store", "the action's inputs", "the run-step jobs' results"];
export type ProblemPlace = (typeof PLACES)[number];
/**
 * What a problem is about. A problem with an action input names it as its file (`input
 * "runs-dir"`); flows-path says where flow packages are loaded from, so its problems are the
 * packages'.
 */
export declare function placeOf(problem: FlowDiagnostic): ProblemPlace;
/** Where a list of problems is: in flow packages, the state store, the action's inputs, the run-step jobs' results, or several. */
export declare function problemsPlace(problems: readonly FlowDiagnostic[]): string;
/**
 * The problems the `flows: flow packages` check run lists, and the only ones annotated on the
 * commit: a flow package's. Not a warning about another action input (a runs-dir with no runs
 * in it), a state record set aside, nor a runs file the report job could not read: none is in
 * the commit under review, nor fixed by a change to it, and the job log and summary still show
 * each.
 */
export declare function packageCheckProblems(problems: readonly FlowDiagnostic[]): FlowDiagnostic[];
export {};
