import { LibraryArgumentError } from "../library-arguments.js";
/**
 * A `dispatch` option a library caller got wrong: which option, what it takes, what it got.
 * The action and the `flows` command check their inputs before they call dispatch; a library
 * caller's `concurrency: Number(process.env.N)` (NaN when N is unset) left dispatch waiting
 * forever for a free slot, and a missing `repoRoot` failed inside node:path.
 */
export declare class DispatchOptionsError extends LibraryArgumentError {
    /** The option, e.g. `concurrency`. */
    readonly option: string;
    name: string;
    constructor(
    /** The option, e.g. `concurrency`. */
    option: string, message: string);
}
/** Throws a DispatchOptionsError for the first option that dispatch cannot use as given. */
export declare function checkDispatchOptions(options: unknown): void;
