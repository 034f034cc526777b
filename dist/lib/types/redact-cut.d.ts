import { type Redactor } from "./redact.js";
/** What a cut kept, and how much it left out: code points for a cut by characters, UTF-8 bytes for one by bytes. */
export type TextCut = {
    text: string;
    cut: number;
};
/** Text redacted whole, and the cuts that may then be made of it (all between graphemes, src/text-cut.ts). */
export interface RedactedText {
    readonly text: string;
    /** Its size in UTF-8 bytes. */
    readonly bytes: number;
    /**
     * The text after a change made once it is redacted and before it is cut (lines folded into
     * one, control characters escaped, mentions broken), so the cut counts what is shown.
     */
    map(change: (text: string) => string): RedactedText;
    /** The first whole graphemes of at most `max` code points. */
    chars(max: number): TextCut;
    /** At most `max` code points; when cut, ending in `marker` (counted in `max`). */
    clip(max: number, marker?: string): string;
    /** The first whole graphemes of at most `maxBytes` UTF-8 bytes. */
    head(maxBytes: number): TextCut;
    /** The last whole graphemes of at most `maxBytes` UTF-8 bytes. */
    tail(maxBytes: number): TextCut;
    /**
     * The first (`head`) or last (`tail`) whole graphemes of at most `maxBytes` UTF-8 bytes, still
     * redacted text, and the bytes left out: the part a change that only lengthens text (hidden
     * characters shown) need be made in, before the final cut, when only so much can be shown.
     */
    part(keep: "head" | "tail", maxBytes: number): {
        text: RedactedText;
        cut: number;
    };
}
/** Outside text, redacted by the process's redactor (or the one given) before any cut. */
export declare function redacted(raw: string, redactor?: Redactor): RedactedText;
/**
 * A value from outside, as JSON on one short line for a message: redacted whole before the cut
 * (a cut through a secret leaves a part no later redaction matches); undefined is "nothing".
 */
export declare function shownValue(value: unknown, chars?: number): string;
