// Two kinds of error reach an entry point: the user's (a flow.toml, an input, a store setting,
// a CLI argument, an event file, data from outside) and ours (a bug). A UserError carries what
// to change and is shown without a stack; anything else is a bug, shown with its stack and a
// request to report it (describe-error.ts). Decide which when throwing, not later.

export type UserErrorOptions = {
  /** The file the problem is in, when there is one. */
  file?: string;
  line?: number;
  column?: number;
  /** What to change, when the message alone does not say it. */
  hint?: string;
  cause?: unknown;
};

// A brand as well as the class: a UserError thrown by another copy of this module (a bundle
// loaded twice) is still recognised.
const BRAND = Symbol.for("flows-action.UserError");

export class UserError extends Error {
  override name = "UserError";
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly hint?: string;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    Object.defineProperty(this, BRAND, { value: true });
    if (options.file !== undefined) this.file = options.file;
    if (options.line !== undefined) this.line = options.line;
    if (options.column !== undefined) this.column = options.column;
    if (options.hint !== undefined) this.hint = options.hint;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError || (typeof error === "object" && error !== null && (error as Record<symbol, unknown>)[BRAND] === true);
}
