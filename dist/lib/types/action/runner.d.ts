import { type Redactor } from "../redact.js";
import { UserError } from "../user-error.js";
import type { ActionIO } from "./io.js";
export type RunnerIOOptions = {
    /** Replaces secrets before text leaves the process; learns every value given to setSecret. */
    redactor?: Redactor;
};
/** ActionIO for a GitHub Actions runner, backed by @actions/core. */
export declare function runnerIO(options?: RunnerIOOptions): ActionIO;
/** The runner's files the action writes to: each is made by the runner before a step starts. */
declare const RUNNER_FILES: readonly ["GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY"];
type RunnerFile = (typeof RUNNER_FILES)[number];
/**
 * What is wrong with the runner's files, before anything is written to them: a variable naming
 * a file that does not exist (a local run with a hand-made environment) would otherwise fail the
 * first output, deep inside @actions/core, as "Missing file at path" with a stack trace. A folder
 * would fail it the same way; a FIFO nobody reads would hang the job at its first output, in a
 * write that no signal ends.
 */
export declare function runnerFileProblem(env: NodeJS.ProcessEnv): string | undefined;
/**
 * A runner file (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY) that refused a write: a full disk, a file
 * made read-only. The runner's to fix, not a bug of the action: said without a stack.
 */
export declare class RunnerFileError extends UserError {
    name: string;
    constructor(variable: RunnerFile, what: string, error: unknown);
}
/**
 * A line the runner takes for a workflow command: `::` once its leading white space is trimmed
 * (.NET's TrimStart, which also trims U+0085, U+00A0 and the other Unicode spaces), or the
 * deprecated `##[command]` form, which the runner looks for anywhere in a line.
 * https://github.com/actions/runner/blob/main/src/Runner.Common/ActionCommand.cs (TryParseV2, TryParse)
 * After a line break only the white space up to the next one is read (`\s` and U+0085 but `\r`
 * and `\n`): `(?:^|[\r\n])[\s\u0085]*::` read a run of line breaks to its end from each of them,
 * and a message of 64 KiB of line breaks took 14 s (256 KiB, nearly 4 minutes).
 */
export declare const COMMAND_LIKE_LINE: RegExp;
export {};
