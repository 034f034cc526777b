import { readRegularFile, writeAll } from "../fs-safe.js";
import { randomHex } from "../hash.js";
import { closeSync, openSync, unlinkSync } from "node:fs";
import { UserError } from "../user-error.js";
import { isPidAlive } from "../fs-safe.js";
import { currentDispatcher, isOwnerGone, processStartTicks } from "./dispatcher.js";

export type FileLockOptions = {
  /**
   * A lock file older than this whose owner cannot be checked (another host, no readable owner)
   * is taken to be left by a crashed process and broken. A live owner on this host never is.
   */
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

/**
 * The lock was broken while held: another host judged it stale (older than `staleMs`) and took
 * it, so this holder's write would overwrite what that host saved. Thrown by `HeldLock.assertHeld`
 * before the write; `withFileLock` then runs the action again under a new lock, a few times.
 */
export class LockLostError extends UserError {
  readonly lockPath: string;
  constructor(lockPath: string, tries: number) {
    super(
      `lost the lock ${lockPath} ${tries} time${tries === 1 ? "" : "s"} before writing: another flows ` +
        "process (on another host sharing this folder) took it as stale. Nothing was written; make " +
        "sure one folder is not shared by hosts whose saves take longer than the lock's stale time.",
    );
    this.name = "LockLostError";
    this.lockPath = lockPath;
  }
}

/** What the action under a lock is given: a check to make right before it commits a write. */
export type HeldLock = {
  /**
   * Throws LockLostError unless the lock file still holds this holder's owner. Called just before
   * the rename that commits a write: between the check and the rename is a few system calls.
   */
  assertHeld(): void;
};

const DEFAULT_STALE_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 60_000;
/** Runs of the action whose lock was lost before a write, after which the error is thrown. */
const MAX_LOCK_LOST = 3;

/**
 * Run `action` while holding an exclusive lock file. Creating with `wx` (O_CREAT|O_EXCL) is
 * atomic on local file systems, so exactly one process gets the lock. The lock names its owner
 * (host, pid, process start): a lock whose owner is gone (same host, no such process: kill -9)
 * is taken over at once; one whose owner is alive on this host is never broken, however long it
 * is held (a stopped or swapped-out writer still writes its merge when it resumes); one from
 * another host (a shared folder) or without a readable owner is broken only when older than
 * `staleMs`, since holders keep it for milliseconds (read, merge, write one small file). On
 * release the lock is removed only while it still holds the owner this call wrote: one broken
 * and taken by another process stays theirs.
 *
 * A holder paused for longer than `staleMs` (SIGSTOP, a suspended VM) can have its lock broken
 * by another host, which then saves. The action checks `held.assertHeld()` before it commits a
 * write; when the lock was lost, nothing is written and the action runs again under a new lock
 * (reading what the other host saved), so neither save overwrites the other.
 */
export async function withFileLock<T>(
  lockPath: string,
  action: (held: HeldLock) => T | Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  for (let lost = 0; ; lost++) {
    const mine = await acquire(lockPath, options);
    const held: HeldLock = {
      assertHeld: () => {
        if (lockText(lockPath) !== mine) throw new LockLostError(lockPath, lost + 1);
      },
    };
    try {
      return await action(held);
    } catch (error) {
      if (!(error instanceof LockLostError) || error.lockPath !== lockPath || lost + 1 >= MAX_LOCK_LOST) throw error;
    } finally {
      release(lockPath, mine);
    }
  }
}

/** Removes the lock if it still holds `mine` (the text this process wrote into it). */
function release(lockPath: string, mine: string): void {
  // Gone (broken as stale by another host), or broken and taken by another process: not ours.
  if (lockText(lockPath) !== mine) return;
  try {
    unlinkSync(lockPath);
  } catch {
    // Gone meanwhile.
  }
}

/** Waits for the lock and returns the owner text written into it. */
async function acquire(lockPath: string, options: FileLockOptions): Promise<string> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const mine = tryCreate(lockPath);
    if (mine !== undefined) return mine;
    await breakIfStale(lockPath, staleMs);
    const waited = Date.now() - started;
    if (waited > timeoutMs) throw new StateLockError(lockPath, waited);
    // Short, jittered waits: holders release within milliseconds.
    const delay = Math.min(50, 2 + attempt * 2) * (0.5 + Math.random());
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * What a lock file holds: who took it. `startTicks` (Linux): the owner's start in clock ticks
 * since boot, which tells a live owner from a later process given its pid exactly, where
 * `startedAt` is a wall-clock time that a step of the clock moves (older locks have none).
 */
type LockOwner = { host: string; pid: number; startedAt: string; lockedAt: string; startTicks?: number };

/** This process's start in ticks since boot, for the locks it takes. */
let ownStartTicks: number | null | undefined;

/**
 * Synchronous: created only if absent (O_CREAT|O_EXCL), with its owner written; returns that
 * text, or undefined when the lock is held. Taking and releasing a free lock are a few
 * microseconds of system calls, cheaper than a round trip through the thread pool each; only
 * waiting for a held lock is asynchronous. If the owner cannot be written (a full disk), the file
 * is removed before the error is thrown: an empty lock would hold the event for `staleMs`.
 */
function tryCreate(lockPath: string): string | undefined {
  const { host, pid, startedAt } = currentDispatcher();
  ownStartTicks ??= processStartTicks(pid) ?? null;
  const owner: LockOwner = { host, pid, startedAt, lockedAt: new Date().toISOString(), ...(ownStartTicks === null ? {} : { startTicks: ownStartTicks }) };
  const text = `${JSON.stringify(owner)}\n`;
  let fd: number;
  try {
    fd = openSync(lockPath, "wx");
  } catch (error) {
    if (errorCode(error) === "EEXIST") return undefined;
    throw error;
  }
  try {
    writeAll(fd, Buffer.from(text, "utf8"));
    closeSync(fd);
    return text;
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Closed already, or the close failed too: the file is removed all the same.
    }
    try {
      unlinkSync(lockPath);
    } catch {
      // Nothing more can be done; the write's error says why.
    }
    throw error;
  }
}

/** A lock's text, read only from a small plain file (a FIFO put there must not block the wait). */
function lockText(path: string): string | undefined {
  try {
    const read = readRegularFile(path, MAX_LOCK_BYTES);
    return read.kind === "read" ? read.bytes.toString("utf8") : undefined;
  } catch {
    return undefined;
  }
}

const MAX_LOCK_BYTES = 64 * 1024;

function readOwner(path: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(lockText(path) ?? "") as Partial<LockOwner>;
    if (typeof owner.host === "string" && typeof owner.pid === "number" && typeof owner.startedAt === "string") {
      if (owner.startTicks !== undefined && !Number.isSafeInteger(owner.startTicks)) delete owner.startTicks;
      return owner as LockOwner;
    }
  } catch {
    // Being written this instant, or an older format: judged by its age only.
  }
  return undefined;
}

async function breakIfStale(lockPath: string, staleMs: number): Promise<void> {
  // Only a lock held by another process gets here: the module loads then (fs-async.ts says why).
  const { link, lstat, rename, unlink } = await import("node:fs/promises");
  const info = await lstat(lockPath).catch(() => undefined);
  if (!info) return;
  const owner = readOwner(lockPath);
  // Locks are plain files (created O_EXCL): a folder, FIFO or link put in its place is no lock
  // being written, and is moved aside at once rather than holding the event for `staleMs`.
  const dead = !info.isFile() || (owner !== undefined && lockOwnerGone(owner));
  // A live owner on this host may be stopped (SIGSTOP, swapped out) and still write when it
  // resumes: breaking its lock would let two merges race and one lose the other's runs. Only an
  // owner whose start time is a time can be told from a later process given its pid: without
  // one, any live pid (1, say) would hold the lock forever.
  const known = owner !== undefined && (owner.startTicks !== undefined || Number.isFinite(Date.parse(owner.startedAt)));
  if (!dead && known && owner.host === currentDispatcher().host) return;
  // A lock from another host or without a readable owner (mid-write, older format) is judged by
  // its age only.
  if (!dead && Date.now() - info.mtimeMs <= staleMs) return;
  const aside = `${lockPath}.stale-${randomHex(4)}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // another waiter broke it first; just try to take the lock again
  }
  // Between our look and the rename, another waiter may have broken the dead lock and taken a
  // new one: if what we moved is not what we judged, put it back (link fails if a lock exists).
  const moved = readOwner(aside);
  const same = owner ? moved?.pid === owner.pid && moved.lockedAt === owner.lockedAt : moved === undefined;
  if (!same) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}

/**
 * Whether a lock's owner is certainly gone. An owner of this host that wrote its start ticks is
 * judged by them: a live pid that started at another tick is a later process. A step of the wall
 * clock (btime moves with it) made live owners read as later processes, so their locks were
 * broken while held, and two waiters breaking one lock could put back a lock its owner had
 * released meanwhile, which then held the event until every waiter timed out.
 */
function lockOwnerGone(owner: LockOwner): boolean {
  if (owner.startTicks !== undefined && owner.host === currentDispatcher().host && owner.pid !== process.pid) {
    if (!isPidAlive(owner.pid)) return true;
    const ticks = processStartTicks(owner.pid);
    if (ticks !== undefined) return ticks !== owner.startTicks;
  }
  return isOwnerGone(owner);
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
