import type { SupervisedProcessOptions } from "./process.js";
import { type SupervisedProcessResult } from "./process-io.js";
/** The part of Bun's API used here (the package has no Bun types; it also runs on Node). */
type FileSink = {
    write(chunk: string | Uint8Array): number | Promise<number>;
    flush(): number | Promise<number> | undefined;
    end(): number | Promise<number> | undefined;
};
type Subprocess = {
    readonly pid: number;
    readonly exited: Promise<number>;
    readonly exitCode: number | null;
    readonly signalCode: string | null;
    readonly stdin: FileSink;
    readonly stdout: ReadableStream<Uint8Array>;
    readonly stderr: ReadableStream<Uint8Array>;
    kill(signal?: string): void;
};
export type BunSpawn = (options: {
    cmd: string[];
    cwd: string;
    env: Record<string, string>;
    stdin: "pipe";
    stdout: "pipe";
    stderr: "pipe";
    detached: boolean;
}) => Subprocess;
/** Bun.spawn when running on Bun: no node:child_process to load, and each spawn costs less. */
export declare function bunSpawn(): BunSpawn | undefined;
/** superviseProcess on Bun: the same contract (process group, timeouts, drain, stragglers) with Bun.spawn. */
export declare function superviseWithBun(spawn: BunSpawn, options: SupervisedProcessOptions): Promise<SupervisedProcessResult>;
export {};
