import { COMMANDS, type CommandSpec, GLOBAL_OPTIONS } from "./command-table.js";
import type { CliHelp, CliHelpCommand } from "../generated/types.js";
import { optionEntry, optionLine } from "./options.js";

const EXIT_CODES = `Exit codes:
  0    done (every step ran without failing; nothing matching is no failure)
  1    a step failed, or a problem stopped the command (a bad flow package, an unreadable file,
       no Bun, a state store that could not be saved, output that could not be written)
  2    the command line is wrong (unknown command or option, a missing or bad value)
  130  stopped by Ctrl-C (SIGINT), 143 by SIGTERM, 129 by SIGHUP (the terminal closed): running
       steps are stopped and recorded canceled`;

/** `flows`, `flows help`, `flows --help`. */
export function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => usageOf(command).length));
  return `flows — run flow packages locally, the way flows-action runs them on GitHub.

Usage: flows <command> [options]

Commands:
${COMMANDS.map((command) => `  ${usageOf(command).padEnd(width)}  ${command.summary}`).join("\n")}
  ${"help [command]".padEnd(width)}  help for one command, with examples

Options for every command:
${GLOBAL_OPTIONS.map((name) => optionLine(name)).join("\n")}
  --version                     the version of flows

Run \`flows help <command>\` (or \`flows <command> --help\`) for its options and examples.

${EXIT_CODES}
`;
}

/** `flows <command> --help`, `flows help <command>`. */
export function commandHelp(command: CommandSpec): string {
  const lines = [`flows ${usageOf(command)} — ${command.summary}`, "", `Usage: flows ${usageOf(command)} [options]`];
  if (command.details) lines.push("", command.details);
  if (command.options.length > 0) lines.push("", "Options:", ...command.options.map((name) => optionLine(name, command.optionHelp?.[name])));
  // --version is taken after any command too (`flows fire --version`), so its help lists it.
  lines.push("", "Options for every command:", ...GLOBAL_OPTIONS.map((name) => optionLine(name)), optionLine("version"));
  lines.push("", "Examples:", ...command.examples.map((example) => `  ${example}`), "", EXIT_CODES, "");
  return lines.join("\n");
}

/**
 * `flows help --json` (every command) and `flows help <command> --json` (that one): the table the
 * text above is written from, as data (schemas/cli-help.schema.json).
 */
export function helpDocument(commands: readonly CommandSpec[] = COMMANDS): string {
  const document: CliHelp = {
    commands: commands.map(commandEntry),
    globalOptions: [...GLOBAL_OPTIONS, "version" as const].map((name) => optionEntry(name)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function commandEntry(command: CommandSpec): CliHelpCommand {
  return {
    name: command.name,
    ...(command.args ? { args: command.args } : {}),
    usage: `flows ${usageOf(command)} [options]`,
    summary: command.summary,
    ...(command.details ? { details: command.details } : {}),
    options: command.options.map((name) => optionEntry(name, command.optionHelp?.[name])),
    examples: [...command.examples],
  };
}

function usageOf(command: CommandSpec): string {
  return command.args ? `${command.name} ${command.args}` : command.name;
}
