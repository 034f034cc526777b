import type { FlowEvent } from "../contracts.js";
import type { StateStore } from "../state/types.js";
import type { ActionInputs } from "./inputs.js";
import type { ActionIO } from "./io.js";
/** The job's environment, read once. */
export type RunnerEnvironment = {
    /** GITHUB_WORKSPACE (the current directory when unset). */
    workspace: string;
    /** `owner/repo` (GITHUB_REPOSITORY). */
    repository?: string;
    runId?: string;
    runAttempt: string;
    serverUrl: string;
    /** GITHUB_API_URL; Octokit's default when unset. */
    apiUrl?: string;
    /** GITHUB_SHA. */
    sha?: string;
    actor?: string;
    /** RUNNER_TEMP: scratch space outside the workspace. */
    temp?: string;
    /** Inside a real workflow run (GITHUB_ACTIONS with a repository and run id), not `flows github`. */
    insideWorkflowRun: boolean;
    /** The workflow run's page, when known. */
    runUrl?: string;
    /** GITHUB_JOB and GITHUB_ACTION: which job and step of the workflow this is. */
    job?: string;
    step?: string;
    /** GITHUB_WORKFLOW_REF (else GITHUB_WORKFLOW): which workflow this is. */
    workflow?: string;
};
export declare function readRunnerEnvironment(env: NodeJS.ProcessEnv, cwd?: string): RunnerEnvironment;
/** Everything a mode works with: read once by runAction, then passed down. */
export type ActionContext = {
    io: ActionIO;
    inputs: ActionInputs;
    runner: RunnerEnvironment;
    /** The process environment: what steps inherit (Bun's folder goes on its PATH). */
    stepEnv: NodeJS.ProcessEnv;
    event: FlowEvent;
    store: StateStore;
    /** Finds or installs Bun on first use. */
    bunPath: () => Promise<string>;
    /** `core.debug` lines: match decisions, store operations, API calls. */
    debug?: (message: string) => void;
    /** Aborted when the job is cancelled: running steps are stopped and recorded as canceled. */
    signal?: AbortSignal;
};
