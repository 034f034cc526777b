import type { FlowDiagnostic } from "../contracts.js";
/** One warning per key of a subschema of `schema` that is no keyword but close to one that checks payloads. */
export declare function keywordTypoWarnings(path: string, text: string, schema: unknown): FlowDiagnostic[];
