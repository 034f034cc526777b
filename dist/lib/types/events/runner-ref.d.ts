/**
 * The ref variables a GitHub runner sets for a webhook event (GITHUB_REF, GITHUB_REF_NAME,
 * GITHUB_HEAD_REF, GITHUB_BASE_REF, and GITHUB_SHA for a push), derived from the payload as
 * GitHub documents them per event. `flows github` and `flows explain --event-name` run without a
 * runner: without these, `github.ref` would be null and a condition such as
 * `github.ref == 'refs/heads/main'` could never match when tried on this machine. Pure; a payload
 * without the fields an event needs gives fewer variables, never an error.
 */
export declare function runnerRefVariables(eventName: string, payload: unknown): Record<string, string>;
/** `env` with the runner's ref variables of this event added where `env` does not set them. */
export declare function withRunnerRefVariables(env: NodeJS.ProcessEnv, eventName: string, payload: unknown): NodeJS.ProcessEnv;
