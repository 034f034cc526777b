// The `event` input next to `replay`: overrides applied to the stored event for this replay
// only, so a maintainer can run an event again with an edited payload from workflow_dispatch:
//
//   replay: github:upstream.release:openai/codex:rust-v0.42.0
//   event:  '{"payload": {"tag": "rust-v0.42.1"}}'
//
// `payload` keys replace the stored payload's keys (the others are kept; a key set to null is
// removed); other fields (occurredAt, subject ...) replace the stored ones. The id and type stay:
// the replay is of that event. The engine records the edit on the replay attempt.
import type { FlowEvent } from "../contracts.js";
import { ActionInputError } from "./inputs.js";

export function applyReplayOverrides(stored: FlowEvent, text: string): FlowEvent {
  let overrides: unknown;
  try {
    overrides = JSON.parse(text);
  } catch (error) {
    throw new ActionInputError(
      `Input "event" (overrides for the replay of ${stored.id}) is not valid JSON: ${error instanceof Error ? error.message : String(error)}. Write an object such as {"payload": {"tag": "v1.2.3"}}.`,
    );
  }
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    throw new ActionInputError(`Input "event" next to "replay" must be a JSON object of overrides, such as {"payload": {"tag": "v1.2.3"}}.`);
  }
  const { payload, ...fields } = overrides as Record<string, unknown>;
  for (const key of ["id", "type"] as const) {
    if (fields[key] !== undefined && fields[key] !== stored[key]) {
      throw new ActionInputError(
        `Input "event" changes the ${key} of the replayed event (${JSON.stringify(stored[key])} → ${JSON.stringify(fields[key])}); a replay keeps both. To run a different event, leave "replay" empty and pass the whole FlowEvent in "event".`,
      );
    }
  }
  if (payload !== undefined && (typeof payload !== "object" || payload === null || Array.isArray(payload))) {
    throw new ActionInputError(`Input "event": "payload" must be an object of the payload keys to change.`);
  }
  const merged: Record<string, unknown> = { ...((stored.payload ?? {}) as Record<string, unknown>) };
  for (const [key, value] of Object.entries((payload ?? {}) as Record<string, unknown>)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return { ...stored, ...fields, id: stored.id, type: stored.type, payload: merged } as FlowEvent;
}
