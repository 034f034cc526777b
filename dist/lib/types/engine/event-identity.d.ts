import type { EventRecord } from "../state/types.js";
import { UserError } from "../user-error.js";
/**
 * Why a `next` event under an id already used was not dispatched: what differs, and what to do.
 * `where`: the id is stored, or was asked for earlier in this delivery.
 */
export declare function otherContentMessage(eventId: string, changed: readonly string[], where: "stored" | "earlier"): string;
/**
 * Why a delivery under a stored event's id with other content ran nothing. A GitHub event's id
 * is its natural key, which leaves out on purpose what may differ between copies of one event
 * (a tag published again, a release seen by polling and pushed by its repository: docs/events.md),
 * so such a delivery is the stored event's redelivery, not a failure.
 */
export declare function otherDeliveryMessage(eventId: string, changed: readonly string[]): string;
/**
 * Thrown by the planning of an event whose id is stored with other content, before anything
 * runs or is stored: a delivery answers it as a duplicate with a warning, a `next` event as an
 * error of the step that asked for it.
 */
export declare class EventIdConflictError extends UserError {
    readonly stored: EventRecord;
    readonly changed: readonly string[];
    name: string;
    constructor(stored: EventRecord, changed: readonly string[]);
}
