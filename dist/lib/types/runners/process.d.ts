import { type StdinPart, type SupervisedProcessResult } from "./process-io.js";
import type { StepOutputStream } from "./types.js";
export type SupervisedProcessOptions = {
    command: string;
    args: string[];
    cwd: string;
    env: Record<string, string>;
    /**
     * Written to stdin, which is then closed. Parts are written one after another in bounded
     * slices, waiting for the pipe to drain, so a large text is never copied whole into a buffer.
     */
    stdin: string | readonly StdinPart[];
    timeoutMs: number;
    signal?: AbortSignal;
    onLine: (stream: StepOutputStream, line: string) => void;
    /** Time between SIGTERM and SIGKILL when stopping the process group (default 2000 ms). */
    killGraceMs?: number;
    /** How long to wait for output pipes to close after the process exited (default 1000 ms). */
    drainMs?: number;
};
export type { StdinPart, SupervisedProcessResult } from "./process-io.js";
/**
 * Runs one process in its own process group, streams its output line by line, and stops the
 * whole group (not just the direct child) on timeout or abort. Resolves once the process has
 * exited and its output is drained; never waits forever on a grandchild holding the pipes. Then,
 * on Linux, stops every process still carrying the mark its environment was given
 * (./stray-processes.ts): nothing the process started outlives it, new sessions included.
 */
export declare function superviseProcess(options: SupervisedProcessOptions): Promise<SupervisedProcessResult>;
