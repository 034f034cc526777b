import type { EffectiveStatus } from "../contracts.js";
import { type ChecksMode, type CommentMode, type HandoverMode } from "../report/modes.js";
import type { ActionIO } from "./io.js";
import { type ActionStateKind } from "./state.js";
import { UserError } from "../user-error.js";
export declare class ActionInputError extends UserError {
    name: string;
}
export declare const ACTION_MODES: readonly ["dispatch", "plan", "run-step", "report", "http"];
export type ActionMode = (typeof ACTION_MODES)[number];
/** Checks, the sticky comment and the fork-PR handover. */
export type GitHubReportInputs = {
    checks: ChecksMode;
    comment: CommentMode;
    commentKey: string;
    handover: HandoverMode;
    botLogin: string;
};
export type ActionInputs = {
    flowsPath: string[];
    githubToken: string;
    concurrency: number;
    event?: string;
    dryRun: boolean;
    failOn: Set<EffectiveStatus>;
    bunVersion: string;
    bunDownloadUrl: string;
    state: ActionStateKind;
    stateBranch: string;
    stateDir: string;
    /** Event id to run again (every matching step, as replay attempts). */
    replay?: string;
    report: GitHubReportInputs;
    mode: ActionMode;
    /** Upstream repositories to poll for releases on schedule / workflow_dispatch. */
    watch: string;
    /** `watch-max-requests`: requests one poll may make (undefined: the poller's default, 300). */
    watchMaxRequests?: number;
    /** run-step: the steps this job runs (JSON from the plan's matrix). */
    steps: string;
    /** run-step: where this job writes its runs for the report job. */
    runsFile: string;
    /** report: the folder holding the run-step jobs' runs files. */
    runsDir: string;
    /** report: the run views of the steps the plan job gave no job, handled before (JSON). */
    handledRuns: string;
    /** report: the run ids and statuses of every step the plan counted as handled before (JSON). */
    handledSteps: string;
    /** report: for each run-step job, by matrix index, the run ids of the steps the plan gave it (JSON). */
    jobSteps: string;
    /** cancelOnTimeout: cancel the backend's unfinished runs when timeoutMs runs out (a canceled job always does). */
    backend: {
        url: string;
        token: string;
        apiKey: string;
        hmacSecret: string;
        timeoutMs?: number;
        cancelOnTimeout: boolean;
    };
    /** runtime.workspaceBackendUrl and CODEX_WORKSPACE_BACKEND_WS_URL for steps (empty: the host's). */
    workspaceBackendUrl: string;
    /** Steps receive GITHUB_ENV and GITHUB_PATH, so they can export variables to later job steps. */
    exportEnv: boolean;
};
export declare const DEFAULT_FLOWS_PATH: string[];
export declare const DEFAULT_BUN_VERSION = "1.4.5";
export declare const DEFAULT_STATE_BRANCH = "flows-state";
export declare const DEFAULT_BUN_DOWNLOAD_URL = "https://github.com/oven-sh/bun/releases/download";
/**
 * Read and check every input once, so a typo fails before anything runs: in a value, or in an
 * input's name (`dry_run: true` was ignored, and every step ran for real).
 */
export declare function readInputs(io: ActionIO): ActionInputs;
/** A self-hosted runner's job limit; GitHub-hosted jobs end after 6 hours anyway. */
export declare const MAX_BACKEND_TIMEOUT_MINUTES = 7200;
/** Lines or commas, blanks dropped. */
export declare function splitList(value: string): string[];
/** `fail-on`: effective statuses that fail the job; `none` for never. */
export declare function readFailOn(value: string): Set<EffectiveStatus>;
/** " Did you mean <value>?" for a near miss of one of `allowed`, else "". */
export declare function nearValueHint(value: string, allowed: readonly string[]): string;
/**
 * An input's value as an error quotes it: on one line (line breaks shown as \n), redacted, and
 * cut to a few hundred characters; a megabyte value made a megabyte error.
 */
export declare function shownInput(value: string): string;
