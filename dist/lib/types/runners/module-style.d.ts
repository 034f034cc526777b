/** Specifiers a module-style step may import `defineBunFlow` / `defineFlow` from. */
export declare const FLOW_HELPER_SPECIFIERS: readonly ["@peezy.tech/codex-flows/flow-runtime/bun", "@peezy.tech/flow-runtime/bun", "flows-action/bun"];
export { isModuleStyleSource } from "./module-detect.js";
export type ModuleWrapper = {
    /** Arguments for `bun`: the wrapper and what it needs. */
    args: string[];
    /** Where the wrapper writes the JSON of the FlowResult (one file per run). */
    resultPath: string;
    /** Removes the run's result file (the wrapper itself stays for the next run). */
    dispose: () => Promise<void>;
};
/** Told by the runner each time a step process has ended (./bun.ts). */
export declare function stepProcessEnded(): void;
/** Files written by this process into its wrapper folder, for tests: the wrapper and nothing else. */
export declare const wrapperWrites: {
    count: number;
};
/** The step watchdog Bun preloads into every raw step (./watchdog.ts), written once per process with the wrapper. */
export declare function stepWatchdogPath(): string;
/**
 * The file Bun preloads into a raw step whose source names a helper specifier (`import {
 * readFlowContext } from "@peezy.tech/codex-flows/flow-runtime/bun"`) that is installed nowhere
 * above it, or undefined when there is nothing to stand in for. Without it Bun failed the step
 * with "Cannot find module" (after trying to install the package from the registry). One file
 * per set of specifiers, written beside the wrapper when first needed (and again if removed).
 */
export declare function helpersPreloadPath(options: {
    scriptPath: string;
    source: string;
}): string | undefined;
/** The wrapper (written once per process) and a fresh result file name for one run. */
export declare function prepareModuleWrapper(options: {
    scriptPath: string;
    scriptLabel: string;
}): ModuleWrapper;
/**
 * The helper specifiers the wrapper stands in for: those whose package is in no node_modules
 * folder above the script's folder (a few stat calls per run, looked up afresh so a long-lived
 * process sees a package installed meanwhile). Not Bun.resolveSync in the wrapper: for a
 * missing package it tries Bun's auto-install, which costs 50-100 ms per specifier.
 */
export declare function stubbedHelpers(scriptDir: string): string[];
/**
 * What the wrapper wrote: its JSON, the size of JSON too large to read, what took the file's
 * place when it is no regular file (`notAFile`), or nothing.
 */
export type WrapperResult = {
    json: string;
} | {
    tooLargeBytes: number;
} | {
    notAFile: string;
} | undefined;
/**
 * The JSON the wrapper wrote, read no further than `maxBytes`: a module that returned 150 MB
 * cost the dispatcher that much memory (and twice as much again as its string) per step. The
 * module knows the file's path (it is in process.argv): one that made it a named pipe blocked
 * this read, and the dispatch with it, for good. Opened without waiting (O_NONBLOCK), and read
 * only when what was opened is a regular file.
 */
export declare function readWrapperResult(resultPath: string, maxBytes: number): WrapperResult;
