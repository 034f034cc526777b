// A library function called from plain JavaScript with an argument it cannot use failed deep
// inside, as "Cannot read properties of undefined (reading 'roots')": a TypeError about engine
// internals, shown as a bug. The public functions check their arguments first with this and
// say which function, which argument, what it takes and what it got.
import { describeGot } from "./contract-errors.js";
import { isObject } from "./events/fields.js";
import { UserError } from "./user-error.js";

/** A library function was called with an argument it cannot use. */
export class LibraryArgumentError extends UserError {
  override name = "LibraryArgumentError";
  constructor(
    /** The function called, e.g. `discoverFlows`. */
    readonly functionName: string,
    /** The argument, e.g. `options.repoRoot`. */
    readonly argument: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Throws a LibraryArgumentError unless `ok`, worded
 * `discoverFlows: options.repoRoot must be <expects>; got nothing.`
 */
export function checkArgument(ok: boolean, functionName: string, argument: string, expects: string, value: unknown): asserts ok {
  if (!ok) throw new LibraryArgumentError(functionName, argument, `${functionName}: ${argument} must be ${expects}; got ${describeGot(value)}.`);
}

/** A plain object (not null, not an array): the payload readers' own check. */
export { isObject as isRecord };

export function isStateStore(value: unknown): boolean {
  return isObject(value) && typeof value.loadEvent === "function" && typeof value.saveEvent === "function";
}

export const STATE_STORE = "a StateStore (createStateStore, FileStateStore or MemoryStateStore)";
