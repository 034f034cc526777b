// Every subschema of a JSON Schema, with its JSON pointer, for the checks that read a schema
// without compiling it (later-draft keywords, patterns RE2 cannot run). Written here rather than
// taken from json-schema-traverse (ajv's own walker): that one knows draft-07's keywords only
// (no prefixItems, dependentSchemas, unevaluated*), adds them only by changing its shared
// tables, and recurses, so a schema nested thousands deep would overflow the stack.
import { isTable } from "./diagnostics.js";

/** Keywords whose value is one subschema (`items` may also be a list). */
const ONE_SCHEMA = new Set([
  "additionalItems", "additionalProperties", "contains", "propertyNames", "not", "if", "then", "else",
  "unevaluatedProperties", "unevaluatedItems", "items", "contentSchema",
]);
/** Keywords whose value is a list of subschemas. */
const SCHEMA_LISTS = new Set(["allOf", "anyOf", "oneOf", "prefixItems", "items"]);
/** Keywords whose value maps names to subschemas (`dependencies` also to lists of names). */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependentSchemas", "dependencies"]);

/** Most subschemas visited: past that a schema is over every budget already (docs/hostile-input.md). */
const MAX_NODES = 100_000;

export const pointerPart = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/**
 * The schema and each subschema under it, by keyword position only (a property *named* like a
 * keyword is not taken for one), depth first, without recursion, at most MAX_NODES.
 */
export function* subschemas(schema: unknown): Generator<{ node: Record<string, unknown>; pointer: string }> {
  const stack: Array<{ node: unknown; pointer: string }> = [{ node: schema, pointer: "" }];
  let visited = 0;
  while (stack.length > 0 && visited < MAX_NODES) {
    const { node, pointer } = stack.pop() as { node: unknown; pointer: string };
    if (!isTable(node)) continue;
    visited += 1;
    yield { node, pointer };
    const children: Array<{ node: unknown; pointer: string }> = [];
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${pointerPart(key)}`;
      if (ONE_SCHEMA.has(key)) children.push({ node: value, pointer: at });
      if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
        for (const [i, item] of value.entries()) children.push({ node: item, pointer: `${at}/${i}` });
      }
      if (SCHEMA_MAPS.has(key) && isTable(value)) {
        for (const [name, item] of Object.entries(value)) children.push({ node: item, pointer: `${at}/${pointerPart(name)}` });
      }
    }
    // Reversed onto the stack, so they come out in the order the schema lists them.
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as { node: unknown; pointer: string });
  }
}
