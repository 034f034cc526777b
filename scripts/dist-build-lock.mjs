// The lock on building dist/ that `npm test` (scripts/test.mjs) and the tests that run dist/
// (test/helpers/fresh-dist.ts) share, so that one builds it and the others wait: a folder that
// holds the builder's pid. A lock left by a killed run is broken once its builder is gone (a
// lock without a pid, by its age): known only by its age, it held every later run in that
// checkout for 15 minutes.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** How long a build may take: a lock older than this whose builder cannot be told is broken. */
export const DIST_BUILD_LOCK_MAX_AGE_MS = 15 * 60_000;

function lockPath(root) {
  return join(root, ".dist-build.lock");
}

/** Takes the lock on building dist/ under `root` when it is free or its builder is gone: whether it was taken. */
export function takeDistBuildLock(root) {
  const lock = lockPath(root);
  if (made(lock)) return true;
  // Only one run breaks a lock at a time, so that none breaks the lock another just took.
  const breaking = `${lock}.breaking`;
  if (!made(breaking)) {
    // Left by a run killed while it broke a lock (a few system calls): by its age.
    if (ageMs(breaking) > 10_000) rmSync(breaking, { recursive: true, force: true });
    return false;
  }
  try {
    if (!builderGone(lock)) return false;
    rmSync(lock, { recursive: true, force: true });
    return made(lock);
  } finally {
    rmSync(breaking, { recursive: true, force: true });
  }
}

/** Frees the lock taken by takeDistBuildLock. */
export function freeDistBuildLock(root) {
  rmSync(lockPath(root), { recursive: true, force: true });
}

/** Makes the lock folder with this process's pid in it: false when it is there already. */
function made(lock) {
  try {
    mkdirSync(lock);
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  }
  writeFileSync(join(lock, "pid"), String(process.pid));
  return true;
}

function builderGone(lock) {
  // Its pid may have been given to another process since.
  if (ageMs(lock) > DIST_BUILD_LOCK_MAX_AGE_MS) return true;
  let pid;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf8"));
  } catch {
    // Just made (its pid not written yet), or made by an older version of this script.
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return error.code === "ESRCH";
  }
}

function ageMs(path) {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
