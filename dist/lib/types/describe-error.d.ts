/**
 * One message for an error that reached an entry point (the action's setFailed, the CLI's
 * stderr). A UserError is the user's to fix: `file:line:col: message` and its hint, no stack.
 * Anything else is a bug in flows-action, so its stack goes with it and a request to report it.
 */
export declare function describeError(error: unknown): string;
