import type { RunStepOptions, StepOutcome } from "./types.js";
/**
 * Runs one step of one flow for one event. Throws only for options it cannot use (a
 * LibraryArgumentError); anything else that goes wrong (a missing bun, a spawn error, an
 * unknown runner) comes back as a failed outcome with a reason.
 */
export declare function runFlowStep(options: RunStepOptions): Promise<StepOutcome>;
