import type { FlowResult } from "../contracts.js";
import type { StepContext } from "./context.js";

/** A module-style step: receives the run context, returns (or resolves to) a FlowResult. */
export type FlowStepFunction = (context: StepContext) => FlowResult | Promise<FlowResult>;

/**
 * Types a module-style step's default export. It returns the function unchanged, like the older
 * runtime's `defineBunFlow`; inside a step run by flows-action, `import { defineFlow } from
 * "flows-action/bun"` resolves without installing anything.
 */
export function defineFlow<T extends FlowStepFunction>(step: T): T {
  return step;
}
