// After `flows forget` of a polled event, the next poll delivers it again: polling alone would
// not, as the cursor has moved past it. A release: the cursor keeps its tag in `redeliver` until
// a poll reads the listing afresh (no If-None-Match) and hands the release over once more. A
// change to a release (upstream.release.updated / .deleted), which is not seen twice: the cursor
// keeps its id in `redeliverEvents`, and the next poll dispatches the event as the store holds it.
import { checkArgument, isRecord, isStateStore, STATE_STORE } from "../library-arguments.js";
import type { StateStore } from "../state/types.js";
import { RELEASE_DELETED_TYPE, RELEASE_UPDATED_TYPE } from "./change-events.js";
import {
  droppedRedeliveriesNote,
  droppedReleaseRedeliveriesNote,
  keepNewestRedeliverEvents,
  keepNewestRedeliverTags,
  listWatchCursors,
  saveWatchCursor,
  type WatchCursor,
} from "./cursor.js";
import { matchesTag, parseTagPattern } from "./tag-pattern.js";
import { shownFilter, watchFilterOptions } from "./watch-filter.js";

/**
 * Ask the next poll of `repo` to deliver `tag` again; false when `repo` was never polled. Kept for
 * callers of older versions: requestReleaseRedelivery does the same and says which releases it
 * dropped to make room (REDELIVER_TAGS_KEPT), which this does not.
 */
export async function requestRedelivery(store: StateStore, repo: string, tag: string, now: Date = new Date()): Promise<boolean> {
  return (await requestReleaseRedelivery(store, repo, tag, now)) !== undefined;
}

/**
 * Ask the next poll of `repo` to deliver the release of `tag` again: `{ repo, tag }`, with
 * `notDeliveredAgain` (the oldest tags dropped to make room, REDELIVER_TAGS_KEPT) and `warning`
 * (the sentence that names them) when the list was full; undefined when `repo` was never polled.
 */
export async function requestReleaseRedelivery(store: StateStore, repo: string, tag: string, now: Date = new Date()): Promise<Redelivery | undefined> {
  const call = "requestReleaseRedelivery";
  checkArgument(isStateStore(store), call, "store", STATE_STORE, store);
  checkArgument(typeof repo === "string", call, "repo", 'a watched repository, "owner/repo"', repo);
  checkArgument(typeof tag === "string", call, "tag", "a release's tag", tag);
  checkArgument(now instanceof Date && !Number.isNaN(now.getTime()), call, "now", "a valid Date, or left out", now);
  return askCursors(store, repo, tag, now, (cursor) => {
    // Asked again, it moves to the end: the newest request.
    const asked = [...new Set([...(cursor.redeliver ?? []).filter((item) => item !== tag), tag])];
    const { kept: redeliver, dropped } = keepNewestRedeliverTags(asked);
    return { cursor: { ...cursor, redeliver }, dropped, note: droppedReleaseRedeliveriesNote };
  }, { tag });
}

type Asked = { cursor: WatchCursor; dropped: string[]; note: (dropped: readonly string[]) => string };

/**
 * Put a request in the cursor of each watch of `repo` whose filter takes the release of `tag`
 * (a cursor per filter: two workflows sharing the store may each have handed it over, under
 * the same event id, and each delivers it again once; the engine runs what did not settle once).
 * Undefined when no cursor of `repo` takes it (never polled here).
 */
async function askCursors(
  store: StateStore,
  repo: string,
  tag: string,
  now: Date,
  ask: (cursor: WatchCursor) => Asked,
  result: { tag: string; eventId?: string },
  changes = false,
): Promise<Redelivery | undefined> {
  const taking = (await listWatchCursors(store, repo)).flatMap((stored) => (stored.cursor && takesTag(stored.cursor, tag) ? [stored.cursor] : []));
  // A change goes to the watches that deliver changes (updates=true), when one takes the tag; else, as before cursors were kept per filter, to every one that does.
  const updating = changes ? taking.filter((cursor) => watchFilterOptions(cursor.filter ?? "").includes("updates=true")) : [];
  const cursors = updating.length > 0 ? updating : taking;
  if (cursors.length === 0) return undefined;
  const dropped: string[] = [];
  const warnings: string[] = [];
  for (const cursor of cursors) {
    const asked = ask(cursor);
    await saveWatchCursor({ store, cursor: asked.cursor, now });
    if (asked.dropped.length === 0) continue;
    dropped.push(...asked.dropped.filter((item) => !dropped.includes(item)));
    // Which watch's list, when more than one watch takes the release.
    warnings.push(`${repo}${cursors.length > 1 ? ` (${shownFilter(cursor.filter ?? "")})` : ""}: ${asked.note(asked.dropped)}`);
  }
  return { repo, ...result, ...(dropped.length > 0 ? { notDeliveredAgain: dropped, warning: warnings.join("; ") } : {}) };
}

/**
 * Whether the watch that saved `cursor` takes the release of `tag` by its filter (its `tags=`
 * patterns): a pattern that no longer parses takes it (the poll checks the release against the
 * watch itself), and a tag it dispatched is taken whatever the filter says. A cursor with no
 * filter kept (older versions) takes every tag.
 */
function takesTag(cursor: WatchCursor, tag: string): boolean {
  if (cursor.dispatched?.some((release) => release.tag === tag)) return true;
  const filter = cursor.filter;
  if (filter === undefined) return true;
  const options = watchFilterOptions(filter);
  const patterns = options.filter((option) => option.startsWith("tags=")).map((option) => option.slice("tags=".length));
  if (patterns.length === 0) return true;
  try {
    return matchesTag(patterns.map(parseTagPattern), tag);
  } catch {
    return true;
  }
}

/**
 * What the next poll delivers again for a forgotten event: its repository, tag, and (a change) its
 * id; `notDeliveredAgain`: the oldest dropped to make room for it (tags of releases past
 * REDELIVER_TAGS_KEPT, ids of changes past REDELIVER_EVENTS_KEPT), and `warning`, the sentence
 * that names them.
 */
export type Redelivery = { repo: string; tag: string; eventId?: string; notDeliveredAgain?: string[]; warning?: string };

/**
 * Ask the next poll to deliver a forgotten event again, when the watcher delivers that kind of
 * event (upstream.release, and its .updated / .deleted changes) and polls its repository;
 * undefined otherwise (another event, or a repository never polled here). What `flows forget`
 * does after forgetEvent; it saves the cursor but does not flush.
 */
export async function requestEventRedelivery(
  store: StateStore,
  event: { id: string; type: string; payload?: unknown },
  now: Date = new Date(),
): Promise<Redelivery | undefined> {
  const call = "requestEventRedelivery";
  checkArgument(isStateStore(store), call, "store", STATE_STORE, store);
  checkArgument(isRecord(event) && typeof event.id === "string" && typeof event.type === "string", call, "event", "a stored FlowEvent, e.g. (await forgetEvent(store, id)).record.event", event);
  checkArgument(now instanceof Date && !Number.isNaN(now.getTime()), call, "now", "a valid Date, or left out", now);
  const { repo, tag } = (event.payload ?? {}) as { repo?: unknown; tag?: unknown };
  if (typeof repo !== "string" || typeof tag !== "string") return undefined;
  if (event.type === "upstream.release") return requestReleaseRedelivery(store, repo, tag, now);
  if (event.type !== RELEASE_UPDATED_TYPE && event.type !== RELEASE_DELETED_TYPE) return undefined;
  return askCursors(
    store,
    repo,
    tag,
    now,
    (cursor) => {
      // Asked again, it moves to the end: the newest request.
      const asked = [...(cursor.redeliverEvents ?? []).filter((id) => id !== event.id), event.id];
      const { kept: redeliverEvents, dropped } = keepNewestRedeliverEvents(asked);
      return { cursor: { ...cursor, redeliverEvents }, dropped, note: droppedRedeliveriesNote };
    },
    { tag, eventId: event.id },
    true,
  );
}
