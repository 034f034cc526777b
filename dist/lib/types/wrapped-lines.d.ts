import { type Redactor } from "./redact.js";
/**
 * Held lines are handed out once no line has come for this long: a tool prints wrapped text at
 * once, and a line that only looks like its start ("Cloning into /home/runner/work/repo/repo")
 * must not wait in the live log for the step's next line, minutes later.
 */
export declare const HOLD_MS = 250;
/**
 * A step's output lines for the live log, held while they may be base64 or hex wrapped over
 * lines (src/redact-spans.ts): each line is redacted alone as it is printed, and a secret's
 * encoding that `base64` wrapped at 76 columns has no line holding enough of it to match. A
 * line that ends in such text is held until the next shows whether it goes on; the lines are
 * then masked together, each keeping its line. Bounded: past HOLD_CHARS the first lines are
 * handed out, and the last ones (the longest secret's length) are kept to be masked again
 * with what follows.
 */
export declare class WrappedLineHold {
    #private;
    private readonly emit;
    private readonly redactor;
    constructor(emit: (line: string) => void, redactor?: Redactor);
    push(line: string): void;
    /** Hands out every held line (at the step's end, or when the wrapped text ends). */
    flush(): void;
}
/**
 * A WrappedLineHold for each stream of one step (its stdout and its stderr): a tool's `base64`
 * block on stdout with progress lines on stderr between its lines ended the held text at each
 * stderr line, so no held run held the secret's encoding whole. A stream's lines are held and
 * masked among themselves; a line of the other stream meanwhile is shown at once (the two
 * streams' order in the log was only ever as the pipes delivered it).
 */
export declare class StreamLineHolds {
    #private;
    private readonly emit;
    private readonly redactor;
    constructor(emit: (line: string) => void, redactor?: Redactor);
    push(stream: string, line: string): void;
    /** Hands out every held line of every stream. */
    flush(): void;
}
