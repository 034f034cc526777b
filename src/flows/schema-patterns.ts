// The patterns of a trigger schema that RE2 cannot run, found by walking the schema rather than
// compiling it: a schema that fails its meta-schema is never compiled, so a lookahead beside a
// misspelt `type` showed only after the type was fixed. `flows validate` lists both at once.
import type { FlowDiagnostic } from "../contracts.js";
import { isTable } from "./diagnostics.js";
import { loadRe2, re2RegExp, SchemaBudgetProblem } from "./schema-budget.js";
import { positionOfPointer, schemaDiagnostic } from "./schema-errors.js";

/** Keywords whose value is one subschema. */
const SCHEMA_KEYWORDS = new Set([
  "not", "if", "then", "else", "additionalProperties", "additionalItems", "contains", "propertyNames",
  "unevaluatedItems", "unevaluatedProperties", "contentSchema",
]);
/** Keywords whose value is a subschema or an array of them. */
const LIST_KEYWORDS = new Set(["items", "prefixItems", "allOf", "anyOf", "oneOf"]);
/** Keywords whose value maps names to subschemas (`dependencies` also to arrays of names). */
const MAP_KEYWORDS = new Set(["properties", "definitions", "$defs", "dependentSchemas", "dependencies"]);

/** Deeper than a schema may nest (docs/hostile-input.md); a walk never goes further. */
const MAX_DEPTH = 300;
/** Each pattern is compiled once; a schema with more than this many says no more. */
const MAX_PATTERNS = 1000;

const pointerPart = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** Every `pattern` value and `patternProperties` name in `schema` that RE2 refuses, at its line. */
export async function unusablePatterns(path: string, text: string, schema: unknown): Promise<FlowDiagnostic[]> {
  const found: Array<{ pattern: string; pointer: string }> = [];
  collect(schema, "", 0, found);
  if (found.length === 0) return [];
  await loadRe2();
  const problems: FlowDiagnostic[] = [];
  const seen = new Set<string>();
  for (const { pattern, pointer } of found.slice(0, MAX_PATTERNS)) {
    if (seen.has(pattern)) continue;
    seen.add(pattern);
    try {
      re2RegExp(pattern, "u");
    } catch (error) {
      if (!(error instanceof SchemaBudgetProblem)) throw error;
      problems.push(schemaDiagnostic(path, error.message, positionOfPointer(text, pointer)));
    }
  }
  return problems;
}

function collect(schema: unknown, pointer: string, depth: number, found: Array<{ pattern: string; pointer: string }>): void {
  if (!isTable(schema) || depth > MAX_DEPTH || found.length >= MAX_PATTERNS) return;
  for (const [key, value] of Object.entries(schema)) {
    const at = `${pointer}/${pointerPart(key)}`;
    if (key === "pattern" && typeof value === "string") found.push({ pattern: value, pointer: at });
    else if (key === "patternProperties" && isTable(value)) {
      for (const [name, sub] of Object.entries(value)) {
        found.push({ pattern: name, pointer: `${at}/${pointerPart(name)}` });
        collect(sub, `${at}/${pointerPart(name)}`, depth + 1, found);
      }
    } else if (SCHEMA_KEYWORDS.has(key)) collect(value, at, depth + 1, found);
    else if (LIST_KEYWORDS.has(key)) {
      if (!Array.isArray(value)) collect(value, at, depth + 1, found);
      else for (const [index, sub] of value.entries()) collect(sub, `${at}/${index}`, depth + 1, found);
    } else if (MAP_KEYWORDS.has(key) && isTable(value)) {
      for (const [name, sub] of Object.entries(value)) collect(sub, `${at}/${pointerPart(name)}`, depth + 1, found);
    }
  }
}
