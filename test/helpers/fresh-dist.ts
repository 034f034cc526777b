import { execFileSync } from "node:child_process";
import { mkdirSync, rmdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
// @ts-expect-error: a plain .mjs script shared with scripts/bundle.mjs (no declarations)
import { distIsStale as distIsStaleUnder } from "../../scripts/dist-stamp.mjs";

// Tests that run the shipped action (dist/index.js) must never run stale code: before the
// first such test, dist/ is rebuilt unless it was built, by this helper, from exactly the
// sources there are now. The sources are hashed by content, not compared by time: a checkout
// or `git checkout -- dist` gives every file a fresh time, so an old dist/ would look new.
// Only the test files that use dist pay for the build, and only after a change. A lock folder
// keeps test files running in parallel from building at the same time.

const ROOT = resolve(".");
const LOCK = join(ROOT, ".dist-build.lock");

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
export const DIST_BUILD_WAIT_MS = 15 * 60_000;

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
    rmdirSync(LOCK);
  }
  checked = true;
}

async function lock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A build left by a killed run is older than any build takes.
      if (Date.now() - statSync(LOCK).mtimeMs > DIST_BUILD_WAIT_MS) rmdirSync(LOCK);
      await new Promise((done) => setTimeout(done, 500));
    }
  }
}
