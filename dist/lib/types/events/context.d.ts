/** What GitHub Actions tells a job about the run it belongs to (the GITHUB_* variables). */
export type GitHubRunContext = {
    /** `owner/repo` (GITHUB_REPOSITORY). */
    repository?: string;
    /** GITHUB_RUN_ID: the same for every attempt of a run. */
    runId?: string;
    /** GITHUB_RUN_ATTEMPT: never part of an event id (a re-run is the same event). */
    runAttempt?: string;
    sha?: string;
    ref?: string;
    workflow?: string;
    job?: string;
    actor?: string;
    serverUrl?: string;
};
/** The run context from GITHUB_* variables; unset and empty variables are left out. */
export declare function readGitHubRunContext(env: NodeJS.ProcessEnv): GitHubRunContext;
export type GitHubEvent = {
    eventName: string;
    payload: Record<string, unknown>;
};
/** GITHUB_EVENT_NAME and the webhook payload in the JSON file at GITHUB_EVENT_PATH. */
export declare function loadGitHubEvent(env: NodeJS.ProcessEnv): Promise<GitHubEvent>;
/**
 * Event files from this size on are read in a streaming pass that keeps their big arrays on disk
 * (event-file.ts). FLOWS_LAZY_EVENT_BYTES lowers it in tests, so small events take that path too.
 */
export declare const LAZY_EVENT_BYTES: number;
