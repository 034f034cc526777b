import { type FlowDiagnostic, type FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { CheckConclusion, CheckOutput } from "../github/checks.js";
import { type ReportLinks } from "./comment-body.js";
/** The check conclusion for a finished run; undefined while it is queued or running. */
export declare function stepConclusion(run: FlowRunView): CheckConclusion | undefined;
export declare function eventConclusion(runs: readonly FlowRunView[], problems?: readonly FlowDiagnostic[]): CheckConclusion;
/**
 * A step's check run name, `flows: <flow>/<step>`. Our check runs are found by name, so two steps
 * must never share one: where the names had to be cut (100 characters each) or changed to be
 * shown safely, or a `/` in either leaves the split unclear, a short hash of the names as they
 * are keeps them apart (else one step's results would land on the other's check run).
 */
export declare function checkName(run: Pick<FlowRunView, "flowName" | "stepName">): string;
export declare function stepTitle(run: FlowRunView): string;
export type OutputOptions = {
    links: ReportLinks;
    note?: string;
    malformedAnnotations?: number;
};
/** Title, summary (status, message, error, FLOW_RESULT) and text (output tail) for one step. */
export declare function stepCheckOutput(run: FlowRunView, options: OutputOptions): CheckOutput;
/** One check run for the whole event: every step in a table, details of what needs a look. */
export declare function eventCheckOutput(outcome: DispatchOutcome, options: OutputOptions & {
    problems: readonly FlowDiagnostic[];
}): CheckOutput;
/** Manifest problems, for the `flows: flow packages` check run in per-step mode. */
export declare function problemsCheckOutput(problems: readonly FlowDiagnostic[], links: ReportLinks): CheckOutput;
/** For a check run whose step never reported an end (the job stopped or crashed). */
export declare function unfinishedOutput(links: ReportLinks): CheckOutput;
/**
 * While the step runs: within GitHub's 65,535 bytes like every other output, whatever the run's
 * id (a flow backend's may be of any length).
 */
export declare function runningOutput(run: FlowRunView, links: ReportLinks): CheckOutput;
