import { StringDecoder } from "node:string_decoder";

/**
 * Longest line handed out in one piece. A step that prints more without a newline gets the text
 * split, so one runaway line cannot grow memory without limit.
 */
export const MAX_LINE_CHARS = 4 * 1024 * 1024;

/** Turns a byte stream into lines as they arrive: partial chunks, CRLF, and a last line without newline. */
export class LineSplitter {
  private readonly decoder = new StringDecoder("utf8");
  private partial = "";

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    this.take(this.decoder.write(chunk));
  }

  /** Hands out whatever is left (the final line when the output did not end with a newline). */
  end(): void {
    this.take(this.decoder.end());
    if (this.partial.length > 0) {
      const rest = this.partial;
      this.partial = "";
      this.emit(rest);
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
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    this.partial += text.slice(start);
    while (this.partial.length > MAX_LINE_CHARS) {
      this.emit(this.partial.slice(0, MAX_LINE_CHARS));
      this.partial = this.partial.slice(MAX_LINE_CHARS);
    }
  }

  private emit(line: string): void {
    this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
  }
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
      // One line larger than the whole tail: keep its end only.
      this.cutBytes += this.keptBytes + size - this.maxBytes;
      this.lines = [lastBytes(line, this.maxBytes - 1)];
      this.first = 0;
      this.keptBytes = this.maxBytes;
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
