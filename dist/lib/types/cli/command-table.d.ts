import type { CliContext } from "./commands.js";
import type { OptionHelp, OptionName, ParsedValues } from "./options.js";
import type { StoreContext } from "./state-commands.js";
export type CommandInput = {
    ctx: CliContext;
    values: ParsedValues;
    /** Positionals after the command name. */
    args: string[];
    concurrency?: number;
    /** The store chosen with --state, opened for the commands that read or write it. */
    store: () => Promise<StoreContext>;
};
export type CommandSpec = {
    name: string;
    /** Positional arguments, as shown in usage (`<flow> <step>`). */
    args?: string;
    summary: string;
    /** Options this command takes besides the global ones (--repo, --flows-path, --json, --no-color, --help). */
    options: OptionName[];
    /** Options whose value or meaning differ in this command from OPTIONS' wording. */
    optionHelp?: Partial<Record<OptionName, OptionHelp>>;
    /** More to say in `flows <command> --help`. */
    details?: string;
    examples: string[];
    /**
     * The command only reads the state store, given these options (`flows show`; `flows fire
     * --dry-run`): it gets the store read-only (src/state/read-only.ts), so a damaged record is
     * reported and left as it is, and a write is refused as a bug.
     */
    readsOnly?: (values: ParsedValues) => boolean;
    run: (input: CommandInput) => Promise<number>;
};
export declare const GLOBAL_OPTIONS: OptionName[];
export declare const COMMANDS: CommandSpec[];
/** More positionals than the command's usage names is a mistake to say, not to drop. */
export declare function checkArgs(spec: CommandSpec, args: string[], where?: {
    cwd: string;
    repoRoot: string;
}): void;
export declare function required(value: string | undefined, what: string, command: string): string;
/**
 * A count given on the command line (--limit, --concurrency, --max-requests): a whole number
 * from 1 to Number.MAX_SAFE_INTEGER. Digits past it are a whole number all the same, too large
 * to be counted exactly: said so, with the largest accepted, and `otherwise` (what else to do).
 */
export declare function countOption(value: string, option: string, command: string, otherwise?: string): number;
