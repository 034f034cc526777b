// @bun
import {
  UserError
} from "./main-f081c345.js";

// src/contract-errors.ts
var COMBINATORS = new Set(["anyOf", "oneOf", "allOf", "if", "not"]);
var TYPE_NAMES = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "an array",
  object: "a JSON object",
  null: "null"
};

class ContractViolation extends UserError {
  contract;
  field;
  reason;
  name = "ContractViolation";
  constructor(contract, field, reason, file) {
    super(reason, file === undefined ? {} : { file });
    this.contract = contract;
    this.field = field;
    this.reason = reason;
  }
}
function fieldOfPointer(pointer) {
  if (pointer === "")
    return "";
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part, i) => /^(0|[1-9]\d*)$/.test(part) ? `[${part}]` : i === 0 ? part : `.${part}`).join("");
}
function firstViolation(errors, root) {
  const list = errors ?? [];
  const error = list.find((candidate) => !COMBINATORS.has(candidate.keyword)) ?? list[0];
  if (!error)
    return { field: "", reason: "the value is invalid" };
  const params = error.params;
  const value = root === undefined ? undefined : valueAt(root, error.instancePath);
  const got = root === undefined ? "" : ` (got ${describeGot(value)})`;
  let field = fieldOfPointer(error.instancePath);
  let sentence;
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
      sentence = `must be one of ${params.allowedValues.map(String).join(", ")}${got}`;
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
function valueAt(root, pointer) {
  let value = root;
  if (pointer === "")
    return value;
  for (const part of pointer.slice(1).split("/")) {
    if (value === null || typeof value !== "object")
      return;
    value = value[part.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return value;
}
function describeGot(value) {
  if (value === null)
    return "null";
  if (value === undefined)
    return "nothing";
  if (Array.isArray(value))
    return "an array";
  if (typeof value === "string") {
    const line = value.replace(/[\u0000-\u001f\u007f]/g, " ");
    return `"${line.length > 60 ? `${line.slice(0, 59)}\u2026` : line}"`;
  }
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
function checkContract(validate, value, contract, file) {
  if (validate(value))
    return value;
  const { field, reason } = firstViolation(validate.errors, value);
  throw new ContractViolation(contract, field, reason, file);
}

// src/hash.ts
import { createRequire } from "module";
var requireBuiltin = createRequire(import.meta.url);
var crypto;
var BunCryptoHasher = globalThis.Bun?.CryptoHasher;
function sha256Hex(text) {
  if (BunCryptoHasher)
    return new BunCryptoHasher("sha256").update(text).digest("hex");
  crypto ??= requireBuiltin("node:crypto");
  return crypto.createHash("sha256").update(text).digest("hex");
}
function randomHex(bytes) {
  const values = globalThis.crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(values, (value) => value.toString(16).padStart(2, "0")).join("");
}

export { sha256Hex, randomHex, ContractViolation, fieldOfPointer, firstViolation, describeGot, checkContract };
