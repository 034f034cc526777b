import type { FlowDiagnostic } from "../contracts.js";
import { lineColumnAt } from "../json-text.js";
import { SchemaBudgetProblem } from "./schema-budget.js";
import { positionOfPointer, schemaDiagnostic } from "./schema-errors.js";
import { SchemaFileProblem } from "./schema-files.js";

// Diagnostics of the trigger-schema registry (src/flows/schemas.ts) for what ajv logged and for
// a schema that could not be compiled.

/** ajv's log lines (chiefly unknown formats) as warnings at the keyword they are about. */
export function loggedWarning(path: string, text: string, logged: string): FlowDiagnostic {
  const at = /at path "#([^"]*)"/.exec(logged)?.[1];
  const format = /unknown format "([^"]*)"/.exec(logged)?.[1];
  if (format === undefined) return schemaDiagnostic(path, logged, undefined, "warning");
  const pointer = at === undefined ? undefined : `${at}/format`;
  return schemaDiagnostic(
    path,
    `${logged}; payloads are not checked against it. ` +
      "Use a format ajv-formats knows (date-time, uri, email, ...) or remove it.",
    pointer === undefined ? undefined : positionOfPointer(text, pointer),
    "warning",
  );
}

/** Why a schema could not be compiled, as a diagnostic with a line where one can be found. */
export function compileProblem(path: string, text: string, error: unknown): FlowDiagnostic {
  if (error instanceof SchemaFileProblem) return error.diagnostic;
  if (error instanceof SchemaBudgetProblem) {
    const at = error.near === undefined ? -1 : text.indexOf(error.near);
    return schemaDiagnostic(path, error.message, at < 0 ? undefined : lineColumnAt(text, at));
  }
  if (error instanceof RangeError) {
    return schemaDiagnostic(
      path,
      `schema cannot be compiled: it is too deeply nested or recursive (${error.message}). ` +
        "Simplify it: fewer nested levels, no $ref cycles that do not step into the payload.",
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return schemaDiagnostic(path, `schema cannot be compiled: ${message}`);
}
