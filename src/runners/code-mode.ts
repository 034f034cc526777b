import type { StepOutcome } from "./types.js";
import { StepClock } from "./step-clock.js";

const ENABLED_VALUES = new Set(["1", "true", "yes", "on"]);

export const CODE_MODE_DISABLED_MESSAGE =
  "Code Mode step not run: Code Mode is disabled. Set CODEX_FLOWS_ENABLE_CODE_MODE=1 (or CODEX_FLOWS_MODE=code-mode) to enable it.";

export const CODE_MODE_UNAVAILABLE_MESSAGE =
  "Code Mode is enabled, but running a Code Mode step needs the Codex runtime, which flows-action does not ship. " +
  'Run this flow with the Codex flow runtime, or rewrite the step as runner = "bun".';

/** Code Mode is opt-in: `CODEX_FLOWS_MODE=code-mode` or `CODEX_FLOWS_ENABLE_CODE_MODE` = 1/true/yes/on. */
export function isCodeModeEnabled(env: Record<string, string | undefined>): boolean {
  if (env.CODEX_FLOWS_MODE?.trim().toLowerCase() === "code-mode") return true;
  return ENABLED_VALUES.has(env.CODEX_FLOWS_ENABLE_CODE_MODE?.trim().toLowerCase() ?? "");
}

/** The outcome of a `runner = "code-mode"` step: skipped when gated off, failed when on. */
export function codeModeOutcome(env: Record<string, string | undefined>): StepOutcome {
  const clock = new StepClock();
  if (!isCodeModeEnabled(env)) {
    return clock.outcome({
      processStatus: "completed",
      result: { status: "skipped", message: CODE_MODE_DISABLED_MESSAGE },
    });
  }
  return clock.outcome({ processStatus: "failed", error: CODE_MODE_UNAVAILABLE_MESSAGE });
}
