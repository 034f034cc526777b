import { type Redactor } from "../redact.js";
import type { ActionIO } from "./io.js";
export type RunnerIOOptions = {
    /** Replaces secrets before text leaves the process; learns every value given to setSecret. */
    redactor?: Redactor;
};
/** ActionIO for a GitHub Actions runner, backed by @actions/core. */
export declare function runnerIO(options?: RunnerIOOptions): ActionIO;
