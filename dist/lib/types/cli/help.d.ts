import { type CommandSpec } from "./command-table.js";
/** `flows`, `flows help`, `flows --help`. */
export declare function globalHelp(): string;
/** `flows <command> --help`, `flows help <command>`. */
export declare function commandHelp(command: CommandSpec): string;
/**
 * `flows help --json` (every command) and `flows help <command> --json` (that one): the table the
 * text above is written from, as data (schemas/cli-help.schema.json).
 */
export declare function helpDocument(commands?: readonly CommandSpec[]): string;
