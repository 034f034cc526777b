// Types of ajv-linear-errors.js (plain JavaScript, shared with scripts/build-schemas.mjs).

/** `code` with each called validator's errors appended in place; unchanged without the statement. */
export function linearErrors(code: string): string;
/** Whether `code` still gathers errors with concat in a way linearErrors does not know. */
export function concatenatesErrors(code: string): boolean;
