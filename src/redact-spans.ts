// Where the registered secrets are in a text: the spans the redactor (src/redact.ts) replaces,
// found as the text is, and in text wrapped over lines as if it were on one.

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
export const OVERLAP_BUDGET_CHARS = 1 << 20;

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
export function linesOf(text: string, crossing: SecretFinder | undefined): LineBounds {
  return {
    gap: 1,
    crossing,
    lineOf(at) {
      const end = text.indexOf("\n", at);
      return [text.lastIndexOf("\n", at - 1) + 1, end < 0 ? text.length : end];
    },
  };
}

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
export function findSpans(finder: SecretFinder, text: string, until: number, budget: { left: number }, lines?: LineBounds): number[] {
  const spans: number[] = [];
  let from = 0;
  let lineEnd = Number.NEGATIVE_INFINITY;
  for (;;) {
    const start = finder.find(text, from);
    if (start < 0) break;
    if (lines && start >= lineEnd + lines.gap) {
      const [lineStart, end] = lines.lineOf(start);
      lineEnd = end;
      budget.left = 2 * (end - lineStart) + OVERLAP_BUDGET_CHARS;
    }
    const length = finder.matchLength;
    const end = start + length;
    const last = spans.length - 1;
    if (last > 0 && start < spans[last]!) {
      if (end > spans[last]!) spans[last] = end;
    } else {
      if (start >= until) break;
      spans.push(start, end);
    }
    budget.left -= length;
    if (budget.left < 0) {
      if (!lines) {
        spans[spans.length - 1] = text.length;
        break;
      }
      spans[spans.length - 1] = Math.max(spans[spans.length - 1]!, lineEnd, crossingEnd(lines.crossing, text, start + 1, lineEnd));
      from = lineEnd + lines.gap;
      if (from >= text.length) break;
      continue;
    }
    from = start + 1;
  }
  return spans;
}

/**
 * Where the secrets that start in a line's unsearched part, [from, lineEnd), and go on past its
 * end, end (lineEnd if none does). The line's search ran out of its bound at `from` and the rest
 * of the line is masked, but a secret that crosses the break (a base64 form wrapped onto the next
 * line, a multi-line secret) was masked only up to it and shown on the next line, where the search
 * starts afresh. Only the last `longest - 1` characters can hold such a start, and such a secret
 * holds the line's last character and the one after it: where no form holds those two, none
 * crosses (the cheap answer for a dense line followed by other text). Else the tail is searched
 * again, matches that end within the line skipped over, with a bound of the line's own kind;
 * past it every start left is taken to cross, and the most a secret there can reach is masked.
 */
function crossingEnd(finder: SecretFinder | undefined, text: string, from: number, lineEnd: number): number {
  if (finder === undefined || lineEnd >= text.length || !finder.holds(text.slice(lineEnd - 1, lineEnd + 1))) return lineEnd;
  let at = Math.max(from, lineEnd - finder.longest + 1);
  let left = 2 * (lineEnd - at) + OVERLAP_BUDGET_CHARS;
  let end = lineEnd;
  while (at < lineEnd) {
    const start = finder.find(text, at);
    if (start < 0 || start >= lineEnd) break;
    end = Math.max(end, start + finder.matchLength);
    left -= finder.matchLength;
    if (left < 0) return Math.min(text.length, Math.max(end, lineEnd - 1 + finder.longest));
    at = start + 1;
  }
  return end;
}

/**
 * Base64 and hex as tools print them: `base64` wraps at 76 columns, `openssl base64` and PEM at
 * 64, `xxd -p` at 60, each line ended by LF or CRLF. A secret's encoded form then crosses line
 * breaks, and no line holds enough of it to match. A line break is taken out when at least
 * MIN_WRAPPED_RUN characters of the alphabet end the line before it and one starts the line
 * after (a short word on each side is not wrapped text); a run of such breaks makes one segment,
 * searched joined. Each character of the text is in at most one segment, so the work is at most
 * that of searching the text once more.
 */
export const MIN_WRAPPED_RUN = 16;

/** Characters of base64 (standard and URL-safe, with padding), which holds hex too. */
const WRAPPED_ALPHABET = (() => {
  const table = new Uint8Array(128);
  for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_") table[char.charCodeAt(0)] = 1;
  return table;
})();

export function inAlphabet(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 && WRAPPED_ALPHABET[code] === 1;
}

/** A run of wrapped lines: its characters in the text, between the line breaks at `breaks` (start, end, …). */
type Segment = { start: number; end: number; breaks: number[] };

/**
 * The segments of wrapped text, in order. A line break is LF or CRLF, or either as JSON writes it
 * in a string (a backslash and `n`, after a backslash and `r`): a tool's wrapped output inside
 * JSON text (a result's `details` in the `results` output, `flows fire --json`, a step that logs
 * JSON) is one line holding its escaped breaks.
 */
export function wrappedSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let open: Segment | undefined;
  let lineStart = 0;
  const breaks = new LineBreaks(text);
  for (let newline = breaks.next(0); newline >= 0; newline = breaks.next(newline + 1)) {
    const escaped = text.charCodeAt(newline) === BACKSLASH;
    const breakStart = escaped
      ? newline - 2 >= lineStart && text.startsWith("\\r", newline - 2)
        ? newline - 2
        : newline
      : newline > lineStart && text.charCodeAt(newline - 1) === 13
        ? newline - 1
        : newline;
    const next = escaped ? newline + 2 : newline + 1;
    let joinable = next < text.length && inAlphabet(text, next) && breakStart - lineStart >= MIN_WRAPPED_RUN;
    for (let at = breakStart - MIN_WRAPPED_RUN; joinable && at < breakStart; at++) joinable = inAlphabet(text, at);
    if (joinable) {
      // The segment goes on when the line just ended is wrapped text from its start.
      const goesOn = open !== undefined && open.breaks[open.breaks.length - 1] === lineStart && wholeRun(text, lineStart, breakStart);
      if (!goesOn) {
        if (open) segments.push(closed(text, open));
        let start = breakStart - MIN_WRAPPED_RUN;
        while (start > lineStart && inAlphabet(text, start - 1)) start--;
        open = { start, end: 0, breaks: [] };
      }
      open!.breaks.push(breakStart, next);
    }
    lineStart = next;
  }
  if (open) segments.push(closed(text, open));
  return segments;
}

const BACKSLASH = 92;

/** Where the line breaks of a text are, in order: an LF, or the backslash of an LF as JSON escapes it. */
class LineBreaks {
  #newline: number;
  #escaped: number;

  constructor(private readonly text: string) {
    this.#newline = text.indexOf("\n");
    this.#escaped = text.indexOf("\\n");
  }

  /** The first break at or after `from`, or -1. */
  next(from: number): number {
    if (this.#newline >= 0 && this.#newline < from) this.#newline = this.text.indexOf("\n", from);
    if (this.#escaped >= 0 && this.#escaped < from) this.#escaped = this.text.indexOf("\\n", from);
    if (this.#newline < 0) return this.#escaped;
    if (this.#escaped < 0) return this.#newline;
    return Math.min(this.#newline, this.#escaped);
  }
}

/**
 * A line break that wrappedSegments may take out: MIN_WRAPPED_RUN characters of the alphabet
 * before it (and its CR, raw or escaped), one after it. Found by one search in native code
 * first: every line a writer prints ends in a break that joins nothing (`[flow/step] line\n`),
 * and walking the breaks of each (or of a batch of them) one by one made a step's 200,000 short
 * lines take twice as long to print as with --json. It may find a break wrappedSegments does not
 * take (one right after an escaped break); never the other way round.
 */
// The break comes first and the run before it is a lookbehind from there: the regex engine then
// skips to each `\n` or `\\` by its first character, where a leading lookbehind was tried at every
// position of the text (a 2 MB line without a break took 2-3 times as long to redact).
const WRAPPED_BREAK = new RegExp(`(?:\\n|\\\\n)(?<=[A-Za-z0-9+/=_-]{${MIN_WRAPPED_RUN}}(?:\\r|\\\\r)?(?:\\n|\\\\n))[A-Za-z0-9+/=_-]`);

/**
 * WRAPPED_BREAK for a break as JSON escapes it (`\\n`), all of whose hits are found: the only
 * break a text with no line feed in it can hold (a line of a batch redacted line by line,
 * Redactor.redactEachLine).
 */
export const ESCAPED_WRAPPED_BREAKS = new RegExp(`\\\\n(?<=[A-Za-z0-9+/=_-]{${MIN_WRAPPED_RUN}}(?:\\r|\\\\r)?\\\\n)[A-Za-z0-9+/=_-]`, "g");

/** Whether a text may hold text wrapped over lines: a line break wrappedSegments may take out. */
export function mayHoldWrappedText(text: string): boolean {
  return WRAPPED_BREAK.test(text);
}

export function wholeRun(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!inAlphabet(text, at)) return false;
  return true;
}

/** The segment ends where the run after its last break does. */
function closed(text: string, segment: Segment): Segment {
  let end = segment.breaks[segment.breaks.length - 1]!;
  while (end < text.length && inAlphabet(text, end)) end++;
  segment.end = end;
  return segment;
}

/**
 * The spans of secrets found in the wrapped segments of `text` joined, as spans of `text`: a
 * secret across a line break is masked on both lines, and the break is kept. One budget for all
 * segments, as for the text (findSpans); past it, the rest of the text is one span. `byLine`:
 * each line of a segment has a bound of its own, and past it the rest of that line is one span
 * (findSpans with lines).
 */
export function wrappedSpans(finder: SecretFinder, text: string, until: number, byLine = false): number[] {
  const segments = wrappedSegments(text);
  if (segments.length === 0) return [];
  const spans: number[] = [];
  const budget = { left: 2 * text.length + OVERLAP_BUDGET_CHARS };
  for (const { start, end, breaks } of segments) {
    if (start >= until) break;
    // The segment's lines: where each starts in the text, and its length.
    const starts = [start];
    const lengths: number[] = [];
    for (let i = 0; i < breaks.length; i += 2) {
      lengths.push(breaks[i]! - starts[starts.length - 1]!);
      starts.push(breaks[i + 1]!);
    }
    lengths.push(end - starts[starts.length - 1]!);
    const joined = starts.map((at, i) => text.slice(at, at + lengths[i]!)).join("");
    const found = findSpans(finder, joined, joined.length, budget, byLine ? joinedLines(lengths, finder) : undefined);
    let line = 0;
    let lineAt = 0; // where `line` starts in `joined`
    for (let i = 0; i < found.length; i += 2) {
      const from = found[i]!;
      const to = found[i + 1]!;
      while (lineAt + lengths[line]! <= from) lineAt += lengths[line++]!;
      if (!byLine && budget.left < 0 && i === found.length - 2) {
        spans.push(starts[line]! + from - lineAt, text.length);
        return spans;
      }
      for (let each = line, eachAt = lineAt; eachAt < to; eachAt += lengths[each++]!) {
        const a = Math.max(from, eachAt);
        const b = Math.min(to, eachAt + lengths[each]!);
        if (a < b && starts[each]! + a - eachAt < until) spans.push(starts[each]! + a - eachAt, starts[each]! + b - eachAt);
      }
    }
  }
  return spans;
}

/** The lines of a wrapped segment joined (their `lengths`, in order), for findSpans. */
function joinedLines(lengths: readonly number[], finder: SecretFinder): LineBounds {
  const ends: number[] = [];
  for (const length of lengths) ends.push((ends[ends.length - 1] ?? 0) + length);
  return {
    gap: 0,
    crossing: finder,
    lineOf(at) {
      // The first line that ends after `at`.
      let low = 0;
      let high = ends.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (ends[middle]! > at) high = middle;
        else low = middle + 1;
      }
      return [low === 0 ? 0 : ends[low - 1]!, ends[low]!];
    },
  };
}

/** Two flat lists of spans, each in order, as one in order: overlapping spans become one. */
export function unionOfSpans(a: number[], b: number[]): number[] {
  const union: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && a[i]! <= b[j]!);
    const start = fromA ? a[i]! : b[j]!;
    const end = fromA ? a[i + 1]! : b[j + 1]!;
    if (fromA) i += 2;
    else j += 2;
    const last = union.length - 1;
    if (last > 0 && start < union[last]!) {
      if (end > union[last]!) union[last] = end;
    } else {
      union.push(start, end);
    }
  }
  return union;
}
