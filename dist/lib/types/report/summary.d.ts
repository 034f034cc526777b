import type { FlowDiagnostic, FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { ChecksMode } from "./modes.js";
export declare const JOB_SUMMARY_LIMIT_BYTES: number;
export type SummaryOptions = {
    /** Link to the workflow run, shown when something had to be cut. */
    runUrl?: string;
    /** Base folder for relative paths in problems. */
    baseDir?: string;
    /** The flow backend that matched the event (HTTP mode), instead of this repository's packages. */
    backend?: string;
    /**
     * Bytes the summary may take, when less than its own budget: what the job summary has left
     * after the sections and the flow steps' text before it. Steps' details are left out first.
     */
    maxBytes?: number;
    /**
     * The check runs this job writes for the steps (the `checks` input, when it has a token to
     * write them with): the note on the rows left out points to them. Default "off": the note
     * points only to the job log and the run-step jobs' logs and runs files.
     */
    checkRuns?: ChecksMode;
};
/** For callers from JavaScript: a DispatchOutcome as dispatch returned it, and options if any. */
export declare function checkRenderArguments(functionName: string, outcome: unknown, options: unknown): void;
/**
 * The job summary for one dispatch (and the events its runs chained to). It ends with the
 * problems, whole while they fit in what the tables leave or in half of the room: sized first
 * and cut apart from the rest, they are never what a cut at the end takes. Every event's head (what it is, how many
 * steps ran) comes next; then the table rows, those of steps that need a look first; then the
 * runs' details. What did not fit is counted in a note under its table. Cut at the end instead,
 * 3,000 steps' rows after 256 KiB of the steps' own text lost the chained events' tables and
 * the problems.
 */
export declare function renderSummary(outcome: DispatchOutcome, options?: SummaryOptions): string;
/** The job summary and what it leaves out: the pointers elsewhere say "lists every" only when nothing is. */
export type SummaryLayout = {
    markdown: string;
    /** Steps without a row in their event's table. */
    unlistedSteps: number;
    /** Whether the problems' table was cut. */
    problemsCut: boolean;
    /** Whether the events' part was cut at its end (heads alone past the room). */
    eventsCut: boolean;
};
/**
 * Whether the job summary, given `options.maxBytes` (what it has left), lists every step and
 * every problem. The check runs and the comment are written before the summary: they ask this
 * with the room the summary had then, less what the reporter's own notes may take before it.
 */
export declare function summaryListsAll(outcome: DispatchOutcome, options?: SummaryOptions): boolean;
/** renderSummary, and what it left out. */
export declare function summaryLayout(outcome: DispatchOutcome, options?: SummaryOptions): SummaryLayout;
export declare function flatten(outcome: DispatchOutcome): DispatchOutcome[];
export declare function allProblems(outcome: DispatchOutcome): FlowDiagnostic[];
/** The opening of a run's <details> block, in the job summary and the pull request comment alike. */
export declare function runDetailsOpening(run: FlowRunView): string;
/** The job summary's table of problems, under a heading that counts them and says where they are. */
export declare function renderProblems(problems: FlowDiagnostic[], options: SummaryOptions): string;
