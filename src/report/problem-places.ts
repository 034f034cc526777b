import type { FlowDiagnostic } from "../contracts.js";
import { STATE_RECORD_PROBLEM } from "../engine/dispatch-problems.js";

// A problem says what it is about by its file (`input "runs-dir"`) or by the start of its
// message (a state store's, a runs file's): both survive the fork handover, which keeps only
// severity, file, position and message.

/** Prefix of the problems with a run-step job's runs file that the report job could not use. */
export const RUNS_FILE_PROBLEM = "runs file skipped: ";
/** Prefix of the problems with runs a runs file holds for steps its job was not given. */
export const RUNS_FILE_RUNS_REFUSED = "runs refused: ";
/** Prefix of the problems with a runs file's child events past the report job's caps. */
export const RUNS_FILE_CHILDREN_CUT = "child events cut: ";
/** Prefix of the problems with a runs file's child events that name no run of its job that asked for them. */
export const RUNS_FILE_CHILDREN_REFUSED = "child events refused: ";
/** Prefix of the problem a run-step job reports when the runs file it wrote is more than the report job reads. */
export const RUNS_FILE_TOO_LARGE = "runs file too large: ";
const RUNS_FILE_PREFIXES = [RUNS_FILE_PROBLEM, RUNS_FILE_RUNS_REFUSED, RUNS_FILE_CHILDREN_CUT, RUNS_FILE_CHILDREN_REFUSED, RUNS_FILE_TOO_LARGE];

const PLACES = ["flow packages", "the state store", "the action's inputs", "the run-step jobs' results"] as const;
export type ProblemPlace = (typeof PLACES)[number];

/**
 * What a problem is about. A problem with an action input names it as its file (`input
 * "runs-dir"`); flows-path says where flow packages are loaded from, so its problems are the
 * packages'.
 */
export function placeOf(problem: FlowDiagnostic): ProblemPlace {
  if (problem.message.startsWith(STATE_RECORD_PROBLEM)) return "the state store";
  if (RUNS_FILE_PREFIXES.some((prefix) => problem.message.startsWith(prefix))) return "the run-step jobs' results";
  const input = /^input "([^"]+)"$/.exec(problem.file)?.[1];
  return input !== undefined && input !== "flows-path" ? "the action's inputs" : "flow packages";
}

/** Where a list of problems is: in flow packages, the state store, the action's inputs, the run-step jobs' results, or several. */
export function problemsPlace(problems: readonly FlowDiagnostic[]): string {
  const places = PLACES.filter((place) => problems.some((problem) => placeOf(problem) === place));
  if (places.length === 0) return "in flow packages";
  return `in ${places.length > 1 ? `${places.slice(0, -1).join(", ")} and ${places.at(-1)}` : places[0]}`;
}

/**
 * The problems the `flows: flow packages` check run lists, and the only ones annotated on the
 * commit: a flow package's. Not a warning about another action input (a runs-dir with no runs
 * in it), a state record set aside, nor a runs file the report job could not read: none is in
 * the commit under review, nor fixed by a change to it, and the job log and summary still show
 * each.
 */
export function packageCheckProblems(problems: readonly FlowDiagnostic[]): FlowDiagnostic[] {
  return problems.filter((problem) => placeOf(problem) === "flow packages");
}
