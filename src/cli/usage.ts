import { closest } from "../did-you-mean.js";
import { UserError } from "../user-error.js";

/** A mistake in how `flows` was called: printed with the command's usage, exit code 2. */
export class UsageError extends UserError {
  override name = "UsageError";
  constructor(
    message: string,
    /** The command whose usage goes with the message (none: the global usage). */
    readonly command?: string,
  ) {
    super(message);
  }
}

/**
 * A file (or standard input) named on the command line that cannot be used: missing, unreadable,
 * too large, not JSON, or not the kind of document the option takes. Printed as usage errors are,
 * after `flows: ` (exit code 1: the command line was right, the file was not).
 */
export class InputFileError extends UserError {
  override name = "InputFileError";
}

/** Exit codes of `flows`, documented in the README ("The flows command"). */
export const EXIT = {
  ok: 0,
  /** A step failed, or something went wrong (a bad flow package, an unreadable file, no Bun). */
  failed: 1,
  /** The command line is wrong: unknown command or option, a missing or bad value. */
  usage: 2,
} as const;

/** ` Did you mean "x"?` or nothing. */
export function didYouMean(value: string, candidates: readonly string[], quote = (text: string) => `"${text}"`): string {
  const match = closest(value, candidates);
  return match === undefined ? "" : ` Did you mean ${quote(match)}?`;
}

/**
 * `flows new x --on *` unquoted: the shell put the current folder's file names there. `word` is
 * one of them, as given.
 */
export function shellExpandedHint(word: string): string {
  return `${JSON.stringify(word)} is the name of a file here: if you wrote an unquoted * (every event type), your shell replaced it with the file names here; quote it: --on '*'.`;
}
