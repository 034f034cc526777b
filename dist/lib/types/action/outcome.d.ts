import type { FlowDiagnostic, FlowEvent, FlowRunView } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
import type { ShadowedFlow, StepMismatch } from "../flows/types.js";
export type OutcomeParts = {
    event: FlowEvent;
    runs: FlowRunView[];
    /** Defaults to the runs' ids. */
    runIds?: string[];
    mismatches?: StepMismatch[];
    problems?: FlowDiagnostic[];
    shadowed?: ShadowedFlow[];
    children?: DispatchOutcome[];
    dryRun?: boolean;
};
/** An outcome from runs: a duplicate when every run was handled before. */
export declare function assembleOutcome(parts: OutcomeParts): DispatchOutcome;
/** An event this job ran nothing for (a handover publish job). */
export declare function nothingRan(event: FlowEvent): DispatchOutcome;
