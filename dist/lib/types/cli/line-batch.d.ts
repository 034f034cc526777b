/**
 * Step output lines for the terminal, written a batch at a time: each write to the terminal is
 * redacted whole (src/cli/main.ts), and a call per line cost more than the redaction itself. A
 * step printing 200,000 short lines took `flows fire` twice as long as with --json. The lines
 * that arrive in one turn of the event loop (one chunk of a step's output) are written at once,
 * after it; so are BATCH_CHARS of them, and whatever is held when a step ends.
 *
 * Joined, the lines are redacted as they were alone, or more: no pattern crosses a line break,
 * and each line starts with its `[flow/step]` prefix, which no wrapped text (src/redact-spans.ts)
 * goes on through.
 */
export declare class LineBatch {
    #private;
    private readonly write;
    constructor(write: (text: string) => void);
    /** Holds a whole line, its newline included, for the next write. */
    push(line: string): void;
    /** Writes every held line. */
    flush(): void;
}
