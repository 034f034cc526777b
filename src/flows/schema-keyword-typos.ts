// Trigger schemas are compiled with strict: false (the old runtime ignored unknown keywords), so
// a misspelt keyword (`require`, `propertes`, `Enum`) is ignored too, and the schema then accepts
// payloads its author meant to refuse, without a word. A key close to a keyword gets a warning
// with the keyword to write; a key far from every keyword (an annotation of the author's own,
// `x-owner`) is left alone.
import type { FlowDiagnostic } from "../contracts.js";
import { closest } from "../did-you-mean.js";
import { positionOfPointer, schemaDiagnostic } from "./schema-errors.js";
import { pointerPart, subschemas } from "./schema-walk.js";

/** Every keyword of JSON Schema draft-07, 2019-09 and 2020-12 (validation, applicators, core, annotations). */
const KEYWORDS = [
  "$schema", "$id", "$ref", "$comment", "$defs", "$anchor", "$dynamicRef", "$dynamicAnchor", "$recursiveRef",
  "$recursiveAnchor", "$vocabulary", "definitions", "type", "enum", "const", "multipleOf", "maximum",
  "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "items",
  "additionalItems", "prefixItems", "maxItems", "minItems", "uniqueItems", "contains", "maxContains", "minContains",
  "maxProperties", "minProperties", "required", "properties", "patternProperties", "additionalProperties",
  "dependencies", "dependentRequired", "dependentSchemas", "propertyNames", "unevaluatedProperties",
  "unevaluatedItems", "if", "then", "else", "allOf", "anyOf", "oneOf", "not", "format", "contentEncoding",
  "contentMediaType", "contentSchema", "title", "description", "default", "deprecated", "readOnly", "writeOnly",
  "examples",
];
const KNOWN = new Set(KEYWORDS);
/** Keywords that only annotate: a key close to one (OpenAPI's `example`) changes no check, so it is not warned about. */
const ANNOTATIONS = new Set(["$comment", "title", "description", "default", "deprecated", "readOnly", "writeOnly", "examples"]);
const CHECKING = KEYWORDS.filter((keyword) => !ANNOTATIONS.has(keyword));
/** Warnings past this many say nothing new: the first ones show the pattern. */
const MAX_WARNINGS = 10;

/** One warning per key of a subschema of `schema` that is no keyword but close to one that checks payloads. */
export function keywordTypoWarnings(path: string, text: string, schema: unknown): FlowDiagnostic[] {
  const warnings: FlowDiagnostic[] = [];
  for (const { node, pointer } of subschemas(schema)) {
    for (const key of Object.keys(node)) {
      if (KNOWN.has(key)) continue;
      const keyword = closest(key, CHECKING);
      if (keyword === undefined) continue;
      const message =
        `"${key}" is not a JSON Schema keyword, so it is ignored and payloads are not checked against it. ` +
        `Did you mean "${keyword}"? Keywords are case-sensitive: fix its spelling.`;
      warnings.push(schemaDiagnostic(path, message, positionOfPointer(text, `${pointer}/${pointerPart(key)}`), "warning"));
      if (warnings.length >= MAX_WARNINGS) return warnings;
    }
  }
  return warnings;
}
