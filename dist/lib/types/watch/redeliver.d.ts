import type { StateStore } from "../state/types.js";
/** Ask the next poll of `repo` to deliver `tag` again; false when `repo` was never polled. */
export declare function requestRedelivery(store: StateStore, repo: string, tag: string, now?: Date): Promise<boolean>;
