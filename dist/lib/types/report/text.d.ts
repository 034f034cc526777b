import type { FlowDiagnostic } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
export type TextOptions = {
    color?: boolean;
    baseDir?: string;
};
/**
 * A dispatch as terminal lines, for `flows fire`, `flows run` and `flows github`. Text from
 * outside (event ids and types, flow and step names, messages) is escaped for the terminal, one line
 * per field: a name from a hand-written flow.toml may hold U+200B, which the CLI's last guard
 * (src/cli/terminal-write.ts) leaves as it is.
 */
export declare function renderText(outcome: DispatchOutcome, options?: TextOptions): string;
export declare function formatProblem(problem: FlowDiagnostic, options?: TextOptions): string;
