export type Runners = typeof import("../runners/index.js");
/**
 * The runner modules (and child_process with them), loaded once a dispatch has steps to run: by
 * the dispatch as soon as something matched, beside the step engine (./run-one.ts), which loads
 * them itself if they are not loading yet.
 */
export declare function loadRunners(): Promise<Runners>;
