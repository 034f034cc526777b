import type { ApiFailure } from "./errors.js";
/** What flows-action writes, and the workflow permission each needs. */
export type GitHubFeature = "checks" | "comment" | "handover";
export declare const PERMISSION_FOR: Record<GitHubFeature, string>;
/**
 * Whether the failing call was made with a fork pull request's token, which GitHub makes
 * read-only whatever the workflow asks for: `unknown` when the event does not say.
 */
export type ForkToken = "yes" | "no" | "unknown";
/** What a call got back, as the middle of a sentence: GitHub's answer, the network's, or ours. */
export declare function failureAnswer(failure: ApiFailure): string;
/**
 * A warning that says what was not written, why, and what to change. `what` names the call,
 * e.g. `create check run "flows: lint/eslint"`.
 */
export declare function explainFailure(options: {
    feature: GitHubFeature;
    what: string;
    failure: ApiFailure;
    /** Default `no`: only a pull request's own job can have a fork's token. */
    fork?: ForkToken;
    /** The feature was written, only this part of it was not (say, some annotations). */
    partial?: boolean;
}): string;
/** Why a feature was refused: the kinds isDenied() counts. */
export type DeniedKind = "permission" | "personal-token" | "bad-credentials";
/** Markdown for the job summary when features fell back to it, with the reason for each. */
export declare function fallbackNote(denied: ReadonlyMap<GitHubFeature, DeniedKind>, options?: {
    fork?: ForkToken;
}): string;
