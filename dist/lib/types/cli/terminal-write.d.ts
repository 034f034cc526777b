/**
 * Standard output or error for the CLI. A write never throws: the first error (the reader gone,
 * EPIPE, as in `flows list | head -1`; a full disk, ENOSPC) is kept in `failure` and what follows
 * is dropped, so the command still finishes its work (steps recorded, the store saved) and its
 * exit code can say what happened to the output.
 */
export type TerminalWriter = {
    write: (text: string) => void;
    /** Resolves once everything written so far is written or has failed; `failure` is then final. */
    settled: () => Promise<void>;
    readonly failure: NodeJS.ErrnoException | undefined;
};
/**
 * The writer for standard output (1) or standard error (2). `closed`: the stream was closed when
 * the process started (the runtime put /dev/null in its place), so the first write fails.
 */
export declare function terminalWriter(fd: 1 | 2, closed?: boolean): TerminalWriter;
/** Why a write failed, for a person: `the disk is full (ENOSPC)`. */
export declare function writeFailureText(error: NodeJS.ErrnoException): string;
/**
 * Whether to colour the output. Colours go to both streams, so only when both are terminals
 * (`flows fire > out.txt` gets none), and not to a terminal that cannot show them (TERM=dumb:
 * Emacs' shell, some CI logs). --no-color and NO_COLOR (https://no-color.org) turn them off;
 * FORCE_COLOR turns them on for a log that shows them (0 or false: off), and, as in Node, wins
 * over NO_COLOR.
 */
export declare function wantsColor(noColorFlag: boolean, env: NodeJS.ProcessEnv, terminals?: Terminals): boolean;
/** Whether standard output and error are terminals, when another process's are meant (`flows daemon`'s client). */
export type Terminals = {
    stdout: boolean;
    stderr: boolean;
};
