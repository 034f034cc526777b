import type { FlowRunView } from "../contracts.js";
import { logText } from "../log-text.js";
import { redacted } from "../redact-cut.js";
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

/**
 * Why a dispatch (or replay) answer's runs are not all the event's: the first run of another
 * event among them, as a message's clause, or undefined. Taken as the event's, it would be
 * waited for, reported and canceled as this event's (a finished one is never asked about again).
 */
export function otherEventsRun(runs: FlowRunView[], eventId: string): string | undefined {
  const other = runs.find((run) => run.eventId !== eventId);
  return other && `run ${runLabel(other.id, other)} of another event, "${cut(other.eventId)}", among the runs of event "${cut(eventId)}"`;
}

/** Characters of a run id, flow or step name in a message: the backend's text, which may be megabytes long. */
const NAME_CHARS = 80;
/** Runs named in one message: a dispatch may have 1,000; each run's own view says what became of it. */
const MAX_NAMED_RUNS = 100;

/** `<id> <flow>/<step>` (the id alone for a run never reported) for a message, each part redacted, then cut. */
export function runLabel(id: string, run: FlowRunView | undefined): string {
  return run ? `${cut(id)} ${cut(run.flowName)}/${cut(run.stepName)}` : cut(id);
}

/**
 * A run id, flow or step name for a message or warning: redacted, then cut to NAME_CHARS, on one
 * line (a name holding `\n::error::` would start a workflow command where `flows` prints it).
 */
export function cut(text: string): string {
  return logText(redacted(text).clip(NAME_CHARS, "…"));
}

/** Items joined with commas, at most MAX_NAMED_RUNS of them, then how many more there are. */
export function namedList(items: string[]): string {
  const shown = items.slice(0, MAX_NAMED_RUNS).join(", ");
  return items.length > MAX_NAMED_RUNS ? `${shown} and ${items.length - MAX_NAMED_RUNS} more (each run in the report says which)` : shown;
}
