import { describe, expect, it } from "vitest";
import { redactor } from "../../src/redact.js";
import { LineSplitter, MAX_LINE_CHARS, OutputTail } from "../../src/runners/output.js";

describe("LineSplitter", () => {
  it("joins lines split across chunks, even inside a multi-byte character, and flushes a last line without newline", () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((line) => lines.push(line));
    const bytes = Buffer.from("first li\u00e9ne\r\nsecond\n\nlast without newline");
    const cut = bytes.indexOf(0xa9); // second byte of "é"
    splitter.push(bytes.subarray(0, cut));
    expect(lines).toEqual([]);
    splitter.push(bytes.subarray(cut, cut + 10));
    splitter.push(bytes.subarray(cut + 10));
    expect(lines).toEqual(["first li\u00e9ne", "second", ""]);
    splitter.end();
    expect(lines).toEqual(["first li\u00e9ne", "second", "", "last without newline"]);
  });

  // Each piece of a line longer than MAX_LINE_CHARS is redacted on its own (log lines, the
  // output tail): a secret split between two pieces matched in neither.
  it("never ends a piece of an overlong line inside a registered secret or token", () => {
    const secret = "pieceSecretQrstUvwxJklNopGhiXYZ!";
    const token = `ghp_${"A1b2C3d4E5f6".repeat(3)}`;
    redactor.add(secret);
    for (const [value, offset] of [[secret, 1], [secret, 17], [secret, 31], [token, 5], [token, 30]] as const) {
      const pieces: string[] = [];
      const splitter = new LineSplitter((line) => pieces.push(line));
      // Without its newline yet: the line is cut into pieces as it grows.
      splitter.push(Buffer.from(`${"m".repeat(MAX_LINE_CHARS - offset)}${value}${"m".repeat(1000)}`));
      splitter.push(Buffer.from("\n"));
      expect(pieces.join("")).toBe(`${"m".repeat(MAX_LINE_CHARS - offset)}${value}${"m".repeat(1000)}`);
      expect(pieces.length).toBe(2);
      expect(pieces.filter((piece) => piece.includes(value))).toHaveLength(1);
      expect(pieces.every((piece) => piece.length <= MAX_LINE_CHARS)).toBe(true);
    }
  });
});

describe("OutputTail", () => {
  it("keeps whole recent lines within the byte limit and says how much was cut", () => {
    const tail = new OutputTail(12);
    for (const line of ["aaaa", "bbbb", "cccc", "dddd"]) tail.push(line);
    expect(tail.kept()).toEqual(["cccc", "dddd"]);
    expect(tail.text()).toBe("… 10 bytes cut …\ncccc\ndddd");
  });

  it("keeps the end of a single line longer than the whole tail", () => {
    const tail = new OutputTail(8);
    tail.push("ok");
    tail.push("0123456789abcdef");
    expect(tail.kept()).toEqual(["9abcdef"]);
    expect(tail.bytesCut).toBe(3 + 17 - 8);
  });

  // The tail goes into state records and the handover. Cut raw, a line ending in a secret left
  // its end at the tail's start (`ackendSecret0123456789abcdefXYZ`), which no redaction matches.
  it("redacts a line longer than the whole tail before keeping its end", () => {
    const secret = "backendSecret0123456789abcdefXYZ";
    redactor.add(secret);
    for (let k = 1; k < secret.length; k++) {
      const tail = new OutputTail(64);
      tail.push(`${"m".repeat(1000)}${secret}${"m".repeat(63 - k)}`);
      expect(tail.text()).not.toContain(secret.slice(-Math.min(k, 6)));
      expect(tail.text()).toMatch(/^… \d+ bytes cut …\n/);
    }
  });
});
