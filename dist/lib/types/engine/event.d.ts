import { ContractViolation } from "../contract-errors.js";
import type { FlowEvent } from "../contracts.js";
/** A FlowEvent handed in (by a caller, a backend, a step's `next`) breaks its contract. */
export declare class FlowEventError extends ContractViolation {
    name: string;
}
/**
 * Accept a FlowEvent from any caller, checked against schemas/flow-event.schema.json after the
 * contract's defaults are filled in: `receivedAt` with now when missing, null or empty, and
 * `payload` with {} when missing.
 * The payload's nesting is bounded here too, before anything walks it.
 */
export declare function normalizeFlowEvent(value: unknown, now?: Date): FlowEvent;
/**
 * A FlowEvent that normalizeFlowEvent accepted, for a caller that checks an event before it
 * dispatches it (the CLI, to name the event file in its errors): dispatch takes the event as it
 * is rather than checking it again. Only acceptFlowEvent makes one, so an event that a library
 * caller hands to dispatch is always checked there.
 */
export declare class AcceptedFlowEvent {
    readonly event: FlowEvent;
    private constructor();
    static accept(value: unknown, now?: Date): AcceptedFlowEvent;
}
