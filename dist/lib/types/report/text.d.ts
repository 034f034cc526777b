import type { FlowDiagnostic } from "../contracts.js";
import type { DispatchOutcome } from "../engine/dispatch.js";
export type TextOptions = {
    color?: boolean;
    baseDir?: string;
};
/**
 * A dispatch as terminal lines, for `flows fire`, `flows run` and `flows github`. Text from
 * outside (event ids and types, messages) is escaped for the terminal, one line per field.
 */
export declare function renderText(outcome: DispatchOutcome, options?: TextOptions): string;
export declare function formatProblem(problem: FlowDiagnostic, options?: TextOptions): string;
