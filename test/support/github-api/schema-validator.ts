// Validates data against schemas inside the GitHub description, compiling each schema the
// first time it is used. The whole document is registered with ajv under one id so that
// `#/components/...` refs resolve exactly as written in the spec.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import formatsPlugin from "ajv-formats";
import { type OpenApiDocument, resolveRefs } from "./spec-document.js";
import { findUnknownProperties } from "./unknown-properties.js";

const DOCUMENT_ID = "https://api.github.com/openapi.json";

const MAX_PROBLEMS = 12;

// Formats the GitHub description uses that are type hints rather than string checks.
const ANNOTATION_FORMATS = ["int32", "int64", "double", "float", "binary", "repo.nwo", "timestamp"];

export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: OpenApiDocument) {
    // strict: false — the spec carries OpenAPI keywords ajv does not know (`example`,
    // `discriminator`, `x-github`, `deprecated` ...); they are annotations, not constraints.
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
    formatsPlugin.default(this.ajv);
    for (const format of ANNOTATION_FORMATS) this.ajv.addFormat(format, true);
    this.ajv.addSchema(document as unknown as object, DOCUMENT_ID);
  }

  /** Problems found validating `data` against the schema at `pointer`; empty when valid. */
  validate(pointer: string, data: unknown, label: string): string[] {
    const validate = this.compile(pointer);
    if (validate(data)) return [];
    return describeErrors(label, validate.errors ?? []).slice(0, MAX_PROBLEMS);
  }

  /** Properties in `data` that the schema at `pointer` never names (see unknown-properties.ts). */
  unknownProperties(pointer: string, data: unknown, label: string): string[] {
    const schema = resolveRefs(this.document, { $ref: `#${pointer}` }, pointer).value;
    return findUnknownProperties(this.document, schema, data, label).slice(0, MAX_PROBLEMS);
  }

  private compile(pointer: string): ValidateFunction {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#${encodeURI(pointer)}` });
      this.compiled.set(pointer, validate);
    }
    return validate;
  }
}

// One line per missing-properties object keeps a badly wrong response readable.
function describeErrors(label: string, errors: ErrorObject[]): string[] {
  const missing = new Map<string, string[]>();
  const lines: string[] = [];
  for (const error of errors) {
    if (error.keyword !== "required") {
      lines.push(describeError(label, error));
      continue;
    }
    const names = missing.get(error.instancePath) ?? [];
    if (names.length === 0) missing.set(error.instancePath, names);
    names.push(JSON.stringify((error.params as { missingProperty: string }).missingProperty));
  }
  const required = [...missing].map(([path, names]) =>
    names.length === 1
      ? `${label}${path} is missing required property ${names[0]}`
      : `${label}${path} is missing required properties ${names.join(", ")}`,
  );
  return [...required, ...lines];
}

function describeError(label: string, error: ErrorObject): string {
  const where = `${label}${error.instancePath}`;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "enum":
      return `${where} must be one of ${JSON.stringify(params.allowedValues)}`;
    case "additionalProperties":
      return `${where} has unknown property "${String(params.additionalProperty)}"`;
    default:
      return `${where} ${error.message ?? "is invalid"}`;
  }
}
