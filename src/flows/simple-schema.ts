// A fast path for the trigger schemas flow packages actually ship (the older runtime's subset:
// type, required, properties, enum, plus const, additionalProperties: false and items).
// Loading ajv and compiling its meta-schema costs 40-60 ms on a cold start, more than a Bun
// step; a schema that uses only these keywords is checked here instead, with ajv's exact
// errors (same order, messages and params, so describePayloadErrors says the same), and any
// other schema goes to ajv. test/flows/simple-schema.test.ts compares both on many payloads.
import type { ErrorObject } from "ajv";

type Check = (value: unknown, path: string, errors: ErrorObject[]) => void;

const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);
const ANNOTATIONS = new Set(["title", "description", "$comment", "default", "examples", "$schema", "$id"]);
const KEYWORDS = new Set(["type", "required", "properties", "enum", "const", "additionalProperties", "items"]);

/** A validator returning ajv-shaped errors, or undefined when the schema needs ajv. */
export function compileSimpleSchema(schema: unknown): ((value: unknown) => ErrorObject[]) | undefined {
  const check = compile(schema, true);
  if (!check) return undefined;
  return (value) => {
    const errors: ErrorObject[] = [];
    check(value, "", errors);
    return errors;
  };
}

function compile(schema: unknown, root: boolean): Check | undefined {
  if (!isObject(schema)) return undefined;
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) {
      if (!root && (key === "$schema" || key === "$id")) return undefined;
      if ((key === "title" || key === "description" || key === "$comment") && typeof value !== "string") return undefined;
      if (key === "examples" && !Array.isArray(value)) return undefined;
      continue;
    }
    if (!KEYWORDS.has(key)) return undefined;
  }
  const types = typeList(schema.type);
  if (types === undefined) return undefined;
  const required = schema.required;
  if (required !== undefined && !(Array.isArray(required) && required.every(isPlainName) && new Set(required).size === required.length)) {
    return undefined;
  }
  if (schema.enum !== undefined && !(Array.isArray(schema.enum) && schema.enum.length > 0)) return undefined;
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false && schema.additionalProperties !== true) return undefined;
  const properties: Array<[string, Check]> = [];
  if (schema.properties !== undefined) {
    if (!isObject(schema.properties)) return undefined;
    for (const [name, sub] of Object.entries(schema.properties)) {
      if (!isPlainName(name)) return undefined;
      const check = compile(sub, false);
      if (!check) return undefined;
      properties.push([name, check]);
    }
  }
  let items: Check | undefined;
  if (schema.items !== undefined) {
    items = compile(schema.items, false);
    if (!items) return undefined;
  }

  const hasConst = "const" in schema;
  const enumValues = schema.enum as unknown[] | undefined;
  const closed = schema.additionalProperties === false;
  const objectRules = required !== undefined || schema.properties !== undefined || schema.additionalProperties !== undefined;
  const arrayRules = items !== undefined;
  // ajv checks a lone type inside its keyword group when the schema has keywords for that type
  // (so const/enum errors come first), and up front otherwise.
  const deferred = types.length === 1 && ((types[0] === "object" && objectRules) || (types[0] === "array" && arrayRules));
  const typeError = (path: string, errors: ErrorObject[]) =>
    errors.push(error(path, "type", { type: types.length === 1 ? types[0] : types }, `must be ${types.join(",")}`));

  return (value, path, errors) => {
    if (types.length > 0 && !deferred && !types.some((type) => hasType(value, type))) typeError(path, errors);
    if (hasConst && !deepEqual(value, schema.const)) {
      errors.push(error(path, "const", { allowedValue: schema.const }, "must be equal to constant"));
    }
    if (enumValues && !enumValues.some((allowed) => deepEqual(value, allowed))) {
      errors.push(error(path, "enum", { allowedValues: enumValues }, "must be equal to one of the allowed values"));
    }
    if (arrayRules) {
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) items!(item, `${path}/${index}`, errors);
      }
      else if (deferred) typeError(path, errors);
    }
    if (objectRules) {
      if (isObject(value)) {
        for (const name of required ?? []) {
          if (!Object.hasOwn(value, name)) {
            errors.push(error(path, "required", { missingProperty: name }, `must have required property '${name}'`));
          }
        }
        if (closed) {
          for (const name of Object.keys(value)) {
            if (!properties.some(([known]) => known === name)) {
              errors.push(error(path, "additionalProperties", { additionalProperty: name }, "must NOT have additional properties"));
            }
          }
        }
        for (const [name, check] of properties) {
          if (Object.hasOwn(value, name) && value[name] !== undefined) check(value[name], `${path}/${escapePointer(name)}`, errors);
        }
      } else if (deferred) {
        typeError(path, errors);
      }
    }
  };
}

/** ajv reads `data[name]`, so names Object.prototype has (`constructor`) behave oddly there: leave them to ajv. */
function isPlainName(name: unknown): name is string {
  return typeof name === "string" && !(name in Object.prototype);
}

function typeList(type: unknown): string[] | undefined {
  if (type === undefined) return [];
  if (typeof type === "string") return TYPES.has(type) ? [type] : undefined;
  if (Array.isArray(type) && type.length > 0 && type.every((each) => typeof each === "string" && TYPES.has(each)) && new Set(type).size === type.length) {
    return type as string[];
  }
  return undefined;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    case "integer":
      return typeof value === "number" && Number.isFinite(value) && value % 1 === 0;
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === type;
  }
}

function error(instancePath: string, keyword: string, params: Record<string, unknown>, message: string): ErrorObject {
  return { instancePath, schemaPath: "", keyword, params, message };
}

function escapePointer(name: string): string {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key]));
}
