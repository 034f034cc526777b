import type { StateStore } from "../state/types.js";
/** Ask the next poll of `repo` to deliver `tag` again; false when `repo` was never polled. */
export declare function requestRedelivery(store: StateStore, repo: string, tag: string, now?: Date): Promise<boolean>;
/** What the next poll delivers again for a forgotten event: its repository, tag, and (a change) its id. */
export type Redelivery = {
    repo: string;
    tag: string;
    eventId?: string;
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
