// Checks one incoming request against its operation: path and query parameters (types,
// enums, documented page-size caps), required headers, and the JSON body (its schema, and the
// sizes GitHub documents only in prose: documented-limits.ts).
import type { IncomingHttpHeaders } from "node:http";
import { documentedLimitProblems } from "./documented-limits.js";
import type { OperationSpec, ParameterSpec } from "./operations.js";
import type { SchemaValidator } from "./schema-validator.js";
import { isJsonObject, type JsonObject } from "./spec-document.js";

export type QueryValue = string | number | boolean | Array<string | number | boolean>;

export interface RequestParts {
  params: Record<string, string>;
  search: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Raw body text; empty when the request had none. */
  bodyText: string;
}

export interface CheckedRequest {
  problems: string[];
  query: Record<string, QueryValue>;
  body: unknown;
}

export function checkRequest(
  operation: OperationSpec,
  parts: RequestParts,
  validator: SchemaValidator,
): CheckedRequest {
  const problems: string[] = [];
  const query: Record<string, QueryValue> = {};
  const declared = new Set<string>();

  for (const param of operation.parameters) {
    if (param.location === "path") {
      const raw = parts.params[param.name];
      if (raw === undefined) continue;
      const value = coerce(param.schema, raw);
      problems.push(...validator.validate(param.schemaPointer, value, `path parameter ${param.name}`));
    } else if (param.location === "query") {
      declared.add(param.name);
      const raws = parts.search.getAll(param.name);
      if (raws.length === 0) {
        if (param.required) problems.push(`query parameter ${param.name} is required`);
        continue;
      }
      const value = queryValue(param, raws);
      query[param.name] = value;
      problems.push(...validator.validate(param.schemaPointer, value, `query parameter ${param.name}`));
      problems.push(...checkDocumentedMaximum(param, value));
    } else if (param.location === "header" && param.required) {
      if (parts.headers[param.name.toLowerCase()] === undefined) {
        problems.push(`header ${param.name} is required`);
      }
    }
  }
  // GitHub silently ignores unknown parameters, which hides typos like `perPage`.
  for (const name of new Set(parts.search.keys())) {
    if (!declared.has(name)) problems.push(`query parameter ${name} is not defined for ${operation.operationId}`);
  }

  const body = checkBody(operation, parts, validator, problems);
  return { problems, query, body };
}

function checkBody(
  operation: OperationSpec,
  parts: RequestParts,
  validator: SchemaValidator,
  problems: string[],
): unknown {
  const spec = operation.body;
  if (parts.bodyText === "") {
    if (spec?.required) problems.push("request body is required");
    return undefined;
  }
  if (!spec) {
    problems.push(`${operation.operationId} takes no request body`);
    return undefined;
  }
  const contentType = String(parts.headers["content-type"] ?? "");
  if (!contentType.includes("json") || !spec.schemaPointer) {
    if (!spec.contentTypes.some((type) => contentType.startsWith(type))) {
      problems.push(`content-type "${contentType}" is not one of ${spec.contentTypes.join(", ")}`);
    }
    return parts.bodyText;
  }
  let body: unknown;
  try {
    body = JSON.parse(parts.bodyText);
  } catch {
    problems.push("request body is not valid JSON");
    return undefined;
  }
  problems.push(...validator.validate(spec.schemaPointer, body, "body"));
  problems.push(...validator.unknownProperties(spec.schemaPointer, body, "body"));
  problems.push(...documentedLimitProblems(operation.operationId, body));
  return body;
}

function queryValue(param: ParameterSpec, raws: string[]): QueryValue {
  if (param.schema.type === "array") {
    const items = isJsonObject(param.schema.items) ? param.schema.items : {};
    const parts = raws.length === 1 ? (raws[0] ?? "").split(",") : raws;
    return parts.map((part) => coerce(items, part));
  }
  return coerce(param.schema, raws[raws.length - 1] ?? "");
}

// Query and path values arrive as text; give them the type the schema declares so that
// `per_page=abc` fails as "must be integer" while `per_page=50` passes.
function coerce(schema: JsonObject, raw: string): string | number | boolean {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(raw)) {
    return Number(raw);
  }
  if (types.includes("boolean") && (raw === "true" || raw === "false")) return raw === "true";
  return raw;
}

function checkDocumentedMaximum(param: ParameterSpec, value: QueryValue): string[] {
  const max = param.documentedMaximum;
  if (max === undefined || typeof value !== "number" || value <= max) return [];
  return [`query parameter ${param.name} must be <= ${max} (documented maximum)`];
}
