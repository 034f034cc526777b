// What dist/ was built from: one hash of every source file (paths and contents), kept in the
// git-ignored `.dist-stamp` by `npm run bundle` and by a passing `npm run check-dist`, so tests
// that run dist/ rebuild it only when it may be stale (test/helpers/fresh-dist.ts). Contents,
// not times: a checkout gives every file a fresh time, so an old dist/ would look new.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const SOURCES = ["src", "schemas", "scripts/bundle.mjs", "scripts/bun-cli-build.mjs", "scripts/bun-cli-bundle.mjs", "scripts/build-schemas.mjs", "scripts/dist-stamp.mjs", "tsconfig.json", "tsconfig.build.json", "tsconfig.types.json", "package-lock.json"];

function files(path) {
  let stat;
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

/** The hash of every file dist/ is built from, under `root`. */
export function sourcesHash(root) {
  return treeHash(root, SOURCES);
}

/**
 * What the stamp says when dist/ is fresh: the sources' hash and dist/'s own, so a dist/
 * replaced behind the stamp's back (`git checkout -- dist`) is seen as stale too.
 */
export function currentStamp(root) {
  return `${sourcesHash(root)} ${treeHash(root, ["dist"])}`;
}

function treeHash(root, paths) {
  const hash = createHash("sha256");
  for (const file of paths.flatMap((path) => files(join(root, path)))) {
    hash.update(`${relative(root, file)}\0`);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

export function stampPath(root) {
  return join(root, ".dist-stamp");
}

/** Whether dist/ under `root` may differ from what its sources build now (no stamp, or another one). */
export function distIsStale(root) {
  if (!existsSync(join(root, "dist", "index.js"))) return true;
  try {
    return readFileSync(stampPath(root), "utf8").trim() !== currentStamp(root);
  } catch {
    return true;
  }
}

/** Records that dist/ under `root` matches its sources as they are now. */
export function writeStamp(root) {
  writeFileSync(stampPath(root), `${currentStamp(root)}\n`);
}
