// A trigger schema that no payload can pass compiles fine, and its step then never runs, with a
// "schema" mismatch on every event and nothing said before. `flows validate` says so for the
// cheap, certain cases only (no satisfiability solving): `false`, `not: {}`, a
// const or enum of none of the allowed types, an allOf with such a member, an anyOf or oneOf of
// nothing but such members, an object schema requiring a property it forbids (by its schema or
// additionalProperties: false), a maximum below its minimum (of the type). Subschemas beside
// a `$ref` are not judged (what the $ref holds is not looked at). Also a schema written for the
// whole FlowEvent (`required: ["type", "payload"]`): it is checked against event.payload only.
import type { FlowDiagnostic } from "../contracts.js";
import { isTable } from "./diagnostics.js";
import { typeMatches } from "./match.js";
import { positionOfPointer, schemaDiagnostic } from "./schema-errors.js";

type Never = { pointer: string; why: string };

const pointerPart = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

/** Warnings for a compiled trigger schema (`value`, parsed from `text`) used by triggers of `types`. */
export function neverMatchWarnings(path: string, text: string, value: unknown, types: readonly string[]): FlowDiagnostic[] {
  const never = neverPasses(value, "", 0);
  if (never) {
    const at = positionOfPointer(text, never.pointer) ?? { line: 1, column: 1 };
    return [
      schemaDiagnostic(
        path,
        `schema can never match: ${never.why}, so no payload passes it and its step never runs. ` +
          "Fix the schema to describe the payloads the step should run for, or remove it to accept every payload.",
        at,
        "warning",
      ),
    ];
  }
  const whole = wholeEventWarning(path, text, value, types);
  return whole ? [whole] : [];
}

// Deep enough for any real schema; past it a subschema is taken as able to match.
const MAX_DEPTH = 32;

function neverPasses(node: unknown, pointer: string, depth: number): Never | undefined {
  if (node === false) return { pointer, why: `${where(pointer)}is false, which rejects every value` };
  if (!isTable(node) || depth > MAX_DEPTH || "$ref" in node) return undefined;
  const at = (key: string) => `${pointer}/${pointerPart(key)}`;
  if (node.not === true || (isTable(node.not) && Object.keys(node.not).length === 0)) {
    return { pointer: at("not"), why: `${where(at("not"))}is not {}, which rejects every value` };
  }
  const types = typeList(node.type);
  if (types !== undefined) {
    const shown = types.join(" or ");
    if ("const" in node && !types.some((type) => hasType(node.const, type))) {
      return { pointer: at("const"), why: `${where(at("const"))}is ${JSON.stringify(node.const)}, which is not of its type ${shown}` };
    }
    if (Array.isArray(node.enum) && !node.enum.some((item) => types.some((type) => hasType(item, type)))) {
      return { pointer: at("enum"), why: `${where(at("enum"))}lists no value of its type ${shown}` };
    }
  }
  if ("const" in node && Array.isArray(node.enum) && isPrimitive(node.const) && node.enum.every(isPrimitive) && !node.enum.includes(node.const)) {
    return { pointer: at("const"), why: `${where(at("const"))}is ${JSON.stringify(node.const)}, which its enum does not list` };
  }
  if (Array.isArray(node.allOf)) {
    for (const [i, member] of node.allOf.entries()) {
      const found = neverPasses(member, `${at("allOf")}/${i}`, depth + 1);
      if (found) return found;
    }
  }
  for (const key of ["anyOf", "oneOf"]) {
    const list = node[key];
    if (!Array.isArray(list) || list.length === 0) continue;
    const all = list.map((member, i) => neverPasses(member, `${at(key)}/${i}`, depth + 1));
    if (all.every((found) => found !== undefined)) return { pointer: at(key), why: `${where(at(key))}has no alternative that can match (${all[0]?.why})` };
  }
  const bounds = emptyRange(node, types);
  if (bounds) return { pointer: at(bounds), why: `${where(at(bounds))}is ${String(node[bounds])}, past its ${bounds.replace("max", "min")} ${String(node[bounds.replace("max", "min")])}` };
  // required and properties bind only objects: certain only when the type allows nothing else.
  if (types?.length === 1 && types[0] === "object" && Array.isArray(node.required)) return neverObject(node, at, depth);
  return undefined;
}

/** An object schema whose required properties it forbids: by a property schema, or additionalProperties: false. */
function neverObject(node: Record<string, unknown>, at: (key: string) => string, depth: number): Never | undefined {
  const properties = isTable(node.properties) ? node.properties : {};
  for (const name of node.required as unknown[]) {
    if (typeof name !== "string") continue;
    if (!Object.hasOwn(properties, name)) {
      // A pattern may allow the name: only certain without patternProperties.
      if (node.additionalProperties === false && node.patternProperties === undefined) {
        return {
          pointer: at("required"),
          why: `required lists "${name}", which additionalProperties: false forbids (it is not in properties)`,
        };
      }
      continue;
    }
    const found = neverPasses(properties[name], `${at("properties")}/${pointerPart(name)}`, depth + 1);
    if (found) return { pointer: found.pointer, why: `${found.why}, and "${name}" is required` };
  }
  return undefined;
}

// Lower and upper bounds of one kind, and the types they bind.
const RANGES: Array<[string, string, readonly string[]]> = [
  ["minimum", "maximum", ["number", "integer"]],
  ["minLength", "maxLength", ["string"]],
  ["minItems", "maxItems", ["array"]],
  ["minProperties", "maxProperties", ["object"]],
];

/** The upper bound below its lower bound, when the type allows only values those bounds bind. */
function emptyRange(node: Record<string, unknown>, types: string[] | undefined): string | undefined {
  if (types === undefined) return undefined;
  for (const [min, max, bound] of RANGES) {
    const low = node[min];
    const high = node[max];
    if (typeof low === "number" && typeof high === "number" && low > high && types.every((type) => bound.includes(type))) return max;
  }
  return undefined;
}

/**
 * A schema that requires `payload` beside `type` or `id` describes a FlowEvent, not its payload:
 * every payload without a `payload` field of its own fails it.
 */
function wholeEventWarning(path: string, text: string, value: unknown, types: readonly string[]): FlowDiagnostic | undefined {
  if (!isTable(value) || "$ref" in value || !Array.isArray(value.required) || !isTable(value.properties)) return undefined;
  const required = value.required;
  if (!required.includes("payload") || !(required.includes("type") || required.includes("id")) || !("payload" in value.properties)) return undefined;
  const typeSchema = value.properties.type;
  const named = isTable(typeSchema) ? (typeof typeSchema.const === "string" ? [typeSchema.const] : Array.isArray(typeSchema.enum) ? typeSchema.enum : []) : [];
  const strings = named.filter((item): item is string => typeof item === "string");
  const unmatched = types.filter((type) => strings.length > 0 && !strings.some((name) => typeMatches(type, name) || typeMatches(name, type)));
  const contradiction =
    unmatched.length > 0 ? ` Its "type" (${strings.map((name) => JSON.stringify(name)).join(", ")}) is not even the trigger's type "${unmatched[0]}".` : "";
  return schemaDiagnostic(
    path,
    `schema requires "payload" and "${required.includes("type") ? "type" : "id"}", as a whole FlowEvent has them, but a trigger schema ` +
      "checks event.payload only, so a payload passes only if it holds a \"payload\" of its own: the step would almost never run." +
      `${contradiction} Describe the payload itself: make what is under properties.payload the schema (the trigger's type already checks the event's type).`,
    positionOfPointer(text, "/required") ?? { line: 1, column: 1 },
    "warning",
  );
}

function where(pointer: string): string {
  return pointer === "" ? "the schema " : `${pointer.slice(1).split("/").join(".")} `;
}

function typeList(type: unknown): string[] | undefined {
  if (typeof type === "string") return [type];
  if (Array.isArray(type) && type.length > 0 && type.every((item) => typeof item === "string")) return type as string[];
  return undefined;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "number":
      return typeof value === "number";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isTable(value);
    default:
      // A type ajv would have refused; not ours to judge here.
      return true;
  }
}

function isPrimitive(value: unknown): value is string | number | boolean | null {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}
