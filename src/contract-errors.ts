// What a compiled contract validator (src/generated/validators.ts) found wrong, as one sentence
// naming the field: `runs[0].attempts must be array`. Shared by every reader of a shape that
// crosses a boundary (stored records, runs files, the handover, the watch cursor, backend runs).
import type { ErrorObject } from "ajv";
import type { CompiledValidator } from "./generated/validators.js";
import { UserError } from "./user-error.js";
import { clipText } from "./text-cut.js";

const COMBINATORS = new Set(["anyOf", "oneOf", "allOf", "if", "not"]);
const TYPE_NAMES: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "an array",
  object: "a JSON object",
  null: "null",
};

/** A value that does not satisfy its contract: which contract, which field, and why. */
export class ContractViolation extends UserError {
  override name = "ContractViolation";
  constructor(
    /** The schema file, e.g. `event-record.schema.json`. */
    readonly contract: string,
    /** The field as a path, e.g. `runs[0].attempts` ("" for the whole value). */
    readonly field: string,
    /** The sentence without the file: `runs[0].attempts must be array`. */
    readonly reason: string,
    /** The file (or branch path, artifact name) the value was read from, when known. */
    file?: string,
  ) {
    super(reason, file === undefined ? {} : { file });
  }
}

/** `/runs/0/attempts` → `runs[0].attempts`. */
export function fieldOfPointer(pointer: string): string {
  if (pointer === "") return "";
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part, i) => (/^(0|[1-9]\d*)$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

/**
 * The error that says most (the first one not about a combinator) as a sentence about its
 * field. With the validated `root`, the sentence also shows what was found there.
 */
export function firstViolation(errors: readonly ErrorObject[] | null | undefined, root?: unknown): { field: string; reason: string } {
  const list = errors ?? [];
  const error = list.find((candidate) => !COMBINATORS.has(candidate.keyword)) ?? list[0];
  if (!error) return { field: "", reason: "the value is invalid" };
  const params = error.params as Record<string, unknown>;
  const value = root === undefined ? undefined : valueAt(root, error.instancePath);
  const got = root === undefined ? "" : ` (got ${describeGot(value)})`;
  let field = fieldOfPointer(error.instancePath);
  let sentence: string;
  switch (error.keyword) {
    case "required":
      field = field ? `${field}.${String(params.missingProperty)}` : String(params.missingProperty);
      sentence = "is missing";
      break;
    case "additionalProperties":
      field = field ? `${field}.${String(params.additionalProperty)}` : String(params.additionalProperty);
      sentence = "is not a known key; remove it or check its spelling";
      break;
    case "type":
      sentence = `must be ${String(params.type).split(",").map((type) => TYPE_NAMES[type] ?? type).join(" or ")}${got}`;
      break;
    case "enum":
      sentence = `must be one of ${(params.allowedValues as unknown[]).map(String).join(", ")}${got}`;
      break;
    case "const":
      sentence = `must be ${JSON.stringify(params.allowedValue)}${got}`;
      break;
    case "maxLength":
      sentence = typeof value === "string" ? `is ${value.length} characters long; at most ${String(params.limit)} are accepted` : `must be at most ${String(params.limit)} characters long`;
      break;
    case "maxItems":
      sentence = Array.isArray(value) ? `has ${value.length} items; at most ${String(params.limit)} are accepted` : `must have at most ${String(params.limit)} items`;
      break;
    case "pattern":
      sentence = typeof value === "string" && /[\u0000-\u001f\u007f]/.test(value) ? "holds control characters" : `is not in an accepted form${got}`;
      break;
    default:
      sentence = `${error.message ?? "is invalid"}${got}`;
  }
  return { field, reason: `${field || "the value"} ${sentence}` };
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  if (pointer === "") return value;
  for (const part of pointer.slice(1).split("/")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return value;
}

/** A found value for "(got ...)": short, one line (it may come from an untrusted file). */
export function describeGot(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") {
    const line = value.replace(/[\u0000-\u001f\u007f]/g, " ");
    return `"${clipText(line, 60)}"`;
  }
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}

/** The value as its contract's type, or a ContractViolation naming the field. */
export function checkContract<T>(validate: CompiledValidator<T>, value: unknown, contract: string, file?: string): T {
  if (validate(value)) return value;
  const { field, reason } = firstViolation(validate.errors, value);
  throw new ContractViolation(contract, field, reason, file);
}
