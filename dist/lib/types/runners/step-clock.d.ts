import type { StepOutcome } from "./types.js";
/** An outcome without its timing; process facts default to "none". */
export type OutcomeFields = Pick<StepOutcome, "processStatus"> & Partial<Pick<StepOutcome, "result" | "error" | "timedOut" | "exitCode" | "signal" | "output">>;
/** Stamps outcomes with when the step started and how long it took. */
export declare class StepClock {
    private readonly startedAt;
    private readonly start;
    outcome(fields: OutcomeFields): StepOutcome;
}
