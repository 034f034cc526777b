import type { FlowDiagnostic, FlowRunner } from "../contracts.js";
import type { ConditionReport } from "./condition.js";
import type { DeferredFlow } from "./deferred.js";
/** `[steps.trigger]`: which FlowEvents a step reacts to. */
export type FlowTrigger = {
    /** FlowEvent type to match; `*` matches any run of characters (extension). */
    type: string;
    /** Schema path as written in flow.toml, relative to the package folder. */
    schema?: string;
    /** Absolute path of the schema file, resolved at load time. */
    schemaPath?: string;
    /**
     * Condition in GitHub's expression language, as written (`${{ }}` allowed), checked after the
     * type and the schema; compiled once per loaded package (src/flows/condition.ts).
     */
    if?: string;
};
export type FlowStep = {
    name: string;
    runner: FlowRunner;
    /** Script as written in flow.toml. */
    script: string;
    /** Absolute path of the script, checked to exist at load time. */
    scriptPath: string;
    /** Absolute working directory (the package folder unless `cwd` is set). */
    cwdPath: string;
    timeoutMs: number;
    trigger?: FlowTrigger;
    /** Line of the `[[steps]]` header in flow.toml, for messages. */
    line?: number;
};
export type FlowPackage = {
    name: string;
    version: number;
    description?: string;
    config?: Record<string, unknown>;
    guidance?: {
        skills: string[];
    };
    /** Absolute path of the package folder. */
    root: string;
    /** Absolute path of its flow.toml. */
    manifestPath: string;
    steps: FlowStep[];
};
/** A package that lost to an earlier one with the same name. */
export type ShadowedFlow = {
    name: string;
    keptManifest: string;
    shadowedManifest: string;
};
export type DiscoveryResult = {
    flows: FlowPackage[];
    problems: FlowDiagnostic[];
    shadowed: ShadowedFlow[];
    /** Packages read but not parsed: they cannot match the event discovery was for. */
    deferred?: DeferredFlow[];
    /** Roots given in `roots` that do not exist: callers say so in their own words (a typo, no checkout). */
    missingRoots?: string[];
    /** Packages with errors: the triggers that could still be read (flows validate checks them). */
    broken?: BrokenFlow[];
};
/** A flow.toml with errors, and the triggers of its steps that could be read, by step index. */
export type BrokenFlow = {
    manifestPath: string;
    triggers: Array<{
        index: number;
        trigger: FlowTrigger;
    }>;
};
export type StepRef = {
    flow: FlowPackage;
    step: FlowStep;
    /**
     * Run though the event did not match it, because it was named to run (FlowRunAttempt.named):
     * "untriggered", a step with no trigger; "any", whatever its trigger says (--ignore-trigger).
     */
    named?: "untriggered" | "any";
};
export type StepMismatch = StepRef & {
    reason: "no-trigger" | "type" | "schema" | "condition";
    /** Human sentence: why this step did not match. */
    message: string;
    /** For reason "condition": what the condition read and why it was not true. */
    condition?: ConditionReport;
};
/** A step whose type and schema matched and whose condition was evaluated, true or not. */
export type ConditionCheck = StepRef & {
    report: ConditionReport;
};
export type MatchResult = {
    matched: StepRef[];
    mismatches: StepMismatch[];
    /** Every condition evaluated for this event, in step order (true ones included). */
    conditions?: ConditionCheck[];
    /** Conditions of packages loaded after discovery (deferred) that do not compile. */
    problems?: FlowDiagnostic[];
};
