import type { FlowDiagnostic } from "../contracts.js";
/** Warnings for a compiled trigger schema (`value`, parsed from `text`) used by triggers of `types`. */
export declare function neverMatchWarnings(path: string, text: string, value: unknown, types: readonly string[]): FlowDiagnostic[];
