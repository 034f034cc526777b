import { fileURLToPath } from "../file-url.js";
import type { ErrorObject } from "ajv";
import type { FlowDiagnostic } from "../contracts.js";
import { lineColumnAt, scanJson } from "../json-text.js";
import { clipText } from "../text-cut.js";
import { quotedTextEnd } from "../quoted-text.js";

/** Error lists from `allErrors` can be long (every branch of an anyOf); show the first few. */
const MAX_SHOWN_ERRORS = 5;

/**
 * ajv errors as sentences about the payload: `payload/repo must be equal to ...: "a", "b" (got
 * "c")`. Where an error is about one value (its type, const, enum, pattern, format, bounds), the
 * value it got is shown, cut short: what was sent is half of why it did not match.
 */
export function describePayloadErrors(errors: readonly ErrorObject[] | null | undefined, payload?: unknown): string {
  return describeErrors(errors ?? [], "payload", payload);
}

/** Keywords whose error is about the value at its instancePath. */
const VALUE_KEYWORDS = new Set([
  "type", "const", "enum", "pattern", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
  "multipleOf", "minLength", "maxLength",
]);
/** How much of a value a message shows. */
const MAX_SHOWN_VALUE = 80;

/** The value at a JSON Pointer (`/repo`, `/items/0`), or undefined when nothing is there. */
function valueAt(payload: unknown, pointer: string): unknown {
  let value = payload;
  for (const part of pointer.split("/").slice(1)) {
    const key = part.replace(/~1/g, "/").replace(/~0/g, "~");
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** ` (got "v2")`, ` (got an object)`; nothing when there is no value to show. */
function gotValue(payload: unknown, pointer: string): string {
  const value = valueAt(payload, pointer);
  if (value === undefined) return "";
  if (Array.isArray(value)) return " (got an array)";
  if (typeof value === "object" && value !== null) return " (got an object)";
  return ` (got ${clipText(JSON.stringify(value) ?? String(value), MAX_SHOWN_VALUE)})`;
}

/** ajv meta-schema errors as sentences about the schema: `/properties/repo/type must be ...`. */
export function describeSchemaErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return describeErrors(chosenBranches(errors ?? []), "");
}

/**
 * Where the meta-schema offers alternatives (`type` is a type name or an array of them: an
 * anyOf), ajv reports every branch and the anyOf itself: `type: "strin"` would read "must be
 * equal to one of the allowed values; must be array; must match a schema in anyOf". Keep the
 * branch the value's own JSON type chose: at a place with an error about the value (an enum, a
 * pattern...), drop the errors that only say its type is another branch's, and the anyOf summary.
 */
function chosenBranches(errors: readonly ErrorObject[]): readonly ErrorObject[] {
  const summary = new Set(["anyOf", "oneOf"]);
  const specific = new Set(errors.filter((e) => e.keyword !== "type" && !summary.has(e.keyword)).map((e) => e.instancePath));
  const branched = new Set(errors.filter((e) => summary.has(e.keyword)).map((e) => e.instancePath));
  return errors.filter(
    (e) => !branched.has(e.instancePath) || !specific.has(e.instancePath) || (e.keyword !== "type" && !summary.has(e.keyword)),
  );
}

function describeErrors(errors: readonly ErrorObject[], subject: string, payload?: unknown): string {
  const sentences = [
    ...new Set(
      errors.map(
        (error) =>
          describeError(error, subject) + (payload !== undefined && VALUE_KEYWORDS.has(error.keyword) ? gotValue(payload, error.instancePath) : ""),
      ),
    ),
  ];
  if (sentences.length === 0) return `${subject || "value"} is invalid`;
  const shown = sentences.slice(0, MAX_SHOWN_ERRORS).join("; ");
  const rest = sentences.length - MAX_SHOWN_ERRORS;
  return rest > 0 ? `${shown}; and ${rest} more` : shown;
}

function describeError(error: ErrorObject, subject: string): string {
  const where = `${subject}${error.instancePath}` || "schema";
  const params = error.params as Record<string, unknown>;
  let sentence = `${where} ${error.message ?? "is invalid"}`;
  if (error.keyword === "enum" && Array.isArray(params.allowedValues)) {
    sentence += `: ${params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}`;
  } else if (error.keyword === "const") {
    sentence += `: ${JSON.stringify(params.allowedValue)}`;
  } else if (error.keyword === "additionalProperties") {
    sentence += `: ${JSON.stringify(params.additionalProperty)}`;
  } else if (error.keyword === "unevaluatedProperties") {
    sentence += `: ${JSON.stringify(params.unevaluatedProperty)}`;
  }
  return sentence;
}

/** Where a JSON Pointer sits in the schema text (the member's key), if it can be found. */
export function positionOfPointer(
  text: string,
  pointer: string,
): { line: number; column: number } | undefined {
  const scan = scanJson(text);
  if (!scan.ok) return undefined;
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf("/"))) {
    const offset = scan.positions.get(current);
    if (offset !== undefined) return lineColumnAt(text, offset);
    if (current === "") return undefined;
  }
}

/** The line of the first `"$ref": "..."` whose value satisfies `matches`. */
export function positionOfRef(
  text: string,
  matches: (ref: string) => boolean,
): { line: number; column: number } | undefined {
  // The value is read by quotedTextEnd, not by the regex: `"((?:[^"\\]|\\.)*)"` kept a backtrack
  // entry per character of it, and V8 ran out of stack on some 8 Mi characters of escapes.
  const pattern = /"\$ref"\s*:\s*"/g;
  for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
    const end = quotedTextEnd(text, pattern.lastIndex);
    if (!end.closed) pattern.lastIndex = found.index + 1;
    else if (matches(text.slice(pattern.lastIndex, end.at))) return lineColumnAt(text, found.index);
    else pattern.lastIndex = end.at + 1;
  }
  return undefined;
}

/** A `file:` URI as a path, anything else unchanged: for messages. */
export function displayUri(uri: string): string {
  if (!uri.startsWith("file:")) return uri;
  const hash = uri.indexOf("#");
  const path = fileURLToPath(hash < 0 ? uri : uri.slice(0, hash));
  return hash < 0 ? path : `${path}${uri.slice(hash)}`;
}

export function schemaDiagnostic(
  file: string,
  message: string,
  position?: { line: number; column: number },
  severity: FlowDiagnostic["severity"] = "error",
): FlowDiagnostic {
  const diagnostic: FlowDiagnostic = { severity, file, message };
  if (position) {
    diagnostic.line = position.line;
    diagnostic.column = position.column;
  }
  return diagnostic;
}

/** A compile error from ajv, most often a `$ref` that points at nothing. */
export function refProblem(path: string, text: string, error: unknown): FlowDiagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const missing =
    (error as { missingRef?: unknown }).missingRef ??
    /but (\S+) cannot be resolved/.exec(message)?.[1];
  if (typeof missing === "string") {
    const fragment = missing.includes("#") ? missing.slice(missing.indexOf("#")) : "";
    const at = positionOfRef(text, (ref) => fragment !== "" && ref.endsWith(fragment));
    return schemaDiagnostic(
      path,
      `$ref to ${displayUri(missing)} cannot be resolved: nothing is defined there. ` +
        "Fix the $ref or add the definition it points to.",
      at,
    );
  }
  return schemaDiagnostic(path, `schema cannot be compiled: ${message}. Fix the schema.`);
}
