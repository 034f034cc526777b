import type { GitHubClient } from "../github/client.js";
import type { ReleaseListing, UpstreamRelease } from "../github/releases.js";
import type { RequestBudget } from "../github/request-budget.js";
import type { FlowEvent } from "../contracts.js";
import type { WatchConfig } from "./config.js";
import type { DispatchedRelease, WatchCursor } from "./cursor.js";
type OkListing = Extract<ReleaseListing, {
    status: "ok";
}>;
/**
 * Whether a release GitHub did not list is really gone, rather than sorted below the pages
 * read: the listing is ordered by commit date, so it must have shown any release whose commit
 * is newer than the last one listed.
 */
export declare function shouldHaveBeenListed(createdAt: string, listing: OkListing): boolean;
export type Lookups = {
    client: GitHubClient;
    repo: string;
    budget: RequestBudget;
};
/** The release as GitHub has it now, or undefined when it is deleted or back to a draft. */
export declare function currentRelease(lookups: Lookups, id: number): Promise<UpstreamRelease | undefined>;
export type ChangeOptions = Lookups & {
    watch: WatchConfig;
    cursor: WatchCursor | undefined;
    listing: ReleaseListing;
    /** Releases dispatched by this poll, newest first. */
    dispatchedNow: DispatchedRelease[];
    now: Date;
};
export type ChangeResult = {
    events: FlowEvent[];
    dispatched: DispatchedRelease[];
    tagsEtag?: string;
};
export declare function detectChanges(options: ChangeOptions): Promise<ChangeResult>;
/** The text every tag starts with (`rust-v0.41.0`, `rust-v0.42.0` → `rust-v0.4`). */
export declare function commonPrefix(tags: readonly string[]): string;
export {};
