/** GitHub's webhook events and the actions their payloads carry (none: the payload has no action). */
export declare const GITHUB_EVENT_ACTIONS: Readonly<Record<string, readonly string[]>>;
