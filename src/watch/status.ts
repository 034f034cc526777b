// What the watcher remembers, per watched repository: `flows watch --status` and the status
// section of the job summary on scheduled runs. Read from the cursors; asks GitHub nothing.
import { shellWord } from "../shell-word.js";
import { terminalText } from "../terminal-text.js";
import type { StateStore } from "../state/types.js";
import { eligibleAt } from "./age.js";
import type { WatchConfig } from "./config.js";
import {
  githubAheadMs,
  otherWatchCursors,
  readWatchCursorRecord,
  type StoredWatchCursor,
  type WatchCursor,
  WatchCursorError,
  watchCursorEventId,
} from "./cursor.js";
import { shownFilter, shownTakenReleases, watchFilterText } from "./watch-filter.js";
import { loadWatchRotation } from "./rotation.js";

export type WatchRepositoryStatus = {
  repo: string;
  /** Where the watch is configured. */
  origin: string;
  /** The watch's filter (watchFilterText), when it has one: each filter keeps its own cursor. */
  filter?: string;
  /** The record its cursor is kept in (`flows forget` it to start over from the store's release events). */
  cursorId: string;
  minAge?: number;
  updates: boolean;
  /** Never polled (or its cursor was forgotten). */
  polled: boolean;
  /** The last poll (unchanged polls refresh it at most every 6 hours). */
  lastPoll?: string;
  /** The last poll that found something changed. */
  lastChange?: string;
  /** When the ETag of the first page was received, and its age in seconds. */
  etagAt?: string;
  etagAgeSeconds?: number;
  /**
   * The clock pending releases' eligibility is told on, by the rule polls follow: the earlier of
   * GitHub's (this machine's time plus the difference the last poll saw) and this machine's.
   * `now` is that clock's time; `githubAheadSeconds` the difference, when the last poll knew it.
   */
  clock: { name: "github" | "runner"; now: string; githubAheadSeconds?: number };
  /** eligibleAt is on `clock`; eligible: at or before its `now` (dispatched by the next poll). */
  pending: Array<{ tag: string; eligibleAt: string; ageFrom: "published" | "first-seen"; eligible: boolean }>;
  lastDispatched?: { tag: string; eventId: string; at: string };
  /** Releases kept for updates/deletions. */
  tracked: number;
  /** Tags the next poll delivers again. */
  redeliver: string[];
  /** upstream.release.updated / .deleted event ids the next poll delivers again. */
  redeliverEvents: string[];
  /** Drafts a poll listed, asked for by id at each poll: found once published, wherever GitHub lists them (their tags are not kept). */
  drafts: number;
  /**
   * Releases listed below where a poll stopped reading (it read the most one poll reads), not yet
   * read: the next poll reads on below `after`, and dispatches those published at or after `from`.
   */
  readOn?: { after: string; from?: string };
  /** The cursor could not be read (written by a newer flows-action): why. Polls of it fail. */
  unreadable?: string;
};

/**
 * A cursor the store keeps for no watch configured now (one removed or renamed, or another
 * workflow's with another filter): `flows forget <cursorId>` drops it. Its repository and filter
 * are the stored record's text.
 */
export type OtherCursorStatus = {
  cursorId: string;
  repo: string;
  filter?: string;
  lastPoll?: string;
  lastDispatched?: { tag: string; eventId: string; at: string };
  tracked: number;
  pending: number;
  unreadable?: string;
};

export type WatchStatus = {
  at: string;
  repositories: WatchRepositoryStatus[];
  nextPollStartsWith?: string;
  /** With `others`: the first OTHER_CURSORS_LISTED cursors stored for no watch configured now (by id), and how many there are. */
  notConfigured?: { total: number; cursors: OtherCursorStatus[] };
};

/** Cursors of watches not configured now that the status lists (`--json`; the text shows STATUS_ENTRIES_SHOWN): a store may keep thousands. */
export const OTHER_CURSORS_LISTED = 100;

export type WatchStatusOptions = {
  store: StateStore;
  watches: readonly WatchConfig[];
  now?: Date;
  /**
   * Also list the cursors stored for watches not configured now (`flows watch --status`): reads
   * every record of the store, so the job summary of a poll leaves it out.
   */
  others?: boolean;
};

export async function watchStatus(options: WatchStatusOptions): Promise<WatchStatus> {
  const now = options.now ?? new Date();
  const repositories: WatchRepositoryStatus[] = [];
  // The records the configured watches read their cursors from.
  const configured = new Set<string>();
  for (const watch of options.watches) {
    // One repository's cursor from a newer version is that repository's error (the poll
    // reports it), not the end of the status of every other.
    const filter = watchFilterText(watch);
    let cursor: WatchCursor | undefined;
    let unreadable: string | undefined;
    configured.add(watchCursorEventId(watch.repo, filter));
    try {
      const { read, stored } = await readWatchCursorRecord(options.store, watch.repo, filter);
      cursor = read.cursor;
      // A watch with a filter takes up the unfiltered record's cursor until it saves its own.
      if (cursor && filter !== "" && stored.record === undefined) configured.add(watchCursorEventId(watch.repo));
    } catch (error) {
      if (!(error instanceof WatchCursorError)) throw error;
      unreadable = error.message;
    }
    const last = cursor?.dispatched?.[0];
    // As a poll would tell it now, if GitHub's clock still differs from this machine's as at the last poll.
    const ahead = githubAheadMs(cursor?.githubClock);
    const clock: WatchRepositoryStatus["clock"] = {
      name: cursor?.githubClock && ahead <= 0 ? "github" : "runner",
      now: new Date(now.getTime() + Math.min(ahead, 0)).toISOString(),
      ...(cursor?.githubClock ? { githubAheadSeconds: Math.round(ahead / 1000) } : {}),
    };
    const etagAt = cursor?.etag ? (cursor.etagAt ?? cursor.polledAt) : undefined;
    repositories.push({
      repo: watch.repo,
      origin: watch.origin,
      ...(filter !== "" ? { filter } : {}),
      cursorId: watchCursorEventId(watch.repo, filter),
      ...(watch.minAge ? { minAge: watch.minAge } : {}),
      updates: watch.updates === true,
      polled: cursor !== undefined,
      ...(cursor ? { lastPoll: cursor.checkedAt ?? cursor.polledAt, lastChange: cursor.polledAt } : {}),
      ...(etagAt ? { etagAt, etagAgeSeconds: Math.max(0, Math.round((now.getTime() - Date.parse(etagAt)) / 1000)) } : {}),
      clock,
      pending: (cursor?.pending ?? []).map((held) => {
        const at = eligibleAt(held, watch.minAge ?? 0, ahead);
        return { tag: held.tag, eligibleAt: at, ageFrom: held.ageFrom, eligible: Date.parse(at) <= Date.parse(clock.now) };
      }),
      ...(last ? { lastDispatched: { tag: last.tag, eventId: last.eventId, at: last.dispatchedAt } } : {}),
      tracked: cursor?.dispatched?.length ?? 0,
      redeliver: cursor?.redeliver ?? [],
      redeliverEvents: cursor?.redeliverEvents ?? [],
      drafts: cursor?.drafts?.length ?? 0,
      ...(cursor?.backlog ? { readOn: { after: cursor.backlog.after.tag, ...(cursor.backlog.from ? { from: cursor.backlog.from } : {}) } } : {}),
      ...(unreadable ? { unreadable } : {}),
    });
  }
  const rotation = await loadWatchRotation(options.store);
  // A watched repository, as configured (the rotation names one only while it is watched; a
  // stored name is not shown as it stands).
  const next = rotation.next ? options.watches.find((watch) => watch.repo.toLowerCase() === rotation.next)?.repo : undefined;
  const others = options.others ? await otherWatchCursors(options.store, { leftOut: configured, first: OTHER_CURSORS_LISTED }) : undefined;
  return {
    at: now.toISOString(),
    repositories,
    ...(next ? { nextPollStartsWith: next } : {}),
    ...(others && others.total > 0 ? { notConfigured: { total: others.total, cursors: others.cursors.map(otherCursorStatus) } } : {}),
  };
}

function otherCursorStatus(stored: StoredWatchCursor): OtherCursorStatus {
  const { cursor } = stored;
  const last = cursor?.dispatched?.[0];
  return {
    cursorId: stored.eventId,
    repo: stored.repo,
    ...(stored.filter ? { filter: stored.filter } : {}),
    ...(cursor ? { lastPoll: cursor.checkedAt ?? cursor.polledAt } : {}),
    ...(last ? { lastDispatched: { tag: last.tag, eventId: last.eventId, at: last.dispatchedAt } } : {}),
    tracked: cursor?.dispatched?.length ?? 0,
    pending: cursor?.pending?.length ?? 0,
    ...(stored.unreadable || !cursor ? { unreadable: stored.unreadable ?? "its content is no cursor of this repository (damaged, or copied from another record): a poll of it starts from the store's release events" } : {}),
  };
}

/**
 * `3h 20m`, `2d 4h`, `45s`: the largest unit and the one below it, left out when it is 0 (`23h`
 * for 23 hours and 1 second, not `23h 1s`, which skips the minutes).
 */
export function formatAge(seconds: number): string {
  const units: Array<[string, number]> = [["d", 86_400], ["h", 3_600], ["m", 60], ["s", 1]];
  const rest = Math.max(0, Math.round(seconds));
  const first = units.findIndex(([, size]) => rest >= size);
  if (first === -1) return "0s";
  const [unit, size] = units[first] as [string, number];
  const below = units[first + 1];
  const next = below ? Math.floor((rest % size) / below[1]) : 0;
  return below && next > 0 ? `${Math.floor(rest / size)}${unit} ${next}${below[0]}` : `${Math.floor(rest / size)}${unit}`;
}

/** `2025-06-01 10:00Z`: minutes are enough for people. */
export function shortTime(iso: string): string {
  return iso.replace("T", " ").replace(/:\d{2}(?:\.\d+)?Z$/, "Z");
}

/** Which clock pending releases' eligibility is told on, and why. */
function clockText(clock: WatchRepositoryStatus["clock"]): string {
  const ahead = clock.githubAheadSeconds;
  if (ahead === undefined) return "this machine's (the last poll had no time from GitHub)";
  const gap = formatAge(Math.abs(ahead));
  return clock.name === "github"
    ? `GitHub's (${gap} behind this machine's at the last poll; the earlier clock counts)`
    : `this machine's (GitHub's was ${gap} ahead of it at the last poll; the earlier clock counts)`;
}

/**
 * Entries of one list shown per repository in the text: an old cursor (from before a poll capped
 * its lists) or a damaged one may hold hundreds, each a line or a tag. The rest are counted, and
 * `--json` lists them all.
 */
export const STATUS_ENTRIES_SHOWN = 10;

/** The first STATUS_ENTRIES_SHOWN of `items`, and how many more there are. */
function firstShown<T>(items: readonly T[]): { shown: readonly T[]; more: number } {
  return { shown: items.slice(0, STATUS_ENTRIES_SHOWN), more: Math.max(items.length - STATUS_ENTRIES_SHOWN, 0) };
}

export type WatchStatusTextOptions = {
  /**
   * The command that forgets a cursor, from its id as a shell word (or `<cursor>`), for the hint
   * under the cursors not configured now: with the options that chose the store (`--repo`,
   * `--state-dir`...), so that it can be pasted. Default: `flows forget <cursor>`.
   */
  forgetCommand?: (cursor: string) => string;
};

/** The status as terminal text, one block per repository. */
export function renderWatchStatusText(status: WatchStatus, options: WatchStatusTextOptions = {}): string {
  const now = Date.parse(status.at);
  const ago = (iso: string): string => `${shortTime(iso)} (${formatAge((now - Date.parse(iso)) / 1000)} ago)`;
  const lines: string[] = [];
  for (const repo of status.repositories) {
    // Its filter's tags= and prereleases= too: each filter keeps its own cursor (another workflow may watch the repository with another).
    const taken = shownTakenReleases(repo.filter ?? "");
    const options = [
      taken !== "" ? terminalText(taken) : undefined,
      repo.minAge ? `min-age ${formatAge(repo.minAge / 1000)}` : undefined,
      repo.updates ? "updates" : undefined,
    ].filter(Boolean);
    lines.push(`${repo.repo}${options.length > 0 ? ` (${options.join(", ")})` : ""} — ${repo.origin}`);
    if (repo.unreadable) {
      lines.push(`  unreadable: ${terminalText(repo.unreadable)}`);
      continue;
    }
    if (!repo.polled) {
      lines.push("  not polled yet");
      continue;
    }
    lines.push(`  last poll        ${repo.lastPoll ? terminalText(ago(repo.lastPoll)) : "unknown"}`);
    lines.push(`  ETag age         ${repo.etagAgeSeconds === undefined ? "no ETag" : formatAge(repo.etagAgeSeconds)}`);
    if (repo.pending.length === 0) lines.push("  pending          none");
    // Times are shown to the minute: clocks that agree within one need no line.
    else if (repo.clock.githubAheadSeconds === undefined || Math.abs(repo.clock.githubAheadSeconds) >= 60) lines.push(`  clock            ${clockText(repo.clock)}`);
    const clockNow = Date.parse(repo.clock.now);
    const pending = firstShown(repo.pending);
    for (const [index, held] of pending.shown.entries()) {
      const eligible = Date.parse(held.eligibleAt);
      const when = held.eligible ? "eligible now: dispatched by the next poll" : `eligible ${shortTime(held.eligibleAt)} (in ${formatAge((eligible - clockNow) / 1000)})`;
      lines.push(`  ${index === 0 ? "pending         " : "                "} ${terminalText(held.tag)} — ${when}`);
    }
    if (pending.more > 0) lines.push(`                   and ${pending.more} more pending (--json lists them all)`);
    lines.push(`  last dispatched  ${repo.lastDispatched ? `${terminalText(repo.lastDispatched.tag)} at ${terminalText(shortTime(repo.lastDispatched.at))}` : "none"}`);
    const again = firstShown([...repo.redeliver, ...repo.redeliverEvents]);
    if (again.shown.length > 0) lines.push(`  to deliver again ${again.shown.map(terminalText).join(", ")}${again.more > 0 ? `, and ${again.more} more (--json lists them all)` : ""}`);
    if (repo.drafts > 0) lines.push(`  drafts watched   ${repo.drafts} (asked for by id each poll: found when published, however deep GitHub lists ${repo.drafts === 1 ? "it" : "them"})`);
    if (repo.readOn) {
      const since = repo.readOn.from ? `published since ${terminalText(shortTime(repo.readOn.from))}` : "any";
      lines.push(`  still to read    releases listed below ${terminalText(repo.readOn.after)} (${since}): the next poll reads on`);
    }
  }
  if (status.nextPollStartsWith) lines.push("", `The last poll stopped early; the next one starts with ${status.nextPollStartsWith}.`);
  if (status.notConfigured) lines.push(...otherCursorLines(status.notConfigured, ago, options.forgetCommand ?? ((cursor) => `flows forget ${cursor}`)));
  return `${lines.join("\n")}\n`;
}

/**
 * The cursors kept for watches not configured now, after the configured ones: the first
 * STATUS_ENTRIES_SHOWN, then a count. Their repository, filter and tags are the stored record's
 * text, escaped, and the filter cut.
 */
function otherCursorLines(others: NonNullable<WatchStatus["notConfigured"]>, ago: (iso: string) => string, forgetCommand: (cursor: string) => string): string[] {
  const shown = others.cursors.slice(0, STATUS_ENTRIES_SHOWN);
  // One cursor: its own id, so the command can be pasted as it is.
  const only = others.total === 1 ? others.cursors[0]?.cursorId : undefined;
  const forget = terminalText(only === undefined ? `\`${forgetCommand("<cursor>")}\` drops one` : `\`${forgetCommand(shellWord(only))}\` drops it`);
  const lines = ["", `Not configured now: ${others.total} watch ${others.total === 1 ? "cursor" : "cursors"} kept for watches removed, renamed or with another filter (${forget}):`];
  for (const other of shown) {
    const filter = other.unreadable ? "filter unknown" : shownFilter(other.filter ?? "");
    lines.push(`${terminalText(other.repo)} (${terminalText(filter)}) — not configured now`);
    lines.push(`  cursor           ${terminalText(other.cursorId)}`);
    if (other.unreadable) {
      lines.push(`  unreadable: ${terminalText(other.unreadable)}`);
      continue;
    }
    lines.push(`  last poll        ${other.lastPoll ? terminalText(ago(other.lastPoll)) : "unknown"}`);
    if (other.pending > 0) lines.push(`  pending          ${other.pending}`);
    lines.push(`  last dispatched  ${other.lastDispatched ? `${terminalText(other.lastDispatched.tag)} at ${terminalText(shortTime(other.lastDispatched.at))}` : "none"}`);
  }
  const more = others.total - shown.length;
  if (more > 0) lines.push(`and ${more} more not configured now (--json lists the first ${Math.min(others.total, OTHER_CURSORS_LISTED)})`);
  return lines;
}
