import type { FlowDiagnostic } from "../contracts.js";
import type { CliError } from "../generated/types.js";
import { UserError, type UserErrorOptions } from "../user-error.js";
/** A command that cannot give its result: the user's to act on, with the problems that go with it. */
export declare class CommandFailed extends UserError {
    name: string;
    readonly problems: readonly FlowDiagnostic[];
    constructor(message: string, options?: UserErrorOptions & {
        problems?: readonly FlowDiagnostic[];
    });
}
export type FailureDetails = {
    kind: CliError["error"]["kind"];
    exitCode: number;
    command?: string;
    hint?: string;
    result?: unknown;
};
/** The `--json` document for an error that stopped a command (`error` thrown, or a message). */
export declare function errorDocument(error: unknown, details: FailureDetails): string;
/** `--json` among the options (before a `--`): the command line may not parse, and errors still need JSON. */
export declare function jsonRequested(argv: readonly string[]): boolean;
