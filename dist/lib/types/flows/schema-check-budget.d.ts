import { MAX_CHECK_ERRORS, MAX_CHECK_MS } from "./schema-check-limits.js";
export { MAX_CHECK_ERRORS, MAX_CHECK_MS };
import type { ErrorObject } from "ajv";
export type CheckLimits = {
    maxErrors: number;
    maxMs: number;
};
/** Why a check stopped: it made too many errors, or took too long. */
export declare class CheckBudgetExceeded extends Error {
    readonly over: "errors" | "time";
    readonly limits: CheckLimits;
    /** Over the errors budget: the first errors, in ajv's form, for the mismatch's message. */
    readonly errors: readonly ErrorObject[];
    constructor(over: "errors" | "time", limits: CheckLimits, 
    /** Over the errors budget: the first errors, in ajv's form, for the mismatch's message. */
    errors?: readonly ErrorObject[]);
}
/** "1,000 errors, its budget" or "3 s, its budget". */
export declare function checkBudgetText(error: CheckBudgetExceeded): string;
/**
 * Runs `check` (a validator rewritten by budgetedChecks) within the limits; throws
 * CheckBudgetExceeded past them. Checks are synchronous, so one slot serves the process.
 */
export declare function checkWithinBudget<T>(check: () => T, limits?: CheckLimits): T;
/**
 * ajv's generated code (ajv 8: each validator starts with PREAMBLE, adds an error with
 * `errors++;`, a called validator's with `errors = vErrors.length;`, loops with `for(...){`)
 * reporting to the budget. String literals (ajv writes them with JSON.stringify; schema text
 * reaches the code only so) are left as they are. Code without
 * the preamble (another ajv) comes back unchanged; code rewritten before is not rewritten again.
 *
 * An alternative whose errors may be dropped (anyOf, oneOf, not, if, contains) starts with
 * `const _errsN = errors;` and, when they are dropped, goes back with `errors = _errsN;`: either
 * in the same block (`if`), or in the `else` of the `if(...){` that decides (the last one in the
 * declaration's block), whose other branch adds the keyword's own error. The budget counts the
 * alternative open from the declaration to that decision. An alternative laid out otherwise is
 * not counted: its errors stop the check past the budget as final ones do.
 *
 * Each validator starts with the count its callers hold (`flowsBase`) and sets Budget.held after
 * each change of its own count (an error made, a called validator's appended, errors dropped),
 * so that it leaves its own count there when it returns. Past the budget a validator keeps fewer
 * errors than it counts (Budget.added), so its `vErrors.length = _errsN;` only shortens, and a
 * called validator's errors appended add to the count (Budget.appended) rather than set it: the
 * count it left (or, from a validator not rewritten, what it kept, at least one per error), so
 * `_errsN === errors` still tells whether errors were made since; then, within a check, the called
 * validator's `errors` is set to null (the caller's return sets its own).
 */
export declare function budgetedChecks(code: string): string;
