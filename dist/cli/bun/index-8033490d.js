// @bun
import {
  randomHex
} from "./main-fbb7e2a8.js";
import {
  currentDispatcher,
  isOwnerGone,
  isPidAlive,
  mergeEventRecords,
  NewerRecordFormatError
} from "./main-e531f9c3.js";
import {
  UserError
} from "./main-f081c345.js";
import"./main-845a148e.js";
import {
  EVENTS_DIR2,
  defaultStateDir2,
  eventRecordPath2,
  isEventRecordFileName2,
  serializeEventRecord2,
  EventTextCache2,
  parseEventRecordText2,
  selectEvents2,
  StateRecordError2,
  corruptRecordPath2
} from "./main-05797a8a.js";
import {
  MemoryStateStore
} from "./main-73c2a2c4.js";
import"./main-6e622bf9.js";
import"./main-828ff369.js";

// src/state/file-store.ts
import { mkdir, readdir, readFile as readFile2, rename as rename2, unlink as unlink2, writeFile as writeFile2 } from "fs/promises";
import { basename, dirname, join, resolve } from "path";

// src/state/file-lock.ts
import { link, readFile, rename, stat, unlink, writeFile } from "fs/promises";
import { setTimeout as sleep } from "timers/promises";
class StateLockError extends UserError {
  lockPath;
  constructor(lockPath, waitedMs) {
    super(`could not lock ${lockPath} within ${Math.round(waitedMs / 1000)}s: another flows process is ` + "writing this event. If no flows process is running, delete that file and run again.");
    this.name = "StateLockError";
    this.lockPath = lockPath;
  }
}
var DEFAULT_STALE_MS = 30000;
var DEFAULT_TIMEOUT_MS = 60000;
async function withFileLock(lockPath, action, options = {}) {
  await acquire(lockPath, options);
  try {
    return await action();
  } finally {
    await unlink(lockPath).catch(() => {
      return;
    });
  }
}
async function acquire(lockPath, options) {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();
  for (let attempt = 0;; attempt++) {
    if (await tryCreate(lockPath))
      return;
    await breakIfStale(lockPath, staleMs);
    const waited = Date.now() - started;
    if (waited > timeoutMs)
      throw new StateLockError(lockPath, waited);
    await sleep(Math.min(50, 2 + attempt * 2) * (0.5 + Math.random()));
  }
}
async function tryCreate(lockPath) {
  const { host, pid, startedAt } = currentDispatcher();
  const owner = { host, pid, startedAt, lockedAt: new Date().toISOString() };
  try {
    await writeFile(lockPath, `${JSON.stringify(owner)}
`, { flag: "wx" });
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST")
      return false;
    throw error;
  }
}
async function readOwner(path) {
  try {
    const owner = JSON.parse(await readFile(path, "utf8"));
    if (typeof owner.host === "string" && typeof owner.pid === "number" && typeof owner.startedAt === "string") {
      return owner;
    }
  } catch {}
  return;
}
async function breakIfStale(lockPath, staleMs) {
  const info = await stat(lockPath).catch(() => {
    return;
  });
  if (!info)
    return;
  const owner = await readOwner(lockPath);
  const dead = owner !== undefined && isOwnerGone(owner);
  if (!dead && Date.now() - info.mtimeMs <= staleMs)
    return;
  const aside = `${lockPath}.stale-${randomHex(4)}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return;
  }
  const moved = await readOwner(aside);
  const same = owner ? moved?.pid === owner.pid && moved.lockedAt === owner.lockedAt : moved === undefined;
  if (!same)
    await link(aside, lockPath).catch(() => {
      return;
    });
  await unlink(aside).catch(() => {
    return;
  });
}
function errorCode(error) {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined;
}

// src/state/file-store.ts
class FileStateStore {
  kind = "file";
  problems = [];
  dir;
  #lock;
  #lastWrite;
  #waiting = new Map;
  #writing = new Map;
  #eventTexts = new EventTextCache2;
  counts = {
    recordReads: 0,
    recordWrites: 0,
    eventSerialisations: () => this.#eventTexts.serialisations
  };
  constructor(options) {
    this.dir = resolve(options.dir);
    this.#lock = options.lock ?? {};
  }
  async loadEvent(eventId) {
    return this.#read(eventRecordPath2(eventId));
  }
  saveEvent(record) {
    const relativePath = eventRecordPath2(record.event.id);
    const waiting = this.#waiting.get(relativePath);
    if (waiting) {
      waiting.records.push(record);
      return waiting.written;
    }
    const batch = { records: [record], written: Promise.resolve() };
    const previous = this.#writing.get(relativePath) ?? Promise.resolve();
    batch.written = previous.catch(() => {
      return;
    }).then(() => {
      this.#waiting.delete(relativePath);
      const [first, ...rest] = batch.records;
      return this.#write(relativePath, rest.reduce(mergeEventRecords, first));
    });
    this.#waiting.set(relativePath, batch);
    this.#writing.set(relativePath, batch.written);
    const forget = () => {
      if (this.#writing.get(relativePath) === batch.written)
        this.#writing.delete(relativePath);
    };
    batch.written.then(forget, forget);
    return batch.written;
  }
  async#write(relativePath, record) {
    const file = this.#absolute(relativePath);
    await mkdir(dirname(file), { recursive: true });
    await withFileLock(`${file}.lock`, async () => {
      const last = this.#lastWrite?.file === file ? this.#lastWrite : undefined;
      this.#lastWrite = undefined;
      const unchanged = last !== undefined && (await readBytes(file))?.equals(last.bytes) === true;
      const stored = unchanged ? last.record : await this.#read(relativePath);
      const merged = stored ? mergeEventRecords(stored, record) : record;
      const bytes = Buffer.from(serializeEventRecord2(merged, this.#eventTexts.textOf(merged.event)), "utf8");
      await Promise.all([writeAtomically(file, bytes), unchanged ? undefined : removeOrphanedTemporaries(file)]);
      this.counts.recordWrites += 1;
      this.#lastWrite = { file, bytes, record: { ...merged, runs: structuredClone(merged.runs) } };
    }, this.#lock);
  }
  async listEvents(query = {}) {
    const records = [];
    for (const shard of await listNames(this.#absolute(EVENTS_DIR2))) {
      if (!/^[0-9a-f]{2}$/.test(shard))
        continue;
      const names = (await listNames(this.#absolute(`${EVENTS_DIR2}/${shard}`))).filter(isEventRecordFileName2);
      const found = await Promise.all(names.map((name) => this.#readListed(`${EVENTS_DIR2}/${shard}/${name}`)));
      for (const record of found)
        if (record)
          records.push(record);
    }
    return selectEvents2(records, query);
  }
  async flush() {}
  async#read(relativePath, setAside = true) {
    const file = this.#absolute(relativePath);
    let text;
    try {
      text = await readFile2(file, "utf8");
    } catch (error) {
      if (errorCode(error) === "ENOENT")
        return;
      throw error;
    }
    this.counts.recordReads += 1;
    try {
      return parseEventRecordText2(text, relativePath);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof NewerRecordFormatError || !setAside) {
        this.#report({ path: file, message: reason });
        throw new StateRecordError2(file, reason);
      }
      const aside = corruptRecordPath2(file);
      try {
        await rename2(file, aside);
      } catch (renameError) {
        if (errorCode(renameError) !== "ENOENT")
          throw renameError;
      }
      this.#report({ path: file, message: `${reason}; moved aside to ${aside}, and the event counts as not handled yet` });
      return;
    }
  }
  async#readListed(relativePath) {
    try {
      return await this.#read(relativePath, false);
    } catch (error) {
      if (!(error instanceof StateRecordError2)) {
        const reason = error instanceof Error ? error.message : String(error);
        this.#report({ path: this.#absolute(relativePath), message: reason });
      }
      return;
    }
  }
  #report(problem) {
    const known = this.problems.some((seen) => seen.path === problem.path && seen.message === problem.message);
    if (!known)
      this.problems.push(problem);
  }
  #absolute(relativePath) {
    return join(this.dir, ...relativePath.split("/"));
  }
}
async function readBytes(file) {
  try {
    return await readFile2(file);
  } catch (error) {
    if (errorCode(error) === "ENOENT")
      return;
    throw error;
  }
}
async function listNames(dir) {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if (errorCode(error) === "ENOENT")
      return [];
    throw error;
  }
}
async function removeOrphanedTemporaries(file) {
  const prefix = `${basename(file)}.`;
  for (const name of await listNames(dirname(file))) {
    const match = /^(\d+)-[0-9a-f]+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : "");
    if (!match || Number(match[1]) === process.pid || isPidAlive(Number(match[1])))
      continue;
    await unlink2(join(dirname(file), name)).catch(() => {
      return;
    });
  }
}
async function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}-${randomHex(4)}.tmp`;
  try {
    await writeFile2(temporary, text);
    await rename2(temporary, file);
  } catch (error) {
    await unlink2(temporary).catch(() => {
      return;
    });
    throw error;
  }
}

// src/state/index.ts
async function createStateStore(options) {
  switch (options.kind) {
    case "file":
      return new FileStateStore({ dir: options.dir ?? defaultStateDir2(options.repoDir ?? process.cwd()) });
    case "branch": {
      if (!options.remoteUrl && !options.repoDir) {
        throw new UserError('state "branch" needs a repository: pass repoDir (a checkout) or remoteUrl');
      }
      const { BranchStateStore } = await import("./branch-store-80c5beb6.js");
      return new BranchStateStore({
        ...options.remoteUrl ? { remoteUrl: options.remoteUrl } : {},
        ...options.repoDir ? { repoDir: options.repoDir } : {},
        ...options.branch ? { branch: options.branch } : {},
        ...options.token ? { token: options.token } : {}
      });
    }
    case "memory":
    case "none":
      return new MemoryStateStore;
    case "artifact": {
      if (!options.artifact) {
        throw new UserError('state "artifact" needs artifact options: token, repository, apiUrl, runId and runAttempt (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT)');
      }
      const { ArtifactStateStore } = await import("./artifact-store-4cff2a27.js");
      return new ArtifactStateStore(options.artifact);
    }
    default:
      return unknownKind(options.kind);
  }
}
function unknownKind(kind) {
  throw new UserError(`unknown state store "${String(kind)}": use file, branch, artifact, memory or none`);
}
export {
  createStateStore
};
