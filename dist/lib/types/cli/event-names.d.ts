export declare const GITHUB_EVENT_NAMES: string[];
/** --event-name must be a GitHub event name (flows github, flows explain): a typo is a usage error with a suggestion. */
export declare function checkGitHubEventName(eventName: string, command: string): void;
