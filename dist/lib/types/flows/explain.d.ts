import type { ConditionReport } from "./condition.js";
import type { FlowPackage, MatchResult } from "./types.js";
export type StageVerdict = "passed" | "failed" | "not checked" | "none";
export type StepExplanation = {
    flow: string;
    step: string;
    /** Absolute path of the step's flow.toml. */
    manifestPath: string;
    matched: boolean;
    /** The trigger type pattern; undefined when the step has no trigger. */
    triggerType?: string;
    type: StageVerdict;
    /** The schema as written in flow.toml, when the trigger has one. */
    schema?: string;
    schemaVerdict: StageVerdict;
    /** The condition as written, when the trigger has one. */
    condition?: string;
    conditionVerdict: StageVerdict;
    /** What the condition read and concluded, when it was evaluated. */
    conditionReport?: ConditionReport;
    /** The reason the step did not match (the mismatch message); undefined when it matched. */
    reason?: string;
};
/** Every step of `flows`, in discovery and manifest order, with the verdict of each stage. */
export declare function explainMatch(flows: readonly FlowPackage[], result: MatchResult): StepExplanation[];
