// Ctrl-C, SIGTERM and SIGHUP (the terminal closed) while `flows` runs steps. Steps run in their own process groups (so a
// timeout can stop their children), so the terminal's Ctrl-C does not reach them: without this
// they outlived the command, and its record said `interrupted` while they went on, so the next
// delivery ran them a second time. As in the action (src/main.ts), the signal aborts the
// dispatch: running steps are stopped (their process groups, SIGTERM then SIGKILL), recorded as
// canceled, the store is saved, and the command then exits 130 (SIGINT), 143 (SIGTERM) or 129
// (SIGHUP: a terminal or SSH session that closed under a running `flows fire`).

/** The commands that run steps. */
const RUNS_STEPS = new Set(["fire", "run", "replay", "github", "watch"]);
/**
 * Commands that run none but may wait for the event on standard input (`--event -`): a signal
 * stops the read, and the command ends with the same exit code and, with --json, an error
 * document, as the commands that run steps (without handlers Bun's default ended it silently).
 */
const READS_EVENT = new Set(["explain"]);

const STOP_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
type StopSignal = (typeof STOP_SIGNALS)[number];

/** 128 + the signal's number, as a shell reports a command a signal stopped. */
export const SIGNAL_EXIT_CODES: Record<StopSignal, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * The same signal again within this time is the same Ctrl-C: the terminal sends it to the whole
 * foreground group, and `node dist/cli/index.js` passes it on to this process as well.
 */
const ECHO_MS = 300;

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
export function stopOnSignals(
  command: string,
  err: (text: string) => void,
  exit: (code: number) => void = process.exit,
  source: SignalSource = process,
): Interrupts | undefined {
  const runsSteps = RUNS_STEPS.has(command);
  if (!runsSteps && !READS_EVENT.has(command)) return undefined;
  const controller = new AbortController();
  let first: { signal: StopSignal; at: number } | undefined;
  const handlers = STOP_SIGNALS.map((signal) => {
    const handler = (): void => {
      const now = Date.now();
      if (first === undefined) {
        first = { signal, at: now };
        // No step may have started yet (the event still being read): the command stops all the same.
        const again = signal === "SIGINT" ? "Ctrl-C again" : "a second signal";
        err(`\nflows: received ${signal}: stopping${runsSteps ? "; steps that are running are stopped and recorded as canceled" : ""} (${again} exits at once).\n`);
        controller.abort();
        return;
      }
      if (signal === first.signal && now - first.at < ECHO_MS) return;
      err(`flows: received ${signal} again: exiting now; steps still running may be recorded as interrupted.\n`);
      exit(SIGNAL_EXIT_CODES[first.signal]);
    };
    source.on(signal, handler);
    return [signal, handler] as const;
  });
  return {
    signal: controller.signal,
    exitCode: (code) => (first === undefined ? code : SIGNAL_EXIT_CODES[first.signal]),
    dispose: () => {
      for (const [signal, handler] of handlers) source.off(signal, handler);
    },
  };
}
