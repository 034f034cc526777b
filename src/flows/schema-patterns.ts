// The patterns of a trigger schema that RE2 cannot run, found by walking the schema rather than
// compiling it: a schema that fails its meta-schema is never compiled, so a lookahead beside a
// misspelt `type` showed only after the type was fixed. `flows validate` lists both at once.
import type { FlowDiagnostic } from "../contracts.js";
import { isTable } from "./diagnostics.js";
import { loadRe2, re2RegExp, SchemaBudgetProblem } from "./schema-budget.js";
import { positionOfPointer, schemaDiagnostic } from "./schema-errors.js";
import { pointerPart, subschemas } from "./schema-walk.js";

/** Each pattern is compiled once; a schema with more than this many says no more. */
const MAX_PATTERNS = 1000;

/** Every `pattern` value and `patternProperties` name in `schema` that RE2 refuses, at its line. */
export async function unusablePatterns(path: string, text: string, schema: unknown): Promise<FlowDiagnostic[]> {
  const found: Array<{ pattern: string; pointer: string }> = [];
  collect(schema, found);
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
  // In the file's order, as the meta-schema's errors are.
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

function collect(schema: unknown, found: Array<{ pattern: string; pointer: string }>): void {
  for (const { node, pointer } of subschemas(schema)) {
    if (found.length >= MAX_PATTERNS) return;
    if (typeof node.pattern === "string") found.push({ pattern: node.pattern, pointer: `${pointer}/pattern` });
    if (isTable(node.patternProperties)) {
      for (const name of Object.keys(node.patternProperties)) found.push({ pattern: name, pointer: `${pointer}/patternProperties/${pointerPart(name)}` });
    }
  }
}
