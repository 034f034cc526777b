import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { closest } from "../did-you-mean.js";
import { shellWord } from "../shell-word.js";
import { UserError } from "../user-error.js";

/** A mistake in how `flows` was called: printed with the command's usage, exit code 2. */
export class UsageError extends UserError {
  override name = "UsageError";
  constructor(
    message: string,
    /** The command whose usage goes with the message (none: the global usage). */
    readonly command?: string,
  ) {
    super(message);
  }
}

/**
 * A file (or standard input) named on the command line that cannot be used: missing, unreadable,
 * too large, not JSON, or not the kind of document the option takes. Printed as usage errors are,
 * after `flows: ` (exit code 1: the command line was right, the file was not).
 */
export class InputFileError extends UserError {
  override name = "InputFileError";
}

/** Exit codes of `flows`, documented in the README ("The flows command"). */
export const EXIT = {
  ok: 0,
  /** A step failed, or something went wrong (a bad flow package, an unreadable file, no Bun). */
  failed: 1,
  /** The command line is wrong: unknown command or option, a missing or bad value. */
  usage: 2,
} as const;

/** ` Did you mean "x"?` or nothing. */
export function didYouMean(value: string, candidates: readonly string[], quote = (text: string) => `"${text}"`): string {
  const match = closest(value, candidates);
  return match === undefined ? "" : ` Did you mean ${quote(match)}?`;
}

/**
 * `flows new x --on *` unquoted: the shell put the current folder's file names there. `word` is
 * one of them, as given.
 */
export function shellExpandedHint(word: string): string {
  return `${JSON.stringify(word)} is the name of a file here: if you wrote an unquoted * (every event type), your shell replaced it with the file names here; quote it: --on '*'.`;
}

/**
 * A folder given to a command that takes options only (`flows validate flows/hello`): commands
 * read every package under their flow roots, which --flows-path names. A package folder is told
 * as the root it is in; any other folder as a root to look in. `folder` is as given, relative to
 * `cwd` (the shell's) or to the repository.
 */
export function folderArgumentHint(command: string, folder: string, where: { cwd: string; repoRoot: string }): string | undefined {
  const candidates = [resolve(where.cwd, folder), resolve(where.repoRoot, folder)];
  const found = candidates.find((path) => isFolder(path));
  if (found === undefined) return undefined;
  const fromRepo = (path: string): string | undefined => {
    const inside = relative(where.repoRoot, path);
    return inside.startsWith("..") || isAbsolute(inside) ? undefined : inside.split(sep).join("/") || ".";
  };
  if (existsSync(join(found, "flow.toml"))) {
    const root = fromRepo(dirname(found));
    if (root !== undefined) {
      return ` ${shellWord(folder)} is a flow package: flows ${command} reads every package under the flow roots (--flows-path, default .codex/flows,flows), this one with the rest; for only the packages in its folder, write flows ${command} --flows-path ${shellWord(root)}.`;
    }
  }
  const root = fromRepo(found) ?? found;
  return ` To read the flow packages in that folder, give it as a flow root: --flows-path ${shellWord(root)}.`;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
