import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { DEFAULT_FLOW_ROOTS } from "../flows/roots.js";

/**
 * The repository root when no --repo is given: the current folder when it holds a flow root;
 * from a subfolder of a git repository, the nearest folder above it, up to the repository's top,
 * that holds one (as git finds its repository from a subfolder); else the current folder.
 * Outside a git repository nothing above is looked at: a `flows` folder in a home folder is no
 * repository's.
 */
export function defaultRepoRoot(cwd: string, roots: readonly string[] = DEFAULT_FLOW_ROOTS): string {
  let found: string | undefined;
  for (let dir = cwd; ; dir = dirname(dir)) {
    found ??= roots.some((root) => isFolder(resolve(dir, root))) ? dir : undefined;
    if (found === cwd || existsSync(join(dir, ".git"))) return found ?? cwd;
    if (dirname(dir) === dir) return cwd;
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
