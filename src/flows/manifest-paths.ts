// Paths in flow.toml are followed only inside their bounds, after symlinks are resolved:
// `script` and `schema` inside the package folder, `cwd` inside the repository (packages use
// `cwd = "../.."` to run at the repository root). The repository is the nearest folder above
// the package holding `.git` (a folder, or a file in worktrees; not a symbolic link, which git
// never makes and a package can carry); without one, the folder two levels up, the root of the
// usual `flows/<name>` layout.
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { closest } from "../did-you-mean.js";
import { fieldName, type ManifestReport } from "./manifest-report.js";
import type { TomlPath } from "./toml-locator.js";

export type PathKind = "file" | "directory";
export type PathBound = "package" | "repository";

/** Each bound as written (lexical) and with symlinks resolved (real). */
export type PackageBounds = { root: string; realRoot: string; repository: string; realRepository: string };

const repositoryCache = new Map<string, string>();

/** Forgets which folders hold a repository (`.git` may have come or gone since: `flows daemon` runs command after command). */
export function forgetRepositories(): void {
  repositoryCache.clear();
}

/** The package folder and the repository it belongs to. */
export function packageBounds(root: string): PackageBounds {
  const repository = repositoryOf(dirname(root)) ?? dirname(dirname(root));
  return { root, realRoot: real(root) ?? root, repository, realRepository: real(repository) ?? repository };
}

function repositoryOf(dir: string): string | undefined {
  const cached = repositoryCache.get(dir);
  if (cached !== undefined) return cached || undefined;
  const found = holdsGit(dir) ? dir : dirname(dir) === dir ? undefined : repositoryOf(dirname(dir));
  repositoryCache.set(dir, found ?? "");
  return found;
}

/**
 * Whether `dir` holds `.git` as git makes it: a folder, or a file (worktrees, submodules). A
 * symbolic link named `.git` (to another repository, or to anything) makes no repository root,
 * as discovery, which takes the repository it is given, does not follow links out of it.
 */
function holdsGit(dir: string): boolean {
  try {
    const info = lstatSync(join(dir, ".git"), { throwIfNoEntry: false });
    return info !== undefined && (info.isDirectory() || info.isFile());
  } catch {
    // Unreadable (EACCES): not a root, as existsSync said before.
    return false;
  }
}

/** Why a package folder that is a symbolic link out of the repository is refused; undefined when inside. */
export function packageOutside(bounds: PackageBounds): string | undefined {
  if (isInside(bounds.realRoot, bounds.realRepository)) return undefined;
  return (
    `the package folder ${bounds.root} is a symbolic link to ${bounds.realRoot}, outside the repository (${bounds.realRepository}). ` +
    "Copy the package into the repository instead of linking to it."
  );
}

export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function real(path: string): string | undefined {
  try {
    // The system's realpath: one call, where node's own walks the path a component at a time
    // (about 1 ms at the action's start: its first call compiles that walk).
    return realpathSync.native(path);
  } catch {
    return undefined;
  }
}

/**
 * Resolves a path written in flow.toml against the package folder and checks that it is
 * relative, stays inside its bound (also after following symlinks) and exists as `expected`.
 * Returns the absolute path (as written, not resolved through symlinks) or undefined.
 */
export function readPackagePath(options: {
  report: ManifestReport;
  path: TomlPath;
  value: string;
  root: string;
  bounds: PackageBounds;
  expected: PathKind;
  bound: PathBound;
}): string | undefined {
  const { report, path, value, root, bounds, expected, bound } = options;
  const field = fieldName(path);
  if (isAbsolute(value)) {
    report.error(
      path,
      `${field} is "${value}", an absolute path; expected a path relative to the package folder. ` +
        "Make it relative so the package works wherever it is installed.",
    );
    return undefined;
  }
  const absolute = resolve(root, value);
  const [limit, realLimit] = bound === "package" ? [bounds.root, bounds.realRoot] : [bounds.repository, bounds.realRepository];
  const outside = `outside the ${bound === "package" ? "package folder" : "repository"} (${limit})`;
  const fix =
    bound === "package"
      ? `Keep ${String(path[path.length - 1])} inside the package: move the ${expected} into the package folder.`
      : "Point cwd at a folder inside the repository.";
  if (!isInside(absolute, limit)) {
    report.error(path, `${field} "${value}" resolves to ${absolute}, ${outside}. ${fix}`);
    return undefined;
  }
  const kind = kindOf(absolute);
  const link = kind === "missing" ? brokenLink(absolute) : undefined;
  if (link !== undefined) {
    report.error(path, `${field} "${value}" is ${link}; expected a ${expected}. Point the link at the ${expected}, or replace it with the ${expected}.`);
    return undefined;
  }
  if (kind === "missing") {
    report.error(
      path,
      `${field} "${value}" does not exist (looked for ${absolute}); expected a ${expected}. ` +
        (writtenFromRepository(value, root, bounds.repository, expected) ??
          nearMiss(report, value, absolute, String(path[path.length - 1])) ??
          `Create the ${expected} or fix the path (it is relative to the package folder).`),
    );
    return undefined;
  }
  if (kind !== expected) {
    report.error(
      path,
      `${field} "${value}" is ${kind === "other" ? "not a regular file or directory" : `a ${kind}`}; ` +
        `expected a ${expected}. Point ${String(path[path.length - 1])} at a ${expected}.`,
    );
    return undefined;
  }
  const target = real(absolute);
  if (target === undefined || !isInside(target, realLimit)) {
    report.error(path, `${field} "${value}" is a symbolic link to ${target ?? "nothing"}, ${outside}. ${fix}`);
    return undefined;
  }
  return absolute;
}

/**
 * `script = "flows/hello/exec/hello.ts"`: a path written from the repository's top, as a workflow
 * writes paths, where flow.toml's are relative to the package folder. The fix, when the rest of
 * it is there in the package.
 */
function writtenFromRepository(value: string, root: string, repository: string, expected: PathKind): string | undefined {
  const prefix = relative(repository, root).split(sep).join("/");
  if (prefix === "" || prefix.startsWith("..") || isAbsolute(prefix)) return undefined;
  const written = value.replace(/^(\.\/)+/, "");
  if (!written.startsWith(`${prefix}/`)) return undefined;
  const rest = written.slice(prefix.length + 1);
  if (rest === "" || kindOf(resolve(root, rest)) !== expected) return undefined;
  return `Paths in flow.toml are relative to the package folder (${prefix}), not to the repository: write "${rest}".`;
}

/** A path of each kind written as it should be, for the hints. */
const PATH_EXAMPLES: Record<string, string> = { script: '"exec/step.ts"', schema: '"schemas/trigger.json"', cwd: '"../.." (the repository root)' };

/**
 * Folder listings a manifest's near misses looked at, and how many more it may look for: a
 * hostile manifest names thousands of missing files in a folder of thousands (a listing each
 * took 20 s for 9,000 steps), and past the first few a hint helps nobody.
 */
const nearMissSearches = new WeakMap<ManifestReport, { left: number; listings: Map<string, string[] | undefined> }>();
const NEAR_MISSES_PER_MANIFEST = 20;

/**
 * The fix for a path that is missing only because of how it is written: a name whose case
 * differs from the file's (macOS and Windows do not mind; Linux, where GitHub's runners run,
 * does), or Windows separators.
 */
function nearMiss(report: ManifestReport, value: string, absolute: string, key: string): string | undefined {
  if (value.includes("\\")) {
    const slashed = value.replace(/\\/g, "/");
    return `Write it with / as the separator: "${slashed}" (a \\ is part of the name on Linux and macOS).`;
  }
  // What a new user may try: a URL (or Bun's npm: and data: specifiers), or a path from home.
  const example = PATH_EXAMPLES[key] ?? PATH_EXAMPLES.script;
  if (/^[a-z][a-z0-9+.-]+:/i.test(value)) {
    return `It is read as a path in the package, not a URL: nothing is downloaded. Put the file in the package folder and write its path, e.g. ${example}.`;
  }
  if (value === "~" || value.startsWith("~/")) {
    return `~ is not the home folder here: the path is relative to the package folder. Write it from there, e.g. ${example}.`;
  }
  const searches = nearMissSearches.get(report) ?? { left: NEAR_MISSES_PER_MANIFEST, listings: new Map<string, string[] | undefined>() };
  nearMissSearches.set(report, searches);
  if (searches.left <= 0) return undefined;
  searches.left -= 1;
  const folder = dirname(absolute);
  if (!searches.listings.has(folder)) searches.listings.set(folder, listing(folder));
  const names = searches.listings.get(folder);
  if (names === undefined) return undefined;
  const wanted = basename(absolute);
  const written = (name: string) => `"${value.slice(0, value.length - wanted.length)}${name}"`;
  const found = names.find((name) => name !== wanted && name.toLowerCase() === wanted.toLowerCase());
  if (found === undefined) {
    // A typo, or the other extension (`hello.js` for `hello.ts`): the name that is there.
    const typo = closest(wanted, names);
    if (typo === undefined || !value.endsWith(wanted)) return undefined;
    return `There is ${typo} beside it: did you mean ${written(typo)}? Fix the path, or create the file.`;
  }
  const fix = value.endsWith(wanted) ? `Write ${written(found)}.` : "Match the name's case.";
  return `There is ${found} beside it: names are case-sensitive on Linux, where GitHub's runners run. ${fix}`;
}

function listing(folder: string): string[] | undefined {
  try {
    return readdirSync(folder);
  } catch {
    return undefined;
  }
}

function kindOf(path: string): PathKind | "missing" | "other" {
  try {
    const info = statSync(path);
    if (info.isFile()) return "file";
    return info.isDirectory() ? "directory" : "other";
  } catch {
    return "missing";
  }
}

/**
 * `a symbolic link to "X", which does not exist` (or `which leads back to itself (a loop)`) when
 * `path` is a link that leads to nothing; undefined for anything else. Told apart from "missing":
 * the fix is the link, not a file to create.
 */
export function brokenLink(path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  let loop: boolean;
  try {
    statSync(path);
    return undefined;
  } catch (error) {
    loop = (error as NodeJS.ErrnoException).code === "ELOOP";
  }
  let to = "";
  try {
    to = readlinkSync(path);
  } catch {
    // Gone between the calls: said without its target.
  }
  return `a symbolic link${to === "" ? "" : ` to "${to}"`}, which ${loop ? "leads back to itself (a loop)" : "does not exist"}`;
}
