/** How many code points a text holds from `start` on (an emoji is one, not two UTF-16 units). */
export declare function codePointLength(text: string, start?: number): number;
/**
 * The first graphemes of a text that hold at most `max` code points, and how many code points
 * after them were cut.
 */
export declare function cutCodePoints(text: string, max: number): {
    kept: string;
    cut: number;
};
/** At most `max` code points of a text, cut between graphemes; a text that was cut ends in `marker` (counted in `max`). */
export declare function clipText(text: string, max: number, marker?: string): string;
/** The first graphemes of a text that fit in `maxBytes` UTF-8 bytes. */
export declare function headOfBytes(text: string, maxBytes: number): string;
/**
 * The last graphemes of a text that fit in `maxBytes` UTF-8 bytes. Counted from the end, so the
 * tail of a 640 KB output costs its 16 KB, not the rest.
 */
export declare function tailOfBytes(text: string, maxBytes: number): string;
/**
 * `text` with every lone surrogate (half of a pair, as JSON's `"\ud83d"` can carry) made
 * U+FFFD, as UTF-8 would make it: what GitHub stores and answers. Names compared with GitHub's
 * answers must be made so before they are sent (String.prototype.toWellFormed, ES2024).
 */
export declare function wellFormedText(text: string): string;
