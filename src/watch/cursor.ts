// Where polling left off, per watched repository, kept in the state store.
//
// Why a fake event record: the StateStore has no key-value API, only event records, and every
// store (file, branch, memory) already knows how to keep, merge and push those. So the cursor
// of `owner/repo` is the record of an internal event `flows-action:watch-cursor:owner/repo`
// whose single run (fixed id, always one attempt) carries the cursor in `resultPayload`. Each
// save stamps a strictly later `updatedAt`, so when two writers meet, `mergeEventRecords`
// keeps the newest cursor (it prefers the run with more attempts, then the later updatedAt;
// the attempt count never changes here). Inspection commands hide these records by their
// type prefix, INTERNAL_EVENT_TYPE_PREFIX.
import type { FlowRunView } from "../contracts.js";
import { INTERNAL_EVENT_TYPE_PREFIX } from "../state/query.js";
import { RECORD_FORMAT_VERSION, type EventRecord, type StateStore } from "../state/types.js";

export { INTERNAL_EVENT_TYPE_PREFIX };
export const WATCH_CURSOR_EVENT_TYPE = `${INTERNAL_EVENT_TYPE_PREFIX}watch-cursor`;
const CURSOR_RUN_ID = "watch-cursor";
export const WATCH_CURSOR_FORMAT = 1;

/** Releases remembered per repository; older ones are recognised by `watermark`. */
export const SEEN_RELEASES_KEPT = 200;

export type SeenRelease = { id: number; tag: string; publishedAt: string; prerelease: boolean };

export type WatchCursor = {
  format: number;
  /** `owner/repo`, as configured. */
  repo: string;
  /** ETag of the first page of releases at the last poll that changed something. */
  etag?: string;
  /** The latest publishedAt seen; a release published before it is not new. */
  watermark?: string;
  /** The newest releases seen (any filter), newest first, at most SEEN_RELEASES_KEPT. */
  seen: SeenRelease[];
  /** When this cursor was written. */
  polledAt: string;
};

export function isInternalEventType(type: string): boolean {
  return type.startsWith(INTERNAL_EVENT_TYPE_PREFIX);
}

export function watchCursorEventId(repo: string): string {
  return `flows-action:watch-cursor:${repo.toLowerCase()}`;
}

/** The stored cursor, or undefined (never polled, or unreadable: then the first poll repeats). */
export async function loadWatchCursor(store: StateStore, repo: string): Promise<WatchCursor | undefined> {
  const record = await store.loadEvent(watchCursorEventId(repo));
  const run = record?.runs.find((candidate) => candidate.id === CURSOR_RUN_ID);
  return parseCursor(run?.resultPayload?.cursor);
}

export type SaveWatchCursorOptions = { store: StateStore; cursor: WatchCursor; now: Date };

export async function saveWatchCursor(options: SaveWatchCursorOptions): Promise<void> {
  const { store, cursor } = options;
  const eventId = watchCursorEventId(cursor.repo);
  const stored = await store.loadEvent(eventId);
  const previous = stored?.runs.find((run) => run.id === CURSOR_RUN_ID);
  // Strictly later than what is stored: equal timestamps would keep the stored cursor.
  const floor = previous ? Date.parse(previous.updatedAt) + 1 : 0;
  const at = new Date(Math.max(options.now.getTime(), floor)).toISOString();
  const run: FlowRunView = {
    id: CURSOR_RUN_ID,
    eventId,
    flowName: "flows-action",
    flowVersion: 1,
    stepName: "watch-cursor",
    runner: "bun",
    processStatus: "completed",
    resultStatus: "completed",
    effectiveStatus: "completed",
    needsAttention: false,
    attempts: [{ id: `${CURSOR_RUN_ID}_1`, number: 1, status: "completed", startedAt: at, completedAt: at }],
    resultPayload: { status: "completed", message: `watch cursor of ${cursor.repo}`, cursor: { ...cursor, polledAt: at } },
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
  };
  const record: EventRecord = {
    formatVersion: RECORD_FORMAT_VERSION,
    event: {
      id: eventId,
      type: WATCH_CURSOR_EVENT_TYPE,
      source: "flows-action",
      receivedAt: stored?.event.receivedAt ?? at,
      payload: { repo: cursor.repo },
    },
    runs: [run],
    firstDispatchedAt: stored?.firstDispatchedAt ?? at,
    updatedAt: at,
    dispatchCount: (stored?.dispatchCount ?? 0) + 1,
  };
  await store.saveEvent(record);
}

function parseCursor(value: unknown): WatchCursor | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const cursor = value as Partial<WatchCursor>;
  if (cursor.format !== WATCH_CURSOR_FORMAT || typeof cursor.repo !== "string" || !Array.isArray(cursor.seen)) {
    return undefined;
  }
  const seen = cursor.seen.filter(
    (item): item is SeenRelease =>
      typeof item === "object" &&
      item !== null &&
      typeof item.id === "number" &&
      typeof item.tag === "string" &&
      typeof item.publishedAt === "string" &&
      typeof item.prerelease === "boolean",
  );
  return {
    format: WATCH_CURSOR_FORMAT,
    repo: cursor.repo,
    ...(typeof cursor.etag === "string" ? { etag: cursor.etag } : {}),
    ...(typeof cursor.watermark === "string" ? { watermark: cursor.watermark } : {}),
    seen,
    polledAt: typeof cursor.polledAt === "string" ? cursor.polledAt : "",
  };
}
