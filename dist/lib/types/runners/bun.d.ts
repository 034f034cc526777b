import type { RunStepOptions, StepOutcome } from "./types.js";
export declare const DEFAULT_TAIL_BYTES: number;
/** Runs a `runner = "bun"` step: raw scripts directly, module-style scripts through the wrapper. */
export declare function runBunStep(options: RunStepOptions): Promise<StepOutcome>;
