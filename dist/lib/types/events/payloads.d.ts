import type { GitHubRunContext } from "./context.js";
import { type JsonObject } from "./fields.js";
/** Fields every GitHub FlowEvent payload has. */
export type GitHubPayloadBase = {
    /** `owner/repo` of the event, or null for events outside a repository (installation...). */
    repo: string | null;
    /** Login of the account that caused the event (GITHUB_ACTOR for schedule), or null. */
    sender: string | null;
    /** The webhook `action`, when the event has one. */
    action?: string;
    /** The full webhook payload, unless the caller asked to leave it out. */
    github?: JsonObject;
};
/** The repository an event belongs to: the payload's, else GITHUB_REPOSITORY. */
export declare function eventRepository(payload: JsonObject, context: GitHubRunContext): string | null;
export type CompactPayloadInput = {
    eventName: string;
    action: string | undefined;
    payload: JsonObject;
    context: GitHubRunContext;
    includeWebhookPayload: boolean;
};
/** The payload flows receive, and the time of the domain event when the payload has one. */
export declare function compactPayload(input: CompactPayloadInput): {
    payload: JsonObject;
    occurredAt?: string;
};
