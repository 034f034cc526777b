import type { FlowDiagnostic } from "../contracts.js";
import type { RunsFile as GeneratedRunsFile } from "../generated/types.js";
import { RUNS_FILE_CHILDREN_REFUSED } from "../report/problem-places.js";
import { clipText } from "../text-cut.js";

type RunsFile = GeneratedRunsFile;

/**
 * A runs file's child events that one of its runs asked for, at every depth: a child names the
 * run whose FlowResult.next asked for it (`requestedBy`), and that run must be one the report
 * kept from the same file, in the event just above (the job's own steps at the top, checked
 * against job-steps) and one that ran there (a run handled before asked for nothing). Without
 * the link, a job could report events, and runs of any flow for them, that none of its steps
 * led to.
 *
 * A child with no link is refused too: the job writes the link itself, so a forger would leave
 * it out if that were let through. An older flows-action wrote none; its child events (from a
 * re-run's earlier attempt, say) are refused, counted and named, while its runs are kept.
 * A refused child goes with the events it led to; all are counted in one problem for the file.
 */
export function linkedChildren(file: RunsFile, where: { path: string; job: number | undefined; problems: FlowDiagnostic[] }): RunsFile[] {
  const refused = { unlinked: 0, stranger: 0, events: 0, runs: 0, named: [] as string[] };
  const drop = (child: RunsFile): void => {
    refused.events += 1;
    refused.runs += child.runs.length;
    for (const grandchild of child.children) drop(grandchild);
  };
  const keep = (parent: RunsFile): RunsFile[] => {
    const asked = new Set(parent.runs.filter((run) => !run.alreadyHandled).map((run) => run.id));
    const kept: RunsFile[] = [];
    for (const child of parent.children) {
      if (child.requestedBy !== undefined && asked.has(child.requestedBy)) {
        kept.push({ ...child, children: keep(child) });
        continue;
      }
      if (child.requestedBy === undefined) refused.unlinked += 1;
      else refused.stranger += 1;
      if (refused.named.length < 10) refused.named.push(clipText(child.event.id, 200));
      drop(child);
    }
    return kept;
  };
  const kept = keep(file);
  if (refused.events > 0) where.problems.push({ severity: "error", file: where.path, message: refusal(refused, where.job) });
  return kept;
}

function refusal(refused: { unlinked: number; stranger: number; events: number; runs: number; named: string[] }, job: number | undefined): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const top = refused.unlinked + refused.stranger;
  const why = [
    refused.unlinked > 0 ? `${refused.unlinked} named no run that asked for ${refused.unlinked === 1 ? "it" : "them"} (written by a flows-action older than this one, or forged)` : "",
    refused.stranger > 0 ? `${refused.stranger} named a run that is not one of the job's own runs kept from this file, or one that did not run there` : "",
  ].filter(Boolean);
  const led = refused.events - top;
  const source = job === undefined ? "the run-step job" : `run-step job ${job}`;
  return (
    `${RUNS_FILE_CHILDREN_REFUSED}${plural(top, "child event")} of ${source} (${refused.named.join(", ")}${top > refused.named.length ? `, and ${top - refused.named.length} more` : ""}) ` +
    `${led > 0 ? `and ${plural(led, "event")} they led to, ` : ""}holding ${plural(refused.runs, "run")}, were not used: ${why.join("; ")}. ` +
    `A child event is reported only when it names the run whose FlowResult.next asked for it. Re-run ${source === "the run-step job" ? "it" : `job ${job}`} with this flows-action to report them; see its log.`
  );
}
