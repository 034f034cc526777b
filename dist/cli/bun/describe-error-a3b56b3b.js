// @bun
import {
  isUserError
} from "./main-f081c345.js";

// src/describe-error.ts
function describeError(error) {
  if (isUserError(error)) {
    let where = error.file ?? "";
    if (where && error.line !== undefined)
      where += `:${error.line}${error.column !== undefined ? `:${error.column}` : ""}`;
    const text = where && !error.message.startsWith(where) ? `${where}: ${error.message}` : error.message;
    return error.hint ? `${text}
${error.hint}` : text;
  }
  if (error instanceof Error) {
    return `${error.stack ?? `${error.name}: ${error.message}`}
This is a bug in flows-action; please report it with the lines above.`;
  }
  return `${String(error)}
This is a bug in flows-action (a non-Error value was thrown); please report it.`;
}
export {
  describeError
};
