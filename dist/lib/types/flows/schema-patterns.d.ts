import type { FlowDiagnostic } from "../contracts.js";
/** Every `pattern` value and `patternProperties` name in `schema` that RE2 refuses, at its line. */
export declare function unusablePatterns(path: string, text: string, schema: unknown): Promise<FlowDiagnostic[]>;
