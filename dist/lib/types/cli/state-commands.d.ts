import type { StateStore } from "../state/types.js";
import type { CliContext } from "./commands.js";
export type StoreContext = CliContext & {
    store: StateStore;
    storeLabel: string;
};
/** `flows events`: stored events, newest first; `--type` takes `*` wildcards, as triggers do. */
export declare function eventsCommand(ctx: StoreContext, options: {
    type?: string;
    limit?: number;
}): Promise<number>;
/** `flows runs`: stored runs, newest first, filtered. */
export declare function runsCommand(ctx: StoreContext, query: {
    eventId?: string;
    status?: string;
    needsAttention?: boolean;
    limit?: number;
}): Promise<number>;
/** `flows show <run-id|event-id>`: one event with its runs, or one run. */
export declare function showCommand(ctx: StoreContext, id: string): Promise<number>;
/** Every effective status a run can have, once. */
export declare const RUN_STATUSES: readonly string[];
/** `--status` must name an effective status: a typo would otherwise read as "no runs". */
export declare function checkStatusFilter(status: string | undefined): string | undefined;
