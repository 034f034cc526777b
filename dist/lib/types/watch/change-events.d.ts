import type { FlowEvent } from "../contracts.js";
import type { DispatchedRelease } from "./cursor.js";
export declare const RELEASE_UPDATED_TYPE = "upstream.release.updated";
export declare const RELEASE_DELETED_TYPE = "upstream.release.deleted";
/** What a dispatched release was, and is now. */
export type ReleaseState = {
    commit?: string;
    prerelease: boolean;
};
export type ReleaseUpdatedPayload = {
    provider: "github";
    repo: string;
    tag: string;
    url: string;
    releaseId: number;
    /** `commit`: the tag moved; `prerelease`: the prerelease flag changed (to a release). */
    change: "commit" | "prerelease";
    previous: ReleaseState;
    current: ReleaseState;
    /** The event that first dispatched this release. */
    dispatchedEventId: string;
};
export type ReleaseDeletedPayload = {
    provider: "github";
    repo: string;
    tag: string;
    releaseId: number;
    /** The release as it was dispatched. */
    previous: ReleaseState;
    dispatchedEventId: string;
};
export declare function releaseUpdatedEvent(options: {
    repo: string;
    url: string;
    dispatched: DispatchedRelease;
    change: "commit" | "prerelease";
    current: ReleaseState;
    now: Date;
}): FlowEvent<ReleaseUpdatedPayload>;
export declare function releaseDeletedEvent(options: {
    repo: string;
    dispatched: DispatchedRelease;
    now: Date;
}): FlowEvent<ReleaseDeletedPayload>;
