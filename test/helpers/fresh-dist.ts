import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

// Tests that run the shipped action (dist/index.js) must never run stale code: before the
// first such test, dist/ is rebuilt when anything it is built from is newer than it. Only
// the test files that use dist pay for the build, and only after an edit. A lock folder keeps
// test files running in parallel from building at the same time.

const ROOT = resolve(".");
const BUILT = [join(ROOT, "dist", "index.js"), join(ROOT, "dist", "lib", "index.js")];
const SOURCES = ["src", "schemas", "scripts/bundle.mjs", "scripts/build-schemas.mjs", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];
const LOCK = join(ROOT, ".dist-build.lock");

function newest(path: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}

/** Whether dist/ is missing or older than a file it is built from. */
export function distIsStale(): boolean {
  const built = Math.min(...BUILT.map((file) => newest(file)));
  return built === 0 || SOURCES.some((source) => newest(join(ROOT, source)) > built);
}

let checked = false;

/** Rebuilds dist/ (npm run bundle) when it is stale; once per test file. */
export async function ensureFreshDist(): Promise<void> {
  if (checked || !distIsStale()) {
    checked = true;
    return;
  }
  await lock();
  try {
    // `npm run bundle`, as a person would run it (it regenerates the schema validators first).
    if (distIsStale()) execFileSync("npm", ["run", "--silent", "bundle"], { cwd: ROOT, stdio: "inherit" });
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
      if (Date.now() - statSync(LOCK).mtimeMs > 15 * 60_000) rmdirSync(LOCK);
      await new Promise((done) => setTimeout(done, 500));
    }
  }
}
