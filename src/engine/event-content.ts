// What differs between two events under one id (./event-identity.ts says why it matters). Its
// own module, imported only when an id is met again: the record writer it hashes values with is
// no part of a first delivery or of a start that matches nothing.
import type { FlowEvent } from "../contracts.js";
import { sha256 } from "../hash.js";
import { writeEventText } from "../state/event-text.js";

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
