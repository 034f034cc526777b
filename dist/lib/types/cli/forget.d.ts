import type { StoreContext } from "./state-commands.js";
/**
 * `flows forget <event-id>`: the store forgets that the event's steps ran, so its next delivery
 * (a webhook redelivery, a push from upstream, the next poll of a watched release, or `flows
 * replay`) runs them again. Works on every store; the record keeps the forgotten attempts.
 */
export declare function forgetCommand(ctx: StoreContext, named: string, options?: {
    force?: boolean;
}): Promise<number>;
