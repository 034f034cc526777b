import type { StateStore } from "../state/types.js";
/** Ask the next poll of `repo` to deliver `tag` again; false when `repo` was never polled. */
export declare function requestRedelivery(store: StateStore, repo: string, tag: string, now?: Date): Promise<boolean>;
/**
 * What the next poll delivers again for a forgotten event: its repository, tag, and (a change) its
 * id; `notDeliveredAgain`: the oldest changes dropped to make room for it (REDELIVER_EVENTS_KEPT),
 * and `warning`, the sentence that names them.
 */
export type Redelivery = {
    repo: string;
    tag: string;
    eventId?: string;
    notDeliveredAgain?: string[];
    warning?: string;
};
/**
 * Ask the next poll to deliver a forgotten event again, when the watcher delivers that kind of
 * event (upstream.release, and its .updated / .deleted changes) and polls its repository;
 * undefined otherwise (another event, or a repository never polled here). What `flows forget`
 * does after forgetEvent; it saves the cursor but does not flush.
 */
export declare function requestEventRedelivery(store: StateStore, event: {
    id: string;
    type: string;
    payload?: unknown;
}, now?: Date): Promise<Redelivery | undefined>;
