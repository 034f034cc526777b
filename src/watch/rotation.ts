// Where the next poll starts when one poll could not ask about every watched repository
// (request budget spent, rate limit low or refused). Repositories are polled in configuration
// order, rotated to start at the one the last poll did not reach, so over consecutive polls
// every repository gets its turn and none is skipped however many there are.
import { INTERNAL_EVENT_TYPE_PREFIX } from "../state/query.js";
import type { StateStore } from "../state/types.js";
import type { WatchConfig } from "./config.js";
import { loadInternalValue, saveInternalValue } from "./ledger.js";

export const WATCH_ROTATION_EVENT_ID = "flows-action:watch-rotation";
const KEY = { eventId: WATCH_ROTATION_EVENT_ID, type: `${INTERNAL_EVENT_TYPE_PREFIX}watch-rotation`, runId: "watch-rotation" };

export type WatchRotation = {
  /** The repository the next poll starts with (`owner/repo`, lower case); none: the first configured. */
  next?: string;
  /** Why the poll that wrote this stopped early. */
  reason?: string;
};

export async function loadWatchRotation(store: StateStore): Promise<WatchRotation> {
  const value = await loadInternalValue(store, KEY, "rotation");
  if (typeof value !== "object" || value === null) return {};
  const { next, reason } = value as Record<string, unknown>;
  return { ...(typeof next === "string" ? { next } : {}), ...(typeof reason === "string" ? { reason } : {}) };
}

export async function saveWatchRotation(store: StateStore, rotation: WatchRotation, now: Date): Promise<void> {
  await saveInternalValue({
    store,
    ...KEY,
    field: "rotation",
    value: rotation,
    message: rotation.next ? `the next poll starts with ${rotation.next}` : "the next poll starts with the first watched repository",
    payload: {},
    now,
  });
}

/** The watches in polling order: configuration order, starting at `next` (when still watched). */
export function rotate(watches: readonly WatchConfig[], next: string | undefined): WatchConfig[] {
  const start = next ? watches.findIndex((watch) => watch.repo.toLowerCase() === next) : -1;
  return start <= 0 ? [...watches] : [...watches.slice(start), ...watches.slice(0, start)];
}
