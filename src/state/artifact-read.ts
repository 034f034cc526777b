import { NewerStateFileError, parseStateFile, STATE_FILE_NAME, type SnapshotFile, type StateFile } from "./artifact-format.js";
import type { ArtifactSource, ListedArtifact } from "./artifact-github.js";
import { readZipEntry } from "../zip-entry.js";
import { jsonShape } from "../json-shape.js";
import { decodeStoredText, recordContainerCap, tooManyContainers } from "./layout.js";
import { mergeEventRecords } from "./record.js";
import type { EventRecord, StoreProblem } from "./types.js";

/**
 * The largest state file (and artifact) read. A snapshot holds every record known, and its writer
 * builds its text as one string (serializeStateFile), which V8 caps at 2^29 − 24 UTF-16 units
 * (Node 20 to 24): past that JSON.stringify throws and no snapshot is written, so no writer makes
 * a longer text, and a reader, which decodes the file into one string too, could not read one.
 * Within 512 MiB, then, is every state file whose text is ASCII (JSON escapes control
 * characters; only non-ASCII text in payloads and results takes 2 to 4 bytes per unit): it was
 * 1 GiB, whose ASCII half no reader could decode, after holding those bytes. Stops a hostile
 * archive from inflating without bound, and an artifact bigger than that from being held in
 * memory at all. Its objects and arrays are counted before it is parsed: one per 32 bytes of this
 * cap (layout.ts, RECORD_BYTES_PER_CONTAINER), 16,777,216.
 */
export const MAX_STATE_FILE_BYTES = 512 * 1024 * 1024;

/**
 * How long after its `created_at` an artifact may take to show in the REST listing (the upload
 * and finalize of one small zip take seconds; an hour leaves room for slow runners).
 */
export const LISTING_LAG_MS = 60 * 60 * 1000;

// THE INVARIANT. A snapshot S holds the records of every delta that either
//   (a) S.includes names, or
//   (b) was created before S.coversThrough − LISTING_LAG_MS,
// where S.coversThrough is the server's clock when S's writer listed the artifacts it built S from.
// So a reader takes the newest readable snapshot S and applies exactly the deltas created at or
// after S.coversThrough − LISTING_LAG_MS that S.includes does not name; it stops listing once
// a page reaches older artifacts, and never downloads deltas that S holds.
//
// Why writers keep it: a writer lists at time T, reads its newest readable snapshot B and every
// delta B's window asks for (the view a reader gets), adds its own records, and writes S with
// coversThrough = T. A delta created before T − LISTING_LAG_MS was listed at T, so it is in B
// (by B's invariant, as B.coversThrough ≤ T) or was applied. S.includes names every delta it
// holds created after T − LISTING_LAG_MS (applied, named by B, or the writer's own).
//
// Why concurrent runs lose nothing: nothing is ever changed or deleted, names are unique, and
// each snapshot keeps the invariant on its own. Two runs' deltas are both listed and applied.
// Two snapshots written at once are both valid: a reader picks the newest, and a delta the
// other run uploaded meanwhile was created after that snapshot's T − LISTING_LAG_MS, so the
// reader applies it. What the invariant does not cover is retention: a delta that expires
// before any snapshot holds it, and a snapshot that expires without a newer one, are lost
// (see README, "Artifact store"); a saving run rewrites the snapshot once what it read is over
// an hour old, so that takes no saving run for a whole retention period.

/** Everything one read produced. */
export type StateView = {
  records: Map<string, EventRecord>;
  snapshot: ListedArtifact | undefined;
  /** Deltas applied on top of the snapshot, oldest first. */
  applied: ListedArtifact[];
  /** Names of held deltas created after listedAt − LISTING_LAG_MS: the next snapshot's `includes`. */
  recentlyHeld: string[];
  /** Server time of the listing, ISO: the next snapshot's `coversThrough`. */
  listedAt: string;
  /** Events with a record in a newer format than this flows-action reads: where, and why. */
  newer: Map<string, { path: string; reason: string }>;
  /**
   * Artifacts whose whole file is in a newer format: which events they hold is unknown, so no
   * event may run (it could run again), and no snapshot may be written (it would drop them).
   */
  newerFiles: Array<{ path: string; reason: string }>;
};

/** Parsed artifacts by id: artifacts never change, so each is downloaded once per process. */
export type ArtifactCache = Map<number, Promise<LoadedFile | NewerFile | undefined>>;

/** A parsed state file, and the events it holds records of in a newer format. */
type LoadedFile = StateFile & { newer: Array<{ eventId: string; path: string; reason: string }> };
/** A state file in a newer format as a whole. */
type NewerFile = { kind: "newer"; path: string; reason: string };

export type ReadStateOptions = {
  source: ArtifactSource;
  cache: ArtifactCache;
  report: (problem: StoreProblem) => void;
  /** Downloads at once (default 8). */
  concurrency?: number;
  /** The largest artifact downloaded, and state file unpacked, in bytes (MAX_STATE_FILE_BYTES). */
  maxStateFileBytes?: number;
};

export async function readState(options: ReadStateOptions): Promise<StateView> {
  const newerFiles: StateView["newerFiles"] = [];
  const load = async (artifact: ListedArtifact): Promise<LoadedFile | undefined> => {
    const file = await loadArtifact(artifact, options);
    if (file?.kind !== "newer") return file;
    newerFiles.push({ path: file.path, reason: file.reason });
    return undefined;
  };
  const seen: ListedArtifact[] = [];
  let snapshot: { artifact: ListedArtifact; file: SnapshotFile & LoadedFile } | undefined;
  let serverTime: number | undefined;
  for await (const page of options.source.pages()) {
    serverTime ??= page.serverTime;
    for (const artifact of page.artifacts) {
      seen.push(artifact);
      if (snapshot || artifact.kind !== "snapshot") continue;
      const file = await load(artifact);
      if (file?.kind !== "snapshot") continue;
      const ahead = listedAfterCreated(artifact, file);
      if (ahead) options.report({ path: artifact.name, message: `${ahead}; artifact skipped` });
      else snapshot = { artifact, file };
    }
    if (snapshot && page.oldestCreatedAt !== undefined && page.oldestCreatedAt < windowStart(snapshot.file)) break;
  }
  // Without a Date header, the newest creation time seen is a server time no later than the listing.
  const finite = seen.map((artifact) => artifact.createdAt).filter(Number.isFinite);
  const listedAt = serverTime ?? (finite.length > 0 ? Math.max(...finite) : Date.now());

  const includes = new Set(snapshot?.file.includes);
  const start = snapshot ? windowStart(snapshot.file) : Number.NEGATIVE_INFINITY;
  const needed = seen
    .filter((artifact) => artifact.kind === "delta" && artifact.createdAt >= start && !includes.has(artifact.name))
    .reverse();
  const files = await mapLimit(needed, options.concurrency ?? 8, load);

  const records = new Map<string, EventRecord>();
  const add = (record: EventRecord): void => {
    const stored = records.get(record.event.id);
    records.set(record.event.id, stored ? mergeEventRecords(stored, record) : record);
  };
  const newer: StateView["newer"] = new Map();
  const addNewer = (file: LoadedFile): void => {
    for (const { eventId, path, reason } of file.newer) if (!newer.has(eventId)) newer.set(eventId, { path, reason });
  };
  for (const record of snapshot?.file.records ?? []) add(record);
  if (snapshot) addNewer(snapshot.file);
  const applied: ListedArtifact[] = [];
  needed.forEach((artifact, index) => {
    const file = files[index];
    if (!file) return;
    applied.push(artifact);
    for (const record of file.records) add(record);
    addNewer(file);
  });
  const held = new Set([...includes, ...applied.map((artifact) => artifact.name)]);
  const recentlyHeld = seen
    .filter((artifact) => held.has(artifact.name) && artifact.createdAt >= listedAt - LISTING_LAG_MS)
    .map((artifact) => artifact.name);
  return {
    records,
    snapshot: snapshot?.artifact,
    applied,
    recentlyHeld,
    listedAt: new Date(listedAt).toISOString(),
    newer,
    newerFiles,
  };
}

/**
 * How far a snapshot's coversThrough may be after its own creation: the first is the API's clock
 * when its writer listed, before the upload, the second the artifact service's at the upload, so
 * only the two servers' clocks can set them apart.
 */
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Why a snapshot cannot hold what it claims, when its coversThrough is after its creation
 * (beyond clock skew): a writer whose clock was ahead (its own time stands in when no Date header
 * came), or a changed file. Trusted, it would hide every delta created before that time that it
 * does not name, and the next snapshot, built on that view, would drop their records for good.
 */
function listedAfterCreated(artifact: ListedArtifact, snapshot: SnapshotFile): string | undefined {
  if (Date.parse(snapshot.coversThrough) <= artifact.createdAt + CLOCK_SKEW_MS) return undefined;
  return (
    `it says it holds what was listed at ${snapshot.coversThrough}, after it was created (${new Date(artifact.createdAt).toISOString()}): ` +
    "a writer's clock was ahead, or the file was changed, so it cannot be trusted to hold the deltas before then"
  );
}

function windowStart(snapshot: SnapshotFile): number {
  return Date.parse(snapshot.coversThrough) - LISTING_LAG_MS;
}

/** Download and parse one artifact; unusable ones are reported once and give `undefined`. */
function loadArtifact(artifact: ListedArtifact, options: ReadStateOptions): Promise<LoadedFile | NewerFile | undefined> {
  const cached = options.cache.get(artifact.id);
  if (cached) return cached;
  const loading = (async (): Promise<LoadedFile | NewerFile | undefined> => {
    const forgotten = (when: string): undefined => {
      const lost = artifact.kind === "delta" ? "the records it held are" : "state that only it held is";
      options.report({
        path: artifact.name,
        message: `expired ${when} before a newer snapshot held it; ${lost} forgotten (artifact retention)`,
      });
      return undefined;
    };
    if (artifact.expired) return forgotten(`on ${new Date(artifact.expiresAt).toISOString()}`);
    const maxBytes = options.maxStateFileBytes ?? MAX_STATE_FILE_BYTES;
    const skipped = (why: string): undefined => {
      options.report({ path: artifact.name, message: `${why}; artifact skipped` });
      return undefined;
    };
    if (artifact.sizeInBytes > maxBytes) {
      return skipped(`it is ${artifact.sizeInBytes} bytes, over the ${maxBytes} bytes a state artifact may be, so it was not downloaded`);
    }
    const bytes = await options.source.download(artifact, maxBytes);
    if (bytes === "gone") return forgotten("or was deleted");
    if (bytes === "too-large") return skipped(`its download ran past the ${maxBytes} bytes a state artifact may be, so it was stopped`);
    try {
      const entry = readZipEntry(bytes, STATE_FILE_NAME, { maxBytes });
      // Counted in its bytes before they are decoded or parsed: 512 MiB of `[],` would build to
      // about 12 GiB.
      const maxContainers = recordContainerCap(maxBytes);
      if (!jsonShape(entry, { maxDepth: Number.POSITIVE_INFINITY, maxContainers }).ok) {
        throw new Error(`${STATE_FILE_NAME}: ${tooManyContainers(maxContainers, "a state file")}`);
      }
      const { file, bad } = parseStateFile(decodeStoredText(entry), artifact.kind);
      const newer: LoadedFile["newer"] = [];
      for (const { index, reason, newerEventId } of bad) {
        const path = `${artifact.name}: records[${index}]`;
        if (newerEventId !== undefined) {
          newer.push({ eventId: newerEventId, path, reason });
          options.report({ path, message: `${reason}; its event "${newerEventId}" is refused until then` });
        } else {
          options.report({ path, message: `${reason}; record skipped` });
        }
      }
      return { ...file, newer };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof NewerStateFileError) {
        options.report({ path: artifact.name, message: `${reason}; no event is run until then` });
        return { kind: "newer", path: artifact.name, reason };
      }
      options.report({ path: artifact.name, message: `${reason}; artifact skipped` });
      return undefined;
    }
  })();
  // A failed download (network, 5xx) is not cached: the next read tries again.
  loading.catch(() => options.cache.delete(artifact.id));
  options.cache.set(artifact.id, loading);
  return loading;
}

async function mapLimit<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
