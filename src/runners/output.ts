import { StringDecoder } from "node:string_decoder";
import { redactor } from "../redact.js";

/**
 * Longest line handed out in one piece. A step that prints more without a newline gets the text
 * split, so one runaway line cannot grow memory without limit.
 */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

/**
 * Printed after the pieces of a cut line that carried a FLOW_RESULT: the result cannot be read
 * from a piece, and "not valid JSON" would send the author looking in the wrong place.
 */
export const OVERSIZED_RESULT_NOTICE = "[flows-action] FLOW_RESULT too large";

/** Turns a byte stream into lines as they arrive: partial chunks, CRLF, and a last line without newline. */
export class LineSplitter {
  private readonly decoder = new StringDecoder("utf8");
  private partial = "";
  /** While a line is being cut: its bytes so far, and whether its first piece held a FLOW_RESULT. */
  private cut: { bytes: number; result: boolean } | undefined;

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    this.take(this.decoder.write(chunk));
  }

  /** Hands out whatever is left (the final line when the output did not end with a newline). */
  end(): void {
    this.take(this.decoder.end());
    if (this.partial.length > 0 || this.cut !== undefined) {
      const rest = this.partial;
      this.partial = "";
      if (rest.length > 0) this.emit(rest);
      this.endCut(rest);
    }
  }

  private take(text: string): void {
    if (text.length === 0) return;
    let start = 0;
    let newline = text.indexOf("\n", start);
    while (newline !== -1) {
      const piece = text.slice(start, newline);
      const line = this.partial.length > 0 ? this.partial + piece : piece;
      this.partial = "";
      this.emit(line);
      this.endCut(line);
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    this.partial += text.slice(start);
    while (this.partial.length > MAX_LINE_CHARS) {
      const at = pieceEnd(this.partial, MAX_LINE_CHARS);
      const piece = this.partial.slice(0, at);
      this.cut ??= { bytes: 0, result: piece.includes("FLOW_RESULT ") };
      this.cut.bytes += Buffer.byteLength(piece);
      this.emit(piece);
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

  private emit(line: string): void {
    this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
  }
}

/** How far back a piece's end may move so that it does not split a secret. */
const SECRET_WINDOW_CHARS = 4096;

/**
 * Where to end a piece of a long line: at `at`, or before it when a registered secret, URL
 * credential or token crosses `at`. Each piece is redacted on its own (log lines, the output
 * tail), and no redaction matches the two halves of a split secret. A match crosses the cut
 * exactly when redacting both sides together differs from redacting each side.
 */
function pieceEnd(text: string, at: number): number {
  for (let cut = at; cut > Math.max(0, at - SECRET_WINDOW_CHARS); cut--) {
    const before = text.slice(Math.max(0, cut - SECRET_WINDOW_CHARS), cut);
    const after = text.slice(cut, cut + SECRET_WINDOW_CHARS);
    if (redactor.redact(before + after) === redactor.redact(before) + redactor.redact(after)) return cut;
  }
  return at;
}

/**
 * The last `maxBytes` of a sequence of lines. Old lines are dropped whole; the text reports how
 * many bytes were cut so a reader knows the record is a tail.
 */
export class OutputTail {
  private lines: string[] = [];
  private first = 0;
  private keptBytes = 0;
  private cutBytes = 0;

  constructor(private readonly maxBytes: number) {}

  push(line: string): void {
    const size = Buffer.byteLength(line) + 1;
    if (size > this.maxBytes) {
      // One line larger than the whole tail: keep its end only, redacted while the line is whole
      // (a cut through a secret leaves its end, which no later redaction matches).
      const kept = lastBytes(redactor.redact(line), this.maxBytes - 1);
      const keptSize = Buffer.byteLength(kept) + 1;
      this.cutBytes += this.keptBytes + Math.max(0, size - keptSize);
      this.lines = [kept];
      this.first = 0;
      this.keptBytes = keptSize;
      return;
    }
    this.lines.push(line);
    this.keptBytes += size;
    while (this.keptBytes > this.maxBytes && this.first < this.lines.length) {
      const dropped = this.lines[this.first]!;
      const droppedSize = Buffer.byteLength(dropped) + 1;
      this.first += 1;
      this.keptBytes -= droppedSize;
      this.cutBytes += droppedSize;
    }
    if (this.first > 1024 && this.first * 2 > this.lines.length) {
      this.lines = this.lines.slice(this.first);
      this.first = 0;
    }
  }

  /** Kept lines, oldest first. */
  kept(): string[] {
    return this.lines.slice(this.first);
  }

  get bytesCut(): number {
    return this.cutBytes;
  }

  /** The tail as text, with a `… N bytes cut …` marker on top when output was dropped. */
  text(): string {
    const body = this.kept().join("\n");
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
