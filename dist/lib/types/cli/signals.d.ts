declare const STOP_SIGNALS: readonly ["SIGINT", "SIGTERM", "SIGHUP"];
type StopSignal = (typeof STOP_SIGNALS)[number];
/** 128 + the signal's number, as a shell reports a command a signal stopped. */
export declare const SIGNAL_EXIT_CODES: Record<StopSignal, number>;
/** Where the signals come from: this process, or a `flows daemon` client's (src/cli/daemon-server.ts). */
export type SignalSource = {
    on(signal: StopSignal, handler: () => void): unknown;
    off(signal: StopSignal, handler: () => void): unknown;
};
export type Interrupts = {
    /** Aborted on the first SIGINT, SIGTERM or SIGHUP. */
    signal: AbortSignal;
    /** 130, 143 or 129 once a signal came, else `code`. */
    exitCode: (code: number) => number;
    /** Removes the handlers (the command is done). */
    dispose: () => void;
};
/**
 * For a command that runs steps: SIGINT, SIGTERM and SIGHUP abort its dispatch through the returned
 * signal. A second one (not an echo of the first) exits at once, with the same exit code.
 */
export declare function stopOnSignals(command: string, err: (text: string) => void, exit?: (code: number) => void, source?: SignalSource): Interrupts | undefined;
export {};
