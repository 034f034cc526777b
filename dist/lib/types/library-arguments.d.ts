import { isObject } from "./events/fields.js";
import { UserError } from "./user-error.js";
/** A library function was called with an argument it cannot use. */
export declare class LibraryArgumentError extends UserError {
    /** The function called, e.g. `discoverFlows`. */
    readonly functionName: string;
    /** The argument, e.g. `options.repoRoot`. */
    readonly argument: string;
    name: string;
    constructor(
    /** The function called, e.g. `discoverFlows`. */
    functionName: string, 
    /** The argument, e.g. `options.repoRoot`. */
    argument: string, message: string);
}
/**
 * Throws a LibraryArgumentError unless `ok`, worded
 * `discoverFlows: options.repoRoot must be <expects>; got nothing.`
 */
export declare function checkArgument(ok: boolean, functionName: string, argument: string, expects: string, value: unknown): asserts ok;
/** A plain object (not null, not an array): the payload readers' own check. */
export { isObject as isRecord };
export declare function isStateStore(value: unknown): boolean;
export declare const STATE_STORE = "a StateStore (createStateStore, FileStateStore or MemoryStateStore)";
