import type { FlowEvent } from "../contracts.js";
import { checkPayloadDepth } from "../events/budget.js";
import { UserError } from "../user-error.js";

export class FlowEventError extends UserError {
  override name = "FlowEventError";
}

/**
 * Accept a FlowEvent from any caller: `id` and `type` must be non-empty strings;
 * `receivedAt` is filled with now and `payload` with {} when missing (contract rules).
 */
export function normalizeFlowEvent(value: unknown, now: Date = new Date()): FlowEvent {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new FlowEventError(
      'A FlowEvent must be a JSON object like {"id": "...", "type": "...", "payload": {}}.',
    );
  }
  const event = value as Record<string, unknown>;
  for (const key of ["id", "type"] as const) {
    if (typeof event[key] !== "string" || event[key] === "") {
      throw new FlowEventError(`A FlowEvent needs a non-empty string "${key}"; got ${describe(event[key])}.`);
    }
  }
  for (const key of ["source", "occurredAt", "receivedAt"] as const) {
    if (event[key] !== undefined && typeof event[key] !== "string") {
      throw new FlowEventError(`FlowEvent "${key}" must be a string when present; got ${describe(event[key])}.`);
    }
  }
  checkPayloadDepth(event.payload, `event ${JSON.stringify(event.id)}`);
  return {
    ...(event as FlowEvent),
    receivedAt: typeof event.receivedAt === "string" ? event.receivedAt : now.toISOString(),
    payload: event.payload === undefined ? {} : event.payload,
  };
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "object" && value !== null) return Array.isArray(value) ? "an array" : "an object";
  return JSON.stringify(value) ?? String(value);
}
