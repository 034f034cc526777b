import type { FlowRunView } from "../contracts.js";
import { isTerminal } from "./normalize.js";

// The runs a dispatch (or replay) waits for: named by the dispatch result's runIds, or, when
// the backend named none, the runs it lists. Shared by the wait (client.ts) and the cancels
// (cancel.ts), so both count the same runs as unfinished.

/** The ids of the runs waited for: `wanted`, or the listed runs' when the backend named none. */
function waitedIds(runs: FlowRunView[], wanted: string[]): string[] {
  return wanted.length > 0 ? wanted : runs.map((run) => run.id);
}

/** Ids of the runs not finished as last seen, including runs the backend named but never reported. */
export function unfinishedIds(runs: FlowRunView[], wanted: string[]): string[] {
  const byId = new Map(runs.map((run) => [run.id, run]));
  return waitedIds(runs, wanted).filter((id) => {
    const run = byId.get(id);
    return run === undefined || !isTerminal(run);
  });
}

/** Runs in the order the dispatch result named them; with no names, as the backend sent them. */
export function inOrder(runs: FlowRunView[], wanted: string[]): FlowRunView[] {
  if (wanted.length === 0) return runs;
  const byId = new Map(runs.map((run) => [run.id, run]));
  return wanted.map((id) => byId.get(id)).filter((run) => run !== undefined);
}
