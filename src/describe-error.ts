const BUILT_IN_ERRORS = new Set([
  "Error",
  "TypeError",
  "RangeError",
  "ReferenceError",
  "SyntaxError",
  "EvalError",
  "URIError",
  "AggregateError",
]);

/**
 * One message for an error that reached an entry point. Typed errors of ours (named
 * FlowManifestError, ActionInputError, ...) carry sentences users can act on; anything else
 * is a bug, so its stack goes with it.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    if (!BUILT_IN_ERRORS.has(error.name) || !error.stack) return error.message;
    return `${error.stack}\nThis is a bug in flows-action; please report it with the lines above.`;
  }
  return String(error);
}
