import type { FlowRunView } from "../contracts.js";
/** Results whose indented JSON may be longer than this (in characters) are shown compact. */
export declare const PRETTY_RESULT_CHARS: number;
/** Bytes of a result's JSON the reports keep to show: more than a check run shows (64 KiB), and the margin it cuts in. */
export declare const RESULT_HEAD_BYTES: number;
/** How the reports lay a result out, indented or compact, and its redacted JSON's size so in UTF-8 bytes. */
export type ResultLayout = {
    bytes: number;
    indented: boolean;
};
/**
 * What the reports show of a result: the start of its JSON, redacted whole before it was cut (a
 * cut through a secret leaves a part no later redaction matches), at most RESULT_HEAD_BYTES, and
 * the bytes of the redacted JSON after that start.
 */
export type ShownResult = {
    head: string;
    restBytes: number;
};
/**
 * The result's JSON, indented when that stays within `maxPrettyChars`, compact otherwise.
 * `compact`: its compact JSON, when the caller has it already.
 */
export declare function resultJsonText(result: unknown, maxPrettyChars?: number, compact?: string): {
    text: string;
    indented: boolean;
};
/**
 * The layout of a result, for a run view that keeps only part of it (FlowRunView.wholeResult):
 * worked out once per result. `compact`: its compact JSON, when the caller has it already.
 */
export declare function resultLayout(result: object, compact?: string): ResultLayout;
/**
 * The run's result as the reports show it (worked out once per result, and again once a secret
 * was registered since); undefined when it has none.
 */
export declare function shownRunResult(run: Pick<FlowRunView, "resultPayload" | "wholeResult">): ShownResult | undefined;
