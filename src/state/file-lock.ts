import { readTextFile } from "../fs-async.js";
import { randomHex } from "../hash.js";
import { unlinkSync, writeFileSync } from "node:fs";
import { UserError } from "../user-error.js";
import { currentDispatcher, isOwnerGone } from "./dispatcher.js";

export type FileLockOptions = {
  /** A lock file older than this is taken to be left by a crashed process and broken. */
  staleMs?: number;
  /** Give up waiting for the lock after this long. */
  timeoutMs?: number;
};

/** The lock could not be taken in time: another process holds it, or a crashed one left it. */
export class StateLockError extends UserError {
  readonly lockPath: string;
  constructor(lockPath: string, waitedMs: number) {
    super(
      `could not lock ${lockPath} within ${Math.round(waitedMs / 1000)}s: another flows process is ` +
        "writing this event. If no flows process is running, delete that file and run again.",
    );
    this.name = "StateLockError";
    this.lockPath = lockPath;
  }
}

const DEFAULT_STALE_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Run `action` while holding an exclusive lock file. Creating with `wx` (O_CREAT|O_EXCL) is
 * atomic on local file systems, so exactly one process gets the lock. The lock names its owner
 * (host, pid, process start): a lock whose owner is gone (same host, no such process: kill -9)
 * is taken over at once; one from another host (a shared folder) is broken only when older than
 * `staleMs`, since holders keep it for milliseconds (read, merge, write one small file).
 */
export async function withFileLock<T>(
  lockPath: string,
  action: () => T | Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  await acquire(lockPath, options);
  try {
    return await action();
  } finally {
    try {
      unlinkSync(lockPath);
    } catch {
      // Already gone (broken as stale by another host): nothing to release.
    }
  }
}

async function acquire(lockPath: string, options: FileLockOptions): Promise<void> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lockPath)) return;
    await breakIfStale(lockPath, staleMs);
    const waited = Date.now() - started;
    if (waited > timeoutMs) throw new StateLockError(lockPath, waited);
    // Short, jittered waits: holders release within milliseconds.
    const delay = Math.min(50, 2 + attempt * 2) * (0.5 + Math.random());
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** What a lock file holds: who took it. */
type LockOwner = { host: string; pid: number; startedAt: string; lockedAt: string };

/**
 * One call, synchronous: created only if absent (O_CREAT|O_EXCL), with its owner written. Taking
 * and releasing a free lock are a few microseconds of system calls, cheaper than a round trip
 * through the thread pool each; only waiting for a held lock is asynchronous.
 */
function tryCreate(lockPath: string): boolean {
  const { host, pid, startedAt } = currentDispatcher();
  const owner: LockOwner = { host, pid, startedAt, lockedAt: new Date().toISOString() };
  try {
    writeFileSync(lockPath, `${JSON.stringify(owner)}\n`, { flag: "wx" });
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
}

async function readOwner(path: string): Promise<LockOwner | undefined> {
  try {
    const owner = JSON.parse(await readTextFile(path)) as Partial<LockOwner>;
    if (typeof owner.host === "string" && typeof owner.pid === "number" && typeof owner.startedAt === "string") {
      return owner as LockOwner;
    }
  } catch {
    // Being written this instant, or an older format: judged by its age only.
  }
  return undefined;
}

async function breakIfStale(lockPath: string, staleMs: number): Promise<void> {
  // Only a lock held by another process gets here: the module loads then (fs-async.ts says why).
  const { link, rename, stat, unlink } = await import("node:fs/promises");
  const info = await stat(lockPath).catch(() => undefined);
  if (!info) return;
  const owner = await readOwner(lockPath);
  const dead = owner !== undefined && isOwnerGone(owner);
  // A lock without a readable owner (mid-write, older format) is judged by its age only.
  if (!dead && Date.now() - info.mtimeMs <= staleMs) return;
  const aside = `${lockPath}.stale-${randomHex(4)}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // another waiter broke it first; just try to take the lock again
  }
  // Between our look and the rename, another waiter may have broken the dead lock and taken a
  // new one: if what we moved is not what we judged, put it back (link fails if a lock exists).
  const moved = await readOwner(aside);
  const same = owner ? moved?.pid === owner.pid && moved.lockedAt === owner.lockedAt : moved === undefined;
  if (!same) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
