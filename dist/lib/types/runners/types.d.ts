import type { FlowEvent, FlowResult, ProcessStatus } from "../contracts.js";
import type { FlowPackage, FlowStep } from "../flows/types.js";
/** Runtime facts passed to a step (stdin `runtime` object and CODEX_FLOW_* variables). */
export type StepRuntime = {
    runId: string;
    attemptId: string;
    replay: boolean;
    launchedBy?: string;
    workspaceBackendUrl?: string;
};
export type StepOutputStream = "stdout" | "stderr";
export type RunStepOptions = {
    flow: FlowPackage;
    step: FlowStep;
    event: FlowEvent;
    runtime: StepRuntime;
    /** Base environment for the step (the engine decides what passes from the host). */
    env: Record<string, string | undefined>;
    /** `bun` executable to use (default: `bun` on PATH). */
    bunPath?: string;
    /** Called with each complete output line as it arrives. */
    onLine?: (stream: StepOutputStream, line: string) => void;
    /** Bytes of combined output kept for the record (default 64 KiB). */
    tailBytes?: number;
    signal?: AbortSignal;
    /**
     * The process starts only once this resolves (the engine's save of the run's start); the step
     * is made ready meanwhile. When it rejects, nothing starts and the outcome says so.
     */
    startAfter?: Promise<unknown>;
};
export type StepOutcome = {
    processStatus: Extract<ProcessStatus, "completed" | "failed" | "canceled">;
    result?: FlowResult;
    /** Why the run failed or was not run, in one or two sentences plus a stderr tail. */
    error?: string;
    timedOut: boolean;
    exitCode: number | null;
    signal: string | null;
    /** Bounded tail of stdout+stderr interleaved in arrival order. */
    output: string;
    startedAt: string;
    completedAt: string;
    durationMs: number;
};
