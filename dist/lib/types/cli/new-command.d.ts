import type { CliContext } from "./commands.js";
import { type StepStyle } from "./new-templates.js";
export type NewOptions = {
    flow: string;
    /** --on; default workflow_dispatch, which every repository can send (Actions → Run workflow). */
    on?: string;
    step?: string;
    style: StepStyle;
    /** --repo was given: the repository is the one named, not looked for above. */
    repoGiven: boolean;
};
export declare const DEFAULT_TYPE = "workflow_dispatch";
export declare const DEFAULT_STEP = "main";
export declare function newCommand(ctx: CliContext, options: NewOptions): Promise<number>;
