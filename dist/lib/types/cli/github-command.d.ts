import type { StateFolderSetting } from "../state/file-errors.js";
import { type CliContext } from "./commands.js";
import type { ParsedValues } from "./options.js";
export { GITHUB_EVENT_NAMES } from "./event-names.js";
export type GitHubOptions = {
    eventName: string;
    eventPath: string;
    repository?: string;
    inputs: Record<string, string>;
    /** --bun: the bun executable for steps (default: FLOWS_BUN, Bun next to flows-action, PATH). */
    bunPath?: string;
    /** What chose the state folder, as its errors name it (default: the action's state-dir input). */
    stateDirSetting?: StateFolderSetting;
};
/** `flows github` from its options: checks the event name and inputs, then runs the action's code path. */
export declare function githubFromCommandLine(ctx: CliContext, values: ParsedValues): Promise<number>;
/** `flows github`: the action's own code path on this machine. */
export declare function githubCommand(ctx: CliContext, options: GitHubOptions): Promise<number>;
/** The input names in action.yml (the one list of them), or undefined when it cannot be read. */
export declare function actionInputNames(): Promise<string[] | undefined>;
