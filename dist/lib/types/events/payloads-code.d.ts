import type { GitHubRunContext } from "./context.js";
import { type JsonObject } from "./fields.js";
/** What a family adds to `{repo, sender, action}`, and the time of the domain event. */
export type CompactPart = {
    fields: JsonObject;
    occurredAt?: string;
};
export type PushCommit = {
    id: string;
    message: string;
    author: string | null;
};
/** GitHub's push payload lists up to 2048 commits; flows get the last 20 and the count. */
export declare const PUSH_COMMITS_LIMIT = 20;
export declare function pushPart(payload: JsonObject): CompactPart;
/** create: GITHUB_SHA is the commit the new ref points at. */
export declare function createPart(payload: JsonObject, context: GitHubRunContext): CompactPart;
export declare function deletePart(payload: JsonObject): CompactPart;
/**
 * release: also a valid upstream-release payload (`provider`, `repo`, `tag`, `url`,
 * `publishedAt`), so a flow written for upstream releases can take a repository's own release.
 */
export declare function releasePart(payload: JsonObject): CompactPart;
export declare function mergeGroupPart(payload: JsonObject): CompactPart;
/** package, registry_package: the package and the version the delivery is about. */
export declare function packagePart(payload: JsonObject, eventName: string): CompactPart;
