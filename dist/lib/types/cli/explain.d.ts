import { type CliContext } from "./commands.js";
export type ExplainOptions = {
    eventPath: string;
    /** With a GitHub event name, the file is a webhook payload, mapped as the action maps it. */
    eventName?: string;
};
/**
 * `flows explain --event event.json`: for every step, whether it matches the event and exactly
 * why (type, schema errors, the condition with the values it read). Runs nothing.
 */
export declare function explainCommand(ctx: CliContext, options: ExplainOptions): Promise<number>;
