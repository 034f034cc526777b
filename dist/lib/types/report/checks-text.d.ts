export declare const CHECK_OUTPUT_LIMIT_BYTES = 65535;
/**
 * Bytes past a limit kept of text that is shown (hidden characters as `<U+0001>`, mentions
 * broken) before it is cut to the limit: more than a cut between graphemes gives back (256 UTF-16
 * units, src/text-cut.ts), so text that is cut still is after it is shown, and enough for what
 * showing one character looks at after it (a flag's tag sequence, the letter after `@`).
 */
export declare const SHOWN_MARGIN_BYTES = 1024;
export declare function byteLength(text: string): number;
/**
 * A fenced code block of at most `maxBytes` bytes: the content is cut before it is fenced, so a
 * cut never leaves a fence open. `cutBytes` says how much of the content was left out.
 */
export declare function boundedCodeBlock(content: string, options: {
    maxBytes: number;
    keep: "head" | "tail";
    language?: string;
}): {
    block: string;
    cutBytes: number;
};
/**
 * One line of plain text (check titles, annotation titles): no line breaks, no markup GitHub
 * could render (`<>` become `‹›`), mentions broken so nobody is pinged, control characters and
 * bidirectional controls shown as `<U+0001>`, `<U+202E>` (before the cut, so `maxChars` counts them).
 */
export declare function plainText(text: string, maxChars: number): string;
/** Last line of defence: summary and text within the limit even if a renderer misjudged. */
export declare function boundOutput<T extends {
    summary: string;
    text?: string;
}>(output: T): T;
