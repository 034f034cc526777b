import type { FlowDiagnostic } from "../contracts.js";
import { UserError } from "../user-error.js";
/** A flow.toml or schema problem, thrown by callers that want to stop at the first error. */
export declare class FlowManifestError extends UserError {
    readonly file: string;
    readonly diagnostic: FlowDiagnostic;
    constructor(diagnostic: FlowDiagnostic);
}
export type FormatDiagnosticOptions = {
    /** Show `file` relative to this folder (usually the repository root). */
    baseDir?: string;
};
/** `path:line:col: error: message`, the shape editors and problem matchers understand. */
export declare function formatDiagnostic(diagnostic: FlowDiagnostic, options?: FormatDiagnosticOptions): string;
/**
 * `message` with the paths it names under `baseDir` (the repository root) written relative to
 * it, as the `flows/a/flow.toml:3:1:` prefix is: "looked for flows/a/exec/x.ts", not the
 * runner's /home/runner/work/repo/repo/flows/a/exec/x.ts. Only paths the message itself puts in
 * (after a space, a parenthesis or at the start) are shortened; a value quoted from flow.toml
 * ("/abs/x.ts", an absolute path) is shown as written. Paths outside `baseDir` stay absolute.
 */
export declare function relativeInMessage(message: string, baseDir: string | undefined): string;
/** The value as a user wrote it, for "found X" halves of messages. */
export declare function describeValue(value: unknown): string;
export declare function isTable(value: unknown): value is Record<string, unknown>;
/** A size in a message: bytes, KiB or MiB. */
export declare function formatBytes(bytes: number): string;
