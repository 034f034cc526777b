import { statSync } from "node:fs";
import { dirname } from "node:path";
import { UserError } from "../user-error.js";

// The file system's refusals that say the state folder cannot be used as it is: a file where a
// folder should be, no permission, a full or read-only disk. They are the user's to fix, so the
// file store turns them into a StateFolderError that names the path and what to change; any
// other error (ENOENT where none was expected, a TypeError) stays what it is: a bug.

const OPTION = "`--state-dir`; in the action, the `state-dir` input";
const ELSEWHERE = `use another state folder (${OPTION})`;

/** For each errno the store converts: what is wrong with `path`, and what to change. */
const PROBLEMS: Record<string, (path: string) => { problem: string; hint: string }> = {
  ENOTDIR: (path) => ({ problem: `${path} is a file, not a folder`, hint: `Choose another state folder (${OPTION}), or move that file out of the way.` }),
  EISDIR: (path) => ({ problem: `${path} is a folder, not a file`, hint: `Move that folder out of the way, or ${ELSEWHERE}.` }),
  EACCES: (path) => ({ problem: `permission denied for ${path}`, hint: `Let this user read and write the state folder, or ${ELSEWHERE}.` }),
  EPERM: (path) => ({ problem: `permission denied for ${path} (operation not permitted)`, hint: `Let this user read and write the state folder, or ${ELSEWHERE}.` }),
  EROFS: (path) => ({ problem: `${path} is on a read-only file system`, hint: `Choose a state folder on a writable disk: ${ELSEWHERE}.` }),
  ENOSPC: () => ({ problem: "the disk is full", hint: `Free some space on that disk, or ${ELSEWHERE}.` }),
  EDQUOT: () => ({ problem: "the disk quota is used up", hint: `Free some of the quota, or ${ELSEWHERE}.` }),
  EFBIG: () => ({ problem: "the file size limit of this process is reached (ulimit -f)", hint: `Raise that limit, or ${ELSEWHERE}.` }),
  ENAMETOOLONG: () => ({ problem: "the path is too long", hint: `Choose a state folder with a shorter path: ${ELSEWHERE}.` }),
  ELOOP: (path) => ({ problem: `${path} is a loop of symbolic links`, hint: `Fix the links, or ${ELSEWHERE}.` }),
  // mkdir -p answers ENOENT only where folders cannot be made at all (/proc, /sys).
  MKDIR_ENOENT: (path) => ({ problem: `${path} cannot be created there`, hint: `Choose a state folder on an ordinary writable disk: ${ELSEWHERE}.` }),
};

/** What a mkdir's errno means here: a file in the way (EEXIST), a place no folder can be made (ENOENT). */
const MKDIR_CODES: Record<string, string> = { EEXIST: "ENOTDIR", ENOENT: "MKDIR_ENOENT" };

/** The state folder cannot be read or written as it is; `problem` says why, `hint` what to change. */
export class StateFolderError extends UserError {
  override name = "StateFolderError";
  /** The store's folder. */
  readonly dir: string;
  /** The errno (ENOTDIR, EACCES, ...). */
  readonly code: string;
  readonly problem: string;
  constructor(options: { dir: string; code: string; problem: string; hint: string; doing: "read" | "save"; cause: unknown }) {
    const doing = options.doing === "read" ? "read records from" : "save records to";
    super(`cannot ${doing} the state folder ${options.dir}: ${options.problem}.`, { hint: options.hint, cause: options.cause });
    this.dir = options.dir;
    this.code = options.code;
    this.problem = options.problem;
  }
}

/**
 * A StateFolderError for a file-system error the user can fix (`file`: the path the store was
 * working on, when the error names none); any other error unchanged.
 */
export function stateFolderError(error: unknown, dir: string, doing: "read" | "save", file?: string): unknown {
  if (!(error instanceof Error) || error instanceof StateFolderError) return error;
  const { code, path, syscall } = error as NodeJS.ErrnoException;
  // mkdir -p meets a file at the last folder of the path as EEXIST, not ENOTDIR.
  const kind = (syscall === "mkdir" && code !== undefined ? MKDIR_CODES[code] : undefined) ?? code;
  const describe = kind === undefined ? undefined : PROBLEMS[kind];
  if (!describe) return error;
  const where = path ?? file ?? dir;
  const { problem, hint } = describe(kind === "ENOTDIR" ? (fileInTheWay(where) ?? where) : where);
  return new StateFolderError({ dir, code: kind!, problem, hint, doing, cause: error });
}

/**
 * A record larger than the store reads back (MAX_RECORD_BYTES in file-store.ts) is not written:
 * it would be set aside as corrupt at the next read. Said as the state folder refusing it (EFBIG),
 * so a dispatch whose steps ran reports the event as not saved.
 */
export function recordTooLargeError(dir: string, file: string, bytes: number, maxBytes: number): StateFolderError {
  const size = (n: number): string => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MiB` : `${n} bytes`);
  return new StateFolderError({
    dir,
    code: "EFBIG",
    problem: `the record ${file} would be ${size(bytes)}, over the ${size(maxBytes)} a stored record may have`,
    hint: "Send this event with a smaller payload, or use another state store (`--state`; in the action, the `state` input).",
    doing: "save",
    cause: undefined,
  });
}

/** The path's nearest existing part (itself or a parent) when that is not a folder. */
function fileInTheWay(path: string): string | undefined {
  for (let at = path; ; at = dirname(at)) {
    try {
      return statSync(at).isDirectory() ? undefined : at;
    } catch {
      if (dirname(at) === at) return undefined;
    }
  }
}
