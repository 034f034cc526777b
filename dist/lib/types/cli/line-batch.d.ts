/**
 * Step output lines for the terminal, written a batch at a time: a write to the terminal is
 * redacted in one call (src/cli/main.ts), and a call per line cost more than the redaction
 * itself. A step printing 200,000 short lines took `flows fire` twice as long as with --json.
 * The lines that arrive in one turn of the event loop (one chunk of a step's output) are written
 * at once, after it; so are BATCH_CHARS of them, and whatever is held when a step ends.
 *
 * A batch is written through the context's errLines, which redacts each of its lines alone
 * (Redactor.redactEachLine): redacted as one text, a mask decided on one line could cover the
 * next (a secret that overlaps itself densely used up the search's bound and masked the rest of
 * the batch).
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
