import type { ErrorObject } from "ajv";
import type { FlowDiagnostic } from "../contracts.js";
/**
 * ajv errors as sentences about the payload: `payload/repo must be equal to ...: "a", "b" (got
 * "c")`. Where an error is about one value (its type, const, enum, pattern, format, bounds), the
 * value it got is shown, cut short: what was sent is half of why it did not match.
 */
export declare function describePayloadErrors(errors: readonly ErrorObject[] | null | undefined, payload?: unknown): string;
/** ajv meta-schema errors as sentences about the schema: `/properties/repo/type must be ...`. */
export declare function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string;
/** Where a JSON Pointer sits in the schema text (the member's key), if it can be found. */
export declare function positionOfPointer(text: string, pointer: string): {
    line: number;
    column: number;
} | undefined;
/** The line of the first `"$ref": "..."` whose value satisfies `matches`. */
export declare function positionOfRef(text: string, matches: (ref: string) => boolean): {
    line: number;
    column: number;
} | undefined;
/** A `file:` URI as a path, anything else unchanged: for messages. */
export declare function displayUri(uri: string): string;
export declare function schemaDiagnostic(file: string, message: string, position?: {
    line: number;
    column: number;
}, severity?: FlowDiagnostic["severity"]): FlowDiagnostic;
/** A compile error from ajv, most often a `$ref` that points at nothing. */
export declare function refProblem(path: string, text: string, error: unknown): FlowDiagnostic;
