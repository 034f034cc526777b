/**
 * Where the next registered secret starts at or after `from` (-1 for none), the longest one
 * that starts there winning; its length is then `matchLength`.
 */
export type SecretFinder = {
    find(text: string, from: number): number;
    readonly matchLength: number;
    /** The length of the longest form. */
    readonly longest: number;
    /** Whether some form holds `part`. */
    holds(part: string): boolean;
};
/** Matched characters one search may visit beyond twice the text's length (see findSpans). */
export declare const OVERLAP_BUDGET_CHARS: number;
/**
 * Where the lines of a searched text are, for a search bounded line by line: the line holding
 * `at` is [start, end), and the next one starts `gap` characters after its end (1 for a line
 * break, 0 in wrapped text joined).
 */
export type LineBounds = {
    lineOf(at: number): [start: number, end: number];
    readonly gap: number;
    /**
     * What finds the secrets that can go on past a line's end (crossingEnd), or undefined when none
     * can: in text cut at `\n`, only the forms holding a line break (a multi-line secret as is);
     * in wrapped text joined, every form.
     */
    readonly crossing: SecretFinder | undefined;
};
/** The lines of a text, cut at each `\n`; `crossing` finds the forms holding a line break. */
export declare function linesOf(text: string, crossing: SecretFinder | undefined): LineBounds;
/**
 * The spans of `text` that start before `until`, as one flat array (start, end, start, end, …).
 * Overlapping matches make one span. Every position where a secret starts is visited, so the
 * work grows with the matched text; once it passes `budget.left` characters the rest of the text
 * is one span (masking more than needed is safe; time without bound is not).
 *
 * With `lines`, each line has a bound of its own, as if it were searched alone (twice its length
 * and OVERLAP_BUDGET_CHARS), and past it only the rest of that line is one span, with what a
 * secret starting there reaches past the line's end (crossingEnd): the search goes on at the
 * next line. Lines held back to find a secret wrapped over them (Redactor.redactLines)
 * are searched together, and one line's dense self-overlap masked every line after it.
 */
export declare function findSpans(finder: SecretFinder, text: string, until: number, budget: {
    left: number;
}, lines?: LineBounds): number[];
/**
 * Base64 and hex as tools print them: `base64` wraps at 76 columns, `openssl base64` and PEM at
 * 64, `xxd -p` at 60, each line ended by LF or CRLF. A secret's encoded form then crosses line
 * breaks, and no line holds enough of it to match. A line break is taken out when at least
 * MIN_WRAPPED_RUN characters of the alphabet end the line before it and one starts the line
 * after (a short word on each side is not wrapped text); a run of such breaks makes one segment,
 * searched joined. Each character of the text is in at most one segment, so the work is at most
 * that of searching the text once more.
 */
export declare const MIN_WRAPPED_RUN = 16;
export declare function inAlphabet(text: string, at: number): boolean;
/** A run of wrapped lines: its characters in the text, between the line breaks at `breaks` (start, end, …). */
type Segment = {
    start: number;
    end: number;
    breaks: number[];
};
/**
 * The segments of wrapped text, in order. A line break is LF or CRLF, or either as JSON writes it
 * in a string (a backslash and `n`, after a backslash and `r`): a tool's wrapped output inside
 * JSON text (a result's `details` in the `results` output, `flows fire --json`, a step that logs
 * JSON) is one line holding its escaped breaks.
 */
export declare function wrappedSegments(text: string): Segment[];
/**
 * WRAPPED_BREAK for a break as JSON escapes it (`\\n`), all of whose hits are found: the only
 * break a text with no line feed in it can hold (a line of a batch redacted line by line,
 * Redactor.redactEachLine).
 */
export declare const ESCAPED_WRAPPED_BREAKS: RegExp;
/** Whether a text may hold text wrapped over lines: a line break wrappedSegments may take out. */
export declare function mayHoldWrappedText(text: string): boolean;
export declare function wholeRun(text: string, from: number, to: number): boolean;
/**
 * The spans of secrets found in the wrapped segments of `text` joined, as spans of `text`: a
 * secret across a line break is masked on both lines, and the break is kept. One budget for all
 * segments, as for the text (findSpans); past it, the rest of the text is one span. `byLine`:
 * each line of a segment has a bound of its own, and past it the rest of that line is one span
 * (findSpans with lines).
 */
export declare function wrappedSpans(finder: SecretFinder, text: string, until: number, byLine?: boolean): number[];
/** Two flat lists of spans, each in order, as one in order: overlapping spans become one. */
export declare function unionOfSpans(a: number[], b: number[]): number[];
export {};
