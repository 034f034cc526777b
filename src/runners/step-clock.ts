import type { StepOutcome } from "./types.js";

/** An outcome without its timing; process facts default to "none". */
export type OutcomeFields = Pick<StepOutcome, "processStatus"> &
  Partial<Pick<StepOutcome, "result" | "error" | "timedOut" | "exitCode" | "signal" | "output">>;

/** Stamps outcomes with when the step started and how long it took. */
export class StepClock {
  private readonly startedAt = new Date();
  private readonly start = performance.now();

  outcome(fields: OutcomeFields): StepOutcome {
    return {
      timedOut: false,
      exitCode: null,
      signal: null,
      output: "",
      ...fields,
      startedAt: this.startedAt.toISOString(),
      completedAt: new Date().toISOString(),
      durationMs: Math.round(performance.now() - this.start),
    };
  }
}
