import { type EffectiveStatus, type FlowDiagnostic, type FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { StateStore } from "../state/types.js";
import type { RunnerEnvironment } from "./context.js";
import type { ActionIO } from "./io.js";
import type { ChecksMode } from "../report/modes.js";
export type PublishOptions = {
    io: ActionIO;
    runner: RunnerEnvironment;
    failOn: Set<EffectiveStatus>;
    /** The flow backend that ran the steps (HTTP mode), as it may be shown. */
    backend?: string;
    /** The check runs this job writes for the steps, which the summary points to: default none. */
    checkRuns?: ChecksMode;
};
/** What every mode ends with: annotations, the job summary, outputs, and fail-on. */
export declare function publishOutcome(outcome: DispatchOutcome, options: PublishOptions): Promise<void>;
export declare function failingRuns(outcome: DispatchOutcome, failOn: Set<EffectiveStatus>): FlowRunView[];
/** What annotating problems takes of the action's IO. */
type ProblemIO = Pick<ActionIO, "error" | "warning" | "annotationsLeft"> & Partial<Pick<ActionIO, "info">>;
/** The start of the log line of each problem not shown as an annotation. */
export declare const PROBLEM_LOG_PREFIX = "flows-action problem:";
/**
 * The most problems given a log line each: a repository of many broken packages (each
 * flow.toml lists up to 5,000) would otherwise fill the log with millions; the rest are counted,
 * and `flows validate` lists every one.
 */
export declare const PROBLEM_LOG_LINES = 10000;
/**
 * Problems the state store met after the last dispatch reported its own, in the job's last flush
 * (a state branch that lost the commits this job saw): annotated, and added to the job summary
 * below the results. A dispatch reports those it met itself (src/engine/dispatch-problems.ts).
 */
export declare function publishStoreProblems(io: ProblemIO & Pick<ActionIO, "appendSummary" | "summaryRoom">, store: StateStore, repoRoot: string): Promise<void>;
/**
 * One annotation per problem, at its file and line, as far as the step's annotations go (GitHub
 * shows 10 of each kind per step, and the reporter's warnings and the failure take theirs);
 * then one warning saying how many were left out. Each of those is a line of the job log, so the
 * warning can point to where they all are: the job summary too only when `inSummary` (it lists
 * them all; its problems' table is cut past its share of the 1 MiB).
 */
export declare function annotateProblems(io: ProblemIO, problems: FlowDiagnostic[], repoRoot: string, { inSummary }?: {
    inSummary?: boolean;
}): void;
/**
 * A problem's file as an annotation names it: relative to the workspace, with `/` separators.
 * Undefined for the workspace itself and for files outside it, which GitHub cannot show.
 */
export declare function workspacePath(file: string, workspace: string): string | undefined;
export {};
