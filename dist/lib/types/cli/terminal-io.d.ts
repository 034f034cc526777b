import type { ActionIO } from "../action/io.js";
export type TerminalIOOptions = {
    inputs: Record<string, string>;
    stdout?: (text: string) => void;
    stderr?: (text: string) => void;
    color?: boolean;
    /** Print debug lines (match decisions, store operations, API calls). */
    debug?: boolean;
};
export type TerminalIO = ActionIO & {
    outputs: Map<string, string>;
    summaries: string[];
    failure?: string;
};
/** ActionIO for `flows github`: the action's code path, printed to a terminal. */
export declare function terminalIO(options: TerminalIOOptions): TerminalIO;
