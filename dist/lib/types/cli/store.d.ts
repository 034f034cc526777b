import type { StateFolderSetting } from "../state/file-errors.js";
import type { ReadOnlyReader, StateStore } from "../state/types.js";
import type { CliContext } from "./commands.js";
import type { ParsedValues } from "./options.js";
/** A command that only reads (`readOnly`) opens the store read-only, naming itself and the command that sets a damaged record aside. */
export type CliReader = ReadOnlyReader & {
    readOnly: boolean;
};
/**
 * The store from --state: file (default), branch (--repo path or URL, --branch), artifact (read)
 * or none; read-only for a command that only reads (src/state/read-only.ts).
 */
export declare function openCliStore(values: ParsedValues, repoRoot: string, env: NodeJS.ProcessEnv, reader?: CliReader): Promise<{
    store: StateStore;
    label: string;
}>;
/** The store each store option is read by: given with another --state, it would be ignored. */
declare const STORE_OF_OPTION: {
    readonly "state-dir": "file";
    readonly branch: "branch";
    readonly repository: "artifact";
};
/**
 * --state is one of the kinds, and no option of another store is given with it: `flows runs
 * --branch flows-state` read the file store and said "No runs", `--state branch --state-dir x`
 * read the branch, each as if the option were not there. `kind`: the store the command uses
 * (`flows github` takes it from --state or --input state=). Checked before anything runs.
 */
export declare function checkStateOptions(values: Pick<ParsedValues, keyof typeof STORE_OF_OPTION | "state">, command: string, kind?: string): void;
/** How errors about the state folder name it on the command line: --state-dir, or the default when none was given. */
export declare function cliStateDirSetting(given: boolean): StateFolderSetting;
/**
 * Saves and closes the command's store: undefined when saved, else why not (also said on
 * standard error). Problems the save met that no dispatch or listing said (a state branch that
 * lost the commits this command saw) are warnings on standard error, saved or not.
 */
export declare function closeCliStore(ctx: CliContext): Promise<string | undefined>;
export declare function isRepositoryUrl(value: string | undefined): value is string;
export {};
