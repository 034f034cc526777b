import type { ValidateFunction } from "ajv";
import type { FlowDiagnostic } from "../contracts.js";
import { lineColumnAt } from "../json-text.js";
import { SchemaBudgetProblem } from "./schema-budget.js";
import { CheckBudgetExceeded, checkBudgetText, checkWithinBudget } from "./schema-check-budget.js";
import { describePayloadErrors, positionOfPointer, schemaDiagnostic } from "./schema-errors.js";
import { SchemaFileProblem } from "./schema-files.js";
import type { SchemaCheck } from "./schema-types.js";

// Diagnostics of the trigger-schema registry (src/flows/schemas.ts) for what ajv logged, for a
// schema that could not be compiled, and for a payload check that failed.

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

/**
 * A payload check that cannot end a dispatch: a check that overflows the stack (a recursive
 * schema on a deep payload) is a failed match, and `onProblem` gets a problem for the schema.
 * A check over its budget of errors or time is a failed match marked `stopped`: that depends on
 * the payload as much as on the schema, so it is the match's to report, not the schema's.
 */
export function guardedCheck(
  path: string,
  validate: ValidateFunction,
  onProblem: (problem: FlowDiagnostic) => void,
): (payload: unknown) => SchemaCheck {
  return (payload) => {
    try {
      return checkWithinBudget(() => validate(payload)) ? { ok: true } : { ok: false, message: describePayloadErrors(validate.errors, payload) };
    } catch (error) {
      if (error instanceof CheckBudgetExceeded) {
        // The errors made so far are dropped with the validator's next call; free them now.
        validate.errors = null;
        const message =
          error.over === "errors"
            ? `${describePayloadErrors(error.errors, payload)}; the check stopped there, at ${checkBudgetText(error)}`
            : `the check stopped after ${checkBudgetText(error)}, so it did not finish`;
        return { ok: false, message, stopped: error.over };
      }
      const reason = error instanceof RangeError ? "it recurses too deeply" : `it failed (${String(error)})`;
      const message =
        `schema could not check the payload: ${reason}. ` +
        "Remove $ref cycles that do not step into the payload, or simplify the schema.";
      onProblem(schemaDiagnostic(path, message));
      return { ok: false, message };
    }
  };
}
