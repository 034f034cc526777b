import type { StateFolderSetting } from "../state/file-errors.js";
import type { StateStore } from "../state/types.js";
import type { CliContext } from "./commands.js";
import type { ParsedValues } from "./options.js";
/** The store from --state: file (default), branch (--repo path or URL, --branch), artifact (read) or none. */
export declare function openCliStore(values: ParsedValues, repoRoot: string, env: NodeJS.ProcessEnv): Promise<{
    store: StateStore;
    label: string;
}>;
/** How errors about the state folder name it on the command line: --state-dir, or the default when none was given. */
export declare function cliStateDirSetting(given: boolean): StateFolderSetting;
/** Flushes and closes the store a command opened; false when records were not saved. */
/** Saves and closes the command's store: undefined when saved, else why not (also said on standard error). */
export declare function closeCliStore(ctx: CliContext): Promise<string | undefined>;
export declare function isRepositoryUrl(value: string | undefined): value is string;
