import type { StateStore } from "../state/types.js";
/**
 * Ask the next poll of `repo` to deliver `tag` again; false when `repo` was never polled. Kept for
 * callers of older versions: requestReleaseRedelivery does the same and says which releases it
 * dropped to make room (REDELIVER_TAGS_KEPT), which this does not.
 */
export declare function requestRedelivery(store: StateStore, repo: string, tag: string, now?: Date): Promise<boolean>;
/**
 * Ask the next poll of `repo` to deliver the release of `tag` again: `{ repo, tag }`, with
 * `notDeliveredAgain` (the oldest tags dropped to make room, REDELIVER_TAGS_KEPT) and `warning`
 * (the sentence that names them) when the list was full; undefined when `repo` was never polled.
 */
export declare function requestReleaseRedelivery(store: StateStore, repo: string, tag: string, now?: Date): Promise<Redelivery | undefined>;
/**
 * What the next poll delivers again for a forgotten event: its repository, tag, and (a change) its
 * id; `notDeliveredAgain`: the oldest dropped to make room for it (tags of releases past
 * REDELIVER_TAGS_KEPT, ids of changes past REDELIVER_EVENTS_KEPT), and `warning`, the sentence
 * that names them.
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
