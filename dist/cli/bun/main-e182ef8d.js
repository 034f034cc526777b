// @bun
import {
  validateWatchCursor
} from "./main-845a148e.js";
import {
  INTERNAL_EVENT_TYPE_PREFIX
} from "./main-34d3babc.js";
import {
  RECORD_FORMAT_VERSION
} from "./main-93ca63ca.js";

// src/watch/ledger.ts
async function loadInternalValue(store, key, field) {
  const record = await store.loadEvent(key.eventId);
  const run = record?.runs.find((candidate) => candidate.id === key.runId);
  return run?.resultPayload?.[field];
}
async function saveInternalValue(options) {
  const { store, eventId, runId } = options;
  const stored = await store.loadEvent(eventId);
  const previous = stored?.runs.find((run) => run.id === runId);
  const floor = previous ? Date.parse(previous.updatedAt) + 1 : 0;
  const at = new Date(Math.max(options.now.getTime(), floor)).toISOString();
  const count = Math.max(previous?.attempts.length ?? 1, 1);
  const earlier = (previous?.attempts ?? []).slice(0, count - 1);
  const run = {
    id: runId,
    eventId,
    flowName: "flows-action",
    flowVersion: 1,
    stepName: runId,
    runner: "bun",
    processStatus: "completed",
    resultStatus: "completed",
    effectiveStatus: "completed",
    needsAttention: false,
    attempts: [...earlier, { id: `${runId}_${count}`, number: count, status: "completed", startedAt: at, completedAt: at }],
    resultPayload: { status: "completed", message: options.message, [options.field]: { ...options.value, ...options.stamp ? { [options.stamp]: at } : {} } },
    createdAt: previous?.createdAt ?? at,
    updatedAt: at
  };
  const record = {
    formatVersion: RECORD_FORMAT_VERSION,
    event: {
      id: eventId,
      type: options.type,
      source: "flows-action",
      receivedAt: stored?.event.receivedAt ?? at,
      payload: options.payload
    },
    runs: [run],
    firstDispatchedAt: stored?.firstDispatchedAt ?? at,
    updatedAt: at,
    dispatchCount: (stored?.dispatchCount ?? 0) + 1
  };
  await store.saveEvent(record);
  return at;
}

// src/watch/cursor.ts
var WATCH_CURSOR_EVENT_TYPE = `${INTERNAL_EVENT_TYPE_PREFIX}watch-cursor`;
var CURSOR_RUN_ID = "watch-cursor";
var WATCH_CURSOR_FORMAT = 1;
var SEEN_RELEASES_KEPT = 200;
var DISPATCHED_RELEASES_KEPT = 100;
function watchCursorEventId(repo) {
  return `flows-action:watch-cursor:${repo.toLowerCase()}`;
}
var cursorKey = (repo) => ({ eventId: watchCursorEventId(repo), type: WATCH_CURSOR_EVENT_TYPE, runId: CURSOR_RUN_ID });
async function loadWatchCursor(store, repo) {
  return parseCursor(await loadInternalValue(store, cursorKey(repo), "cursor"));
}
async function saveWatchCursor(options) {
  const { cursor } = options;
  await saveInternalValue({
    store: options.store,
    ...cursorKey(cursor.repo),
    field: "cursor",
    value: cursor,
    message: `watch cursor of ${cursor.repo}`,
    payload: { repo: cursor.repo },
    now: options.now,
    stamp: "polledAt"
  });
}
function parseCursor(value) {
  if (validateWatchCursor(value))
    return value;
  if (typeof value !== "object" || value === null)
    return;
  const cursor = value;
  if (cursor.format !== WATCH_CURSOR_FORMAT || typeof cursor.repo !== "string" || !Array.isArray(cursor.seen)) {
    return;
  }
  const seen = cursor.seen.filter((item) => typeof item === "object" && item !== null && typeof item.id === "number" && typeof item.tag === "string" && typeof item.publishedAt === "string" && typeof item.prerelease === "boolean");
  return {
    format: WATCH_CURSOR_FORMAT,
    repo: cursor.repo,
    ...typeof cursor.etag === "string" ? { etag: cursor.etag } : {},
    ...typeof cursor.watermark === "string" ? { watermark: cursor.watermark } : {},
    seen,
    polledAt: typeof cursor.polledAt === "string" ? cursor.polledAt : "",
    ...parseCursorExtras(cursor)
  };
}
function parseCursorExtras(cursor) {
  const strings = ["deepEtag", "etagAt", "tagsEtag", "checkedAt"];
  const extras = {};
  for (const key of strings)
    if (typeof cursor[key] === "string")
      extras[key] = cursor[key];
  const isObject = (item) => typeof item === "object" && item !== null;
  if (Array.isArray(cursor.pending)) {
    extras.pending = cursor.pending.filter((item) => isObject(item) && typeof item.id === "number" && typeof item.tag === "string" && typeof item.firstSeenAt === "string" && typeof item.publishedAt === "string");
  }
  if (Array.isArray(cursor.redeliver))
    extras.redeliver = cursor.redeliver.filter((tag) => typeof tag === "string");
  if (Array.isArray(cursor.dispatched)) {
    extras.dispatched = cursor.dispatched.filter((item) => isObject(item) && typeof item.id === "number" && typeof item.tag === "string" && typeof item.eventId === "string");
  }
  return extras;
}

// src/watch/redeliver.ts
async function requestRedelivery2(store, repo, tag, now = new Date) {
  const cursor = await loadWatchCursor(store, repo);
  if (!cursor)
    return false;
  const redeliver = [...new Set([...cursor.redeliver ?? [], tag])];
  await saveWatchCursor({ store, cursor: { ...cursor, redeliver }, now });
  return true;
}

export { loadInternalValue, saveInternalValue, WATCH_CURSOR_FORMAT, SEEN_RELEASES_KEPT, DISPATCHED_RELEASES_KEPT, loadWatchCursor, saveWatchCursor, requestRedelivery2 };
