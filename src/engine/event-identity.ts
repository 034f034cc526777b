// A FlowEvent's id names one event (the contract: the idempotency key). Two events under one id
// whose content differs are not one event delivered twice: the store keeps the first, so the
// second's steps would be recorded under an event they never saw (`flows replay` would run them
// with the first's type and payload), and a redelivery of either would be judged against the
// other's runs. Such a second event is refused, wherever it comes from, and nothing of it runs or
// is stored: a delivery (the GitHub event, `flows fire --event`, a library caller) against the
// stored record, told as a warning of a duplicate; a step's `next` against the stored record or an
// earlier `next` of the same delivery, told as an error of that step. What differs is found by
// ./event-content.ts, loaded only when an id is met again (a first delivery, and a start that
// matches nothing, never load it, nor the record writer it hashes with).
import type { EventRecord } from "../state/types.js";
import { UserError } from "../user-error.js";

/**
 * Why a `next` event under an id already used was not dispatched: what differs, and what to do.
 * `where`: the id is stored, or was asked for earlier in this delivery.
 */
export function otherContentMessage(eventId: string, changed: readonly string[], where: "stored" | "earlier"): string {
  const first = where === "stored" ? "the stored event of that id" : "the event of that id an earlier step of this delivery asked for";
  return (
    `event "${eventId}" was not dispatched: its ${fieldList(changed)} from ${first}, and a FlowEvent id names one event ` +
    "(two events under one id would share one record: the first's). Give this event an id of its own" +
    (where === "stored" ? `, or run the stored one again with \`flows replay ${eventId}\`.` : ".")
  );
}

/**
 * Why a delivery under a stored event's id with other content ran nothing. A GitHub event's id
 * is its natural key, which leaves out on purpose what may differ between copies of one event
 * (a tag published again, a release seen by polling and pushed by its repository: docs/events.md),
 * so such a delivery is the stored event's redelivery, not a failure.
 */
export function otherDeliveryMessage(eventId: string, changed: readonly string[]): string {
  return (
    `event "${eventId}" is stored with other content (its ${fieldList(changed)}), and a FlowEvent id names one event: ` +
    "this delivery was taken as a redelivery of the stored event, and none of its steps ran. " +
    `To run this content, give it an id of its own; \`flows show ${eventId}\` shows the stored event, \`flows replay ${eventId}\` runs it again.`
  );
}

function fieldList(changed: readonly string[]): string {
  const fields = changed.length > 5 ? `${changed.slice(0, 5).join(", ")} and ${changed.length - 5} more` : changed.join(", ");
  return `${fields} differ${changed.length === 1 ? "s" : ""}`;
}

/**
 * Thrown by the planning of an event whose id is stored with other content, before anything
 * runs or is stored: a delivery answers it as a duplicate with a warning, a `next` event as an
 * error of the step that asked for it.
 */
export class EventIdConflictError extends UserError {
  override name = "EventIdConflictError";
  constructor(
    readonly stored: EventRecord,
    readonly changed: readonly string[],
  ) {
    super(otherContentMessage(stored.event.id, changed, "stored"));
  }
}
