import type { StateStore } from "../state/types.js";
import type { WatchConfig } from "./config.js";
export declare const WATCH_ROTATION_EVENT_ID = "flows-action:watch-rotation";
export type WatchRotation = {
    /** The repository the next poll starts with (`owner/repo`, lower case); none: the first configured. */
    next?: string;
    /** Why the poll that wrote this stopped early. */
    reason?: string;
};
export declare function loadWatchRotation(store: StateStore): Promise<WatchRotation>;
export declare function saveWatchRotation(store: StateStore, rotation: WatchRotation, now: Date): Promise<void>;
/** The watches in polling order: configuration order, starting at `next` (when still watched). */
export declare function rotate(watches: readonly WatchConfig[], next: string | undefined): WatchConfig[];
