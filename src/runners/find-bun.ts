import { accessSync, constants, existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "../file-url.js";
import { UserError } from "../user-error.js";

/** The variable that names the `bun` executable for steps (and for the `flows` command itself). */
export const BUN_VARIABLE = "FLOWS_BUN";

/** Bun was not found: a user error (install Bun or say where it is), not a failed step. */
export class BunNotFoundError extends UserError {
  override name = "BunNotFoundError";
  /**
   * The same error as the `flows` command says it, when it differs: the library's message names
   * the bunPath option, and the command passes --bun on to dispatch as bunPath (src/cli/main.ts).
   */
  readonly cliMessage?: string;

  constructor(message: string, cliMessage?: string) {
    super(message);
    if (cliMessage !== undefined && cliMessage !== message) this.cliMessage = cliMessage;
  }
}

export type FindBunOptions = {
  /** An explicit path (`--bun PATH`, the library's `bunPath`): used as is, or an error. */
  explicit?: string;
  /**
   * Who gave `explicit`, for messages: "library" (bunPath, the default) or "cli" (--bun). A
   * library error carries the command's wording too (BunNotFoundError.cliMessage).
   */
  caller?: "library" | "cli";
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
 * flows-action is itself a dependency), then PATH. The `bun` npm package's placeholder, there
 * when its install script did not run, is passed over, and named with what to do when no Bun
 * follows. Synchronous and cheap (a few stat calls), so the `flows` command can use it before
 * choosing the runtime it runs on.
 */
export function findBun(options: FindBunOptions = {}): FoundBun {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  // The `bun` npm package's placeholder (isBunPlaceholder) is passed over: the first one seen is
  // named in the error when no Bun is found after it.
  let placeholder: string | undefined;
  if (options.explicit) {
    // A bare name ("bun") is looked up on PATH, as spawn would.
    const passedOver: string[] = [];
    const given = isExecutable(options.explicit) ? options.explicit : /[\\/]/.test(options.explicit) ? undefined : findOnPath(options.explicit, env, passedOver);
    const stub = given !== undefined && isBunPlaceholder(given) ? given : given === undefined ? passedOver[0] : undefined;
    const explicit = options.explicit;
    const said = (say: (name: string) => string) => {
      const [library, cli] = [say("bunPath"), say("--bun")];
      return options.caller === "cli" ? new BunNotFoundError(cli) : new BunNotFoundError(library, cli);
    };
    if (stub !== undefined) throw said((name) => `The bun executable given with ${name}, ${stub}, ${placeholderText}`);
    if (given === undefined) {
      throw said(
        (name) =>
          `The bun executable given with ${name} is not an executable file: ${explicit}. ` +
          `${name === "--bun" ? "Point --bun at" : "Set bunPath to"} Bun's executable (\`command -v bun\` prints it), or leave it out to use FLOWS_BUN, the Bun next to flows-action or PATH.`,
      );
    }
    return checkedBun({ path: given === explicit ? fromCurrentFolder(given) : given, from: "explicit" }, (name) => `The bun executable given with ${name}, ${given},`, said);
  }
  const fromEnv = env[BUN_VARIABLE];
  if (fromEnv) {
    if (isExecutable(fromEnv) && isBunPlaceholder(fromEnv)) throw new BunNotFoundError(`${BUN_VARIABLE} names ${fromEnv}, which ${placeholderText}`);
    if (isExecutable(fromEnv)) return checkedBun({ path: fromCurrentFolder(fromEnv), from: "FLOWS_BUN" }, () => `${BUN_VARIABLE} names ${fromEnv}, which`, plainly);
    throw new BunNotFoundError(`${BUN_VARIABLE} names ${fromEnv}, which is not an executable file. Point it at the bun executable, or unset it.`);
  }
  const packageDir = options.packageDir ?? flowsActionPackageDir();
  const besidePackage = packageDir === undefined ? [] : bunBesidePackage(packageDir, platform);
  for (const candidate of besidePackage) {
    if (!isExecutable(candidate)) continue;
    if (!isBunPlaceholder(candidate)) return checkedBun({ path: candidate, from: "package" }, () => `The bun next to flows-action, ${candidate},`, plainly);
    placeholder ??= candidate;
  }
  const passedOver: string[] = [];
  const onPath = findOnPath(platform === "win32" ? "bun.exe" : "bun", env, passedOver);
  if (onPath) return checkedBun({ path: onPath, from: "PATH" }, () => `The bun found on PATH, ${onPath},`, plainly);
  placeholder ??= passedOver[0];
  if (placeholder !== undefined) throw new BunNotFoundError(`Bun is needed to run flow steps, and the bun found, ${placeholder}, ${placeholderText}`);
  throw new BunNotFoundError(
    "Bun is needed to run flow steps and was not found: no --bun option, FLOWS_BUN is not set, " +
      `no bun next to flows-action${packageDir ? ` (${packageDir})` : ""}, and none on PATH. ` +
      "Install Bun (https://bun.sh), or name the executable with --bun PATH (flows), bunPath (library) or FLOWS_BUN.",
  );
}

/** A message said the same way to library and command. */
const plainly = (say: (name: string) => string): BunNotFoundError => new BunNotFoundError(say(""));

/**
 * `found` when it is Bun; else the error that says so. A program that is not Bun (FLOWS_BUN=/usr/bin/true,
 * node, a wrapper that lost its target) would start every step and fail it with "no FLOW_RESULT
 * line" or "Bun is not defined", naming nothing to change. Usually no process is started: the
 * `flows` command runs on the Bun the launcher found, in the same order as here (FLOWS_BUN, next
 * to flows-action, PATH), so the file found is the running Bun's own (two stat calls). Otherwise
 * (the CLI started as `bun src/cli.ts` with another Bun, on Node, the library) the program is
 * asked `--version` once per process: Bun answers with its version alone (1.2.3).
 */
function checkedBun(found: FoundBun, subject: (name: string) => string, said: (say: (name: string) => string) => BunNotFoundError): FoundBun {
  const answer = bunAnswer(found.path);
  if (answer === undefined) return found;
  const fix = (name: string) =>
    found.from === "explicit"
      ? `${name === "--bun" ? "Point --bun at" : "Set bunPath to"} Bun's executable (\`command -v bun\` prints it), or leave it out.`
      : found.from === "FLOWS_BUN"
        ? "Point FLOWS_BUN at Bun's executable (`command -v bun` prints it), or unset it."
        : `Install Bun (https://bun.sh) or name its executable with ${BUN_VARIABLE}, and remove or rename that file.`;
  throw said((name) => `${subject(name)} is not Bun: asked \`--version\`, it ${answer}, where Bun prints its version (like 1.2.3), so flow steps could not run with it. ${fix(name)}`);
}

/** Per process: the files that answered as Bun, by path, inode and change time (a file replaced is asked again). */
const answeredAsBun = new Set<string>();

/** Undefined when `path` is Bun; else what it did when asked `--version`. */
function bunAnswer(path: string): string | undefined {
  if (isRunningBun(path)) return undefined;
  let key: string;
  try {
    const info = statSync(path);
    key = `${path}\0${info.dev}:${info.ino}:${info.mtimeMs}`;
  } catch {
    key = path;
  }
  if (answeredAsBun.has(key)) return undefined;
  const answer = askVersion(path);
  if (answer === undefined) answeredAsBun.add(key);
  return answer;
}

/** Whether `path` is the executable of the Bun running this code (the same file, links followed). */
function isRunningBun(path: string): boolean {
  if (typeof (globalThis as { Bun?: unknown }).Bun === "undefined") return false;
  try {
    const [mine, theirs] = [statSync(process.execPath), statSync(path)];
    return mine.ino === theirs.ino && mine.dev === theirs.dev;
  } catch {
    return false;
  }
}

/** Bounded: a program that waits for input or writes without end is stopped and said to. */
const VERSION_TIMEOUT_MS = 10_000;

const requireBuiltin = createRequire(import.meta.url);

function askVersion(path: string): string | undefined {
  // Loaded here: most commands never ask (isRunningBun), and node:child_process costs Bun a few ms to load.
  const { spawnSync } = requireBuiltin("node:child_process") as typeof import("node:child_process");
  const result = spawnSync(path, ["--version"], { encoding: "latin1", timeout: VERSION_TIMEOUT_MS, maxBuffer: 4096, stdio: ["ignore", "pipe", "ignore"], windowsHide: true, shell: false });
  if (result.error !== undefined) {
    const code = (result.error as NodeJS.ErrnoException).code;
    if (code === "ETIMEDOUT") return `did not answer within ${VERSION_TIMEOUT_MS / 1000} s`;
    if (code === "ENOBUFS") return "wrote more than a version";
    // Not startable at all (ENOEXEC, EACCES): said as it is.
    return `could not be started (${code ?? String(result.error)})`;
  }
  const printed = (result.stdout ?? "").trim().split(/\r?\n/)[0] ?? "";
  if (/^\d+\.\d+\.\d+\S*$/.test(printed) && result.status === 0) return undefined;
  const shown = printed === "" ? "printed nothing" : `printed ${JSON.stringify(printed.length > 60 ? `${printed.slice(0, 60)}...` : printed)}`;
  return result.status === 0 ? shown : `${shown} and exited with ${result.status ?? result.signal}`;
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

/** The first `name` on PATH that is an executable file and no placeholder (those are added to `passedOver`): also the action's lookup (src/action/bun.ts). */
export function findOnPath(name: string, env: NodeJS.ProcessEnv, passedOver: string[]): string | undefined {
  for (const dir of (env.PATH ?? env.Path ?? "").split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (!isExecutable(candidate)) continue;
    if (!isBunPlaceholder(candidate)) return candidate;
    passedOver.push(candidate);
  }
  return undefined;
}

/** Larger files are no placeholder (Bun's executable is about 100 MB), and are not read. */
const PLACEHOLDER_MAX_BYTES = 16 * 1024;

/**
 * Whether `path` is the stand-in the `bun` npm package ships as `bin/bun.exe` until its
 * postinstall script puts Bun there: a script of a few lines that says "Bun's postinstall
 * script was not run" and exits 1. The script does not run where install scripts are held back
 * (npm 11 until the package is approved, `--ignore-scripts`, pnpm), and every step would then fail
 * with that message, which names no fix that fits flows-action. The same test is in
 * src/cli/launcher.js, which imports nothing.
 */
export function isBunPlaceholder(path: string): boolean {
  try {
    if (statSync(path).size > PLACEHOLDER_MAX_BYTES) return false;
    return /postinstall/i.test(readFileSync(path, "latin1"));
  } catch {
    return false;
  }
}

/** What a placeholder is and what to do, after "<path> " (the launcher says the same). */
const BUN_PLACEHOLDER_FIX =
  'Run `npm install-scripts approve bun` and then `npm rebuild bun` in the project that installed flows-action (if its package.json\'s `allowScripts` has `"bun": false`, as `npm install-scripts deny bun` writes, delete that entry first: npm approves no package it was told to deny; npm 10 has no install-scripts command: there `npm rebuild bun` alone; installed with -g: install it again with `--allow-scripts=bun`), or install Bun another way (https://bun.sh) and put it on PATH or name it with FLOWS_BUN.';

const placeholderText =
  "is not Bun but the placeholder the \"bun\" npm package installs until its install script runs, and that script did not run (npm skips it when package.json's `allowScripts` denies it, and every install script with --ignore-scripts; pnpm skips them until approved). " +
  BUN_PLACEHOLDER_FIX;

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
