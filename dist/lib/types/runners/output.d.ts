import { type Redactor } from "../redact.js";
/**
 * Longest line handed out in one piece. A step that prints more without a newline gets the text
 * split, so one runaway line cannot grow memory without limit: at most this, the longest
 * registered secret (or 4 KiB) and one chunk are held. A piece is longer only to keep whole a
 * registered secret that is longer itself.
 */
export declare const MAX_LINE_CHARS: number;
/**
 * Printed after the pieces of a cut line that carried a FLOW_RESULT: the result cannot be read
 * from a piece, and "not valid JSON" would send the author looking in the wrong place.
 */
export declare const OVERSIZED_RESULT_NOTICE = "[flows-action] FLOW_RESULT too large";
/** Turns a byte stream into lines as they arrive: partial chunks, CRLF, and a last line without newline. */
export declare class LineSplitter {
    private readonly onLine;
    private readonly decoder;
    private readonly redactor;
    private readonly maxLineChars;
    private partial;
    /** While a line is being cut: its bytes so far (of a result, after its marker), and whether its first piece held a FLOW_RESULT. */
    private cut;
    constructor(onLine: (line: string) => void, options?: {
        redactor?: Redactor;
        maxLineChars?: number;
    });
    push(chunk: Buffer): void;
    /** Hands out whatever is left (the final line when the output did not end with a newline). */
    end(): void;
    private take;
    /**
     * Whether a cut at maxLineChars must wait for more text: a secret JSON-escaped three times or
     * more is longer than any registered form (a `"` is 2^depth - 1 backslashes and the quote), and
     * is found with each run of backslashes as one (src/redact-nested.ts), so `lookahead` counts
     * characters that way after the cut. Held text is bounded: past DEEP_HOLD_FACTOR times the
     * lookahead, runs longer than DEEP_RUN_KEPT are shortened to it (folded, the text is the same,
     * so every secret in it is still found and masked), and then the lookahead is there.
     */
    private waitsForDeepEscapes;
    /** Hands out the line held in `partial`, in pieces when it is longer than maxLineChars. */
    private finishLine;
    /**
     * Whether the finished line in `partial` is a FLOW_RESULT whose JSON is within the limit
     * (maxLineChars bytes): it is handed out whole, however long its marker and the text before it
     * make it (at most the lookahead more, which is held either way). Cut, a result of exactly
     * 4 MiB was read as "too large".
     */
    private resultWithinLimit;
    /** Hands out pieces of the line so far while more than `lookahead` characters follow the first cut. */
    private cutPieces;
    /** After the last piece of a cut line: say how large a FLOW_RESULT line was. */
    private endCut;
}
/**
 * The last `maxBytes` of a sequence of lines. Old lines are dropped whole; the text reports how
 * many bytes were cut so a reader knows the record is a tail.
 *
 * Each line may name the stream it came from (a step's stdout and stderr, combined in the order
 * they arrived). Wrapped text is searched for secrets in each stream's own lines: a tool's
 * `base64` block on stdout with a stderr line printed between two of its lines made, in the
 * combined order, two runs that neither held the secret's encoding whole, and the lines after
 * the stderr line were published as they were.
 */
export declare class OutputTail {
    private readonly maxBytes;
    private readonly redactor;
    private lines;
    /** The stream of each line in `lines` (the same index). */
    private streams;
    private first;
    private keptBytes;
    private cutBytes;
    /** Whether lines of more than one stream were pushed: the lines are then redacted stream by stream. */
    private mixed;
    private lastStream;
    /**
     * The last dropped lines of each stream, the longest secret's length of them: a secret that
     * base64 wrapped over lines may start in a dropped line and end in a kept one, whose part of it
     * no redaction of the kept lines alone matches. Redacted with them as context (Redactor.redactLines).
     */
    private context;
    constructor(maxBytes: number, redactor?: Redactor);
    /** `stream`: where the line came from (lines of one stream are searched together for wrapped secrets). */
    push(line: string, stream?: string): void;
    /** Kept lines, oldest first. */
    kept(): string[];
    /**
     * Kept lines, oldest first, redacted with the dropped lines before them as context; each
     * stream's lines as one text, so that a secret wrapped over the lines of one stream is masked
     * whatever the other printed between them.
     */
    keptRedacted(): string[];
    private keepAsContext;
    get bytesCut(): number;
    /**
     * The tail as text, with a `… N bytes cut …` marker on top when output was dropped. Redacted
     * when lines were dropped (their context is gone after) or the streams are mixed (a later
     * redaction of the text sees them in one order).
     */
    text(): string;
}
