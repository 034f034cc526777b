import type { ValidateFunction } from "ajv";
import type { FlowDiagnostic } from "../contracts.js";
import type { SchemaCheck } from "./schema-types.js";
/** ajv's log lines (chiefly unknown formats) as warnings at the keyword they are about. */
export declare function loggedWarning(path: string, text: string, logged: string): FlowDiagnostic;
/** Why a schema could not be compiled, as a diagnostic with a line where one can be found. */
export declare function compileProblem(path: string, text: string, error: unknown): FlowDiagnostic;
/**
 * A payload check that cannot end a dispatch: a check that overflows the stack (a recursive
 * schema on a deep payload) is a failed match, and `onProblem` gets a problem for the schema.
 * A check over its budget of errors or time is a failed match marked `stopped`: that depends on
 * the payload as much as on the schema, so it is the match's to report, not the schema's.
 */
export declare function guardedCheck(path: string, validate: ValidateFunction, onProblem: (problem: FlowDiagnostic) => void): (payload: unknown) => SchemaCheck;
