import { type SignalSource } from "./signals.js";
import { type Terminals } from "./terminal-write.js";
/** `flows` entry: argv → the same functions the action uses → terminal. Returns the exit code. */
export type MainOptions = {
    env?: NodeJS.ProcessEnv;
    out?: (text: string) => void;
    err?: (text: string) => void;
    /** Standard output was closed when the process started (the launcher tells): what is written to it fails. */
    stdoutClosed?: boolean;
    /** Where SIGINT, SIGTERM and SIGHUP come from (default: this process; `flows daemon`: its client's). */
    signals?: SignalSource;
    /** Ends the command at once on a second signal (default: process.exit). */
    exit?: (code: number) => void;
    /** Whether standard output and error are terminals, for colours (default: this process's). */
    terminals?: Terminals;
};
export declare function main(argv: string[], options?: MainOptions): Promise<number>;
