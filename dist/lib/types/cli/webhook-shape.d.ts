/** The one event a payload's keys name, if they name one. */
export declare function guessWebhookEventName(payload: unknown): string | undefined;
/**
 * A payload that is plainly another event's than --event-name says: it lacks a key every payload
 * of the named event has and has every key of another, or it has the named event's keys and those
 * of an event that has them all and more (an issue_comment payload named issues). A payload whose keys name no event (a hand-written
 * `{"ref": "refs/heads/main"}`) is let through.
 */
export declare function refuseWebhookOfAnotherEvent(eventName: string, payload: unknown, path: string, option: string): void;
/**
 * A payload without the `action` every payload of its event carries (`release`, `pull_request`,
 * ...): its FlowEvent type is then the bare event name, `release`, and triggers written for the
 * event name an action (`release.published`), so none of them matches, without a word. A
 * warning, not a refusal: a trigger of `*` or of the bare name still runs. Undefined when the
 * payload has its action, or its event has none (`push`); repository_dispatch is left out: its
 * action is the sender's event_type.
 */
export declare function missingActionWarning(eventName: string, payload: unknown, shown: string): string | undefined;
/**
 * The missing-action warning (missingActionWarning) on standard error, for each command that maps
 * a webhook payload into a FlowEvent (`flows github`, `flows explain --event-name`): either would
 * say nothing matched, or explain each step's type as failed, without the reason.
 */
export declare function warnMissingAction(err: (text: string) => void, eventName: string, payload: unknown, shown: string): void;
