import { UserError } from "../user-error.js";
/** A mistake in how `flows` was called: printed with the command's usage, exit code 2. */
export declare class UsageError extends UserError {
    /** The command whose usage goes with the message (none: the global usage). */
    readonly command?: string | undefined;
    name: string;
    constructor(message: string, 
    /** The command whose usage goes with the message (none: the global usage). */
    command?: string | undefined);
}
/**
 * A file (or standard input) named on the command line that cannot be used: missing, unreadable,
 * too large, not JSON, or not the kind of document the option takes. Printed as usage errors are,
 * after `flows: ` (exit code 1: the command line was right, the file was not).
 */
export declare class InputFileError extends UserError {
    name: string;
}
/** Exit codes of `flows`, documented in the README ("The flows command"). */
export declare const EXIT: {
    readonly ok: 0;
    /** A step failed, or something went wrong (a bad flow package, an unreadable file, no Bun). */
    readonly failed: 1;
    /** The command line is wrong: unknown command or option, a missing or bad value. */
    readonly usage: 2;
};
/** ` Did you mean "x"?` or nothing. */
export declare function didYouMean(value: string, candidates: readonly string[], quote?: (text: string) => string): string;
/**
 * `flows new x --on *` unquoted: the shell put the current folder's file names there. `word` is
 * one of them, as given.
 */
export declare function shellExpandedHint(word: string): string;
/**
 * A folder given to a command that takes options only (`flows validate flows/hello`): commands
 * read every package under their flow roots, which --flows-path names. A package folder is told
 * as the root it is in; any other folder as a root to look in. `folder` is as given, relative to
 * `cwd` (the shell's) or to the repository.
 */
export declare function folderArgumentHint(command: string, folder: string, where: {
    cwd: string;
    repoRoot: string;
}): string | undefined;
