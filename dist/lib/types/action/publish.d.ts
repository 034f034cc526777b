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
type ProblemIO = Pick<ActionIO, "error" | "warning" | "annotationsLeft">;
/**
 * Problems the state store met after the last dispatch reported its own, in the job's last flush
 * (a state branch that lost the commits this job saw): annotated, and added to the job summary
 * below the results. A dispatch reports those it met itself (src/engine/dispatch-problems.ts).
 */
export declare function publishStoreProblems(io: ProblemIO & Pick<ActionIO, "appendSummary">, store: StateStore, repoRoot: string): Promise<void>;
/**
 * One annotation per problem, at its file and line, as far as the step's annotations go (GitHub
 * shows 10 of each kind per step, and the reporter's warnings and the failure take theirs);
 * then one warning saying how many were left out. The job summary lists them all.
 */
export declare function annotateProblems(io: ProblemIO, problems: FlowDiagnostic[], repoRoot: string): void;
/**
 * A problem's file as an annotation names it: relative to the workspace, with `/` separators.
 * Undefined for the workspace itself and for files outside it, which GitHub cannot show.
 */
export declare function workspacePath(file: string, workspace: string): string | undefined;
export {};
