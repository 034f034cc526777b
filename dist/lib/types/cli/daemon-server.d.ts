import type { HostedOptions } from "./main.js";
/** What `flows daemon status` shows. */
export type DaemonStatus = {
    pid: number;
    socket: string;
    startedAt: string;
    /** Commands run since it started. */
    served: number;
    /** Whether a command is running now. */
    busy: boolean;
    idleMinutes: number;
};
/** A line the daemon sends back (the launcher reads them). */
export type DaemonReply = {
    accepted: true;
} | {
    refused: "busy" | "stale" | "stopping" | "folder";
} | {
    out: string;
} | {
    err: string;
} | {
    exit: number;
} | {
    status: DaemonStatus;
} | {
    stopping: true;
} | {
    error: string;
};
export type ServeOptions = {
    socket: string;
    idleMinutes: number;
    /** The files of the build this process runs: when one changes, the daemon refuses the next command and ends. */
    build: string[];
    /** Runs a command line (the CLI's main()). */
    run: (argv: string[], options: HostedOptions) => Promise<number>;
    /** The daemon's log (its standard error when started by `flows daemon start`). */
    log: (line: string) => void;
};
/**
 * Listens on `options.socket` until stopped (`flows daemon stop`, SIGTERM, SIGINT), idle for
 * `idleMinutes`, or its build changes. Resolves once it has stopped and removed its socket.
 */
export declare function serveDaemon(options: ServeOptions): Promise<void>;
