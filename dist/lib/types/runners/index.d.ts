export { buildStepContext, type StepContext, type StepContextOptions } from "./context.js";
export { isCodeModeEnabled } from "./code-mode.js";
export { RUN_VARIABLES, stepEnvironment, WITHHELD_HOST_PREFIXES, WITHHELD_HOST_VARIABLES, } from "./environment.js";
export { FLOW_HELPER_SPECIFIERS } from "./module-style.js";
export { type FlowResultParse, parseFlowResult } from "./result.js";
export { runFlowStep } from "./run-step.js";
export type { RunStepOptions, StepOutcome, StepOutputStream, StepRuntime } from "./types.js";
