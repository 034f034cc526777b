import { lstatSync, readlinkSync, statSync } from "node:fs";
import { dirname, parse, resolve, sep } from "node:path";
import { diskProblem } from "../disk-problems.js";
import { fileInTheWay } from "../file-in-the-way.js";
import { WRITE_LIMIT_HINT, writeLimitSentence } from "./layout.js";
import { UserError } from "../user-error.js";

// The file system's refusals that say the state folder cannot be used as it is: a file where a
// folder should be, no permission, a full or read-only disk. They are the user's to fix, so the
// file store turns them into a StateFolderError that names the path and what to change; any
// other error (ENOENT where none was expected, a TypeError) stays what it is: a bug.

/**
 * The setting that chose the state folder, so that an error names what the user changes: the
 * action's input or the CLI's option (the store itself knows only a path).
 */
export type StateFolderSetting = {
  /** Where the folder came from, shown beside it: `input "state-dir"`, `--state-dir`. */
  origin: string;
  /** How to choose another folder, as a clause: `set input "state-dir" to another folder`. */
  change: string;
};

/** For a store made without one (the library's `dir`). */
const ANOTHER_FOLDER: StateFolderSetting = { origin: "", change: "use another state folder" };

/** For each errno the store converts: what is wrong with `path`, and what to change. */
const PROBLEMS: Record<string, (path: string, change: string) => { problem: string; hint: string }> = {
  ENOTDIR: (path, change) => ({ problem: `${path} is a file, not a folder`, hint: `${capital(change)}, or move that file out of the way.` }),
  EISDIR: (path, change) => ({ problem: `${path} is a folder, not a file`, hint: `Move that folder out of the way, or ${change}.` }),
  EACCES: (path, change) => ({ problem: diskProblem("EACCES", path)!, hint: `Let this user read and write the state folder, or ${change}.` }),
  EPERM: (path, change) => ({ problem: diskProblem("EPERM", path)!, hint: `Let this user read and write the state folder, or ${change}.` }),
  EROFS: (path, change) => ({ problem: diskProblem("EROFS", path)!, hint: `${capital(change)} on a writable disk.` }),
  ENOSPC: (_, change) => ({ problem: diskProblem("ENOSPC")!, hint: `Free some space on that disk, or ${change}.` }),
  EDQUOT: (_, change) => ({ problem: diskProblem("EDQUOT")!, hint: `Free some of the quota, or ${change}.` }),
  EFBIG: (_, change) => ({ problem: diskProblem("EFBIG")!, hint: `Raise that limit, or ${change}.` }),
  // Where a write's flush to the disk (fsync) reports that the disk failed to store it.
  EIO: (path, change) => ({ problem: diskProblem("EIO", path)!, hint: `Check the disk (its free space, the system log), or ${change}.` }),
  ENAMETOOLONG: (_, change) => ({ problem: "the path is too long", hint: `${capital(change)} with a shorter path.` }),
  ELOOP: (path, change) => ({ problem: `${path} is a loop of symbolic links`, hint: `Fix the links, or ${change}.` }),
  // mkdir -p answers ENOENT only where folders cannot be made at all (/proc, /sys).
  MKDIR_ENOENT: (path, change) => ({ problem: `${path} cannot be created there`, hint: `${capital(change)} on an ordinary writable disk.` }),
};

/** What a mkdir's errno means here: a file in the way (EEXIST), a place no folder can be made (ENOENT). */
const MKDIR_CODES: Record<string, string> = { EEXIST: "ENOTDIR", ENOENT: "MKDIR_ENOENT" };

/** The state folder cannot be read or written as it is; `problem` says why, `hint` what to change. */
export class StateFolderError extends UserError {
  override name = "StateFolderError";
  /** The store's folder. */
  readonly dir: string;
  /** The folder as messages name it, with the setting it came from: `the state folder /x (input "state-dir")`. */
  readonly where: string;
  /** The errno (ENOTDIR, EACCES, ...). */
  readonly code: string;
  readonly problem: string;
  /** `aboutTheFolder`: `problem` is said of the folder itself (`is a symbolic link that loops`), as the sentence's verb. */
  constructor(options: { folder: StateFolder; code: string; problem: string; hint: string; doing: "read" | "save"; cause: unknown; aboutTheFolder?: boolean }) {
    const doing = options.doing === "read" ? "read records from" : "save records to";
    const { dir, setting } = options.folder;
    const where = `the state folder ${dir}${setting?.origin ? ` (${setting.origin})` : ""}`;
    const message = options.aboutTheFolder ? `${capital(where)} ${options.problem}.` : `cannot ${doing} ${where}: ${options.problem}.`;
    super(message, { hint: options.hint, cause: options.cause });
    this.dir = dir;
    this.where = where;
    this.code = options.code;
    this.problem = options.problem;
  }
}

/** A file store's folder and the setting that chose it. */
export type StateFolder = { dir: string; setting?: StateFolderSetting | undefined };

/**
 * A StateFolderError for a file-system error the user can fix (`file`: the path the store was
 * working on, when the error names none); any other error unchanged.
 */
export function stateFolderError(error: unknown, folder: StateFolder, doing: "read" | "save", file?: string): unknown {
  if (!(error instanceof Error) || error instanceof StateFolderError) return error;
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  // mkdir -p meets a file at the last folder of the path as EEXIST, not ENOTDIR.
  const kind = (syscall === "mkdir" && code !== undefined ? MKDIR_CODES[code] : undefined) ?? code;
  const describe = kind === undefined ? undefined : PROBLEMS[kind];
  if (!describe) return error;
  // A loop met under the folder, or a link to nothing taken for a file in the way: said of the folder.
  if (kind === "ELOOP" || kind === "ENOTDIR") {
    const link = unusableFolderLink(folder, doing, error);
    if (link !== undefined) return link;
  }
  const where = path ?? file ?? folder.dir;
  const { problem, hint } = describe(kind === "ENOTDIR" ? (fileInTheWay(where) ?? where) : where, (folder.setting ?? ANOTHER_FOLDER).change);
  return new StateFolderError({ folder, code: kind!, problem, hint, doing, cause: error });
}

/**
 * A record larger than the store reads back (MAX_RECORD_BYTES in file-store.ts) is not written:
 * it would be set aside as corrupt at the next read. Said as the state folder refusing it (EFBIG),
 * so a dispatch whose steps ran reports the event as not saved.
 */
export function recordTooLargeError(folder: StateFolder, file: string, bytes: number, maxBytes: number): StateFolderError {
  const size = (n: number): string => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${n} bytes`);
  return new StateFolderError({
    folder,
    code: "EFBIG",
    problem: `the record ${file} would be ${size(bytes)}, over the ${size(maxBytes)} a stored record may have`,
    hint: "Send this event with a smaller payload, or use another state store (`--state`; in the action, the `state` input).",
    doing: "save",
    cause: undefined,
  });
}

/**
 * A record holding more objects and arrays than the store reads back (layout.ts,
 * recordContainerCap) is not written, as one over its size is not (recordTooLargeError).
 */
export function recordTooManyContainersError(folder: StateFolder, file: string, eventId: string, maxContainers: number): StateFolderError {
  return new StateFolderError({
    folder,
    code: "EFBIG",
    problem: writeLimitSentence(`the record of event ${JSON.stringify(eventId)} (${file})`, { over: "containers" }, { maxBytes: 0, maxContainers }),
    hint: WRITE_LIMIT_HINT,
    doing: "save",
    cause: undefined,
  });
}

/**
 * `events`, or a shard folder under it, is a symbolic link. Records are kept only in folders
 * inside the state folder: followed, a link planted there (a checkout's `.codex/flow-client`
 * holds whatever the repository committed) would have records, locks and set-aside files
 * written, renamed and read wherever it points. The state folder itself may be a link.
 */
export function linkedFolderError(folder: StateFolder, path: string, doing: "read" | "save"): StateFolderError {
  return new StateFolderError({
    folder,
    code: "ESYMLINK",
    problem: `${path} is a symbolic link; records are kept only in real folders inside the state folder, so it is not followed`,
    hint: `Replace that link with a folder (move the records it points to into it), or ${(folder.setting ?? ANOTHER_FOLDER).change}.`,
    doing,
    cause: undefined,
  });
}

/**
 * The state folder itself, or a folder on its path, is a symbolic link that loops (a -> b -> a),
 * or the folder is a link to nothing: said with the link on the path given and its loop. Else
 * undefined. The file system says only ELOOP, met at the first file opened under the folder
 * (`<dir>/events`, which is not where the loop is), and mkdir -p meets a link to nothing as a
 * file in its way (EEXIST): so the store asks here before it uses the folder, and on those errors
 * (`cause`: the error the file system gave then).
 */
export function unusableFolderLink(folder: StateFolder, doing: "read" | "save", cause?: unknown): StateFolderError | undefined {
  const { dir } = folder;
  const change = (folder.setting ?? ANOTHER_FOLDER).change;
  const code = statCode(dir);
  if (code === "ENOENT" && isLink(dir)) {
    return new StateFolderError({
      folder,
      code: "ENOENT",
      problem: `is a symbolic link to ${resolve(dirname(dir), readlinkSync(dir))}, which does not exist`,
      hint: `Create that folder, fix the link, or ${change}.`,
      doing,
      cause,
      aboutTheFolder: true,
    });
  }
  if (code !== "ELOOP") return undefined;
  const link = loopingLink(dir);
  const chain = linkChain(link);
  const loops = chain[chain.length - 1] === link ? "is a symbolic link that loops" : "is a symbolic link that leads into a loop of links";
  const where = link === dir ? loops : `cannot be reached: ${link}, on its path, ${loops}`;
  return new StateFolderError({
    folder,
    code: "ELOOP",
    problem: `${where}: ${chain.join(" -> ")}. It leads to no folder`,
    hint: `Fix the links, or ${change}.`,
    doing,
    cause,
    aboutTheFolder: true,
  });
}

/** The first folder of `path`, from the root, the file system refuses as a loop of links (`path` itself when none before it is). */
function loopingLink(path: string): string {
  const { root } = parse(path);
  let prefix = root;
  for (const part of path.slice(root.length).split(sep).filter(Boolean)) {
    prefix = resolve(prefix, part);
    if (statCode(prefix) === "ELOOP") return prefix;
  }
  return path;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function statCode(path: string): string | undefined {
  try {
    statSync(path);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
}

/** [a, b, a]: the links followed from `link` until one comes round again (at most 40, Linux's limit). */
function linkChain(link: string): string[] {
  const seen = [link];
  let current = link;
  for (let hop = 0; hop < 40; hop++) {
    let target: string;
    try {
      target = resolve(dirname(current), readlinkSync(current));
    } catch {
      break;
    }
    seen.push(target);
    if (seen.indexOf(target) < seen.length - 1) break;
    current = target;
  }
  return seen;
}

function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
