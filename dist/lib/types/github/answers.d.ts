import type { CompiledValidator } from "../generated/validators.js";
import { GitHubReleasesError } from "./release-errors.js";
/** Where an answer came from, for the error that says it was not what GitHub sends. */
export type AnswerOrigin = {
    repo: string;
    request: string;
    status: number;
};
export declare function unreadableAnswer(origin: AnswerOrigin, detail: string, what?: string): GitHubReleasesError;
export declare function describeValue(value: unknown): string;
/** How one answer is read: what GitHub's would be (`what`, in the message) and how its value is named there. */
export type AnswerReading = {
    /** "tags", "repository": the message says the answer is not GitHub's `what`. */
    what: string;
    /** How the detail starts, before the clipped value: "got", "the release is". */
    lead: string;
};
/** `value` as `validate`'s shape, or the repository's error that says what is wrong with it. */
export declare function readAnswer<T>(validate: CompiledValidator<T>, value: unknown, origin: AnswerOrigin, reading: AnswerReading): T;
/**
 * `value` as `validate`'s list, or the repository's error: "got ... instead of a list", or the
 * first wrong item named by its place (`${item} 3 is {...}: id must be a whole number ...`).
 */
export declare function readAnswerList<T>(validate: CompiledValidator<T[]>, value: unknown, origin: AnswerOrigin, reading: {
    what: string;
    item: string;
}): T[];
