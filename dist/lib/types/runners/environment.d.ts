import type { FlowEvent } from "../contracts.js";
import type { StepRuntime } from "./types.js";
/**
 * Host variables never passed to steps: the Actions runtime's credentials, its state file,
 * and this action's own outputs file (a step must not overwrite the action's outputs;
 * steps report through FLOW_RESULT).
 */
export declare const WITHHELD_HOST_VARIABLES: readonly ["ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_URL", "ACTIONS_RESULTS_URL", "ACTIONS_RUNTIME_URL", "ACTIONS_CACHE_URL", "GITHUB_STATE", "GITHUB_OUTPUT"];
/**
 * The runner's files that change later steps of the job. Withheld unless the workflow opts in
 * (`export-env: true`): a step that could write `NODE_OPTIONS` or `PATH` into them would drive
 * every step after it.
 */
export declare const JOB_ENVIRONMENT_FILES: readonly ["GITHUB_ENV", "GITHUB_PATH"];
/**
 * Host variables that hold tokens and are passed to steps: a workflow sets GH_TOKEN for the `gh`
 * a step runs. The runner masks their values in the log only; the action registers them with
 * its redactor, as `flows` does. (The Actions runtime's tokens are withheld above.)
 */
export declare const INHERITED_TOKEN_VARIABLES: readonly ["GITHUB_TOKEN", "GH_TOKEN"];
/** Host variable prefixes never passed to steps: action inputs (`INPUT_*`, which may hold tokens). */
export declare const WITHHELD_HOST_PREFIXES: readonly ["INPUT_"];
/**
 * Variables that describe the run: set from the event being run and its runtime, never
 * inherited. Every other `CODEX_FLOW_*` host variable (CODEX_FLOW_PUSH=1, ...) passes through,
 * as in the older runtime, whose own flows are switched by such settings.
 */
export declare const RUN_VARIABLES: readonly ["CODEX_FLOW_EVENT_ID", "CODEX_FLOW_RUN_ID", "CODEX_FLOW_ATTEMPT_ID", "CODEX_FLOW_REPLAY", "CODEX_FLOW_LAUNCHED_BY"];
/** Set from `runtime.workspaceBackendUrl` (which defaults to the host's value of it). */
export declare const WORKSPACE_BACKEND_VARIABLE = "CODEX_WORKSPACE_BACKEND_WS_URL";
export type StepEnvironmentOptions = {
    /** Pass GITHUB_ENV and GITHUB_PATH, so steps can export variables to later job steps. */
    exportEnv?: boolean;
};
/** The host variables a step receives: everything except the withheld names and prefixes. */
export declare function stepEnvironment(hostEnv: NodeJS.ProcessEnv, options?: StepEnvironmentOptions): Record<string, string>;
export type RunEnvironmentOptions = {
    /** Base environment (the engine's choice of host variables plus caller overrides). */
    env: Record<string, string | undefined>;
    event: FlowEvent;
    runtime: StepRuntime;
};
/**
 * The environment a step process gets: the base environment without any inherited run
 * variables, plus the run variables of this event. (The old runtime let an inherited
 * CODEX_FLOW_EVENT_ID override the event's own id.)
 */
export declare function runEnvironment(options: RunEnvironmentOptions): Record<string, string>;
