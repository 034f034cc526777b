import { type SignalSource } from "./signals.js";
import { type Terminals } from "./terminal-write.js";
/** `flows` entry: argv → the same functions the action uses → terminal. Returns the exit code. */
export type MainOptions = {
    env?: NodeJS.ProcessEnv;
    out?: (text: string) => void;
    err?: (text: string) => void;
    /** Standard output was closed when the process started (the launcher tells): what is written to it fails. */
    stdoutClosed?: boolean;
};
/** What `flows daemon` (./daemon-server.ts) gives a command it runs for a client: the client's, not its own process's. */
export type HostedOptions = MainOptions & {
    /** Where SIGINT, SIGTERM and SIGHUP come from (default: this process). */
    signals?: SignalSource;
    /** Ends the command at once on a second signal (default: process.exit). */
    exit?: (code: number) => void;
    /** Whether standard output and error are terminals, for colours (default: this process's). */
    terminals?: Terminals;
};
export declare function main(argv: string[], options?: MainOptions): Promise<number>;
/** main(), for a command run in another process's place (`flows daemon`). */
export declare function runCommandLine(argv: string[], options: HostedOptions): Promise<number>;
