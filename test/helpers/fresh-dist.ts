import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

// Tests that run the shipped action (dist/index.js) must never run stale code: before the
// first such test, dist/ is rebuilt unless it was built, by this helper, from exactly the
// sources there are now. The sources are hashed by content, not compared by time: a checkout
// or `git checkout -- dist` gives every file a fresh time, so an old dist/ would look new.
// Only the test files that use dist pay for the build, and only after a change. A lock folder
// keeps test files running in parallel from building at the same time.

const ROOT = resolve(".");
const SOURCES = ["src", "schemas", "scripts/bundle.mjs", "scripts/build-schemas.mjs", "tsconfig.json", "tsconfig.build.json", "package-lock.json"];
/** The hash of the sources dist/ was last built from here (git-ignored). */
const STAMP = join(ROOT, ".dist-stamp");
const LOCK = join(ROOT, ".dist-build.lock");

function files(path: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** One hash of every file dist/ is built from (paths and contents). */
export function sourcesHash(): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap((source) => files(join(ROOT, source)))) {
    hash.update(`${file.slice(ROOT.length)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

function stamp(): string | undefined {
  try {
    return readFileSync(STAMP, "utf8").trim();
  } catch {
    return undefined;
  }
}

/** Whether dist/ may differ from what the sources build now. */
export function distIsStale(): boolean {
  try {
    statSync(join(ROOT, "dist", "index.js"));
  } catch {
    return true;
  }
  return stamp() !== sourcesHash();
}

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
      execFileSync("npm", ["run", "--silent", "bundle"], { cwd: ROOT, stdio: "inherit" });
      writeFileSync(STAMP, `${sourcesHash()}\n`);
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
      if (Date.now() - statSync(LOCK).mtimeMs > 15 * 60_000) rmdirSync(LOCK);
      await new Promise((done) => setTimeout(done, 500));
    }
  }
}
