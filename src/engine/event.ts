import { ContractViolation, describeGot, firstViolation } from "../contract-errors.js";
import type { FlowEvent } from "../contracts.js";
import { checkPayloadShape } from "../events/budget.js";
import { eventIdLengthProblem } from "../events/id.js";
import { validateFlowEvent } from "../generated/validators/flow-event.js";
import { checkArgument } from "../library-arguments.js";
import { redactor } from "../redact.js";

const CONTRACT = "flow-event.schema.json";

/** A FlowEvent handed in (by a caller, a backend, a step's `next`) breaks its contract. */
export class FlowEventError extends ContractViolation {
  override name = "FlowEventError";
}

/**
 * Accept a FlowEvent from any caller, checked against schemas/flow-event.schema.json after the
 * contract's defaults are filled in: `receivedAt` with now when missing, null or empty, and
 * `payload` with {} when missing.
 * The payload's nesting is bounded here too, before anything walks it.
 */
export function normalizeFlowEvent(value: unknown, now: Date = new Date()): FlowEvent {
  checkArgument(now instanceof Date && !Number.isNaN(now.getTime()), "normalizeFlowEvent", "now", "a valid Date, or left out", now);
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new FlowEventError(
      CONTRACT,
      "",
      'A FlowEvent must be a JSON object like {"id": "...", "type": "...", "payload": {}}.',
    );
  }
  const event: Record<string, unknown> = {
    ...value,
    receivedAt: receivedAtGiven(value) ? value.receivedAt : now.toISOString(),
    payload: "payload" in value && value.payload !== undefined ? value.payload : {},
  };
  if (!validateFlowEvent(event)) {
    const { field, reason } = firstViolation(validateFlowEvent.errors, event);
    throw new FlowEventError(CONTRACT, field, explain(field, reason, event));
  }
  // A stored record keeps its event's id as it is (the id names the record's file, and the state
  // branch's commit message lists it): an id that holds a secret would be written there.
  if (redactor.holdsSecret(event.id as string)) {
    throw new FlowEventError(
      CONTRACT,
      "id",
      `The FlowEvent id ${JSON.stringify(redactor.redact(event.id as string))} holds a secret, which the state store would keep as it is; build the id from something that is not secret.`,
    );
  }
  checkPayloadShape(event.payload, `event ${JSON.stringify(event.id)}`);
  return event;
}

/**
 * Whether the event says when it was received. The older runtime filled in now for an empty or
 * null `receivedAt` as for a missing one (it kept only a non-empty string), and producers written
 * for it send `"receivedAt": ""` or `null` to mean "not yet": a step read `new Date("")` from it.
 */
function receivedAtGiven(value: object): value is { receivedAt: unknown } {
  if (!("receivedAt" in value)) return false;
  const given = value.receivedAt;
  return given !== undefined && given !== null && given !== "";
}

/**
 * A FlowEvent that normalizeFlowEvent accepted, for a caller that checks an event before it
 * dispatches it (the CLI, to name the event file in its errors): dispatch takes the event as it
 * is rather than checking it again. Only acceptFlowEvent makes one, so an event that a library
 * caller hands to dispatch is always checked there.
 */
export class AcceptedFlowEvent {
  private constructor(readonly event: FlowEvent) {}

  static accept(value: unknown, now?: Date): AcceptedFlowEvent {
    return new AcceptedFlowEvent(normalizeFlowEvent(value, now));
  }
}

/** The violation as a sentence that says what to change. */
function explain(field: string, reason: string, event: Record<string, unknown>): string {
  const tooLong = field === "id" && typeof event.id === "string" ? eventIdLengthProblem(event.id) : undefined;
  if (tooLong !== undefined) return `The FlowEvent's ${tooLong}.`;
  if (field === "id" || field === "type") {
    return `A FlowEvent needs a non-empty string "${field}"; got ${describeGot(event[field])}.`;
  }
  // Every other field is optional: receivedAt and payload are filled in, source and occurredAt may be left out.
  return `FlowEvent ${reason}; correct "${field}" or leave it out.`;
}
