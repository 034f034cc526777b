import type { FlowEvent } from "../contracts.js";
import type { StepRuntime } from "./types.js";

/**
 * Host variables never passed to steps: the Actions runtime's credentials, its state file,
 * and this action's own outputs file (a step must not overwrite the action's outputs;
 * steps report through FLOW_RESULT).
 */
export const WITHHELD_HOST_VARIABLES = [
  "ACTIONS_RUNTIME_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RESULTS_URL",
  "ACTIONS_RUNTIME_URL",
  "ACTIONS_CACHE_URL",
  "GITHUB_STATE",
  "GITHUB_OUTPUT",
] as const;

/**
 * The runner's files that change later steps of the job. Withheld unless the workflow opts in
 * (`export-env: true`): a step that could write `NODE_OPTIONS` or `PATH` into them would drive
 * every step after it.
 */
export const JOB_ENVIRONMENT_FILES = ["GITHUB_ENV", "GITHUB_PATH"] as const;

/**
 * Host variables that hold tokens and are passed to steps: a workflow sets GH_TOKEN for the `gh`
 * a step runs. The runner masks their values in the log only; the action registers them with
 * its redactor, as `flows` does. (The Actions runtime's tokens are withheld above.)
 */
export const INHERITED_TOKEN_VARIABLES = ["GITHUB_TOKEN", "GH_TOKEN"] as const;

/** Host variable prefixes never passed to steps: action inputs (`INPUT_*`, which may hold tokens). */
export const WITHHELD_HOST_PREFIXES = ["INPUT_"] as const;

/**
 * Variables that describe the run: set from the event being run and its runtime, never
 * inherited. Every other `CODEX_FLOW_*` host variable (CODEX_FLOW_PUSH=1, ...) passes through,
 * as in the older runtime, whose own flows are switched by such settings.
 */
export const RUN_VARIABLES = [
  "CODEX_FLOW_EVENT_ID",
  "CODEX_FLOW_RUN_ID",
  "CODEX_FLOW_ATTEMPT_ID",
  "CODEX_FLOW_REPLAY",
  "CODEX_FLOW_LAUNCHED_BY",
] as const;

/** Set from `runtime.workspaceBackendUrl` (which defaults to the host's value of it). */
export const WORKSPACE_BACKEND_VARIABLE = "CODEX_WORKSPACE_BACKEND_WS_URL";

export type StepEnvironmentOptions = {
  /** Pass GITHUB_ENV and GITHUB_PATH, so steps can export variables to later job steps. */
  exportEnv?: boolean;
};

/** The host variables a step receives: everything except the withheld names and prefixes. */
export function stepEnvironment(hostEnv: NodeJS.ProcessEnv, options: StepEnvironmentOptions = {}): Record<string, string> {
  const withheld = new Set<string>([...WITHHELD_HOST_VARIABLES, ...(options.exportEnv ? [] : JOB_ENVIRONMENT_FILES)]);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(hostEnv)) {
    if (value === undefined) continue;
    // Windows variable names are case-insensitive; compare in one case everywhere.
    const upper = name.toUpperCase();
    if (withheld.has(upper)) continue;
    if (WITHHELD_HOST_PREFIXES.some((prefix) => upper.startsWith(prefix))) continue;
    env[name] = value;
  }
  return env;
}

export type RunEnvironmentOptions = {
  /** Base environment (the engine's choice of host variables plus caller overrides). */
  env: Record<string, string | undefined>;
  event: FlowEvent;
  runtime: StepRuntime;
};

const RUN_VARIABLE_SET = new Set<string>([...RUN_VARIABLES, WORKSPACE_BACKEND_VARIABLE]);

/**
 * The environment a step process gets: the base environment without any inherited run
 * variables, plus the run variables of this event. (The old runtime let an inherited
 * CODEX_FLOW_EVENT_ID override the event's own id.)
 */
export function runEnvironment(options: RunEnvironmentOptions): Record<string, string> {
  const { event, runtime } = options;
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.env)) {
    if (value === undefined || RUN_VARIABLE_SET.has(name.toUpperCase())) continue;
    env[name] = value;
  }
  env.CODEX_FLOW_EVENT_ID = event.id;
  if (runtime.runId) env.CODEX_FLOW_RUN_ID = runtime.runId;
  if (runtime.attemptId) env.CODEX_FLOW_ATTEMPT_ID = runtime.attemptId;
  env.CODEX_FLOW_REPLAY = runtime.replay ? "1" : "0";
  if (runtime.workspaceBackendUrl) env[WORKSPACE_BACKEND_VARIABLE] = runtime.workspaceBackendUrl;
  if (runtime.launchedBy) env.CODEX_FLOW_LAUNCHED_BY = runtime.launchedBy;
  return env;
}
