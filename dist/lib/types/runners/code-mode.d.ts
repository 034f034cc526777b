import type { StepOutcome } from "./types.js";
export declare const CODE_MODE_DISABLED_MESSAGE = "Code Mode step not run: Code Mode is disabled. Set CODEX_FLOWS_ENABLE_CODE_MODE=1 (or CODEX_FLOWS_MODE=code-mode) to enable it.";
export declare const CODE_MODE_UNAVAILABLE_MESSAGE: string;
/** Code Mode is opt-in: `CODEX_FLOWS_MODE=code-mode` or `CODEX_FLOWS_ENABLE_CODE_MODE` = 1/true/yes/on. */
export declare function isCodeModeEnabled(env: Record<string, string | undefined>): boolean;
/** The outcome of a `runner = "code-mode"` step: skipped when gated off, failed when on. */
export declare function codeModeOutcome(env: Record<string, string | undefined>): StepOutcome;
