import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
// @ts-expect-error: a plain .mjs script shared with scripts/test.mjs (no declarations)
import { DIST_BUILD_LOCK_MAX_AGE_MS, freeDistBuildLock, takeDistBuildLock } from "../../scripts/dist-build-lock.mjs";
// @ts-expect-error: a plain .mjs script shared with scripts/bundle.mjs (no declarations)
import { distIsStale as distIsStaleUnder } from "../../scripts/dist-stamp.mjs";

// Tests that run the shipped action (dist/index.js) must never run stale code: before the
// first such test, dist/ is rebuilt unless it was built, by this helper, from exactly the
// sources there are now. The sources are hashed by content, not compared by time: a checkout
// or `git checkout -- dist` gives every file a fresh time, so an old dist/ would look new.
// Only the test files that use dist pay for the build, and only after a change. A lock
// (scripts/dist-build-lock.mjs) keeps test files running in parallel from building at the same time.

const ROOT = resolve(".");

/** Whether dist/ may differ from what the sources build now. */
export function distIsStale(): boolean {
  return distIsStaleUnder(ROOT);
}

/**
 * How long a test file waits for dist/ to be built, in a `beforeAll` of its own: as long as the
 * lock below waits for a build before it takes it as left by a killed run. The build is a minute
 * of one core's work, and `npm test` starts it beside the type check and the linter: on a loaded
 * machine it took 2 min 18 s of wall clock here (load 12, no other test running), and a file
 * whose test waited for it within the test's own 3 minutes timed out.
 */
export const DIST_BUILD_WAIT_MS: number = DIST_BUILD_LOCK_MAX_AGE_MS;

let checked = false;

/** Rebuilds dist/ (`npm run bundle`) when it is stale; once per test file. */
export async function ensureFreshDist(): Promise<void> {
  if (checked || !distIsStale()) {
    checked = true;
    return;
  }
  await lock();
  try {
    if (distIsStale()) {
      // `npm run bundle`, as a person would run it (it regenerates the schema validators first,
      // so the sources are hashed after it).
      // The bundle writes the stamp itself.
      execFileSync("npm", ["run", "--silent", "bundle"], { cwd: ROOT, stdio: "inherit" });
    }
  } finally {
    freeDistBuildLock(ROOT);
  }
  checked = true;
}

async function lock(): Promise<void> {
  while (!takeDistBuildLock(ROOT)) await new Promise((done) => setTimeout(done, 500));
}
