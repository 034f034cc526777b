import { readRegularFile, writeAll } from "../fs-safe.js";
import { randomHex } from "../hash.js";
import { closeSync, fstatSync, linkSync, lstatSync, openSync, readSync, renameSync, unlinkSync } from "node:fs";
import { UserError } from "../user-error.js";
import { canTellOwner, currentDispatcher, isOwnerGone, type ProcessOwner } from "./dispatcher.js";

export type FileLockOptions = {
  /**
   * A lock file older than this whose owner cannot be checked (another host, no readable owner)
   * is taken to be left by a crashed process and broken. A live owner on this host never is.
   */
  staleMs?: number;
  /** Give up waiting for the lock after this long. */
  timeoutMs?: number;
  /**
   * Tests only: called synchronously at the points where a race between processes falls, so that
   * a test can hold one process there while others go on (see LockPoint).
   */
  pauseAt?: (point: LockPoint, path: string) => void;
};

/**
 * `judged`: a lock (or `<lock>.break`) at `path` was just judged stale and is about to be removed;
 * `breaking`: this process holds `path` (`<lock>.break`) and is about to look at the lock again;
 * `releasing`: the lock at `path` is about to be removed by its holder letting go of it;
 * `moved`: the file that was at a lock's name was just moved aside to `path`, to be removed if it
 * is the lock judged (or the releasing holder's own) and put back if not.
 */
export type LockPoint = "judged" | "breaking" | "releasing" | "moved";

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
 * `staleMs`, since holders keep it for milliseconds (read, merge, write one small file). Waiters
 * break a stale lock one at a time (breakIfStale), so exactly one of them takes it. A stale
 * lock is removed only while it is still the one judged stale, and on release the lock only
 * while it is still the one this call wrote (removeIfSame): one broken and taken by another
 * process meanwhile stays theirs.
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
        if (lockText(lockPath) !== mine.text) throw new LockLostError(lockPath, lost + 1);
      },
    };
    try {
      return await action(held);
    } catch (error) {
      if (!(error instanceof LockLostError) || error.lockPath !== lockPath || lost + 1 >= MAX_LOCK_LOST) throw error;
    } finally {
      release(mine, options);
    }
  }
}

/**
 * A lock this process took: its path, the text written into it, and the descriptor it was
 * written through, kept open until it is let go (release marks the lock through it).
 */
type TakenLock = { path: string; text: string; fd: number };

/**
 * Appended to a lock by its holder when, letting go of it, it did not find it in place: the lock
 * was broken (gone for good: the mark changes nothing), or is in the hands of a process that
 * moved it aside by mistake and puts it back (removeIfSame). A lock carrying the mark is held by
 * nobody and is broken at once, whoever it names.
 */
const RELEASED_MARK = "released\n";

/**
 * Removes the lock if it is still this holder's own. Comparing it and then removing it by name
 * could remove a lock that another process broke and took in between, so the lock is moved aside
 * (rename is atomic) and what was moved is checked (removeIfSame): it is this holder's file (the
 * descriptor held open keeps its inode from being given to another file) holding this holder's
 * text. A lock that is another's at the first look is left alone (moving it aside and back would
 * open a moment in which its name is free). One that is not in place is marked as let go through
 * the descriptor (which names the file, wherever it is now): put back by a process that had it
 * aside, it is broken at once instead of being held by nobody.
 */
function release(taken: TakenLock, options: FileLockOptions): void {
  try {
    try {
      const own = fstatSync(taken.fd);
      const isOwn = (path: string) => {
        const info = lstatIfThere(path);
        return info !== undefined && info.ino === own.ino && info.dev === own.dev;
      };
      if (isOwn(taken.path) && holdsOwnText(taken)) {
        options.pauseAt?.("releasing", taken.path);
        if (removeIfSame(taken.path, isOwn, options) === "removed") return;
      }
    } catch {
      // The descriptor names no file any more (ESTALE: removed on another host): not in place.
    }
    markReleased(taken);
  } finally {
    try {
      closeSync(taken.fd);
    } catch {
      // Nothing more to do with it.
    }
  }
}

/** Whether the lock's file, wherever it is, still holds the text written into it (read through its descriptor). */
function holdsOwnText(taken: TakenLock): boolean {
  const mine = Buffer.from(taken.text, "utf8");
  const now = Buffer.alloc(mine.length + 1);
  return readSync(taken.fd, now, 0, now.length, 0) === mine.length && now.subarray(0, mine.length).equals(mine);
}

function lstatIfThere(path: string): { dev: number; ino: number } | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** Appends the mark, unless the file holds another text now (a process wrote over it in place). */
function markReleased(taken: TakenLock): void {
  try {
    if (holdsOwnText(taken)) writeAll(taken.fd, Buffer.from(RELEASED_MARK, "utf8"));
  } catch {
    // A full disk, or the file gone from another host's server (ESTALE): a lock put back without
    // the mark is held by nobody until its owner is gone, or for `staleMs` from another host.
  }
}

/** Waits for the lock and returns it. */
async function acquire(lockPath: string, options: FileLockOptions): Promise<TakenLock> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    const mine = tryCreate(lockPath);
    if (mine !== undefined) return mine;
    const broken = breakIfStale(lockPath, staleMs, options);
    const waited = Date.now() - started;
    if (waited > timeoutMs) throw new StateLockError(lockPath, waited);
    if (broken) continue;
    // Short, jittered waits: holders release within milliseconds.
    const delay = Math.min(50, 2 + attempt * 2) * (0.5 + Math.random());
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/**
 * What a lock file holds: who took it (dispatcher.ts, ProcessOwner: its start ticks and boot tell
 * a live owner from a later process given its pid exactly, where `startedAt` is a wall-clock time
 * that a step of the clock moves; older locks have none), when, and a key that makes each lock's
 * text its own: a holder knows its lock by it, and a breaker the lock it judged.
 */
type LockOwner = ProcessOwner & { lockedAt: string; key?: string };

/**
 * Synchronous: created only if absent (O_CREAT|O_EXCL), with its owner written; returns that
 * text and the descriptor (open until release), or undefined when the lock is held. Taking and
 * releasing a free lock are a few microseconds of system calls, cheaper than a round trip
 * through the thread pool each; only waiting for a held lock is asynchronous. If the owner
 * cannot be written (a full disk), the file is removed before the error is thrown: an empty lock
 * would hold the event for `staleMs`.
 */
function tryCreate(lockPath: string): TakenLock | undefined {
  const owner: LockOwner = { ...currentDispatcher(), lockedAt: new Date().toISOString(), key: randomHex(4) };
  const text = `${JSON.stringify(owner)}\n`;
  let fd: number;
  try {
    // Readable too: release reads it back through the descriptor before it marks it.
    fd = openSync(lockPath, "wx+");
  } catch (error) {
    if (errorCode(error) === "EEXIST") return undefined;
    throw error;
  }
  try {
    writeAll(fd, Buffer.from(text, "utf8"));
    return { path: lockPath, text, fd };
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

function parseOwner(text: string | undefined): LockOwner | undefined {
  try {
    const owner = JSON.parse(text ?? "") as Partial<LockOwner>;
    if (typeof owner.host === "string" && typeof owner.pid === "number" && typeof owner.startedAt === "string") {
      if (owner.startTicks !== undefined && !Number.isSafeInteger(owner.startTicks)) delete owner.startTicks;
      if (owner.bootId !== undefined && typeof owner.bootId !== "string") delete owner.bootId;
      return owner as LockOwner;
    }
  } catch {
    // Being written this instant, or an older format: judged by its age only.
  }
  return undefined;
}

/**
 * A lock file as one look found it: which file (device and inode), whether it is a plain file,
 * its age and its text.
 */
type SeenLock = { dev: number; ino: number; mtimeMs: number; plain: boolean; text: string | undefined };

function look(path: string): SeenLock | undefined {
  try {
    // The text, the file and its age from one open descriptor: they describe the same file.
    const read = readRegularFile(path, MAX_LOCK_BYTES);
    if (read.kind === "missing") return undefined;
    if (read.kind === "read") {
      const { dev, ino, mtimeMs } = read.identity;
      return { dev, ino, mtimeMs, plain: true, text: read.bytes.toString("utf8") };
    }
  } catch {
    // A folder (EISDIR), or gone meanwhile: told by lstat below.
  }
  try {
    const info = lstatSync(path);
    return { dev: info.dev, ino: info.ino, mtimeMs: info.mtimeMs, plain: info.isFile(), text: undefined };
  } catch {
    return undefined;
  }
}

/**
 * Whether the file at `path` is the lock `judged` was: the same file with the same text. A key
 * makes each lock's text its own, so a lock taken since (even in an inode freed by the judged
 * one) differs.
 */
function isJudged(judged: SeenLock, path: string): boolean {
  const now = look(path);
  return now !== undefined && now.dev === judged.dev && now.ino === judged.ino && now.plain === judged.plain && now.text === judged.text;
}

function isStale(seen: SeenLock, staleMs: number): boolean {
  // Locks are plain files (created O_EXCL): a folder, FIFO or link put in its place is no lock
  // being written, and is moved aside at once rather than holding the event for `staleMs`.
  if (!seen.plain) return true;
  // Let go of by its holder while it was out of place, and put back since (release).
  if (seen.text?.endsWith(`\n${RELEASED_MARK}`)) return true;
  const owner = parseOwner(seen.text);
  if (owner !== undefined && isOwnerGone(owner)) return true;
  // A live owner on this host may be stopped (SIGSTOP, swapped out) and still write when it
  // resumes: breaking its lock would let two merges race and one lose the other's runs. Only an
  // owner that can be told from a later process given its pid is trusted that way: without a
  // start, any live pid (1, say) would hold the lock forever.
  if (owner !== undefined && owner.host === currentDispatcher().host && canTellOwner(owner)) return false;
  // A lock from another host or without a readable owner (mid-write, older format) is judged by
  // its age only.
  return Date.now() - seen.mtimeMs > staleMs;
}

/**
 * Removes the lock at `lockPath` when it is stale; true when it did (the caller takes the lock
 * at once). Waiters that judged one stale lock at the same instant (its owner killed with
 * kill -9) each broke it: the first removed it and another waiter took the lock, then a later
 * breaker moved that new lock aside, thinking it the stale one. So breaking is one breaker's at
 * a time: the breaker creates `<lock>.break` (O_EXCL, naming its owner like a lock) and looks at
 * the lock again under it. A break lock left by a breaker that died is removed as a stale lock
 * is. Both are removed with removeIfSame, only while they are still the file judged stale: two
 * waiters that judged one dead breaker's `.break` stale at once remove it once, and the later
 * one puts back the `.break` the earlier one has taken since, instead of breaking alongside it.
 */
function breakIfStale(lockPath: string, staleMs: number, options: FileLockOptions): boolean {
  const seen = look(lockPath);
  if (seen === undefined || !isStale(seen, staleMs)) return false;
  const breakPath = `${lockPath}.break`;
  const breaking = tryCreate(breakPath);
  if (breaking === undefined) {
    // Another waiter breaks it now (and the caller tries again), or one died doing it.
    const breaker = look(breakPath);
    if (breaker !== undefined && isStale(breaker, staleMs)) {
      options.pauseAt?.("judged", breakPath);
      removeIfSame(breakPath, (aside) => isJudged(breaker, aside), options);
    }
    return false;
  }
  try {
    options.pauseAt?.("breaking", breakPath);
    // Another breaker may have broken the lock judged above, and another waiter taken it since.
    const now = look(lockPath);
    if (now === undefined || !isStale(now, staleMs)) return false;
    options.pauseAt?.("judged", lockPath);
    return removeIfSame(lockPath, (aside) => isJudged(now, aside), options) === "removed";
  } finally {
    release(breaking, options);
  }
}

/**
 * Removes the file at `path` only if it is the one expected (`isSame`): POSIX removes by name
 * only, whatever is there by then, so the file is first moved aside to a name of its own (rename
 * is atomic, on a network folder's server too) and what was moved is looked at. The expected one
 * is removed (a folder stays aside: it holds what was put in it): "removed". Another process's
 * lock, taken since the look that judged it, is put back: "other". Nothing there: "missing".
 *
 * Putting back is a link (which, unlike rename, never replaces a file): for the microseconds
 * the name is free, another process may take it.
 * - Its holder may let go meanwhile: not finding its lock in place, it marks it as let go
 *   (release), and the lock put back is broken at once, not held by nobody.
 * - Another waiter may take the free name: the moved lock is then removed, and its holder finds
 *   out at `assertHeld` (it writes nothing and runs again under a new lock); only a holder
 *   between that check and its rename at that very instant would save alongside the new one.
 * - A process killed between the move and the put-back leaves the lock aside (as
 *   `<lock>.stale-<hex>`), lost to its holder as above.
 * A put-back at all needs the lock looked at to be removed and another taken in the microseconds
 * between the look and the move: breakers take turns under `.break`, so only a lock judged by
 * its age (another host's holder, paused, letting go of it), two waiters removing one dead
 * breaker's `.break` at once, or a release whose lock another host broke and took right then
 * come to it.
 */
function removeIfSame(path: string, isSame: (aside: string) => boolean, options: FileLockOptions): "removed" | "other" | "missing" {
  const aside = `${path}.stale-${randomHex(4)}`;
  try {
    renameSync(path, aside);
  } catch {
    return "missing";
  }
  options.pauseAt?.("moved", aside);
  if (isSame(aside)) {
    try {
      unlinkSync(aside);
    } catch {
      // A folder: kept aside.
    }
    return "removed";
  }
  try {
    linkSync(aside, path);
  } catch (error) {
    // EEXIST: taken meanwhile (the moved lock is lost to its holder). A folder cannot be linked
    // (EPERM): it stays aside, as one judged stale does.
    if (errorCode(error) !== "EEXIST") return "other";
  }
  try {
    unlinkSync(aside);
  } catch {
    // Gone already.
  }
  return "other";
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
