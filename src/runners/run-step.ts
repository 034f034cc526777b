import { runBunStep } from "./bun.js";
import { codeModeOutcome } from "./code-mode.js";
import { checkStepOptions } from "./context.js";
import { checkArgument, isRecord } from "../library-arguments.js";
import { StepClock } from "./step-clock.js";
import type { RunStepOptions, StepOutcome } from "./types.js";
import { isUserError } from "../user-error.js";

/**
 * Runs one step of one flow for one event. Throws only for options it cannot use (a
 * LibraryArgumentError); anything else that goes wrong (a missing bun, a spawn error, an
 * unknown runner) comes back as a failed outcome with a reason.
 */
export async function runFlowStep(options: RunStepOptions): Promise<StepOutcome> {
  checkStepOptions("runFlowStep", options);
  checkArgument(isRecord(options.env), "runFlowStep", "options.env", "an object of environment variables, like { PATH: process.env.PATH }", options.env);
  let clock = new StepClock();
  try {
    const runner: string = options.step.runner;
    if (runner === "bun") return await runBunStep(options);
    if (options.startAfter !== undefined) {
      if (!(await options.startAfter.then(() => true, () => false))) {
        return clock.outcome({ processStatus: "canceled", error: "not started: its start could not be recorded" });
      }
      clock = new StepClock();
    }
    switch (runner) {
      case "code-mode":
        return codeModeOutcome(options.env);
      default:
        return clock.outcome({
          processStatus: "failed",
          error: `step "${options.step.name}" has unknown runner "${runner}"; use "bun" or "code-mode"`,
        });
    }
  } catch (error) {
    // The machine's (a full temp disk): what to change, no stack. Anything else is ours: its stack.
    const reason = isUserError(error) ? `${error.message}${error.hint ? ` ${error.hint}` : ""}` : error instanceof Error ? (error.stack ?? error.message) : String(error);
    return clock.outcome({
      processStatus: "failed",
      error: `flows-action could not run step "${options.step?.name}": ${reason}`,
    });
  }
}
