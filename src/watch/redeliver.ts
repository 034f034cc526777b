// After `flows forget` of a polled release, the next poll delivers it again: polling alone
// would not, as the cursor has seen it. The cursor keeps the tag in `redeliver` until a poll
// reads the listing afresh (no If-None-Match) and hands the release over once more.
import type { StateStore } from "../state/types.js";
import { loadWatchCursor, saveWatchCursor } from "./cursor.js";

/** Ask the next poll of `repo` to deliver `tag` again; false when `repo` was never polled. */
export async function requestRedelivery(store: StateStore, repo: string, tag: string, now: Date = new Date()): Promise<boolean> {
  const cursor = await loadWatchCursor(store, repo);
  if (!cursor) return false;
  const redeliver = [...new Set([...(cursor.redeliver ?? []), tag])];
  await saveWatchCursor({ store, cursor: { ...cursor, redeliver }, now });
  return true;
}
