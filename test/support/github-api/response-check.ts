// Checks a response the fake is about to send against what the spec documents for the
// operation, so a handler cannot drift from what real GitHub returns.
import type { OperationSpec } from "./operations.js";
import type { SchemaValidator } from "./schema-validator.js";

// GitHub sends these on any operation (rate limits, outages, missing resources), though the
// description lists them only where it remembered to; their body is always a basic error.
const BASIC_ERROR = "/components/schemas/basic-error";

export function checkResponse(
  operation: OperationSpec,
  status: number,
  body: unknown,
  validator: SchemaValidator,
): string[] {
  const label = `response ${status}`;
  if (status === 204 || status === 304) {
    if (status === 304 && operation.method !== "get") return [`304 is only sent for GET requests`];
    return body === undefined ? [] : [`${label} must not have a body`];
  }
  const key = operation.responses.has(String(status)) ? String(status) : undefined;
  if (key === undefined) {
    if (status >= 400) return body === undefined ? [] : validator.validate(BASIC_ERROR, body, label);
    if (!operation.responses.has("default")) {
      return [`status ${status} is not documented for ${operation.operationId}`];
    }
  }
  const pointer = operation.responses.get(key ?? "default");
  if (pointer === undefined) {
    return body === undefined ? [] : [`${label} is documented without a JSON body`];
  }
  if (body === undefined) return [`${label} is documented with a JSON body but has none`];
  return validator.validate(pointer, body, label);
}
