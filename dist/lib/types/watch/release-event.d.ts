import type { FlowEvent } from "../contracts.js";
import { RELEASE_BODY_LIMIT } from "../github/releases.js";
import type { PublishedRelease } from "./select.js";
/** Release notes beyond this many characters are cut, so events and records stay small (a listing keeps no more). */
export { RELEASE_BODY_LIMIT };
/** Release names (titles) beyond this many characters are cut: GitHub sets no limit of its own. */
export declare const RELEASE_NAME_LIMIT = 300;
export type UpstreamReleasePayload = {
    provider: "github";
    repo: string;
    tag: string;
    url: string;
    publishedAt: string;
    prerelease: boolean;
    name: string;
    body: string;
};
export type UpstreamReleaseEventOptions = {
    /** `owner/repo` as configured; GitHub's spelling (from the release URL) is preferred. */
    repo: string;
    release: PublishedRelease;
    now: Date;
};
export declare function upstreamReleaseFlowEvent(options: UpstreamReleaseEventOptions): FlowEvent<UpstreamReleasePayload>;
