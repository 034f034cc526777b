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
/**
 * A line the runner takes for a workflow command: `::` once its leading white space is trimmed
 * (.NET's TrimStart, which also trims U+0085, U+00A0 and the other Unicode spaces), or the
 * deprecated `##[command]` form, which the runner looks for anywhere in a line.
 * https://github.com/actions/runner/blob/main/src/Runner.Common/ActionCommand.cs (TryParseV2, TryParse)
 */
export declare const COMMAND_LIKE_LINE: RegExp;
