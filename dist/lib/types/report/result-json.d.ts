/** Results whose indented JSON may be longer than this (in characters) are shown compact. */
export declare const PRETTY_RESULT_CHARS: number;
/** The result's JSON, indented when that stays within `maxPrettyChars`, compact otherwise. */
export declare function resultJsonText(result: unknown, maxPrettyChars?: number): string;
