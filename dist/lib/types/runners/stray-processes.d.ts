/**
 * The variable every step process gets. Its value is a space-separated list of marks: the
 * step's own, after those of the steps it runs inside (`flows fire` run by a step), so a
 * nested step's processes are still found when the outer step ends.
 */
export declare const STEP_MARK_VARIABLE = "FLOWS_STEP_MARK";
/** Whether this system shows processes' environments under /proc (Linux; not macOS or Windows). */
export declare function canFindStrayProcesses(): boolean;
/** A new mark (128 random bits as hex), and the environment that carries it after the inherited ones. */
export declare function markedEnvironment(env: Record<string, string>): {
    mark: string;
    env: Record<string, string>;
};
/** Told by the supervisor when it has started a step process (./process.ts, ./process-bun.ts)… */
export declare function stepProcessStarted(pid: number | undefined): void;
/** …and when that process has ended and was reaped. */
export declare function stepProcessReaped(pid: number | undefined): void;
/**
 * Stops (SIGKILL) every process of this user whose environment carries `mark`, until a round
 * finds none (a process may fork while it is stopped), within MAX_SEARCH_MS; returns how many
 * were stopped. Never this process, nor a step process it runs (runningSteps). A round that finds none but met a process that may be inside
 * execve (maybeInExec) is followed by another after a short pause. Processes that end meanwhile,
 * and those whose environment cannot be read, are passed over. `pauseFor` is for tests, which
 * let such a process finish its exec during the pause. A round reads /proc/<pid>/environ of every
 * process it has not read before (see environmentOf): about 0.5 ms on Node for 90 processes
 * (BENCHMARKS.md has the figures). Between the read and the kill a process could end and its pid
 * be reused: that takes the whole pid space (4 million on systemd machines) to be used up within
 * microseconds, and is not guarded against.
 */
export declare function stopMarkedProcesses(mark: string, pauseFor?: (ms: number) => void): number;
/**
 * Whether a process whose environment read as empty may be inside execve rather than have none:
 * it is running or in uninterruptible sleep (exec reads the new program), not a zombie (a stopped
 * process that has ended), not a kernel thread. A process started with an empty environment
 * (`env -i`) that is waiting, as such processes mostly are, costs no retry.
 */
export declare function maybeInExec(pid: number): boolean;
/** For tests: `forget()` makes the next search read every process. */
export declare const processesRead: {
    forget(): void;
};
/** How many environments this process has read, for tests. */
export declare const environmentReads: {
    count: number;
};
