import type { FlowDiagnostic } from "../contracts.js";
import type { RunsFile as GeneratedRunsFile } from "../generated/types.js";
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
export declare function linkedChildren(file: RunsFile, where: {
    path: string;
    job: number | undefined;
    problems: FlowDiagnostic[];
}): RunsFile[];
export {};
