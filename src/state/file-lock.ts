import { randomBytes } from "node:crypto";
import { open, rename, stat, unlink } from "node:fs/promises";
import { setTimeout as sleep } from "node:timers/promises";
import { UserError } from "../user-error.js";

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
 * atomic on local file systems, so exactly one process gets the lock. Holders keep it for
 * milliseconds (read, merge, write one small file), so a lock older than `staleMs` can only
 * be left by a process that died, and it is broken. Breaking is best effort: two waiters that
 * find the same dead lock in the same instant could both proceed once, which needs a crash
 * first; the normal path never breaks a lock.
 */
export async function withFileLock<T>(
  lockPath: string,
  action: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  await acquire(lockPath, options);
  try {
    return await action();
  } finally {
    await unlink(lockPath).catch(() => undefined);
  }
}

async function acquire(lockPath: string, options: FileLockOptions): Promise<void> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const started = Date.now();
  for (let attempt = 0; ; attempt++) {
    if (await tryCreate(lockPath)) return;
    await breakIfStale(lockPath, staleMs);
    const waited = Date.now() - started;
    if (waited > timeoutMs) throw new StateLockError(lockPath, waited);
    // Short, jittered waits: holders release within milliseconds.
    await sleep(Math.min(50, 2 + attempt * 2) * (0.5 + Math.random()));
  }
}

async function tryCreate(lockPath: string): Promise<boolean> {
  try {
    const handle = await open(lockPath, "wx");
    await handle.writeFile(`${process.pid} ${new Date().toISOString()}\n`).finally(() => handle.close());
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  }
}

async function breakIfStale(lockPath: string, staleMs: number): Promise<void> {
  const info = await stat(lockPath).catch(() => undefined);
  if (!info || Date.now() - info.mtimeMs <= staleMs) return;
  const aside = `${lockPath}.stale-${randomBytes(4).toString("hex")}`;
  try {
    await rename(lockPath, aside);
    await unlink(aside);
  } catch {
    // Another waiter broke it first; just try to take the lock again.
  }
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error
    ? String((error as { code: unknown }).code)
    : undefined;
}
