import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "../file-url.js";
import { UserError } from "../user-error.js";

/** The variable that names the `bun` executable for steps (and for the `flows` command itself). */
export const BUN_VARIABLE = "FLOWS_BUN";

/** Bun was not found: a user error (install Bun or say where it is), not a failed step. */
export class BunNotFoundError extends UserError {
  override name = "BunNotFoundError";
}

export type FindBunOptions = {
  /** An explicit path (`--bun PATH`, the library's `bunPath`): used as is, or an error. */
  explicit?: string;
  /** Where FLOWS_BUN and PATH are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** The flows-action package folder (default: found above this module). */
  packageDir?: string;
  platform?: NodeJS.Platform;
};

export type FoundBun = { path: string; from: "explicit" | "FLOWS_BUN" | "package" | "PATH" };

/**
 * The `bun` that runs steps, in this order: an explicit path (`--bun`, `bunPath`), then
 * FLOWS_BUN, then Bun installed next to flows-action (its `bun` npm dependency:
 * node_modules/.bin/bun or node_modules/bun/bin relative to the package, or beside it when
 * flows-action is itself a dependency), then PATH. Synchronous and cheap (a few stat calls),
 * so the `flows` command can use it before choosing the runtime it runs on.
 */
export function findBun(options: FindBunOptions = {}): FoundBun {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  if (options.explicit) {
    if (isExecutable(options.explicit)) return { path: fromCurrentFolder(options.explicit), from: "explicit" };
    // A bare name ("bun") is looked up on PATH, as spawn would.
    const onPath = /[\\/]/.test(options.explicit) ? undefined : findOnPath(options.explicit, env);
    if (onPath) return { path: onPath, from: "explicit" };
    throw new BunNotFoundError(`The bun executable given with --bun (or bunPath) is not an executable file: ${options.explicit}.`);
  }
  const fromEnv = env[BUN_VARIABLE];
  if (fromEnv) {
    if (isExecutable(fromEnv)) return { path: fromCurrentFolder(fromEnv), from: "FLOWS_BUN" };
    throw new BunNotFoundError(`${BUN_VARIABLE} names ${fromEnv}, which is not an executable file. Point it at the bun executable, or unset it.`);
  }
  const packageDir = options.packageDir ?? flowsActionPackageDir();
  const besidePackage = packageDir === undefined ? [] : bunBesidePackage(packageDir, platform);
  for (const candidate of besidePackage) if (isExecutable(candidate)) return { path: candidate, from: "package" };
  const onPath = findOnPath(platform === "win32" ? "bun.exe" : "bun", env);
  if (onPath) return { path: onPath, from: "PATH" };
  throw new BunNotFoundError(
    "Bun is needed to run flow steps and was not found: no --bun option, FLOWS_BUN is not set, " +
      `no bun next to flows-action${packageDir ? ` (${packageDir})` : ""}, and none on PATH. ` +
      "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.",
  );
}

/**
 * A relative path (`--bun ./bin/bun`) is found from the current folder, and steps start in
 * folders of their own, so it goes to them absolute. A bare name stays a name: spawn looks it up.
 */
function fromCurrentFolder(path: string): string {
  return /[\\/]/.test(path) ? resolve(path) : path;
}

/** Where the `bun` npm package puts its executable, for flows-action's own install and as a sibling dependency. */
export function bunBesidePackage(packageDir: string, platform: NodeJS.Platform = process.platform): string[] {
  const bin = platform === "win32" ? "bun.exe" : "bun";
  const nodeModules = [join(packageDir, "node_modules")];
  if (packageDir.split(/[\\/]/).at(-2) === "node_modules") nodeModules.push(dirname(packageDir));
  return nodeModules.flatMap((dir) => [join(dir, ".bin", bin), join(dir, "bun", "bin", "bun.exe")]);
}

let packageDirMemo: string | null | undefined;

/** The folder of the flows-action package this module belongs to (source or bundle). */
export function flowsActionPackageDir(): string | undefined {
  if (packageDirMemo !== undefined) return packageDirMemo ?? undefined;
  packageDirMemo = null;
  let dir: string;
  try {
    dir = dirname(fileURLToPath(import.meta.url));
  } catch {
    return undefined;
  }
  for (let depth = 0; depth < 6; depth += 1) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readPackageName(manifest) === "flows-action") {
      packageDirMemo = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

function readPackageName(manifest: string): string | undefined {
  try {
    const value = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown };
    return typeof value.name === "string" ? value.name : undefined;
  } catch {
    return undefined;
  }
}

function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
