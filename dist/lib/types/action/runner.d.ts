import { type Redactor } from "../redact.js";
import type { ActionIO } from "./io.js";
export type RunnerIOOptions = {
    /** Replaces secrets before text leaves the process; learns every value given to setSecret. */
    redactor?: Redactor;
};
/** ActionIO for a GitHub Actions runner, backed by @actions/core. */
export declare function runnerIO(options?: RunnerIOOptions): ActionIO;
/**
 * What is wrong with the runner's files, before anything is written to them: a variable naming
 * a file that does not exist (a local run with a hand-made environment) would otherwise fail the
 * first output, deep inside @actions/core, as "Missing file at path" with a stack trace.
 */
export declare function runnerFileProblem(env: NodeJS.ProcessEnv): string | undefined;
