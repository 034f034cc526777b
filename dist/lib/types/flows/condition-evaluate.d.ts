import type { FlowEvent } from "../contracts.js";
import type { ConditionGitHubContext, ConditionReport } from "./condition.js";
import type { CompiledCondition } from "./condition-compile.js";
import type { FlowPackage } from "./types.js";
/**
 * The files of a pull request from outside flows/ (an API edge passed in): a list, or one with
 * `incomplete` saying why it may lack files; undefined when it cannot tell. A throw becomes the
 * reason the condition could not be evaluated.
 */
export type ChangedFilesSource = (event: FlowEvent, github: ConditionGitHubContext | undefined) => Promise<readonly string[] | {
    files: readonly string[];
    incomplete?: string;
} | undefined>;
export type ConditionScopeInput = {
    event: FlowEvent;
    github?: ConditionGitHubContext;
    /** The host environment, read-only (`env.NAME`). */
    env: NodeJS.ProcessEnv;
    changedFiles?: ChangedFilesSource;
};
/** Everything conditions need for one event, built once and shared by all steps. */
export declare class ConditionScope {
    private readonly input;
    private readonly shared;
    private readonly flows;
    private readonly functions;
    private files;
    private readonly budget;
    constructor(input: ConditionScopeInput);
    evaluate(condition: CompiledCondition, flow: FlowPackage): Promise<ConditionReport>;
    /** The expression's value as plain JSON (for tests and tools; matching uses evaluate). */
    valueOf(condition: CompiledCondition, flow: FlowPackage): Promise<unknown>;
    private context;
    private flowData;
}
