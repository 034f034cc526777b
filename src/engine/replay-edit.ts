// A replay may run an event with an edited payload (the action's `replay` input plus `event`
// overrides). The stored record keeps the event as it was first delivered; the attempt that ran
// the edited copy records what was edited and the payload it ran with, so the edit stays visible.
import type { FlowEvent, ReplayEdit } from "../contracts.js";

/** What differs between the stored event and the one replayed; undefined when nothing does. */
export function replayEditOf(stored: FlowEvent, replayed: FlowEvent): ReplayEdit | undefined {
  const changed: string[] = [];
  for (const key of new Set([...Object.keys(stored), ...Object.keys(replayed)])) {
    if (key === "receivedAt") continue;
    const before = (stored as Record<string, unknown>)[key];
    const after = (replayed as Record<string, unknown>)[key];
    if (key === "payload" && isObject(before) && isObject(after)) {
      for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (!sameJson(before[field], after[field])) changed.push(`payload.${field}`);
      }
    } else if (!sameJson(before, after)) {
      changed.push(key);
    }
  }
  return changed.length === 0 ? undefined : { changed: changed.sort(), payload: replayed.payload as ReplayEdit["payload"] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
