import { UserError } from "../user-error.js";
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
export declare class StateLockError extends UserError {
    readonly lockPath: string;
    constructor(lockPath: string, waitedMs: number);
}
/**
 * The lock was broken while held: another host judged it stale (older than `staleMs`) and took
 * it, so this holder's write would overwrite what that host saved. Thrown by `HeldLock.assertHeld`
 * before the write; `withFileLock` then runs the action again under a new lock, a few times.
 */
export declare class LockLostError extends UserError {
    readonly lockPath: string;
    constructor(lockPath: string, tries: number);
}
/** What the action under a lock is given: a check to make right before it commits a write. */
export type HeldLock = {
    /**
     * Throws LockLostError unless the lock file still holds this holder's owner. Called just before
     * the rename that commits a write: between the check and the rename is a few system calls.
     */
    assertHeld(): void;
};
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
export declare function withFileLock<T>(lockPath: string, action: (held: HeldLock) => T | Promise<T>, options?: FileLockOptions): Promise<T>;
export declare function errorCode(error: unknown): string | undefined;
