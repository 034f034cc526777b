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
export class LineBatch {
  #lines: string[] = [];
  #chars = 0;
  #queued = false;

  constructor(private readonly write: (text: string) => void) {}

  /** Holds a whole line, its newline included, for the next write. */
  push(line: string): void {
    this.#lines.push(line);
    this.#chars += line.length;
    if (this.#chars >= BATCH_CHARS) this.flush();
    else if (!this.#queued) {
      this.#queued = true;
      // A microtask: after the chunk that brought the line is taken apart, before anything else
      // the event loop runs writes to the terminal.
      queueMicrotask(() => {
        this.#queued = false;
        this.flush();
      });
    }
  }

  /** Writes every held line. */
  flush(): void {
    if (this.#lines.length === 0) return;
    const text = this.#lines.length === 1 ? this.#lines[0]! : this.#lines.join("");
    this.#lines = [];
    this.#chars = 0;
    this.write(text);
  }
}

/** Characters of lines written at once: a few dozen ms of terminal output, and memory that stays small. */
const BATCH_CHARS = 64 * 1024;
