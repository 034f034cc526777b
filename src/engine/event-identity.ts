// A FlowEvent's id names one event (the contract: the idempotency key). Two events under one id
// whose content differs are not one event delivered twice: the store keeps the first, so the
// second's steps would be recorded under an event they never saw (`flows replay` would run them
// with the first's type and payload), and a redelivery of either would be judged against the
// other's runs. Such a second event is refused, wherever it comes from, and nothing of it runs or
// is stored: a delivery (the GitHub event, `flows fire --event`, a library caller) against the
// stored record, told as a warning of a duplicate; a step's `next` against the stored record or an
// earlier `next` of the same delivery, told as an error of that step.
import type { FlowEvent } from "../contracts.js";
import { sha256 } from "../hash.js";
import { writeEventText } from "../state/event-text.js";
import type { EventRecord } from "../state/types.js";
import { UserError } from "../user-error.js";

/**
 * The fields in which `incoming` is another event than `first` under the same id, as replay-edit
 * names them (`type`, `payload.<key>`), sorted; undefined when it is the same event. `receivedAt`
 * is when a copy arrived, not what the event is, so it is not compared. Values are compared as a
 * stored record holds them (redacted: a stored event's secrets read back masked), hashed piece by
 * piece, so a 25 MB payload's arrays kept on disk are never parsed whole.
 */
export function otherContentOf(first: FlowEvent, incoming: FlowEvent): string[] | undefined {
  if (first === incoming) return undefined;
  const changed: string[] = [];
  const a = first as Record<string, unknown>;
  const b = incoming as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === "receivedAt" || key === "id") continue;
    const before = a[key];
    const after = b[key];
    if (key === "payload" && isObject(before) && isObject(after)) {
      for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (digest(before[field]) !== digest(after[field])) changed.push(`payload.${field}`);
      }
    } else if (digest(before) !== digest(after)) {
      changed.push(key);
    }
  }
  return changed.length === 0 ? undefined : changed.sort();
}

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

/** A value's text as a record holds it (redacted), as a hash; undefined stays undefined (left out). */
function digest(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const hash = sha256();
  writeEventText({ id: "", value } as unknown as FlowEvent, (text) => hash.update(text));
  return hash.hex();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
