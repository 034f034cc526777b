import type { FlowEvent } from "../contracts.js";
import type { GitHubRunContext } from "./context.js";
export type FlowEventFromGitHubInput = {
    /** GITHUB_EVENT_NAME: `push`, `release`, `pull_request`... */
    eventName: string;
    /** The webhook payload (the JSON file at GITHUB_EVENT_PATH). */
    payload: unknown;
    context: GitHubRunContext;
    /** The action's `event` input: FlowEvent JSON that replaces the GitHub event. */
    eventInput?: string;
    now?: () => Date;
    /** Put the full webhook payload under `payload.github` (default true). */
    includeWebhookPayload?: boolean;
};
/**
 * The FlowEvent for the GitHub delivery that started this job: a FlowEvent the delivery
 * carries (the `event` input, a dispatch), else the mapped GitHub event with a deterministic id
 * `github:<type>:<owner>/<repo>:<natural key>`. Pure: everything comes from the input.
 */
export declare function flowEventFromGitHub(input: FlowEventFromGitHubInput): FlowEvent;
/** `<event name>` or `<event name>.<action>`: `release.published`, `repository_dispatch.deploy`. */
export declare function gitHubEventType(eventName: string, payload: unknown): string;
