// @bun
import {
  UserError,
  redactor
} from "./main-f081c345.js";
import"./main-fbb7e2a8.js";
import"./main-845a148e.js";
import {
  mergeEventRecords,
  addPending,
  withPendingRecord,
  copyRecord,
  withPending,
  parseEventRecord
} from "./main-e531f9c3.js";
import {
  createGitHubClient2
} from "./main-ddf61615.js";
import {
  selectEvents2
} from "./main-05797a8a.js";
import {
  debugClient
} from "./main-7a501d57.js";
import {
  listRepositoryArtifacts,
  downloadRepositoryArtifact,
  readZipEntry
} from "./main-73ecffe3.js";
import"./main-f2ae7067.js";
import {
  readFailed,
  uploadFailed
} from "./main-6e622bf9.js";
import {
  StateNotSavedError
} from "./main-828ff369.js";

// src/state/artifact-format.ts
import { randomBytes } from "crypto";
var STATE_ARTIFACT_PREFIX = "flows-state-";
var DELTA_PREFIX = `${STATE_ARTIFACT_PREFIX}delta-`;
var SNAPSHOT_PREFIX = `${STATE_ARTIFACT_PREFIX}snapshot-`;
var STATE_FILE_NAME = "flows-state.json";
var STATE_FILE_FORMAT = "flows-state-artifact";
var STATE_FILE_VERSION = 1;
function stateArtifactName(kind, run) {
  const unique = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  return `${kind === "delta" ? DELTA_PREFIX : SNAPSHOT_PREFIX}${run.runId}-${run.runAttempt}-${unique}`;
}
function stateArtifactKind(name) {
  if (name.startsWith(DELTA_PREFIX))
    return "delta";
  if (name.startsWith(SNAPSHOT_PREFIX))
    return "snapshot";
  return;
}
function serializeStateFile(file, writer) {
  return JSON.stringify(redactor.redactValue({ format: STATE_FILE_FORMAT, formatVersion: STATE_FILE_VERSION, writtenBy: writer, ...file }));
}
function parseStateFile(text, expected) {
  let value;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${STATE_FILE_NAME} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const shape = typeof value === "object" && value !== null ? value : {};
  if (shape.format !== STATE_FILE_FORMAT)
    throw new Error(`${STATE_FILE_NAME} is not a flows-action state file`);
  if (typeof shape.formatVersion !== "number" || shape.formatVersion > STATE_FILE_VERSION) {
    throw new Error(`state file format ${String(shape.formatVersion)} is newer than this flows-action understands (${STATE_FILE_VERSION}); upgrade flows-action`);
  }
  if (shape.kind !== expected)
    throw new Error(`holds a ${String(shape.kind)}, but its name says ${expected}`);
  if (!Array.isArray(shape.records))
    throw new Error("records must be an array");
  const records = [];
  const bad = [];
  shape.records.forEach((candidate, index) => {
    try {
      records.push(parseEventRecord(candidate));
    } catch (error) {
      bad.push({ index, reason: error instanceof Error ? error.message : String(error) });
    }
  });
  if (expected === "delta")
    return { file: { kind: "delta", records }, bad };
  const { coversThrough, includes } = shape;
  if (typeof coversThrough !== "string" || Number.isNaN(Date.parse(coversThrough))) {
    throw new Error("coversThrough must be an ISO time");
  }
  if (!Array.isArray(includes) || !includes.every((name) => typeof name === "string")) {
    throw new Error("includes must be a list of artifact names");
  }
  return { file: { kind: "snapshot", coversThrough, includes, records }, bad };
}

// src/state/artifact-github.ts
var PAGE_SIZE = 100;
function gitHubArtifactSource(options) {
  let client;
  const github = () => {
    client ??= createGitHubClient2({ token: options.token, ...options.apiUrl ? { baseUrl: options.apiUrl } : {} }).then((created) => options.debug ? debugClient(created, options.debug) : created);
    return client;
  };
  return {
    async* pages() {
      const pages = listRepositoryArtifacts(await github(), { repository: options.repository, perPage: PAGE_SIZE });
      for (;; ) {
        let next;
        try {
          next = await pages.next();
        } catch (error) {
          throw readFailed("list the workflow artifacts", options.repository, error);
        }
        if (next.done)
          return;
        options.stats.listRequests++;
        const listed = next.value.artifacts;
        const times = listed.map((artifact) => timeOf(artifact.createdAt, Number.POSITIVE_INFINITY));
        const serverTime = timeOf(next.value.date, Number.NaN);
        yield {
          artifacts: listed.flatMap((artifact) => stateArtifact(artifact)),
          oldestCreatedAt: times.length > 0 ? Math.min(...times) : undefined,
          serverTime: Number.isNaN(serverTime) ? undefined : serverTime
        };
      }
    },
    async download(artifact) {
      const octokit = await github();
      let bytes;
      try {
        bytes = await downloadRepositoryArtifact(octokit, {
          repository: options.repository,
          artifactId: artifact.id,
          ...options.fetch ? { fetchStorage: options.fetch } : {}
        });
      } catch (error) {
        throw readFailed(`download the artifact ${artifact.name}`, options.repository, error);
      }
      options.debug?.(`artifact download ${artifact.name} (id ${artifact.id}) \u2192 ${bytes === "gone" ? "gone (expired or deleted)" : `${bytes.byteLength} bytes`}`);
      if (bytes === "gone")
        return "gone";
      options.stats.downloads++;
      options.stats.downloadedBytes += bytes.byteLength;
      return bytes;
    }
  };
}
function stateArtifact(artifact) {
  const kind = stateArtifactKind(artifact.name);
  if (!kind)
    return [];
  const run = artifact.workflowRun;
  if (run?.headRepositoryId !== undefined && run.headRepositoryId !== run.repositoryId)
    return [];
  return [
    {
      id: artifact.id,
      name: artifact.name,
      kind,
      createdAt: timeOf(artifact.createdAt, Number.POSITIVE_INFINITY),
      expiresAt: timeOf(artifact.expiresAt, Number.POSITIVE_INFINITY),
      expired: artifact.expired,
      sizeInBytes: artifact.sizeInBytes
    }
  ];
}
function timeOf(text, fallback) {
  const time = text ? Date.parse(text) : Number.NaN;
  return Number.isNaN(time) ? fallback : time;
}

// src/state/artifact-read.ts
var MAX_STATE_FILE_BYTES = 1 << 30;
var LISTING_LAG_MS = 60 * 60 * 1000;
async function readState(options) {
  const load = (artifact) => loadArtifact(artifact, options);
  const seen = [];
  let snapshot;
  let serverTime;
  for await (const page of options.source.pages()) {
    serverTime ??= page.serverTime;
    for (const artifact of page.artifacts) {
      seen.push(artifact);
      if (snapshot || artifact.kind !== "snapshot")
        continue;
      const file = await load(artifact);
      if (file?.kind === "snapshot")
        snapshot = { artifact, file };
    }
    if (snapshot && page.oldestCreatedAt !== undefined && page.oldestCreatedAt < windowStart(snapshot.file))
      break;
  }
  const finite = seen.map((artifact) => artifact.createdAt).filter(Number.isFinite);
  const listedAt = serverTime ?? (finite.length > 0 ? Math.max(...finite) : Date.now());
  const includes = new Set(snapshot?.file.includes);
  const start = snapshot ? windowStart(snapshot.file) : Number.NEGATIVE_INFINITY;
  const needed = seen.filter((artifact) => artifact.kind === "delta" && artifact.createdAt >= start && !includes.has(artifact.name)).reverse();
  const files = await mapLimit(needed, options.concurrency ?? 8, load);
  const records = new Map;
  const add = (record) => {
    const stored = records.get(record.event.id);
    records.set(record.event.id, stored ? mergeEventRecords(stored, record) : record);
  };
  for (const record of snapshot?.file.records ?? [])
    add(record);
  const applied = [];
  needed.forEach((artifact, index) => {
    const file = files[index];
    if (!file)
      return;
    applied.push(artifact);
    for (const record of file.records)
      add(record);
  });
  const held = new Set([...includes, ...applied.map((artifact) => artifact.name)]);
  const recentlyHeld = seen.filter((artifact) => held.has(artifact.name) && artifact.createdAt >= listedAt - LISTING_LAG_MS).map((artifact) => artifact.name);
  return {
    records,
    snapshot: snapshot?.artifact,
    applied,
    recentlyHeld,
    listedAt: new Date(listedAt).toISOString()
  };
}
function windowStart(snapshot) {
  return Date.parse(snapshot.coversThrough) - LISTING_LAG_MS;
}
function loadArtifact(artifact, options) {
  const cached = options.cache.get(artifact.id);
  if (cached)
    return cached;
  const loading = (async () => {
    const forgotten = (when) => {
      const lost = artifact.kind === "delta" ? "the records it held are" : "state that only it held is";
      options.report({
        path: artifact.name,
        message: `expired ${when} before a newer snapshot held it; ${lost} forgotten (artifact retention)`
      });
      return;
    };
    if (artifact.expired)
      return forgotten(`on ${new Date(artifact.expiresAt).toISOString()}`);
    const bytes = await options.source.download(artifact);
    if (bytes === "gone")
      return forgotten("or was deleted");
    try {
      const { file, bad } = parseStateFile(readZipEntry(bytes, STATE_FILE_NAME, { maxBytes: MAX_STATE_FILE_BYTES }).toString("utf8"), artifact.kind);
      for (const { index, reason } of bad) {
        options.report({ path: `${artifact.name}: records[${index}]`, message: `${reason}; record skipped` });
      }
      return file;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      options.report({ path: artifact.name, message: `${reason}; artifact skipped` });
      return;
    }
  })();
  loading.catch(() => options.cache.delete(artifact.id));
  options.cache.set(artifact.id, loading);
  return loading;
}
async function mapLimit(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

// src/state/artifact-upload.ts
import { mkdtemp, rm, writeFile } from "fs/promises";
import { tmpdir } from "os";
import { join } from "path";
async function uploadStateFile(options) {
  const dir = await mkdtemp(join(tmpdir(), "flows-state-artifact-"));
  try {
    const file = join(dir, STATE_FILE_NAME);
    await writeFile(file, options.text, "utf8");
    const uploader = options.uploader ?? await defaultUploader();
    const uploaded = await uploader.uploadArtifact(options.name, [file], dir, {
      ...options.retentionDays ? { retentionDays: options.retentionDays } : {}
    });
    return uploaded.size ?? 0;
  } catch (error) {
    throw uploadFailed(options.name, error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
var shared;
function defaultUploader() {
  shared ??= import("./artifact-5ad8ad27.js").then(({ DefaultArtifactClient }) => new DefaultArtifactClient);
  return shared;
}

// src/state/artifact-store.ts
var DEFAULT_COMPACT_AFTER = 20;
var REFRESH_AFTER_MS = 60 * 60000;

class ArtifactStateStore {
  kind = "artifact";
  problems = [];
  stats = {
    reads: 0,
    listRequests: 0,
    downloads: 0,
    downloadedBytes: 0,
    uploads: 0,
    uploadedBytes: 0,
    snapshots: 0
  };
  #options;
  #run;
  #source;
  #cache = new Map;
  #pending = new Map;
  #view;
  #flushing = Promise.resolve();
  #baseline = { deltas: 0, aging: [] };
  #ownDeltas = [];
  constructor(options) {
    if (!/^[^/\s]+\/[^/\s]+$/.test(options.repository)) {
      throw new UserError(`artifact state needs repository as "owner/repo" (GITHUB_REPOSITORY), got "${options.repository}"`);
    }
    if (!options.token)
      throw new UserError("artifact state needs a token with `actions: read` (the job's GITHUB_TOKEN)");
    if (!String(options.runId) || !String(options.runAttempt)) {
      throw new UserError("artifact state needs runId and runAttempt (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)");
    }
    this.#options = options;
    this.#run = { runId: options.runId, runAttempt: options.runAttempt };
    this.#source = gitHubArtifactSource({
      token: options.token,
      repository: options.repository,
      apiUrl: options.apiUrl,
      stats: this.stats,
      ...options.fetch ? { fetch: options.fetch } : {},
      ...options.debug ? { debug: options.debug } : {}
    });
  }
  async loadEvent(eventId) {
    const view = await this.#open();
    const stored = view.records.get(eventId);
    return withPendingRecord(stored, this.#pending.get(eventId));
  }
  async saveEvent(record) {
    addPending(this.#pending, record);
  }
  async listEvents(query = {}) {
    const byId = new Map((await this.#open()).records);
    return selectEvents2(withPending(byId, this.#pending), query).map(copyRecord);
  }
  flush() {
    const next = this.#flushing.catch(() => {
      return;
    }).then(() => this.#flushPending());
    this.#flushing = next;
    return next;
  }
  async#flushPending() {
    if (this.#pending.size === 0 && !this.#view)
      return;
    const view = await this.#open();
    if (this.#pending.size > 0) {
      const batch = new Map(this.#pending);
      const name = stateArtifactName("delta", this.#run);
      try {
        await this.#upload(name, serializeStateFile({ kind: "delta", records: [...batch.values()] }, this.#run));
      } catch (error) {
        throw new StateNotSavedError({
          eventIds: [...batch.keys()],
          where: `the workflow artifacts of ${this.#options.repository}`,
          reason: `The upload of ${name} failed: ${error instanceof Error ? error.message : String(error)}`,
          cause: error
        });
      }
      this.#ownDeltas.push(name);
      for (const [id, record] of batch) {
        const stored = view.records.get(id);
        view.records.set(id, stored ? mergeEventRecords(stored, record) : record);
        if (this.#pending.get(id) === record)
          this.#pending.delete(id);
      }
    }
    if (!this.#compactionDue())
      return;
    try {
      await this.#writeSnapshot(view);
    } catch (error) {
      this.#options.log?.(`flows state: could not write a snapshot (${error instanceof Error ? error.message : String(error)}); ` + "nothing is lost, a later run writes it.");
    }
  }
  #compactionDue() {
    const deltas = this.#baseline.deltas + this.#ownDeltas.length;
    if (deltas > (this.#options.compactAfter ?? DEFAULT_COMPACT_AFTER))
      return true;
    const now = Date.now();
    return this.#baseline.aging.some((artifact) => artifact.createdAt < now - REFRESH_AFTER_MS);
  }
  async#writeSnapshot(current) {
    const fresh = await this.#read();
    for (const record of current.records.values()) {
      const stored = fresh.records.get(record.event.id);
      fresh.records.set(record.event.id, stored ? mergeEventRecords(stored, record) : record);
    }
    const includes = [...new Set([...fresh.recentlyHeld, ...this.#ownDeltas])];
    const name = stateArtifactName("snapshot", this.#run);
    const file = {
      kind: "snapshot",
      coversThrough: fresh.listedAt,
      includes,
      records: [...fresh.records.values()]
    };
    await this.#upload(name, serializeStateFile(file, this.#run));
    this.stats.snapshots++;
    this.#view = Promise.resolve(fresh);
    this.#baseline = { deltas: 0, aging: [] };
    this.#ownDeltas = [];
  }
  async#upload(name, text) {
    const bytes = await uploadStateFile({
      uploader: this.#options.artifactClient,
      name,
      text,
      ...this.#options.retentionDays ? { retentionDays: this.#options.retentionDays } : {}
    });
    this.stats.uploads++;
    this.stats.uploadedBytes += bytes;
    this.#options.debug?.(`artifact upload ${name}: ${text.length} characters of records, ${bytes} bytes zipped`);
  }
  #open() {
    this.#view ??= this.#read().then((view) => {
      this.#baseline = {
        deltas: view.applied.length,
        aging: [...view.snapshot ? [view.snapshot] : [], ...view.applied]
      };
      return view;
    }, (error) => {
      this.#view = undefined;
      throw error;
    });
    return this.#view;
  }
  #read() {
    this.stats.reads++;
    return readState({ source: this.#source, cache: this.#cache, report: (problem) => this.#report(problem) });
  }
  #report(problem) {
    const known = this.problems.some((seen) => seen.path === problem.path && seen.message === problem.message);
    if (!known)
      this.problems.push(problem);
  }
}
export {
  ArtifactStateStore
};
