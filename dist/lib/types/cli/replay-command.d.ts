import type { StoreContext } from "./state-commands.js";
export type ReplayOptions = {
    concurrency?: number;
    bunPath?: string;
    workspaceBackendUrl?: string;
};
/**
 * `flows replay <event-id>`: run every matching step of a stored event again, and the steps
 * `flows run` started by name as it started them; only those, when they are all the event ran.
 */
export declare function replayCommand(ctx: StoreContext, eventId: string, options?: ReplayOptions): Promise<number>;
