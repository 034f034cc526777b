// Finds request-body properties the operation does not define. GitHub ignores them without
// a word, so a typo like `output.annotation` would otherwise pass every test and silently
// drop data in production.
import { isJsonObject, type JsonObject, type OpenApiDocument, resolveRefs } from "./spec-document.js";

const COMBINATORS = ["allOf", "anyOf", "oneOf"] as const;

export function findUnknownProperties(
  document: OpenApiDocument,
  schema: JsonObject,
  data: unknown,
  label: string,
): string[] {
  const resolved = resolveRefs(document, schema, "").value;
  if (Array.isArray(data)) {
    const items = resolved.items;
    if (!isJsonObject(items)) return [];
    return data.flatMap((item, i) => findUnknownProperties(document, items, item, `${label}/${i}`));
  }
  if (!isJsonObject(data)) return [];
  const known = knownProperties(document, resolved);
  // An object schema that names no properties at all is a free-form object.
  if (known === "open" || known.size === 0) return [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    const property = known.get(key);
    if (property === undefined) problems.push(`${label} has unknown property "${key}"`);
    else problems.push(...findUnknownProperties(document, property, value, `${label}/${key}`));
  }
  return problems;
}

// Every property the schema names, at its top or in any combinator branch (recursively);
// "open" when some part is a free-form map (`additionalProperties` set). Deliberately
// stricter than JSON Schema, which lets any object without `additionalProperties: false`
// carry anything.
function knownProperties(document: OpenApiDocument, schema: JsonObject): Map<string, JsonObject> | "open" {
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return "open";
  const known = new Map<string, JsonObject>();
  if (isJsonObject(schema.properties)) {
    for (const [key, value] of Object.entries(schema.properties)) if (isJsonObject(value)) known.set(key, value);
  }
  for (const combinator of COMBINATORS) {
    const branches = schema[combinator];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      if (!isJsonObject(branch)) continue;
      const inner = knownProperties(document, resolveRefs(document, branch, "").value);
      if (inner === "open") return "open";
      for (const [key, value] of inner) if (!known.has(key)) known.set(key, value);
    }
  }
  return known;
}
