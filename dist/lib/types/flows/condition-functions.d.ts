import { data } from "@actions/expressions";
import type { FunctionDefinition, FunctionInfo } from "@actions/expressions/funcs/info";
import semver from "semver";
import { type TextBudget } from "./condition-limits.js";
type ExpressionData = data.ExpressionData;
/**
 * What changed() answers from: the files an event touched, or why they are not known.
 * `incomplete` says why the list may lack files (a cap): a listed match is still true, but no
 * match cannot be told from a file left off, so changed() then fails with that reason.
 */
export type ChangedFiles = {
    files: readonly string[];
    incomplete?: string;
} | {
    unknown: string;
};
export declare const CUSTOM_FUNCTIONS: readonly FunctionInfo[];
/**
 * The custom functions for one event (`changed` reads that event's files), and GitHub's text
 * builders bounded by `budget` (condition-limits.ts).
 */
export declare function customFunctions(changed: () => ChangedFiles, budget: TextBudget): Map<string, FunctionDefinition>;
/**
 * semver: the version is the first x.y.z in the text (`rust-v1.2.3` → 1.2.3, prerelease kept),
 * else what semver.coerce finds (`v1.2` → 1.2.0); npm's rules decide (a prerelease satisfies
 * only a range that names a prerelease of the same x.y.z). No version in the text: false.
 */
export declare function satisfies(version: ExpressionData | undefined, range: ExpressionData | undefined): boolean;
/** The range, parsed once per text; throws when it is not a range (a type error in the condition). */
export declare function checkRange(range: ExpressionData | undefined): semver.Range;
/** A glob argument as text; throws when it is not text or not a valid glob. */
export declare function patternText(pattern: ExpressionData | undefined, name: string): string;
export {};
