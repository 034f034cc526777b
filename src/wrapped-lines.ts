import { type Redactor, redactor as sharedRedactor } from "./redact.js";
import { inAlphabet, MIN_WRAPPED_RUN, wholeRun } from "./redact-spans.js";

/** Held lines past this many characters (beyond twice the longest secret) are handed out, but for the last ones. */
const HOLD_CHARS = 64 * 1024;
/**
 * Held lines are handed out once no line has come for this long: a tool prints wrapped text at
 * once, and a line that only looks like its start ("Cloning into /home/runner/work/repo/repo")
 * must not wait in the live log for the step's next line, minutes later.
 */
export const HOLD_MS = 250;

/**
 * A step's output lines for the live log, held while they may be base64 or hex wrapped over
 * lines (src/redact-spans.ts): each line is redacted alone as it is printed, and a secret's
 * encoding that `base64` wrapped at 76 columns has no line holding enough of it to match. A
 * line that ends in such text is held until the next shows whether it goes on; the lines are
 * then masked together, each keeping its line. Bounded: past HOLD_CHARS the first lines are
 * handed out, and the last ones (the longest secret's length) are kept to be masked again
 * with what follows.
 */
export class WrappedLineHold {
  #held: string[] = [];
  #chars = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** How many of the held lines were handed out already: kept only for what follows them. */
  #shown = 0;

  constructor(
    private readonly emit: (line: string) => void,
    private readonly redactor: Redactor = sharedRedactor,
  ) {}

  push(line: string): void {
    this.#hold(line);
    if (this.#held.length === 0) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), HOLD_MS);
    this.#timer.unref?.();
  }

  #hold(line: string): void {
    if (this.#held.length > 0 && line.length > 0 && inAlphabet(line, 0)) {
      this.#add(line);
      // A line of wrapped text from end to end may go on; any other ends the text.
      if (line.length >= MIN_WRAPPED_RUN && wholeRun(line, 0, line.length)) this.#handOutSome();
      else this.flush();
      return;
    }
    if (this.#held.length > 0) this.flush();
    if (line.length >= MIN_WRAPPED_RUN && wholeRun(line, line.length - MIN_WRAPPED_RUN, line.length)) this.#add(line);
    else this.emit(line);
  }

  /** Hands out every held line (at the step's end, or when the wrapped text ends). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#held.length === 0) return;
    const masked = this.#masked();
    for (let i = this.#shown; i < masked.length; i++) this.emit(masked[i]!);
    this.#held = [];
    this.#chars = 0;
    this.#shown = 0;
  }

  #add(line: string): void {
    this.#held.push(line);
    this.#chars += line.length + 1;
  }

  /**
   * Past the bound, hands out the lines that every secret starting in them ends before the
   * held text does, and keeps the longest secret's length of them as context.
   */
  #handOutSome(): void {
    const longest = this.redactor.longest;
    if (this.#chars <= 2 * longest + HOLD_CHARS) return;
    const masked = this.#masked();
    let after = 0;
    let until = this.#held.length;
    while (until > 0 && after <= longest) after += this.#held[--until]!.length + 1;
    let context = 0;
    let from = until;
    while (from > 0 && context <= longest) context += this.#held[--from]!.length + 1;
    for (let i = this.#shown; i < until; i++) this.emit(masked[i]!);
    const kept = this.#held.slice(from);
    this.#shown = Math.max(this.#shown, until) - from;
    this.#held = kept;
    this.#chars = kept.reduce((sum, each) => sum + each.length + 1, 0);
  }

  #masked(): string[] {
    return this.redactor.redactLines(this.#held);
  }
}

/**
 * A WrappedLineHold for each stream of one step (its stdout and its stderr): a tool's `base64`
 * block on stdout with progress lines on stderr between its lines ended the held text at each
 * stderr line, so no held run held the secret's encoding whole. A stream's lines are held and
 * masked among themselves; a line of the other stream meanwhile is shown at once (the two
 * streams' order in the log was only ever as the pipes delivered it).
 */
export class StreamLineHolds {
  readonly #holds = new Map<string, WrappedLineHold>();

  constructor(
    private readonly emit: (line: string) => void,
    private readonly redactor: Redactor = sharedRedactor,
  ) {}

  push(stream: string, line: string): void {
    let hold = this.#holds.get(stream);
    if (hold === undefined) {
      hold = new WrappedLineHold(this.emit, this.redactor);
      this.#holds.set(stream, hold);
    }
    hold.push(line);
  }

  /** Hands out every held line of every stream. */
  flush(): void {
    for (const hold of this.#holds.values()) hold.flush();
  }
}
