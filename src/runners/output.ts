import { StringDecoder } from "node:string_decoder";
import { type Redactor, redactor as sharedRedactor } from "../redact.js";
import { foldedEnd, mayHoldDeepEscapes, shortenedRuns } from "../redact-nested.js";

/**
 * Longest line handed out in one piece. A step that prints more without a newline gets the text
 * split, so one runaway line cannot grow memory without limit: at most this, the longest
 * registered secret (or 4 KiB) and one chunk are held. A piece is longer only to keep whole a
 * registered secret that is longer itself.
 */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

/**
 * Printed after the pieces of a cut line that carried a FLOW_RESULT: the result cannot be read
 * from a piece, and "not valid JSON" would send the author looking in the wrong place.
 */
export const OVERSIZED_RESULT_NOTICE = "[flows-action] FLOW_RESULT too large";

/** result.ts's FLOW_RESULT_MARKER (which imports from here). */
const RESULT_MARKER = "FLOW_RESULT ";

/** Turns a byte stream into lines as they arrive: partial chunks, CRLF, and a last line without newline. */
export class LineSplitter {
  private readonly decoder = new StringDecoder("utf8");
  private readonly redactor: Redactor;
  private readonly maxLineChars: number;
  private partial = "";
  /** While a line is being cut: its bytes so far (of a result, after its marker), and whether its first piece held a FLOW_RESULT. */
  private cut: { bytes: number; result: boolean } | undefined;

  constructor(
    private readonly onLine: (line: string) => void,
    // `maxLineChars` is for tests: a property test cuts many lines at a small size, fast.
    options: { redactor?: Redactor; maxLineChars?: number } = {},
  ) {
    this.redactor = options.redactor ?? sharedRedactor;
    this.maxLineChars = options.maxLineChars ?? MAX_LINE_CHARS;
  }

  push(chunk: Buffer): void {
    this.take(this.decoder.write(chunk));
  }

  /** Hands out whatever is left (the final line when the output did not end with a newline). */
  end(): void {
    this.take(this.decoder.end());
    if (this.partial.length > 0) this.finishLine();
    else this.endCut("");
  }

  private take(text: string): void {
    if (text.length === 0) return;
    let start = 0;
    let newline = text.indexOf("\n", start);
    while (newline !== -1) {
      const piece = text.slice(start, newline);
      this.partial = this.partial.length > 0 ? this.partial + piece : piece;
      this.finishLine();
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    this.partial += text.slice(start);
    // A cut waits until the longest secret (and the redaction window) fits after it, so any
    // secret that crosses the cut has arrived whole and is seen.
    this.cutPieces(Math.max(SECRET_WINDOW_CHARS, this.redactor.longest));
  }

  /**
   * Whether a cut at maxLineChars must wait for more text: a secret JSON-escaped three times or
   * more is longer than any registered form (a `"` is 2^depth - 1 backslashes and the quote), and
   * is found with each run of backslashes as one (src/redact-nested.ts), so `lookahead` counts
   * characters that way after the cut. Held text is bounded: past DEEP_HOLD_FACTOR times the
   * lookahead, runs longer than DEEP_RUN_KEPT are shortened to it (folded, the text is the same,
   * so every secret in it is still found and masked), and then the lookahead is there.
   */
  private waitsForDeepEscapes(lookahead: number): boolean {
    const at = this.maxLineChars;
    if (lookahead === 0 || !mayHoldDeepEscapes(this.partial)) return false;
    if (foldedEnd(this.partial, at, lookahead) < this.partial.length) return false;
    if (this.partial.length - at <= DEEP_HOLD_FACTOR * lookahead) return true;
    this.partial = shortenedRuns(this.partial, DEEP_RUN_KEPT);
    return foldedEnd(this.partial, at, lookahead) >= this.partial.length;
  }

  /** Hands out the line held in `partial`, in pieces when it is longer than maxLineChars. */
  private finishLine(): void {
    // The CR of a CRLF ends the line; inside a line (at the end of a piece) a CR is kept.
    if (this.partial.endsWith("\r")) this.partial = this.partial.slice(0, -1);
    if (!this.resultWithinLimit()) this.cutPieces(0);
    const line = this.partial;
    this.partial = "";
    // A line whose last piece ended it (a long secret at its end) has no empty piece after.
    if (line.length > 0 || this.cut === undefined) this.onLine(line);
    this.endCut(line);
  }

  /**
   * Whether the finished line in `partial` is a FLOW_RESULT whose JSON is within the limit
   * (maxLineChars bytes): it is handed out whole, however long its marker and the text before it
   * make it (at most the lookahead more, which is held either way). Cut, a result of exactly
   * 4 MiB was read as "too large".
   */
  private resultWithinLimit(): boolean {
    if (this.cut !== undefined || this.partial.length <= this.maxLineChars) return false;
    const marker = this.partial.indexOf(RESULT_MARKER);
    if (marker === -1) return false;
    const json = this.partial.length - marker - RESULT_MARKER.length;
    // Each character is one to three bytes (a surrogate pair: four for two).
    return json <= this.maxLineChars && Buffer.byteLength(this.partial) - Buffer.byteLength(this.partial.slice(0, marker + RESULT_MARKER.length)) <= this.maxLineChars;
  }

  /** Hands out pieces of the line so far while more than `lookahead` characters follow the first cut. */
  private cutPieces(lookahead: number): void {
    while (this.partial.length > this.maxLineChars + lookahead && !this.waitsForDeepEscapes(lookahead)) {
      const at = pieceEnd(this.partial, this.maxLineChars, this.redactor);
      const piece = this.partial.slice(0, at);
      if (this.cut === undefined) {
        // A result's size is its JSON's, after the marker (the limit is on the JSON).
        const marker = piece.indexOf(RESULT_MARKER);
        const before = marker === -1 ? 0 : Buffer.byteLength(piece.slice(0, marker + RESULT_MARKER.length));
        this.cut = { bytes: -before, result: marker !== -1 };
      }
      this.cut.bytes += Buffer.byteLength(piece);
      this.onLine(piece);
      this.partial = this.partial.slice(at);
    }
  }

  /** After the last piece of a cut line: say how large a FLOW_RESULT line was. */
  private endCut(lastPiece: string): void {
    const cut = this.cut;
    if (cut === undefined) return;
    this.cut = undefined;
    if (!cut.result) return;
    const bytes = cut.bytes + Buffer.byteLength(lastPiece);
    this.onLine(`${OVERSIZED_RESULT_NOTICE} (${bytes} bytes, limit 4 MiB)`);
  }
}

/**
 * How far each side of a cut the redaction is compared (patterns: URL credentials, token shapes),
 * and at how many places a piece's end is tried before it is left where it is.
 */
const SECRET_WINDOW_CHARS = 4096;

/**
 * How many times the lookahead a cut waits for while the text after it is runs of backslashes,
 * and how long a run is kept past that (longer than any a secret escaped six times has): without
 * a bound, a step printing backslashes without end would be held whole.
 */
const DEEP_HOLD_FACTOR = 64;
const DEEP_RUN_KEPT = 64;

/**
 * Where to end a piece of a long line: at `at`, or before it when a registered secret, URL
 * credential or token crosses `at`. Each piece is redacted on its own (log lines, the output
 * tail), and no redaction matches the two halves of a split secret.
 *
 * Registered secrets are found where they are, whatever their length, and a cut never falls
 * inside one; a secret that starts the text and is longer than a piece is handed out whole, as
 * one longer piece. For patterns, a match crosses the cut exactly when redacting both sides
 * together differs from redacting each side (SECRET_WINDOW_CHARS of each).
 */
function pieceEnd(text: string, at: number, redactor: Redactor): number {
  const secrets = new SecretSpans(text, at, redactor);
  const crossing = secrets.around(at);
  if (crossing !== undefined && crossing[0] === 0) return wholeSpanEnd(text, crossing[1], redactor);
  // Not between the two halves of a surrogate pair (an emoji): each piece is written as UTF-8.
  // A secret starts and ends on whole characters; only a piece of one character takes both.
  const first = crossing?.[0] ?? (splitsPair(text, at) ? (at > 1 ? at - 1 : at + 1) : at);
  let cut = first;
  for (let tries = 0; tries < SECRET_WINDOW_CHARS && cut > 0; tries++) {
    if (!splitsPair(text, cut) && redactsAlike(text, cut, redactor)) return cut;
    cut = secrets.around(cut - 1)?.[0] ?? cut - 1;
  }
  return first;
}

/**
 * The end of the secrets' span that starts the text and reaches `end`. Overlapping secrets make
 * one span (Redactor.secretSpans), which can be longer than the longest secret: a secret that
 * overlaps `end` lies within the longest secret's length of it, so the span is looked at again up
 * to there until its end stays put (a bounded number of times; a longer chain is cut there).
 */
function wholeSpanEnd(text: string, end: number, redactor: Redactor): number {
  for (let tries = 0; tries < MAX_SPAN_EXTENSIONS; tries++) {
    const [first] = redactor.secretSpans(text.slice(0, foldedEnd(text, end, redactor.longest)), 1);
    if (first === undefined || first[1] <= end) return end;
    end = first[1];
  }
  return end;
}

const MAX_SPAN_EXTENSIONS = 64;

/** Whether `cut` falls between a high and a low surrogate. */
function splitsPair(text: string, cut: number): boolean {
  const high = text.charCodeAt(cut - 1);
  const low = text.charCodeAt(cut);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** Whether redacting the text on both sides of `cut` together equals redacting each side. */
function redactsAlike(text: string, cut: number, redactor: Redactor): boolean {
  const before = text.slice(Math.max(0, cut - SECRET_WINDOW_CHARS), cut);
  const after = text.slice(cut, cut + SECRET_WINDOW_CHARS);
  return redactor.redact(before + after) === redactor.redact(before) + redactor.redact(after);
}

/**
 * The registered secrets that start before a cut, for a walk back from it. Each try of pieceEnd
 * passes at most one, so only the last SECRET_WINDOW_CHARS + 1 are kept: a line of nothing but
 * secrets holds no more memory than that.
 */
class SecretSpans {
  private readonly spans: Array<[start: number, end: number]> = [];
  private nearest: number;

  constructor(text: string, at: number, redactor: Redactor) {
    const keep = SECRET_WINDOW_CHARS + 1;
    for (const span of redactor.secretSpans(text.slice(0, foldedEnd(text, at, redactor.longest)), at)) {
      this.spans.push(span);
      if (this.spans.length >= 2 * keep) this.spans.splice(0, this.spans.length - keep);
    }
    this.nearest = this.spans.length - 1;
  }

  /** The secret that `cut` falls strictly inside, if any; each call's cut is below the last one's. */
  around(cut: number): [start: number, end: number] | undefined {
    while (this.nearest >= 0 && this.spans[this.nearest]![0] >= cut) this.nearest -= 1;
    const span = this.spans[this.nearest];
    return span !== undefined && span[1] > cut ? span : undefined;
  }
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
export class OutputTail {
  private lines: string[] = [];
  /** The stream of each line in `lines` (the same index). */
  private streams: string[] = [];
  private first = 0;
  private keptBytes = 0;
  private cutBytes = 0;
  /** Whether lines of more than one stream were pushed: the lines are then redacted stream by stream. */
  private mixed = false;
  private lastStream: string | undefined;
  /**
   * The last dropped lines of each stream, the longest secret's length of them: a secret that
   * base64 wrapped over lines may start in a dropped line and end in a kept one, whose part of it
   * no redaction of the kept lines alone matches. Redacted with them as context (Redactor.redactLines).
   */
  private context = new Map<string, { lines: string[]; chars: number }>();

  constructor(
    private readonly maxBytes: number,
    private readonly redactor: Redactor = sharedRedactor,
  ) {}

  /** `stream`: where the line came from (lines of one stream are searched together for wrapped secrets). */
  push(line: string, stream = ""): void {
    if (this.lastStream !== undefined && stream !== this.lastStream) this.mixed = true;
    this.lastStream = stream;
    const size = Buffer.byteLength(line) + 1;
    if (size > this.maxBytes) {
      // One line larger than the whole tail: keep its end only, redacted while the line is whole
      // (a cut through a secret leaves its end, which no later redaction matches).
      const kept = lastBytes(this.redactor.redact(line), this.maxBytes - 1);
      const keptSize = Buffer.byteLength(kept) + 1;
      this.cutBytes += this.keptBytes + Math.max(0, size - keptSize);
      this.lines = [kept];
      this.streams = [stream];
      this.first = 0;
      this.keptBytes = keptSize;
      this.context.clear();
      return;
    }
    this.lines.push(line);
    this.streams.push(stream);
    this.keptBytes += size;
    while (this.keptBytes > this.maxBytes && this.first < this.lines.length) {
      const dropped = this.lines[this.first]!;
      const droppedSize = Buffer.byteLength(dropped) + 1;
      this.keepAsContext(dropped, this.streams[this.first]!);
      this.first += 1;
      this.keptBytes -= droppedSize;
      this.cutBytes += droppedSize;
    }
    if (this.first > 1024 && this.first * 2 > this.lines.length) {
      this.lines = this.lines.slice(this.first);
      this.streams = this.streams.slice(this.first);
      this.first = 0;
    }
  }

  /** Kept lines, oldest first. */
  kept(): string[] {
    return this.lines.slice(this.first);
  }

  /**
   * Kept lines, oldest first, redacted with the dropped lines before them as context; each
   * stream's lines as one text, so that a secret wrapped over the lines of one stream is masked
   * whatever the other printed between them.
   */
  keptRedacted(): string[] {
    const kept = this.kept();
    if (!this.mixed) return this.redactor.redactLines(kept, this.context.get(this.lastStream ?? "")?.lines);
    const streams = this.streams.slice(this.first);
    const clean = new Array<string>(kept.length);
    for (const stream of new Set(streams)) {
      const places: number[] = [];
      for (let i = 0; i < streams.length; i++) if (streams[i] === stream) places.push(i);
      const masked = this.redactor.redactLines(
        places.map((i) => kept[i]!),
        this.context.get(stream)?.lines,
      );
      for (let j = 0; j < places.length; j++) clean[places[j]!] = masked[j]!;
    }
    return clean;
  }

  private keepAsContext(dropped: string, stream: string): void {
    let context = this.context.get(stream);
    if (context === undefined) {
      context = { lines: [], chars: 0 };
      this.context.set(stream, context);
    }
    context.lines.push(dropped);
    context.chars += dropped.length + 1;
    while (context.lines.length > 1 && context.chars - context.lines[0]!.length - 1 > this.redactor.longest) {
      context.chars -= context.lines.shift()!.length + 1;
    }
  }

  get bytesCut(): number {
    return this.cutBytes;
  }

  /**
   * The tail as text, with a `… N bytes cut …` marker on top when output was dropped. Redacted
   * when lines were dropped (their context is gone after) or the streams are mixed (a later
   * redaction of the text sees them in one order).
   */
  text(): string {
    const body = (this.cutBytes > 0 || this.mixed ? this.keptRedacted() : this.kept()).join("\n");
    return this.cutBytes > 0 ? `… ${this.cutBytes} bytes cut …\n${body}` : body;
  }
}

function lastBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text);
  if (bytes.length <= maxBytes) return text;
  // Decoding from a cut point may start inside a character; drop the replacement char it makes.
  return bytes
    .subarray(bytes.length - maxBytes)
    .toString("utf8")
    .replace(/^\uFFFD+/, "");
}
