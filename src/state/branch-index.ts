import { createHash } from "node:crypto";
import { firstViolation } from "../contract-errors.js";
import type { StateIndexEntry, StateIndexShard } from "../generated/types.js";
import { validateStateIndexEntry, validateStateIndexShard } from "../generated/validators/state-index-shard.js";
import { INTERNAL_EVENT_TYPE_PREFIX } from "./query.js";
import type { EventRecord } from "./types.js";

/**
 * The state branch's index: what `flows runs --limit N` and `flows show <run-id>` need of each
 * record (its event id, and each run's id, time, status and whether it needs attention), so that
 * they read a few hundred small files instead of every record (100,000 records: 47 s and 34 s).
 *
 * Why an index on the branch, written in the same commit as the records, and not a walk of the
 * branch's commits newest-first: run ids are hashes, so finding one needs a map whatever the
 * order; commit times are each writer's clock (runners' clocks differ, and a push retried for
 * minutes keeps the times its records were given), so "far enough back" could never be proved;
 * and reads fetch the tip alone (depth 1), while a walk would fetch history.
 *
 * Layout: `index/<2 hex>.json` holds the entries of the records under `events/<2 hex>/`, keyed by
 * the record's hash, each with the id of the blob it describes (`oid`). That id is what makes the
 * index safe to trust as far as it goes: an entry counts only while the tip's record has exactly
 * that blob. A record written by an older flows-action (no index), edited by hand, or whose entry
 * was lost is simply not covered, and is read whole; a shard that cannot be read covers nothing.
 * So concurrent writers need nothing of their own: every push rebuilds its commit on the tip it
 * lands on (branch-store.ts, #commitOnTip), reading that tip's shards, so another writer's entries
 * are kept; and a shard that is damaged is written anew rather than failing the write.
 *
 * Older flows-action versions read `events/` only, so the `index/` folder is invisible to them.
 */
export const INDEX_DIR = "index";
/** The shard format this version reads and writes: the schema's `formatVersion` (a change there fails tsc here). */
export const INDEX_FORMAT_VERSION: StateIndexShard["formatVersion"] = 1;

/** One record's entry (schemas/state-index-shard.schema.json): its blob, event id, whether internal, runs. */
export type IndexEntry = StateIndexEntry;

/** A shard: record hash → entry. */
export type IndexShard = Map<string, IndexEntry>;

/** The shard holding the entry of the record at `recordPath` (`events/ab/<hash>.json` → `index/ab.json`). */
export function indexShardPath(recordPath: string): string {
  return `${INDEX_DIR}/${recordPath.split("/")[1]}.json`;
}

/** `events/ab/<hash>.json` → `<hash>`. */
export function recordHash(recordPath: string): string {
  return recordPath.slice(recordPath.lastIndexOf("/") + 1, -".json".length);
}

/** What the index holds of a record stored as blob `oid`. */
export function indexEntry(record: EventRecord, oid: string): IndexEntry {
  return {
    oid,
    event: record.event.id,
    ...(record.event.type.startsWith(INTERNAL_EVENT_TYPE_PREFIX) ? { internal: true as const } : {}),
    runs: record.runs.map((run) => [run.id, run.updatedAt, run.effectiveStatus, run.needsAttention ? 1 : 0]),
  };
}

/** Whether `entry` says of `record` exactly what indexEntry would (the blob aside). */
export function entryMatches(entry: IndexEntry, record: EventRecord): boolean {
  const fresh = indexEntry(record, entry.oid);
  return JSON.stringify(fresh) === JSON.stringify({ oid: entry.oid, event: entry.event, ...(entry.internal ? { internal: true } : {}), runs: entry.runs });
}

/**
 * The id git gives a blob of `text`: sha1 (or, in a sha256 repository, whose ids are 64 hex
 * long, sha256) of `blob <bytes>\0<bytes>`. Computed, so that the shard and the record it
 * describes go in one commit; an id computed wrongly only leaves the record uncovered (read whole).
 */
export function gitBlobOid(text: string, oidLength = 40): string {
  const bytes = Buffer.from(text, "utf8");
  return createHash(oidLength === 64 ? "sha256" : "sha1")
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest("hex");
}

/**
 * Read a shard's text, checked against schemas/state-index-shard.schema.json. Throws a sentence
 * naming the field when it is not a shard of this format; entries that are not well formed (or
 * whose key is not a record hash) are left out, each alone (their records are then read whole).
 * (The entry's schema holds no $ref, so that ajv inlines it into the shard's validator: called as
 * a function per entry, the check of 256 shards of 400 entries took about a tenth longer.)
 * What an entry says is checked where it is used: a record it points to is read and compared
 * (entryMatches), which also checks its event id, since a record's path is the hash of its event id.
 */
export function parseIndexShard(text: string): IndexShard {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (validateStateIndexShard(value)) return new Map(Object.entries(value.records) as Array<[string, IndexEntry]>);
  const errors = validateStateIndexShard.errors ?? [];
  const whole = errors.filter((error) => !error.instancePath.startsWith("/records/") && !("propertyName" in error) && error.keyword !== "propertyNames");
  if (whole.length > 0) {
    const { reason } = firstViolation(whole, value);
    throw new Error(`not an index shard of format ${INDEX_FORMAT_VERSION} (schemas/state-index-shard.schema.json): ${reason}`);
  }
  // Only entries are wrong: keys that are not record hashes are left out, and each other entry
  // is checked alone, so one bad entry costs only its own record.
  const badKeys = new Set(errors.filter((error) => error.keyword === "propertyNames").map((error) => String(error.params.propertyName)));
  const shard: IndexShard = new Map();
  for (const [hash, entry] of Object.entries((value as StateIndexShard).records)) {
    if (!badKeys.has(hash) && validateStateIndexEntry(entry)) shard.set(hash, entry);
  }
  return shard;
}

/** A shard's text: one entry per line, in key order, so the branch's diffs stay readable. */
export function indexShardText(shard: IndexShard): string {
  const lines = [...shard.keys()].sort().map((hash) => `${JSON.stringify(hash)}:${JSON.stringify(shard.get(hash))}`);
  return `{"formatVersion":${INDEX_FORMAT_VERSION},"records":{${lines.length > 0 ? `\n${lines.join(",\n")}\n` : ""}}}\n`;
}
