import type { FlowDiagnostic } from "../contracts.js";
import type { CompileOutcome } from "./condition-compile.js";
import type { FlowPackage, FlowTrigger } from "./types.js";
/** One context path the condition read, with the value it saw (shown as short JSON). */
export type ConditionValue = {
    path: string;
    value: string;
};
export type ConditionReport = {
    /** The expression, `${{ }}` removed. */
    expression: string;
    /** true: the step matches; false: it does not; error: it could not be evaluated. */
    result: "true" | "false" | "error";
    /** Each context path the evaluation read, in the order first read. */
    values: ConditionValue[];
    /** For result "error": what went wrong, as a sentence. */
    error?: string;
};
/**
 * The `github` context a condition sees: the job's GitHub context when there is one (the action,
 * `flows github`), else empty, so `github.ref` is null. Names follow the workflow `github` context.
 */
export type ConditionGitHubContext = {
    repository?: string;
    repository_owner?: string;
    ref?: string;
    ref_name?: string;
    sha?: string;
    actor?: string;
    event_name?: string;
    /** The webhook payload, as `github.event` in a workflow. */
    event?: unknown;
    run_id?: string;
    run_attempt?: string;
    workflow?: string;
    job?: string;
    server_url?: string;
    base_ref?: string;
    head_ref?: string;
};
export declare const GITHUB_CONTEXT_KEYS: readonly string[];
/** The `github` context from the job's GITHUB_* variables and the webhook payload. */
export declare function gitHubConditionContext(input: {
    env: NodeJS.ProcessEnv;
    eventName?: string;
    payload?: unknown;
}): ConditionGitHubContext;
/**
 * GitHub accepts `if:` with or without `${{ }}`; a condition wrapped in it is unwrapped. Text
 * with `${{` anywhere else would be a string template (always true in a workflow): refused.
 */
export declare function unwrapCondition(text: string): {
    expression: string;
    offset: number;
} | {
    error: string;
    offset: number;
};
/** How many conditions this process has compiled (tests: parsed once per package). */
export declare function conditionCompileCount(): number;
export declare function hasConditions(flows: readonly FlowPackage[]): boolean;
/** The compiled condition of a trigger, or undefined when it has not been compiled yet. */
export declare function compiledCondition(trigger: FlowTrigger): CompileOutcome | undefined;
/**
 * Compiles every condition not compiled yet (once per loaded package) and returns a problem,
 * with file, line and column, for each that does not compile. Loads the evaluator only when
 * some step has a condition.
 */
export declare function compileFlowConditions(flows: readonly FlowPackage[]): Promise<FlowDiagnostic[]>;
/** compileFlowConditions for triggers given by manifest and step index (those of broken packages too). */
export declare function compileTriggerConditions(manifests: ReadonlyArray<{
    manifestPath: string;
    triggers: ReadonlyArray<{
        index: number;
        trigger: FlowTrigger;
    }>;
}>): Promise<FlowDiagnostic[]>;
