// A command that stops before it has a result says why on standard error and, with --json, also
// as one JSON document on standard output (schemas/cli-error.schema.json), so a script that
// parses standard output always gets JSON: its result, or `{"error": {...}}`.
import type { FlowDiagnostic } from "../contracts.js";
import type { CliError } from "../generated/types.js";
import { isUserError, UserError, type UserErrorOptions } from "../user-error.js";

/** A command that cannot give its result: the user's to act on, with the problems that go with it. */
export class CommandFailed extends UserError {
  override name = "CommandFailed";
  readonly problems: readonly FlowDiagnostic[];

  constructor(message: string, options: UserErrorOptions & { problems?: readonly FlowDiagnostic[] } = {}) {
    super(message, options);
    this.problems = options.problems ?? [];
  }
}

export type FailureDetails = { kind: CliError["error"]["kind"]; exitCode: number; command?: string; hint?: string; result?: unknown };

/** The `--json` document for an error that stopped a command (`error` thrown, or a message). */
export function errorDocument(error: unknown, details: FailureDetails): string {
  const body: CliError["error"] = { kind: details.kind, message: messageOf(error), exitCode: details.exitCode };
  if (details.command !== undefined) body.command = details.command;
  if (details.hint !== undefined) body.hint = details.hint;
  if (details.result !== undefined) body.result = details.result;
  if (isUserError(error)) {
    if (error.file !== undefined) body.file = error.file;
    if (error.line !== undefined) body.line = error.line;
    if (error.column !== undefined) body.column = error.column;
    if (error.hint !== undefined) body.hint = error.hint;
    if (error instanceof CommandFailed && error.problems.length > 0) body.problems = [...error.problems];
  }
  const document: CliError = { error: body };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function messageOf(error: unknown): string {
  if (typeof error === "string") return error;
  if (isUserError(error)) return error.message;
  // A bug: its stack goes to standard error only.
  const what = error instanceof Error ? error.message : String(error);
  return `${what} (a bug in flows-action: its stack is on standard error; please report it)`;
}

/** `--json` among the options (before a `--`): the command line may not parse, and errors still need JSON. */
export function jsonRequested(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  // `--json=1` is refused as a usage error, which the script asking for JSON still wants as JSON.
  return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === "--json" || arg.startsWith("--json="));
}
