import { type EffectiveStatus, type FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { RunnerEnvironment } from "./context.js";
import type { ActionIO } from "./io.js";
export type PublishOptions = {
    io: ActionIO;
    runner: RunnerEnvironment;
    failOn: Set<EffectiveStatus>;
    /** The flow backend that ran the steps (HTTP mode), as it may be shown. */
    backend?: string;
};
/** What every mode ends with: annotations, the job summary, outputs, and fail-on. */
export declare function publishOutcome(outcome: DispatchOutcome, options: PublishOptions): Promise<void>;
export declare function failingRuns(outcome: DispatchOutcome, failOn: Set<EffectiveStatus>): FlowRunView[];
/**
 * A problem's file as an annotation names it: relative to the workspace, with `/` separators.
 * Undefined for the workspace itself and for files outside it, which GitHub cannot show.
 */
export declare function workspacePath(file: string, workspace: string): string | undefined;
