import { type JsonObject } from "./fields.js";
import type { CompactPart } from "./payloads-code.js";
export type PullRequestSummary = {
    number: number | null;
    title: string | null;
    state: string | null;
    draft: boolean;
    merged: boolean;
    headSha: string | null;
    headRef: string | null;
    baseSha: string | null;
    baseRef: string | null;
    headRepo: string | null;
    /** The head branch lives in another repository than the base. */
    fork: boolean;
    author: string | null;
    labels: string[];
    url: string | null;
};
export declare function pullRequestSummary(pr: JsonObject | undefined): PullRequestSummary;
export declare function pullRequestPart(payload: JsonObject): CompactPart;
export declare function reviewPart(payload: JsonObject): CompactPart;
export declare function reviewCommentPart(payload: JsonObject): CompactPart;
export declare function reviewThreadPart(payload: JsonObject): CompactPart;
export declare function issuePart(payload: JsonObject): CompactPart;
export declare function issueCommentPart(payload: JsonObject): CompactPart;
export declare function discussionPart(payload: JsonObject): CompactPart;
export declare function discussionCommentPart(payload: JsonObject): CompactPart;
