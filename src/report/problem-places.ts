import type { FlowDiagnostic } from "../contracts.js";
import { STATE_RECORD_PROBLEM } from "../engine/dispatch-problems.js";

const PLACES = ["flow packages", "the state store", "the action's inputs"] as const;
type ProblemPlace = (typeof PLACES)[number];

/**
 * What a problem is about. A problem with an action input names it as its file (`input
 * "runs-dir"`); flows-path says where flow packages are loaded from, so its problems are the
 * packages'.
 */
function placeOf(problem: FlowDiagnostic): ProblemPlace {
  if (problem.message.startsWith(STATE_RECORD_PROBLEM)) return "the state store";
  const input = /^input "([^"]+)"$/.exec(problem.file)?.[1];
  return input !== undefined && input !== "flows-path" ? "the action's inputs" : "flow packages";
}

/** Where a list of problems is: in flow packages, the state store, the action's inputs, or several. */
export function problemsPlace(problems: readonly FlowDiagnostic[]): string {
  const places = PLACES.filter((place) => problems.some((problem) => placeOf(problem) === place));
  if (places.length === 0) return "in flow packages";
  return `in ${places.length > 1 ? `${places.slice(0, -1).join(", ")} and ${places.at(-1)}` : places[0]}`;
}

/**
 * The problems the `flows: flow packages` check run lists, and the only ones annotated on the
 * commit: a flow package's. Not a warning about another action input (a runs-dir with no runs
 * in it) nor a state record set aside: neither is in the commit under review, nor fixed by a
 * change to it, and the job log and summary still show each.
 */
export function packageCheckProblems(problems: readonly FlowDiagnostic[]): FlowDiagnostic[] {
  return problems.filter((problem) => placeOf(problem) === "flow packages");
}
