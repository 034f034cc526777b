import { type KeyFamily, type NaturalKeyInput } from "./key-parts.js";
export declare function pullRequestKey(input: NaturalKeyInput): string | undefined;
export declare function reviewKey(input: NaturalKeyInput): string | undefined;
export declare function reviewCommentKey(input: NaturalKeyInput): string | undefined;
export declare function reviewThreadKey(input: NaturalKeyInput): string | undefined;
export declare function threadKey(kind: "issue" | "discussion"): KeyFamily;
export declare function commentKey(input: NaturalKeyInput): string | undefined;
