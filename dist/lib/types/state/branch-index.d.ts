import type { StateIndexEntry, StateIndexShard } from "../generated/types.js";
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
export declare const INDEX_DIR = "index";
/** The shard format this version reads and writes: the schema's `formatVersion` (a change there fails tsc here). */
export declare const INDEX_FORMAT_VERSION: StateIndexShard["formatVersion"];
/** One record's entry (schemas/state-index-shard.schema.json): its blob, event id, whether internal, runs. */
export type IndexEntry = StateIndexEntry;
/** A shard: record hash → entry. */
export type IndexShard = Map<string, IndexEntry>;
/** The shard holding the entry of the record at `recordPath` (`events/ab/<hash>.json` → `index/ab.json`). */
export declare function indexShardPath(recordPath: string): string;
/** `events/ab/<hash>.json` → `<hash>`. */
export declare function recordHash(recordPath: string): string;
/** What the index holds of a record stored as blob `oid`. */
export declare function indexEntry(record: EventRecord, oid: string): IndexEntry;
/** Whether `entry` says of `record` exactly what indexEntry would (the blob aside). */
export declare function entryMatches(entry: IndexEntry, record: EventRecord): boolean;
/**
 * The id git gives a blob of `text`: sha1 (or, in a sha256 repository, whose ids are 64 hex
 * long, sha256) of `blob <bytes>\0<bytes>`. Computed, so that the shard and the record it
 * describes go in one commit; an id computed wrongly only leaves the record uncovered (read whole).
 */
export declare function gitBlobOid(text: string, oidLength?: number): string;
/**
 * Read a shard's text, checked against schemas/state-index-shard.schema.json. Throws a sentence
 * naming the field when it is not a shard of this format; entries that are not well formed (or
 * whose key is not a record hash) are left out, each alone (their records are then read whole).
 * (The entry's schema holds no $ref, so that ajv inlines it into the shard's validator: called as
 * a function per entry, the check of 256 shards of 400 entries took about a tenth longer.)
 * What an entry says is checked where it is used: a record it points to is read and compared
 * (entryMatches), which also checks its event id, since a record's path is the hash of its event id.
 */
export declare function parseIndexShard(text: string): IndexShard;
/** A shard's text: one entry per line, in key order, so the branch's diffs stay readable. */
export declare function indexShardText(shard: IndexShard): string;
