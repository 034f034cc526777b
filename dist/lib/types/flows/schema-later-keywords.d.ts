import type { FlowDiagnostic } from "../contracts.js";
/**
 * One warning per later-draft keyword the draft-07 `schema` uses, at its first use.
 * `declared` is the schema's own `$schema`, when it has one.
 */
export declare function laterDraftKeywordWarnings(path: string, text: string, schema: unknown, declared: string | undefined): FlowDiagnostic[];
